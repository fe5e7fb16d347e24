import path from 'node:path';
import picomatch from 'picomatch';
import { credentialFileKind } from '../../files/credential-files.js';
import { formatSize } from '../../util/size.js';
import type { LayoutCheck, RawFinding, RuleContext } from '../context.js';
import { binTargets, entryTargets, filesEntries, normalizeTarget } from '../references.js';
import { buildCommand, buildOutputAnalysis, buildScript, coversMissingOutput } from './build-output.js';

/**
 * Files users never need at run time. `shipped`: what a package with no `files`
 * and no .npmignore publishes by accident (tests, coverage, editor and CI files):
 * files-allowlist-missing says it once, with the allowlist to add.
 */
const JUNK: { what: string; shipped?: true; test: (full: string, base: string) => boolean }[] = [
  {
    what: 'test files',
    shipped: true,
    test: (f, b) =>
      /(^|\/)(test|tests|__tests__|__mocks__|__snapshots__)\//.test(f) || /\.(test|spec)\.[cm]?[jt]sx?$/.test(b),
  },
  { what: 'coverage output', shipped: true, test: (f) => /(^|\/)(coverage|\.nyc_output)\//.test(f) },
  {
    what: 'version-control and CI files',
    shipped: true,
    test: (f) =>
      /(^|\/)(\.git|\.github|\.gitlab|\.circleci|\.buildkite)\//.test(f) ||
      /^(\.travis\.yml|\.gitlab-ci\.yml|appveyor\.yml|\.appveyor\.yml|azure-pipelines\.yml|\.drone\.yml|Jenkinsfile)$/.test(
        f,
      ),
  },
  {
    what: 'editor files',
    shipped: true,
    test: (f, b) => /(^|\/)(\.vscode|\.idea)\//.test(f) || b === '.DS_Store' || b === 'Thumbs.db',
  },
  {
    what: 'logs and build caches',
    test: (f, b) =>
      /\.log$/.test(b) || /\.tsbuildinfo$/.test(b) || b === '.eslintcache' || /(^|\/)(\.turbo|\.cache)\//.test(f),
  },
  { what: 'nested tarballs', test: (_f, b) => /\.tgz$/.test(b) },
];

const MAX_LISTED = 5;

export const checkPackedFiles: LayoutCheck = (ctx) => {
  const pack = ctx.facts.pack;
  if (!pack?.ok) return [];
  const allowed = ctx.settings.layout.allowFiles.length
    ? picomatch(ctx.settings.layout.allowFiles, { dot: true })
    : () => false;
  // Bundled dependencies carry their own tests and maps; they are not the author's files.
  const files = pack.pack.files.map((f) => f.path).filter((f) => !f.startsWith('node_modules/') && !allowed(f));
  const out: RawFinding[] = [];
  const allowlistMissing = noAllowlist(ctx);

  for (const file of files) {
    const kind = credentialFileKind(file);
    if (kind)
      out.push({
        rule: 'layout/packed-sensitive',
        message: `${file} is ${kind} and would be published in the tarball`,
        file,
        line: 1,
        column: 1,
      });
  }
  for (const junk of JUNK) {
    // Said once, with the allowlist to add, by files-allowlist-missing.
    if (allowlistMissing && junk.shipped) continue;
    const hits = files.filter((f) => junk.test(f, path.posix.basename(f)));
    // Located at `files` in package.json: that is where the list is fixed.
    if (hits.length)
      out.push(ctx.at('layout/packed-junk', ['files'], `the tarball would contain ${junk.what}: ${list(hits)}`));
  }
  const maps = files.filter((f) => f.endsWith('.map'));
  if (maps.length)
    out.push(
      ctx.at(
        'layout/packed-sourcemap',
        ['files'],
        `the tarball would contain ${maps.length} source map(s): ${list(maps)}`,
      ),
    );
  return out;
};

export const checkTarballSize: LayoutCheck = (ctx) => {
  const pack = ctx.facts.pack;
  if (!pack?.ok) return [];
  const { tarballSize, unpackedSize } = ctx.settings.budgets;
  const over: string[] = [];
  if (pack.pack.size > tarballSize)
    over.push(`packed ${formatSize(pack.pack.size)} > budget ${formatSize(tarballSize)}`);
  if (pack.pack.unpackedSize > unpackedSize)
    over.push(`unpacked ${formatSize(pack.pack.unpackedSize)} > budget ${formatSize(unpackedSize)}`);
  if (over.length === 0) return [];
  const largest = [...pack.pack.files]
    .sort((a, b) => b.size - a.size)
    .slice(0, MAX_LISTED)
    .map((f) => `${f.path} (${formatSize(f.size)})`)
    .join(', ');
  return [
    ctx.at('layout/tarball-size', ['files'], `tarball over budget: ${over.join('; ')}; largest files: ${largest}`),
  ];
};

function list(files: string[]): string {
  const shown = files.slice(0, MAX_LISTED).join(', ');
  return files.length > MAX_LISTED ? `${shown} and ${files.length - MAX_LISTED} more` : shown;
}

/** No `files` and no .npmignore: npm publishes everything but its own defaults. */
function noAllowlist(ctx: RuleContext): boolean {
  return !Array.isArray(ctx.manifest.files) && ctx.facts.files['.npmignore']?.kind !== 'file';
}

/** Names npm packs whatever `files` says (https://docs.npmjs.com/cli/configuring-npm/package-json#files). */
const ALWAYS_PACKED = /^(package\.json|readme|license|licence|copying|changelog|notice)(\.[^/]*)?$/i;

/**
 * No `files` and no .npmignore while tests, coverage, editor or CI files would
 * ship: ONE error with the allowlist the package needs (the top folders and
 * files of its bin, main, module, types and exports targets, and server.json).
 */
export const checkFilesAllowlist: LayoutCheck = (ctx) => {
  const pack = ctx.facts.pack;
  if (!pack?.ok || !noAllowlist(ctx)) return [];
  const files = pack.pack.files.map((f) => f.path).filter((f) => !f.startsWith('node_modules/'));
  const kinds = JUNK.filter((j) => j.shipped)
    .map((j) => ({ what: j.what, hits: files.filter((f) => j.test(f, path.posix.basename(f))) }))
    .filter((k) => k.hits.length);
  if (!kinds.length) return [];
  const allow = neededTops(ctx);
  if (files.includes('server.json') && !allow.includes('server.json')) allow.push('server.json');
  const shipped = kinds.map((k) => `${k.what} (${list(k.hits)})`).join('; ');
  const junkFiles = new Set(kinds.flatMap((k) => k.hits));
  const dropped = [
    ...new Set(
      files
        .filter((f) => !junkFiles.has(f) && !ALWAYS_PACKED.test(f))
        .map((f) => (f.includes('/') ? `${f.slice(0, f.indexOf('/'))}/` : f))
        .filter((top) => !allow.includes(top.replace(/\/$/, ''))),
    ),
  ];
  const filesJson = `"files": [${allow.map((a) => JSON.stringify(a)).join(', ')}]`;
  const fix = allow.length
    ? `Add ${filesJson} to package.json (npm always adds package.json, README and LICENSE)${dropped.length ? `; it also leaves out ${dropped.slice(0, MAX_LISTED).join(', ')}${dropped.length > MAX_LISTED ? ` and ${dropped.length - MAX_LISTED} more` : ''}: add any the package reads at run time` : ''}.`
    : 'Add a "files" allowlist to package.json naming what the package runs (npm always adds package.json, README and LICENSE).';
  return [
    ctx.at(
      'layout/files-allowlist-missing',
      ['name'],
      `package.json has no "files" and there is no .npmignore, so the tarball would ship ${shipped}`,
      fix,
    ),
  ];
};

/** The top folder (or root file) of every target the package runs from. */
function neededTops(ctx: RuleContext): string[] {
  const targets = [...binTargets(ctx.manifest), ...entryTargets(ctx.manifest)].map((t) => normalizeTarget(t.target));
  const tops: string[] = [];
  for (const rel of targets) {
    if (!rel) continue;
    const top = rel.split('/')[0] as string;
    if (top.includes('*') || top === 'package.json' || ALWAYS_PACKED.test(top) || tops.includes(top)) continue;
    tops.push(top);
  }
  return tops;
}

/**
 * Every `files` entry must match at least one file of the package, as npm reads
 * it: a folder entry matches its contents, others are globs; negated entries
 * (`!x`) are exempt. An entry naming a build folder of a package that was not
 * built is part of build-output-missing instead.
 */
export const checkFilesEntries: LayoutCheck = (ctx) => {
  if (!ctx.packed) return [];
  const packed = [...ctx.packed];
  const analysis = buildOutputAnalysis(ctx);
  const out: RawFinding[] = [];
  for (const entry of filesEntries(ctx.manifest)) {
    if (entry.negated || entry.pattern === '' || matchesPacked(entry.pattern, packed)) continue;
    if (coversMissingOutput(analysis, entry.pattern)) continue;
    const fact = ctx.facts.files[entry.pattern];
    const where =
      fact?.kind === 'dir'
        ? 'the folder exists but holds no file npm packs'
        : fact?.kind === 'file'
          ? 'the file exists but npm leaves it out'
          : 'nothing of that name is in the package folder';
    const buildFolder = fact?.kind !== 'file' && BUILD_FOLDER.test(entry.pattern);
    const script = buildScript(ctx.manifest);
    const message = `"files" entry ${JSON.stringify(entry.raw)} matches no file: ${where}${buildFolder ? ' (a build output folder: the build output was never written)' : ''}`;
    const fix = buildFolder
      ? script
        ? `Run the build (\`${buildCommand(ctx, script)}\`) so ${entry.pattern}/ is written before packing, or remove the entry.`
        : `Nothing builds ${entry.pattern}/ (package.json has no "build" script): add the build, or remove the entry.`
      : 'Fix the name to match a file or folder of the package, or remove the entry.';
    out.push(ctx.at('layout/files-entry-unmatched', ['files', entry.index], message, fix));
  }
  return out;
};

const BUILD_FOLDER = /^(dist|build|lib|out|output|esm|cjs|es|umd|types|typings|dts|bundle|compiled)(\/|$)/;

/** npm-packlist's reading of one `files` entry: the path itself, its contents, or a glob. */
function matchesPacked(pattern: string, packed: readonly string[]): boolean {
  const glob = picomatch(pattern, { dot: true });
  const inside = picomatch(`${pattern}/**`, { dot: true });
  if (packed.some((p) => p === pattern || p.startsWith(`${pattern}/`) || glob(p) || inside(p))) return true;
  // `LICENSE` when the file is LICENSE.md: npm packs it anyway, the entry is harmless.
  const base = path.posix.basename(pattern);
  return (
    ALWAYS_PACKED.test(base) && packed.some((p) => !p.includes('/') && p.toLowerCase().startsWith(base.toLowerCase()))
  );
}

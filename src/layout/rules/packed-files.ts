import path from 'node:path';
import picomatch from 'picomatch';
import { credentialFileKind } from '../../files/credential-files.js';
import { formatSize } from '../../util/size.js';
import type { LayoutCheck, RawFinding } from '../context.js';

/** Files users never need at run time. */
const JUNK: { what: string; test: (full: string, base: string) => boolean }[] = [
  {
    what: 'test files',
    test: (f, b) =>
      /(^|\/)(test|tests|__tests__|__mocks__|__snapshots__)\//.test(f) || /\.(test|spec)\.[cm]?[jt]sx?$/.test(b),
  },
  { what: 'coverage output', test: (f) => /(^|\/)(coverage|\.nyc_output)\//.test(f) },
  {
    what: 'version-control and CI files',
    test: (f) => /(^|\/)(\.git|\.github|\.gitlab|\.circleci)\//.test(f) || f === '.travis.yml',
  },
  {
    what: 'editor files',
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

import path from 'node:path';
import type { z } from 'zod';
import { UsageError } from '../errors.js';
import { MANIFEST_FILE, type ReleaseManifest } from '../release/manifest.js';
import type { PackageReport, Report } from '../report/model.js';
import { displayPath, packOutcomeText } from '../report/outcome.js';
import { packedFindings } from '../release/packed-check.js';
import { rateAll, type UnratedFinding } from '../rules.js';
import { managerRootOf, type ManagerRoot } from './package-manager.js';
import { defineCommand, pickOptions } from './define-command.js';
import { SHARED_DESCRIPTIONS } from './option-catalog.js';
import { aggregateReport, openWorkspace, skippedNotes } from './packages.js';
import type { CommandSpec, RunContext } from './types.js';

const OPTIONS = pickOptions({
  directory: true,
  config: { description: SHARED_DESCRIPTIONS.configInDirectory },
  'fail-on': {
    description: 'Accepted like every command takes it; a package that does not pack always fails the command.',
  },
  out: {
    description:
      'Folder for the tarball and release-manifest.json (default: the package folder; one sub-folder per package in a monorepo).',
  },
});
type Input = z.infer<typeof OPTIONS.schema>;

export const packCommand: CommandSpec<Input> = defineCommand({
  name: 'pack',
  summary:
    "Pack once with the repository's manager (npm pack, pnpm pack, yarn pack or bun pm pack; no lifecycle scripts), refuse a tarball with workspace:/catalog:/file:/link: dependencies or missing build output, and record its integrity, files and commit in release-manifest.json.",
  positional: 'directory',
  options: OPTIONS,
  outputs: {
    tarball: 'Path of the tarball (this and the other tarball outputs are set when one package was packed).',
    manifest: 'Path of release-manifest.json.',
    integrity: true,
    shasum: 'sha1 of the tarball.',
    'package-name': true,
    'package-version': true,
  },
  run: pack,
});

async function pack(input: Input, context: RunContext): Promise<Report> {
  const started = performance.now();
  const { discovery } = await openWorkspace(input.directory, input.config, context);
  const packages: PackageReport[] = [];
  const outputs: Record<string, string> = {};
  const notes: string[] = [];
  for (const pkg of discovery.packages) {
    const outBase = input.out ? path.resolve(context.cwd, input.out) : pkg.dir;
    const outDir =
      input.out && discovery.packages.length > 1 ? path.join(outBase, pkg.relDir.replace(/[\\/]/g, '-')) : outBase;
    await context.adapters.fs.mkdir(outDir, { recursive: true }).catch((error: Error) => {
      throw new UsageError(`pack: --out: cannot create ${outDir}: ${error.message}`);
    });
    const owner = await managerRootOf(pkg.dir, context);
    const manager = owner.detected.name;
    if (manager === 'yarn') {
      const scripts = (
        await context.adapters.fs.readJsonObject(path.join(pkg.dir, 'package.json')).catch(() => undefined)
      )?.scripts as Record<string, unknown> | undefined;
      const hooks = ['prepack', 'postpack'].filter((h) => typeof scripts?.[h] === 'string');
      // https://yarnpkg.com/advanced/lifecycle-scripts: called at the beginning and the end of each yarn pack.
      if (hooks.length)
        notes.push(`${pkg.relDir}: yarn pack runs its ${hooks.join(' and ')} script (yarn has no switch to skip them)`);
    }
    const result = await context.log.step(`${manager === 'bun' ? 'bun pm' : manager} pack ${pkg.relDir}`, () =>
      packOne(pkg.dir, outDir, owner, context),
    );
    if (!result.ok) {
      const file = pkg.relDir === '.' ? 'package.json' : `${pkg.relDir}/package.json`;
      packages.push({
        name: result.name ?? pkg.relDir,
        ...(result.version ? { version: result.version } : {}),
        dir: pkg.relDir,
        ok: false,
        findings: rateAll(
          'error' in result ? [{ rule: 'pack/failed', message: result.error, file: 'package.json' }] : result.findings,
          {},
          { prefix: pkg.relDir, ...(result.name ? { package: result.name } : {}) },
        ).map((f) => ({ ...f, file: f.file ?? file })),
      });
      continue;
    }
    const m = result.manifest;
    const shown = (file: string) => displayPath(file, context.cwd, path.relative);
    packages.push({
      name: m.package,
      version: m.version,
      dir: pkg.relDir,
      ok: true,
      findings: [],
      outcome: packOutcomeText({
        name: m.package,
        version: m.version,
        tarball: shown(path.join(outDir, m.tarball)),
        manifest: shown(path.join(outDir, MANIFEST_FILE)),
        size: m.size,
        files: m.files.length,
        integrity: m.integrity,
      }),
    });
    if (discovery.packages.length === 1) {
      Object.assign(outputs, {
        tarball: path.join(outDir, m.tarball),
        manifest: path.join(outDir, MANIFEST_FILE),
        integrity: m.integrity,
        shasum: m.shasum,
        'package-name': m.package,
        'package-version': m.version,
      });
    }
  }
  return aggregateReport(
    'pack',
    packages,
    { total: Math.round(performance.now() - started) },
    [...skippedNotes(discovery.skippedPrivate), ...notes],
    outputs,
  );
}

type PackOutcome =
  | { ok: true; manifest: ReleaseManifest }
  | { ok: false; error: string; name?: undefined; version?: undefined }
  | { ok: false; findings: UnratedFinding[]; name?: string; version?: string };

/**
 * Pack with the repository's own manager (npm pack; pnpm pack, yarn pack and
 * bun pm pack rewrite workspace: and catalog: ranges), then check the tarball
 * before anything is published: no local protocol left, every bin, main and
 * exports target inside. Only a clean tarball gets its release-manifest.json.
 */
async function packOne(dir: string, outDir: string, owner: ManagerRoot, context: RunContext): Promise<PackOutcome> {
  const { fs, git, npmCli, tarball } = context.adapters;
  const manager = owner.detected.name;
  let packed: {
    name: string;
    version: string;
    filename: string;
    size: number;
    unpackedSize: number;
    files: { path: string; size: number }[];
  };
  let packedManifest: Record<string, unknown> | undefined;
  let digests: { integrity: string; shasum: string };
  // The commit is read while the folder is packed.
  const headCommit = git.headCommit(dir);
  headCommit.catch(() => undefined); // awaited below, when the tarball is kept
  if (manager === 'npm') {
    const result = await npmCli.pack(dir, outDir);
    if (!result.ok) return result;
    packed = result.packed;
    // One read of the tarball: the manifest checked and the digests recorded come from the same bytes.
    const read = await tarball.readTarballOnce(path.join(outDir, packed.filename));
    packedManifest = read.inspection.manifest;
    digests = read.digests;
  } else {
    const result = await context.adapters.packageManagers.for(owner.detected).pack(dir, outDir);
    if (!result.ok) return result;
    const read = await tarball.tarballContents(result.tarball);
    packedManifest = read.manifest;
    digests = read.digests;
    packed = {
      name: typeof packedManifest?.name === 'string' ? packedManifest.name : '',
      version: typeof packedManifest?.version === 'string' ? packedManifest.version : '',
      filename: path.relative(outDir, result.tarball) || path.basename(result.tarball),
      size: read.size,
      unpackedSize: read.files.reduce((sum, f) => sum + f.size, 0),
      files: read.files,
    };
  }
  if (!packedManifest) return { ok: false, error: `${packed.filename} holds no readable package.json` };
  const source = await fs.readJsonObject(path.join(dir, 'package.json')).catch(() => undefined);
  const scripts = source?.scripts as Record<string, unknown> | undefined;
  const problems = packedFindings(
    packedManifest,
    packed.files.map((f) => f.path),
    { name: manager, buildScript: typeof scripts?.build === 'string' },
  );
  if (problems.length) {
    // Refused: the tarball is removed, so no later step can publish it.
    await fs.rm(path.join(outDir, packed.filename), { force: true });
    return { ok: false, findings: problems, name: packed.name, version: packed.version };
  }
  const commit = await headCommit;
  const manifest: ReleaseManifest = {
    schemaVersion: 1,
    package: packed.name,
    version: packed.version,
    commit: commit ?? null,
    tarball: packed.filename,
    size: packed.size,
    unpackedSize: packed.unpackedSize,
    ...digests,
    files: packed.files.map((f) => ({ path: f.path, size: f.size })),
    created: context.adapters.clock.now().toISOString(),
    tool: { name: 'mcp-release-kit', version: context.adapters.runtime.toolVersion },
  };
  await fs.writeFile(path.join(outDir, MANIFEST_FILE), `${JSON.stringify(manifest, null, 2)}\n`);
  return { ok: true, manifest };
}

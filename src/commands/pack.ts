import path from 'node:path';
import type { z } from 'zod';
import { UsageError } from '../errors.js';
import { digestsOf } from '../release/integrity.js';
import { MANIFEST_FILE, type ReleaseManifest } from '../release/manifest.js';
import type { PackageReport, Report } from '../report/model.js';
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
    "Pack once (npm pack, no lifecycle scripts) and record the tarball's integrity, files and commit in release-manifest.json.",
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
  for (const pkg of discovery.packages) {
    const outBase = input.out ? path.resolve(context.cwd, input.out) : pkg.dir;
    const outDir =
      input.out && discovery.packages.length > 1 ? path.join(outBase, pkg.relDir.replace(/[\\/]/g, '-')) : outBase;
    await context.adapters.fs.mkdir(outDir, { recursive: true }).catch((error: Error) => {
      throw new UsageError(`pack: --out: cannot create ${outDir}: ${error.message}`);
    });
    const result = await context.log.step(`npm pack ${pkg.relDir}`, () => packOne(pkg.dir, outDir, context));
    if (!result.ok) {
      packages.push({
        name: pkg.relDir,
        dir: pkg.relDir,
        ok: false,
        findings: [
          {
            rule: 'pack/failed',
            severity: 'error',
            message: result.error,
            file: pkg.relDir === '.' ? 'package.json' : `${pkg.relDir}/package.json`,
          },
        ],
      });
      continue;
    }
    const m = result.manifest;
    packages.push({ name: m.package, version: m.version, dir: pkg.relDir, ok: true, findings: [] });
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
    skippedNotes(discovery.skippedPrivate),
    outputs,
  );
}

async function packOne(
  dir: string,
  outDir: string,
  context: RunContext,
): Promise<{ ok: true; manifest: ReleaseManifest } | { ok: false; error: string }> {
  const { fs, git, npmCli } = context.adapters;
  const result = await npmCli.pack(dir, outDir);
  if (!result.ok) return result;
  const { packed } = result;
  const tarball = path.join(outDir, packed.filename);
  const digests = digestsOf(await fs.readFile(tarball));
  const commit = await git.headCommit(dir);
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

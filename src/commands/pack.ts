import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { z } from 'zod';
import { UsageError } from '../errors.js';
import { npmInvocation } from '../adapters/npm.js';
import { runProcess } from '../adapters/process.js';
import { fileDigests } from '../release/integrity.js';
import { MANIFEST_FILE, type ReleaseManifest } from '../release/manifest.js';
import type { PackageReport, Report } from '../report/model.js';
import { TOOL_VERSION } from '../adapters/tool-version.js';
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
    await mkdir(outDir, { recursive: true }).catch((error: Error) => {
      throw new UsageError(`pack: --out: cannot create ${outDir}: ${error.message}`);
    });
    const result = await packOne(pkg.dir, outDir, context);
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
  const npm = npmInvocation(context.parentEnv, process.platform, process.execPath);
  const result = await runProcess(
    npm.command,
    [...npm.args, 'pack', '--json', '--ignore-scripts', '--pack-destination', outDir],
    { cwd: dir, env: context.parentEnv, timeoutMs: 300_000 },
  );
  if (result.code !== 0)
    return {
      ok: false,
      error: `npm pack failed: ${
        result.stderr
          .split('\n')
          .find((l) => /npm error/.test(l) && !/complete log/.test(l))
          ?.replace(/^npm error\s*/, '') ?? result.stderr.slice(0, 300)
      }`,
    };
  type Packed = {
    name: string;
    version: string;
    filename: string;
    size: number;
    unpackedSize: number;
    files: { path: string; size: number }[];
  };
  let packed: Packed | undefined;
  try {
    [packed] = JSON.parse(result.stdout.slice(result.stdout.indexOf('['))) as Packed[];
  } catch {
    packed = undefined;
  }
  if (!packed?.filename || !Array.isArray(packed.files))
    return { ok: false, error: 'npm pack --json printed no package' };
  const tarball = path.join(outDir, packed.filename);
  const digests = await fileDigests(tarball);
  const git = await runProcess('git', ['rev-parse', 'HEAD'], { cwd: dir, timeoutMs: 10_000 }).catch(() => undefined);
  const manifest: ReleaseManifest = {
    schemaVersion: 1,
    package: packed.name,
    version: packed.version,
    commit: git?.code === 0 ? git.stdout.trim() : null,
    tarball: packed.filename,
    size: packed.size,
    unpackedSize: packed.unpackedSize,
    ...digests,
    files: packed.files.map((f) => ({ path: f.path, size: f.size })),
    created: new Date().toISOString(),
    tool: { name: 'mcp-release-kit', version: TOOL_VERSION },
  };
  await writeFile(path.join(outDir, MANIFEST_FILE), `${JSON.stringify(manifest, null, 2)}\n`);
  return { ok: true, manifest };
}

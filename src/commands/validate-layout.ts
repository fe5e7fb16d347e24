import { stat } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { discoverPackages } from '../config/discover.js';
import { loadConfig } from '../config/load.js';
import { settingsForPackage } from '../config/resolve.js';
import { UsageError } from '../errors.js';
import { gatherFacts } from '../layout/facts.js';
import { packDryRunMany, type PackListResult } from '../ports/npm.js';
import { runLayoutChecks, toFindings } from '../layout/validate.js';
import { countBySeverity, isOk, type PackageReport, type Report } from '../report/model.js';
import { mapLimit } from '../util/concurrency.js';
import { COMMON_OPTIONS, commonInputShape } from './common-inputs.js';
import type { CommandSpec, RunContext } from './types.js';

const inputSchema = z.object(commonInputShape);
type Input = z.infer<typeof inputSchema>;

/** Packages checked side by side (file reads, node --check, fallback npm runs). */
const PACKAGE_CONCURRENCY = 4;

export const validateLayoutCommand: CommandSpec<Input> = {
  name: 'validate-layout',
  aliases: ['validate'],
  summary: 'Check that each package would install and start for `npx` users (bin, entries, files, license, server.json, ...).',
  positional: { name: 'DIR', option: 'directory' },
  options: COMMON_OPTIONS,
  inputSchema,
  run: validateLayout,
};

async function validateLayout(input: Input, context: RunContext): Promise<Report> {
  const started = performance.now();
  const rootDir = path.resolve(context.cwd, input.directory);
  await requireDirectory(rootDir, input.directory);
  const { config, file: configFile } = await loadConfig(rootDir, input.config ? path.resolve(context.cwd, input.config) : undefined);
  const configLabel = configFile ? path.relative(context.cwd, configFile) || configFile : '.github/mcp-release.yml';
  const discovery = await discoverPackages(rootDir, config, configLabel);
  const discovered = performance.now();

  // Started on first use, so a run where no package.json parses never spawns npm.
  let packAll: Promise<PackListResult[]> | undefined;
  const packOf = (index: number) => async (): Promise<PackListResult> => {
    packAll ??= packDryRunMany(discovery.packages.map((p) => p.dir), PACKAGE_CONCURRENCY);
    return (await packAll)[index] ?? { ok: false, error: 'npm pack gave no result for this folder' };
  };

  const packages = await mapLimit(discovery.packages, PACKAGE_CONCURRENCY, async (pkg, index): Promise<PackageReport> => {
    const settings = settingsForPackage(config, pkg.relDir);
    const failOn = input['fail-on'] ?? settings.failOn;
    const env = {
      ...(context.githubRepository ? { githubRepository: context.githubRepository } : {}),
      ...(context.githubRepositoryOwner ? { githubRepositoryOwner: context.githubRepositoryOwner } : {}),
    };
    const facts = await gatherFacts(pkg.dir, env, packOf(index));
    const name = typeof facts.manifest?.name === 'string' ? facts.manifest.name : pkg.relDir;
    const version = typeof facts.manifest?.version === 'string' ? facts.manifest.version : undefined;
    const findings = toFindings(runLayoutChecks(facts, settings), settings, pkg.relDir, name);
    return { name, dir: pkg.relDir, ...(version ? { version } : {}), ok: isOk(findings, failOn), findings };
  });

  const findings = packages.flatMap((p) => p.findings);
  const counts = countBySeverity(findings);
  const finished = performance.now();
  return {
    command: 'validate-layout',
    ok: packages.every((p) => p.ok),
    findings,
    outputs: {
      ok: String(packages.every((p) => p.ok)),
      'error-count': String(counts.error),
      'warning-count': String(counts.warning),
      'note-count': String(counts.note),
      packages: JSON.stringify(packages.map((p) => ({ name: p.name, version: p.version ?? null, dir: p.dir, ok: p.ok }))),
    },
    timings: { discover: round(discovered - started), checks: round(finished - discovered), total: round(finished - started) },
    packages,
    notes: discovery.skippedPrivate.map((dir) => `skipped ${dir}: "private": true (never published)`),
  };
}

async function requireDirectory(dir: string, given: string): Promise<void> {
  const info = await stat(dir).catch(() => undefined);
  if (!info) throw new UsageError(`directory "${given}" does not exist (resolved to ${dir})`);
  if (!info.isDirectory()) throw new UsageError(`"${given}" is not a directory; give the package or repository folder`);
}

function round(ms: number): number {
  return Math.round(ms);
}

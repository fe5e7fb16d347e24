import path from 'node:path';
import type { z } from 'zod';
import { settingsForPackage, type ResolvedSettings } from '../config/resolve.js';
import { isOk, type PackageReport, type Report } from '../report/model.js';
import { rateAll } from '../rules.js';
import { readJsonObject } from '../util/read-json.js';
import type { ScanStats } from '../scan/run.js';
import { defineCommand, pickOptions } from './define-command.js';
import { SHARED_DESCRIPTIONS } from './option-catalog.js';
import { aggregateReport, openWorkspace, skippedNotes } from './packages.js';
import type { CommandSpec, RunContext } from './types.js';

const OPTIONS = pickOptions({
  directory: true,
  config: { description: SHARED_DESCRIPTIONS.configInDirectory },
  'fail-on': { description: SHARED_DESCRIPTIONS.failOnFromConfig },
  registry: { description: "Registry npm audit asks (default: the config's registry, else npm's)." },
});
type Input = z.infer<typeof OPTIONS.schema>;

export const scanCommand: CommandSpec<Input> = defineCommand({
  name: 'security-scan',
  aliases: ['scan'],
  summary:
    'Secrets in the tarball and the repository, install scripts, forbidden files, vulnerable dependencies, workflow security.',
  positional: 'directory',
  options: OPTIONS,
  outputs: {
    'secret-count': 'Credentials found (redacted in the report).',
    'files-scanned': 'Files read by the secret scanner.',
    audit: 'Dependency audit state: ok, vulnerable (in any package), unavailable or off.',
    'workflow-count': 'Workflow and action files audited.',
  },
  run: scan,
});

async function scan(input: Input, context: RunContext): Promise<Report> {
  const started = performance.now();
  const { config, discovery, rootDir } = await openWorkspace(input.directory, input.config, context);
  const { scanPackage, scanRepositoryWorkflows } = await import('../scan/run.js');
  const registry = input.registry ?? config.registry;
  const packages: PackageReport[] = [];
  const totals = { secrets: 0, files: 0, workflows: 0, audits: [] as ScanStats['audit'][] };
  // One npm process lists the tarball files of every package (npm's start-up is most of the cost);
  // then one package at a time: each already reads its files in parallel.
  const { packDryRunMany } = await import('../adapters/npm.js');
  const packs = await packDryRunMany(discovery.packages.map((p) => p.dir));
  for (const [index, pkg] of discovery.packages.entries()) {
    const settings = settingsForPackage(config, pkg.relDir);
    const packed = packs[index];
    const result = await scanPackage(pkg.dir, settings, {
      ...(registry ? { registry } : {}),
      env: context.parentEnv,
      workflows: true,
      ...(packed ? { packed } : {}),
    });
    const name = await packageName(pkg.dir, pkg.relDir);
    const findings = rateAll(result.findings, scanOverrides(settings), { prefix: pkg.relDir, package: name });
    packages.push({ name, dir: pkg.relDir, ok: isOk(findings, input['fail-on'] ?? settings.failOn), findings });
    totals.secrets += result.stats.secrets;
    totals.files += result.stats.filesScanned;
    totals.workflows += result.stats.workflows;
    totals.audits.push(result.stats.audit);
  }
  if (!discovery.packages.some((p) => p.relDir === '.')) {
    const settings = settingsForPackage(config, '.');
    const repo = await scanRepositoryWorkflows(rootDir);
    const findings = rateAll(repo.findings, scanOverrides(settings), { package: 'repository' });
    packages.push({ name: 'repository', dir: '.', ok: isOk(findings, input['fail-on'] ?? settings.failOn), findings });
    totals.workflows += repo.count;
  }
  const audit = totals.audits.includes('vulnerable')
    ? 'vulnerable'
    : totals.audits.includes('unavailable')
      ? 'unavailable'
      : totals.audits.every((a) => a === 'off')
        ? 'off'
        : 'ok';
  return aggregateReport(
    'security-scan',
    packages,
    { total: Math.round(performance.now() - started) },
    skippedNotes(discovery.skippedPrivate),
    {
      'secret-count': String(totals.secrets),
      'files-scanned': String(totals.files),
      audit,
      'workflow-count': String(totals.workflows),
    },
  );
}

/** `scan.audit: required` makes "could not audit" an error, unless the rule's severity is configured. */
function scanOverrides(settings: ResolvedSettings): ResolvedSettings['rules'] {
  return settings.scan.audit === 'required' ? { 'scan/audit-unavailable': 'error', ...settings.rules } : settings.rules;
}

async function packageName(dir: string, fallback: string): Promise<string> {
  const name = (await readJsonObject(path.join(dir, 'package.json')))?.name;
  return typeof name === 'string' ? name : fallback;
}

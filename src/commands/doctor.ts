import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { loadConfig } from '../config/load.js';
import { authMode, doctorFindings, workflowFile } from '../release/doctor-checks.js';
import { gatherDoctorFacts } from '../release/doctor.js';
import { isOk, type Finding, type Report } from '../report/model.js';
import { COMMON_OPTIONS, commonInputShape } from './common-inputs.js';
import { findRule } from '../rules.js';
import { aggregateReport, PACKAGE_OUTPUTS, requireDirectory } from './packages.js';
import type { CommandSpec, OptionSpec, RunContext } from './types.js';

const inputSchema = z.object({ ...commonInputShape, registry: z.url().optional() });
type Input = z.infer<typeof inputSchema>;

const OPTIONS: readonly OptionSpec[] = [...COMMON_OPTIONS, { name: 'registry', type: 'string', description: 'Registry URL (default: the config registry, else https://registry.npmjs.org/).' }];

export const doctorCommand: CommandSpec<Input> = {
  name: 'doctor',
  aliases: [],
  summary: 'Before anything irreversible: which credential can publish, and what would make npm fail (versions, id-token, first publish, .npmrc tokens, repository.url).',
  positional: { name: 'DIR', option: 'directory' },
  options: OPTIONS,
  outputs: {
    ...PACKAGE_OUTPUTS,
    'auth-mode': 'doctor: oidc (trusted publishing), token (NODE_AUTH_TOKEN) or none.',
    'npm-version': 'doctor: the npm that would publish.',
    'workflow-file': 'doctor: the caller workflow file a trusted-publisher record must name (in Actions).',
    'package-exists': 'doctor: whether the package is already on the registry.',
  },
  inputSchema,
  run: doctor,
};

async function doctor(input: Input, context: RunContext): Promise<Report> {
  const started = performance.now();
  const dir = path.resolve(context.cwd, input.directory);
  await requireDirectory(dir, input.directory);
  const { config } = await loadConfig(dir, input.config ? path.resolve(context.cwd, input.config) : undefined);
  const registry = input.registry ?? config.registry ?? 'https://registry.npmjs.org/';
  const manifest = await readJson(path.join(dir, 'package.json'));
  const facts = await gatherDoctorFacts({ cwd: dir, manifest, registry, context });
  const npmVersion = facts.npmVersion;
  const failOn = input['fail-on'] ?? 'error';
  const findings: Finding[] = doctorFindings(facts).map((f) => {
    const doc = findRule(f.rule);
    return { ...f, severity: config.rules?.[f.rule] && config.rules[f.rule] !== 'off' ? (config.rules[f.rule] as Finding['severity']) : (doc?.severity ?? 'error'), ...(doc?.fix ? { fix: doc.fix } : {}) };
  }).filter((f) => config.rules?.[f.rule] !== 'off');
  const name = typeof manifest?.name === 'string' ? manifest.name : input.directory;
  return aggregateReport('doctor', [{ name, dir: '.', ...(typeof manifest?.version === 'string' ? { version: manifest.version } : {}), ok: isOk(findings, failOn), findings }], { total: Math.round(performance.now() - started) }, [], {
    'auth-mode': authMode(facts),
    'npm-version': npmVersion ?? '',
    'workflow-file': workflowFile(facts.workflowRef) ?? '',
    'package-exists': facts.packageExists === undefined ? '' : String(facts.packageExists),
  });
}

async function readJson(file: string): Promise<Record<string, unknown> | undefined> {
  try {
    const value: unknown = JSON.parse(await readFile(file, 'utf8'));
    return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

import path from 'node:path';
import { z } from 'zod';
import { loadConfig } from '../config/load.js';
import { authMode, doctorFindings, workflowFile } from '../release/doctor-checks.js';
import { gatherDoctorFacts } from '../release/doctor.js';
import { isOk, type Report } from '../report/model.js';
import { COMMON_OPTIONS, commonInputShape } from './common-inputs.js';
import { rateAll } from '../rules.js';
import { readJsonObject } from '../util/read-json.js';
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
  const manifest = await readJsonObject(path.join(dir, 'package.json'));
  const facts = await gatherDoctorFacts({ cwd: dir, manifest, registry, context });
  const npmVersion = facts.npmVersion;
  const failOn = input['fail-on'] ?? 'error';
  const findings = rateAll(doctorFindings(facts), config.rules);
  const name = typeof manifest?.name === 'string' ? manifest.name : input.directory;
  return aggregateReport('doctor', [{ name, dir: '.', ...(typeof manifest?.version === 'string' ? { version: manifest.version } : {}), ok: isOk(findings, failOn), findings }], { total: Math.round(performance.now() - started) }, [], {
    'auth-mode': authMode(facts),
    'npm-version': npmVersion ?? '',
    'workflow-file': workflowFile(facts.workflowRef) ?? '',
    'package-exists': facts.packageExists === undefined ? '' : String(facts.packageExists),
  });
}

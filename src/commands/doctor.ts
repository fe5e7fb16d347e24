import { readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { z } from 'zod';
import { loadConfig } from '../config/load.js';
import { npmInvocation } from '../ports/npm.js';
import { runProcess } from '../ports/process.js';
import { authMode, doctorFindings, workflowFile, type DoctorFacts } from '../release/doctor-checks.js';
import { readPackageState } from '../release/registry.js';
import { FAIL_ON_LEVELS, isOk, type Finding, type Report } from '../report/model.js';
import { findRule } from '../rules.js';
import { aggregateReport, PACKAGE_OUTPUTS, requireDirectory } from './packages.js';
import type { CommandSpec, OptionSpec, RunContext } from './types.js';

const inputSchema = z.object({
  directory: z.string().min(1).default('.'),
  registry: z.url().optional(),
  config: z.string().min(1).optional(),
  'fail-on': z.enum(FAIL_ON_LEVELS).optional(),
});
type Input = z.infer<typeof inputSchema>;

const OPTIONS: readonly OptionSpec[] = [
  { name: 'directory', type: 'string', description: 'Package folder (default: current folder).' },
  { name: 'registry', type: 'string', description: 'Registry URL (default: the config registry, else https://registry.npmjs.org/).' },
  { name: 'config', type: 'string', description: 'Config file (default: <directory>/.github/mcp-release.yml when present).' },
  { name: 'fail-on', type: 'string', description: 'Lowest severity that fails: error (default), warning, note or never.' },
];

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
  const env = context.parentEnv;
  const manifest = await readJson(path.join(dir, 'package.json'));
  const npm = npmInvocation(env, process.platform, process.execPath);
  const npmVersion = await runProcess(npm.command, [...npm.args, '--version'], { cwd: dir, env, timeoutMs: 30_000 })
    .then((r) => (r.code === 0 ? r.stdout.trim() : undefined))
    .catch(() => undefined);
  const facts: DoctorFacts = {
    nodeVersion: process.versions.node,
    ...(npmVersion ? { npmVersion } : {}),
    inActions: context.inActions,
    oidcAvailable: Boolean(env.ACTIONS_ID_TOKEN_REQUEST_URL && env.ACTIONS_ID_TOKEN_REQUEST_TOKEN),
    hasToken: Boolean(env.NODE_AUTH_TOKEN),
    ...(context.githubRepository ? { githubRepository: context.githubRepository } : {}),
    ...(env.GITHUB_WORKFLOW_REF ? { workflowRef: env.GITHUB_WORKFLOW_REF } : {}),
    ...(manifest ? { manifest } : {}),
    npmrcTokens: await npmrcTokens([path.join(dir, '.npmrc'), path.join(context.cwd, '.npmrc'), path.join(env.HOME ?? os.homedir(), '.npmrc')], dir),
  };
  if (typeof manifest?.name === 'string') {
    try {
      facts.packageExists = (await readPackageState(registry, manifest.name, env.NODE_AUTH_TOKEN || undefined)).exists;
    } catch (error) {
      facts.registryError = (error as Error).message;
    }
  }
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

/** Auth-token lines in .npmrc files; the value is redacted to its first characters. */
async function npmrcTokens(files: string[], dir: string): Promise<DoctorFacts['npmrcTokens']> {
  const out: DoctorFacts['npmrcTokens'] = [];
  for (const file of [...new Set(files)]) {
    const text = await readFile(file, 'utf8').catch(() => undefined);
    if (text === undefined) continue;
    text.split('\n').forEach((line, index) => {
      const match = /(_authToken|_auth|_password)\s*=\s*(.*)$/.exec(line);
      if (!match) return;
      const value = (match[2] ?? '').trim();
      const shown = /^\$\{[A-Z_]+\}$/.test(value) ? value : `${value.slice(0, 4)}…`;
      out.push({ file: path.relative(dir, file) || file, line: index + 1, text: `${match[1]}=${shown}` });
    });
  }
  return out;
}

async function readJson(file: string): Promise<Record<string, unknown> | undefined> {
  try {
    const value: unknown = JSON.parse(await readFile(file, 'utf8'));
    return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

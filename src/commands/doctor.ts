import path from 'node:path';
import { z } from 'zod';
import { registryUrl } from '../config/registry-url.js';
import { loadConfig } from '../config/load.js';
import { authMode, doctorFindings, tokenExpiryFindings, workflowFile } from '../release/doctor-checks.js';
import { emptyPromoteTokenReason } from '../release/promote-token.js';
import { gatherDoctorFacts } from '../release/doctor.js';
import { isOk, type Report } from '../report/model.js';
import { COMMON_OPTIONS, commonInputShape } from './common-inputs.js';
import { rateAll } from '../rules.js';
import { readJsonObject } from '../util/read-json.js';
import { aggregateReport, PACKAGE_OUTPUTS, requireDirectory } from './packages.js';
import type { CommandSpec, OptionSpec, RunContext } from './types.js';

const inputSchema = z.object({ ...commonInputShape, registry: registryUrl.optional() });
type Input = z.infer<typeof inputSchema>;

const OPTIONS: readonly OptionSpec[] = [
  ...COMMON_OPTIONS,
  {
    name: 'registry',
    type: 'string',
    description: 'Registry URL (default: the config registry, else https://registry.npmjs.org/).',
  },
];

export const doctorCommand: CommandSpec<Input> = {
  name: 'doctor',
  aliases: [],
  summary:
    'Before anything irreversible: which credential can publish, and what would make npm fail (versions, id-token, first publish, .npmrc tokens, repository.url).',
  positional: { name: 'DIR', option: 'directory' },
  options: OPTIONS,
  outputs: {
    ...PACKAGE_OUTPUTS,
    'auth-mode': 'doctor: oidc (trusted publishing), token (NODE_AUTH_TOKEN) or none.',
    'npm-version': 'doctor: the npm that would publish.',
    'workflow-file': 'doctor: the caller workflow file a trusted-publisher record must name (in Actions).',
    'package-exists': 'doctor: whether the package is already on the registry.',
    'promote-credential':
      'doctor: what promote and rollback would use for dist-tag and deprecate: NPM_PROMOTE_TOKEN, NODE_AUTH_TOKEN or none.',
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
  const expiry = tokenExpiryFindings(facts, new Date());
  const findings = rateAll([...doctorFindings(facts), ...expiry.findings], config.rules);
  const name = typeof manifest?.name === 'string' ? manifest.name : input.directory;
  const env = context.parentEnv;
  const promoteCredential = env.NPM_PROMOTE_TOKEN
    ? 'NPM_PROMOTE_TOKEN'
    : env.NODE_AUTH_TOKEN
      ? 'NODE_AUTH_TOKEN'
      : 'none';
  // Set but empty is its own mistake (an environment secret read outside its environment): say which.
  const notes = [...(env.NPM_PROMOTE_TOKEN === '' ? [emptyPromoteTokenReason(env)] : []), ...expiry.notes];
  // Which credential each step would use, and whether it can: OIDC publishes but cannot move dist-tags or deprecate.
  const credentials = {
    title: 'Credentials per step',
    columns: ['step', 'credential', 'can do it'],
    rows: [
      [
        'publish',
        authMode(facts) === 'oidc'
          ? 'GitHub OIDC (trusted publishing)'
          : authMode(facts) === 'token'
            ? 'NODE_AUTH_TOKEN'
            : 'none',
        authMode(facts) === 'none' ? 'no' : 'yes',
      ],
      [
        'promote, rollback (dist-tag, deprecate)',
        promoteCredential,
        promoteCredential === 'none'
          ? env.NPM_PROMOTE_TOKEN === ''
            ? 'no: NPM_PROMOTE_TOKEN is empty (see the note)'
            : facts.oidcAvailable
              ? 'no: OIDC cannot run dist-tag or deprecate; set NPM_PROMOTE_TOKEN'
              : 'no'
          : 'yes',
      ],
      [
        'sign',
        facts.oidcAvailable || env.SIGSTORE_ID_TOKEN
          ? 'keyless (OIDC identity)'
          : env.MCP_RELEASE_SIGNING_KEY
            ? 'MCP_RELEASE_SIGNING_KEY'
            : 'none',
        facts.oidcAvailable || env.SIGSTORE_ID_TOKEN || env.MCP_RELEASE_SIGNING_KEY ? 'yes' : 'no: only SHA256SUMS',
      ],
      [
        'GitHub release, PR comment',
        env.GITHUB_TOKEN || env.GH_TOKEN ? 'GITHUB_TOKEN' : 'none',
        env.GITHUB_TOKEN || env.GH_TOKEN ? 'yes (with contents: write)' : 'no: skipped',
      ],
      [
        'MCP Registry',
        facts.oidcAvailable ? 'GitHub OIDC' : 'none',
        facts.oidcAvailable ? 'yes' : 'no: needs id-token: write',
      ],
    ],
  };
  return aggregateReport(
    'doctor',
    [
      {
        name,
        dir: '.',
        ...(typeof manifest?.version === 'string' ? { version: manifest.version } : {}),
        ok: isOk(findings, failOn),
        findings,
        tables: [credentials],
      },
    ],
    { total: Math.round(performance.now() - started) },
    notes,
    {
      'promote-credential': promoteCredential,
      'auth-mode': authMode(facts),
      'npm-version': npmVersion ?? '',
      'workflow-file': workflowFile(facts.workflowRef) ?? '',
      'package-exists': facts.packageExists === undefined ? '' : String(facts.packageExists),
    },
  );
}

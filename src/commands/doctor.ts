import path from 'node:path';
import type { z } from 'zod';
import { authMode, doctorFindings, tokenExpiryFindings, workflowFile } from '../release/doctor-checks.js';
import { emptyPromoteTokenReason } from '../release/promote-token.js';
import { isOk, type Report } from '../report/model.js';
import { rateAll } from '../rules.js';
import { defineCommand, pickOptions } from './define-command.js';
import { NPM_REGISTRY_URL, SHARED_DESCRIPTIONS } from './option-catalog.js';
import { aggregateReport, requireDirectory } from './packages.js';
import { gatherDoctorFacts } from './doctor-facts.js';
import type { CommandSpec, RunContext } from './types.js';

const OPTIONS = pickOptions({
  directory: { description: SHARED_DESCRIPTIONS.packageFolder },
  config: { description: 'Config file (default: .github/mcp-release.yml in the package folder, when present).' },
  'fail-on': { description: SHARED_DESCRIPTIONS.failOnError },
  registry: {
    description: `Registry the package would be published to (default: the config's registry, else ${NPM_REGISTRY_URL}).`,
  },
});
type Input = z.infer<typeof OPTIONS.schema>;

export const doctorCommand: CommandSpec<Input> = defineCommand({
  name: 'doctor',
  summary:
    'Before anything irreversible: which credential can publish, and what would make npm fail (versions, id-token, first publish, .npmrc tokens, repository.url).',
  positional: 'directory',
  options: OPTIONS,
  outputs: {
    'auth-mode': 'What would publish: oidc (trusted publishing), token (NODE_AUTH_TOKEN) or none.',
    'npm-version': 'The npm that would publish.',
    'workflow-file': 'The caller workflow file a trusted-publisher record must name (in Actions).',
    'package-exists': '"true" when the package is already on the registry, "false" when not, empty when unknown.',
    'promote-credential':
      'What promote and rollback would use for dist-tag and deprecate: NPM_PROMOTE_TOKEN, NODE_AUTH_TOKEN or none.',
  },
  run: doctor,
});

async function doctor(input: Input, context: RunContext): Promise<Report> {
  const started = performance.now();
  const dir = path.resolve(context.cwd, input.directory);
  await requireDirectory(dir, input.directory, context);
  const { config } = await context.adapters.configFile.load(
    dir,
    input.config ? path.resolve(context.cwd, input.config) : undefined,
  );
  const registry = input.registry ?? config.registry ?? 'https://registry.npmjs.org/';
  const manifest = await context.adapters.fs.readJsonObject(path.join(dir, 'package.json'));
  const facts = await gatherDoctorFacts(context, { cwd: dir, manifest, registry });
  const npmVersion = facts.npmVersion;
  const failOn = input['fail-on'] ?? 'error';
  const expiry = tokenExpiryFindings(facts, context.adapters.clock.now());
  const findings = rateAll([...doctorFindings(facts), ...expiry.findings], config.rules);
  const name = typeof manifest?.name === 'string' ? manifest.name : input.directory;
  const given = context.settings.credentials;
  const promoteCredential = given.npmPromoteToken
    ? 'NPM_PROMOTE_TOKEN'
    : given.nodeAuthToken
      ? 'NODE_AUTH_TOKEN'
      : 'none';
  // Set but empty is its own mistake (an environment secret read outside its environment): say which.
  const notes = [...(given.npmPromoteTokenEmpty ? [emptyPromoteTokenReason(context.settings)] : []), ...expiry.notes];
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
          ? given.npmPromoteTokenEmpty
            ? 'no: NPM_PROMOTE_TOKEN is empty (see the note)'
            : facts.oidcAvailable
              ? 'no: OIDC cannot run dist-tag or deprecate; set NPM_PROMOTE_TOKEN'
              : 'no'
          : 'yes',
      ],
      [
        'sign',
        facts.oidcAvailable || given.sigstoreIdToken
          ? 'keyless (OIDC identity)'
          : given.signingKey
            ? 'MCP_RELEASE_SIGNING_KEY'
            : 'none',
        facts.oidcAvailable || given.sigstoreIdToken || given.signingKey ? 'yes' : 'no: only SHA256SUMS',
      ],
      [
        'GitHub release, PR comment',
        given.githubToken ? 'GITHUB_TOKEN' : 'none',
        given.githubToken ? 'yes (with contents: write)' : 'no: skipped',
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

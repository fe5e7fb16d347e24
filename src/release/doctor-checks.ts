import semver from 'semver';
import { githubSlug, repositoryUrl } from '../layout/repository-url.js';
import { expiryVerdict, type TokenExpiry } from './token-expiry.js';

/** Facts the doctor reads (I/O), judged by `doctorFindings` (pure). */
export interface DoctorFacts {
  nodeVersion: string;
  npmVersion?: string;
  inActions: boolean;
  /** ACTIONS_ID_TOKEN_REQUEST_URL is set: the job has `id-token: write`. */
  oidcAvailable: boolean;
  hasToken: boolean;
  githubRepository?: string;
  /** `owner/repo/.github/workflows/release.yml@refs/...` */
  workflowRef?: string;
  manifest?: Record<string, unknown>;
  /** undefined: could not read the registry. */
  packageExists?: boolean;
  registryError?: string;
  /** .npmrc files with an auth token line: path and the offending line (token redacted). */
  npmrcTokens: { file: string; line: number; text: string }[];
  /** What the registry says of each npm token set (NPM_PROMOTE_TOKEN, NODE_AUTH_TOKEN). */
  tokenExpiry?: { credential: string; expiry: TokenExpiry }[];
}

export interface DoctorFinding {
  rule: string;
  message: string;
  file?: string;
  line?: number;
}

export const TRUSTED_PUBLISHING_NPM = '11.5.1';

export function authMode(facts: DoctorFacts): 'oidc' | 'token' | 'none' {
  if (facts.oidcAvailable) return 'oidc';
  return facts.hasToken ? 'token' : 'none';
}

/** The caller workflow file a trusted-publisher record on npmjs.com must name. */
export function workflowFile(ref: string | undefined): string | undefined {
  return ref ? /\.github\/workflows\/([^@/]+)@/.exec(ref)?.[1] : undefined;
}

/** Expiry findings (expired, expiring within 14 days) and notes (the date, or that the registry does not say). Pure. */
export function tokenExpiryFindings(
  facts: Pick<DoctorFacts, 'tokenExpiry'>,
  now: Date,
): { findings: DoctorFinding[]; notes: string[] } {
  const findings: DoctorFinding[] = [];
  const notes: string[] = [];
  for (const { credential, expiry } of facts.tokenExpiry ?? []) {
    const verdict = expiryVerdict(expiry, credential, now);
    if (verdict.rule) findings.push({ rule: verdict.rule, message: verdict.message });
    else notes.push(verdict.message);
  }
  return { findings, notes };
}

export function doctorFindings(facts: DoctorFacts): DoctorFinding[] {
  const out: DoctorFinding[] = [];
  const mode = authMode(facts);
  const name = typeof facts.manifest?.name === 'string' ? facts.manifest.name : '<package>';
  if (semver.lt(semver.coerce(facts.nodeVersion) ?? '0.0.0', '20.0.0'))
    out.push({ rule: 'doctor/node-version', message: `Node ${facts.nodeVersion}: mcp-release needs Node >= 20` });
  if (!facts.npmVersion) out.push({ rule: 'doctor/npm-version', message: 'npm was not found on PATH' });
  else if (mode === 'oidc' && semver.lt(facts.npmVersion, TRUSTED_PUBLISHING_NPM)) {
    out.push({
      rule: 'doctor/npm-version',
      message: `npm ${facts.npmVersion} cannot use trusted publishing (needs >= ${TRUSTED_PUBLISHING_NPM}); install a newer npm in a temporary prefix, e.g. \`npm install --prefix "$RUNNER_TEMP/npm" npm@11\``,
    });
  }
  if (facts.inActions && !facts.oidcAvailable) {
    out.push({
      rule: 'doctor/id-token',
      message:
        'the job has no `id-token: write` permission: trusted publishing and provenance are unavailable; grant it in the job (and in the calling workflow of a reusable one)',
    });
  }
  if (mode === 'none')
    out.push({
      rule: 'doctor/no-credentials',
      message: 'no credential: neither GitHub OIDC (`id-token: write`) nor NODE_AUTH_TOKEN',
    });
  if (facts.registryError) out.push({ rule: 'doctor/registry', message: facts.registryError });
  else if (facts.packageExists === false && mode === 'oidc' && !facts.hasToken) {
    const wf = workflowFile(facts.workflowRef);
    out.push({
      rule: 'doctor/first-publish',
      message: `${name} is not on the registry yet, and a first publish cannot use trusted publishing: publish it once with a token (NODE_AUTH_TOKEN), then add a trusted publisher on npmjs.com (package settings) for ${facts.githubRepository ?? 'this repository'}${wf ? ` and workflow file ${wf}` : ''}`,
    });
  }
  for (const t of facts.npmrcTokens) {
    out.push({
      rule: 'doctor/npmrc-token',
      message: `${t.file}:${t.line} sets an auth token (${t.text}); ${mode === 'oidc' ? 'it can shadow trusted publishing' : 'keep tokens out of committed files'}`,
      file: t.file,
      line: t.line,
    });
  }
  if (facts.githubRepository && facts.manifest) {
    const slug = githubSlug(facts.manifest.repository);
    if (slug !== facts.githubRepository) {
      out.push({
        rule: 'doctor/repository-url',
        message: `package.json repository.url is ${JSON.stringify(repositoryUrl(facts.manifest.repository) ?? null)}, not ${facts.githubRepository}: npm rejects the provenance (E422, compared case-sensitively)`,
        file: 'package.json',
      });
    }
  }
  return out;
}

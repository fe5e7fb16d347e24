import { generateKeyPairSync } from 'node:crypto';
import { appendFile, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../../src/report/model.js';
import { CLI, ROOT, runNode } from '../helpers/run.js';
import { OIDC_REQUEST_TOKEN, startOidcEndpoint as startOidcEndpointWith } from '../helpers/oidc.js';
import { startLocalSigstore, type LocalSigstore } from '../helpers/sigstore.js';
import { tempDir } from '../helpers/temp.js';

const WORKFLOW = 'https://github.com/acme/hello/.github/workflows/release.yml@refs/heads/main';
const REQUEST_TOKEN = OIDC_REQUEST_TOKEN;

const startOidcEndpoint = () =>
  startOidcEndpointWith({
    sub: WORKFLOW,
    repository: 'acme/hello',
    ref: 'refs/heads/main',
    sha: 'a'.repeat(40),
    event_name: 'push',
  });

const actionsEnv = (oidcUrl: string) => ({
  GITHUB_ACTIONS: 'true',
  ACTIONS_ID_TOKEN_REQUEST_URL: oidcUrl,
  ACTIONS_ID_TOKEN_REQUEST_TOKEN: REQUEST_TOKEN,
  GITHUB_SERVER_URL: 'https://github.com',
  GITHUB_REPOSITORY: 'acme/hello',
  GITHUB_SHA: 'a'.repeat(40),
  GITHUB_REF: 'refs/heads/main',
  GITHUB_WORKFLOW_REF: 'acme/hello/.github/workflows/release.yml@refs/heads/main',
  GITHUB_EVENT_NAME: 'push',
  GITHUB_RUN_ID: '42',
  GITHUB_RUN_ATTEMPT: '1',
});

async function cli(
  args: string[],
  env: Record<string, string> = {},
): Promise<{ code: number | null; report: Report; output: string }> {
  const run = await runNode(CLI, [...args, '--json'], { env });
  return { code: run.code, report: JSON.parse(run.stdout || '{}') as Report, output: run.stdout + run.stderr };
}

async function packedExample(): Promise<string> {
  const dir = await tempDir('keyless-');
  const { report } = await cli(['pack', path.join(ROOT, 'examples/hello-server'), '--out', dir]);
  return report.outputs.tarball as string;
}

describe('keyless signing (GitHub OIDC -> local Fulcio + Rekor + TSA) and signed provenance', () => {
  let sigstore: LocalSigstore;
  let oidc: Awaited<ReturnType<typeof startOidcEndpoint>>;
  let trustedRoot: string;
  beforeAll(async () => {
    sigstore = await startLocalSigstore();
    oidc = await startOidcEndpoint();
    trustedRoot = path.join(await tempDir('root-'), 'trusted_root.json');
    await writeFile(trustedRoot, JSON.stringify(sigstore.trustedRoot));
  });
  afterAll(async () => {
    await sigstore.stop();
    await oidc.stop();
  });
  const endpoints = () => ['--fulcio-url', sigstore.url, '--rekor-url', sigstore.url, '--tsa-url', sigstore.url];

  it('signs the bytes and the provenance; verify checks signature, log, timestamp and identity', async () => {
    const tarball = await packedExample();
    const signed = await cli(['sign', tarball, ...endpoints()], actionsEnv(oidc.url));
    expect(signed.code, signed.output).toBe(0);
    expect(signed.report.outputs.signing).toBe('keyless');
    expect(oidc.audiences).toContain('sigstore');
    expect(sigstore.requests).toEqual(
      expect.arrayContaining(['POST /api/v2/signingCert', 'POST /api/v1/log/entries', 'POST /api/v1/timestamp']),
    );
    expect(signed.output).not.toContain(REQUEST_TOKEN);
    expect(await readdir(path.dirname(tarball))).toEqual(
      expect.arrayContaining([
        'SHA256SUMS',
        'mcp-server-hello-example-1.0.0.tgz.sigstore.json',
        'mcp-server-hello-example-1.0.0.tgz.intoto.jsonl',
      ]),
    );

    const lines = (await readFile(`${tarball}.intoto.jsonl`, 'utf8')).trim().split('\n');
    expect(lines).toHaveLength(1);
    const envelope = (JSON.parse(lines[0] as string) as { dsseEnvelope: { payloadType: string; payload: string } })
      .dsseEnvelope;
    expect(envelope.payloadType).toBe('application/vnd.in-toto+json');
    const statement = JSON.parse(Buffer.from(envelope.payload, 'base64').toString()) as {
      subject: { name: string }[];
      predicateType: string;
      predicate: {
        buildDefinition: {
          externalParameters: { workflow: { path: string } };
          resolvedDependencies: { digest: { gitCommit: string } }[];
        };
      };
    };
    expect(statement.subject[0]?.name).toBe('pkg:npm/mcp-server-hello-example@1.0.0');
    expect(statement.predicateType).toBe('https://slsa.dev/provenance/v1');
    expect(statement.predicate.buildDefinition.externalParameters.workflow.path).toBe('.github/workflows/release.yml');
    expect(statement.predicate.buildDefinition.resolvedDependencies[0]?.digest.gitCommit).toBe('a'.repeat(40));

    const verified = await cli(['verify', tarball, '--trusted-root', trustedRoot, '--certificate-identity', WORKFLOW]);
    expect(verified.code, verified.output).toBe(0);
    expect(JSON.parse(verified.report.outputs.verified ?? '[]')).toEqual(['sums', 'bundle', 'provenance']);
    expect(verified.report.outputs['signer-identity']).toBe(WORKFLOW);
  });

  it('another identity, another issuer, a missing identity and tampered bytes all fail', async () => {
    const tarball = await packedExample();
    expect((await cli(['sign', tarball, ...endpoints()], actionsEnv(oidc.url))).code).toBe(0);
    const rules = async (args: string[]) =>
      (await cli(['verify', tarball, '--trusted-root', trustedRoot, ...args])).report.findings
        .map((f) => f.rule)
        .sort();
    expect(await rules(['--certificate-identity', WORKFLOW.replace('acme', 'mallory')])).toEqual([
      'verify/identity-mismatch',
      'verify/identity-mismatch',
    ]);
    expect(
      await rules(['--certificate-identity', WORKFLOW, '--certificate-oidc-issuer', 'https://accounts.example.com']),
    ).toEqual(['verify/identity-mismatch', 'verify/identity-mismatch']);
    expect(await rules(['--certificate-identity-regexp', '^https://github\\.com/acme/'])).toEqual([]);
    expect(await rules([])).toEqual(['verify/no-key', 'verify/no-key']);
    // A root that trusts another CA: valid signatures, untrusted chain.
    const stranger = await startLocalSigstore();
    const strangerRoot = path.join(path.dirname(trustedRoot), 'stranger.json');
    await writeFile(strangerRoot, JSON.stringify(stranger.trustedRoot));
    await stranger.stop();
    const untrusted = await cli([
      'verify',
      tarball,
      '--trusted-root',
      strangerRoot,
      '--certificate-identity',
      WORKFLOW,
    ]);
    expect(untrusted.report.findings.map((f) => f.rule)).toEqual(['verify/bundle-invalid', 'verify/bundle-invalid']);
    await appendFile(tarball, 'x');
    expect(await rules(['--certificate-identity', WORKFLOW])).toEqual([
      'verify/bundle-invalid',
      'verify/checksum-mismatch',
      'verify/provenance-subject-mismatch',
    ]);
  });

  it('without --trusted-root the public-good root applies (offline: the copy shipped with @sigstore/tuf, said so): a local signature is not trusted', async () => {
    const tarball = await packedExample();
    expect((await cli(['sign', tarball, ...endpoints()], actionsEnv(oidc.url))).code).toBe(0);
    const run = await cli([
      'verify',
      tarball,
      '--certificate-identity',
      WORKFLOW,
      '--provenance',
      `${tarball}.intoto.jsonl`,
    ]);
    expect(run.code).toBe(1);
    expect(run.report.findings.map((f) => f.rule)).toEqual(['verify/bundle-invalid', 'verify/bundle-invalid']);
    // Offline (as here) the shipped copy is used and the report says so; online, TUF answers and nothing is said.
    const tufNote = run.report.notes.find((n) => n.includes('TUF'));
    if (tufNote) expect(tufNote).toMatch(/TUF refresh failed .*shipped with @sigstore\/tuf/);
  }, 60_000);

  it('a refused OIDC token is a sign/failed finding that names the cause, not a crash', async () => {
    const tarball = await packedExample();
    const run = await cli(['sign', tarball, ...endpoints()], {
      ...actionsEnv(oidc.url),
      ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'ghs_wrong',
    });
    expect(run.code).toBe(1);
    expect(run.report.findings.map((f) => f.rule)).toEqual(['sign/failed']);
    expect(run.report.findings[0]?.message).toMatch(/GitHub OIDC endpoint answered HTTP 403/);
    expect(run.output).not.toContain('ghs_wrong');
  });

  it('key-based signing in Actions also signs the provenance; outside Actions it says provenance was not made', async () => {
    const tarball = await packedExample();
    const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    const pem = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
    const inActions = await cli(['sign', tarball], { ...actionsEnv(oidc.url), MCP_RELEASE_SIGNING_KEY: pem });
    expect(inActions.report.outputs.signing).toBe('key');
    const verified = await cli(['verify', tarball, '--public-key', inActions.report.outputs['public-key'] as string]);
    expect(JSON.parse(verified.report.outputs.verified ?? '[]')).toEqual(['sums', 'bundle', 'provenance']);
    const local = await cli(['sign', await packedExample()], { MCP_RELEASE_SIGNING_KEY: pem });
    expect(JSON.parse(local.report.outputs.provenance ?? '[]')).toEqual([]);
    expect(local.report.notes.join('\n')).toMatch(/provenance: not written outside GitHub Actions/);
    const required = await runNode(CLI, ['sign', tarball, '--provenance', 'require'], {
      env: { MCP_RELEASE_SIGNING_KEY: pem },
    });
    expect(required.code).toBe(2);
    expect(required.stderr).toMatch(/--provenance require: .*GITHUB_REPOSITORY/);
  });
});

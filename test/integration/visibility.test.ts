import { generateKeyPairSync } from 'node:crypto';
import { cp, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../../src/report/model.js';
import { runComposite } from '../helpers/composite-runner.js';
import { exampleRepo } from '../helpers/git-repo.js';
import { OIDC_REQUEST_TOKEN, startOidcEndpoint } from '../helpers/oidc.js';
import { startRegistry, type TestRegistry } from '../helpers/registry.js';
import { CLI, ROOT, runNode } from '../helpers/run.js';
import { startLocalSigstore, type LocalSigstore } from '../helpers/sigstore.js';
import { tempDir } from '../helpers/temp.js';

/**
 * Provenance, keyless signing and attestations follow the repository's
 * visibility (rules and sources in src/release/visibility.ts): the event
 * payload the runner writes at GITHUB_EVENT_PATH says it.
 */
let registry: TestRegistry;
let sigstore: LocalSigstore;
beforeAll(async () => {
  [registry, sigstore] = await Promise.all([startRegistry(), startLocalSigstore()]);
});
afterAll(async () => Promise.all([registry.stop(), sigstore.stop()]));

async function cli(
  args: string[],
  env: Record<string, string> = {},
): Promise<{ code: number | null; report: Report; output: string }> {
  const run = await runNode(CLI, [...args, '--json'], { env });
  return { code: run.code, report: JSON.parse(run.stdout || '{}') as Report, output: run.stdout + run.stderr };
}

async function eventFile(repository: Record<string, unknown>): Promise<string> {
  const file = path.join(await tempDir('event-'), 'event.json');
  await writeFile(
    file,
    JSON.stringify({ action: 'closed', repository: { full_name: 'mcp-release-kit/mcp-release-kit', ...repository } }),
  );
  return file;
}

async function packed(name: string): Promise<string> {
  const dir = path.join(await tempDir('visibility-pkg-'), 'pkg');
  await cp(path.join(ROOT, 'examples/hello-server'), dir, { recursive: true });
  const manifest = JSON.parse(await readFile(path.join(dir, 'package.json'), 'utf8')) as Record<string, unknown>;
  await writeFile(path.join(dir, 'package.json'), JSON.stringify({ ...manifest, name }, null, 2));
  const { report } = await cli(['pack', dir, '--out', await tempDir('visibility-out-')]);
  return report.outputs.tarball as string;
}

/** The example's repository.url names mcp-release-kit/mcp-release-kit: the doctor compares them before a publish. */
const actions = (oidcUrl: string, event?: string): Record<string, string> => ({
  GITHUB_ACTIONS: 'true',
  GITHUB_SERVER_URL: 'https://github.com',
  GITHUB_REPOSITORY: 'mcp-release-kit/mcp-release-kit',
  GITHUB_SHA: 'a'.repeat(40),
  GITHUB_REF: 'refs/heads/main',
  GITHUB_WORKFLOW_REF: 'mcp-release-kit/mcp-release-kit/.github/workflows/release.yml@refs/heads/main',
  GITHUB_EVENT_NAME: 'push',
  GITHUB_RUN_ID: '42',
  GITHUB_RUN_ATTEMPT: '1',
  ACTIONS_ID_TOKEN_REQUEST_URL: oidcUrl,
  ACTIONS_ID_TOKEN_REQUEST_TOKEN: OIDC_REQUEST_TOKEN,
  ...(event ? { GITHUB_EVENT_PATH: event } : {}),
});

describe('publish: provenance by repository visibility (Verdaccio, real npm, dry run)', () => {
  it('private: no --provenance in the npm argv, and the note says why; public: --access public --provenance; the option overrides the event', async () => {
    const tarball = await packed('visibility-publish-check');
    const env = (event: string) => ({ ...actions('http://127.0.0.1:9/token', event), NODE_AUTH_TOKEN: registry.token });
    const dry = ['publish', tarball, '--registry', registry.url, '--dry-run'];
    const base = `npm publish ${tarball} --tag next --registry ${registry.url}`;

    const privately = await cli(dry, env(await eventFile({ private: true, visibility: 'private' })));
    expect(privately.code, privately.output).toBe(0);
    expect(JSON.parse(privately.report.outputs.commands ?? '[]')).toEqual([base]);
    expect(privately.report.outputs['npm-provenance']).toBe('off');
    expect(privately.report.notes).toContain(
      'provenance skipped: the repository is private (npm refuses provenance from private repositories)',
    );

    const publicly = await cli(dry, env(await eventFile({ private: false, visibility: 'public' })));
    expect(JSON.parse(publicly.report.outputs.commands ?? '[]')).toEqual([`${base} --access public --provenance`]);
    expect(publicly.report.outputs['npm-provenance']).toBe('asked');

    // Older payloads say only `private`; the option wins over the payload; false is said to npm (it would add provenance itself).
    const legacy = await cli(dry, env(await eventFile({ private: true })));
    expect(JSON.parse(legacy.report.outputs.commands ?? '[]')).toEqual([base]);
    const overridden = await cli([...dry, '--visibility', 'public'], env(await eventFile({ visibility: 'private' })));
    expect(JSON.parse(overridden.report.outputs.commands ?? '[]')).toEqual([`${base} --access public --provenance`]);
    const off = await cli([...dry, '--provenance', 'false'], env(await eventFile({ visibility: 'public' })));
    expect(JSON.parse(off.report.outputs.commands ?? '[]')).toEqual([`${base} --provenance=false`]);
    // No payload: npm decides from its own OIDC token (it adds provenance for a public repository only).
    const unknown = await cli(dry, { ...actions('http://127.0.0.1:9/token'), NODE_AUTH_TOKEN: registry.token });
    expect(unknown.report.outputs['npm-provenance']).toBe('left to npm');
  });

  it('provenance true on a private repository is a usage error before the registry is asked', async () => {
    const tarball = await packed('visibility-forced-check');
    const env = {
      ...actions('http://127.0.0.1:9/token', await eventFile({ visibility: 'private' })),
      NODE_AUTH_TOKEN: registry.token,
    };
    const run = await runNode(CLI, ['publish', tarball, '--registry', registry.url, '--provenance', 'true'], { env });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(
      /provenance: true, but the repository is private and npm refuses provenance from private repositories \(E422\)/,
    );
    expect((await fetch(`${registry.url}visibility-forced-check`)).status).toBe(404);
    const internal = await runNode(
      CLI,
      ['publish', tarball, '--registry', registry.url, '--provenance', 'true', '--visibility', 'internal'],
      { env },
    );
    expect(internal.code).toBe(2);
    const local = await runNode(CLI, ['publish', tarball, '--registry', registry.url, '--provenance', 'true'], {
      env: { NODE_AUTH_TOKEN: registry.token },
    });
    expect(local.code).toBe(2);
    expect(local.stderr).toMatch(/needs an OIDC identity/);
  });
});

describe('sign: keyless only for a public repository', () => {
  it('private: no OIDC request at all, checksums only with the note; with a key, key-based; the table says what was signed how', async () => {
    const oidc = await startOidcEndpoint({
      sub: 'repo:acme/hello:ref:refs/heads/main',
      repository_visibility: 'private',
    });
    try {
      const event = await eventFile({ visibility: 'private' });
      const tarball = await packed('visibility-sign-check');
      const endpoints = ['--fulcio-url', sigstore.url, '--rekor-url', sigstore.url];
      const before = sigstore.requests.length;
      const run = await cli(['sign', tarball, ...endpoints, '--attest', 'auto'], actions(oidc.url, event));
      expect(run.code, run.output).toBe(0);
      expect(oidc.audiences).toEqual([]);
      expect(sigstore.requests.length).toBe(before);
      expect(run.report.outputs).toMatchObject({ signing: 'none', attest: 'false' });
      expect(run.report.findings).toEqual([]);
      expect(run.report.notes.join('\n')).toMatch(
        /keyless signing skipped: the repository is private \(a keyless certificate would put its name, workflow and commit in the public Rekor transparency log\): only SHA256SUMS was written/,
      );
      expect(run.report.notes.join('\n')).toMatch(/GitHub artifact attestation skipped: the repository is private/);
      expect(run.report.packages[0]?.tables?.[0]?.rows).toEqual([
        ['SHA256SUMS', 'sha256 of 2 file(s)'],
        ['GitHub artifact attestation', expect.stringMatching(/^GitHub artifact attestation skipped/)],
        ['visibility-sign-check-1.0.0.tgz', 'not signed: checksums only'],
      ]);

      const pem = generateKeyPairSync('ec', { namedCurve: 'P-256' })
        .privateKey.export({ type: 'pkcs8', format: 'pem' })
        .toString();
      const keyed = await cli(['sign', tarball, ...endpoints], {
        ...actions(oidc.url, event),
        MCP_RELEASE_SIGNING_KEY: pem,
      });
      expect(keyed.report.outputs.signing).toBe('key');
      expect(oidc.audiences).toEqual([]);
      expect(keyed.report.packages[0]?.tables?.[0]?.rows.map((r) => r[0])).toEqual([
        'SHA256SUMS',
        'visibility-sign-check-1.0.0.tgz.sigstore.json',
        'visibility-sign-check-1.0.0.tgz.intoto.jsonl',
      ]);

      // No payload: GitHub's token says private (claim repository_visibility), read before Fulcio is asked.
      const claimed = await cli(['sign', tarball, ...endpoints], actions(oidc.url));
      expect(claimed.report.outputs.signing).toBe('none');
      expect(oidc.audiences).toEqual(['sigstore']);
      expect(sigstore.requests.length).toBe(before);
      expect(claimed.report.notes.join('\n')).toMatch(
        /repository is private .*said by the OIDC token's repository_visibility claim/,
      );
    } finally {
      await oidc.stop();
    }
  });

  it('public: keyless through the local sigstore, and the attestation follows', async () => {
    const oidc = await startOidcEndpoint({
      sub: 'repo:acme/hello:ref:refs/heads/main',
      repository_visibility: 'public',
    });
    try {
      const tarball = await packed('visibility-public-check');
      const run = await cli(
        [
          'sign',
          tarball,
          '--fulcio-url',
          sigstore.url,
          '--rekor-url',
          sigstore.url,
          '--tsa-url',
          sigstore.url,
          '--attest',
          'auto',
        ],
        actions(oidc.url, await eventFile({ visibility: 'public' })),
      );
      expect(run.code, run.output).toBe(0);
      expect(run.report.outputs).toMatchObject({ signing: 'keyless', attest: 'true' });
      expect(run.report.packages[0]?.tables?.[0]?.rows[2]?.[1]).toMatch(
        /^keyless: a Fulcio certificate .*repository is public/,
      );
    } finally {
      await oidc.stop();
    }
  });

  it('the sign composite on a private repository: no attestation step, a ::notice and a job summary line that say why', async () => {
    const repo = await exampleRepo({ name: 'composite-private-sign-check' });
    const pack = await runComposite(
      'pack-and-publish',
      { directory: '.', publish: 'false', 'artifact-name': '' },
      { cwd: repo.dir },
    );
    expect(pack.failed, pack.log).toBeUndefined();
    const signed = await runComposite(
      'sign',
      { tarball: pack.outputs.tarball as string },
      { cwd: repo.dir, env: { GITHUB_EVENT_PATH: await eventFile({ visibility: 'private' }) } },
    );
    expect(signed.failed, signed.log).toBeUndefined();
    expect(signed.skipped).toEqual([]);
    expect(signed.outputs).toMatchObject({ attest: 'false', signing: 'none' });
    expect(signed.log).toMatch(
      /::notice title=mcp-release-kit sign::GitHub artifact attestation skipped: the repository is private \(artifact attestations need a public repository on GitHub Free, Pro and Team/,
    );
    expect(signed.summary).toMatch(/GitHub artifact attestation skipped: the repository is private/);
  });
});

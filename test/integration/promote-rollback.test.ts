import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../../src/report/model.js';
import { exampleRepo, type TestRepo } from '../helpers/git-repo.js';
import { FAKE_GITHUB_TOKEN, startGitHubFake, type GitHubFake } from '../helpers/github-fake.js';
import { startMcpRegistryFake, type McpRegistryFake } from '../helpers/mcp-registry-fake.js';
import { OIDC_REQUEST_TOKEN, startOidcEndpoint } from '../helpers/oidc.js';
import { startRegistry, type TestRegistry } from '../helpers/registry.js';
import { CLI, runNode } from '../helpers/run.js';
import { tempDir } from '../helpers/temp.js';

let registry: TestRegistry;
let github: GitHubFake;
let mcp: McpRegistryFake;
let oidc: Awaited<ReturnType<typeof startOidcEndpoint>>;
beforeAll(async () => {
  // The example's dependencies (the MCP SDK) come through from npm for the smoke test.
  registry = await startRegistry({ uplink: 'https://registry.npmjs.org/' });
  [github, mcp, oidc] = await Promise.all([
    startGitHubFake('acme/hello-mcp'),
    startMcpRegistryFake(registry.url),
    startOidcEndpoint({
      repository: 'acme/hello-mcp',
      repository_owner: 'acme',
      sub: 'repo:acme/hello-mcp:ref:refs/heads/main',
    }),
  ]);
});
afterAll(async () => {
  await Promise.all([registry.stop(), github.stop(), mcp.stop(), oidc.stop()]);
});
afterEach(() => {
  expect(github.violations.splice(0)).toEqual([]);
});

const env = () => ({
  GITHUB_ACTIONS: 'true',
  GITHUB_TOKEN: FAKE_GITHUB_TOKEN,
  GITHUB_API_URL: github.url,
  GITHUB_REPOSITORY: 'acme/hello-mcp',
  MCP_RELEASE_GITHUB_PACING: 'none',
  NPM_PROMOTE_TOKEN: registry.token,
  ACTIONS_ID_TOKEN_REQUEST_URL: oidc.url,
  ACTIONS_ID_TOKEN_REQUEST_TOKEN: OIDC_REQUEST_TOKEN,
  MCP_RELEASE_NPM_WAIT_SECONDS: '2',
});

async function cli(
  command: string,
  args: string[],
  extra: Record<string, string> = {},
): Promise<{ code: number | null; report: Report; output: string }> {
  const registryFlag = command === 'github-release' ? [] : ['--registry', registry.url];
  const run = await runNode(CLI, [command, ...args, ...registryFlag, '--json'], { env: { ...env(), ...extra } });
  return { code: run.code, report: JSON.parse(run.stdout || '{}') as Report, output: run.stdout + run.stderr };
}

interface Packument {
  'dist-tags': Record<string, string>;
  versions: Record<string, { deprecated?: string; dist: { integrity: string } }>;
}
async function packument(name: string): Promise<Packument> {
  return (await (await fetch(`${registry.url}${name}`)).json()) as Packument;
}

let counter = 0;
/** A package with server.json, each version packed and published under next (the first also becomes latest). */
async function releasedPackage(
  versions: string[],
  broken: string[] = [],
): Promise<{ repo: TestRepo; name: string; server: string; manifests: Record<string, string> }> {
  counter += 1;
  const name = `promo-check-${counter}`;
  const server = `io.github.acme/promo-check-${counter}`;
  const repo = await exampleRepo({ name, version: versions[0], mcpName: server });
  const manifests: Record<string, string> = {};
  for (const version of versions) {
    await repo.setPackage({ version });
    const serverJson = JSON.parse(await readFile(path.join(repo.dir, 'server.json'), 'utf8')) as Record<
      string,
      unknown
    > & { packages: Record<string, unknown>[] };
    serverJson.name = server;
    serverJson.version = version;
    serverJson.packages[0] = { ...serverJson.packages[0], identifier: name, version };
    await writeFile(path.join(repo.dir, 'server.json'), `${JSON.stringify(serverJson, null, 2)}\n`);
    const original = await readFile(path.join(repo.dir, 'index.js'), 'utf8');
    // A version that starts and exits at once: it cannot pass the smoke test.
    if (broken.includes(version))
      await writeFile(path.join(repo.dir, 'index.js'), '#!/usr/bin/env node\nprocess.exit(3);\n');
    const out = await tempDir('promo-out-');
    const packed = await runNode(CLI, ['pack', repo.dir, '--out', out, '--json']);
    const tarball = (JSON.parse(packed.stdout) as Report).outputs.tarball as string;
    manifests[version] = path.join(out, 'release-manifest.json');
    const published = await runNode(CLI, ['publish', tarball, '--registry', registry.url, '--tag', 'next', '--json'], {
      env: { NODE_AUTH_TOKEN: registry.token },
    });
    expect(published.code, published.stdout).toBe(0);
    await writeFile(path.join(repo.dir, 'index.js'), original);
  }
  return { repo, name, server, manifests };
}

describe('promote -> rollback -> undo against Verdaccio, the GitHub fake and the MCP Registry fake', () => {
  it('the whole path, each step re-run as a no-op', async () => {
    const { repo, name, server, manifests } = await releasedPackage(['1.0.0', '1.1.0']);
    const sha = repo.git('rev-parse', 'HEAD');
    expect((await cli('github-release', [repo.dir, '--version', '1.1.0', '--draft'], { GITHUB_SHA: sha })).code).toBe(
      0,
    );
    expect(await packument(name)).toMatchObject({ 'dist-tags': { latest: '1.0.0', next: '1.1.0' } });

    // Dry run: nothing moves, the MCP Registry's publish endpoint is never called.
    const dry = await cli('promote', [
      repo.dir,
      '--version',
      '1.1.0',
      '--mcp-registry',
      '--mcp-registry-url',
      mcp.url,
      '--dry-run',
    ]);
    expect(dry.code, dry.output).toBe(0);
    expect(dry.report.outputs.promoted).toBe('dry-run');
    // What it would do, in words (the text report prints the notes as they are).
    expect(dry.report.notes).toContainEqual(
      expect.stringMatching(
        /^dry run: nothing changed; would run `npm dist-tag add promo-check-\S+@1\.1\.0 latest --registry http:\/\/\S+`; would publish the GitHub release v1\.1\.0 \(when it is a draft\); would publish server\.json 1\.1\.0 to the MCP Registry$/,
      ),
    );
    expect(mcp.requests.filter((r) => r.path === '/v0.1/publish')).toEqual([]);
    expect((await packument(name))['dist-tags'].latest).toBe('1.0.0');

    const promoted = await cli('promote', [
      repo.dir,
      '--version',
      '1.1.0',
      '--manifest',
      manifests['1.1.0'] as string,
      '--mcp-registry',
      '--mcp-registry-url',
      mcp.url,
    ]);
    expect(promoted.code, JSON.stringify(promoted.report.findings)).toBe(0);
    expect(promoted.report.outputs).toMatchObject({
      promoted: 'promoted',
      'dist-tag': 'latest',
      previous: '1.0.0',
      'mcp-registry': 'published',
    });
    expect((await packument(name))['dist-tags']).toMatchObject({ latest: '1.1.0', next: '1.1.0' });
    expect(github.releases.find((r) => r.tag_name === 'v1.1.0')).toMatchObject({ draft: false, make_latest: 'true' });
    expect(mcp.entries.get(`${server}@1.1.0`)).toMatchObject({ status: 'active' });
    expect(oidc.audiences).toContain('https://registry.modelcontextprotocol.io');
    expect(promoted.output).not.toContain(registry.token);
    // With its manifest the byte check ran: no note says it was skipped.
    expect(promoted.report.notes.join('\n')).not.toContain('skipped the byte check');

    const writesBefore =
      github.requests.filter((r) => r.method !== 'GET').length + mcp.requests.filter((r) => r.method !== 'GET').length;
    const again = await cli('promote', [
      repo.dir,
      '--version',
      '1.1.0',
      '--mcp-registry',
      '--mcp-registry-url',
      mcp.url,
    ]);
    expect(again.report.outputs).toMatchObject({ promoted: 'already-promoted', 'mcp-registry': 'already-published' });
    expect(
      github.requests.filter((r) => r.method !== 'GET').length + mcp.requests.filter((r) => r.method !== 'GET').length,
    ).toBe(writesBefore);

    const rollbackDry = await cli('rollback', [repo.dir, '--version', '1.1.0', '--reason', 'broken', '--dry-run']);
    expect(rollbackDry.report.notes).toContainEqual(
      expect.stringMatching(
        /^dry run: nothing changed on http:\/\/\S+; would run `npm dist-tag add promo-check-\S+@1\.0\.0 latest --registry \S+`, then .*`npm deprecate promo-check-\S+@1\.1\.0 broken --registry \S+`$/,
      ),
    );
    const rolled = await cli('rollback', [
      repo.dir,
      '--version',
      '1.1.0',
      '--reason',
      'crashes on start with Node 20',
      '--mcp-registry',
      '--mcp-registry-url',
      mcp.url,
    ]);
    expect(rolled.code, JSON.stringify(rolled.report.findings)).toBe(0);
    expect(rolled.report.outputs).toMatchObject({
      'rolled-back': 'rolled-back',
      'moved-tags': JSON.stringify({ latest: '1.0.0', next: '1.0.0' }),
      'mcp-registry': 'updated',
    });
    const afterRollback = await packument(name);
    expect(afterRollback['dist-tags']).toMatchObject({ latest: '1.0.0', next: '1.0.0' });
    expect(afterRollback.versions['1.1.0']?.deprecated).toBe('crashes on start with Node 20');
    const release = github.releases.find((r) => r.tag_name === 'v1.1.0');
    expect(release?.body?.startsWith('<!-- mcp-release-kit:rolled-back -->\n> [!WARNING]\n> promo-check-')).toBe(true);
    expect(release?.body).toContain('crashes on start with Node 20');
    expect(release?.make_latest).toBe('false');
    expect(mcp.entries.get(`${server}@1.1.0`)).toMatchObject({
      status: 'deprecated',
      statusMessage: 'crashes on start with Node 20',
    });
    const rolledAgain = await cli('rollback', [
      repo.dir,
      '--version',
      '1.1.0',
      '--reason',
      'crashes on start with Node 20',
      '--mcp-registry',
      '--mcp-registry-url',
      mcp.url,
    ]);
    expect(rolledAgain.report.outputs).toMatchObject({
      'rolled-back': 'already-rolled-back',
      'moved-tags': '{}',
      'mcp-registry': 'unchanged',
    });

    // A deprecated version cannot be promoted.
    const refused = await cli('promote', [repo.dir, '--version', '1.1.0']);
    expect(refused.report.findings.map((f) => f.rule)).toEqual(['promote/deprecated']);

    const undone = await cli('rollback', [
      repo.dir,
      '--version',
      '1.1.0',
      '--undo',
      '--mcp-registry',
      '--mcp-registry-url',
      mcp.url,
    ]);
    expect(undone.code, JSON.stringify(undone.report.findings)).toBe(0);
    expect(undone.report.outputs['rolled-back']).toBe('restored');
    const afterUndo = await packument(name);
    expect(afterUndo.versions['1.1.0']?.deprecated).toBeUndefined();
    expect(afterUndo['dist-tags'].latest).toBe('1.0.0');
    expect(github.releases.find((r) => r.tag_name === 'v1.1.0')?.body?.includes('rolled back')).toBe(false);
    expect(mcp.entries.get(`${server}@1.1.0`)?.status).toBe('active');
  });

  it('promote refuses: a lower version, a version under no staging tag, other bytes than the manifest, a failing smoke test', async () => {
    const { repo, name, manifests } = await releasedPackage(['1.0.0', '1.1.0', '1.2.0'], ['1.2.0']);
    expect((await cli('promote', [repo.dir, '--version', '1.1.0'])).report.findings.map((f) => f.rule)).toEqual([
      'promote/not-staged',
    ]);
    // Roll back the broken 1.2.0: next goes back to 1.1.0, which is then promoted; 1.0.0 is now a downgrade.
    expect(
      (await cli('rollback', [repo.dir, '--version', '1.2.0', '--reason', 'broken'])).report.outputs['moved-tags'],
    ).toBe(JSON.stringify({ next: '1.1.0' }));
    const other = await cli('promote', [repo.dir, '--version', '1.1.0', '--manifest', manifests['1.0.0'] as string]);
    expect(other.report.findings.map((f) => f.rule)).toEqual(['promote/integrity-mismatch']);
    expect(
      (await cli('promote', [repo.dir, '--version', '1.1.0', '--manifest', manifests['1.1.0'] as string])).code,
    ).toBe(0);
    const down = await cli('promote', [repo.dir, '--version', '1.0.0']);
    expect(down.report.findings.map((f) => f.rule)).toContain('promote/downgrade');
    expect(down.report.findings.find((f) => f.rule === 'promote/downgrade')?.message).toBe(
      '1.0.0 is not greater than the current "latest" 1.1.0: promote upgrades only (allow-downgrade overrides)',
    );
    expect((await packument(name))['dist-tags'].latest).toBe('1.1.0');

    const { repo: brokenRepo, name: brokenName } = await releasedPackage(['2.0.0', '2.1.0'], ['2.1.0']);
    const smoke = await cli('promote', [brokenRepo.dir, '--version', '2.1.0']);
    expect(smoke.code).toBe(1);
    expect(smoke.report.findings.map((f) => f.rule)).toEqual(['promote/smoke-failed']);
    expect(smoke.report.findings[0]?.message).toMatch(/installed from http:\/\/127\.0\.0\.1:\d+\/ failed: smoke\//);
    expect((await packument(brokenName))['dist-tags'].latest).toBe('2.0.0');
  });

  it('versions compare as versions, not as strings: 1.9.0 -> 1.10.0 is an upgrade, 1.10.0 -> 1.9.0 a downgrade, a rollback of 1.10.0 goes back to 1.9.0', async () => {
    const { repo, name } = await releasedPackage(['1.9.0', '1.10.0']);
    expect((await packument(name))['dist-tags']).toMatchObject({ latest: '1.9.0', next: '1.10.0' });
    // The smoke test is not what this is about: an earlier job's verdict is taken (as the release workflow does).
    const up = await cli('promote', [repo.dir, '--version', '1.10.0', '--smoke-verdict', 'passed']);
    expect(up.code, JSON.stringify(up.report.findings)).toBe(0);
    expect(up.report.outputs).toMatchObject({ promoted: 'promoted', previous: '1.9.0' });
    expect((await packument(name))['dist-tags'].latest).toBe('1.10.0');
    const down = await cli('promote', [repo.dir, '--version', '1.9.0', '--smoke-verdict', 'passed']);
    expect(down.code).toBe(1);
    expect(down.report.findings.find((f) => f.rule === 'promote/downgrade')?.message).toBe(
      '1.9.0 is not greater than the current "latest" 1.10.0: promote upgrades only (allow-downgrade overrides)',
    );
    expect((await packument(name))['dist-tags'].latest).toBe('1.10.0');
    const rolled = await cli('rollback', [repo.dir, '--version', '1.10.0', '--reason', 'two-digit check']);
    expect(rolled.code, JSON.stringify(rolled.report.findings)).toBe(0);
    expect(rolled.report.outputs['moved-tags']).toBe(JSON.stringify({ latest: '1.9.0', next: '1.9.0' }));
  });

  it('rollback refuses: an unknown version, a deprecated --to, no good version left; without a token nothing changes', async () => {
    const { repo, name } = await releasedPackage(['3.0.0', '3.1.0']);
    expect(
      (await cli('rollback', [repo.dir, '--version', '9.9.9', '--reason', 'x'])).report.findings.map((f) => f.rule),
    ).toEqual(['rollback/unknown-version']);
    expect(
      (await cli('rollback', [repo.dir, '--version', '3.0.0', '--reason', 'x'])).report.findings.map((f) => f.rule),
    ).toEqual(['rollback/no-good-version']);
    const missingReason = await runNode(CLI, ['rollback', repo.dir, '--version', '3.1.0']);
    expect(missingReason.code).toBe(2);
    expect(missingReason.stderr).toContain('--reason is required');
    const noToken = await cli('rollback', [repo.dir, '--version', '3.0.0', '--reason', 'x', '--to', '3.1.0'], {
      NPM_PROMOTE_TOKEN: '',
    });
    expect(noToken.report.findings.map((f) => f.rule)).toEqual(['rollback/no-token']);
    expect(noToken.report.findings[0]?.message).toMatch(
      /trusted publishing \(OIDC\) can publish but cannot run `npm dist-tag` or `npm deprecate`: set NPM_PROMOTE_TOKEN/,
    );
    expect((await cli('rollback', [repo.dir, '--version', '3.0.0', '--reason', 'old', '--to', '3.1.0'])).code).toBe(0);
    const deprecatedTo = await cli('rollback', [repo.dir, '--version', '3.1.0', '--reason', 'x', '--to', '3.0.0']);
    expect(deprecatedTo.report.findings.map((f) => f.rule)).toEqual(['rollback/bad-target']);
    expect((await packument(name))['dist-tags']).toMatchObject({ latest: '3.1.0' });
  });

  it('a failure between two writes (GitHub 502s, the MCP Registry 500s), then a re-run: the same end state as an uninterrupted run', async () => {
    const { repo, name, server } = await releasedPackage(['4.0.0', '4.1.0']);
    const sha = repo.git('rev-parse', 'HEAD');
    expect((await cli('github-release', [repo.dir, '--version', '4.1.0', '--draft'], { GITHUB_SHA: sha })).code).toBe(
      0,
    );
    const releaseId = github.releases.find((r) => r.tag_name === 'v4.1.0')?.id as number;
    github.fail({ method: 'PATCH', path: new RegExp(`/releases/${releaseId}$`), status: 502, times: 10 });
    mcp.fail(/^\/v0\.1\/publish$/, 500, 1);
    const failed = await cli('promote', [
      repo.dir,
      '--version',
      '4.1.0',
      '--mcp-registry',
      '--mcp-registry-url',
      mcp.url,
    ]);
    expect(failed.code).toBe(1);
    // npm moved first; the two later writes failed independently and said so.
    expect(failed.report.findings.map((f) => f.rule)).toEqual(['promote/github-failed', 'promote/mcp-registry-failed']);
    expect(failed.report.findings[0]?.message).toMatch(/HTTP 502|502/);
    expect((await packument(name))['dist-tags'].latest).toBe('4.1.0');
    github.clearFaults();
    const finished = await cli('promote', [
      repo.dir,
      '--version',
      '4.1.0',
      '--mcp-registry',
      '--mcp-registry-url',
      mcp.url,
    ]);
    expect(finished.code, JSON.stringify(finished.report.findings)).toBe(0);
    expect(finished.report.outputs).toMatchObject({ promoted: 'already-promoted', 'mcp-registry': 'published' });
    expect(github.releases.find((r) => r.tag_name === 'v4.1.0')?.draft).toBe(false);
    expect([...mcp.entries.keys()].filter((k) => k.startsWith(`${server}@`))).toEqual([`${server}@4.1.0`]);

    github.fail({ method: 'PATCH', path: new RegExp(`/releases/${releaseId}$`), status: 502, times: 10 });
    const rollbackFailed = await cli('rollback', [
      repo.dir,
      '--version',
      '4.1.0',
      '--reason',
      'bad',
      '--mcp-registry',
      '--mcp-registry-url',
      mcp.url,
    ]);
    expect(rollbackFailed.report.findings.map((f) => f.rule)).toEqual(['rollback/github-failed']);
    github.clearFaults();
    const rollbackDone = await cli('rollback', [
      repo.dir,
      '--version',
      '4.1.0',
      '--reason',
      'bad',
      '--mcp-registry',
      '--mcp-registry-url',
      mcp.url,
    ]);
    expect(rollbackDone.code, JSON.stringify(rollbackDone.report.findings)).toBe(0);
    const end = await packument(name);
    expect(end['dist-tags']).toMatchObject({ latest: '4.0.0', next: '4.0.0' });
    expect(end.versions['4.1.0']?.deprecated).toBe('bad');
    expect(github.releases.find((r) => r.tag_name === 'v4.1.0')?.body?.match(/rolled-back -->/g)).toHaveLength(1);
    expect(mcp.entries.get(`${server}@4.1.0`)?.status).toBe('deprecated');
  });

  it('a promote racing a rollback of the same version: never a deprecated latest; the loser says what happened', async () => {
    const { repo, name } = await releasedPackage(['6.0.0', '6.1.0']);
    const [promoted, rolled] = await Promise.all([
      cli('promote', [repo.dir, '--version', '6.1.0']),
      cli('rollback', [repo.dir, '--version', '6.1.0', '--reason', 'raced']),
    ]);
    expect(rolled.code, JSON.stringify(rolled.report.findings)).toBe(0);
    const end = await packument(name);
    expect(end.versions['6.1.0']?.deprecated).toBe('raced');
    expect(end['dist-tags'].latest).toBe('6.0.0');
    // The promote either finished first (and the rollback moved latest back) or stopped with the reason.
    if (promoted.code !== 0) expect(promoted.report.findings.map((f) => f.rule)).toEqual(['promote/deprecated']);
  });

  it('two publishes of the same bytes at once, and two rollbacks at once: each write lands once, the end state is valid', async () => {
    counter += 1;
    const name = `race-check-${counter}`;
    const repo = await exampleRepo({ name, version: '7.0.0' });
    const out = await tempDir('race-out-');
    const tarball = (JSON.parse((await runNode(CLI, ['pack', repo.dir, '--out', out, '--json'])).stdout) as Report)
      .outputs.tarball as string;
    const publishes = await Promise.all(
      [1, 2].map(() =>
        runNode(CLI, ['publish', tarball, '--registry', registry.url, '--json'], {
          env: { NODE_AUTH_TOKEN: registry.token },
        }),
      ),
    );
    for (const run of publishes) expect(run.code, run.stdout).toBe(0);
    expect(publishes.map((run) => (JSON.parse(run.stdout) as Report).outputs.published).sort()).toEqual(
      expect.arrayContaining(['published']),
    );
    expect(Object.keys((await packument(name)).versions)).toEqual(['7.0.0']);

    await repo.setPackage({ version: '7.1.0' });
    const second = (
      JSON.parse(
        (await runNode(CLI, ['pack', repo.dir, '--out', await tempDir('race-out-'), '--json'])).stdout,
      ) as Report
    ).outputs.tarball as string;
    expect(
      (
        await runNode(CLI, ['publish', second, '--registry', registry.url, '--tag', 'latest'], {
          env: { NODE_AUTH_TOKEN: registry.token },
        })
      ).code,
    ).toBe(0);
    const rollbacks = await Promise.all(
      [1, 2].map(() => cli('rollback', [repo.dir, '--version', '7.1.0', '--reason', 'twice'])),
    );
    for (const run of rollbacks) expect(run.code, JSON.stringify(run.report.findings)).toBe(0);
    const end = await packument(name);
    expect(end['dist-tags'].latest).toBe('7.0.0');
    expect(end.versions['7.1.0']?.deprecated).toBe('twice');
  });

  it('status: dist-tags, versions with deprecations, commits since the last tag', async () => {
    const { repo, manifests } = await releasedPackage(['5.0.0', '5.1.0']);
    repo.git('tag', 'v5.1.0');
    await repo.commit('fix: after the release');
    // The manifest records the rollback once: a re-run changes nothing, so it adds nothing.
    for (let run = 0; run < 2; run += 1)
      expect(
        (
          await cli('rollback', [
            repo.dir,
            '--version',
            '5.1.0',
            '--reason',
            'oops',
            '--manifest',
            manifests['5.1.0'] as string,
          ])
        ).code,
      ).toBe(0);
    const recorded = JSON.parse(await readFile(manifests['5.1.0'] as string, 'utf8')) as {
      rollbacks: { action: string; version: string; reason: string; distTags: Record<string, string> }[];
    };
    // The tags as the rollback left them (not one run's moves: a run finishing an interrupted one records the same).
    expect(
      recorded.rollbacks.map(({ action, version, reason, distTags }) => ({ action, version, reason, distTags })),
    ).toEqual([{ action: 'rollback', version: '5.1.0', reason: 'oops', distTags: { latest: '5.0.0', next: '5.0.0' } }]);
    const { report } = await cli('status', [repo.dir]);
    expect(report.outputs).toMatchObject({
      newest: '5.1.0',
      'newest-state': 'rolled-back',
      'commits-since-tag': '1',
      deprecated: JSON.stringify({ '5.1.0': 'oops' }),
    });
    expect(JSON.parse(report.outputs['dist-tags'] ?? '{}')).toMatchObject({ latest: '5.0.0', next: '5.0.0' });
    expect(report.packages[0]?.tables?.[1]?.rows).toEqual([
      ['5.1.0', 'rolled-back', '', 'oops'],
      ['5.0.0', 'promoted', 'latest, next', ''],
    ]);
  });
});

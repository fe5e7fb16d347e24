import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../../src/report/model.js';
import { exampleRepo } from '../helpers/git-repo.js';
import { FAKE_GITHUB_TOKEN, startGitHubFake, type GitHubFake } from '../helpers/github-fake.js';
import { CLI, runNode } from '../helpers/run.js';

/** github-release --major-tag against the GitHub fake (its requests and answers checked against GitHub's OpenAPI description). */
let github: GitHubFake;
beforeAll(async () => {
  github = await startGitHubFake('acme/hello-action');
});
afterAll(async () => github.stop());
afterEach(() => {
  expect(github.violations.splice(0)).toEqual([]);
});

const env = {
  GITHUB_ACTIONS: 'true',
  GITHUB_TOKEN: FAKE_GITHUB_TOKEN,
  GITHUB_REPOSITORY: 'acme/hello-action',
  MCP_RELEASE_GITHUB_PACING: 'none',
};

async function release(
  dir: string,
  version: string,
  sha: string,
  ...flags: string[]
): Promise<{ code: number | null; report: Report }> {
  const run = await runNode(
    CLI,
    ['github-release', dir, '--version', version, '--sha', sha, '--major-tag', ...flags, '--json'],
    { env: { ...env, GITHUB_API_URL: github.url } },
  );
  return { code: run.code, report: JSON.parse(run.stdout || '{}') as Report };
}

const writesSince = (from: number) =>
  github.requests
    .slice(from)
    .filter((r) => r.method !== 'GET' && r.status < 400)
    .map((r) => `${r.method} ${r.path.replace(/\/\d+/g, '/N')}`);

describe('github-release --major-tag: the moving v1 tag actions are used by', () => {
  it('created with the first release, unchanged on a re-run, moved by the next, shown and not done in a dry run, never for a prerelease or a draft', async () => {
    const repo = await exampleRepo({ name: 'hello-action', version: '1.0.0' });
    const first = repo.git('rev-parse', 'HEAD');

    let mark = github.requests.length;
    const created = await release(repo.dir, '1.0.0', first);
    expect(created.code, JSON.stringify(created.report.findings)).toBe(0);
    expect(created.report.outputs).toMatchObject({ 'major-tag': 'v1', 'major-tag-outcome': 'created' });
    expect(github.refs.get('refs/tags/v1')).toBe(first);
    // Last, after the release is published.
    expect(writesSince(mark).slice(-2)).toEqual([
      'PATCH /repos/acme/hello-action/releases/N',
      'POST /repos/acme/hello-action/git/refs',
    ]);

    mark = github.requests.length;
    const again = await release(repo.dir, '1.0.0', first);
    expect(again.report.outputs['major-tag-outcome']).toBe('unchanged');
    expect(writesSince(mark)).toEqual([]);

    const second = await repo.commit('fix: a bug');
    mark = github.requests.length;
    const dry = await release(repo.dir, '1.0.1', second, '--dry-run');
    expect(dry.code).toBe(0);
    expect(writesSince(mark)).toEqual([]);
    expect(dry.report.outputs['major-tag-outcome']).toBe('dry-run');
    expect(dry.report.notes).toEqual([
      `dry run: tag v1.0.1: would create at ${second.slice(0, 12)}`,
      'dry run: release v1.0.1: would create it as a draft, would publish it',
      `dry run: major tag: would move v1 from ${first.slice(0, 12)} to ${second.slice(0, 12)}`,
    ]);
    expect(github.refs.get('refs/tags/v1')).toBe(first);

    const moved = await release(repo.dir, '1.0.1', second);
    expect(moved.report.outputs).toMatchObject({ 'major-tag': 'v1', 'major-tag-outcome': 'moved' });
    expect(github.refs.get('refs/tags/v1')).toBe(second);
    const patch = github.requests.filter((r) => r.method === 'PATCH' && r.path.includes('/git/refs/')).at(-1);
    expect(patch?.path).toMatch(/\/git\/refs\/tags(%2F|\/)v1$/);

    const beta = await repo.commit('feat!: a new major');
    const pre = await release(repo.dir, '2.0.0-beta.1', beta);
    expect(pre.code).toBe(0);
    expect(pre.report.outputs['major-tag-outcome']).toBe('skipped');
    expect(pre.report.notes).toContain(
      'major tag not moved: 2.0.0-beta.1 is a prerelease (users of @v2 get stable releases only)',
    );
    expect(github.refs.has('refs/tags/v2')).toBe(false);

    const draft = await release(repo.dir, '2.0.0', beta, '--draft');
    expect(draft.report.outputs['major-tag-outcome']).toBe('skipped');
    expect(github.refs.has('refs/tags/v2')).toBe(false);
    const published = await release(repo.dir, '2.0.0', beta);
    expect(published.report.outputs['major-tag-outcome']).toBe('created');
    expect(github.refs.get('refs/tags/v2')).toBe(beta);
    expect(github.refs.get('refs/tags/v1')).toBe(second);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeRun, REPO, startReleaseWorld, type ReleaseWorld } from './release-world.js';

process.env.MCP_RELEASE_GITHUB_PACING = 'none';

/** The starter workflow's build-command line, which the scenarios rewrite. */
const STARTER_BUILD = "      build-command: '' # empty: the kit builds the workspace packages; or e.g. npm run build";

/** The pull_request payload GitHub sends; a fork's head repository has another name. */
function prPayload(number: number, head: string, sha: string, author = 'alice'): Record<string, never> {
  return {
    number,
    pull_request: {
      number,
      user: { login: author },
      head: { sha, repo: { full_name: head, fork: head !== REPO } },
      base: { repo: { full_name: REPO } },
    },
    repository: { full_name: REPO, visibility: 'public', private: false },
  } as never;
}

describe('scenario: PR checks on a pull request from a fork and from the repository itself', () => {
  let w: ReleaseWorld;
  beforeAll(async () => {
    w = await startReleaseWorld();
  });
  afterAll(async () => w?.stop());

  it('a fork PR (read-only token, no secrets) is checked like any other: no comment, no SARIF upload, each skip said', async () => {
    const sha = await w.world.commit(REPO, { 'NOTES.md': 'from a fork\n' }, { branch: 'pr-7' });
    w.github.pulls.set(7, {
      number: 7,
      title: 'feat: a tool from a fork',
      author: 'mallory',
      labels: ['release:minor'],
    });
    const run = w.world.dispatch({
      workflow: '.github/workflows/pr.yml',
      repo: REPO,
      event: 'pull_request',
      sha,
      ref: 'refs/pull/7/merge',
      actor: 'mallory',
      payload: prPayload(7, 'mallory/hello-mcp', sha, 'mallory'),
    });
    await run.done;
    expect(run.conclusion, describeRun(run)).toBe('success');
    const plan = Object.values(run.jobs).find((j) => j.steps.some((s) => s.name === 'plan'));
    expect(plan?.steps.find((s) => s.name === 'plan')?.log).toMatch(/comment not written: the token is read-only/);
    expect(w.github.comments.filter((c) => c.issue === 7)).toEqual([]);
    const checks = Object.values(run.jobs).find((j) => j.steps.some((s) => s.name === 'security-scan'));
    expect(checks?.steps.find((s) => s.name === 'Upload SARIF to code scanning')?.outcome).toBe('skipped');
    expect(checks?.summary).toMatch(/SARIF upload skipped/);
  });

  it('a Dependabot PR (a branch of this repository, but a read-only token) is checked the same way: no comment, no SARIF upload', async () => {
    const sha = await w.world.commit(
      REPO,
      { 'NOTES.md': 'bump zod\n' },
      { branch: 'dependabot/npm_and_yarn/zod-4.1.0' },
    );
    w.github.pulls.set(9, {
      number: 9,
      title: 'chore(deps): bump zod',
      author: 'dependabot[bot]',
      labels: ['release:patch'],
    });
    const run = w.world.dispatch({
      workflow: '.github/workflows/pr.yml',
      repo: REPO,
      event: 'pull_request',
      sha,
      ref: 'refs/pull/9/merge',
      actor: 'dependabot[bot]',
      payload: prPayload(9, REPO, sha, 'dependabot[bot]'),
    });
    await run.done;
    expect(run.conclusion, describeRun(run)).toBe('success');
    expect(w.github.comments.filter((c) => c.issue === 9)).toEqual([]);
    const checks = Object.values(run.jobs).find((j) => j.steps.some((s) => s.name === 'security-scan'));
    expect(checks?.steps.find((s) => s.name === 'Upload SARIF to code scanning')?.outcome).toBe('skipped');
    expect(checks?.summary).toMatch(/SARIF upload skipped/);
  });

  it('a PR from the repository itself gets the sticky comment and the SARIF upload', async () => {
    const sha = await w.world.commit(REPO, { 'NOTES.md': 'from a branch\n' }, { branch: 'pr-8' });
    w.github.pulls.set(8, { number: 8, title: 'feat: another tool', author: 'alice', labels: ['release:minor'] });
    const run = w.world.dispatch({
      workflow: '.github/workflows/pr.yml',
      repo: REPO,
      event: 'pull_request',
      sha,
      ref: 'refs/pull/8/merge',
      actor: 'alice',
      payload: prPayload(8, REPO, sha),
    });
    await run.done;
    expect(run.conclusion, describeRun(run)).toBe('success');
    expect(w.github.comments.filter((c) => c.issue === 8)).toHaveLength(1);
    expect(w.world.records.filter((r) => r.kind === 'sarif')).toHaveLength(1);
  });

  it('with the surface guard, the PR is built and started in a job that can only read; the commenting job gets its surface as data', async () => {
    const workflow = (
      w.world.readFile(REPO, w.world.resolve(REPO, 'main') as string, '.github/workflows/pr.yml') as string
    ).replace(STARTER_BUILD, "      build-command: ''\n      surface-guard: true");
    expect(workflow).toContain('surface-guard: true');
    const sha = await w.world.commit(
      REPO,
      { 'NOTES.md': 'surface guard\n', '.github/workflows/pr.yml': workflow },
      { branch: 'pr-10' },
    );
    w.github.pulls.set(10, { number: 10, title: 'feat: guarded', author: 'alice', labels: ['release:minor'] });
    const run = w.world.dispatch({
      workflow: '.github/workflows/pr.yml',
      repo: REPO,
      event: 'pull_request',
      sha,
      ref: 'refs/pull/10/merge',
      actor: 'alice',
      payload: prPayload(10, REPO, sha),
    });
    await run.done;
    expect(run.conclusion, describeRun(run)).toBe('success');
    const surface = Object.values(run.jobs).find((j) => j.steps.some((s) => s.name === 'surface'));
    const plan = Object.values(run.jobs).find((j) => j.steps.some((s) => s.name === 'plan'));
    expect(
      Object.entries(surface?.permissions ?? { missing: 'write' }).filter(([, level]) => level === 'write'),
    ).toEqual([]);
    // The surface job set up the repository's package manager (npm here: nothing to enable) before installing.
    expect(surface?.steps.find((s) => s.name === 'install (detect the package manager)')?.outputs).toMatchObject({
      'package-manager': 'npm',
      setup: 'none',
    });
    expect(plan?.permissions).toMatchObject({ 'pull-requests': 'write' });
    // Nothing of the PR is installed, built or started where the write token is.
    for (const step of ['install (detect the package manager)', 'install', 'Custom install', 'Custom build', 'surface'])
      expect(plan?.steps.map((s) => s.name)).not.toContain(step);
    expect(plan?.steps.find((s) => s.name?.startsWith("The PR's surface"))?.outcome).toBe('success');
    expect(plan?.steps.find((s) => s.name === 'plan')?.log).toMatch(/surface: /);
    expect(w.github.comments.filter((c) => c.issue === 10)).toHaveLength(1);
  });
});

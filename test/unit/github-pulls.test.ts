import { describe, expect, it } from 'vitest';
import { checkState, getPull, mergedPullForCommit } from '../../src/github/pulls.js';
import { fakeGitHub, httpError, TARGET } from '../helpers/github-port.js';

/** What plan reads of a PR: its labels decide the bump, its title and author go into the notes. */
const SHA = 'a'.repeat(40);

describe('getPull', () => {
  it('reads number, title, author and label names (labels as objects or strings, nameless ones dropped)', async () => {
    const fake = fakeGitHub({
      issues: new Map([
        [
          12,
          { number: 12, title: 'feat: add a tool', author: 'alice', labels: [{ name: 'release:minor' }, 'docs', {}] },
        ],
      ]),
    });
    expect(await getPull(fake.github, TARGET, 12)).toEqual({
      number: 12,
      title: 'feat: add a tool',
      author: 'alice',
      labels: ['release:minor', 'docs'],
    });
    expect(fake.calls).toEqual([
      { method: 'issues.get', params: { owner: 'acme', repo: 'hello-mcp', issue_number: 12 } },
    ]);
  });

  it('a PR by a deleted account (user null) has no author', async () => {
    const fake = fakeGitHub({ issues: new Map([[3, { number: 3, title: 'fix', author: null, labels: [] }]]) });
    expect((await getPull(fake.github, TARGET, 3)).author).toBeUndefined();
  });

  it("a PR that does not exist is GitHub's 404, passed on", async () => {
    await expect(getPull(fakeGitHub().github, TARGET, 99)).rejects.toMatchObject({ status: 404 });
  });
});

describe('mergedPullForCommit', () => {
  const pull = (number: number, merged: boolean, mergeCommit: string | null) => ({
    number,
    title: `PR ${number}`,
    author: 'bob',
    labels: [`label-${number}`],
    merged_at: merged ? '2026-01-01T00:00:00Z' : null,
    merge_commit_sha: mergeCommit,
  });

  it('the PR whose merge commit is this commit wins over other merged PRs listed first', async () => {
    const fake = fakeGitHub({ commitPulls: new Map([[SHA, [pull(1, true, 'b'.repeat(40)), pull(2, true, SHA)]]]) });
    expect(await mergedPullForCommit(fake.github, TARGET, SHA)).toEqual({
      number: 2,
      title: 'PR 2',
      author: 'bob',
      labels: ['label-2'],
    });
  });

  it('a rebase merge (no PR has this merge commit): the first merged PR', async () => {
    const fake = fakeGitHub({ commitPulls: new Map([[SHA, [pull(4, false, null), pull(5, true, 'c'.repeat(40))]]]) });
    expect((await mergedPullForCommit(fake.github, TARGET, SHA))?.number).toBe(5);
  });

  it('open (unmerged) PRs that contain the commit do not count; none merged: undefined', async () => {
    const fake = fakeGitHub({ commitPulls: new Map([[SHA, [pull(6, false, SHA)]]]) });
    expect(await mergedPullForCommit(fake.github, TARGET, SHA)).toBeUndefined();
    expect(await mergedPullForCommit(fake.github, TARGET, 'd'.repeat(40))).toBeUndefined();
  });
});

describe('checkState', () => {
  it('sums the check runs: success, neutral and skipped pass; anything else completed fails; the rest are pending', async () => {
    // Conclusions: https://docs.github.com/en/rest/checks/runs#list-check-runs-for-a-git-reference
    const fake = fakeGitHub({
      checkRuns: new Map([
        [
          SHA,
          [
            { status: 'completed', conclusion: 'success' },
            { status: 'completed', conclusion: 'neutral' },
            { status: 'completed', conclusion: 'skipped' },
            { status: 'completed', conclusion: 'failure' },
            { status: 'completed', conclusion: 'cancelled' },
            { status: 'completed', conclusion: 'timed_out' },
            { status: 'in_progress', conclusion: null },
            { status: 'queued', conclusion: null },
          ],
        ],
      ]),
    });
    expect(await checkState(fake.github, TARGET, SHA)).toEqual({ total: 8, passed: 3, failed: 3, pending: 2 });
  });

  it('no checks at all: all zero', async () => {
    expect(await checkState(fakeGitHub().github, TARGET, SHA)).toEqual({ total: 0, passed: 0, failed: 0, pending: 0 });
  });

  it('a refusal reaches the caller (plan turns it into an optional note)', async () => {
    const fake = fakeGitHub();
    fake.fail('checks.listForRef', httpError(403, 'Resource not accessible by integration'));
    await expect(checkState(fake.github, TARGET, SHA)).rejects.toMatchObject({ status: 403 });
  });
});

import { describe, expect, it } from 'vitest';
import { entryFromPull, gatherEntries, type EntriesGit } from '../../src/release/entries.js';
import { releaseTargetOf } from '../../src/release/release-target.js';
import { fakeGitHub, TARGET } from '../helpers/github-port.js';

/** The changelog and the release plan list these entries: one per PR, else one per commit, oldest first. */
const sha = (c: string) => c.repeat(40);

/** `tags`: the tags reachable from HEAD (names; their commits get ascending dates in list order). */
function fakeGit(commits: { sha: string; message: string }[], tags: string[] = []) {
  const asked: { since?: string; paths?: readonly string[] } = {};
  const git: EntriesGit = {
    reachableTags() {
      return Promise.resolve(tags.map((name, i) => ({ name, commit: sha(String(i % 10)), date: 1_700_000_000 + i })));
    },
    commitsSince(_cwd, since, paths) {
      asked.since = since;
      asked.paths = paths;
      // git log order: newest first.
      return Promise.resolve(commits.map((c) => ({ ...c, author: 'someone' })));
    },
  };
  return { git, asked };
}

const rootTarget = releaseTargetOf({
  dir: '/repo',
  name: 'hello-mcp',
  version: '1.0.0',
  repoRoot: '/repo',
  config: {},
});
const monoTarget = releaseTargetOf({
  dir: '/repo/packages/a',
  name: '@acme/a',
  version: '1.0.0',
  repoRoot: '/repo',
  config: {},
});

const mergedPull = (number: number, title: string, mergeSha: string, author = 'alice') => ({
  number,
  title,
  author,
  labels: ['release:minor'],
  merged_at: '2026-01-01T00:00:00Z',
  merge_commit_sha: mergeSha,
});

describe('entryFromPull', () => {
  it('a conventional PR title: its subject, its type, breaking from the bang', () => {
    expect(
      entryFromPull({ number: 7, title: 'feat(api)!: drop the old tool', author: 'alice', labels: ['x'] }),
    ).toEqual({ title: 'drop the old tool', pr: 7, author: 'alice', labels: ['x'], type: 'feat', breaking: true });
  });

  it('a plain PR title is kept whole, with no type and no author when GitHub has none', () => {
    const entry = entryFromPull({ number: 8, title: 'Update the README', labels: [] });
    expect(entry).toEqual({ title: 'Update the README', pr: 8, labels: [], breaking: false });
    expect('author' in entry).toBe(false);
    expect('type' in entry).toBe(false);
  });
});

describe('gatherEntries without GitHub (from commit messages)', () => {
  it('one entry per commit, oldest first, with type, PR reference or short sha', async () => {
    const { git, asked } = fakeGit(
      [
        { sha: sha('c'), message: 'fix: handle empty input (#12)' },
        { sha: sha('b'), message: 'chore(release): 1.0.0' },
        { sha: sha('a'), message: 'feat!: new transport\n\nBREAKING CHANGE: stdio only' },
      ],
      ['v0.8.0', 'v0.9.0', 'other-1.0.0'],
    );
    const result = await gatherEntries(git, rootTarget);
    expect(result.entries).toEqual([
      { title: 'new transport', sha: 'aaaaaaa', labels: [], type: 'feat', breaking: true },
      { title: 'handle empty input', pr: 12, labels: [], type: 'fix', breaking: false },
    ]);
    expect(result.since).toBe('v0.9.0');
    // The release commit is neither an entry nor counted.
    expect(result.commits).toBe(2);
    expect(result.apiCalls).toBe(0);
    expect(asked).toEqual({ since: 'v0.9.0', paths: [] });
  });

  it('no previous tag: no `since`, every commit counts', async () => {
    const { git, asked } = fakeGit([{ sha: sha('d'), message: 'initial import' }]);
    const result = await gatherEntries(git, rootTarget);
    expect('since' in result).toBe(false);
    expect(asked.since).toBeUndefined();
    expect(result.entries).toEqual([{ title: 'initial import', sha: 'ddddddd', labels: [], breaking: false }]);
  });

  it("a monorepo package reads its own tags (name@*, not a sibling's) and only commits under its folder", async () => {
    const { git, asked } = fakeGit([], ['@acme/a@1.0.0', '@acme/a@1.1.0', '@acme/b@2.0.0', 'b-v3.0.0']);
    const result = await gatherEntries(git, monoTarget);
    expect(asked).toEqual({ since: '@acme/a@1.1.0', paths: ['packages/a'] });
    expect(result).toEqual({ entries: [], since: '@acme/a@1.1.0', commits: 0, apiCalls: 0 });
  });

  it('two commits naming the same PR (squash + follow-up) give one entry', async () => {
    const { git } = fakeGit([
      { sha: sha('b'), message: 'fix: second part (#5)' },
      { sha: sha('a'), message: 'fix: first part (#5)' },
    ]);
    const { entries } = await gatherEntries(git, rootTarget);
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ pr: 5, title: 'second part' });
  });
});

describe('gatherEntries with GitHub', () => {
  it('commits of one merged PR give one entry from the PR (title, author, labels)', async () => {
    const pull = mergedPull(21, 'feat: add a search tool', sha('b'));
    const fake = fakeGitHub({
      commitPulls: new Map([
        [sha('a'), [pull]],
        [sha('b'), [pull]],
      ]),
    });
    const { git } = fakeGit([
      { sha: sha('b'), message: 'wip' },
      { sha: sha('a'), message: 'wip 2' },
    ]);
    const result = await gatherEntries(git, rootTarget, { client: fake.github, target: TARGET });
    expect(result.entries).toEqual([
      { title: 'add a search tool', pr: 21, author: 'alice', labels: ['release:minor'], type: 'feat', breaking: false },
    ]);
    expect(result.apiCalls).toBe(2);
    expect(result.commits).toBe(2);
  });

  it('a commit GitHub knows no PR for falls back to its message; a message naming a listed PR is not repeated', async () => {
    const fake = fakeGitHub({ commitPulls: new Map([[sha('a'), [mergedPull(3, 'fix: crash on start', sha('a'))]]]) });
    const { git } = fakeGit([
      { sha: sha('c'), message: 'docs: typo' },
      { sha: sha('b'), message: 'fix: crash on start (#3)' },
      { sha: sha('a'), message: 'fix: crash on start' },
    ]);
    // Newest first from git: `b` (no PR on GitHub) names #3 before `a` finds PR 3 itself.
    const { entries } = await gatherEntries(git, rootTarget, { client: fake.github, target: TARGET });
    expect(entries).toEqual([
      { title: 'crash on start', pr: 3, labels: [], type: 'fix', breaking: false },
      { title: 'typo', sha: 'ccccccc', labels: [], type: 'docs', breaking: false },
    ]);
  });

  it('looks up at most 100 commits on GitHub; the rest come from their messages', async () => {
    const commits = Array.from({ length: 130 }, (_, i) => ({
      sha: i.toString(16).padStart(40, '0'),
      message: `fix: change ${i}`,
    }));
    const fake = fakeGitHub();
    const { git } = fakeGit(commits);
    const result = await gatherEntries(git, rootTarget, { client: fake.github, target: TARGET });
    expect(result.apiCalls).toBe(100);
    expect(fake.calls).toHaveLength(100);
    expect(result.commits).toBe(130);
    expect(result.entries).toHaveLength(130);
    expect(result.entries[0]?.title).toBe('change 129');
    // The bound is said, never silent.
    expect(result.bound).toBe(
      "merged PRs looked up for the newest 100 of 130 commits (a bound on GitHub API calls); the older ones' entries come from their commit messages",
    );
  });
});

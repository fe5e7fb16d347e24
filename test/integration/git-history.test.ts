import { beforeAll, describe, expect, it } from 'vitest';
import { createGit } from '../../src/adapters/git.js';
import { exampleRepo, importHistory, type HistoryStep, type TestRepo } from '../helpers/git-repo.js';

/**
 * The git adapter's history reads on a real repository: every commit of a
 * long history (read in pages of 1,000, so 2,300 commits take three), the
 * exact count, and the tags in HEAD's history with their peeled commits.
 */
const git = createGit({
  processEnv: process.env,
  github: { serverUrl: 'https://github.com' } as Parameters<typeof createGit>[0]['github'],
  credentials: {},
});

let repo: TestRepo;
let shas: string[];
const steps: HistoryStep[] = [];

beforeAll(async () => {
  repo = await exampleRepo();
  steps.push({ commit: 'fix: before the tag', file: 'pkg/a.txt' }, { tag: 'pkg-v1.0.0', annotated: true });
  for (let i = 0; i < 2300; i += 1) {
    steps.push({ commit: `fix: pkg change ${i}\n\nbody ${i}`, file: 'pkg/a.txt' });
    if (i % 3 === 0) steps.push({ commit: `chore: elsewhere ${i}`, file: 'other/b.txt' });
  }
  steps.push({ tag: 'v2.0.0' });
  steps.push({ commit: 'fix: after v2', file: 'pkg/a.txt' });
  shas = importHistory(repo, steps);
}, 60_000);

describe('git adapter: history without a cap', () => {
  it('commitsSince reads every commit touching the folder, newest first, no repeats, across pages', async () => {
    const commits = await git.commitsSince(repo.dir, 'pkg-v1.0.0', ['pkg']);
    expect(commits).toHaveLength(2301);
    expect(new Set(commits.map((c) => c.sha)).size).toBe(2301);
    expect(commits[0]?.message).toBe('fix: after v2');
    expect(commits[1]?.message).toBe('fix: pkg change 2299\n\nbody 2299');
    expect(commits.at(-1)?.message).toBe('fix: pkg change 0\n\nbody 0');
    expect(commits.every((c) => c.author === 'Dev')).toBe(true);
    // A limit still bounds when a caller asks for one.
    expect(await git.commitsSince(repo.dir, 'pkg-v1.0.0', ['pkg'], 1500)).toHaveLength(1500);
  });

  it('countCommits is exact: the folder, the whole repository, from the first commit', async () => {
    expect(await git.countCommits(repo.dir, 'pkg-v1.0.0', ['pkg'])).toBe(2301);
    expect(await git.countCommits(repo.dir, 'pkg-v1.0.0')).toBe(2301 + Math.ceil(2300 / 3));
    expect(await git.countCommits(repo.dir, 'v2.0.0', ['pkg'])).toBe(1);
    expect(await git.countCommits(repo.dir, undefined)).toBe(Number(repo.git('rev-list', '--count', 'HEAD')));
    expect(await git.countCommits(repo.dir, 'no-such-tag')).toBeUndefined();
  });

  it('reachableTags: the tags in HEAD’s history with the commit each names (annotated tags peeled) and its time', async () => {
    repo.git('checkout', '-q', '-b', 'side', 'HEAD~1');
    importHistory(repo, [{ commit: 'side', file: 'pkg/side.txt' }, { tag: 'pkg-v9.0.0' }]);
    repo.git('checkout', '-q', 'main');
    const tags = await git.reachableTags(repo.dir);
    expect(tags.map((t) => t.name).sort()).toEqual(['pkg-v1.0.0', 'v2.0.0']);
    const byName = new Map(tags.map((t) => [t.name, t]));
    expect(byName.get('pkg-v1.0.0')?.commit).toBe(shas[0]);
    expect(byName.get('v2.0.0')?.commit).toBe(shas[steps.length - 2]);
    expect(byName.get('pkg-v1.0.0')?.date).toBe(Number(repo.git('log', '-1', '--format=%ct', 'pkg-v1.0.0')));
    expect(await git.reachableTags('/')).toEqual([]);
  });
});

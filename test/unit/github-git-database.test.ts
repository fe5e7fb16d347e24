import { describe, expect, it } from 'vitest';
import { commitViaApi, type FileChange } from '../../src/github/git-database.js';
import { fakeGitHub, httpError, TARGET } from '../helpers/github-port.js';

/**
 * The release commit through GitHub's Git Database API (`commit-via: api`):
 * blobs, a tree on the head's tree, a commit on the head, a fast-forward ref update
 * (https://docs.github.com/en/rest/git/commits#create-a-commit,
 * https://docs.github.com/en/rest/git/refs#update-a-reference).
 */
const PARENT = 'p'.repeat(40);
const OTHER = 'o'.repeat(40);
const BASE_TREE = 't'.repeat(40);

const changes: FileChange[] = [
  { path: 'package.json', mode: '100644', content: Buffer.from('{"version":"1.3.0"}\n') },
  { path: 'bin/cli.js', mode: '100755', content: Buffer.from('#!/usr/bin/env node\n') },
];
const input = { branch: 'main', parent: PARENT, baseTree: BASE_TREE, changes, message: 'chore(release): x@1.3.0' };

/** A repository whose main is at PARENT. */
const world = () =>
  fakeGitHub({
    refs: new Map([['heads/main', { sha: PARENT, type: 'commit' }]]),
    commits: new Map([[PARENT, { parents: [], tree: BASE_TREE, message: 'feat: x' }]]),
  });

describe('commitViaApi', () => {
  it('commits the files on the head and fast-forwards the branch; the commit is verified (GitHub signs it)', async () => {
    const fake = world();
    const result = await commitViaApi(fake.github, TARGET, input);
    expect(result).toEqual({ kind: 'committed', sha: expect.any(String), verified: true });
    const sha = (result as { sha: string }).sha;
    expect(fake.state.refs.get('heads/main')?.sha).toBe(sha);
    const commit = fake.state.commits.get(sha);
    expect(commit).toMatchObject({ parents: [PARENT], message: 'chore(release): x@1.3.0' });
    const tree = fake.state.trees.get(commit?.tree ?? '');
    expect(tree?.base_tree).toBe(BASE_TREE);
    expect(tree?.tree).toEqual([
      { path: 'package.json', mode: '100644', type: 'blob', sha: expect.any(String) },
      { path: 'bin/cli.js', mode: '100755', type: 'blob', sha: expect.any(String) },
    ]);
    // The bytes arrive intact (sent as base64).
    expect([...fake.state.blobs.values()]).toEqual(['{"version":"1.3.0"}\n', '#!/usr/bin/env node\n']);
    expect(fake.methods()).toEqual([
      'git.createBlob',
      'git.createBlob',
      'git.createTree',
      'git.createCommit',
      'git.updateRef',
    ]);
  });

  it('never forces the branch, and sets no author (GitHub then signs as the token)', async () => {
    const fake = world();
    await commitViaApi(fake.github, TARGET, input);
    const update = fake.calls.find((c) => c.method === 'git.updateRef');
    expect(update?.params).toMatchObject({ ref: 'heads/main', force: false });
    const commit = fake.calls.find((c) => c.method === 'git.createCommit');
    expect(commit?.params).not.toHaveProperty('author');
    expect(commit?.params).not.toHaveProperty('committer');
  });

  it('an unverified commit is reported as such', async () => {
    const fake = world();
    fake.state.signsCommits = false;
    expect(await commitViaApi(fake.github, TARGET, input)).toMatchObject({ kind: 'committed', verified: false });
  });

  it('the branch moved since the parent was read: not-fast-forward, and the branch keeps the other commit', async () => {
    const fake = world();
    fake.state.commits.set(OTHER, { parents: [PARENT], tree: BASE_TREE, message: 'fix: meanwhile' });
    fake.state.refs.set('heads/main', { sha: OTHER, type: 'commit' });
    expect(await commitViaApi(fake.github, TARGET, input)).toEqual({ kind: 'not-fast-forward' });
    expect(fake.state.refs.get('heads/main')?.sha).toBe(OTHER);
  });

  it('a refusal names the status, GitHub message and the step it came at', async () => {
    const fake = world();
    fake.fail('git.createBlob', httpError(403, 'Resource not accessible by integration'));
    expect(await commitViaApi(fake.github, TARGET, input)).toEqual({
      kind: 'refused',
      status: 403,
      message: 'Resource not accessible by integration',
      step: 'creating the blobs',
    });
    expect(fake.methods()).toEqual(['git.createBlob']);
  });

  it('a ruleset refusing the ref update (422, not a fast-forward message) is a refusal at the ref step', async () => {
    const fake = world();
    fake.fail('git.updateRef', httpError(422, 'Repository rule violations found'));
    expect(await commitViaApi(fake.github, TARGET, input)).toEqual({
      kind: 'refused',
      status: 422,
      message: 'Repository rule violations found',
      step: 'updating refs/heads/main',
    });
    expect(fake.state.refs.get('heads/main')?.sha).toBe(PARENT);
  });

  it('no answer before the commit exists: unanswered, and the branch is known not to have moved', async () => {
    const fake = world();
    fake.fail('git.createTree', httpError(502, 'Bad Gateway'));
    expect(await commitViaApi(fake.github, TARGET, input)).toEqual({
      kind: 'unanswered',
      message: 'HTTP 502 Bad Gateway',
      step: 'creating the tree',
      branchMoved: false,
    });
  });

  it('the ref update landed but its answer was lost: the branch is read back and the commit counts', async () => {
    const fake = world();
    fake.fail('git.updateRef', httpError(500, 'socket hang up'), { afterApplying: true });
    const result = await commitViaApi(fake.github, TARGET, input);
    expect(result).toMatchObject({ kind: 'committed', verified: true });
    expect(fake.state.refs.get('heads/main')?.sha).toBe((result as { sha: string }).sha);
    expect(fake.methods().at(-1)).toBe('git.getRef');
  });

  it('the ref update did not land: unanswered with the branch known unmoved; a 500 is not called "HTTP 500"', async () => {
    const fake = world();
    fake.fail('git.updateRef', httpError(500, 'request timed out'));
    expect(await commitViaApi(fake.github, TARGET, input)).toEqual({
      kind: 'unanswered',
      message: 'request timed out',
      step: 'updating refs/heads/main',
      branchMoved: false,
    });
  });

  it('neither the ref update nor the read-back answered: whether the branch moved is unknown', async () => {
    const fake = world();
    fake.fail('git.updateRef', httpError(503, 'Service Unavailable'));
    fake.fail('git.getRef', httpError(503, 'Service Unavailable'));
    expect(await commitViaApi(fake.github, TARGET, input)).toEqual({
      kind: 'unanswered',
      message: 'HTTP 503 Service Unavailable',
      step: 'updating refs/heads/main',
      branchMoved: undefined,
    });
  });

  it('an error that is not an HTTP answer is a defect and is thrown', async () => {
    const fake = world();
    fake.fail('git.createCommit', new TypeError('cannot read properties of undefined'));
    await expect(commitViaApi(fake.github, TARGET, input)).rejects.toThrow(TypeError);
  });

  it('every call carries a timeout signal (octokit has none of its own)', async () => {
    const fake = world();
    const signals: unknown[] = [];
    const blob = fake.github.rest.git.createBlob;
    fake.github.rest.git.createBlob = async (params) => {
      signals.push((params as { request?: { signal?: unknown } }).request?.signal);
      return blob(params);
    };
    await commitViaApi(fake.github, TARGET, { ...input, timeoutMs: 5000 });
    expect(signals).toHaveLength(2);
    for (const signal of signals) expect(signal).toBeInstanceOf(AbortSignal);
  });
});

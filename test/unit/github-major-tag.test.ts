import { describe, expect, it } from 'vitest';
import { ensureMajorTag, majorTagChange, majorTagFor, readTag } from '../../src/github/major-tag.js';
import { fakeGitHub, httpError, TARGET } from '../helpers/github-port.js';

/**
 * The moving major tag (`v1`) that `uses: owner/repo@v1` resolves
 * (https://github.com/actions/toolkit/blob/main/docs/action-versioning.md).
 */
const OLD = '1'.repeat(40);
const NEW = '2'.repeat(40);

describe('majorTagFor', () => {
  it('v1 for v1.4.0; name@1 for a monorepo tag name@1.4.0', () => {
    expect(majorTagFor('v1.4.0', '1.4.0')).toEqual({ tag: 'v1' });
    expect(majorTagFor('@acme/hello@2.0.1', '2.0.1')).toEqual({ tag: '@acme/hello@2' });
    expect(majorTagFor('v0.3.0', '0.3.0')).toEqual({ tag: 'v0' });
  });

  it('a prerelease is skipped with the reason, naming the major users stay on', () => {
    const result = majorTagFor('v2.0.0-rc.1', '2.0.0-rc.1');
    expect(result).toEqual({ skipped: expect.stringContaining('2.0.0-rc.1 is a prerelease') });
    expect((result as { skipped: string }).skipped).toContain('@v2');
  });

  it('a version that is not semver is skipped, saying so', () => {
    expect(majorTagFor('vnext', 'next')).toEqual({ skipped: 'major tag: next is not a semver version' });
  });
});

describe('majorTagChange', () => {
  it('says what would happen with short shas', () => {
    expect(majorTagChange('v1', NEW, undefined)).toEqual({
      outcome: 'created',
      description: 'create v1 at 222222222222',
    });
    expect(majorTagChange('v1', NEW, { sha: NEW, type: 'commit' })).toEqual({
      outcome: 'unchanged',
      description: 'v1 already at 222222222222',
    });
    expect(majorTagChange('v1', NEW, { sha: OLD, type: 'commit' })).toEqual({
      outcome: 'moved',
      description: 'move v1 from 111111111111 to 222222222222',
    });
  });

  it('an annotated tag is replaced even when it happens to carry the sha (its object is a tag, not the commit)', () => {
    const change = majorTagChange('v1', NEW, { sha: NEW, type: 'tag' });
    expect(change.outcome).toBe('moved');
    expect(change.description).toContain('(an annotated tag)');
  });
});

describe('readTag', () => {
  it('a missing tag is undefined; other errors are passed on', async () => {
    const fake = fakeGitHub({ refs: new Map([['tags/v1', { sha: OLD, type: 'commit' }]]) });
    expect(await readTag(fake.github, TARGET, 'v1')).toEqual({ sha: OLD, type: 'commit' });
    expect(await readTag(fake.github, TARGET, 'v2')).toBeUndefined();
    fake.fail('git.getRef', httpError(401, 'Bad credentials'));
    await expect(readTag(fake.github, TARGET, 'v1')).rejects.toMatchObject({ status: 401 });
  });
});

describe('ensureMajorTag', () => {
  it('creates a missing tag at the commit; a re-run reads it and writes nothing', async () => {
    const fake = fakeGitHub();
    expect((await ensureMajorTag(fake.github, TARGET, 'v1', NEW)).outcome).toBe('created');
    expect(fake.state.refs.get('tags/v1')).toEqual({ sha: NEW, type: 'commit' });
    expect(fake.writes()).toEqual([
      { method: 'git.createRef', params: { owner: 'acme', repo: 'hello-mcp', ref: 'refs/tags/v1', sha: NEW } },
    ]);
    const again = await ensureMajorTag(fake.github, TARGET, 'v1', NEW);
    expect(again.outcome).toBe('unchanged');
    expect(fake.writes()).toHaveLength(1);
  });

  it('moves a tag at another commit with force (the new line need not descend from the old one)', async () => {
    const fake = fakeGitHub({ refs: new Map([['tags/v1', { sha: OLD, type: 'commit' }]]) });
    const moved = await ensureMajorTag(fake.github, TARGET, 'v1', NEW);
    expect(moved).toEqual({ outcome: 'moved', description: 'move v1 from 111111111111 to 222222222222' });
    expect(fake.state.refs.get('tags/v1')?.sha).toBe(NEW);
    expect(fake.writes()).toEqual([
      { method: 'git.updateRef', params: { owner: 'acme', repo: 'hello-mcp', ref: 'tags/v1', sha: NEW, force: true } },
    ]);
  });

  it('an annotated v1 becomes a lightweight tag at the commit', async () => {
    const fake = fakeGitHub({ refs: new Map([['tags/v1', { sha: '9'.repeat(40), type: 'tag' }]]) });
    expect((await ensureMajorTag(fake.github, TARGET, 'v1', NEW)).outcome).toBe('moved');
    expect(fake.state.refs.get('tags/v1')).toEqual({ sha: NEW, type: 'commit' });
  });

  it('a concurrent run made the tag at our commit between read and create (422): unchanged, no second write', async () => {
    const fake = fakeGitHub();
    // The create lands for the other run, then our create is refused as GitHub does (422 "Reference already exists").
    fake.fail('git.createRef', httpError(422, 'Reference already exists'), { afterApplying: true });
    const result = await ensureMajorTag(fake.github, TARGET, 'v1', NEW);
    expect(result.outcome).toBe('unchanged');
    expect(fake.methods().filter((m) => m === 'git.updateRef')).toEqual([]);
  });

  it('a concurrent run made the tag elsewhere (422): read again and move it to our commit', async () => {
    const fake = fakeGitHub();
    fake.fail('git.createRef', httpError(422, 'Reference already exists'));
    // What the concurrent run created, visible on the second read.
    const read = fake.github.rest.git.getRef;
    let reads = 0;
    fake.github.rest.git.getRef = async (params) => {
      reads += 1;
      if (reads === 2) fake.state.refs.set('tags/v1', { sha: OLD, type: 'commit' });
      return read(params);
    };
    const result = await ensureMajorTag(fake.github, TARGET, 'v1', NEW);
    expect(result.outcome).toBe('moved');
    expect(fake.state.refs.get('tags/v1')?.sha).toBe(NEW);
  });

  it('a refusal other than 422 is passed on, with no further writes', async () => {
    const fake = fakeGitHub();
    fake.fail('git.createRef', httpError(403, 'Resource not accessible by integration'));
    await expect(ensureMajorTag(fake.github, TARGET, 'v1', NEW)).rejects.toMatchObject({ status: 403 });
    expect(fake.writes().map((c) => c.method)).toEqual(['git.createRef']);
    expect(fake.state.refs.has('tags/v1')).toBe(false);
  });
});

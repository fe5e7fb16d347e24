import { describe, expect, it } from 'vitest';
import {
  ACTIONS_BOT,
  isReadOnlyRefusal,
  stickyMarker,
  tokenLogin,
  upsertStickyComment,
} from '../../src/github/sticky-comment.js';
import { fakeGitHub, httpError, TARGET } from '../helpers/github-port.js';

/**
 * The plan comment on a PR (plan writes it with the key `plan:<package>`):
 * one comment per PR and key, edited in place, never someone else's.
 */
const PR = 7;
const KEY = 'plan:@acme/hello-mcp';

describe('upsertStickyComment', () => {
  it('creates the comment once; a second run with the same body changes nothing', async () => {
    const fake = fakeGitHub();
    const first = await upsertStickyComment(fake.github, TARGET, PR, KEY, '## Release plan\nminor');
    expect(first.action).toBe('created');
    expect(fake.state.comments).toHaveLength(1);
    expect(fake.state.comments[0]).toMatchObject({ id: first.id, issue: PR, author: 'octocat' });
    expect(fake.state.comments[0]?.body).toContain('## Release plan\nminor');

    const writesBefore = fake.writes().length;
    const second = await upsertStickyComment(fake.github, TARGET, PR, KEY, '## Release plan\nminor');
    expect(second).toEqual({ id: first.id, action: 'unchanged', ignored: [] });
    expect(fake.writes()).toHaveLength(writesBefore);
    expect(fake.state.comments).toHaveLength(1);
  });

  it('a new body edits the same comment in place', async () => {
    const fake = fakeGitHub();
    const first = await upsertStickyComment(fake.github, TARGET, PR, KEY, 'minor');
    const second = await upsertStickyComment(fake.github, TARGET, PR, KEY, 'major');
    expect(second).toEqual({ id: first.id, action: 'updated', ignored: [] });
    expect(fake.state.comments).toHaveLength(1);
    expect(fake.state.comments[0]?.body).toContain('major');
    expect(fake.state.comments[0]?.body).not.toContain('minor');
    expect(fake.writes().map((c) => c.method)).toEqual(['issues.createComment', 'issues.updateComment']);
  });

  it('keys are separate: two packages of a monorepo get a comment each', async () => {
    const fake = fakeGitHub();
    await upsertStickyComment(fake.github, TARGET, PR, 'plan:a', 'plan of a');
    await upsertStickyComment(fake.github, TARGET, PR, 'plan:b', 'plan of b');
    await upsertStickyComment(fake.github, TARGET, PR, 'plan:a', 'plan of a, again');
    expect(fake.state.comments.map((c) => c.body.split('\n')[1])).toEqual(['plan of a, again', 'plan of b']);
  });

  it('a comment by someone else that carries the marker is left alone and named; ours is created beside it', async () => {
    const fake = fakeGitHub({
      comments: [{ id: 1, issue: PR, author: 'mallory', body: `${stickyMarker(KEY)}\nclick here` }],
    });
    const result = await upsertStickyComment(fake.github, TARGET, PR, KEY, 'the real plan');
    expect(result.action).toBe('created');
    expect(result.ignored).toEqual(['mallory']);
    expect(fake.state.comments.find((c) => c.id === 1)?.body).toContain('click here');
    expect(fake.methods()).not.toContain('issues.updateComment');
  });

  it('the login is compared without case (GitHub logins are case-insensitive)', async () => {
    const fake = fakeGitHub({
      login: 'OctoCat',
      comments: [{ id: 1, issue: PR, author: 'octocat', body: `${stickyMarker(KEY)}\nold` }],
    });
    const result = await upsertStickyComment(fake.github, TARGET, PR, KEY, 'new');
    expect(result).toEqual({ id: 1, action: 'updated', ignored: [] });
  });

  it('with the Actions token (GET /user refused) only github-actions[bot] comments count as ours', async () => {
    const fake = fakeGitHub({
      login: undefined,
      comments: [
        { id: 1, issue: PR, author: 'octocat', body: `${stickyMarker(KEY)}\nby a user` },
        { id: 2, issue: PR, author: ACTIONS_BOT, body: `${stickyMarker(KEY)}\nold plan` },
      ],
    });
    const result = await upsertStickyComment(fake.github, TARGET, PR, KEY, 'new plan');
    expect(result).toEqual({ id: 2, action: 'updated', ignored: ['octocat'] });
    expect(fake.state.comments.find((c) => c.id === 1)?.body).toContain('by a user');
  });

  it('only a comment that starts with the marker is ours: one quoting it further down is not', async () => {
    const fake = fakeGitHub({
      comments: [{ id: 1, issue: PR, author: 'octocat', body: `I saw this: ${stickyMarker(KEY)}` }],
    });
    const result = await upsertStickyComment(fake.github, TARGET, PR, KEY, 'plan');
    expect(result.action).toBe('created');
    expect(fake.state.comments).toHaveLength(2);
  });

  it("a body beyond GitHub's 65,536-character comment limit is cut with a note, not refused", async () => {
    // GitHub answers 422 "body is too long" above 65536 characters.
    const fake = fakeGitHub();
    await upsertStickyComment(fake.github, TARGET, PR, KEY, 'x'.repeat(80_000));
    const body = fake.state.comments[0]?.body ?? '';
    expect(body.length).toBeLessThanOrEqual(65_536);
    expect(body.startsWith(stickyMarker(KEY))).toBe(true);
    expect(body).toContain("more than GitHub's limit");
    // cut the same way each run: the second run does not edit it again
    const again = await upsertStickyComment(fake.github, TARGET, PR, KEY, 'x'.repeat(80_000));
    expect(again.action).toBe('unchanged');
  });

  it('a failure other than 403 on GET /user reaches the caller, and nothing is written', async () => {
    const fake = fakeGitHub();
    fake.fail('users.getAuthenticated', httpError(401, 'Bad credentials'));
    await expect(upsertStickyComment(fake.github, TARGET, PR, KEY, 'plan')).rejects.toMatchObject({ status: 401 });
    expect(fake.writes()).toEqual([]);
  });
});

describe('stickyMarker', () => {
  it('is an HTML comment that a key cannot close early', () => {
    expect(stickyMarker('plan:x')).toBe('<!-- mcp-release-kit:plan:x -->');
    const marker = stickyMarker('a-->b');
    expect(marker.match(/-->/g)).toHaveLength(1);
    expect(marker.endsWith('-->')).toBe(true);
  });
});

describe('tokenLogin', () => {
  it("a user's token is its login; an installation token (403) writes as github-actions[bot]", async () => {
    expect(await tokenLogin(fakeGitHub({ login: 'someone' }).github)).toBe('someone');
    expect(await tokenLogin(fakeGitHub({ login: undefined }).github)).toBe('github-actions[bot]');
  });
});

describe('isReadOnlyRefusal', () => {
  it('a 403 from a read-only (fork PR) token is one; a rate limit 403 or another status is not', () => {
    // https://docs.github.com/en/actions/reference/github_token-reference (fork PRs get a read-only token)
    expect(isReadOnlyRefusal(httpError(403, 'Resource not accessible by integration'))).toBe(true);
    expect(isReadOnlyRefusal(httpError(403, 'API rate limit exceeded for installation ID 1'))).toBe(false);
    expect(isReadOnlyRefusal(httpError(404, 'Not Found'))).toBe(false);
    expect(isReadOnlyRefusal(new Error('socket hang up'))).toBe(false);
  });
});

import { fitToLimit } from '../util/markdown.js';
import type { GitHub } from '../ports/github.js';
import type { GitHubTarget } from './client.js';

/** GitHub refuses issue and PR comments longer than this (422 "body is too long"). */
const COMMENT_LIMIT = 65_536;

/**
 * One comment per PR and purpose, found again by a hidden marker and edited
 * in place: a re-run never adds a second comment.
 */
export function stickyMarker(key: string): string {
  return `<!-- mcp-release-kit:${key.replace(/-->/g, '')} -->`;
}

/**
 * The login the token writes as. A user's token answers GET /user; an
 * installation token (the Actions GITHUB_TOKEN, a GitHub App's) is refused
 * there with 403 "Resource not accessible by integration"
 * (https://docs.github.com/en/rest/users/users#get-the-authenticated-user;
 * seen in actions/create-github-app-token#258), and the Actions token writes
 * as `github-actions[bot]`. A GitHub App's own token would write as
 * `<app-slug>[bot]`, which no endpoint tells an installation token: with one,
 * only `github-actions[bot]`'s comments are taken as ours.
 */
export const ACTIONS_BOT = 'github-actions[bot]';

export async function tokenLogin(github: GitHub): Promise<string> {
  try {
    return (await github.rest.users.getAuthenticated()).data.login;
  } catch (error) {
    if ((error as { status?: number }).status === 403) return ACTIONS_BOT;
    throw error;
  }
}

export interface StickyResult {
  id: number;
  action: 'created' | 'updated' | 'unchanged';
  /** Authors of comments that carry the marker but were not written by this token: left alone. */
  ignored: string[];
}

/**
 * Anyone can write our marker into a comment; editing theirs would put the
 * plan under their name (and let them choose where it goes). Only a comment
 * the token's own login wrote is ours to edit.
 */
export async function upsertStickyComment(
  github: GitHub,
  target: GitHubTarget,
  issue: number,
  key: string,
  body: string,
): Promise<StickyResult> {
  const marker = stickyMarker(key);
  const text = fitToLimit(`${marker}\n${body}`, COMMENT_LIMIT);
  const me = (await tokenLogin(github)).toLowerCase();
  const comments = await github.paginate(github.rest.issues.listComments, {
    owner: target.owner,
    repo: target.repo,
    issue_number: issue,
    per_page: 100,
  });
  const marked = comments.filter((c) => c.body?.startsWith(marker));
  const existing = marked.find((c) => c.user?.login.toLowerCase() === me);
  const ignored = [...new Set(marked.filter((c) => c !== existing).map((c) => c.user?.login ?? 'an unknown user'))];
  if (existing) {
    if (existing.body === text) return { id: existing.id, action: 'unchanged', ignored };
    await github.rest.issues.updateComment({
      owner: target.owner,
      repo: target.repo,
      comment_id: existing.id,
      body: text,
    });
    return { id: existing.id, action: 'updated', ignored };
  }
  const { data } = await github.rest.issues.createComment({
    owner: target.owner,
    repo: target.repo,
    issue_number: issue,
    body: text,
  });
  return { id: data.id, action: 'created', ignored };
}

/**
 * GitHub's answer to a write with a read-only token: 403 "Resource not
 * accessible by integration". Pull requests from forks (and Dependabot's) get
 * a GITHUB_TOKEN with at most read access, whatever the workflow asks
 * (https://docs.github.com/en/actions/reference/github_token-reference,
 * "Maximum access for pull requests from public forked repositories").
 * A 403 for a rate limit is not one.
 */
export function isReadOnlyRefusal(error: unknown): boolean {
  const e = error as { status?: number; message?: string; response?: { data?: { message?: string } } };
  const message = e.response?.data?.message ?? e.message ?? '';
  return e.status === 403 && !/rate limit/i.test(message);
}

import { fitToLimit } from '../util/markdown.js';
import type { GitHub, GitHubTarget } from './client.js';

/** GitHub refuses issue and PR comments longer than this (422 "body is too long"). */
const COMMENT_LIMIT = 65_536;

/**
 * One comment per PR and purpose, found again by a hidden marker and edited
 * in place: a re-run never adds a second comment.
 */
export function stickyMarker(key: string): string {
  return `<!-- mcp-release-kit:${key.replace(/-->/g, '')} -->`;
}

export async function upsertStickyComment(github: GitHub, target: GitHubTarget, issue: number, key: string, body: string): Promise<{ id: number; action: 'created' | 'updated' | 'unchanged' }> {
  const marker = stickyMarker(key);
  const text = fitToLimit(`${marker}\n${body}`, COMMENT_LIMIT);
  const comments = await github.paginate(github.rest.issues.listComments, { owner: target.owner, repo: target.repo, issue_number: issue, per_page: 100 });
  const existing = comments.find((c) => c.body?.startsWith(marker));
  if (existing) {
    if (existing.body === text) return { id: existing.id, action: 'unchanged' };
    await github.rest.issues.updateComment({ owner: target.owner, repo: target.repo, comment_id: existing.id, body: text });
    return { id: existing.id, action: 'updated' };
  }
  const { data } = await github.rest.issues.createComment({ owner: target.owner, repo: target.repo, issue_number: issue, body: text });
  return { id: data.id, action: 'created' };
}

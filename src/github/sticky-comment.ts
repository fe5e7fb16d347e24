import type { GitHub, GitHubTarget } from './client.js';

/**
 * One comment per PR and purpose, found again by a hidden marker and edited
 * in place: a re-run never adds a second comment.
 */
export function stickyMarker(key: string): string {
  return `<!-- mcp-release-kit:${key.replace(/-->/g, '')} -->`;
}

export async function upsertStickyComment(github: GitHub, target: GitHubTarget, issue: number, key: string, body: string): Promise<{ id: number; action: 'created' | 'updated' | 'unchanged' }> {
  const marker = stickyMarker(key);
  const text = `${marker}\n${body}`;
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

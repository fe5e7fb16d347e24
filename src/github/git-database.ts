import type { GitHub, GitHubTarget } from './client.js';

/**
 * The release commit made through GitHub's Git Database REST API instead of
 * `git commit` + `git push`: blobs, a tree on top of the head's tree, a
 * commit whose parent is the head, then a fast-forward-only ref update.
 *
 * Why: a `git commit` on a runner is unsigned, and a ruleset that requires
 * signed commits refuses it. Commits created through the API with a GitHub
 * App or Actions token are signed by GitHub and show as verified
 * (https://docs.github.com/en/rest/git/commits#create-a-commit, "Signature
 * verification object"; FACTS.md, GitHub Actions semantics).
 */
export interface FileChange {
  /** Path inside the repository, with forward slashes. */
  path: string;
  /** Git file mode: 100644, or 100755 for an executable. */
  mode: '100644' | '100755';
  content: Buffer;
}

export type ApiCommitResult =
  | { kind: 'committed'; sha: string; verified: boolean }
  /** The branch moved since `parent` (422 "Update is not a fast forward"): re-apply on the new head. */
  | { kind: 'not-fast-forward' }
  /** GitHub refused a write: status and message, for explainApiRefusal. */
  | { kind: 'refused'; status: number; message: string; step: string };

interface RequestErrorLike {
  status?: number;
  message?: string;
  response?: { data?: { message?: string } };
}

export async function commitViaApi(github: GitHub, target: GitHubTarget, input: { branch: string; parent: string; baseTree: string; changes: readonly FileChange[]; message: string }): Promise<ApiCommitResult> {
  const repo = { owner: target.owner, repo: target.repo };
  let step = 'creating the blobs';
  try {
    const tree = [];
    for (const change of input.changes) {
      const { data } = await github.rest.git.createBlob({ ...repo, content: change.content.toString('base64'), encoding: 'base64' });
      tree.push({ path: change.path, mode: change.mode, type: 'blob' as const, sha: data.sha });
    }
    step = 'creating the tree';
    const { data: newTree } = await github.rest.git.createTree({ ...repo, base_tree: input.baseTree, tree });
    step = 'creating the commit';
    // No author or committer: GitHub then makes the token's actor the author and signs the commit.
    const { data: commit } = await github.rest.git.createCommit({ ...repo, message: input.message, tree: newTree.sha, parents: [input.parent] });
    step = `updating refs/heads/${input.branch}`;
    await github.rest.git.updateRef({ ...repo, ref: `heads/${input.branch}`, sha: commit.sha, force: false });
    return { kind: 'committed', sha: commit.sha, verified: commit.verification.verified };
  } catch (error) {
    const e = error as RequestErrorLike;
    const message = e.response?.data?.message ?? e.message ?? String(error);
    if (e.status === 422 && /not a fast.?forward/i.test(message)) return { kind: 'not-fast-forward' };
    if (e.status === 401 || e.status === 403 || e.status === 404 || e.status === 409 || e.status === 422) return { kind: 'refused', status: e.status, message, step };
    throw error;
  }
}

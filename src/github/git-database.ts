import type { GitHub } from '../ports/github.js';
import type { GitHubTarget } from './client.js';

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
  | { kind: 'refused'; status: number; message: string; step: string }
  /**
   * GitHub did not answer (5xx after the retry plugin's retries, a timeout, a reset connection).
   * `branchMoved` false: the branch is known not to hold the commit (the failure came before the
   * ref update, or the ref was read back); undefined: the ref update's fate is unknown.
   */
  | { kind: 'unanswered'; message: string; step: string; branchMoved: false | undefined };

interface RequestErrorLike {
  status?: number;
  message?: string;
  response?: { data?: { message?: string } };
}

/** How long one API call may take, its retries included, before it counts as unanswered. */
export const DEFAULT_TIMEOUT_MS = 60_000;

export async function commitViaApi(
  github: GitHub,
  target: GitHubTarget,
  input: {
    branch: string;
    parent: string;
    baseTree: string;
    changes: readonly FileChange[];
    message: string;
    timeoutMs?: number;
  },
): Promise<ApiCommitResult> {
  const repo = { owner: target.owner, repo: target.repo };
  // octokit has no timeout of its own: a request GitHub never answers would hold the job until the runner's limit.
  const request = () => ({ request: { signal: AbortSignal.timeout(input.timeoutMs ?? DEFAULT_TIMEOUT_MS) } });
  let step = 'creating the blobs';
  let made: { sha: string; verified: boolean } | undefined;
  try {
    const tree = [];
    for (const change of input.changes) {
      const { data } = await github.rest.git.createBlob({
        ...repo,
        content: change.content.toString('base64'),
        encoding: 'base64',
        ...request(),
      });
      tree.push({ path: change.path, mode: change.mode, type: 'blob' as const, sha: data.sha });
    }
    step = 'creating the tree';
    const { data: newTree } = await github.rest.git.createTree({
      ...repo,
      base_tree: input.baseTree,
      tree,
      ...request(),
    });
    step = 'creating the commit';
    // No author or committer: GitHub then makes the token's actor the author and signs the commit.
    const { data: commit } = await github.rest.git.createCommit({
      ...repo,
      message: input.message,
      tree: newTree.sha,
      parents: [input.parent],
      ...request(),
    });
    made = { sha: commit.sha, verified: commit.verification.verified };
    step = `updating refs/heads/${input.branch}`;
    await github.rest.git.updateRef({
      ...repo,
      ref: `heads/${input.branch}`,
      sha: commit.sha,
      force: false,
      ...request(),
    });
    return { kind: 'committed', ...made };
  } catch (error) {
    const e = error as RequestErrorLike;
    const message = e.response?.data?.message ?? e.message ?? String(error);
    if (e.status === 422 && /not a fast.?forward/i.test(message)) return { kind: 'not-fast-forward' };
    if (e.status === 401 || e.status === 403 || e.status === 404 || e.status === 409 || e.status === 422)
      return { kind: 'refused', status: e.status, message, step };
    // Transport failures reach us as octokit RequestErrors with a status (500 for a timeout or a reset); anything else is a defect.
    if (typeof e.status !== 'number') throw error;
    const unanswered = `${e.status && e.status !== 500 ? `HTTP ${e.status} ` : ''}${message}`;
    if (!made) return { kind: 'unanswered', message: unanswered, step, branchMoved: false };
    // The ref update may have landed with its answer lost: the branch itself says which.
    const head = await github.rest.git.getRef({ ...repo, ref: `heads/${input.branch}`, ...request() }).then(
      (r) => r.data.object.sha,
      () => undefined,
    );
    if (head === made.sha) return { kind: 'committed', ...made };
    return { kind: 'unanswered', message: unanswered, step, branchMoved: head === undefined ? undefined : false };
  }
}

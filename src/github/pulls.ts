import type { GitHub } from '../ports/github.js';
import type { GitHubTarget } from './client.js';

/** What the release plan and the changelog need from a PR. */
export interface PullInfo {
  number: number;
  title: string;
  author?: string;
  labels: string[];
}

const labelNames = (labels: readonly (string | { name?: string })[]): string[] =>
  labels.map((l) => (typeof l === 'string' ? l : (l.name ?? ''))).filter(Boolean);

/** A PR by number (through the issues API: one small call that carries labels, title and author). */
export async function getPull(github: GitHub, target: GitHubTarget, number: number): Promise<PullInfo> {
  const { data } = await github.rest.issues.get({ owner: target.owner, repo: target.repo, issue_number: number });
  return { number: data.number, title: data.title, author: data.user?.login, labels: labelNames(data.labels) };
}

/**
 * The merged PR a pushed commit came from: GitHub lists the PRs associated
 * with a commit; the one whose merge commit is this commit wins, else the
 * first merged one (rebase merges).
 */
export async function mergedPullForCommit(
  github: GitHub,
  target: GitHubTarget,
  sha: string,
): Promise<PullInfo | undefined> {
  const { data } = await github.rest.repos.listPullRequestsAssociatedWithCommit({
    owner: target.owner,
    repo: target.repo,
    commit_sha: sha,
    per_page: 10,
  });
  const merged = data.filter((p) => p.merged_at);
  const pull = merged.find((p) => p.merge_commit_sha === sha) ?? merged[0];
  return pull
    ? { number: pull.number, title: pull.title, author: pull.user?.login, labels: labelNames(pull.labels) }
    : undefined;
}

export interface CheckState {
  total: number;
  passed: number;
  failed: number;
  pending: number;
}

/** The checks on a commit, summed up for the release plan (one page of 100: enough for a summary). */
export async function checkState(github: GitHub, target: GitHubTarget, sha: string): Promise<CheckState> {
  const { data } = await github.rest.checks.listForRef({
    owner: target.owner,
    repo: target.repo,
    ref: sha,
    per_page: 100,
  });
  const state: CheckState = { total: data.total_count, passed: 0, failed: 0, pending: 0 };
  for (const run of data.check_runs) {
    if (run.status !== 'completed') state.pending += 1;
    else if (['success', 'neutral', 'skipped'].includes(run.conclusion ?? '')) state.passed += 1;
    else state.failed += 1;
  }
  return state;
}

import type { Bump } from './bump.js';
import { bumpOfCommit, type ParsedCommit } from './conventional.js';

/**
 * What decided a release plan, said as a sentence a person reads in the
 * report ("labelled release:minor on PR #12", "no label: decided by the
 * commits since v1.2.0 (feat -> minor)").
 */

/** What the conventional commits since the last tag say, and which commit kind said it. */
export interface CommitsVerdict {
  bump?: Bump;
  /** The commit kind that decided: feat, fix, perf or "a breaking change". */
  because?: string;
  /** The tag the commits are counted from; none before the first release. */
  since?: string;
}

export function commitsVerdict(commits: readonly ParsedCommit[], since?: string): CommitsVerdict {
  const order: Bump[] = ['patch', 'minor', 'major'];
  let best: { bump: Bump; because: string } | undefined;
  for (const commit of commits) {
    const bump = bumpOfCommit(commit);
    if (!bump) continue;
    if (!best || order.indexOf(bump) > order.indexOf(best.bump))
      best = { bump, because: commit.breaking ? 'a breaking change' : (commit.type ?? bump) };
  }
  return { ...(best ?? {}), ...(since ? { since } : {}) };
}

/** Where the labels were read: the --labels option, or a PR. */
export interface LabelSource {
  /** labels (the --labels option), pr (the PR asked about) or merged-pr (the merged PR of the pushed commit). */
  source: 'labels' | 'pr' | 'merged-pr';
  pr?: number;
}

function labelsWhere(where: LabelSource): string {
  if (where.source === 'labels' || !where.pr) return '(given with --labels)';
  return where.source === 'merged-pr' ? `on PR #${where.pr} (merged as the pushed commit)` : `on PR #${where.pr}`;
}

/** The labels' verdict: a release label, a skip label, none, or several. */
export function labelDecisionText(
  where: LabelSource,
  decision: { kind: 'release' | 'skip' | 'none' | 'conflict'; label?: string; bump?: Bump; labels?: string[] },
): string {
  const at = labelsWhere(where);
  switch (decision.kind) {
    case 'release':
      return `labelled ${decision.label ?? '?'} ${at} -> ${decision.bump ?? 'release'}`;
    case 'skip':
      return `labelled ${decision.label ?? '?'} ${at} -> no release`;
    case 'none':
      return where.source === 'labels' || !where.pr
        ? 'no release label given with --labels -> no release'
        : `no release label on PR #${where.pr} -> no release`;
    case 'conflict':
      return `conflicting release labels ${at} (${(decision.labels ?? []).join(', ')}): keep exactly one`;
  }
}

/** No label decided: the conventional commits did, or nothing did. */
export function commitsDecisionText(verdict: CommitsVerdict, many = false): string {
  const since = many
    ? "since each package's last tag"
    : verdict.since
      ? `since ${verdict.since}`
      : 'since the first commit (no release tag yet)';
  if (verdict.bump)
    return `no release label: decided by the commits ${since} (${verdict.because ?? verdict.bump} -> ${verdict.bump})`;
  return `nothing decided it: no release label, no conventional commit (feat, fix, perf or breaking) ${since} -> no release`;
}

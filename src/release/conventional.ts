import type { Bump } from './bump.js';

/**
 * Conventional Commits, the fallback when a pushed commit has no merged PR
 * (direct pushes, or no GitHub API): `feat` is minor, `fix`/`perf` patch, `!`
 * or a `BREAKING CHANGE:` footer major; other types release nothing.
 */
export interface ParsedCommit {
  type?: string;
  scope?: string;
  breaking: boolean;
  subject: string;
  /** `(#123)` at the end of a squash-merge subject. */
  pr?: number;
}

const HEADER = /^(?<type>[a-zA-Z]+)(?:\((?<scope>[^)]*)\))?(?<bang>!)?:\s*(?<subject>.+)$/;

export function parseCommitMessage(message: string): ParsedCommit {
  const [header = '', ...body] = message.split('\n');
  const match = HEADER.exec(header.trim());
  const breakingFooter = body.some((line) => /^BREAKING[ -]CHANGE:/.test(line));
  const subject = (match?.groups?.subject ?? header).trim();
  const pr = /\(#(\d+)\)\s*$/.exec(subject);
  return {
    ...(match?.groups?.type ? { type: match.groups.type.toLowerCase() } : {}),
    ...(match?.groups?.scope ? { scope: match.groups.scope } : {}),
    breaking: Boolean(match?.groups?.bang) || breakingFooter,
    subject: pr ? subject.slice(0, pr.index).trim() : subject,
    ...(pr ? { pr: Number(pr[1]) } : {}),
  };
}

export function bumpOfCommit(commit: ParsedCommit): Bump | undefined {
  if (commit.breaking) return 'major';
  if (commit.type === 'feat') return 'minor';
  if (commit.type === 'fix' || commit.type === 'perf') return 'patch';
  return undefined;
}

const ORDER: Record<string, number> = { major: 3, minor: 2, patch: 1 };

/** The largest bump among the commits, or undefined when none releases anything. */
export function bumpOfCommits(commits: readonly ParsedCommit[]): Bump | undefined {
  let best: Bump | undefined;
  for (const commit of commits) {
    const bump = bumpOfCommit(commit);
    if (bump && (!best || (ORDER[bump] ?? 0) > (ORDER[best] ?? 0))) best = bump;
  }
  return best;
}

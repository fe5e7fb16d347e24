import type { GitHubTarget } from '../github/client.js';
import { mergedPullForCommit, type PullInfo } from '../github/pulls.js';
import type { GitHub } from '../ports/github.js';
import type { ChangeEntry } from './changelog.js';
import { parseCommitMessage } from './conventional.js';
import type { ReleaseTarget } from './release-target.js';
import { previousReleaseTag, type ExistingTag, type PreviousTag } from './tag-styles.js';

/** Release commits this tool makes: never an entry of their own. */
const RELEASE_COMMIT = /^chore\(release\):/;
/** Commits looked up on GitHub per release; beyond this, entries come from commit messages. */
const PR_LOOKUP_LIMIT = 100;

export interface GatheredEntries {
  entries: ChangeEntry[];
  since?: string;
  commits: number;
  /** How many GitHub calls were made: bounded by this release's commits, never by past releases. */
  apiCalls: number;
  /** Said when not every commit was looked up on GitHub (the bound on API calls), so the output never hides it. */
  bound?: string;
}

export function entryFromPull(pull: PullInfo): ChangeEntry {
  const parsed = parseCommitMessage(pull.title);
  return {
    title: parsed.type ? parsed.subject : pull.title,
    pr: pull.number,
    ...(pull.author ? { author: pull.author } : {}),
    labels: pull.labels,
    ...(parsed.type ? { type: parsed.type } : {}),
    breaking: parsed.breaking,
  };
}

/** The git reads it needs (the git adapter has them). */
export interface EntriesGit {
  reachableTags(cwd: string): Promise<ExistingTag[]>;
  commitsSince(
    cwd: string,
    since: string | undefined,
    paths?: readonly string[],
  ): Promise<{ sha: string; author: string; message: string }[]>;
}

/** The package's previous release tag among the tags reachable from HEAD, in any style the repository uses (release/tag-styles). */
export async function previousTag(
  git: Pick<EntriesGit, 'reachableTags'>,
  target: Pick<ReleaseTarget, 'repoRoot' | 'name' | 'relativeDir' | 'tagFormat'>,
): Promise<PreviousTag | undefined> {
  const tags = await git.reachableTags(target.repoRoot);
  return previousReleaseTag(
    {
      name: target.name,
      relativeDir: target.relativeDir,
      ...(target.tagFormat ? { tagFormat: target.tagFormat } : {}),
    },
    tags,
  );
}

/**
 * The changes since the package's last tag: one entry per merged PR when
 * GitHub can say which PR a commit came from, else one per commit (its
 * conventional-commit type, its `(#123)` reference, its author name).
 */
export async function gatherEntries(
  git: EntriesGit,
  target: ReleaseTarget,
  github?: { client: GitHub; target: GitHubTarget },
): Promise<GatheredEntries> {
  const since = (await previousTag(git, target))?.tag;
  const commits = (
    await git.commitsSince(target.repoRoot, since, target.relativeDir ? [target.relativeDir] : [])
  ).filter((c) => !RELEASE_COMMIT.test(c.message));
  const entries: ChangeEntry[] = [];
  const seenPulls = new Set<number>();
  let apiCalls = 0;
  for (const [index, commit] of commits.entries()) {
    if (github && index < PR_LOOKUP_LIMIT) {
      apiCalls += 1;
      const pull = await mergedPullForCommit(github.client, github.target, commit.sha);
      if (pull) {
        if (!seenPulls.has(pull.number)) entries.push(entryFromPull(pull));
        seenPulls.add(pull.number);
        continue;
      }
    }
    const parsed = parseCommitMessage(commit.message);
    if (parsed.pr && seenPulls.has(parsed.pr)) continue;
    if (parsed.pr) seenPulls.add(parsed.pr);
    entries.push({
      title: parsed.subject,
      ...(parsed.pr ? { pr: parsed.pr } : { sha: commit.sha.slice(0, 7) }),
      labels: [],
      ...(parsed.type ? { type: parsed.type } : {}),
      breaking: parsed.breaking,
    });
  }
  const bound =
    github && commits.length > PR_LOOKUP_LIMIT
      ? `merged PRs looked up for the newest ${PR_LOOKUP_LIMIT} of ${commits.length} commits (a bound on GitHub API calls); the older ones' entries come from their commit messages`
      : undefined;
  // Oldest first reads like a story.
  return {
    entries: entries.reverse(),
    ...(since ? { since } : {}),
    commits: commits.length,
    apiCalls,
    ...(bound ? { bound } : {}),
  };
}

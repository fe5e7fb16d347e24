import semver from 'semver';
import type { GitHub } from '../ports/github.js';
import type { GitHubTarget } from './client.js';

/**
 * The moving major tag (`v1`) that actions are used by: `uses: owner/repo@v1`
 * runs whatever `v1` points at, so each stable release moves it to its commit
 * (GitHub's advice for action versions: https://github.com/actions/toolkit/blob/main/docs/action-versioning.md,
 * and "About custom actions", https://docs.github.com/en/actions/sharing-automations/creating-actions/about-custom-actions).
 * A lightweight tag, like the version tags. Read first, written only when it
 * differs, so a re-run writes nothing.
 */
export type MajorTagOutcome = 'created' | 'moved' | 'unchanged';

/** `v1` for v1.4.0, `name@1` for name@1.4.0 (a monorepo's tags); none for a prerelease, with the reason. */
export function majorTagFor(versionTag: string, version: string): { tag: string } | { skipped: string } {
  const parsed = semver.parse(version);
  if (!parsed) return { skipped: `major tag: ${version} is not a semver version` };
  if (parsed.prerelease.length)
    return {
      skipped: `major tag not moved: ${version} is a prerelease (users of @v${parsed.major} get stable releases only)`,
    };
  const prefix = versionTag.slice(0, versionTag.length - version.length);
  return { tag: `${prefix}${parsed.major}` };
}

/** Where the tag points now: a commit sha, an annotated tag object, or nothing. */
export async function readTag(
  github: GitHub,
  target: GitHubTarget,
  tag: string,
): Promise<{ sha: string; type: string } | undefined> {
  try {
    const { data } = await github.rest.git.getRef({ owner: target.owner, repo: target.repo, ref: `tags/${tag}` });
    return { sha: data.object.sha, type: data.object.type };
  } catch (error) {
    if ((error as { status?: number }).status === 404) return undefined;
    throw error;
  }
}

/** What a run would do, for dry runs and for the note. */
export function majorTagChange(
  tag: string,
  sha: string,
  current: { sha: string; type: string } | undefined,
): { outcome: MajorTagOutcome; description: string } {
  if (!current) return { outcome: 'created', description: `create ${tag} at ${sha.slice(0, 12)}` };
  if (current.type === 'commit' && current.sha === sha)
    return { outcome: 'unchanged', description: `${tag} already at ${sha.slice(0, 12)}` };
  // An annotated tag is replaced by a lightweight one: its object sha is never the commit's.
  return {
    outcome: 'moved',
    description: `move ${tag} from ${current.sha.slice(0, 12)}${current.type === 'commit' ? '' : ` (an annotated ${current.type})`} to ${sha.slice(0, 12)}`,
  };
}

export async function ensureMajorTag(
  github: GitHub,
  target: GitHubTarget,
  tag: string,
  sha: string,
): Promise<{ outcome: MajorTagOutcome; description: string }> {
  const repo = { owner: target.owner, repo: target.repo };
  const current = await readTag(github, target, tag);
  const change = majorTagChange(tag, sha, current);
  if (change.outcome === 'unchanged') return change;
  if (change.outcome === 'created') {
    try {
      await github.rest.git.createRef({ ...repo, ref: `refs/tags/${tag}`, sha });
      return change;
    } catch (error) {
      // 422: made meanwhile (a concurrent run): read again and move it if it is elsewhere.
      if ((error as { status?: number }).status !== 422) throw error;
      const now = majorTagChange(tag, sha, await readTag(github, target, tag));
      if (now.outcome !== 'moved') return now;
      await github.rest.git.updateRef({ ...repo, ref: `tags/${tag}`, sha, force: true });
      return now;
    }
  }
  // force: a major tag moves to a newer line's commit, which need not descend from the old one.
  await github.rest.git.updateRef({ ...repo, ref: `tags/${tag}`, sha, force: true });
  return change;
}

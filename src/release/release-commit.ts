import semver from 'semver';

/**
 * The release commit names the commit it releases in a git trailer:
 *
 *   chore(release): <name>@<version>
 *
 *   Release-Of: <sha>
 *
 * "Re-run all jobs" after a failure checks out the same pushed commit
 * (GITHUB_SHA) while the branch already holds the release commit made by the
 * first attempt. Finding that commit again by its trailer lets plan and version
 * resume the release instead of bumping a second time.
 */
export const RELEASE_OF = 'Release-Of';

export function releaseSubject(name: string, version: string): string {
  return `chore(release): ${name}@${version}`;
}

export function releaseMessage(name: string, version: string, releaseOf: string | undefined): string {
  return releaseOf
    ? `${releaseSubject(name, version)}\n\n${RELEASE_OF}: ${releaseOf}\n`
    : releaseSubject(name, version);
}

/** The package and version a release commit subject names (`chore(release): <name>@<version>`), any package. Pure. */
export function releasedBySubject(subject: string): { name: string; version: string } | undefined {
  const match = /^chore\(release\): (.+)@([^@\s]+)$/.exec(subject.trim());
  if (!match || !semver.valid(match[2] as string)) return undefined;
  return { name: match[1] as string, version: match[2] as string };
}

export interface ReleaseCommit {
  sha: string;
  version: string;
}

/**
 * Pure: picks the newest commit of `git log` output (records of sha, subject,
 * Release-Of values) that releases `name` and names `releaseOf` (a full sha,
 * or an abbreviation of one, either way round).
 */
export function parseReleaseCommit(logOutput: string, name: string, releaseOf: string): ReleaseCommit | undefined {
  const prefix = `chore(release): ${name}@`;
  for (const record of logOutput.split('\x1e')) {
    const [sha = '', subject = '', trailers = ''] = record.replace(/^\n/, '').split('\x1f');
    if (!sha || !subject.startsWith(prefix)) continue;
    const version = subject.slice(prefix.length).trim();
    if (!semver.valid(version)) continue;
    const named = trailers
      .split(',')
      .map((t) => t.trim().toLowerCase())
      .filter(Boolean);
    const wanted = releaseOf.toLowerCase();
    if (named.some((t) => t.startsWith(wanted) || wanted.startsWith(t))) return { sha: sha.trim(), version };
  }
  return undefined;
}

/** The git reads the search needs (the git adapter has them). */
export interface ReleaseCommitGit {
  fetchBranch(cwd: string, branch: string): Promise<{ ok: boolean }>;
  logGrep(cwd: string, rev: string, text: string): Promise<string | undefined>;
}

/**
 * Looks on the remote branch (fetched first) for the release commit of
 * `name` made for `releaseOf`. Undefined when there is none, or when the
 * branch cannot be fetched (no remote: a local run has nothing to resume).
 */
export async function findReleaseCommit(
  git: ReleaseCommitGit,
  options: {
    cwd: string;
    branch: string;
    name: string;
    releaseOf: string;
    fetch?: boolean;
  },
): Promise<ReleaseCommit | undefined> {
  const { cwd, branch, name, releaseOf } = options;
  let rev = 'HEAD';
  if (options.fetch !== false) {
    const fetched = await git.fetchBranch(cwd, branch);
    if (!fetched.ok) return undefined;
    rev = `refs/remotes/origin/${branch}`;
  }
  const output = await git.logGrep(cwd, rev, `${RELEASE_OF}: ${releaseOf}`);
  return output === undefined ? undefined : parseReleaseCommit(output, name, releaseOf);
}

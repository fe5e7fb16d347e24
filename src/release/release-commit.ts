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

export interface NamedVersion {
  name: string;
  version: string;
}

export function releaseSubject(name: string, version: string): string {
  return releasesSubject([{ name, version }]);
}

/** One commit for several packages of a monorepo: `chore(release): @a/x@1.2.0, @a/y@0.3.1`. */
export function releasesSubject(releases: readonly NamedVersion[]): string {
  return `chore(release): ${releases.map((r) => `${r.name}@${r.version}`).join(', ')}`;
}

export function releaseMessage(name: string, version: string, releaseOf: string | undefined): string {
  return releasesMessage([{ name, version }], releaseOf);
}

export function releasesMessage(releases: readonly NamedVersion[], releaseOf: string | undefined): string {
  const subject = releasesSubject(releases);
  return releaseOf ? `${subject}\n\n${RELEASE_OF}: ${releaseOf}\n` : subject;
}

/** Every package and version a release commit subject names (one, or a monorepo's list); undefined when it is no release subject. Pure. */
export function releasesBySubject(subject: string): NamedVersion[] | undefined {
  const match = /^chore\(release\): (.+)$/.exec(subject.trim());
  if (!match) return undefined;
  const out: NamedVersion[] = [];
  // npm names hold no ", " (no spaces at all), so the list splits on it.
  for (const item of (match[1] as string).split(', ')) {
    const at = /^(.+)@([^@\s]+)$/.exec(item.trim());
    if (!at || !semver.valid(at[2] as string)) return undefined;
    out.push({ name: at[1] as string, version: at[2] as string });
  }
  return out;
}

/** The package and version a release commit subject names (`chore(release): <name>@<version>`; a monorepo's commit: its first), any package. Pure. */
export function releasedBySubject(subject: string): (NamedVersion & { releases?: NamedVersion[] }) | undefined {
  const releases = releasesBySubject(subject);
  const first = releases?.[0];
  if (!first || !releases) return undefined;
  return releases.length > 1 ? { ...first, releases } : first;
}

export interface ReleaseCommit {
  sha: string;
  version: string;
  /** Every package the commit releases (a monorepo's one commit names several). */
  releases?: NamedVersion[];
}

/**
 * Pure: picks the newest commit of `git log` output (records of sha, subject,
 * Release-Of values) that releases `name` and names `releaseOf` (a full sha,
 * or an abbreviation of one, either way round).
 */
export function parseReleaseCommit(
  logOutput: string,
  name: string | undefined,
  releaseOf: string,
): ReleaseCommit | undefined {
  for (const record of logOutput.split('\x1e')) {
    const [sha = '', subject = '', trailers = ''] = record.replace(/^\n/, '').split('\x1f');
    const releases = sha ? releasesBySubject(subject) : undefined;
    // undefined name: any release commit (a monorepo's, whichever packages it names).
    const mine = name === undefined ? releases?.[0] : releases?.find((r) => r.name === name);
    if (!mine || !releases) continue;
    const version = mine.version;
    const named = trailers
      .split(',')
      .map((t) => t.trim().toLowerCase())
      .filter(Boolean);
    const wanted = releaseOf.toLowerCase();
    if (named.some((t) => t.startsWith(wanted) || wanted.startsWith(t)))
      return { sha: sha.trim(), version, ...(releases.length > 1 ? { releases } : {}) };
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
    /** The package to find; undefined: the release commit of any packages (a monorepo's one commit). */
    name: string | undefined;
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

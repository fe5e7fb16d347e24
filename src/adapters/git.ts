import { access } from 'node:fs/promises';
import type { Settings } from '../settings/settings.js';
import { runProcess } from './process.js';

export interface GitResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

export interface GitCommit {
  sha: string;
  author: string;
  message: string;
}

/** A tag and the commit it points at (annotated tags peeled), with that commit's committer time in epoch seconds. */
export interface GitTag {
  name: string;
  commit: string;
  date: number;
}

/**
 * The git facts and changes releases need, run with argument arrays (never a
 * shell). Reads return undefined where git has no answer (no repository, no
 * tag). The commands that reach the remote (fetch, push) authenticate with the
 * job's GITHUB_TOKEN through git's environment config (never argv, never
 * .git/config), so the checkout can keep `persist-credentials: false`.
 */
export interface Git {
  repositoryRoot(cwd: string): Promise<string | undefined>;
  /** The subject line of a commit, or undefined when the commit is not in the checkout. */
  commitSubject(cwd: string, sha: string): Promise<string | undefined>;
  headCommit(cwd: string): Promise<string | undefined>;
  /** Every tag whose commit is reachable from HEAD (`git for-each-ref --merged HEAD refs/tags`); [] without a repository. */
  reachableTags(cwd: string): Promise<GitTag[]>;
  /** How many commits after the tag `since` (or all) up to HEAD touch `paths` (all commits when none), uncapped; undefined when git cannot say. */
  countCommits(cwd: string, since: string | undefined, paths?: readonly string[]): Promise<number | undefined>;
  /** Every commit after the tag `since` (or all) up to HEAD, newest first, touching `paths` when given; read in pages, never truncated unless `limit` says so. */
  commitsSince(cwd: string, since: string | undefined, paths?: readonly string[], limit?: number): Promise<GitCommit[]>;
  currentBranch(cwd: string): Promise<string | undefined>;
  /** A local git command (no credentials). */
  run(cwd: string, args: string[]): Promise<GitResult>;
  /** A git command that talks to the remote (push), authenticated with the job's token when there is one. */
  runRemote(cwd: string, args: string[]): Promise<GitResult>;
  /** Brings `origin/<branch>` up to date with the remote; false when there is no such remote or branch. */
  fetchBranch(cwd: string, branch: string): Promise<{ ok: boolean; stderr: string }>;
  /** Commits reachable from `rev` whose message contains `text` (fixed string), as sha, subject and Release-Of trailer values. */
  logGrep(cwd: string, rev: string, text: string, limit?: number): Promise<string | undefined>;
  /** A file's bytes at a commit (`rev:path`, path relative to the repository root), or undefined when the commit has no such file. */
  readAtRev(cwd: string, rev: string, relPath: string): Promise<string | undefined>;
  /** The staged entry (mode and blob sha) of each path that has one. */
  indexEntries(cwd: string, relPaths: readonly string[]): Promise<Map<string, { mode: string; sha: string }>>;
  /** The index lock git leaves behind when it is killed mid-command (or holds while it runs), if present. */
  indexLock(cwd: string): Promise<string | undefined>;
  /** The full sha a revision names (a commit), or undefined when the checkout has no such commit. */
  resolveCommit(cwd: string, rev: string): Promise<string | undefined>;
  /** The best common ancestor of two commits, or undefined (unrelated histories, a shallow clone). */
  mergeBase(cwd: string, a: string, b: string): Promise<string | undefined>;
  /** Paths (relative to the repository root, POSIX) changed between two commits, renames as both paths; undefined when git cannot tell. */
  changedPaths(cwd: string, from: string, to: string): Promise<string[] | undefined>;
}

/** The extra environment that makes git send the token to the server (empty without a token). Pure. */
export function gitAuthEnv(serverUrl: string, token: string | undefined): Record<string, string> {
  if (!token) return {};
  const basic = Buffer.from(`x-access-token:${token}`).toString('base64');
  return {
    GIT_CONFIG_COUNT: '1',
    GIT_CONFIG_KEY_0: `http.${serverUrl.replace(/\/+$/, '')}/.extraheader`,
    GIT_CONFIG_VALUE_0: `AUTHORIZATION: basic ${basic}`,
  };
}

const FIELD = '\x1f';
const RECORD = '\x1e';
/** Commits read per git log call. */
const COMMIT_PAGE = 1000;

/** The revisions after the tag `since` (fully qualified, so a branch of the same name cannot stand in) up to HEAD. */
function revRange(since: string | undefined): string[] {
  return since ? [`refs/tags/${since}..HEAD`] : ['HEAD'];
}

export function createGit(settings: Pick<Settings, 'processEnv' | 'github' | 'credentials'>): Git {
  // Local commands run in the kit's own environment; remote ones in the environment the kit was started with, plus the token.
  const remoteEnv = (): NodeJS.ProcessEnv => ({
    ...settings.processEnv,
    ...gitAuthEnv(settings.github.serverUrl, settings.credentials.gitToken),
  });
  const git = (cwd: string, args: string[], env?: NodeJS.ProcessEnv): Promise<GitResult> =>
    runProcess('git', args, { cwd, timeoutMs: 120_000, ...(env ? { env } : {}) }).catch((error: Error) => ({
      code: -1,
      stdout: '',
      stderr: error.message,
    }));

  return {
    async repositoryRoot(cwd) {
      const result = await git(cwd, ['rev-parse', '--show-toplevel']);
      return result.code === 0 ? result.stdout.trim() : undefined;
    },

    async commitSubject(cwd, sha) {
      const result = await git(cwd, ['log', '-1', '--format=%s', sha, '--']);
      return result.code === 0 ? result.stdout.trim() : undefined;
    },

    async headCommit(cwd) {
      const result = await git(cwd, ['rev-parse', 'HEAD']);
      return result.code === 0 ? result.stdout.trim() : undefined;
    },

    async reachableTags(cwd) {
      const result = await git(cwd, [
        'for-each-ref',
        '--merged=HEAD',
        `--format=%(refname)${FIELD}%(objectname)${FIELD}%(*objectname)${FIELD}%(committerdate:unix)${FIELD}%(*committerdate:unix)`,
        'refs/tags',
      ]);
      if (result.code !== 0) return [];
      return result.stdout
        .split('\n')
        .filter((line) => line.startsWith('refs/tags/'))
        .map((line) => {
          const [ref = '', object = '', peeled = '', date = '', peeledDate = ''] = line.split(FIELD);
          return {
            name: ref.slice('refs/tags/'.length),
            commit: peeled || object,
            date: Number(peeledDate || date) || 0,
          };
        });
    },

    async countCommits(cwd, since, paths = []) {
      const result = await git(cwd, ['rev-list', '--count', ...revRange(since), '--', ...paths]);
      const count = Number(result.stdout.trim());
      return result.code === 0 && Number.isInteger(count) ? count : undefined;
    },

    async commitsSince(cwd, since, paths = [], limit = Number.POSITIVE_INFINITY) {
      // Pages of git log, so a long history is read whole without one huge buffer per call.
      const commits: GitCommit[] = [];
      while (commits.length < limit) {
        const page = Math.min(COMMIT_PAGE, limit - commits.length);
        const result = await git(cwd, [
          'log',
          `--max-count=${page}`,
          `--skip=${commits.length}`,
          `--format=%H${FIELD}%an${FIELD}%B${RECORD}`,
          ...revRange(since),
          '--',
          ...paths,
        ]);
        if (result.code !== 0) break;
        const read = result.stdout
          .split(RECORD)
          .map((record) => record.replace(/^\n/, ''))
          .filter((record) => record.includes(FIELD))
          .map((record) => {
            const [sha = '', author = '', message = ''] = record.split(FIELD);
            return { sha, author, message: message.trim() };
          });
        commits.push(...read);
        if (read.length < page) break;
      }
      return commits;
    },

    async currentBranch(cwd) {
      const result = await git(cwd, ['symbolic-ref', '--quiet', '--short', 'HEAD']);
      return result.code === 0 ? result.stdout.trim() : undefined;
    },

    run: (cwd, args) => git(cwd, args),

    runRemote: (cwd, args) => git(cwd, args, remoteEnv()),

    async fetchBranch(cwd, branch) {
      const result = await git(
        cwd,
        ['fetch', '--quiet', '--no-tags', 'origin', `+refs/heads/${branch}:refs/remotes/origin/${branch}`],
        remoteEnv(),
      );
      return { ok: result.code === 0, stderr: result.stderr };
    },

    async logGrep(cwd, rev, text, limit = 20) {
      const result = await git(cwd, [
        'log',
        `--max-count=${limit}`,
        '--fixed-strings',
        `--grep=${text}`,
        `--format=%H${FIELD}%s${FIELD}%(trailers:key=Release-Of,valueonly,separator=%x2C)${RECORD}`,
        rev,
        '--',
      ]);
      return result.code === 0 ? result.stdout : undefined;
    },

    async readAtRev(cwd, rev, relPath) {
      const result = await git(cwd, ['cat-file', 'blob', `${rev}:${relPath}`]);
      return result.code === 0 ? result.stdout : undefined;
    },

    async indexEntries(cwd, relPaths) {
      const result = await git(cwd, ['ls-files', '--stage', '-z', '--', ...relPaths]);
      const entries = new Map<string, { mode: string; sha: string }>();
      for (const line of result.stdout.split('\0').filter(Boolean)) {
        const [meta = '', file = ''] = line.split('\t');
        const [mode = '', sha = ''] = meta.split(' ');
        entries.set(file, { mode, sha });
      }
      return entries;
    },

    async resolveCommit(cwd, rev) {
      // `--end-of-options`: a revision that starts with a dash is never read as an option.
      const result = await git(cwd, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${rev}^{commit}`]);
      return result.code === 0 ? result.stdout.trim() || undefined : undefined;
    },

    async mergeBase(cwd, a, b) {
      const result = await git(cwd, ['merge-base', '--end-of-options', a, b]);
      return result.code === 0 ? result.stdout.trim() || undefined : undefined;
    },

    async changedPaths(cwd, from, to) {
      const result = await git(cwd, ['diff', '--name-only', '--no-renames', '-z', '--end-of-options', from, to, '--']);
      if (result.code !== 0) return undefined;
      return result.stdout.split('\0').filter(Boolean);
    },

    async indexLock(cwd) {
      const result = await git(cwd, ['rev-parse', '--path-format=absolute', '--git-path', 'index.lock']);
      if (result.code !== 0) return undefined;
      const file = result.stdout.trim();
      return (await access(file).then(
        () => true,
        () => false,
      ))
        ? file
        : undefined;
    },
  };
}

import { access } from 'node:fs/promises';
import { runProcess } from './process.js';

/**
 * The git facts releases need, read with argument arrays (never a shell).
 * Functions return undefined where git has no answer (no repository, no tag).
 */
async function git(
  cwd: string,
  args: string[],
  env?: NodeJS.ProcessEnv,
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return runProcess('git', args, { cwd, timeoutMs: 120_000, ...(env ? { env } : {}) }).catch((error: Error) => ({
    code: -1,
    stdout: '',
    stderr: error.message,
  }));
}

export async function repositoryRoot(cwd: string): Promise<string | undefined> {
  const result = await git(cwd, ['rev-parse', '--show-toplevel']);
  return result.code === 0 ? result.stdout.trim() : undefined;
}

/** The subject line of a commit, or undefined when the commit is not in the checkout. */
export async function commitSubject(cwd: string, sha: string): Promise<string | undefined> {
  const result = await runGit(cwd, ['log', '-1', '--format=%s', sha, '--']);
  return result.code === 0 ? result.stdout.trim() : undefined;
}

export async function headCommit(cwd: string): Promise<string | undefined> {
  const result = await git(cwd, ['rev-parse', 'HEAD']);
  return result.code === 0 ? result.stdout.trim() : undefined;
}

/** The newest tag reachable from HEAD that matches the glob (e.g. `v*`, `@scope/name@*`). */
export async function lastTag(cwd: string, glob: string): Promise<string | undefined> {
  const result = await git(cwd, ['describe', '--tags', '--abbrev=0', '--match', glob, 'HEAD']);
  return result.code === 0 ? result.stdout.trim() || undefined : undefined;
}

export interface GitCommit {
  sha: string;
  author: string;
  message: string;
}

const FIELD = '\x1f';
const RECORD = '\x1e';

/** Commits after `since` (or all) up to HEAD, newest first, touching `paths` when given. */
export async function commitsSince(
  cwd: string,
  since: string | undefined,
  paths: readonly string[] = [],
  limit = 500,
): Promise<GitCommit[]> {
  const range = since ? [`${since}..HEAD`] : ['HEAD'];
  const result = await git(cwd, [
    'log',
    `--max-count=${limit}`,
    `--format=%H${FIELD}%an${FIELD}%B${RECORD}`,
    ...range,
    '--',
    ...paths,
  ]);
  if (result.code !== 0) return [];
  return result.stdout
    .split(RECORD)
    .map((record) => record.replace(/^\n/, ''))
    .filter((record) => record.includes(FIELD))
    .map((record) => {
      const [sha = '', author = '', message = ''] = record.split(FIELD);
      return { sha, author, message: message.trim() };
    });
}

export async function currentBranch(cwd: string): Promise<string | undefined> {
  const result = await git(cwd, ['symbolic-ref', '--quiet', '--short', 'HEAD']);
  return result.code === 0 ? result.stdout.trim() : undefined;
}

export async function runGit(
  cwd: string,
  args: string[],
  env?: NodeJS.ProcessEnv,
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return git(cwd, args, env);
}

/**
 * The push and fetch authenticate with the job's token through git's environment
 * config (never argv, never .git/config), so the checkout can keep
 * `persist-credentials: false`.
 */
export function gitAuthEnv(serverUrl: string, token: string | undefined): Record<string, string> {
  if (!token) return {};
  const basic = Buffer.from(`x-access-token:${token}`).toString('base64');
  return {
    GIT_CONFIG_COUNT: '1',
    GIT_CONFIG_KEY_0: `http.${serverUrl.replace(/\/+$/, '')}/.extraheader`,
    GIT_CONFIG_VALUE_0: `AUTHORIZATION: basic ${basic}`,
  };
}

/** Brings `origin/<branch>` up to date with the remote; false when there is no such remote or branch. */
export async function fetchBranch(
  cwd: string,
  branch: string,
  env?: NodeJS.ProcessEnv,
): Promise<{ ok: boolean; stderr: string }> {
  const result = await git(
    cwd,
    ['fetch', '--quiet', '--no-tags', 'origin', `+refs/heads/${branch}:refs/remotes/origin/${branch}`],
    env,
  );
  return { ok: result.code === 0, stderr: result.stderr };
}

/** Commits reachable from `rev` whose message contains `text` (fixed string), as sha, subject and Release-Of trailer values. */
export async function logGrep(cwd: string, rev: string, text: string, limit = 20): Promise<string | undefined> {
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
}

/** A file's bytes at a commit (`rev:path`, path relative to the repository root), or undefined when the commit has no such file. */
export async function readAtRev(cwd: string, rev: string, relPath: string): Promise<string | undefined> {
  const result = await git(cwd, ['cat-file', 'blob', `${rev}:${relPath}`]);
  return result.code === 0 ? result.stdout : undefined;
}

/** The staged entry (mode and blob sha) of each path that has one. */
export async function indexEntries(
  cwd: string,
  relPaths: readonly string[],
): Promise<Map<string, { mode: string; sha: string }>> {
  const result = await git(cwd, ['ls-files', '--stage', '-z', '--', ...relPaths]);
  const entries = new Map<string, { mode: string; sha: string }>();
  for (const line of result.stdout.split('\0').filter(Boolean)) {
    const [meta = '', file = ''] = line.split('\t');
    const [mode = '', sha = ''] = meta.split(' ');
    entries.set(file, { mode, sha });
  }
  return entries;
}

/** The index lock git leaves behind when it is killed mid-command (or holds while it runs), if present. */
export async function indexLock(cwd: string): Promise<string | undefined> {
  const result = await git(cwd, ['rev-parse', '--path-format=absolute', '--git-path', 'index.lock']);
  if (result.code !== 0) return undefined;
  const file = result.stdout.trim();
  return (await access(file).then(
    () => true,
    () => false,
  ))
    ? file
    : undefined;
}

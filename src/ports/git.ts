import { runProcess } from './process.js';

/**
 * The git facts releases need, read with argument arrays (never a shell).
 * Functions return undefined where git has no answer (no repository, no tag).
 */
async function git(cwd: string, args: string[], env?: NodeJS.ProcessEnv): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return runProcess('git', args, { cwd, timeoutMs: 120_000, ...(env ? { env } : {}) }).catch((error: Error) => ({ code: -1, stdout: '', stderr: error.message }));
}

export async function repositoryRoot(cwd: string): Promise<string | undefined> {
  const result = await git(cwd, ['rev-parse', '--show-toplevel']);
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
export async function commitsSince(cwd: string, since: string | undefined, paths: readonly string[] = [], limit = 500): Promise<GitCommit[]> {
  const range = since ? [`${since}..HEAD`] : ['HEAD'];
  const result = await git(cwd, ['log', `--max-count=${limit}`, `--format=%H${FIELD}%an${FIELD}%B${RECORD}`, ...range, '--', ...paths]);
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

export async function runGit(cwd: string, args: string[], env?: NodeJS.ProcessEnv): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return git(cwd, args, env);
}

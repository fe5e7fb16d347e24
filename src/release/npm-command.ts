/**
 * What the npm CLI's answers mean to a release; the npm adapter runs it.
 * Pure: no process is started here.
 */

/** Failures worth another attempt (after asking the registry whether the change already landed). */
export const TRANSIENT_NPM_ERROR = /E429|E5\d\d|ECONNRESET|ETIMEDOUT|EAI_AGAIN|ECONNREFUSED|socket hang up|network/i;

export type NpmOutcome =
  | {
      ok: true;
      stdout: string;
      /** npm failed, but the registry shows the change: npm's error. */ landedAfter?: string;
    }
  | { ok: false; error: string };

/** npm's own error lines, without its log boilerplate, the token replaced. */
export function npmError(stderr: string, token: string | undefined): string {
  const line =
    stderr
      .split('\n')
      .filter((l) => /npm error/.test(l) && !/complete log|^npm error\s*$/.test(l))
      .map((l) => l.replace(/^npm error\s*/, ''))
      .slice(0, 3)
      .join(' | ') || stderr.slice(0, 300);
  return token ? line.split(token).join('***') : line;
}

/** For showing a command to a human (dry runs, reports); never used to run one. */
export function shellQuote(arg: string): string {
  return /^[\w@%+=:,./-]+$/.test(arg) ? arg : `'${arg.replace(/'/g, "'\\''")}'`;
}

import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { RunContext } from '../commands/types.js';
import { NPM_ENV, npmInvocation } from '../adapters/npm.js';
import { runProcess } from '../adapters/process.js';

const TRANSIENT = /E429|E5\d\d|ECONNRESET|ETIMEDOUT|EAI_AGAIN|ECONNREFUSED|socket hang up|network/i;

/**
 * Run npm with the token in a temporary npmrc outside the workspace, as a
 * reference to the environment (`${NODE_AUTH_TOKEN}`), so it is never written to
 * disk. Transient failures are retried with backoff, but only after asking the
 * registry whether the change already landed.
 */
export type NpmOutcome =
  | {
      ok: true;
      stdout: string;
      /** npm failed, but the registry shows the change: npm's error. */ landedAfter?: string;
    }
  | { ok: false; error: string };

export async function runNpmWithRetries(
  args: string[],
  registry: string,
  token: string | undefined,
  context: RunContext,
  landed: () => Promise<boolean>,
): Promise<NpmOutcome> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'mcp-release-npmrc-'));
  const npmrc = path.join(dir, '.npmrc');
  try {
    const host = registry.replace(/^https?:/, '');
    await writeFile(npmrc, token ? `${host}:_authToken=\${NODE_AUTH_TOKEN}\n` : '', { mode: 0o600 });
    const npm = npmInvocation(context.parentEnv, process.platform, process.execPath);
    // npm's own retries would hide a publish that landed before its error: ours ask the registry first.
    const env = {
      ...context.parentEnv,
      ...NPM_ENV,
      npm_config_userconfig: npmrc,
      npm_config_fetch_retries: '0',
      ...(token ? { NODE_AUTH_TOKEN: token } : {}),
    };
    // Stryker disable next-line StringLiteral: equivalent, the loop runs at least once and sets it before it is read.
    let lastError = '';
    for (let attempt = 0; attempt < 3; attempt += 1) {
      if (attempt > 0) await new Promise((resolve) => setTimeout(resolve, 500 * 2 ** attempt));
      // Stryker disable next-line UnaryOperator,StringLiteral: equivalent, a process that did not start is a failure (any code but 0) with no output.
      const result = await runProcess(npm.command, [...npm.args, ...args], { cwd: dir, env, timeoutMs: 300_000 }).catch(
        (error: Error) => ({ code: -1, stdout: '', stderr: error.message, signal: null, timedOut: false }),
      );
      if (result.code === 0) return { ok: true, stdout: result.stdout };
      lastError = npmError(result.stderr, token);
      if (await landed()) return { ok: true, stdout: '', landedAfter: lastError };
      if (!TRANSIENT.test(result.stderr) && !result.timedOut) break;
    }
    return { ok: false, error: lastError };
  } finally {
    await rm(dir, {
      recursive: true,
      // Stryker disable next-line BooleanLiteral: equivalent, the folder exists (made above); force only silences a missing one.
      force: true,
    });
  }
}

function npmError(stderr: string, token: string | undefined): string {
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

import path from 'node:path';
import type { ManagerRun } from '../../ports/package-manager.js';
import { setupAdvice, type DetectedManager } from '../../workspace/package-manager.js';
import { npmInvocation } from '../npm.js';
import { runProcess } from '../process.js';

type Env = Readonly<Record<string, string | undefined>>;

export const INSTALL_TIMEOUT_MS = 15 * 60_000;
export const PACK_TIMEOUT_MS = 5 * 60_000;
export const AUDIT_TIMEOUT_MS = 2 * 60_000;

/** What every manager run gets on top of the kit's environment: no prompts, no telemetry, no update checks. */
const QUIET_ENV = {
  COREPACK_ENABLE_DOWNLOAD_PROMPT: '0',
  YARN_ENABLE_TELEMETRY: '0',
  YARN_ENABLE_PROGRESS_BARS: '0',
  DO_NOT_TRACK: '1',
  npm_config_update_notifier: 'false',
  npm_config_fund: 'false',
  NO_COLOR: '1',
  FORCE_COLOR: '0',
};

export interface Ran {
  code: number | null;
  stdout: string;
  stderr: string;
  timedOut: boolean;
}

/**
 * Run the manager's command line (program first, from PATH: settings.processEnv)
 * with an argument array. A program that is not there rejects with a message
 * naming the manager, the version the repository declares and how to set it up.
 */
export async function runManager(
  detected: DetectedManager,
  env: Env,
  argv: readonly string[],
  cwd: string,
  timeoutMs: number,
  extraEnv: Record<string, string> = {},
): Promise<Ran> {
  const [program, ...args] = argv as [string, ...string[]];
  let command = program;
  let prefix: string[] = [];
  if (program === 'npm') {
    const npm = npmInvocation(env, process.platform, process.execPath);
    command = npm.command;
    prefix = npm.args;
  }
  try {
    return await runProcess(command, [...prefix, ...args], {
      cwd,
      env: { ...env, ...QUIET_ENV, ...extraEnv },
      timeoutMs,
    });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'EACCES') throw new ManagerMissing(missingMessage(detected));
    throw error;
  }
}

/** The manager's binary is not on PATH. */
export class ManagerMissing extends Error {}

export function missingMessage(detected: DetectedManager): string {
  const declared = detected.version
    ? ` (the repository declares "packageManager": "${detected.name}@${detected.version}")`
    : detected.lockfile
      ? ` (the repository has ${detected.lockfile})`
      : '';
  return `${detected.name} is not on PATH${declared}: ${setupAdvice(detected)}`;
}

/** The lines of a failed run that say what went wrong, on one line. */
export function failureText(label: string, ran: Ran, timeoutMs: number): string {
  if (ran.timedOut) return `${label} timed out after ${Math.round(timeoutMs / 1000)} s`;
  // eslint-disable-next-line no-control-regex
  const clean = (ran.stderr + '\n' + ran.stdout).replace(/\u001b\[[0-9;]*m/g, '');
  const lines = clean
    .split('\n')
    .map((l) => l.replace(/^➤\s*/, '').trim())
    .filter((l) => l && !/^(npm )?(warn|WARN)\b/.test(l) && !/A complete log of this run|^npm error\s*$/.test(l));
  // The lines that say why (npm's "error", pnpm's ERR_PNPM_*, yarn's "would have been modified ... forbidden",
  // bun's "lockfile is frozen"), not yarn's progress lines or the lockfile diff it prints.
  const telling = lines
    .map((l) => l.replace(/^(YN\d{4}:)\s*[│┌└·]?\s*/, '$1 '))
    .filter((l) => /err|fail|forbidden|frozen|in sync|lock ?file|not found|cannot|missing|invalid/i.test(l))
    .filter((l) => !/^YN0000:/.test(l));
  const shown = (telling.length ? telling : lines.slice(-4)).slice(0, 6).join(' | ');
  const text = shown.length > 700 ? `${shown.slice(0, 700)}...` : shown;
  return `${label} failed (exit code ${String(ran.code)})${text ? `: ${text}` : ''}`;
}

/** A manager run as the port reports it; a missing binary is its message. */
export async function asRun(label: string, timeoutMs: number, work: () => Promise<Ran>): Promise<ManagerRun> {
  try {
    const ran = await work();
    return ran.code === 0 && !ran.timedOut
      ? { ok: true, output: ran.stdout }
      : { ok: false, error: failureText(label, ran, timeoutMs) };
  } catch (error) {
    if (error instanceof ManagerMissing) return { ok: false, error: error.message };
    return { ok: false, error: `${label} could not start: ${(error as Error).message}` };
  }
}

/** npm's tarball name for a package: `@scope/name` 1.0.0 -> `scope-name-1.0.0.tgz`. */
export function tarballName(name: string, version: string): string {
  return `${name.replace(/^@/, '').replace(/\//g, '-')}-${version}.tgz`;
}

/** A path the manager printed, made absolute against the folder it wrote to. */
export function absoluteIn(outDir: string, file: string): string {
  return path.isAbsolute(file) ? file : path.join(outDir, file);
}

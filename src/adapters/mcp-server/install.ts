import { mkdir, mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { INSTALL_FOLDER_MANIFEST, REBUILD_ARGS, type NpmRun, type SandboxedRun } from '../../smoke/install.js';
import { launchCommand } from '../../smoke/sandbox.js';
import { NPM_ENV, npmInvocation } from '../npm.js';
import { runProcess } from '../process.js';
import { prepareSandboxFolders } from './sandbox.js';

export { binLauncher } from './launcher.js';

/*
 * The smoke install's I/O: a work folder, npm run with the kit's environment
 * (pack, install: never a script), npm rebuild run in the server's sandbox
 * with the server's environment (install scripts are as untrusted as the
 * server). What to run and what the output means: src/smoke/install.ts.
 */

const INSTALL_TIMEOUT_MS = 300_000;

export async function makeWorkDir(): Promise<string> {
  return mkdtemp(path.join(os.tmpdir(), 'mcp-release-smoke-'));
}

export async function removeWorkDir(dir: string): Promise<void> {
  await rm(dir, { recursive: true, force: true, maxRetries: 3 });
}

/** An empty folder with a package.json of its own, to install the tarball into. */
export async function prepareInstallFolder(installDir: string): Promise<void> {
  await mkdir(installDir, { recursive: true });
  await writeFile(path.join(installDir, 'package.json'), `${JSON.stringify(INSTALL_FOLDER_MANIFEST)}\n`);
}

/** npm with the kit's environment (quiet, non-interactive), for pack and install. */
export async function runNpm(args: readonly string[], cwd: string, env: NodeJS.ProcessEnv): Promise<NpmRun> {
  const invocation = npmInvocation(env, process.platform, process.execPath);
  try {
    const result = await runProcess(invocation.command, [...invocation.args, ...args], {
      cwd,
      env: { ...env, ...NPM_ENV },
      timeoutMs: INSTALL_TIMEOUT_MS,
    });
    if (result.timedOut) return { ok: false, output: `npm ${args[0]} timed out after ${INSTALL_TIMEOUT_MS / 1000} s` };
    return {
      ok: result.code === 0,
      output: result.code === 0 ? result.stdout : `${result.stderr}\n${result.stdout}`.trim(),
    };
  } catch (error) {
    return { ok: false, output: (error as Error).message };
  }
}

/**
 * `npm rebuild` inside the server's sandbox with the server's environment:
 * the install scripts of what was installed run as untrusted as the server.
 */
export async function rebuildInSandbox(
  installDir: string,
  workDir: string,
  sandboxed: SandboxedRun,
  kitEnv: NodeJS.ProcessEnv,
): Promise<NpmRun> {
  await prepareSandboxFolders(sandboxed.sandbox, workDir, sandboxed.folders);
  const invocation = npmInvocation(kitEnv, process.platform, process.execPath);
  const env = { ...sandboxed.env, ...NPM_ENV, npm_config_cache: path.join(sandboxed.folders.home, '.npm') };
  const launch = launchCommand(sandboxed.sandbox, {
    command: invocation.command,
    args: [...invocation.args, ...REBUILD_ARGS],
    env,
    cwd: installDir,
    hide: sandboxed.hide,
    report: path.join(workDir, 'init-install.json'),
    nodePath: process.execPath,
  });
  try {
    const result = await runProcess(launch.command, launch.args, {
      cwd: installDir,
      env: launch.env,
      timeoutMs: INSTALL_TIMEOUT_MS,
    });
    if (result.timedOut) return { ok: false, output: `npm rebuild timed out after ${INSTALL_TIMEOUT_MS / 1000} s` };
    return { ok: result.code === 0, output: `${result.stderr}\n${result.stdout}`.trim() };
  } catch (error) {
    return { ok: false, output: (error as Error).message };
  }
}

/** Whether a path names an existing file or folder. */
export async function pathKind(p: string): Promise<'dir' | 'file' | undefined> {
  const info = await stat(p).catch(() => undefined);
  return info ? (info.isDirectory() ? 'dir' : 'file') : undefined;
}

import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';

/**
 * Start a program in its own process group (POSIX), so that the server and every
 * process it starts can be signalled together and none is left behind.
 */
export function spawnGroup(command: string, args: readonly string[], options: { cwd: string; env: NodeJS.ProcessEnv }): ChildProcessWithoutNullStreams {
  return spawn(command, args, {
    cwd: options.cwd,
    env: options.env,
    stdio: ['pipe', 'pipe', 'pipe'],
    shell: false,
    windowsHide: true,
    detached: process.platform !== 'win32',
  });
}

/** Signal the whole group; falls back to the process itself where groups do not exist. */
export function signalGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    if (process.platform === 'win32') process.kill(pid, signal);
    else process.kill(-pid, signal);
  } catch {
    // ESRCH: already gone.
  }
}

/** True while any process of the group is alive (including zombies not yet reaped). */
export function groupAlive(pid: number): boolean {
  try {
    process.kill(process.platform === 'win32' ? pid : -pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Wait until `done()` or the deadline; true when done. */
export async function waitFor(done: () => boolean, ms: number, stepMs = 25): Promise<boolean> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (done()) return true;
    await sleep(stepMs);
  }
  return done();
}

import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

/**
 * Start a program in its own process group (POSIX), so that the server and every
 * process it starts can be signalled together and none is left behind.
 */
export function spawnGroup(
  command: string,
  args: readonly string[],
  options: { cwd: string; env: NodeJS.ProcessEnv },
): ChildProcessWithoutNullStreams {
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

/**
 * The server started by the sandbox's init: the first child of the process
 * whose arguments carry the init marker, found below `rootPid` by reading
 * /proc (Linux). Signals go to it directly: the launcher above it (sudo,
 * unshare) may belong to root, and killing it would tear the namespace down
 * before the server could shut down on its own.
 */
export function findSandboxedServer(rootPid: number, initMarker: string): number | undefined {
  const children = new Map<number, number[]>();
  let entries: string[];
  try {
    entries = readdirSync('/proc').filter((p) => /^\d+$/.test(p));
  } catch {
    return undefined;
  }
  for (const entry of entries) {
    const stat = readProc(`/proc/${entry}/stat`);
    const ppid = stat ? parentPidInStat(stat) : NaN;
    if (Number.isFinite(ppid)) children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
  }
  const queue = [rootPid];
  for (let i = 0; i < queue.length && i < 64; i += 1) {
    const pid = queue[i] as number;
    if (readProc(`/proc/${pid}/cmdline`)?.split('\0').includes(initMarker)) return children.get(pid)?.[0];
    queue.push(...(children.get(pid) ?? []));
  }
  return undefined;
}

/** `/proc/<pid>/stat` is `pid (comm) state ppid ...`; comm may hold spaces and parentheses, so read after the last ')'. */
export function parentPidInStat(stat: string): number {
  return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
}

function readProc(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}

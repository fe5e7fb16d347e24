import { access, chmod, constants, lchown, mkdir, readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { PrivateFolders } from '../../smoke/environment.js';
import {
  NOBODY,
  setprivFlags,
  unshareFlags,
  type Sandbox,
  type SandboxPolicy,
  type SandboxVia,
} from '../../smoke/sandbox.js';
import { credentialNames } from '../../util/credential-names.js';
import { runProcess } from '../process.js';
import { parentPidInStat } from './process-group.js';

/*
 * The sandbox a server runs in, on this machine: which one it gives (probed
 * once), the folders the server gets, and what a server without one could
 * read. How a sandboxed server is launched is pure: src/smoke/sandbox.ts.
 */

let probed: Promise<Sandbox> | undefined;

/**
 * The strongest sandbox this machine gives, found by trying each (a few
 * milliseconds each, once per process). `off` asks for the environment-only
 * level on purpose (a server that must see the real home, say).
 */
export function findSandbox(policy: SandboxPolicy, env: NodeJS.ProcessEnv): Promise<Sandbox> {
  if (policy === 'off') return Promise.resolve({ kind: 'environment', reason: 'smoke.sandbox is off' });
  probed ??= probe(env);
  return probed;
}

async function probe(env: NodeJS.ProcessEnv): Promise<Sandbox> {
  if (process.platform !== 'linux') return { kind: 'environment', reason: `no PID namespaces on ${process.platform}` };
  const [unshare, setpriv, mount, sudo] = await Promise.all(
    ['unshare', 'setpriv', 'mount', 'sudo'].map((name) => which(name, env)),
  );
  if (!unshare || !setpriv)
    return { kind: 'environment', reason: 'util-linux `unshare`/`setpriv` not found', ...(setpriv ? { setpriv } : {}) };
  const uid = process.getuid?.() ?? -1;
  const gid = process.getgid?.() ?? -1;
  const tries: { via: SandboxVia; sandbox: Sandbox }[] = [];
  const base = { kind: 'namespace' as const, unshare, setpriv, ...(mount ? { mount } : {}) };
  if (uid === 0) tries.push({ via: 'root', sandbox: { ...base, via: 'root', serverUid: NOBODY, serverGid: NOBODY } });
  else {
    tries.push({ via: 'user-namespace', sandbox: { ...base, via: 'user-namespace' } });
    if (sudo) tries.push({ via: 'sudo', sandbox: { ...base, via: 'sudo', sudo, serverUid: uid, serverGid: gid } });
  }
  const refusals: string[] = [];
  for (const { via, sandbox } of tries) {
    const problem = await tryStart(sandbox as Extract<Sandbox, { kind: 'namespace' }>, env);
    if (!problem) return sandbox;
    refusals.push(`${via}: ${problem}`);
  }
  return { kind: 'environment', reason: `no namespace could be made (${refusals.join('; ')})`, setpriv };
}

/** Start `node -e 0` the way a server would be started; undefined when it ran. */
async function tryStart(
  sandbox: Extract<Sandbox, { kind: 'namespace' }>,
  env: NodeJS.ProcessEnv,
): Promise<string | undefined> {
  const argv = [
    sandbox.unshare,
    ...unshareFlags(sandbox.via),
    '--',
    ...setprivFlags(sandbox),
    '--',
    process.execPath,
    '-e',
    '0',
  ];
  const full = sandbox.via === 'sudo' ? [sandbox.sudo as string, '-n', ...argv] : argv;
  try {
    const result = await runProcess(full[0] as string, full.slice(1), {
      env: { PATH: env.PATH ?? '' },
      timeoutMs: 10_000,
    });
    return result.code === 0 ? undefined : (result.stderr.trim().split('\n')[0] ?? `exit ${result.code}`).slice(0, 200);
  } catch (error) {
    return (error as Error).message;
  }
}

/** An executable on PATH, or in the system folders sudo's secure_path uses. */
async function which(name: string, env: NodeJS.ProcessEnv): Promise<string | undefined> {
  const dirs = [...(env.PATH ?? '').split(path.delimiter), '/usr/sbin', '/usr/bin', '/sbin', '/bin'];
  for (const dir of dirs) {
    if (!dir || !path.isAbsolute(dir)) continue;
    const file = path.join(dir, name);
    if (
      await access(file, constants.X_OK).then(
        () => true,
        () => false,
      )
    )
      return file;
  }
  return undefined;
}

/**
 * The server's own home and temp folder; and when the sandbox runs the server
 * as another user (a root kit runs it as nobody), the work folder handed over
 * to that user: it runs its own installed package and writes only there.
 */
export async function prepareSandboxFolders(
  sandbox: Sandbox,
  workDir: string,
  ...folders: PrivateFolders[]
): Promise<void> {
  await Promise.all(folders.flatMap((f) => [f.home, f.tmp]).map((dir) => mkdir(dir, { recursive: true })));
  if (sandbox.kind !== 'namespace' || sandbox.serverUid === undefined || sandbox.serverUid === process.getuid?.())
    return;
  const uid = sandbox.serverUid;
  const gid = sandbox.serverGid ?? uid;
  // mkdtemp made it 0700: the server's user must be able to enter it.
  await chmod(workDir, 0o755);
  // Every entry, a batch at a time (an installed node_modules has thousands: one by one is on the smoke's critical path).
  const entries = await readdir(workDir, { recursive: true });
  for (let i = 0; i < entries.length; i += CHOWN_BATCH)
    await Promise.all(entries.slice(i, i + CHOWN_BATCH).map((entry) => lchown(path.join(workDir, entry), uid, gid)));
}

const CHOWN_BATCH = 64;

/**
 * A root kit runs the server as nobody, who must be able to walk down to the
 * work folder. When a folder above it is closed to others (a TMPDIR made with
 * mode 0700, say), the server runs as root without capabilities instead, and
 * the report says why.
 */
export async function sandboxForFolder(
  sandbox: Sandbox,
  workDir: string,
): Promise<{ sandbox: Sandbox; note?: string }> {
  if (sandbox.kind !== 'namespace' || sandbox.via !== 'root' || sandbox.serverUid === undefined) return { sandbox };
  for (let dir = path.dirname(workDir); ; dir = path.dirname(dir)) {
    const info = await stat(dir).catch(() => undefined);
    if (info && (info.mode & 0o001) === 0 && info.uid !== sandbox.serverUid) {
      const { serverUid: _uid, serverGid: _gid, ...asRoot } = sandbox;
      return {
        sandbox: asRoot,
        note: `the server ran as root without capabilities, not as nobody: ${dir} is closed to other users`,
      };
    }
    if (dir === path.dirname(dir)) return { sandbox };
  }
}

/** `/proc/<pid>/environ` as a record (NUL-separated KEY=VALUE). */
export function parseEnviron(text: string): Record<string, string> {
  const env: Record<string, string> = {};
  for (const entry of text.split('\0')) {
    const eq = entry.indexOf('=');
    if (eq > 0) env[entry.slice(0, eq)] = entry.slice(eq + 1);
  }
  return env;
}

/**
 * Where a server running as the same user, without a namespace, could read
 * credentials: the kit's own environment, and each ancestor's initial
 * environment (what /proc/<pid>/environ shows, whatever the process changed
 * since). Linux only; elsewhere only the kit's own.
 */
export async function credentialsInReach(ownEnv: NodeJS.ProcessEnv): Promise<string[]> {
  const found: string[] = [];
  const own = credentialNames(ownEnv);
  if (own.length) found.push(`the kit's environment holds ${own.join(', ')}`);
  if (process.platform !== 'linux') return found;
  let pid = process.ppid;
  for (let depth = 0; pid > 1 && depth < 32; depth += 1) {
    const environ = await readFile(`/proc/${pid}/environ`, 'latin1').catch(() => undefined);
    const stat = await readFile(`/proc/${pid}/stat`, 'utf8').catch(() => undefined);
    const names = environ === undefined ? [] : credentialNames(parseEnviron(environ));
    if (names.length)
      found.push(
        `its ancestor ${stat ? stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')')) : 'process'} (pid ${pid}) holds ${names.join(', ')}`,
      );
    if (!stat) break;
    pid = parentPidInStat(stat);
  }
  return found;
}

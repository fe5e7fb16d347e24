import { access, constants } from 'node:fs/promises';
import path from 'node:path';
import { runProcess } from '../adapters/process.js';
import { NOBODY, setprivFlags, unshareFlags, type Sandbox, type SandboxVia } from './sandbox.js';

export type SandboxPolicy = 'auto' | 'required' | 'off';

let probed: Promise<Sandbox> | undefined;

/**
 * The strongest sandbox this machine gives, found by trying each (a few
 * milliseconds each, once per process). `off` asks for the environment-only
 * level on purpose (a server that must see the real home, say).
 */
export function findSandbox(policy: SandboxPolicy, env: NodeJS.ProcessEnv = process.env): Promise<Sandbox> {
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
    const problem = await tryStart(sandbox as Extract<Sandbox, { kind: 'namespace' }>);
    if (!problem) return sandbox;
    refusals.push(`${via}: ${problem}`);
  }
  return { kind: 'environment', reason: `no namespace could be made (${refusals.join('; ')})`, setpriv };
}

/** Start `node -e 0` the way a server would be started; undefined when it ran. */
async function tryStart(sandbox: Extract<Sandbox, { kind: 'namespace' }>): Promise<string | undefined> {
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
      env: { PATH: process.env.PATH ?? '' },
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

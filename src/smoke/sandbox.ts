import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { SANDBOX_INIT_MARKER, SANDBOX_INIT_SOURCE, type SandboxInitConfig } from './sandbox-init.js';

/**
 * How an untrusted server (and its install scripts) is started, strongest first:
 *
 * - `namespace`: its own PID and mount namespace (util-linux `unshare`), a fresh
 *   /proc that shows only its own processes (so it cannot read the kit's
 *   environment, or any ancestor's, from /proc/<pid>/environ), the user's home,
 *   the workspace and the runner's temp folder covered with empty tmpfs, no
 *   capabilities and no new privileges (`setpriv --nnp`: sudo and setuid
 *   programs do not elevate), and everything it started killed with it.
 *   Reached as an unprivileged user namespace, through passwordless `sudo`
 *   (GitHub's Ubuntu runners, where AppArmor restricts unprivileged user
 *   namespaces), or directly when the kit runs as root (the server then runs
 *   as `nobody`).
 * - `environment`: no sandbox available (not Linux, no util-linux, namespaces
 *   refused). The server gets only a scrubbed environment and a temporary
 *   HOME; any process of the same user can still read the kit's environment
 *   from /proc, so the report says so when the kit holds credentials.
 */
export type SandboxVia = 'user-namespace' | 'sudo' | 'root';

/** smoke.sandbox: the strongest available (auto), a namespace or nothing (required), or none on purpose (off). */
export type SandboxPolicy = 'auto' | 'required' | 'off';

export type Sandbox =
  | {
      kind: 'namespace';
      via: SandboxVia;
      unshare: string;
      setpriv: string;
      mount?: string;
      sudo?: string;
      serverUid?: number;
      serverGid?: number;
    }
  | { kind: 'environment'; reason: string; setpriv?: string };

/** `nobody`: the user a root kit runs servers as. */
export const NOBODY = 65534;

/** What the report says about the isolation in force. */
export function describeSandbox(sandbox: Sandbox): string {
  if (sandbox.kind === 'environment')
    return `environment only (${sandbox.reason}): the server got a scrubbed environment and a temporary HOME, but ran as the same user, who can read other processes' environments from /proc`;
  const how = {
    'user-namespace': 'an unprivileged user namespace',
    sudo: 'sudo',
    root:
      sandbox.serverUid === undefined ? 'root, the server as root without capabilities' : 'root, the server as nobody',
  }[sandbox.via];
  return `own PID and mount namespace (${how}): the server saw only its own processes, ran with no capabilities and no new privileges, and everything it started was killed with it`;
}

export interface LaunchRequest {
  command: string;
  args: readonly string[];
  env: Record<string, string>;
  cwd: string;
  /** Folders the server must not see (hidden under tmpfs in a namespace). */
  hide: readonly string[];
  /** Where the init process writes what it found. */
  report: string;
  nodePath: string;
}

export interface Launch {
  command: string;
  args: string[];
  /** The environment of the launcher itself: the server's, never the kit's. */
  env: NodeJS.ProcessEnv;
}

/** The argv that starts the server inside the sandbox (pure). */
export function launchCommand(
  sandbox: Sandbox,
  request: LaunchRequest,
  random = () => randomBytes(12).toString('hex'),
): Launch {
  const marker = `MCP_RELEASE_SMOKE_SESSION=${random()}`;
  const config: SandboxInitConfig = {
    command: request.command,
    args: request.args,
    env: request.env,
    cwd: request.cwd,
    setpriv: setprivFlags(sandbox),
    // Stryker disable next-line ConditionalExpression,LogicalOperator,EqualityOperator: only a namespace sandbox has a mount path; an environment one has none to pass, so every variant gives the same config.
    ...(sandbox.kind === 'namespace' && sandbox.mount ? { mount: sandbox.mount } : {}),
    hide: sandbox.kind === 'namespace' ? request.hide : [],
    namespace: sandbox.kind === 'namespace',
    marker,
    report: request.report,
  };
  const init = [request.nodePath, '-e', SANDBOX_INIT_SOURCE, SANDBOX_INIT_MARKER, JSON.stringify(config)];
  if (sandbox.kind === 'environment') return { command: init[0] as string, args: init.slice(1), env: request.env };
  const unshare = [sandbox.unshare, ...unshareFlags(sandbox.via), '--', ...init];
  const argv = sandbox.via === 'sudo' ? [sandbox.sudo as string, '-n', ...unshare] : unshare;
  return { command: argv[0] as string, args: argv.slice(1), env: request.env };
}

/** A PID namespace with its own /proc; a user namespace when we are neither root nor sudo. */
export function unshareFlags(via: SandboxVia): string[] {
  return [...(via === 'user-namespace' ? ['--map-root-user'] : []), '--pid', '--fork', '--mount-proc', '--kill-child'];
}

/** No capabilities, no new privileges (setuid programs such as sudo do not elevate), and another user when we can. */
export function setprivFlags(sandbox: Sandbox): string[] {
  if (!sandbox.setpriv) return [];
  const drop = ['--nnp', '--inh-caps=-all', '--bounding-set=-all'];
  if (sandbox.kind === 'namespace' && sandbox.serverUid !== undefined) {
    return [
      sandbox.setpriv,
      `--reuid=${sandbox.serverUid}`,
      `--regid=${sandbox.serverGid ?? sandbox.serverUid}`,
      '--clear-groups',
      ...drop,
    ];
  }
  // Without a namespace we are an ordinary user: only --nnp is ours to set.
  return sandbox.kind === 'namespace' ? [sandbox.setpriv, ...drop] : [sandbox.setpriv, '--nnp'];
}

/**
 * Folders hidden from the server: the user's home, the repository the kit runs
 * in, and the runner's workspace and temp folder (credentials persisted by
 * actions/checkout, npmrc files, the runner's file commands). A folder that
 * holds something the server needs (its install folder, node itself) stays.
 */
export function foldersToHide(candidates: readonly (string | undefined)[], needed: readonly string[]): string[] {
  const inside = (child: string, parent: string) => {
    const rel = path.relative(parent, child);
    // '' (the folder itself) counts as inside.
    return !rel.startsWith('..') && !path.isAbsolute(rel);
  };
  const out: string[] = [];
  for (const candidate of candidates) {
    if (!candidate || !path.isAbsolute(candidate) || candidate === path.parse(candidate).root) continue;
    const dir = path.resolve(candidate);
    if (needed.some((n) => inside(n, dir)) || out.some((o) => inside(dir, o))) continue;
    for (let i = out.length - 1; i >= 0; i -= 1) if (inside(out[i] as string, dir)) out.splice(i, 1);
    out.push(dir);
  }
  return out;
}

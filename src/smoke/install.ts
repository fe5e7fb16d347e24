import type { PrivateFolders } from './environment.js';
import type { Sandbox } from './sandbox.js';

/**
 * Installing a package the way a user's `npx` would, as data and decisions:
 * which npm commands to run, what their output means, which bin starts the
 * server. The smoke command runs the steps through the MCP server adapter.
 */
export type SmokeTarget =
  | { kind: 'dir'; dir: string }
  | { kind: 'tarball'; file: string }
  | { kind: 'spec'; spec: string };

export interface InstallOptions {
  registry?: string;
  installScripts: boolean;
  /** Bin name from --bin / smoke.bin. */
  bin?: string;
  /** Where install scripts run when they are allowed: the server's sandbox, with its environment. */
  sandboxed?: SandboxedRun;
}

/** A program run the way the server runs: in its sandbox, with its environment and folders. */
export interface SandboxedRun {
  sandbox: Sandbox;
  hide: readonly string[];
  folders: PrivateFolders;
  env: Record<string, string>;
}

export type InstallFailure = {
  ok: false;
  rule:
    | 'smoke/install-failed'
    | 'smoke/bin-not-found'
    | 'pack/unresolved-protocol'
    | 'pack/unbuilt'
    | 'pack/unsafe-name';
  message: string;
  evidence?: string;
  fix?: string;
  manifest?: Record<string, unknown>;
  /** Further findings of the same step (the packed check finds one per unresolved dependency). */
  more?: { rule: InstallFailure['rule']; message: string; fix?: string }[];
};

export type InstallOutcome = { ok: true; server: InstalledServer } | InstallFailure;

export interface InstalledServer {
  /** The installed package's package.json. */
  manifest: Record<string, unknown>;
  binName: string;
  /** What to spawn: the bin as `npx` runs it. */
  command: string;
  args: string[];
  /** A folder the server may use as its working directory (the install folder). */
  cwd: string;
  tarball: string;
}

/** The outcome of one npm run: stdout when it worked, stderr and stdout when it did not. */
export interface NpmRun {
  ok: boolean;
  output: string;
}

/** The package.json of the empty folder the tarball is installed into. */
export const INSTALL_FOLDER_MANIFEST = { name: 'mcp-release-smoke-install', version: '0.0.0', private: true };

/** `npm pack` of a folder or a registry spec into the work folder, without lifecycle scripts. */
export function packArgs(
  target: Exclude<SmokeTarget, { kind: 'tarball' }>,
  workDir: string,
  registry: string | undefined,
): string[] {
  const spec = target.kind === 'dir' ? target.dir : target.spec;
  const args = ['pack', spec, '--json', '--ignore-scripts', '--pack-destination', workDir];
  if (target.kind === 'spec' && registry) args.push('--registry', registry);
  return args;
}

/**
 * Production dependencies only, no lockfile, and no scripts: when allowed, they run after, in the sandbox.
 * `alongside`: tarballs of workspace packages the server needs, installed in the same run so npm
 * takes them from there and never asks the registry for them.
 */
export function installArgs(
  tarball: string,
  registry: string | undefined,
  alongside: readonly string[] = [],
): string[] {
  const args = [
    'install',
    tarball,
    ...alongside,
    '--omit=dev',
    '--no-audit',
    '--no-fund',
    '--no-package-lock',
    '--loglevel=error',
    '--ignore-scripts',
  ];
  if (registry) args.push('--registry', registry);
  return args;
}

/** Dependency fields a user's install follows (devDependencies never reach it). */
const RUNTIME_FIELDS = ['dependencies', 'optionalDependencies', 'peerDependencies'] as const;

/** The names a package needs at run time, less those it bundles (they ride inside its tarball). */
export function runtimeDependencyNames(manifest: Record<string, unknown>): string[] {
  const bundled = manifest.bundleDependencies ?? manifest.bundledDependencies;
  const inside = new Set(Array.isArray(bundled) ? bundled.filter((b): b is string => typeof b === 'string') : []);
  const names = new Set<string>();
  for (const field of RUNTIME_FIELDS) {
    const deps = manifest[field];
    if (!deps || typeof deps !== 'object' || Array.isArray(deps)) continue;
    for (const name of Object.keys(deps)) if (bundled !== true && !inside.has(name)) names.add(name);
  }
  return [...names];
}

/**
 * The workspace packages a package needs at run time, matched by name among
 * the workspace's members, transitively (each once, in the order found; the
 * package itself never).
 */
export function internalDependencies<M extends { name: string | undefined; manifest: Record<string, unknown> }>(
  manifest: Record<string, unknown>,
  members: readonly M[],
): M[] {
  const byName = new Map(members.filter((m) => m.name !== undefined).map((m) => [m.name as string, m]));
  const self = typeof manifest.name === 'string' ? manifest.name : undefined;
  const found: M[] = [];
  const seen = new Set<string>(self ? [self] : []);
  const queue = [manifest];
  for (let next = queue.shift(); next; next = queue.shift())
    for (const name of runtimeDependencyNames(next)) {
      const member = byName.get(name);
      if (!member || seen.has(name)) continue;
      seen.add(name);
      found.push(member);
      queue.push(member.manifest);
    }
  return found;
}

/** `npm rebuild` runs the preinstall/install/postinstall scripts of what was installed. */
export const REBUILD_ARGS = ['rebuild', '--foreground-scripts', '--loglevel=error'];

/** The name and file name `npm pack --json` reports, or undefined when its output says neither. */
export function packedTarball(output: string): { name: string; filename: string } | undefined {
  let first: Record<string, unknown> | undefined;
  try {
    first = (JSON.parse(output.slice(output.indexOf('['))) as Record<string, unknown>[])[0];
  } catch {
    return undefined;
  }
  const name = first?.name;
  const filename = first?.filename;
  return typeof name === 'string' && typeof filename === 'string' ? { name, filename } : undefined;
}

/** Why a folder or a spec could not be packed. */
export function packFailure(
  target: Exclude<SmokeTarget, { kind: 'tarball' }>,
  registry: string | undefined,
  output: string,
): InstallFailure {
  const what =
    target.kind === 'dir' ? `npm pack of ${target.dir}` : `fetching ${target.spec} from ${registry ?? 'the registry'}`;
  return {
    ok: false,
    rule: 'smoke/install-failed',
    message: `${what} failed: ${firstLine(output)}`,
    evidence: tailLines(output),
  };
}

export function installFailure(output: string): InstallFailure {
  return {
    ok: false,
    rule: 'smoke/install-failed',
    message: `npm install of the tarball failed: ${firstLine(output)}`,
    evidence: tailLines(output),
  };
}

export function installScriptsFailure(output: string): InstallFailure {
  return {
    ok: false,
    rule: 'smoke/install-failed',
    message: `the install scripts failed (npm rebuild in the smoke sandbox): ${firstLine(output)}`,
    evidence: tailLines(output),
  };
}

/** bin name -> target, normalised the way npm installs them. */
export function binNames(manifest: Record<string, unknown>): Map<string, string> {
  const bin = manifest.bin;
  const name = typeof manifest.name === 'string' ? manifest.name : '';
  if (typeof bin === 'string') return new Map([[name.replace(/^@[^/]+\//, ''), bin]]);
  if (bin && typeof bin === 'object')
    return new Map(
      Object.entries(bin as Record<string, unknown>).filter((e): e is [string, string] => typeof e[1] === 'string'),
    );
  return new Map();
}

/** One bin: that one. Several: the requested one, else the one named like the package. */
export function chooseBin(
  bins: Map<string, string>,
  packageName: string,
  requested?: string,
): { ok: true; name: string } | { ok: false; message: string } {
  const names = [...bins.keys()];
  if (requested)
    return bins.has(requested)
      ? { ok: true, name: requested }
      : {
          ok: false,
          message: `bin "${requested}" not found; the package has ${names.length ? names.map((n) => `"${n}"`).join(', ') : 'no bin'}`,
        };
  if (names.length === 0) return { ok: false, message: 'the package has no bin, so `npx` cannot start it' };
  if (names.length === 1) return { ok: true, name: names[0] as string };
  const unscoped = packageName.replace(/^@[^/]+\//, '');
  if (bins.has(unscoped)) return { ok: true, name: unscoped };
  return {
    ok: false,
    message: `the package has several bins (${names.join(', ')}) and none is named "${unscoped}"; choose one with --bin or smoke.bin`,
  };
}

function firstLine(text: string): string {
  return (
    text
      .split('\n')
      .map((l) => l.trim())
      .find((l) => l && !/^npm (warn|WARN)/.test(l)) ?? 'no output'
  ).slice(0, 300);
}

function tailLines(text: string, lines = 12): string {
  return text
    .split('\n')
    .filter((l) => !/^npm warn Unknown user config/.test(l))
    .slice(-lines)
    .join('\n');
}

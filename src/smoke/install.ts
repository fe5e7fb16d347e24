import { mkdir, mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { NPM_ENV, npmInvocation } from '../adapters/npm.js';
import { runProcess } from '../adapters/process.js';
import { inspectTarball } from '../release/tarball.js';
import { readJsonObject } from '../util/read-json.js';
import type { PrivateFolders } from './environment.js';
import { prepareSandboxFolders } from './sandbox-folders.js';
import { launchCommand, type Sandbox } from './sandbox.js';

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
  sandboxed?: { sandbox: Sandbox; hide: readonly string[]; folders: PrivateFolders; env: Record<string, string> };
}

export type InstallOutcome =
  | { ok: true; server: InstalledServer }
  | {
      ok: false;
      rule: 'smoke/install-failed' | 'smoke/bin-not-found';
      message: string;
      evidence?: string;
      manifest?: Record<string, unknown>;
    };

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

const INSTALL_TIMEOUT_MS = 300_000;

/**
 * Get the package exactly as a user's `npx` would: a tarball (packed from the
 * folder without lifecycle scripts, given, or fetched from the registry),
 * installed into an empty folder with production dependencies only.
 */
export async function installForSmoke(
  target: SmokeTarget,
  options: InstallOptions,
  workDir: string,
): Promise<InstallOutcome> {
  const tarball = await obtainTarball(target, options, workDir);
  if (!tarball.ok)
    return { ok: false, rule: 'smoke/install-failed', message: tarball.message, evidence: tarball.evidence };
  const installDir = path.join(workDir, 'install');
  await mkdir(installDir, { recursive: true });
  await writeFile(
    path.join(installDir, 'package.json'),
    `${JSON.stringify({ name: 'mcp-release-smoke-install', version: '0.0.0', private: true })}\n`,
  );
  // Scripts never run here, beside the kit's environment: when allowed, they run after, in the sandbox.
  const args = [
    'install',
    tarball.file,
    '--omit=dev',
    '--no-audit',
    '--no-fund',
    '--no-package-lock',
    '--loglevel=error',
    '--ignore-scripts',
  ];
  if (options.registry) args.push('--registry', options.registry);
  const installed = await npm(args, installDir);
  if (!installed.ok)
    return {
      ok: false,
      rule: 'smoke/install-failed',
      message: `npm install of the tarball failed: ${firstLine(installed.output)}`,
      evidence: tailLines(installed.output),
    };
  if (options.installScripts) {
    const scripts = await runInstallScripts(installDir, workDir, options);
    if (!scripts.ok)
      return {
        ok: false,
        rule: 'smoke/install-failed',
        message: `the install scripts failed (npm rebuild in the smoke sandbox): ${firstLine(scripts.output)}`,
        evidence: tailLines(scripts.output),
      };
  }

  const manifest = await readJsonObject(path.join(installDir, 'node_modules', tarball.name, 'package.json'));
  if (!manifest)
    return {
      ok: false,
      rule: 'smoke/install-failed',
      message: `npm install did not create node_modules/${tarball.name}`,
    };
  const bins = binNames(manifest);
  const chosen = chooseBin(bins, tarball.name, options.bin);
  if (!chosen.ok) return { ok: false, rule: 'smoke/bin-not-found', message: chosen.message, manifest };
  const binTarget = bins.get(chosen.name) as string;
  if ((await pathKind(path.join(installDir, 'node_modules', tarball.name, binTarget))) !== 'file') {
    return {
      ok: false,
      rule: 'smoke/bin-not-found',
      message: `bin "${chosen.name}" -> ${binTarget} is not in the installed package (was it built and packed?)`,
      manifest,
    };
  }
  const launcher =
    process.platform === 'win32'
      ? { command: process.execPath, args: [path.join(installDir, 'node_modules', tarball.name, binTarget)] }
      : { command: path.join(installDir, 'node_modules', '.bin', chosen.name), args: [] };
  return { ok: true, server: { manifest, binName: chosen.name, ...launcher, cwd: installDir, tarball: tarball.file } };
}

/**
 * `npm rebuild` runs the preinstall/install/postinstall scripts of what was
 * installed, here inside the server's sandbox with the server's environment:
 * an install script is as untrusted as the server.
 */
async function runInstallScripts(
  installDir: string,
  workDir: string,
  options: InstallOptions,
): Promise<{ ok: boolean; output: string }> {
  const sandboxed = options.sandboxed;
  if (!sandboxed) return { ok: false, output: 'install scripts need the smoke sandbox' };
  await prepareSandboxFolders(sandboxed.sandbox, workDir, sandboxed.folders);
  const invocation = npmInvocation(process.env, process.platform, process.execPath);
  const env = { ...sandboxed.env, ...NPM_ENV, npm_config_cache: path.join(sandboxed.folders.home, '.npm') };
  const launch = launchCommand(sandboxed.sandbox, {
    command: invocation.command,
    args: [...invocation.args, 'rebuild', '--foreground-scripts', '--loglevel=error'],
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

export async function makeWorkDir(): Promise<string> {
  return mkdtemp(path.join(os.tmpdir(), 'mcp-release-smoke-'));
}

export async function removeWorkDir(dir: string): Promise<void> {
  await rm(dir, { recursive: true, force: true, maxRetries: 3 });
}

type Tarball = { ok: true; file: string; name: string } | { ok: false; message: string; evidence?: string };

async function obtainTarball(target: SmokeTarget, options: InstallOptions, workDir: string): Promise<Tarball> {
  if (target.kind === 'tarball') {
    const inspected = await inspectTarball(target.file);
    if (inspected.unsafe.length)
      return {
        ok: false,
        message: `the tarball ${target.file} has entries npm never packs, not installed: ${inspected.unsafe.join('; ')}`,
      };
    const name = inspected.manifest?.name;
    return typeof name === 'string'
      ? { ok: true, file: target.file, name }
      : { ok: false, message: `cannot read package.json in the tarball ${target.file}` };
  }
  const spec = target.kind === 'dir' ? target.dir : target.spec;
  const args = ['pack', spec, '--json', '--ignore-scripts', '--pack-destination', workDir];
  if (target.kind === 'spec' && options.registry) args.push('--registry', options.registry);
  const packed = await npm(args, target.kind === 'dir' ? target.dir : workDir);
  const name = packed.ok ? packedName(packed.output) : undefined;
  const filename = packed.ok ? packedFilename(packed.output) : undefined;
  if (!name || !filename) {
    const what =
      target.kind === 'dir'
        ? `npm pack of ${target.dir}`
        : `fetching ${target.spec} from ${options.registry ?? 'the registry'}`;
    return { ok: false, message: `${what} failed: ${firstLine(packed.output)}`, evidence: tailLines(packed.output) };
  }
  return { ok: true, file: path.join(workDir, filename), name };
}

async function npm(args: string[], cwd: string): Promise<{ ok: boolean; output: string }> {
  const invocation = npmInvocation(process.env, process.platform, process.execPath);
  const env = { ...process.env, ...NPM_ENV };
  try {
    const result = await runProcess(invocation.command, [...invocation.args, ...args], {
      cwd,
      env,
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

function parsePackJson(output: string): Record<string, unknown> | undefined {
  try {
    const parsed = JSON.parse(output.slice(output.indexOf('['))) as Record<string, unknown>[];
    return parsed[0];
  } catch {
    return undefined;
  }
}

function packedName(output: string): string | undefined {
  const name = parsePackJson(output)?.name;
  return typeof name === 'string' ? name : undefined;
}

function packedFilename(output: string): string | undefined {
  const filename = parsePackJson(output)?.filename;
  return typeof filename === 'string' ? filename : undefined;
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

/** Whether a string names an existing file or folder. */
export async function pathKind(p: string): Promise<'dir' | 'file' | undefined> {
  const info = await stat(p).catch(() => undefined);
  return info ? (info.isDirectory() ? 'dir' : 'file') : undefined;
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

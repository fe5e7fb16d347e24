import type { TarballInspection } from '../../release/tarball.js';
import { inspectTarball } from '../tarball.js';
import type { Settings } from '../../settings/settings.js';
import type { PrivateFolders } from '../../smoke/environment.js';
import type { NpmRun, SandboxedRun } from '../../smoke/install.js';
import type { Sandbox, SandboxPolicy } from '../../smoke/sandbox.js';
import type { SessionOptions, SessionResult } from '../../smoke/session.js';
import { readJsonObject } from '../bounded-read.js';
import {
  binLauncher,
  makeWorkDir,
  pathKind,
  prepareInstallFolder,
  rebuildInSandbox,
  removeWorkDir,
  runNpm,
} from './install.js';
import { credentialsInReach, findSandbox, prepareSandboxFolders, sandboxForFolder } from './sandbox.js';

/**
 * An untrusted MCP server on this machine: the sandbox it runs in, the install
 * npx would do, and a stdio session with it. The smoke command orchestrates;
 * src/smoke decides what the results mean.
 */
export interface McpServerAdapter {
  /** The node running the kit: servers and npm run with it, so its folder stays visible in the sandbox. */
  readonly nodePath: string;
  /** The user's home folder: hidden from the server. */
  readonly homeDir: string;
  /** The strongest sandbox this machine gives (probed once per process), or none when the policy is off. */
  findSandbox(policy: SandboxPolicy): Promise<Sandbox>;
  /** The sandbox fitted to a work folder (a root kit runs servers as nobody only where nobody can reach). */
  sandboxForFolder(sandbox: Sandbox, workDir: string): Promise<{ sandbox: Sandbox; note?: string }>;
  /** The servers' own home and temp folders (one pair per session), owned by the user they run as. */
  prepareFolders(sandbox: Sandbox, workDir: string, ...folders: PrivateFolders[]): Promise<void>;
  /** Where a server without a namespace could read credentials (the kit's environment, its ancestors'). */
  credentialsInReach(): Promise<string[]>;
  makeWorkDir(): Promise<string>;
  removeWorkDir(dir: string): Promise<void>;
  /** A plain package folder packed in this process to npm pack's bytes (no npm start-up); undefined when npm must pack it. */
  packInProcess?(dir: string, outDir: string): Promise<{ name: string; filename: string } | undefined>;
  /** npm pack / install with the kit's environment; never a lifecycle script. */
  npm(args: readonly string[], cwd: string): Promise<NpmRun>;
  /** An empty folder with its own package.json, to install into. */
  prepareInstallFolder(installDir: string): Promise<void>;
  /** npm rebuild (the install scripts) in the server's sandbox, with the server's environment. */
  rebuildInSandbox(installDir: string, workDir: string, sandboxed: SandboxedRun): Promise<NpmRun>;
  inspectTarball(file: string): Promise<TarballInspection>;
  readJsonObject(file: string): Promise<Record<string, unknown> | undefined>;
  pathKind(file: string): Promise<'dir' | 'file' | undefined>;
  binLauncher(
    installDir: string,
    packageName: string,
    binName: string,
    binTarget: string,
  ): { command: string; args: string[] };
  /** One MCP session over stdio: initialize, the lists, optional calls, the spec's shutdown. */
  runSession(options: SessionOptions): Promise<SessionResult>;
  /** Start loading what runSession needs (the MCP SDK client) while something else runs. */
  warmUp?(): void;
}

/** `homeDir`: the runtime adapter's answer, so one module asks the OS. */
export function mcpServerAdapter(settings: Settings, homeDir: string): McpServerAdapter {
  const env = settings.processEnv;
  return {
    nodePath: process.execPath,
    homeDir,
    findSandbox: (policy) => findSandbox(policy, env),
    sandboxForFolder,
    prepareFolders: prepareSandboxFolders,
    credentialsInReach: () => credentialsInReach(env),
    makeWorkDir,
    removeWorkDir,
    async packInProcess(dir, outDir) {
      // Loaded on first use: npm-packlist, node-tar's headers and gzip are a pack's alone.
      const { packFolderInProcess } = await import('../npm-pack-in-process.js');
      const packed = await packFolderInProcess(dir, outDir);
      return packed.ok ? { name: packed.packed.name, filename: packed.packed.filename } : undefined;
    },
    npm: (args, cwd) => runNpm(args, cwd, env),
    prepareInstallFolder,
    rebuildInSandbox: (installDir, workDir, sandboxed) => rebuildInSandbox(installDir, workDir, sandboxed, env),
    inspectTarball,
    readJsonObject,
    pathKind,
    binLauncher,
    async runSession(options) {
      // The MCP SDK client is heavy: it loads only when a server is started.
      const { runSession } = await import('./session.js');
      return runSession(options);
    },
    warmUp() {
      void import('./session.js').catch(() => undefined);
    },
  };
}

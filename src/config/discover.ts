import path from 'node:path';
import { glob } from 'tinyglobby';
import { ConfigError } from '../errors.js';
import { readJsonObject } from '../util/read-json.js';
import type { Config } from './schema.js';

export interface DiscoveredPackage {
  /** Absolute folder. */
  dir: string;
  /** Folder relative to the root, POSIX separators; `.` for the root itself. */
  relDir: string;
}

export interface Discovery {
  packages: DiscoveredPackage[];
  /** Folders a wildcard matched but that are `private: true` (never published). */
  skippedPrivate: string[];
}

/**
 * The packages a command works on. Without `packages:` it is the root folder.
 * With it, each entry is a folder or a glob; `!glob` excludes. A glob that matches
 * no folder with a package.json is a configuration error (a typo would otherwise
 * silently validate nothing). Private packages found by a wildcard are skipped;
 * a private package named exactly is validated (and reported).
 */
export async function discoverPackages(rootDir: string, config: Config, configLabel: string): Promise<Discovery> {
  if (!config.packages) return { packages: [{ dir: rootDir, relDir: '.' }], skippedPrivate: [] };
  const patterns = config.packages.map((entry) => (typeof entry === 'string' ? entry : entry.path));
  const excludes = patterns.filter((p) => p.startsWith('!')).map((p) => `${clean(p.slice(1))}/package.json`);
  const found = new Map<string, boolean>();
  for (const [index, pattern] of patterns.entries()) {
    if (pattern.startsWith('!')) continue;
    const target = clean(pattern);
    if (target.split('/').includes('..')) {
      throw new ConfigError(
        `${configLabel}: packages[${index}]: "${pattern}" points outside the repository (allowed: folders or globs under the root)`,
      );
    }
    const manifests = await glob(target === '.' ? 'package.json' : `${target}/package.json`, {
      cwd: rootDir,
      ignore: ['**/node_modules/**', ...excludes],
      dot: false,
      expandDirectories: false,
    });
    if (manifests.length === 0) {
      throw new ConfigError(
        `${configLabel}: packages[${index}]: "${pattern}" matches no folder with a package.json under ${rootDir}`,
      );
    }
    const isWildcard = /[*?[\]{}]/.test(target);
    for (const manifest of manifests) {
      const relDir = path.posix.dirname(manifest);
      found.set(relDir, (found.get(relDir) ?? false) || !isWildcard);
    }
  }
  const packages: DiscoveredPackage[] = [];
  const skippedPrivate: string[] = [];
  for (const [relDir, named] of [...found.entries()].sort(([a], [b]) => a.localeCompare(b))) {
    const dir = path.join(rootDir, relDir);
    if (!named && (await isPrivate(dir))) skippedPrivate.push(relDir);
    else packages.push({ dir, relDir });
  }
  return { packages, skippedPrivate };
}

function clean(pattern: string): string {
  return pattern.replace(/^\.\/+/, '').replace(/\/+$/, '') || '.';
}

async function isPrivate(dir: string): Promise<boolean> {
  // An unreadable package.json is validated (not skipped), so the author sees why.
  return (await readJsonObject(path.join(dir, 'package.json')))?.private === true;
}

import path from 'node:path';
import picomatch from 'picomatch';
import { describe, expect, it } from 'vitest';
import {
  checkSearchFound,
  discovery,
  foundFolders,
  packageSearches,
  type Discovery,
  type PackageSearch,
} from '../../src/config/discover.js';
import { configSchema, type Config } from '../../src/config/schema.js';
import { ConfigError } from '../../src/errors.js';

/**
 * Which packages a monorepo's `packages:` entries select. The source tree is a
 * list of package.json paths here; the glob matching (the adapter's job) is
 * picomatch, as fast-glob uses, so a search runs the way commands/packages.ts runs it.
 */
const ROOT = '/repo';
const LABEL = '.github/mcp-release.yml';

function discover(config: Config, manifests: string[], privateDirs: string[] = []): Discovery | undefined {
  const searches = packageSearches(config, LABEL);
  if (!searches) return undefined;
  const results: { search: PackageSearch; manifests: string[] }[] = [];
  for (const search of searches) {
    if (search.problem) throw new ConfigError(search.problem);
    const isMatch = picomatch(search.glob, { ignore: search.ignore, dot: true });
    const found = manifests.filter((m) => isMatch(m));
    checkSearchFound(search, found, ROOT, LABEL);
    results.push({ search, manifests: found });
  }
  return discovery(ROOT, foundFolders(results), (relDir) => privateDirs.includes(relDir));
}

const TREE = [
  'package.json',
  'packages/weather/package.json',
  'packages/clock/package.json',
  'packages/internal-tools/package.json',
  'packages/weather/node_modules/dep/package.json',
  'apps/site/package.json',
];

describe('package discovery', () => {
  it('without packages: there is nothing to search (the root folder is the package)', () => {
    expect(packageSearches({}, LABEL)).toBeUndefined();
  });

  it('a glob finds the folders, sorted, never inside node_modules, with absolute and relative paths', () => {
    const found = discover({ packages: ['packages/*'] }, TREE);
    expect(found?.packages).toEqual([
      { dir: path.join(ROOT, 'packages/clock'), relDir: 'packages/clock' },
      { dir: path.join(ROOT, 'packages/internal-tools'), relDir: 'packages/internal-tools' },
      { dir: path.join(ROOT, 'packages/weather'), relDir: 'packages/weather' },
    ]);
    const deep = discover({ packages: ['packages/**'] }, TREE);
    expect(deep?.packages.map((p) => p.relDir)).not.toContain('packages/weather/node_modules/dep');
  });

  it('"!glob" excludes folders, whatever its position in the list', () => {
    const found = discover({ packages: ['!packages/internal-*', 'packages/*'] }, TREE);
    expect(found?.packages.map((p) => p.relDir)).toEqual(['packages/clock', 'packages/weather']);
  });

  it('a private package a wildcard found is skipped and listed; a private package named on its own is kept', () => {
    const private_ = ['packages/internal-tools'];
    const wildcard = discover({ packages: ['packages/*'] }, TREE, private_);
    expect(wildcard?.skippedPrivate).toEqual(['packages/internal-tools']);
    expect(wildcard?.packages.map((p) => p.relDir)).not.toContain('packages/internal-tools');

    const named = discover({ packages: ['packages/*', 'packages/internal-tools'] }, TREE, private_);
    expect(named?.skippedPrivate).toEqual([]);
    expect(named?.packages.map((p) => p.relDir)).toContain('packages/internal-tools');
    // named before the wildcard that finds it again: still named
    const first = discover({ packages: ['packages/internal-tools', 'packages/*'] }, TREE, private_);
    expect(first?.skippedPrivate).toEqual([]);
  });

  it('"./x/", "x" and an entry object with settings name the same folder; "." is the root', () => {
    for (const entry of [
      './packages/clock/',
      'packages/clock',
      { path: 'packages/clock', failOn: 'warning' as const },
    ]) {
      expect(discover({ packages: [entry] }, TREE)?.packages.map((p) => p.relDir)).toEqual(['packages/clock']);
    }
    expect(discover({ packages: ['.'] }, TREE)?.packages).toEqual([{ dir: ROOT, relDir: '.' }]);
  });

  it('a folder found by two entries is listed once', () => {
    const found = discover({ packages: ['packages/*', 'packages/clock'] }, TREE);
    expect(found?.packages.filter((p) => p.relDir === 'packages/clock')).toHaveLength(1);
  });

  it('an entry that matches nothing is an error naming the config file, the entry and its index', () => {
    expect(() => discover({ packages: ['packages/*', 'pakages/*'] }, TREE)).toThrow(ConfigError);
    expect(() => discover({ packages: ['packages/*', 'pakages/*'] }, TREE)).toThrow(
      `${LABEL}: packages[1]: "pakages/*" matches no folder with a package.json under ${ROOT}`,
    );
  });

  it('an entry pointing outside the repository is an error, and the first bad entry is the one reported', () => {
    expect(() => discover({ packages: ['../elsewhere'] }, TREE)).toThrow(
      `${LABEL}: packages[0]: "../elsewhere" points outside the repository (allowed: folders or globs under the root)`,
    );
    // packages[0] matches nothing: that comes first, before packages[1]'s "..".
    expect(() => discover({ packages: ['nothing/*', 'a/../../b'] }, TREE)).toThrow('packages[0]: "nothing/*"');
  });
});

describe('a packages list of exclusions only', () => {
  it('is a config error naming the key and what to add, not a silent run over no package', () => {
    const only = configSchema.safeParse({ packages: ['!packages/internal'] });
    expect(only.success).toBe(false);
    expect(only.error?.issues[0]).toMatchObject({
      path: ['packages'],
      message: expect.stringContaining('only exclusions'),
    });
    expect(configSchema.safeParse({ packages: ['packages/*', '!packages/internal'] }).success).toBe(true);
  });
});

import picomatch from 'picomatch';
import { describe, expect, it } from 'vitest';
import { rootIsPackage, workspaceSearches } from '../../src/config/discover.js';

/** The searches a workspace definition makes: matched here with picomatch, as the source tree adapter's glob does. */
function found(patterns: string[], tree: string[], file: 'package.json' | 'pnpm-workspace.yaml' = 'package.json') {
  return workspaceSearches({ file, patterns }).flatMap((search) => {
    const isMatch = picomatch(search.glob, { ignore: search.ignore });
    return tree.filter((m) => isMatch(m));
  });
}

const TREE = [
  'package.json',
  'packages/lib/package.json',
  'packages/fixtures/package.json',
  'packages/lib/node_modules/dep/package.json',
  'apps/servers/weather/package.json',
  'apps/servers/weather/test/package.json',
];

describe('workspaceSearches', () => {
  it("one level, nested ** and ! exclusions (a folder, or pnpm docs' !**/test/**)", () => {
    expect(found(['packages/*'], TREE)).toEqual(['packages/lib/package.json', 'packages/fixtures/package.json']);
    expect(found(['packages/*', '!packages/fixtures'], TREE)).toEqual(['packages/lib/package.json']);
    expect(found(['apps/**', '!**/test/**'], TREE)).toEqual(['apps/servers/weather/package.json']);
    expect(found(['./packages/lib/'], TREE)).toEqual(['packages/lib/package.json']);
  });

  it('every entry finds like a wildcard (private ones skipped, nothing found is no error)', () => {
    expect(
      workspaceSearches({ file: 'package.json', patterns: ['tools', 'packages/*'] }).map((s) => s.wildcard),
    ).toEqual([true, true]);
  });

  it('an entry outside the root is a problem naming the file and the field', () => {
    const [npm] = workspaceSearches({ file: 'package.json', patterns: ['../elsewhere/*'] });
    expect(npm?.problem).toBe(
      'package.json: workspaces[0]: "../elsewhere/*" points outside the repository (allowed: folders or globs under the root)',
    );
    const [, pnpm] = workspaceSearches({ file: 'pnpm-workspace.yaml', patterns: ['!x', '/abs/*'] });
    expect(pnpm).toBeUndefined();
    expect(workspaceSearches({ file: 'pnpm-workspace.yaml', patterns: ['!x', '/abs/*'] })[0]?.problem).toMatch(
      /^pnpm-workspace\.yaml: packages\[1\]: "\/abs\/\*" points outside/,
    );
  });
});

describe('rootIsPackage', () => {
  it('the root is a package only when public with a name and a version', () => {
    expect(rootIsPackage({ name: 'a', version: '1.0.0' })).toBe(true);
    expect(rootIsPackage({ name: 'a', version: '1.0.0', private: true })).toBe(false);
    expect(rootIsPackage({ name: 'a' })).toBe(false);
    expect(rootIsPackage({ version: '1.0.0' })).toBe(false);
    expect(rootIsPackage(undefined)).toBe(false);
  });
});

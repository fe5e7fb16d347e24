import path from 'node:path';
import picomatch from 'picomatch';
import { describe, expect, it } from 'vitest';
import { workspaceMembers } from '../../src/commands/packages.js';
import { rootIsPackage, workspaceSearches } from '../../src/config/discover.js';
import { testContext } from '../helpers/context.js';
import { tempDir, writeTree } from '../helpers/temp.js';

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

describe('workspaceMembers (real folders)', () => {
  it('every member of the definition, private ones included, sorted by folder; ! exclusions and node_modules left out', async () => {
    const dir = await tempDir('mcp-release-members-');
    await writeTree(dir, {
      'package.json': JSON.stringify({ name: 'root', private: true }),
      'pnpm-workspace.yaml': "packages:\n  - 'packages/*'\n  - '!packages/skipped'\n",
      'packages/server/package.json': JSON.stringify({ name: '@ws/server', version: '1.0.0' }),
      'packages/lib/package.json': JSON.stringify({ name: '@ws/lib', version: '1.0.0', private: true }),
      'packages/skipped/package.json': JSON.stringify({ name: '@ws/skipped' }),
      'packages/server/node_modules/dep/package.json': JSON.stringify({ name: 'dep' }),
    });
    const members = await workspaceMembers(dir, testContext({ HOME: dir }, dir));
    expect(members?.map((m) => [m.relDir, m.name, m.manifest.private === true, m.dir])).toEqual([
      ['packages/lib', '@ws/lib', true, path.join(dir, 'packages/lib')],
      ['packages/server', '@ws/server', false, path.join(dir, 'packages/server')],
    ]);
  });

  it('a root without a workspace definition has none', async () => {
    const dir = await tempDir('mcp-release-members-');
    await writeTree(dir, { 'package.json': JSON.stringify({ name: 'lone', version: '1.0.0' }) });
    expect(await workspaceMembers(dir, testContext({ HOME: dir }, dir))).toBeUndefined();
  });
});

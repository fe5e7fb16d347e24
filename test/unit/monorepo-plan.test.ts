import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { DEFAULT_LABELS } from '../../src/release/bump.js';
import {
  artifactSlug,
  dependentsToRelease,
  movedSpec,
  packageAliases,
  packagesOfPaths,
  parseMonorepoLabels,
  parseReleaseRequests,
  releasesFromLabels,
  specFollows,
  type WorkspacePackage,
} from '../../src/release/monorepo-plan.js';

const lib: WorkspacePackage = { name: '@acme/lib', dir: 'packages/lib', version: '1.1.0', manifest: {} };
const server: WorkspacePackage = {
  name: '@acme/server',
  dir: 'servers/server',
  version: '0.3.0',
  manifest: { dependencies: { '@acme/lib': '^1.1.0', zod: '^3.0.0' } },
};
const linked: WorkspacePackage = {
  name: '@acme/linked',
  dir: 'servers/linked',
  version: '2.0.0',
  manifest: { dependencies: { '@acme/lib': 'workspace:*' } },
};
const other: WorkspacePackage = {
  name: '@acme/other',
  dir: 'servers/other',
  version: '0.1.0',
  manifest: { devDependencies: { '@acme/lib': '^1.0.0' } },
};
const all = [lib, server, linked, other];

describe('packagesOfPaths: the deepest package folder owns a changed path', () => {
  it('files in a package folder, nested packages and the root', () => {
    const dirs = ['packages/lib', 'packages/lib/sub', 'servers/server'];
    expect(
      [
        ...packagesOfPaths(dirs, ['packages/lib/src/a.ts', 'packages/lib/sub/x.ts', 'README.md', 'servers/serverless']),
      ].sort(),
    ).toEqual(['packages/lib', 'packages/lib/sub']);
    // The root package owns only what no other package folder holds.
    expect([...packagesOfPaths(['.', 'servers/server'], ['servers/server/a', 'docs/x.md'])].sort()).toEqual([
      '.',
      'servers/server',
    ]);
    expect(packagesOfPaths(dirs, []).size).toBe(0);
  });
});

describe('labels in a monorepo', () => {
  it('a package is named by its name or, when unambiguous, its folder', () => {
    const aliases = packageAliases([...all, { name: 'x', dir: 'more/lib' }]);
    expect(aliases.get('@acme/lib')).toBe('@acme/lib');
    // Two folders end in "lib": the segment names neither.
    expect(aliases.get('lib')).toBeUndefined();
    expect(aliases.get('server')).toBe('@acme/server');
  });

  it('global and per-package labels; skip per package; case-insensitive', () => {
    const parsed = parseMonorepoLabels(
      ['release:minor', 'Release:Major:server', 'release:skip:@acme/linked', 'documentation'],
      DEFAULT_LABELS,
      all,
    );
    expect(parsed.global).toEqual({ kind: 'release', bump: 'minor', label: 'release:minor' });
    expect(parsed.perPackage.get('@acme/server')).toEqual({
      kind: 'release',
      bump: 'major',
      label: 'Release:Major:server',
    });
    expect(parsed.perPackage.get('@acme/linked')).toEqual({ kind: 'skip', label: 'release:skip:@acme/linked' });
    expect(parsed.problems).toEqual([]);
  });

  it('an unknown package and two labels for one package are problems naming them', () => {
    const parsed = parseMonorepoLabels(
      ['release:minor:nope', 'release:patch:lib', 'release:minor:@acme/lib'],
      DEFAULT_LABELS,
      all,
    );
    expect(parsed.problems).toEqual([
      'label release:minor:nope names no package of this repository (use a package name or its folder: @acme/lib, @acme/linked, @acme/other, @acme/server, lib, linked, other, server)',
      '@acme/lib has 2 release labels (release:patch:lib, release:minor:@acme/lib): keep exactly one',
    ]);
  });

  it('label names from the config apply to per-package labels too', () => {
    const names = { ...DEFAULT_LABELS, minor: 'ship:minor' };
    const parsed = parseMonorepoLabels(['ship:minor:lib'], names, all);
    expect(parsed.perPackage.get('@acme/lib')).toMatchObject({ bump: 'minor' });
    expect(parsed.global).toEqual({ kind: 'none' });
  });

  it('the global label releases only the changed packages; per-package labels override and can add a package', () => {
    const labels = parseMonorepoLabels(
      ['release:minor', 'release:patch:other', 'release:skip:linked'],
      DEFAULT_LABELS,
      all,
    );
    const planned = releasesFromLabels({
      packages: all,
      changed: new Set(['@acme/lib', '@acme/linked']),
      labels,
    });
    expect(planned).toEqual([
      { name: '@acme/lib', bump: 'minor', reason: 'changed', because: 'release:minor' },
      { name: '@acme/other', bump: 'patch', reason: 'label', because: 'release:patch:other' },
    ]);
  });
});

describe('internal dependents', () => {
  // npm's semver ranges (https://docs.npmjs.com/cli/v10/configuring-npm/package-json#dependencies,
  // node-semver's caret and tilde): ^1.1.0 holds 1.2.0, not 2.0.0.
  it('a range the new version leaves, or any workspace: spec, releases the dependent with a patch', () => {
    expect(specFollows('^1.1.0', '1.2.0')).toBe(false);
    expect(specFollows('^1.1.0', '2.0.0')).toBe(true);
    expect(specFollows('~1.1.0', '1.2.0')).toBe(true);
    // pnpm/yarn/bun write the workspace version into the packed manifest (https://pnpm.io/workspaces#workspace-protocol-workspace):
    // the published dependent changes with every release of the dependency.
    expect(specFollows('workspace:*', '1.1.1')).toBe(true);
    expect(specFollows('workspace:^', '1.1.1')).toBe(true);
    expect(specFollows('catalog:', '9.0.0')).toBe(false);
    expect(specFollows('file:../lib', '9.0.0')).toBe(false);
    expect(specFollows('latest', '9.0.0')).toBe(false);
  });

  it('dependents by runtime fields only (devDependencies are not published), one chain step at a time', () => {
    expect(dependentsToRelease(all, new Map([['@acme/lib', '1.2.0']]))).toEqual([
      { name: '@acme/linked', bump: 'patch', reason: 'dependent', because: '@acme/lib' },
    ]);
    expect(dependentsToRelease(all, new Map([['@acme/lib', '2.0.0']])).map((d) => d.name)).toEqual([
      '@acme/server',
      '@acme/linked',
    ]);
    // A chain: app depends on server, which follows lib.
    const app: WorkspacePackage = {
      name: 'app',
      dir: 'app',
      version: '1.0.0',
      manifest: { peerDependencies: { '@acme/server': 'workspace:^' } },
    };
    const first = dependentsToRelease([...all, app], new Map([['@acme/lib', '2.0.0']]));
    expect(first.map((d) => d.name)).toEqual(['@acme/server', '@acme/linked']);
    const second = dependentsToRelease(
      [...all, app],
      new Map([
        ['@acme/lib', '2.0.0'],
        ['@acme/server', '0.3.1'],
        ['@acme/linked', '2.0.1'],
      ]),
    );
    expect(second).toEqual([{ name: 'app', bump: 'patch', reason: 'dependent', because: '@acme/server' }]);
  });

  it('movedSpec keeps workspace: and satisfied ranges, moves the rest keeping the operator', () => {
    expect(movedSpec('workspace:*', '2.0.0')).toBeUndefined();
    expect(movedSpec('^1.1.0', '1.2.0')).toBeUndefined();
    expect(movedSpec('^1.1.0', '2.0.0')).toBe('^2.0.0');
    expect(movedSpec('~1.1.0', '1.2.0')).toBe('~1.2.0');
    expect(movedSpec('1.1.0', '1.1.1')).toBe('1.1.1');
    expect(movedSpec('=1.1.0', '1.1.1')).toBe('=1.1.1');
    expect(movedSpec('^1.0.0 || ^2.0.0', '3.0.0')).toBe('^3.0.0');
    // Prereleases are outside ordinary ranges in npm: a beta of the dependency moves the range.
    expect(movedSpec('^1.1.0', '1.2.0-beta.0')).toBe('^1.2.0-beta.0');
  });
});

describe('--releases input', () => {
  it('plan releases output round-trips; a bump wins over next-version (recomputed at the head)', () => {
    expect(
      parseReleaseRequests(
        JSON.stringify([
          { name: '@acme/lib', dir: 'packages/lib', 'next-version': '1.2.0', bump: 'minor' },
          { dir: 'servers/server/', 'next-version': '0.4.0', bump: '' },
        ]),
      ),
    ).toEqual([
      { name: '@acme/lib', dir: 'packages/lib', bump: 'minor' },
      { dir: 'servers/server', version: '0.4.0' },
    ]);
  });

  it.each([
    ['{', 'is not JSON'],
    ['{}', 'must be a JSON array'],
    ['[1]', '[0] is not an object'],
    ['[{"dir":"../x","bump":"minor"}]', '[0].dir must be a package folder'],
    ['[{"dir":"a","bump":"huge"}]', '[0].bump "huge" is not one of major, minor, patch, prerelease'],
    ['[{"dir":"a","next-version":"1.2"}]', '[0].next-version "1.2" is not a semver version'],
    ['[{"dir":"a"}]', '[0] needs "bump"'],
    ['[{"dir":"a","bump":"patch"},{"dir":"a/","bump":"minor"}]', '[1].dir a is listed twice'],
  ])('%s: %s', (text, message) => {
    expect(() => parseReleaseRequests(text)).toThrow(message);
  });

  it('artifact slugs hold only [A-Za-z0-9._-] and match the workflow (slug of the folder, sha256 of it)', () => {
    // printf '%s' 'packages/lib' | sha256sum
    const hash = execFileSync('sha256sum', { input: 'packages/@scope lib' }).toString().slice(0, 8);
    expect(artifactSlug('packages/@scope lib')).toBe(`packages--scope-lib-${hash}`);
    expect(artifactSlug('.')).toMatch(/^\.-[0-9a-f]{8}$/);
  });
});

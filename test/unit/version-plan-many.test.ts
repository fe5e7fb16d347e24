import { describe, expect, it } from 'vitest';
import { planVersionMany, releaseFilesMany } from '../../src/release/version-plan.js';

/**
 * A monorepo release: two packages bumped in one commit, the internal
 * dependency specs of every workspace package moved with them, npm's
 * package-lock.json and bun.lock kept in step: what `npm install` and
 * `bun install` themselves write after such a change (npm ci installs
 * exactly the lockfile: https://docs.npmjs.com/cli/v10/commands/npm-ci).
 */
const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;
const lib = { dir: '/repo/packages/lib', repoRoot: '/repo', relativeDir: 'packages/lib', name: '@acme/lib' };
const server = { dir: '/repo/servers/a', repoRoot: '/repo', relativeDir: 'servers/a', name: '@acme/a' };
const manifests = ['/repo/packages/lib/package.json', '/repo/servers/a/package.json', '/repo/servers/b/package.json'];

function base(): Map<string, string | undefined> {
  return new Map<string, string | undefined>([
    ['/repo/packages/lib/package.json', json({ name: '@acme/lib', version: '1.1.0' })],
    [
      '/repo/servers/a/package.json',
      json({ name: '@acme/a', version: '0.3.0', dependencies: { '@acme/lib': '^1.1.0', zod: '^3.0.0' } }),
    ],
    [
      '/repo/servers/b/package.json',
      json({
        name: '@acme/b',
        version: '2.0.0',
        dependencies: { '@acme/lib': 'workspace:*' },
        devDependencies: { '@acme/lib': '~1.1.0' },
      }),
    ],
    [
      '/repo/package-lock.json',
      json({
        name: 'root',
        lockfileVersion: 3,
        packages: {
          '': { name: 'root', workspaces: ['packages/*', 'servers/*'] },
          'node_modules/@acme/lib': { resolved: 'packages/lib', link: true },
          'packages/lib': { name: '@acme/lib', version: '1.1.0' },
          'servers/a': { name: '@acme/a', version: '0.3.0', dependencies: { '@acme/lib': '^1.1.0' } },
          'node_modules/other/node_modules/@acme/lib': { version: '1.0.0', dependencies: {} },
        },
      }),
    ],
  ]);
}

const parts = (libVersion: string, serverVersion: string) => [
  { target: { ...lib, version: libVersion }, section: `## [${libVersion}] - 2026-11-30\n\n- lib.\n` },
  { target: { ...server, version: serverVersion }, section: `## [${serverVersion}] - 2026-11-30\n\n- a.\n` },
];

describe('planVersionMany: one commit for several packages', () => {
  it('both versions, both changelogs, moved ranges in manifests and package-lock.json; workspace: specs stay', () => {
    const texts = base();
    const plan = planVersionMany({
      base: texts,
      disk: texts,
      parts: parts('2.0.0', '0.3.1'),
      manifests,
      repoRoot: '/repo',
    });
    expect(plan.version).toBe('@acme/lib@2.0.0, @acme/a@0.3.1');
    expect(plan.foreign).toEqual([]);
    const after = new Map(plan.files.map((f) => [f.file, f.after]));
    expect([...after.keys()].sort()).toEqual([
      '/repo/package-lock.json',
      '/repo/packages/lib/CHANGELOG.md',
      '/repo/packages/lib/package.json',
      '/repo/servers/a/CHANGELOG.md',
      '/repo/servers/a/package.json',
      '/repo/servers/b/package.json',
    ]);
    expect(JSON.parse(after.get('/repo/servers/a/package.json') ?? '')).toEqual({
      name: '@acme/a',
      version: '0.3.1',
      dependencies: { '@acme/lib': '^2.0.0', zod: '^3.0.0' },
    });
    // workspace:* stays; the devDependency's range moves with its operator.
    expect(JSON.parse(after.get('/repo/servers/b/package.json') ?? '')).toMatchObject({
      version: '2.0.0',
      dependencies: { '@acme/lib': 'workspace:*' },
      devDependencies: { '@acme/lib': '~2.0.0' },
    });
    const lock = JSON.parse(after.get('/repo/package-lock.json') ?? '') as {
      packages: Record<string, { version?: string; dependencies?: Record<string, string> }>;
    };
    expect(lock.packages['packages/lib']?.version).toBe('2.0.0');
    expect(lock.packages['servers/a']).toEqual({
      name: '@acme/a',
      version: '0.3.1',
      dependencies: { '@acme/lib': '^2.0.0' },
    });
    // An installed copy under node_modules is not a workspace package.
    expect(lock.packages['node_modules/other/node_modules/@acme/lib']?.version).toBe('1.0.0');
    expect(after.get('/repo/packages/lib/CHANGELOG.md')).toContain('## [2.0.0] - 2026-11-30');
  });

  it('a minor that a caret range holds moves no range', () => {
    const texts = base();
    const plan = planVersionMany({
      base: texts,
      disk: texts,
      parts: parts('1.2.0', '0.3.1'),
      manifests,
      repoRoot: '/repo',
    });
    const a = plan.files.find((f) => f.file === '/repo/servers/a/package.json');
    expect(JSON.parse(a?.after ?? '')).toMatchObject({ dependencies: { '@acme/lib': '^1.1.0' } });
    // ~1.1.0 (a devDependency) does not hold 1.2.0: it moves, keeping its tilde.
    const b = plan.files.find((f) => f.file === '/repo/servers/b/package.json');
    expect(JSON.parse(b?.after ?? '')).toMatchObject({
      dependencies: { '@acme/lib': 'workspace:*' },
      devDependencies: { '@acme/lib': '~1.2.0' },
    });
  });

  it("an interrupted run's leftovers are taken over; another edit of a release file is foreign", () => {
    const texts = base();
    const first = planVersionMany({
      base: texts,
      disk: texts,
      parts: parts('2.0.0', '0.3.1'),
      manifests,
      repoRoot: '/repo',
    });
    const half = new Map(texts);
    const written = first.files[0];
    if (written) half.set(written.file, written.after);
    const again = planVersionMany({
      base: texts,
      disk: half,
      parts: parts('2.0.0', '0.3.1'),
      manifests,
      repoRoot: '/repo',
    });
    expect(again.foreign).toEqual([]);
    expect(again.toWrite).toHaveLength(first.files.length - 1);
    const edited = new Map(texts);
    edited.set('/repo/servers/b/package.json', json({ name: '@acme/b', version: '2.0.0', description: 'mine' }));
    expect(
      planVersionMany({ base: texts, disk: edited, parts: parts('2.0.0', '0.3.1'), manifests, repoRoot: '/repo' })
        .foreign,
    ).toEqual(['/repo/servers/b/package.json']);
  });

  it("bun.lock: each released workspace's version and the moved specs, trailing commas kept (bun's own format)", () => {
    const bunLock = [
      '{',
      '  "lockfileVersion": 1,',
      '  "workspaces": {',
      '    "": {',
      '      "name": "root",',
      '    },',
      '    "packages/lib": {',
      '      "name": "@acme/lib",',
      '      "version": "1.1.0",',
      '    },',
      '    "servers/a": {',
      '      "name": "@acme/a",',
      '      "version": "0.3.0",',
      '      "dependencies": {',
      '        "@acme/lib": "^1.1.0",',
      '      },',
      '    },',
      '  },',
      '}',
      '',
    ].join('\n');
    const texts = base();
    texts.delete('/repo/package-lock.json');
    texts.set('/repo/bun.lock', bunLock);
    const plan = planVersionMany({
      base: texts,
      disk: texts,
      parts: parts('2.0.0', '0.3.1'),
      manifests,
      repoRoot: '/repo',
    });
    const after = plan.files.find((f) => f.file === '/repo/bun.lock')?.after ?? '';
    expect(after).toBe(
      bunLock
        .replace('"version": "1.1.0"', '"version": "2.0.0"')
        .replace('"version": "0.3.0"', '"version": "0.3.1"')
        .replace('"@acme/lib": "^1.1.0"', '"@acme/lib": "^2.0.0"'),
    );
    expect(releaseFilesMany(parts('2.0.0', '0.3.1'), manifests, '/repo')).toContain('/repo/bun.lock');
  });
});

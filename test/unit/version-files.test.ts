import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { versionEditsOf, versionFiles, type VersionTarget } from '../../src/release/version-files.js';

/**
 * The version bump's edits: package.json, the lockfile (the root package, or a
 * workspace's entry under `packages`, as npm's lockfile v2/v3 keys them:
 * https://docs.npmjs.com/cli/v10/configuring-npm/package-lock-json#packages)
 * and server.json. Each file keeps its formatting: the diff is the version lines only.
 */
const ROOT = path.join(path.sep, 'repo');

const single: VersionTarget = {
  dir: ROOT,
  repoRoot: ROOT,
  relativeDir: '',
  name: '@acme/weather-mcp',
  version: '1.3.0',
};
const workspace: VersionTarget = {
  dir: path.join(ROOT, 'packages', 'weather'),
  repoRoot: ROOT,
  relativeDir: 'packages/weather',
  name: '@acme/weather-mcp',
  version: '1.3.0',
};

/** The lines that differ between two texts (same line count assumed). */
const changedLines = (before: string, after: string): [string, string][] => {
  const a = before.split('\n');
  const b = after.split('\n');
  expect(b).toHaveLength(a.length);
  return a.flatMap((line, i) => (line === b[i] ? [] : [[line, b[i] as string] as [string, string]]));
};

const json = (value: unknown, indent: string | number = 2) => `${JSON.stringify(value, null, indent)}\n`;

describe('versionFiles', () => {
  it("package.json and server.json in the package's folder, the lockfile at the repository root", () => {
    expect(versionFiles(workspace)).toEqual({
      manifest: path.join(ROOT, 'packages', 'weather', 'package.json'),
      lock: path.join(ROOT, 'package-lock.json'),
      server: path.join(ROOT, 'packages', 'weather', 'server.json'),
    });
  });
});

describe('versionEditsOf', () => {
  const files = versionFiles(single);

  it('a single package: package.json, the lockfile root and its "" entry, and server.json, one line each', () => {
    const manifest = json({ name: '@acme/weather-mcp', version: '1.2.0', type: 'module' });
    const lock = json({
      name: '@acme/weather-mcp',
      version: '1.2.0',
      lockfileVersion: 3,
      packages: {
        '': { name: '@acme/weather-mcp', version: '1.2.0' },
        'node_modules/zod': { version: '1.2.0' },
      },
    });
    const server = json({
      name: 'io.github.acme/weather',
      version: '1.2.0',
      packages: [
        { registryType: 'npm', identifier: '@acme/weather-mcp', version: '1.2.0' },
        { registryType: 'npm', identifier: '@acme/other', version: '1.2.0' },
        { registryType: 'pypi', identifier: '@acme/weather-mcp', version: '1.2.0' },
      ],
    });
    const edits = versionEditsOf(
      new Map([
        [files.manifest, manifest],
        [files.lock, lock],
        [files.server, server],
      ]),
      single,
    );
    expect(edits.map((e) => e.file)).toEqual([files.manifest, files.lock, files.server]);
    const [m, l, s] = edits;
    expect(m?.before).toBe(manifest);
    expect(changedLines(manifest, m?.after ?? '')).toEqual([['  "version": "1.2.0",', '  "version": "1.3.0",']]);
    // the root and its "" entry; a dependency that happens to be at 1.2.0 is not touched
    expect(changedLines(lock, l?.after ?? '')).toEqual([
      ['  "version": "1.2.0",', '  "version": "1.3.0",'],
      ['      "version": "1.2.0"', '      "version": "1.3.0"'],
    ]);
    expect(JSON.parse(l?.after ?? '').packages['node_modules/zod'].version).toBe('1.2.0');
    // server.json: its version and this package's npm entry; another package and another registry type stay
    const after = JSON.parse(s?.after ?? '') as { version: string; packages: { version: string }[] };
    expect(after.version).toBe('1.3.0');
    expect(after.packages.map((p) => p.version)).toEqual(['1.3.0', '1.2.0', '1.2.0']);
    expect(changedLines(server, s?.after ?? '')).toHaveLength(2);
  });

  it('a workspace package: its own lockfile entry only; the root and a sibling stay (a sibling bump survives a re-apply)', () => {
    const wfiles = versionFiles(workspace);
    const lock = json({
      name: 'monorepo',
      version: '0.0.0',
      lockfileVersion: 3,
      packages: {
        '': { name: 'monorepo', version: '0.0.0', workspaces: ['packages/*'] },
        'packages/weather': { name: '@acme/weather-mcp', version: '1.2.0' },
        'packages/clock': { name: '@acme/clock-mcp', version: '4.1.0' },
      },
    });
    const [edit] = versionEditsOf(new Map([[wfiles.lock, lock]]), workspace);
    expect(edit?.file).toBe(wfiles.lock);
    const after = JSON.parse(edit?.after ?? '') as { version: string; packages: Record<string, { version: string }> };
    expect(after.version).toBe('0.0.0');
    expect(after.packages['packages/weather']?.version).toBe('1.3.0');
    expect(after.packages['packages/clock']?.version).toBe('4.1.0');
    expect(changedLines(lock, edit?.after ?? '')).toHaveLength(1);
  });

  it("a lockfile entry of another package's name at that folder is left alone", () => {
    const wfiles = versionFiles(workspace);
    const lock = json({
      lockfileVersion: 3,
      packages: { 'packages/weather': { name: 'someone-else', version: '1.2.0' } },
    });
    expect(versionEditsOf(new Map([[wfiles.lock, lock]]), workspace)).toEqual([]);
  });

  it('tabs and CRLF line ends are kept', () => {
    const manifest = '{\r\n\t"name": "@acme/weather-mcp",\r\n\t"version": "1.2.0"\r\n}\r\n';
    const [edit] = versionEditsOf(new Map([[files.manifest, manifest]]), single);
    expect(edit?.after).toBe('{\r\n\t"name": "@acme/weather-mcp",\r\n\t"version": "1.3.0"\r\n}\r\n');
    // a version added to such a file is written in its style too
    const [added] = versionEditsOf(new Map([[files.manifest, '{\r\n\t"name": "@acme/weather-mcp"\r\n}\r\n']]), single);
    expect(added?.after).toContain('\r\n\t"version": "1.3.0"');
    expect(added?.after.replace(/\r\n/g, '')).not.toContain('\n');
  });

  it('a package.json without a version gets one, in its own indentation', () => {
    const manifest = json({ name: '@acme/weather-mcp' }, 4);
    const [edit] = versionEditsOf(new Map([[files.manifest, manifest]]), single);
    expect(JSON.parse(edit?.after ?? '')).toEqual({ name: '@acme/weather-mcp', version: '1.3.0' });
    expect(edit?.after).toContain('\n    "version": "1.3.0"');
  });

  it('already at the version, or files absent: no edits (a re-run writes nothing)', () => {
    const manifest = json({ name: '@acme/weather-mcp', version: '1.3.0' });
    const server = json({ name: 'io.github.acme/weather', version: '1.3.0', packages: [] });
    expect(
      versionEditsOf(
        new Map([
          [files.manifest, manifest],
          [files.server, server],
          [files.lock, undefined],
        ]),
        single,
      ),
    ).toEqual([]);
    expect(versionEditsOf(new Map(), single)).toEqual([]);
  });

  it('server.json without a version string gets none added; its npm entry without a version gets none either', () => {
    const server = json({
      name: 'io.github.acme/weather',
      packages: [{ registryType: 'npm', identifier: '@acme/weather-mcp' }],
    });
    expect(versionEditsOf(new Map([[files.server, server]]), single)).toEqual([]);
  });
});

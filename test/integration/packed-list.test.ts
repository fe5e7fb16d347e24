import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmod, link, mkdir, readdir, readFile, symlink } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { NPM_ENV, type PackDryRun } from '../../src/adapters/npm.js';
import { packInProcess, packLists } from '../../src/adapters/packed-list.js';
import { makePackage } from '../helpers/package-fixture.js';
import { tempDir, writeTree } from '../helpers/temp.js';
import { validate } from '../helpers/validate.js';

/*
 * validate lists what npm would pack in this process (npm-packlist, the library npm uses) instead
 * of starting `npm pack --dry-run`. Here both run on every package folder the tests use and on
 * folders made for each of npm's packing rules (https://docs.npmjs.com/cli/v11/configuring-npm/package-json#files:
 * "files" with globs and negations, .npmignore over .gitignore in the root and in subfolders,
 * files always included or never included, main/bin/browser always included; bundleDependencies,
 * https://docs.npmjs.com/cli/v11/configuring-npm/package-json#bundledependencies): the list,
 * its order, sizes, modes and the .tgz size must be exactly npm's. One npm run packs them all.
 */

const execFileAsync = promisify(execFile);
const repo = path.resolve(import.meta.dirname, '../..');

async function packageFolders(dir: string): Promise<string[]> {
  const found: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules') continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) found.push(...(await packageFolders(full)));
    else if (entry.name === 'package.json') found.push(dir);
  }
  return found;
}

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

/** Folders made for npm's packing rules: name -> folder, and which of them must fall back to npm. */
async function ruleFolders(): Promise<{ dirs: Record<string, string>; fallback: Set<string> }> {
  const dirs: Record<string, string> = {};
  const make = async (name: string, files: Record<string, string>) => {
    const dir = await tempDir(`mcp-packlist-${name}-`);
    await writeTree(dir, files);
    dirs[name] = dir;
    return dir;
  };
  const base = { name: 'pkg', version: '1.0.0' };

  dirs['layout good package'] = (await makePackage()).dir;
  dirs['layout package, files removed'] = (
    await makePackage({ manifest: (m) => void delete m.files, files: { 'src/index.ts': 'x', 'test/a.test.js': 'x' } })
  ).dir;

  // No "files": everything but the always-ignored files; .npmignore wins over .gitignore, also in subfolders.
  await make('no files field, ignore files', {
    'package.json': json({ ...base, main: 'lib/ignored-main.js' }),
    '.npmignore': 'secret.txt\n*.log\n/lib/ignored-*\n',
    '.gitignore': 'kept-despite-gitignore.txt\n',
    'kept-despite-gitignore.txt': 'x',
    'secret.txt': 'x',
    'debug.log': 'x',
    'lib/ignored-main.js': 'x',
    'lib/ignored-other.js': 'x',
    'lib/a.js': 'x',
    'lib/sub/.gitignore': 'drop.js\n',
    'lib/sub/drop.js': 'x',
    'lib/sub/keep.js': 'x',
    'lib/other/.npmignore': 'drop.js\n',
    'lib/other/.gitignore': 'keep.js\n',
    'lib/other/drop.js': 'x',
    'lib/other/keep.js': 'x',
    '.npmrc': 'x',
    '.DS_Store': 'x',
    'a.orig': 'x',
    '.a.swp': 'x',
    'package-lock.json': '{}',
    'yarn.lock': 'x',
    'pnpm-lock.yaml': 'x',
    'node_modules/dep/package.json': json({ name: 'dep', version: '1.0.0' }),
    'build/config.gypi': 'x',
    'build/other.txt': 'x',
    '.git/HEAD': 'x',
    'CVS/x': 'x',
    'README.markdown': '# r\n',
    'LICENCE.txt': 'x',
    copying: 'x',
    'CHANGELOG.md': 'x',
    'star*name.js': 'x',
    '@type/index.d.ts': 'x',
  });
  await make('only gitignore', {
    'package.json': json(base),
    '.gitignore': 'dist/\n*.tmp\n!keep.tmp\n',
    'dist/a.js': 'x',
    'a.tmp': 'x',
    'keep.tmp': 'x',
    'index.js': 'x',
  });
  // "files" with directories, globs, negations, ./ and trailing /*, entries that do not exist.
  await make('files globs and negations', {
    'package.json': json({
      ...base,
      files: [
        './dist/',
        '!dist/**/*.map',
        'lib/*',
        'bin/cli.js',
        'types/**/*.d.ts',
        'missing',
        '!lib/skip.js',
        'docs/*.md',
      ],
      main: 'hidden/main.js',
      browser: 'hidden/browser.js',
      bin: { tool: './bin/cli.js', other: 'bin/other.js' },
    }),
    'dist/index.js': 'x',
    'dist/index.js.map': 'x',
    'dist/deep/a.js': 'x',
    'dist/deep/a.js.map': 'x',
    'dist/.npmignore': 'deep/ignored.js\n',
    'dist/deep/ignored.js': 'x',
    'lib/a.js': 'x',
    'lib/skip.js': 'x',
    'lib/sub/b.js': 'x',
    'bin/cli.js': '#!/usr/bin/env node\n',
    'bin/other.js': '#!/usr/bin/env node\n',
    'types/a.d.ts': 'x',
    'types/nested/b.d.ts': 'x',
    'types/nested/c.ts': 'x',
    'docs/a.md': 'x',
    'docs/b.txt': 'x',
    'hidden/main.js': 'x',
    'hidden/browser.js': 'x',
    'hidden/other.js': 'x',
    '.npmignore': 'lib/a.js\n',
    'readme.md': 'x',
    License: 'x',
  });
  await make('files empty list', { 'package.json': json({ ...base, files: [] }), 'index.js': 'x', 'README.md': 'x' });
  // A string bin at the top is made executable by npm; names over 100 bytes and non-ASCII names need PAX headers.
  await make('bin modes, long and unicode names', {
    'package.json': json({ ...base, bin: 'cli.js' }),
    'cli.js': '#!/usr/bin/env node\n',
    [`${'long-folder-name/'.repeat(6)}${'x'.repeat(60)}.js`]: 'x',
    [`${'y'.repeat(120)}.js`]: 'x',
    'naïve-café.js': 'x',
    'empty.js': '',
    'big.bin': 'z'.repeat(70_000),
  });

  // Symlinks are never packed, wherever they point; a hard link is packed once with its bytes.
  const links = await make('symlinks and hard links', {
    'package.json': json({ ...base, files: ['dist', 'linked.js'], main: 'dist/main-link.js' }),
    'dist/real.js': 'real\n',
    'outside/secret.txt': 'x',
  });
  await symlink('real.js', path.join(links, 'dist/main-link.js'));
  await symlink('../outside', path.join(links, 'dist/outside-dir'));
  await symlink('/etc/hostname', path.join(links, 'linked.js'));
  await symlink('nowhere.js', path.join(links, 'dist/dangling.js'));
  await link(path.join(links, 'dist/real.js'), path.join(links, 'dist/hard.js'));

  // bundleDependencies: the bundled packages and their production dependencies, nested or hoisted.
  const nm = (pkg: string, manifest: Record<string, unknown>, files: Record<string, string> = {}) =>
    Object.fromEntries([
      [
        `node_modules/${pkg}/package.json`,
        json({ name: pkg.split('/node_modules/').pop(), version: '1.0.0', ...manifest }),
      ],
      ...Object.entries(files).map(([rel, content]) => [`node_modules/${pkg}/${rel}`, content]),
    ]);
  await make('bundleDependencies', {
    'package.json': json({
      ...base,
      files: ['index.js'],
      dependencies: { a: '1', '@s/b': '1', 'dev-too': '1', gone: '1' },
      devDependencies: { 'dev-too': '1', devonly: '1' },
      peerDependencies: { peer: '1' },
      bundleDependencies: ['a', '@s/b', 'dev-too', 'devonly', 'peer', 'gone', 'unlisted'],
    }),
    'index.js': 'x',
    ...nm(
      'a',
      {
        dependencies: { c: '1', nested: '1' },
        optionalDependencies: { opt: '1' },
        devDependencies: { d: '1' },
        files: ['lib'],
      },
      {
        'lib/a.js': 'x',
        'test/a.test.js': 'x',
        '.npmignore': 'lib/\n',
        'node_modules/nested/package.json': json({ name: 'nested', version: '1.0.0', dependencies: { a: '1' } }),
        'node_modules/nested/index.js': 'x',
      },
    ),
    ...nm('@s/b', {}, { 'index.js': 'x', '.gitignore': 'index.js\n', 'package-lock.json': '{}' }),
    ...nm('c', {}, { 'index.js': 'x' }),
    ...nm('opt', {}, { 'index.js': 'x' }),
    ...nm('d', {}, { 'index.js': 'x' }),
    ...nm('dev-too', {}, { 'index.js': 'x' }),
    ...nm('devonly', {}, { 'index.js': 'x' }),
    ...nm('peer', {}, { 'index.js': 'x' }),
    ...nm('unlisted', {}, { 'index.js': 'x' }),
    ...nm('other', {}, { 'index.js': 'x' }),
  });
  await make('bundleDependencies true, bundledDependencies spelling', {
    'package.json': json({ ...base, dependencies: { a: '1' }, bundledDependencies: true, files: [] }),
    ...nm('a', {}, { 'index.js': 'x' }),
  });

  // A workspace member is packed like any package; the root with "workspaces" goes to npm.
  const ws = await make('workspace root', {
    'package.json': json({ name: 'root', version: '1.0.0', workspaces: ['packages/*'] }),
    '.gitignore': 'dist-ignored-by-root.js\n',
    'root.js': 'x',
    // A bundled dependency hoisted to the workspace root is not in the member's tree: npm packs none.
    'packages/x/package.json': json({
      name: '@ws/x',
      version: '2.0.0',
      bin: { x: 'dist/cli.js' },
      dependencies: { hoisted: '1' },
      bundleDependencies: ['hoisted'],
    }),
    ...nm('hoisted', {}, { 'index.js': 'x' }),
    'packages/x/dist/cli.js': 'x',
    'packages/x/dist-ignored-by-root.js': 'x',
    'packages/x/.npmignore': 'notes.txt\n',
    'packages/x/notes.txt': 'x',
  });
  dirs['workspace member'] = path.join(ws, 'packages/x');

  const linked = await make('bundled dependency linked', {
    'package.json': json({ ...base, dependencies: { dep: '1' }, bundleDependencies: ['dep'] }),
    'vendor/dep/package.json': json({ name: 'dep', version: '1.0.0' }),
  });
  await mkdir(path.join(linked, 'node_modules'));
  await symlink('../vendor/dep', path.join(linked, 'node_modules/dep'));
  await make('directories.bin', {
    'package.json': json({ ...base, directories: { bin: 'scripts' }, files: ['lib'] }),
    'scripts/run.js': 'x',
    'lib/a.js': 'x',
  });
  // npm packs any non-empty name and version as they are (the layout rules judge them).
  await make('loose name and version', { 'package.json': json({ name: 'Bad Name', version: 'v1.0.0' }), 'a.js': 'x' });
  await make('no version', { 'package.json': json({ name: 'pkg' }), 'a.js': 'x' });

  await chmod(path.join(dirs['files globs and negations'] as string, 'bin/other.js'), 0o755);
  await mkdir(path.join(dirs['layout good package'] as string, 'empty-dir'));
  return { dirs, fallback: new Set(['workspace root', 'bundled dependency linked', 'directories.bin', 'no version']) };
}

describe('the packed file list computed in-process is exactly npm pack --dry-run --json', () => {
  it('on every package folder of the fixtures, the example and each packing rule', async () => {
    const fixtures = [
      ...(await packageFolders(path.join(repo, 'test/fixtures'))),
      ...(await packageFolders(path.join(repo, 'examples'))),
    ];
    const { dirs, fallback } = await ruleFolders();
    // A workspace root is handed to npm (its "workspaces" globs change how subfolders are walked).
    for (const dir of fixtures)
      if ('workspaces' in JSON.parse(await readFile(path.join(dir, 'package.json'), 'utf8')))
        fallback.add(path.relative(repo, dir));
    const named: [string, string][] = [
      ...fixtures.map((d) => [path.relative(repo, d), d] as [string, string]),
      ...Object.entries(dirs),
    ];
    expect(fixtures.length).toBeGreaterThanOrEqual(30);

    const npmRun = await execFileAsync(
      'npm',
      ['pack', '--dry-run', '--json', '--ignore-scripts', ...named.map(([, d]) => d)],
      {
        env: { ...process.env, ...NPM_ENV },
        maxBuffer: 64 * 1024 * 1024,
      },
    ).catch((error: { stdout?: string }) => ({ stdout: error.stdout ?? '' }));
    // npm stops at the first folder it refuses: those are packed alone below.
    const refused = new Set(['no version']);
    const npmPacks = new Map<string, PackDryRun>();
    const batch = JSON.parse(npmRun.stdout || '[]') as PackDryRun[];
    if (batch.length === named.length) named.forEach(([name], i) => npmPacks.set(name, batch[i] as PackDryRun));
    else {
      const accepted = named.filter(([name]) => !refused.has(name));
      const again = await execFileAsync(
        'npm',
        ['pack', '--dry-run', '--json', '--ignore-scripts', ...accepted.map(([, d]) => d)],
        {
          env: { ...process.env, ...NPM_ENV },
          maxBuffer: 64 * 1024 * 1024,
        },
      );
      const packs = JSON.parse(again.stdout) as PackDryRun[];
      accepted.forEach(([name], i) => npmPacks.set(name, packs[i] as PackDryRun));
    }

    let compared = 0;
    for (const [name, dir] of named) {
      const ours = await packInProcess(dir);
      if (fallback.has(name)) {
        expect(ours, name).toMatchObject({ ok: false, reason: expect.any(String) });
        continue;
      }
      expect(ours.ok, `${name}: ${ours.ok ? '' : ours.reason}`).toBe(true);
      if (!ours.ok) continue;
      const npm = npmPacks.get(name) as PackDryRun;
      expect({ name, files: ours.pack.files.map((f) => f.path) }).toEqual({
        name,
        files: npm.files.map((f) => f.path),
      });
      expect({ name, pack: ours.pack }).toEqual({
        name,
        pack: { filename: npm.filename, size: npm.size, unpackedSize: npm.unpackedSize, files: npm.files },
      });
      // The same sha1 and sha512 as npm's tarball: the bytes are npm's.
      const { shasum, integrity } = npm as PackDryRun & { shasum: string; integrity: string };
      expect({ name, shasum: ours.shasum, integrity: ours.integrity }).toEqual({ name, shasum, integrity });
      compared++;
    }
    expect(compared).toBe(named.length - fallback.size);

    // Written to a file, the tarball is the one npm would publish, byte for byte.
    const out = path.join(await tempDir('mcp-packlist-tgz-'), 'pkg.tgz');
    const written = await packInProcess(dirs['layout good package'] as string, { writeTo: out });
    const npmGood = npmPacks.get('layout good package') as PackDryRun & { shasum: string };
    expect(
      written.ok &&
        createHash('sha1')
          .update(await readFile(out))
          .digest('hex'),
    ).toBe(npmGood.shasum);
  });

  it('hands npm only the folders it cannot list and says why; a files field npm would misread is an error', async () => {
    const good = (await makePackage()).dir;
    const root = await tempDir('mcp-packlist-mixed-');
    await writeTree(root, {
      'ws/package.json': json({ name: 'ws-root', version: '1.0.0', workspaces: ['packages/*'] }),
      'ws/index.js': 'x',
      'bad-files/package.json': json({ name: 'pkg', version: '1.0.0', files: 'dist' }),
    });
    const [inProcess, badFiles] = await packLists([good, path.join(root, 'bad-files')], 4);
    expect(inProcess).toMatchObject({ ok: true, pack: { filename: 'acme-weather-mcp-1.2.3.tgz' } });
    expect(inProcess && 'npmBecause' in inProcess).toBe(false);
    expect(badFiles).toMatchObject({
      ok: false,
      error: expect.stringContaining('"files" in package.json must be a list'),
    });

    // validate says in a note which package npm listed, and why; a package listed in-process has no note.
    const report = await validate(path.join(root, 'ws'));
    expect(report.notes.filter((n) => n.includes('npm pack --dry-run'))).toEqual([
      '.: packed files listed by npm pack --dry-run (package.json has "workspaces")',
    ]);
    expect(report.findings.filter((f) => f.rule === 'layout/pack-failed')).toEqual([]);
    expect((await validate(good)).notes.filter((n) => n.includes('npm pack'))).toEqual([]);
  });
});

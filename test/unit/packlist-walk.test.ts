import { randomBytes } from 'node:crypto';
import { link, mkdir, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import packlist from 'npm-packlist';
import { describe, expect, it } from 'vitest';
import { gzipSizeBound, packInProcess } from '../../src/adapters/packed-list.js';
import { packlistWalk } from '../../src/adapters/packlist-walk.js';
import { tempDir, writeTree } from '../helpers/temp.js';

// The faster walk must list exactly what npm-packlist lists (npm's own walk,
// https://docs.npmjs.com/cli/v11/configuring-npm/package-json#files and
// https://docs.npmjs.com/cli/v11/using-npm/developers#keeping-files-out-of-your-package):
// generated trees with nested .gitignore/.npmignore files, `files` globs and negations, the
// names npm always drops or always keeps, in mixed case.

/** A small seeded generator: the same trees on every run. */
function random(seed: number): (n: number) => number {
  let state = seed;
  return (n) => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state % n;
  };
}

const NAMES = [
  'index.js',
  'x.js',
  'Z.JS',
  'y.ts',
  'keep.ts',
  'skip.js',
  'a.orig',
  '.x.swp',
  '._meta',
  'npm-debug.log',
  '.npmrc',
  '.DS_Store',
  'README.md',
  'readme',
  'LICENSE',
  'Licence.txt',
  'package-lock.json',
  'yarn.lock',
  '.wafpickle-7',
  '.lock-wscript',
  'config.gypi',
  'notes.LOG',
  'b.js',
  'CHANGELOG.md',
  'x.js~',
  'data.json',
];
const DIRS = [
  'lib',
  'dist',
  'Docs',
  'src',
  'sub',
  'build',
  'tmp',
  '.git',
  'CVS',
  '.hg',
  'archived-packages',
  'node_modules',
  '._cache',
  'deep',
];
const RULES = [
  '*.ts',
  '!keep.ts',
  'dist/',
  '/lib/*.js',
  'Docs',
  '**/tmp',
  '!/Docs/keep.ts',
  '*.LOG',
  'sub/**/x.js',
  '[ab].js',
  '{x,y}.js',
  '# a comment',
  'build/',
  '!build/config.gypi',
  'deep/*',
  '!deep/sub',
  '*.md',
  '!README.md',
  '/src',
  'LICENSE',
  '.*',
  '!.npmrc',
  'skip*',
  '?.js',
  'data.json',
];
const FILES_FIELD = [
  'lib',
  'dist/*',
  'Docs/**',
  '*.js',
  '!lib/skip.js',
  'src/',
  'x.js',
  'sub/**/*.ts',
  'README.md',
  './build',
  'deep',
  '/tmp/*',
  '.npmrc',
  'node_modules',
  'CVS',
  '*.orig',
  'data.json',
  'deep/build',
  'lib/*.orig',
  'sub/tmp/',
];

function pick<T>(next: (n: number) => number, list: readonly T[], count: number): T[] {
  return Array.from({ length: count }, () => list[next(list.length)] as T);
}

async function generate(dir: string, seed: number): Promise<Record<string, unknown>> {
  const next = random(seed);
  const files: Record<string, string> = {};
  const addDir = (prefix: string, depth: number): void => {
    for (const name of pick(next, NAMES, 3 + next(6))) files[`${prefix}${name}`] = `${prefix}${name}\n`;
    if (next(3) === 0)
      files[`${prefix}${next(2) ? '.npmignore' : '.gitignore'}`] = pick(next, RULES, 1 + next(5)).join('\n');
    if (depth < 3) for (const sub of pick(next, DIRS, next(4))) addDir(`${prefix}${sub}/`, depth + 1);
  };
  addDir('', 0);
  const manifest: Record<string, unknown> = { name: `generated-${seed}`, version: '1.0.0' };
  if (next(3) !== 0) manifest.files = [...new Set(pick(next, FILES_FIELD, 1 + next(5)))];
  if (next(3) === 0) manifest.main = 'lib/index.js';
  if (next(4) === 0) manifest.bin = { tool: 'dist/x.js' };
  files['package.json'] = JSON.stringify(manifest);
  await writeTree(dir, files);
  return manifest;
}

function treeOf(dir: string, manifest: Record<string, unknown>): Parameters<typeof packlist>[0] {
  const node = {
    path: dir,
    package: manifest,
    isProjectRoot: true,
    isLink: false,
    workspaces: null,
    edgesOut: new Map(),
  };
  return Object.assign(node, { target: node }) as unknown as Parameters<typeof packlist>[0];
}

describe('packlistWalk', () => {
  it('lists what npm-packlist lists on generated trees with ignore files and files globs', async () => {
    const base = await tempDir('mcp-release-packlist-walk-');
    let nonEmpty = 0;
    for (let seed = 1; seed <= 60; seed++) {
      const dir = path.join(base, String(seed));
      await mkdir(dir);
      const manifest = await generate(dir, seed);
      const expected = await packlist(treeOf(dir, manifest), { path: dir });
      expect(await packlistWalk(treeOf(dir, manifest), dir), `seed ${seed}`).toEqual(expected);
      if (expected.length > 1) nonEmpty++;
    }
    // The generated trees are not all trivial (package.json alone).
    expect(nonEmpty).toBeGreaterThan(40);
  });

  it('names only (types from readdir, no lstat): the same files, with links, a dangling link and names npm refuses', async () => {
    const base = await tempDir('mcp-release-packlist-names-');
    let reached = 0;
    for (let seed = 1; seed <= 30; seed++) {
      const dir = path.join(base, String(seed));
      await mkdir(dir);
      const manifest = await generate(dir, seed);
      // What readdir types differently from a plain file: links to a file, to a folder, to nothing; a name with '*'.
      await symlink('package.json', path.join(dir, 'link.js'));
      await mkdir(path.join(dir, 'real'), { recursive: true });
      await writeFile(path.join(dir, 'real', 'in.js'), '1');
      await symlink('real', path.join(dir, 'lib-link'));
      await symlink('missing.js', path.join(dir, 'dangling.js'));
      await writeFile(path.join(dir, 'star*.js'), '1');
      const expected = await packlist(treeOf(dir, manifest), { path: dir });
      // The folder beside the links is listed: the rules let the root's entries reach the stat step.
      if (expected.includes('real/in.js')) reached += 1;
      // Names only: the same set, in no particular order (its caller puts it in npm's listing order).
      const names = await packlistWalk(treeOf(dir, manifest), dir, { namesOnly: true });
      expect(names.toSorted(), `seed ${seed}`).toEqual(expected.toSorted());
      expect(await packlistWalk(treeOf(dir, manifest), dir, { stats: new Map() }), `seed ${seed}`).toEqual(expected);
    }
    // The links are not all filtered out before they are typed, in every seed: some reach the walk's stat.
    expect(reached).toBeGreaterThan(0);
  });

  it('keeps what a rule with magic needs (no literal) and drops what a literal rule names, any case', async () => {
    const dir = await tempDir('mcp-release-packlist-walk-');
    await writeTree(dir, {
      'package.json': JSON.stringify({ name: 'p', version: '1.0.0' }),
      '.npmignore': ['[a-c].js', 'LIB/*.MAP', '!lib/keep.map', 'Out'].join('\n'),
      'a.js': '',
      'd.js': '',
      'lib/x.map': '',
      'lib/keep.map': '',
      'lib/y.js': '',
      'out/z.js': '',
      'sub/.Git/config': '',
      'sub/cvs/entries': '',
    });
    const manifest = { name: 'p', version: '1.0.0' };
    const files = await packlistWalk(treeOf(dir, manifest), dir);
    expect(files).toEqual(await packlist(treeOf(dir, manifest), { path: dir }));
    expect(files.sort()).toEqual(['d.js', 'lib/keep.map', 'lib/y.js', 'package.json']);
  });

  it('walks into a folder that only a later part of a `files` entry names', async () => {
    const dir = await tempDir('mcp-release-packlist-walk-');
    const manifest = { name: 'p', version: '1.0.0', files: ['deep/build', 'lib/*.orig', 'src/**/*.json'] };
    await writeTree(dir, {
      'package.json': JSON.stringify(manifest),
      'deep/build/x.js': '',
      'deep/other.js': '',
      'lib/a.orig': '',
      'lib/a.js': '',
      'src/a/b/data.json': '',
    });
    const files = await packlistWalk(treeOf(dir, manifest), dir);
    expect(files).toEqual(await packlist(treeOf(dir, manifest), { path: dir }));
    // lib/a.orig: npm's default rules drop *.orig even where `files` names it.
    expect(files.sort()).toEqual(['deep/build/x.js', 'package.json', 'src/a/b/data.json']);
  });

  it("names only: npm's listing order, ties of its collator (a1 and a01) in the tarball's order as npm keeps them", async () => {
    const dir = await tempDir('mcp-release-packlist-ties-');
    await writeTree(dir, {
      'package.json': JSON.stringify({ name: 'p', version: '1.0.0' }),
      'a01.1': '',
      'a1.01': '',
      'keys1/id.pem': '',
      'keys01/id.pem': '',
      'v1/A.js': '',
      'v01/a.js': '',
      '@x/y.js': '',
      'x/@y.js': '',
      'b2.js': '',
      'b02.JS': '',
    });
    const listed = await packInProcess(dir);
    const names = await packInProcess(dir, { namesOnly: true });
    if (!listed.ok || !names.ok) throw new Error('not listed in-process');
    expect(names.pack.files.map((f) => f.path)).toEqual(listed.pack.files.map((f) => f.path));
    // The ties are there: the collator alone does not order these pairs.
    const collator = new Intl.Collator('en', { sensitivity: 'case', numeric: true });
    expect(collator.compare('a01.1', 'a1.01')).toBe(0);
    expect(collator.compare('keys1/id.pem', 'keys01/id.pem')).toBe(0);
    for (let seed = 1; seed <= 30; seed++) {
      const tree = path.join(dir, `gen-${seed}`);
      await mkdir(tree);
      await generate(tree, seed);
      const a = await packInProcess(tree);
      const b = await packInProcess(tree, { namesOnly: true });
      if (!a.ok || !b.ok) continue;
      expect(
        b.pack.files.map((f) => f.path),
        `seed ${seed}`,
      ).toEqual(a.pack.files.map((f) => f.path));
    }
  });

  it('below the budget the tarball is not built: the same listing, and a size the real .tgz never exceeds', async () => {
    const dir = await tempDir('mcp-release-packlist-bound-');
    const long = `${'d'.repeat(120)}/${'f'.repeat(110)}.js`; // past ustar's 100-byte name: a pax header
    await writeTree(dir, {
      'package.json': JSON.stringify({ name: '@s/p', version: '1.2.3', bin: { p: 'bin/p.js' } }),
      'bin/p.js': '#!/usr/bin/env node\n',
      'lib/index.js': 'export {};\n'.repeat(1000),
      [long]: 'x',
      'empty.js': '',
    });
    // Incompressible bytes (gzip makes them larger) and many small files (headers and padding) are the worst case.
    await writeFile(path.join(dir, 'lib/random.bin'), randomBytes(300_000));
    for (let i = 0; i < 40; i++) await writeFile(path.join(dir, `lib/r${i}.bin`), randomBytes(i * 37));
    await link(path.join(dir, 'lib/r5.bin'), path.join(dir, 'lib/hard.bin'));
    const exact = await packInProcess(dir, { withoutHashes: true });
    const bounded = await packInProcess(dir, { withoutHashes: true, sizeMattersAbove: 10_000_000 });
    const needed = await packInProcess(dir, { withoutHashes: true, sizeMattersAbove: 1000 });
    if (!exact.ok || !bounded.ok || !needed.ok) throw new Error('not listed in-process');
    expect(bounded.pack.sizeAtMost).toBe(true);
    expect(bounded.pack.files).toEqual(exact.pack.files);
    expect(bounded.pack.unpackedSize).toBe(exact.pack.unpackedSize);
    expect(bounded.pack.size).toBeGreaterThanOrEqual(exact.pack.size);
    // A budget the bound may pass: the exact size, as without one.
    expect(needed.pack).toEqual(exact.pack);
    expect(exact.pack.sizeAtMost).toBeUndefined();
  });

  it("the gzip bound holds for any bytes: zlib's worst case, not a guess", async () => {
    const { gzipSync } = await import('node:zlib');
    const next = random(7);
    for (const size of [0, 1, 511, 512, 4096, 65_535, 65_536, 200_000]) {
      const samples = [
        randomBytes(size),
        Buffer.alloc(size, 'a'),
        Buffer.from(Array.from({ length: size }, () => next(256))),
      ];
      for (const bytes of samples)
        expect(gzipSizeBound(size)).toBeGreaterThanOrEqual(gzipSync(bytes, { level: 9 }).length);
    }
  });
});

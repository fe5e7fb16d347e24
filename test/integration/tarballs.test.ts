import { spawn } from 'node:child_process';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../../src/report/model.js';
import { inspectTarball } from '../../src/adapters/tarball.js';
import { startRegistry, type TestRegistry } from '../helpers/registry.js';
import { CLI, cleanEnv, ROOT, runNode } from '../helpers/run.js';
import { manifestEntry, writeTarball, type TarEntry } from '../helpers/tar-writer.js';
import { tempDir } from '../helpers/temp.js';

/**
 * Tarballs no `npm pack` would write: links, `..` and absolute names, several top
 * folders, 100,000 files, a 1 GB entry. publish and smoke refuse the unsafe ones
 * with one line before the registry hears of them, and read the big ones as a
 * stream (time, not memory).
 */
let registry: TestRegistry;
beforeAll(async () => {
  registry = await startRegistry();
});
afterAll(async () => registry.stop());

const STACK_TRACE = /^\s+at .+:\d+:\d+\)?$/m;

async function tarball(entries: Iterable<TarEntry>): Promise<string> {
  const file = path.join(await tempDir('tarball-'), 'pkg.tgz');
  await writeTarball(file, entries);
  return file;
}

async function registryHas(name: string): Promise<boolean> {
  return (await fetch(`${registry.url}${name}`)).status === 200;
}

describe('unsafe tarballs are refused before anything is written', () => {
  const cases: [string, TarEntry, RegExp][] = [
    [
      'a symbolic link',
      { name: 'package/link.js', type: '2', linkname: '/etc/passwd' },
      /"package\/link\.js" is a symbolic link to "\/etc\/passwd"/,
    ],
    ['a hard link', { name: 'package/hard.js', type: '1', linkname: 'package/index.js' }, /is a hard link/],
    ['a .. name', { name: 'package/../../.bashrc', body: 'echo owned' }, /climbs out of the package with \.\./],
    ['an absolute name', { name: '/tmp/evil.js', body: 'x' }, /is an absolute path/],
    ['a device', { name: 'package/dev', type: '3' }, /is a character device/],
    ['a second top folder', { name: 'other/index.js', body: 'x' }, /several top folders/],
  ];
  for (const [label, entry, message] of cases) {
    it(`${label}: publish and smoke refuse it in one line; the registry never hears of it`, async () => {
      const name = `unsafe-${label.replace(/\W+/g, '-')}`;
      const file = await tarball([
        manifestEntry(name),
        { name: 'package/index.js', body: '#!/usr/bin/env node\n' },
        entry,
      ]);
      const published = await runNode(CLI, ['publish', file, '--registry', registry.url, '--json'], {
        env: { NODE_AUTH_TOKEN: registry.token },
      });
      expect(published.code).toBe(1);
      const report = JSON.parse(published.stdout) as Report;
      // A name that writes outside the package is the name rule scan and pack apply too; the rest is the tarball's.
      const rule = /climbs out|absolute path/.test(message.source) ? 'pack/unsafe-name' : 'publish/unsafe-tarball';
      expect(report.findings.map((f) => f.rule)).toEqual([rule]);
      expect(report.findings[0]?.message).toMatch(message);
      expect(published.stdout + published.stderr).not.toMatch(STACK_TRACE);
      expect(await registryHas(name)).toBe(false);
      const smoke = await runNode(CLI, ['smoke', file, '--json']);
      expect(smoke.code).toBe(1);
      expect((JSON.parse(smoke.stdout) as Report).findings[0]?.message).toMatch(
        /has entries npm never packs, not installed/,
      );
    });
  }
});

describe('big tarballs are read as a stream', () => {
  it('100,000 files: publish --dry-run reads it and plans the publish', async () => {
    const files = function* (): Generator<TarEntry> {
      yield manifestEntry('many-files-check');
      for (let i = 0; i < 100_000; i += 1) yield { name: `package/lib/f${i}.js`, body: `export const n = ${i};\n` };
    };
    const file = await tarball(files());
    expect((await inspectTarball(file)).entries).toBe(100_001);
    const run = await runNode(CLI, ['publish', file, '--registry', registry.url, '--dry-run', '--json'], {
      env: { NODE_AUTH_TOKEN: registry.token },
    });
    expect(run.code, run.stdout).toBe(0);
    expect((JSON.parse(run.stdout) as Report).outputs.published).toBe('dry-run');
  }, 120_000);

  it('a 1 GB entry: publish --dry-run finishes with its peak memory far below the entry size', async () => {
    const file = await tarball([manifestEntry('big-file-check'), { name: 'package/data.bin', zeros: 1024 ** 3 }]);
    const rssFile = path.join(path.dirname(file), 'rss');
    const run = await new Promise<{ code: number | null; stdout: string }>((resolve) => {
      const child = spawn(
        process.execPath,
        [
          '--import',
          path.join(ROOT, 'bench/lib/max-rss.mjs'),
          CLI,
          'publish',
          file,
          '--registry',
          registry.url,
          '--dry-run',
          '--json',
        ],
        {
          env: { ...cleanEnv(), NODE_AUTH_TOKEN: registry.token, BENCH_RSS_FILE: rssFile },
          stdio: ['ignore', 'pipe', 'ignore'],
        },
      );
      let stdout = '';
      child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
      child.on('close', (code) => resolve({ code, stdout }));
    });
    expect(run.code, run.stdout).toBe(0);
    const { readFile } = await import('node:fs/promises');
    const peakMb = Number(await readFile(rssFile, 'utf8')) / 1024;
    expect(peakMb).toBeLessThan(400);
  }, 180_000);
});

describe('generated tarballs (fast-check)', () => {
  const segment = fc.constantFrom(
    'package',
    'lib',
    'index.js',
    '..',
    '.',
    '',
    'a b',
    '$(id)',
    '${{ secrets.X }}',
    'é',
    'C:',
    '<img>',
  );
  const isLink = (e: TarEntry) => e.type === '1' || e.type === '2';
  /** Headers node-tar (npm's reader) skips with a warning: no name, a link without a target, a target on a non-link. */
  const invalid = (e: TarEntry) => e.name === '' || (isLink(e) ? !e.linkname : Boolean(e.linkname));
  /** node-tar reads a file entry whose name ends with '/' as a folder (no body). */
  const isFolder = (e: TarEntry) => e.type === '5' || ((e.type ?? '0') === '0' && e.name.endsWith('/'));
  const entry = fc
    .record({
      name: fc
        .tuple(fc.constantFrom('', '/'), fc.array(segment, { minLength: 1, maxLength: 4 }))
        .map(([lead, parts]) => `${lead}${parts.join('/')}`),
      type: fc.constantFrom('0', '0', '0', '5', '2', '1', '6'),
      body: fc.string({ maxLength: 40 }),
      linkname: fc.constantFrom('', '../x', '/etc/passwd', 'package/index.js'),
    })
    // The body of a skipped header (or of a folder) would be read as headers itself: left empty, so each entry is one entry.
    .map((e): TarEntry => (invalid(e) || isFolder(e) ? { ...e, body: '' } : e));
  /** Where npm's `strip: 1` extraction writes an entry. */
  const landing = (name: string) =>
    name
      .split('/')
      .slice(1)
      .filter((s) => s !== '' && s !== '.')
      .join('/');
  /** An independent statement of the rule: what npm pack never writes, as npm's reader sees it. */
  const unsafe = (all: TarEntry[]) => {
    if (all.some(invalid)) return true;
    const entries = all.filter((e) => !invalid(e));
    const files = entries
      .filter((e) => !isFolder(e))
      .map((e) => landing(e.name))
      .filter(Boolean);
    return (
      entries.some(
        (e) =>
          /^[\\/]|^[A-Za-z]:/.test(e.name) ||
          e.name.split(/[\\/]/).includes('..') ||
          ['1', '2', '3', '4', '6'].includes(e.type ?? '0'),
      ) ||
      new Set(entries.map((e) => e.name.split('/')[0])).size > 1 ||
      new Set(files).size < files.length
    );
  };

  it('any archive: inspected without throwing, refused exactly when an entry is unsafe', async () => {
    const dir = await tempDir('tarball-gen-');
    let n = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(entry, { minLength: 1, maxLength: 6 }), async (generated) => {
        const entries: TarEntry[] = [manifestEntry(), ...generated];
        const file = path.join(dir, `t${(n += 1)}.tgz`);
        await writeTarball(file, entries);
        const inspected = await inspectTarball(file);
        expect(inspected.entries).toBe(entries.filter((e) => !invalid(e)).length);
        expect(inspected.unsafe.length > 0).toBe(unsafe(entries));
      }),
      { numRuns: 150 },
    );
  });

  it('bytes that are not a tarball: a one-line error, never a stack trace', async () => {
    const dir = await tempDir('tarball-junk-');
    const { writeFile } = await import('node:fs/promises');
    for (const [label, bytes] of [
      ['empty', Buffer.alloc(0)],
      ['text', Buffer.from('not a tarball')],
      ['truncated gzip', Buffer.from([0x1f, 0x8b, 8, 0, 0, 0])],
    ] as const) {
      const file = path.join(dir, `${label.replace(' ', '-')}.tgz`);
      await writeFile(file, bytes);
      const run = await runNode(CLI, ['publish', file, '--registry', registry.url, '--json'], {
        env: { NODE_AUTH_TOKEN: registry.token },
      });
      expect(run.code, label).toBe(1);
      expect((JSON.parse(run.stdout) as Report).findings.map((f) => f.rule)).toEqual(['publish/bad-tarball']);
      expect(run.stdout + run.stderr).not.toMatch(STACK_TRACE);
    }
  });
});

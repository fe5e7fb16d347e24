import { randomBytes } from 'node:crypto';
import { digestsOf } from '../../src/release/integrity.js';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  inspectTarball,
  listTarballFiles,
  readTarballManifest,
  readTarballOnce,
  tarballContents,
} from '../../src/adapters/tarball.js';

/** A tar archive built block by block, for entries npm never writes (long-name records, pax, links). */
interface Entry {
  name: string;
  type?: string;
  body?: string | Buffer;
  prefix?: string;
  linkname?: string;
  /** Raw bytes of the size field (a GNU base-256 size, for instance). */
  sizeField?: Buffer;
}

function block(entry: Entry, size: number): Buffer {
  const b = Buffer.alloc(512);
  b.write(entry.name, 0, 100, 'utf8');
  b.write('0000644\0', 100);
  b.write(`${size.toString(8).padStart(11, '0')}\0`, 124);
  if (entry.sizeField) entry.sizeField.copy(b, 124);
  b.write('        ', 148);
  b.write(entry.type ?? '0', 156);
  b.write(entry.linkname ?? '', 157, 100, 'utf8');
  b.write('ustar\0', 257);
  b.write('00', 263);
  b.write(entry.prefix ?? '', 345, 155, 'utf8');
  b.write(
    `${b
      .reduce((n, x) => n + x, 0)
      .toString(8)
      .padStart(6, '0')}\0 `,
    148,
  );
  return b;
}

function tar(entries: Entry[], end: Buffer = Buffer.alloc(1024)): Buffer {
  const parts: Buffer[] = [];
  for (const entry of entries) {
    const body = Buffer.from(entry.body ?? '');
    parts.push(block(entry, body.length), body, Buffer.alloc((512 - (body.length % 512)) % 512));
  }
  return Buffer.concat([...parts, end]);
}

let dir: string;
let n = 0;
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'tarball-unit-'));
});
afterAll(async () => rm(dir, { recursive: true, force: true }));

async function inspect(bytes: Buffer) {
  n += 1;
  const file = path.join(dir, `t${n}.tgz`);
  await writeFile(file, bytes);
  return inspectTarball(file);
}
const inspectTar = (entries: Entry[], end?: Buffer) => inspect(gzipSync(tar(entries, end)));
const manifest = (extra: object = {}) => ({
  name: 'package/package.json',
  body: JSON.stringify({ name: 'pkg', version: '1.0.0', ...extra }),
});

describe('reading an npm tarball', () => {
  it('the package.json of the top folder, and the number of entries', async () => {
    const result = await inspectTar([
      { name: 'package/index.js', body: 'console.log(1)\n' },
      manifest({ bin: 'index.js' }),
      { name: 'package/lib/', type: '5' },
    ]);
    expect(result).toEqual({ entries: 3, unsafe: [], manifest: { name: 'pkg', version: '1.0.0', bin: 'index.js' } });
  });

  it('another top folder name works too (npm packs some as the package name); a nested package.json is not the manifest', async () => {
    expect(
      (await inspectTar([{ name: 'node/package.json', body: '{"name":"n","version":"2.0.0"}' }])).manifest,
    ).toEqual({ name: 'n', version: '2.0.0' });
    expect(
      (await inspectTar([{ name: 'package/lib/package.json', body: '{"name":"inner"}' }])).manifest,
    ).toBeUndefined();
    expect((await inspectTar([{ name: 'package.json', body: '{"name":"flat"}' }])).manifest).toBeUndefined();
  });

  it('two package.json: the last wins, as when npm unpacks it, and the tarball is unsafe; one that is not a JSON object is no manifest', async () => {
    const twice = await inspectTar([manifest(), { name: 'package/package.json', body: '{"name":"second"}' }]);
    expect(twice.manifest).toEqual({ name: 'second' });
    expect(twice.unsafe).toEqual([
      '"package/package.json" lands on the same file as "package/package.json" when npm unpacks it: the last one wins (npm pack writes each path once)',
    ]);
    for (const body of ['not json', '[1,2]', 'null', '"text"'])
      expect((await inspectTar([{ name: 'package/package.json', body }])).manifest).toBeUndefined();
    // Old tars mark regular files with NUL instead of '0'.
    expect((await inspectTar([{ ...manifest(), type: '\0' }])).manifest).toMatchObject({ name: 'pkg' });
    expect(
      (await inspectTar([{ name: 'package/package.json.bak', body: '{"name":"backup"}' }])).manifest,
    ).toBeUndefined();
    // A package.json that is a link or a folder is not read.
    expect(
      (
        await inspectTar([
          { name: 'package/package.json', type: '5' },
          { name: 'package/x', body: '{"name":"body-of-x"}' },
        ])
      ).manifest,
    ).toBeUndefined();
    expect(
      (await inspectTar([{ name: 'package/package.json', type: '5', body: '{"name":"a folder with a body"}' }]))
        .manifest,
    ).toBeUndefined();
    expect(
      (await inspectTar([{ name: 'package/package.json', type: '2', linkname: '/etc/passwd' }])).manifest,
    ).toBeUndefined();
  });

  it('bodies of any size are passed over, across read chunks, and a large package.json is read whole', async () => {
    const big = JSON.stringify({ name: 'big', version: '1.0.0', description: 'd'.repeat(200_000) });
    const entries: Entry[] = [];
    for (let i = 0; i < 300; i += 1) entries.push({ name: `package/f${i}.txt`, body: 'x'.repeat((i * 997) % 3000) });
    const result = await inspectTar([
      ...entries,
      { name: 'package/package.json', body: big },
      { name: 'package/z.txt', body: 'z' },
    ]);
    expect(result.entries).toBe(302);
    expect(result.manifest?.description).toHaveLength(200_000);
    expect(result.unsafe).toEqual([]);
  });

  it('names longer than 100 bytes: the ustar prefix, a GNU long-name record, a pax path', async () => {
    const long = `package/${'d'.repeat(120)}/package.json`;
    expect(await inspectTar([{ name: 'package.json', prefix: 'package', body: '{"name":"prefixed"}' }])).toMatchObject({
      manifest: { name: 'prefixed' },
      entries: 1,
    });
    expect(
      await inspectTar([
        { name: '././@LongLink', type: 'L', body: `${long}\0` },
        { name: 'package/trunc', body: 'x' },
      ]),
    ).toMatchObject({ entries: 1, unsafe: [] });
    // The long name applies to the next entry only: here it makes an unsafe one.
    const gnu = await inspectTar([
      { name: '././@LongLink', type: 'L', body: `package/../${'e'.repeat(120)}\0` },
      { name: 'package/fine', body: 'x' },
      { name: 'package/other', body: 'y' },
    ]);
    expect(gnu.unsafe).toEqual([
      `${JSON.stringify(`package/../${'e'.repeat(120)}`)} climbs out of the package with ..`,
    ]);
    expect(gnu.entries).toBe(2);
    const pax = await inspectTar([
      { name: 'PaxHeader', type: 'x', body: `30 mtime=1700000000.123456789\n24 path=package/../x.js\n` },
      { name: 'package/x.js', body: 'x' },
    ]);
    expect(pax.unsafe).toEqual(['"package/../x.js" climbs out of the package with ..']);
    const paxManifest = await inspectTar([
      { name: 'PaxHeader', type: 'x', body: '29 path=package/package.json\n' },
      { name: 'package/pj', body: '{"name":"pax"}' },
    ]);
    expect(paxManifest.manifest).toEqual({ name: 'pax' });
    // A pax record without a path leaves the entry's own name.
    expect(
      (await inspectTar([{ name: 'PaxHeader', type: 'x', body: '16 uid=1000\n' }, manifest()])).manifest,
    ).toMatchObject({ name: 'pkg' });
  });

  it('a global pax header is not an entry', async () => {
    expect(
      await inspectTar([
        { name: 'pax_global_header', type: 'g', body: '52 comment=3f2a9c4b7e1d0a8f6c5b4e3d2c1b0a9f8e7d6c5b\n' },
        manifest(),
      ]),
    ).toMatchObject({ entries: 1, unsafe: [], manifest: { name: 'pkg' } });
  });

  it('a GNU base-256 size (8 GB and more) is read as a number, not as octal text', async () => {
    const size = Buffer.alloc(12);
    size[0] = 0x80;
    size.writeUInt32BE(517, 8); // 517 bytes, in base-256
    const result = await inspectTar([{ name: 'package/a', body: 'a'.repeat(517), sizeField: size }, manifest()]);
    expect(result).toMatchObject({ entries: 2, manifest: { name: 'pkg' } });
  });

  it('the end marker ends the archive: what follows is not read', async () => {
    const after = tar([{ name: '/etc/evil', body: 'x' }]);
    expect(await inspect(gzipSync(Buffer.concat([tar([manifest()]), after])))).toEqual({
      entries: 1,
      unsafe: [],
      manifest: { name: 'pkg', version: '1.0.0' },
    });
    // Many headers after the marker, across read chunks: still not read.
    const headers = tar(Array.from({ length: 200 }, (_, i) => ({ name: `/abs/${i}`, type: '5' })));
    expect(await inspect(gzipSync(Buffer.concat([tar([manifest()]), headers])))).toEqual({
      entries: 1,
      unsafe: [],
      manifest: { name: 'pkg', version: '1.0.0' },
    });
    // No end marker at all (a truncated archive): what is there is read, to the last header.
    expect(await inspect(gzipSync(tar([manifest()], Buffer.alloc(0))))).toMatchObject({
      entries: 1,
      manifest: { name: 'pkg' },
    });
    expect(
      await inspect(gzipSync(tar([manifest(), { name: 'package/lib/', type: '5' }], Buffer.alloc(0)))),
    ).toMatchObject({ entries: 2, manifest: { name: 'pkg' } });
  });

  it('a package.json over 10 MB is not read (npm would not publish it); one of exactly 10 MB is', async () => {
    // Random padding: a run of one letter compresses past node-tar's 1000:1 ratio guard (a gzip bomb) and is unreadable.
    const noise = randomBytes(8 * 1024 * 1024).toString('base64');
    const sized = (bytes: number) => {
      const head = '{"name":"big","pad":"';
      return `${head}${noise.slice(0, bytes - head.length - 2)}"}`;
    };
    expect(
      (await inspectTar([{ name: 'package/package.json', body: sized(10 * 1024 * 1024) }])).manifest,
    ).toMatchObject({ name: 'big' });
    expect(
      (await inspectTar([{ name: 'package/package.json', body: sized(10 * 1024 * 1024 + 1) }])).manifest,
    ).toBeUndefined();
  });

  it('a package.json that is not JSON after a good one: npm sends the broken one, so there is no manifest', async () => {
    const result = await inspectTar([manifest(), { name: 'package/./package.json', body: 'not json' }]);
    expect(result.manifest).toBeUndefined();
    expect(result.unsafe).toEqual([
      '"package/./package.json" lands on the same file as "package/package.json" when npm unpacks it: the last one wins (npm pack writes each path once)',
    ]);
    // No manifest means no manifest key, not one set to undefined.
    expect(await inspectTar([{ name: 'package/package.json', body: '[]' }])).toStrictEqual({ entries: 1, unsafe: [] });
  });

  it('a contiguous file (type 7) is a regular file: packed, and read as the manifest', async () => {
    expect(await inspectTar([{ ...manifest(), type: '7' }])).toEqual({
      entries: 1,
      unsafe: [],
      manifest: { name: 'pkg', version: '1.0.0' },
    });
  });

  it('folders listed twice, the top folder as an entry, entries landing on the top folder itself: no file is written twice', async () => {
    const result = await inspectTar([
      { name: 'package/', type: '5' },
      manifest(),
      { name: 'package/lib/', type: '5' },
      { name: 'package/lib/', type: '5' },
      { name: 'package/./lib/', type: '5' },
      { name: 'package/lib/x.js', body: 'x' },
      { name: 'package', body: 'x' },
      { name: 'package/.', body: 'x' },
    ]);
    expect(result).toEqual({ entries: 8, unsafe: [], manifest: { name: 'pkg', version: '1.0.0' } });
  });

  it('PACKAGE.JSON lands on package.json on a case-insensitive file system; other names differing in case do not collide', async () => {
    expect((await inspectTar([manifest(), { name: 'package/PACKAGE.JSON', body: '{}' }])).unsafe).toEqual([
      '"package/PACKAGE.JSON" lands on the same file as "package/package.json" when npm unpacks it: the last one wins (npm pack writes each path once)',
    ]);
    expect((await inspectTar([{ name: 'package/Package.Json', body: '{}' }, manifest()])).unsafe).toEqual([
      '"package/package.json" lands on the same file as "package/Package.Json" when npm unpacks it: the last one wins (npm pack writes each path once)',
    ]);
    expect(
      (
        await inspectTar([
          manifest(),
          { name: 'package/README.md', body: 'a' },
          { name: 'package/readme.md', body: 'b' },
        ])
      ).unsafe,
    ).toEqual([]);
  });

  it('readTarballManifest is the manifest alone', async () => {
    const file = path.join(dir, 'm.tgz');
    await writeFile(file, gzipSync(tar([manifest()])));
    expect(await readTarballManifest(file)).toEqual({ name: 'pkg', version: '1.0.0' });
  });

  it('one streamed read gives the digests, the inspection, the manifest and the file list the separate reads give', async () => {
    const file = path.join(dir, 'once.tgz');
    const bytes = gzipSync(
      tar([
        manifest(),
        { name: 'package/dist/index.js', body: 'x'.repeat(700) },
        { name: 'package/README.md', body: 'hi' },
      ]),
    );
    await writeFile(file, bytes);
    const once = await readTarballOnce(file);
    // The digests and size of the very bytes on disk, computed while they stream past (no copy kept).
    expect(once.digests).toEqual(digestsOf(bytes));
    expect(once.size).toBe(bytes.length);
    expect(once.inspection).toEqual(await inspectTarball(file));
    const contents = await tarballContents(file);
    expect(contents.manifest).toEqual(await readTarballManifest(file));
    expect(contents.files).toEqual(await listTarballFiles(file));
    expect(contents.files).toEqual([
      { path: 'dist/index.js', size: 700 },
      { path: 'package.json', size: 32 },
      { path: 'README.md', size: 2 },
    ]);
  });
});

describe('what npm never packs', () => {
  it('absolute names, .. anywhere, links with their target, devices, FIFOs: each named with why', async () => {
    const result = await inspectTar([
      manifest(),
      { name: '/etc/cron.d/x', body: 'x' },
      { name: 'C:\\Windows\\x.js', body: 'x' },
      { name: 'package/a/../../b', body: 'x' },
      { name: 'package/win\\..\\b', body: 'x' },
      { name: 'package/link', type: '2', linkname: '/etc/passwd' },
    ]);
    // npm extracts with strip: 1, so `package/c:/x.js` lands on `c:/x.js`: a drive letter in any segment is refused.
    expect((await inspectTar([manifest(), { name: 'package/c:/x.js', body: 'x' }])).unsafe).toEqual([
      '"package/c:/x.js" is an absolute path (a drive letter)',
    ]);
    expect((await inspectTar([manifest(), { name: 'package/ac:/x.js', body: 'x' }])).unsafe).toEqual([]);
    expect(result.unsafe).toEqual([
      '"/etc/cron.d/x" is an absolute path',
      '"C:\\\\Windows\\\\x.js" is an absolute path (a drive letter)',
      '"package/a/../../b" climbs out of the package with ..',
      '"package/win\\\\..\\\\b" climbs out of the package with .. (separated by \\, as Windows reads it)',
      '"package/link" is a symbolic link to "/etc/passwd" (npm packs regular files only)',
    ]);
    // The name problems among them, apart: publish reports those as pack/unsafe-name.
    expect(result.unsafeNames).toEqual(result.unsafe.slice(0, 4));
    const kinds = await inspectTar([
      manifest(),
      { name: 'package/hard', type: '1', linkname: 'package/package.json' },
      { name: 'package/chr', type: '3' },
      { name: 'package/blk', type: '4' },
      { name: 'package/fifo', type: '6' },
    ]);
    expect(kinds.unsafe).toEqual([
      '"package/hard" is a hard link to "package/package.json" (npm packs regular files only)',
      '"package/chr" is a character device (npm packs regular files only)',
      '"package/blk" is a block device (npm packs regular files only)',
      '"package/fifo" is a FIFO (npm packs regular files only)',
    ]);
  });

  it('a name that fills its 100-byte field (no NUL) is read whole', async () => {
    expect((await inspectTar([{ name: `/${'n'.repeat(99)}`, body: 'x' }])).unsafe).toEqual([
      `${JSON.stringify(`/${'n'.repeat(99)}`)} is an absolute path`,
    ]);
  });

  it('names are shown at most 200 characters long; at most five, then "..."', async () => {
    const many = Array.from({ length: 9 }, (_, i) => ({ name: `/abs/${i}`, body: 'x' }));
    expect((await inspectTar(many)).unsafe).toEqual([
      '"/abs/0" is an absolute path',
      '"/abs/1" is an absolute path',
      '"/abs/2" is an absolute path',
      '"/abs/3" is an absolute path',
      '"/abs/4" is an absolute path',
      '...',
    ]);
    const long = await inspectTar([
      { name: '././@LongLink', type: 'L', body: `/${'a'.repeat(300)}\0` },
      { name: 'x', body: 'x' },
    ]);
    expect(long.unsafe[0]).toBe(`${JSON.stringify(`/${'a'.repeat(199)}`)} is an absolute path`);
  });

  it('exactly five findings are all shown, without "..."', async () => {
    const five = Array.from({ length: 5 }, (_, i) => ({ name: `/abs/${i}`, body: 'x' }));
    expect((await inspectTar(five)).unsafe).toEqual([
      '"/abs/0" is an absolute path',
      '"/abs/1" is an absolute path',
      '"/abs/2" is an absolute path',
      '"/abs/3" is an absolute path',
      '"/abs/4" is an absolute path',
    ]);
  });

  it('an entry after a single zero block (a reader that stops there never sees it)', async () => {
    const gap = Buffer.concat([
      tar([manifest()], Buffer.alloc(512)),
      tar([
        { name: 'package/late.js', body: 'x' },
        { name: 'package/later.js', body: 'y' },
      ]),
    ]);
    expect(await inspect(gzipSync(gap))).toEqual({
      entries: 3,
      unsafe: [
        '"package/late.js" follows a single zero block: tar readers that stop there never see it (npm pack ends only with two)',
      ],
      manifest: { name: 'pkg', version: '1.0.0' },
    });
    // A single zero block at the very end (a truncated end marker) hides nothing.
    expect(await inspect(gzipSync(tar([manifest()], Buffer.alloc(512))))).toEqual({
      entries: 1,
      unsafe: [],
      manifest: { name: 'pkg', version: '1.0.0' },
    });
  });

  it("a type npm's reader does not know is skipped by it, and said so; a GNU dump folder is refused", async () => {
    expect(
      (
        await inspectTar([
          manifest(),
          { name: 'package/sparse', type: 'S', body: 'x' },
          { name: 'package/ok.js', body: 'x' },
        ])
      ).unsafe,
    ).toEqual(['"package/sparse" is a SparseFile entry npm\'s reader ignores']);
    expect((await inspectTar([manifest(), { name: 'package/dump', type: 'D' }])).unsafe).toEqual([
      '"package/dump" is a GNUDumpDir entry (npm packs regular files only)',
    ]);
  });

  it("headers npm's reader skips with a warning: reported after the entries, and the tarball stays readable", async () => {
    const result = await inspectTar([
      manifest(),
      { name: 'package/nolink', type: '2' },
      { name: 'package/fifo', type: '6', linkname: '/dev/null' },
      { name: 'package/../x', body: 'x' },
    ]);
    expect(result).toEqual({
      entries: 2,
      unsafeNames: ['"package/../x" climbs out of the package with ..'],
      unsafe: [
        '"package/../x" climbs out of the package with ..',
        "an entry npm's reader skips (TAR_ENTRY_INVALID: linkpath required)",
        "an entry npm's reader skips (TAR_ENTRY_INVALID: linkpath forbidden)",
      ],
      manifest: { name: 'pkg', version: '1.0.0' },
    });
  });

  it('several top folders (npm packs everything under one)', async () => {
    expect(
      (
        await inspectTar([
          manifest(),
          { name: 'other/x.js', body: 'x' },
          { name: 'third/y.js', body: 'y' },
          { name: 'fourth/z.js', body: 'z' },
        ])
      ).unsafe,
    ).toEqual(['"package", "other", "third" are several top folders (npm packs everything under one, package/)']);
    expect((await inspectTar([manifest(), { name: 'package/lib/x.js', body: 'x' }])).unsafe).toEqual([]);
  });
});

describe('what is not a tarball', () => {
  it('not gzip, a missing file: unreadable, with the reason', async () => {
    expect(await inspect(Buffer.from('plain text, not gzip'))).toMatchObject({
      entries: 0,
      unsafe: [],
      unreadable: 'Unrecognized archive format',
    });
    expect(await inspectTarball(path.join(dir, 'missing.tgz'))).toMatchObject({
      unreadable: expect.stringMatching(/ENOENT/),
    });
  });

  it('a corrupt gzip stream: unreadable, with the reason', async () => {
    const gz = gzipSync(tar([manifest(), { name: 'package/a.bin', body: randomBytes(4096) }]));
    expect(await inspect(gz.subarray(0, gz.length - 100))).toMatchObject({
      unreadable: 'zlib: unexpected end of file',
    });
  });

  it('gzip of something else: no entries, no manifest, unreadable', async () => {
    expect(await inspect(gzipSync(Buffer.alloc(100, 1)))).toEqual({
      entries: 0,
      unsafe: [],
      unreadable: 'Unrecognized archive format',
    });
  });
});

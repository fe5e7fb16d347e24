import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { formatSums, lookupSum, parseSums, sha256Of } from '../../src/release/checksums.js';

/**
 * SHA256SUMS as sign writes it and verify reads it, in the format of GNU
 * `sha256sum` ("<hex>  <name>", a `*` before the name in binary mode:
 * https://www.gnu.org/software/coreutils/manual/html_node/md5sum-invocation.html).
 */
const A = 'a'.repeat(64);
const B = 'b'.repeat(64);

describe('sha256Of', () => {
  it('is the hex sha256 of the bytes (the well-known digest of "abc")', () => {
    expect(sha256Of(Buffer.from('abc'))).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(sha256Of(new Uint8Array([1, 2, 3]))).toBe(
      createHash('sha256')
        .update(Buffer.from([1, 2, 3]))
        .digest('hex'),
    );
  });
});

describe('formatSums', () => {
  it('one "<hex>  <name>" line per file, sorted by name, ending in a newline', () => {
    expect(
      formatSums([
        { name: 'pkg-1.0.0.tgz', sha256: B },
        { name: 'pkg-1.0.0.tgz.sigstore.json', sha256: A },
        { name: 'attestation.json', sha256: A },
      ]),
    ).toBe(`${A}  attestation.json\n${B}  pkg-1.0.0.tgz\n${A}  pkg-1.0.0.tgz.sigstore.json\n`);
  });

  it('what it writes reads back to the same names and digests', () => {
    const entries = [
      { name: 'x.tgz', sha256: A },
      { name: 'y.tgz', sha256: B },
    ];
    expect(parseSums(formatSums(entries)).map(({ name, sha256 }) => ({ name, sha256 }))).toEqual(entries);
  });
});

describe('parseSums', () => {
  it('reads text and binary mode lines, lower-cases the digest, keeps 1-based line numbers, skips other lines', () => {
    const text = `# made by hand\n${A}  x.tgz\n\n${B.toUpperCase()} *y.tgz\nnot a line\n${'c'.repeat(63)}  short.tgz\n`;
    expect(parseSums(text)).toEqual([
      { name: 'x.tgz', sha256: A, line: 2 },
      { name: 'y.tgz', sha256: B, line: 4 },
    ]);
  });

  it('keeps a name with spaces whole, and keeps duplicates', () => {
    expect(parseSums(`${A}  my file.tgz\n${A}  my file.tgz\n`).map((l) => [l.name, l.line])).toEqual([
      ['my file.tgz', 1],
      ['my file.tgz', 2],
    ]);
  });
});

describe('lookupSum', () => {
  it('finds a file by any of its names, with or without "./"', () => {
    const lines = parseSums(`${A}  ./dist/x.tgz\n${B}  other.tgz\n`);
    expect(lookupSum(lines, ['dist/x.tgz', 'x.tgz'])).toMatchObject({ kind: 'found', sha256: A });
    expect(lookupSum(parseSums(`${A}  x.tgz\n`), ['dist/x.tgz', 'x.tgz'])).toMatchObject({ kind: 'found' });
    expect(lookupSum(lines, ['y.tgz'])).toEqual({ kind: 'missing' });
  });

  it('the same digest twice is found (both lines given); two digests are a conflict, never "the last wins"', () => {
    const twice = lookupSum(parseSums(`${A}  x.tgz\n${A}  ./x.tgz\n`), ['x.tgz']);
    expect(twice).toMatchObject({ kind: 'found', sha256: A });
    expect((twice as { lines: unknown[] }).lines).toHaveLength(2);

    // a line appended to the release's file must not override the one the release wrote
    const appended = lookupSum(parseSums(`${A}  x.tgz\n${B}  x.tgz\n`), ['x.tgz']);
    expect(appended).toEqual({
      kind: 'conflict',
      lines: [
        { name: 'x.tgz', sha256: A, line: 1 },
        { name: 'x.tgz', sha256: B, line: 2 },
      ],
    });
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareEn, compareEnNumericCase } from '../../src/util/en-collation.js';

/**
 * The two 'en' collations npm lists packed files with (npm-packlist's `localeCompare(b, 'en')`, npm's
 * `Intl.Collator('en', { sensitivity: 'case', numeric: true })`), written out for printable ASCII
 * (src/util/en-collation.ts): held to ICU's own answer, the sign of every comparison.
 */
const icuVariant = new Intl.Collator('en');
const icuNumericCase = new Intl.Collator('en', { sensitivity: 'case', numeric: true });
const sign = (n: number) => Math.sign(n) + 0;

const CASES = [
  { name: "localeCompare(b, 'en')", ours: compareEn, icu: (a: string, b: string) => sign(icuVariant.compare(a, b)) },
  {
    name: "Intl.Collator('en', { sensitivity: 'case', numeric: true })",
    ours: compareEnNumericCase,
    icu: (a: string, b: string) => sign(icuNumericCase.compare(a, b)),
  },
];

/** Every string over `alphabet` up to `length` characters. */
function allStrings(alphabet: string, length: number): string[] {
  let level = [''];
  const out = [''];
  for (let l = 1; l <= length; l += 1) {
    level = level.flatMap((prefix) => [...alphabet].map((c) => prefix + c));
    out.push(...level);
  }
  return out;
}

const PRINTABLE = Array.from({ length: 0x7f - 0x20 }, (_, i) => String.fromCharCode(0x20 + i)).join('');
const printable = fc.string({ unit: fc.constantFrom(...PRINTABLE), maxLength: 24 });
/** Path-like: a few names, folders, extensions, numbers with and without leading zeros, any case. */
const pathLike = fc
  .array(
    fc.constantFrom(
      'a',
      'B',
      'lib',
      'Lib',
      'index',
      'README',
      'readme',
      '0',
      '1',
      '007',
      '10',
      '2',
      '.',
      '/',
      '-',
      '_',
      '.js',
      '.d.ts',
      '.JS',
      ' ',
      '@',
      '~',
      '$',
      '9',
    ),
    { maxLength: 8 },
  )
  .map((parts) => parts.join(''));

describe('en collation of printable ASCII: the same order as ICU', () => {
  it('every pair of single printable characters', () => {
    for (const { name, ours, icu } of CASES)
      for (const a of PRINTABLE) for (const b of PRINTABLE) expect(ours(a, b), `${name}: ${a} ${b}`).toBe(icu(a, b));
  });

  it('every string of a path-like alphabet up to three characters: the same sorted order and the same ties', () => {
    const strings = allStrings(' _-./0019aAzZ$', 3);
    for (const { name, ours, icu } of CASES) {
      const byIcu = [...strings].sort(icu);
      const byOurs = [...strings].sort(ours);
      expect(byOurs, name).toEqual(byIcu);
      for (let i = 1; i < byIcu.length; i += 1)
        expect(ours(byIcu[i - 1]!, byIcu[i]!), `${name}: ${byIcu[i - 1]} ${byIcu[i]}`).toBe(
          icu(byIcu[i - 1]!, byIcu[i]!),
        );
    }
  });

  it('generated pairs: any printable ASCII, path-like names and numbers', () => {
    for (const { name, ours, icu } of CASES) {
      const pair = fc.tuple(fc.oneof(printable, pathLike), fc.oneof(printable, pathLike));
      fc.assert(
        fc.property(pair, ([a, b]) => {
          expect(ours(a, b), `${name}: ${JSON.stringify(a)} ${JSON.stringify(b)}`).toBe(icu(a, b));
          expect(ours(b, a)).toBe(icu(b, a));
        }),
        { numRuns: 20_000 },
      );
    }
  });

  it('digit runs around the 254 digits ICU weighs as one number (a longer run is cut in pieces)', () => {
    const run = (digit: string, length: number) => digit.repeat(length);
    const strings = [253, 254, 255, 256, 300].flatMap((n) => [
      run('1', n),
      run('2', n - 1),
      `${run('1', n - 1)}05`,
      `${run('1', n - 1)}5`,
      `dir/${run('9', n)}.js`,
      `${run('0', n)}1`,
      `1${run('0', n)}`,
    ]);
    for (const { name, ours, icu } of CASES)
      for (const a of strings)
        for (const b of strings) expect(ours(a, b), `${name}: ${a.length} ${b.length}`).toBe(icu(a, b));
  });

  it('anything else (non-ASCII, control characters ICU ignores) is ICU itself', () => {
    const other = fc.string({
      unit: fc.constantFrom('é', 'É', 'ß', '\u0001', '\t', 'a', 'A', '1', '中', '😀', '.'),
      maxLength: 6,
    });
    for (const { ours, icu } of CASES)
      fc.assert(
        fc.property(other, other, (a, b) => {
          expect(ours(a, b)).toBe(icu(a, b));
        }),
        { numRuns: 2_000 },
      );
  });
});

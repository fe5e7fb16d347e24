import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scanBytes } from '../../src/scan/secrets/engine.js';
import { SECRET_RULES, type SecretRule } from '../../src/scan/secrets/rules.js';
import { loadCorpus } from '../helpers/secret-corpus.js';

/**
 * A rule's `matchStarts` makes its pattern run only where a match can begin (the
 * prefilter records the positions) instead of across the whole text. It must
 * find exactly what the global regex finds: the same hits, lines, columns and
 * redactions, on the labelled corpus and on generated text built from the
 * pieces assignments are made of (names in any case, operators, quotes, values,
 * line ends, non-ASCII).
 */
const everywhere: readonly SecretRule[] = SECRET_RULES.map(({ matchStarts: _starts, ...rule }) => ({
  ...rule,
  pattern: new RegExp(rule.pattern.source, rule.pattern.flags),
}));

const scanBoth = (text: string) => {
  const bytes = Buffer.from(text, 'utf8');
  return { fromStarts: scanBytes(bytes, SECRET_RULES), everywhere: scanBytes(bytes, everywhere) };
};

const PIECES = [
  'secret',
  'SECRET',
  'Client_Secret',
  'token',
  'accessToken',
  'TOKEN',
  'password',
  'PassWord',
  'passwd',
  'pwd',
  'api_key',
  'API-KEY',
  'apikey',
  'accessKey',
  'access-key',
  'auth_key',
  'AuthKey',
  'privateKey',
  'PRIVATE_KEY',
  'author',
  'capital',
  ' = ',
  '=',
  ': ',
  ':=',
  '=>',
  ' === ',
  ': string = ',
  ' || ',
  ' ?? ',
  '"',
  "'",
  '`',
  'xK9#mQ2$vL7@pR4',
  'Zq8wE3rT6yU1iO5p',
  'a1B2c3D4e5F6g7H8i9J0',
  'placeholder',
  'changeme',
  '\n',
  '\r\n',
  ' ',
  '\t',
  '#',
  'export ',
  'é',
  '😀',
  ';',
  ',',
  '.',
  '-',
  '_',
];

const NAMES = PIECES.slice(0, 21);
const OPERATORS = [' = ', '=', ': ', ':=', '=>', ' === ', ': string = ', ' || '];
const QUOTES = ['"', "'", '`', ''];
const ENDS = ['\n', '\r\n', ';', ' #', ',', ''];
const piece = fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...PIECES) }, { weight: 1, arbitrary: fc.string() });
/** `name op "value"` (or unquoted to the line end), the value random, often credential-like. */
const assignment = fc
  .tuple(
    fc.constantFrom(...NAMES),
    fc.constantFrom(...OPERATORS),
    fc.constantFrom(...QUOTES),
    fc.oneof(fc.stringMatching(/^[A-Za-z0-9+/$#@!_-]{6,40}$/), fc.constantFrom(...PIECES)),
    fc.constantFrom(...ENDS),
  )
  .map(([name, op, quote, value, end]) => `${name}${op}${quote}${value}${quote}${end}`);

describe('matchStarts finds what the global regex finds', () => {
  it('on every sample of the labelled corpus', () => {
    const samples = loadCorpus();
    expect(samples.length).toBeGreaterThan(400);
    let hits = 0;
    for (const sample of samples) {
      const { fromStarts, everywhere: plain } = scanBoth(sample.text);
      expect(fromStarts, sample.id).toEqual(plain);
      hits += plain.length;
    }
    expect(hits).toBeGreaterThan(300);
  });

  it('on generated assignments', () => {
    let withHits = 0;
    fc.assert(
      fc.property(
        fc.array(fc.oneof({ weight: 3, arbitrary: assignment }, { weight: 4, arbitrary: piece }), { maxLength: 40 }),
        (pieces) => {
          const { fromStarts, everywhere: plain } = scanBoth(pieces.join(''));
          if (plain.length) withHits += 1;
          expect(fromStarts).toEqual(plain);
        },
      ),
      { numRuns: 3000, seed: 20261130 },
    );
    // The generator reaches the generic rule's matches, not only texts without any.
    expect(withHits).toBeGreaterThan(100);
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scanBytes } from '../../src/scan/secrets/engine.js';
import { SECRET_RULES } from '../../src/scan/secrets/rules.js';
import { checksummedToken } from '../helpers/credentials.js';

/**
 * A hit's line and column are where an editor puts the cursor: lines counted from 1, the column in
 * the line's characters (UTF-16 units, as a JavaScript string counts them), whatever multi-byte UTF-8
 * comes before it on its own line or on earlier ones. The engine matches on bytes: this holds its
 * conversion back.
 */
const TOKEN = checksummedToken('ghp_', 7);
const TEXT = fc
  .array(fc.constantFrom('a', ' ', '=', 'é', '€', '😀', 'ß', '\t', '中'), { maxLength: 12 })
  .map((c) => c.join(''));

describe('secret hits: line and column in characters', () => {
  it('on generated lines with non-ASCII text before the credential, on its line and above it', () => {
    fc.assert(
      fc.property(fc.array(TEXT, { maxLength: 4 }), TEXT, TEXT, (above, before, after) => {
        const lines = [...above, `${before} ${TOKEN} ${after}`];
        const hits = scanBytes(Buffer.from(lines.join('\n'), 'utf8'), SECRET_RULES);
        expect(hits.map(({ rule, line, column }) => ({ rule, line, column }))).toStrictEqual([
          { rule: 'secret/github-token', line: lines.length, column: before.length + 2 },
        ]);
      }),
      { numRuns: 300 },
    );
  });
});

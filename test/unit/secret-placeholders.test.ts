import { describe, expect, it } from 'vitest';
import { isIdentifierLike, isPlaceholder } from '../../src/scan/secrets/placeholders.js';

/**
 * The secret scan drops a match made only of a placeholder or an identifier: a finding on
 * `your_api_key_here` or a lockfile integrity hash would be noise. Real-looking tokens must still count.
 * Sample values are assembled at run time so this file holds nothing a scanner would flag.
 */
const join = (...parts: string[]) => parts.join('');
// Random-looking, no placeholder word or sequence in it.
const randomToken = join('ghp_', 'R7kQ2mZt', 'Lw9Vb4Nf', 'Jh3Sd8Gy', 'Pc1Xo5Ue6Ai');
const awsLike = join('AKIA', 'Z7QM4RT2', 'WN8KLP3V');

describe('isPlaceholder', () => {
  it.each([
    ['AWS’s documented access key', join('AKIAIOSFODNN7', 'EXAMPLE')],
    ['AWS’s documented secret key', join('wJalrXUtnFEMI/K7MDENG/bPxRfiCY', 'EXAMPLEKEY')],
    ['EXAMPLE marker', join('ghp_', 'EXAMPLE', 'R7kQ2mZtLw9Vb4Nf')],
    ['xxxx run', join('sk-', 'xxxx', 'xxxxxxxx')],
    ['masked ****', join('npm_', '****', 'abcd')],
    ['ellipsis', join('ghp_R7kQ', '...')],
    ['<angle> placeholder', '<your-token>'],
    ['${ENV} reference', join('$', '{NPM_TOKEN}')],
    ['{{template}}', join('{{', ' secrets.NPM_TOKEN ', '}}')],
    ['your_..._here', 'your_api_key_here'],
    ['replace-me', join('npm_', 'replace-me')],
    ['changeme', 'changeme'],
    ['fake token', join('fake-', 'R7kQ2mZtLw9Vb4Nf')],
    ['test_key', join('sk_', 'test_key_', 'R7kQ2mZt')],
    ['redacted', 'REDACTED'],
    ['one character repeated', '0'.repeat(32)],
    ['a simple sequence', join('tok_', '1234567890')],
    ['qwerty', join('QWERTY', 'uiop')],
  ])('%s is a placeholder', (_label, value) => {
    expect(isPlaceholder(value)).toBe(true);
  });

  it('random-looking tokens are not placeholders', () => {
    expect(isPlaceholder(randomToken)).toBe(false);
    expect(isPlaceholder(awsLike)).toBe(false);
  });

  it('placeholder words must start a word: the same letters inside a random token do not count', () => {
    expect(isPlaceholder(join('Qz8', 'fake', 'R7kQ2mZtLw9V'))).toBe(false);
    expect(isPlaceholder(join('Qz8', 'your', 'R7kQ2mZtLw9V'))).toBe(false);
    expect(isPlaceholder(join('Qz8_', 'your', 'R7kQ2mZtLw9V'))).toBe(true);
  });

  it('seven repeats are not yet a run; eight are', () => {
    expect(isPlaceholder(join('Qz8', 'a'.repeat(7), 'R7kQ'))).toBe(false);
    expect(isPlaceholder(join('Qz8', 'a'.repeat(8), 'R7kQ'))).toBe(true);
  });
});

describe('isIdentifierLike', () => {
  it('UUIDs (either case) are identifiers', () => {
    expect(isIdentifierLike('123e4567-e89b-12d3-a456-426614174000')).toBe(true);
    expect(isIdentifierLike('123E4567-E89B-12D3-A456-426614174000')).toBe(true);
  });

  it('lockfile integrity strings are identifiers', () => {
    expect(isIdentifierLike(join('sha512-', 'Qz8R7kQ2mZtLw9Vb4NfJh3Sd8Gy+Pc1Xo5Ue6Ai/w=='))).toBe(true);
    expect(isIdentifierLike(join('sha1-', 'Qz8R7kQ2mZtLw9Vb4Nf='))).toBe(true);
  });

  it('only whole values: a UUID or hash inside a longer value, or another algorithm, is not one', () => {
    expect(isIdentifierLike('key=123e4567-e89b-12d3-a456-426614174000')).toBe(false);
    expect(isIdentifierLike('123e4567-e89b-12d3-a456-426614174000Qz8R7kQ2mZtLw9V')).toBe(false);
    expect(isIdentifierLike(join('sha512-', 'Qz8R7kQ2mZtLw9V', ' and more'))).toBe(false);
    expect(isIdentifierLike(join('md5-', 'Qz8R7kQ2mZtLw9Vb4Nf='))).toBe(false);
    expect(isIdentifierLike(randomToken)).toBe(false);
  });
});

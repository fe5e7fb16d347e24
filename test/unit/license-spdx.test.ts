import fc from 'fast-check';
import validateLicense from 'validate-npm-package-license';
import { describe, expect, it } from 'vitest';
import { validForNewPackages } from '../../src/layout/rules/license.js';

// The license rule reads SPDX with spdx-expression-parse alone; npm's own check is
// validate-npm-package-license. They must agree on every input, except that npm's throws on some
// (`+`: spdx-correct reads a first character that is not there) where ours says "not valid".
const npmSays = (license: string): boolean => {
  try {
    return validateLicense(license).validForNewPackages;
  } catch {
    return false;
  }
};

describe('license: SPDX as npm reads it', () => {
  it('agrees with validate-npm-package-license on written cases', () => {
    const cases = [
      'MIT',
      'Apache-2.0',
      'MIT OR Apache-2.0',
      '(MIT AND BSD-3-Clause)',
      'GPL-2.0+',
      'GPL-2.0-only WITH Classpath-exception-2.0',
      'GPL-3.0-or-later',
      '0BSD',
      'Unlicense',
      'UNLICENSED',
      'UNLICENCED',
      'SEE LICENSE IN LICENSE.md',
      'SEE LICENCE IN terms.txt',
      'LicenseRef-proprietary',
      'MIT AND LicenseRef-x',
      'DocumentRef-a:LicenseRef-b',
      'mit',
      'Apache 2.0',
      'BSD',
      'public domain',
      'MIT/X11',
      '(MIT',
      'MIT OR',
      '',
      '   ',
    ];
    for (const license of cases) expect(validForNewPackages(license), license).toBe(npmSays(license));
  });

  it('says "not valid" where npm\'s check throws', () => {
    expect(() => validateLicense('+')).toThrow();
    expect(validForNewPackages('+')).toBe(false);
  });

  it('agrees on generated expressions', () => {
    const token = fc.constantFrom(
      'MIT',
      'ISC',
      'Apache-2.0',
      'GPL-2.0',
      'LicenseRef-a',
      'mit',
      'AND',
      'OR',
      'WITH',
      'Classpath-exception-2.0',
      '(',
      ')',
      '+',
      ' ',
      'SEE LICENSE IN',
      'x',
    );
    fc.assert(
      fc.property(fc.array(token, { maxLength: 8 }), (tokens) => {
        const license = tokens.join(' ');
        expect(validForNewPackages(license), license).toBe(npmSays(license));
      }),
      { numRuns: 500 },
    );
  });
});

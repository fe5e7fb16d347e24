import validateLicense from 'validate-npm-package-license';
import type { LayoutCheck } from '../context.js';
import { normalizeTarget, seeLicenseFile } from '../references.js';

/** license: an SPDX expression, or `SEE LICENSE IN <file>` with that file in the tarball. */
export const checkLicense: LayoutCheck = (ctx) => {
  const license = ctx.manifest.license;
  if (license === undefined || license === null || (typeof license === 'string' && license.trim() === '')) {
    return [ctx.at('layout/license-missing', ['license'], 'package.json has no "license"')];
  }
  if (typeof license !== 'string') {
    return [
      ctx.at(
        'layout/license-invalid',
        ['license'],
        '"license" must be a string (the object form is deprecated by npm)',
      ),
    ];
  }
  const file = seeLicenseFile(license);
  if (file) {
    const rel = normalizeTarget(file);
    const inTarball = rel !== undefined && (ctx.packed ? ctx.packed.has(rel) : ctx.facts.files[rel]?.kind === 'file');
    if (!inTarball) {
      return [
        ctx.at(
          'layout/license-file-missing',
          ['license'],
          `"${license}" but ${file} is not in the tarball, so users get no license terms`,
        ),
      ];
    }
    return [];
  }
  const result = validateLicense(license);
  if (!result.validForNewPackages) {
    return [ctx.at('layout/license-invalid', ['license'], `"${license}" is not a valid SPDX license expression`)];
  }
  return [];
};

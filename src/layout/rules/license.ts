import parseSpdx from 'spdx-expression-parse';
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
  if (!validForNewPackages(license)) {
    return [ctx.at('layout/license-invalid', ['license'], `"${license}" is not a valid SPDX license expression`)];
  }
  return [];
};

type SpdxNode = ReturnType<typeof parseSpdx>;

/** A `LicenseRef-`/`DocumentRef-` anywhere in the expression: npm accepts those only for old packages. */
function usesLicenseRef(node: SpdxNode): boolean {
  if ('license' in node) return /^(License|Document)Ref/.test(node.license);
  return usesLicenseRef(node.left) || usesLicenseRef(node.right);
}

/**
 * validate-npm-package-license's `validForNewPackages` (what npm checks), from the SPDX parser it uses:
 * that package also loads spdx-correct, which builds its correction tables at load (~8 ms of every
 * command's start) for a suggestion this rule never prints.
 */
export function validForNewPackages(license: string): boolean {
  if (license === 'UNLICENSED' || license === 'UNLICENCED' || /^SEE LICEN[CS]E IN (.+)$/.test(license)) return true;
  try {
    return !usesLicenseRef(parseSpdx(license));
  } catch {
    return false;
  }
}

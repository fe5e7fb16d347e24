// semver's functions one by one: its index loads every function and range helper (validate's start, issue #20).
import valid from 'semver/functions/valid.js';
import validateName from 'validate-npm-package-name';
import type { LayoutCheck, RawFinding } from '../context.js';

/** name, version and private: what `npm publish` itself refuses. */
export const checkPackageIdentity: LayoutCheck = (ctx) => {
  const out: RawFinding[] = [];
  const { name, version } = ctx.manifest;
  if (typeof name !== 'string' || name === '') {
    out.push(ctx.at('layout/package-name', ['name'], 'package.json has no "name"'));
  } else {
    const result = validateName(name);
    if (!result.validForNewPackages) {
      const reasons = [...(result.errors ?? []), ...(result.warnings ?? [])].join('; ');
      out.push(ctx.at('layout/package-name', ['name'], `"${name}" is not a valid npm package name: ${reasons}`));
    }
  }
  if (typeof version !== 'string' || version === '') {
    out.push(ctx.at('layout/package-version', ['version'], 'package.json has no "version"'));
  } else if (!valid(version)) {
    out.push(ctx.at('layout/package-version', ['version'], `"${version}" is not a valid semver version`));
  }
  if (ctx.manifest.private === true) {
    out.push(ctx.at('layout/package-private', ['private'], '"private": true: npm publish will refuse this package'));
  }
  return out;
};

export const checkPack: LayoutCheck = (ctx) => {
  const pack = ctx.facts.pack;
  if (!pack || pack.ok) return [];
  return [
    {
      rule: 'layout/pack-failed',
      message: `npm pack --dry-run --ignore-scripts failed: ${pack.error}`,
      file: 'package.json',
      line: 1,
      column: 1,
    },
  ];
};

import semver from 'semver';
import type { PackageState } from './registry.js';

/**
 * The state of one version, derived from the outside world every time (the
 * registry's packument, and the GitHub release when known), never from
 * memory: a re-run after any failure sees what is really there.
 */
export type VersionState = 'absent' | 'staged' | 'promoted' | 'rolled-back' | 'published';

export interface VersionFacts {
  version: string;
  state: VersionState;
  integrity?: string;
  deprecated?: string;
  /** dist-tags pointing at this version. */
  tags: string[];
}

export function versionFacts(pkg: PackageState, version: string, stagingTag: string, finalTag: string): VersionFacts {
  const meta = pkg.versions[version];
  const tags = Object.entries(pkg.distTags)
    .filter(([, v]) => v === version)
    .map(([tag]) => tag)
    .sort();
  if (!meta) return { version, state: 'absent', tags };
  const base = {
    version,
    tags,
    ...(meta.integrity ? { integrity: meta.integrity } : {}),
    ...(meta.deprecated ? { deprecated: meta.deprecated } : {}),
  };
  if (meta.deprecated) return { ...base, state: 'rolled-back' };
  if (pkg.distTags[finalTag] === version) return { ...base, state: 'promoted' };
  if (pkg.distTags[stagingTag] === version) return { ...base, state: 'staged' };
  return { ...base, state: 'published' };
}

/**
 * Where `latest` (or `next`) goes when `bad` is rolled back: the version asked
 * for, else the highest earlier version that is neither deprecated nor (for
 * latest) a prerelease. Undefined when no good version remains.
 */
export function rollbackTarget(
  pkg: PackageState,
  bad: string,
  options: { allowPrerelease: boolean },
): string | undefined {
  return Object.entries(pkg.versions)
    .filter(
      ([v, meta]) =>
        semver.valid(v) && semver.lt(v, bad) && !meta.deprecated && (options.allowPrerelease || !semver.prerelease(v)),
    )
    .map(([v]) => v)
    .sort(semver.rcompare)[0];
}

/** Problems with a --to version, or undefined when it can take the tag. */
export function checkRollbackTo(pkg: PackageState, to: string, bad: string): string | undefined {
  const meta = pkg.versions[to];
  if (!meta) return `--to ${to} is not on the registry`;
  if (meta.deprecated) return `--to ${to} is deprecated ("${meta.deprecated}"): choose a good version`;
  if (to === bad) return `--to is the version being rolled back`;
  return undefined;
}

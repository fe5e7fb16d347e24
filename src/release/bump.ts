import semver from 'semver';
import { isStrictVersion } from './strict-version.js';

/**
 * From release labels (or an override, or conventional commits) to the next
 * version. Pure: the registry's versions and the config come in as arguments.
 */
export const BUMPS = ['major', 'minor', 'patch', 'prerelease'] as const;
export type Bump = (typeof BUMPS)[number];
export type LabelKind = Bump | 'skip';

export interface LabelNames {
  major: string;
  minor: string;
  patch: string;
  prerelease: string;
  skip: string;
}

export const DEFAULT_LABELS: LabelNames = {
  major: 'release:major',
  minor: 'release:minor',
  patch: 'release:patch',
  prerelease: 'release:prerelease',
  skip: 'release:skip',
};

export type LabelDecision =
  | { kind: 'release'; bump: Bump; label: string }
  | { kind: 'skip'; label: string }
  | { kind: 'none' }
  | { kind: 'conflict'; labels: string[] };

/** Exactly one release label decides; none is "no release"; two or more is a conflict naming them. */
export function decideFromLabels(labels: readonly string[], names: LabelNames): LabelDecision {
  const byName = new Map(Object.entries(names).map(([kind, name]) => [name.toLowerCase(), kind as LabelKind]));
  // GitHub label names are case-insensitive.
  const found = [...new Set(labels.filter((label) => byName.has(label.toLowerCase())))];
  if (found.length === 0) return { kind: 'none' };
  if (found.length > 1) return { kind: 'conflict', labels: found };
  const label = found[0] as string;
  const kind = byName.get(label.toLowerCase()) as LabelKind;
  return kind === 'skip' ? { kind: 'skip', label } : { kind: 'release', bump: kind, label };
}

export interface NextVersionInput {
  current: string;
  bump: Bump;
  /** Prerelease identifier (`beta` gives 1.3.0-beta.0): the config's prerelease.id, default beta. */
  preid: string;
  /** Versions already on the registry: never hand out one of them. */
  published: readonly string[];
  /** The registry's `latest`: the base when package.json is behind it (see {@link versionBase}). */
  latest?: string | undefined;
}

/**
 * The version the next one is computed from: the higher of package.json's and
 * the registry's `latest` (a package.json left behind by a release made
 * elsewhere, or a calendar-versioned latest over a semver package.json).
 * `behind` is set when the registry's is the base, so the caller can warn.
 */
export function versionBase(current: string, latest: string | undefined): { base: string; behind: boolean } {
  const registry = latest ? semver.valid(latest) : null;
  if (registry && semver.valid(current) && semver.gt(registry, current)) return { base: registry, behind: true };
  return { base: current, behind: false };
}

/**
 * semver's own increments, which already do what release engineers expect:
 * `1.3.0-beta.0` + prerelease = `1.3.0-beta.1`, + minor = `1.3.0` (the betas
 * graduate), + major = `2.0.0`, from the higher of package.json's version and
 * the registry's `latest`. A version that exists on the registry (someone
 * published by hand) is skipped by incrementing again.
 */
export function nextVersion({ current, bump, preid, published, latest }: NextVersionInput): string {
  if (!semver.valid(current)) throw new Error(`package.json version "${current}" is not a semver version`);
  const taken = new Set(published);
  let next = semver.inc(versionBase(current, latest).base, bump, preid) as string;
  for (let guard = 0; taken.has(next) && guard < 1000; guard += 1) {
    next = semver.inc(next, bump === 'prerelease' ? 'prerelease' : 'patch', preid) as string;
  }
  return next;
}

/** The plan/behind-registry message when package.json is behind the registry's latest (undefined when it is not). */
export function behindRegistryMessage(
  current: string,
  latest: string | undefined,
  registry: string,
): string | undefined {
  if (!versionBase(current, latest).behind) return undefined;
  return `package.json says ${current}, but ${registry} has ${latest as string} on latest: the next version is computed from ${latest as string}`;
}

/** A version given by hand (workflow_dispatch): valid, new, and an upgrade unless allowed. */
export function checkExactVersion(version: string, current: string, published: readonly string[]): string | undefined {
  if (!isStrictVersion(version)) return `"${version}" is not a semver version (e.g. 1.4.0 or 1.4.0-beta.1)`;
  if (published.includes(version))
    return `${version} is already on the registry: versions are immutable, choose another`;
  if (semver.valid(current) && semver.lte(version, current) && version !== current)
    return `${version} is not greater than the current ${current}`;
  return undefined;
}

/** The dist-tag a version goes to when it leaves staging: prereleases never become `latest`. */
export function finalTag(version: string): string {
  const pre = semver.prerelease(version);
  return pre && typeof pre[0] === 'string' ? pre[0] : pre ? 'prerelease' : 'latest';
}

import path from 'node:path';
import type { Config } from '../config/schema.js';
import { DEFAULT_LABELS, type LabelNames } from './bump.js';

/**
 * What every release command knows about the package it releases: its name and
 * version, the repository it lives in, how its git tags are named (`v1.2.3`
 * for a package at the repository root, `name@1.2.3` in a monorepo) and the
 * release settings from the config.
 */
export interface ReleaseTarget {
  dir: string;
  name: string;
  version: string;
  repoRoot: string;
  /** Package folder relative to the repository root ('' at the root). */
  relativeDir: string;
  monorepo: boolean;
  config: Config;
  labels: LabelNames;
  preid: string;
  stagingTag: string;
  registry: string;
}

export const DEFAULT_REGISTRY = 'https://registry.npmjs.org/';

/** The target from what the command read: the package.json, the repository root and the config. Pure. */
export function releaseTargetOf(options: {
  dir: string;
  name: string;
  version: string;
  repoRoot: string;
  config: Config;
}): ReleaseTarget {
  const { dir, name, version, repoRoot, config } = options;
  const relativeDir = path.relative(repoRoot, dir);
  return {
    dir,
    name,
    version,
    repoRoot,
    relativeDir,
    monorepo: relativeDir !== '',
    config,
    labels: { ...DEFAULT_LABELS, ...(config.labels ?? {}) },
    preid: config.prerelease?.id ?? 'beta',
    stagingTag: config.stagingTag ?? 'next',
    registry: withSlash(config.registry ?? DEFAULT_REGISTRY),
  };
}

export function gitTagFor(target: Pick<ReleaseTarget, 'monorepo' | 'name'>, version: string): string {
  return target.monorepo ? `${target.name}@${version}` : `v${version}`;
}

/** The glob that finds this package's previous tags. */
export function gitTagGlob(target: Pick<ReleaseTarget, 'monorepo' | 'name'>): string {
  return target.monorepo ? `${target.name}@*` : 'v*';
}

export function withSlash(url: string): string {
  return url.endsWith('/') ? url : `${url}/`;
}

import path from 'node:path';
import type { Config } from '../config/schema.js';
import { DEFAULT_LABELS, type LabelNames } from './bump.js';
import { defaultTagFormat, formatTag, NAME_PLACEHOLDER, VERSION_PLACEHOLDER } from './tag-styles.js';

/**
 * What every release command knows about the package it releases: its name and
 * version, the repository it lives in, how its git tags are named (the
 * config's `tagFormat`, else `v1.2.3` for a package at the repository root and
 * `name@1.2.3` in a monorepo) and the release settings from the config.
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
  /** The configured `tagFormat` ({name}, {version}), when the config has one. */
  tagFormat?: string;
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
    ...(config.tagFormat ? { tagFormat: config.tagFormat } : {}),
  };
}

type TagTarget = Pick<ReleaseTarget, 'monorepo' | 'name'> & Partial<Pick<ReleaseTarget, 'tagFormat'>>;

/** The format the package's tags are written in: the config's `tagFormat`, else the default for where the package sits. */
export function tagFormatOf(target: TagTarget): string {
  return target.tagFormat ?? defaultTagFormat(target.monorepo);
}

/** The git tag of a version of the package (the configured `tagFormat`, else `v1.2.3` / `name@1.2.3`). */
export function gitTagFor(target: TagTarget, version: string): string {
  return formatTag(tagFormatOf(target), target.name, version);
}

/** The glob (`git tag --list`, `describe --match`) of the tags written in the package's own format. */
export function gitTagGlob(target: TagTarget): string {
  return tagFormatOf(target).split(NAME_PLACEHOLDER).join(target.name).split(VERSION_PLACEHOLDER).join('*');
}

export function withSlash(url: string): string {
  return url.endsWith('/') ? url : `${url}/`;
}

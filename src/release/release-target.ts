import path from 'node:path';
import { loadConfig } from '../adapters/config-file.js';
import type { Config } from '../config/schema.js';
import { UsageError } from '../errors.js';
import { repositoryRoot } from '../adapters/git.js';
import { readJsonObject } from '../adapters/fs.js';
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

export async function openReleaseTarget(
  cwd: string,
  directory: string,
  configFlag: string | undefined,
  command: string,
): Promise<ReleaseTarget> {
  const dir = path.resolve(cwd, directory);
  const manifest = await readJsonObject(path.join(dir, 'package.json')).catch(() => undefined);
  if (!manifest)
    throw new UsageError(`${command}: ${path.join(directory, 'package.json')} is missing or not a JSON object`);
  if (typeof manifest.name !== 'string' || typeof manifest.version !== 'string')
    throw new UsageError(`${command}: ${path.join(directory, 'package.json')} needs "name" and "version"`);
  const repoRoot = (await repositoryRoot(dir)) ?? dir;
  const { config } = await loadConfig(repoRoot, configFlag ? path.resolve(cwd, configFlag) : undefined);
  const relativeDir = path.relative(repoRoot, dir);
  return {
    dir,
    name: manifest.name,
    version: manifest.version,
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

import path from 'node:path';
import { UsageError } from '../errors.js';
import type { CategoryConfig } from '../release/changelog.js';
import { releaseCategories, RELEASE_YML_NAMES } from '../release/release-categories.js';
import { releaseTargetOf, type ReleaseTarget } from '../release/release-target.js';
import type { RunContext } from './types.js';

/**
 * What every release command reads about its package and repository, through the adapters.
 */

/** The package a release command works on: its package.json, its repository and the config (release/release-target). */
export async function openReleaseTarget(
  context: RunContext,
  directory: string,
  configFlag: string | undefined,
  command: string,
): Promise<ReleaseTarget> {
  const { configFile, fs, git } = context.adapters;
  const dir = path.resolve(context.cwd, directory);
  const manifest = await fs
    .readFile(path.join(dir, 'package.json'), 'utf8')
    .then((text) => JSON.parse(text) as unknown)
    .catch(() => undefined);
  if (!manifest || typeof manifest !== 'object' || Array.isArray(manifest))
    throw new UsageError(`${command}: ${path.join(directory, 'package.json')} is missing or not a JSON object`);
  const { name, version } = manifest as { name?: unknown; version?: unknown };
  if (typeof name !== 'string' || typeof version !== 'string')
    throw new UsageError(`${command}: ${path.join(directory, 'package.json')} needs "name" and "version"`);
  const repoRoot = (await git.repositoryRoot(dir)) ?? dir;
  const { config } = await configFile.load(repoRoot, configFlag ? path.resolve(context.cwd, configFlag) : undefined);
  return releaseTargetOf({ dir, name, version, repoRoot, config });
}

/** The CHANGELOG sections: GitHub's .github/release.yml when the repository has one, else Keep a Changelog's. */
export async function loadCategories(
  context: RunContext,
  repoRoot: string,
  skipLabel: string,
): Promise<{ categories: CategoryConfig; source: string }> {
  const files = await Promise.all(
    RELEASE_YML_NAMES.map(async (name) => ({
      name,
      text: await context.adapters.fs.readFile(path.join(repoRoot, '.github', name), 'utf8').catch(() => undefined),
    })),
  );
  return releaseCategories(files, skipLabel);
}

import path from 'node:path';
import { UsageError } from '../errors.js';
import type { CategoryConfig } from '../release/changelog.js';
import { releaseCategories, RELEASE_YML_NAMES } from '../release/release-categories.js';
import { releaseTargetOf, type ReleaseTarget } from '../release/release-target.js';
import { openWorkspace } from './packages.js';
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
  const given = path.resolve(context.cwd, directory);
  const dir = await onePackageOf(context, given, directory, configFlag, command);
  const shown = path.relative(context.cwd, dir) || '.';
  const manifest = await fs
    .readFile(path.join(dir, 'package.json'), 'utf8')
    .then((text) => JSON.parse(text) as unknown)
    .catch(() => undefined);
  if (!manifest || typeof manifest !== 'object' || Array.isArray(manifest))
    throw new UsageError(`${command}: ${path.join(shown, 'package.json')} is missing or not a JSON object`);
  const { name, version } = manifest as { name?: unknown; version?: unknown };
  if (typeof name !== 'string' || typeof version !== 'string')
    throw new UsageError(`${command}: ${path.join(shown, 'package.json')} needs "name" and "version"`);
  const repoRoot = (await git.repositoryRoot(dir)) ?? dir;
  const { config } = await configFile.load(repoRoot, configFlag ? path.resolve(context.cwd, configFlag) : undefined);
  return releaseTargetOf({ dir, name, version, repoRoot, config });
}

/**
 * A release command acts on one package. Given a repository root that holds
 * several (a workspace definition or the config's `packages:`), the user must
 * name one: a usage error lists the folders. A root holding exactly one works
 * on it. A folder below the repository root is the package itself.
 */
async function onePackageOf(
  context: RunContext,
  dir: string,
  directory: string,
  configFlag: string | undefined,
  command: string,
): Promise<string> {
  const info = await context.adapters.fs.stat(dir).catch(() => undefined);
  if (!info?.isDirectory()) return dir;
  const repoRoot = await context.adapters.git.repositoryRoot(dir);
  const real = (p: string) => context.adapters.fs.realpath(p).catch(() => p);
  if (repoRoot && (await real(repoRoot)) !== (await real(dir))) return dir;
  const { discovery, source } = await openWorkspace(directory, configFlag, context);
  if (source === 'root') return dir;
  const [only, ...others] = discovery.packages;
  if (only && others.length === 0) return only.dir;
  const from = source === 'config' ? "the config's packages:" : 'its workspace definition';
  const folders = discovery.packages.map((p) => path.relative(context.cwd, p.dir) || '.');
  if (!only)
    throw new UsageError(
      `${command}: "${directory}" holds no package to release (${from} finds only private packages: ${discovery.skippedPrivate.join(', ')})`,
    );
  throw new UsageError(
    `${command}: "${directory}" holds ${folders.length} packages (${from}); name one package folder: ${folders.join(', ')}`,
  );
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

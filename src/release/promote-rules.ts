import semver from 'semver';
import type { ReleaseManifest } from './manifest.js';
import type { PackageState } from './registry.js';
import type { VersionFacts } from './release-state.js';

/**
 * What promote refuses, from the registry's state and the release manifest.
 * Pure: promote.ts reads the registry, asks this, and moves the dist-tag only
 * when no refusal is an error.
 */
export interface PromoteRequest {
  name: string;
  version: string;
  registry: string;
  /** The dist-tag promote moves (latest, or the prerelease id). */
  tag: string;
  stagingTag: string;
  state: PackageState;
  facts: VersionFacts;
  manifest: ReleaseManifest | undefined;
  allowDowngrade: boolean;
}

export interface PromoteVerdict {
  /** A newer version already took the tag: only the GitHub release is left to publish. */
  superseded: boolean;
  problems: { rule: string; message: string }[];
  notes: string[];
}

export function promoteVerdict(request: PromoteRequest): PromoteVerdict {
  const { name, version, registry, tag, stagingTag, state, facts, manifest, allowDowngrade } = request;
  const previous = state.distTags[tag];
  const problems: PromoteVerdict['problems'] = [];
  const notes: string[] = [];
  const superseded = !allowDowngrade && isSuperseded({ state, version, tag, stagingTag, name, manifest });
  if (facts.state === 'absent')
    problems.push({
      rule: 'promote/not-published',
      message: `${name}@${version} is not on ${registry}: publish it under "${stagingTag}" first`,
    });
  else if (facts.deprecated)
    problems.push({
      rule: 'promote/deprecated',
      message: `${name}@${version} is deprecated ("${facts.deprecated}"): it was rolled back; release a new version (or \`rollback --undo\` it first)`,
    });
  else if (manifest && manifest.package === name && manifest.integrity !== facts.integrity)
    problems.push({
      rule: 'promote/integrity-mismatch',
      message: `the registry's ${name}@${version} is ${facts.integrity ?? 'without integrity'}, the release manifest says ${manifest.integrity}: these are not the bytes that were built and tested`,
    });
  else if (!superseded && facts.state !== 'promoted' && !facts.tags.includes(stagingTag))
    problems.push({
      rule: 'promote/not-staged',
      message: `${name}@${version} is not under "${stagingTag}" (dist-tags: ${facts.tags.join(', ') || 'none'}): promote what was staged and smoke-tested`,
    });
  // Superseded means the tag points at a newer version: `previous` is set.
  if (superseded)
    notes.push(
      `${tag} is already ${String(previous)} (newer); ${version}'s GitHub release is published without moving ${tag}`,
    );
  else if (previous && previous !== version && semver.valid(previous) && semver.lte(version, previous)) {
    if (allowDowngrade)
      problems.push({
        rule: 'promote/downgrade-allowed',
        message: `DOWNGRADE: "${tag}" moves from ${previous} back to ${version} because allow-downgrade was given; users on "${tag}" get an older version`,
      });
    else
      problems.push({
        rule: 'promote/downgrade',
        message: `${version} is not greater than the current "${tag}" ${previous}: promote upgrades only (allow-downgrade overrides)`,
      });
  }
  return { superseded, problems, notes };
}

/**
 * Several releases can wait for approval at once, and a reviewer may approve
 * the newer one first. The older one is then superseded, not refused: it is a
 * proper release of this package (the manifest's bytes are on the registry,
 * not deprecated) that was staged, and the staging tag points at it or has
 * moved on to a newer version. Only its GitHub release is left to publish.
 */
export function isSuperseded(options: {
  state: PackageState;
  version: string;
  tag: string;
  stagingTag: string;
  name: string;
  manifest: ReleaseManifest | undefined;
}): boolean {
  const { state, version, tag, stagingTag, name, manifest } = options;
  const current = semver.valid(state.distTags[tag]);
  const staged = semver.valid(state.distTags[stagingTag]);
  const meta = state.versions[version];
  if (!meta || meta.deprecated || !manifest || manifest.package !== name || manifest.integrity !== meta.integrity)
    return false;
  if (!current || !semver.lt(version, current)) return false;
  return Boolean(staged && semver.gte(staged, version));
}

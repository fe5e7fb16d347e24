import { assetName } from './asset-names.js';
import { createHash } from 'node:crypto';
import type { GitHub, GitHubRelease } from '../ports/github.js';
import { fitToLimit } from '../util/markdown.js';
import type { GitHubTarget } from './client.js';

/**
 * Git tags and GitHub releases, idempotent: each function reads what exists
 * and changes only what differs, so a re-run after any failure finishes the
 * job. Order matters for immutable releases: draft -> assets -> publish.
 */
export type Outcome = 'created' | 'updated' | 'unchanged';

const status = (error: unknown): number | undefined => (error as { status?: number }).status;

/** A lightweight tag `refs/tags/<tag>` at `sha`; an existing tag at the same commit is fine, at another commit an error. */
export async function ensureTag(github: GitHub, target: GitHubTarget, tag: string, sha: string): Promise<Outcome> {
  try {
    await github.rest.git.createRef({ owner: target.owner, repo: target.repo, ref: `refs/tags/${tag}`, sha });
    return 'created';
  } catch (error) {
    if (status(error) !== 422) throw error;
  }
  const { data } = await github.rest.git.getRef({ owner: target.owner, repo: target.repo, ref: `tags/${tag}` });
  if (data.object.type === 'commit' && data.object.sha !== sha) {
    throw new TagConflictError(
      `tag ${tag} already exists at ${data.object.sha.slice(0, 12)}, not at ${sha.slice(0, 12)}: a release of this version was made from another commit; bump the version instead of moving the tag`,
    );
  }
  return 'unchanged';
}

export class TagConflictError extends Error {
  override readonly name = 'TagConflictError';
}

export interface ReleaseFields {
  tag: string;
  name: string;
  body: string;
  prerelease: boolean;
  /** The commit the tag points at (for a release whose tag does not exist yet). */
  sha: string;
}

export interface ReleaseRecord {
  id: number;
  draft: boolean;
  htmlUrl: string;
  uploadUrl: string;
  assets: { id: number; name: string; size: number; digest?: string | null }[];
}

type ReleaseData = GitHubRelease;

const record = (r: ReleaseData): ReleaseRecord => ({
  id: r.id,
  draft: r.draft,
  htmlUrl: r.html_url,
  uploadUrl: r.upload_url,
  assets: r.assets.map((a) => ({ id: a.id, name: a.name, size: a.size, digest: a.digest })),
});

/**
 * The release for a tag, published or draft. GitHub does not find drafts by
 * tag, so a miss reads the newest page of releases (drafts are recent): the
 * number of calls does not grow with the number of past releases.
 */
export async function findRelease(github: GitHub, target: GitHubTarget, tag: string): Promise<ReleaseData | undefined> {
  try {
    const { data } = await github.rest.repos.getReleaseByTag({ owner: target.owner, repo: target.repo, tag });
    return data as ReleaseData;
  } catch (error) {
    if (status(error) !== 404) throw error;
  }
  const { data } = await github.rest.repos.listReleases({ owner: target.owner, repo: target.repo, per_page: 100 });
  return (data as ReleaseData[]).find((r) => r.tag_name === tag);
}

/** GitHub refuses a release body longer than this (422 "body is too long (maximum is 125000 characters)"). */
export const RELEASE_BODY_LIMIT = 125_000;

export async function ensureRelease(
  github: GitHub,
  target: GitHubTarget,
  given: ReleaseFields,
  draft: boolean,
): Promise<{ release: ReleaseRecord; outcome: Outcome }> {
  const fields = { ...given, body: fitToLimit(given.body, RELEASE_BODY_LIMIT) };
  let existing = await findRelease(github, target, fields.tag);
  if (!existing) {
    try {
      const { data } = await github.rest.repos.createRelease({
        owner: target.owner,
        repo: target.repo,
        tag_name: fields.tag,
        target_commitish: fields.sha,
        name: fields.name,
        body: fields.body,
        draft,
        prerelease: fields.prerelease,
        make_latest: fields.prerelease || draft ? 'false' : 'true',
      });
      return { release: record(data as ReleaseData), outcome: 'created' };
    } catch (error) {
      // 422: a concurrent run created it after we looked; carry on with theirs (the fields are checked below).
      if (status(error) !== 422) throw error;
      existing = await findRelease(github, target, fields.tag);
      if (!existing) throw error;
    }
  }
  if (
    existing.name === fields.name &&
    (existing.body ?? '') === fields.body &&
    existing.prerelease === fields.prerelease
  )
    return { release: record(existing), outcome: 'unchanged' };
  const { data } = await github.rest.repos.updateRelease({
    owner: target.owner,
    repo: target.repo,
    release_id: existing.id,
    name: fields.name,
    body: fields.body,
    prerelease: fields.prerelease,
  });
  return { release: record(data as ReleaseData), outcome: 'updated' };
}

export interface AssetOutcome {
  name: string;
  outcome: 'uploaded' | 'replaced' | 'unchanged';
}

/** Upload the files as assets (their bytes from `read`): same name and bytes are kept, other bytes replaced. */
export async function syncAssets(
  github: GitHub,
  target: GitHubTarget,
  release: ReleaseRecord,
  files: readonly string[],
  read: (file: string) => Promise<Buffer>,
): Promise<AssetOutcome[]> {
  const results: AssetOutcome[] = [];
  for (const file of files) {
    // The name GitHub stores (special characters become dots): a re-run must find the asset under it.
    const name = assetName(file);
    const bytes = await read(file);
    const digest = `sha256:${createHash('sha256').update(bytes).digest('hex')}`;
    const existing = release.assets.find((a) => a.name === name);
    if (existing && existing.size === bytes.length && existing.digest === digest) {
      results.push({ name, outcome: 'unchanged' });
      continue;
    }
    if (existing)
      await github.rest.repos.deleteReleaseAsset({ owner: target.owner, repo: target.repo, asset_id: existing.id });
    try {
      // The upload host comes from the release (uploads.github.com on github.com).
      await github.request({
        method: 'POST',
        url: release.uploadUrl,
        name,
        data: bytes as unknown as string,
        headers: { 'content-type': 'application/octet-stream', 'content-length': bytes.length },
      });
    } catch (error) {
      // 422 already_exists: another run uploaded it meanwhile. The same bytes are fine; other bytes are a conflict.
      if (status(error) !== 422) throw error;
      const { data: now } = await github.rest.repos.listReleaseAssets({
        owner: target.owner,
        repo: target.repo,
        release_id: release.id,
        per_page: 100,
      });
      const theirs = now.find((a) => a.name === name);
      if (!theirs || theirs.size !== bytes.length || theirs.digest !== digest) throw error;
      results.push({ name, outcome: 'unchanged' });
      continue;
    }
    results.push({ name, outcome: existing ? 'replaced' : 'uploaded' });
  }
  return results;
}

/** Draft -> published (the last step, after the assets). */
export async function publishRelease(
  github: GitHub,
  target: GitHubTarget,
  release: ReleaseRecord,
  latest: boolean,
): Promise<Outcome> {
  if (!release.draft) return 'unchanged';
  await github.rest.repos.updateRelease({
    owner: target.owner,
    repo: target.repo,
    release_id: release.id,
    draft: false,
    make_latest: latest ? 'true' : 'false',
  });
  return 'updated';
}

/** Make a published release GitHub's latest, unless it already is (a re-run writes nothing). Drafts stay as they are. */
export async function markLatest(github: GitHub, target: GitHubTarget, tag: string): Promise<Outcome> {
  const current = await github.rest.repos.getLatestRelease({ owner: target.owner, repo: target.repo }).then(
    ({ data }) => data.tag_name,
    (error: unknown) => {
      if (status(error) === 404) return undefined;
      throw error;
    },
  );
  if (current === tag) return 'unchanged';
  const release = await findRelease(github, target, tag);
  if (!release || release.draft) return 'unchanged';
  await github.rest.repos.updateRelease({
    owner: target.owner,
    repo: target.repo,
    release_id: release.id,
    make_latest: 'true',
  });
  return 'updated';
}

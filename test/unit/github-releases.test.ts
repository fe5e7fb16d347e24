import { describe, expect, it } from 'vitest';
import {
  ensureRelease,
  ensureTag,
  findRelease,
  markLatest,
  publishRelease,
  RELEASE_BODY_LIMIT,
  syncAssets,
  TagConflictError,
  type ReleaseFields,
} from '../../src/github/releases.js';
import { fakeGitHub, httpError, sha256Digest, TARGET, type FakeGitHub } from '../helpers/github-port.js';

/**
 * The tag and the GitHub release github-release makes: draft, assets, then
 * published; a re-run after any failure does only what is missing.
 * Releases API: https://docs.github.com/en/rest/releases/releases,
 * assets: https://docs.github.com/en/rest/releases/assets (each carries a sha256 `digest`).
 */
const SHA = 'a'.repeat(40);
const OTHER = 'b'.repeat(40);
const fields: ReleaseFields = {
  tag: 'v1.2.0',
  name: 'v1.2.0',
  body: '### Features\n- a tool\n',
  prerelease: false,
  sha: SHA,
};

const snapshot = (fake: FakeGitHub) => structuredClone({ releases: fake.state.releases, refs: fake.state.refs });

describe('ensureTag', () => {
  it('creates refs/tags/<tag> at the commit; a re-run finds it there and changes nothing', async () => {
    const fake = fakeGitHub();
    expect(await ensureTag(fake.github, TARGET, 'v1.2.0', SHA)).toBe('created');
    expect(fake.state.refs.get('tags/v1.2.0')).toEqual({ sha: SHA, type: 'commit' });
    const before = snapshot(fake);
    expect(await ensureTag(fake.github, TARGET, 'v1.2.0', SHA)).toBe('unchanged');
    expect(snapshot(fake)).toEqual(before);
  });

  it('a tag at another commit is a conflict that names both commits and says to bump, and is not moved', async () => {
    const fake = fakeGitHub({ refs: new Map([['tags/v1.2.0', { sha: OTHER, type: 'commit' }]]) });
    const error = await ensureTag(fake.github, TARGET, 'v1.2.0', SHA).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TagConflictError);
    expect((error as Error).message).toContain('tag v1.2.0 already exists at bbbbbbbbbbbb, not at aaaaaaaaaaaa');
    expect((error as Error).message).toContain('bump the version');
    expect(fake.state.refs.get('tags/v1.2.0')?.sha).toBe(OTHER);
  });

  it('a refusal other than 422 is passed on', async () => {
    const fake = fakeGitHub();
    fake.fail('git.createRef', httpError(403, 'Resource not accessible by integration'));
    await expect(ensureTag(fake.github, TARGET, 'v1.2.0', SHA)).rejects.toMatchObject({ status: 403 });
  });
});

describe('findRelease', () => {
  it('finds a published release by tag, and a draft (which get-by-tag does not find) in the newest page', async () => {
    const fake = fakeGitHub();
    await ensureRelease(fake.github, TARGET, fields, false);
    await ensureRelease(fake.github, TARGET, { ...fields, tag: 'v1.3.0' }, true);
    expect((await findRelease(fake.github, TARGET, 'v1.2.0'))?.draft).toBe(false);
    const draft = await findRelease(fake.github, TARGET, 'v1.3.0');
    expect(draft).toMatchObject({ tag_name: 'v1.3.0', draft: true });
    expect(await findRelease(fake.github, TARGET, 'v9.9.9')).toBeUndefined();
  });

  it('an error other than 404 is passed on', async () => {
    const fake = fakeGitHub();
    fake.fail('repos.getReleaseByTag', httpError(401, 'Bad credentials'));
    await expect(findRelease(fake.github, TARGET, 'v1.2.0')).rejects.toMatchObject({ status: 401 });
  });
});

describe('ensureRelease', () => {
  it('creates a draft at the commit that is not made latest; a re-run changes nothing', async () => {
    const fake = fakeGitHub();
    const { release, outcome } = await ensureRelease(fake.github, TARGET, fields, true);
    expect(outcome).toBe('created');
    expect(release.draft).toBe(true);
    expect(fake.state.releases).toHaveLength(1);
    expect(fake.state.releases[0]).toMatchObject({
      tag_name: 'v1.2.0',
      target_commitish: SHA,
      name: 'v1.2.0',
      body: fields.body,
      draft: true,
      prerelease: false,
    });
    expect(fake.calls.find((c) => c.method === 'repos.createRelease')?.params).toMatchObject({ make_latest: 'false' });

    const before = snapshot(fake);
    const writes = fake.writes().length;
    const again = await ensureRelease(fake.github, TARGET, fields, true);
    expect(again).toEqual({ release, outcome: 'unchanged' });
    expect(fake.writes()).toHaveLength(writes);
    expect(snapshot(fake)).toEqual(before);
  });

  it('a published stable release is made latest; a prerelease is not', async () => {
    const fake = fakeGitHub();
    await ensureRelease(fake.github, TARGET, fields, false);
    expect(fake.state.latest).toBe('v1.2.0');
    await ensureRelease(fake.github, TARGET, { ...fields, tag: 'v1.3.0-rc.1', prerelease: true }, false);
    expect(fake.state.latest).toBe('v1.2.0');
  });

  it('other notes update the same release in place', async () => {
    const fake = fakeGitHub();
    const first = await ensureRelease(fake.github, TARGET, fields, true);
    const second = await ensureRelease(fake.github, TARGET, { ...fields, body: 'new notes\n' }, true);
    expect(second.outcome).toBe('updated');
    expect(second.release.id).toBe(first.release.id);
    expect(fake.state.releases).toHaveLength(1);
    expect(fake.state.releases[0]?.body).toBe('new notes\n');
  });

  it('a release a concurrent run created after we looked (422) is taken over, not duplicated', async () => {
    const fake = fakeGitHub();
    const other = await ensureRelease(fake.github, TARGET, { ...fields, body: 'their notes\n' }, true);
    // Hide it from the first look only, as if it appeared between our read and our create.
    const list = fake.github.rest.repos.listReleases;
    let looks = 0;
    fake.github.rest.repos.listReleases = async (params) => (++looks === 1 ? { data: [] } : list(params));
    const ours = await ensureRelease(fake.github, TARGET, fields, true);
    expect(ours).toMatchObject({ outcome: 'updated', release: { id: other.release.id } });
    expect(fake.state.releases).toHaveLength(1);
    expect(fake.state.releases[0]?.body).toBe(fields.body);
  });

  it("notes beyond GitHub's 125,000-character limit are cut with a note, and a re-run does not edit them again", async () => {
    const fake = fakeGitHub();
    const long = { ...fields, body: `${'- an entry\n'.repeat(20_000)}` };
    await ensureRelease(fake.github, TARGET, long, true);
    const body = fake.state.releases[0]?.body ?? '';
    expect(body.length).toBeLessThanOrEqual(RELEASE_BODY_LIMIT);
    expect(body).toContain("more than GitHub's limit");
    expect((await ensureRelease(fake.github, TARGET, long, true)).outcome).toBe('unchanged');
  });

  it('a refusal of the create other than 422 is passed on', async () => {
    const fake = fakeGitHub();
    fake.fail('repos.createRelease', httpError(403, 'Resource not accessible by integration'));
    await expect(ensureRelease(fake.github, TARGET, fields, true)).rejects.toMatchObject({ status: 403 });
    expect(fake.state.releases).toEqual([]);
  });
});

describe('syncAssets', () => {
  const files: Record<string, Buffer> = {
    '/out/acme-hello-mcp-1.2.0.tgz': Buffer.from('tarball bytes'),
    '/out/sbom.json': Buffer.from('{"sbom":true}'),
  };
  const read = async (file: string) => files[file] ?? Buffer.alloc(0);

  const draft = async () => {
    const fake = fakeGitHub();
    const { release } = await ensureRelease(fake.github, TARGET, fields, true);
    return { fake, release };
  };

  it('uploads each file under its base name; a re-run with the same bytes uploads nothing', async () => {
    const { fake, release } = await draft();
    const first = await syncAssets(fake.github, TARGET, release, Object.keys(files), read);
    expect(first).toEqual([
      { name: 'acme-hello-mcp-1.2.0.tgz', outcome: 'uploaded' },
      { name: 'sbom.json', outcome: 'uploaded' },
    ]);
    const assets = fake.state.releases[0]?.assets ?? [];
    expect(assets.map((a) => [a.name, a.size])).toEqual([
      ['acme-hello-mcp-1.2.0.tgz', 13],
      ['sbom.json', 13],
    ]);
    expect(fake.state.assetBytes.get(assets[0]?.id ?? 0)?.toString()).toBe('tarball bytes');

    const current = (await ensureRelease(fake.github, TARGET, fields, true)).release;
    const writes = fake.writes().length;
    const again = await syncAssets(fake.github, TARGET, current, Object.keys(files), read);
    expect(again.map((r) => r.outcome)).toEqual(['unchanged', 'unchanged']);
    expect(fake.writes()).toHaveLength(writes);
  });

  it('an asset of the same name with other bytes is replaced (deleted, then uploaded)', async () => {
    const { fake, release } = await draft();
    await syncAssets(fake.github, TARGET, release, ['/out/sbom.json'], async () => Buffer.from('old sbom'));
    const current = (await ensureRelease(fake.github, TARGET, fields, true)).release;
    const result = await syncAssets(fake.github, TARGET, current, ['/out/sbom.json'], read);
    expect(result).toEqual([{ name: 'sbom.json', outcome: 'replaced' }]);
    const assets = fake.state.releases[0]?.assets ?? [];
    expect(assets).toHaveLength(1);
    expect(assets[0]?.digest).toBe(sha256Digest(Buffer.from('{"sbom":true}')));
  });

  it('same size but other bytes is still replaced (the digest decides, not only the size)', async () => {
    const { fake, release } = await draft();
    await syncAssets(fake.github, TARGET, release, ['/out/sbom.json'], async () => Buffer.from('{"sbom":fals}'));
    const current = (await ensureRelease(fake.github, TARGET, fields, true)).release;
    const result = await syncAssets(fake.github, TARGET, current, ['/out/sbom.json'], read);
    expect(result).toEqual([{ name: 'sbom.json', outcome: 'replaced' }]);
  });

  it('another run uploaded the same bytes meanwhile (422 already_exists): unchanged', async () => {
    const { fake, release } = await draft();
    // `release` is the record read before the other run's upload.
    await syncAssets(fake.github, TARGET, release, ['/out/sbom.json'], read);
    const result = await syncAssets(fake.github, TARGET, release, ['/out/sbom.json'], read);
    expect(result).toEqual([{ name: 'sbom.json', outcome: 'unchanged' }]);
    expect(fake.state.releases[0]?.assets).toHaveLength(1);
  });

  it('another run uploaded other bytes meanwhile: the 422 is passed on, theirs is not overwritten', async () => {
    const { fake, release } = await draft();
    await syncAssets(fake.github, TARGET, release, ['/out/sbom.json'], async () => Buffer.from('theirs'));
    await expect(syncAssets(fake.github, TARGET, release, ['/out/sbom.json'], read)).rejects.toMatchObject({
      status: 422,
    });
    const asset = fake.state.releases[0]?.assets[0];
    expect(fake.state.assetBytes.get(asset?.id ?? 0)?.toString()).toBe('theirs');
  });
});

describe('syncAssets with a file name GitHub renames', () => {
  // GitHub stores "My Server.tgz" as "My.Server.tgz" (src/github/asset-names.ts models this): a re-run that looked
  // for the local name would upload again, get 422 already_exists, and fail.
  it('a re-run recognises an asset GitHub renamed and writes nothing', async () => {
    const fake = fakeGitHub();
    const { release } = await ensureRelease(fake.github, TARGET, fields, true);
    const read = async () => Buffer.from('bytes');
    await syncAssets(fake.github, TARGET, release, ['/out/My Server 1.2.0.tgz'], read);
    expect(fake.state.releases[0]?.assets.map((a) => a.name)).toEqual(['My.Server.1.2.0.tgz']);
    const current = (await ensureRelease(fake.github, TARGET, fields, true)).release;
    const writes = fake.writes().length;
    const again = await syncAssets(fake.github, TARGET, current, ['/out/My Server 1.2.0.tgz'], read);
    expect(again.map((r) => r.outcome)).toEqual(['unchanged']);
    expect(fake.writes()).toHaveLength(writes);
  });
});

describe('publishRelease', () => {
  it('publishes a draft (made latest when asked); a published release is left alone', async () => {
    const fake = fakeGitHub();
    const { release } = await ensureRelease(fake.github, TARGET, fields, true);
    expect(fake.state.latest).toBeUndefined();
    expect(await publishRelease(fake.github, TARGET, release, true)).toBe('updated');
    expect(fake.state.releases[0]?.draft).toBe(false);
    expect(fake.state.latest).toBe('v1.2.0');

    const writes = fake.writes().length;
    const published = (await ensureRelease(fake.github, TARGET, fields, true)).release;
    expect(await publishRelease(fake.github, TARGET, published, true)).toBe('unchanged');
    expect(fake.writes()).toHaveLength(writes);
  });

  it('a prerelease is published without becoming latest', async () => {
    const fake = fakeGitHub();
    await ensureRelease(fake.github, TARGET, fields, false);
    const rc = { ...fields, tag: 'v2.0.0-rc.1', prerelease: true };
    const { release } = await ensureRelease(fake.github, TARGET, rc, true);
    await publishRelease(fake.github, TARGET, release, false);
    expect(fake.state.latest).toBe('v1.2.0');
  });
});

describe('markLatest', () => {
  it("makes a published release GitHub's latest; a re-run writes nothing", async () => {
    const fake = fakeGitHub();
    await ensureRelease(fake.github, TARGET, fields, false);
    await ensureRelease(fake.github, TARGET, { ...fields, tag: 'v1.3.0' }, false);
    expect(fake.state.latest).toBe('v1.3.0');
    // rollback: v1.2.0 becomes the latest again
    expect(await markLatest(fake.github, TARGET, 'v1.2.0')).toBe('updated');
    expect(fake.state.latest).toBe('v1.2.0');
    const writes = fake.writes().length;
    expect(await markLatest(fake.github, TARGET, 'v1.2.0')).toBe('unchanged');
    expect(fake.writes()).toHaveLength(writes);
  });

  it('with no latest yet (404) it marks the release; a draft or a missing release is left as it is', async () => {
    const fake = fakeGitHub();
    await ensureRelease(fake.github, TARGET, fields, true);
    expect(await markLatest(fake.github, TARGET, 'v1.2.0')).toBe('unchanged');
    expect(fake.state.releases[0]?.draft).toBe(true);
    expect(await markLatest(fake.github, TARGET, 'v0.0.1')).toBe('unchanged');
    expect(fake.writes().filter((c) => c.method === 'repos.updateRelease')).toEqual([]);

    const published = fakeGitHub();
    await ensureRelease(published.github, TARGET, { ...fields, prerelease: true }, false);
    expect(published.state.latest).toBeUndefined();
    expect(await markLatest(published.github, TARGET, 'v1.2.0')).toBe('updated');
    expect(published.state.latest).toBe('v1.2.0');
  });

  it('an error reading the latest other than 404 is passed on', async () => {
    const fake = fakeGitHub();
    fake.fail('repos.getLatestRelease', httpError(500, 'Server Error'));
    await expect(markLatest(fake.github, TARGET, 'v1.2.0')).rejects.toMatchObject({ status: 500 });
  });
});

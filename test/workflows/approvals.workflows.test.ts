import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeRun, releaseState, REPO, startReleaseWorld, type ReleaseWorld, job } from './release-world.js';

process.env.MCP_RELEASE_GITHUB_PACING = 'none';

// One story, in order: the second test starts from the state the first leaves (latest 1.1.1).
describe.sequential('scenario: releases and a rollback waiting for approval at the same time', () => {
  let w: ReleaseWorld;
  beforeAll(async () => {
    w = await startReleaseWorld();
  });
  afterAll(async () => w?.stop());

  it('a second merge while the first release waits for approval: both end released; approved newest first, the older is superseded and latest stays on the newer', async () => {
    const pkg = w.packages[0] as { dir: string; name: string };
    const first = await w.merge({ number: 1, labels: ['release:minor'] });
    await w.until(first.run, 'promote', 'waiting-approval');
    const second = await w.merge({ number: 2, labels: ['release:patch'] });
    // Nothing holds a concurrency group for the waiting run: the second one runs up to its own approval.
    await w.until(second.run, 'promote', 'waiting-approval');
    w.world.approve(second.run, 'release / promote');
    await second.run.done;
    expect(second.run.conclusion, describeRun(second.run)).toBe('success');
    w.world.approve(first.run, 'release / promote');
    await first.run.done;
    expect(first.run.conclusion, describeRun(first.run)).toBe('success');
    expect(job(first.run, 'release / promote')?.steps.find((s) => s.name === 'promote')?.log).toMatch(
      /latest is already 1\.1\.1/,
    );

    expect(await releaseState(w, pkg, '1.1.0', 'v1.1.0')).toMatchObject({
      onRegistry: true,
      releaseCommits: 1,
      tagAtReleaseCommit: true,
      distTags: { latest: '1.1.1' },
    });
    expect(await releaseState(w, pkg, '1.1.1', 'v1.1.1')).toMatchObject({
      onRegistry: true,
      releaseCommits: 1,
      tagAtReleaseCommit: true,
      githubReleases: [{ draft: false }],
    });
    expect(w.github.releases.find((r) => r.tag_name === 'v1.1.0')?.draft).toBe(false);
  });

  it('a rollback while a release waits for approval runs at once; the release, approved later, still lands', async () => {
    const pkg = w.packages[0] as { dir: string; name: string };
    const release = await w.merge({ number: 3, labels: ['release:minor'] });
    await w.until(release.run, 'promote', 'waiting-approval');
    const rollback = w.world.dispatch({
      workflow: '.github/workflows/rollback.yml',
      repo: REPO,
      event: 'workflow_dispatch',
      inputs: { version: '1.1.1', reason: 'crashes on start', to: '', 'dry-run': false },
      payload: { repository: { full_name: REPO, visibility: 'public', private: false } } as never,
    });
    await w.until(rollback, 'rollback / rollback', 'waiting-approval');
    w.world.approve(rollback, 'rollback / rollback');
    await rollback.done;
    expect(rollback.conclusion, describeRun(rollback)).toBe('success');
    let pack = await w.packument(pkg.name);
    expect(pack.versions['1.1.1']?.deprecated).toBe('crashes on start');
    expect(pack['dist-tags'].latest).toBe('1.1.0');

    w.world.approve(release.run, 'release / promote');
    await release.run.done;
    expect(release.run.conclusion, describeRun(release.run)).toBe('success');
    pack = await w.packument(pkg.name);
    expect(pack['dist-tags']).toMatchObject({ latest: '1.2.0', next: '1.2.0' });
    expect(pack.versions['1.1.1']?.deprecated).toBe('crashes on start');
  });
});

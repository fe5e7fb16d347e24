import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  describeRun,
  releaseCommits,
  releaseState,
  REPO,
  startReleaseWorld,
  type ReleaseWorld,
  job,
} from './release-world.js';

process.env.MCP_RELEASE_GITHUB_PACING = 'none';

describe('scenario: main protected by a ruleset that requires signed commits', () => {
  let w: ReleaseWorld;
  beforeAll(async () => {
    w = await startReleaseWorld({ rulesets: [{ branch: 'main', requireSignedCommits: true }] });
  });
  afterAll(async () => w?.stop());

  it('releases with the job token alone: the bump commit is made through the API, which GitHub signs; nothing it pushed starts a workflow', async () => {
    const pkg = w.packages[0] as { dir: string; name: string };
    const { run } = await w.merge({ number: 1, labels: ['release:patch'] });
    await w.until(run, 'promote', 'waiting-approval');
    w.world.approve(run, 'release / promote');
    await run.done;
    expect(run.conclusion, describeRun(run)).toBe('success');
    expect(await releaseState(w, pkg, '1.0.1', 'v1.0.1')).toMatchObject({
      releaseCommits: 1,
      signedByGitHub: true,
      tagAtReleaseCommit: true,
      distTags: { latest: '1.0.1', next: '1.0.1' },
    });
    // GITHUB_TOKEN's commit and tag start no workflow run (they would have started release.yml).
    const ours = w.world.events.filter((e) => e.repo === REPO);
    expect(ours.map((e) => e.ref).sort()).toEqual(['refs/heads/main', 'refs/tags/v1.0.1']);
    for (const event of ours) {
      expect(event.tokenKind).toBe('actions');
      expect(event.triggers).toEqual([]);
    }
    expect(ours.find((e) => e.ref === 'refs/heads/main')?.suppressed).toMatch(
      /would have triggered \.github\/workflows\/release\.yml/,
    );
  });
});

describe('scenario: main protected by a ruleset that requires pull requests and signed commits', () => {
  let w: ReleaseWorld;
  beforeAll(async () => {
    w = await startReleaseWorld({
      rulesets: [{ branch: 'main', requirePullRequest: true, requireSignedCommits: true }],
      runTriggered: true,
    });
  });
  afterAll(async () => w?.stop());

  it('without a release App the bump is refused with the fix named and nothing published; with the App configured, "Re-run all jobs" releases once', async () => {
    const pkg = w.packages[0] as { dir: string; name: string };
    const { run } = await w.merge({ number: 1, labels: ['release:minor'] });
    await run.done;
    expect(run.conclusion).toBe('failure');
    const bump = job(run, 'release / prepare')?.steps.find((s) => s.name === 'version');
    expect(bump?.log).toMatch(/pull request/i);
    expect(bump?.log).toMatch(/bypass/i);
    expect(Object.keys((await w.packument(pkg.name)).versions)).toEqual(['1.0.0']);
    expect(releaseCommits(w)).toEqual([]);

    w.addReleaseApp();
    const again = w.world.rerun(run);
    await w.until(again, 'promote', 'waiting-approval');
    w.world.approve(again, 'release / promote');
    await again.done;
    expect(again.conclusion, describeRun(again)).toBe('success');
    expect(await releaseState(w, pkg, '1.1.0', 'v1.1.0')).toMatchObject({
      releaseCommits: 1,
      signedByGitHub: true,
      tagAtReleaseCommit: true,
      distTags: { latest: '1.1.0', next: '1.1.0' },
    });

    // The App's installation token was minted in the jobs that push; its bump commit (signed: made through
    // the API) does start release.yml, unlike GITHUB_TOKEN's: that run finds the push is the release itself.
    expect(job(again, 'release / prepare')?.steps.find((s) => s.name === 'GitHub App token')?.outcome).toBe('success');
    const pushed = w.world.events.find((e) => e.ref === 'refs/heads/main' && e.tokenKind === 'app');
    expect(pushed?.triggers).toEqual(['.github/workflows/release.yml']);
    const triggered = w.world.runs.filter((r) => r.options.sha === pushed?.after);
    expect(triggered).toHaveLength(1);
    await triggered[0]?.done;
    expect(triggered[0]?.conclusion, describeRun(triggered[0] as never)).toBe('success');
    expect(job(triggered[0], 'release / prepare')?.outputs.release).toBe('false');
    expect(job(triggered[0], 'release / build')?.result).toBe('skipped');
    expect(releaseCommits(w)).toHaveLength(1);
  });
});

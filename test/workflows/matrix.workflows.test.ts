import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeRun, releaseCommits, releaseState, startReleaseWorld, type ReleaseWorld } from './release-world.js';

process.env.MCP_RELEASE_GITHUB_PACING = 'none';

describe('scenario: a monorepo of three MCP servers released by a matrix of calls', () => {
  let w: ReleaseWorld;
  beforeAll(async () => {
    w = await startReleaseWorld({ dirs: ['packages/alpha', 'packages/beta', 'packages/gamma'] });
  });
  afterAll(async () => w?.stop());

  it('all three legs share one run without colliding: own artifacts, own bump commits on one branch, own tags and releases', async () => {
    const { run } = await w.merge({ number: 1, labels: ['release:minor'] });
    const promotes = () => Object.keys(run.jobs).filter((k) => k.endsWith('/ promote'));
    // Approve each leg as it reaches the environment.
    for (let approved = 0; approved < 3; ) {
      for (const key of promotes()) {
        if (run.jobs[key]?.status === 'waiting-approval') {
          w.world.approve(run, key);
          approved += 1;
        }
      }
      if (run.status === 'completed') break;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    await run.done;
    expect(run.conclusion, describeRun(run)).toBe('success');
    expect(promotes()).toHaveLength(3);
    for (const pkg of w.packages) {
      expect(await releaseState(w, pkg, '1.1.0', `${pkg.name}@1.1.0`), pkg.name).toMatchObject({
        onRegistry: true,
        distTags: { latest: '1.1.0', next: '1.1.0' },
        releaseCommits: 1,
        signedByGitHub: true,
        versionInCommit: '1.1.0',
        tagAtReleaseCommit: true,
      });
    }
    // Three bump commits, one per leg, stacked on the branch (a leg that lost the race re-applied its bump on the new head).
    expect(
      releaseCommits(w)
        .map((c) => c.subject)
        .sort(),
    ).toEqual(w.packages.map((p) => `chore(release): ${p.name}@1.1.0`).sort());
    // Two artifacts per leg, six names, none uploaded twice (a second upload of a name in one run is a 409).
    expect([...run.artifacts.keys()].sort()).toHaveLength(6);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  describeRun,
  releaseCommits,
  releaseState,
  startReleaseWorld,
  type ReleaseWorld,
  job,
} from './release-world.js';

process.env.MCP_RELEASE_GITHUB_PACING = 'none';

/**
 * "Re-run all jobs" after a job failed once its steps had run (the worst moment: its writes are
 * done, its result is lost). The new attempt checks out the same pushed commit; it must end in the
 * state one uninterrupted run reaches: one bump commit, the version on latest and next, one tag at
 * the release commit, one published GitHub release with its assets.
 */
export function rerunScenarios(jobs: string[]): void {
  describe.sequential(`scenario: "Re-run all jobs" after a failure at ${jobs.join(', ')}`, () => {
    let w: ReleaseWorld;
    beforeAll(async () => {
      w = await startReleaseWorld();
    });
    afterAll(async () => w?.stop());

    jobs.forEach((failing, index) => {
      it(`failed at ${failing}, re-run: the same end state as one uninterrupted run`, async () => {
        const pkg = w.packages[0] as { dir: string; name: string };
        const version = `1.0.${index + 1}`;
        w.world.injectedFailures.push(failing);
        const { sha, run } = await w.merge({ number: index + 1, labels: ['release:patch'] });
        if (failing === 'promote') {
          await w.until(run, 'release / promote', 'waiting-approval');
          w.world.approve(run, 'release / promote');
        }
        await run.done;
        expect(run.conclusion).toBe('failure');
        expect(job(run, `release / ${failing}`)?.error).toMatch(/injected/);

        const again = w.world.rerun(run);
        await w.until(again, 'release / promote', 'waiting-approval');
        w.world.approve(again, 'release / promote');
        await again.done;
        expect(again.conclusion, describeRun(again)).toBe('success');
        expect(job(again, 'release / prepare')?.outputs.version).toBe(version);
        expect(await releaseState(w, pkg, version, `v${version}`)).toEqual({
          onRegistry: true,
          deprecated: null,
          distTags: { latest: version, next: version },
          releaseCommits: 1,
          signedByGitHub: true,
          versionInCommit: version,
          tagAtReleaseCommit: true,
          githubReleases: [
            { draft: false, assets: ['SHA256SUMS', `${pkg.name}-${version}.tgz`, 'release-manifest.json'] },
          ],
        });
        expect(releaseCommits(w).filter((c) => c.releaseOf === sha)).toHaveLength(1);
      });
    });
  });
}

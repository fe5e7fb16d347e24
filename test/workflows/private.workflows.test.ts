import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeRun, releaseState, REPO, startReleaseWorld, type ReleaseWorld, job } from './release-world.js';

process.env.MCP_RELEASE_GITHUB_PACING = 'none';

describe('scenario: private repository on GitHub Team', () => {
  let w: ReleaseWorld;
  beforeAll(async () => {
    // provenance: auto (the starter workflow's default), not the public scenario's false.
    w = await startReleaseWorld({ visibility: 'private', plan: 'team', with: { provenance: 'auto' } });
  });
  afterAll(async () => w?.stop());

  it('releases without provenance, keyless signing or an attestation, and says why in the summary', async () => {
    const pkg = w.packages[0] as { dir: string; name: string };
    const { run } = await w.merge({ number: 1, labels: ['release:patch'] });
    // Team has environments and their secrets for private repositories, but required reviewers only
    // on GitHub Enterprise: promote reads NPM_PROMOTE_TOKEN from the environment and does not wait.
    await run.done;
    expect(run.conclusion, describeRun(run)).toBe('success');
    expect(await releaseState(w, pkg, '1.0.1', 'v1.0.1')).toMatchObject({
      onRegistry: true,
      distTags: { latest: '1.0.1', next: '1.0.1' },
      releaseCommits: 1,
      tagAtReleaseCommit: true,
    });

    const publish = job(run, 'release / publish');
    const publishLog = publish?.steps.find((s) => s.name === 'publish')?.log ?? '';
    // npm refuses provenance from a private repository (E422): it was not asked for.
    expect(publishLog).toMatch(/provenance skipped: the repository is private/);
    expect(publishLog).not.toMatch(/--provenance(?!=false)/);
    const sign = job(run, 'release / sign');
    // Keyless signing would publish the private repository's name to the public Rekor log.
    expect(sign?.steps.find((s) => s.name === 'sign')?.log).toMatch(/private/);
    // The attestation step itself did not run (had it run, the simulated action would have failed the job).
    expect(sign?.steps.find((s) => s.name === 'GitHub artifact attestation')?.outcome).toBe('skipped');
    expect(sign?.summary).toMatch(/attestation skipped: the repository is private/i);
    expect(sign?.annotations.map((a) => a.message).join('\n')).toMatch(/attestation skipped/);
  });
});

describe('scenario: private repository on GitHub Free (no environments)', () => {
  let w: ReleaseWorld;
  beforeAll(async () => {
    w = await startReleaseWorld({ visibility: 'private', plan: 'free', with: { provenance: 'auto' } });
  });
  afterAll(async () => w?.stop());

  it('promote says why NPM_PROMOTE_TOKEN is empty; stored as a repository secret, "Re-run all jobs" finishes the release', async () => {
    const pkg = w.packages[0] as { dir: string; name: string };
    const { run } = await w.merge({ number: 1, labels: ['release:minor'] });
    await run.done;
    expect(run.conclusion).toBe('failure');
    const promote = job(run, 'release / promote')?.steps.find((s) => s.name === 'promote')?.log ?? '';
    expect(promote).toMatch(/promote\/no-token/);
    expect(promote).toMatch(
      /NPM_PROMOTE_TOKEN is empty: .*GitHub Free has no environments: store it as a repository secret/s,
    );
    // Nothing reached latest; the version waits under next.
    expect((await w.packument(pkg.name))['dist-tags']).toEqual({ latest: '1.0.0', next: '1.1.0' });

    w.world.repoSecrets(REPO).NPM_PROMOTE_TOKEN = w.registry.token;
    const again = w.world.rerun(run);
    await again.done;
    expect(again.conclusion, describeRun(again)).toBe('success');
    expect(await releaseState(w, pkg, '1.1.0', 'v1.1.0')).toMatchObject({
      distTags: { latest: '1.1.0', next: '1.1.0' },
      releaseCommits: 1,
      tagAtReleaseCommit: true,
    });
  });
});

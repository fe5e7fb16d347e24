import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Run } from '../workflow-runner/run.js';
import {
  describeRun,
  job,
  releaseCommits,
  releaseState,
  REPO,
  startReleaseWorld,
  type ReleaseWorld,
} from './release-world.js';

process.env.MCP_RELEASE_GITHUB_PACING = 'none';

/** The legs of a matrix job of the called release workflow ("release / promote (name, dir, ...)"). */
const legs = (run: Run, id: string) => Object.keys(run.jobs).filter((k) => k.startsWith(`release / ${id} (`));

/** Approve every promote leg as it reaches the environment, until the run ends. */
async function approveAll(w: ReleaseWorld, run: Run, expected: number): Promise<void> {
  const approved = new Set<string>();
  while (run.status !== 'completed') {
    for (const key of legs(run, 'promote'))
      if (!approved.has(key) && run.jobs[key]?.status === 'waiting-approval') {
        w.world.approve(run, key);
        approved.add(key);
      }
    if (approved.size === expected) break;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  await run.done;
}

describe('scenario: a monorepo of two MCP servers released by one call', () => {
  let w: ReleaseWorld;
  beforeAll(async () => {
    w = await startReleaseWorld({ dirs: ['packages/alpha', 'packages/beta'] });
  });
  afterAll(async () => w?.stop());

  it('one plan, one bump commit for both, then a leg per package with its own artifacts, tag, release and promotion', async () => {
    const { run } = await w.merge({ number: 1, labels: ['release:minor'] });
    await approveAll(w, run, 2);
    expect(run.conclusion, describeRun(run)).toBe('success');
    // One prepare job (not a matrix), two legs of every later job.
    expect(Object.keys(run.jobs).filter((k) => k.startsWith('release / prepare'))).toEqual(['release / prepare']);
    for (const id of ['build', 'sign', 'publish', 'smoke', 'github-release', 'promote'])
      expect(legs(run, id), id).toHaveLength(2);
    const prepared = JSON.parse(job(run, 'release / prepare')?.outputs.releases ?? '[]') as {
      name: string;
      dir: string;
      version: string;
      artifact: string;
    }[];
    expect(prepared.map((r) => [r.dir, r.name, r.version])).toEqual(w.packages.map((p) => [p.dir, p.name, '1.1.0']));
    // ONE release commit on the branch, releasing both.
    expect(releaseCommits(w), describeRun(run)).toHaveLength(1);
    for (const pkg of w.packages) {
      expect(await releaseState(w, pkg, '1.1.0', `${pkg.name}@1.1.0`), pkg.name).toMatchObject({
        onRegistry: true,
        distTags: { latest: '1.1.0', next: '1.1.0' },
        releaseCommits: 1,
        signedByGitHub: true,
        versionInCommit: '1.1.0',
        tagAtReleaseCommit: true,
        githubReleases: [{ draft: false, assets: ['SHA256SUMS', `${pkg.name}-1.1.0.tgz`, 'release-manifest.json'] }],
      });
      // Each leg worked on its own package: its folder, its name and version, its artifacts.
      const own = prepared.find((r) => r.dir === pkg.dir);
      const promote = job(run, 'release / promote', pkg.dir);
      expect(promote?.steps.find((s) => s.name === 'promote')?.log, pkg.name).toContain(pkg.name);
      const smoke = job(run, 'release / smoke', pkg.dir);
      expect(smoke?.steps.find((s) => s.name === 'smoke')?.outcome, pkg.name).toBe('success');
      expect(run.artifacts.get(`mcp-release-package-${own?.artifact}`)?.job, pkg.name).toContain(pkg.dir);
      expect(run.artifacts.get(`mcp-release-signed-${own?.artifact}`)?.job, pkg.name).toContain(pkg.dir);
    }
    // Two artifacts per leg, four names, none uploaded twice (a second upload of a name in one run is a 409).
    expect(new Set(prepared.map((r) => r.artifact)).size).toBe(2);
    expect([...run.artifacts.keys()].sort()).toHaveLength(4);
  });

  it('a PR touching one package releases only that one: one leg, one commit', async () => {
    const before = releaseCommits(w).length;
    const { run } = await w.merge({ number: 2, labels: ['release:patch'], dirs: ['packages/beta'] });
    await approveAll(w, run, 1);
    expect(run.conclusion, describeRun(run)).toBe('success');
    expect(legs(run, 'promote')).toHaveLength(1);
    expect(releaseCommits(w)).toHaveLength(before + 1);
    const beta = w.packages.find((p) => p.dir === 'packages/beta') as { dir: string; name: string };
    expect(await releaseState(w, beta, '1.1.1', `${beta.name}@1.1.1`)).toMatchObject({
      distTags: { latest: '1.1.1', next: '1.1.1' },
      releaseCommits: 1,
      tagAtReleaseCommit: true,
    });
    for (const other of w.packages.filter((p) => p !== beta))
      expect((await w.packument(other.name))['dist-tags'].latest, other.name).toBe('1.1.0');
  });

  it('rollback by package name: that package only, found among the workspace folders', async () => {
    const beta = w.packages.find((p) => p.dir === 'packages/beta') as { dir: string; name: string };
    const rollback = w.world.dispatch({
      workflow: '.github/workflows/rollback.yml',
      repo: REPO,
      event: 'workflow_dispatch',
      inputs: { version: '1.1.1', reason: 'crashes on start', to: '', 'dry-run': false, package: beta.name },
      payload: { repository: { full_name: REPO, visibility: 'public', private: false } } as never,
    });
    await w.until(rollback, 'rollback / rollback', 'waiting-approval');
    w.world.approve(rollback, 'rollback / rollback');
    await rollback.done;
    expect(rollback.conclusion, describeRun(rollback)).toBe('success');
    const where = rollback.jobs['rollback / rollback']?.steps.find((s) => s.name === "The package's folder");
    expect(where?.outputs.dir).toBe(beta.dir);
    const pack = await w.packument(beta.name);
    expect(pack.versions['1.1.1']?.deprecated).toBe('crashes on start');
    expect(pack['dist-tags'].latest).toBe('1.1.0');
    for (const other of w.packages.filter((p) => p !== beta))
      expect((await w.packument(other.name))['dist-tags'].latest, other.name).toBe('1.1.0');
    // A name no package.json carries is refused before anything is touched.
    const unknown = w.world.dispatch({
      workflow: '.github/workflows/rollback.yml',
      repo: REPO,
      event: 'workflow_dispatch',
      inputs: { version: '1.1.0', reason: 'typo', to: '', 'dry-run': false, package: 'no-such-package' },
      payload: { repository: { full_name: REPO, visibility: 'public', private: false } } as never,
    });
    await w.until(unknown, 'rollback / rollback', 'waiting-approval');
    w.world.approve(unknown, 'rollback / rollback');
    await unknown.done;
    expect(unknown.conclusion).toBe('failure');
    expect(describeRun(unknown)).toMatch(/no package\.json in the repository names no-such-package/);
  });
});

describe('scenario: one leg fails - the later jobs of every leg wait, and "Re-run all jobs" finishes the release', () => {
  let w: ReleaseWorld;
  beforeAll(async () => {
    w = await startReleaseWorld({ dirs: ['packages/alpha', 'packages/beta'] });
  });
  afterAll(async () => w?.stop());

  it('a failed sign leg holds publish for both packages; the re-run publishes both once, on the same release commit', async () => {
    // The first sign leg to finish fails after its steps ran (as a lost runner would).
    w.world.injectedFailures.push('sign');
    const { run } = await w.merge({ number: 1, labels: ['release:minor'] });
    await run.done;
    expect(run.conclusion).toBe('failure');
    expect(
      legs(run, 'sign')
        .map((k) => run.jobs[k]?.result)
        .sort(),
    ).toEqual(['failure', 'success']);
    // Default `needs`: publish waits for every sign leg, so neither package reached the registry.
    expect(run.jobs['release / publish']?.result).toBe('skipped');
    for (const pkg of w.packages)
      expect((await w.packument(pkg.name))['dist-tags'], pkg.name).toEqual({ latest: '1.0.0' });
    const commit = job(run, 'release / prepare')?.outputs.commit;

    const again = w.world.rerun(run);
    await approveAll(w, again, 2);
    expect(again.conclusion, describeRun(again)).toBe('success');
    expect(job(again, 'release / prepare')?.outputs.commit).toBe(commit);
    expect(releaseCommits(w)).toHaveLength(1);
    for (const pkg of w.packages)
      expect(await releaseState(w, pkg, '1.1.0', `${pkg.name}@1.1.0`), pkg.name).toMatchObject({
        distTags: { latest: '1.1.0', next: '1.1.0' },
        releaseCommits: 1,
        tagAtReleaseCommit: true,
      });
  });
});

describe('scenario: the caller-side matrix of calls (one call per folder) still releases every package', () => {
  let w: ReleaseWorld;
  beforeAll(async () => {
    w = await startReleaseWorld({ dirs: ['packages/alpha', 'packages/beta'], callerMatrix: true });
  });
  afterAll(async () => w?.stop());

  it('two calls in one run: own artifacts, one bump commit each, own tags', async () => {
    const { run } = await w.merge({ number: 1, labels: ['release:minor'] });
    const promotes = () => Object.keys(run.jobs).filter((k) => /^release \([^)]*\) \/ promote/.test(k));
    const approved = new Set<string>();
    while (run.status !== 'completed' && approved.size < 2) {
      for (const key of promotes())
        if (!approved.has(key) && run.jobs[key]?.status === 'waiting-approval') {
          w.world.approve(run, key);
          approved.add(key);
        }
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    await run.done;
    expect(run.conclusion, describeRun(run)).toBe('success');
    expect(releaseCommits(w)).toHaveLength(2);
    for (const pkg of w.packages)
      expect(await releaseState(w, pkg, '1.1.0', `${pkg.name}@1.1.0`), pkg.name).toMatchObject({
        distTags: { latest: '1.1.0', next: '1.1.0' },
        releaseCommits: 1,
        tagAtReleaseCommit: true,
      });
    expect([...run.artifacts.keys()]).toHaveLength(4);
  });
});

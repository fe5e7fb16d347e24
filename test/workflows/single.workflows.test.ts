import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  describeRun,
  KIT,
  releaseCommits,
  releaseState,
  startReleaseWorld,
  type ReleaseWorld,
  job,
} from './release-world.js';
import { parseRegistryPath } from '../helpers/propagation-proxy.js';

// The fakes answer at once: GitHub's write pacing would only slow the scenario down.
process.env.MCP_RELEASE_GITHUB_PACING = 'none';

/** Resolves once the proxy has answered 404 to a read of name@version among the requests after `from`. */
async function untilRefused(w: ReleaseWorld, from: number, name: string, version: string): Promise<void> {
  const deadline = Date.now() + 240_000;
  const refused = () =>
    w.proxy.requests.slice(from).some((r) => {
      const parsed = parseRegistryPath(r.path);
      return r.method === 'GET' && r.status === 404 && parsed?.name === name && parsed.rest.join('/') === version;
    });
  while (!refused()) {
    if (Date.now() > deadline) throw new Error(`the registry was never asked for ${name}@${version} after publish`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe('scenario: single package, public repository, the registry serves a new version only after the smoke job was refused it (longer than publish reads back)', () => {
  let w: ReleaseWorld;
  beforeAll(async () => {
    // Held until the test reveals it: a fixed delay raced the runner's own speed (on a slow machine
    // the smoke job started after the delay and never saw the version missing).
    w = await startReleaseWorld({ mcpRegistry: true, registryDelayMs: 30 * 60_000 });
  });
  afterAll(async () => w?.stop());

  it('a PR labelled release:minor merged to main ends released: bump commit, next, smoke, tag, draft, approval, latest, MCP Registry', async () => {
    const pkg = w.packages[0] as { dir: string; name: string };
    const { sha, run } = await w.merge({ number: 1, labels: ['release:minor'] });
    // Publish has read back (and given up on) 1.1.0 before smoke starts: smoke needs publish.
    await w.until(run, 'smoke', 'in_progress');
    await untilRefused(w, w.proxy.requests.length, pkg.name, '1.1.0');
    w.proxy.reveal(pkg.name, '1.1.0');
    await w.until(run, 'promote', 'waiting-approval');
    // Nothing reached latest before a reviewer approved.
    expect((await w.packument(pkg.name))['dist-tags']).toEqual({ latest: '1.0.0', next: '1.1.0' });
    w.world.approve(run, 'release / promote');
    await run.done;
    expect(run.conclusion, describeRun(run)).toBe('success');

    expect(await releaseState(w, pkg, '1.1.0', 'v1.1.0')).toEqual({
      onRegistry: true,
      deprecated: null,
      distTags: { latest: '1.1.0', next: '1.1.0' },
      releaseCommits: 1,
      signedByGitHub: true,
      versionInCommit: '1.1.0',
      tagAtReleaseCommit: true,
      githubReleases: [{ draft: false, assets: ['SHA256SUMS', `${pkg.name}-1.1.0.tgz`, 'release-manifest.json'] }],
    });
    // The release commit names the merge it releases (how a re-run finds it).
    expect(releaseCommits(w)[0]?.releaseOf).toBe(sha);
    // Promote checked out the release commit: the MCP Registry got server.json at 1.1.0.
    expect(
      [...w.mcp.entries.values()].map((e) => `${String(e.server.name)}@${String(e.server.version)}:${e.status}`),
    ).toContain(`io.github.acme/${pkg.name}@1.1.0:active`);
    // The registry served 1.1.0 late; the smoke job waited for it instead of failing with ETARGET.
    expect(job(run, 'release / smoke')?.steps.find((s) => s.name === 'smoke')?.log).toMatch(
      /waiting for .*@1\.1\.0 .*attempt 1/,
    );
  });

  it('every kit step ran from the commit the caller pinned, though v1 points at a commit that fails', () => {
    const run = w.world.runs[0];
    const jobs = Object.values(run?.jobs ?? {}).filter((j) => j.context);
    expect(jobs.length).toBeGreaterThan(5);
    for (const job of jobs) expect(job.context?.job.workflow_sha, job.key).toBe(w.kitSha);
    expect(w.world.resolve(KIT, 'v1')).not.toBe(w.kitSha);
    const kitCheckouts = w.world.records.filter((r) => r.kind === 'checkout' && r.repository === KIT);
    expect(kitCheckouts.length).toBe(jobs.length);
    for (const checkout of kitCheckouts) expect(checkout.sha).toBe(w.kitSha);
  });

  it('least privilege at run time: the job that starts the published server holds no secret and no OIDC; no job restores a cache', () => {
    const run = w.world.runs[0];
    const smoke = job(run, 'release / smoke');
    expect(smoke?.permissions).toMatchObject({ contents: 'read' });
    expect(smoke?.permissions?.['id-token'] ?? 'none').toBe('none');
    for (const setup of w.world.records.filter((r) => r.kind === 'setup-node'))
      expect(setup).toMatchObject({ 'package-manager-cache': 'false' });
    // Pinned third-party actions only.
    expect(run?.actionsUsed.filter((a) => !a.pinned && !a.uses.startsWith('./'))).toEqual([]);
  });
});

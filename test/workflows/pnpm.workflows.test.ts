import semver from 'semver';
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

/**
 * A pnpm workspace: packageManager pnpm@10.20.0, pnpm-workspace.yaml and a committed pnpm-lock.yaml;
 * the library packages/shared and the server packages/server, which depends on it with `workspace:^`.
 * The release sets pnpm up through corepack (the runner's model: test/workflow-runner/corepack.ts),
 * installs with the frozen lockfile, and publishes the server with that dependency as a real range
 * (`pnpm pack` rewrites `workspace:`; a registry refuses to install the literal spec: FACTS.md).
 */
describe('scenario: a pnpm workspace of a library and a server that depends on it', () => {
  let w: ReleaseWorld;
  beforeAll(async () => {
    w = await startReleaseWorld({ pnpm: true });
  });
  afterAll(async () => w?.stop());

  it('PR checks: a change to the library checks it and the server that depends on it, one leg each; the library is not smoke-tested', async () => {
    const [shared, server] = w.packages as [{ dir: string; name: string }, { dir: string; name: string }];
    const sha = await w.world.commit(REPO, { 'packages/shared/NOTES.md': 'a change\n' }, { branch: 'pr-3' });
    w.github.pulls.set(3, { number: 3, title: 'feat: a warmer greeting', author: 'alice', labels: ['release:minor'] });
    const run = w.world.dispatch({
      workflow: '.github/workflows/pr.yml',
      repo: REPO,
      event: 'pull_request',
      sha,
      ref: 'refs/pull/3/merge',
      actor: 'alice',
      payload: {
        number: 3,
        pull_request: {
          number: 3,
          user: { login: 'alice' },
          head: { sha, repo: { full_name: REPO, fork: false } },
          base: { ref: 'main', repo: { full_name: REPO } },
        },
        repository: { full_name: REPO, visibility: 'public', private: false },
      } as never,
    });
    await run.done;
    expect(run.conclusion, describeRun(run)).toBe('success');
    const changed = JSON.parse(job(run, 'checks / changes')?.outputs.packages ?? '[]') as {
      dir: string;
      kind: string;
    }[];
    expect(changed.map((p) => [p.dir, p.kind]).sort()).toEqual([
      [server.dir, 'server'],
      [shared.dir, 'library'],
    ]);
    const checks = (dir: string) => job(run, 'checks / checks', dir);
    for (const dir of [shared.dir, server.dir]) {
      expect(checks(dir)?.steps.find((s) => s.name === 'corepack enable')?.outcome, dir).toBe('success');
      expect(checks(dir)?.steps.find((s) => s.name === 'install')?.outcome, dir).toBe('success');
      expect(checks(dir)?.steps.find((s) => s.name === 'validate-layout')?.outcome, dir).toBe('success');
      expect(checks(dir)?.steps.find((s) => s.name === 'security-scan')?.outcome, dir).toBe('success');
    }
    expect(checks(server.dir)?.steps.find((s) => s.name === 'smoke')?.outcome).toBe('success');
    expect(checks(shared.dir)?.steps.find((s) => s.name === 'smoke')?.outcome).toBe('skipped');
    expect(checks(shared.dir)?.summary).toMatch(/library/);
    // The surface guard ran for the server only.
    expect(Object.keys(run.jobs).filter((k) => k.startsWith('checks / surface ('))).toEqual([
      expect.stringContaining(server.dir),
    ]);
  });

  it('one commit releases both; pnpm installs frozen; the server ships a real range of the library, which is published without a smoke test', async () => {
    const [shared, server] = w.packages as [{ dir: string; name: string }, { dir: string; name: string }];
    const { run } = await w.merge({ number: 1, labels: ['release:minor'] });
    const approved = new Set<string>();
    const promotes = (r: Run) => Object.keys(r.jobs).filter((k) => k.startsWith('release / promote ('));
    while (run.status !== 'completed' && approved.size < 2) {
      for (const key of promotes(run))
        if (!approved.has(key) && run.jobs[key]?.status === 'waiting-approval') {
          w.world.approve(run, key);
          approved.add(key);
        }
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    await run.done;
    expect(run.conclusion, describeRun(run)).toBe('success');
    expect(releaseCommits(w)).toHaveLength(1);

    for (const pkg of w.packages) {
      const build = job(run, 'release / build', pkg.dir);
      const step = (name: string) => build?.steps.find((s) => s.name === name);
      // The manager the repository declares, set up by corepack, and the kit's frozen install.
      expect(step('install (detect the package manager)')?.outputs, pkg.dir).toMatchObject({
        'package-manager': 'pnpm',
        'package-manager-version': '10.20.0',
        lockfile: 'pnpm-lock.yaml',
        setup: 'corepack',
      });
      expect(step('corepack enable')?.outcome, pkg.dir).toBe('success');
      expect(step('install')?.outcome, pkg.dir).toBe('success');
      expect(step('install')?.log, pkg.dir).toMatch(/pnpm/);
      expect(await releaseState(w, pkg, '1.1.0', `${pkg.name}@1.1.0`), pkg.name).toMatchObject({
        onRegistry: true,
        distTags: { latest: '1.1.0', next: '1.1.0' },
        releaseCommits: 1,
        versionInCommit: '1.1.0',
        tagAtReleaseCommit: true,
      });
    }

    // The published server names the library by a real range that the released library satisfies.
    const manifest = (await (await fetch(`${w.registry.url}${server.name}/1.1.0`)).json()) as {
      dependencies?: Record<string, string>;
    };
    const range = manifest.dependencies?.[shared.name] ?? '';
    expect(range).not.toMatch(/^workspace:/);
    expect(semver.validRange(range), range).not.toBeNull();
    expect(semver.satisfies('1.1.0', range), range).toBe(true);
    // The server was started from the registry (with its dependency installed from there); the library was not.
    expect(job(run, 'release / smoke', server.dir)?.steps.find((s) => s.name === 'smoke')?.outcome).toBe('success');
    const libSmoke = job(run, 'release / smoke', shared.dir);
    expect(libSmoke?.steps.find((s) => s.name === 'smoke')?.outcome).toBe('skipped');
    expect(libSmoke?.annotations.map((a) => a.message).join('\n')).toMatch(/library/);
  });
});

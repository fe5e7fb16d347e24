import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGitHubFake, type GitHubFake } from '../helpers/github-fake.js';
import { OIDC_REQUEST_TOKEN, startOidcEndpoint } from '../helpers/oidc.js';
import { startRegistry, type TestRegistry } from '../helpers/registry.js';
import { ROOT } from '../helpers/run.js';
import type { TokenKind } from '../workflow-runner/types.js';
import { createWorld, type World } from '../workflow-runner/world.js';
import { describeRun, KIT, job, untilJob } from './release-world.js';

process.env.MCP_RELEASE_GITHUB_PACING = 'none';
// The build job's `npm ci` of the kit's toolchain reads the machine's npm cache first (CI has just filled it).
process.env.npm_config_cache = process.env.npm_config_cache ?? path.join(os.homedir(), '.npm');
process.env.npm_config_prefer_offline = 'true';

/**
 * The kit releases itself with its own workflow: this working tree (every tracked file) is the
 * repository, `.github/workflows/release.yml` calls `./.github/workflows/mcp-release.yml`, and a
 * PR labelled release:minor merged to main ends with mcp-release-kit on the registry, the tag, the
 * published release and the major tag moved to the release commit.
 */
describe('scenario: the kit releases itself with its own release workflow', () => {
  let world: World;
  let github: GitHubFake;
  let registry: TestRegistry;
  let oidc: Awaited<ReturnType<typeof startOidcEndpoint>>;
  beforeAll(async () => {
    registry = await startRegistry();
    oidc = await startOidcEndpoint({
      repository: KIT,
      repository_owner: 'mcp-release-kit',
      sub: `repo:${KIT}:ref:refs/heads/main`,
    });
    const handle = { url: '' };
    world = await createWorld({
      repos: [
        {
          name: KIT,
          visibility: 'public',
          secrets: { NPM_TOKEN: registry.token },
          environments: { production: { secrets: { NPM_PROMOTE_TOKEN: registry.token }, reviewers: ['maintainer'] } },
        },
      ],
      github: handle,
      logger: process.env.MCP_RELEASE_WORKFLOW_LOG ? (line) => console.log(line) : () => {},
    });
    world.oidcEnv = () => ({
      ACTIONS_ID_TOKEN_REQUEST_URL: oidc.url,
      ACTIONS_ID_TOKEN_REQUEST_TOKEN: OIDC_REQUEST_TOKEN,
    });
    const bare = world.bareOf(KIT)?.dir as string;
    github = await startGitHubFake({
      repository: KIT,
      gitDir: bare,
      onRefUpdate: (u) =>
        world.recordApiRefUpdate(KIT, {
          ref: u.ref,
          ...(u.before ? { before: u.before } : {}),
          after: u.after,
          kind: u.actor.kind as TokenKind,
        }),
    });
    handle.url = github.url;
    const mint = world.mintToken.bind(world);
    world.mintToken = (repos, permissions, kind, by) => {
      const token = mint(repos, permissions, kind, by);
      github.tokens.set(token, {
        login: kind === 'actions' ? 'github-actions[bot]' : 'release-app[bot]',
        kind,
        permissions: permissions as never,
      });
      return token;
    };
    await commitWorkingTree(bare, registry.url);
  });
  afterAll(async () => {
    await Promise.all([registry?.stop(), github?.stop(), oidc?.stop()]);
  });

  it('release:minor merged: mcp-release-kit 0.2.0 on latest, tagged, released, and the major tag at the release commit', async () => {
    const sha = await world.commit(KIT, { 'NOTES.md': 'a change to release\n' }, { message: 'feat: a change (#1)' });
    github.pulls.set(1, {
      number: 1,
      title: 'feat: a change',
      author: 'alice',
      labels: ['release:minor'],
      mergeCommitSha: sha,
    });
    github.commitPulls.set(sha, [1]);
    const run = world.dispatch({
      workflow: '.github/workflows/release.yml',
      repo: KIT,
      event: 'push',
      sha,
      ref: 'refs/heads/main',
      payload: {
        ref: 'refs/heads/main',
        after: sha,
        repository: { full_name: KIT, visibility: 'public', private: false },
      } as never,
    });
    await untilJob(run, 'release / promote', 'waiting-approval');
    world.approve(run, 'release / promote');
    await run.done;
    expect(run.conclusion, describeRun(run)).toBe('success');

    const pack = (await (await fetch(`${registry.url}mcp-release-kit`)).json()) as {
      'dist-tags': Record<string, string>;
    };
    expect(pack['dist-tags']).toEqual({ latest: '0.2.0', next: '0.2.0' });
    const releaseCommit = job(run, 'release / prepare')?.outputs.commit as string;
    expect(world.readFile(KIT, releaseCommit, 'package.json')).toContain('"version": "0.2.0"');
    expect(world.resolve(KIT, 'refs/tags/v0.2.0')).toBe(releaseCommit);
    // Actions ship by a moving major tag: `uses: mcp-release-kit/mcp-release-kit@v0` follows it.
    expect(world.resolve(KIT, 'refs/tags/v0')).toBe(releaseCommit);
    expect(github.releases.find((r) => r.tag_name === 'v0.2.0')?.draft).toBe(false);
    // The build job checked that the committed dist/ is what the sources build, after the bump.
    expect(job(run, 'release / build')?.steps.find((s) => s.name === 'Custom build')?.log).toMatch(
      /dist\/ matches a fresh build/,
    );
  });
});

/** The files git tracks in this working tree (dist/ as built), committed to the bare repository, plus a config naming the test registry. */
async function commitWorkingTree(bare: string, registryUrl: string): Promise<void> {
  const work = await mkdtemp(path.join(os.tmpdir(), 'kit-self-'));
  // Everything but the tests (the release builds from src/ and scripts/; test helpers hold the fake
  // tokens the leak guard looks for in every git history the tests leave).
  const files = execFileSync('git', ['ls-files', '-z'], { cwd: ROOT, encoding: 'utf8' })
    .split('\0')
    .filter((f) => f && !f.startsWith('test/') && !f.startsWith('dist/'));
  // dist/ as built on disk (a rebuild may name its chunks differently from the committed ones).
  files.push(
    ...readdirSync(path.join(ROOT, 'dist'), { recursive: true, withFileTypes: true })
      .filter((d) => d.isFile())
      .map((d) => path.relative(ROOT, path.join(d.parentPath, d.name))),
  );
  for (const file of files) {
    await mkdir(path.dirname(path.join(work, file)), { recursive: true });
    await cp(path.join(ROOT, file), path.join(work, file));
  }
  await mkdir(path.join(work, '.github'), { recursive: true });
  await writeFile(path.join(work, '.github/mcp-release.yml'), `registry: ${registryUrl}\n`);
  // The public sigstore (keyless signing, npm provenance) cannot be reached from here: the one change
  // to the kit's workflow under test. The visibility decision is tested in test/integration/visibility.test.ts.
  const workflow = path.join(work, '.github/workflows/release.yml');
  const text = await readFile(workflow, 'utf8');
  if (!text.includes('      smoke-test: false\n'))
    throw new Error('release.yml changed: update the self-release scenario');
  await writeFile(
    workflow,
    text.replace('      smoke-test: false\n', "      smoke-test: false\n      provenance: 'false'\n"),
  );
  const g = (...args: string[]) =>
    execFileSync('git', ['-c', 'user.name=Kit', '-c', 'user.email=kit@example.com', ...args], {
      cwd: work,
      encoding: 'utf8',
      env: { ...process.env, MCP_WORLD_ADMIN: '1' },
    }).trim();
  g('init', '-q', '-b', 'main');
  g('add', '-A');
  g('commit', '-q', '-m', 'the kit at 0.1.0');
  g('remote', 'add', 'origin', bare);
  g('push', '-q', 'origin', 'HEAD:refs/heads/main');
  g('tag', 'v0.1.0');
  g('push', '-q', 'origin', 'v0.1.0');
  await rm(work, { recursive: true, force: true });
}

import { execFile, execFileSync } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../../src/report/model.js';
import { testRepoAt, withOrigin, type TestRepo } from '../helpers/git-repo.js';
import { startRegistry, type TestRegistry } from '../helpers/registry.js';
import { FAKE_GITHUB_TOKEN, startGitHubFake } from '../helpers/github-fake.js';
import { CLI, runNode } from '../helpers/run.js';
import { tempDir, writeTree } from '../helpers/temp.js';

/**
 * A monorepo release end to end with real git, real npm and Verdaccio: an npm
 * workspaces root (packages/lib, servers/a depending on lib through ^1.1.0,
 * servers/b on nothing) listed by the config's `packages:`, with the
 * package-lock.json npm itself writes.
 */
let registry: TestRegistry;
beforeAll(async () => {
  registry = await startRegistry();
});
afterAll(async () => {
  await registry.stop();
});

let counter = 0;
interface Mono {
  repo: TestRepo;
  scope: string;
  lib: string;
  a: string;
  b: string;
}

async function monorepo(bVersion = '2.0.0'): Promise<Mono> {
  counter += 1;
  const scope = `@mono${counter}-${process.pid}`;
  const [lib, a, b] = [`${scope}/lib`, `${scope}/a`, `${scope}/b`];
  const dir = await tempDir('monorepo-release-');
  const pkg = (name: string, version: string, extra: Record<string, unknown> = {}) =>
    `${JSON.stringify({ name, version, license: 'MIT', files: ['index.js'], ...extra }, null, 2)}\n`;
  await writeTree(dir, {
    'package.json': `${JSON.stringify({ name: 'mono-root', private: true, workspaces: ['packages/*', 'servers/*'] }, null, 2)}\n`,
    '.github/mcp-release.yml': 'packages:\n  - packages/*\n  - servers/*\n',
    'packages/lib/package.json': pkg(lib, '1.1.0'),
    'packages/lib/index.js': 'export const lib = 1;\n',
    'servers/a/package.json': pkg(a, '0.3.0', { mcpName: 'io.github.acme/a', dependencies: { [lib]: '^1.1.0' } }),
    'servers/a/index.js': 'export const a = 1;\n',
    'servers/b/package.json': pkg(b, bVersion, { mcpName: 'io.github.acme/b' }),
    'servers/b/index.js': 'export const b = 1;\n',
  });
  // The lockfile npm writes for this workspace (internal links only: no network).
  execFileSync('npm', ['install', '--package-lock-only', '--ignore-scripts', '--offline', '--no-audit', '--no-fund'], {
    cwd: dir,
    stdio: 'pipe',
  });
  const repo = testRepoAt(dir);
  repo.git('init', '-q');
  repo.git('add', '-A');
  repo.git('commit', '-q', '-m', 'chore: initial');
  return { repo, scope, lib, a, b };
}

async function cli(args: string[], env: Record<string, string> = {}) {
  const run = await runNode(CLI, [...args, '--json'], { env });
  return { code: run.code, report: JSON.parse(run.stdout || '{}') as Report, stderr: run.stderr };
}

const plan = (dir: string, args: string[], env: Record<string, string> = {}) =>
  cli(['plan', dir, '--registry', registry.url, ...args], env);

const releasesOf = (report: Report) =>
  (JSON.parse(report.outputs.releases ?? '[]') as Record<string, string>[]).map((r) => [
    r.name,
    r['next-version'],
    r.bump,
  ]);
const changedOf = (report: Report) =>
  (JSON.parse(report.outputs.changed ?? '[]') as { name: string; kind: string }[]).map((c) => [c.name, c.kind]);

/** A PR branch that touches only packages/lib. */
async function touchLib(mono: Mono): Promise<void> {
  mono.repo.git('checkout', '-q', '-b', 'feature');
  await mono.repo.commit('feat: lib grows', 'packages/lib/index.js');
}

async function publish(dir: string, name: string, version: string): Promise<void> {
  const folder = await tempDir('publish-');
  await writeTree(folder, {
    'package.json': JSON.stringify({ name, version, license: 'MIT' }),
    'index.js': '\n',
  });
  const npmrc = path.join(await tempDir('npmrc-'), '.npmrc');
  await writeFile(npmrc, `registry=${registry.url}\n//${new URL(registry.url).host}/:_authToken=\${PUBLISH_TOKEN}\n`);
  await promisify(execFile)('npm', ['publish', '--userconfig', npmrc, '--tag', 'latest'], {
    cwd: folder,
    env: { ...process.env, PUBLISH_TOKEN: registry.token },
  });
  void dir;
}

describe('plan over a monorepo', () => {
  it('a PR touching only packages/lib: release:minor releases lib alone (a ^1.1.0 range holds 1.2.0)', async () => {
    const mono = await monorepo();
    await touchLib(mono);
    const { code, report } = await plan(mono.repo.dir, ['--labels', 'release:minor', '--base', 'main']);
    expect(code, JSON.stringify(report.findings)).toBe(0);
    expect(releasesOf(report)).toEqual([[mono.lib, '1.2.0', 'minor']]);
    expect(changedOf(report)).toEqual([[mono.lib, 'library']]);
    expect(report.outputs).toMatchObject({
      release: 'true',
      'next-version': '1.2.0',
      'git-tag': `${mono.lib}@1.2.0`,
      source: 'labels',
    });
    const entry = (JSON.parse(report.outputs.releases ?? '[]') as Record<string, string>[])[0];
    expect(entry).toMatchObject({ dir: 'packages/lib', 'current-version': '1.1.0', 'staging-tag': 'next' });
    expect(entry?.artifact).toMatch(/^packages-lib-[0-9a-f]{8}$/);
    expect(report.notes.join('\n')).toMatch(
      /changed packages since the merge base of main and HEAD .*: .*\/lib \(1 changed path\(s\)\)/,
    );
  });

  it('release:major: lib and its dependent server a (the range must move), not server b', async () => {
    const mono = await monorepo();
    await touchLib(mono);
    const { report } = await plan(mono.repo.dir, ['--labels', 'release:major', '--base', 'main']);
    expect(releasesOf(report)).toEqual([
      [mono.lib, '2.0.0', 'major'],
      [mono.a, '0.3.1', 'patch'],
    ]);
    expect(changedOf(report)).toEqual([
      [mono.lib, 'library'],
      [mono.a, 'server'],
    ]);
    const table = report.packages.find((p) => p.name === mono.a)?.tables?.[0]?.rows ?? [];
    expect(table).toContainEqual(['why', `depends on ${mono.lib}, released in this plan`]);
  });

  it('on a push, the pushed range from the event decides which packages changed', async () => {
    const mono = await monorepo();
    const before = mono.repo.git('rev-parse', 'HEAD');
    const sha = await mono.repo.commit('fix: b only', 'servers/b/index.js');
    const event = path.join(await tempDir('event-'), 'event.json');
    await writeFile(event, JSON.stringify({ before, after: sha }));
    const { report } = await plan(mono.repo.dir, ['--labels', 'release:patch'], {
      GITHUB_EVENT_PATH: event,
      GITHUB_SHA: sha,
    });
    expect(releasesOf(report)).toEqual([[mono.b, '2.0.1', 'patch']]);
    expect(report.notes.join('\n')).toContain(`the pushed range ${before.slice(0, 12)}..${sha.slice(0, 12)}`);
  });

  it('a per-package label overrides for its package and releases one the PR did not touch; the registry latest is its base, with a warning', async () => {
    // b's package.json says 0.7.0, the registry's latest is a calendar version (issue #18).
    const mono = await monorepo('0.7.0');
    await publish(mono.repo.dir, mono.b, '2026.8.31');
    await touchLib(mono);
    const { code, report } = await plan(mono.repo.dir, [
      '--labels',
      'release:minor,release:patch:lib,release:minor:b',
      '--base',
      'main',
    ]);
    expect(code, JSON.stringify(report.findings)).toBe(0);
    expect(releasesOf(report)).toEqual([
      [mono.lib, '1.1.1', 'patch'],
      [mono.b, '2026.9.0', 'minor'],
    ]);
    expect(report.findings.map((f) => [f.rule, f.severity, f.message])).toEqual([
      [
        'plan/behind-registry',
        'warning',
        `package.json says 0.7.0, but ${registry.url} has 2026.8.31 on latest: the next version is computed from 2026.8.31`,
      ],
    ]);
  });

  it('a per-package label that names no package is an error naming it', async () => {
    const mono = await monorepo();
    await touchLib(mono);
    const { code, report } = await plan(mono.repo.dir, ['--labels', 'release:minor:nope', '--base', 'main']);
    expect(code).toBe(1);
    expect(report.findings[0]?.message).toMatch(/^The change: label release:minor:nope names no package/);
    expect(report.outputs.release).toBe('false');
  });
});

describe('plan on a pull_request run (GitHub fake checked against the OpenAPI description)', () => {
  it("the PR's labels and its base from the event: one sticky comment with a row per package", async () => {
    const github = await startGitHubFake('acme/mono');
    try {
      const mono = await monorepo();
      const base = mono.repo.git('rev-parse', 'HEAD');
      await touchLib(mono);
      // actions/checkout of a PR checks out the merge commit of its head into the base.
      mono.repo.git('checkout', '-q', base);
      mono.repo.git(
        '-c',
        'user.email=ci@example.com',
        '-c',
        'user.name=CI',
        'merge',
        '-q',
        '--no-ff',
        '-m',
        'Merge feature',
        'feature',
      );
      github.pulls.set(12, {
        number: 12,
        title: 'feat: lib grows',
        author: 'alice',
        labels: ['release:major', 'release:skip:a'],
      });
      const event = path.join(await tempDir('event-'), 'event.json');
      // https://docs.github.com/en/webhooks/webhook-events-and-payloads#pull_request: base.ref and base.sha.
      await writeFile(
        event,
        JSON.stringify({ number: 12, pull_request: { number: 12, base: { ref: 'main', sha: base } } }),
      );
      const env = {
        GITHUB_ACTIONS: 'true',
        GITHUB_TOKEN: FAKE_GITHUB_TOKEN,
        GITHUB_API_URL: github.url,
        GITHUB_REPOSITORY: 'acme/mono',
        GITHUB_REF: 'refs/pull/12/merge',
        GITHUB_EVENT_PATH: event,
        GITHUB_SHA: mono.repo.git('rev-parse', 'HEAD'),
        MCP_RELEASE_GITHUB_PACING: 'none',
      };
      for (const round of ['created', 'unchanged']) {
        const { code, report } = await plan(mono.repo.dir, ['--comment'], env);
        expect(code, JSON.stringify(report.findings)).toBe(0);
        // a would follow lib's major, but its own label skips it.
        expect(releasesOf(report)).toEqual([[mono.lib, '2.0.0', 'major']]);
        expect(report.outputs).toMatchObject({ source: 'pr', pr: '12' });
        expect(report.notes).toContain(`comment on PR #12: ${round}`);
        expect(report.notes).toContain(`${mono.a} follows ${mono.lib} but is labelled release:skip:a: not released`);
        expect(report.notes.join('\n')).toContain(`the PR's base ${base.slice(0, 12)}`);
      }
      const comments = github.comments.filter((c) => c.issue === 12);
      expect(comments).toHaveLength(1);
      const body = comments[0]?.body ?? '';
      expect(body).toContain('<!-- mcp-release-kit:plan:workspace -->');
      expect(body).toContain('### Release plan: 1 of 3 packages');
      expect(body).toContain(
        `| \`${mono.lib}\` | \`packages/lib\` | \`1.1.0\` → **\`2.0.0\`** (major) | changed; labelled release:major | \`${mono.lib}@2.0.0\` |`,
      );
      expect(body).toContain(`| \`${mono.b}\` | \`servers/b\` | \`2.0.0\` (no release) | not changed | |`);
      expect(github.violations).toEqual([]);
    } finally {
      await github.stop();
    }
  });
});

describe('version --releases: one bump commit', () => {
  it('bumps lib and a in exactly one commit, moves the internal range in package.json and package-lock.json, and a re-run changes nothing', async () => {
    const mono = await monorepo();
    const remote = await withOrigin(mono.repo);
    await touchLib(mono);
    mono.repo.git('push', '-q', 'origin', 'HEAD:refs/heads/main');
    mono.repo.git('checkout', '-q', '-B', 'main', 'origin/main');
    const base = mono.repo.git('rev-parse', 'HEAD');
    const planned = await plan(mono.repo.dir, ['--labels', 'release:major', '--base', `${base}~1`]);
    const releases = planned.report.outputs.releases ?? '[]';
    expect(releasesOf(planned.report)).toHaveLength(2);
    const env = { GITHUB_SHA: base, GITHUB_REF: 'refs/heads/main', GITHUB_REF_NAME: 'main' };
    const run = await cli(
      ['version', mono.repo.dir, '--releases', releases, '--push', '--registry', registry.url],
      env,
    );
    expect(run.code, JSON.stringify(run.report)).toBe(0);
    const git = (...args: string[]) => execFileSync('git', ['--git-dir', remote, ...args], { encoding: 'utf8' }).trim();
    // Exactly one commit on top of the released one.
    expect(git('rev-list', '--count', `${base}..main`)).toBe('1');
    expect(git('log', '-1', '--format=%B', 'main')).toBe(
      `chore(release): ${mono.lib}@2.0.0, ${mono.a}@0.3.1\n\nRelease-Of: ${base}`,
    );
    expect(git('show', '--name-only', '--format=', 'main').split('\n').sort()).toEqual([
      'package-lock.json',
      'packages/lib/CHANGELOG.md',
      'packages/lib/package.json',
      'servers/a/CHANGELOG.md',
      'servers/a/package.json',
    ]);
    const a = JSON.parse(git('show', 'main:servers/a/package.json')) as { version: string; dependencies: object };
    expect(a).toMatchObject({ version: '0.3.1', dependencies: { [mono.lib]: '^2.0.0' } });
    expect(JSON.parse(run.report.outputs.releases ?? '[]')).toMatchObject([
      { name: mono.lib, 'next-version': '2.0.0' },
      { name: mono.a, 'next-version': '0.3.1' },
    ]);
    expect(run.report.outputs).toMatchObject({ pushed: 'true', commit: git('rev-parse', 'main') });
    // The lockfile holds what npm itself writes after the bump, and npm ci installs from it.
    const lock = JSON.parse(git('show', 'main:package-lock.json')) as {
      packages: Record<string, { version?: string; dependencies?: Record<string, string> }>;
    };
    expect(lock.packages['servers/a']?.dependencies).toEqual({ [mono.lib]: '^2.0.0' });
    await promisify(execFile)('npm', ['ci', '--ignore-scripts', '--offline', '--no-audit', '--no-fund'], {
      cwd: mono.repo.dir,
    });
    expect(JSON.parse(await readFile(path.join(mono.repo.dir, 'package-lock.json'), 'utf8'))).toMatchObject({
      packages: { 'packages/lib': { version: '2.0.0' }, 'servers/a': { version: '0.3.1' } },
    });

    // "Re-run all jobs": the same pushed commit, a fresh checkout of it.
    const rerun = await tempDir('rerun-');
    execFileSync('git', ['clone', '-q', '--branch', 'main', remote, rerun]);
    execFileSync('git', ['reset', '-q', '--hard', base], { cwd: rerun });
    const again = await cli(['version', rerun, '--releases', releases, '--push', '--registry', registry.url], env);
    expect(again.code, JSON.stringify(again.report)).toBe(0);
    expect(again.report.outputs).toMatchObject({ pushed: 'false', files: '[]' });
    expect(git('rev-list', '--count', `${base}..main`)).toBe('1');
    // And plan, re-run on the pushed commit, resumes that release.
    const resumed = await plan(rerun, ['--labels', 'release:major'], env);
    expect(resumed.report.outputs).toMatchObject({ source: 'resumed', release: 'true' });
    expect(releasesOf(resumed.report).map(([name, version]) => [name, version])).toEqual([
      [mono.lib, '2.0.0'],
      [mono.a, '0.3.1'],
    ]);
  });

  it("version --bump on one package starts from the registry's latest when package.json is behind it", async () => {
    const mono = await monorepo();
    await publish(mono.repo.dir, mono.lib, '1.5.0');
    const run = await cli([
      'version',
      path.join(mono.repo.dir, 'packages/lib'),
      '--bump',
      'minor',
      '--commit',
      '--registry',
      registry.url,
    ]);
    expect(run.code, JSON.stringify(run.report)).toBe(0);
    expect(run.report.outputs.version).toBe('1.6.0');
    expect(mono.repo.git('log', '-1', '--format=%s')).toBe(`chore(release): ${mono.lib}@1.6.0`);
    expect(run.report.findings.map((f) => [f.rule, f.message])).toEqual([
      [
        'plan/behind-registry',
        `package.json says 1.1.0, but ${registry.url} has 1.5.0 on latest: the next version is computed from 1.5.0`,
      ],
    ]);
  });

  it('a folder that is not a package of the workspace is a usage error naming the packages', async () => {
    const mono = await monorepo();
    const run = await runNode(CLI, ['version', mono.repo.dir, '--releases', '[{"dir":"servers/c","bump":"patch"}]']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--releases: servers/c is not a package of');
    expect(run.stderr).toContain('packages/lib, servers/a, servers/b');
  });
});

import { execFileSync } from 'node:child_process';
import { chmod, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../../src/report/model.js';
import { exampleRepo, type TestRepo } from '../helpers/git-repo.js';
import { FAKE_GITHUB_TOKEN, startGitHubFake, type GitHubFake } from '../helpers/github-fake.js';
import { CLI, runNode } from '../helpers/run.js';
import { tempDir, writeTree } from '../helpers/temp.js';

let github: GitHubFake;
beforeAll(async () => {
  github = await startGitHubFake('acme/hello-mcp');
});
afterAll(async () => github.stop());
afterEach(() => {
  expect(github.violations.splice(0)).toEqual([]);
});

const githubEnv = () => ({
  GITHUB_ACTIONS: 'true',
  GITHUB_TOKEN: FAKE_GITHUB_TOKEN,
  GITHUB_API_URL: github.url,
  GITHUB_REPOSITORY: 'acme/hello-mcp',
  MCP_RELEASE_GITHUB_PACING: 'none',
  SOURCE_DATE_EPOCH: '1795305600',
});

async function cli(
  command: string,
  args: string[],
  env: Record<string, string> = {},
): Promise<{ code: number | null; report: Report; stdout: string; stderr: string }> {
  const run = await runNode(CLI, [command, ...args, '--json'], { env });
  return { code: run.code, report: JSON.parse(run.stdout || '{}') as Report, stdout: run.stdout, stderr: run.stderr };
}

/** A repository with a released v1.0.0, a hand-written CHANGELOG, and three merged PRs since. */
async function repoWithHistory(): Promise<{ repo: TestRepo; shas: string[] }> {
  const repo = await exampleRepo({ name: 'hello-history', version: '1.0.0' });
  await writeFile(
    path.join(repo.dir, 'CHANGELOG.md'),
    '# Changelog\n\nOur own words.\n\n## [Unreleased]\n\n## [1.0.0] - 2026-01-01\n\n- First release, written by hand.\n',
  );
  repo.git('add', '-A');
  repo.git('commit', '-q', '-m', 'docs: changelog');
  repo.git('tag', 'v1.0.0');
  const shas = [
    await repo.commit('Add the search tool (#71)'),
    await repo.commit('Fix empty input (#72)'),
    await repo.commit('chore: bump deps'),
  ];
  github.pulls.set(71, {
    number: 71,
    title: 'Add the search tool',
    author: 'alice',
    labels: ['release:minor', 'enhancement'],
    mergeCommitSha: shas[0],
  });
  github.pulls.set(72, {
    number: 72,
    title: 'Fix empty input',
    author: 'bob',
    labels: ['bug'],
    mergeCommitSha: shas[1],
  });
  github.commitPulls.set(shas[0] as string, [71]);
  github.commitPulls.set(shas[1] as string, [72]);
  return { repo, shas };
}

describe('changelog', () => {
  it('from the merged PRs since the last tag; written into a hand-written CHANGELOG once; notes for the release body', async () => {
    const { repo } = await repoWithHistory();
    const written = await cli('changelog', [repo.dir, '--version', '1.1.0', '--write'], githubEnv());
    expect(written.code, written.stderr).toBe(0);
    expect(written.report.outputs).toMatchObject({ entries: '2', since: 'v1.0.0', changed: 'true' });
    const text = await readFile(path.join(repo.dir, 'CHANGELOG.md'), 'utf8');
    expect(text).toBe(
      '# Changelog\n\nOur own words.\n\n## [Unreleased]\n\n## [1.1.0] - 2026-11-22\n\n### Added\n\n- Add the search tool ([#71](https://github.com/acme/hello-mcp/pull/71)) by @alice\n\n### Fixed\n\n- Fix empty input ([#72](https://github.com/acme/hello-mcp/pull/72)) by @bob\n\n## [1.0.0] - 2026-01-01\n\n- First release, written by hand.\n',
    );
    const again = await cli('changelog', [repo.dir, '--version', '1.1.0', '--write'], githubEnv());
    expect(again.report.outputs.changed).toBe('false');
    expect(await readFile(path.join(repo.dir, 'CHANGELOG.md'), 'utf8')).toBe(text);
    const notes = await runNode(CLI, ['changelog', repo.dir, '--version', '1.1.0', '--notes-only'], {
      env: githubEnv(),
    });
    expect(notes.stdout).toBe(
      '### Added\n\n- Add the search tool ([#71](https://github.com/acme/hello-mcp/pull/71)) by @alice\n\n### Fixed\n\n- Fix empty input ([#72](https://github.com/acme/hello-mcp/pull/72)) by @bob\n',
    );
    expect(notes.stderr).toContain('changelog: passed');
  });

  it("uses the repository's .github/release.yml categories; without GitHub, commit messages", async () => {
    const { repo } = await repoWithHistory();
    await writeTree(repo.dir, {
      '.github/release.yml':
        'changelog:\n  exclude:\n    authors: [bob]\n  categories:\n    - title: New tools\n      labels: [enhancement]\n    - title: Everything else\n      labels: ["*"]\n',
    });
    const notes = await runNode(CLI, ['changelog', repo.dir, '--version', '1.1.0', '--notes-only'], {
      env: githubEnv(),
    });
    expect(notes.stdout).toBe(
      '### New tools\n\n- Add the search tool ([#71](https://github.com/acme/hello-mcp/pull/71)) by @alice\n',
    );
    const offline = await runNode(CLI, ['changelog', repo.dir, '--version', '1.1.0', '--notes-only'], {
      env: { SOURCE_DATE_EPOCH: '1795305600' },
    });
    expect(offline.stdout).toBe('### Everything else\n\n- Add the search tool (#71)\n- Fix empty input (#72)\n');
  });

  it('bad input: an invalid version, --write with --notes-only', async () => {
    const { repo } = await repoWithHistory();
    const bad = await runNode(CLI, ['changelog', repo.dir, '--version', 'next']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--version.*semver/);
    const both = await runNode(CLI, ['changelog', repo.dir, '--version', '1.1.0', '--write', '--notes-only']);
    expect(both.code).toBe(2);
  });
});

describe('version: the bump commit', () => {
  async function withRemote(repo: TestRepo, hook?: string): Promise<string> {
    const remote = await tempDir('remote-');
    execFileSync('git', ['init', '-q', '--bare', remote]);
    if (hook) {
      await writeFile(path.join(remote, 'hooks', 'pre-receive'), hook);
      await chmod(path.join(remote, 'hooks', 'pre-receive'), 0o755);
    }
    repo.git('remote', 'add', 'origin', remote);
    repo.git('push', '-q', 'origin', 'HEAD:refs/heads/main');
    return remote;
  }

  it('sets package.json, the lockfile and server.json, writes the changelog, commits and pushes; a re-run does nothing', async () => {
    const { repo } = await repoWithHistory();
    await writeFile(
      path.join(repo.dir, 'package-lock.json'),
      `${JSON.stringify({ name: 'hello-history', version: '1.0.0', lockfileVersion: 3, packages: { '': { name: 'hello-history', version: '1.0.0' } } }, null, 2)}\n`,
    );
    const server = JSON.parse(await readFile(path.join(repo.dir, 'server.json'), 'utf8')) as {
      packages: { identifier: string }[];
    };
    server.packages[0] = { ...server.packages[0], identifier: 'hello-history' } as never;
    await writeFile(path.join(repo.dir, 'server.json'), `${JSON.stringify(server, null, 2)}\n`);
    repo.git('add', '-A');
    repo.git('commit', '-q', '-m', 'chore: lock');
    const remote = await withRemote(repo);
    const first = await cli('version', [repo.dir, '--version', '1.1.0', '--push'], {
      ...githubEnv(),
      GITHUB_REF_NAME: 'main',
      GITHUB_REF: 'refs/heads/main',
    });
    expect(first.code, first.stderr + JSON.stringify(first.report.findings)).toBe(0);
    expect(JSON.parse(first.report.outputs.files ?? '[]')).toEqual([
      'package.json',
      'package-lock.json',
      'server.json',
      'CHANGELOG.md',
    ]);
    expect(first.report.outputs.pushed).toBe('true');
    expect(execFileSync('git', ['log', '-1', '--format=%s', 'main'], { cwd: remote, encoding: 'utf8' }).trim()).toBe(
      'chore(release): hello-history@1.1.0',
    );
    const diff = repo.git('show', '--stat', '--format=', 'HEAD');
    expect(diff).toMatch(/package\.json\s+\|\s+2 \+-/);
    const manifest = JSON.parse(await readFile(path.join(repo.dir, 'server.json'), 'utf8')) as {
      version: string;
      packages: { version: string }[];
    };
    expect([manifest.version, manifest.packages[0]?.version]).toEqual(['1.1.0', '1.1.0']);
    expect(JSON.parse(await readFile(path.join(repo.dir, 'package-lock.json'), 'utf8'))).toMatchObject({
      version: '1.1.0',
      packages: { '': { version: '1.1.0' } },
    });
    const head = repo.git('rev-parse', 'HEAD');
    const again = await cli('version', [repo.dir, '--version', '1.1.0', '--push'], {
      ...githubEnv(),
      GITHUB_REF_NAME: 'main',
      GITHUB_REF: 'refs/heads/main',
    });
    expect(again.report.outputs).toMatchObject({ files: '[]', pushed: 'false', commit: head });
    expect(again.report.notes).toContain('the release commit is already HEAD');
  });

  it('a protected branch refuses the push: a clear error that names what to change; dry run writes nothing', async () => {
    const { repo } = await repoWithHistory();
    // Like GitHub's branch protection: creating main is allowed, updating it is not.
    await withRemote(
      repo,
      '#!/bin/sh\nwhile read old new ref; do\n  case "$old" in 0000000000000000000000000000000000000000) ;; *) echo "remote: error: GH006: Protected branch update failed for $ref." >&2; exit 1 ;; esac\ndone\n',
    );
    const dry = await cli('version', [repo.dir, '--version', '1.1.0', '--push', '--dry-run']);
    expect(dry.report.notes[0]).toMatch(/^dry run: would set 1\.1\.0 in package\.json, server\.json/);
    expect(repo.git('status', '--porcelain')).toBe('');
    const run = await cli('version', [repo.dir, '--version', '1.1.0', '--push'], {
      GITHUB_REF_NAME: 'main',
      GITHUB_REF: 'refs/heads/main',
    });
    expect(run.code).toBe(1);
    expect(run.report.findings.map((f) => [f.rule, f.message])).toEqual([
      [
        'version/push-rejected',
        'branch main is protected and refused the release commit: let the workflow\'s identity bypass the protection (or the "Require a pull request" rule), or use a token that may',
      ],
    ]);
  });
});

describe('github-release: tag, draft, assets, publish', () => {
  async function released(): Promise<{ repo: TestRepo; sha: string; assets: string[] }> {
    // Each test releases v1.1.0 of its own repository: start from a repository without releases.
    github.releases.length = 0;
    github.refs.clear();
    const { repo } = await repoWithHistory();
    expect((await cli('changelog', [repo.dir, '--version', '1.1.0', '--write'], githubEnv())).code).toBe(0);
    const sha = repo.git('rev-parse', 'HEAD');
    const out = await tempDir('assets-');
    await writeTree(out, {
      'hello-history-1.1.0.tgz': 'tarball bytes',
      SHA256SUMS: 'sums\n',
      'release-manifest.json': '{}\n',
    });
    return {
      repo,
      sha,
      assets: ['hello-history-1.1.0.tgz', 'SHA256SUMS', 'release-manifest.json'].map((f) => path.join(out, f)),
    };
  }
  const assetArgs = (assets: string[]) => assets.flatMap((a) => ['--asset', a]);

  it('two --asset files that GitHub would name alike: a usage error naming both paths before any request; nothing is created', async () => {
    // Issue #16: the first run created the tag, the draft and one asset, then failed; the re-run silently replaced it.
    const { repo, sha, assets } = await released();
    const other = path.join(await tempDir('assets-other-'), 'SHA256SUMS');
    await writeFile(other, 'other sums\n');
    const requestsBefore = github.requests.length;
    const run = await cli('github-release', [repo.dir, '--version', '1.1.0', ...assetArgs([...assets, other])], {
      ...githubEnv(),
      GITHUB_SHA: sha,
    });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(
      `--asset "${assets[1] as string}" and --asset "${other}" would both be the release asset "SHA256SUMS"`,
    );
    expect(github.requests.length).toBe(requestsBefore);
    expect(github.refs.has('refs/tags/v1.1.0')).toBe(false);
    expect(github.releases).toEqual([]);
    // Names GitHub rewrites the same way collide too (a space becomes a dot).
    const spaced = path.join(path.dirname(other), 'release manifest.json');
    const dotted = path.join(await tempDir('assets-dotted-'), 'release.manifest.json');
    await writeFile(spaced, '{}\n');
    await writeFile(dotted, '{}\n');
    const renamed = await cli('github-release', [repo.dir, '--version', '1.1.0', ...assetArgs([spaced, dotted])], {
      ...githubEnv(),
      GITHUB_SHA: sha,
    });
    expect(renamed.code).toBe(2);
    expect(renamed.stderr).toContain('would both be the release asset "release.manifest.json"');
    expect(github.requests.length).toBe(requestsBefore);
  });

  it('creates the tag at the commit, a draft with the changelog notes and the assets, then publishes; a re-run writes nothing', async () => {
    const { repo, sha, assets } = await released();
    const env = { ...githubEnv(), GITHUB_SHA: sha };
    const first = await cli('github-release', [repo.dir, '--version', '1.1.0', ...assetArgs(assets)], env);
    expect(first.code, JSON.stringify(first.report.findings)).toBe(0);
    expect(github.refs.get('refs/tags/v1.1.0')).toBe(sha);
    const release = github.releases.find((r) => r.tag_name === 'v1.1.0');
    expect(release).toMatchObject({ draft: false, prerelease: false, name: 'v1.1.0', target_commitish: sha });
    expect(release?.body).toContain(
      '- Add the search tool ([#71](https://github.com/acme/hello-mcp/pull/71)) by @alice',
    );
    expect(release?.assets.map((a) => a.name).sort()).toEqual([
      'SHA256SUMS',
      'hello-history-1.1.0.tgz',
      'release-manifest.json',
    ]);
    expect(JSON.parse(first.report.outputs.assets ?? '[]')).toEqual(
      assets.map((a) => ({ name: path.basename(a), outcome: 'uploaded' })),
    );
    // The draft existed before the assets, and was published last.
    const writes = github.requests
      .filter((r) => r.method !== 'GET')
      .map((r) => `${r.method} ${r.path.replace(/\d+/g, 'N')}`);
    expect(writes.slice(-6)).toEqual([
      'POST /repos/acme/hello-mcp/git/refs',
      'POST /repos/acme/hello-mcp/releases',
      'POST /repos/acme/hello-mcp/releases/N/assets',
      'POST /repos/acme/hello-mcp/releases/N/assets',
      'POST /repos/acme/hello-mcp/releases/N/assets',
      'PATCH /repos/acme/hello-mcp/releases/N',
    ]);

    const before = github.requests.length;
    const again = await cli('github-release', [repo.dir, '--version', '1.1.0', ...assetArgs(assets)], env);
    expect(again.code).toBe(0);
    expect(github.requests.slice(before).filter((r) => r.method !== 'GET' && r.status < 400)).toEqual([]);
    expect(JSON.parse(again.report.outputs.assets ?? '[]').map((a: { outcome: string }) => a.outcome)).toEqual([
      'unchanged',
      'unchanged',
      'unchanged',
    ]);

    // New bytes under the same name replace the old asset.
    await writeFile(assets[1] as string, 'other sums\n');
    const replaced = await cli('github-release', [repo.dir, '--version', '1.1.0', ...assetArgs(assets)], env);
    expect(JSON.parse(replaced.report.outputs.assets ?? '[]')[1]).toEqual({ name: 'SHA256SUMS', outcome: 'replaced' });
    expect(release?.assets.find((a) => a.name === 'SHA256SUMS')?.bytes.toString()).toBe('other sums\n');
  });

  it('--draft stays a draft (found again by tag on a re-run); a prerelease is flagged and not latest', async () => {
    const { repo, sha } = await released();
    await repo.setPackage({ version: '2.0.0-beta.1' });
    const env = { ...githubEnv(), GITHUB_SHA: sha };
    expect(
      (await cli('github-release', [repo.dir, '--version', '2.0.0-beta.1', '--draft'], env)).report.outputs.draft,
    ).toBe('true');
    const again = await cli('github-release', [repo.dir, '--version', '2.0.0-beta.1', '--draft'], env);
    expect(again.report.notes).toContain('release: unchanged (draft)');
    expect(github.releases.filter((r) => r.tag_name === 'v2.0.0-beta.1')).toHaveLength(1);
    const published = await cli('github-release', [repo.dir, '--version', '2.0.0-beta.1'], env);
    expect(published.report.outputs.draft).toBe('false');
    expect(github.releases.find((r) => r.tag_name === 'v2.0.0-beta.1')).toMatchObject({
      draft: false,
      prerelease: true,
      make_latest: 'false',
    });
  });

  it('a tag already at another commit is a conflict; 403 names contents: write; a 502 is retried', async () => {
    const { repo, sha } = await released();
    github.refs.set('refs/tags/v1.1.0', 'f'.repeat(40));
    const conflict = await cli('github-release', [repo.dir, '--version', '1.1.0'], { ...githubEnv(), GITHUB_SHA: sha });
    expect(conflict.code).toBe(1);
    expect(conflict.report.findings.map((f) => f.rule)).toEqual(['release/tag-conflict']);
    expect(conflict.report.findings[0]?.message).toMatch(
      /^tag v1\.1\.0 already exists at ffffffffffff, not at [0-9a-f]{12}/,
    );
    github.refs.delete('refs/tags/v1.1.0');

    github.fail({
      method: 'POST',
      path: /\/releases$/,
      status: 403,
      body: { message: 'Resource not accessible by integration', documentation_url: 'https://docs.github.com/rest' },
    });
    const forbidden = await cli('github-release', [repo.dir, '--version', '1.1.0'], {
      ...githubEnv(),
      GITHUB_SHA: sha,
    });
    expect(forbidden.report.findings.map((f) => f.message)).toEqual([
      'creating the release for v1.1.0: the token may not do this (403 Resource not accessible by integration); the job needs `permissions: contents: write` (and an organisation or ruleset that allows it)',
    ]);

    github.fail({ method: 'POST', path: /\/releases$/, status: 502 });
    const retried = await cli('github-release', [repo.dir, '--version', '1.1.0'], { ...githubEnv(), GITHUB_SHA: sha });
    expect(retried.code, JSON.stringify(retried.report.findings)).toBe(0);
    expect(github.releases.filter((r) => r.tag_name === 'v1.1.0')).toHaveLength(1);
  });

  it('without a repository or token, GitHub is skipped and the report says why', async () => {
    const { repo } = await released();
    const run = await cli('github-release', [repo.dir, '--version', '1.1.0']);
    expect(run.code).toBe(0);
    expect(run.report.notes.join('\n')).toMatch(/GitHub release skipped: no repository: pass --repo owner\/name/);
  });
});

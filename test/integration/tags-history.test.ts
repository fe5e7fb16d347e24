import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../../src/report/model.js';
import { exampleRepo, importHistory, testRepoAt, type HistoryStep, type TestRepo } from '../helpers/git-repo.js';
import { startRegistry, type TestRegistry } from '../helpers/registry.js';
import { CLI, runNode } from '../helpers/run.js';
import { tempDir } from '../helpers/temp.js';

/**
 * `status` and `changelog` on real git repositories whose tags other tools
 * made: the previous release tag in each style, another package's tags never
 * taken, and commits counted exactly past git log's old 500 cap.
 */

let registry: TestRegistry;
beforeAll(async () => {
  registry = await startRegistry();
}, 60_000);
afterAll(async () => {
  await registry.stop();
});

async function cli(command: string, args: string[]): Promise<{ code: number | null; report: Report; output: string }> {
  const run = await runNode(CLI, [command, ...args, '--registry', registry.url, '--json']);
  return { code: run.code, report: JSON.parse(run.stdout || '{}') as Report, output: run.stdout + run.stderr };
}

/** An npm-workspaces monorepo shaped like modelcontextprotocol/servers: src/memory and src/git. */
async function serversLikeRepo(): Promise<TestRepo> {
  const dir = await tempDir('tags-mono-');
  const repo = testRepoAt(dir);
  const manifest = (name: string, version: string) =>
    `${JSON.stringify({ name, version, type: 'module', bin: { [name.split('/')[1] ?? name]: 'dist/index.js' } }, null, 2)}\n`;
  await writeFile(
    path.join(dir, 'package.json'),
    `${JSON.stringify({ name: '@acme/servers', private: true, workspaces: ['src/*'] }, null, 2)}\n`,
  );
  for (const [folder, name, version] of [
    ['memory', '@acme/server-memory', '0.6.2'],
    ['git', '@acme/server-git', '1.1.0'],
  ] as const) {
    await mkdir(path.join(dir, 'src', folder), { recursive: true });
    await writeFile(path.join(dir, 'src', folder, 'package.json'), manifest(name, version));
  }
  repo.git('init', '-q');
  repo.git('add', '-A');
  repo.git('commit', '-q', '-m', 'chore: initial');
  return repo;
}

describe('status and changelog read the tags other tools made', () => {
  let repo: TestRepo;
  /** Commits on src/memory after its tag, by the history's own plan (not by asking git). */
  let memoryCommitsSinceTag = 0;
  let gitCommitsSinceTag = 0;

  beforeAll(async () => {
    repo = await serversLikeRepo();
    // An old repository-wide release on the first commit.
    repo.git('tag', '0.5.1');
    const steps: HistoryStep[] = [];
    const memory = (i: number): HistoryStep => ({ commit: `fix: memory change ${i}`, file: 'src/memory/index.ts' });
    const git = (i: number): HistoryStep => ({ commit: `feat: git change ${i}`, file: 'src/git/index.ts' });
    steps.push(memory(-3), memory(-2), memory(-1), { tag: 'server-memory-v0.6.2', annotated: true });
    steps.push(git(-2), git(-1), { tag: 'server-git-v1.0.0' });
    // 620 commits on memory, with git and root commits between them, and newer tags of the other package.
    for (let i = 0; i < 620; i += 1) {
      steps.push(memory(i));
      memoryCommitsSinceTag += 1;
      if (i % 20 === 0) steps.push(git(i));
      if (i % 50 === 0) steps.push({ commit: `docs: readme ${i}`, file: 'README.md' });
      if (i === 300) steps.push({ tag: 'server-git-v1.1.0', annotated: true }, { tag: '@acme/server-git@1.1.0' });
    }
    // The other package's newest tag, higher than memory's and on a newer commit; one git commit after it.
    steps.push(git(1000), { tag: 'server-git-v9.0.0' }, git(1001));
    gitCommitsSinceTag = 1;
    const started = performance.now();
    importHistory(repo, steps);
    // About 700 commits in one fast-import: about 0.1 s here; `git add` + `git commit` in a loop took 8 ms a commit (over 5 s).
    expect(performance.now() - started).toBeLessThan(15_000);
    expect(Number(repo.git('rev-list', '--count', 'HEAD'))).toBeGreaterThan(600);
    // A higher tag on a branch that was never merged: not in HEAD's history, so not the previous release.
    repo.git('checkout', '-q', '-b', 'side', 'HEAD~3');
    importHistory(repo, [{ commit: 'fix: side work', file: 'src/memory/side.ts' }, { tag: 'server-memory-v0.9.0' }]);
    repo.git('checkout', '-q', 'main');
  }, 60_000);

  it('status: the package-name tag (name-v1.2.3), never a sibling package`s newer one; every commit counted', async () => {
    const { report, output } = await cli('status', [path.join(repo.dir, 'src/memory')]);
    expect(report.outputs, output).toMatchObject({
      'last-tag': 'server-memory-v0.6.2',
      'commits-since-tag': String(memoryCommitsSinceTag),
    });
    expect(memoryCommitsSinceTag).toBe(620);
    expect(report.notes).toContain('620 commit(s) since server-memory-v0.6.2');
  });

  it('status: the other package counts from its own newest tag', async () => {
    const { report, output } = await cli('status', [path.join(repo.dir, 'src/git')]);
    expect(report.outputs, output).toMatchObject({
      'last-tag': 'server-git-v9.0.0',
      'commits-since-tag': String(gitCommitsSinceTag),
    });
  });

  it('changelog: every entry since server-memory-v0.6.2, none from before it or from the other package', async () => {
    const { code, report, output } = await cli('changelog', [path.join(repo.dir, 'src/memory'), '--version', '0.7.0']);
    expect(code, output).toBe(0);
    expect(report.outputs).toMatchObject({ since: 'server-memory-v0.6.2', entries: '620' });
    const notes = report.outputs.notes ?? '';
    // Oldest first, each with its short sha.
    expect(notes).toMatch(/^- memory change 0 \([0-9a-f]{7}\)$/m);
    expect(notes).toMatch(/^- memory change 619 \([0-9a-f]{7}\)$/m);
    expect(notes).not.toContain('memory change -1');
    expect(notes).not.toContain('git change');
    expect(notes.match(/^- memory change /gm)).toHaveLength(620);
  });
});

describe('a package at the repository root', () => {
  it('bare 1.2.3 tags, then v-tags, then the configured tagFormat: the newest release whatever its style', async () => {
    const repo = await exampleRepo({ name: 'hello-mcp', version: '1.3.0' });
    const step = (i: number): HistoryStep => ({ commit: `fix: change ${i}`, file: 'src/index.js' });
    importHistory(repo, [step(1), { tag: '1.0.0' }, step(2), { tag: 'v1.1.0', annotated: true }, step(3), step(4)]);
    let status = await cli('status', [repo.dir]);
    expect(status.report.outputs, status.output).toMatchObject({ 'last-tag': 'v1.1.0', 'commits-since-tag': '2' });

    await mkdir(path.join(repo.dir, '.github'), { recursive: true });
    await writeFile(path.join(repo.dir, '.github', 'mcp-release.yml'), 'tagFormat: "release-{version}"\n');
    importHistory(repo, [step(5), { tag: 'release-1.2.0' }, step(6)]);
    status = await cli('status', [repo.dir]);
    expect(status.report.outputs, status.output).toMatchObject({
      'last-tag': 'release-1.2.0',
      'commits-since-tag': '1',
    });
    // Another tool's tag for another package in the same repository is not this package's.
    importHistory(repo, [step(7), { tag: 'other-server-v5.0.0' }]);
    status = await cli('status', [repo.dir]);
    expect(status.report.outputs).toMatchObject({ 'last-tag': 'release-1.2.0', 'commits-since-tag': '2' });
  });

  it('a tagFormat without {name} for several packages is a config error naming the key', async () => {
    const repo = await exampleRepo();
    await mkdir(path.join(repo.dir, '.github'), { recursive: true });
    await writeFile(
      path.join(repo.dir, '.github', 'mcp-release.yml'),
      'packages: ["packages/*"]\ntagFormat: "v{version}"\n',
    );
    const run = await runNode(CLI, ['status', repo.dir, '--registry', registry.url]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(
      'tagFormat: has no {name}, so the packages of "packages/*" would all get the same tag for a version',
    );
  });
});

import { execFileSync } from 'node:child_process';
import { cp, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { ROOT } from './run.js';
import { tempDir } from './temp.js';

/** A real git repository in a temp folder, holding a copy of the example server. */
export interface TestRepo {
  dir: string;
  git(...args: string[]): string;
  /** Commit a change to a file (appends a line) with this message; returns the sha. */
  commit(message: string, file?: string): Promise<string>;
  setPackage(fields: Record<string, unknown>): Promise<void>;
}

export async function exampleRepo(fields: Record<string, unknown> = {}): Promise<TestRepo> {
  const dir = await tempDir('repo-');
  await cp(path.join(ROOT, 'examples/hello-server'), dir, { recursive: true });
  const repo = testRepoAt(dir);
  await repo.setPackage(fields);
  repo.git('init', '-q');
  repo.git('add', '-A');
  repo.git('commit', '-q', '-m', 'chore: initial');
  return repo;
}

/** The TestRepo helpers over a folder that is (or is about to be) a git work tree. */
export function testRepoAt(dir: string): TestRepo {
  const git = gitIn(dir);
  return {
    dir,
    git,
    async commit(message, file = 'CHANGES.txt') {
      const target = path.join(dir, file);
      const before = await readFile(target, 'utf8').catch(() => '');
      await writeFile(target, `${before}${message.split('\n')[0] ?? ''}\n`);
      git('add', '--', file);
      git('commit', '-q', '-m', message);
      return git('rev-parse', 'HEAD');
    },
    async setPackage(update) {
      const file = path.join(dir, 'package.json');
      const manifest = JSON.parse(await readFile(file, 'utf8')) as Record<string, unknown>;
      await writeFile(file, `${JSON.stringify({ ...manifest, ...update }, null, 2)}\n`);
    },
  };
}

/** Git with a fixed identity and default branch, in `cwd`. */
function gitIn(cwd: string) {
  return (...args: string[]) =>
    execFileSync(
      'git',
      ['-c', 'user.email=dev@example.com', '-c', 'user.name=Dev', '-c', 'init.defaultBranch=main', ...args],
      { cwd, encoding: 'utf8' },
    ).trim();
}

/** A bare repository in a temp folder made the `origin` of `repo`, with `branch` pushed to it: the tests' GitHub side. */
export async function withOrigin(repo: Pick<TestRepo, 'git'>, branch = 'main'): Promise<string> {
  const remote = await tempDir('origin-');
  execFileSync('git', ['init', '-q', '--bare', '--initial-branch', branch, remote]);
  repo.git('remote', 'add', 'origin', remote);
  repo.git('push', '-q', 'origin', `HEAD:refs/heads/${branch}`);
  return remote;
}

/**
 * A fresh checkout of `remote` at `ref` (default: the branch head), on branch
 * `branch`: one job of a workflow run (actions/checkout of GITHUB_SHA).
 */
export async function checkoutOf(remote: string, options: { branch?: string; ref?: string } = {}): Promise<TestRepo> {
  const branch = options.branch ?? 'main';
  const dir = await tempDir('checkout-');
  execFileSync('git', ['clone', '-q', '--branch', branch, remote, dir]);
  const repo = testRepoAt(dir);
  if (options.ref) repo.git('reset', '-q', '--hard', options.ref);
  return repo;
}

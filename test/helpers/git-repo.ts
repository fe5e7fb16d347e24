import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
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

/** One step of `importHistory`: a commit replacing one file's content, or a tag on the last commit. */
export type HistoryStep = { commit: string; file: string } | { tag: string; annotated?: boolean };

/**
 * Appends many commits (and tags) to the checked-out branch of `repo` in one
 * `git fast-import` run, each a second after the one before (from the branch
 * head's committer time): some thousand commits take well under a second,
 * where `git add` + `git commit` in a loop takes about 8 ms each. The work tree is reset
 * to the new head. Returns the commit sha of each step (a tag's: its commit).
 */
export function importHistory(repo: Pick<TestRepo, 'dir' | 'git'>, steps: readonly HistoryStep[]): string[] {
  const branch = repo.git('symbolic-ref', 'HEAD');
  let time = Number(repo.git('log', '-1', '--format=%ct'));
  const data = (text: string) => `data ${Buffer.byteLength(text)}\n${text}\n`;
  const chunks: string[] = [];
  let mark = 0;
  let first = true;
  for (const step of steps) {
    if ('commit' in step) {
      mark += 1;
      time += 1;
      chunks.push(
        `commit ${branch}\nmark :${mark}\ncommitter Dev <dev@example.com> ${time} +0000\n${data(step.commit)}`,
        first ? `from ${branch}^0\n` : '',
        `M 100644 inline ${step.file}\n${data(`${step.commit}\n`)}\n`,
      );
      first = false;
    } else if (step.annotated) {
      chunks.push(`tag ${step.tag}\nfrom :${mark}\ntagger Dev <dev@example.com> ${time} +0000\n${data(step.tag)}`);
    } else chunks.push(`reset refs/tags/${step.tag}\nfrom :${mark}\n\n`);
  }
  const marksFile = path.join(repo.dir, '.git', 'import-marks');
  execFileSync('git', ['fast-import', '--quiet', `--export-marks=${marksFile}`], {
    cwd: repo.dir,
    input: chunks.join(''),
  });
  repo.git('reset', '-q', '--hard', 'HEAD');
  const marks = new Map(
    readFileSync(marksFile, 'utf8')
      .trim()
      .split('\n')
      .map((line) => line.split(' ') as [string, string]),
  );
  let commits = 0;
  return steps.map((step) => {
    if ('commit' in step) commits += 1;
    return marks.get(`:${commits}`) ?? '';
  });
}

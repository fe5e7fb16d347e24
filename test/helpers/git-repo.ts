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
  const git = (...args: string[]) => execFileSync('git', ['-c', 'user.email=dev@example.com', '-c', 'user.name=Dev', '-c', 'init.defaultBranch=main', ...args], { cwd: dir, encoding: 'utf8' }).trim();
  const repo: TestRepo = {
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
  await repo.setPackage(fields);
  git('init', '-q');
  git('add', '-A');
  git('commit', '-q', '-m', 'chore: initial');
  return repo;
}

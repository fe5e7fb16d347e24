import { execFileSync } from 'node:child_process';
import { chmod, cp, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { FAKE_GITHUB_TOKEN, startGitHubFake, type GitHubFake } from '../helpers/github-fake.js';
import { tempDir } from '../helpers/temp.js';
import { startFaultProxy, Switchboard, type FaultProxy } from './fault-proxy.js';
import { runCli, type CliRun } from './release-world.js';

/**
 * One world for the `version` step: a bare repository (the branch on GitHub)
 * behind the GitHub fake, a fault proxy in front of the fake, and a fresh
 * checkout of the pushed commit (one job of a workflow run). Git hooks in the
 * checkout and in the bare repository are the fault points of the git path:
 * armed by a flag file, they SIGKILL the CLI's process group (as a cancelled
 * runner does) or fail, once.
 */
export const PACKAGE = 'fault-server';
export const REPOSITORY = 'acme/fault-server';
export const RELEASE_FILES = ['package.json', 'package-lock.json', 'server.json', 'CHANGELOG.md'] as const;

export type Via = 'api' | 'git';
export type HookName = 'pre-commit' | 'post-commit' | 'pre-push' | 'pre-receive' | 'post-receive';
const REMOTE_HOOKS: readonly HookName[] = ['pre-receive', 'post-receive'];

const git = (cwd: string, ...args: string[]) =>
  execFileSync(
    'git',
    ['-c', 'user.email=dev@example.com', '-c', 'user.name=Dev', '-c', 'init.defaultBranch=main', ...args],
    { cwd, encoding: 'utf8' },
  ).trim();
export const remoteGit = (remote: string, ...args: string[]) =>
  execFileSync('git', ['--git-dir', remote, ...args], { encoding: 'utf8' }).trim();

/** The package at 1.0.0 with a lockfile, server.json and a changelog, and a feature merged since: the bare repository every world copies. */
export async function makeTemplate(): Promise<{ remote: string; base: string }> {
  const dir = await tempDir('version-template-');
  const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;
  const files: Record<string, string> = {
    'package.json': json({
      name: PACKAGE,
      version: '1.0.0',
      description: 'An MCP server released under faults.',
      mcpName: 'io.github.acme/fault-server',
      bin: { [PACKAGE]: 'server.js' },
      license: 'MIT',
    }),
    'package-lock.json': json({
      name: PACKAGE,
      version: '1.0.0',
      lockfileVersion: 3,
      requires: true,
      packages: { '': { name: PACKAGE, version: '1.0.0', license: 'MIT' } },
    }),
    'server.json': json({
      name: 'io.github.acme/fault-server',
      description: 'An MCP server released under faults.',
      version: '1.0.0',
      packages: [{ registryType: 'npm', identifier: PACKAGE, version: '1.0.0', transport: { type: 'stdio' } }],
    }),
    'CHANGELOG.md': '# Changelog\n\n## [1.0.0] - 2026-11-01\n\n### Added\n\n- First release.\n',
    'server.js': '#!/usr/bin/env node\n',
  };
  for (const [name, text] of Object.entries(files)) await writeFile(path.join(dir, name), text);
  git(dir, 'init', '-q');
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '-m', 'chore: initial');
  git(dir, 'tag', 'v1.0.0');
  await writeFile(path.join(dir, 'server.js'), '#!/usr/bin/env node\n// echo tool\n');
  git(dir, 'commit', '-q', '-am', 'feat: echo tool');
  const remote = await tempDir('version-origin-');
  execFileSync('git', ['init', '-q', '--bare', '--initial-branch', 'main', remote]);
  git(dir, 'push', '-q', '--tags', remote, 'HEAD:refs/heads/main');
  const base = git(dir, 'rev-parse', 'HEAD');
  await rm(dir, { recursive: true, force: true });
  // The fake loads GitHub's OpenAPI description on its first request (seconds): before any run's timeout counts.
  const warm = await startGitHubFake({ repository: REPOSITORY, gitDir: remote });
  await fetch(`${warm.url}/repos/${REPOSITORY}/commits/${base}/pulls`, {
    headers: { authorization: `token ${FAKE_GITHUB_TOKEN}` },
  });
  await warm.stop();
  return { remote, base };
}

/** A hook that does nothing unless armed: then, once, it kills the CLI's process group or refuses. */
const HOOK = `#!/bin/sh
flag="$(dirname "$0")/fault-$(basename "$0")"
[ -f "$flag" ] || exit 0
action="$(cat "$flag")"
rm -f "$flag"
if [ "$action" = kill ]; then
  # Field 5 of /proc/<pid>/stat is the process group: the CLI's, which the test runs detached.
  kill -KILL -"$(cut -d' ' -f5 /proc/$$/stat)"
  sleep 5
fi
echo "fault: $(basename "$0") refused (injected)" >&2
exit 1
`;

/** What a user can see of the checkout: HEAD, status, index entries and the bytes of the release files. */
export interface CheckoutState {
  head: string;
  status: string;
  index: string;
  files: Record<string, string | null>;
}

export interface VersionWorld {
  remote: string;
  dir: string;
  base: string;
  board: Switchboard;
  github: GitHubFake;
  /** The release step as the workflow runs it: --bump minor --push, through the API or with git. */
  run(via: Via, args?: string[]): Promise<CliRun>;
  /** `version <checkout> ...args`, nothing added. */
  exec(args: string[]): Promise<CliRun>;
  git(...args: string[]): string;
  arm(hook: HookName, action: 'kill' | 'fail'): Promise<void>;
  /** Whether an armed hook is still waiting (never reached). */
  armed(hook: HookName): Promise<boolean>;
  checkout(): Promise<CheckoutState>;
  branch(): string;
  stop(): Promise<void>;
}

export async function startVersionWorld(template: { remote: string; base: string }): Promise<VersionWorld> {
  const remote = await tempDir('version-origin-');
  await cp(template.remote, remote, { recursive: true });
  const github = await startGitHubFake({ repository: REPOSITORY, gitDir: remote });
  const board = new Switchboard();
  const proxy: FaultProxy = await startFaultProxy('github', () => github.url, board);
  const dir = await tempDir('version-checkout-');
  execFileSync('git', ['clone', '-q', '--branch', 'main', remote, dir]);
  const hooksOf = (hook: HookName) =>
    path.join(REMOTE_HOOKS.includes(hook) ? path.join(remote, 'hooks') : path.join(dir, '.git', 'hooks'), hook);
  for (const hook of ['pre-commit', 'post-commit', 'pre-push', 'pre-receive', 'post-receive'] as const) {
    await writeFile(hooksOf(hook), HOOK);
    await chmod(hooksOf(hook), 0o755);
  }
  // One job of the push run: the environment GitHub Actions gives it (GitHub through the fault proxy).
  const env: NodeJS.ProcessEnv = {
    GITHUB_ACTIONS: 'true',
    GITHUB_TOKEN: FAKE_GITHUB_TOKEN,
    GITHUB_API_URL: proxy.url,
    GITHUB_SERVER_URL: 'https://github.test',
    GITHUB_REPOSITORY: REPOSITORY,
    GITHUB_REF: 'refs/heads/main',
    GITHUB_REF_NAME: 'main',
    GITHUB_SHA: template.base,
    MCP_RELEASE_GITHUB_PACING: 'none',
    MCP_RELEASE_GITHUB_TIMEOUT_SECONDS: '2',
    SOURCE_DATE_EPOCH: '1795305600',
  };
  const world: VersionWorld = {
    remote,
    dir,
    base: template.base,
    board,
    github,
    run: (via, args = []) =>
      world.exec(['--bump', 'minor', '--push', ...(via === 'api' ? ['--commit-via', 'api'] : []), ...args]),
    exec: (args) => runCli(['version', dir, ...args], env, (kill) => (board.killCli = kill)),
    git: (...args) => git(dir, ...args),
    arm: (hook, action) => writeFile(path.join(path.dirname(hooksOf(hook)), `fault-${hook}`), action),
    armed: (hook) =>
      readFile(path.join(path.dirname(hooksOf(hook)), `fault-${hook}`)).then(
        () => true,
        () => false,
      ),
    async checkout() {
      const files: Record<string, string | null> = {};
      for (const file of RELEASE_FILES) files[file] = await readFile(path.join(dir, file), 'utf8').catch(() => null);
      return {
        head: git(dir, 'rev-parse', 'HEAD'),
        status: git(dir, 'status', '--porcelain', '--untracked-files=all'),
        index: git(dir, 'ls-files', '--stage'),
        files,
      };
    },
    branch: () => remoteGit(remote, 'rev-parse', 'main'),
    async stop() {
      await Promise.all([proxy.stop(), github.stop()]);
      await Promise.all([rm(remote, { recursive: true, force: true }), rm(dir, { recursive: true, force: true })]);
    },
  };
  return world;
}

/** The release as the branch holds it after base: its commits, the tree of its head, the head's message. */
export function releaseOnBranch(world: VersionWorld): { commits: string[]; tree: string; message: string } {
  const log = remoteGit(world.remote, 'log', '--format=%s', `${world.base}..main`);
  return {
    commits: log ? log.split('\n') : [],
    tree: remoteGit(world.remote, 'rev-parse', 'main^{tree}'),
    message: remoteGit(world.remote, 'log', '-1', '--format=%B', 'main'),
  };
}

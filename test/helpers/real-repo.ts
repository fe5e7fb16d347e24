import { execFile } from 'node:child_process';
import { cp } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { testRepoAt, type TestRepo } from './git-repo.js';
import { cleanEnv, ROOT } from './run.js';
import { tempDir } from './temp.js';

/**
 * Real MCP repositories reduced to small vendored fixtures
 * (test/fixtures/real-repos/<name>/FIXTURE.md says the source commit and what
 * was cut), copied to a temp git repository, installed with their own package
 * manager and built by their own build script.
 */
export const REAL_REPOS = {
  /** modelcontextprotocol/servers: npm workspaces (`src/*`), private root, four servers. */
  servers: {
    manager: 'npm',
    /** The publishable workspace packages, by folder. */
    packages: {
      'src/everything': '@modelcontextprotocol/server-everything',
      'src/filesystem': '@modelcontextprotocol/server-filesystem',
      'src/memory': '@modelcontextprotocol/server-memory',
      'src/sequentialthinking': '@modelcontextprotocol/server-sequential-thinking',
    },
    servers: [
      '@modelcontextprotocol/server-everything',
      '@modelcontextprotocol/server-filesystem',
      '@modelcontextprotocol/server-memory',
      '@modelcontextprotocol/server-sequential-thinking',
    ],
    privateRoot: '@modelcontextprotocol/servers',
    /** Private workspace packages (folders), besides the root. */
    privatePackages: [],
  },
  /** carlosedp/mcp-bun: one package at the root, bun.lock, built with `bun run tsc`. */
  'mcp-bun': {
    manager: 'bun',
    packages: { '.': 'mcp-bun' },
    servers: ['mcp-bun'],
    privateRoot: undefined,
    privatePackages: [],
  },
  /** modelcontextprotocol/typescript-sdk: pnpm workspace with catalogs; libraries and a CLI, no server; built by tsdown. */
  'typescript-sdk': {
    manager: 'pnpm',
    packages: {
      'packages/client': '@modelcontextprotocol/client',
      'packages/codemod': '@modelcontextprotocol/codemod',
      'packages/core': '@modelcontextprotocol/core',
      'packages/middleware/node': '@modelcontextprotocol/node',
      'packages/server': '@modelcontextprotocol/server',
    },
    servers: [],
    privateRoot: '@modelcontextprotocol/sdk',
    privatePackages: [
      'common/eslint-config',
      'common/tsconfig',
      'common/vitest-config',
      'examples/server-quickstart',
      'packages/core-internal',
      'test/helpers',
    ],
  },
} as const satisfies Record<
  string,
  {
    manager: 'npm' | 'pnpm' | 'yarn' | 'bun';
    packages: Record<string, string>;
    servers: readonly string[];
    privateRoot: string | undefined;
    privatePackages: readonly string[];
  }
>;

export type RealRepoName = keyof typeof REAL_REPOS;

export const FIXTURES = path.join(ROOT, 'test/fixtures/real-repos');
/** Holds pnpm, yarn and bun as dev dependencies of this project (see package.json). */
export const MANAGER_BIN = path.join(ROOT, 'node_modules/.bin');

/** The environment the managers, the builds and the CLI run with: the project's managers first on PATH. */
export function managerEnv(): NodeJS.ProcessEnv {
  return { ...cleanEnv(), PATH: `${MANAGER_BIN}${path.delimiter}${process.env.PATH ?? ''}` };
}

const run = promisify(execFile);

async function sh(cwd: string, command: string, args: string[]): Promise<void> {
  try {
    await run(command, args, { cwd, env: managerEnv(), maxBuffer: 64 * 1024 * 1024, timeout: 300_000 });
  } catch (error) {
    const e = error as { stdout?: string; stderr?: string; message: string };
    throw new Error(
      `${command} ${args.join(' ')} failed in ${cwd}: ${e.message}\n${e.stdout ?? ''}\n${e.stderr ?? ''}`,
      {
        cause: error,
      },
    );
  }
}

export interface RealRepo extends TestRepo {
  name: RealRepoName;
}

/**
 * A temp git repository holding the fixture `name`, committed on `main`;
 * `install` installs with the repository's own manager and frozen lockfile
 * (scripts off, as the kit installs), `build` runs its own build.
 */
export async function realRepo(
  name: RealRepoName,
  options: { install?: boolean; build?: boolean } = {},
): Promise<RealRepo> {
  const dir = await tempDir(`real-${name}-`);
  await cp(path.join(FIXTURES, name), dir, { recursive: true });
  const repo = testRepoAt(dir);
  repo.git('init', '-q');
  repo.git('add', '-A');
  repo.git('commit', '-q', '-m', 'chore: initial');
  if (options.install ?? true) await install(name, dir);
  if (options.build ?? true) await build(name, dir);
  return { ...repo, name };
}

async function install(name: RealRepoName, dir: string): Promise<void> {
  switch (name) {
    case 'servers':
      return sh(dir, 'npm', ['ci', '--ignore-scripts', '--no-audit', '--no-fund']);
    case 'mcp-bun':
      return sh(dir, path.join(MANAGER_BIN, 'bun'), ['install', '--frozen-lockfile', '--ignore-scripts']);
    case 'typescript-sdk':
      // packageManager pins pnpm@10.26.1: pnpm 10 switches to it on its own.
      return sh(dir, path.join(MANAGER_BIN, 'pnpm'), ['install', '--frozen-lockfile', '--ignore-scripts']);
  }
}

async function build(name: RealRepoName, dir: string): Promise<void> {
  switch (name) {
    case 'servers':
      return sh(dir, 'npm', ['run', 'build', '--workspaces']);
    case 'mcp-bun':
      return sh(dir, path.join(MANAGER_BIN, 'bun'), ['run', 'build']);
    case 'typescript-sdk':
      // Upstream's build:all is `pnpm -r build`; the example's real source needs the real server API.
      return sh(dir, path.join(MANAGER_BIN, 'pnpm'), ['-r', '--filter', './packages/**', 'run', 'build']);
  }
}

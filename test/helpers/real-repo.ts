import { execFile } from 'node:child_process';
import { cp, mkdir, readFile, writeFile } from 'node:fs/promises';
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
  },
  /** carlosedp/mcp-bun: one package at the root, bun.lock, built with `bun run tsc`. */
  'mcp-bun': {
    manager: 'bun',
    packages: { '.': 'mcp-bun' },
    servers: ['mcp-bun'],
    privateRoot: undefined,
  },
  /** modelcontextprotocol/typescript-sdk: pnpm workspace with catalogs; libraries and a CLI, no server. */
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
  },
} as const satisfies Record<
  string,
  {
    manager: 'npm' | 'pnpm' | 'yarn' | 'bun';
    packages: Record<string, string>;
    servers: readonly string[];
    privateRoot: string | undefined;
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
      // The reduced pnpm-lock.yaml keeps the importers but not the packages they
      // resolve to (FIXTURE.md): pnpm cannot install from it, so nothing is installed.
      return;
  }
}

async function build(name: RealRepoName, dir: string): Promise<void> {
  switch (name) {
    case 'servers':
      return sh(dir, 'npm', ['run', 'build', '--workspaces']);
    case 'mcp-bun':
      return sh(dir, path.join(MANAGER_BIN, 'bun'), ['run', 'build']);
    case 'typescript-sdk':
      return standInBuild(dir, Object.keys(REAL_REPOS['typescript-sdk'].packages));
  }
}

/**
 * The real build is tsdown, not installable from the reduced lockfile: write
 * every file the package.json promises (main, module, types, bin, every
 * exports target) as a small module, so the packages are complete as published.
 */
async function standInBuild(root: string, dirs: readonly string[]): Promise<void> {
  for (const dir of dirs) {
    const manifest = JSON.parse(await readFile(path.join(root, dir, 'package.json'), 'utf8')) as Record<
      string,
      unknown
    >;
    const targets = new Set<string>();
    for (const field of ['main', 'module', 'types']) {
      if (typeof manifest[field] === 'string') targets.add(manifest[field]);
    }
    const bins = new Set<string>();
    collectStrings(manifest.bin, bins);
    collectStrings(manifest.exports, targets);
    for (const target of [...targets, ...bins]) {
      const file = path.join(root, dir, target);
      await mkdir(path.dirname(file), { recursive: true });
      await writeFile(file, standInContent(target, bins.has(target)), { mode: bins.has(target) ? 0o755 : 0o644 });
    }
  }
}

function collectStrings(value: unknown, into: Set<string>): void {
  if (typeof value === 'string') into.add(value);
  else if (value && typeof value === 'object') for (const v of Object.values(value)) collectStrings(v, into);
}

function standInContent(target: string, isBin: boolean): string {
  if (/\.d\.[cm]?ts$/.test(target)) return 'export {};\n';
  if (isBin) return '#!/usr/bin/env node\nconsole.log("stand-in build of the fixture");\n';
  if (target.endsWith('.cjs')) return 'module.exports = {};\n';
  return 'export {};\n';
}

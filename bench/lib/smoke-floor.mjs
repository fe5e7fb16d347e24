// The floor's first steps, shared by bench/smoke.mjs and bench/smoke-shutdown-bound.mjs: npm pack of a
// folder and npm install of the tarball with the flags smoke uses, into a fresh temporary folder.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** A process run to its end: its exit code and output. */
export function run(command, args, cwd, env) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/**
 * `npm pack` of `dir`, then `npm install` of the tarball (smoke's flags) in a new temporary folder:
 * the installed bin's path and the folder, which the caller removes (removed here on failure).
 */
export async function packAndInstall(dir, env) {
  const work = mkdtempSync(path.join(os.tmpdir(), 'mcp-release-bench-'));
  try {
    const packed = await run('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', work], dir, env);
    if (packed.code !== 0) throw new Error(`npm pack failed: ${packed.stderr.slice(-300)}`);
    const tarball = JSON.parse(packed.stdout.slice(packed.stdout.indexOf('[')))[0];
    const installDir = path.join(work, 'install');
    mkdirSync(installDir);
    writeFileSync(path.join(installDir, 'package.json'), '{"private":true}');
    const installed = await run(
      'npm',
      [
        'install',
        path.join(work, tarball.filename),
        '--omit=dev',
        '--no-audit',
        '--no-fund',
        '--no-package-lock',
        '--loglevel=error',
        '--ignore-scripts',
      ],
      installDir,
      env,
    );
    if (installed.code !== 0) throw new Error(`npm install failed: ${installed.stderr.slice(-300)}`);
    const installedDir = path.join(installDir, 'node_modules', tarball.name);
    const manifest = JSON.parse(readFileSync(path.join(installedDir, 'package.json'), 'utf8'));
    const bin = typeof manifest.bin === 'string' ? manifest.bin : Object.values(manifest.bin)[0];
    return { work, main: path.join(installedDir, bin) };
  } catch (error) {
    rmSync(work, { recursive: true, force: true });
    throw error;
  }
}

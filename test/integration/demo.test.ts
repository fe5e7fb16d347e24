import { spawn } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanEnv, ROOT } from '../helpers/run.js';

describe('README quick start', () => {
  it('`npm run demo`: validate, scan, pack, sign, publish to the embedded registry, smoke from it, promote, roll back, then the broken copy', async () => {
    const run = await new Promise<{ code: number | null; stdout: string }>((resolve, reject) => {
      const child = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'scripts/demo.ts')], {
        cwd: ROOT,
        env: cleanEnv(),
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let stdout = '';
      child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
      child.stderr.resume();
      child.on('error', reject);
      child.on('close', (code) => resolve({ code, stdout }));
    });
    expect(run.code, run.stdout.slice(-2000)).toBe(0);
    for (const step of [
      'sign the bytes: SHA256SUMS and a sigstore bundle',
      'verify them as a user would',
      'publish those bytes under the staging tag',
      'smoke test the package installed from the registry',
      'promote 1.1.0: checks, smoke test from the registry, latest',
      'roll 1.1.0 back: deprecated, latest back to 1.0.0',
    ]) {
      expect(run.stdout).toContain(`✔ exit 0 (expected 0)  ${step}`);
    }
    expect(run.stdout).toContain('"latest" now points at 1.1.0 (was 1.0.0)');
    expect(run.stdout).toMatch(/1\.1\.0 +rolled-back +demo: pretend 1\.1\.0 crashes on start/);
    for (const rule of ['layout/bin-shebang', 'layout/bin-crlf', 'layout/packed-sensitive', 'layout/dependency-source'])
      expect(run.stdout).toContain(rule);
  }, 300_000);
});

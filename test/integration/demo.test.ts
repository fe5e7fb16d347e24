import { spawn } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanEnv, ROOT } from '../helpers/run.js';

describe('README quick start', () => {
  it('`npm run demo`: validate, scan, pack, publish to the embedded registry, smoke from it, then the broken copy', async () => {
    const run = await new Promise<{ code: number | null; stdout: string }>((resolve, reject) => {
      const child = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'scripts/demo.ts')], { cwd: ROOT, env: cleanEnv(), stdio: ['ignore', 'pipe', 'pipe'] });
      let stdout = '';
      child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
      child.stderr.resume();
      child.on('error', reject);
      child.on('close', (code) => resolve({ code, stdout }));
    });
    expect(run.code, run.stdout.slice(-2000)).toBe(0);
    for (const step of ['publish those bytes under the staging tag', 'smoke test the package installed from the registry']) expect(run.stdout).toContain(`✔ exit 0 (expected 0)  ${step}`);
    for (const rule of ['layout/bin-shebang', 'layout/bin-crlf', 'layout/packed-sensitive', 'layout/dependency-source']) expect(run.stdout).toContain(rule);
  }, 300_000);
});

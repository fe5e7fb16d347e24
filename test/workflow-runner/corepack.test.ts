import { spawnSync } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanEnv } from '../helpers/run.js';
import { tempDir } from '../helpers/temp.js';
import { installNodeBin, runnerPath } from './corepack.js';

/**
 * The runner's corepack model (corepack README, "Default Installs" and "Usage"): no pnpm or yarn on
 * PATH until `corepack enable`; then the shims run the version packageManager names and refuse a
 * project configured for another manager.
 */
describe('the corepack of the step runner', () => {
  const sh = (cwd: string, env: NodeJS.ProcessEnv, script: string) =>
    spawnSync('bash', ['-c', script], { cwd, env, encoding: 'utf8' });

  it('pnpm appears only after corepack enable, at the version packageManager names', async () => {
    const job = await tempDir('corepack-');
    const nodeBin = await installNodeBin(path.join(job, 'toolcache'));
    const env = { ...cleanEnv(), PATH: runnerPath(process.env.PATH, nodeBin) };
    const project = await tempDir('corepack-project-');
    await writeFile(path.join(project, 'package.json'), JSON.stringify({ packageManager: 'pnpm@9.15.9+sha512.abc' }));
    // npx put node_modules/.bin (with the real pnpm) on the test's PATH; a job's PATH does not have it.
    expect(sh(project, env, 'command -v pnpm').status).toBe(1);
    expect(sh(project, env, 'corepack enable').status).toBe(0);
    const version = sh(project, env, 'pnpm --version');
    expect(version.stderr).toBe('');
    expect(version.stdout.trim()).toBe('9.15.9');
  });

  it('a version the model does not have, and a project of another manager, fail as corepack fails', async () => {
    const job = await tempDir('corepack-');
    const nodeBin = await installNodeBin(path.join(job, 'toolcache'));
    const env = { ...cleanEnv(), PATH: runnerPath(process.env.PATH, nodeBin) };
    expect(sh(job, env, 'corepack enable').status).toBe(0);
    const project = await tempDir('corepack-project-');
    await writeFile(path.join(project, 'package.json'), JSON.stringify({ packageManager: 'pnpm@8.0.0' }));
    const old = sh(project, env, 'pnpm --version');
    expect(old.status).toBe(1);
    expect(old.stderr).toContain('pnpm@8.0.0');
    await writeFile(path.join(project, 'package.json'), JSON.stringify({ packageManager: 'yarn@4.18.1' }));
    const other = sh(project, env, 'pnpm --version');
    expect(other.status).toBe(1);
    expect(other.stderr).toContain('configured to use yarn');
    expect(sh(project, env, 'yarn --version').stdout.trim()).toBe('4.18.1');
  });
});

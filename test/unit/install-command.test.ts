import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { installCommand } from '../../src/commands/install.js';
import { UsageError } from '../../src/errors.js';
import { testContext } from '../helpers/context.js';
import { tempDir, writeTree } from '../helpers/temp.js';

/**
 * `install --dry-run --build` on real folders: the manager detected, and the
 * build order read from the workspace definition (no manager runs).
 */
const pkg = (name: string, deps: Record<string, string> = {}, build = true) =>
  JSON.stringify({ name, version: '1.0.0', dependencies: deps, ...(build ? { scripts: { build: 'tsc' } } : {}) });

async function dryRun(files: Record<string, string>) {
  const dir = await tempDir('mcp-release-install-');
  await writeTree(dir, files);
  const input = installCommand.inputSchema.parse({ directory: dir, 'dry-run': true, build: true });
  return installCommand.run(input, testContext({ HOME: dir }, dir));
}

describe('install --dry-run --build', () => {
  it('pnpm-workspace.yaml globs with a ! exclusion; dependencies first; no build script, no build', async () => {
    const report = await dryRun({
      'package.json': JSON.stringify({ name: 'root', private: true, packageManager: 'pnpm@9.15.9' }),
      'pnpm-lock.yaml': "lockfileVersion: '9.0'\n",
      'pnpm-workspace.yaml': "packages:\n  - 'packages/*'\n  - '!packages/skipped'\n",
      'packages/app/package.json': pkg('app', { core: 'workspace:*', util: 'workspace:^' }),
      'packages/core/package.json': pkg('core', { util: 'workspace:*' }),
      'packages/util/package.json': pkg('util'),
      'packages/docs/package.json': pkg('docs', {}, false),
      'packages/skipped/package.json': pkg('skipped'),
    });
    expect(report.ok).toBe(true);
    expect(report.outputs).toMatchObject({
      'package-manager': 'pnpm',
      'package-manager-version': '9.15.9',
      lockfile: 'pnpm-lock.yaml',
      setup: 'corepack',
    });
    expect(report.notes).toContain(
      'would run: pnpm install --frozen-lockfile --ignore-scripts; (cd packages/util) pnpm run build; (cd packages/core) pnpm run build; (cd packages/app) pnpm run build',
    );
  });

  it('npm workspaces ({ packages }) and no lockfile: npm by default, setup none', async () => {
    const report = await dryRun({
      'package.json': JSON.stringify({ name: 'root', private: true, workspaces: { packages: ['libs/*'] } }),
      'libs/b/package.json': pkg('b', { a: '^1.0.0' }),
      'libs/a/package.json': pkg('a'),
    });
    expect(report.outputs).toMatchObject({ 'package-manager': 'npm', lockfile: '', setup: 'none' });
    expect(report.notes.find((n) => n.startsWith('would run:'))).toBe(
      'would run: npm ci --ignore-scripts --no-audit --no-fund; (cd libs/a) npm run build; (cd libs/b) npm run build',
    );
  });

  it('a dependency cycle has no build order: a usage error naming it', async () => {
    await expect(
      dryRun({
        'package.json': JSON.stringify({ name: 'root', private: true, workspaces: ['p/*'] }),
        'p/a/package.json': pkg('a', { b: '*' }),
        'p/b/package.json': pkg('b', { a: '*' }),
      }),
    ).rejects.toThrow(
      new UsageError(
        'install --build: the workspace packages depend on each other in a cycle (a -> b -> a); no build order exists',
      ),
    );
  });

  it('a folder without package.json is a usage error naming it', async () => {
    const dir = await tempDir('mcp-release-install-');
    const input = installCommand.inputSchema.parse({ directory: dir, 'dry-run': true });
    await expect(installCommand.run(input, testContext({ HOME: dir }, dir))).rejects.toThrow(
      `install: ${path.join(dir, 'package.json')} is missing or unreadable`,
    );
  });
});

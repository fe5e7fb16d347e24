import { spawnSync } from 'node:child_process';
import { chmod, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { installedNpmVersion } from '../../src/adapters/npm-cli.js';
import { tempDir } from '../helpers/temp.js';

/**
 * publish's doctor needs npm's version; `npm --version` prints the version in npm's own
 * package.json, so it is read from there instead of starting npm (~0.2 s).
 */
describe("npm's version without starting npm", () => {
  const printed = spawnSync('npm', ['--version'], { encoding: 'utf8' }).stdout.trim();

  it('is what `npm --version` prints, for the npm on PATH and for npm_execpath', async () => {
    expect(printed).toMatch(/^\d+\.\d+\.\d+/);
    expect(await installedNpmVersion('npm', [], process.env)).toBe(printed);
    const cli = spawnSync('sh', ['-c', 'readlink -f "$(command -v npm)"'], { encoding: 'utf8' }).stdout.trim();
    expect(await installedNpmVersion(process.execPath, [cli], {})).toBe(printed);
  });

  it('a wrapper named npm (a version manager shim) is not read: npm is asked instead', async () => {
    const bin = await tempDir('npm-shim-');
    await writeFile(path.join(bin, 'npm'), '#!/bin/sh\nexec npm "$@"\n');
    await chmod(path.join(bin, 'npm'), 0o755);
    expect(await installedNpmVersion('npm', [], { PATH: bin })).toBeUndefined();
  });
});

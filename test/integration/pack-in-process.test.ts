import { execFile } from 'node:child_process';
import { chmod, readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { NPM_ENV } from '../../src/adapters/npm.js';
import { packFolderInProcess } from '../../src/adapters/npm-pack-in-process.js';
import { digestsOf } from '../../src/release/integrity.js';
import { tempDir, writeTree } from '../helpers/temp.js';

/*
 * `mcp-release pack` writes a plain package folder's tarball in this process (npm-packlist's
 * list, node-tar with pacote's tar options) instead of starting npm. npm pack's output is
 * deterministic (fixed mtime, portable headers, gzip level 9), so the bytes must be npm's: the
 * same integrity, file name, list and sizes, on the example, the test servers and folders made
 * for npm's packing rules (https://docs.npmjs.com/cli/v11/configuring-npm/package-json#files,
 * #bin). One npm run packs them all for the comparison.
 */
const execFileAsync = promisify(execFile);
const repo = path.resolve(import.meta.dirname, '../..');
const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

async function made(name: string, files: Record<string, string>): Promise<string> {
  const dir = await tempDir(`mcp-pack-in-process-${name}-`);
  await writeTree(dir, files);
  return dir;
}

describe('pack in-process writes the bytes npm pack writes', () => {
  it('the same integrity, name, files and sizes as npm pack --ignore-scripts, folder by folder', async () => {
    const scoped = await made('scoped', {
      'package.json': json({
        name: '@acme/tool',
        version: '2.0.0-rc.1',
        // A bin below a folder: pacote's bin check strips the first path segment, so npm leaves its mode alone.
        bin: { tool: './bin/cli.js', other: 'top.js' },
        files: ['bin', 'top.js', 'lib/*.js'],
      }),
      'bin/cli.js': '#!/usr/bin/env node\n',
      'top.js': 'console.log(1)\n',
      'lib/a.js': 'a',
      'lib/b.txt': 'not packed',
      'README.md': '# readme\n',
      LICENSE: 'MIT\n',
    });
    await chmod(path.join(scoped, 'lib/a.js'), 0o755);
    const ignored = await made('ignored', {
      'package.json': json({ name: 'plain-pkg', version: '1.0.0', bin: 'index.js', main: 'index.js' }),
      'index.js': 'x'.repeat(5000),
      '.npmignore': 'secret.txt\n*.log\n',
      '.gitignore': 'kept.txt\n',
      'kept.txt': 'kept',
      'secret.txt': 'no',
      'debug.log': 'no',
      'deep/nested/file.json': '{}',
    });
    const folders = [
      path.join(repo, 'examples/hello-server'),
      path.join(repo, 'test/fixtures/servers/raw-server'),
      path.join(repo, 'test/fixtures/servers/surface-server'),
      scoped,
      ignored,
    ];
    const byNpm = await tempDir('mcp-pack-by-npm-');
    const { stdout } = await execFileAsync(
      'npm',
      ['pack', ...folders, '--json', '--ignore-scripts', '--pack-destination', byNpm],
      { env: { ...process.env, ...NPM_ENV }, cwd: byNpm },
    );
    const npmPacks = JSON.parse(stdout) as {
      filename: string;
      integrity: string;
      size: number;
      unpackedSize: number;
      files: { path: string; size: number }[];
    }[];
    expect(npmPacks).toHaveLength(folders.length);
    for (const [i, dir] of folders.entries()) {
      const out = await tempDir('mcp-pack-in-process-out-');
      const ours = await packFolderInProcess(dir, out);
      if (!ours.ok) throw new Error(`${dir}: ${ours.reason}`);
      const npm = npmPacks[i]!;
      // The bytes written are npm's: the file on disk has npm's integrity, and no partial file is left beside it.
      expect({ dir, integrity: digestsOf(await readFile(path.join(out, ours.packed.filename))).integrity }).toEqual({
        dir,
        integrity: npm.integrity,
      });
      expect(await readdir(out)).toEqual([ours.packed.filename]);
      expect(ours.packed.filename).toBe(npm.filename);
      expect(ours.packed.size).toBe(npm.size);
      expect(ours.packed.unpackedSize).toBe(npm.unpackedSize);
      expect(ours.packed.files).toEqual(npm.files.map((f) => ({ path: f.path, size: f.size })));
    }
  });

  it('a folder npm must pack itself (a workspace root) is left to npm, with the reason', async () => {
    const root = await made('workspace-root', {
      'package.json': json({ name: 'root', version: '1.0.0', workspaces: ['packages/*'] }),
    });
    const result = await packFolderInProcess(root, await tempDir());
    expect(result).toEqual({ ok: false, reason: expect.stringContaining('workspaces') });
  });

  it('an output folder that does not exist: a clear reason (the caller then runs npm), not an uncaught stream error', async () => {
    const dir = await made('plain', {
      'package.json': json({ name: 'plain', version: '1.0.0' }),
      'index.js': 'module.exports = 1;\n',
    });
    const result = await packFolderInProcess(dir, path.join(await tempDir(), 'missing', 'out'));
    expect(result).toEqual({ ok: false, reason: expect.stringMatching(/ENOENT/) });
  });
});

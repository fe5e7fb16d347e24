import { execFileSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { assertNoLeakInFiles, registerSecret } from '../helpers/leak-guard.js';
import { runNode } from '../helpers/run.js';

// The guard every end-to-end test relies on must itself catch a leak, in each place it looks.
describe('leak guard', () => {
  const secret = `npm_${'LeakGuardProbe'.repeat(3)}`;
  registerSecret('the probe token', secret);

  it('fails a run whose output holds a registered secret, naming where but not the value', async () => {
    const script = path.join(await mkdtemp(path.join(os.tmpdir(), 'leak-probe-')), 'print.mjs');
    await writeFile(script, 'console.log(process.env.PROBE)');
    await expect(runNode(script, [], { env: { PROBE: `token=${secret}` } })).rejects.toThrow(/secret leaked: the probe token appears in the output of print\.mjs/);
    await expect(runNode(script, [], { env: { PROBE: 'token=***' } })).resolves.toMatchObject({ code: 0 });
    await rm(path.dirname(script), { recursive: true });
  });

  it('finds a secret committed to a test repository, even once the file is gone', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'leak-probe-'));
    try {
      const git = (...args: string[]) => execFileSync('git', ['-c', 'user.email=t@example.com', '-c', 'user.name=t', '-c', 'init.defaultBranch=main', ...args], { cwd: dir });
      git('init', '-q');
      await writeFile(path.join(dir, '.npmrc'), `//r/:_authToken=${secret}\n`);
      git('add', '-A');
      git('commit', '-q', '-m', 'oops');
      git('rm', '-q', '.npmrc');
      git('commit', '-q', '-m', 'remove it');
      await expect(assertNoLeakInFiles([dir])).rejects.toThrow(/the probe token appears in the git history of/);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('finds a secret in a file and inside a gzipped tarball, and says nothing of clean folders', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'leak-probe-'));
    try {
      await writeFile(path.join(dir, 'summary.md'), 'all good\n');
      await expect(assertNoLeakInFiles([dir])).resolves.toBeUndefined();
      await writeFile(path.join(dir, 'pkg.tgz'), gzipSync(Buffer.from(`package/.npmrc\0//r/:_authToken=${secret}\n`)));
      await expect(assertNoLeakInFiles([dir])).rejects.toThrow(/the probe token appears in .*pkg\.tgz \(unpacked\)/);
      await writeFile(path.join(dir, 'pkg.tgz'), 'not gzip');
      await writeFile(path.join(dir, 'output'), `published=${secret}`);
      const error = await assertNoLeakInFiles([dir]).catch((e: Error) => e);
      expect(String(error)).toMatch(/appears in .*output/);
      expect(String(error)).not.toContain(secret);
    } finally {
      await rm(dir, { recursive: true });
    }
  });
});

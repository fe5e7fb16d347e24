import { execFileSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { assertNoLeak, assertNoLeakInFiles, holdsPartOf, leaksIn, registerSecret } from '../helpers/leak-guard.js';
import { runNode } from '../helpers/run.js';

// The guard every end-to-end test relies on must itself catch a leak, in each place it looks.
describe('leak guard', () => {
  const secret = `npm_${'LeakGuardProbe'.repeat(3)}`;
  registerSecret('the probe token', secret);

  it('fails a run whose output holds a registered secret, naming where but not the value', async () => {
    const script = path.join(await mkdtemp(path.join(os.tmpdir(), 'leak-probe-')), 'print.mjs');
    await writeFile(script, 'console.log(process.env.PROBE)');
    await expect(runNode(script, [], { env: { PROBE: `token=${secret}` } })).rejects.toThrow(
      /secret leaked: the probe token appears in the output of print\.mjs/,
    );
    await expect(runNode(script, [], { env: { PROBE: 'token=***' } })).resolves.toMatchObject({ code: 0 });
    await rm(path.dirname(script), { recursive: true });
  });

  it('a part of a secret is a leak too: any 8 characters of it, wherever they are; a 6-character head (a redaction) is not', () => {
    // A redaction that printed the tail instead of the head, a message cut in the middle, a token split over two lines.
    for (const text of [
      `found ${secret.slice(6)}`,
      `...${secret.slice(20, 28)}...`,
      `${secret.slice(0, 24)}\n${secret.slice(24)}`,
    ]) {
      expect(leaksIn(text)).toEqual(['the probe token']);
      expect(() => assertNoLeak('a report', text)).toThrow('secret leaked: the probe token appears in a report');
    }
    expect(leaksIn(`npm token ${secret.slice(0, 6)}… (${secret.length} chars)`)).toEqual([]);
    expect(leaksIn(`${secret.slice(20, 27)} ${secret.slice(27, 34)}`)).toEqual([]); // 7 characters, twice, apart
  });

  it('what holds no secret is not a leak: words, padding, short hex runs (commit ids), the header every JWT shares', () => {
    // Test tokens made of words and padded with zeros: "_request" is in every octokit bundle, "00000000" in every tar header.
    const padded = 'ghs_requestProbe000000000000000000000000';
    registerSecret('the padded probe', padded);
    expect(leaksIn('size 000000000000 mode 0000644; this._requestMatches(req); pull_request')).toEqual([]);
    expect(leaksIn(`token=${padded.slice(4, 16)}`)).toEqual(['the padded probe']);
    // A hex token: 8 hex digits are 32 bits, which commit ids and digests match by chance; 12 are a leak.
    const hex = 'ghs_9f2c41d07be35a68c0e4b9d1f7a2635e80c4';
    registerSecret('the hex probe', hex);
    expect(leaksIn(`commit ${hex.slice(10, 20)}`)).toEqual([]);
    expect(leaksIn(`commit ${hex.slice(10, 22)}`)).toEqual(['the hex probe']);
    // JWTs: the header and claims are anyone's to read; the signature is the secret.
    const part = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
    const jwt = `${part({ alg: 'HS256', typ: 'JWT' })}.${part({ name: 'release-bot', iat: 1700000000 })}.q8Vd2LxT0mWc7RkZp4HaN1yBs9EoJf3GuI6tYl5Xn-w`;
    registerSecret('the JWT probe', jwt);
    const other = `${part({ alg: 'HS256', typ: 'JWT' })}.${part({ sub: 'someone-else' })}.Zr4KcP0vHy2Ws8NbLq6TjD1gFm9XeA3uRi5Ok7Ch_aS`;
    expect(leaksIn(`Authorization: Bearer ${other}`)).toEqual([]);
    expect(leaksIn(`signature ${jwt.slice(-10)}`)).toEqual(['the JWT probe']);
    expect(leaksIn(jwt)).toEqual(['the JWT probe']);
  });

  it('a planted secret (an input of the test, not registered) is checked the same way', () => {
    const planted = 'AKIAZ7QK3MPL4WX2RT9B';
    expect(holdsPartOf(`key ${planted.slice(5, 13)}`, planted)).toBe(true);
    expect(holdsPartOf(`key ${planted.slice(0, 6)}…`, planted)).toBe(false);
  });

  it('reads large outputs in one pass: 20 MB in about a second, not minutes', () => {
    const big = 'x'.repeat(20 * 1024 * 1024);
    const started = performance.now();
    expect(leaksIn(`${big}${secret.slice(9, 17)}`)).toEqual(['the probe token']);
    expect(performance.now() - started).toBeLessThan(5000);
  });

  it('finds a secret committed to a test repository, even once the file is gone', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'leak-probe-'));
    try {
      const git = (...args: string[]) =>
        execFileSync(
          'git',
          ['-c', 'user.email=t@example.com', '-c', 'user.name=t', '-c', 'init.defaultBranch=main', ...args],
          { cwd: dir },
        );
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

  it('bytes found clean are not searched again, until a new secret is registered; a leaking copy is still named', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'leak-probe-'));
    const later = `npm_${'RegisteredLater'.repeat(3)}`;
    try {
      const git = (...args: string[]) =>
        execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], { cwd: dir });
      git('init', '-q');
      await writeFile(path.join(dir, 'a.txt'), `config ${later}\n`);
      git('add', '-A');
      git('commit', '-q', '-m', 'the same bytes in two places');
      await writeFile(path.join(dir, 'b.txt'), `config ${later}\n`);
      await expect(assertNoLeakInFiles([dir])).resolves.toBeUndefined();
      registerSecret('the later token', later);
      const error = String(await assertNoLeakInFiles([dir]).catch((e: Error) => e));
      expect(error).toMatch(/the later token appears in the git history of/);
      await rm(path.join(dir, '.git'), { recursive: true });
      await rm(path.join(dir, 'a.txt'));
      expect(String(await assertNoLeakInFiles([dir]).catch((e: Error) => e))).toMatch(/appears in .*b\.txt/);
    } finally {
      await rm(dir, { recursive: true });
    }
  });
});

import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../../src/report/model.js';
import { exampleRepo } from '../helpers/git-repo.js';
import { startRegistry, type TestRegistry } from '../helpers/registry.js';
import { ACTION, CLI, ROOT, runNode } from '../helpers/run.js';
import { manifestEntry, writeTarball } from '../helpers/tar-writer.js';
import { tempDir } from '../helpers/temp.js';

/**
 * Issue #16 ("Hostile input"): registry URLs with credentials, conflicting
 * SHA256SUMS lines, loose versions. Each input is the one that found the bug
 * (test/fixtures/hostile/), given to the built CLI and action.
 */
const FIXTURES = path.join(ROOT, 'test/fixtures/hostile');
const fixture = async <T>(name: string): Promise<T> =>
  JSON.parse(await readFile(path.join(FIXTURES, name), 'utf8')) as T;

let registry: TestRegistry;
beforeAll(async () => {
  registry = await startRegistry();
});
afterAll(async () => registry.stop());

describe('registry URLs with credentials: a usage error that names the flag and never prints the secret', () => {
  type UrlCase = { url: string; printed: string; mustNotAppear: string };

  it('every command that takes --registry (and --mcp-registry-url) refuses them before doing anything', async () => {
    const { cases } = await fixture<{ cases: UrlCase[] }>('registry-urls.json');
    const repo = await exampleRepo({ name: 'creds-check', version: '1.0.0' });
    const tarball = path.join(await tempDir('creds-'), 'creds-check-1.0.0.tgz');
    await writeTarball(tarball, [manifestEntry('creds-check')]);
    const commands: [string, string[]][] = [
      ['publish', [tarball]],
      ['smoke', [tarball]],
      ['status', [repo.dir]],
      ['doctor', [repo.dir]],
      ['plan', [repo.dir]],
      ['scan', [repo.dir]],
      ['changelog', [repo.dir, '--version', '1.1.0']],
      ['promote', [repo.dir, '--version', '1.0.0']],
      ['rollback', [repo.dir, '--version', '1.0.0']],
      ['diff', ['creds-check@1.0.0', 'creds-check@1.1.0']],
    ];
    for (const { url, printed, mustNotAppear: secret } of cases) {
      for (const [command, args] of commands) {
        const run = await runNode(CLI, [command, ...args, '--registry', url], {
          env: { NODE_AUTH_TOKEN: registry.token },
        });
        expect(run.code, `${command} ${url}: ${run.stderr}`).toBe(2);
        expect(run.stderr).toContain(`${command}: --registry: a registry URL must not hold credentials`);
        expect(run.stderr).toContain('NODE_AUTH_TOKEN');
        expect(run.stderr).toContain(`give the URL as ${printed}`);
        expect(run.stdout + run.stderr).not.toContain(secret);
        expect(run.stdout + run.stderr).not.toContain(decodeURIComponent(secret));
      }
      for (const command of ['promote', 'rollback']) {
        const run = await runNode(CLI, [command, repo.dir, '--version', '1.0.0', '--mcp-registry-url', url]);
        expect(run.code, run.stderr).toBe(2);
        expect(run.stderr).toContain(`${command}: --mcp-registry-url: a registry URL must not hold credentials`);
        expect(run.stdout + run.stderr).not.toContain(secret);
      }
    }
    // Nothing reached the registry under that name.
    expect((await fetch(`${registry.url}creds-check`)).status).toBe(404);
  }, 240_000);

  it('the config key `registry`: a config error naming the file, line and key, without the password', async () => {
    const repo = await exampleRepo({ name: 'creds-config-check', version: '1.0.0' });
    const config = path.join(FIXTURES, 'registry-credentials.yml');
    const run = await runNode(CLI, ['status', repo.dir, '--config', config]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/registry-credentials\.yml:4:\d+: registry: a registry URL must not hold credentials/);
    expect(run.stderr).toContain('give the URL as http://127.0.0.1:4873/');
    expect(run.stdout + run.stderr).not.toContain('s3cr3t-in-url');
    expect(run.stdout + run.stderr).not.toContain('ci-user');
  });

  it('the action input `registry` (INPUT_REGISTRY): the step fails naming the input, without the password', async () => {
    const repo = await exampleRepo({ name: 'creds-action-check', version: '1.0.0' });
    const runnerTemp = await tempDir('runner-temp-');
    const outputFile = path.join(runnerTemp, 'output.txt');
    await writeFile(outputFile, '');
    const run = await runNode(ACTION, [], {
      cwd: repo.dir,
      env: {
        GITHUB_ACTIONS: 'true',
        GITHUB_WORKSPACE: repo.dir,
        GITHUB_OUTPUT: outputFile,
        RUNNER_TEMP: runnerTemp,
        INPUT_COMMAND: 'status',
        INPUT_REGISTRY: 'https://ci-user:s3cr3t-in-url@registry.example.com/',
      },
    });
    expect(run.code).not.toBe(0);
    expect(run.stdout).toContain('::error::input "registry": a registry URL must not hold credentials');
    expect(run.stdout).toContain('give the URL as https://registry.example.com/');
    expect(run.stdout + run.stderr + (await readFile(outputFile, 'utf8'))).not.toContain('s3cr3t-in-url');
  });
});

describe('verify: SHA256SUMS that names the tarball twice', () => {
  async function release(): Promise<{ dir: string; good: string; evil: string; evilSha: string; goodSha: string }> {
    const dir = await tempDir('sums-');
    const good = path.join(dir, 'hello-1.0.0.tgz');
    const evil = path.join(await tempDir('sums-evil-'), 'hello-1.0.0.tgz');
    await writeTarball(good, [
      manifestEntry('hello', '1.0.0'),
      { name: 'package/index.js', body: '#!/usr/bin/env node\n' },
    ]);
    await writeTarball(evil, [
      manifestEntry('hello', '1.0.0'),
      { name: 'package/index.js', body: '#!/usr/bin/env node\nrequire("child_process").exec("curl evil")\n' },
    ]);
    const sha = async (file: string) =>
      createHash('sha256')
        .update(await readFile(file))
        .digest('hex');
    return { dir, good, evil, goodSha: await sha(good), evilSha: await sha(evil) };
  }
  const verify = async (tarball: string, sums: string) => {
    const run = await runNode(CLI, ['verify', tarball, '--sums', sums, '--json']);
    return { code: run.code, report: JSON.parse(run.stdout) as Report };
  };

  it('a second line with another digest (appended by whoever swapped the tarball): refused, both lines named, for either tarball', async () => {
    const { dir, good, evil, goodSha, evilSha } = await release();
    const sums = path.join(dir, 'SHA256SUMS');
    // What the release wrote, then one line appended: before the fix the last line won and the swapped tarball verified.
    await writeFile(sums, `${goodSha}  hello-1.0.0.tgz\n${evilSha}  hello-1.0.0.tgz\n`);
    for (const tarball of [evil, good]) {
      const { code, report } = await verify(tarball, sums);
      expect(code).toBe(1);
      expect(report.findings.map((f) => f.rule)).toEqual(['verify/checksum-mismatch']);
      expect(report.findings[0]?.message).toContain(
        `SHA256SUMS gives hello-1.0.0.tgz different sha256 digests (line 1: ${goodSha}, line 2: ${evilSha})`,
      );
      expect(report.outputs.verified ?? '[]').not.toContain('sums');
    }
    // The same name once as ./name: still the same file.
    await writeFile(sums, `${goodSha}  hello-1.0.0.tgz\n${evilSha}  ./hello-1.0.0.tgz\n`);
    expect((await verify(good, sums)).code).toBe(1);
  });

  it('the same line twice: verified once, and the report says it was listed twice', async () => {
    const { dir, good, goodSha } = await release();
    const sums = path.join(dir, 'SHA256SUMS');
    await writeFile(sums, `${goodSha}  hello-1.0.0.tgz\n${goodSha}  hello-1.0.0.tgz\n`);
    const { code, report } = await verify(good, sums);
    expect(code, JSON.stringify(report.findings)).toBe(0);
    expect(JSON.parse(report.outputs.verified ?? '[]')).toEqual(['sums']);
    expect(report.notes.join('\n')).toContain(
      'SHA256SUMS lists hello-1.0.0.tgz 2 times with the same sha256 (lines 1, 2): one check, not 2',
    );
  });
});

describe('versions from users are strict semver 2.0.0', () => {
  type VersionCases = { cases: { given: string; suggest?: string }[]; accepted: string[] };

  it('plan, version, changelog, github-release, promote, rollback (--version, --to): a usage error naming the flag and the accepted form; nothing written', async () => {
    const { cases } = await fixture<VersionCases>('loose-versions.json');
    const repo = await exampleRepo({ name: 'loose-check', version: '1.0.0' });
    const before = await readFile(path.join(repo.dir, 'package.json'), 'utf8');
    const head = repo.git('rev-parse', 'HEAD');
    const commands: [string, (v: string) => string[], string][] = [
      ['plan', (v) => [repo.dir, '--version', v], '--version'],
      ['version', (v) => [repo.dir, '--version', v], '--version'],
      ['changelog', (v) => [repo.dir, '--version', v, '--write'], '--version'],
      ['github-release', (v) => [repo.dir, '--version', v], '--version'],
      ['promote', (v) => [repo.dir, '--version', v], '--version'],
      ['rollback', (v) => [repo.dir, '--version', v], '--version'],
      ['rollback', (v) => [repo.dir, '--version', '1.0.0', '--to', v], '--to'],
    ];
    for (const { given, suggest } of cases) {
      for (const [command, args, flag] of commands) {
        const run = await runNode(CLI, [command, ...args(given), '--json']);
        expect(run.code, `${command} ${flag} ${JSON.stringify(given)}: ${run.stderr}`).toBe(2);
        expect(run.stderr).toContain(`${command}: ${flag}: expected a semver 2.0.0 version such as`);
        expect(run.stderr).toContain('(no "v" prefix, no spaces, no leading zeros)');
        if (suggest) expect(run.stderr).toContain(`for ${JSON.stringify(given)} give ${suggest}`);
      }
    }
    expect(await readFile(path.join(repo.dir, 'package.json'), 'utf8')).toBe(before);
    expect(repo.git('rev-parse', 'HEAD')).toBe(head);
    expect(repo.git('tag', '--list')).toBe('');
  }, 240_000);

  it('strict versions still pass: plan --version gives the tag and version as written', async () => {
    const { accepted } = await fixture<VersionCases>('loose-versions.json');
    const repo = await exampleRepo({ name: 'strict-check', version: '0.0.0-0' });
    for (const version of accepted.filter((v) => v !== '0.0.0-0')) {
      const run = await runNode(CLI, ['plan', repo.dir, '--version', version, '--registry', registry.url, '--json']);
      expect(run.code, run.stderr).not.toBe(2);
      const report = JSON.parse(run.stdout) as Report;
      expect(report.outputs).toMatchObject({ 'next-version': version, 'git-tag': `v${version}` });
    }
  });

  it('version --version " 1.3.0" (the issue\'s input) leaves package.json as it was', async () => {
    const repo = await exampleRepo({ name: 'padded-check', version: '1.0.0' });
    const run = await runNode(CLI, ['version', repo.dir, '--version', ' 1.3.0']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('for " 1.3.0" give 1.3.0');
    expect(JSON.parse(await readFile(path.join(repo.dir, 'package.json'), 'utf8')).version).toBe('1.0.0');
  });
});

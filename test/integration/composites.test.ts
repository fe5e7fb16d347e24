import { execFileSync } from 'node:child_process';
import { generateKeyPairSync } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { runComposite } from '../helpers/composite-runner.js';
import { exampleRepo } from '../helpers/git-repo.js';
import { startRegistry, type TestRegistry } from '../helpers/registry.js';
import { ROOT } from '../helpers/run.js';
import { tempDir } from '../helpers/temp.js';

let registry: TestRegistry;
beforeAll(async () => {
  registry = await startRegistry({ uplink: 'https://registry.npmjs.org/' });
});
afterAll(async () => registry.stop());

describe('composite actions, run step by step as the runner would', () => {
  it('validate-layout and security-scan on the example: outputs and job summary; the SARIF upload is a separate step', async () => {
    const validate = await runComposite('validate-layout', { directory: 'examples/hello-server' }, { cwd: ROOT });
    expect(validate.failed, validate.log).toBeUndefined();
    expect(validate.outputs).toMatchObject({ ok: 'true', 'error-count': '0' });
    expect(validate.summary).toContain('mcp-server-hello-example');
    const scan = await runComposite(
      'security-scan',
      { directory: 'examples/hello-server', 'upload-sarif': 'true' },
      { cwd: ROOT },
    );
    expect(scan.failed, scan.log).toBeUndefined();
    expect(scan.outputs['secret-count']).toBe('0');
    expect(scan.skipped.join('\n')).toMatch(/github\/codeql-action\/upload-sarif@/);
  });

  it('pack-and-publish: packs, publishes under next; publishing the packed tarball again is a no-op', async () => {
    const repo = await exampleRepo({ name: 'composite-publish-check', version: '1.0.0' });
    const env = { NODE_AUTH_TOKEN: registry.token };
    const first = await runComposite(
      'pack-and-publish',
      { directory: '.', registry: registry.url, 'artifact-name': '' },
      { cwd: repo.dir, env },
    );
    expect(first.failed, first.log).toBeUndefined();
    expect(first.outputs).toMatchObject({
      'package-name': 'composite-publish-check',
      published: 'published',
      tag: 'next',
    });
    expect(first.log).toMatch(/npm \d+\.\d+\.\d+ is recent enough/);
    expect(first.log).not.toContain(registry.token);
    const again = await runComposite(
      'pack-and-publish',
      { tarball: first.outputs.tarball as string, registry: registry.url },
      { cwd: repo.dir, env },
    );
    expect(again.failed, again.log).toBeUndefined();
    expect(again.outputs.published).toBe('already-published');
    expect(again.skipped).toEqual([]); // no pack, no artifact upload
  });

  it('sign with a key from the environment; the GitHub attestation is its own step', async () => {
    const repo = await exampleRepo({ name: 'composite-sign-check' });
    const out = await tempDir('composite-sign-');
    const pack = await runComposite(
      'pack-and-publish',
      { directory: '.', publish: 'false', 'artifact-name': '' },
      { cwd: repo.dir },
    );
    expect(pack.failed, pack.log).toBeUndefined();
    const key = generateKeyPairSync('ec', { namedCurve: 'P-256' })
      .privateKey.export({ type: 'pkcs8', format: 'pem' })
      .toString();
    const signed = await runComposite(
      'sign',
      { tarball: pack.outputs.tarball as string, out, attest: 'true' },
      { cwd: repo.dir, env: { MCP_RELEASE_SIGNING_KEY: key } },
    );
    expect(signed.failed, signed.log).toBeUndefined();
    expect(signed.outputs.signing).toBe('key');
    expect(JSON.parse(signed.outputs.bundles ?? '[]')).toEqual([
      path.join(out, 'composite-sign-check-1.0.0.tgz.sigstore.json'),
    ]);
    expect(signed.skipped.join('\n')).toMatch(
      /actions\/attest-build-provenance@4d101475d8b20a2381f78447822ac1eab6504dd8/,
    );
    expect(signed.log).not.toContain(key.split('\n')[1]);
  });

  it('changelog with push: the bump commit reaches the remote', async () => {
    const repo = await exampleRepo({ name: 'composite-changelog-check', version: '1.0.0' });
    repo.git('tag', 'v1.0.0');
    await repo.commit('feat: a tool');
    const remote = await tempDir('composite-remote-');
    execFileSync('git', ['init', '-q', '--bare', remote]);
    repo.git('remote', 'add', 'origin', remote);
    repo.git('push', '-q', 'origin', 'HEAD:refs/heads/main');
    const run = await runComposite(
      'changelog',
      { version: '1.1.0', push: 'true' },
      { cwd: repo.dir, env: { GITHUB_REF_NAME: 'main', GITHUB_REF: 'refs/heads/main' } },
    );
    expect(run.failed, run.log).toBeUndefined();
    expect(run.outputs).toMatchObject({ pushed: 'true', entries: '1' });
    expect(run.outputs.notes).toContain('- a tool');
    expect(execFileSync('git', ['log', '-1', '--format=%s', 'main'], { cwd: remote, encoding: 'utf8' }).trim()).toBe(
      'chore(release): composite-changelog-check@1.1.0',
    );
  });

  it('promote smoke-tests in a step whose environment holds no token', async () => {
    const meta = parse(await readFile(path.join(ROOT, 'promote/action.yml'), 'utf8')) as {
      runs: { steps: { id?: string; env?: Record<string, string> }[] };
    };
    const smoke = meta.runs.steps.find((s) => s.id === 'smoke');
    const run = meta.runs.steps.find((s) => s.id === 'run');
    expect(Object.values(smoke?.env ?? {}).join('\n')).not.toMatch(/token|secrets\./i);
    expect(Object.values(run?.env ?? {}).join('\n')).toMatch(/inputs\.npm-token/);
    expect(meta.runs.steps.indexOf(smoke as never)).toBeLessThan(meta.runs.steps.indexOf(run as never));
  });

  it('promote then rollback with the npm token given as an input', async () => {
    const repo = await exampleRepo({ name: 'composite-promote-check', version: '1.0.0' });
    const env = { NODE_AUTH_TOKEN: registry.token };
    for (const version of ['1.0.0', '1.1.0']) {
      await repo.setPackage({ version });
      const serverFile = path.join(repo.dir, 'server.json');
      const server = JSON.parse(await readFile(serverFile, 'utf8')) as {
        version: string;
        packages: { version: string }[];
      };
      server.version = version;
      (server.packages[0] as { version: string }).version = version;
      await writeFile(serverFile, JSON.stringify(server));
      const published = await runComposite(
        'pack-and-publish',
        { registry: registry.url, 'artifact-name': '' },
        { cwd: repo.dir, env },
      );
      expect(published.outputs.published, published.log).toBe('published');
    }
    const promoted = await runComposite(
      'promote',
      { version: '1.1.0', registry: registry.url, 'npm-token': registry.token },
      { cwd: repo.dir },
    );
    expect(promoted.failed, promoted.log).toBeUndefined();
    expect(promoted.outputs).toMatchObject({ promoted: 'promoted', 'dist-tag': 'latest', previous: '1.0.0' });
    // The server ran in the token-free smoke step; the promote step trusted its verdict.
    expect(promoted.log).toContain('isolation: ');
    expect(promoted.log).toContain('smoke test: passed in an earlier job or step without secrets');
    const rolled = await runComposite(
      'rollback',
      { version: '1.1.0', reason: 'composite test', registry: registry.url, 'npm-token': registry.token },
      { cwd: repo.dir },
    );
    expect(rolled.failed, rolled.log).toBeUndefined();
    expect(rolled.outputs).toMatchObject({
      'rolled-back': 'rolled-back',
      'moved-tags': JSON.stringify({ latest: '1.0.0', next: '1.0.0' }),
    });
    expect(promoted.log + rolled.log).not.toContain(registry.token);
  });
});

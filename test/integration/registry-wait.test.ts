import { spawn } from 'node:child_process';
import { cp, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../../src/report/model.js';
import { startPropagationProxy, withoutVersions, type PropagationProxy } from '../helpers/propagation-proxy.js';
import { startRegistry, type TestRegistry } from '../helpers/registry.js';
import { CLI, cleanEnv, ROOT, runNode } from '../helpers/run.js';
import { tempDir } from '../helpers/temp.js';

/**
 * Registry propagation (npm/cli#4513): a version just published is not served
 * for a while. The proxy in front of Verdaccio hides it as the registry does;
 * smoke of name@version waits for it with `registry-wait`.
 */
let registry: TestRegistry;
let proxy: PropagationProxy;
const DELAY_MS = 5000;
beforeAll(async () => {
  registry = await startRegistry();
  proxy = await startPropagationProxy(registry.url, { delayMs: DELAY_MS });
});
afterAll(async () => {
  await Promise.all([proxy?.stop(), registry?.stop()]);
});

let counter = 0;
/** The dependency-free raw test server, published through the proxy with the real npm CLI. */
async function publishThroughProxy(version = '1.0.0'): Promise<string> {
  counter += 1;
  const name = `@acme/wait-check-${counter}`;
  const dir = await tempDir('wait-pkg-');
  await cp(path.join(ROOT, 'test/fixtures/servers/raw-server/server.js'), path.join(dir, 'server.js'));
  const manifest = JSON.parse(
    await readFile(path.join(ROOT, 'test/fixtures/servers/raw-server/package.json'), 'utf8'),
  ) as Record<string, unknown>;
  await writeFile(
    path.join(dir, 'package.json'),
    JSON.stringify({
      ...manifest,
      name,
      version,
      bin: { 'wait-check': 'server.js' },
      publishConfig: { access: 'public' },
    }),
  );
  const userconfig = path.join(dir, '.npmrc-test');
  // npm expands ${VAR} in .npmrc: the token itself is never written to a file.
  await writeFile(userconfig, `//${new URL(proxy.url).host}/:_authToken=\${WAIT_CHECK_TOKEN}\n`);
  const code = await new Promise<number | null>((resolve, reject) => {
    const child = spawn('npm', ['publish', '--registry', proxy.url, '--userconfig', userconfig, '--ignore-scripts'], {
      cwd: dir,
      env: { ...cleanEnv(), WAIT_CHECK_TOKEN: registry.token },
      stdio: 'ignore',
    });
    child.on('error', reject);
    child.on('close', resolve);
  });
  expect(code).toBe(0);
  return name;
}

const smoke = async (spec: string, extra: string[]) => {
  const started = performance.now();
  const run = await runNode(CLI, ['smoke', spec, '--registry', proxy.url, '--json', ...extra]);
  return { ...run, report: JSON.parse(run.stdout || '{}') as Report, seconds: (performance.now() - started) / 1000 };
};

describe('registry propagation: smoke of name@version waits until the registry serves it', () => {
  it('the proxy hides a version just published, as the registry does', async () => {
    const name = await publishThroughProxy();
    const escaped = name.replace('/', '%2f');
    expect((await fetch(`${proxy.url}${escaped}/1.0.0`)).status).toBe(404);
    const packument = (await (await fetch(`${proxy.url}${escaped}`)).json()) as {
      versions: object;
      'dist-tags': object;
      time: object;
    };
    expect(Object.keys(packument.versions)).toEqual([]);
    expect(packument['dist-tags']).toEqual({});
    expect(Object.keys(packument.time)).not.toContain('1.0.0');
    expect(
      withoutVersions(
        { versions: { '1.0.0': {}, '1.1.0': {} }, 'dist-tags': { latest: '1.0.0', next: '1.1.0' } },
        new Set(['1.0.0']),
      ),
    ).toEqual({ versions: { '1.1.0': {} }, 'dist-tags': { next: '1.1.0' } });
  });

  it('with registry-wait: waits (a line per look on stderr), then installs and passes', async () => {
    const name = await publishThroughProxy();
    const run = await smoke(`${name}@1.0.0`, ['--registry-wait', '60']);
    expect(run.code, run.stdout + run.stderr).toBe(0);
    expect(run.stderr).toContain(`waiting for ${name}@1.0.0 on ${proxy.url} (attempt 1, 0 s of 60 s): HTTP 404`);
    expect(run.stderr).toMatch(new RegExp(`${name}@1\\.0\\.0 is served by .* after \\d+ s`));
    expect(run.report.notes.join('\n')).toMatch(/waited \d+ s \(\d attempts\) for @acme\/wait-check-\d+@1\.0\.0/);
    expect(run.seconds).toBeGreaterThanOrEqual(DELAY_MS / 1000);
  });

  it('without a wait: the install fails (ETARGET), as right after a real publish', async () => {
    const name = await publishThroughProxy();
    const run = await smoke(`${name}@1.0.0`, []);
    expect(run.code).toBe(1);
    expect(run.report.findings.map((f) => f.rule)).toEqual(['smoke/install-failed']);
    expect(`${run.report.findings[0]?.message ?? ''}${run.report.findings[0]?.evidence ?? ''}`).toMatch(
      /ETARGET|No matching version/,
    );
  });

  it('a wait that runs out: registry/not-yet-served, saying how long and that a re-run finishes', async () => {
    const name = await publishThroughProxy();
    proxy.hide(name, '1.0.0', 60_000);
    const run = await smoke(`${name}@1.0.0`, ['--registry-wait', '3']);
    expect(run.code).toBe(1);
    expect(run.report.findings.map((f) => f.rule)).toEqual(['registry/not-yet-served']);
    expect(run.report.findings[0]?.message).toMatch(
      new RegExp(
        `^${name}@1\\.0\\.0 is not served by .* yet: waited 3 s over 3 attempt\\(s\\) \\(last answer: HTTP 404\\).*re-running this job later finishes the release$`,
      ),
    );
    expect(run.stderr.split('\n').filter((l) => l.startsWith('waiting for'))).toHaveLength(2);
  });
});

describe('promote reads back only a version it has reason to expect', () => {
  const promote = async (extra: string[]) => {
    const dir = await tempDir('wait-promote-');
    await writeFile(
      path.join(dir, 'package.json'),
      JSON.stringify({ name: `never-published-${process.pid}`, version: '1.0.0' }),
    );
    const run = await runNode(
      CLI,
      ['promote', dir, '--version', '9.9.9', '--registry', proxy.url, '--json', ...extra],
      { env: { NPM_PROMOTE_TOKEN: registry.token } },
    );
    return JSON.parse(run.stdout || '{}') as Report;
  };

  it('a version with no release manifest and no registry-wait is "not published" at once (a typo does not wait 15 minutes)', async () => {
    const report = await promote([]);
    expect(report.findings.map((f) => f.rule)).toEqual(['promote/not-published']);
  });

  it('with registry-wait given, it waits that long for the version, then says it was not served', async () => {
    const report = await promote(['--registry-wait', '2']);
    expect(report.findings.map((f) => f.rule)).toEqual(['registry/not-yet-served']);
    expect(report.findings[0]?.message).toMatch(/or it was never published/);
  });
});

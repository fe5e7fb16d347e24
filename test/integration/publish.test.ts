import { execFileSync } from 'node:child_process';
import { createHash, randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { cp, readFile, writeFile } from 'node:fs/promises';
import { createServer, request, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ReleaseManifest } from '../../src/release/manifest.js';
import type { Report } from '../../src/report/model.js';
import { formatSize } from '../../src/util/size.js';
import { holdsPartOf } from '../helpers/leak-guard.js';
import { recordingNpm } from '../helpers/recording-npm.js';
import { startRegistry, type TestRegistry } from '../helpers/registry.js';
import { CLI, ROOT, runNode } from '../helpers/run.js';
import { tempDir } from '../helpers/temp.js';

let registry: TestRegistry;
beforeAll(async () => {
  registry = await startRegistry();
});
afterAll(async () => registry.stop());

async function cli(
  args: string[],
  env: Record<string, string> = {},
): Promise<{ code: number | null; report: Report; stdout: string; stderr: string }> {
  const run = await runNode(CLI, [...args, '--json'], { env });
  return { code: run.code, report: JSON.parse(run.stdout || '{}') as Report, stdout: run.stdout, stderr: run.stderr };
}

/** The example server under another name (each test publishes its own package). */
async function example(name: string, version = '1.0.0'): Promise<string> {
  const dir = path.join(await tempDir('publish-pkg-'), 'pkg');
  await cp(path.join(ROOT, 'examples/hello-server'), dir, { recursive: true });
  const manifest = JSON.parse(await readFile(path.join(dir, 'package.json'), 'utf8')) as Record<string, unknown>;
  await writeFile(path.join(dir, 'package.json'), JSON.stringify({ ...manifest, name, version }, null, 2));
  return dir;
}

/** The CLI as a user runs it, without --json: the text report. */
async function text(
  args: string[],
  env: Record<string, string> = {},
): Promise<{ code: number | null; stdout: string }> {
  const run = await runNode(CLI, args, { env });
  return { code: run.code, stdout: run.stdout + run.stderr };
}

async function packed(name: string, version = '1.0.0'): Promise<{ tarball: string; manifest: ReleaseManifest }> {
  const out = await tempDir('publish-out-');
  const { code, report } = await cli(['pack', await example(name, version), '--out', out]);
  expect(code).toBe(0);
  return {
    tarball: report.outputs.tarball as string,
    manifest: JSON.parse(await readFile(report.outputs.manifest as string, 'utf8')) as ReleaseManifest,
  };
}

async function packument(name: string): Promise<{
  status: number;
  body: { 'dist-tags'?: Record<string, string>; versions?: Record<string, { dist: { integrity: string } }> };
}> {
  const response = await fetch(`${registry.url}${name.replace('/', '%2f')}`);
  return { status: response.status, body: response.status === 200 ? ((await response.json()) as never) : {} };
}

describe('pack', () => {
  it('writes the tarball and a release manifest whose digests match the bytes', async () => {
    const dir = await example('pack-check');
    execFileSync('git', ['init', '-q'], { cwd: dir });
    execFileSync(
      'git',
      ['-c', 'user.email=t@example.com', '-c', 'user.name=t', 'commit', '-q', '--allow-empty', '-m', 'x'],
      { cwd: dir },
    );
    const commit = execFileSync('git', ['rev-parse', 'HEAD'], { cwd: dir, encoding: 'utf8' }).trim();
    const out = await tempDir('pack-out-');
    const { code, report } = await cli(['pack', dir, '--out', out]);
    expect(code).toBe(0);
    const manifest = JSON.parse(await readFile(path.join(out, 'release-manifest.json'), 'utf8')) as ReleaseManifest;
    const bytes = await readFile(path.join(out, manifest.tarball));
    expect(manifest).toMatchObject({
      package: 'pack-check',
      version: '1.0.0',
      commit,
      tarball: 'pack-check-1.0.0.tgz',
      size: bytes.length,
    });
    expect(manifest.integrity).toBe(`sha512-${createHash('sha512').update(bytes).digest('base64')}`);
    expect(manifest.shasum).toBe(createHash('sha1').update(bytes).digest('hex'));
    expect(manifest.files.map((f) => f.path).sort()).toEqual(['LICENSE', 'README.md', 'index.js', 'package.json']);
    expect(report.outputs).toMatchObject({ 'package-name': 'pack-check', integrity: manifest.integrity });

    // The text report names the tarball (a path that exists), what it holds and its integrity.
    const again = await tempDir('pack-out-');
    const shown = await text(['pack', dir, '--out', again]);
    expect(shown.code).toBe(0);
    const tarball = /→ packed pack-check@1\.0\.0 into (\S+)\n/.exec(shown.stdout)?.[1] ?? '';
    expect(tarball, shown.stdout).toBe(path.join(again, 'pack-check-1.0.0.tgz'));
    expect(existsSync(tarball)).toBe(true);
    expect(shown.stdout).toContain(`→ ${formatSize(manifest.size)}, 4 files, integrity ${manifest.integrity}`);
    expect(shown.stdout).toContain(`→ release manifest: ${path.join(again, 'release-manifest.json')}`);
    expect(shown.stdout).not.toContain('no findings');
  });
});

describe('publish against a real registry (Verdaccio)', () => {
  it('with an OIDC identity: provenance and an explicit --access public (npm refuses provenance for a new package without it); restricted packages keep restricted, without provenance', async () => {
    // A public repository (the event payload says so): provenance is asked for; visibility rules in visibility.test.ts.
    const event = path.join(await tempDir('publish-event-'), 'event.json');
    await writeFile(event, JSON.stringify({ repository: { visibility: 'public' } }));
    const oidc = {
      ACTIONS_ID_TOKEN_REQUEST_URL: 'http://127.0.0.1:9/token',
      ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'request-token',
      NODE_AUTH_TOKEN: registry.token,
      GITHUB_EVENT_PATH: event,
    };
    const { tarball } = await packed('provenance-check');
    const open = await cli(['publish', tarball, '--registry', registry.url, '--dry-run'], oidc);
    expect(JSON.parse(open.report.outputs.commands ?? '[]')).toEqual([
      `npm publish ${tarball} --tag next --registry ${registry.url} --access public --provenance`,
    ]);
    const dir = await example('@acme/restricted-check');
    const manifest = JSON.parse(await readFile(path.join(dir, 'package.json'), 'utf8')) as Record<string, unknown>;
    await writeFile(
      path.join(dir, 'package.json'),
      JSON.stringify({ ...manifest, publishConfig: { access: 'restricted' } }, null, 2),
    );
    const out = await tempDir('publish-out-');
    const restrictedTarball = (await cli(['pack', dir, '--out', out])).report.outputs.tarball as string;
    const restricted = await cli(['publish', restrictedTarball, '--registry', registry.url, '--dry-run'], oidc);
    expect(JSON.parse(restricted.report.outputs.commands ?? '[]')).toEqual([
      `npm publish ${restrictedTarball} --tag next --registry ${registry.url}`,
    ]);
  });

  it('dry-run reads the registry, prints the command, and publishes nothing', async () => {
    const { tarball } = await packed('dry-run-check');
    // In text, not only in --json: a dry run says it sent nothing, where it would publish, and the command.
    const { code, stdout } = await text(['publish', tarball, '--registry', registry.url, '--dry-run']);
    expect(code).toBe(0);
    expect(stdout).toContain(
      `→ dry run: nothing sent to ${registry.url}; dry-run-check@1.0.0 would get dist-tag next; would run:\n      npm publish ${tarball} --tag next --registry ${registry.url}\n`,
    );
    expect((await packument('dry-run-check')).status).toBe(404);
  });

  it('publishes the exact bytes under next; a re-run is a no-op; the token is never printed', async () => {
    const { tarball, manifest } = await packed('@acme/publish-check');
    const env = { NODE_AUTH_TOKEN: registry.token };
    const first = await cli(['publish', tarball, '--registry', registry.url], env);
    expect(first.code, first.stdout + first.stderr).toBe(0);
    expect(first.report.outputs).toMatchObject({
      published: 'published',
      tag: 'next',
      integrity: manifest.integrity,
      signatures: 'skipped',
    });
    expect(first.report.notes.join('\n')).toMatch(
      /npm audit signatures skipped: 127\.0\.0\.1:\d+ publishes no signing keys/,
    );
    const after = await packument('@acme/publish-check');
    expect(after.body.versions?.['1.0.0']?.dist.integrity).toBe(manifest.integrity);
    expect(after.body['dist-tags']?.next).toBe('1.0.0');
    const again = await text(['publish', tarball, '--registry', registry.url], env);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain(
      `→ already published: @acme/publish-check@1.0.0 is on ${registry.url} with the same integrity and dist-tag next; nothing done`,
    );
    expect(first.stdout + first.stderr).not.toContain(registry.token);
    expect(again.stdout).not.toContain(registry.token);
  });

  it('with a token and npm defaults the publish is sent from this process: no npm process, the note says so', async () => {
    const npm = await recordingNpm();
    const { tarball, manifest } = await packed('@acme/in-process-check');
    const run = await cli(['publish', tarball, '--registry', registry.url], {
      NODE_AUTH_TOKEN: registry.token,
      ...npm.env,
    });
    expect(run.code, run.stdout + run.stderr).toBe(0);
    expect((await packument('@acme/in-process-check')).body.versions?.['1.0.0']?.dist.integrity).toBe(
      manifest.integrity,
    );
    expect((await npm.calls()).filter((call) => call.argv[0] === 'publish')).toEqual([]);
    expect(run.report.notes.join('\n')).toMatch(/npm publish ran in this process: the request npm \d+\.\d+\.\d+ sends/);
  });

  it('what npm gets when npm publishes (npm config the kit does not read, here maxsockets): a scoped package with --access public, and the token only as ${NODE_AUTH_TOKEN} in a temporary npmrc outside the workspace', async () => {
    const npm = await recordingNpm();
    const { tarball, manifest } = await packed('@acme/access-check');
    const run = await cli(['publish', tarball, '--registry', registry.url], {
      NODE_AUTH_TOKEN: registry.token,
      npm_config_maxsockets: '4',
      ...npm.env,
    });
    expect(run.code, run.stdout + run.stderr).toBe(0);
    expect((await packument('@acme/access-check')).body.versions?.['1.0.0']?.dist.integrity).toBe(manifest.integrity);
    const publishes = (await npm.calls()).filter((call) => call.argv[0] === 'publish');
    // A scoped package is private by default on npmjs.com: without --access public its first publish fails (E402).
    expect(publishes.map((call) => call.argv)).toEqual([
      ['publish', tarball, '--tag', 'next', '--registry', registry.url, '--access', 'public'],
    ]);
    const [call] = publishes;
    // The npmrc npm read names the variable; the value reaches npm through its environment only.
    // (Checked for the token first: a failing comparison would print it.)
    expect(holdsPartOf(call?.npmrc ?? '', registry.token), 'the temporary npmrc holds the token').toBe(false);
    expect(call?.npmrc).toBe(`${registry.url.replace(/^http:/, '')}:_authToken=\${NODE_AUTH_TOKEN}\n`);
    // It lived outside the workspace and is gone once npm is done.
    expect(call?.userconfig?.startsWith(ROOT)).toBe(false);
    expect(existsSync(call?.userconfig as string)).toBe(false);
  });

  it('the same version with other bytes is an error that says to bump the version, and changes nothing', async () => {
    const env = { NODE_AUTH_TOKEN: registry.token };
    const { tarball } = await packed('bytes-check');
    expect((await cli(['publish', tarball, '--registry', registry.url], env)).code).toBe(0);
    const before = await packument('bytes-check');
    const dir = await example('bytes-check');
    await writeFile(path.join(dir, 'README.md'), '# changed\n');
    const out = await tempDir('publish-out-');
    const { report: packReport } = await cli(['pack', dir, '--out', out]);
    const { code, report } = await cli(
      ['publish', packReport.outputs.tarball as string, '--registry', registry.url],
      env,
    );
    expect(code).toBe(1);
    expect(report.findings).toMatchObject([
      { rule: 'publish/version-exists', fix: 'Bump the version and pack again.' },
    ]);
    expect(await packument('bytes-check')).toEqual(before);
  });

  it('without credentials it stops before touching the registry', async () => {
    const { tarball } = await packed('no-credentials-check');
    const { code, report } = await cli(['publish', tarball, '--registry', registry.url]);
    expect(code).toBe(1);
    expect(report.findings.map((f) => f.rule)).toEqual(['publish/no-credentials']);
    expect((await packument('no-credentials-check')).status).toBe(404);
  });

  it('publish runs the doctor first: a first publish with OIDC only, or a foreign repository.url, stops before the registry changes', async () => {
    const { tarball } = await packed('doctor-first-check');
    const oidcOnly = {
      GITHUB_ACTIONS: 'true',
      GITHUB_REPOSITORY: 'mcp-release-kit/mcp-release-kit',
      ACTIONS_ID_TOKEN_REQUEST_URL: 'http://127.0.0.1:9/token',
      ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'x',
      GITHUB_WORKFLOW_REF: 'mcp-release-kit/mcp-release-kit/.github/workflows/release.yml@refs/heads/main',
    };
    const first = await cli(['publish', tarball, '--registry', registry.url], oidcOnly);
    expect(first.code).toBe(1);
    expect(first.report.findings.map((f) => f.rule)).toEqual(['doctor/first-publish']);
    expect(first.report.findings[0]?.message).toContain('workflow file release.yml');
    const foreign = await cli(['publish', tarball, '--registry', registry.url], {
      GITHUB_ACTIONS: 'true',
      GITHUB_REPOSITORY: 'someone/else',
      NODE_AUTH_TOKEN: registry.token,
    });
    expect(foreign.code).toBe(1);
    expect(foreign.report.findings.map((f) => f.rule)).toContain('doctor/repository-url');
    expect((await packument('doctor-first-check')).status).toBe(404);
  });

  it('doctor: reads the registry, names the credential, flags an .npmrc token without printing it', async () => {
    const dir = await example('doctor-check');
    await writeFile(path.join(dir, '.npmrc'), `//registry.example/:_authToken=npm_${'q'.repeat(4)}SecretTokenValue\n`);
    const { code, report, stdout } = await cli(['doctor', dir, '--registry', registry.url], {
      NODE_AUTH_TOKEN: registry.token,
    });
    expect(report.outputs).toMatchObject({
      'auth-mode': 'token',
      'package-exists': 'false',
      'promote-credential': 'NODE_AUTH_TOKEN',
    });
    expect(report.findings).toMatchObject([
      { rule: 'doctor/npmrc-token', severity: 'warning', file: '.npmrc', line: 1 },
    ]);
    // With OIDC only, the table says promote cannot move dist-tags.
    const oidcOnly = await cli(['doctor', dir, '--registry', registry.url], {
      GITHUB_ACTIONS: 'true',
      ACTIONS_ID_TOKEN_REQUEST_URL: 'http://127.0.0.1:9/token',
      ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'x',
    });
    expect(oidcOnly.report.outputs['promote-credential']).toBe('none');
    expect(oidcOnly.report.packages[0]?.tables?.[0]?.rows[1]).toEqual([
      'promote, rollback (dist-tag, deprecate)',
      'none',
      'no: OIDC cannot run dist-tag or deprecate; set NPM_PROMOTE_TOKEN',
    ]);
    expect(stdout).not.toContain('SecretTokenValue');
    expect(stdout).not.toContain(registry.token);
    expect(code).toBe(0);
  });

  it('the dist-tag is the one asked for; the same bytes under another tag only move that tag', async () => {
    const { tarball } = await packed('tag-check');
    const env = { NODE_AUTH_TOKEN: registry.token };
    const beta = await text(['publish', tarball, '--registry', registry.url, '--tag', 'beta'], env);
    expect(beta.code).toBe(0);
    // Outside GitHub Actions there is no OIDC identity: no provenance.
    expect(beta.stdout).toContain(`→ published tag-check@1.0.0 to ${registry.url} with dist-tag beta (provenance: no)`);
    expect((await packument('tag-check')).body['dist-tags']).toMatchObject({ beta: '1.0.0' });
    const retag = await text(['publish', tarball, '--registry', registry.url, '--tag', 'canary'], env);
    expect(retag.stdout).toContain(
      `→ already published: tag-check@1.0.0 is on ${registry.url} with the same integrity; only dist-tag canary was moved to it`,
    );
    expect((await packument('tag-check')).body['dist-tags']).toMatchObject({ beta: '1.0.0', canary: '1.0.0' });
    const badTag = await runNode(CLI, ['publish', tarball, '--tag', 'v1.0'], { env });
    expect(badTag.code).toBe(2);
    expect(badTag.stderr).toMatch(/--tag.*dist-tag/);
  });

  it('a registry that is down: a clear error after the retries, nothing else attempted', async () => {
    const { tarball } = await packed('down-check');
    const started = Date.now();
    const run = await cli(['publish', tarball, '--registry', 'http://127.0.0.1:9/'], {
      NODE_AUTH_TOKEN: registry.token,
    });
    expect(run.code).toBe(1);
    expect(run.report.findings.map((f) => f.rule)).toEqual(['publish/registry-unreachable']);
    expect(run.report.findings[0]?.message).toMatch(
      /cannot read down-check from http:\/\/127\.0\.0\.1:9\/: .*(ECONNREFUSED|fetch failed)/,
    );
    expect(Date.now() - started).toBeGreaterThan(700); // the retries waited (250 ms, 500 ms backoff)
    expect(run.report.outputs.published).toBeUndefined();
  });

  it('a wrong token: a clear error, the token not in any output, nothing published', async () => {
    const { tarball } = await packed('wrong-token-check');
    const wrong = 'npm_WrongTokenValue0000000000000000000000';
    const run = await cli(['publish', tarball, '--registry', registry.url], { NODE_AUTH_TOKEN: wrong });
    expect(run.code).toBe(1);
    const finding = run.report.findings.find(
      (f) => f.rule === 'publish/failed' || f.rule === 'publish/registry-unreachable',
    );
    expect(finding?.message).toMatch(/401|403|E401|E403|auth/i);
    expect(run.stdout + run.stderr).not.toContain(wrong);
    expect((await packument('wrong-token-check')).status).toBe(404);
  });

  it('a 503 on the first upload is retried and the version lands once', async () => {
    // A loopback proxy in front of the registry that fails the first PUT.
    let failed = 0;
    const proxy = await startProxy((req, res) => {
      if (req.method !== 'PUT' || failed > 0) return false;
      failed += 1;
      req.resume();
      res.writeHead(503).end('try again');
      return true;
    });
    try {
      const { tarball, manifest } = await packed('retry-check');
      const { code, report } = await cli(['publish', tarball, '--registry', proxy.url], {
        NODE_AUTH_TOKEN: registry.token,
      });
      expect(code, JSON.stringify(report.findings)).toBe(0);
      expect(failed).toBe(1);
      expect((await packument('retry-check')).body.versions?.['1.0.0']?.dist.integrity).toBe(manifest.integrity);
    } finally {
      await proxy.stop();
    }
  });

  it('stage: npm stage publish hands back a stage id to approve; a re-run says it is already staged; nothing is installable', async () => {
    // npm's staging endpoint (POST /-/stage/package/<name>) in front of Verdaccio, which has none.
    const staged = new Map<string, string>();
    const proxy = await startProxy((req, res) => {
      const match = /^\/-\/stage\/package\/(.+)$/.exec(req.url ?? '');
      if (req.method !== 'POST' || !match) return false;
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', () => {
        const body = JSON.parse(Buffer.concat(chunks).toString()) as { versions: Record<string, unknown> };
        const key = `${decodeURIComponent(match[1] as string)}@${Object.keys(body.versions)[0] as string}`;
        if (staged.has(key))
          return void res
            .writeHead(409, { 'content-type': 'application/json' })
            .end(JSON.stringify({ error: 'this version is already staged' }));
        staged.set(key, randomUUID());
        res.writeHead(201, { 'content-type': 'application/json' }).end(JSON.stringify({ stageId: staged.get(key) }));
      });
      return true;
    });
    try {
      const { tarball } = await packed('stage-check');
      const env = { NODE_AUTH_TOKEN: registry.token };
      const first = await cli(['publish', tarball, '--registry', proxy.url, '--stage'], env);
      expect(first.code, JSON.stringify(first.report.findings)).toBe(0);
      expect(first.report.outputs).toMatchObject({ published: 'staged', 'stage-id': staged.get('stage-check@1.0.0') });
      expect(first.report.notes.join('\n')).toContain(`npm stage approve ${staged.get('stage-check@1.0.0') as string}`);
      expect(JSON.parse(first.report.outputs.commands ?? '[]')[0]).toMatch(/^npm stage publish .* --tag next/);
      const again = await cli(['publish', tarball, '--registry', proxy.url, '--stage'], env);
      expect(again.code, JSON.stringify(again.report.findings)).toBe(0);
      expect(again.report.outputs.published).toBe('already-staged');
      // The same outcomes in words (what the text report prints first for the package).
      expect(first.report.packages[0]?.outcome).toEqual([
        `staged stage-check@1.0.0 on ${proxy.url} for dist-tag next (provenance: no); not installable until a maintainer runs \`npm stage approve ${staged.get('stage-check@1.0.0') as string}\``,
      ]);
      expect(again.report.packages[0]?.outcome).toEqual([
        `already staged: stage-check@1.0.0 waits for approval on ${proxy.url} for dist-tag next; nothing sent`,
      ]);
      expect(staged.size).toBe(1);
      expect((await packument('stage-check')).status).toBe(404);
    } finally {
      await proxy.stop();
    }
  });
});

/** A loopback proxy to the registry; `intercept` answers a request itself by returning true. */
async function startProxy(
  intercept: (req: IncomingMessage, res: ServerResponse) => boolean,
): Promise<{ url: string; stop(): Promise<void> }> {
  const proxy: Server = createServer((req, res) => {
    if (intercept(req, res)) return;
    const target = new URL(req.url ?? '/', registry.url);
    const upstream = request(target, { method: req.method, headers: { ...req.headers, host: target.host } }, (up) => {
      res.writeHead(up.statusCode ?? 502, up.headers);
      up.pipe(res);
    });
    req.pipe(upstream);
  });
  await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(proxy.address() as AddressInfo).port}/`,
    stop: () => new Promise<void>((resolve) => proxy.close(() => resolve())),
  };
}

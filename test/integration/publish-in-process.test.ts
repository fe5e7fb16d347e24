import { execFileSync } from 'node:child_process';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemClock } from '../../src/adapters/clock.js';
import { createNpmCli, installedNpmVersion } from '../../src/adapters/npm-cli.js';
import { npmInvocation } from '../../src/adapters/npm.js';
import { digestsOf } from '../../src/release/integrity.js';
import { publishSteps } from '../../src/release/publish-plan.js';
import { publishRoute } from '../../src/release/publish-route.js';
import { tempDir } from '../helpers/temp.js';

/**
 * The in-process publish against its oracle, the npm CLI: each package below is
 * packed by npm, then published twice to a registry that records the request,
 * once by running npm (the kit's npm path, NpmCli.runWithRetries) and once from
 * this process (NpmCli.publishInProcess). The documents must be the same, field
 * by field: the manifest pacote reads from the tarball (readme, bugs, homepage,
 * bin, types, scripts npm derives from the files), dist, dist-tags, access and
 * the attachment. The registry's refusals must read the same too.
 */

const TOKEN = 'npm_publishInProcessTestToken000000000000';

interface Recorded {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
  body: Record<string, unknown> | undefined;
}

/** A registry that knows no package (GET 404) and answers every PUT with `answer` (201 by default), keeping what it got. */
async function recordingRegistry(): Promise<{
  url: string;
  puts: Recorded[];
  answer: { status: number; body: string; headers?: Record<string, string> };
  stop(): Promise<void>;
}> {
  const puts: Recorded[] = [];
  const state = {
    answer: { status: 201, body: '{"ok":"created"}' } as {
      status: number;
      body: string;
      headers?: Record<string, string>;
    },
  };
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      if (req.method === 'GET') {
        res.writeHead(404, { 'content-type': 'application/json' }).end('{"error":"not found"}');
        return;
      }
      const text = Buffer.concat(chunks).toString('utf8');
      puts.push({
        method: req.method ?? '',
        url: req.url ?? '',
        headers: req.headers,
        body: text ? (JSON.parse(text) as Record<string, unknown>) : undefined,
      });
      const { status, body, headers } = state.answer;
      res.writeHead(status, { 'content-type': 'application/json', ...headers }).end(body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`,
    puts,
    get answer() {
      return state.answer;
    },
    set answer(value) {
      state.answer = value;
    },
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** A package folder from files (package.json given as an object), packed by npm: the tarball's absolute path. */
async function npmPacked(files: Record<string, string | object>): Promise<string> {
  const dir = await tempDir('publish-in-process-pkg-');
  for (const [file, content] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(dir, file)), { recursive: true });
    await writeFile(path.join(dir, file), typeof content === 'string' ? content : JSON.stringify(content, null, 2));
  }
  const out = await tempDir('publish-in-process-out-');
  execFileSync('npm', ['pack', '--ignore-scripts', '--pack-destination', out], { cwd: dir, stdio: 'ignore' });
  const [tgz] = await readdir(out);
  return path.join(out, tgz as string);
}

const PACKAGES: Record<string, Record<string, string | object>> = {
  // The example's shape: a bin, a repository with a directory (npm derives bugs and homepage), a README.
  'a server with a bin and a README': {
    'package.json': {
      name: 'oracle-hello',
      version: '1.0.0',
      description: 'An MCP server',
      type: 'module',
      bin: { 'oracle-hello': 'index.js' },
      files: ['index.js'],
      repository: { type: 'git', url: 'git+https://github.com/acme/oracle.git', directory: 'packages/hello' },
      engines: { node: '>=18' },
      license: 'MIT',
      dependencies: { '@modelcontextprotocol/sdk': '^1.32.0' },
    },
    'index.js': '#!/usr/bin/env node\nconsole.error("hello");\n',
    'README.md': '# oracle-hello\n\nAn MCP server.\n',
  },
  // Scoped, so the kit adds --access public; a bin as a string, npm names it after the package.
  'a scoped package with a string bin, shorthand repository, funding and AUTHORS': {
    'package.json': {
      name: '@acme/oracle-scoped',
      version: '2.3.4-rc.1',
      bin: 'cli.js',
      repository: 'github:acme/oracle-scoped',
      funding: 'https://example.com/fund',
      license: 'Apache-2.0',
    },
    'cli.js': '#!/usr/bin/env node\n',
    AUTHORS: 'Ada Lovelace <ada@example.com>\nGrace Hopper\n',
    'readme.markdown': 'lowercase readme, another extension\n',
  },
  // Files npm reads into the manifest: index.d.ts beside main (types), server.js (scripts.start),
  // binding.gyp (scripts.install and gypfile), a man page folder (man).
  'files that npm turns into fields': {
    'package.json': {
      name: 'oracle-derived',
      version: '0.1.0',
      main: 'index.js',
      directories: { man: './man' },
      publishConfig: { access: 'public' },
    },
    'index.js': 'module.exports = 1;\n',
    'index.d.ts': 'export {};\n',
    'server.js': 'require("http");\n',
    'binding.gyp': '{ "targets": [] }\n',
    'man/oracle-derived.1': '.TH ORACLE 1\n',
  },
  // publishConfig.access restricted on a scoped package: npm sends access "restricted".
  'a restricted scoped package without description or readme': {
    'package.json': { name: '@acme/oracle-restricted', version: '1.0.0', publishConfig: { access: 'restricted' } },
    'index.js': '',
  },
};

let registry: Awaited<ReturnType<typeof recordingRegistry>>;
let npmVersion: string;
const npmCli = createNpmCli(process.env, systemClock);
beforeAll(async () => {
  registry = await recordingRegistry();
  const { command, args } = npmInvocation(process.env, process.platform, process.execPath);
  npmVersion =
    (await installedNpmVersion(command, args, process.env)) ?? execFileSync('npm', ['--version']).toString().trim();
});
afterAll(async () => registry.stop());

/** The npm argv publish-plan makes for this tarball, and the route publish takes for it. */
function plan(tarball: string, manifest: Record<string, unknown>) {
  const [step] = publishSteps({
    name: String(manifest.name),
    version: String(manifest.version),
    tarball,
    tag: 'next',
    registry: registry.url,
    stage: false,
    restricted: (manifest.publishConfig as { access?: string } | undefined)?.access === 'restricted',
    provenanceArgs: [],
    published: false,
    distTags: {},
  });
  const route = publishRoute({
    args: step?.args ?? [],
    registry: registry.url,
    hasToken: true,
    oidc: false,
    npmVersion,
    manifest,
    env: {},
    configFiles: [],
  });
  return { args: step?.args ?? [], route };
}

/** The kit's in-process publish of `tarball` to the recording registry, checked by its current bytes. */
async function publishInProcess(tarball: string, access: 'public' | 'restricted' | null, integrity?: string) {
  return npmCli.publishInProcess(
    {
      tarball,
      integrity: integrity ?? digestsOf(await readFile(tarball)).integrity,
      registry: registry.url,
      tag: 'next',
      access,
      token: TOKEN,
      npmVersion,
    },
    { landed: async () => false },
  );
}

describe('the in-process publish sends what npm sends', () => {
  for (const [title, files] of Object.entries(PACKAGES))
    it(title, async () => {
      const tarball = await npmPacked(files);
      const manifest = files['package.json'] as Record<string, unknown>;
      const { args, route } = plan(tarball, manifest);
      expect(route.inProcess, JSON.stringify(route)).toBe(true);
      if (!route.inProcess) return;
      registry.puts.length = 0;
      const byNpm = await npmCli.runWithRetries(args, {
        registry: registry.url,
        token: TOKEN,
        landed: async () => false,
      });
      expect(byNpm.ok, JSON.stringify(byNpm)).toBe(true);
      const inProcess = await publishInProcess(tarball, route.access);
      expect(inProcess).toEqual({ ok: true, stdout: '' });
      const [npmPut, ourPut] = registry.puts;
      expect(registry.puts).toHaveLength(2);
      expect(ourPut?.method).toBe(npmPut?.method);
      expect(ourPut?.url).toBe(npmPut?.url);
      expect(ourPut?.body).toEqual(npmPut?.body);
      for (const header of ['authorization', 'content-type', 'npm-command', 'npm-auth-type'])
        expect(ourPut?.headers[header], header).toBe(npmPut?.headers[header]);
      expect(ourPut?.headers['user-agent']).toMatch(new RegExp(`^npm/${npmVersion} node/${process.version} `));
    });
});

describe("the registry's refusals read as npm's", () => {
  const cases: [string, { status: number; body: string; headers?: Record<string, string> }][] = [
    ['409: the version is there', { status: 409, body: '{"error":"cannot modify pre-existing version"}' }],
    ['403: no rights to the name', { status: 403, body: '{"error":"You do not have permission to publish \\"x\\"."}' }],
    ['404: the scope does not exist', { status: 404, body: '{"error":"Scope not found"}' }],
  ];
  for (const [title, answer] of cases)
    it(title, async () => {
      const tarball = await npmPacked(PACKAGES['a server with a bin and a README'] as Record<string, string | object>);
      const { args, route } = plan(tarball, { name: 'oracle-hello', version: '1.0.0' });
      if (!route.inProcess) throw new Error('expected the in-process route');
      registry.answer = answer;
      try {
        const byNpm = await npmCli.runWithRetries(args, {
          registry: registry.url,
          token: TOKEN,
          landed: async () => false,
        });
        const inProcess = await publishInProcess(tarball, route.access);
        if (byNpm.ok || inProcess.ok) throw new Error('expected both to fail');
        // npm's code, then its summary of the response (status, method, URL, the registry's words); npm may add
        // its own advice after it (E403, E404), which the retry and conflict rules never read.
        const [code, summary] = inProcess.error.split(' | ');
        expect(code).toBe(`code E${answer.status}`);
        expect(byNpm.error.split(' | ')[0]).toBe(code);
        expect(byNpm.error).toContain(summary);
        expect(summary).toContain(JSON.parse(answer.body).error);
      } finally {
        registry.answer = { status: 201, body: '{"ok":"created"}' };
      }
    });

  it('a 2FA challenge: EOTP, saying what to use instead; not retried', async () => {
    const tarball = await npmPacked(PACKAGES['a server with a bin and a README'] as Record<string, string | object>);
    registry.answer = { status: 401, body: '{"error":"otp required"}', headers: { 'www-authenticate': 'OTP' } };
    registry.puts.length = 0;
    try {
      const byNpm = await npmCli.runWithRetries(['publish', tarball, '--tag', 'next', '--registry', registry.url], {
        registry: registry.url,
        token: TOKEN,
        landed: async () => false,
      });
      const npmPuts = registry.puts.length;
      const inProcess = await publishInProcess(tarball, null);
      expect(byNpm.ok || inProcess.ok).toBe(false);
      expect(!byNpm.ok && byNpm.error).toMatch(/EOTP/);
      expect(!inProcess.ok && inProcess.error).toMatch(/^code EOTP \| .*one-time password.*granular access token/);
      // One request each: a 2FA challenge is not worth another attempt.
      expect(registry.puts.length - npmPuts).toBe(npmPuts);
    } finally {
      registry.answer = { status: 201, body: '{"ok":"created"}' };
    }
  });
});

describe('what is sent is what was checked', () => {
  it('a tarball whose bytes changed after the check: an error naming both digests, nothing sent', async () => {
    const tarball = await npmPacked(PACKAGES['a server with a bin and a README'] as Record<string, string | object>);
    const checked = digestsOf(await readFile(tarball)).integrity;
    await writeFile(tarball, Buffer.concat([await readFile(tarball), Buffer.from('appended')]));
    registry.puts.length = 0;
    const outcome = await publishInProcess(tarball, null, checked);
    expect(outcome.ok).toBe(false);
    expect(!outcome.ok && outcome.error).toContain(`changed after it was checked`);
    expect(!outcome.ok && outcome.error).toContain(checked);
    expect(registry.puts).toEqual([]);
  });

  it('a tarball gone since the check: an error naming it, nothing sent', async () => {
    const missing = path.join(await tempDir('publish-in-process-gone-'), 'gone-1.0.0.tgz');
    registry.puts.length = 0;
    const outcome = await publishInProcess(missing, null, 'sha512-checked');
    expect(outcome).toEqual({ ok: false, error: expect.stringContaining(`cannot read ${missing}`) });
    expect(registry.puts).toEqual([]);
  });

  it('a 503 is retried with the same request: the document is built once and sent again byte for byte', async () => {
    const tarball = await npmPacked(PACKAGES['a server with a bin and a README'] as Record<string, string | object>);
    registry.puts.length = 0;
    let failures = 1;
    const answers = registry.answer;
    registry.answer = { status: 503, body: '{"error":"try again"}' };
    const outcome = npmCli.publishInProcess(
      {
        tarball,
        integrity: digestsOf(await readFile(tarball)).integrity,
        registry: registry.url,
        tag: 'next',
        access: null,
        token: TOKEN,
        npmVersion,
      },
      {
        // After the first refusal the registry takes it.
        landed: async () => {
          if (failures-- > 0) registry.answer = answers;
          return false;
        },
      },
    );
    expect(await outcome).toEqual({ ok: true, stdout: '' });
    expect(registry.puts).toHaveLength(2);
    expect(registry.puts[1]?.body).toEqual(registry.puts[0]?.body);
  });
});

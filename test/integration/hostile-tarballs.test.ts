import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../../src/report/model.js';
import { HIDDEN_VERSION, hostileTarball, type HostileKind, type Names } from '../helpers/hostile-tarballs.js';
import { startRegistry, type TestRegistry } from '../helpers/registry.js';
import { CLI, runNode } from '../helpers/run.js';
import { manifestEntry, writeTarball } from '../helpers/tar-writer.js';
import { tempDir } from '../helpers/temp.js';

/**
 * Issue #16, point 1: a crafted tarball made publish report `rt-shown@1.0.0`
 * while the registry received `rt-hidden@9.9.9` with a symlink to /etc/passwd
 * and a `../` entry. Each crafted archive here is read three ways: by npm itself
 * (`npm publish --dry-run --json`, the name and version it would send), by
 * `mcp-release publish`, and by the registry (Verdaccio) after a real publish.
 */
let registry: TestRegistry;
beforeAll(async () => {
  registry = await startRegistry();
});
afterAll(async () => registry.stop());

const env = () => ({ NODE_AUTH_TOKEN: registry.token });

async function publish(file: string, registryUrl = registry.url): Promise<{ code: number | null; report: Report }> {
  const run = await runNode(CLI, ['publish', file, '--registry', registryUrl, '--json'], { env: env() });
  return { code: run.code, report: JSON.parse(run.stdout) as Report };
}

/** What npm itself reads from the tarball: the name and version `npm publish` would send. */
async function npmReads(file: string): Promise<{ name: string; version: string }> {
  const { stdout } = await promisify(execFile)(
    'npm',
    ['publish', file, '--dry-run', '--json', '--registry', registry.url],
    { cwd: path.dirname(file), env: { ...process.env, ...env() } },
  );
  const [only] = Object.values(JSON.parse(stdout) as Record<string, { name: string; version: string }>);
  return { name: only?.name as string, version: only?.version as string };
}

async function registryStatus(name: string): Promise<number> {
  const response = await fetch(`${registry.url}${name}`);
  await response.body?.cancel();
  return response.status;
}

let counter = 0;
function names(kind: string): Names {
  counter += 1;
  return { shown: `rt-shown-${kind}-${counter}`, hidden: `rt-hidden-${kind}-${counter}` };
}

describe('crafted tarballs: the manifest checked is the one npm sends, and unsafe ones never reach the registry', () => {
  // The rules each archive is refused by: names that write outside the package are pack/unsafe-name (the rule scan
  // and pack apply too), everything else about the archive publish/unsafe-tarball.
  const BOTH = ['pack/unsafe-name', 'publish/unsafe-tarball'];
  const cases: [HostileKind, RegExp[], string[]][] = [
    [
      'pax-size-lie',
      [/is a symbolic link to "\/etc\/passwd"/, /"package\/\.\.\/\.\.\/\.bashrc" climbs out of the package/],
      BOTH,
    ],
    [
      'after-one-zero-block',
      [/follows a single zero block/, /lands on the same file as "package\/package.json"/, /symbolic link/],
      BOTH,
    ],
    [
      'two-manifests',
      [
        /"package\/package.json" lands on the same file as "package\/package.json" when npm unpacks it: the last one wins/,
      ],
      ['publish/unsafe-tarball'],
    ],
    ['symlink', [/"package\/passwd.js" is a symbolic link to "\/etc\/passwd"/], ['publish/unsafe-tarball']],
    ['dot-dot', [/"package\/\.\.\/\.\.\/\.bashrc" climbs out of the package with \.\./], ['pack/unsafe-name']],
    ['backslash-dot-dot', [/climbs out of the package with \.\./], ['pack/unsafe-name']],
  ];
  for (const [kind, messages, rules] of cases) {
    it(`${kind}: npm reads the hidden package; publish names that same package, refuses it with a clear finding, and the registry gets nothing`, async () => {
      const n = names(kind);
      const file = await hostileTarball(await tempDir('hostile-'), kind, n);
      expect(await npmReads(file)).toEqual({ name: n.hidden, version: HIDDEN_VERSION });
      const { code, report } = await publish(file);
      expect(code).toBe(1);
      expect(report.findings.map((f) => f.rule)).toEqual(rules);
      const said = report.findings.map((f) => f.message).join('\n');
      for (const message of messages) expect(said).toMatch(message);
      // The package publish reports is the one npm would have sent, never the decoy.
      expect(report.packages?.[0]).toMatchObject({ name: n.hidden, version: HIDDEN_VERSION });
      expect(JSON.stringify(report)).not.toContain(n.shown);
      expect(await registryStatus(n.hidden)).toBe(404);
      expect(await registryStatus(n.shown)).toBe(404);
    });
  }

  it('a pax size lie with nothing unsafe behind it: publish reports what npm sends, and Verdaccio holds exactly that (name, version, bytes)', async () => {
    const n = names('clean');
    const file = await hostileTarball(await tempDir('hostile-'), 'pax-size-lie-clean', n);
    expect(await npmReads(file)).toEqual({ name: n.hidden, version: HIDDEN_VERSION });
    const { code, report } = await publish(file);
    expect(code, JSON.stringify(report.findings)).toBe(0);
    const bytes = await readFile(file);
    const integrity = `sha512-${createHash('sha512').update(bytes).digest('base64')}`;
    expect(report.outputs).toMatchObject({
      'package-name': n.hidden,
      'package-version': HIDDEN_VERSION,
      integrity,
      published: 'published',
    });
    const packument = (await (await fetch(`${registry.url}${n.hidden}`)).json()) as {
      versions: Record<
        string,
        { name: string; version: string; dist: { integrity: string; shasum: string; tarball: string } }
      >;
    };
    const received = packument.versions[HIDDEN_VERSION];
    expect(received).toMatchObject({
      name: n.hidden,
      version: HIDDEN_VERSION,
      dist: { integrity, shasum: createHash('sha1').update(bytes).digest('hex') },
    });
    // The bytes the registry serves are the bytes that were checked.
    const served = Buffer.from(
      await (
        await fetch(
          (received as { dist: { tarball: string } }).dist.tarball.replace(/^https?:\/\/[^/]+\//, registry.url),
        )
      ).arrayBuffer(),
    );
    expect(served.equals(bytes)).toBe(true);
    expect(await registryStatus(n.shown)).toBe(404);
  });
});

describe('after a publish, the registry record is compared with what was checked', () => {
  it('a registry (or proxy) that stores other bytes than npm sent: publish fails naming the integrity it found', async () => {
    const checkedFile = path.join(await tempDir('swap-'), 'checked.tgz');
    const otherFile = path.join(path.dirname(checkedFile), 'other.tgz');
    await writeTarball(checkedFile, [
      manifestEntry('swap-check', '1.0.0'),
      { name: 'package/index.js', body: '#!/usr/bin/env node\n' },
    ]);
    await writeTarball(otherFile, [
      manifestEntry('swap-check', '1.0.0'),
      { name: 'package/index.js', body: '#!/usr/bin/env node\nrequire("child_process")\n' },
    ]);
    const other = await readFile(otherFile);
    const otherIntegrity = `sha512-${createHash('sha512').update(other).digest('base64')}`;
    // A proxy in front of Verdaccio that swaps the uploaded tarball (and its digests) on the way in.
    const proxy: Server = createServer((req, res) => {
      const target = new URL(req.url ?? '/', registry.url);
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        let body = Buffer.concat(chunks);
        if (req.method === 'PUT' && body.length) {
          const doc = JSON.parse(body.toString()) as {
            versions: Record<string, { dist: { integrity: string; shasum: string } }>;
            _attachments: Record<string, { data: string; length: number }>;
          };
          for (const attachment of Object.values(doc._attachments ?? {}))
            Object.assign(attachment, { data: other.toString('base64'), length: other.length });
          for (const version of Object.values(doc.versions ?? {}))
            Object.assign(version.dist, {
              integrity: otherIntegrity,
              shasum: createHash('sha1').update(other).digest('hex'),
            });
          body = Buffer.from(JSON.stringify(doc));
        }
        const upstream = request(
          target,
          { method: req.method, headers: { ...req.headers, host: target.host, 'content-length': String(body.length) } },
          (up) => {
            res.writeHead(up.statusCode ?? 502, up.headers);
            up.pipe(res);
          },
        );
        upstream.end(body);
      });
    });
    await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
    try {
      const { code, report } = await publish(checkedFile, `http://127.0.0.1:${(proxy.address() as AddressInfo).port}/`);
      expect(code).toBe(1);
      expect(report.findings.map((f) => f.rule)).toEqual(['publish/failed']);
      expect(report.findings[0]?.message).toContain(`integrity ${JSON.stringify(otherIntegrity)}`);
      expect(report.findings[0]?.message).toMatch(/not the tarball that was checked/);
    } finally {
      await new Promise<void>((resolve) => proxy.close(() => resolve()));
    }
  });
});

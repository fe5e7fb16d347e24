import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NpmCli } from '../../src/adapters/npm-cli.js';
import type { InProcessPublish } from '../../src/adapters/registry-publish.js';
import type { NpmRegistry } from '../../src/adapters/registry-http.js';
import { publishCommand } from '../../src/commands/publish.js';
import { digestsOf } from '../../src/release/integrity.js';
import type { PackageState } from '../../src/release/registry.js';
import { lineLogger } from '../../src/ports/logger.js';
import { renderTerminal } from '../../src/report/terminal.js';
import { testContext } from '../helpers/context.js';

/**
 * publish's own logic (what it reads, decides and reports) with the npm
 * registry and the npm CLI replaced by fakes: no Verdaccio, no network, no
 * npm process. The tarball's bytes are a file in a temporary folder; the
 * tarball reader is a fake too, so they need not be a real archive.
 */
const NAME = '@acme/hello-mcp';
const VERSION = '1.2.0';
const BYTES = Buffer.from('the packed tarball');
const { integrity, shasum } = digestsOf(BYTES);

let dir: string;
let tarball: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'publish-ports-'));
  tarball = path.join(dir, 'acme-hello-mcp-1.2.0.tgz');
  await writeFile(tarball, BYTES);
});
afterAll(async () => rm(dir, { recursive: true, force: true }));

/** A registry that holds `state`; every read is recorded. */
function fakeRegistry(state: PackageState): NpmRegistry & { reads: string[] } {
  const reads: string[] = [];
  return {
    reads,
    packageState: async (registry, name) => {
      reads.push(`${registry}${name}`);
      return structuredClone(state);
    },
    // After a publish the registry lists what npm sent: these bytes.
    versionRecord: async (_registry, name, version) => ({ name, version, integrity, shasum }),
    probeVersion: () => async () => ({ served: true }),
    waitForVersion: async () => ({ served: true, attempts: 1, waitedMs: 0 }),
    signingKeys: async () => 'the fake registry publishes no signing keys',
    tokenExpiry: async () => ({ known: false, why: 'a fake registry has no token list' }),
  };
}

/** npm that succeeds at whatever it is asked and writes down the commands (and the publishes sent in-process). */
function fakeNpm(): NpmCli & { runs: string[][]; sent: InProcessPublish[] } {
  const runs: string[][] = [];
  const sent: InProcessPublish[] = [];
  return {
    runs,
    sent,
    runWithRetries: async (args) => {
      runs.push(args);
      return { ok: true, stdout: '' };
    },
    publishInProcess: async (request) => {
      sent.push(request);
      return { ok: true, stdout: '' };
    },
    configFiles: async () => [],
    pack: async () => ({ ok: false, error: 'not packing here' }),
    version: async () => '11.6.0',
    auditSignatures: async () => {
      throw new Error('no audit: nothing was published');
    },
  };
}

async function publish(state: PackageState, env: NodeJS.ProcessEnv = {}, options: Record<string, unknown> = {}) {
  const registry = fakeRegistry(state);
  const npm = fakeNpm();
  const lines: string[] = [];
  const base = testContext({ HOME: dir, ...env }, dir);
  const context = testContext({ HOME: dir, ...env }, dir, {
    log: lineLogger((line) => lines.push(line.replace(/: done in .+$/, ': done'))),
    adapters: {
      ...base.adapters,
      npmRegistry: registry,
      npmCli: npm,
      tarball: {
        inspectTarball: async () => ({ manifest: { name: NAME, version: VERSION }, entries: 2, unsafe: [] }),
        readTarballManifest: async () => ({ name: NAME, version: VERSION }),
        listTarballFiles: async () => [],
        readTarballOnce: async () => ({
          digests: digestsOf(BYTES),
          size: BYTES.length,
          inspection: { manifest: { name: NAME, version: VERSION }, entries: 2, unsafe: [] },
        }),
        tarballContents: async () => ({
          digests: digestsOf(BYTES),
          size: BYTES.length,
          manifest: { name: NAME, version: VERSION },
          files: [],
        }),
      },
    },
  });
  const input = publishCommand.inputSchema.parse({ tarball, ...options });
  const report = await publishCommand.run(input, context);
  // What a user reads without --json: the CLI prints exactly this.
  const text = renderTerminal(report, { color: false });
  return { report, registry, npm, lines, text };
}

describe('publish, with the registry and npm as fakes', () => {
  it('the same bytes already published and tagged: nothing runs, the report says already-published', async () => {
    const { report, registry, npm, text } = await publish({
      exists: true,
      versions: { [VERSION]: { integrity } },
      distTags: { latest: '1.1.0', next: VERSION },
    });
    expect(text).toContain(
      `→ already published: ${NAME}@${VERSION} is on https://registry.npmjs.org/ with the same integrity and dist-tag next; nothing done`,
    );
    expect(text).not.toContain('no findings');
    expect(report.ok).toBe(true);
    expect(report.findings).toEqual([]);
    expect(report.outputs).toMatchObject({
      'package-name': NAME,
      'package-version': VERSION,
      integrity,
      tag: 'next',
      published: 'already-published',
      commands: '[]',
    });
    expect(registry.reads).toEqual([`https://registry.npmjs.org/${NAME}`]);
    expect(npm.runs).toEqual([]);
  });

  it('the same bytes published, "next" elsewhere: only the dist-tag moves, nothing is published again', async () => {
    const { report, npm, text } = await publish(
      { exists: true, versions: { [VERSION]: { integrity } }, distTags: { latest: '1.1.0', next: '1.1.0' } },
      { NODE_AUTH_TOKEN: 'npm_fake-token-for-the-fake-registry' },
    );
    expect(report.ok).toBe(true);
    expect(text).toContain(
      `→ already published: ${NAME}@${VERSION} is on https://registry.npmjs.org/ with the same integrity; only dist-tag next was moved to it`,
    );
    expect(report.outputs.published).toBe('already-published');
    expect(npm.runs).toEqual([
      ['dist-tag', 'add', `${NAME}@${VERSION}`, 'next', '--registry', 'https://registry.npmjs.org/'],
    ]);
  });

  it('a new version: npm publishes it under "next", read back from the registry, each step said as it runs', async () => {
    const { report, npm, lines, text, registry } = await publish(
      { exists: true, versions: { '1.1.0': { integrity: 'sha512-older' } }, distTags: { latest: '1.1.0' } },
      { NODE_AUTH_TOKEN: 'npm_fake-token-for-the-fake-registry' },
    );
    expect(report.ok).toBe(true);
    // Outside GitHub Actions there is no OIDC identity to sign provenance with.
    expect(text).toContain(
      `→ published ${NAME}@${VERSION} to https://registry.npmjs.org/ with dist-tag next (provenance: no)`,
    );
    expect(text).toMatch(/note: npm audit signatures skipped: .*publishes no signing keys/);
    expect(report.outputs).toMatchObject({ published: 'published', signatures: 'skipped' });
    // One packument read: the doctor judges the one publish read (no second fetch).
    expect(registry.reads).toEqual([`https://registry.npmjs.org/${NAME}`]);
    // A token, no OIDC, no npm config: npm's request is sent from this process (publish-route.ts), no npm process.
    expect(npm.runs).toEqual([]);
    expect(npm.sent).toEqual([
      {
        tarball,
        integrity,
        registry: 'https://registry.npmjs.org/',
        tag: 'next',
        access: 'public',
        token: 'npm_fake-token-for-the-fake-registry',
        npmVersion: '11.6.0',
      },
    ]);
    expect(lines).toEqual([
      `publish ${NAME}@${VERSION} to next ...`,
      `publish ${NAME}@${VERSION} to next: done`,
      `read ${NAME}@${VERSION} back from https://registry.npmjs.org/ ...`,
      `read ${NAME}@${VERSION} back from https://registry.npmjs.org/: done`,
      `npm audit signatures of ${NAME}@${VERSION} ...`,
      `npm audit signatures of ${NAME}@${VERSION}: done`,
    ]);
  });

  it('other bytes under the same version: publish/version-exists, and npm is never run', async () => {
    const { report, npm, text } = await publish({
      exists: true,
      versions: { [VERSION]: { integrity: 'sha512-other' } },
      distTags: { next: VERSION },
    });
    expect(report.ok).toBe(false);
    expect(report.findings.map((f) => f.rule)).toEqual(['publish/version-exists']);
    expect(report.findings[0]?.message).toContain(`this tarball is ${integrity}`);
    expect(npm.runs).toEqual([]);
    expect(text).toContain(
      `→ not published: ${NAME}@${VERSION} was not published to https://registry.npmjs.org/ with dist-tag next (see the findings)`,
    );
  });

  it('a dry run says so, where, under which dist-tag, and the command it would run; npm never runs', async () => {
    const { report, npm, text } = await publish(
      { exists: true, versions: { '1.1.0': { integrity: 'sha512-older' } }, distTags: { latest: '1.1.0' } },
      {},
      { 'dry-run': true },
    );
    expect(report.outputs.published).toBe('dry-run');
    expect(npm.runs).toEqual([]);
    expect(text).toContain(
      `→ dry run: nothing sent to https://registry.npmjs.org/; ${NAME}@${VERSION} would get dist-tag next; would run:`,
    );
    expect(text).toContain(
      `    npm publish ${tarball} --tag next --registry https://registry.npmjs.org/ --access public`,
    );
  });
});

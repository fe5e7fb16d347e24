import { execFileSync } from 'node:child_process';
import { readdir, symlink } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/report/model.js';
import { CLI, runNode } from '../helpers/run.js';
import { manifestEntry, writeTarball } from '../helpers/tar-writer.js';
import { tempDir, writeTree } from '../helpers/temp.js';

/*
 * Issue #19, the security-scan policy, each point on a real package through the
 * built CLI (real npm pack, real git): pinning as the community's audit tools
 * draw it, only published files judged as published, install scripts that reach
 * the network, and one name rule for scan, pack and publish.
 */

/** `a\..\..\evil.js`: one harmless name on Linux, two folders up on Windows. */
const WINDOWS_CLIMB = 'a\\..\\..\\evil.js';
const SHA = '08c6903cd8c0fde910a37f88322edcfb5dd907a8';

const WORKFLOW = `on: push
permissions:
  contents: read
jobs:
  test:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
        with:
          persist-credentials: false
      - uses: someone/setup-tool@v1
      - uses: someone/other-tool@${SHA} # v2.0.0
      - run: npm test
`;

/** A package that publishes dist/ only, with links inside and outside it, a network postinstall and a Windows climb. */
async function fixture(config: string): Promise<string> {
  const dir = await tempDir('scan-policy-');
  await writeTree(dir, {
    'package.json': JSON.stringify(
      {
        name: 'scan-policy-fixture',
        version: '1.0.0',
        license: 'MIT',
        files: ['dist'],
        scripts: { postinstall: 'node dist/setup.js', prepare: 'tsc' },
      },
      null,
      2,
    ),
    'dist/index.js': 'module.exports = 1;\n',
    // Telemetry at install: the command line says nothing, the packed file it runs does.
    'dist/setup.js':
      "const https = require('node:https');\nhttps.request({ host: 'telemetry.example.com', method: 'POST' }).end(JSON.stringify({ v: process.version }));\n",
    [`dist/${WINDOWS_CLIMB}`]: 'module.exports = "climbs on Windows";\n',
    'scripts/build.sh': 'tsc\n',
    '.github/workflows/ci.yml': WORKFLOW,
    '.github/mcp-release.yml': config,
  });
  await symlink('/etc/hostname', path.join(dir, 'scripts', 'hostname.txt'));
  await symlink('/etc/hostname', path.join(dir, 'dist', 'hostname.txt'));
  execFileSync('git', ['init', '-q'], { cwd: dir });
  execFileSync('git', ['add', '-A'], { cwd: dir });
  return dir;
}

async function scan(dir: string): Promise<{ code: number | null; report: Report; stderr: string }> {
  const run = await runNode(CLI, ['scan', dir, '--json']);
  return {
    code: run.code,
    report: run.stdout ? (JSON.parse(run.stdout) as Report) : ({} as Report),
    stderr: run.stderr,
  };
}

const by = (report: Report, rule: string) => report.findings.filter((f) => f.rule === rule);

describe('security-scan policy on a real package', () => {
  it('default policy: actions/* by tag a warning, third-party an error; only dist/ judged; network postinstall an error; the Windows climb named', async () => {
    const dir = await fixture('scan:\n  audit: off\n');
    const { code, report } = await scan(dir);
    expect(code).toBe(1);

    // Pinning (zizmor unpinned-uses, Scorecard Pinned-Dependencies): the SHA-pinned one is fine.
    expect(by(report, 'workflow/unpinned-github-owned-uses').map((f) => [f.severity, f.line])).toEqual([
      ['warning', 8],
    ]);
    expect(by(report, 'workflow/unpinned-uses').map((f) => [f.severity, f.line])).toEqual([['error', 11]]);

    // Only what `files` publishes: the link in dist/ is reported, the one in scripts/ is not.
    expect(by(report, 'scan/symlink').map((f) => f.file)).toEqual(['dist/hostname.txt']);

    // The postinstall's packed file posts to a host: an error naming why; `prepare: tsc` is nothing (git installs only).
    expect(by(report, 'scan/install-script')).toEqual([]);
    expect(by(report, 'scan/install-script-network')).toEqual([
      expect.objectContaining({
        severity: 'error',
        file: 'package.json',
        message:
          '"postinstall" runs on every user\'s machine at install: node dist/setup.js; it dist/setup.js loads a networking module',
      }),
    ]);

    // The packed name that climbs out on Windows: one finding, the rule pack and publish refuse it by.
    expect(by(report, 'pack/unsafe-name')).toEqual([
      expect.objectContaining({
        severity: 'error',
        message: `a packed file name would write outside the package when extracted: ${JSON.stringify(`dist/${WINDOWS_CLIMB}`)} climbs out of the package with .. (separated by \\, as Windows reads it)`,
      }),
    ]);
  });

  it('scan.pinning: strict makes actions/* by tag an error; an allowed install script is a note naming the reason', async () => {
    const dir = await fixture(
      'scan:\n  audit: off\n  pinning: strict\n  installScripts:\n    allow:\n      - script: postinstall\n        reason: counts installs for the maintainers, documented in the README\n',
    );
    const { report } = await scan(dir);
    expect(by(report, 'workflow/unpinned-github-owned-uses').map((f) => f.severity)).toEqual(['error']);
    expect(by(report, 'scan/install-script-network')).toEqual([]);
    expect(by(report, 'scan/install-script-allowed')).toEqual([
      expect.objectContaining({
        severity: 'note',
        message: expect.stringMatching(
          /loads a networking module; allowed by scan\.installScripts: counts installs for the maintainers, documented in the README$/,
        ),
      }),
    ]);
  });

  it('an allowance without a reason is bad configuration: exit 2 naming the key', async () => {
    const dir = await fixture('scan:\n  installScripts:\n    allow:\n      - script: postinstall\n');
    const run = await runNode(CLI, ['scan', dir]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/scan\.installScripts\.allow\[0\]\.reason: a reason is required/);
  });
});

describe('one name rule for pack and publish', () => {
  it('pack refuses a folder whose file is named a\\..\\..\\evil.js: exit 1, pack/unsafe-name, no tarball, no manifest', async () => {
    const dir = await tempDir('pack-unsafe-');
    await writeTree(dir, {
      'package.json': JSON.stringify({ name: 'pack-unsafe', version: '1.0.0', license: 'MIT', main: 'index.js' }),
      'index.js': 'module.exports = 1;\n',
      [`lib/${WINDOWS_CLIMB}`]: 'x\n',
    });
    const run = await runNode(CLI, ['pack', dir, '--json']);
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout) as Report;
    expect(report.findings.map((f) => f.rule)).toEqual(['pack/unsafe-name']);
    expect(report.findings[0]?.message).toContain(
      `${JSON.stringify(`lib/${WINDOWS_CLIMB}`)} climbs out of the package`,
    );
    const left = await readdir(dir);
    expect(left.filter((f) => f.endsWith('.tgz') || f === 'release-manifest.json')).toEqual([]);
  });

  it('publish refuses a tarball with a backslash climb or a control character before it asks the registry anything', async () => {
    const dir = await tempDir('publish-unsafe-');
    const file = path.join(dir, 'unsafe.tgz');
    await writeTarball(file, [
      manifestEntry('publish-unsafe-names'),
      { name: 'package/index.js', body: '#!/usr/bin/env node\n' },
      { name: `package/${WINDOWS_CLIMB}`, body: 'x' },
      { name: 'package/lib/a\nb.js', body: 'x' },
    ]);
    // Nothing listens on port 9: a publish that asked the registry would say publish/registry-unreachable.
    const run = await runNode(CLI, ['publish', file, '--registry', 'http://127.0.0.1:9/', '--json'], {
      env: { NODE_AUTH_TOKEN: 'npm_unused' },
    });
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout) as Report;
    expect(report.findings.map((f) => f.rule)).toEqual(['pack/unsafe-name']);
    expect(report.findings[0]?.message).toContain(
      'climbs out of the package with .. (separated by \\, as Windows reads it)',
    );
    expect(report.findings[0]?.message).toContain('"package/lib/a\\nb.js" has a control character (U+000A)');
  });
});

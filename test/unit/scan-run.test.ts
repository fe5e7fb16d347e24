import { describe, expect, it } from 'vitest';
import { settingsForPackage } from '../../src/config/resolve.js';
import { configSchema } from '../../src/config/schema.js';
import { parseConfigText } from '../../src/config/load.js';
import {
  auditFindings,
  auditMode,
  linkFindings,
  lockFindings,
  ownRepository,
  secretFindings,
  secretScanPlan,
  tarballFindings,
  workflowTargets,
} from '../../src/scan/run.js';
import { actionlintFindings, workflowAudit } from '../../src/scan/workflow-findings.js';
import { publishedLinks, wouldPublish, type ScanFile } from '../../src/scan/files.js';

/**
 * The security scan's decisions over what the adapters read. Settings come
 * from a real configuration (`scan:` in .github/mcp-release.yml) through the
 * same resolution the commands use.
 */
const settings = (scan: Record<string, unknown> = {}) => settingsForPackage(configSchema.parse({ scan }), '.');

// A database URL with a password: found by its rule without any checksum. Put together at run time, so this
// file's own text holds no secret for the repository's self-scan to find.
const DB_PASSWORD = ['Zq8vW3', 'xPq1rT'].join('');
const LEAK = `const url = "${['postgres', '//app'].join(':')}:${DB_PASSWORD}@db.internal.example:5432/app";\n`;

const file = (path: string, published: boolean, tracked: boolean): ScanFile => ({ path, published, tracked });

describe('secret scan', () => {
  it('each finding names the file, line and where the secret would leak, with the secret redacted', () => {
    const files = [
      file('dist/index.js', true, false),
      file('src/db.ts', true, true),
      file('test/db.test.ts', false, true),
    ];
    const plan = secretScanPlan(files, settings());
    const reads = plan.targets.map((f) => ({ path: f.path, bytes: Buffer.from(`// header\n${LEAK}`) }));
    const findings = secretFindings(plan, reads);
    expect(findings.map((f) => [f.file, f.line, f.rule])).toEqual([
      ['dist/index.js', 2, 'secret/database-url'],
      ['src/db.ts', 2, 'secret/database-url'],
      ['test/db.test.ts', 2, 'secret/database-url'],
    ]);
    expect(findings.map((f) => f.message.split(', ').at(-1))).toEqual([
      'published in the npm tarball',
      'published in the npm tarball and tracked in git',
      'tracked in git (not published)',
    ]);
    for (const f of findings) expect(f.message).not.toContain(DB_PASSWORD);
  });

  it('scan.allowPaths skips files; scan.allowPatterns lets a matching secret through; skipped reads give nothing', () => {
    const files = [file('test/fixtures/db.ts', false, true), file('src/db.ts', true, true)];
    const plan = secretScanPlan(files, settings({ allowPaths: ['test/fixtures/**'] }));
    expect(plan.targets.map((f) => f.path)).toEqual(['src/db.ts']);
    expect(secretFindings(plan, [{ path: 'src/db.ts', skipped: 'too-large' }])).toEqual([]);

    const allowed = secretScanPlan(files, settings({ allowPatterns: ['^Zq8vW3'] }));
    expect(
      secretFindings(
        allowed,
        allowed.targets.map((f) => ({ path: f.path, bytes: Buffer.from(LEAK) })),
      ),
    ).toEqual([]);
  });

  it('the phi rule pack is off unless asked for; scan.maxFileSize sets the size limit (default 5 MB)', () => {
    const files = [file('data.csv', true, true)];
    const ids = (s: ReturnType<typeof settings>) => secretScanPlan(files, s).rules.map((r) => r.id);
    expect(ids(settings())).not.toContain('phi/us-ssn');
    expect(ids(settings({ rulePacks: ['phi'] }))).toContain('phi/us-ssn');
    expect(secretScanPlan(files, settings()).maxBytes).toBe(5_000_000);
    expect(secretScanPlan(files, settings({ maxFileSize: '1 MB' })).maxBytes).toBeLessThan(5_000_000);
  });
});

describe('tarballFindings', () => {
  it('install scripts, credential files, PEM files, git metadata and escaping paths, each named', () => {
    const findings = tarballFindings({ scripts: { postinstall: 'node setup.js' } }, [
      'index.js',
      '.env',
      '.env.example',
      'certs/ca.pem',
      '.npmrc',
      'vendor/lib/.git/config',
      '../outside.js',
    ]);
    expect(findings.map((f) => [f.rule, f.file])).toEqual([
      ['scan/install-script', 'package.json'],
      ['scan/forbidden-file', '.env'],
      ['scan/forbidden-file', 'certs/ca.pem'],
      ['scan/forbidden-file', '.npmrc'],
      ['scan/forbidden-file', 'vendor/lib/.git/config'],
      ['pack/unsafe-name', 'package.json'],
    ]);
    expect(findings[0]?.message).toBe('"postinstall" runs on every user\'s machine at install: node setup.js');
    expect(findings[1]?.message).toBe('.env would be published in the tarball');
    expect(findings.at(-1)?.message).toBe(
      'a packed file name would write outside the package when extracted: "../outside.js" climbs out of the package with ..',
    );
  });

  it('unsafe packed names: one pack/unsafe-name finding naming each (.. by / or \\, absolute, drive letter, control characters)', () => {
    const findings = tarballFindings({}, [
      'index.js',
      'a\\..\\..\\evil.js',
      '/etc/x',
      '\\x',
      'C:/x.js',
      'lib/a\nb.js',
      'lib/del\u007f.js',
      'lib/..hidden/ok.js',
    ]);
    expect(findings.map((f) => f.rule)).toEqual(['pack/unsafe-name']);
    expect(findings[0]?.message).toBe(
      '6 packed file names would write outside the package when extracted: ' +
        '"a\\\\..\\\\..\\\\evil.js" climbs out of the package with .. (separated by \\, as Windows reads it); ' +
        '"/etc/x" is an absolute path; "\\\\x" is an absolute path; "C:/x.js" is an absolute path (a drive letter); ' +
        '"lib/a\\nb.js" has a control character (U+000A); ...',
    );
  });

  it('a clean package: nothing', () => {
    expect(tarballFindings({ scripts: { build: 'tsc' } }, ['dist/index.js', 'README.md', '.env.sample'])).toEqual([]);
  });
});

describe('linkFindings', () => {
  it('each symbolic link is named, saying whether it leads out of the package', () => {
    expect(
      linkFindings([
        { file: 'docs', escapes: false },
        { file: 'secrets', escapes: true },
      ]).map((f) => f.message),
    ).toEqual([
      'docs is a symbolic link; npm leaves links out of the tarball',
      'secrets is a symbolic link to a path outside the package; npm leaves links out of the tarball',
    ]);
  });
});

describe('lockFindings', () => {
  const entry = (version: string, dev = false) => ({ version, hasInstallScript: true, ...(dev ? { dev } : {}) });

  it('one finding for the production dependencies with install scripts; dev ones do not count', () => {
    const lock = {
      packages: {
        'node_modules/sharp': entry('0.33.5'),
        'node_modules/esbuild': entry('0.24.0', true),
      },
    };
    expect(lockFindings(lock)).toEqual([
      {
        rule: 'scan/dependency-install-script',
        message: '1 production dependencies run install scripts: sharp@0.33.5',
        file: 'package-lock.json',
        line: 1,
      },
    ]);
    expect(lockFindings({ packages: { 'node_modules/esbuild': entry('0.24.0', true) } })).toEqual([]);
    expect(lockFindings(undefined)).toEqual([]);
  });

  it('names ten and says there are more', () => {
    const packages = Object.fromEntries(
      Array.from({ length: 12 }, (_, i) => [`node_modules/p${String(i).padStart(2, '0')}`, entry('1.0.0')]),
    );
    const [finding] = lockFindings({ packages });
    expect(finding?.message).toMatch(
      /^12 production dependencies run install scripts: p00@1\.0\.0, .*p09@1\.0\.0, \.\.\.$/,
    );
    expect(finding?.message).not.toContain('p10');
  });
});

describe('npm audit', () => {
  const vuln = (name: string, severity: 'low' | 'moderate' | 'high' | 'critical', fix = false) => ({
    name,
    severity,
    range: '<2.0.0',
    via: ['GHSA-xxxx-yyyy-zzzz', 'prototype pollution'],
    fixAvailable: fix,
  });

  it('off when configured off; without a lockfile it cannot run and says how to fix that', () => {
    expect(auditMode(settings({ audit: 'off' }), true)).toBe('off');
    expect(auditMode(settings(), true)).toBe('run');
    expect(auditMode(settings(), false)).toEqual({
      unavailable: 'no package-lock.json (npm audit needs a lockfile: run `npm install` and commit it)',
    });
    expect(auditFindings('off', undefined, settings(), true)).toEqual({ findings: [], state: 'off' });
  });

  it('cannot audit: one finding with the reason, on the lockfile or (without one) package.json', () => {
    const noLock = auditFindings(auditMode(settings(), false), undefined, settings(), false);
    expect(noLock.state).toBe('unavailable');
    expect(noLock.findings).toEqual([
      {
        rule: 'scan/audit-unavailable',
        message:
          'dependencies were not audited: no package-lock.json (npm audit needs a lockfile: run `npm install` and commit it)',
        file: 'package.json',
        line: 1,
      },
    ]);
    const failed = auditFindings('run', { ok: false, reason: 'ENOTFOUND registry.npmjs.org' }, settings(), true);
    expect(failed.findings[0]).toMatchObject({
      file: 'package-lock.json',
      message: expect.stringContaining('ENOTFOUND'),
    });
  });

  it('vulnerabilities at or above scan.auditLevel (default high) are findings, with advisories and the fix', () => {
    const outcome = {
      ok: true as const,
      vulnerabilities: [vuln('lodash', 'critical', true), vuln('minimist', 'moderate')],
    };
    const high = auditFindings('run', outcome, settings(), true);
    expect(high.state).toBe('vulnerable');
    expect(high.findings.map((f) => f.message)).toEqual([
      'lodash <2.0.0 has a critical vulnerability: GHSA-xxxx-yyyy-zzzz; prototype pollution (a fix is available: npm audit fix)',
    ]);
    expect(auditFindings('run', outcome, settings({ auditLevel: 'moderate' }), true).findings).toHaveLength(2);
    const onlyLow = { ok: true as const, vulnerabilities: [vuln('x', 'low')] };
    expect(auditFindings('run', onlyLow, settings(), true)).toEqual({ findings: [], state: 'ok' });
  });
});

describe('workflows', () => {
  it('workflow files and action metadata are the targets, not files elsewhere or in node_modules', () => {
    expect(
      workflowTargets([
        '.github/workflows/release.yml',
        '.github/workflows/ci.yaml',
        '.github/workflows/nested/x.yml',
        '.github/workflows/README.md',
        'action.yml',
        'setup/action.yaml',
        'node_modules/x/action.yml',
        'src/index.ts',
      ]),
    ).toEqual(['.github/workflows/release.yml', '.github/workflows/ci.yaml', 'action.yml', 'setup/action.yaml']);
  });

  it("the package's own repository is read from its manifest (its actions are first-party)", () => {
    expect(ownRepository({ repository: { type: 'git', url: 'git+https://github.com/acme/weather-mcp.git' } })).toBe(
      'acme/weather-mcp',
    );
    expect(ownRepository({ repository: 'github:acme/weather-mcp' })).toBe('acme/weather-mcp');
    expect(ownRepository({})).toBeUndefined();
    expect(ownRepository(undefined)).toBeUndefined();
  });

  const WORKFLOW = `on: pull_request
permissions:
  contents: read
jobs:
  check:
    runs-on: ubuntu-latest
    steps:
      - uses: acme/weather-mcp/.github/actions/setup@main
      - uses: someone/tool@v1
`;

  it("each file's problems name the file; unreadable files are skipped; only parsed workflows go to actionlint", () => {
    const { findings, forLint } = workflowAudit(
      [
        { path: '.github/workflows/ci.yml', text: WORKFLOW },
        { path: '.github/workflows/broken.yml', text: 'on: [push\njobs: {' },
        { path: '.github/workflows/gone.yml', text: undefined },
        { path: 'action.yml', text: 'name: x\nruns:\n  using: node20\n  main: index.js\n' },
      ],
      'acme/weather-mcp',
    );
    const unpinned = findings.filter((f) => f.rule === 'workflow/unpinned-uses');
    // the own repository's action is first-party; the third-party one must be pinned
    expect(unpinned).toHaveLength(1);
    expect(unpinned[0]).toMatchObject({ file: '.github/workflows/ci.yml', line: 9 });
    expect(unpinned[0]?.message).toContain('someone/tool@v1');
    const invalid = findings.filter((f) => f.rule === 'workflow/invalid-yaml');
    expect(invalid).toHaveLength(1);
    expect(invalid[0]?.file).toBe('.github/workflows/broken.yml');
    expect(invalid[0]?.message.startsWith('.github/workflows/broken.yml: ')).toBe(true);
    expect(forLint.map((f) => f.path)).toEqual(['.github/workflows/ci.yml']);
  });

  it('without the own repository, its action is third-party too', () => {
    const { findings } = workflowAudit([{ path: '.github/workflows/ci.yml', text: WORKFLOW }]);
    expect(findings.filter((f) => f.rule === 'workflow/unpinned-uses')).toHaveLength(2);
  });

  it("actionlint's results become findings with file, line and column, without its known false positive", () => {
    const results = [
      {
        path: '.github/workflows/ci.yml',
        message: 'shellcheck reported issue SC2086',
        line: 12,
        column: 9,
        kind: 'shellcheck',
      },
      {
        path: '.github/workflows/ci.yml',
        message: 'property "workflow_sha" is not defined in object type {container: {id: string}}',
        line: 20,
        column: 5,
        kind: 'expression',
      },
    ];
    expect(actionlintFindings(results)).toEqual([
      {
        rule: 'workflow/actionlint',
        message: '.github/workflows/ci.yml: shellcheck reported issue SC2086 [shellcheck]',
        file: '.github/workflows/ci.yml',
        line: 12,
        column: 9,
      },
    ]);
  });
});

/**
 * Only what npm publishes is judged as published: with `files`, what an entry
 * names or holds; npm always packs package.json, README, LICENSE and the main/bin
 * targets (https://docs.npmjs.com/cli/v11/configuring-npm/package-json#files).
 */
describe('publishedLinks: a link is judged only where npm publishes', () => {
  const links = (...files: string[]) => files.map((file) => ({ file, escapes: false }));

  it('files: ["dist"]: a link in dist/ is judged, one in scripts/ is not', () => {
    const manifest = { files: ['dist'] };
    expect(
      publishedLinks(links('scripts/setup.sh', 'dist/index.js', 'dist/sub/x.js', 'distill.js'), manifest, [
        'dist/cli.js',
        'package.json',
      ]).map((l) => l.file),
    ).toEqual(['dist/index.js', 'dist/sub/x.js']);
  });

  it('files entries as npm reads them: "./dist/", globs, negations; README, LICENSE, main and bin always', () => {
    const manifest = { files: ['./build/', 'lib/*.js', '!build/test'], main: './main.js', bin: { x: 'bin/x.js' } };
    expect(wouldPublish('build/a.js', manifest, [])).toBe(true);
    expect(wouldPublish('build/test/a.js', manifest, [])).toBe(false);
    expect(wouldPublish('lib/a.js', manifest, [])).toBe(true);
    expect(wouldPublish('lib/a.ts', manifest, [])).toBe(false);
    expect(wouldPublish('README.md', manifest, [])).toBe(true);
    expect(wouldPublish('LICENSE', manifest, [])).toBe(true);
    expect(wouldPublish('main.js', manifest, [])).toBe(true);
    expect(wouldPublish('bin/x.js', manifest, [])).toBe(true);
    expect(wouldPublish('docs/README.md', manifest, [])).toBe(false);
  });

  it('without files: a link in a folder npm publishes files from (.npmignore left the others out)', () => {
    const published = ['package.json', 'index.js', 'lib/a.js'];
    expect(publishedLinks(links('link.txt', 'lib/b.js', 'test/fixture.js'), {}, published).map((l) => l.file)).toEqual([
      'link.txt',
      'lib/b.js',
    ]);
  });
});

describe('scan settings in the config', () => {
  it('scan.pinning is default or strict; anything else names the key and the allowed values', () => {
    expect(parseConfigText('scan:\n  pinning: strict\n', 'c.yml').scan?.pinning).toBe('strict');
    expect(() => parseConfigText('scan:\n  pinning: loose\n', 'c.yml')).toThrow(
      /scan\.pinning: invalid value \(allowed: "default", "strict"\)/,
    );
  });

  it('scan.installScripts.allow: each entry names a lifecycle script and a reason (required, not blank)', () => {
    expect(
      parseConfigText(
        'scan:\n  installScripts:\n    allow:\n      - script: postinstall\n        reason: downloads our own binary, checked by sha256\n',
        'c.yml',
      ).scan?.installScripts?.allow,
    ).toEqual([{ script: 'postinstall', reason: 'downloads our own binary, checked by sha256' }]);
    expect(() =>
      parseConfigText('scan:\n  installScripts:\n    allow:\n      - script: postinstall\n', 'c.yml'),
    ).toThrow(/scan\.installScripts\.allow\[0\]\.reason: a reason is required/);
    expect(() =>
      parseConfigText(
        'scan:\n  installScripts:\n    allow:\n      - script: postinstall\n        reason: "  "\n',
        'c.yml',
      ),
    ).toThrow(/scan\.installScripts\.allow\[0\]\.reason: a reason is required/);
    expect(() =>
      parseConfigText('scan:\n  installScripts:\n    allow:\n      - script: build\n        reason: x\n', 'c.yml'),
    ).toThrow(/scan\.installScripts\.allow\[0\]\.script: invalid value \(allowed: "preinstall", "install"/);
  });
});

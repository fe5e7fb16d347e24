import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { commandNames } from '../../src/commands/registry.js';
import type { Report } from '../../src/report/model.js';
import { makePackage } from '../helpers/package-fixture.js';
import { CLI, runNode } from '../helpers/run.js';
import { tempDir, writeTree } from '../helpers/temp.js';

const noStack = (text: string): void => expect(text).not.toMatch(/\n\s+at /);

describe('mcp-release CLI (built bundle)', () => {
  it('validate --json prints the Report with kebab-case outputs; exit 0 on a clean package', async () => {
    const { dir } = await makePackage();
    const run = await runNode(CLI, ['validate', dir, '--json']);
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout) as Report;
    expect(report).toMatchObject({ command: 'validate-layout', ok: true, findings: [] });
    expect(report.outputs).toEqual({
      ok: 'true',
      'error-count': '0',
      'warning-count': '0',
      'note-count': '0',
      packages: JSON.stringify([{ name: '@acme/weather-mcp', version: '1.2.3', dir: '.', ok: true }]),
    });
    expect(Object.keys(report.timings)).toContain('total');
  });

  it('exit 1 with the finding on the terminal when a rule fails', async () => {
    const { dir } = await makePackage({ files: { 'dist/index.js': 'export {};\n' } });
    const run = await runNode(CLI, ['validate-layout', dir, '--no-color']);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('layout/bin-shebang');
    expect(run.stdout).toContain('dist/index.js:1:1');
    expect(run.stdout).toContain('fix: ');
  });

  it('an invalid package.json is a finding with line and column (exit 1), not a crash', async () => {
    const { dir } = await makePackage({ packageJsonText: '{\n  "name": "x",\n  "version": "1.0.0",\n}\n' });
    const run = await runNode(CLI, ['validate', dir, '--json']);
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout) as Report;
    expect(report.findings).toMatchObject([
      { rule: 'layout/package-json-invalid', file: 'package.json', line: 4, column: 1 },
    ]);
  });

  it('--fail-on decides which severities fail', async () => {
    const { dir } = await makePackage({ files: { 'README.md': null } });
    expect((await runNode(CLI, ['validate', dir])).code).toBe(0);
    expect((await runNode(CLI, ['validate', dir, '--fail-on', 'warning'])).code).toBe(1);
    const { dir: broken } = await makePackage({ manifest: (m) => void delete m.bin });
    expect((await runNode(CLI, ['validate', broken, '--fail-on', 'never'])).code).toBe(0);
  });

  it.each([
    [['validate', '/no/such/folder'], /directory "\/no\/such\/folder" does not exist/],
    [
      ['validate', '.', '--fail-on', 'fatal'],
      /--fail-on: invalid value "fatal" \(allowed: error, warning, note, never\)/,
    ],
    [['validate', '--frobnicate'], /unknown option '--frobnicate' \(allowed: --config, --fail-on, --json/],
    [
      ['frobnicate'],
      new RegExp(`unknown command "frobnicate" \\(allowed: ${escapeRegExp(commandNames().join(', '))}\\)`),
    ],
    [['validate', 'a', 'b'], /unexpected argument "b"/],
    [['validate', '.', '--config', 'missing.yml'], /missing\.yml: file not found/],
    [['publish'], /publish: TARBALL is required \(usage: mcp-release publish TARBALL \[options\]\)/],
  ])('bad usage %j: one clear line on stderr, exit 2', async (args, message) => {
    const run = await runNode(CLI, args);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stdout).toBe('');
    noStack(run.stderr);
  });

  it('a bad config file: exit 2, naming the file, line, key and what is allowed', async () => {
    const { dir } = await makePackage();
    await writeTree(dir, { '.github/mcp-release.yml': 'budgets:\n  tarballSize: 10 MB\n  tarbalSize: 1\n' });
    const run = await runNode(CLI, ['validate', dir]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(
      /mcp-release\.yml:3:\d+: budgets: unknown key "tarbalSize" \(allowed: tarballSize, unpackedSize, startupMs\)/,
    );
    noStack(run.stderr);
  });

  it('an invalid regular expression in scan.allowPatterns is a config error naming the key', async () => {
    const { dir } = await makePackage();
    await writeTree(dir, { '.github/mcp-release.yml': 'scan:\n  allowPatterns: ["(unclosed"]\n' });
    const run = await runNode(CLI, ['scan', dir]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/mcp-release\.yml:2:\d+: scan\.allowPatterns\[0\]: expected a valid regular expression/);
    noStack(run.stderr);
  });

  it('invalid YAML in the config: exit 2 with its position', async () => {
    const { dir } = await makePackage();
    await writeTree(dir, { '.github/mcp-release.yml': 'packages: [a\nrules: {}\n' });
    const run = await runNode(CLI, ['validate', dir]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/mcp-release\.yml:\d+:\d+: invalid YAML/);
  });

  it('a duplicate key is named with its position', async () => {
    const { dir } = await makePackage();
    await writeTree(dir, {
      '.github/mcp-release.yml': 'rules:\n  layout/bin-shebang: off\n  layout/bin-shebang: warning\n',
    });
    const run = await runNode(CLI, ['validate', dir]);
    expect(run.code).toBe(2);
    expect(run.stderr.trim()).toMatch(
      /mcp-release\.yml:3:3: invalid YAML: the key "layout\/bin-shebang" appears twice in one mapping/,
    );
  });

  it('hostile configs: /dev/zero is refused after 1 MB, 20,000 bad keys are a few lines (not 20,000, not quadratic)', async () => {
    const { dir } = await makePackage();
    const zero = await runNode(CLI, ['validate', dir, '--config', '/dev/zero']);
    expect(zero.code).toBe(2);
    expect(zero.stderr.trim()).toBe('mcp-release: /dev/zero: larger than 1,048,576 bytes; a config is a few kilobytes');
    const rules = `rules:\n${Array.from({ length: 20_000 }, (_, i) => `  no/such-rule-${i}: off\n`).join('')}`;
    const keys = Array.from({ length: 20_000 }, (_, i) => `stray${i}: 1\n`).join('');
    await writeTree(dir, { 'rules.yml': rules, 'keys.yml': keys });
    for (const [file, last] of [
      ['rules.yml', /rules\.yml: \.\.\. and 19950 more problem\(s\)$/],
      ['keys.yml', /unknown key "stray0", .*"stray9" and 19990 more \(allowed: /],
    ] as const) {
      const run = await runNode(CLI, ['validate', dir, '--config', path.join(dir, file)]);
      expect(run.code).toBe(2);
      expect(run.stderr.trim().split('\n').length).toBeLessThanOrEqual(51);
      expect(run.stderr.trim()).toMatch(last);
    }
  });

  it('--sarif writes a SARIF file next to the report', async () => {
    const { dir } = await makePackage({ manifest: (m) => void delete m.license });
    const out = path.join(await tempDir(), 'out.sarif');
    const run = await runNode(CLI, ['validate', dir, '--sarif', out]);
    expect(run.code).toBe(1);
    const sarif = JSON.parse(await readFile(out, 'utf8')) as { runs: { results: { ruleId: string }[] }[] };
    expect(sarif.runs[0]?.results.map((r) => r.ruleId)).toEqual(['layout/license-missing']);
  });

  it('--help, --version and no arguments', async () => {
    const help = await runNode(CLI, ['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('validate-layout (validate)');
    const commandHelp = await runNode(CLI, ['validate', '--help']);
    expect(commandHelp.stdout).toContain('--fail-on VALUE');
    const pkg = JSON.parse(await readFile(path.join(import.meta.dirname, '../../package.json'), 'utf8')) as {
      version: string;
    };
    expect((await runNode(CLI, ['--version'])).stdout.trim()).toBe(pkg.version);
    const bare = await runNode(CLI, []);
    expect(bare.code).toBe(2);
    expect(bare.stderr).toContain('Usage: mcp-release <command>');
  });
});

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

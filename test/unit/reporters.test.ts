import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import type { Ajv, Options } from 'ajv';
import { describe, expect, it } from 'vitest';
import { toAnnotations } from '../../src/report/annotations.js';
import type { Report } from '../../src/report/model.js';
import { toSarif } from '../../src/report/sarif.js';
import { renderSummary } from '../../src/report/summary.js';
import { renderTerminal } from '../../src/report/terminal.js';

// The SARIF schema is draft-04, which needs Ajv's draft-04 class (CommonJS).
const require = createRequire(import.meta.url);
const Ajv04 = require('ajv-draft-04') as new (options: Options) => Ajv;
const addFormats = require('ajv-formats') as (ajv: Ajv) => Ajv;

const report: Report = {
  command: 'validate-layout',
  ok: false,
  findings: [
    {
      rule: 'layout/bin-shebang',
      severity: 'error',
      message: 'bin "x" -> dist/index.js has no shebang',
      file: 'dist/index.js',
      line: 1,
      column: 1,
      fix: 'Add it.',
      package: 'x',
    },
    {
      rule: 'layout/readme-missing',
      severity: 'warning',
      message: 'no README | <img src=x onerror=alert(1)> **bold** ${{ secrets.X }}',
      file: 'package.json',
      package: 'x',
    },
    { rule: 'layout/server-json-missing', severity: 'note', message: 'no server.json', package: 'x' },
  ],
  outputs: { ok: 'false' },
  timings: { total: 1234 },
  packages: [],
  notes: [],
};
report.packages = [{ name: 'x', version: '1.0.0', dir: '.', ok: false, findings: report.findings }];

describe('SARIF 2.1.0', () => {
  const schema = JSON.parse(
    readFileSync(path.join(import.meta.dirname, '../fixtures/schemas/sarif-2.1.0-rtm.5.json'), 'utf8'),
  ) as object;
  const validateSarif = addFormats(new Ajv04({ allErrors: true, strict: false, unicodeRegExp: false })).compile(schema);

  it('validates against the SARIF schema, one result per finding with a location', () => {
    const sarif = toSarif(report, { toolVersion: '0.1.0', prefix: 'servers/x' });
    expect(validateSarif(sarif), JSON.stringify(validateSarif.errors)).toBe(true);
    const run = (
      sarif.runs as {
        results: {
          ruleId: string;
          level: string;
          locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } } }[];
        }[];
        tool: { driver: { rules: { id: string }[] } };
      }[]
    )[0];
    expect(
      run?.results.map((r) => [
        r.ruleId,
        r.level,
        r.locations[0]?.physicalLocation.artifactLocation.uri,
        r.locations[0]?.physicalLocation.region.startLine,
      ]),
    ).toEqual([
      ['layout/bin-shebang', 'error', 'servers/x/dist/index.js', 1],
      ['layout/readme-missing', 'warning', 'servers/x/package.json', 1],
      ['layout/server-json-missing', 'note', 'servers/x/package.json', 1],
    ]);
    expect(run?.tool.driver.rules.map((r) => r.id)).toEqual([
      'layout/bin-shebang',
      'layout/readme-missing',
      'layout/server-json-missing',
    ]);
  });

  it('an empty report is a valid SARIF log too', () => {
    expect(validateSarif(toSarif({ ...report, findings: [] }, { toolVersion: '0.1.0' }))).toBe(true);
  });
});

describe('job summary markdown', () => {
  it('escapes untrusted text: no raw HTML, pipes or markdown from a package', () => {
    const md = renderSummary(report);
    const row = md.split('\n').find((l) => l.includes('readme-missing')) ?? '';
    expect(row).not.toContain('<img');
    expect(row).toContain('&lt;img');
    expect(row).toContain('no README \\| ');
    expect(row).toContain('\\*\\*bold\\*\\*');
    expect(row.split(' | ')).toHaveLength(5);
  });
});

describe('annotations', () => {
  it('map severities to levels, carry the rule as title and prefix paths', () => {
    expect(toAnnotations(report, 'servers/x')).toEqual([
      {
        level: 'error',
        title: 'layout/bin-shebang',
        message: 'bin "x" -> dist/index.js has no shebang\nFix: Add it.',
        file: 'servers/x/dist/index.js',
        startLine: 1,
        startColumn: 1,
      },
      {
        level: 'warning',
        title: 'layout/readme-missing',
        message: report.findings[1]?.message,
        file: 'servers/x/package.json',
      },
      { level: 'notice', title: 'layout/server-json-missing', message: 'no server.json' },
    ]);
  });
});

describe('terminal', () => {
  it('lists every finding with location and fix, worst first; colour only when asked', () => {
    const plain = renderTerminal(report, { color: false });
    expect(plain).not.toContain('\u001b[');
    expect(plain.indexOf('layout/bin-shebang')).toBeLessThan(plain.indexOf('layout/readme-missing'));
    expect(plain).toContain('dist/index.js:1:1');
    expect(plain).toContain('fix: Add it.');
    expect(plain).toMatch(/failed \(1 error, 1 warning, 1 note\) in 1\.2 s/);
    expect(renderTerminal(report, { color: true })).toContain('\u001b[31m');
  });
});

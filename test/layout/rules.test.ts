import { describe, expect, it } from 'vitest';
import { LAYOUT_RULES } from '../../src/layout/catalog.js';
import { lineOf, makePackage, goodServerJson, type FixtureOptions } from '../helpers/package-fixture.js';
import { writeTree } from '../helpers/temp.js';
import { byRule, ruleIds, validate } from '../helpers/validate.js';
import type { RunContext } from '../../src/commands/types.js';
import { testContext } from '../helpers/context.js';

interface DefectCase {
  name: string;
  rule: string;
  fixture: FixtureOptions;
  /** Expected file of the (first) finding. */
  file: string;
  /** Expected line: a needle in the file's text, or a number. */
  line?: string | number;
  context?: Partial<RunContext>;
  config?: string;
}

/** A run in GitHub Actions, for the repository and owner given (the checks compare package.json with them). */
function inActionsOf(repository: string, repositoryOwner: string): Partial<RunContext> {
  const { settings } = testContext(process.env);
  return { settings: { ...settings, github: { ...settings.github, repository, repositoryOwner } } };
}

const server = (change: (s: Record<string, unknown>) => void): string => {
  const s = goodServerJson();
  change(s);
  return `${JSON.stringify(s, null, 2)}\n`;
};

/** One defect per case; each names the rule that must catch it and where. */
const CASES: DefectCase[] = [
  {
    name: 'no package.json',
    rule: 'layout/package-json-missing',
    fixture: { files: { 'package.json': null } },
    file: 'package.json',
  },
  {
    name: 'invalid package.json',
    rule: 'layout/package-json-invalid',
    fixture: { packageJsonText: '{\n  "name": "x",\n  "version": "1.0.0"\n  "bin": "cli.js"\n}\n' },
    file: 'package.json',
    line: 4,
  },
  {
    name: 'package.json is an array',
    rule: 'layout/package-json-invalid',
    fixture: { packageJsonText: '[]\n' },
    file: 'package.json',
    line: 1,
  },
  {
    name: 'uppercase name',
    rule: 'layout/package-name',
    fixture: { manifest: (m) => void (m.name = 'Weather-MCP') },
    file: 'package.json',
    line: '"name"',
  },
  {
    name: 'no name',
    rule: 'layout/package-name',
    fixture: { manifest: (m) => void delete m.name },
    file: 'package.json',
  },
  {
    name: 'version not semver',
    rule: 'layout/package-version',
    fixture: { manifest: (m) => void (m.version = '1.2') },
    file: 'package.json',
    line: '"version"',
  },
  {
    name: 'private package',
    rule: 'layout/package-private',
    fixture: { manifest: (m) => void (m.private = true) },
    file: 'package.json',
    line: '"private"',
  },
  {
    name: 'npm pack fails',
    rule: 'layout/pack-failed',
    fixture: { manifest: (m) => void delete m.version },
    file: 'package.json',
    line: 1,
  },
  { name: 'no bin', rule: 'layout/bin-missing', fixture: { manifest: (m) => void delete m.bin }, file: 'package.json' },
  {
    name: 'bin target missing',
    rule: 'layout/bin-target-missing',
    fixture: { files: { 'dist/index.js': null }, manifest: (m) => void (m.exports = './dist/lib.js') },
    file: 'package.json',
    line: '"weather-mcp"',
  },
  {
    name: 'bin outside the package',
    rule: 'layout/bin-outside-package',
    fixture: { manifest: (m) => void (m.bin = { 'weather-mcp': '../elsewhere/cli.js' }) },
    file: 'package.json',
    line: '"weather-mcp"',
  },
  {
    name: 'bin without shebang',
    rule: 'layout/bin-shebang',
    fixture: { files: { 'dist/index.js': 'import { forecast } from "./lib.js";\nconsole.error(forecast("x"));\n' } },
    file: 'dist/index.js',
    line: 1,
  },
  {
    name: 'bin with an absolute node shebang',
    rule: 'layout/bin-shebang',
    fixture: { files: { 'dist/index.js': '#!/usr/local/bin/node\nexport {};\n' } },
    file: 'dist/index.js',
    line: 1,
  },
  {
    name: 'bin with a byte order mark',
    rule: 'layout/bin-shebang',
    fixture: { files: { 'dist/index.js': '\uFEFF#!/usr/bin/env node\nexport {};\n' } },
    file: 'dist/index.js',
    line: 1,
  },
  {
    name: 'bin with CRLF',
    rule: 'layout/bin-crlf',
    fixture: { files: { 'dist/index.js': '#!/usr/bin/env node\r\nexport {};\r\n' } },
    file: 'dist/index.js',
    line: 1,
  },
  {
    name: 'bin does not parse',
    rule: 'layout/bin-syntax',
    fixture: { files: { 'dist/index.js': '#!/usr/bin/env node\nexport const x = ;\n' } },
    file: 'dist/index.js',
    line: 1,
  },
  {
    name: 'main missing',
    rule: 'layout/entry-missing',
    fixture: { manifest: (m) => void (m.main = 'dist/missing.js') },
    file: 'package.json',
    line: '"main"',
  },
  {
    name: 'exports target without ./',
    rule: 'layout/entry-missing',
    fixture: { manifest: (m) => void (m.exports = { '.': 'dist/lib.js' }) },
    file: 'package.json',
    line: '".": "dist/lib.js"',
  },
  {
    name: 'exports condition missing',
    rule: 'layout/entry-missing',
    fixture: { manifest: (m) => void (m.exports = { '.': { import: './dist/lib.js', require: './dist/lib.cjs' } }) },
    file: 'package.json',
    line: '"require"',
  },
  {
    name: 'types not packed',
    rule: 'layout/entry-not-packed',
    fixture: {
      manifest: (m) => void ((m.types = 'types/lib.d.ts'), (m.exports = './dist/lib.js')),
      files: { 'types/lib.d.ts': 'export {};\n' },
    },
    file: 'package.json',
    line: '"types"',
  },
  {
    name: 'exports pattern matches nothing packed',
    rule: 'layout/entry-not-packed',
    fixture: { manifest: (m) => void (m.exports = { '.': './dist/lib.js', './tools/*': './dist/tools/*.js' }) },
    file: 'package.json',
    line: '"./tools/*"',
  },
  {
    name: 'ESM bin in a CommonJS package',
    rule: 'layout/module-type',
    fixture: { manifest: (m) => void ((m.type = 'commonjs'), delete m.main, delete m.exports, delete m.types) },
    file: 'package.json',
    line: '"weather-mcp"',
  },
  {
    name: 'CommonJS main in an ESM package',
    rule: 'layout/module-type',
    fixture: {
      files: { 'dist/lib.js': 'const path = require("node:path");\nmodule.exports = { forecast: () => path.sep };\n' },
    },
    file: 'package.json',
    line: '"main"',
  },
  {
    name: 'no engines',
    rule: 'layout/engines-node-missing',
    fixture: { manifest: (m) => void delete m.engines },
    file: 'package.json',
  },
  {
    name: 'engines allows Node 16',
    rule: 'layout/engines-node',
    fixture: { manifest: (m) => void (m.engines = { node: '>=16' }) },
    file: 'package.json',
    line: '"node"',
  },
  {
    name: 'engines not a range',
    rule: 'layout/engines-node',
    fixture: { manifest: (m) => void (m.engines = { node: 'latest lts' }) },
    file: 'package.json',
    line: '"node"',
  },
  {
    name: 'engines under a raised floor',
    rule: 'layout/engines-node',
    fixture: {},
    config: 'layout:\n  engineFloor: "20"\n',
    file: 'package.json',
    line: '"node"',
  },
  {
    name: '.env packed',
    rule: 'layout/packed-sensitive',
    fixture: { manifest: (m) => void (m.files = ['dist', '.env']), files: { '.env': 'API_KEY=abc\n' } },
    file: '.env',
    line: 1,
  },
  {
    name: 'SSH key packed',
    rule: 'layout/packed-sensitive',
    fixture: { files: { 'dist/id_rsa': 'not really a key\n' } },
    file: 'dist/id_rsa',
    line: 1,
  },
  {
    name: 'tests packed',
    rule: 'layout/packed-junk',
    fixture: { files: { 'dist/test/lib.test.js': 'export {};\n' } },
    file: 'package.json',
    line: '"files"',
  },
  {
    name: 'coverage packed',
    rule: 'layout/packed-junk',
    fixture: { manifest: (m) => void (m.files = ['dist', 'coverage']), files: { 'coverage/lcov.info': 'TN:\n' } },
    file: 'package.json',
    line: '"files"',
  },
  {
    name: 'source maps packed',
    rule: 'layout/packed-sourcemap',
    fixture: { files: { 'dist/lib.js.map': '{"version":3}\n' } },
    file: 'package.json',
    line: '"files"',
  },
  {
    name: 'tarball over budget',
    rule: 'layout/tarball-size',
    fixture: {
      files: {
        'dist/big.js': `export const blob = "${Array.from({ length: 4000 }, (_, i) => (i * 7919).toString(36)).join('')}";\n`,
      },
    },
    config: 'budgets:\n  tarballSize: 2 kB\n',
    file: 'package.json',
    line: '"files"',
  },
  {
    name: 'no license',
    rule: 'layout/license-missing',
    fixture: { manifest: (m) => void delete m.license },
    file: 'package.json',
  },
  {
    name: 'license not SPDX',
    rule: 'layout/license-invalid',
    fixture: { manifest: (m) => void (m.license = 'MIT-ish') },
    file: 'package.json',
    line: '"license"',
  },
  {
    // validate-npm-package-license crashes on it (spdx-correct reads a character that is not there).
    name: 'license "+": invalid, not a crash',
    rule: 'layout/license-invalid',
    fixture: { manifest: (m) => void (m.license = '+') },
    file: 'package.json',
    line: '"license"',
  },
  {
    name: 'SEE LICENSE IN a file that is not packed',
    rule: 'layout/license-file-missing',
    fixture: { manifest: (m) => void (m.license = 'SEE LICENSE IN TERMS.txt') },
    file: 'package.json',
    line: '"license"',
  },
  {
    name: 'no repository',
    rule: 'layout/repository-missing',
    fixture: { manifest: (m) => void delete m.repository },
    file: 'package.json',
  },
  {
    name: 'repository of another project',
    rule: 'layout/repository-mismatch',
    fixture: {},
    context: inActionsOf('acme/other-server', 'acme'),
    file: 'package.json',
    line: '"url"',
  },
  {
    name: 'repository differs in case only',
    rule: 'layout/repository-mismatch',
    fixture: {},
    context: inActionsOf('Acme/weather-mcp', 'Acme'),
    file: 'package.json',
    line: '"url"',
  },
  {
    name: 'file: dependency',
    rule: 'layout/dependency-source',
    fixture: { manifest: (m) => void ((m.dependencies as Record<string, string>).shared = 'file:../shared') },
    file: 'package.json',
    line: '"shared"',
  },
  {
    name: 'workspace: dependency',
    rule: 'layout/dependency-source',
    fixture: { manifest: (m) => void ((m.dependencies as Record<string, string>).shared = 'workspace:*') },
    file: 'package.json',
    line: '"shared"',
  },
  {
    name: 'git dependency',
    rule: 'layout/dependency-source',
    fixture: { manifest: (m) => void ((m.dependencies as Record<string, string>).tool = 'github:acme/tool#main') },
    file: 'package.json',
    line: '"tool"',
  },
  {
    name: 'GitHub shorthand dependency',
    rule: 'layout/dependency-source',
    fixture: { manifest: (m) => void (m.optionalDependencies = { tool: 'acme/tool' }) },
    file: 'package.json',
    line: '"tool"',
  },
  { name: 'no README', rule: 'layout/readme-missing', fixture: { files: { 'README.md': null } }, file: 'package.json' },
  {
    name: 'mcpName without server.json',
    rule: 'layout/server-json-missing',
    fixture: { files: { 'server.json': null } },
    file: 'package.json',
    line: '"mcpName"',
  },
  {
    name: 'server.json not JSON',
    rule: 'layout/server-json-invalid',
    fixture: { files: { 'server.json': '{\n  "name": "io.github.acme/weather",\n}\n' } },
    file: 'server.json',
    line: 3,
  },
  {
    name: 'server.json against the schema',
    rule: 'layout/server-json-schema',
    fixture: {
      files: {
        'server.json': server(
          (s) => void ((s.packages as Record<string, unknown>[])[0]!.transport = { type: 'carrier-pigeon' }),
        ),
      },
    },
    file: 'server.json',
    line: '"type": "carrier-pigeon"',
  },
  {
    name: 'server.json with an old $schema',
    rule: 'layout/server-json-schema-version',
    fixture: {
      files: {
        'server.json': server(
          (s) => void (s.$schema = 'https://static.modelcontextprotocol.io/schemas/2025-09-29/server.schema.json'),
        ),
      },
    },
    file: 'server.json',
    line: '"$schema"',
  },
  {
    name: 'server.json name differs from mcpName',
    rule: 'layout/server-json-name',
    fixture: { files: { 'server.json': server((s) => void (s.name = 'io.github.acme/weather-server')) } },
    file: 'server.json',
    line: '"name"',
  },
  {
    name: 'server.json name with two slashes',
    rule: 'layout/server-json-name',
    fixture: {
      manifest: (m) => void (m.mcpName = 'io.github.acme/weather/v2'),
      files: { 'server.json': server((s) => void (s.name = 'io.github.acme/weather/v2')) },
    },
    file: 'server.json',
    line: '"name"',
  },
  {
    name: 'server.json io.github owner in the wrong case',
    rule: 'layout/server-json-name',
    fixture: {},
    context: inActionsOf('acme/weather-mcp', 'ACME'),
    file: 'server.json',
    line: '"name"',
  },
  {
    name: 'server.json version differs',
    rule: 'layout/server-json-version',
    fixture: { files: { 'server.json': server((s) => void (s.version = '1.2.2')) } },
    file: 'server.json',
    line: '"version": "1.2.2"',
  },
  {
    name: 'server.json version is a range',
    rule: 'layout/server-json-version',
    fixture: { files: { 'server.json': server((s) => void (s.version = '^1.2.3')) } },
    file: 'server.json',
    line: '"version": "^1.2.3"',
  },
  {
    name: 'server.json without this npm package',
    rule: 'layout/server-json-package',
    fixture: {
      files: {
        'server.json': server((s) => void ((s.packages as Record<string, unknown>[])[0]!.identifier = '@acme/other')),
      },
    },
    file: 'server.json',
    line: '"packages"',
  },
  {
    name: 'server.json npm entry on a private registry',
    rule: 'layout/server-json-package',
    fixture: {
      files: {
        'server.json': server(
          (s) => void ((s.packages as Record<string, unknown>[])[0]!.registryBaseUrl = 'https://npm.example.com'),
        ),
      },
    },
    file: 'server.json',
    line: '"registryBaseUrl"',
  },
  {
    name: 'server.json description too long',
    rule: 'layout/server-json-description',
    fixture: { files: { 'server.json': server((s) => void (s.description = 'A'.repeat(101))) } },
    file: 'server.json',
    line: '"description"',
  },
  {
    name: 'server.json placeholder',
    rule: 'layout/server-json-placeholder',
    fixture: { files: { 'server.json': server((s) => void (s.websiteUrl = 'https://example.com/${PROJECT}')) } },
    file: 'server.json',
    line: '"websiteUrl"',
  },
  {
    name: 'server.json lists the package but no mcpName',
    rule: 'layout/mcp-name-missing',
    fixture: { manifest: (m) => void delete m.mcpName },
    file: 'server.json',
    line: '"identifier"',
  },
  {
    name: 'unbuilt package (no dist/)',
    rule: 'layout/build-output-missing',
    fixture: { files: { 'dist/index.js': null, 'dist/lib.js': null, 'dist/lib.d.ts': null } },
    file: 'package.json',
    line: '"weather-mcp"',
  },
  {
    name: '"files" entry that matches nothing',
    rule: 'layout/files-entry-unmatched',
    fixture: { manifest: (m) => void (m.files = ['dist', 'schemas']) },
    file: 'package.json',
    line: '"schemas"',
  },
  {
    name: 'no "files" and no .npmignore while tests ship',
    rule: 'layout/files-allowlist-missing',
    fixture: { manifest: (m) => void delete m.files, files: { 'test/lib.test.js': 'export {};\n' } },
    file: 'package.json',
    line: '"name"',
  },
  {
    name: 'server.json of the last release',
    rule: 'layout/server-json-stale',
    fixture: {
      files: {
        'server.json': server(
          (s) => void ((s.version = '1.2.2'), ((s.packages as Record<string, unknown>[])[0]!.version = '1.2.2')),
        ),
      },
    },
    file: 'server.json',
    line: '"version": "1.2.2"',
  },
];

describe('validate-layout rules', () => {
  it('a package that follows every rule has no findings (decoys pass)', async () => {
    const { dir } = await makePackage();
    const report = await validate(dir);
    expect(report.findings).toEqual([]);
    expect(report.ok).toBe(true);
  });

  it('the example MCP server has no findings', async () => {
    const report = await validate('examples/hello-server');
    expect(report.findings).toEqual([]);
  });

  it('every documented rule has a defect case', () => {
    // bin-not-packed: npm always packs bin targets, so it is covered by the pure-rule test instead.
    const covered = new Set([...CASES.map((c) => c.rule), 'layout/bin-not-packed']);
    expect(LAYOUT_RULES.map((r) => r.id).filter((id) => !covered.has(id))).toEqual([]);
  });

  it.each(CASES)('$name -> $rule', async (c) => {
    const { dir, packageJsonText } = await makePackage(c.fixture);
    if (c.config) await writeTree(dir, { '.github/mcp-release.yml': c.config });
    const report = await validate(dir, {}, c.context);
    const hits = byRule(report, c.rule);
    expect(hits, `rules found: ${ruleIds(report).join(', ')}`).not.toHaveLength(0);
    const [first] = hits;
    expect(first?.file).toBe(c.file);
    if (c.line !== undefined) {
      const text =
        c.file === 'package.json'
          ? packageJsonText
          : c.file === 'server.json'
            ? await readFixture(dir, 'server.json')
            : '';
      const expected = typeof c.line === 'number' ? c.line : lineOf(text, c.line);
      expect(first?.line).toBe(expected);
    }
    expect(first?.message.length).toBeGreaterThan(10);
    expect(first?.fix).toBeTruthy();
    expect(report.ok).toBe(first?.severity !== 'error');
  });
});

describe('layout/dependency-source follows the repository package manager', () => {
  // pnpm pack, yarn pack and bun pm pack write workspace: and catalog: as real ranges
  // (https://pnpm.io/workspaces#publishing-workspace-packages, https://pnpm.io/catalogs#publishing);
  // npm pack publishes them as written (FACTS "Package managers").
  const withSpecs = (m: Record<string, unknown>): void =>
    void Object.assign(m.dependencies as Record<string, string>, {
      shared: 'workspace:^',
      zod: 'catalog:',
      local: 'file:../local',
    });

  it('in a pnpm repository only file: is a finding; pnpm pack resolves workspace: and catalog:', async () => {
    const { dir } = await makePackage({
      manifest: withSpecs,
      files: { 'pnpm-lock.yaml': "lockfileVersion: '9.0'\n" },
    });
    const hits = byRule(await validate(dir), 'layout/dependency-source').map((f) => f.message.split(' is ')[0]);
    expect(hits).toEqual(['dependencies.local']);
  });

  it('in an npm repository workspace: and catalog: are findings too', async () => {
    const { dir } = await makePackage({ manifest: withSpecs, files: { 'package-lock.json': '{}\n' } });
    const hits = byRule(await validate(dir), 'layout/dependency-source').map((f) => f.message.split(' is ')[0]);
    expect(hits.sort()).toEqual(['dependencies.local', 'dependencies.shared', 'dependencies.zod']);
  });
});

describe('one cause, one finding, the fix for the situation (real npm pack)', () => {
  // Node's conditional exports: every condition names its own file
  // (https://nodejs.org/api/packages.html#conditional-exports).
  const conditions = (base: string) => ({
    types: `./dist/${base}.d.ts`,
    import: `./dist/esm/${base}.js`,
    require: `./dist/cjs/${base}.cjs`,
    default: `./dist/esm/${base}.js`,
  });

  it('an unbuilt pnpm package with 12 exports conditions gives exactly ONE finding, whose fix is `pnpm run build`', async () => {
    const { dir } = await makePackage({
      manifest: (m) =>
        void Object.assign(m, {
          module: 'dist/esm/lib.js',
          exports: { '.': conditions('lib'), './client': conditions('client'), './server': conditions('server') },
          scripts: { build: 'tsc -b' },
        }),
      files: {
        'dist/index.js': null,
        'dist/lib.js': null,
        'dist/lib.d.ts': null,
        'pnpm-lock.yaml': "lockfileVersion: '9.0'\n",
      },
    });
    const report = await validate(dir);
    expect(report.findings.map((f) => `${f.severity} ${f.rule}`)).toEqual(['error layout/build-output-missing']);
    const [finding] = report.findings;
    expect(finding?.message).toMatch(/^the build output is missing: dist\/ holds no file, so all 16 targets/);
    expect(finding?.message).toContain('dist/cjs/server.cjs (exports["./server"]["require"])');
    expect(finding?.fix).toContain('`pnpm run build`');
  });

  it('no "files" and no .npmignore: ONE error with the allowlist, packed-junk not said again', async () => {
    const { dir } = await makePackage({
      manifest: (m) => void delete m.files,
      files: {
        'test/lib.test.js': 'export {};\n',
        'coverage/lcov.info': 'TN:\n',
        '.vscode/settings.json': '{}\n',
        '.github/workflows/ci.yml': 'on: push\n',
        'src/index.ts': 'export {};\n',
      },
    });
    const report = await validate(dir);
    expect(report.findings.map((f) => `${f.severity} ${f.rule}`)).toEqual(['error layout/files-allowlist-missing']);
    expect(report.findings[0]?.fix).toMatch(/^Add "files": \["dist", "server.json"\] to package.json/);
    expect(report.findings[0]?.fix).toContain('it also leaves out src/');
  });
});

async function readFixture(dir: string, rel: string): Promise<string> {
  const { readFile } = await import('node:fs/promises');
  return readFile(`${dir}/${rel}`, 'utf8');
}

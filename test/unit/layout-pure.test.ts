import { describe, expect, it } from 'vitest';
import { settingsForPackage } from '../../src/config/resolve.js';
import type { PackageFacts } from '../../src/layout/facts.js';
import { runLayoutChecks, toFindings } from '../../src/layout/validate.js';
import { detectModuleSyntax } from '../../src/layout/module-syntax.js';
import { githubSlug } from '../../src/layout/repository-url.js';
import { serverNameProblem, versionProblem, descriptionProblem } from '../../src/mcp-registry/server-json-rules.js';
import { goodFiles, goodManifest } from '../helpers/package-fixture.js';
import { npmInvocation } from '../../src/adapters/npm.js';
import type { PackageManagerName } from '../../src/workspace/package-manager.js';
import { parseConfigText } from '../../src/config/load.js';

/** Facts as gatherFacts would produce them, without touching the disk: the rules are pure. */
function facts(
  change: (m: Record<string, unknown>) => void = () => undefined,
  packedOverride?: string[],
  extraFiles: Record<string, string> = {},
): PackageFacts {
  const manifest = goodManifest();
  change(manifest);
  const text = JSON.stringify(manifest, null, 2);
  const files: Record<string, string> = { ...goodFiles(), 'package.json': text, ...extraFiles };
  const packed = packedOverride ?? [
    'package.json',
    'README.md',
    'LICENSE',
    'dist/index.js',
    'dist/lib.js',
    'dist/lib.d.ts',
  ];
  return {
    packageJson: { kind: 'ok', text, data: manifest },
    manifest,
    pack: {
      ok: true,
      pack: {
        filename: 'x.tgz',
        size: 1000,
        unpackedSize: 3000,
        files: packed.map((p) => ({ path: p, size: 100, mode: 0o644 })),
      },
    },
    files: Object.fromEntries(Object.entries(files).map(([k, v]) => [k, { kind: 'file' as const, text: v }])),
    syntax: { 'dist/index.js': { ok: true } },
    moduleSyntax: { 'dist/index.js': 'esm', 'dist/lib.js': 'esm' },
    readme: 'README.md',
    serverJson: {
      kind: 'ok',
      text: files['server.json'] ?? '{}',
      data: JSON.parse(files['server.json'] ?? '{}') as unknown,
    },
    env: {},
  };
}

const settings = settingsForPackage({}, '.');
const rules = (f: PackageFacts): string[] => runLayoutChecks(f, settings).map((r) => r.rule);

describe('layout rules as pure functions', () => {
  it('the good facts give no finding', () => {
    expect(rules(facts())).toEqual([]);
  });

  it('bin-not-packed: a bin target missing from the pack list (other packers, old npm)', () => {
    const found = runLayoutChecks(
      facts(undefined, ['package.json', 'README.md', 'LICENSE', 'dist/lib.js', 'dist/lib.d.ts']),
      settings,
    );
    expect(found.map((f) => f.rule)).toEqual(['layout/bin-not-packed']);
    expect(found[0]?.file).toBe('package.json');
  });

  it('decoys: main without extension, bin as a string, npm aliases and tags, .env.example', () => {
    const f = facts(
      (m) => {
        m.main = 'dist/lib';
        delete m.exports;
        m.bin = 'dist/index.js';
        m.dependencies = { a: 'npm:@acme/real@^1.0.0', b: 'latest', c: '>=1.2 <2', d: '*', e: '1.x' };
      },
      ['package.json', 'README.md', 'LICENSE', 'dist/index.js', 'dist/lib.js', 'dist/lib.d.ts', '.env.example'],
    );
    expect(rules(f)).toEqual([]);
  });

  it('a bin that is an array, or a bin entry that is not a path, is reported', () => {
    expect(rules(facts((m) => (m.bin = ['dist/index.js'])))).toEqual(['layout/bin-target-missing']);
    expect(
      runLayoutChecks(
        facts((m) => (m.bin = { 'weather-mcp': 'dist/index.js', other: 42 })),
        settings,
      ),
    ).toMatchObject([{ rule: 'layout/bin-target-missing', message: 'bin "other" must be a path string, got 42' }]);
  });

  it('severity from config, and `off` removes a rule', () => {
    const raw = runLayoutChecks(
      facts((m) => delete m.engines),
      settings,
    );
    const asWarning = toFindings(
      raw,
      settingsForPackage({ rules: { 'layout/engines-node-missing': 'warning' } }, '.'),
      'packages/a',
      '@acme/weather-mcp',
    );
    expect(asWarning).toMatchObject([
      {
        rule: 'layout/engines-node-missing',
        severity: 'warning',
        file: 'packages/a/package.json',
        package: '@acme/weather-mcp',
      },
    ]);
    expect(
      toFindings(raw, settingsForPackage({ rules: { 'layout/engines-node-missing': 'off' } }, '.'), '.', 'x'),
    ).toEqual([]);
  });

  it('per-package settings from a packages: entry override the top level', () => {
    const config = {
      rules: { 'layout/readme-missing': 'off' as const },
      packages: [
        'servers/*',
        { path: 'servers/legacy', rules: { 'layout/readme-missing': 'error' as const }, failOn: 'warning' as const },
      ],
    };
    expect(settingsForPackage(config, 'servers/new').rules['layout/readme-missing']).toBe('off');
    expect(settingsForPackage(config, 'servers/legacy')).toMatchObject({
      failOn: 'warning',
      rules: { 'layout/readme-missing': 'error' },
    });
  });
});

/** Facts of the package with the given files gone from the folder and from the pack list. */
function without(f: PackageFacts, gone: (rel: string) => boolean): PackageFacts {
  const files = Object.fromEntries(Object.entries(f.files).filter(([rel]) => !gone(rel)));
  const pack = f.pack?.ok
    ? { ok: true as const, pack: { ...f.pack.pack, files: f.pack.pack.files.filter((p) => !gone(p.path)) } }
    : f.pack;
  return { ...f, files, ...(pack ? { pack } : {}) };
}

/** What rateAll would give each finding by default, as the user sees it. */
const rated = (f: PackageFacts, manager: PackageManagerName = 'npm', s = settings) =>
  toFindings(runLayoutChecks(f, s, 'server', manager), s, '.', 'x');

/** Three subpaths with four conditions each, bin, main, module and types: all in dist/. */
function dualPackage(m: Record<string, unknown>): void {
  const conditions = (base: string) => ({
    types: `./dist/${base}.d.ts`,
    import: `./dist/esm/${base}.js`,
    require: `./dist/cjs/${base}.cjs`,
    default: `./dist/esm/${base}.js`,
  });
  m.module = 'dist/esm/lib.js';
  m.exports = { '.': conditions('lib'), './client': conditions('client'), './server': conditions('server') };
  m.scripts = { build: 'tsc -b' };
}

describe('one cause, one finding: a missing build output', () => {
  const unbuilt = (change: (m: Record<string, unknown>) => void = dualPackage) =>
    without(facts(change), (rel) => rel.startsWith('dist/'));

  it('an unbuilt package with 12 exports conditions, bin, main, module and types gives ONE finding naming every path', () => {
    const found = rated(unbuilt());
    expect(found.map((f) => [f.rule, f.severity])).toEqual([['layout/build-output-missing', 'error']]);
    const [finding] = found;
    expect(finding?.message).toMatch(/^the build output is missing: dist\/ holds no file, so all 16 targets/);
    for (const rel of ['dist/index.js', 'dist/lib.js', 'dist/esm/client.js', 'dist/cjs/server.cjs', 'dist/server.d.ts'])
      expect(finding?.message).toContain(rel);
    expect(finding?.message).toContain('exports["./client"]["require"]');
    expect(finding?.fix).toContain('Run the build: `npm run build`');
  });

  it.each([
    ['npm', 'npm run build'],
    ['pnpm', 'pnpm run build'],
    ['yarn', 'yarn run build'],
    ['bun', 'bun run build'],
  ] as const)('the fix runs the build with the repository manager: %s -> %s', (manager, command) => {
    const [finding] = rated(unbuilt(), manager);
    expect(finding?.fix).toContain(`\`${command}\``);
  });

  it('with no build script the fix says nothing builds them, and names the folder', () => {
    const [finding] = rated(unbuilt((m) => (dualPackage(m), delete m.scripts)));
    expect(finding?.rule).toBe('layout/build-output-missing');
    expect(finding?.fix).toMatch(
      /^Nothing builds these files: package.json has no "build" script\. Add one that writes dist\//,
    );
  });

  it('a target missing beside files that exist is a typo: its own finding, no build finding', () => {
    const found = rated(facts((m) => (m.bin = { 'weather-mcp': 'dist/indx.js' })));
    expect(found.map((f) => f.rule)).toEqual(['layout/bin-target-missing']);
    expect(found[0]?.message).toContain('while other files of dist/ exist');
  });

  it('a half-built package (dist/esm written, dist/cjs not) gives one finding for dist/cjs only', () => {
    const f = facts(dualPackage, [
      'package.json',
      'dist/index.js',
      'dist/lib.js',
      'dist/lib.d.ts',
      'dist/client.d.ts',
      'dist/server.d.ts',
      'dist/esm/lib.js',
      'dist/esm/client.js',
      'dist/esm/server.js',
    ]);
    for (const rel of [
      'dist/client.d.ts',
      'dist/server.d.ts',
      'dist/esm/lib.js',
      'dist/esm/client.js',
      'dist/esm/server.js',
    ])
      f.files[rel] = { kind: 'file', text: 'export {};\n' };
    const found = rated(f);
    expect(found.map((x) => x.rule)).toEqual(['layout/build-output-missing']);
    expect(found[0]?.message).toMatch(/dist\/cjs\/ holds no file, so all 3 targets of "exports" point at nothing/);
  });

  it('a `files` entry naming the unbuilt folder is part of the same finding', () => {
    // The good package has "files": ["dist"]: dist/ missing is said once.
    expect(rated(unbuilt()).map((f) => f.rule)).toEqual(['layout/build-output-missing']);
  });
});

describe('"files" entries must match a file (npm-packlist semantics)', () => {
  const withFiles = (entries: unknown[], packed?: string[]) =>
    rated(
      facts((m) => (m.files = entries), packed),
      'pnpm',
    ).filter((f) => f.rule === 'layout/files-entry-unmatched');

  it('folders, ./ and trailing slashes, globs, dir/* and always-packed names match; negations are exempt', () => {
    expect(
      withFiles(['./dist/', 'dist/*', 'dist/**/*.js', '*.md', 'README', 'LICENSE', '!dist/**/*.map', '!nothing']),
    ).toEqual([]);
  });

  it('an entry matching nothing is an error naming it, at its line', () => {
    const found = withFiles(['dist', 'schemas', 'docs/*.md']);
    expect(found.map((f) => [f.severity, f.message])).toEqual([
      ['error', '"files" entry "schemas" matches no file: nothing of that name is in the package folder'],
      ['error', '"files" entry "docs/*.md" matches no file: nothing of that name is in the package folder'],
    ]);
    expect(found[0]?.fix).toBe('Fix the name to match a file or folder of the package, or remove the entry.');
  });

  it('an entry that looks like a build folder says the build output was never written, and how to build', () => {
    const found = rated(
      facts((m) => ((m.files = ['dist', 'build']), (m.scripts = { build: 'tsc' }))),
      'pnpm',
    ).filter((f) => f.rule === 'layout/files-entry-unmatched');
    expect(found[0]?.message).toContain('(a build output folder: the build output was never written)');
    expect(found[0]?.fix).toContain('`pnpm run build`');
  });
});

describe('no "files" and no .npmignore while tests, coverage, editor or CI files would ship', () => {
  const packed = [
    'package.json',
    'README.md',
    'LICENSE',
    'server.json',
    'dist/index.js',
    'dist/lib.js',
    'dist/lib.d.ts',
    'src/index.ts',
    'test/index.test.js',
    'coverage/lcov.info',
    '.vscode/settings.json',
    '.github/workflows/ci.yml',
  ];

  it('ONE error with the exact allowlist the package needs, and no packed-junk warnings besides', () => {
    const found = rated(facts((m) => delete m.files, packed));
    expect(found.map((f) => [f.rule, f.severity])).toEqual([['layout/files-allowlist-missing', 'error']]);
    expect(found[0]?.message).toContain('test files (test/index.test.js)');
    expect(found[0]?.message).toContain('coverage output (coverage/lcov.info)');
    expect(found[0]?.message).toContain('editor files (.vscode/settings.json)');
    expect(found[0]?.message).toContain('version-control and CI files (.github/workflows/ci.yml)');
    expect(found[0]?.fix).toMatch(/^Add "files": \["dist", "server.json"\] to package.json/);
    expect(found[0]?.fix).toContain('it also leaves out src/');
  });

  it('with an .npmignore the author chose: only the packed-junk warnings', () => {
    const f = facts((m) => delete m.files, packed);
    f.files['.npmignore'] = { kind: 'file', text: '*.log\n' };
    expect([...new Set(rated(f).map((x) => `${x.rule} ${x.severity}`))]).toEqual(['layout/packed-junk warning']);
  });

  it('nothing to say when only what runs would ship', () => {
    expect(rated(facts((m) => delete m.files))).toEqual([]);
  });
});

describe('one cause, one finding: a stale server.json', () => {
  const serverFacts = (
    change: (s: Record<string, unknown>) => void,
    manifest?: (m: Record<string, unknown>) => void,
  ) => {
    const server = JSON.parse(goodFiles()['server.json'] as string) as Record<string, unknown>;
    change(server);
    const text = JSON.stringify(server, null, 2);
    return facts(manifest, undefined, { 'server.json': text });
  };
  const withServer = (f: PackageFacts): PackageFacts => {
    const text = f.files['server.json']?.text ?? '{}';
    return { ...f, serverJson: { kind: 'ok', text, data: JSON.parse(text) as unknown } };
  };
  const packages = (s: Record<string, unknown>) => s.packages as Record<string, unknown>[];

  it('version and packages[].version of the last release: ONE finding naming the cause and both fields', () => {
    const found = rated(withServer(serverFacts((s) => ((s.version = '1.2.2'), (packages(s)[0]!.version = '1.2.2')))));
    expect(found.map((f) => f.rule)).toEqual(['layout/server-json-stale']);
    expect(found[0]).toMatchObject({
      severity: 'error',
      file: 'server.json',
      message:
        'server.json was not updated for this release (package.json is at 1.2.3): version "1.2.2" (package.json: "1.2.3"), packages[0].version "1.2.2" (package.json: "1.2.3")',
    });
    expect(found[0]?.fix).toContain('mcp-release version --version 1.2.3');
  });

  it('a renamed package still listed under its old identifier joins the same finding', () => {
    const found = rated(
      withServer(
        serverFacts(
          (s) => (
            (s.version = '1.2.2'),
            (packages(s)[0]!.version = '1.2.2'),
            (packages(s)[0]!.identifier = '@acme/weather')
          ),
        ),
      ),
    );
    expect(found.map((f) => f.rule)).toEqual(['layout/server-json-stale']);
    expect(found[0]?.message).toContain('packages[0].identifier "@acme/weather" (package.json: "@acme/weather-mcp")');
  });

  it('one field behind keeps its own rule; server.json ahead of package.json is not stale', () => {
    expect(rated(withServer(serverFacts((s) => (s.version = '1.2.2')))).map((f) => f.rule)).toEqual([
      'layout/server-json-version',
    ]);
    expect(
      rated(withServer(serverFacts((s) => ((s.version = '1.3.0'), (packages(s)[0]!.version = '1.3.0'))))).map(
        (f) => f.rule,
      ),
    ).toEqual(['layout/server-json-version', 'layout/server-json-package']);
  });
});

describe('engines.node against the floor', () => {
  const engines = (node: string | undefined, config = '') => {
    const s = settingsForPackage(parseConfigText(config, 'mcp-release.yml'), '.');
    return rated(
      facts((m) => (node === undefined ? delete m.engines : (m.engines = { node }))),
      'npm',
      s,
    ).map((f) => `${f.rule} ${f.severity}`);
  };

  it('missing is an error by default', () => {
    expect(engines(undefined)).toEqual(['layout/engines-node-missing error']);
  });

  it.each(['>=16', '>=16 <17 || >=18', '^16 || ^20', '*', '>=17.9', '>=18.0.0-0'])(
    '%s admits a Node older than 18: error',
    (range) => {
      expect(engines(range)).toEqual(['layout/engines-node error']);
    },
  );

  it.each(['>=18', '^18 || ^20', '>=20.19', '18.x || >=20'])('%s admits nothing older than 18', (range) => {
    expect(engines(range)).toEqual([]);
  });

  it('the floor is configurable: a whole number or a version string; 0 turns the floor off', () => {
    expect(engines('>=18', 'layout:\n  engineFloor: 20\n')).toEqual(['layout/engines-node error']);
    expect(engines('>=20.19', 'layout:\n  engineFloor: "20.19"\n')).toEqual([]);
    expect(engines('>=0.10', 'layout:\n  engineFloor: 0\n')).toEqual([]);
  });

  it.each([
    ['-1', 'layout.engineFloor: expected a Node major of 0 or more, such as 18'],
    ['abc', 'layout.engineFloor: expected a Node version such as 18 or 20.19'],
  ])('engineFloor %s is refused with a clear error', (value, message) => {
    expect(() => parseConfigText(`layout:\n  engineFloor: ${value}\n`, 'mcp-release.yml')).toThrow(message);
  });
});

describe('starting npm without a shell', () => {
  it('uses the running npm under npx, node + npm-cli.js on Windows, else npm', () => {
    expect(npmInvocation({ npm_execpath: '/opt/npm/bin/npm-cli.js' }, 'linux', '/usr/bin/node')).toEqual({
      command: '/usr/bin/node',
      args: ['/opt/npm/bin/npm-cli.js'],
    });
    expect(npmInvocation({}, 'win32', 'C:\\node\\node.exe').args[0]).toMatch(/node_modules.npm.bin.npm-cli\.js$/);
    expect(
      npmInvocation({ npm_execpath: '/usr/lib/node_modules/pnpm/bin/pnpm.cjs' }, 'linux', '/usr/bin/node'),
    ).toEqual({ command: 'npm', args: [] });
  });
});

describe('module syntax detection', () => {
  it.each([
    ['#!/usr/bin/env node\nimport x from "y";', 'esm'],
    ['export default 1', 'esm'],
    ['console.log(import.meta.url)', 'esm'],
    ['const a = require("a");\nmodule.exports = a;', 'cjs'],
    ['exports.run = () => 1;', 'cjs'],
    ['const x = await import("y"); console.log("import x from y")', 'none'],
    ['console.log("hi")', 'none'],
  ])('%j is %s', async (source, expected) => {
    expect(await detectModuleSyntax(source)).toBe(expected);
  });
});

describe('repository URL to owner/repo', () => {
  it.each([
    ['git+https://github.com/Acme/weather.git', 'Acme/weather'],
    ['https://github.com/acme/weather', 'acme/weather'],
    ['git@github.com:acme/weather.git', 'acme/weather'],
    ['git+ssh://git@github.com/acme/weather.git', 'acme/weather'],
    ['github:acme/weather', 'acme/weather'],
    ['acme/weather', 'acme/weather'],
    ['https://gitlab.com/acme/weather', undefined],
  ])('%s -> %s', (url, slug) => {
    expect(githubSlug(url)).toBe(slug);
    expect(githubSlug({ type: 'git', url })).toBe(slug);
  });
});

describe('MCP Registry semantic rules', () => {
  it.each(['io.github.acme/weather', 'com.example/my_server.v2', 'ai.acme-labs/x1'])('name %s is accepted', (name) => {
    expect(serverNameProblem(name)).toBeUndefined();
  });
  it.each(['weather', 'io.github.acme/a/b', '-io.github.acme/weather', 'io.github.acme/weather-'])(
    'name %s is rejected',
    (name) => {
      expect(serverNameProblem(name)).toBeDefined();
    },
  );
  it.each(['^1.2.3', '~1.0.0', '>=1.0.0', '1.x', '1.2.*', '1.0.0 - 2.0.0', '1.2 || 1.3', 'latest'])(
    'version %s is rejected',
    (v) => {
      expect(versionProblem(v)).toBeDefined();
    },
  );
  it.each(['1.2.3', '2.0.0-beta.1', '2026.8.31', 'v1.0'])('version %s is accepted', (v) => {
    expect(versionProblem(v)).toBeUndefined();
  });
  it('description: 100 characters pass, 101 fail, counted in code points', () => {
    expect(descriptionProblem('é'.repeat(100))).toBeUndefined();
    expect(descriptionProblem('a'.repeat(101))).toMatch(/101 characters/);
  });
});

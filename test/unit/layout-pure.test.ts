import { describe, expect, it } from 'vitest';
import { settingsForPackage } from '../../src/config/resolve.js';
import type { PackageFacts } from '../../src/layout/facts.js';
import { runLayoutChecks, toFindings } from '../../src/layout/validate.js';
import { detectModuleSyntax } from '../../src/layout/module-syntax.js';
import { githubSlug } from '../../src/layout/repository-url.js';
import { serverNameProblem, versionProblem, descriptionProblem } from '../../src/mcp-registry/server-json-rules.js';
import { goodFiles, goodManifest } from '../helpers/package-fixture.js';
import { npmInvocation } from '../../src/adapters/npm.js';

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
    const asError = toFindings(
      raw,
      settingsForPackage({ rules: { 'layout/engines-node-missing': 'error' } }, '.'),
      'packages/a',
      '@acme/weather-mcp',
    );
    expect(asError).toMatchObject([
      {
        rule: 'layout/engines-node-missing',
        severity: 'error',
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

import { describe, expect, it } from 'vitest';
import { isRegistrySpec, missingBinFile } from '../../src/smoke/target.js';
import { smokeFindings } from '../../src/smoke/checks.js';
import { parseEnvPairs, serverEnvironment } from '../../src/smoke/environment.js';
import { chooseBin, installArgs, internalDependencies, runtimeDependencyNames } from '../../src/smoke/install.js';
import { compileProblem, dialectOf } from '../../src/smoke/schema-dialect.js';
import type { SessionResult } from '../../src/smoke/session.js';

function session(
  mode: 'bare' | 'full',
  tools: Record<string, unknown>[],
  extra: Partial<SessionResult> = {},
): SessionResult {
  return {
    mode,
    spawnMs: 5,
    initializeMs: 100,
    initialize: {
      protocolVersion: '2025-11-25',
      capabilities: { tools: {} },
      serverInfo: { name: 's', version: '1.0.0' },
    },
    initializeTimedOut: false,
    lists: { tools: { items: tools, pages: 1, ms: 1 } },
    listMs: 1,
    calls: [],
    noise: [],
    noiseCount: 0,
    stderrTail: '',
    shutdown: { via: 'stdin', ms: 10, strayProcesses: false, strays: [] },
    hidden: [],
    ...extra,
  };
}
const tool = (name: string, schema: unknown = { type: 'object' }): Record<string, unknown> => ({
  name,
  description: `${name} tool`,
  inputSchema: schema,
});
const expectations = { packageVersion: '1.0.0', expectTools: [], startupBudgetMs: 5000 };

describe('smoke findings (pure)', () => {
  it('a problem both clients see is one finding; one only the full client sees says so', () => {
    const bare = session('bare', [tool('a'), tool('a')]);
    const full = session('full', [tool('a'), tool('a'), tool('b', { type: 'string' })], {
      shutdown: { via: 'sigterm', ms: 2000, strayProcesses: false, strays: [] },
    });
    expect(smokeFindings([bare, full], expectations).map((f) => [f.rule, f.message])).toEqual([
      ['smoke/tool-name', '2 tools are named "a"'],
      [
        'smoke/tool-schema',
        'tool "b" inputSchema has type "string"; it must be "object" (only with a client declaring roots, sampling and elicitation)',
      ],
      [
        'smoke/shutdown-stdin',
        'the server kept running after stdin closed; SIGTERM stopped it (only with a client declaring roots, sampling and elicitation)',
      ],
    ]);
  });

  it('startup over budget is a finding; under it is not', () => {
    expect(
      smokeFindings([session('bare', [tool('a')], { initializeMs: 6000 })], expectations).map((f) => f.rule),
    ).toEqual(['smoke/startup-budget']);
    expect(smokeFindings([session('bare', [tool('a')], { initializeMs: 4000 })], expectations)).toEqual([]);
  });
});

describe('JSON Schema dialects', () => {
  it('reads the declared dialect; no $schema means 2020-12 (MCP 2025-11-25)', () => {
    expect(dialectOf({ $schema: 'http://json-schema.org/draft-07/schema#' })).toBe('draft-07');
    expect(dialectOf({ $schema: 'https://json-schema.org/draft/2020-12/schema' })).toBe('2020-12');
    expect(dialectOf({})).toBe('2020-12');
  });
  it('draft-07 schemas that real servers send compile (a 2020-12-only validator would reject $schema draft-07)', () => {
    expect(
      compileProblem({
        $schema: 'http://json-schema.org/draft-07/schema#',
        type: 'object',
        properties: { a: { type: 'string' } },
        additionalProperties: false,
      }),
    ).toBeUndefined();
    expect(compileProblem({ type: 'object', properties: { a: { type: 'strin' } } })).toMatch(
      /does not compile as 2020-12/,
    );
  });
});

describe("a bin whose file is not in the package: the cause and the fix for it, not 'add a bin'", () => {
  it.each([
    ['npm', 'npm run build'],
    ['pnpm', 'pnpm run build'],
    ['yarn', 'yarn run build'],
    ['bun', 'bun run build'],
  ] as const)('unbuilt, packed from a %s repository: run the build with it', (manager, command) => {
    const said = missingBinFile('srv', 'dist/index.js', { manager, buildScript: 'build', binInFolder: false });
    expect(said.message).toMatch(/^the build output is missing: bin "srv" -> dist\/index.js is not in the package/);
    expect(said.fix).toContain(`\`${command}\``);
    expect(said.fix).not.toMatch(/add a .?bin/i);
  });

  it('no build script: nothing builds it; in the folder but not packed: "files" leaves it out; a tarball: build before packing', () => {
    expect(missingBinFile('srv', 'dist/index.js', { manager: 'npm', binInFolder: false }).fix).toMatch(
      /^Nothing builds dist\/index.js: package.json has no "build" script/,
    );
    expect(missingBinFile('srv', 'dist/index.js', { manager: 'npm', binInFolder: true })).toEqual({
      message:
        'bin "srv" -> dist/index.js is in the folder but not in the packed package: "files" or .npmignore leaves it out',
      fix: 'Add dist/index.js (or its folder) to "files" in package.json.',
    });
    expect(missingBinFile('srv', 'dist/index.js', undefined).fix).toMatch(/^Build the package before packing it/);
  });
});

describe('choosing the bin', () => {
  const bins = new Map([
    ['weather-mcp', 'dist/index.js'],
    ['weather-admin', 'dist/admin.js'],
  ]);
  it('one bin: that one; several: the requested one, else the one named like the package', () => {
    expect(chooseBin(new Map([['x', 'a.js']]), '@acme/weather-mcp')).toEqual({ ok: true, name: 'x' });
    expect(chooseBin(bins, '@acme/weather-mcp')).toEqual({ ok: true, name: 'weather-mcp' });
    expect(chooseBin(bins, '@acme/weather-mcp', 'weather-admin')).toEqual({ ok: true, name: 'weather-admin' });
    expect(chooseBin(bins, '@acme/other')).toMatchObject({
      ok: false,
      message: expect.stringContaining('choose one with --bin'),
    });
    expect(chooseBin(new Map(), 'x')).toMatchObject({ ok: false });
  });
});

describe('the server environment', () => {
  it('passes PATH, gives the server its own home and temp folder, never tokens; configured values win', () => {
    const env = serverEnvironment(
      {
        PATH: '/bin',
        HOME: '/home/u',
        TMPDIR: '/tmp/u',
        NODE_AUTH_TOKEN: 'npm_secret',
        GITHUB_TOKEN: 'ghs_secret',
        ACTIONS_ID_TOKEN_REQUEST_TOKEN: 't',
        ACTIONS_RUNTIME_TOKEN: 'r',
        npm_config__authToken: 'x',
      },
      { API_KEY: 'test', XDG_CACHE_HOME: '/cache' },
      { home: '/w/home', tmp: '/w/tmp' },
    );
    expect(env).toEqual({
      PATH: '/bin',
      HOME: '/w/home',
      USERPROFILE: '/w/home',
      APPDATA: '/w/home',
      LOCALAPPDATA: '/w/home',
      XDG_CONFIG_HOME: '/w/home/.config',
      XDG_CACHE_HOME: '/cache',
      XDG_DATA_HOME: '/w/home/.local/share',
      TMPDIR: '/w/tmp',
      TMP: '/w/tmp',
      TEMP: '/w/tmp',
      API_KEY: 'test',
    });
  });
  it('parses KEY=VALUE pairs and names the bad one', () => {
    expect(parseEnvPairs(['A=1', 'B=x=y', 'C='])).toEqual({ env: { A: '1', B: 'x=y', C: '' } });
    expect(parseEnvPairs(['A=1', '1BAD=2']).bad).toBe('1BAD=2');
  });
});

describe('registry specs', () => {
  it.each(['server-memory', '@modelcontextprotocol/server-memory@2026.8.31', 'x@latest', 'x@^1.2.0'])(
    '%s is a spec',
    (s) => expect(isRegistrySpec(s)).toBe(true),
  );
  it.each(['./dir', '../x', 'https://example.com/x.tgz', 'git+ssh://x', 'a b', 'Foo/Bar'])('%s is not', (s) =>
    expect(isRegistrySpec(s)).toBe(false),
  );
});

describe('the workspace packages a server needs', () => {
  const member = (name: string, manifest: Record<string, unknown> = {}) => ({ name, manifest: { name, ...manifest } });
  const members = [
    member('@ws/lib', { dependencies: { '@ws/core': 'workspace:*', zod: '^3' } }),
    member('@ws/core', { peerDependencies: { '@ws/server': 'workspace:*' } }),
    member('@ws/server'),
    member('@ws/peer'),
    member('@ws/optional'),
    member('@ws/tooling'),
    member('@ws/bundled'),
  ];

  it('runtime fields only, transitively, each once, never the server itself', () => {
    const server = {
      name: '@ws/server',
      dependencies: { '@ws/lib': 'workspace:^', '@ws/bundled': 'workspace:^' },
      peerDependencies: { '@ws/peer': '^1.0.0' },
      optionalDependencies: { '@ws/optional': '^1.0.0' },
      devDependencies: { '@ws/tooling': 'workspace:*' },
      bundleDependencies: ['@ws/bundled'],
    };
    expect(internalDependencies(server, members).map((m) => m.name)).toEqual([
      '@ws/lib',
      '@ws/optional',
      '@ws/peer',
      '@ws/core',
    ]);
  });

  it("bundleDependencies: true bundles every dependency; a name no member has is the registry's", () => {
    expect(runtimeDependencyNames({ dependencies: { a: '1' }, bundledDependencies: true })).toEqual([]);
    expect(internalDependencies({ name: 'x', dependencies: { zod: '^3' } }, members)).toEqual([]);
  });

  it('the workspace tarballs go into the same npm install as the server', () => {
    expect(installArgs('/w/server.tgz', undefined, ['/w/lib.tgz']).slice(0, 4)).toEqual([
      'install',
      '/w/server.tgz',
      '/w/lib.tgz',
      '--omit=dev',
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { MCP_SDK_PACKAGES, packageKind, packageKindWithReason } from '../../src/workspace/classify.js';

/** Which packages are MCP servers, decided from the package itself. */
describe('packageKind', () => {
  const sdk = { '@modelcontextprotocol/sdk': '^1.32.0' };

  it('a bin plus the official SDK is a server', () => {
    expect(packageKind({ bin: { weather: 'dist/index.js' }, dependencies: sdk }, false)).toBe('server');
    expect(packageKindWithReason({ bin: 'dist/index.js', dependencies: sdk }, false)).toEqual({
      kind: 'server',
      reason: 'a bin and a dependency on @modelcontextprotocol/sdk',
    });
  });

  it.each(MCP_SDK_PACKAGES.map((name) => [name]))('a bin plus %s is a server', (name) => {
    expect(packageKind({ bin: { s: 'index.js' }, dependencies: { [name]: '1.0.0' } }, false)).toBe('server');
  });

  it('the split SDK (upstash/context7: @modelcontextprotocol/server and /node) and a bundled SDK in devDependencies count', () => {
    expect(
      packageKind({ bin: { c: 'dist/index.js' }, dependencies: { '@modelcontextprotocol/node': '2.0.0' } }, false),
    ).toBe('server');
    expect(packageKind({ bin: { c: 'dist/index.js' }, devDependencies: { fastmcp: '^3.0.0' } }, false)).toBe('server');
  });

  it('a CLI with a bin but no MCP SDK is a library (a client-only SDK does not make it a server)', () => {
    expect(
      packageKindWithReason(
        { name: 'ctx7', bin: { ctx7: './dist/index.js' }, dependencies: { commander: '^15' } },
        false,
      ),
    ).toEqual({
      kind: 'library',
      reason: 'a bin but no MCP SDK dependency, no mcpName, no server.json',
    });
    expect(
      packageKind({ bin: { c: 'cli.js' }, dependencies: { '@modelcontextprotocol/client': '2.0.0' } }, false),
    ).toBe('library');
  });

  it('a library built on the SDK but with no bin is a library: nothing for npx to run', () => {
    expect(packageKindWithReason({ main: 'dist/index.js', dependencies: sdk }, false)).toEqual({
      kind: 'library',
      reason: '@modelcontextprotocol/sdk but no bin, no mcpName, no server.json',
    });
  });

  it('mcpName alone makes a server (the MCP Registry ownership field)', () => {
    expect(packageKindWithReason({ mcpName: 'io.github.acme/weather' }, false)).toEqual({
      kind: 'server',
      reason: 'mcpName is set',
    });
    expect(packageKind({ mcpName: '  ' }, false)).toBe('library');
  });

  it('a server.json beside package.json alone makes a server', () => {
    expect(packageKindWithReason({ name: 'x' }, true)).toEqual({ kind: 'server', reason: 'it has a server.json' });
  });

  it('a plain library, and anything that is not a manifest, is a library', () => {
    expect(packageKindWithReason({ main: 'index.js' }, false)).toEqual({
      kind: 'library',
      reason: 'no bin with an MCP SDK, no mcpName, no server.json',
    });
    expect(packageKind(undefined, false)).toBe('library');
    expect(packageKind([], false)).toBe('library');
    expect(packageKind({ bin: { s: '' }, dependencies: sdk }, false)).toBe('library');
    expect(packageKind({ bin: ['x'], dependencies: sdk }, false)).toBe('library');
  });
});

/**
 * Which packages of a repository are MCP servers: decided from the package
 * itself, so a workspace needs no configuration to tell its servers from its
 * libraries and CLIs.
 */

export type PackageKind = 'server' | 'library';

/**
 * The npm packages an MCP server is built on. A package that has a `bin` and
 * depends on one of these is a runnable server. Looked up on npm and in real
 * servers' package.json files:
 * - `@modelcontextprotocol/sdk`: the official TypeScript SDK (v1), what most servers use;
 * - `@modelcontextprotocol/server`, `@modelcontextprotocol/node`, `@modelcontextprotocol/express`,
 *   `@modelcontextprotocol/hono`: the split v2 SDK packages (upstash/context7's server
 *   depends on `@modelcontextprotocol/server` and `@modelcontextprotocol/node`);
 * - frameworks over the SDK: `fastmcp` (punkpeye), `mcp-framework`, `tmcp`, `xmcp`,
 *   `mcp-use`, and the HTTP adapters `mcp-handler`, `@vercel/mcp-adapter`, `@hono/mcp`.
 * Client-only packages (`@modelcontextprotocol/client`) are left out: a CLI that
 * talks to MCP servers is not one.
 */
export const MCP_SDK_PACKAGES: readonly string[] = [
  '@modelcontextprotocol/sdk',
  '@modelcontextprotocol/server',
  '@modelcontextprotocol/node',
  '@modelcontextprotocol/express',
  '@modelcontextprotocol/hono',
  'fastmcp',
  'mcp-framework',
  'tmcp',
  'xmcp',
  'mcp-use',
  'mcp-handler',
  '@vercel/mcp-adapter',
  '@hono/mcp',
];

/** The dependency fields an installed server gets its SDK from (devDependencies are not installed for users; a bundled server still lists its SDK there). */
const DEPENDENCY_FIELDS = ['dependencies', 'peerDependencies', 'optionalDependencies', 'devDependencies'] as const;

export interface KindDecision {
  kind: PackageKind;
  /** Why, in words for a report: "mcpName is set", "no bin with an MCP SDK, no mcpName, no server.json". */
  reason: string;
}

/**
 * A server when it has `mcpName` (the MCP Registry's ownership field), a
 * server.json beside package.json, or a `bin` plus a dependency on an MCP SDK;
 * everything else (a CLI without an SDK, an SDK-based library without a bin,
 * a plain library) is a library.
 */
export function packageKind(manifest: unknown, hasServerJson: boolean): PackageKind {
  return packageKindWithReason(manifest, hasServerJson).kind;
}

export function packageKindWithReason(manifest: unknown, hasServerJson: boolean): KindDecision {
  const m = isRecord(manifest) ? manifest : {};
  if (typeof m.mcpName === 'string' && m.mcpName.trim() !== '') return { kind: 'server', reason: 'mcpName is set' };
  if (hasServerJson) return { kind: 'server', reason: 'it has a server.json' };
  const sdk = mcpSdkDependency(m);
  const bin = hasBin(m);
  if (bin && sdk) return { kind: 'server', reason: `a bin and a dependency on ${sdk}` };
  const what = bin ? `a bin but no MCP SDK dependency` : sdk ? `${sdk} but no bin` : 'no bin with an MCP SDK';
  return { kind: 'library', reason: `${what}, no mcpName, no server.json` };
}

/** The first MCP SDK package the manifest depends on, or undefined. */
export function mcpSdkDependency(manifest: Record<string, unknown>): string | undefined {
  for (const field of DEPENDENCY_FIELDS) {
    const deps = manifest[field];
    if (!isRecord(deps)) continue;
    const found = MCP_SDK_PACKAGES.find((name) => name in deps);
    if (found) return found;
  }
  return undefined;
}

function hasBin(manifest: Record<string, unknown>): boolean {
  const bin = manifest.bin;
  if (typeof bin === 'string') return bin.trim() !== '';
  return isRecord(bin) && Object.values(bin).some((v) => typeof v === 'string' && v.trim() !== '');
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

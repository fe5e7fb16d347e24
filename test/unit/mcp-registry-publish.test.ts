import { describe, expect, it } from 'vitest';
import {
  MCP_REGISTRY_AUDIENCE,
  MCP_REGISTRY_URL,
  McpRegistryError,
  type McpRegistryApi,
  type RegistryEntry,
  type RegistryStatus,
} from '../../src/mcp-registry/client.js';
import { publishToMcpRegistry, setMcpRegistryStatus, type McpRegistryPorts } from '../../src/mcp-registry/publish.js';
import type { RegistryWaitResult } from '../../src/release/registry-wait.js';

/**
 * server.json to the official MCP Registry on promote, its status on rollback
 * (publish API v0.1: https://github.com/modelcontextprotocol/registry/blob/main/docs/reference/api/official-registry-api.md):
 * the OIDC token is exchanged for a registry token, the entry is POSTed, a
 * version's status PATCHed. Here the registry is a map; OIDC and npm's wait are fakes.
 */
const PACKAGE = '@acme/weather-mcp';
const VERSION = '1.2.3';
const SERVER = 'io.github.acme/weather';

const serverJson = (over: Record<string, unknown> = {}) => ({
  $schema: 'https://static.modelcontextprotocol.io/schemas/2025-12-11/server.schema.json',
  name: SERVER,
  description: 'Weather forecasts for MCP clients.',
  version: VERSION,
  packages: [{ registryType: 'npm', identifier: PACKAGE, version: VERSION, transport: { type: 'stdio' } }],
  ...over,
});

interface World {
  ports: McpRegistryPorts;
  entries: Map<string, RegistryEntry & { serverJson?: unknown }>;
  calls: string[];
  audiences: string[];
  /** Make the next call of this method fail (after running `before`, if given). */
  fail(method: keyof McpRegistryApi, error: Error, before?: () => void): void;
}

function world(): World {
  const entries = new Map<string, RegistryEntry & { serverJson?: unknown }>();
  const calls: string[] = [];
  const audiences: string[] = [];
  const faults = new Map<string, { error: Error; before?: () => void }>();
  const step = (method: string, detail: string) => {
    calls.push(`${method} ${detail}`);
    const fault = faults.get(method);
    if (fault) {
      faults.delete(method);
      fault.before?.();
      throw fault.error;
    }
  };
  const api: McpRegistryApi = {
    exchangeGitHubOidc: async (base, oidc) => {
      step('exchangeGitHubOidc', `${base} ${oidc}`);
      return `registry-token-for-${oidc}`;
    },
    getEntry: async (base, name, version) => {
      step('getEntry', `${base} ${name} ${version}`);
      const entry = entries.get(`${name}@${version}`);
      return entry ? { status: entry.status, isLatest: entry.isLatest } : undefined;
    },
    publishEntry: async (base, token, json) => {
      step('publishEntry', `${base} ${token}`);
      const { name, version } = json as { name: string; version: string };
      // The registry refuses a version it already has.
      if (entries.has(`${name}@${version}`)) throw new McpRegistryError('cannot publish duplicate version', 400);
      entries.set(`${name}@${version}`, { status: 'active', serverJson: json });
    },
    setStatus: async (base, token, name, version, status, message) => {
      step('setStatus', `${base} ${token} ${name} ${version} ${status} ${message ?? ''}`.trim());
      const entry = entries.get(`${name}@${version}`);
      if (entry) Object.assign(entry, { status, statusMessage: message });
    },
  };
  return {
    ports: {
      api,
      identityToken: async (audience) => {
        audiences.push(audience);
        return 'oidc-jwt';
      },
    },
    entries,
    calls,
    audiences,
    fail: (method, error, before) => void faults.set(method, { error, before }),
  };
}

const served: RegistryWaitResult = { served: true, attempts: 1, waitedMs: 0 };

function publish(w: World, over: Partial<Parameters<typeof publishToMcpRegistry>[1]> = {}) {
  const log: string[] = [];
  let waits = 0;
  const result = publishToMcpRegistry(w.ports, {
    packageName: PACKAGE,
    version: VERSION,
    registry: 'https://registry.npmjs.org/',
    serverJsonText: JSON.stringify(serverJson()),
    log: (line) => log.push(line),
    waitForNpm: async () => {
      waits += 1;
      return served;
    },
    ...over,
  });
  return result.then((r) => ({ result: r, log, waits }));
}

describe('publishToMcpRegistry', () => {
  it('publishes server.json with a registry token exchanged from an OIDC token for the registry audience', async () => {
    const w = world();
    const { result, log, waits } = await publish(w);
    expect(result).toEqual({ outcome: 'published' });
    expect(w.entries.get(`${SERVER}@${VERSION}`)?.serverJson).toEqual(serverJson());
    expect(w.audiences).toEqual([MCP_REGISTRY_AUDIENCE]);
    expect(w.calls).toEqual([
      `getEntry ${MCP_REGISTRY_URL} ${SERVER} ${VERSION}`,
      `exchangeGitHubOidc ${MCP_REGISTRY_URL} oidc-jwt`,
      `publishEntry ${MCP_REGISTRY_URL} registry-token-for-oidc-jwt`,
    ]);
    expect(waits).toBe(1);
    expect(log).toEqual([`MCP Registry: published ${SERVER} ${VERSION}`]);
  });

  it('a re-run finds the version published and sends nothing, without waiting on npm or asking for a token', async () => {
    const w = world();
    await publish(w);
    w.calls.length = 0;
    w.audiences.length = 0;
    const { result, log, waits } = await publish(w);
    expect(result).toEqual({ outcome: 'already-published' });
    expect(w.calls).toEqual([`getEntry ${MCP_REGISTRY_URL} ${SERVER} ${VERSION}`]);
    expect(w.audiences).toEqual([]);
    expect(waits).toBe(0);
    expect(log).toEqual([`MCP Registry: ${SERVER} ${VERSION} is already published`]);
  });

  it('another registry URL is used for every call', async () => {
    const w = world();
    await publish(w, { registryUrl: 'https://staging.registry.test' });
    expect(w.calls.every((c) => c.includes('https://staging.registry.test'))).toBe(true);
  });

  it('npm not serving the version yet: nothing is sent, the message says how long it waited and that npm is promoted', async () => {
    const w = world();
    const { result } = await publish(w, {
      waitForNpm: async () => ({ served: false, attempts: 4, waitedMs: 30_000, lastReason: 'HTTP 404' }),
    });
    expect(result.outcome).toBe('failed');
    expect(result.rule).toBe('registry/not-yet-served');
    expect(result.problem).toContain(`${PACKAGE}@${VERSION} is not served by https://registry.npmjs.org/`);
    expect(result.problem).toContain('HTTP 404');
    expect(result.problem).toContain('(npm is already promoted)');
    expect(w.calls.filter((c) => !c.startsWith('getEntry'))).toEqual([]);
    expect(w.audiences).toEqual([]);
  });

  it('no server.json, or one that is not a JSON object: failed before any call, saying which', async () => {
    for (const [text, why] of [
      [undefined, 'no server.json in the package folder'],
      ['{ nope', 'server.json is not JSON'],
      ['[1,2]', 'server.json is not a JSON object'],
    ] as const) {
      const w = world();
      const { result } = await publish(w, { serverJsonText: text });
      expect(result).toEqual({
        outcome: 'failed',
        rule: 'promote/server-json-invalid',
        problem: `MCP Registry: ${why}`,
      });
      expect(w.calls).toEqual([]);
    }
  });

  it('what the registry would refuse is listed, naming the field, and nothing is sent', async () => {
    const w = world();
    const { result } = await publish(w, {
      serverJsonText: JSON.stringify(
        serverJson({
          version: '1.2.2',
          packages: [{ registryType: 'npm', identifier: '@acme/other', version: '1.2.2' }],
        }),
      ),
    });
    expect(result.outcome).toBe('failed');
    expect(result.rule).toBe('promote/server-json-invalid');
    expect(result.problem).toMatch(/^MCP Registry: not sent, the registry would refuse it: /);
    expect(result.problem).toContain('server.json version is "1.2.2", the package is 1.2.3');
    expect(result.problem).toContain(`server.json has no npm package entry for ${PACKAGE}`);
    expect(w.calls).toEqual([]);
  });

  it('a concurrent promote published it between our read and our write: theirs stands', async () => {
    const w = world();
    w.fail('publishEntry', new McpRegistryError('cannot publish duplicate version', 400), () =>
      w.entries.set(`${SERVER}@${VERSION}`, { status: 'active' }),
    );
    const { result, log } = await publish(w);
    expect(result).toEqual({ outcome: 'already-published' });
    expect(log).toEqual([`MCP Registry: ${SERVER} ${VERSION} was published meanwhile by another run`]);
  });

  it("a refusal is reported with the registry's message and how to finish, never thrown", async () => {
    const w = world();
    w.fail('publishEntry', new McpRegistryError('namespace io.github.acme is not yours', 403));
    const { result } = await publish(w);
    expect(result).toEqual({
      outcome: 'failed',
      problem:
        'MCP Registry: namespace io.github.acme is not yours (npm is already promoted; re-run promote to finish)',
    });
    expect(w.entries.size).toBe(0);
  });

  it('a failed token exchange is reported the same way', async () => {
    const w = world();
    w.fail('exchangeGitHubOidc', new McpRegistryError('OIDC token audience mismatch', 401));
    const { result } = await publish(w);
    expect(result.outcome).toBe('failed');
    expect(result.problem).toContain('OIDC token audience mismatch');
    expect(w.entries.size).toBe(0);
  });
});

describe('setMcpRegistryStatus', () => {
  const set = (w: World, status: RegistryStatus, serverJsonText: string | undefined = JSON.stringify(serverJson())) =>
    setMcpRegistryStatus(w.ports, { version: VERSION, status, message: 'rolled back', serverJsonText });

  it('deprecates a published version; a re-run changes nothing', async () => {
    const w = world();
    w.entries.set(`${SERVER}@${VERSION}`, { status: 'active' });
    expect(await set(w, 'deprecated')).toEqual({ outcome: 'updated' });
    expect(w.entries.get(`${SERVER}@${VERSION}`)).toMatchObject({ status: 'deprecated', statusMessage: 'rolled back' });
    expect(w.audiences).toEqual([MCP_REGISTRY_AUDIENCE]);
    const calls = w.calls.length;
    expect(await set(w, 'deprecated')).toEqual({ outcome: 'unchanged' });
    expect(w.calls.slice(calls)).toEqual([`getEntry ${MCP_REGISTRY_URL} ${SERVER} ${VERSION}`]);
  });

  it('an entry without a status counts as active: setting active changes nothing', async () => {
    const w = world();
    w.entries.set(`${SERVER}@${VERSION}`, {});
    expect(await set(w, 'active')).toEqual({ outcome: 'unchanged' });
    expect(w.calls.some((c) => c.startsWith('setStatus'))).toBe(false);
  });

  it('skipped when the registry has no such version, or the package has no usable server.json', async () => {
    const w = world();
    expect(await set(w, 'deprecated')).toEqual({ outcome: 'skipped' });
    expect(await set(w, 'deprecated', undefined)).toEqual({ outcome: 'skipped' });
    expect(await set(w, 'deprecated', '{"description":"no name"}')).toEqual({ outcome: 'skipped' });
    expect(w.calls.some((c) => c.startsWith('setStatus'))).toBe(false);
  });

  it('a failure says the npm side stays done', async () => {
    const w = world();
    w.entries.set(`${SERVER}@${VERSION}`, { status: 'active' });
    w.fail('setStatus', new McpRegistryError('registry unavailable', 503));
    expect(await set(w, 'deprecated')).toEqual({
      outcome: 'failed',
      problem: 'MCP Registry: registry unavailable (the npm side is done and stays done)',
    });
  });
});

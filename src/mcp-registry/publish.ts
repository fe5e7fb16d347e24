import { notYetServedMessage, type RegistryWaitResult } from '../release/registry-wait.js';
import {
  MCP_REGISTRY_AUDIENCE,
  MCP_REGISTRY_URL,
  serverJsonProblems,
  type McpRegistryApi,
  type RegistryStatus,
} from './client.js';

/**
 * server.json to the official MCP Registry on promote, and its status on
 * rollback. The registry reads the version from npm when it is published, and
 * npm can take minutes to show a new version everywhere (npm/cli#4513): we wait
 * until npm serves `GET /<name>/<version>`, the URL the registry checks
 * (bounded by promote's `registry-wait`, each look said in the log). Failures here never undo the npm side; a re-run
 * finishes what is missing. The command hands in the outside world: the
 * registry's API, OIDC tokens, npm's wait and the server.json it read.
 */
export interface McpRegistryResult {
  outcome: 'published' | 'already-published' | 'updated' | 'unchanged' | 'skipped' | 'failed';
  problem?: string;
  rule?: string;
}

export interface McpRegistryPorts {
  api: McpRegistryApi;
  /** An OIDC identity token for the audience (GitHub Actions' endpoint). */
  identityToken(audience: string): Promise<string>;
}

async function registryToken(ports: McpRegistryPorts, base: string): Promise<string> {
  const oidc = await ports.identityToken(MCP_REGISTRY_AUDIENCE);
  return ports.api.exchangeGitHubOidc(base, oidc);
}

/** The package's server.json (its text, undefined when the folder has none) as an object, or what is wrong with it. */
function parseServerJson(text: string | undefined): Record<string, unknown> | string {
  if (text === undefined) return 'no server.json in the package folder';
  try {
    const value: unknown = JSON.parse(text);
    return value && typeof value === 'object' && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : 'server.json is not a JSON object';
  } catch {
    return 'server.json is not JSON';
  }
}

export async function publishToMcpRegistry(
  ports: McpRegistryPorts,
  options: {
    /** The npm package's name. */
    packageName: string;
    version: string;
    /** The npm registry (where the MCP Registry checks the version). */
    registry: string;
    registryUrl?: string;
    serverJsonText: string | undefined;
    log: (line: string) => void;
    /** Waits until npm serves the version (bounded by promote's `registry-wait`, each look said as it happens). */
    waitForNpm: () => Promise<RegistryWaitResult>;
  },
): Promise<McpRegistryResult> {
  const { version, log } = options;
  const { api } = ports;
  const base = options.registryUrl ?? MCP_REGISTRY_URL;
  const serverJson = parseServerJson(options.serverJsonText);
  if (typeof serverJson === 'string')
    return { outcome: 'failed', rule: 'promote/server-json-invalid', problem: `MCP Registry: ${serverJson}` };
  const problems = serverJsonProblems(serverJson, options.packageName, version);
  if (problems.length)
    return {
      outcome: 'failed',
      rule: 'promote/server-json-invalid',
      problem: `MCP Registry: not sent, the registry would refuse it: ${problems.join('; ')}`,
    };
  const name = serverJson.name as string;
  try {
    if (await api.getEntry(base, name, version)) {
      log(`MCP Registry: ${name} ${version} is already published`);
      return { outcome: 'already-published' };
    }
    const where = { registry: options.registry, name: options.packageName, version };
    const wait = await options.waitForNpm();
    if (!wait.served)
      return {
        outcome: 'failed',
        rule: 'registry/not-yet-served',
        problem: `MCP Registry: not sent: ${notYetServedMessage(where, wait)} (npm is already promoted)`,
      };
    const token = await registryToken(ports, base);
    try {
      await api.publishEntry(base, token, serverJson);
    } catch (error) {
      // A concurrent promote published it after we looked (the registry refuses duplicates): theirs stands.
      if (!(await api.getEntry(base, name, version).catch(() => undefined))) throw error;
      log(`MCP Registry: ${name} ${version} was published meanwhile by another run`);
      return { outcome: 'already-published' };
    }
    log(`MCP Registry: published ${name} ${version}`);
    return { outcome: 'published' };
  } catch (error) {
    return {
      outcome: 'failed',
      problem: `MCP Registry: ${(error as Error).message} (npm is already promoted; re-run promote to finish)`,
    };
  }
}

export async function setMcpRegistryStatus(
  ports: McpRegistryPorts,
  options: {
    version: string;
    status: RegistryStatus;
    message?: string;
    registryUrl?: string;
    serverJsonText: string | undefined;
  },
): Promise<McpRegistryResult> {
  const base = options.registryUrl ?? MCP_REGISTRY_URL;
  const serverJson = parseServerJson(options.serverJsonText);
  if (typeof serverJson === 'string' || typeof serverJson.name !== 'string') return { outcome: 'skipped' };
  try {
    const entry = await ports.api.getEntry(base, serverJson.name, options.version);
    if (!entry) return { outcome: 'skipped' };
    if ((entry.status ?? 'active') === options.status) return { outcome: 'unchanged' };
    await ports.api.setStatus(
      base,
      await registryToken(ports, base),
      serverJson.name,
      options.version,
      options.status,
      options.message,
    );
    return { outcome: 'updated' };
  } catch (error) {
    return {
      outcome: 'failed',
      problem: `MCP Registry: ${(error as Error).message} (the npm side is done and stays done)`,
    };
  }
}

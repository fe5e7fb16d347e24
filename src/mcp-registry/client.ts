import { validateServerJsonSchema } from './server-schema.js';
import { descriptionProblem, serverNameProblem } from './server-json-rules.js';

/**
 * The official MCP Registry's publish API (v0.1): a GitHub OIDC token is
 * exchanged for a registry token, server.json is POSTed to /v0.1/publish, and
 * a version's lifecycle status is PATCHed. Every write is preceded by a read,
 * so a re-run does nothing that is already done. This module holds the API's
 * contract and what the registry would refuse; adapters/mcp-registry.ts calls it.
 */
export const MCP_REGISTRY_URL = 'https://registry.modelcontextprotocol.io';
export const MCP_REGISTRY_AUDIENCE = 'https://registry.modelcontextprotocol.io';

export type RegistryStatus = 'active' | 'deprecated' | 'deleted';

export interface RegistryEntry {
  status?: RegistryStatus;
  statusMessage?: string;
  isLatest?: boolean;
}

export class McpRegistryError extends Error {
  override readonly name = 'McpRegistryError';
  constructor(
    message: string,
    readonly status?: number,
  ) {
    super(message);
  }
}

/**
 * The registry's API as the release logic uses it; the MCP Registry adapter
 * implements it over HTTP. Failures are McpRegistryError.
 */
export interface McpRegistryApi {
  /** Exchange a GitHub Actions OIDC token for a short-lived registry token. */
  exchangeGitHubOidc(base: string, oidcToken: string): Promise<string>;
  /** The version's entry (deleted ones too), or undefined when the registry has none. */
  getEntry(base: string, name: string, version: string): Promise<RegistryEntry | undefined>;
  publishEntry(base: string, token: string, serverJson: unknown): Promise<void>;
  setStatus(
    base: string,
    token: string,
    name: string,
    version: string,
    status: RegistryStatus,
    message?: string,
  ): Promise<void>;
}

/** What the registry would refuse, checked before anything is sent. */
export function serverJsonProblems(
  serverJson: Record<string, unknown>,
  packageName: string,
  version: string,
): string[] {
  const problems = validateServerJsonSchema(serverJson).map((e) => `server.json${e.instancePath} ${e.message ?? ''}`);
  const name = typeof serverJson.name === 'string' ? serverJson.name : '';
  const nameProblem = serverNameProblem(name);
  if (nameProblem) problems.push(`server.json name: ${nameProblem}`);
  const description = descriptionProblem(serverJson.description);
  if (description) problems.push(`server.json description: ${description}`);
  if (serverJson.version !== version)
    problems.push(`server.json version is ${JSON.stringify(serverJson.version)}, the package is ${version}`);
  const npm = (
    Array.isArray(serverJson.packages)
      ? (serverJson.packages as { registryType?: string; identifier?: string; version?: string }[])
      : []
  ).find((p) => p.registryType === 'npm' && p.identifier === packageName);
  if (!npm) problems.push(`server.json has no npm package entry for ${packageName}`);
  else if (npm.version !== undefined && npm.version !== version)
    problems.push(`server.json packages[npm].version is ${npm.version}, the package is ${version}`);
  return [...new Set(problems)];
}

import { validateServerJsonSchema } from './server-schema.js';
import { descriptionProblem, serverNameProblem } from './server-json-rules.js';

/**
 * The official MCP Registry's publish API (v0.1): a GitHub OIDC token is
 * exchanged for a registry token, server.json is POSTed to /v0.1/publish, and
 * a version's lifecycle status is PATCHed. Every write is preceded by a read,
 * so a re-run does nothing that is already done.
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

const versionPath = (name: string, version: string) =>
  `/v0.1/servers/${encodeURIComponent(name)}/versions/${encodeURIComponent(version)}`;

async function call(
  base: string,
  method: string,
  path: string,
  body: unknown,
  token?: string,
): Promise<{ status: number; json: Record<string, unknown> }> {
  let response: Response;
  try {
    response = await fetch(`${base.replace(/\/+$/, '')}${path}`, {
      method,
      headers: {
        accept: 'application/json',
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      signal: AbortSignal.timeout(30_000),
    });
  } catch (error) {
    throw new McpRegistryError(`${method} ${path}: ${(error as Error).message}`);
  }
  const json = (await response.json().catch(() => ({}))) as Record<string, unknown>;
  return { status: response.status, json };
}

const errorText = (json: Record<string, unknown>) =>
  String(json.error ?? json.detail ?? json.title ?? json.message ?? 'no message');

/** Exchange a GitHub Actions OIDC token for a short-lived registry token. */
export async function exchangeGitHubOidc(base: string, oidcToken: string): Promise<string> {
  const { status, json } = await call(base, 'POST', '/v0.1/auth/github-oidc', { oidc_token: oidcToken });
  if (status !== 200 || typeof json.registry_token !== 'string')
    throw new McpRegistryError(
      `the MCP Registry refused the GitHub OIDC token (HTTP ${status}: ${errorText(json)})`,
      status,
    );
  return json.registry_token;
}

export async function getEntry(base: string, name: string, version: string): Promise<RegistryEntry | undefined> {
  const { status, json } = await call(base, 'GET', `${versionPath(name, version)}?include_deleted=true`, undefined);
  if (status === 404) return undefined;
  if (status !== 200)
    throw new McpRegistryError(
      `reading ${name}@${version} from the MCP Registry: HTTP ${status} ${errorText(json)}`,
      status,
    );
  return ((json._meta as Record<string, unknown> | undefined)?.['io.modelcontextprotocol.registry/official'] ??
    {}) as RegistryEntry;
}

export async function publishEntry(base: string, token: string, serverJson: unknown): Promise<void> {
  const { status, json } = await call(base, 'POST', '/v0.1/publish', serverJson, token);
  if (status !== 200 && status !== 201)
    throw new McpRegistryError(`publishing to the MCP Registry: HTTP ${status} ${errorText(json)}`, status);
}

export async function setStatus(
  base: string,
  token: string,
  name: string,
  version: string,
  status: RegistryStatus,
  message?: string,
): Promise<void> {
  const result = await call(
    base,
    'PATCH',
    `${versionPath(name, version)}/status`,
    { status, ...(message ? { statusMessage: message.slice(0, 500) } : {}) },
    token,
  );
  if (result.status !== 200)
    throw new McpRegistryError(
      `setting ${name}@${version} to ${status} in the MCP Registry: HTTP ${result.status} ${errorText(result.json)}`,
      result.status,
    );
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

import {
  McpRegistryError,
  type McpRegistryApi,
  type RegistryEntry,
  type RegistryStatus,
} from '../mcp-registry/client.js';

/** The official MCP Registry over HTTP (v0.1): the McpRegistryApi of mcp-registry/client.ts. */
export const mcpRegistryHttp: McpRegistryApi = {
  exchangeGitHubOidc: (base, oidcToken) => exchangeGitHubOidc(base, oidcToken),
  getEntry: (base, name, version) => getEntry(base, name, version),
  publishEntry: (base, token, serverJson) => publishEntry(base, token, serverJson),
  setStatus: (base, token, name, version, status, message) => setStatus(base, token, name, version, status, message),
};

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
async function exchangeGitHubOidc(base: string, oidcToken: string): Promise<string> {
  const { status, json } = await call(base, 'POST', '/v0.1/auth/github-oidc', { oidc_token: oidcToken });
  if (status !== 200 || typeof json.registry_token !== 'string')
    throw new McpRegistryError(
      `the MCP Registry refused the GitHub OIDC token (HTTP ${status}: ${errorText(json)})`,
      status,
    );
  return json.registry_token;
}

async function getEntry(base: string, name: string, version: string): Promise<RegistryEntry | undefined> {
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

async function publishEntry(base: string, token: string, serverJson: unknown): Promise<void> {
  const { status, json } = await call(base, 'POST', '/v0.1/publish', serverJson, token);
  if (status !== 200 && status !== 201)
    throw new McpRegistryError(`publishing to the MCP Registry: HTTP ${status} ${errorText(json)}`, status);
}

async function setStatus(
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

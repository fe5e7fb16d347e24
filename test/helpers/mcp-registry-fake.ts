import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { validateServerJsonSchema } from '../../src/mcp-registry/server-schema.js';
import { leaksIn } from './leak-guard.js';

/**
 * A fake of the official MCP Registry's publish API (v0.1), following its
 * published OpenAPI description: GitHub OIDC token exchange (audience and
 * namespace checked), publish (server.json validated against the registry's
 * own dated schema, the npm package checked on the npm registry it names, no
 * duplicate versions), read one version, and status updates.
 */
export interface McpRegistryFake {
  url: string;
  entries: Map<
    string,
    { server: Record<string, unknown>; status: 'active' | 'deprecated' | 'deleted'; statusMessage?: string }
  >;
  requests: { method: string; path: string; status: number }[];
  /** Fail the next N requests whose path matches. */
  fail(path: RegExp, status: number, times?: number): void;
  stop(): Promise<void>;
}

const AUDIENCE = 'https://registry.modelcontextprotocol.io';

function decodeJwt(token: string): Record<string, string> | undefined {
  try {
    return JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString('utf8')) as Record<string, string>;
  } catch {
    return undefined;
  }
}

/** `npmRegistry`: the npm registry it checks packages on (a function when that registry moves, as a restarted one does). */
export async function startMcpRegistryFake(npmRegistry: string | (() => string)): Promise<McpRegistryFake> {
  const npmRegistryUrl = typeof npmRegistry === 'string' ? () => npmRegistry : npmRegistry;
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const tokens = new Map<string, string>(); // registry token -> GitHub owner
  const faults: { path: RegExp; status: number; times: number }[] = [];
  const fake: McpRegistryFake = {
    url,
    entries: new Map(),
    requests: [],
    fail: (path, status, times = 1) => void faults.push({ path, status, times }),
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
  const response = (key: string) => {
    const entry = fake.entries.get(key);
    if (!entry) return undefined;
    const name = String(entry.server.name);
    const latest = [...fake.entries.entries()]
      .filter(([, e]) => e.server.name === name && e.status !== 'deleted')
      .map(([k]) => k)
      .pop();
    return {
      server: entry.server,
      _meta: {
        'io.modelcontextprotocol.registry/official': {
          status: entry.status,
          ...(entry.statusMessage ? { statusMessage: entry.statusMessage } : {}),
          publishedAt: '2026-01-01T00:00:00Z',
          updatedAt: '2026-01-01T00:00:00Z',
          isLatest: latest === key,
        },
      },
    };
  };

  server.on('request', (req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      void (async () => {
        const u = new URL(req.url ?? '/', url);
        const send = (status: number, body: unknown) => {
          fake.requests.push({ method: req.method ?? 'GET', path: u.pathname, status });
          res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
        };
        // The registry publishes what it receives: a secret in a body is refused loudly, failing the test.
        const leaked = leaksIn(Buffer.concat(chunks).toString('latin1'));
        if (leaked.length) return send(400, { error: `secret leaked: ${leaked.join(', ')}` });
        const fault = faults.find((f) => f.path.test(u.pathname) && f.times > 0);
        if (fault) {
          fault.times -= 1;
          return send(fault.status, { error: `injected ${fault.status}` });
        }
        const body = chunks.length
          ? (JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, unknown>)
          : {};
        const owner = tokens.get((req.headers.authorization ?? '').replace(/^Bearer /, ''));
        if (req.method === 'POST' && u.pathname === '/v0.1/auth/github-oidc') {
          const claims = decodeJwt(String(body.oidc_token ?? ''));
          if (!claims || claims.aud !== AUDIENCE || claims.iss !== 'https://token.actions.githubusercontent.com')
            return send(401, {
              error: 'invalid OIDC token (audience must be https://registry.modelcontextprotocol.io)',
            });
          const token = `mcpreg_${tokens.size + 1}`;
          tokens.set(token, claims.repository_owner ?? '');
          return send(200, { registry_token: token, expires_at: 9999999999 });
        }
        const versionMatch = /^\/v0\.1\/servers\/([^/]+)\/versions\/([^/]+)(\/status)?$/.exec(u.pathname);
        if (versionMatch) {
          const key = `${decodeURIComponent(versionMatch[1] as string)}@${decodeURIComponent(versionMatch[2] as string)}`;
          const entry = fake.entries.get(key);
          if (req.method === 'GET' && !versionMatch[3]) {
            if (!entry || (entry.status === 'deleted' && u.searchParams.get('include_deleted') !== 'true'))
              return send(404, { error: 'Server not found' });
            return send(200, response(key));
          }
          if (req.method === 'PATCH' && versionMatch[3]) {
            if (!owner && owner !== '') return send(401, { error: 'Invalid or expired Registry JWT token' });
            if (!entry) return send(404, { error: 'Server version not found' });
            if (!['active', 'deprecated', 'deleted'].includes(String(body.status)))
              return send(400, { error: 'Invalid status value' });
            if (entry.status === body.status && (entry.statusMessage ?? '') === (body.statusMessage ?? ''))
              return send(400, { error: `No changes to apply: status is already ${entry.status}` });
            entry.status = body.status as 'active';
            if (typeof body.statusMessage === 'string') entry.statusMessage = body.statusMessage;
            else delete entry.statusMessage;
            return send(200, response(key));
          }
        }
        if (req.method === 'POST' && u.pathname === '/v0.1/publish') {
          if (owner === undefined) return send(401, { error: 'Invalid or expired Registry JWT token' });
          const errors = validateServerJsonSchema(body);
          if (errors.length)
            return send(400, {
              error: `validation failed: ${errors.map((e) => `${e.instancePath} ${e.message ?? ''}`).join('; ')}`,
            });
          const name = String(body.name);
          if (!name.startsWith(`io.github.${owner}/`))
            return send(403, { error: `You do not have permission to publish this server (namespace of ${owner})` });
          const key = `${name}@${String(body.version)}`;
          if (fake.entries.has(key)) return send(400, { error: 'cannot publish duplicate version' });
          // Like the registry: the npm package must exist at that version and name this server in mcpName.
          const npm = (
            body.packages as { registryType: string; identifier: string; version?: string }[] | undefined
          )?.find((p) => p.registryType === 'npm');
          if (npm) {
            const packument = (await fetch(
              `${npmRegistryUrl().replace(/\/$/, '')}/${npm.identifier.replace('/', '%2f')}`,
            )
              .then((r) => (r.ok ? r.json() : undefined))
              .catch(() => undefined)) as { versions?: Record<string, { mcpName?: string }> } | undefined;
            const published = packument?.versions?.[npm.version ?? String(body.version)];
            if (!published) return send(400, { error: `NPM package '${npm.identifier}' version not found` });
            if (published.mcpName !== name)
              return send(400, {
                error: `NPM package '${npm.identifier}' is missing required 'mcpName' field matching ${name}`,
              });
          }
          // Checked again after the await: two publishes at once must not both land (the registry's database refuses the second).
          if (fake.entries.has(key)) return send(400, { error: 'cannot publish duplicate version' });
          fake.entries.set(key, { server: body, status: 'active' });
          return send(200, response(key));
        }
        return send(404, { error: 'not found' });
      })().catch((error: Error) => res.writeHead(500).end(error.message));
    });
  });
  return fake;
}

import { access, mkdtemp, rm, writeFile } from 'node:fs/promises';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';

export interface TestRegistry {
  /** e.g. http://127.0.0.1:41234/ */
  url: string;
  /** A JWT API token of the user created at start. */
  token: string;
  stop(): Promise<void>;
}

/**
 * A real npm registry (Verdaccio 6), for the demo and the tests, on a free loopback port, with its own
 * temporary storage, htpasswd auth, no uplinks, and JWT API tokens (the default
 * legacy tokens run bcrypt on every request: 200-800 ms each).
 */
export interface RegistryOptions {
  /** Proxy what is not published locally to this registry (the demo: npm). */
  uplink?: string;
  /**
   * Serve an existing registry folder (htpasswd, storage and its JWT secret) and keep
   * it on stop: a restarted registry then has the same packages and accepts the same
   * token. `token` is empty then; the caller kept it from the first start.
   */
  dir?: string;
  /** A fixed port (to restart on the same URL); default a free one. */
  port?: number;
}

export async function startRegistry(options: RegistryOptions = {}): Promise<TestRegistry> {
  const dir = options.dir ?? (await mkdtemp(path.join(os.tmpdir(), 'mcp-release-registry-')));
  const htpasswd = path.join(dir, 'htpasswd');
  const reopened = await access(htpasswd).then(
    () => true,
    () => false,
  );
  if (!reopened) await writeFile(htpasswd, '');
  const config = {
    self_path: path.join(dir, 'config.yaml'),
    storage: path.join(dir, 'storage'),
    auth: { htpasswd: { file: htpasswd, max_users: 100, algorithm: 'bcrypt', rounds: 4 } },
    // Tests: no uplinks, nothing leaves the machine. The demo proxies what is not
    // published locally (the example's dependencies) to the public registry.
    uplinks: options.uplink ? { npmjs: { url: options.uplink } } : {},
    packages: {
      '**': {
        access: '$all',
        publish: '$authenticated',
        unpublish: '$authenticated',
        ...(options.uplink ? { proxy: 'npmjs' } : {}),
      },
    },
    security: { api: { legacy: false, jwt: { sign: { expiresIn: '7d' } } }, web: { sign: { expiresIn: '7d' } } },
    server: { keepAliveTimeout: 5 },
    log: { type: 'stdout', format: 'json', level: 'fatal' },
    web: { enable: false },
  };
  const { runServer } = (await import('verdaccio')) as unknown as { runServer: (config: unknown) => Promise<Server> };
  const server = await runServer(config);
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  const token = reopened ? '' : await createUser(url);
  return {
    url,
    token,
    async stop() {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections?.();
      if (!options.dir) await rm(dir, { recursive: true, force: true });
    },
  };
}

/** The release bot's account; returns its JWT API token. */
async function createUser(url: string): Promise<string> {
  const response = await fetch(`${url}-/user/org.couchdb.user:release-bot`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ name: 'release-bot', password: 'release-bot-password' }),
  });
  const { token } = (await response.json()) as { token: string };
  return token;
}

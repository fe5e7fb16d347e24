import { mkdtemp, rm, writeFile } from 'node:fs/promises';
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
export async function startRegistry(options: { uplink?: string } = {}): Promise<TestRegistry> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'mcp-release-registry-'));
  const htpasswd = path.join(dir, 'htpasswd');
  await writeFile(htpasswd, '');
  const config = {
    self_path: path.join(dir, 'config.yaml'),
    storage: path.join(dir, 'storage'),
    auth: { htpasswd: { file: htpasswd, max_users: 100, algorithm: 'bcrypt', rounds: 4 } },
    // Tests: no uplinks, nothing leaves the machine. The demo proxies what is not
    // published locally (the example's dependencies) to the public registry.
    uplinks: options.uplink ? { npmjs: { url: options.uplink } } : {},
    packages: { '**': { access: '$all', publish: '$authenticated', unpublish: '$authenticated', ...(options.uplink ? { proxy: 'npmjs' } : {}) } },
    security: { api: { legacy: false, jwt: { sign: { expiresIn: '7d' } } }, web: { sign: { expiresIn: '7d' } } },
    server: { keepAliveTimeout: 5 },
    log: { type: 'stdout', format: 'json', level: 'fatal' },
    web: { enable: false },
  };
  const { runServer } = (await import('verdaccio')) as unknown as { runServer: (config: unknown) => Promise<Server> };
  const server = await runServer(config);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  const response = await fetch(`${url}-/user/org.couchdb.user:release-bot`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ name: 'release-bot', password: 'release-bot-password' }),
  });
  const { token } = (await response.json()) as { token: string };
  return {
    url,
    token,
    async stop() {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections?.();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

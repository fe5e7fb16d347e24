import { createServer, request as httpRequest, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

/**
 * An HTTP proxy in front of Verdaccio that behaves like the npm registry right
 * after a publish: a new version can take minutes to be served (npm/cli#4513).
 * For `delayMs` after a version is published through it (or after `hide()`),
 * the version is hidden: `GET /<name>/<version>` answers 404, and the packument
 * `GET /<name>` lists it nowhere (not in `versions`, `time`, nor any dist-tag
 * pointing at it), so `npm install name@version` fails with ETARGET, as on the
 * real registry.
 */
export interface PropagationProxy {
  url: string;
  /** Hide name@version for `ms` from now. */
  hide(name: string, version: string, ms: number): void;
  /** Serve name@version from now on (ends a hide early). */
  reveal(name: string, version: string): void;
  /** Every request: method, path and the status answered. */
  requests: { method: string; path: string; status: number }[];
  stop(): Promise<void>;
}

interface Packument {
  versions?: Record<string, unknown>;
  time?: Record<string, unknown>;
  'dist-tags'?: Record<string, string>;
}

/** `/@scope%2fname/1.0.0`, `/@scope/name`, `/name` -> the package name and what follows it. */
export function parseRegistryPath(rawPath: string): { name: string; rest: string[] } | undefined {
  const segments = (rawPath.split('?')[0] ?? '')
    .split('/')
    .filter(Boolean)
    .map((s) => decodeURIComponent(s));
  const first = segments[0];
  if (!first || first.startsWith('-')) return undefined;
  if (first.startsWith('@') && !first.includes('/')) {
    const second = segments[1];
    return second ? { name: `${first}/${second}`, rest: segments.slice(2) } : undefined;
  }
  return { name: first, rest: segments.slice(1) };
}

/** The packument without the hidden versions. Pure. */
export function withoutVersions(packument: Packument, hidden: ReadonlySet<string>): Packument {
  const drop = <T>(record: Record<string, T> | undefined, keep: (key: string, value: T) => boolean) =>
    record ? Object.fromEntries(Object.entries(record).filter(([k, v]) => keep(k, v))) : record;
  return {
    ...packument,
    ...(packument.versions ? { versions: drop(packument.versions, (v) => !hidden.has(v)) } : {}),
    ...(packument.time ? { time: drop(packument.time, (v) => !hidden.has(v)) } : {}),
    ...(packument['dist-tags'] ? { 'dist-tags': drop(packument['dist-tags'], (_tag, v) => !hidden.has(v)) } : {}),
  };
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

export async function startPropagationProxy(
  upstream: string,
  options: { delayMs?: number } = {},
): Promise<PropagationProxy> {
  const target = new URL(upstream);
  const hiddenUntil = new Map<string, number>();
  const requests: PropagationProxy['requests'] = [];
  const hiddenOf = (name: string): Set<string> => {
    const now = Date.now();
    const out = new Set<string>();
    for (const [key, until] of hiddenUntil) {
      const at = key.lastIndexOf('@');
      if (key.slice(0, at) === name && until > now) out.add(key.slice(at + 1));
    }
    return out;
  };
  const hide = (name: string, version: string, ms: number) =>
    void hiddenUntil.set(`${name}@${version}`, Date.now() + ms);

  /** Forward to Verdaccio; resolves with its status, headers and body (uncompressed: accept-encoding is dropped). */
  const forward = (
    req: IncomingMessage,
    body: Buffer,
  ): Promise<{ status: number; headers: IncomingMessage['headers']; body: Buffer }> =>
    new Promise((resolve, reject) => {
      const headers = { ...req.headers };
      delete headers['accept-encoding'];
      const out = httpRequest(
        { host: target.hostname, port: target.port, method: req.method, path: req.url, headers },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () =>
            resolve({ status: res.statusCode ?? 502, headers: res.headers, body: Buffer.concat(chunks) }),
          );
          res.on('error', reject);
        },
      );
      out.on('error', reject);
      out.end(body);
    });

  const answer = (res: ServerResponse, status: number, headers: IncomingMessage['headers'], body: Buffer) => {
    const clean = { ...headers };
    delete clean['content-length'];
    delete clean['transfer-encoding'];
    delete clean['content-encoding'];
    delete clean.etag; // the body may differ from what Verdaccio tagged
    res.writeHead(status, { ...clean, 'content-length': body.length });
    res.end(body);
  };

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<number> => {
    const parsed = parseRegistryPath(req.url ?? '/');
    const body = await readBody(req);
    const hidden = parsed ? hiddenOf(parsed.name) : new Set<string>();
    if (req.method === 'GET' && parsed && parsed.rest.length === 1 && hidden.has(parsed.rest[0] ?? '')) {
      answer(
        res,
        404,
        { 'content-type': 'application/json' },
        Buffer.from(JSON.stringify({ error: 'version not found' })),
      );
      return 404;
    }
    const upstreamAnswer = await forward(req, body);
    if (req.method === 'PUT' && parsed && parsed.rest.length === 0 && upstreamAnswer.status < 300 && options.delayMs) {
      // A publish: its versions are not served for a while.
      const published = (JSON.parse(body.toString('utf8') || '{}') as Packument).versions ?? {};
      for (const version of Object.keys(published)) hide(parsed.name, version, options.delayMs);
    }
    let out = upstreamAnswer.body;
    if (req.method === 'GET' && parsed && parsed.rest.length === 0 && upstreamAnswer.status === 200 && hidden.size) {
      out = Buffer.from(JSON.stringify(withoutVersions(JSON.parse(out.toString('utf8')) as Packument, hidden)));
    }
    answer(res, upstreamAnswer.status, upstreamAnswer.headers, out);
    return upstreamAnswer.status;
  };

  const sockets = new Set<Socket>();
  const server = createServer((req, res) => {
    handle(req, res).then(
      (status) => requests.push({ method: req.method ?? '', path: req.url ?? '', status }),
      (error: Error) => {
        requests.push({ method: req.method ?? '', path: req.url ?? '', status: 502 });
        if (!res.headersSent) res.writeHead(502, { 'content-type': 'text/plain' });
        res.end(`propagation proxy: ${error.message}`);
      },
    );
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`,
    hide,
    reveal: (name, version) => void hiddenUntil.delete(`${name}@${version}`),
    requests,
    stop: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

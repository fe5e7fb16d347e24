import { createServer, request as httpRequest, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

/**
 * Reverse proxies in front of the npm registry, GitHub and the MCP Registry that
 * see every request of a release step, number its outside writes, and inject one
 * fault from a chosen point on: before the n-th write (or before the first
 * request, n = 0) until the step's command ends.
 */
export type Service = 'npm' | 'github' | 'mcp-registry';

export const FAULTS = {
  'registry killed': 'SIGKILL of the Verdaccio process',
  'registry 500': 'every npm registry response is 500',
  'registry 503': 'every npm registry response is 503 with Retry-After: 1',
  'registry 429': 'every npm registry response is 429 with Retry-After: 1',
  'registry slow': 'every npm registry response 2 s late',
  'GitHub 502': 'every GitHub API response is 502',
  'GitHub secondary limit': 'every GitHub API response is a 403 secondary rate limit with Retry-After: 1',
  'CLI killed before write': 'SIGKILL of the CLI (process group) as the write is sent; the write never lands',
  'CLI killed after write': 'the write lands, then SIGKILL of the CLI before it reads the answer',
} as const;
/**
 * Transport faults on the GitHub side, used by the version matrix (the release path above keeps its
 * own columns): the request is held unanswered, its connection reset before it reaches GitHub, or it
 * reaches GitHub and only its answer is lost (once, at the write where the fault starts).
 */
export const GITHUB_NETWORK_FAULTS = {
  'GitHub timeout': 'every GitHub request from this point on is held, never answered',
  'GitHub connection reset': 'every GitHub request from this point on has its connection reset before GitHub sees it',
  'GitHub reset after write': 'the write lands on GitHub, then its connection is reset before the answer',
} as const;
export type FaultName = keyof typeof FAULTS | keyof typeof GITHUB_NETWORK_FAULTS;

export interface WriteRecord {
  service: Service;
  /** e.g. "PUT npm publish", "POST /repos/{owner}/{repo}/releases". */
  label: string;
  status: number;
}

/** Where a fault starts: before the `write`-th write of the step (0: before its first request). */
export interface Arming {
  fault: FaultName;
  write: number;
}

export class Switchboard {
  /** Every write that reached a service in this world, with its answer (0: no answer). */
  readonly writes: WriteRecord[] = [];
  private armed?: Arming & { seen: number; active: boolean };
  /** Requests the armed fault changed (0: the step never reached it). */
  applied = 0;
  killCli: () => void = () => undefined;
  killRegistry: () => void = () => undefined;

  arm(arming: Arming): void {
    this.armed = { ...arming, seen: 0, active: false };
    this.applied = 0;
    if (arming.write === 0) this.start();
  }
  /** The fault begins: a registry kill happens once, here, and counts even when the step sends the registry nothing more (the MCP Registry asks it). */
  private start(): void {
    if (!this.armed) return;
    this.armed.active = true;
    if (this.armed.fault === 'registry killed') {
      this.killRegistry();
      this.applied += 1;
    }
  }
  disarm(): void {
    this.armed = undefined;
  }
  /** Called for each request; returns the fault to apply to it, if any. */
  next(service: Service, isWrite: boolean): FaultName | undefined {
    const armed = this.armed;
    if (!armed) return undefined;
    let starting = false;
    if (isWrite) {
      armed.seen += 1;
      if (!armed.active && armed.seen === armed.write) {
        this.start();
        starting = true;
      }
    }
    if (!armed.active) return undefined;
    const fault = armed.fault;
    // A killed registry fails every request that follows, through the proxy's forward.
    if (fault.startsWith('registry') && service !== 'npm') return undefined;
    if (fault.startsWith('GitHub') && service !== 'github') return undefined;
    // The CLI dies once, at the write where the fault starts; a lost answer is lost once too.
    if ((fault.startsWith('CLI') || fault === 'GitHub reset after write') && !starting) return undefined;
    this.applied += 1;
    return fault;
  }
}

/** A write changes state somewhere: every method but GET/HEAD, except token exchanges and audits. */
function isWrite(service: Service, method: string, path: string): boolean {
  if (method === 'GET' || method === 'HEAD') return false;
  if (service === 'mcp-registry' && path.startsWith('/v0.1/auth/')) return false;
  if (service === 'npm' && path.startsWith('/-/npm/v1/security/')) return false;
  return true;
}

/** A short, stable name for a write (ids and package names taken out). */
function writeLabel(service: Service, method: string, path: string, body: Buffer): string {
  if (service === 'npm') {
    if (path.includes('/dist-tags/'))
      return `${method} npm dist-tag ${decodeURIComponent(path.split('/').pop() ?? '')}`;
    const text = body.toString('utf8');
    return `${method} npm ${/"_attachments"\s*:\s*\{\s*"/.test(text) ? 'publish' : 'packument (deprecate)'}`;
  }
  if (service === 'github') return `${method} ${path.replace(/^\/repos\/[^/]+\/[^/]+/, '').replace(/\/\d+/g, '/{id}')}`;
  return `${method} MCP ${path.replace(/\/v0\.1\/servers\/.*/, '/v0.1/servers/{name}/versions/{version}')}`;
}

const faultAnswers: Partial<Record<FaultName, { status: number; headers: Record<string, string>; body: unknown }>> = {
  'registry 500': { status: 500, headers: {}, body: { error: 'internal server error (injected)' } },
  'registry 503': { status: 503, headers: { 'retry-after': '1' }, body: { error: 'service unavailable (injected)' } },
  'registry 429': { status: 429, headers: { 'retry-after': '1' }, body: { error: 'too many requests (injected)' } },
  'GitHub 502': { status: 502, headers: {}, body: { message: 'Server Error' } },
  'GitHub secondary limit': {
    status: 403,
    headers: { 'retry-after': '1', 'x-ratelimit-remaining': '4000' },
    body: {
      message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.',
      documentation_url:
        'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits',
    },
  },
};

export interface FaultProxy {
  url: string;
  stop(): Promise<void>;
}

export async function startFaultProxy(service: Service, target: () => string, board: Switchboard): Promise<FaultProxy> {
  const sockets = new Set<Socket>();
  let proxyUrl = '';
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => void handle(req, res, Buffer.concat(chunks)));
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });

  async function handle(req: IncomingMessage, res: ServerResponse, body: Buffer): Promise<void> {
    const method = req.method ?? 'GET';
    const path = new URL(req.url ?? '/', 'http://proxy').pathname;
    const write = isWrite(service, method, path);
    const record: WriteRecord | undefined = write
      ? { service, label: writeLabel(service, method, path, body), status: 0 }
      : undefined;
    if (record) board.writes.push(record);
    const fault = board.next(service, write);
    const answer = fault ? faultAnswers[fault] : undefined;
    if (answer) {
      res
        .writeHead(answer.status, { 'content-type': 'application/json', ...answer.headers })
        .end(JSON.stringify(answer.body));
      return;
    }
    // Held: the client's own timeout has to give up on it (the socket closes when the proxy stops).
    if (fault === 'GitHub timeout') return;
    if (fault === 'GitHub connection reset') {
      req.socket.destroy();
      return;
    }
    if (fault === 'CLI killed before write') {
      board.killCli();
      req.socket.destroy();
      return;
    }
    if (fault === 'registry slow') await new Promise((resolve) => setTimeout(resolve, 2000));
    try {
      const upstream = await forward(target(), req, body);
      if (record) record.status = upstream.status;
      if (fault === 'CLI killed after write' || fault === 'GitHub reset after write') {
        if (fault === 'CLI killed after write') board.killCli();
        req.socket.destroy();
        return;
      }
      // Links in GitHub's answers (a release's upload_url) lead back through the proxy too.
      const answer =
        service === 'github'
          ? Buffer.from(upstream.body.toString('utf8').replaceAll(target().replace(/\/$/, ''), proxyUrl))
          : upstream.body;
      res.writeHead(upstream.status, { ...upstream.headers, 'content-length': String(answer.length) }).end(answer);
    } catch (error) {
      if (process.env.FAULT_DEBUG) console.error('forward failed', service, target(), error);
      // The upstream is down (killed): the client sees its connection reset, as it would.
      req.socket.destroy();
    }
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  proxyUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: proxyUrl,
    async stop() {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** Send the request on to the service, keeping the client's Host so the registry's tarball URLs point back through us. */
function forward(
  target: string,
  req: IncomingMessage,
  body: Buffer,
): Promise<{ status: number; headers: Record<string, string | string[]>; body: Buffer }> {
  const base = new URL(target);
  return new Promise((resolve, reject) => {
    const headers = { ...req.headers, 'content-length': String(body.length) };
    delete headers['transfer-encoding'];
    delete headers.connection;
    const outgoing = httpRequest(
      { host: base.hostname, port: base.port, method: req.method, path: req.url, headers, agent: false },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (c: Buffer) => chunks.push(c));
        response.on('end', () => {
          const out: Record<string, string | string[]> = {};
          for (const [k, v] of Object.entries(response.headers))
            if (v !== undefined && k !== 'transfer-encoding' && k !== 'connection' && k !== 'keep-alive') out[k] = v;
          resolve({ status: response.statusCode ?? 502, headers: out, body: Buffer.concat(chunks) });
        });
        response.on('error', reject);
      },
    );
    outgoing.on('error', reject);
    outgoing.end(body);
  });
}

import type { ChildProcessWithoutNullStreams } from 'node:child_process';
import type { Transport } from '@modelcontextprotocol/sdk/shared/transport.js';
import type { JSONRPCMessage } from '@modelcontextprotocol/sdk/types.js';
import type { RawResponse, StdoutNoise } from '../../smoke/session.js';

const STDERR_TAIL_BYTES = 4096;
const MAX_NOISE = 20;
/** Longer than any real JSON-RPC message (a 10,000-tool list is a few MB): past it, the server is flooding. */
export const MAX_LINE_CHARS = 32 * 1024 * 1024;
/** All of stdout in one session. */
export const MAX_STDOUT_CHARS = 128 * 1024 * 1024;

/**
 * The stdio transport for the SDK client over a process we spawned ourselves.
 * Unlike the SDK's own transport it sees every stdout line: anything that is not
 * a JSON-RPC message is recorded as noise (the SDK would skip it silently), and
 * responses to our raw probes are taken out before the client sees them.
 */
export class StdioTap implements Transport {
  onclose?: () => void;
  onerror?: (error: Error) => void;
  onmessage?: <T extends JSONRPCMessage>(message: T) => void;

  readonly noise: StdoutNoise[] = [];
  noiseCount = 0;
  /** Every response received, by id, as sent (before SDK validation). */
  readonly responses = new Map<string | number, RawResponse>();
  protocolVersion: string | undefined;
  /** Why stdout stopped being read (a line or the total past its limit); the session ends there. */
  overflow: string | undefined;
  private stdoutChars = 0;
  private stderr = '';
  private pending: string[] = [];
  private pendingChars = 0;
  private lineNumber = 0;
  private readonly probes = new Map<string | number, (response: RawResponse) => void>();

  constructor(
    private readonly child: ChildProcessWithoutNullStreams,
    private readonly startedAt: number,
  ) {}

  async start(): Promise<void> {
    this.child.stdout.setEncoding('utf8');
    this.child.stdout.on('data', (chunk: string) => this.onStdout(chunk));
    this.child.stderr.setEncoding('utf8');
    this.child.stderr.on('data', (chunk: string) => {
      this.stderr = (this.stderr + chunk).slice(-STDERR_TAIL_BYTES);
    });
    this.child.stdin.on('error', () => undefined); // the server may exit before reading
    this.child.on('close', () => this.onclose?.());
  }

  /** Ids of the requests sent, by method, in order (to find the raw answer to an SDK call). */
  readonly sent = new Map<string, (string | number)[]>();

  async send(message: JSONRPCMessage): Promise<void> {
    if (!this.child.stdin.writable) throw new Error('the server closed its stdin');
    if ('method' in message && 'id' in message)
      this.sent.set(message.method, [...(this.sent.get(message.method) ?? []), message.id]);
    this.child.stdin.write(`${JSON.stringify(message)}\n`);
  }

  /**
   * The SDK client closes its transport when initialize fails; the session still
   * needs stdin for the server/discover probe, so closing waits for `end()`.
   */
  async close(): Promise<void> {
    // Deliberately nothing: see end().
  }

  /** Close the server's stdin: the spec's first shutdown step. */
  end(): void {
    this.child.stdin.end();
  }

  setProtocolVersion(version: string): void {
    this.protocolVersion = version;
  }

  /** Send a raw request the SDK client does not know, and wait for its answer. */
  probe(method: string, params: Record<string, unknown>, timeoutMs: number): Promise<RawResponse | undefined> {
    const id = `mcp-release-probe-${method}`;
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.probes.delete(id);
        resolve(undefined);
      }, timeoutMs);
      this.probes.set(id, (response) => {
        clearTimeout(timer);
        resolve(response);
      });
      void this.send({ jsonrpc: '2.0', id, method, params } as JSONRPCMessage).catch(() => {
        clearTimeout(timer);
        this.probes.delete(id);
        resolve(undefined);
      });
    });
  }

  /** The raw response to the last request of this method. */
  lastResponse(method: string): RawResponse | undefined {
    const id = this.sent.get(method)?.at(-1);
    return id === undefined ? undefined : this.responses.get(id);
  }

  stderrTail(): string {
    return this.stderr.trimEnd();
  }

  private onStdout(chunk: string): void {
    if (this.overflow) return;
    this.stdoutChars += chunk.length;
    let newline = chunk.indexOf('\n');
    if (this.stdoutChars > MAX_STDOUT_CHARS || (newline === -1 && this.pendingChars + chunk.length > MAX_LINE_CHARS))
      return this.stopReading();
    // Only the new chunk is searched for newlines: a long line costs linear time, not quadratic.
    let from = 0;
    while (newline !== -1) {
      this.pending.push(chunk.slice(from, newline));
      const line = this.pending.join('').replace(/\r$/, '');
      this.pending = [];
      this.pendingChars = 0;
      this.onLine(line);
      if (this.overflow) return;
      from = newline + 1;
      newline = chunk.indexOf('\n', from);
    }
    if (from < chunk.length) {
      this.pending.push(chunk.slice(from));
      this.pendingChars += chunk.length - from;
    }
  }

  private stopReading(): void {
    this.overflow =
      this.stdoutChars > MAX_STDOUT_CHARS
        ? `more than ${MAX_STDOUT_CHARS / 1024 / 1024} MiB on stdout`
        : `a stdout line longer than ${MAX_LINE_CHARS / 1024 / 1024} MiB`;
    this.pending = [];
    this.pendingChars = 0;
    // Nothing the server writes now can be a valid answer: drop it, and end the session (it is killed at shutdown).
    this.child.stdout.removeAllListeners('data');
    this.child.stdout.resume();
    this.onclose?.();
  }

  private onLine(line: string): void {
    this.lineNumber += 1;
    if (line.trim() === '') return;
    const message = parseJsonRpc(line);
    if (!message) {
      this.noiseCount += 1;
      if (this.noise.length < MAX_NOISE)
        this.noise.push({
          line: this.lineNumber,
          text: line.slice(0, 200),
          atMs: Math.round(performance.now() - this.startedAt),
        });
      return;
    }
    if ('id' in message && ('result' in message || 'error' in message)) {
      const response = message as RawResponse;
      this.responses.set(response.id, response);
      const probe = this.probes.get(response.id);
      if (probe) {
        this.probes.delete(response.id);
        probe(response);
        return;
      }
    }
    this.onmessage?.(message);
  }
}

/** A JSON-RPC 2.0 request, notification or response; anything else is noise. */
function parseJsonRpc(line: string): JSONRPCMessage | undefined {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return undefined;
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) return undefined;
  const m = value as Record<string, unknown>;
  if (m.jsonrpc !== '2.0') return undefined;
  const isRequestOrNotification = typeof m.method === 'string';
  const isResponse = (typeof m.id === 'string' || typeof m.id === 'number') && ('result' in m || 'error' in m);
  return isRequestOrNotification || isResponse ? (value as JSONRPCMessage) : undefined;
}

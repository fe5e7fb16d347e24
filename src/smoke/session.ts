import type { Sandbox } from './sandbox.js';

/**
 * One MCP session with a server, as data: what the session adapter
 * (src/adapters/mcp-server) is asked to do and what it saw. The checks judge
 * these records; they never start a process.
 */
export type ClientMode = 'bare' | 'full';

export interface SessionTimeouts {
  initialize: number;
  list: number;
  /** Grace after closing stdin, and again after SIGTERM. */
  shutdown: number;
  /** The whole session from spawn to the last list page or call: a slow pager cannot hold the release forever. */
  session: number;
}

export interface ToolCall {
  tool: string;
  arguments: Record<string, unknown>;
}

export interface SessionOptions {
  command: string;
  args: readonly string[];
  env: Record<string, string>;
  cwd: string;
  /** Where and how the server runs (see sandbox.ts). */
  sandbox: Sandbox;
  /** Folders hidden from the server in a namespace. */
  hide: readonly string[];
  /** A file the sandbox's init writes what it found into (strays, hidden folders). */
  reportFile: string;
  mode: ClientMode;
  timeouts: SessionTimeouts;
  /** Also ask `server/discover` (protocol revision 2026-07-28). */
  probeDiscover: boolean;
  calls: readonly ToolCall[];
  /** Told each phase as it ends (initialize answered, a list read, shut down): live progress. */
  progress?: (line: string) => void;
}

/** A line on stdout that is not a JSON-RPC message: the `console.log` bug. */
export interface StdoutNoise {
  line: number;
  /** The offending text, at most 200 characters. */
  text: string;
  atMs: number;
}

export interface RawResponse {
  id: string | number;
  result?: unknown;
  error?: { code: number; message: string };
}

export interface ListOutcome {
  items: Record<string, unknown>[];
  pages: number;
  ms: number;
  /** Why the list stopped early (timeout, error response, invalid result). */
  error?: string;
}

export interface SessionResult {
  mode: ClientMode;
  spawnError?: string;
  /** Spawn call to a running process, ms. */
  spawnMs?: number;
  /** Spawn to initialize result, ms. */
  initializeMs?: number;
  /** The initialize result as the server sent it. */
  initialize?: Record<string, unknown>;
  initializeError?: string;
  initializeTimedOut: boolean;
  /** The server exited while we still needed it. */
  exitedEarly?: { phase: 'handshake' | 'lists'; code: number | null; signal: NodeJS.Signals | null };
  lists: Partial<Record<'tools' | 'prompts' | 'resources' | 'resourceTemplates', ListOutcome>>;
  listMs: number;
  /** Answer to `server/discover`, when probed. */
  discover?: RawResponse;
  calls: { tool: string; ok: boolean; message?: string }[];
  noise: StdoutNoise[];
  noiseCount: number;
  /** stdout stopped being read: a line or the total past its limit. */
  outputLimit?: string;
  stderrTail: string;
  shutdown: {
    via: 'stdin' | 'sigterm' | 'sigkill';
    ms: number;
    strayProcesses: boolean;
    strays: { pid: number; command: string }[];
  };
  /** Folders covered with an empty tmpfs for this session. */
  hidden: string[];
}

/** More items than any real server lists: past this the rest is not read (and that is reported). */
export const MAX_ITEMS = 10_000;

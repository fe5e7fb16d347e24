import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import {
  CreateMessageRequestSchema,
  ElicitRequestSchema,
  ErrorCode,
  ListRootsRequestSchema,
  McpError,
} from '@modelcontextprotocol/sdk/types.js';
import { z } from 'zod';
import { readFileSync } from 'node:fs';
import { SANDBOX_INIT_MARKER, type SandboxInitReport } from '../../smoke/sandbox-init.js';
import { launchCommand } from '../../smoke/sandbox.js';
import {
  MAX_ITEMS,
  type ClientMode,
  type ListOutcome,
  type SessionOptions,
  type SessionResult,
  type ToolCall,
} from '../../smoke/session.js';
import { TOOL_VERSION } from '../tool-version.js';
import { findSandboxedServer, groupAlive, signalGroup, spawnGroup, waitFor } from './process-group.js';
import { StdioTap } from './stdio-tap.js';

const LISTS = [
  { key: 'tools', method: 'tools/list', capability: 'tools', field: 'tools' },
  { key: 'prompts', method: 'prompts/list', capability: 'prompts', field: 'prompts' },
  { key: 'resources', method: 'resources/list', capability: 'resources', field: 'resources' },
  { key: 'resourceTemplates', method: 'resources/templates/list', capability: 'resources', field: 'resourceTemplates' },
] as const;

/** A server that pages forever is cut off here (and reported). */
const MAX_PAGES = 100;

/**
 * One MCP session over stdio with the official SDK client: initialize, each list
 * the server declares (following nextCursor), optional tool calls, then the
 * spec's shutdown (close stdin, SIGTERM, SIGKILL) of the whole process group.
 */
export async function runSession(options: SessionOptions): Promise<SessionResult> {
  const started = performance.now();
  const deadline = started + options.timeouts.session;
  const result: SessionResult = {
    mode: options.mode,
    initializeTimedOut: false,
    lists: {},
    listMs: 0,
    calls: [],
    noise: [],
    noiseCount: 0,
    stderrTail: '',
    shutdown: { via: 'stdin', ms: 0, strayProcesses: false, strays: [] },
    hidden: [],
  };
  const progress = options.progress ?? (() => undefined);
  const launch = launchCommand(options.sandbox, {
    command: options.command,
    args: options.args,
    env: options.env,
    cwd: options.cwd,
    hide: options.hide,
    report: options.reportFile,
    nodePath: process.execPath,
  });
  const child = spawnGroup(launch.command, launch.args, { cwd: options.cwd, env: launch.env });
  let phase: 'handshake' | 'lists' | 'shutdown' = 'handshake';
  let exited = false;
  child.on('exit', (code, signal) => {
    exited = true;
    if (phase !== 'shutdown') result.exitedEarly = { phase, code, signal };
  });
  const spawnError = await new Promise<string | undefined>((resolve) => {
    child.once('spawn', () => resolve(undefined));
    child.once('error', (error) => resolve(error.message));
  });
  if (spawnError) {
    progress('the server did not start');
    return { ...result, spawnError };
  }
  result.spawnMs = Math.round(performance.now() - started);

  const tap = new StdioTap(child, started);
  const client = createClient(options.mode);
  try {
    await client.connect(tap, { timeout: options.timeouts.initialize });
    result.initializeMs = Math.round(performance.now() - started);
  } catch (error) {
    result.initializeTimedOut = error instanceof McpError && error.code === ErrorCode.RequestTimeout;
    result.initializeError = (error as Error).message;
  }
  // Our own words and numbers only: what the server sent is judged in the report, not echoed here.
  progress(
    result.initializeMs !== undefined
      ? `initialize answered after ${result.initializeMs} ms`
      : result.initializeTimedOut
        ? `initialize not answered within ${options.timeouts.initialize} ms`
        : 'initialize failed',
  );
  result.initialize = asRecord(tap.lastResponse('initialize')?.result);

  if (result.initializeMs !== undefined) {
    phase = 'lists';
    const listStart = performance.now();
    const capabilities = asRecord(result.initialize?.capabilities) ?? {};
    for (const list of LISTS) {
      if (!capabilities[list.capability] || exited) continue;
      const outcome = await listAll(client, tap, list, options.timeouts.list, deadline);
      result.lists[list.key] = outcome;
      progress(
        `${list.method}: ${outcome.items.length} item(s) in ${outcome.pages} page(s), ${outcome.ms} ms${outcome.error ? ', stopped early' : ''}`,
      );
    }
    result.listMs = Math.round(performance.now() - listStart);
    for (const call of options.calls)
      result.calls.push(
        await callTool(client, call, Math.max(1, Math.min(options.timeouts.list, deadline - performance.now()))),
      );
  }
  // Revision 2026-07-28 is stateless (server/discover, no initialize): ask after a
  // classic session, and after a refused initialize to tell "new protocol only" from "broken".
  const refused =
    result.initializeMs === undefined &&
    !result.initializeTimedOut &&
    tap.lastResponse('initialize')?.error !== undefined;
  if ((options.probeDiscover || refused) && !exited)
    result.discover = await tap.probe('server/discover', {}, Math.min(options.timeouts.list, 3000));

  phase = 'shutdown';
  result.shutdown = await shutdown(child.pid as number, tap, () => exited, options.timeouts.shutdown);
  const found = readInitReport(options.reportFile);
  progress(
    `shut down ${{ stdin: 'when its stdin closed', sigterm: 'on SIGTERM', sigkill: 'only on SIGKILL' }[result.shutdown.via]} after ${result.shutdown.ms} ms${result.shutdown.strayProcesses || found.strays.length ? ', leaving processes behind' : ''}`,
  );
  if (found.spawnError) {
    // The bin never ran: that is the one thing to say (the failed handshake follows from it).
    const { initializeError: _followsFromIt, ...rest } = result;
    return { ...rest, spawnError: found.spawnError };
  }
  if (found.strays.length)
    result.shutdown = {
      ...result.shutdown,
      strayProcesses: true,
      strays: [...found.strays, ...result.shutdown.strays],
    };
  result.hidden = found.hidden;
  result.noise = tap.noise;
  result.noiseCount = tap.noiseCount;
  if (tap.overflow) result.outputLimit = tap.overflow;
  result.stderrTail = tap.stderrTail();
  await client.close().catch(() => undefined);
  return result;
}

function createClient(mode: ClientMode): Client {
  const capabilities = mode === 'full' ? { roots: { listChanged: true }, sampling: {}, elicitation: {} } : {};
  const client = new Client({ name: 'mcp-release-smoke', version: TOOL_VERSION }, { capabilities });
  if (mode === 'full') {
    // A smoke test has no roots, model or user: answer the way a cautious client does.
    client.setRequestHandler(ListRootsRequestSchema, () => ({ roots: [] }));
    client.setRequestHandler(CreateMessageRequestSchema, () => {
      throw new McpError(ErrorCode.InvalidRequest, 'sampling is not available in a smoke test');
    });
    client.setRequestHandler(ElicitRequestSchema, () => ({ action: 'decline' as const }));
  }
  client.onerror = () => undefined; // protocol errors are read from the raw traffic instead
  return client;
}

/** The SDK's code for a request it stopped waiting for (ErrorCode.RequestTimeout). */
const REQUEST_TIMED_OUT = -32001;

async function listAll(
  client: Client,
  tap: StdioTap,
  list: (typeof LISTS)[number],
  timeout: number,
  deadline: number,
): Promise<ListOutcome> {
  const started = performance.now();
  const outcome: ListOutcome = { items: [], pages: 0, ms: 0 };
  let cursor: string | undefined;
  do {
    const left = deadline - performance.now();
    if (left <= 0) {
      outcome.error = `${list.method} was stopped after ${outcome.pages} page(s): the session took longer than its overall limit (smoke.timeouts.session)`;
      break;
    }
    const params = cursor ? { cursor } : undefined;
    let sdkError: string | undefined;
    let timedOut = false;
    try {
      await client.request({ method: list.method, ...(params ? { params } : {}) } as never, passThrough as never, {
        timeout: Math.max(1, Math.min(timeout, left)),
      });
    } catch (error) {
      sdkError = (error as Error).message;
      timedOut = (error as { code?: unknown }).code === REQUEST_TIMED_OUT;
    }
    const raw = tap.lastResponse(list.method);
    outcome.pages += 1;
    // A request cut at the session's deadline: the timer may fire a moment before performance.now() reaches
    // the deadline (node's timers run on the event loop's cached clock), so a timeout that the deadline set counts too.
    if (!raw && (performance.now() >= deadline || (timedOut && left <= timeout))) {
      outcome.error = `${list.method} was stopped after ${outcome.pages - 1} page(s): the session took longer than its overall limit (smoke.timeouts.session)`;
      break;
    }
    if (!raw || raw.error) {
      outcome.error = raw?.error
        ? `${list.method} answered error ${raw.error.code}: ${raw.error.message}`
        : `${list.method}: ${sdkError ?? 'no answer'}`;
      break;
    }
    const page = asRecord(raw.result) ?? {};
    const items = page[list.field];
    if (!Array.isArray(items)) {
      outcome.error = `${list.method} result has no "${list.field}" array`;
      break;
    }
    outcome.items.push(...items.slice(0, MAX_ITEMS - outcome.items.length).map((i) => asRecord(i) ?? {}));
    cursor = typeof page.nextCursor === 'string' && page.nextCursor !== '' ? page.nextCursor : undefined;
    if (outcome.items.length >= MAX_ITEMS && (cursor || items.length > MAX_ITEMS)) {
      outcome.error = `${list.method} listed more than ${MAX_ITEMS.toLocaleString('en-US')} items; the rest were not read`;
      break;
    }
    if (outcome.pages >= MAX_PAGES && cursor) {
      outcome.error = `${list.method} still returned a nextCursor after ${MAX_PAGES} pages`;
      break;
    }
  } while (cursor);
  outcome.ms = Math.round(performance.now() - started);
  return outcome;
}

async function callTool(
  client: Client,
  call: ToolCall,
  timeout: number,
): Promise<{ tool: string; ok: boolean; message?: string }> {
  try {
    const result = (await client.callTool({ name: call.tool, arguments: call.arguments }, undefined, { timeout })) as {
      isError?: boolean;
      content?: { type: string; text?: string }[];
    };
    if (result.isError)
      return {
        tool: call.tool,
        ok: false,
        message: result.content?.find((c) => c.type === 'text')?.text?.slice(0, 300) ?? 'isError: true',
      };
    return { tool: call.tool, ok: true };
  } catch (error) {
    return { tool: call.tool, ok: false, message: (error as Error).message };
  }
}

/** The spec's order: close stdin, wait; SIGTERM, wait; SIGKILL. Then nothing of the group may be left. */
async function shutdown(
  pid: number,
  tap: StdioTap,
  exited: () => boolean,
  graceMs: number,
): Promise<SessionResult['shutdown']> {
  const started = performance.now();
  let via: SessionResult['shutdown']['via'] = 'stdin';
  tap.end();
  if (!(await waitFor(exited, graceMs))) {
    via = 'sigterm';
    signalServer(pid, 'SIGTERM');
    if (!(await waitFor(exited, graceMs))) {
      via = 'sigkill';
      signalServer(pid, 'SIGKILL');
      if (!(await waitFor(exited, graceMs))) signalGroup(pid, 'SIGKILL');
      await waitFor(exited, graceMs);
    }
  }
  // The server is gone; anything it started that is still running is a stray.
  let strayProcesses = false;
  if (groupAlive(pid)) {
    strayProcesses = true;
    signalGroup(pid, 'SIGTERM');
    if (!(await waitFor(() => !groupAlive(pid), graceMs))) signalGroup(pid, 'SIGKILL');
    await waitFor(() => !groupAlive(pid), graceMs);
  }
  return { via, ms: Math.round(performance.now() - started), strayProcesses, strays: [] };
}

/**
 * The server itself, below the sandbox's init; the whole group when it cannot be
 * found (the launcher is the server's parent and forwards the signal).
 */
function signalServer(launcherPid: number, signal: NodeJS.Signals): void {
  const server = findSandboxedServer(launcherPid, SANDBOX_INIT_MARKER);
  if (server === undefined) return signalGroup(launcherPid, signal);
  try {
    process.kill(server, signal);
  } catch {
    signalGroup(launcherPid, signal);
  }
}

function readInitReport(file: string): SandboxInitReport {
  try {
    const parsed = JSON.parse(readFileSync(file, 'utf8')) as Partial<SandboxInitReport>;
    return {
      ...(typeof parsed.spawnError === 'string' ? { spawnError: parsed.spawnError } : {}),
      hidden: Array.isArray(parsed.hidden) ? parsed.hidden.map(String) : [],
      strays: Array.isArray(parsed.strays)
        ? parsed.strays.map((s) => ({ pid: Number(s.pid), command: String(s.command) }))
        : [],
    };
  } catch {
    return { hidden: [], strays: [] };
  }
}

/** Accept any result: the raw answer is read from the tap and checked by our own rules. */
const passThrough = z.unknown();

function asRecord(value: unknown): Record<string, unknown> | undefined {
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}

import { inliningProblem } from '../surface/surface.js';
import { SUPPORTED_PROTOCOL_VERSIONS } from '@modelcontextprotocol/sdk/types.js';
import type { PackedFinding } from '../release/packed-check.js';
import type { SmokeRuleId } from './catalog.js';
import { compileProblem } from './schema-dialect.js';
import type { ListOutcome, SessionResult } from './session.js';

export interface SmokeFinding {
  /** A smoke rule, or the packed check's (a folder's tarball is checked before it is installed). */
  rule: SmokeRuleId | PackedFinding['rule'];
  message: string;
  evidence?: string;
  fix?: string;
}

export interface SmokeExpectations {
  packageVersion?: string;
  expectTools: readonly string[];
  startupBudgetMs: number;
}

const TOOL_NAME = /^[A-Za-z0-9_.-]{1,128}$/;

/** Checks made in the bare-client session only (expectations, calls): no "only with" note. */
const BARE_CLIENT_ONLY = new Set<string>(['smoke/expected-tool-missing', 'smoke/call-failed']);

/**
 * Findings from the two sessions (bare client, full client). Pure: the sessions
 * hold everything observed. A problem seen in both sessions is reported once.
 */
export function smokeFindings(sessions: readonly SessionResult[], expect: SmokeExpectations): SmokeFinding[] {
  // The same problem seen by both clients is one finding; one seen by only one says which.
  const byKey = new Map<string, { finding: SmokeFinding; modes: Set<string> }>();
  for (const session of sessions) {
    for (const f of sessionFindings(session, expect)) {
      const key = `${f.rule}\u0000${f.message}`;
      const entry = byKey.get(key) ?? { finding: f, modes: new Set<string>() };
      entry.modes.add(session.mode);
      byKey.set(key, entry);
    }
  }
  return [...byKey.values()].map(({ finding, modes }) => {
    if (sessions.length < 2 || modes.size === sessions.length || BARE_CLIENT_ONLY.has(finding.rule)) return finding;
    const only = modes.has('bare')
      ? 'only with a bare client'
      : 'only with a client declaring roots, sampling and elicitation';
    return { ...finding, message: `${finding.message} (${only})` };
  });
}

function sessionFindings(s: SessionResult, expect: SmokeExpectations): SmokeFinding[] {
  const out: SmokeFinding[] = [];
  if (s.spawnError) return [{ rule: 'smoke/spawn-failed', message: `the bin could not be started: ${s.spawnError}` }];

  if (s.outputLimit)
    out.push({
      rule: 'smoke/output-limit',
      message: `the server wrote ${s.outputLimit}; stdout was no longer read and the session was stopped`,
    });
  if (s.noiseCount > 0) {
    const first = s.noise[0];
    out.push({
      rule: 'smoke/stdout-noise',
      message: `${s.noiseCount} line(s) on stdout are not JSON-RPC messages (first: stdout line ${first?.line ?? '?'})`,
      evidence: s.noise
        .slice(0, 5)
        .map((n) => JSON.stringify(n.text))
        .join('\n'),
    });
  }

  if (s.exitedEarly && (s.exitedEarly.phase === 'lists' || s.initializeMs === undefined)) {
    const how = s.exitedEarly.signal ? `signal ${s.exitedEarly.signal}` : `exit code ${s.exitedEarly.code}`;
    out.push({
      rule: 'smoke/exited-early',
      message: `the server exited (${how}) during the ${s.exitedEarly.phase === 'handshake' ? 'initialize handshake' : 'list calls'}`,
      evidence: tail(s.stderrTail),
    });
  } else if (s.initializeTimedOut) {
    out.push({
      rule: 'smoke/initialize-timeout',
      message: 'no answer to initialize within the timeout',
      evidence: tail(s.stderrTail),
    });
  } else if (s.initializeMs === undefined) {
    out.push(...initializeProblems(s));
  }
  if (s.initializeMs === undefined) return out;

  const init = s.initialize ?? {};
  const serverInfo = init.serverInfo as Record<string, unknown> | undefined;
  if (
    typeof serverInfo?.version === 'string' &&
    expect.packageVersion &&
    serverInfo.version !== expect.packageVersion
  ) {
    out.push({
      rule: 'smoke/version-mismatch',
      message: `serverInfo.version is "${serverInfo.version}" but the package version is "${expect.packageVersion}"`,
    });
  }
  if (s.initializeMs > expect.startupBudgetMs) {
    out.push({
      rule: 'smoke/startup-budget',
      message: `spawn to initialize answer took ${s.initializeMs} ms (budget ${expect.startupBudgetMs} ms)`,
    });
  }

  for (const [key, list] of Object.entries(s.lists)) {
    // A server that died during the lists is reported once, as exited-early.
    if (list?.error && !s.exitedEarly)
      out.push({ rule: 'smoke/list-failed', message: list.error, evidence: tail(s.stderrTail) });
    if (key === 'tools' && list) out.push(...toolProblems(list));
    if (key === 'prompts' && list) out.push(...uniqueField(list, 'name', 'prompt'));
    if (key === 'resources' && list) out.push(...uniqueField(list, 'uri', 'resource'));
    if (key === 'resourceTemplates' && list) out.push(...uniqueField(list, 'uriTemplate', 'resource template'));
  }

  // expectTools holds for the bare client: what every client sees.
  if (s.mode === 'bare') {
    const names = new Set((s.lists.tools?.items ?? []).map((t) => t.name));
    for (const tool of expect.expectTools) {
      if (!names.has(tool))
        out.push({
          rule: 'smoke/expected-tool-missing',
          message: `expected tool "${tool}" is not listed (${names.size} tools listed)`,
        });
    }
  }
  for (const call of s.calls) {
    if (!call.ok)
      out.push({
        rule: 'smoke/call-failed',
        message: `tools/call "${call.tool}" failed`,
        evidence: call.message ?? '',
      });
  }

  if (s.shutdown.via === 'sigterm')
    out.push({
      rule: 'smoke/shutdown-stdin',
      message: 'the server kept running after stdin closed; SIGTERM stopped it',
    });
  if (s.shutdown.via === 'sigkill')
    out.push({
      rule: 'smoke/shutdown-sigkill',
      message: 'the server ignored stdin closing and SIGTERM; it was killed with SIGKILL',
      evidence: tail(s.stderrTail),
    });
  if (s.shutdown.strayProcesses) {
    const strays = s.shutdown.strays;
    out.push({
      rule: 'smoke/stray-processes',
      message: `${strays.length ? `${strays.length} process(es)` : 'processes'} started by the server were still running after it exited (killed)`,
      ...(strays.length
        ? {
            evidence: strays
              .slice(0, 10)
              .map((p) => `pid ${p.pid}: ${p.command}`)
              .join('\n'),
          }
        : {}),
    });
  }
  return out;
}

function initializeProblems(s: SessionResult): SmokeFinding[] {
  if (s.discover?.result !== undefined) {
    return [
      {
        rule: 'smoke/stateless-only',
        message: `initialize was refused (${s.initializeError ?? 'error'}) but server/discover answered`,
        evidence: JSON.stringify(s.discover.result).slice(0, 300),
      },
    ];
  }
  const init = s.initialize;
  if (!init)
    return [
      {
        rule: 'smoke/initialize-failed',
        message: `initialize failed: ${s.initializeError ?? 'no result'}`,
        evidence: tail(s.stderrTail),
      },
    ];
  const out: SmokeFinding[] = [];
  const version = init.protocolVersion;
  if (typeof version !== 'string' || !SUPPORTED_PROTOCOL_VERSIONS.includes(version)) {
    out.push({
      rule: 'smoke/protocol-version',
      message: `the server answered protocolVersion ${JSON.stringify(version)}; the SDK client supports ${SUPPORTED_PROTOCOL_VERSIONS.join(', ')}`,
    });
  }
  const info = init.serverInfo as Record<string, unknown> | undefined;
  if (!info || typeof info.name !== 'string' || typeof info.version !== 'string') {
    out.push({
      rule: 'smoke/server-info',
      message: `the initialize result has ${info ? 'an incomplete' : 'no'} serverInfo (name and version are required)`,
      evidence: JSON.stringify(init).slice(0, 300),
    });
  }
  if (out.length === 0)
    out.push({
      rule: 'smoke/initialize-failed',
      message: `the SDK client rejected the initialize result: ${s.initializeError ?? 'unknown error'}`,
      evidence: JSON.stringify(init).slice(0, 300),
    });
  return out;
}

function toolProblems(list: ListOutcome): SmokeFinding[] {
  const out: SmokeFinding[] = [];
  const counts = new Map<string, number>();
  list.items.forEach((tool, index) => {
    const name = tool.name;
    if (typeof name !== 'string' || name === '') {
      out.push({
        rule: 'smoke/tool-name',
        message: `tool #${index + 1} has no name`,
        evidence: JSON.stringify(tool).slice(0, 200),
      });
      return;
    }
    counts.set(name, (counts.get(name) ?? 0) + 1);
    if (!TOOL_NAME.test(name))
      out.push({
        rule: 'smoke/tool-name-pattern',
        message: `tool name ${JSON.stringify(name)} is outside 1-128 characters of A-Z a-z 0-9 _ - .`,
      });
    if (typeof tool.description !== 'string' || tool.description.trim() === '')
      out.push({ rule: 'smoke/tool-description', message: `tool "${name}" has no description` });
    const input = schemaProblem(tool.inputSchema, true);
    if (input)
      out.push({
        rule: 'smoke/tool-schema',
        message: `tool "${name}" inputSchema ${input}`,
        evidence: JSON.stringify(tool.inputSchema ?? null).slice(0, 300),
      });
    for (const key of ['inputSchema', 'outputSchema'] as const) {
      const tooLarge = inliningProblem(tool[key]);
      if (tooLarge)
        out.push({
          rule: 'smoke/schema-too-large',
          message: `tool "${name}" ${key} ${tooLarge} when its local $refs are inlined; it was compared as written`,
        });
    }
    if (tool.outputSchema !== undefined) {
      const output = schemaProblem(tool.outputSchema, false);
      if (output)
        out.push({
          rule: 'smoke/tool-schema',
          message: `tool "${name}" outputSchema ${output}`,
          evidence: JSON.stringify(tool.outputSchema).slice(0, 300),
        });
    }
  });
  for (const [name, count] of counts)
    if (count > 1) out.push({ rule: 'smoke/tool-name', message: `${count} tools are named "${name}"` });
  return out;
}

function schemaProblem(schema: unknown, required: boolean): string | undefined {
  if (schema === undefined) return required ? 'is missing' : undefined;
  if (!schema || typeof schema !== 'object' || Array.isArray(schema)) return 'is not a JSON Schema object';
  const record = schema as Record<string, unknown>;
  if (record.type !== 'object') return `has type ${JSON.stringify(record.type ?? null)}; it must be "object"`;
  return compileProblem(record);
}

function uniqueField(list: ListOutcome, field: string, what: string): SmokeFinding[] {
  const out: SmokeFinding[] = [];
  const counts = new Map<string, number>();
  list.items.forEach((item, index) => {
    const value = item[field];
    if (typeof value !== 'string' || value === '')
      out.push({
        rule: 'smoke/list-item',
        message: `${what} #${index + 1} has no ${field}`,
        evidence: JSON.stringify(item).slice(0, 200),
      });
    else counts.set(value, (counts.get(value) ?? 0) + 1);
  });
  for (const [value, count] of counts)
    if (count > 1) out.push({ rule: 'smoke/list-item', message: `${count} ${what}s have the ${field} "${value}"` });
  return out;
}

function tail(text: string, lines = 12): string {
  return text.split('\n').slice(-lines).join('\n');
}

import type { ReportTable } from '../report/model.js';
import type { Surface } from '../surface/surface.js';
import type { SmokeFinding } from './checks.js';
import type { SessionResult } from './session.js';

/** What one package's smoke test found, before severities. */
export interface SmokeResult {
  packageName?: string;
  packageVersion?: string;
  findings: SmokeFinding[];
  outputs: Record<string, string>;
  tables: ReportTable[];
  /** ms spent installing (pack included), and in the MCP sessions; when it got that far, each phase (pack, npm-install, each session's spawn, initialize, lists, shutdown). */
  timings: { install: number; sessions: number; [phase: string]: number };
  /** The server's public API, from the full-client session (bare when the full one did not start). */
  surface?: Surface;
  /** How the server was isolated, in words, for the report. */
  isolation: string;
}

export const DEFAULT_TIMEOUTS = { initialize: 20_000, list: 10_000, shutdown: 2_000, session: 120_000 };
export const DEFAULT_STARTUP_BUDGET_MS = 5_000;
/** A report is read by people: past this many tools the table says how many more. */
const MAX_TABLE_ROWS = 500;
const NEW_REVISION = '2026-07-28';

/** Without a namespace, say so when the server could have read credentials from /proc. */
export function isolationWarning(reach: readonly string[]): SmokeFinding[] {
  if (reach.length === 0) return [];
  return [
    {
      rule: 'smoke/isolation-weak',
      message: `the server ran as the same user, without a namespace, while ${reach.join('; ')}: it could have read them from /proc/<pid>/environ`,
    },
  ];
}

function names(session: SessionResult | undefined, key: 'tools' | 'prompts' | 'resources'): string[] {
  return (session?.lists[key]?.items ?? []).map((i) => String(i.name ?? i.uri ?? ''));
}

/** The action outputs of one package's smoke test (kebab-case, strings). */
export function sessionOutputs(
  bare: SessionResult,
  full: SessionResult | undefined,
  bin: string,
): Record<string, string> {
  const init = bare.initialize ?? {};
  const info = (init.serverInfo ?? {}) as Record<string, unknown>;
  const negotiated = typeof init.protocolVersion === 'string' ? init.protocolVersion : '';
  const revisions = [negotiated, bare.discover?.result ? NEW_REVISION : ''].filter(Boolean);
  return {
    bin,
    'protocol-version': negotiated,
    'protocol-revisions': JSON.stringify(revisions),
    'server-name': typeof info.name === 'string' ? info.name : '',
    'server-version': typeof info.version === 'string' ? info.version : '',
    'tool-count': String(names(bare, 'tools').length),
    'tool-count-full-client': String(names(full, 'tools').length),
    'prompt-count': String(names(bare, 'prompts').length),
    'resource-count': String(names(bare, 'resources').length),
    tools: JSON.stringify(names(bare, 'tools')),
    prompts: JSON.stringify(names(bare, 'prompts')),
    resources: JSON.stringify(names(bare, 'resources')),
    'start-ms': String(bare.spawnMs ?? ''),
    'initialize-ms': String(bare.initializeMs ?? ''),
    'list-ms': String(bare.listMs),
  };
}

/** Tools and which client sees them: servers may expose more to capable clients. */
export function toolTables(bare: SessionResult, full: SessionResult | undefined): ReportTable[] {
  const bareTools = bare.lists.tools?.items ?? [];
  const fullTools = full?.lists.tools?.items ?? [];
  const all = new Map<string, Record<string, unknown>>();
  for (const t of [...bareTools, ...fullTools]) if (typeof t.name === 'string' && !all.has(t.name)) all.set(t.name, t);
  if (all.size === 0) return [];
  const inBare = new Set(bareTools.map((t) => t.name));
  const rows = [...all.entries()]
    .slice(0, MAX_TABLE_ROWS)
    .map(([name, tool]) => [
      name,
      inBare.has(name) ? 'every client' : 'clients with roots/sampling/elicitation',
      typeof tool.description === 'string' ? tool.description.split('\n')[0]!.slice(0, 100) : '',
    ]);
  if (all.size > MAX_TABLE_ROWS)
    rows.push([`… and ${all.size - MAX_TABLE_ROWS} more`, '', '(all names are in the tools output)']);
  return [
    {
      title: `Tools (${bareTools.length} to a bare client, ${fullTools.length} to a full client)`,
      columns: ['Tool', 'Listed to', 'Description'],
      rows,
    },
  ];
}

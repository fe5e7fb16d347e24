import os from 'node:os';
import path from 'node:path';
import type { ResolvedSettings } from '../config/resolve.js';
import type { ReportTable } from '../report/model.js';
import { smokeFindings, type SmokeFinding } from './checks.js';
import { credentialsInReach } from './credentials-in-reach.js';
import { serverEnvironment } from './environment.js';
import { installForSmoke, makeWorkDir, removeWorkDir, type SmokeTarget } from './install.js';
import { findSandbox } from './sandbox-probe.js';
import { prepareSandboxFolders, sandboxForFolder } from './sandbox-folders.js';
import { describeSandbox, foldersToHide } from './sandbox.js';
import { runSession, type SessionResult } from './session.js';
import { buildSurface, type Surface } from '../surface/surface.js';

export interface SmokeOptions {
  settings: ResolvedSettings;
  bin?: string;
  args: readonly string[];
  env: Record<string, string>;
  registry?: string;
  parentEnv: NodeJS.ProcessEnv;
  /** The folder the kit runs in (the user's repository): hidden from the server. */
  cwd: string;
}

export interface SmokeResult {
  packageName?: string;
  packageVersion?: string;
  findings: SmokeFinding[];
  outputs: Record<string, string>;
  tables: ReportTable[];
  /** ms spent installing, and in the MCP sessions. */
  timings: { install: number; sessions: number };
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

/** Install, run a bare-client and a full-client session, and judge them. */
export async function runSmoke(target: SmokeTarget, options: SmokeOptions): Promise<SmokeResult> {
  const found = await findSandbox(options.settings.smoke.sandbox ?? 'auto', options.parentEnv);
  if (options.settings.smoke.sandbox === 'required' && found.kind !== 'namespace') {
    const isolation = describeSandbox(found);
    return {
      outputs: { isolation: found.kind },
      tables: [],
      isolation,
      findings: [
        {
          rule: 'smoke/sandbox-unavailable',
          message: `smoke.sandbox is required, but ${found.reason}; the server was not started`,
        },
      ],
      timings: { install: 0, sessions: 0 },
    };
  }
  const weak = found.kind === 'environment' ? await isolationWarning(options.parentEnv) : [];
  const workDir = await makeWorkDir();
  const fitted = await sandboxForFolder(found, workDir);
  const sandbox = fitted.sandbox;
  const isolation = `${describeSandbox(sandbox)}${fitted.note ? ` (${fitted.note})` : ''}`;
  const empty = { outputs: { isolation: sandbox.kind }, tables: [], isolation };
  const started = performance.now();
  try {
    const folders = { home: path.join(workDir, 'home'), tmp: path.join(workDir, 'tmp') };
    const hide = foldersToHide(
      [os.homedir(), options.cwd, options.parentEnv.GITHUB_WORKSPACE, options.parentEnv.RUNNER_TEMP],
      [workDir, path.dirname(process.execPath), ...options.args.filter((a) => path.isAbsolute(a))],
    );
    const sandboxed = { sandbox, hide, folders, env: serverEnvironment(options.parentEnv, options.env, folders) };
    const installed = await installForSmoke(
      target,
      {
        installScripts: options.settings.smoke.installScripts ?? false,
        ...(options.bin ? { bin: options.bin } : {}),
        ...(options.registry ? { registry: options.registry } : {}),
        sandboxed,
      },
      workDir,
    );
    if (!installed.ok) {
      const manifest = installed.manifest;
      return {
        ...empty,
        ...(typeof manifest?.name === 'string' ? { packageName: manifest.name } : {}),
        ...(typeof manifest?.version === 'string' ? { packageVersion: manifest.version } : {}),
        findings: [
          ...weak,
          {
            rule: installed.rule,
            message: installed.message,
            ...(installed.evidence ? { evidence: installed.evidence } : {}),
          },
        ],
        timings: { install: Math.round(performance.now() - started), sessions: 0 },
      };
    }
    const installedAt = performance.now();
    const { server } = installed;
    await prepareSandboxFolders(sandbox, workDir, folders);
    const timeouts = { ...DEFAULT_TIMEOUTS, ...options.settings.smoke.timeouts };
    const calls = (options.settings.smoke.calls ?? []).map((c) => ({ tool: c.tool, arguments: c.arguments ?? {} }));
    const common = {
      command: server.command,
      args: [...server.args, ...options.args],
      env: sandboxed.env,
      cwd: server.cwd,
      timeouts,
      sandbox,
      hide,
    };
    // Sequential on purpose: two servers at once would race for ports, files and CPU.
    const bare = await runSession({
      ...common,
      mode: 'bare',
      probeDiscover: true,
      calls,
      reportFile: path.join(workDir, 'init-bare.json'),
    });
    const full =
      bare.initializeMs === undefined
        ? undefined
        : await runSession({
            ...common,
            mode: 'full',
            probeDiscover: false,
            calls: [],
            reportFile: path.join(workDir, 'init-full.json'),
          });
    const sessions = full ? [bare, full] : [bare];
    const packageVersion = typeof server.manifest.version === 'string' ? server.manifest.version : undefined;
    const findings = smokeFindings(sessions, {
      ...(packageVersion ? { packageVersion } : {}),
      expectTools: options.settings.smoke.expectTools ?? [],
      startupBudgetMs: options.settings.budgets.startupMs ?? DEFAULT_STARTUP_BUDGET_MS,
    });
    return {
      packageName: server.manifest.name as string,
      ...(packageVersion ? { packageVersion } : {}),
      findings: [...weak, ...findings],
      outputs: { ...sessionOutputs(bare, full, server.binName), isolation: sandbox.kind },
      tables: toolTables(bare, full),
      ...(bare.initialize ? { surface: buildSurface(full?.initialize ? full : bare) } : {}),
      timings: { install: Math.round(installedAt - started), sessions: Math.round(performance.now() - installedAt) },
      isolation: bare.hidden.length ? `${isolation}; hidden from it: ${bare.hidden.join(', ')}` : isolation,
    };
  } finally {
    await removeWorkDir(workDir);
  }
}

/** Without a namespace, say so when the server could have read credentials from /proc. */
async function isolationWarning(parentEnv: NodeJS.ProcessEnv): Promise<SmokeFinding[]> {
  const reach = await credentialsInReach(parentEnv);
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
function sessionOutputs(bare: SessionResult, full: SessionResult | undefined, bin: string): Record<string, string> {
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
function toolTables(bare: SessionResult, full: SessionResult | undefined): ReportTable[] {
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

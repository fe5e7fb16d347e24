import { describe, expect, it } from 'vitest';
import type { McpServerAdapter } from '../../src/adapters/mcp-server/index.js';
import { smokeCommand } from '../../src/commands/smoke.js';
import { lineLogger } from '../../src/ports/logger.js';
import type { SessionOptions, SessionResult } from '../../src/smoke/session.js';
import { testContext } from '../helpers/context.js';
import { tempDir } from '../helpers/temp.js';

/** A server that answers at once: the smoke command's orchestration with the MCP server adapter swapped for a fake. */
function fakeServer(calls: string[]): McpServerAdapter {
  const ok = (output = '') => Promise.resolve({ ok: true, output });
  return {
    nodePath: '/usr/bin/node',
    homeDir: '/home/someone',
    findSandbox: () => Promise.resolve({ kind: 'environment', reason: 'a fake machine' }),
    sandboxForFolder: (sandbox) => Promise.resolve({ sandbox }),
    prepareFolders: () => Promise.resolve(),
    credentialsInReach: () => Promise.resolve([]),
    makeWorkDir: () => Promise.resolve('/tmp/smoke-work'),
    removeWorkDir: () => Promise.resolve(),
    npm: (args) => {
      calls.push(`npm ${args[0]}`);
      return args[0] === 'pack' ? ok('[{"name":"hello-mcp","filename":"hello-mcp-1.0.0.tgz"}]') : ok();
    },
    prepareInstallFolder: () => Promise.resolve(),
    rebuildInSandbox: () => ok(),
    inspectTarball: () => Promise.resolve({ entries: 0, unsafe: [] }),
    readJsonObject: () => Promise.resolve({ name: 'hello-mcp', version: '1.0.0', bin: { 'hello-mcp': 'index.js' } }),
    pathKind: () => Promise.resolve('file'),
    binLauncher: () => ({ command: '/tmp/smoke-work/install/node_modules/.bin/hello-mcp', args: [] }),
    runSession: async (options: SessionOptions): Promise<SessionResult> => {
      calls.push(`session ${options.mode} (HOME ${options.env.HOME}, report ${options.reportFile})`);
      // The bare session ends only after the full one started: they run at the same time.
      if (options.mode === 'bare') await new Promise((resolve) => setTimeout(resolve, 20));
      options.progress?.('initialize answered after 5 ms');
      calls.push(`session ${options.mode} done`);
      return {
        mode: options.mode,
        spawnMs: 1,
        initializeMs: 5,
        initialize: {
          protocolVersion: '2025-11-25',
          capabilities: { tools: {} },
          serverInfo: { name: 'hello-mcp', version: '1.0.0' },
        },
        initializeTimedOut: false,
        lists: { tools: { items: [{ name: 'hello', inputSchema: { type: 'object' } }], pages: 1, ms: 1 } },
        listMs: 1,
        calls: [],
        noise: [],
        noiseCount: 0,
        stderrTail: '',
        shutdown: { via: 'stdin', ms: 3, strayProcesses: false, strays: [] },
        hidden: [],
      };
    },
  };
}

describe('smoke progress', () => {
  it('logs each step as it happens: fetch, install, then both sessions at once, each with its phases', async () => {
    const lines: string[] = [];
    const calls: string[] = [];
    const base = testContext(process.env, await tempDir());
    const context = {
      ...base,
      adapters: { ...base.adapters, mcpServer: fakeServer(calls) },
      log: lineLogger((line) => lines.push(line), { now: () => 0 }),
    };
    const input = smokeCommand.inputSchema.parse({ target: 'hello-mcp@1.0.0', registry: 'http://127.0.0.1:9/' });
    const report = await smokeCommand.run(input, context);
    expect(report.ok, JSON.stringify(report.findings)).toBe(true);
    // Two servers at once, each with its own HOME and init report (the hostile suite checks what each can reach).
    expect(calls).toEqual([
      'npm pack',
      'npm install',
      'session bare (HOME /tmp/smoke-work/bare-home, report /tmp/smoke-work/init-bare.json)',
      'session full (HOME /tmp/smoke-work/home, report /tmp/smoke-work/init-full.json)',
      'session full done',
      'session bare done',
    ]);
    expect(lines).toEqual([
      'smoke hello-mcp@1.0.0: fetch from http://127.0.0.1:9/ ...',
      'smoke hello-mcp@1.0.0: fetch from http://127.0.0.1:9/: done in 0 ms',
      'smoke hello-mcp@1.0.0: install from tarball ...',
      'smoke hello-mcp@1.0.0: install from tarball: done in 0 ms',
      'smoke hello-mcp@1.0.0: bare client session (initialize, lists, shutdown) ...',
      'smoke hello-mcp@1.0.0: full client session (initialize, lists, shutdown) ...',
      'smoke hello-mcp@1.0.0, full client: initialize answered after 5 ms',
      'smoke hello-mcp@1.0.0: full client session (initialize, lists, shutdown): done in 0 ms',
      'smoke hello-mcp@1.0.0, bare client: initialize answered after 5 ms',
      'smoke hello-mcp@1.0.0: bare client session (initialize, lists, shutdown): done in 0 ms',
    ]);
    expect(Object.keys(report.timings)).toEqual(
      expect.arrayContaining(['pack', 'npm-install', 'bare-initialize', 'full-initialize', 'full-shutdown']),
    );
  });
});

import { describe, expect, it } from 'vitest';
import { isolationWarning, sessionOutputs, toolTables } from '../../src/smoke/result.js';
import type { SessionResult } from '../../src/smoke/session.js';

/** What smoke tells the user of one package: the action outputs, the tools table, the isolation warning. */
function session(
  mode: 'bare' | 'full',
  lists: SessionResult['lists'],
  extra: Partial<SessionResult> = {},
): SessionResult {
  return {
    mode,
    spawnMs: 12,
    initializeMs: 340,
    initialize: { protocolVersion: '2025-11-25', serverInfo: { name: 'weather', version: '1.2.3' } },
    initializeTimedOut: false,
    lists,
    listMs: 25,
    calls: [],
    noise: [],
    noiseCount: 0,
    stderrTail: '',
    shutdown: { via: 'stdin', ms: 10, strayProcesses: false, strays: [] },
    hidden: [],
    ...extra,
  };
}
const list = (items: Record<string, unknown>[]) => ({ items, pages: 1, ms: 1 });
const tool = (name: string, description?: string) => ({ name, ...(description ? { description } : {}) });

describe('sessionOutputs', () => {
  it('names, counts and timings from the bare session, the full-client tool count beside them, all strings', () => {
    const bare = session('bare', {
      tools: list([tool('forecast'), tool('alerts')]),
      prompts: list([{ name: 'summarize' }]),
      resources: list([{ uri: 'weather://stations' }]),
    });
    const full = session('full', { tools: list([tool('forecast'), tool('alerts'), tool('ask-user')]) });
    expect(sessionOutputs(bare, full, 'weather-mcp')).toEqual({
      bin: 'weather-mcp',
      'protocol-version': '2025-11-25',
      'protocol-revisions': '["2025-11-25"]',
      'server-name': 'weather',
      'server-version': '1.2.3',
      'tool-count': '2',
      'tool-count-full-client': '3',
      'prompt-count': '1',
      'resource-count': '1',
      tools: '["forecast","alerts"]',
      prompts: '["summarize"]',
      resources: '["weather://stations"]',
      'start-ms': '12',
      'initialize-ms': '340',
      'list-ms': '25',
    });
  });

  it('a server that answers server/discover also speaks the 2026-07-28 revision', () => {
    const bare = session('bare', {}, { discover: { id: 9, result: { supportedVersions: ['2026-07-28'] } } });
    expect(sessionOutputs(bare, undefined, 'x')['protocol-revisions']).toBe('["2025-11-25","2026-07-28"]');
    const refused = session('bare', {}, { discover: { id: 9, error: { code: -32601, message: 'Method not found' } } });
    expect(sessionOutputs(refused, undefined, 'x')['protocol-revisions']).toBe('["2025-11-25"]');
  });

  it('a server that never initialized: empty strings and zero counts, never "undefined"', () => {
    const dead = session('bare', {}, { initialize: undefined, spawnMs: undefined, initializeMs: undefined });
    const out = sessionOutputs(dead, undefined, 'x');
    expect(Object.values(out).join(' ')).not.toContain('undefined');
    expect(out).toMatchObject({
      'protocol-version': '',
      'protocol-revisions': '[]',
      'server-name': '',
      'tool-count': '0',
      'tool-count-full-client': '0',
      tools: '[]',
      'start-ms': '',
    });
  });

  it('a serverInfo with non-string fields gives empty strings', () => {
    const odd = session('bare', {}, { initialize: { protocolVersion: 2025, serverInfo: { name: 42, version: null } } });
    expect(sessionOutputs(odd, undefined, 'x')).toMatchObject({
      'protocol-version': '',
      'server-name': '',
      'server-version': '',
    });
  });
});

describe('toolTables', () => {
  it('each tool once, saying which clients see it, with the first line of its description cut at 100 characters', () => {
    const bare = session('bare', { tools: list([tool('forecast', `Forecast.\nSecond line.`), tool('alerts')]) });
    const full = session('full', {
      tools: list([tool('forecast', 'ignored: the bare one is first'), tool('ask-user', 'x'.repeat(150))]),
    });
    expect(toolTables(bare, full)).toEqual([
      {
        title: 'Tools (2 to a bare client, 2 to a full client)',
        columns: ['Tool', 'Listed to', 'Description'],
        rows: [
          ['forecast', 'every client', 'Forecast.'],
          ['alerts', 'every client', ''],
          ['ask-user', 'clients with roots/sampling/elicitation', 'x'.repeat(100)],
        ],
      },
    ]);
  });

  it('no tools at all: no table', () => {
    expect(toolTables(session('bare', {}), undefined)).toEqual([]);
    expect(toolTables(session('bare', { tools: list([{ description: 'nameless' }]) }), undefined)).toEqual([]);
  });

  it('past 500 tools the table stops and says how many more (all names are in the output)', () => {
    const many = Array.from({ length: 503 }, (_, i) => tool(`t${i}`));
    const [table] = toolTables(session('bare', { tools: list(many) }), undefined);
    expect(table?.rows).toHaveLength(501);
    expect(table?.rows.at(-1)).toEqual(['… and 3 more', '', '(all names are in the tools output)']);
    expect(table?.title).toBe('Tools (503 to a bare client, 0 to a full client)');
  });
});

describe('isolationWarning', () => {
  it('nothing in reach: no finding; otherwise one finding naming what the server could read', () => {
    expect(isolationWarning([])).toEqual([]);
    const [finding, ...rest] = isolationWarning(['NPM_TOKEN is set', '~/.npmrc holds a token']);
    expect(rest).toEqual([]);
    expect(finding?.rule).toBe('smoke/isolation-weak');
    expect(finding?.message).toContain('NPM_TOKEN is set; ~/.npmrc holds a token');
    expect(finding?.message).toContain('/proc/<pid>/environ');
  });
});

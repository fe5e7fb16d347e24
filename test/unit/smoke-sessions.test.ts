import { describe, expect, it } from 'vitest';
import { concurrentSessions } from '../../src/commands/smoke-package.js';
import type { ClientMode, SessionResult } from '../../src/smoke/session.js';

/*
 * The two smoke sessions run at once. Two servers can collide on what their own HOME and temp
 * folders do not separate (a fixed port): here a "server" that crashes at start while another
 * holds the port, as one binding a fixed port dies with EADDRINUSE. A session that crashed beside
 * a working one is run again alone; a server that fails on its own is still reported.
 */

function result(mode: ClientMode, outcome: 'answered' | 'crashed' | 'timed-out'): SessionResult {
  return {
    mode,
    ...(outcome === 'answered' ? { initializeMs: 5, spawnMs: 1 } : { spawnMs: 1 }),
    ...(outcome === 'crashed' ? { exitedEarly: { phase: 'handshake' as const, code: 1, signal: null } } : {}),
    initializeTimedOut: outcome === 'timed-out',
    lists: {},
    listMs: 0,
    calls: [],
    noise: [],
    noiseCount: 0,
    stderrTail: outcome === 'crashed' ? 'Error: listen EADDRINUSE: address already in use :::3000' : '',
    shutdown: { via: 'stdin', ms: 1, strayProcesses: false, strays: [] },
    hidden: [],
  };
}

/** Servers sharing one fixed port: the second to start while the first runs crashes. */
function portBoundServers(alwaysFails: ClientMode[] = []) {
  let holder: ClientMode | undefined;
  const starts: ClientMode[] = [];
  const run = (mode: ClientMode) => async (): Promise<SessionResult> => {
    starts.push(mode);
    if (alwaysFails.includes(mode)) return result(mode, 'crashed');
    if (holder) return result(mode, 'crashed');
    holder = mode;
    await new Promise((resolve) => setTimeout(resolve, 5));
    holder = undefined;
    return result(mode, 'answered');
  };
  return { bare: run('bare'), full: run('full'), starts };
}

describe('the two smoke sessions at once', () => {
  it('a full session that crashed only beside the bare one is run again alone and counts', async () => {
    const servers = portBoundServers();
    const { bare, full } = await concurrentSessions(servers.bare, servers.full);
    expect(bare.initializeMs).toBe(5);
    expect(full?.initializeMs).toBe(5);
    expect(servers.starts).toEqual(['bare', 'full', 'full']);
  });

  it('a bare session that crashed beside the full one is run again alone', async () => {
    const servers = portBoundServers();
    // The bare session starts second here, so it is the one that meets the taken port.
    const { bare, full } = await concurrentSessions(
      async () => (await new Promise((r) => setTimeout(r, 1)), servers.bare()),
      servers.full,
    );
    expect([bare.initializeMs, full?.initializeMs]).toEqual([5, 5]);
    expect(servers.starts).toEqual(['full', 'bare', 'bare']);
  });

  it('a server that crashes on its own is reported, after one run alone', async () => {
    const servers = portBoundServers(['full']);
    const { bare, full } = await concurrentSessions(servers.bare, servers.full);
    expect(bare.initializeMs).toBe(5);
    expect(full?.exitedEarly?.phase).toBe('handshake');
    expect(servers.starts).toEqual(['bare', 'full', 'full']);
  });

  it('no bare answer: the full session is dropped; a timeout is never run twice', async () => {
    const starts: string[] = [];
    const timedOut = (mode: ClientMode) => async () => (starts.push(mode), result(mode, 'timed-out'));
    const answered = (mode: ClientMode) => async () => (starts.push(mode), result(mode, 'answered'));
    expect(await concurrentSessions(timedOut('bare'), answered('full'))).toEqual({
      bare: expect.objectContaining({ initializeTimedOut: true }),
    });
    expect(starts).toEqual(['bare', 'full']);
  });
});

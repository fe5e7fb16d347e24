import { describe, expect, it } from 'vitest';
import {
  backoffDelay,
  notYetServedMessage,
  versionUrl,
  waitForVersion,
  type Probe,
  type WaitClock,
} from '../../src/release/registry-wait.js';

/** A clock that only moves when the code under test sleeps (or a probe takes time). */
function fakeClock(): WaitClock & { sleeps: number[]; t: number } {
  const clock = {
    t: 0,
    sleeps: [] as number[],
    now: () => clock.t,
    sleep: (ms: number) => {
      clock.sleeps.push(ms);
      clock.t += ms;
      return Promise.resolve();
    },
  };
  return clock;
}

/** Served from `servedAt` ms on; each look costs `costMs` on the clock. */
function probeServedAt(clock: { t: number }, servedAt: number, costMs = 0): Probe & { urls: string[] } {
  const urls: string[] = [];
  const probe = (url: string) => {
    urls.push(url);
    clock.t += costMs;
    return Promise.resolve(
      clock.t >= servedAt ? { served: true as const } : { served: false as const, reason: 'HTTP 404' },
    );
  };
  return Object.assign(probe, { urls });
}

describe('registry wait', () => {
  it('escapes names as npm does: a scoped name is one path segment with %2f', () => {
    expect(versionUrl('https://registry.npmjs.org/', '@acme/hello-mcp', '1.2.0')).toBe(
      'https://registry.npmjs.org/@acme%2fhello-mcp/1.2.0',
    );
    expect(versionUrl('http://127.0.0.1:4873', 'hello-mcp', '1.2.0-rc.1')).toBe(
      'http://127.0.0.1:4873/hello-mcp/1.2.0-rc.1',
    );
  });

  it('backs off from 2 s, doubling, capped at 30 s', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8].map((n) => backoffDelay(n))).toEqual([
      2000, 4000, 8000, 16_000, 30_000, 30_000, 30_000, 30_000,
    ]);
    expect(backoffDelay(3, 500, 1500)).toBe(1500);
  });

  it('served at once: one look, no sleep, no progress line', async () => {
    const clock = fakeClock();
    const lines: string[] = [];
    const result = await waitForVersion({
      registry: 'http://r/',
      name: 'x',
      version: '1.0.0',
      timeoutSeconds: 900,
      clock,
      probe: probeServedAt(clock, 0),
      progress: (l) => lines.push(l),
    });
    expect(result).toEqual({ served: true, attempts: 1, waitedMs: 0 });
    expect(clock.sleeps).toEqual([]);
    expect(lines).toEqual([]);
  });

  it('served after 20 s: looks at 0, 2, 6, 14 and 30 s, a progress line per look that found nothing', async () => {
    const clock = fakeClock();
    const lines: string[] = [];
    const probe = probeServedAt(clock, 20_000);
    const result = await waitForVersion({
      registry: 'http://r/',
      name: '@acme/x',
      version: '1.2.0',
      timeoutSeconds: 900,
      clock,
      probe,
      progress: (l) => lines.push(l),
    });
    expect(result).toEqual({ served: true, attempts: 5, waitedMs: 30_000 });
    expect(clock.sleeps).toEqual([2000, 4000, 8000, 16_000]);
    expect(probe.urls[0]).toBe('http://r/@acme%2fx/1.2.0');
    expect(lines).toEqual([
      'waiting for @acme/x@1.2.0 on http://r/ (attempt 1, 0 s of 900 s): HTTP 404',
      'waiting for @acme/x@1.2.0 on http://r/ (attempt 2, 2 s of 900 s): HTTP 404',
      'waiting for @acme/x@1.2.0 on http://r/ (attempt 3, 6 s of 900 s): HTTP 404',
      'waiting for @acme/x@1.2.0 on http://r/ (attempt 4, 14 s of 900 s): HTTP 404',
      '@acme/x@1.2.0 is served by http://r/ after 30 s (attempt 5)',
    ]);
  });

  it('never served: the last sleep is cut to the deadline, then it gives up with the last answer', async () => {
    const clock = fakeClock();
    const result = await waitForVersion({
      registry: 'http://r/',
      name: 'x',
      version: '1.0.0',
      timeoutSeconds: 100,
      clock,
      probe: probeServedAt(clock, Infinity),
    });
    expect(clock.sleeps).toEqual([2000, 4000, 8000, 16_000, 30_000, 30_000, 10_000]);
    expect(result).toEqual({ served: false, attempts: 8, waitedMs: 100_000, lastReason: 'HTTP 404' });
    expect(notYetServedMessage({ registry: 'http://r/', name: 'x', version: '1.0.0' }, result)).toMatch(
      /^x@1\.0\.0 is not served by http:\/\/r\/ yet: waited 100 s over 8 attempt\(s\) \(last answer: HTTP 404\)\..*re-running this job later finishes the release$/,
    );
  });

  it('slow answers count against the deadline; a wait of 0 is one look', async () => {
    const clock = fakeClock();
    const slow = await waitForVersion({
      registry: 'http://r/',
      name: 'x',
      version: '1.0.0',
      timeoutSeconds: 10,
      clock,
      probe: probeServedAt(clock, Infinity, 6000),
    });
    expect(slow).toMatchObject({ served: false, attempts: 2, waitedMs: 14_000 });
    const once = fakeClock();
    expect(
      await waitForVersion({
        registry: 'http://r/',
        name: 'x',
        version: '1.0.0',
        timeoutSeconds: 0,
        clock: once,
        probe: probeServedAt(once, Infinity),
      }),
    ).toMatchObject({ served: false, attempts: 1 });
    expect(once.sleeps).toEqual([]);
  });
});

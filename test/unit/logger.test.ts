import { describe, expect, it } from 'vitest';
import { actionLogger } from '../../src/action/action-logger.js';
import { cliLogger } from '../../src/cli/cli-logger.js';
import { formatDuration, lineLogger } from '../../src/ports/logger.js';

/** A clock the test moves by hand. */
function manualClock() {
  let now = 0;
  return { now: () => now, advance: (ms: number) => (now += ms) };
}

describe('the logger', () => {
  it('a step prints a start line and an end line with its duration, and passes the result through', async () => {
    const lines: string[] = [];
    const clock = manualClock();
    const log = lineLogger((line) => lines.push(line), { now: clock.now });
    const result = await log.step('install @acme/server@1.0.0', async () => {
      clock.advance(2_345);
      return 42;
    });
    expect(result).toBe(42);
    expect(lines).toEqual(['install @acme/server@1.0.0 ...', 'install @acme/server@1.0.0: done in 2.3 s']);
  });

  it('a failing step says so with its duration, and the error passes through unchanged', async () => {
    const lines: string[] = [];
    const clock = manualClock();
    const log = lineLogger((line) => lines.push(line), { now: clock.now });
    const error = new Error('ETARGET');
    await expect(
      log.step('publish', async () => {
        clock.advance(61_000);
        throw error;
      }),
    ).rejects.toBe(error);
    expect(lines).toEqual(['publish ...', 'publish: failed after 1 min 1 s']);
  });

  it('durations read as people read them', () => {
    expect([formatDuration(850), formatDuration(1_250), formatDuration(125_400)]).toEqual([
      '850 ms',
      '1.3 s',
      '2 min 5 s',
    ]);
  });

  it('in the Action, a top-level step is a group and its end line follows the group; nested steps are lines', async () => {
    const events: string[] = [];
    const core = {
      info: (line: string) => events.push(`info ${line}`),
      group: async <T>(title: string, work: () => Promise<T>) => {
        events.push(`group ${title}`);
        const result = await work();
        events.push('endgroup');
        return result;
      },
    };
    const log = actionLogger(core as never);
    await log.step('smoke @acme/server', () => log.step('initialize', async () => log.info('::error::from a server')));
    expect(events[0]).toBe('group smoke @acme/server');
    expect(events[1]).toBe('info initialize ...');
    // A line from a server never becomes a workflow command.
    expect(events[2]).not.toMatch(/^info ::error::/);
    expect(events[3]).toMatch(/^info initialize: done in /);
    expect(events[4]).toBe('endgroup');
    expect(events[5]).toMatch(/^info smoke @acme\/server: done in /);
  });

  it('the CLI: plain lines without a terminal, marked lines on one, quiet steps with --json but a wait still speaks', async () => {
    const run = async (options: { isTty: boolean; json: boolean; color: boolean }) => {
      let text = '';
      const log = cliLogger({ ...options, stderr: (chunk) => (text += chunk) });
      await log.step('pack', async () => log.info('waiting for the registry'));
      return text;
    };
    expect(await run({ isTty: false, json: false, color: false })).toMatch(
      /^pack \.\.\.\nwaiting for the registry\npack: done in \d+ ms\n$/,
    );
    expect(await run({ isTty: true, json: false, color: true })).toContain('\x1b[2m› pack ...\x1b[22m\n');
    expect(await run({ isTty: true, json: true, color: true })).toBe('waiting for the registry\n');
  });
});

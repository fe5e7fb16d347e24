import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { jsonForLog, neutraliseWorkflowCommands } from '../../src/report/workflow-commands.js';
import { runnerCommands } from '../helpers/runner-commands.js';

const HOSTILE = readFileSync(path.join(import.meta.dirname, '../fixtures/hostile/text/workflow-commands.txt'), 'utf8');

describe('neutraliseWorkflowCommands', () => {
  it('the hostile lines are commands to the runner as they are, and none after', () => {
    expect(runnerCommands(HOSTILE).map((c) => c.command)).toEqual(['add-mask', 'error', 'stop-commands']);
    const safe = neutraliseWorkflowCommands(HOSTILE);
    expect(runnerCommands(safe)).toEqual([]);
    // Line by line too (no earlier stop-commands hiding a later line), and the text reads the same.
    for (const line of HOSTILE.split('\n')) expect(runnerCommands(neutraliseWorkflowCommands(line)), line).toEqual([]);
    expect(safe.replace(/\u200b/g, '')).toBe(HOSTILE);
  });

  it('a lone CR ends a line for the runner: it becomes a line feed, and the line after it is neutralised too', () => {
    const text = 'progress 50%\r::add-mask::secret\r\n  ::error::x';
    expect(runnerCommands(text).map((c) => c.command)).toEqual(['add-mask', 'error']);
    expect(neutraliseWorkflowCommands(text)).toBe('progress 50%\n:\u200b:add-mask::secret\n  :\u200b:error::x');
  });

  it('leaves ordinary text alone', () => {
    const text = 'tool "a::b" failed: see https://example.com/#[x] and ## [heading]';
    expect(neutraliseWorkflowCommands(text)).toBe(text);
  });

  it('jsonForLog: the same JSON value, with no command on any line', () => {
    const value = { lines: HOSTILE.split('\n'), nested: { '##[error]key': '##[add-mask]value' } };
    const json = jsonForLog(value);
    expect(JSON.parse(json)).toEqual(value);
    expect(runnerCommands(json)).toEqual([]);
  });
});

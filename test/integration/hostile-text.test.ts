import { cp, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Report } from '../../src/report/model.js';
import { processesMatching } from '../helpers/processes.js';
import { ACTION, CLI, ROOT, runNode } from '../helpers/run.js';
import { runnerCommands, type RunnerCommand } from '../helpers/runner-commands.js';
import { tempDir, writeTree } from '../helpers/temp.js';

/** Issue #16, point 4: server text, names and reasons must not become workflow commands in the Actions log. */
const HOSTILE = path.join(ROOT, 'test/fixtures/hostile/text/workflow-commands.txt');
const SERVER = path.join(ROOT, 'test/fixtures/servers/hostile-text-server');
const FAST = 'smoke:\n  timeouts:\n    initialize: 3000\n    list: 3000\n    shutdown: 500\n';
const SCRATCH = await tempDir('hostile-scratch-');

async function hostileServer(): Promise<string> {
  const dir = path.join(await tempDir('hostile-text-'), 'server');
  await cp(SERVER, dir, { recursive: true });
  await cp(HOSTILE, path.join(dir, 'hostile.txt'));
  await writeTree(dir, { '.github/mcp-release.yml': FAST });
  return dir;
}

afterEach(() => {
  // The server ignores SIGTERM: smoke must still leave nothing running.
  expect([...processesMatching(SCRATCH), ...processesMatching('hostile-text-server')]).toEqual([]);
});

/** Each stream is read by the runner on its own, line by line. */
const commandsIn = (run: { stdout: string; stderr: string }): RunnerCommand[] => [
  ...runnerCommands(run.stdout),
  ...runnerCommands(run.stderr),
];

describe('hostile text reaches the Actions log as text, never as a workflow command', () => {
  it('the action (dist/index.js) running smoke on a server whose names, stdout and stderr are workflow commands', async () => {
    const dir = await hostileServer();
    const runnerTemp = await tempDir('runner-temp-');
    const outputFile = path.join(runnerTemp, 'output.txt');
    await writeFile(outputFile, '');
    const run = await runNode(ACTION, [], {
      cwd: dir,
      env: {
        GITHUB_ACTIONS: 'true',
        GITHUB_WORKSPACE: dir,
        GITHUB_OUTPUT: outputFile,
        RUNNER_TEMP: runnerTemp,
        INPUT_COMMAND: 'smoke',
        TMPDIR: SCRATCH,
      },
    });
    expect(run.code).toBe(1);
    const report = JSON.parse(
      await readFile(path.join(runnerTemp, 'mcp-release', 'smoke-report.json'), 'utf8'),
    ) as Report;
    // The hostile text is there to be read: tool names, noise and the stderr tail are in the findings and the log.
    const rules = report.findings.map((f) => f.rule);
    expect(rules).toEqual(
      expect.arrayContaining(['smoke/stdout-noise', 'smoke/tool-name-pattern', 'smoke/shutdown-sigkill']),
    );
    expect(run.stdout).toContain('registry-password');
    expect(run.stdout).toContain('forged by a line of server output');

    // What the runner would process: the kit's own log groups (one per step, titled by the kit), its annotations
    // (one per finding, capped per level) and setFailed, nothing else.
    const allCommands = commandsIn(run);
    const ownGroup = (c: RunnerCommand) =>
      (c.command === 'group' && /^smoke hostile-text-server: [a-z ,()]+$/.test(c.data)) ||
      (c.command === 'endgroup' && c.data === '');
    expect(allCommands.filter(ownGroup).map((c) => c.command)).toEqual(expect.arrayContaining(['group', 'endgroup']));
    const commands = allCommands.filter((c) => !ownGroup(c));
    const own = (c: RunnerCommand) =>
      ['error', 'warning', 'notice'].includes(c.command) &&
      (c.properties.title === undefined
        ? /^smoke: \d+ error/.test(c.data)
        : /^(smoke\/|mcp-release: \d+ more)/.test(c.properties.title));
    expect(commands.filter((c) => !own(c))).toEqual([]);
    const perLevel = (level: string) =>
      Math.min(
        10,
        report.findings.filter((f) => ({ error: 'error', warning: 'warning', note: 'notice' })[f.severity] === level)
          .length,
      );
    expect(commands.filter((c) => c.command === 'error' && c.properties.title)).toHaveLength(perLevel('error'));
    expect(commands.filter((c) => c.command === 'warning')).toHaveLength(perLevel('warning'));
    expect(commands.at(-1)).toMatchObject({ command: 'error', properties: {} });
    // An annotation carries the hostile name as data, escaped by @actions/core: it arrives whole, on its line.
    const named = commands.find((c) => c.properties.title === 'smoke/tool-name-pattern');
    expect(named?.data).toContain('::add-mask::registry-password');
  }, 120_000);

  it.each([
    ['text', []],
    ['json', ['--json']],
  ])(
    'the CLI (dist/cli.js) as a run: step, %s output: no workflow command at all, the names intact',
    async (_kind, flags) => {
      const dir = await hostileServer();
      const run = await runNode(CLI, ['smoke', dir, ...flags], { env: { TMPDIR: SCRATCH } });
      expect(run.code).toBe(1);
      expect(commandsIn(run)).toEqual([]);
      const lines = (await readFile(HOSTILE, 'utf8')).split('\n').filter(Boolean);
      if (flags.length) {
        // The JSON is the same value: only `##[` is written with a \u005b escape.
        const report = JSON.parse(run.stdout) as Report;
        expect(JSON.parse(report.outputs.tools ?? '[]')).toEqual(
          lines.map((line, i) => `tool-${i}${i % 2 ? '\r' : '\n'}${line}`),
        );
      } else {
        expect(run.stdout.replace(/\u200b/g, '')).toContain('registry-password');
      }
    },
    120_000,
  );
});

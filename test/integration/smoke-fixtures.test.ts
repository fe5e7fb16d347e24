import { cp } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { smokeCommand } from '../../src/commands/smoke.js';
import type { Report } from '../../src/report/model.js';
import { processesMatching } from '../helpers/processes.js';
import { CLI, ROOT, runNode } from '../helpers/run.js';
import { tempDir, writeTree } from '../helpers/temp.js';

const FIXTURE = path.join(ROOT, 'test/fixtures/servers/raw-server');
/** Short timeouts so the hang and shutdown cases stay quick. */
const FAST = 'smoke:\n  timeouts:\n    initialize: 2000\n    list: 2000\n    shutdown: 700\n';

/** A copy of the raw test server with a config; returns its folder. */
async function fixture(config = FAST): Promise<string> {
  const dir = path.join(await tempDir('smoke-fixture-'), 'raw-server');
  await cp(FIXTURE, dir, { recursive: true });
  await writeTree(dir, { '.github/mcp-release.yml': config });
  return dir;
}

/** This file's own temp root: smoke's work folders (and so its servers) live under it. */
const SCRATCH = await tempDir('smoke-scratch-');

async function smoke(args: string[]): Promise<{ code: number | null; report: Report; stderr: string }> {
  const run = await runNode(CLI, ['smoke', ...args, '--json'], { env: { TMPDIR: SCRATCH } });
  return {
    code: run.code,
    report: run.stdout ? (JSON.parse(run.stdout) as Report) : ({} as Report),
    stderr: run.stderr,
  };
}

afterEach(() => {
  // No server, and no process a server started, may outlive a smoke run.
  expect([...processesMatching(SCRATCH), ...processesMatching('raw-mcp-test-server')]).toEqual([]);
});

describe('smoke on test servers that each do one thing wrong', () => {
  it('the correct server passes, with its outputs', async () => {
    const { code, report } = await smoke([await fixture()]);
    expect(report.findings).toEqual([]);
    expect(code).toBe(0);
    expect(report.outputs).toMatchObject({
      'server-name': 'raw-mcp-test-server',
      'server-version': '1.0.0',
      'tool-count': '1',
      tools: '["echo"]',
      'prompt-count': '1',
      'protocol-version': '2025-11-25',
      bin: 'raw-mcp-test-server',
    });
    for (const key of ['start-ms', 'initialize-ms', 'list-ms'])
      expect(Number(report.outputs[key])).toBeGreaterThanOrEqual(0);
    expect(report.packages[0]?.tables?.[0]?.rows).toEqual([['echo', 'every client', 'Echoes its input.']]);
    expect(Object.keys(report.outputs).sort()).toEqual(Object.keys(smokeCommand.outputs).sort());
  });

  it.each([
    ['exit-at-start', 'smoke/exited-early', 'Error: API_KEY is not set'],
    ['stdout-noise', 'smoke/stdout-noise', '"Server starting on stdio..."'],
    ['never-answer', 'smoke/initialize-timeout', undefined],
    ['bad-input-schema', 'smoke/tool-schema', '{"type":"array"}'],
    ['uncompilable-schema', 'smoke/tool-schema', '"strin"'],
    ['bad-output-schema', 'smoke/tool-schema', '{"type":"string"}'],
    ['duplicate-tools', 'smoke/tool-name', undefined],
    ['bad-tool-name', 'smoke/tool-name-pattern', undefined],
    ['no-description', 'smoke/tool-description', undefined],
    ['version-mismatch', 'smoke/version-mismatch', undefined],
    ['crash-on-list', 'smoke/exited-early', undefined],
    ['no-server-info', 'smoke/server-info', '"protocolVersion"'],
    ['bad-protocol', 'smoke/protocol-version', undefined],
    ['stateless-only', 'smoke/stateless-only', '"supportedVersions":["2026-07-28"]'],
    ['ignore-sigterm', 'smoke/shutdown-sigkill', 'ignoring SIGTERM'],
    ['stray-child', 'smoke/stray-processes', undefined],
  ])('%s -> %s', async (mode, rule, evidence) => {
    const { report } = await smoke([await fixture(), '--arg', mode]);
    const found = report.findings.filter((f) => f.rule === rule);
    expect(found, JSON.stringify(report.findings)).toHaveLength(1);
    if (evidence) expect(found[0]?.evidence).toContain(evidence);
    expect(report.ok).toBe(found[0]?.severity !== 'error');
  });

  it('follows nextCursor to the last page', async () => {
    const { report } = await smoke([await fixture(), '--arg', 'paginate']);
    expect(report.findings).toEqual([]);
    expect(JSON.parse(report.outputs.tools ?? '[]')).toEqual(['tool-0', 'tool-1', 'tool-2']);
  });

  it('smoke.expectTools and smoke.calls', async () => {
    const config = `${FAST}  expectTools: [echo, summarize]\n  calls:\n    - tool: echo\n      arguments: { text: hi }\n    - tool: echo\n      arguments: { text: fail }\n`;
    const { code, report } = await smoke([await fixture(config)]);
    expect(code).toBe(1);
    expect(report.findings.map((f) => [f.rule, f.message])).toEqual([
      ['smoke/expected-tool-missing', 'expected tool "summarize" is not listed (1 tools listed)'],
      ['smoke/call-failed', 'tools/call "echo" failed'],
    ]);
  });

  it('--env reaches the server (and without it the server exits)', async () => {
    const dir = await fixture();
    expect((await smoke([dir, '--arg', 'require-env'])).report.findings.map((f) => f.rule)).toEqual([
      'smoke/exited-early',
    ]);
    const { code, report } = await smoke([dir, '--arg', 'require-env', '--env', 'WEATHER_API_KEY=test-key']);
    expect(report.findings).toEqual([]);
    expect(code).toBe(0);
  });

  it('a .tgz target is installed as it is', async () => {
    const dir = await fixture();
    const out = await tempDir('tarball-');
    const { execFileSync } = await import('node:child_process');
    const filename = (
      JSON.parse(
        execFileSync('npm', ['pack', '--json', '--pack-destination', out], { cwd: dir, encoding: 'utf8' }),
      ) as { filename: string }[]
    )[0]?.filename as string;
    const { code, report } = await smoke([path.join(out, filename)]);
    expect(code).toBe(0);
    expect(report.packages[0]?.name).toBe('raw-mcp-test-server');
  });

  it('--bin naming a bin the package does not have', async () => {
    const { code, report } = await smoke([await fixture(), '--bin', 'nope']);
    expect(code).toBe(1);
    expect(report.findings).toMatchObject([
      { rule: 'smoke/bin-not-found', message: 'bin "nope" not found; the package has "raw-mcp-test-server"' },
    ]);
  });

  it('a bin whose file was never built is named, not spawned: the build output is missing, run the build', async () => {
    const dir = await fixture();
    await writeTree(dir, {
      'package.json': JSON.stringify({
        name: 'raw-mcp-test-server',
        version: '1.0.0',
        bin: { 'raw-mcp-test-server': 'dist/server.js' },
        scripts: { build: 'tsc' },
      }),
    });
    const { code, report } = await smoke([dir]);
    expect(code).toBe(1);
    expect(report.findings).toMatchObject([
      {
        rule: 'smoke/bin-not-found',
        message:
          'the build output is missing: bin "raw-mcp-test-server" -> dist/server.js is not in the package, so there is nothing to start (was it built before packing?)',
        fix: 'Run the build: `npm run build` in the package folder before smoke and before packing, and keep the output in "files".',
      },
    ]);
    expect(report.findings[0]?.fix).not.toMatch(/Add a `bin`/);
  });

  it('a rule set to off in the config is not reported', async () => {
    const { code, report } = await smoke([
      await fixture(`${FAST}rules:\n  smoke/version-mismatch: off\n`),
      '--arg',
      'version-mismatch',
    ]);
    expect(code).toBe(0);
    expect(report.findings).toEqual([]);
  });

  it.each([
    [['smoke', 'no/such/thing.txt'], /"no\/such\/thing\.txt" is not a folder, a \.tgz file or a package name@version/],
    [['smoke', '.', '--env', 'not a pair'], /--env: "not a pair" is not KEY=VALUE/],
    [['smoke', 'package.json'], /is a file but not a \.tgz tarball/],
  ])('bad usage %j: exit 2 with one line', async (args, message) => {
    const run = await runNode(CLI, args);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
  });
});

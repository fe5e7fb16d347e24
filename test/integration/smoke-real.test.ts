import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Report } from '../../src/report/model.js';
import { processesMatching } from '../helpers/processes.js';
import { ACTION, CLI, ROOT, parseGithubOutput, runNode } from '../helpers/run.js';
import { tempDir } from '../helpers/temp.js';

const SERVERS = path.join(ROOT, 'node_modules/@modelcontextprotocol');

/** This file's own temp root: smoke's work folders (and so its servers) live under it. */
const SCRATCH = await tempDir('smoke-scratch-');

async function smoke(args: string[]): Promise<{ code: number | null; report: Report }> {
  const run = await runNode(CLI, ['smoke', ...args, '--json'], { env: { TMPDIR: SCRATCH } });
  return { code: run.code, report: JSON.parse(run.stdout) as Report };
}

afterEach(() => {
  expect(processesMatching(SCRATCH)).toEqual([]);
});

/**
 * Real servers, installed from their packed tarballs with production dependencies
 * from the npm registry, exactly as npx users get them. Versions are pinned in
 * devDependencies; what each lists is what that version lists.
 */
describe('smoke on real MCP servers', () => {
  it('the example server: clean', async () => {
    const { code, report } = await smoke([path.join(ROOT, 'examples/hello-server')]);
    expect(report.findings).toEqual([]);
    expect(code).toBe(0);
    expect(report.outputs).toMatchObject({
      'server-name': 'hello-example',
      'server-version': '1.0.0',
      tools: '["hello"]',
      prompts: '["greeting"]',
    });
  });

  it('server-everything: more tools to a client declaring roots, sampling and elicitation', async () => {
    const { code, report } = await smoke([path.join(SERVERS, 'server-everything')]);
    expect(code).toBe(0);
    const bare = Number(report.outputs['tool-count']);
    const full = Number(report.outputs['tool-count-full-client']);
    expect(bare).toBe(13);
    expect(full).toBe(16);
    expect(JSON.parse(report.outputs.tools ?? '[]')).toContain('echo');
    expect(Number(report.outputs['resource-count'])).toBeGreaterThan(0);
    // It reports serverInfo.version 2.0.0 for package 2026.8.31, and keeps running after stdin closes with a full client.
    expect(report.findings.map((f) => f.rule).sort()).toEqual(['smoke/shutdown-stdin', 'smoke/version-mismatch']);
    expect(report.packages[0]?.tables?.[0]?.rows.filter((r) => r[1] !== 'every client').map((r) => r[0])).toEqual([
      'get-roots-list',
      'trigger-elicitation-request',
      'trigger-sampling-request',
    ]);
  });

  it('server-memory@2026.8.31 fetched from the registry by name@version', async () => {
    const { code, report } = await smoke(['@modelcontextprotocol/server-memory@2026.8.31']);
    expect(code).toBe(0);
    expect(report.packages[0]).toMatchObject({ name: '@modelcontextprotocol/server-memory', version: '2026.8.31' });
    expect(JSON.parse(report.outputs.tools ?? '[]')).toContain('create_entities');
    expect(report.findings.map((f) => f.rule)).toEqual(['smoke/version-mismatch']);
  });

  it('the action entry: outputs and a tools table in the job summary', async () => {
    const runnerTemp = await tempDir('runner-');
    const outputFile = path.join(runnerTemp, 'out');
    const summaryFile = path.join(runnerTemp, 'summary.md');
    await writeFile(outputFile, '');
    await writeFile(summaryFile, '');
    const run = await runNode(ACTION, [], {
      cwd: ROOT,
      env: {
        TMPDIR: SCRATCH,
        GITHUB_ACTIONS: 'true',
        GITHUB_WORKSPACE: ROOT,
        GITHUB_OUTPUT: outputFile,
        GITHUB_STEP_SUMMARY: summaryFile,
        RUNNER_TEMP: runnerTemp,
        INPUT_COMMAND: 'smoke',
        INPUT_TARGET: 'examples/hello-server',
      },
    });
    expect(run.code).toBe(0);
    expect(parseGithubOutput(await readFile(outputFile, 'utf8'))).toMatchObject({
      ok: 'true',
      'server-name': 'hello-example',
      'tool-count': '1',
    });
    const summary = await readFile(summaryFile, 'utf8');
    expect(summary).toContain('**Tools (1 to a bare client, 1 to a full client)**');
    expect(summary).toContain('| hello | every client | Greets someone by name. |');
  });
});

import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { commandNames } from '../../src/commands/registry.js';
import type { Report } from '../../src/report/model.js';
import { makePackage } from '../helpers/package-fixture.js';
import { ACTION, parseGithubOutput, runNode } from '../helpers/run.js';
import { tempDir } from '../helpers/temp.js';

/** Run dist/index.js the way the runner runs a node24 action: INPUT_* env and the command files. */
async function runAction(inputs: Record<string, string>, workspace: string, extraEnv: Record<string, string> = {}) {
  const runnerTemp = await tempDir('runner-temp-');
  const outputFile = path.join(runnerTemp, 'output.txt');
  const summaryFile = path.join(runnerTemp, 'summary.md');
  await writeFile(outputFile, '');
  await writeFile(summaryFile, '');
  const env: Record<string, string> = {
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: workspace,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    RUNNER_TEMP: runnerTemp,
    GITHUB_REPOSITORY: 'acme/weather-mcp',
    GITHUB_REPOSITORY_OWNER: 'acme',
    ...extraEnv,
  };
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value;
  const run = await runNode(ACTION, [], { cwd: workspace, env });
  return {
    ...run,
    outputs: parseGithubOutput(await readFile(outputFile, 'utf8')),
    summary: await readFile(summaryFile, 'utf8'),
  };
}

describe('the action entry (dist/index.js) as GitHub runs it', () => {
  it('a clean package: outputs, report file, summary, exit 0', async () => {
    const { dir } = await makePackage();
    const run = await runAction({ command: 'validate-layout', directory: '.' }, dir);
    expect(run.code).toBe(0);
    expect(run.outputs).toMatchObject({ ok: 'true', 'error-count': '0', 'warning-count': '0', 'note-count': '0' });
    expect(JSON.parse(run.outputs.packages ?? '')).toEqual([
      { name: '@acme/weather-mcp', version: '1.2.3', dir: '.', ok: true },
    ]);
    const report = JSON.parse(await readFile(run.outputs['report-file'] ?? '', 'utf8')) as Report;
    expect(report).toMatchObject({ command: 'validate-layout', ok: true });
    expect(run.summary).toContain('### ✅ mcp-release validate-layout');
  });

  it('findings become annotations on workspace-relative files, a summary table, outputs and a failed step', async () => {
    const workspace = await tempDir('workspace-');
    const { dir } = await makePackage({
      files: { 'dist/index.js': 'export {};\r\n' },
      manifest: (m) => void (m.repository = { type: 'git', url: 'git+https://github.com/someone/else.git' }),
    });
    // The package lives in a sub-folder of the workspace, like a monorepo package.
    const sub = path.join(workspace, 'servers', 'weather');
    await (await import('node:fs/promises')).cp(dir, sub, { recursive: true });
    const sarif = 'out/layout.sarif';
    const run = await runAction({ command: 'validate', directory: 'servers/weather', 'sarif-file': sarif }, workspace);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(
      /::error title=layout\/bin-shebang,file=servers\/weather\/dist\/index\.js,line=1,col=1::/,
    );
    expect(run.stdout).toMatch(
      /::error title=layout\/repository-mismatch,file=servers\/weather\/package\.json,line=\d+,col=\d+::/,
    );
    expect(run.stdout).toMatch(/::error::validate-layout: 3 error\(s\)/);
    expect(run.outputs).toMatchObject({ ok: 'false', 'error-count': '3' });
    expect(run.outputs['sarif-file']).toBe(path.join(workspace, sarif));
    const log = JSON.parse(await readFile(path.join(workspace, sarif), 'utf8')) as {
      runs: { results: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[] }[];
    };
    expect(log.runs[0]?.results[0]?.locations[0]?.physicalLocation.artifactLocation.uri).toMatch(/^servers\/weather\//);
    expect(run.summary).toContain('| 🔴 | `layout/bin-crlf` | `servers/weather/dist/index.js:1` |');
  });

  it('annotations: false keeps the log free of annotation commands', async () => {
    const { dir } = await makePackage({ manifest: (m) => void delete m.license });
    const run = await runAction({ command: 'validate-layout', annotations: 'false' }, dir);
    expect(run.code).toBe(1);
    expect(run.stdout).not.toContain('::error title=');
  });

  it.each([
    [
      { command: 'nope' },
      new RegExp(
        `::error::input "command": unknown command "nope" \\(allowed: ${escapeRegExp(commandNames().join(', '))}\\)`,
      ),
    ],
    [
      { command: 'validate-layout', 'fail-on': 'fatal' },
      /::error::input "fail-on": invalid value \(allowed: error, warning, note, never\)/,
    ],
    [{ command: 'validate-layout', directory: 'missing' }, /::error::directory "missing" does not exist/],
  ])('bad input %j fails the step with one clear message', async (inputs, message) => {
    const { dir } = await makePackage();
    const run = await runAction(inputs, dir);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(message);
    expect(run.outputs).toEqual({});
  });
});

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

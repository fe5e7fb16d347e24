import type * as ActionsCore from '@actions/core';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { findUsage, loadRunner, usageNames } from '../commands/command-loaders.js';
import { isExitTwoError } from '../errors.js';
import { toAnnotations } from '../report/annotations.js';
import { countBySeverity, type Report } from '../report/model.js';
import { redactDeep } from '../report/known-secrets.js';
import { actionLogger } from './action-logger.js';
import { renderSummary } from '../report/summary.js';
import { renderTerminal } from '../report/terminal.js';
import { neutraliseWorkflowCommands } from '../report/workflow-commands.js';
import { TOOL_VERSION } from '../adapters/tool-version.js';

type Core = typeof ActionsCore;

/**
 * The GitHub Action: inputs from INPUT_*, results through @actions/core
 * (outputs, annotations, job summary, setFailed). @actions/core is loaded here
 * only, so the CLI never pays for it.
 */
export async function runAction(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const core: Core = await import('@actions/core');
  try {
    const commandName = core.getInput('command', { required: true });
    const usage = findUsage(commandName);
    if (!usage) {
      core.setFailed(`input "command": unknown command "${commandName}" (allowed: ${usageNames().join(', ')})`);
      return;
    }
    // The command's chunk and the context's (adapters, settings) load while the inputs are read.
    const loading = Promise.all([loadRunner(usage), import('../cli/context.js')]);
    loading.catch(() => undefined);
    const record: Record<string, unknown> = {};
    for (const opt of usage.options) {
      const value = core.getInput(opt.name);
      if (value === '') continue;
      record[opt.name] =
        opt.type === 'boolean'
          ? core.getBooleanInput(opt.name)
          : opt.multiple
            ? core.getMultilineInput(opt.name)
            : value;
    }
    const [runner, { contextFromEnv }] = await loading;
    const parsed = runner.check(record);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const allowed =
        issue?.code === 'invalid_value' ? ` (allowed: ${(issue.values ?? []).map(String).join(', ')})` : '';
      const name = String(issue?.path[0] ?? '');
      core.setFailed(
        `input "${name}": ${record[name] === undefined ? 'is required' : issue?.code === 'invalid_value' ? 'invalid value' : (issue?.message ?? 'invalid')}${allowed}`,
      );
      return;
    }
    const workspace = env.GITHUB_WORKSPACE || process.cwd();
    // Whatever a server or an API echoed back, the credentials we hold never reach an output (core.setSecret masks only the log).
    const context = contextFromEnv(env, workspace, actionLogger(core));
    const report = redactDeep(await runner.run(parsed.data as never, context), context.settings.secretValues);
    const directory = (parsed.data as { directory?: string }).directory ?? '.';
    const prefix = path.relative(workspace, path.resolve(workspace, directory));
    await publish(core, report, prefix, env);
  } catch (error) {
    if (isExitTwoError(error)) core.setFailed(error.message);
    else core.setFailed(`internal error: ${(error as Error).message}`);
  }
}

/**
 * Every line of text the action prints goes through here: progress and the
 * report carry server output, tool names, PR titles and reasons, which must
 * not become workflow commands. Annotations, outputs and setFailed go through
 * @actions/core's own commands, which escape their message (%, CR, LF) and
 * properties (also `:` and `,`), so they cannot break out of their line.
 */
function log(core: Core, text: string): void {
  core.info(neutraliseWorkflowCommands(text));
}

async function publish(core: Core, report: Report, prefix: string, env: NodeJS.ProcessEnv): Promise<void> {
  log(core, renderTerminal(report, { color: true }));
  // The full report first: the summary, the annotations and the outputs are cut to GitHub's limits and point at it.
  const outDir = path.join(env.RUNNER_TEMP || path.join(process.cwd(), '.mcp-release'), 'mcp-release');
  await mkdir(outDir, { recursive: true });
  const reportFile = path.join(outDir, `${report.command}-report.json`);
  await writeFile(reportFile, `${JSON.stringify(report, null, 2)}\n`);

  if (core.getInput('annotations') !== 'false') {
    for (const a of toAnnotations(report, prefix, { reportFile })) {
      const props = {
        title: a.title,
        ...(a.file ? { file: a.file } : {}),
        ...(a.startLine ? { startLine: a.startLine } : {}),
        ...(a.startColumn ? { startColumn: a.startColumn } : {}),
      };
      if (a.level === 'error') core.error(a.message, props);
      else if (a.level === 'warning') core.warning(a.message, props);
      else core.notice(a.message, props);
    }
  }
  const capped = capOutputs(report.outputs);
  for (const [key, value] of Object.entries(capped.outputs)) core.setOutput(key, value);
  for (const key of capped.cut)
    core.warning(
      `output "${key}" was cut to stay within GitHub's limit of 1 MB of outputs per job; the full value is in ${reportFile}`,
    );
  core.setOutput('report-file', reportFile);

  const sarifInput = core.getInput('sarif-file');
  if (sarifInput) {
    const sarifFile = path.resolve(env.GITHUB_WORKSPACE || process.cwd(), sarifInput);
    const { toSarif } = await import('../report/sarif.js');
    await mkdir(path.dirname(sarifFile), { recursive: true });
    await writeFile(sarifFile, `${JSON.stringify(toSarif(report, { toolVersion: TOOL_VERSION, prefix }), null, 2)}\n`);
    core.setOutput('sarif-file', sarifFile);
  }

  if (env.GITHUB_STEP_SUMMARY) await core.summary.addRaw(renderSummary(report, prefix, { reportFile })).write();

  if (!report.ok) {
    const counts = countBySeverity(report.findings);
    core.setFailed(`${report.command}: ${counts.error} error(s), ${counts.warning} warning(s), ${counts.note} note(s)`);
  }
}

/**
 * Outputs can be a maximum of 1 MB per job, size approximated as UTF-16
 * (docs: "Passing information between jobs"). Other steps of the job have
 * outputs too, so this step keeps its own under half of that.
 */
export const OUTPUTS_MAX_UTF16_BYTES = 500_000;

const cutMark = (dropped: number) =>
  `…[cut: ${dropped} more characters; GitHub keeps at most 1 MB of outputs per job; the full value is in the report file]`;

/**
 * Every output within the budget: the small ones whole, each large one cut to
 * an equal share of what is left, with a mark saying so. Pure.
 */
export function capOutputs(
  outputs: Readonly<Record<string, string>>,
  maxUtf16Bytes = OUTPUTS_MAX_UTF16_BYTES,
): { outputs: Record<string, string>; cut: string[] } {
  const entries = Object.entries(outputs);
  const bySize = [...entries].sort(([, a], [, b]) => a.length - b.length);
  let remaining = Math.floor(maxUtf16Bytes / 2); // UTF-16 code units
  const result: Record<string, string> = {};
  const cut: string[] = [];
  bySize.forEach(([key, value], index) => {
    const share = Math.floor(remaining / (bySize.length - index));
    if (value.length <= share) result[key] = value;
    else {
      let end = Math.max(0, share - cutMark(value.length).length);
      if (end > 0 && value.charCodeAt(end - 1) >= 0xd800 && value.charCodeAt(end - 1) <= 0xdbff) end -= 1;
      result[key] = `${value.slice(0, end)}${cutMark(value.length - end)}`;
      cut.push(key);
    }
    remaining -= result[key]?.length ?? 0;
  });
  return {
    outputs: Object.fromEntries(entries.map(([key]) => [key, result[key] ?? ''])),
    cut: entries.map(([key]) => key).filter((key) => cut.includes(key)),
  };
}

import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { UsageError } from '../errors.js';
import type { Runner } from '../commands/command-loaders.js';
import type { CommandUsage } from '../commands/types.js';
import { redactDeep } from '../report/known-secrets.js';
import { ENV } from '../settings/env-names.js';
import { cliLogger } from './cli-logger.js';
import { contextFromEnv } from './context.js';
import { renderTerminal } from '../report/terminal.js';
import { jsonForLog, neutraliseWorkflowCommands } from '../report/workflow-commands.js';
import { TOOL_VERSION } from '../adapters/tool-version.js';
import { checkedInput, outputFlags, type CommandFlags } from './parse.js';
import type { CliIo } from './run-cli.js';

/**
 * A command's run on the CLI, once its flags are read (src/cli/run-cli.ts):
 * its input checked, the context, the run, the report on stdout (and SARIF).
 * Loaded only when a command runs, so `--help` and usage errors pay for none
 * of it. Returns the exit code: 0 passed, 1 findings.
 */
export async function runCommand(usage: CommandUsage, runner: Runner, flags: CommandFlags, io: CliIo): Promise<number> {
  const input = checkedInput(usage, flags.record, runner.check(flags.record));
  const { json, sarif, color: colorFlag } = outputFlags(flags);
  const color = colorFlag ?? (io.isTty && !io.env[ENV.noColor]);
  const log = cliLogger({ stderr: io.stderr, isTty: io.isTty, json, color });
  const context = contextFromEnv(io.env, io.cwd, log);
  // Whatever a server or an API echoed back, the credentials we hold never reach an output.
  const report = redactDeep(await runner.run(input as never, context), context.settings.secretValues);

  if (sarif) {
    const file = path.resolve(io.cwd, sarif);
    const directory = (input as { directory?: string }).directory ?? '.';
    const prefix = path.relative(io.cwd, path.resolve(io.cwd, directory));
    const { toSarif } = await import('../report/sarif.js');
    await writeFile(file, `${JSON.stringify(toSarif(report, { toolVersion: TOOL_VERSION, prefix }), null, 2)}\n`).catch(
      (error: Error) => {
        throw new UsageError(`--sarif: cannot write ${file}: ${error.message}`);
      },
    );
  }
  const terminal = () => neutraliseWorkflowCommands(`${renderTerminal(report, { color })}\n`);
  if (json) io.stdout(`${jsonForLog(report)}\n`);
  else if (report.text !== undefined) {
    // `changelog --notes-only > notes.md`: the document alone on stdout, the report beside it. The document is
    // markdown whose untrusted text is escaped (`#`, `[` and line ends), so it holds no workflow command either.
    io.stdout(report.text);
    io.stderr(terminal());
  } else io.stdout(terminal());
  return report.ok ? 0 : 1;
}

import { findUsage, loadRunner, usageNames } from '../commands/command-loaders.js';
import { isExitTwoError, UsageError } from '../errors.js';
import { ENV } from '../settings/env-names.js';
import { neutraliseWorkflowCommands } from '../report/workflow-commands.js';
import { TOOL_VERSION } from '../adapters/tool-version.js';
import { commandUsage, mainUsage } from './usage.js';
import { parseFlags } from './parse.js';

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  env: NodeJS.ProcessEnv;
  cwd: string;
  isTty: boolean;
}

export const EXIT_PASS = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_USAGE = 2;

/** `mcp-release <command> ...`: returns the exit code. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  // Run as a `run:` step, both streams are the Actions log: no untrusted line may be a workflow command there.
  const safe: CliIo = { ...io, stderr: (text) => io.stderr(neutraliseWorkflowCommands(text)) };
  try {
    return await dispatch(argv, safe);
  } catch (error) {
    if (isExitTwoError(error)) {
      safe.stderr(`mcp-release: ${error.message}\n`);
      return EXIT_USAGE;
    }
    const detail = io.env[ENV.debug] ? `\n${(error as Error).stack ?? ''}` : ' (set MCP_RELEASE_DEBUG=1 for the stack)';
    safe.stderr(`mcp-release: internal error: ${(error as Error).message}${detail}\n`);
    return EXIT_USAGE;
  }
}

async function dispatch(argv: readonly string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined) {
    io.stderr(`${mainUsage(TOOL_VERSION)}\n`);
    return EXIT_USAGE;
  }
  if (name === '--help' || name === '-h' || name === 'help') {
    io.stdout(`${mainUsage(TOOL_VERSION)}\n`);
    return EXIT_PASS;
  }
  if (name === '--version' || name === '-v') {
    io.stdout(`${TOOL_VERSION}\n`);
    return EXIT_PASS;
  }
  // Usage and flags come from the manifest: `--help` and a bad flag load no command.
  const usage = findUsage(name);
  if (!usage) throw new UsageError(`unknown command "${name}" (allowed: ${usageNames().join(', ')})`);
  const flags = parseFlags(usage, rest);
  if (flags.help) {
    io.stdout(`${commandUsage(usage)}\n`);
    return EXIT_PASS;
  }
  // The command's chunk and the run's (context, adapters, report) load side by side.
  const [runner, { runCommand }] = await Promise.all([loadRunner(usage), import('./run-command.js')]);
  return runCommand(usage, runner, flags, io);
}

import { readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { commandNames, findCommand } from '../commands/registry.js';
import type { RunContext } from '../commands/types.js';
import { isExitTwoError, UsageError } from '../errors.js';
import { visibilityFromEvent, type RepositoryVisibility } from '../release/visibility.js';
import { redactDeep } from '../report/known-secrets.js';
import { createAdapters } from '../adapters/index.js';
import type { Logger } from '../ports/logger.js';
import { ENV } from '../settings/env-names.js';
import { settingsFromEnv } from '../settings/settings.js';
import { cliLogger } from './cli-logger.js';
import { toSarif } from '../report/sarif.js';
import { renderTerminal } from '../report/terminal.js';
import { jsonForLog, neutraliseWorkflowCommands } from '../report/workflow-commands.js';
import { TOOL_VERSION } from '../adapters/tool-version.js';
import { commandUsage, mainUsage } from './usage.js';
import { parseCommandLine } from './parse.js';

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
  const spec = findCommand(name);
  if (!spec) throw new UsageError(`unknown command "${name}" (allowed: ${commandNames().join(', ')})`);
  const parsed = parseCommandLine(spec, rest);
  if (parsed.help) {
    io.stdout(`${commandUsage(spec)}\n`);
    return EXIT_PASS;
  }
  const color = parsed.color ?? (io.isTty && !io.env[ENV.noColor]);
  const log = cliLogger({ stderr: io.stderr, isTty: io.isTty, json: Boolean(parsed.json), color });
  const context = contextFromEnv(io.env, io.cwd, log);
  // Whatever a server or an API echoed back, the credentials we hold never reach an output.
  const report = redactDeep(await spec.run(parsed.input as never, context), context.settings.secretValues);

  if (parsed.sarif) {
    const file = path.resolve(io.cwd, parsed.sarif);
    const directory = (parsed.input as { directory?: string }).directory ?? '.';
    const prefix = path.relative(io.cwd, path.resolve(io.cwd, directory));
    await writeFile(file, `${JSON.stringify(toSarif(report, { toolVersion: TOOL_VERSION, prefix }), null, 2)}\n`).catch(
      (error: Error) => {
        throw new UsageError(`--sarif: cannot write ${file}: ${error.message}`);
      },
    );
  }
  const terminal = () => neutraliseWorkflowCommands(`${renderTerminal(report, { color })}\n`);
  if (parsed.json) io.stdout(`${jsonForLog(report)}\n`);
  else if (report.text !== undefined) {
    // `changelog --notes-only > notes.md`: the document alone on stdout, the report beside it. The document is
    // markdown whose untrusted text is escaped (`#`, `[` and line ends), so it holds no workflow command either.
    io.stdout(report.text);
    io.stderr(terminal());
  } else io.stdout(terminal());
  return report.ok ? EXIT_PASS : EXIT_FINDINGS;
}

/**
 * The one place the environment becomes settings, and settings become a
 * command's context (adapters and a logger). The Action's entry uses it too.
 */
export function contextFromEnv(env: NodeJS.ProcessEnv, cwd: string, log: Logger): RunContext {
  const settings = settingsFromEnv(env, cwd, eventVisibility(env[ENV.githubEventPath]));
  return { cwd, settings, adapters: createAdapters(settings), log };
}

/** The event payload the runner wrote (repository.visibility): unreadable or silent is unknown, never an error. */
function eventVisibility(file: string | undefined): RepositoryVisibility | undefined {
  if (!file) return undefined;
  try {
    return visibilityFromEvent(JSON.parse(readFileSync(file, 'utf8')));
  } catch {
    return undefined;
  }
}

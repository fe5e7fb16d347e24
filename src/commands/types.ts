import type { z } from 'zod';
import type { Report } from '../report/model.js';
import type { Adapters } from '../adapters/index.js';
import type { Logger } from '../ports/logger.js';
import type { Settings } from '../settings/settings.js';

/**
 * What a command receives from its entry: typed settings (the environment,
 * parsed once), the adapters through which it touches the world, and a
 * logger. A command never reads process.env or @actions/core itself.
 */
export interface RunContext {
  cwd: string;
  settings: Settings;
  adapters: Adapters;
  log: Logger;
}

/**
 * A flag / action input, as a command takes it (built from the option catalog,
 * src/commands/option-catalog.ts, by pickOptions). The same kebab-case name is
 * used for both.
 */
export interface OptionSpec {
  name: string;
  type: 'string' | 'boolean';
  /** What it means for this command; `{--name}` refers to another option (see renderText). */
  description: string;
  /** Short CLI alias, one letter. */
  short?: string;
  multiple?: boolean;
  /** The command refuses to run without it (its schema has no default and is not optional). */
  required?: boolean;
}

/** A command: build one with defineCommand (src/commands/define-command.ts). */
export interface CommandSpec<Input = unknown> {
  name: string;
  aliases: readonly string[];
  summary: string;
  /** Name of the positional argument in CLI usage, mapped to the option of the same name. */
  positional?: { name: string; option: string; required?: boolean; multiple?: boolean };
  options: readonly OptionSpec[];
  /** Every key the Report's `outputs` may carry (the action outputs), with its meaning. */
  outputs: Readonly<Record<string, string>>;
  /** Parses the raw kebab-case record (from flags or action inputs) into typed input. */
  inputSchema: z.ZodType<Input>;
  run(input: Input, context: RunContext): Promise<Report>;
}

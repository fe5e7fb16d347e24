import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UsageError } from '../errors.js';
import type { CommandUsage } from '../commands/types.js';
import type { InputResult } from '../commands/input-check.js';

/** Output flags every command takes on the CLI (the action has inputs for the same things). */
export const OUTPUT_FLAGS = {
  json: { type: 'boolean', description: 'Print the Report as JSON (outputs keyed like the action outputs).' },
  sarif: { type: 'string', description: 'Also write a SARIF 2.1.0 file to this path.' },
  'no-color': { type: 'boolean', description: 'No ANSI colors (also NO_COLOR=1).' },
  help: { type: 'boolean', short: 'h', description: 'Show this help.' },
} as const;

/** The command line read against a command's usage alone: no schema, so no command is loaded yet. */
export interface CommandFlags {
  /** The raw kebab-case record (flags and the positional), for the command's input schema. */
  record: Record<string, unknown>;
  json: boolean;
  sarif?: string;
  color: boolean | undefined;
  help: boolean;
}

/** The output flags of a parsed command line (--json, --sarif, --no-color). */
export function outputFlags(flags: CommandFlags): Pick<CommandFlags, 'json' | 'sarif' | 'color'> {
  return { json: flags.json, ...(flags.sarif !== undefined ? { sarif: flags.sarif } : {}), color: flags.color };
}

/** argv read against the command's flags and positional, or a UsageError naming the flag; values unchecked. */
export function parseFlags(spec: CommandUsage, argv: readonly string[]): CommandFlags {
  const options: NonNullable<ParseArgsConfig['options']> = {};
  for (const opt of spec.options) {
    if (spec.positional?.option === opt.name) continue;
    options[opt.name] = {
      type: opt.type,
      ...(opt.short ? { short: opt.short } : {}),
      ...(opt.multiple ? { multiple: true } : {}),
    };
  }
  for (const [name, flag] of Object.entries(OUTPUT_FLAGS))
    options[name] = { type: flag.type, ...('short' in flag ? { short: flag.short } : {}) };

  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({ args: [...argv], options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(
      `${spec.name}: ${cleanParseError((error as Error).message)} (allowed: ${Object.keys(options)
        .map((o) => `--${o}`)
        .join(', ')})`,
    );
  }
  const values = parsed.values as Record<string, unknown>;
  if (values.help) return { record: {}, json: false, color: undefined, help: true };

  const record: Record<string, unknown> = {};
  for (const opt of spec.options) if (values[opt.name] !== undefined) record[opt.name] = values[opt.name];
  const maxPositionals = spec.positional ? (spec.positional.multiple ? Infinity : 1) : 0;
  if (parsed.positionals.length > maxPositionals) {
    const extra = parsed.positionals
      .slice(maxPositionals)
      .map((p) => `"${p}"`)
      .join(', ');
    throw new UsageError(`${spec.name}: unexpected argument ${extra} (usage: ${usageLine(spec)})`);
  }
  if (spec.positional?.multiple && parsed.positionals.length) record[spec.positional.option] = parsed.positionals;
  else if (spec.positional && parsed.positionals[0] !== undefined)
    record[spec.positional.option] = parsed.positionals[0];
  return {
    record,
    json: values.json === true,
    ...(typeof values.sarif === 'string' ? { sarif: values.sarif } : {}),
    color: values['no-color'] === true ? false : undefined,
    help: false,
  };
}

/**
 * The input from the check of the raw record (the command's schema, or the usage's own checks:
 * src/commands/input-check.ts), or a UsageError naming the flag and what is allowed.
 */
export function checkedInput(spec: CommandUsage, record: Record<string, unknown>, result: InputResult): unknown {
  if (!result.success) {
    const issue = result.error.issues[0];
    const key = String(issue?.path[0] ?? '');
    const flag = spec.positional?.option === key ? spec.positional.name : `--${key}`;
    const allowed =
      issue && issue.code === 'invalid_value' ? ` (allowed: ${(issue.values ?? []).map(String).join(', ')})` : '';
    if (record[key] === undefined)
      throw new UsageError(`${spec.name}: ${flag} is required (usage: ${usageLine(spec)})`);
    throw new UsageError(
      `${spec.name}: ${flag}: ${issue?.code === 'invalid_value' ? `invalid value "${String(record[key])}"` : (issue?.message ?? 'invalid')}${allowed}`,
    );
  }
  return result.data;
}

export function usagePositional(spec: CommandUsage): string {
  if (!spec.positional) return '';
  return spec.positional.required ? ` ${spec.positional.name}` : ` [${spec.positional.name}]`;
}

/** `mcp-release rollback [DIR] --version VALUE [options]`: the positional, the flags that must be given, the rest. */
export function usageLine(spec: CommandUsage, name = spec.name): string {
  const required = spec.options
    .filter((o) => o.required && o.name !== spec.positional?.option)
    .map((o) => ` --${o.name}${o.type === 'string' ? ' VALUE' : ''}`)
    .join('');
  return `mcp-release ${name}${usagePositional(spec)}${required} [options]`;
}

function cleanParseError(message: string): string {
  // Node's messages end with advice about "--" that does not apply here.
  return message.split('. To specify')[0]?.replace(/^Unknown option/, 'unknown option') ?? message;
}

import { credentialsProblem, zodUrlValue, type RegistryUrlKind } from '../config/url-check.js';
import type { CommandUsage, OptionSpec } from './types.js';

/**
 * A command's input checked from its usage alone (src/commands/manifest.json),
 * without zod or the option catalog: for the options whose schema is one of a
 * few plain shapes (a string with a least length, one of a set of values, a
 * registry URL, a boolean, a list of strings; optional or with a default), pickOptions writes
 * what the schema checks into the option's `check`
 * (src/commands/define-command.ts). Where every option of a command has one,
 * the entries check its input here and load the command's schema only when it
 * has none (src/commands/command-loaders.ts loadRunner).
 * test/unit/input-check.test.ts holds it to the schema's answer on generated
 * input: same data, same first problem.
 */

/** What an option's schema checks of its value, written out. */
export interface ValueCheck {
  /** The value when the option is not given. */
  default?: string;
  /** A string value shorter than this is refused, with the schema's own message (tooShortMessage). */
  minLength?: number;
  /** The schema's message for a too short value, where it is not zod's usual one (tooShortMessage). */
  tooShort?: string;
  /** The values allowed. */
  oneOf?: readonly string[];
  /** A registry URL of this kind (src/config/registry-url.ts): zod's `z.url()`, then no credentials in it. */
  url?: RegistryUrlKind;
}

/** One problem with the input, as the schema names it (a zod issue's shape: the first key of `path` is the option). */
export interface InputIssue {
  path: readonly PropertyKey[];
  code: string;
  message: string;
  values?: readonly unknown[];
}

/** The checked input, or its problems (first one first): what the schema's `safeParse` gives. */
export type InputResult =
  | { success: true; data: unknown }
  | { success: false; error: { issues: readonly InputIssue[] } };

/** Whether the usage says what every option's schema checks, so the input can be checked without the schemas. */
export function checksEveryOption(usage: CommandUsage): boolean {
  return usage.options.every((option) => option.check !== undefined);
}

/**
 * The raw record (kebab-case names, from flags or action inputs) checked against the usage alone: the
 * input the command's schema would give, or the first option (in the usage's order) it would refuse.
 */
export function checkInput(usage: CommandUsage, record: Readonly<Record<string, unknown>>): InputResult {
  const data: Record<string, unknown> = {};
  for (const option of usage.options) {
    const { check } = option;
    if (!check) throw new Error(`${usage.name}: option "${option.name}" has no check in the usage manifest`);
    const value = record[option.name];
    if (value === undefined) {
      if (check.default !== undefined) data[option.name] = check.default;
      else if (option.required) return failure(option, 'invalid_type', `Invalid input: expected ${expected(option)}`);
      continue;
    }
    typeGuard(usage, option, value);
    if (typeof value === 'string' && check.minLength !== undefined && value.length < check.minLength)
      return failure(option, 'too_small', tooShortMessage(check.minLength, check.tooShort));
    if (typeof value === 'string' && check.oneOf && !check.oneOf.includes(value))
      return failure(option, 'invalid_value', 'Invalid option', check.oneOf);
    if (typeof value === 'string' && check.url) {
      const url = zodUrlValue(value);
      if (url === undefined) return failure(option, 'invalid_format', 'Invalid URL');
      const problem = credentialsProblem(url, check.url);
      if (problem) return failure(option, 'custom', problem);
      data[option.name] = url;
      continue;
    }
    data[option.name] = Array.isArray(value) ? [...value] : value;
  }
  return { success: true, data };
}

/** zod's message for a string under its least length (the manifest names another one in `tooShort`). */
export function tooShortMessage(minLength: number, tooShort?: string): string {
  return tooShort ?? `Too small: expected string to have >=${minLength} characters`;
}

function failure(option: OptionSpec, code: string, message: string, values?: readonly string[]): InputResult {
  return { success: false, error: { issues: [{ path: [option.name], code, message, ...(values ? { values } : {}) }] } };
}

function expected(option: OptionSpec): string {
  return option.multiple ? 'array' : option.type;
}

/** The entries give each option the type it declares (parseArgs, the action's inputs): anything else is a bug. */
function typeGuard(usage: CommandUsage, option: OptionSpec, value: unknown): void {
  const ok = option.multiple
    ? Array.isArray(value) && value.every((v) => typeof v === 'string')
    : typeof value === option.type;
  if (!ok) throw new Error(`${usage.name}: option "${option.name}" got ${typeof value}, expected ${expected(option)}`);
}

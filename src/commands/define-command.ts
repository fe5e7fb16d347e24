import { z } from 'zod';
import type { Report } from '../report/model.js';
import { OPTION_CATALOG, OUTPUT_CATALOG, type OptionName } from './option-catalog.js';
import type { CommandSpec, OptionSpec, RunContext } from './types.js';
import { EVERY_COMMAND_OUTPUTS } from './command-text.js';
import { tooShortMessage, type ValueCheck } from './input-check.js';
import { REGISTRY_URL_KIND } from '../config/registry-url.js';

export { EVERY_COMMAND_OUTPUTS, renderText } from './command-text.js';

/**
 * What a command may change of a catalog option: its description where the
 * meaning really differs for this command, and its schema where the command
 * validates differently (required here, optional there; another set of
 * values). The name, the type and the short alias are the catalog's.
 */
export interface OptionOverride {
  description?: string;
  schema?: z.ZodType;
  multiple?: boolean;
}

/** The options a command takes, by catalog name, in the order its usage lists them. */
export type OptionPicks = { readonly [K in OptionName]?: true | OptionOverride };

type SchemaOf<K extends OptionName, Pick> = Pick extends { schema: infer S extends z.ZodType }
  ? S
  : (typeof OPTION_CATALOG)[K]['schema'];

export type ShapeOf<P extends OptionPicks> = { -readonly [K in keyof P & OptionName]: SchemaOf<K, P[K]> };

export interface PickedOptions<P extends OptionPicks> {
  specs: readonly OptionSpec[];
  schema: z.ZodObject<ShapeOf<P>, z.core.$strip>;
}

/** A command's options from the catalog: its flag / input specs and the zod object that parses them. */
export function pickOptions<const P extends OptionPicks>(picks: P): PickedOptions<P> {
  const specs: OptionSpec[] = [];
  const shape: Record<string, z.ZodType> = {};
  for (const [name, pick] of Object.entries(picks) as [OptionName, true | OptionOverride][]) {
    const entry = OPTION_CATALOG[name];
    if (!entry) throw new Error(`option "${name}" is not in the option catalog`);
    const override = pick === true ? {} : pick;
    const multiple = override.multiple ?? entry.multiple;
    const schema = override.schema ?? entry.schema;
    const check = valueCheckOf(schema, entry.type, multiple === true);
    specs.push({
      name,
      type: entry.type,
      description: override.description ?? entry.description,
      ...(entry.short ? { short: entry.short } : {}),
      ...(multiple ? { multiple: true } : {}),
      ...(schema.safeParse(undefined).success ? {} : { required: true }),
      ...(check ? { check } : {}),
    });
    shape[name] = schema;
  }
  return { specs, schema: z.object(shape) as unknown as z.ZodObject<ShapeOf<P>, z.core.$strip> };
}

/**
 * What the schema checks of a value, written out for src/commands/input-check.ts, when it is one of
 * the plain shapes: a string (at least N long, or one of a set of values), a registry URL
 * (src/config/registry-url.ts), a boolean or a list of strings, optional or with a string default.
 * Anything else (a pattern, another URL, a refinement, a transform, a length of list) is undefined:
 * only the schema can check it.
 */
export function valueCheckOf(schema: z.ZodType, type: OptionSpec['type'], multiple: boolean): ValueCheck | undefined {
  const check: ValueCheck = {};
  let inner: z.core.SomeType = schema;
  if (schema instanceof z.ZodDefault) {
    const value: unknown = schema.def.defaultValue;
    if (typeof value !== 'string') return undefined;
    check.default = value;
    inner = schema.def.innerType;
  } else if (schema instanceof z.ZodOptional) inner = schema.def.innerType;
  if (multiple) {
    if (!(inner instanceof z.ZodArray) || inner.def.checks?.length || type !== 'string') return undefined;
    if (check.default !== undefined) return undefined;
    return plainString(inner.def.element) && !inner.def.element.def.checks?.length ? check : undefined;
  }
  if (inner instanceof z.ZodBoolean) return type === 'boolean' && !inner.def.checks?.length ? check : undefined;
  if (type !== 'string') return undefined;
  const url = REGISTRY_URL_KIND.get(inner as z.ZodType);
  if (url) return { ...check, url };
  if (inner instanceof z.ZodEnum) {
    const values = Object.values(inner.def.entries);
    if (inner.def.checks?.length || !values.every((v): v is string => typeof v === 'string')) return undefined;
    return { ...check, oneOf: values };
  }
  if (!plainString(inner)) return undefined;
  const lengths = (inner.def.checks ?? []).map((c) => c._zod.def);
  if (!lengths.every((c): c is z.core.$ZodCheckMinLengthDef => c.check === 'min_length')) return undefined;
  if (lengths.length === 0) return check;
  // Two least lengths give two messages, by the length of the value: only the schema can say which.
  if (lengths.length > 1) return undefined;
  const minLength = (lengths[0] as z.core.$ZodCheckMinLengthDef).minimum;
  const tooShort = inner.safeParse('').error?.issues[0]?.message;
  if (tooShort === undefined) return undefined;
  return { ...check, minLength, ...(tooShort === tooShortMessage(minLength) ? {} : { tooShort }) };
}

/** A plain z.string(): no format (an e-mail, a URL, ...), whose checks would not all show in `checks`. */
function plainString(schema: z.core.SomeType): schema is z.ZodString {
  return (
    schema instanceof z.ZodString &&
    schema.constructor === z.ZodString &&
    (schema.def as { format?: unknown }).format === undefined
  );
}

export interface CommandDefinition<Input> {
  name: string;
  aliases?: readonly string[];
  summary: string;
  /** The option the CLI's positional argument fills; its usage name comes from the catalog unless given. */
  positional?: OptionName | { option: OptionName; name: string };
  options: { specs: readonly OptionSpec[]; schema: z.ZodType<Input> };
  /**
   * The outputs this command sets besides the ones every command sets (ok,
   * the counts, packages), each with what it means for this command; `true`
   * takes the shared description from OUTPUT_CATALOG.
   */
  outputs: Readonly<Record<string, string | true>>;
  run(input: Input, context: RunContext): Promise<Report>;
}

/** A command spec from its definition: options from the catalog, outputs with their descriptions. */
export function defineCommand<Input>(definition: CommandDefinition<Input>): CommandSpec<Input> {
  const { options } = definition;
  const outputs: Record<string, string> = {};
  for (const key of EVERY_COMMAND_OUTPUTS) outputs[key] = OUTPUT_CATALOG[key] as string;
  for (const [key, text] of Object.entries(definition.outputs)) {
    const shared = OUTPUT_CATALOG[key];
    if (text === true && shared === undefined)
      throw new Error(`${definition.name}: output "${key}" has no shared description in OUTPUT_CATALOG`);
    outputs[key] = text === true ? (shared as string) : text;
  }
  const positional = definition.positional;
  let position: CommandSpec['positional'];
  if (positional !== undefined) {
    const option = typeof positional === 'string' ? positional : positional.option;
    const spec = options.specs.find((o) => o.name === option);
    if (!spec) throw new Error(`${definition.name}: the positional argument's option "${option}" is not picked`);
    const name = typeof positional === 'string' ? OPTION_CATALOG[option].positional : positional.name;
    if (!name) throw new Error(`${definition.name}: option "${option}" has no positional name in the catalog`);
    position = {
      name,
      option,
      ...(spec.required ? { required: true } : {}),
      ...(spec.multiple ? { multiple: true } : {}),
    };
  }
  return {
    name: definition.name,
    aliases: definition.aliases ?? [],
    summary: definition.summary,
    ...(position ? { positional: position } : {}),
    options: options.specs,
    outputs,
    inputSchema: options.schema,
    run: definition.run,
  };
}

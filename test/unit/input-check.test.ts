import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { checkedInput } from '../../src/cli/parse.js';
import { mcpRegistryUrl, registryUrl } from '../../src/config/registry-url.js';
import { valueCheckOf } from '../../src/commands/define-command.js';
import { checkInput, checksEveryOption, type InputResult } from '../../src/commands/input-check.js';
import { COMMANDS } from '../../src/commands/registry.js';
import type { CommandSpec, CommandUsage, OptionSpec } from '../../src/commands/types.js';

/**
 * The entries check a command's input from the usage manifest alone where every option's schema is
 * plain (src/commands/input-check.ts): the answer must be the schema's, whatever the flags say.
 */

/** What the entries read of a check: the data, or the first problem's option, kind and what they print of it. */
function answer(result: InputResult, record: Record<string, unknown>) {
  if (result.success) return { data: result.data };
  const issue = result.error.issues[0]!;
  const option = String(issue.path[0]);
  if (record[option] === undefined) return { option, missing: true };
  return issue.code === 'invalid_value'
    ? { option, code: issue.code, values: issue.values }
    : { option, code: issue.code, message: issue.message };
}

/** Values a flag or an action input can carry for this option: empty, arbitrary, allowed, the default, absent. */
function valueOf(option: OptionSpec): fc.Arbitrary<unknown> {
  if (option.multiple) return fc.option(fc.array(fc.string(), { maxLength: 3 }), { nil: undefined });
  if (option.type === 'boolean') return fc.option(fc.boolean(), { nil: undefined });
  if (option.check?.url)
    return fc.option(
      fc.oneof(
        fc.webUrl({ withQueryParameters: true, withFragments: true }),
        fc.string(),
        // What zod trims, strips or refuses, and what the credentials rule refuses (src/config/url-check.ts).
        fc.constantFrom(
          '',
          ' https://registry.example.com/ ',
          'https://registry.example.com/\tpath\n',
          '\u00a0https://registry.example.com\u2028',
          'https://user:secret@registry.example.com/',
          'https://user@registry.example.com/',
          ' https://:secret@registry.example.com ',
          'http:registry.example.com',
          'registry.example.com',
          'not a url',
          'file:///tmp/registry',
        ),
      ),
      { nil: undefined },
    );
  const known = [
    ...(option.check?.oneOf ?? []),
    ...(option.check?.default !== undefined ? [option.check.default] : []),
  ];
  return fc.option(
    fc.oneof(fc.constant(''), fc.string(), fc.constantFrom('.', 'x', 'ERROR', ' error'), ...known.map(fc.constant)),
    { nil: undefined },
  );
}

function recordOf(options: readonly OptionSpec[]): fc.Arbitrary<Record<string, unknown>> {
  return fc
    .tuple(...options.map(valueOf))
    .map((values) =>
      Object.fromEntries(options.flatMap((o, i) => (values[i] === undefined ? [] : [[o.name, values[i]]]))),
    );
}

const shapeOf = (command: CommandSpec<never>) => (command.inputSchema as unknown as z.ZodObject).shape;

describe("input checked from the usage manifest: the schema's answer", () => {
  it('each option with a check answers as its schema does, on generated values', () => {
    for (const command of COMMANDS)
      for (const option of command.options.filter((o) => o.check)) {
        const schema = z.object({ [option.name]: shapeOf(command)[option.name] as z.ZodType });
        const usage: CommandUsage = { ...command, options: [option] };
        fc.assert(
          fc.property(recordOf([option]), (record) => {
            expect(answer(checkInput(usage, record), record), `${command.name} --${option.name}`).toStrictEqual(
              answer(schema.safeParse(record), record),
            );
          }),
          { numRuns: 60 },
        );
      }
  });

  it('a command whose every option has a check: the same input or the same message, on whole command lines', () => {
    const checked = COMMANDS.filter(checksEveryOption);
    expect(checked.map((c) => c.name)).toContain('validate-layout');
    for (const command of checked)
      fc.assert(
        fc.property(recordOf(command.options), (record) => {
          const viaSchema = () => checkedInput(command, record, command.inputSchema.safeParse(record));
          const viaManifest = () => checkedInput(command, record, checkInput(command, record));
          let expected: unknown;
          try {
            expected = { input: viaSchema() };
          } catch (error) {
            expected = { error: (error as Error).message };
          }
          let actual: unknown;
          try {
            actual = { input: viaManifest() };
          } catch (error) {
            actual = { error: (error as Error).message };
          }
          expect(actual, command.name).toStrictEqual(expected);
        }),
        { numRuns: 200 },
      );
  });

  it('the messages a user sees for validate: required, too short, not allowed', () => {
    const validate = COMMANDS.find((c) => c.name === 'validate-layout')!;
    const run = (record: Record<string, unknown>) => () => checkedInput(validate, record, checkInput(validate, record));
    expect(run({})()).toStrictEqual({ directory: '.' });
    expect(run({ directory: 'pkg', 'fail-on': 'never' })()).toStrictEqual({ directory: 'pkg', 'fail-on': 'never' });
    expect(run({ 'fail-on': 'nope' })).toThrow(
      'validate-layout: --fail-on: invalid value "nope" (allowed: error, warning, note, never)',
    );
    expect(run({ directory: '' })).toThrow('validate-layout: DIR: Too small: expected string to have >=1 characters');
    expect(run({ config: '' })).toThrow('validate-layout: --config: Too small: expected string to have >=1 characters');
  });

  it('a schema that is not plain has no check: only the schema can say (patterns, URLs, transforms, lengths)', () => {
    const plain: [z.ZodType, OptionSpec['type'], boolean][] = [
      [z.string().min(1).default('.'), 'string', false],
      [z.string().min(1).optional(), 'string', false],
      [z.string(), 'string', false],
      [z.enum(['a', 'b']).optional(), 'string', false],
      [z.boolean().optional(), 'boolean', false],
      [z.array(z.string()).optional(), 'string', true],
    ];
    for (const [schema, type, multiple] of plain) expect(valueCheckOf(schema, type, multiple)).toBeDefined();
    expect(valueCheckOf(registryUrl.optional(), 'string', false)).toStrictEqual({ url: 'npm' });
    expect(valueCheckOf(mcpRegistryUrl, 'string', false)).toStrictEqual({ url: 'mcp-registry' });
    const notPlain: [z.ZodType, OptionSpec['type'], boolean][] = [
      [z.string().regex(/^\d+$/).optional(), 'string', false],
      [z.url().optional(), 'string', false],
      [z.email(), 'string', false],
      [z.string().trim().min(1).optional(), 'string', false],
      [z.string().min(1).max(3), 'string', false],
      // 'ab' is refused with the second message, '' with the first.
      [z.string().min(1, 'empty').min(3, 'short').optional(), 'string', false],
      [z.string().transform(Number).optional(), 'string', false],
      [
        z
          .string()
          .refine((s) => s !== 'x')
          .optional(),
        'string',
        false,
      ],
      [z.array(z.string().min(1)).optional(), 'string', true],
      [z.array(z.string()).length(2), 'string', true],
      [z.array(z.string()).optional(), 'string', false],
      [z.string().optional(), 'string', true],
      [z.enum(['a']).optional(), 'boolean', false],
      [z.number().optional(), 'string', false],
    ];
    for (const [schema, type, multiple] of notPlain) expect(valueCheckOf(schema, type, multiple)).toBeUndefined();
  });
});

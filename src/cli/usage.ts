import { COMMAND_USAGE } from '../commands/command-loaders.js';
import { EVERY_COMMAND_OUTPUTS, renderText } from '../commands/command-text.js';
import type { CommandUsage } from '../commands/types.js';
import { OUTPUT_FLAGS, usageLine } from './parse.js';

/** What the CLI's exit status says, the same for every command. */
export const EXIT_CODES: readonly { code: number; short: string; meaning: string }[] = [
  { code: 0, short: 'passed', meaning: 'Passed: no finding at or above --fail-on.' },
  { code: 1, short: 'findings at or above --fail-on', meaning: 'Findings at or above --fail-on (see the report).' },
  {
    code: 2,
    short: 'bad usage or configuration',
    meaning: 'Bad usage or bad configuration: one line on stderr names the flag, the argument or the file.',
  },
];

/** Help lines are wrapped here; a long word (a URL) is never cut. */
const WIDTH = 100;

export function mainUsage(version: string): string {
  const width = Math.max(...COMMAND_USAGE.map((c) => displayName(c).length));
  return [
    `mcp-release ${version}: release checks for MCP servers on npm`,
    '',
    'Usage: mcp-release <command> [DIR] [options]',
    '',
    'Commands:',
    ...COMMAND_USAGE.flatMap((c) => columns(displayName(c), c.summary, width)),
    '',
    `Exit codes: ${EXIT_CODES.map((e) => `${e.code} ${e.short}`).join(', ')}.`,
    'Run `mcp-release <command> --help` for its options and outputs.',
  ].join('\n');
}

/** One flag per row: `--name VALUE` (or the positional's name), its description for the command line. */
export function flagRows(spec: CommandUsage): { flag: string; description: string }[] {
  const positional = spec.positional ? spec.options.find((o) => o.name === spec.positional?.option) : undefined;
  return [
    ...(positional && spec.positional
      ? [{ flag: spec.positional.name, description: renderText(positional.description, 'cli') }]
      : []),
    ...spec.options
      .filter((o) => o.name !== spec.positional?.option)
      .map((o) => ({
        flag: `--${o.name}${o.short ? `, -${o.short}` : ''}${o.type === 'string' ? ' VALUE' : ''}`,
        description: `${renderText(o.description, 'cli')}${o.multiple ? ' Repeatable.' : ''}`,
      })),
  ];
}

export function commandUsage(spec: CommandUsage): string {
  const flags = flagRows(spec);
  const output = Object.entries(OUTPUT_FLAGS).map(([name, f]) => ({
    flag: `--${name}${'short' in f ? `, -${f.short}` : ''}${f.type === 'string' ? ' FILE' : ''}`,
    description: f.description,
  }));
  const outputs = Object.entries(spec.outputs).filter(
    ([key]) => !(EVERY_COMMAND_OUTPUTS as readonly string[]).includes(key),
  );
  const width = Math.max(...[...flags, ...output].map((r) => r.flag.length), ...outputs.map(([key]) => key.length));
  return [
    `Usage: ${usageLine(spec)}`,
    ...(spec.aliases.length ? [`Alias: ${spec.aliases.join(', ')}`] : []),
    '',
    ...wrap(spec.summary, WIDTH, ''),
    '',
    ...flags.flatMap((r) => columns(r.flag, r.description, width)),
    ...output.flatMap((r) => columns(r.flag, r.description, width)),
    '',
    ...wrap(
      `Outputs (the report's "outputs" with --json; the action's outputs): ${EVERY_COMMAND_OUTPUTS.join(', ')}${outputs.length ? ', and:' : '.'}`,
      WIDTH,
      '',
    ),
    ...outputs.flatMap(([key, text]) => columns(key, renderText(text, 'cli'), width)),
    ...(outputs.length ? [''] : []),
    `Exit codes: ${EXIT_CODES.map((e) => `${e.code} ${e.short}`).join(', ')}.`,
  ].join('\n');
}

function displayName(c: CommandUsage): string {
  return c.aliases.length ? `${c.name} (${c.aliases.join(', ')})` : c.name;
}

/** `  name  text`, the text wrapped under itself. */
function columns(name: string, text: string, width: number): string[] {
  const indent = ' '.repeat(width + 4);
  const [first = '', ...rest] = wrap(text, WIDTH - indent.length, '');
  return [`  ${name.padEnd(width)}  ${first}`.trimEnd(), ...rest.map((line) => `${indent}${line}`)];
}

function wrap(text: string, width: number, indent: string): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > Math.max(width, 40)) {
      lines.push(`${indent}${line}`);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line || lines.length === 0) lines.push(`${indent}${line}`);
  return lines;
}

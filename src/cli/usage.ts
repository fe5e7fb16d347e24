import { COMMANDS } from '../commands/registry.js';
import type { CommandSpec } from '../commands/types.js';
import { OUTPUT_FLAGS, usagePositional } from './parse.js';

export function mainUsage(version: string): string {
  const width = Math.max(...COMMANDS.map((c) => displayName(c).length));
  return [
    `mcp-release ${version}: release checks for MCP servers on npm`,
    '',
    'Usage: mcp-release <command> [DIR] [options]',
    '',
    'Commands:',
    ...COMMANDS.map((c) => `  ${displayName(c).padEnd(width)}  ${c.summary}`),
    '',
    'Exit codes: 0 passed, 1 findings at or above --fail-on, 2 bad usage or configuration.',
    'Run `mcp-release <command> --help` for its options.',
  ].join('\n');
}

export function commandUsage(spec: CommandSpec<never>): string {
  const flags = [
    ...spec.options
      .filter((o) => o.name !== spec.positional?.option)
      .map((o) => [`--${o.name}${o.type === 'string' ? ' VALUE' : ''}`, o.description] as const),
    ...Object.entries(OUTPUT_FLAGS).map(
      ([name, f]) => [`--${name}${f.type === 'string' ? ' FILE' : ''}`, f.description] as const,
    ),
  ];
  const width = Math.max(...flags.map(([f]) => f.length));
  const positional = spec.positional ? spec.options.find((o) => o.name === spec.positional?.option) : undefined;
  return [
    `Usage: mcp-release ${spec.name}${usagePositional(spec)} [options]`,
    spec.aliases.length ? `Alias: ${spec.aliases.join(', ')}` : '',
    '',
    spec.summary,
    '',
    ...(positional && spec.positional ? [`  ${spec.positional.name.padEnd(width)}  ${positional.description}`] : []),
    ...flags.map(([f, d]) => `  ${f.padEnd(width)}  ${d}`),
  ]
    .filter((line, i, all) => !(line === '' && all[i - 1] === ''))
    .join('\n');
}

function displayName(c: CommandSpec<never>): string {
  return c.aliases.length ? `${c.name} (${c.aliases.join(', ')})` : c.name;
}

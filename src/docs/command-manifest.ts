import type { CommandSpec, CommandUsage } from '../commands/types.js';

/**
 * src/commands/manifest.json: each command's usage (name, aliases, summary,
 * positional, options, outputs) without its schema or code, for the entries
 * to print usage and parse flags before loading the command
 * (src/commands/command-loaders.ts).
 */
export function commandManifest(commands: readonly CommandSpec<never>[]): string {
  const usage: CommandUsage[] = commands.map((c) => ({
    name: c.name,
    aliases: c.aliases,
    summary: c.summary,
    ...(c.positional ? { positional: c.positional } : {}),
    options: c.options,
    outputs: c.outputs,
  }));
  return `${JSON.stringify(usage, null, 2)}\n`;
}

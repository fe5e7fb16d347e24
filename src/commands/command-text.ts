/**
 * The text helpers a command's usage needs, apart from define-command.ts so
 * that `--help` and the CLI's flag parsing load neither zod nor the option
 * catalog (src/cli/usage.ts, src/cli/parse.ts).
 */

/** Outputs every command's Report carries (src/commands/packages.ts aggregateReport sets them). */
export const EVERY_COMMAND_OUTPUTS = ['ok', 'error-count', 'warning-count', 'note-count', 'packages'] as const;

/**
 * A description for its reader: `{--name}` is another option, written
 * `--name` for the command line and `name` (the input) for the action.
 */
export function renderText(text: string, audience: 'cli' | 'action'): string {
  return text.replace(/\{--([a-z][a-z-]*)\}/g, (_, name: string) => (audience === 'cli' ? `--${name}` : `\`${name}\``));
}

/**
 * Text from outside (tool names, server stdout and stderr, PR titles, commit
 * messages, a rollback reason) printed to a GitHub Actions log must not be
 * read by the runner as a workflow command: `::add-mask::`, `::error::`,
 * `::stop-commands::<token>` or the legacy `##[error]` would forge
 * annotations, mask or stop the kit's own commands.
 *
 * The runner's rule (actions/runner, src/Runner.Common/ActionCommand.cs,
 * TryParseV2 and TryParse; docs: https://docs.github.com/en/actions/reference/workflows-and-actions/workflow-commands):
 * - output is read line by line; `\n`, `\r` and `\r\n` all end a line;
 * - a line is a command when, after leading white space (.NET
 *   Char.IsWhiteSpace), it starts with `::` and has a second `::`;
 * - legacy form: `##[` ANYWHERE in the line, then a command name and `]`.
 *
 * So: line ends become `\n`, a line whose first non-space characters are `::`
 * gets a zero-width space between the colons, and every `##[` gets one before
 * the `[`. The text reads the same; the runner sees no command in it. Pure.
 */
const ZWSP = '\u200b';

/** .NET's white space is JavaScript's `\s` without U+FEFF, plus U+0085 (NEL): the union is trimmed. */
const LEADING_COMMAND = /^([\s\u0085]*):(?=:)/;

export function neutraliseWorkflowCommands(text: string): string {
  return text
    .split(/\r\n|\r|\n/)
    .map((line) => line.replace(LEADING_COMMAND, `$1:${ZWSP}`).replace(/##\[/g, `##${ZWSP}[`))
    .join('\n');
}

/**
 * JSON for a log: the same JSON value, with `[` after `##` written as the
 * escape `\u005b` (`##[` can only occur inside a string there). Pretty-printed
 * JSON never starts a line with `::` (lines start with `"`, a bracket, a
 * brace, a number or a literal), so nothing else can be a command.
 */
export function jsonForLog(value: unknown): string {
  return JSON.stringify(value, null, 2).replace(/##\[/g, '##\\u005b');
}

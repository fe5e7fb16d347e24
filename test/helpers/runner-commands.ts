/**
 * What the GitHub Actions runner would do with a step's output: the workflow
 * commands it would process, in order. A model of actions/runner
 * (src/Runner.Common/ActionCommand.cs TryParseV2 and TryParse,
 * src/Runner.Worker/ActionCommandManager.cs TryProcessCommand):
 * - the output is read line by line (`\n`, `\r`, `\r\n` end a line);
 * - `::name props::data` after leading .NET white space, the name registered
 *   (case-insensitive); else the legacy `##[name props]data` anywhere in the line;
 * - `stop-commands` with data TOKEN stops processing until a command named TOKEN.
 * Data and properties are unescaped as the runner does.
 */
export interface RunnerCommand {
  command: string;
  properties: Record<string, string>;
  data: string;
}

const REGISTERED = [
  'add-mask',
  'add-matcher',
  'remove-matcher',
  'debug',
  'error',
  'warning',
  'notice',
  'group',
  'endgroup',
  'echo',
  'save-state',
  'set-output',
  'set-env',
  'add-path',
  'stop-commands',
];

/** .NET Char.IsWhiteSpace (String.TrimStart): Zs, Zl, Zp and U+0009-U+000D, U+0085, U+00A0. */
const trimStartDotNet = (line: string): string =>
  line.replace(/^[\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]*/, '');

const unescapeData = (s: string) => s.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
const unescapeProperty = (s: string) =>
  s.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%3A/g, ':').replace(/%2C/g, ',').replace(/%25/g, '%');
const unescapeLegacy = (s: string) =>
  s.replace(/%3B/g, ';').replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%5D/g, ']').replace(/%25/g, '%');

function parseV2(line: string, registered: Set<string>): RunnerCommand | undefined {
  const message = trimStartDotNet(line);
  if (!message.startsWith('::')) return undefined;
  const end = message.indexOf('::', 2);
  if (end < 0) return undefined;
  const info = message.slice(2, end);
  const space = info.indexOf(' ');
  const command = space < 0 ? info : info.slice(0, space);
  if (!registered.has(command.toLowerCase())) return undefined;
  const properties: Record<string, string> = {};
  if (space > 0) {
    for (const pair of info
      .slice(space + 1)
      .trim()
      .split(',')
      .filter(Boolean)) {
      const at = pair.indexOf('=');
      if (at > 0 && at < pair.length - 1) properties[pair.slice(0, at)] = unescapeProperty(pair.slice(at + 1));
    }
  }
  return { command, properties, data: unescapeData(message.slice(end + 2)) };
}

function parseLegacy(line: string, registered: Set<string>): RunnerCommand | undefined {
  const start = line.indexOf('##[');
  if (start < 0) return undefined;
  const close = line.indexOf(']', start);
  if (close < 0) return undefined;
  const info = line.slice(start + 3, close);
  const space = info.indexOf(' ');
  const command = space < 0 ? info : info.slice(0, space);
  if (!registered.has(command.toLowerCase())) return undefined;
  const properties: Record<string, string> = {};
  if (space > 0) {
    for (const pair of info
      .slice(space + 1)
      .split(';')
      .filter(Boolean)) {
      const at = pair.indexOf('=');
      if (at > 0 && at < pair.length - 1) properties[pair.slice(0, at)] = unescapeLegacy(pair.slice(at + 1));
    }
  }
  return { command, properties, data: unescapeLegacy(line.slice(close + 1)) };
}

/** The commands the runner would process from this output, in order. */
export function runnerCommands(output: string): RunnerCommand[] {
  const registered = new Set(REGISTERED);
  let stopToken: string | undefined;
  const processed: RunnerCommand[] = [];
  for (const line of output.split(/\r\n|\r|\n/)) {
    const command = parseV2(line, registered) ?? parseLegacy(line, registered);
    if (!command) continue;
    const name = command.command.toLowerCase();
    if (stopToken !== undefined) {
      if (name === stopToken.toLowerCase()) {
        registered.delete(stopToken.toLowerCase());
        stopToken = undefined;
      }
      continue;
    }
    processed.push(command);
    if (name === 'stop-commands') {
      stopToken = command.data;
      registered.add(stopToken.toLowerCase());
    }
  }
  return processed;
}

import { lineLogger, silentLogger, type Logger } from '../ports/logger.js';

/**
 * Progress on stderr: on a terminal a dim marked line per event, without a
 * terminal plain lines (CI logs, pipes). With --json the steps are quiet (the
 * caller reads one JSON document and wants no chatter), but a wait still says
 * why the command has not returned: it can last minutes.
 */
export function cliLogger(options: {
  stderr: (text: string) => void;
  isTty: boolean;
  json: boolean;
  color: boolean;
}): Logger {
  const write = (line: string) => options.stderr(`${line}\n`);
  if (options.json) return { info: write, step: silentLogger.step };
  const mark = options.isTty && options.color ? (line: string) => `\x1b[2m› ${line}\x1b[22m` : (line: string) => line;
  return lineLogger((line) => write(mark(line)));
}

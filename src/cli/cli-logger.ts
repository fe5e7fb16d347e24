import { lineLogger, silentLogger, type Logger } from '../ports/logger.js';

/**
 * Progress on stderr: on a terminal a dim marked line per event, without a
 * terminal plain lines (CI logs, pipes), nothing with --json (the caller
 * reads one JSON document and wants no chatter).
 */
export function cliLogger(options: {
  stderr: (text: string) => void;
  isTty: boolean;
  json: boolean;
  color: boolean;
}): Logger {
  if (options.json) return silentLogger;
  const mark = options.isTty && options.color ? (line: string) => `\x1b[2m› ${line}\x1b[22m` : (line: string) => line;
  return lineLogger((line) => options.stderr(`${mark(line)}\n`));
}

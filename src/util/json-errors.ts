import { parseTree, printParseErrorCode, type ParseError } from 'jsonc-parser';
import { parseJsonStrict, positionAt, type JsonParseOutcome } from './json-position.js';

/**
 * Strict JSON.parse (what npm and the registry use), with the line and column of the
 * first error found by a tolerant parser (jsonc-parser), since JSON.parse's own position
 * differs by Node version. Apart from json-position.ts so that the tolerant parser loads
 * only for a document JSON.parse refuses (src/layout/facts.ts jsonFileFact).
 */
export function parseJsonWithPosition(text: string): JsonParseOutcome {
  const parsed = parseJsonStrict(text);
  if (parsed) return parsed;
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  let message = 'invalid JSON';
  try {
    JSON.parse(source);
  } catch (error) {
    message = (error as Error).message;
  }
  const errors: ParseError[] = [];
  parseTree(source, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  const first = errors[0];
  const offset = first ? first.offset : source.length;
  const where = positionAt(source, offset);
  const detail = first ? describeParseError(printParseErrorCode(first.error)) : message;
  return { ok: false, message: detail, ...where };
}

function describeParseError(code: string): string {
  // jsonc-parser codes are like "CommaExpected": make them words.
  return code.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}

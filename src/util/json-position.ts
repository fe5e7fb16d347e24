import { findNodeAtLocation, parseTree, type Node, type ParseError, printParseErrorCode } from 'jsonc-parser';

export interface Position {
  line: number;
  column: number;
}

/** 1-based line and column of a character offset. */
export function positionAt(text: string, offset: number): Position {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i += 1) {
    if (text.charCodeAt(i) === 10) {
      line += 1;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

export type JsonParseOutcome =
  | { ok: true; value: unknown }
  | { ok: false; message: string; line: number; column: number };

/**
 * Strict JSON.parse (what npm and the registry use), with the line and column of the
 * first error found by a tolerant parser, since JSON.parse's own position differs by Node version.
 */
/** Deeper than this is no real manifest, and the recursive readers after JSON.parse (positions, rules) would overflow. */
const MAX_NESTING = 1000;

export function parseJsonWithPosition(text: string): JsonParseOutcome {
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  try {
    const value: unknown = JSON.parse(source);
    const tooDeep = offsetBeyondDepth(source, MAX_NESTING);
    if (tooDeep !== undefined)
      return { ok: false, message: `nested more than ${MAX_NESTING} levels deep`, ...positionAt(source, tooDeep) };
    return { ok: true, value };
  } catch (error) {
    const errors: ParseError[] = [];
    parseTree(source, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
    const first = errors[0];
    const offset = first ? first.offset : source.length;
    const where = positionAt(source, offset);
    const detail = first ? describeParseError(printParseErrorCode(first.error)) : (error as Error).message;
    return { ok: false, message: detail, ...where };
  }
}

/** Where the nesting of objects and arrays first passes `limit` (a loop, not recursion), or undefined. */
export function offsetBeyondDepth(source: string, limit: number): number | undefined {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < source.length; i += 1) {
    const c = source.charCodeAt(i);
    if (inString) {
      if (c === 92)
        i += 1; // backslash: skip the escaped character
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 123 || c === 91) {
      depth += 1;
      if (depth > limit) return i;
    } else if (c === 125 || c === 93) depth -= 1;
  }
  return undefined;
}

function describeParseError(code: string): string {
  // jsonc-parser codes are like "CommaExpected": make them words.
  return code.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}

/**
 * Finds where a JSON path lives in a document, to point findings at the right line.
 * Falls back to the nearest existing parent, then to line 1.
 */
export class JsonLocator {
  private readonly root: Node | undefined;

  constructor(private readonly text: string) {
    this.root = parseTree(text, [], { allowTrailingComma: true });
  }

  at(path: readonly (string | number)[]): Position {
    if (!this.root) return { line: 1, column: 1 };
    for (let n = path.length; n > 0; n -= 1) {
      const node = findNodeAtLocation(this.root, path.slice(0, n) as (string | number)[]);
      if (node) {
        // Point at the property key ("bin": ...) rather than its value when there is one.
        const target = node.parent?.type === 'property' ? node.parent : node;
        return positionAt(this.text, target.offset);
      }
    }
    return { line: 1, column: 1 };
  }
}

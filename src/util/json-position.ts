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

/** Deeper than this is no real manifest, and the recursive readers after JSON.parse (positions, rules) would overflow. */
const MAX_NESTING = 1000;

/**
 * Strict JSON.parse (what npm and the registry use) of a document, a leading BOM aside, refusing one nested
 * deeper than any real manifest; undefined when JSON.parse refuses it: then src/util/json-errors.ts
 * (parseJsonWithPosition) says where, with a tolerant parser this module does not load.
 */
export function parseJsonStrict(text: string): JsonParseOutcome | undefined {
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  let value: unknown;
  try {
    value = JSON.parse(source);
  } catch {
    return undefined;
  }
  const tooDeep = offsetBeyondDepth(source, MAX_NESTING);
  if (tooDeep !== undefined)
    return { ok: false, message: `nested more than ${MAX_NESTING} levels deep`, ...positionAt(source, tooDeep) };
  return { ok: true, value };
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

/**
 * Finds where a JSON path lives in a document, to point findings at the right line: at the property
 * (its key) for an object member, at the item for an array index. Falls back to the nearest existing
 * parent, then to line 1. For a document JSON.parse accepts (a leading BOM aside) or an empty one,
 * which is what the rules hold (the answers jsonc-parser's parseTree and findNodeAtLocation give:
 * the first of duplicate keys, test/unit/json-position.test.ts); it reads the text only along the path.
 */
export class JsonLocator {
  constructor(private readonly text: string) {}

  at(path: readonly (string | number)[]): Position {
    for (let n = path.length; n > 0; n -= 1) {
      const offset = this.offsetOf(path.slice(0, n));
      if (offset !== undefined) return positionAt(this.text, offset);
    }
    return { line: 1, column: 1 };
  }

  /** Where the path's node starts (its key for an object member), or undefined when it is not there. */
  private offsetOf(path: readonly (string | number)[]): number | undefined {
    const text = this.text;
    let i = this.skipSpace(0);
    if (i >= text.length) return undefined;
    let target = i;
    for (const segment of path) {
      if (typeof segment === 'string') {
        if (text[i] !== '{') return undefined;
        i = this.skipSpace(i + 1);
        let found = false;
        while (text[i] === '"') {
          const keyStart = i;
          const keyEnd = this.stringEnd(i);
          const key = JSON.parse(text.slice(keyStart, keyEnd)) as string;
          i = this.skipSpace(this.skipSpace(keyEnd) + 1); // past the colon
          if (key === segment) {
            target = keyStart;
            found = true;
            break;
          }
          i = this.afterMember(this.valueEnd(i));
        }
        if (!found) return undefined;
      } else {
        if (text[i] !== '[' || !Number.isInteger(segment) || segment < 0) return undefined;
        i = this.skipSpace(i + 1);
        for (let index = 0; ; index += 1) {
          if (text[i] === ']' || i >= text.length) return undefined;
          if (index === segment) break;
          i = this.afterMember(this.valueEnd(i));
        }
        target = i;
      }
    }
    return target;
  }

  /** Past whitespace (JSON's, and a BOM). */
  private skipSpace(i: number): number {
    const text = this.text;
    while (i < text.length) {
      const c = text.charCodeAt(i);
      if (c !== 32 && c !== 9 && c !== 10 && c !== 13 && c !== 0xfeff) break;
      i += 1;
    }
    return i;
  }

  /** Past the string that opens at `i`. */
  private stringEnd(i: number): number {
    const text = this.text;
    for (let j = i + 1; j < text.length; j += 1) {
      const c = text.charCodeAt(j);
      if (c === 92) j += 1;
      else if (c === 34) return j + 1;
    }
    return text.length;
  }

  /** Past the value that starts at `i`. */
  private valueEnd(i: number): number {
    const text = this.text;
    const c = text[i];
    if (c === '"') return this.stringEnd(i);
    if (c === '{' || c === '[') {
      let depth = 0;
      for (let j = i; j < text.length; j += 1) {
        const d = text[j];
        if (d === '"') j = this.stringEnd(j) - 1;
        else if (d === '{' || d === '[') depth += 1;
        else if ((d === '}' || d === ']') && --depth === 0) return j + 1;
      }
      return text.length;
    }
    let j = i;
    while (j < text.length && !/[\s,\]}]/.test(text[j] as string)) j += 1;
    return j;
  }

  /** Past a member's trailing comma, at the next member or the closing bracket. */
  private afterMember(i: number): number {
    const j = this.skipSpace(i);
    return this.text[j] === ',' ? this.skipSpace(j + 1) : j;
  }
}

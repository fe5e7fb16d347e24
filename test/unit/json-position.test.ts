import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { findNodeAtLocation, parseTree } from 'jsonc-parser';
import { parseJsonWithPosition } from '../../src/util/json-errors.js';
import { JsonLocator, offsetBeyondDepth, parseJsonStrict, positionAt } from '../../src/util/json-position.js';

/** Findings on package.json and server.json point at a line and column the user can open. */
describe('positionAt', () => {
  it('is 1-based for line and column', () => {
    expect(positionAt('abc', 0)).toEqual({ line: 1, column: 1 });
    expect(positionAt('abc', 2)).toEqual({ line: 1, column: 3 });
    expect(positionAt('ab\ncd\nef', 4)).toEqual({ line: 2, column: 2 });
    expect(positionAt('ab\ncd\nef', 6)).toEqual({ line: 3, column: 1 });
  });
});

describe('parseJsonWithPosition', () => {
  it('valid JSON gives its value (a leading BOM is allowed)', () => {
    expect(parseJsonWithPosition('{"name":"a","version":"1.0.0"}')).toEqual({
      ok: true,
      value: { name: 'a', version: '1.0.0' },
    });
    expect(parseJsonWithPosition('\ufeff{"a":1}')).toEqual({ ok: true, value: { a: 1 } });
  });

  it('a missing comma: words, and the line and column of the problem', () => {
    const outcome = parseJsonWithPosition('{\n  "name": "a"\n  "version": "1.0.0"\n}');
    expect(outcome).toEqual({ ok: false, message: 'comma expected', line: 3, column: 3 });
  });

  it('strict like npm: a trailing comma and a comment are errors', () => {
    const trailing = parseJsonWithPosition('{\n  "a": 1,\n}');
    expect(trailing.ok).toBe(false);
    if (!trailing.ok) expect(trailing.line).toBe(3);
    const comment = parseJsonWithPosition('{\n  // note\n  "a": 1\n}');
    expect(comment.ok).toBe(false);
    if (!comment.ok) expect(comment).toMatchObject({ line: 2, column: 3 });
  });

  it('an empty file is an error at line 1', () => {
    expect(parseJsonWithPosition('')).toMatchObject({ ok: false, line: 1, column: 1 });
  });

  it('valid JSON nested past 1000 levels is refused, pointing at where it gets too deep', () => {
    const deep = '['.repeat(1001) + ']'.repeat(1001);
    expect(parseJsonWithPosition(deep)).toEqual({
      ok: false,
      message: 'nested more than 1000 levels deep',
      line: 1,
      column: 1001,
    });
    expect(parseJsonWithPosition('['.repeat(1000) + ']'.repeat(1000)).ok).toBe(true);
  });
});

describe('offsetBeyondDepth', () => {
  it('the offset of the first bracket past the limit, or undefined', () => {
    expect(offsetBeyondDepth('{"a":[1]}', 2)).toBeUndefined();
    expect(offsetBeyondDepth('{"a":[[1]]}', 2)).toBe(6);
  });

  it('brackets inside strings (also after escaped quotes) do not count', () => {
    expect(offsetBeyondDepth('{"a":"[[[{{{"}', 1)).toBeUndefined();
    expect(offsetBeyondDepth('{"a":"x\\"[[[["}', 1)).toBeUndefined();
  });

  it('handles a very deep document without recursion', () => {
    expect(offsetBeyondDepth('['.repeat(200_000), 1000)).toBe(1000);
  });
});

describe('JsonLocator', () => {
  const text = '{\n  "name": "a",\n  "bin": {\n    "a": "dist/cli.js"\n  },\n  "files": ["dist", "README.md"]\n}';
  const locator = new JsonLocator(text);

  it('points at a property key, not its value', () => {
    expect(locator.at(['bin'])).toEqual({ line: 3, column: 3 });
    expect(locator.at(['bin', 'a'])).toEqual({ line: 4, column: 5 });
  });

  it('array items by index', () => {
    expect(locator.at(['files', 1])).toEqual({ line: 6, column: 21 });
  });

  it('a path that does not exist falls back to its nearest existing parent, then line 1', () => {
    expect(locator.at(['bin', 'missing'])).toEqual({ line: 3, column: 3 });
    expect(locator.at(['exports', '.'])).toEqual({ line: 1, column: 1 });
    expect(new JsonLocator('').at(['a'])).toEqual({ line: 1, column: 1 });
  });
});

/** The locator as it was, on jsonc-parser's tree: what JsonLocator must answer on every document JSON.parse takes. */
function jsoncAt(text: string, path: readonly (string | number)[]) {
  const root = parseTree(text, [], { allowTrailingComma: true });
  if (!root) return { line: 1, column: 1 };
  for (let n = path.length; n > 0; n -= 1) {
    const node = findNodeAtLocation(root, path.slice(0, n) as (string | number)[]);
    if (node) return positionAt(text, (node.parent?.type === 'property' ? node.parent : node).offset);
  }
  return { line: 1, column: 1 };
}

/** Every path into a JSON value, and a few that miss. */
function pathsOf(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  const out: (string | number)[][] = [
    [...prefix, 'missing'],
    [...prefix, 0],
  ];
  if (Array.isArray(value)) value.forEach((v, i) => out.push([...prefix, i], ...pathsOf(v, [...prefix, i])));
  else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) out.push([...prefix, k], ...pathsOf(v, [...prefix, k]));
  return out;
}

describe('JsonLocator: the answers of jsonc-parser, without loading it', () => {
  it('on generated documents, indented or not, with a BOM or CRLF, at every path and some that miss', () => {
    fc.assert(
      fc.property(
        fc.jsonValue({ maxDepth: 4 }),
        fc.constantFrom(undefined, 2, '\t', ' \r\n'),
        fc.boolean(),
        (value, indent, bom) => {
          let text = JSON.stringify(value, null, typeof indent === 'string' && indent.includes('\r') ? 1 : indent);
          if (typeof indent === 'string' && indent.includes('\r')) text = text.replaceAll('\n', '\r\n');
          if (bom) text = `\ufeff${text}`;
          expect(parseJsonStrict(text)?.ok).toBe(true);
          const locator = new JsonLocator(text);
          for (const path of pathsOf(value))
            expect(locator.at(path), JSON.stringify(path)).toEqual(jsoncAt(text, path));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('duplicate keys (the first is found), escaped keys, nested brackets in strings, empty documents', () => {
    const texts = [
      '{"a": 1, "a": {"b": 2}, "a": [3]}',
      '{"\\u0061": {"x": "]}\\"{["}, "b": [[], {}, "[", 1e5, -0.5, true, null]}',
      '{ "k" : [ 1 , { "k" : [ 2 ] } ] , "z":{}}',
      '',
      '   ',
      '[]',
      '"x"',
    ];
    const paths: (string | number)[][] = [
      ['a'],
      ['a', 'b'],
      ['a', 0],
      ['b', 3],
      ['b', 6],
      ['b', 7],
      ['k', 1, 'k', 0],
      ['z'],
      ['z', 'q'],
      [0],
      ['x'],
    ];
    for (const text of texts)
      for (const path of paths)
        expect(new JsonLocator(text).at(path), `${text} ${JSON.stringify(path)}`).toEqual(jsoncAt(text, path));
  });
});

import { LineCounter, parseDocument, isMap, isNode, isScalar, visit, type Document } from 'yaml';
import { ConfigError } from '../errors.js';
import { offsetBeyondDepth } from '../util/json-position.js';
import { describeIssue } from './format-issues.js';
import { configJsonSchema } from './json-schema.js';
import { configSchema, type Config } from './schema.js';

export { MAX_CONFIG_BYTES } from './defaults.js';

/** A config and the file it came from, or undefined when the defaults are used. */
export interface LoadedConfig {
  config: Config;
  file?: string;
}

/** Errors listed per config; the rest are counted (each one costs a walk of the document). */
const MAX_LISTED_ISSUES = 50;

/** Parse and validate config text; errors name `file:line:column: key.path: problem (allowed: ...)`. */
function parseConfigTextUnguarded(text: string, fileLabel: string): Config {
  const lineCounter = new LineCounter();
  // The parser's own uniqueKeys check compares every key with every other (20,000 keys: 4 s); ours is one pass.
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: false });
  const yamlError = doc.errors[0];
  if (yamlError) {
    const pos = lineCounter.linePos(yamlError.pos[0]);
    throw new ConfigError(`${fileLabel}:${pos.line}:${pos.col}: invalid YAML: ${firstLine(yamlError.message)}`);
  }
  const duplicate = firstDuplicateKey(doc);
  if (duplicate) {
    const pos = lineCounter.linePos(duplicate.offset);
    throw new ConfigError(
      `${fileLabel}:${pos.line}:${pos.col}: invalid YAML: the key "${duplicate.key}" appears twice in one mapping (map keys must be unique)`,
    );
  }
  let data: unknown;
  try {
    data = doc.toJS() ?? {};
  } catch (error) {
    // e.g. an alias (*name) to an anchor that does not exist
    throw new ConfigError(`${fileLabel}: invalid YAML: ${firstLine((error as Error).message)}`, { cause: error });
  }
  if (typeof data !== 'object' || Array.isArray(data)) {
    throw new ConfigError(
      `${fileLabel}: expected a mapping of keys (packages, rules, budgets, ...), got ${Array.isArray(data) ? 'a list' : typeof data}`,
    );
  }
  const result = configSchema.safeParse(data);
  if (result.success) return result.data;
  const schema = configJsonSchema();
  const issues = result.error.issues;
  const lines = issues.slice(0, MAX_LISTED_ISSUES).map((issue) => {
    const { path: keyPath, text: problem } = describeIssue(issue, schema);
    const where = locate(doc, lineCounter, keyPath);
    return `${fileLabel}${where}: ${problem}`;
  });
  if (issues.length > MAX_LISTED_ISSUES)
    lines.push(`${fileLabel}: ... and ${issues.length - MAX_LISTED_ISSUES} more problem(s)`);
  throw new ConfigError(lines.join('\n'));
}

/** Far deeper than any config; the parser's recursion is safe well past it. */
const MAX_CONFIG_NESTING = 200;

export function parseConfigText(text: string, fileLabel: string): Config {
  // Flow collections nested thousands deep crash the YAML parser past what a catch can handle.
  if (offsetBeyondDepth(text, MAX_CONFIG_NESTING) !== undefined)
    throw new ConfigError(
      `${fileLabel}: nested more than ${MAX_CONFIG_NESTING} levels deep ({ and [); a config is a few levels`,
    );
  try {
    return parseConfigTextUnguarded(text, fileLabel);
  } catch (error) {
    // Pathological nesting overflows the parser's recursion: say so instead of crashing.
    if (error instanceof RangeError)
      throw new ConfigError(`${fileLabel}: nested too deeply to read (${error.message})`, { cause: error });
    throw error;
  }
}

/** The first key repeated within one mapping, in document order: a Set per mapping, linear overall. */
function firstDuplicateKey(doc: Document): { key: string; offset: number } | undefined {
  let found: { key: string; offset: number } | undefined;
  visit(doc, {
    Map(_key, map) {
      if (!isMap(map)) return undefined;
      const seen = new Set<string>();
      for (const pair of map.items) {
        const key = isScalar(pair.key) ? String(pair.key.value) : JSON.stringify(pair.key);
        if (seen.has(key)) {
          found = { key, offset: (isNode(pair.key) && pair.key.range?.[0]) || 0 };
          return visit.BREAK;
        }
        seen.add(key);
      }
      return undefined;
    },
  });
  return found;
}

function locate(doc: Document, lineCounter: LineCounter, keyPath: PropertyKey[]): string {
  // Walk up the path until a node exists (an unknown key's own node exists; a missing one's parent does).
  for (let n = keyPath.length; n >= 0; n -= 1) {
    const node: unknown = doc.getIn(keyPath.slice(0, n) as (string | number)[], true);
    if (isNode(node) && node.range) {
      const pos = lineCounter.linePos(node.range[0]);
      return `:${pos.line}:${pos.col}`;
    }
    const pair = findKeyNode(doc, keyPath.slice(0, n));
    if (pair) return `:${lineCounter.linePos(pair).line}:${lineCounter.linePos(pair).col}`;
  }
  return '';
}

/** Offset of the key itself (for unknown keys whose value node may be null). */
function findKeyNode(doc: Document, keyPath: PropertyKey[]): number | undefined {
  if (keyPath.length === 0) return undefined;
  const parent: unknown = doc.getIn(keyPath.slice(0, -1) as (string | number)[], true);
  const last = keyPath[keyPath.length - 1];
  if (parent && typeof parent === 'object' && 'items' in parent && Array.isArray(parent.items)) {
    for (const item of parent.items as unknown[]) {
      if (
        item &&
        typeof item === 'object' &&
        'key' in item &&
        isNode(item.key) &&
        String((item.key as { value?: unknown }).value) === String(last)
      ) {
        return item.key.range?.[0];
      }
    }
  }
  return undefined;
}

function firstLine(text: string): string {
  return text.split('\n')[0] ?? text;
}

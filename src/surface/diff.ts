import type { Surface } from './surface.js';
import { codeSpan, escapeMarkdownInline } from '../util/markdown.js';

/**
 * Every difference between two surfaces, classified by what it does to a
 * client written against the old one: major breaks it, minor gives it more,
 * patch changes only words. Pure.
 */
export const IMPACTS = ['none', 'patch', 'minor', 'major'] as const;
export type Impact = (typeof IMPACTS)[number];

export interface SurfaceChange {
  impact: Exclude<Impact, 'none'>;
  /** tool, prompt, resource, resource-template, capability */
  kind: string;
  name: string;
  reason: string;
}

type Schema = Record<string, unknown>;
const rank = (impact: Impact) => IMPACTS.indexOf(impact);
export const maxImpact = (changes: readonly SurfaceChange[]): Impact =>
  changes.reduce<Impact>((best, c) => (rank(c.impact) > rank(best) ? c.impact : best), 'none');
export const exceeds = (impact: Impact, allowed: Impact) => rank(impact) > rank(allowed);

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
const asSchema = (value: unknown): Schema =>
  value && typeof value === 'object' && !Array.isArray(value) ? (value as Schema) : {};
const typesOf = (schema: Schema): string[] =>
  Array.isArray(schema.type) ? (schema.type as string[]) : typeof schema.type === 'string' ? [schema.type] : [];
const WORDS = new Set(['description', 'title', 'examples', 'default', '$comment']);

/** Values a type accepts, as a set over which narrower/wider is decided (integer is within number). */
function accepts(types: string[]): Set<string> {
  const set = new Set(types);
  if (set.has('number')) set.add('integer');
  return set;
}

function compareTypes(
  before: Schema,
  after: Schema,
  where: string,
  out: (impact: SurfaceChange['impact'], reason: string) => void,
): void {
  const a = typesOf(before);
  const b = typesOf(after);
  if (a.length && b.length && !same([...a].sort(), [...b].sort())) {
    const wasAccepted = accepts(a);
    const nowAccepted = accepts(b);
    const lost = [...wasAccepted].filter((t) => !nowAccepted.has(t));
    const gained = [...nowAccepted].filter((t) => !wasAccepted.has(t));
    if (lost.length) out('major', `${where}: type narrowed from ${a.join('|')} to ${b.join('|')}`);
    else if (gained.length) out('minor', `${where}: type widened from ${a.join('|')} to ${b.join('|')}`);
  }
  const oldEnum = Array.isArray(before.enum) ? (before.enum as unknown[]) : undefined;
  const newEnum = Array.isArray(after.enum) ? (after.enum as unknown[]) : undefined;
  if (!oldEnum && newEnum) out('major', `${where}: now limited to ${newEnum.map((v) => JSON.stringify(v)).join(', ')}`);
  else if (oldEnum && !newEnum) out('minor', `${where}: no longer limited to an enum`);
  else if (oldEnum && newEnum) {
    const removed = oldEnum.filter((v) => !newEnum.some((w) => same(v, w)));
    const added = newEnum.filter((v) => !oldEnum.some((w) => same(v, w)));
    if (removed.length)
      out(
        'major',
        `${where}: enum value${removed.length > 1 ? 's' : ''} ${removed.map((v) => JSON.stringify(v)).join(', ')} removed`,
      );
    if (added.length)
      out(
        'minor',
        `${where}: enum value${added.length > 1 ? 's' : ''} ${added.map((v) => JSON.stringify(v)).join(', ')} added`,
      );
  }
  for (const [key, stricter] of [
    ['minimum', 1],
    ['exclusiveMinimum', 1],
    ['minLength', 1],
    ['minItems', 1],
    ['maximum', -1],
    ['exclusiveMaximum', -1],
    ['maxLength', -1],
    ['maxItems', -1],
  ] as const) {
    const x = before[key];
    const y = after[key];
    if (same(x, y)) continue;
    if (typeof y === 'number' && (typeof x !== 'number' || (y - x) * stricter > 0))
      out('major', `${where}: ${key} ${typeof x === 'number' ? `${x} -> ` : ''}${y} (stricter)`);
    else
      out(
        'minor',
        `${where}: ${key} ${x === undefined ? '' : String(x)}${y === undefined ? ' removed' : ` -> ${String(y)}`} (looser)`,
      );
  }
  if (!same(before.pattern, after.pattern))
    out(
      after.pattern === undefined ? 'minor' : 'major',
      `${where}: pattern ${after.pattern === undefined ? 'removed' : `now ${JSON.stringify(after.pattern)}`}`,
    );
  if (!same(before.format, after.format))
    out(
      after.format === undefined ? 'minor' : 'major',
      `${where}: format ${after.format === undefined ? 'removed' : `now ${JSON.stringify(after.format)}`}`,
    );
}

/** An input schema: what a caller may and must send. */
function compareInput(
  before: Schema,
  after: Schema,
  where: string,
  out: (impact: SurfaceChange['impact'], reason: string) => void,
): void {
  compareTypes(before, after, where, out);
  const oldProps = asSchema(before.properties);
  const newProps = asSchema(after.properties);
  const oldRequired = new Set(Array.isArray(before.required) ? (before.required as string[]) : []);
  const newRequired = new Set(Array.isArray(after.required) ? (after.required as string[]) : []);
  const closed = after.additionalProperties === false;
  if (before.additionalProperties !== false && closed)
    out('major', `${where}: no longer accepts extra properties (additionalProperties: false)`);
  if (before.additionalProperties === false && !closed) out('minor', `${where}: now accepts extra properties`);
  for (const name of Object.keys(oldProps)) {
    if (!(name in newProps))
      out(
        closed ? 'major' : 'minor',
        `${where}.${name}: input property removed${closed ? ' while additionalProperties is false (callers that send it now fail)' : ' (callers may still send it)'}`,
      );
  }
  for (const name of Object.keys(newProps)) {
    if (!(name in oldProps))
      out(
        newRequired.has(name) ? 'major' : 'minor',
        `${where}.${name}: ${newRequired.has(name) ? 'new required input property' : 'optional input property added'}`,
      );
  }
  for (const name of Object.keys(newProps)) {
    if (!(name in oldProps)) continue;
    if (!oldRequired.has(name) && newRequired.has(name)) out('major', `${where}.${name}: now required`);
    if (oldRequired.has(name) && !newRequired.has(name)) out('minor', `${where}.${name}: now optional`);
    compareInput(asSchema(oldProps[name]), asSchema(newProps[name]), `${where}.${name}`, out);
  }
  if (before.items || after.items) compareInput(asSchema(before.items), asSchema(after.items), `${where}[]`, out);
  const wordsChanged = [...WORDS].filter((key) => !same(before[key], after[key]));
  if (wordsChanged.length) out('patch', `${where}: ${wordsChanged.join(', ')} changed`);
}

/** An output schema: what a caller may rely on receiving. */
function compareOutput(
  before: Schema,
  after: Schema,
  where: string,
  out: (impact: SurfaceChange['impact'], reason: string) => void,
): void {
  const oldProps = asSchema(before.properties);
  const newProps = asSchema(after.properties);
  for (const name of Object.keys(oldProps))
    if (!(name in newProps)) out('major', `${where}.${name}: output property removed`);
  for (const name of Object.keys(newProps))
    if (!(name in oldProps)) out('minor', `${where}.${name}: output property added`);
  for (const name of Object.keys(newProps))
    if (name in oldProps) compareOutput(asSchema(oldProps[name]), asSchema(newProps[name]), `${where}.${name}`, out);
  const oldTypes = typesOf(before);
  const newTypes = typesOf(after);
  if (oldTypes.length && newTypes.length && !same([...oldTypes].sort(), [...newTypes].sort()))
    out('major', `${where}: output type ${oldTypes.join('|')} -> ${newTypes.join('|')}`);
  const wordsChanged = [...WORDS].filter((key) => !same(before[key], after[key]));
  if (wordsChanged.length) out('patch', `${where}: ${wordsChanged.join(', ')} changed`);
}

function byName<T extends Record<string, unknown>>(items: readonly T[], key: string): Map<string, T> {
  return new Map(items.map((item) => [String(item[key]), item]));
}

export function diffSurfaces(before: Surface, after: Surface): SurfaceChange[] {
  const changes: SurfaceChange[] = [];
  const add = (kind: string, name: string) => (impact: SurfaceChange['impact'], reason: string) =>
    void changes.push({ impact, kind, name, reason });

  const oldTools = byName(before.tools, 'name');
  const newTools = byName(after.tools, 'name');
  for (const [name] of oldTools)
    if (!newTools.has(name)) add('tool', name)('major', `tool ${name} removed (or renamed): clients calling it fail`);
  for (const [name] of newTools) if (!oldTools.has(name)) add('tool', name)('minor', `tool ${name} added`);
  for (const [name, tool] of newTools) {
    const old = oldTools.get(name);
    if (!old) continue;
    const out = add('tool', name);
    compareInput(asSchema(old.inputSchema), asSchema(tool.inputSchema), 'input', out);
    if (old.outputSchema && !tool.outputSchema)
      out('major', 'output schema removed (structured results no longer promised)');
    else if (!old.outputSchema && tool.outputSchema) out('minor', 'output schema added');
    else if (old.outputSchema && tool.outputSchema)
      compareOutput(asSchema(old.outputSchema), asSchema(tool.outputSchema), 'output', out);
    for (const key of ['title', 'description', 'annotations'])
      if (!same(old[key], tool[key])) out('patch', `${key} changed`);
  }

  const oldPrompts = byName(before.prompts, 'name');
  const newPrompts = byName(after.prompts, 'name');
  for (const [name] of oldPrompts)
    if (!newPrompts.has(name)) add('prompt', name)('major', `prompt ${name} removed (or renamed)`);
  for (const [name] of newPrompts) if (!oldPrompts.has(name)) add('prompt', name)('minor', `prompt ${name} added`);
  for (const [name, prompt] of newPrompts) {
    const old = oldPrompts.get(name);
    if (!old) continue;
    const out = add('prompt', name);
    const oldArgs = byName((old.arguments ?? []) as Record<string, unknown>[], 'name');
    const newArgs = byName((prompt.arguments ?? []) as Record<string, unknown>[], 'name');
    for (const [arg] of oldArgs) if (!newArgs.has(arg)) out('major', `argument ${arg} removed`);
    for (const [arg, spec] of newArgs) {
      const was = oldArgs.get(arg);
      if (!was)
        out(spec.required ? 'major' : 'minor', `${spec.required ? 'new required' : 'optional'} argument ${arg}`);
      else if (!was.required && spec.required) out('major', `argument ${arg} is now required`);
      else if (was.required && !spec.required) out('minor', `argument ${arg} is now optional`);
      else if (!same(was.description, spec.description) || !same(was.title, spec.title))
        out('patch', `argument ${arg}: description changed`);
    }
    for (const key of ['title', 'description']) if (!same(old[key], prompt[key])) out('patch', `${key} changed`);
  }

  for (const [kind, key, list] of [
    ['resource', 'uri', 'resources'],
    ['resource-template', 'uriTemplate', 'resourceTemplates'],
  ] as const) {
    const olds = byName(before[list], key);
    const news = byName(after[list], key);
    for (const [name] of olds) if (!news.has(name)) add(kind, name)('major', `${kind} ${name} removed`);
    for (const [name] of news) if (!olds.has(name)) add(kind, name)('minor', `${kind} ${name} added`);
    for (const [name, item] of news) {
      const old = olds.get(name);
      if (!old) continue;
      if (!same(old.mimeType, item.mimeType))
        add(kind, name)('major', `mimeType ${String(old.mimeType)} -> ${String(item.mimeType)}`);
      for (const field of ['name', 'title', 'description'])
        if (!same(old[field], item[field])) add(kind, name)('patch', `${field} changed`);
    }
  }

  for (const capability of Object.keys(before.capabilities))
    if (!(capability in after.capabilities))
      add('capability', capability)('major', `capability ${capability} no longer declared`);
  for (const capability of Object.keys(after.capabilities))
    if (!(capability in before.capabilities))
      add('capability', capability)('minor', `capability ${capability} declared`);
  return changes.sort(
    (a, b) => rank(b.impact) - rank(a.impact) || a.kind.localeCompare(b.kind) || a.name.localeCompare(b.name),
  );
}

export function diffMarkdown(changes: readonly SurfaceChange[]): string {
  if (changes.length === 0) return '_The MCP surface did not change._\n';
  const lines = ['| Impact | What | Change |', '|---|---|---|'];
  for (const c of changes)
    lines.push(`| ${c.impact} | ${c.kind} ${codeSpan(c.name, { table: true })} | ${reasonMarkdown(c)} |`);
  return `${lines.join('\n')}\n`;
}

/**
 * A reason as table-cell markdown. Names come from the server (a tool name can
 * hold line breaks, HTML, `@team`, a URL): the name inside the reason is shown
 * as code, the rest escaped.
 */
function reasonMarkdown(c: SurfaceChange): string {
  // A plain name reads better as text; only one that escaping would change is shown as code.
  if (c.name === '' || !c.reason.includes(c.name) || escapeMarkdownInline(c.name) === c.name)
    return escapeMarkdownInline(c.reason);
  return c.reason
    .split(c.name)
    .map((part) => escapeMarkdownInline(part))
    .join(codeSpan(c.name, { table: true }));
}

/** Lines for the changelog's "MCP surface" section: tool names as code spans (they come from the server). */
export function surfaceChangelogLines(changes: readonly SurfaceChange[]): string[] {
  const tools = (verb: string, test: (c: SurfaceChange) => boolean) => {
    const names = [...new Set(changes.filter((c) => c.kind === 'tool' && test(c)).map((c) => codeSpan(c.name)))];
    return names.length ? [`- ${verb}: ${names.join(', ')}`] : [];
  };
  return [
    ...tools('Added tools', (c) => /^tool .* added$/.test(c.reason)),
    ...tools('Changed tools', (c) => !/^tool .* (added|removed)/.test(c.reason) && c.impact !== 'patch'),
    ...tools('Removed tools', (c) => /^tool .* removed/.test(c.reason)),
  ];
}

import { UsageError } from '../errors.js';

/**
 * An MCP server's public API as one canonical JSON document: what it says in
 * initialize, and its tools, prompts, resources and resource templates with
 * their schemas. Canonical means two runs of the same server give the same
 * bytes: lists sorted by name, object keys sorted, local `$ref`s inlined,
 * nothing that changes per run (timings, instructions text is kept as is).
 * Pure: built from what a smoke session captured.
 */
export const SURFACE_FORMAT = 'mcp-release-kit/surface@1';

export interface Surface {
  format: string;
  server: { name?: string; version?: string };
  protocolVersion?: string;
  capabilities: Record<string, unknown>;
  tools: Record<string, unknown>[];
  prompts: Record<string, unknown>[];
  resources: Record<string, unknown>[];
  resourceTemplates: Record<string, unknown>[];
}

type Json = unknown;

/** Keys sorted at every level; arrays keep their order (it can mean something, e.g. `required`... sorted below). */
export function sortKeys(value: Json): Json {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((key) => [key, sortKeys((value as Record<string, Json>)[key])]),
    );
  }
  return value;
}

/**
 * Inlining is bounded: each `$defs` entry referencing the next one twice doubles
 * the result, so 40 of them (1.5 KB) would expand to 2^40 nodes. Past these
 * limits the schema is kept as written (see `normaliseSchema`).
 */
export const INLINE_LIMITS = { nodes: 100_000, depth: 64 };

export class SchemaTooLarge extends Error {}

/** Inline `#/...` references of a schema (not remote ones); a reference to itself stays a `$ref`. Throws SchemaTooLarge past INLINE_LIMITS. */
export function inlineLocalRefs(
  schema: Json,
  root: Json = schema,
  seen: readonly string[] = [],
  budget = { nodes: 0 },
  depth = 0,
): Json {
  budget.nodes += 1;
  if (budget.nodes > INLINE_LIMITS.nodes || depth > INLINE_LIMITS.depth)
    throw new SchemaTooLarge(
      `expands past ${budget.nodes > INLINE_LIMITS.nodes ? `${INLINE_LIMITS.nodes.toLocaleString('en-US')} nodes` : `${INLINE_LIMITS.depth} levels`}`,
    );
  if (Array.isArray(schema)) return schema.map((item) => inlineLocalRefs(item, root, seen, budget, depth + 1));
  if (!schema || typeof schema !== 'object') return schema;
  const record = schema as Record<string, Json>;
  const ref = record.$ref;
  if (typeof ref === 'string' && ref.startsWith('#')) {
    if (seen.includes(ref)) return { $ref: ref };
    const target = ref
      .slice(1)
      .split('/')
      .filter(Boolean)
      .map((part) => decodeURIComponent(part).replace(/~1/g, '/').replace(/~0/g, '~'))
      .reduce<Json>(
        (at, part) => (at && typeof at === 'object' ? (at as Record<string, Json>)[part] : undefined),
        root,
      );
    if (target !== undefined) {
      const { $ref: _ref, ...siblings } = record;
      const resolved = inlineLocalRefs(target, root, [...seen, ref], budget, depth + 1);
      return resolved && typeof resolved === 'object' && !Array.isArray(resolved)
        ? {
            ...(resolved as Record<string, Json>),
            ...(inlineLocalRefs(siblings, root, seen, budget, depth + 1) as Record<string, Json>),
          }
        : resolved;
    }
  }
  const out: Record<string, Json> = {};
  for (const [key, value] of Object.entries(record)) {
    // Definitions are inlined where used; keeping them would make a moved definition look like a change.
    if ((key === '$defs' || key === 'definitions') && schema === root) continue;
    out[key] = inlineLocalRefs(value, root, seen, budget, depth + 1);
  }
  return out;
}

/** Why a schema cannot be inlined within the limits, or undefined when it can. */
export function inliningProblem(schema: Json): string | undefined {
  if (!schema || typeof schema !== 'object') return undefined;
  try {
    inlineLocalRefs(schema, schema);
    return undefined;
  } catch (error) {
    if (error instanceof SchemaTooLarge) return error.message;
    throw error;
  }
}

/** `required` and `enum` are sets: their order is not part of the API. */
function normaliseSets(value: Json): Json {
  if (Array.isArray(value)) return value.map(normaliseSets);
  if (!value || typeof value !== 'object') return value;
  const out: Record<string, Json> = {};
  for (const [key, item] of Object.entries(value)) {
    if ((key === 'required' || key === 'enum') && Array.isArray(item))
      out[key] = [...item].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
    else out[key] = normaliseSets(item);
  }
  return out;
}

export function normaliseSchema(schema: Json): Json {
  if (!schema || typeof schema !== 'object') return schema;
  const { $schema: _dialect, ...rest } = schema as Record<string, Json>;
  try {
    return sortKeys(normaliseSets(inlineLocalRefs(rest, rest)));
  } catch (error) {
    // Too large to inline: compared as written (still canonical: sorted keys and sets).
    if (error instanceof SchemaTooLarge) return sortKeys(normaliseSets(rest));
    throw error;
  }
}

const byKey = (key: string) => (a: Record<string, unknown>, b: Record<string, unknown>) =>
  String(a[key] ?? '').localeCompare(String(b[key] ?? ''));

function pick(item: Record<string, unknown>, keys: readonly string[]): Record<string, unknown> {
  return Object.fromEntries(keys.filter((key) => item[key] !== undefined).map((key) => [key, item[key]]));
}

export interface CapturedSession {
  initialize?: Record<string, unknown>;
  lists: Partial<Record<'tools' | 'prompts' | 'resources' | 'resourceTemplates', { items: Record<string, unknown>[] }>>;
}

export function buildSurface(session: CapturedSession): Surface {
  const init = session.initialize ?? {};
  const serverInfo = (init.serverInfo ?? {}) as Record<string, unknown>;
  const list = (key: 'tools' | 'prompts' | 'resources' | 'resourceTemplates') => session.lists[key]?.items ?? [];
  const tools = list('tools')
    .map((tool) => ({
      ...pick(tool, ['name', 'title', 'description', 'annotations']),
      inputSchema: normaliseSchema(tool.inputSchema ?? { type: 'object' }),
      ...(tool.outputSchema ? { outputSchema: normaliseSchema(tool.outputSchema) } : {}),
    }))
    .sort(byKey('name'));
  const prompts = list('prompts')
    .map((prompt) => ({
      ...pick(prompt, ['name', 'title', 'description']),
      arguments: ((prompt.arguments ?? []) as Record<string, unknown>[])
        .map((a) => pick(a, ['name', 'title', 'description', 'required']))
        .sort(byKey('name')),
    }))
    .sort(byKey('name'));
  return sortKeys({
    format: SURFACE_FORMAT,
    server: pick(serverInfo, ['name', 'version']),
    ...(typeof init.protocolVersion === 'string' ? { protocolVersion: init.protocolVersion } : {}),
    capabilities: init.capabilities ?? {},
    tools,
    prompts,
    resources: list('resources')
      .map((r) => pick(r, ['uri', 'name', 'title', 'description', 'mimeType']))
      .sort(byKey('uri')),
    resourceTemplates: list('resourceTemplates')
      .map((r) => pick(r, ['uriTemplate', 'name', 'title', 'description', 'mimeType']))
      .sort(byKey('uriTemplate')),
  }) as Surface;
}

export function surfaceText(surface: Surface): string {
  return `${JSON.stringify(surface, null, 2)}\n`;
}

/** A surface.json written earlier (by `mcp-release surface`), checked to be one; `target` and `command` name it in errors. */
export function parseSurfaceDocument(text: string, target: string, command: string): Surface {
  let surface: Surface | null;
  try {
    surface = JSON.parse(text) as Surface | null;
  } catch {
    throw new UsageError(`${command}: ${target} is not JSON (a surface.json from \`mcp-release surface\` is expected)`);
  }
  if (surface?.format !== SURFACE_FORMAT)
    throw new UsageError(
      `${command}: ${target} is not a surface document (format "${String(surface?.format)}", expected "${SURFACE_FORMAT}")`,
    );
  const missing = (['tools', 'prompts', 'resources', 'resourceTemplates'] as const).filter(
    (key) => !Array.isArray(surface[key]),
  );
  if (missing.length || !surface.capabilities || typeof surface.capabilities !== 'object')
    throw new UsageError(
      `${command}: ${target} is not a complete surface document (${missing.length ? `${missing.join(', ')} must be lists` : 'capabilities must be an object'}); write it with \`mcp-release surface\``,
    );
  return surface;
}

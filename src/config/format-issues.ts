import type { z } from 'zod';

type JsonSchema = {
  type?: string;
  properties?: Record<string, JsonSchema>;
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  additionalProperties?: JsonSchema | boolean;
  enum?: unknown[];
};

/** `packages[1].rules` from a zod issue path. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const seg of path) {
    if (typeof seg === 'number') out += `[${seg}]`;
    else out += out === '' ? String(seg) : `.${String(seg)}`;
  }
  return out;
}

/** The object schema at a path of the config's JSON Schema, for naming allowed keys. */
function objectSchemaAt(schema: JsonSchema, path: readonly PropertyKey[]): JsonSchema | undefined {
  let node: JsonSchema | undefined = schema;
  for (const seg of path) {
    node = pickObjectBranch(node);
    if (!node) return undefined;
    if (typeof seg === 'number') node = node.items;
    else
      node =
        node.properties?.[String(seg)] ??
        (typeof node.additionalProperties === 'object' ? node.additionalProperties : undefined);
  }
  return pickObjectBranch(node);
}

function pickObjectBranch(node: JsonSchema | undefined): JsonSchema | undefined {
  if (!node) return undefined;
  if (node.anyOf) return node.anyOf.find((b) => b.type === 'object' || b.type === 'array' || b.properties) ?? node;
  return node;
}

/** One readable line per zod issue: `key.path: what is wrong (allowed: ...)`. */
export function describeIssue(issue: z.core.$ZodIssue, jsonSchema: JsonSchema): { path: PropertyKey[]; text: string } {
  const path = [...issue.path];
  const where = formatPath(path) || '(top level)';
  if (issue.code === 'unrecognized_keys') {
    const allowed = Object.keys(objectSchemaAt(jsonSchema, path)?.properties ?? {});
    const keys = listKeys(issue.keys);
    return {
      path: [...path, issue.keys[0] ?? ''],
      text: `${where}: unknown key ${keys} (allowed: ${allowed.join(', ')})`,
    };
  }
  if (issue.code === 'invalid_value' && 'values' in issue) {
    return {
      path,
      text: `${where}: invalid value (allowed: ${issue.values.map((v) => JSON.stringify(v)).join(', ')})`,
    };
  }
  if (issue.code === 'invalid_union' && 'errors' in issue && issue.errors.length) {
    // zod says only "Invalid input": say what each allowed form wanted instead.
    const forms = issue.errors.map((branch) => {
      const first = branch[0];
      if (!first) return 'valid';
      const inner = formatPath([...first.path]);
      return `${inner ? `${inner}: ` : ''}${first.code === 'unrecognized_keys' ? `unknown key ${listKeys(first.keys)}` : first.message}`;
    });
    return { path, text: `${where}: matches none of the allowed forms (${forms.join(' | ')})` };
  }
  return { path, text: `${where}: ${issue.message}` };
}

/** At most ten keys by name: a config with thousands of stray keys gets one readable line. */
function listKeys(keys: readonly string[]): string {
  const named = keys
    .slice(0, 10)
    .map((k) => JSON.stringify(k.length > 60 ? `${k.slice(0, 60)}…` : k))
    .join(', ');
  return keys.length > 10 ? `${named} and ${keys.length - 10} more` : named;
}

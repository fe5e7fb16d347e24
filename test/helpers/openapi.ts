import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { ROOT } from './run.js';

/**
 * GitHub's published OpenAPI description (from @octokit/openapi), used two
 * ways by the GitHub fake: every request our code sends and every response the
 * fake answers is validated against the operation's schemas, and the fake
 * builds its response objects by sampling the schemas (all required fields,
 * minimal values) and overlaying the fields it models. So the fake cannot
 * drift from the real API in either direction.
 */
type Schema = Record<string, unknown>;
interface OpenApi {
  paths: Record<string, Record<string, { requestBody?: Schema; responses: Record<string, Schema> }>>;
  components: { schemas: Record<string, Schema>; responses: Record<string, Schema> };
}

let loaded: OpenApi | undefined;
export function githubOpenApi(): OpenApi {
  loaded ??= JSON.parse(
    readFileSync(path.join(ROOT, 'node_modules/@octokit/openapi/generated/api.github.com.json'), 'utf8'),
  ) as OpenApi;
  return loaded;
}

function deref(node: Schema): Schema {
  let current = node;
  while (typeof current.$ref === 'string') {
    const parts = (current.$ref as string).replace(/^#\//, '').split('/');
    current = parts.reduce<Record<string, unknown>>(
      (at, part) => at[part] as Record<string, unknown>,
      githubOpenApi() as unknown as Record<string, unknown>,
    );
  }
  return current;
}

const SAMPLE_STRINGS: Record<string, string> = {
  'date-time': '2026-01-01T00:00:00Z',
  uri: 'https://github.test/x',
  email: 'user@example.com',
  date: '2026-01-01',
};

const sampled = new Map<string, unknown>();

/**
 * A minimal valid instance of a schema: required properties only, first enum
 * value, null where nullable. Each named component is sampled once (memoised)
 * and a component met again inside itself becomes null, so recursive schemas
 * (an issue's parent issue) stay finite.
 */
export function sample(schemaOrRef: Schema, seen: readonly string[] = []): unknown {
  const ref = typeof schemaOrRef.$ref === 'string' ? schemaOrRef.$ref : undefined;
  if (ref) {
    if (seen.includes(ref)) return null;
    if (!sampled.has(ref)) sampled.set(ref, sample(deref(schemaOrRef), [...seen, ref]));
    return structuredClone(sampled.get(ref));
  }
  const schema = schemaOrRef;
  if (schema.nullable === true) return null;
  if (Array.isArray(schema.allOf)) return Object.assign({}, ...(schema.allOf as Schema[]).map((s) => sample(s, seen)));
  for (const key of ['oneOf', 'anyOf'] as const)
    if (Array.isArray(schema[key])) return sample((schema[key] as Schema[])[0] as Schema, seen);
  if (Array.isArray(schema.enum)) return schema.enum[0];
  switch (schema.type) {
    case 'object': {
      const out: Record<string, unknown> = {};
      const properties = (schema.properties ?? {}) as Record<string, Schema>;
      for (const name of (schema.required ?? []) as string[])
        out[name] = properties[name] ? sample(properties[name], seen) : null;
      return out;
    }
    case 'array':
      return [];
    case 'integer':
    case 'number':
      return typeof schema.minimum === 'number' ? schema.minimum : 1;
    case 'boolean':
      return false;
    case 'string':
      return SAMPLE_STRINGS[schema.format as string] ?? 'x';
    default:
      return schema.properties ? sample({ ...schema, type: 'object' }, seen) : null;
  }
}

/** The JSON schema of an operation's response (component or inline). */
function responseSchema(method: string, template: string, status: number): Schema | undefined {
  const operation = githubOpenApi().paths[template]?.[method];
  const response = operation?.responses[String(status)];
  if (!response) return undefined;
  return (deref(response).content as Record<string, { schema?: Schema }> | undefined)?.['application/json']?.schema;
}

export function responseSample(method: string, template: string, status: number): unknown {
  const schema = responseSchema(method, template, status);
  if (!schema)
    throw new Error(
      `no ${status} JSON response for ${method.toUpperCase()} ${template} in GitHub's OpenAPI description`,
    );
  return sample(schema);
}

export function componentSample(name: string): Record<string, unknown> {
  if (!githubOpenApi().components.schemas[name]) throw new Error(`no component schema ${name}`);
  return sample({ $ref: `#/components/schemas/${name}` }) as Record<string, unknown>;
}

let ajv: Ajv | undefined;
const compiled = new Map<string, ValidateFunction>();

function validator(key: string): ValidateFunction {
  if (!ajv) {
    ajv = new Ajv({ strict: false, allErrors: false, validateFormats: true });
    addFormats.default(ajv);
    ajv.addSchema(forAjv(structuredClone(githubOpenApi())) as never, 'github');
  }
  let fn = compiled.get(key);
  if (!fn) {
    // Local refs (#/components/...) resolve against the whole description.
    fn = ajv.compile({ $ref: `github#/${key}` });
    compiled.set(key, fn);
  }
  return fn;
}

/**
 * OpenAPI 3.0 writes `nullable: true` also where a schema has no `type`
 * (e.g. beside a $ref in allOf); Ajv only accepts it next to `type`. Such a
 * schema becomes "this, or null": the same meaning in JSON Schema.
 */
function forAjv(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(forAjv);
  if (!node || typeof node !== 'object') return node;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) out[key] = forAjv(value);
  // OpenAPI's nullable enums allow null without listing it; JSON Schema needs it listed.
  if (out.nullable === true && Array.isArray(out.enum) && !out.enum.includes(null))
    out.enum = [...(out.enum as unknown[]), null];
  if (out.nullable === true && out.type === undefined) {
    delete out.nullable;
    return { anyOf: [out, { type: 'null' }] };
  }
  return out;
}

const pointer = (...parts: string[]) => parts.map((p) => p.replace(/~/g, '~0').replace(/\//g, '~1')).join('/');

/** Problems with a request body, or [] when it matches the operation. */
export function checkRequest(method: string, template: string, body: unknown): string[] {
  const operation = githubOpenApi().paths[template]?.[method];
  if (!operation) return [`${method.toUpperCase()} ${template} is not in GitHub's OpenAPI description`];
  const content = operation.requestBody
    ? (deref(operation.requestBody).content as Record<string, { schema?: Schema }>)
    : undefined;
  if (!content?.['application/json']?.schema) return [];
  const validate = validator(
    pointer('paths', template, method, 'requestBody', 'content', 'application/json', 'schema'),
  );
  return validate(body)
    ? []
    : [
        `request ${method.toUpperCase()} ${template}: ${(validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? ''}`).join('; ')}`,
      ];
}

/** Problems with a response body, or [] when it matches the operation's schema for that status. */
export function checkResponse(method: string, template: string, status: number, body: unknown): string[] {
  const operation = githubOpenApi().paths[template]?.[method];
  if (!operation) return [`${method.toUpperCase()} ${template} is not in GitHub's OpenAPI description`];
  if (!operation.responses[String(status)])
    return [`response ${method.toUpperCase()} ${template}: status ${status} is not documented`];
  const schema = responseSchema(method, template, status);
  if (!schema) return [];
  const response = operation.responses[String(status)] as Schema;
  const key =
    typeof response.$ref === 'string'
      ? pointer(...(response.$ref as string).replace(/^#\//, '').split('/'), 'content', 'application/json', 'schema')
      : pointer('paths', template, method, 'responses', String(status), 'content', 'application/json', 'schema');
  const validate = validator(key);
  return validate(body)
    ? []
    : [
        `response ${status} ${method.toUpperCase()} ${template}: ${(validate.errors ?? [])
          .slice(0, 3)
          .map((e) => `${e.instancePath || '/'} ${e.message ?? ''}`)
          .join('; ')}`,
      ];
}

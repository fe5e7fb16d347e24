import { createRequire } from 'node:module';
import type { Ajv as AjvInstance, ErrorObject, Options, ValidateFunction } from 'ajv';
import schema from '../../schema/mcp-registry/server.schema.2025-12-11.json' with { type: 'json' };

// ajv and ajv-formats are CommonJS; createRequire keeps their default exports intact under ncc and Node.
const require = createRequire(import.meta.url);

/** The dated schema the registry validates with today (see schema/mcp-registry/SOURCES.md). */
export const CURRENT_SERVER_SCHEMA = 'https://static.modelcontextprotocol.io/schemas/2025-12-11/server.schema.json';

let validator: ValidateFunction | undefined;

/** Draft-07 validation of server.json, like the registry does (Ajv's default class is draft-07). */
export function validateServerJsonSchema(data: unknown): ErrorObject[] {
  if (!validator) {
    const Ajv = require('ajv') as new (options: Options) => AjvInstance;
    const addFormats = require('ajv-formats') as (ajv: AjvInstance) => AjvInstance;
    // strict: false because the schema uses annotation keywords Ajv does not know (`example`).
    const ajv = new Ajv({ allErrors: true, strict: false });
    addFormats(ajv);
    validator = ajv.compile(schema);
  }
  const validate = validator;
  return validate(data) ? [] : [...(validate.errors ?? [])];
}

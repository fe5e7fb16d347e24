import type { Ajv as AjvInstance, ErrorObject, Options, ValidateFunction } from 'ajv';
import ajvModule from 'ajv';
import formatsModule from 'ajv-formats';
import schema from '../../schema/mcp-registry/server.schema.2025-12-11.json' with { type: 'json' };
import { cjsDefault } from '../util/cjs-default.js';

// Static imports, so the bundle carries Ajv: the kit runs from a checkout of dist/ with no node_modules.

/** The dated schema the registry validates with today (see schema/mcp-registry/SOURCES.md). */
export const CURRENT_SERVER_SCHEMA = 'https://static.modelcontextprotocol.io/schemas/2025-12-11/server.schema.json';

let validator: ValidateFunction | undefined;

/** Draft-07 validation of server.json, like the registry does (Ajv's default class is draft-07). */
export function validateServerJsonSchema(data: unknown): ErrorObject[] {
  if (!validator) {
    const Ajv = cjsDefault<new (options: Options) => AjvInstance>(ajvModule);
    const addFormats = cjsDefault<(ajv: AjvInstance) => AjvInstance>(formatsModule);
    // strict: false because the schema uses annotation keywords Ajv does not know (`example`).
    const ajv = new Ajv({ allErrors: true, strict: false });
    addFormats(ajv);
    validator = ajv.compile(schema);
  }
  const validate = validator;
  return validate(data) ? [] : [...(validate.errors ?? [])];
}

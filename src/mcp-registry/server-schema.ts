import type { ErrorObject, ValidateFunction } from 'ajv';
import { validate } from './server-schema.validate.js';

/** The dated schema the registry validates with today (see schema/mcp-registry/SOURCES.md). */
export const CURRENT_SERVER_SCHEMA = 'https://static.modelcontextprotocol.io/schemas/2025-12-11/server.schema.json';

/**
 * Draft-07 validation of server.json, like the registry does (Ajv's default class is draft-07).
 * The validator is Ajv's own code for schema/mcp-registry/server.schema.2025-12-11.json, generated
 * ahead of time (src/docs/server-schema-validator.ts, `npm run docs`): no compile at run time.
 */
export function validateServerJsonSchema(data: unknown): ErrorObject[] {
  const check = validate as ValidateFunction;
  return check(data) ? [] : [...(check.errors ?? [])];
}

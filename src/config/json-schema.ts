import { z } from 'zod';
import { ALL_RULES } from '../rules.js';
import { configSchema } from './schema.js';

/** The JSON Schema editors use to validate .github/mcp-release.yml (committed in schema/). */
export function configJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(configSchema, { target: 'draft-2020-12', io: 'input' }) as Record<string, unknown>;
  restrictRuleIds(schema);
  return { $schema: schema.$schema, title: 'mcp-release-kit configuration (.github/mcp-release.yml)', ...schema };
}

/** zod checks rule ids in a refinement, which JSON Schema cannot see: name them for editors. */
function restrictRuleIds(node: unknown): void {
  if (!node || typeof node !== 'object') return;
  const record = node as Record<string, unknown>;
  const properties = record.properties as Record<string, Record<string, unknown>> | undefined;
  if (properties?.rules && typeof properties.rules === 'object') {
    properties.rules.propertyNames = { enum: ALL_RULES.map((r) => r.id) };
  }
  for (const value of Object.values(record)) {
    if (Array.isArray(value)) value.forEach(restrictRuleIds);
    else restrictRuleIds(value);
  }
}

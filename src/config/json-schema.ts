import { z } from 'zod';
import { configSchema } from './schema.js';

/** The JSON Schema editors use to validate .github/mcp-release.yml (committed in schema/). */
export function configJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(configSchema, { target: 'draft-2020-12', io: 'input' }) as Record<string, unknown>;
  return {
    $schema: schema.$schema,
    $id: 'https://mcp-release-kit.dev/schema/mcp-release.schema.json',
    title: 'mcp-release-kit configuration',
    ...schema,
  };
}

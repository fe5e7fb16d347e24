// npm run docs: regenerate action.yml, the README rule table and the config JSON Schema.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { COMMANDS } from '../src/commands/registry.js';
import { configJsonSchema } from '../src/config/json-schema.js';
import { actionMetadata } from '../src/docs/action-metadata.js';
import { withRuleTable } from '../src/docs/rule-table.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const readme = path.join(root, 'README.md');
writeFileSync(readme, withRuleTable(readFileSync(readme, 'utf8')));
writeFileSync(path.join(root, 'schema', 'mcp-release.schema.json'), `${JSON.stringify(configJsonSchema(), null, 2)}\n`);
writeFileSync(path.join(root, 'action.yml'), actionMetadata(COMMANDS));
console.log('action.yml, README.md rule table and schema/mcp-release.schema.json written');

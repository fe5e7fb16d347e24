import { defineCommand } from './define-command.js';
import { SMOKE_OPTIONS, smokeReport, type SmokeInput } from './smoke-package.js';
import type { CommandSpec } from './types.js';

const OPTIONS = SMOKE_OPTIONS;
type Input = SmokeInput;

export const smokeCommand: CommandSpec<Input> = defineCommand({
  name: 'smoke',
  summary:
    'Install the packed server as npx would, start it over stdio and speak MCP to it with the official SDK client.',
  positional: 'target',
  options: OPTIONS,
  outputs: {
    bin: 'The bin that was started (this and the other details of the server are set when one package was tested).',
    'protocol-version': 'The protocol revision negotiated by initialize.',
    'protocol-revisions':
      'JSON array of the revisions the server answered (initialize, and 2026-07-28 when server/discover answers).',
    'server-name': 'serverInfo.name.',
    'server-version': 'serverInfo.version.',
    'tool-count': 'Tools listed to a bare client.',
    'tool-count-full-client': 'Tools listed to a client declaring roots, sampling and elicitation.',
    'prompt-count': 'Prompts listed.',
    'resource-count': 'Resources listed.',
    tools: 'JSON array of tool names.',
    prompts: 'JSON array of prompt names.',
    resources: 'JSON array of resource URIs.',
    'start-ms': 'Spawn until the process runs, ms.',
    'initialize-ms': 'Spawn until the initialize answer, ms.',
    'list-ms': 'All list calls, ms.',
    isolation:
      'How the server was isolated: namespace (its own PID and mount namespace, no capabilities) or environment (a scrubbed environment and temporary HOME only).',
  },
  run: smokeReport,
});

#!/usr/bin/env node
// A minimal MCP server over stdio. Everything human-readable goes to stderr:
// stdout belongs to the JSON-RPC protocol.
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { StdioServerTransport } from '@modelcontextprotocol/sdk/server/stdio.js';
import { readFileSync } from 'node:fs';
import { z } from 'zod';

// The version users see in serverInfo is the one they installed: read it, never hard-code it.
const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));
const server = new McpServer({ name: 'hello-example', version });

server.registerTool(
  'hello',
  {
    title: 'Say hello',
    description: 'Greets someone by name.',
    inputSchema: { name: z.string().describe('Who to greet') },
  },
  async ({ name }) => ({ content: [{ type: 'text', text: `Hello, ${name}!` }] }),
);

server.registerPrompt(
  'greeting',
  { title: 'Greeting', description: 'A prompt that asks for a greeting.', argsSchema: { name: z.string() } },
  ({ name }) => ({
    messages: [{ role: 'user', content: { type: 'text', text: `Write a short greeting for ${name}.` } }],
  }),
);

await server.connect(new StdioServerTransport());
console.error('hello-example MCP server running on stdio');

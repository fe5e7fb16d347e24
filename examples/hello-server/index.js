#!/usr/bin/env node
// A minimal MCP server over stdio. Everything human-readable goes to stderr:
// stdout belongs to the JSON-RPC protocol.
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { StdioServerTransport } from '@modelcontextprotocol/sdk/server/stdio.js';
import { z } from 'zod';

const server = new McpServer({ name: 'hello-example', version: '1.0.0' });

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
  ({ name }) => ({ messages: [{ role: 'user', content: { type: 'text', text: `Write a short greeting for ${name}.` } }] }),
);

await server.connect(new StdioServerTransport());
console.error('hello-example MCP server running on stdio');

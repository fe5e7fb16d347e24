import { describe, expect, it } from 'vitest';
import { diffMarkdown, diffSurfaces, maxImpact, surfaceChangelogLines } from '../../src/surface/diff.js';
import { buildSurface, surfaceText, type Surface } from '../../src/surface/surface.js';

type Tool = Record<string, unknown>;
const readFile: Tool = {
  name: 'read_file',
  description: 'Read a file',
  inputSchema: {
    type: 'object',
    properties: {
      path: { type: 'string' },
      encoding: { type: 'string', enum: ['utf8', 'base64'] },
      limit: { type: 'number' },
    },
    required: ['path'],
  },
  outputSchema: { type: 'object', properties: { text: { type: 'string' }, size: { type: 'integer' } } },
};
const search: Tool = {
  name: 'search',
  description: 'Search',
  inputSchema: { type: 'object', properties: { query: { type: 'string' } }, required: ['query'] },
};
const prompt = {
  name: 'summarise',
  description: 'Summarise',
  arguments: [{ name: 'text', required: true }, { name: 'style' }],
};

interface Lists {
  tools: Tool[];
  prompts: Record<string, unknown>[];
  resources: Record<string, unknown>[];
  resourceTemplates: Record<string, unknown>[];
}
// Schemas are edited freely in the cases below.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Loose = Record<string, any>;

function surface(change: (s: Lists) => void = () => {}): Surface {
  const lists = {
    tools: structuredClone([readFile, search]),
    prompts: structuredClone([prompt]),
    resources: [{ uri: 'file:///readme', name: 'readme', mimeType: 'text/plain' }],
    resourceTemplates: [{ uriTemplate: 'file:///{path}', name: 'files' }],
  };
  change(lists);
  return buildSurface({
    initialize: {
      protocolVersion: '2025-06-18',
      serverInfo: { name: 'x', version: '1.0.0' },
      capabilities: { tools: {}, prompts: {}, resources: {} },
    },
    lists: {
      tools: { items: lists.tools },
      prompts: { items: lists.prompts },
      resources: { items: lists.resources },
      resourceTemplates: { items: lists.resourceTemplates },
    },
  });
}
const tool = (s: { tools: Tool[] }, name: string) =>
  s.tools.find((t) => t.name === name) as Tool & { inputSchema: Loose; outputSchema?: Loose };

describe('surface diff: each rule with the pair that differs in one way', () => {
  const cases: [string, 'major' | 'minor' | 'patch', RegExp, (s: Lists) => void][] = [
    ['a tool removed', 'major', /tool search removed/, (s) => void s.tools.splice(1, 1)],
    ['a tool renamed', 'major', /tool search removed/, (s) => void (tool(s, 'search').name = 'find')],
    [
      'a new required input property',
      'major',
      /input\.mode: new required input property/,
      (s) => {
        tool(s, 'search').inputSchema.properties.mode = { type: 'string' };
        tool(s, 'search').inputSchema.required.push('mode');
      },
    ],
    [
      'an optional property made required',
      'major',
      /input\.limit: now required/,
      (s) => void tool(s, 'read_file').inputSchema.required.push('limit'),
    ],
    [
      'a property removed while additionalProperties is false',
      'major',
      /input\.limit: input property removed while additionalProperties is false/,
      (s) => {
        delete tool(s, 'read_file').inputSchema.properties.limit;
        tool(s, 'read_file').inputSchema.additionalProperties = false;
      },
    ],
    [
      'string narrowed to an enum',
      'major',
      /input\.path: now limited to "a", "b"/,
      (s) => void (tool(s, 'read_file').inputSchema.properties.path.enum = ['a', 'b']),
    ],
    [
      'number narrowed to integer',
      'major',
      /input\.limit: type narrowed from number to integer/,
      (s) => void (tool(s, 'read_file').inputSchema.properties.limit.type = 'integer'),
    ],
    [
      'an enum value removed',
      'major',
      /enum value "base64" removed/,
      (s) => void (tool(s, 'read_file').inputSchema.properties.encoding.enum = ['utf8']),
    ],
    [
      'an output property removed',
      'major',
      /output\.size: output property removed/,
      (s) => void delete tool(s, 'read_file').outputSchema?.properties.size,
    ],
    ['a prompt removed', 'major', /prompt summarise removed/, (s) => void s.prompts.splice(0, 1)],
    [
      'a prompt argument made required',
      'major',
      /argument style is now required/,
      (s) => {
        ((s.prompts[0]?.arguments as Record<string, unknown>[])[1] as Record<string, unknown>).required = true;
      },
    ],
    ['a resource removed', 'major', /resource file:\/\/\/readme removed/, (s) => void s.resources.splice(0, 1)],
    [
      'a tool added',
      'minor',
      /tool write_file added/,
      (s) => void s.tools.push({ name: 'write_file', inputSchema: { type: 'object' } }),
    ],
    ['a prompt added', 'minor', /prompt translate added/, (s) => void s.prompts.push({ name: 'translate' })],
    [
      'a resource added',
      'minor',
      /resource file:\/\/\/changelog added/,
      (s) => void s.resources.push({ uri: 'file:///changelog', name: 'changelog' }),
    ],
    [
      'an optional input property added',
      'minor',
      /input\.regex: optional input property added/,
      (s) => void (tool(s, 'search').inputSchema.properties.regex = { type: 'boolean' }),
    ],
    [
      'a type widened',
      'minor',
      /input\.limit: type widened from number to number\|string/,
      (s) => void (tool(s, 'read_file').inputSchema.properties.limit.type = ['number', 'string']),
    ],
    [
      'an enum value added',
      'minor',
      /enum value "hex" added/,
      (s) => void tool(s, 'read_file').inputSchema.properties.encoding.enum.push('hex'),
    ],
    [
      'a description changed',
      'patch',
      /description changed/,
      (s) => void (tool(s, 'search').description = 'Search everything'),
    ],
    [
      'an annotation changed',
      'patch',
      /annotations changed/,
      (s) => void (tool(s, 'search').annotations = { readOnlyHint: true }),
    ],
    [
      'a property description changed',
      'patch',
      /input\.path: description changed/,
      (s) => void (tool(s, 'read_file').inputSchema.properties.path.description = 'Where'),
    ],
  ];
  it.each(cases)('%s -> %s', (_name, impact, reason, change) => {
    const changes = diffSurfaces(surface(), surface(change));
    expect(maxImpact(changes)).toBe(impact);
    expect(changes.map((c) => c.reason).join('\n')).toMatch(reason);
  });

  it('reordered keys, properties, required and enum values: no change at all', () => {
    const reordered = surface((s) => {
      const schema = tool(s, 'read_file').inputSchema;
      schema.required = [...schema.required].reverse();
      schema.properties = Object.fromEntries(Object.entries(schema.properties as Record<string, unknown>).reverse());
      schema.properties.encoding.enum = ['base64', 'utf8'];
      s.tools.reverse();
    });
    expect(diffSurfaces(surface(), reordered)).toEqual([]);
    expect(surfaceText(reordered)).toBe(surfaceText(surface()));
  });

  it('local $refs are inlined, so moving a definition is not a change', () => {
    const withRef = surface((s) => {
      tool(s, 'search').inputSchema = {
        type: 'object',
        $defs: { Q: { type: 'string' } },
        properties: { query: { $ref: '#/$defs/Q' } },
        required: ['query'],
      };
    });
    expect(diffSurfaces(surface(), withRef)).toEqual([]);
  });

  it('the markdown table escapes names and reasons; the changelog lists added, changed and removed tools', () => {
    const changes = diffSurfaces(
      surface(),
      surface((s) => {
        s.tools.splice(1, 1);
        s.tools.push({ name: 'write_file', inputSchema: { type: 'object' } });
        tool(s, 'read_file').inputSchema.required.push('limit');
      }),
    );
    expect(diffMarkdown(changes).split('\n').slice(0, 3)).toEqual([
      '| Impact | What | Change |',
      '|---|---|---|',
      '| major | tool `read_file` | input.limit: now required |',
    ]);
    expect(surfaceChangelogLines(changes)).toEqual([
      '- Added tools: `write_file`',
      '- Changed tools: `read_file`',
      '- Removed tools: `search`',
    ]);
    expect(diffMarkdown([])).toBe('_The MCP surface did not change._\n');
  });
});

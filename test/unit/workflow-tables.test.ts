import { describe, expect, it } from 'vitest';
import { withWorkflowTables, workflowInterfaceMarkdown, workflowMarkers } from '../../src/docs/workflow-tables.js';

const workflow = `on:
  workflow_call:
    inputs:
      directory: { type: string, default: ., description: Package folder. }
      smoke-test: { type: boolean, default: true, description: "Start the server | speak MCP." }
      version: { type: string, required: true, description: The bad version. }
    secrets:
      NPM_PROMOTE_TOKEN: { required: false, description: Granular npm token. }
    outputs:
      release: { description: '"true" when released.', value: x }
jobs: {}
`;

describe("the reusable workflows' interface tables", () => {
  it('every input, secret and output with its type, requirement, default and description, pipes escaped', () => {
    const tables = workflowInterfaceMarkdown(workflow);
    expect(tables).toContain('| `directory` | string | no | `.` | Package folder. |');
    expect(tables).toContain('| `smoke-test` | boolean | no | `true` | Start the server \\| speak MCP. |');
    expect(tables).toContain('| `version` | string | yes |  | The bad version. |');
    expect(tables).toContain('| `NPM_PROMOTE_TOKEN` | no | Granular npm token. |');
    expect(tables).toContain('| `release` | "true" when released. |');
  });

  it('replaces only between the markers of each workflow; a page without them is left as written', () => {
    const page = `# Release\n\n${workflowMarkers.start('w.yml')}\nold table\n${workflowMarkers.end('w.yml')}\n\nProse.\n`;
    const out = withWorkflowTables(page, { 'w.yml': workflow });
    expect(out).not.toContain('old table');
    expect(out).toContain('| `directory` |');
    expect(out.endsWith(`${workflowMarkers.end('w.yml')}\n\nProse.\n`)).toBe(true);
    expect(withWorkflowTables('no markers', { 'w.yml': workflow })).toBe('no markers');
  });
});

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_CATEGORIES, renderSection } from '../../src/release/changelog.js';
import { planMarkdown } from '../../src/release/plan-markdown.js';
import { renderSummary } from '../../src/report/summary.js';
import { diffMarkdown, diffSurfaces, surfaceChangelogLines } from '../../src/surface/diff.js';
import type { Surface } from '../../src/surface/surface.js';
import { codeSpan } from '../../src/util/markdown.js';

const { names } = JSON.parse(
  readFileSync(path.join(import.meta.dirname, '../fixtures/hostile/text/markdown-names.json'), 'utf8'),
) as { names: string[] };

const surface = (tools: string[], prompts: string[] = []): Surface => ({
  format: 'mcp-surface/1',
  server: { name: 'x', version: '1.0.0' },
  capabilities: { tools: {} },
  tools: tools.map((name) => ({ name, description: `${name} does things`, inputSchema: { type: 'object' } })),
  prompts: prompts.map((name) => ({ name })),
  resources: [],
  resourceTemplates: [],
});

/**
 * A line with its code spans taken out (CommonMark: a run of n backticks is
 * closed by the next run of exactly n), so what is left is what GitHub parses
 * as markdown.
 */
function outsideCode(line: string): string {
  let out = '';
  let i = 0;
  while (i < line.length) {
    const run = /^`+/.exec(line.slice(i))?.[0];
    if (!run || line[i - 1] === '\\') {
      out += line[i];
      i += 1;
      continue;
    }
    const close = new RegExp(`(?<!\`)${run}(?!\`)`, 'g');
    close.lastIndex = i + run.length;
    const match = close.exec(line);
    if (!match) {
      out += run;
      i += run.length;
      continue;
    }
    out += '<code>';
    i = match.index + run.length;
  }
  return out;
}

/** What GitHub would render from the names: headings, HTML, links, images, autolinks, mentions, broken table rows. */
function liveMarkdown(markdown: string, ownHeadings: string[]): string[] {
  const problems: string[] = [];
  for (const line of markdown.split('\n')) {
    const text = outsideCode(line);
    if (/^ {0,3}#{1,6}(\s|$)/.test(line) && !ownHeadings.some((h) => line.startsWith(h)))
      problems.push(`heading: ${line}`);
    if (/<(?!\/?(details|summary|sub|code)>)[a-z!/]/i.test(text)) problems.push(`HTML: ${line}`);
    if (/(?<!\\)\]\(|(?<!\\)!\[/.test(text)) problems.push(`link or image: ${line}`);
    if (/(?<![\\\w])(https?:\/\/|www\.)/i.test(text)) problems.push(`autolink: ${line}`);
    if (/(?<![\\\w`])@[a-z0-9]/i.test(text)) problems.push(`mention: ${line}`);
    if (line.startsWith('|') && !/^\|[-|]+\|$/.test(line)) {
      const cells = text.split(/(?<!\\)\|/).length - 2;
      if (cells !== 3 && cells !== 2 && cells !== 5) problems.push(`table row with ${cells} cells: ${line}`);
    }
  }
  return problems;
}

describe('hostile names in markdown (issue #16, point 5)', () => {
  const changes = diffSurfaces(
    surface(['old-tool', ...names.slice(0, 6)], ['old-prompt']),
    surface(['old-tool', ...names.slice(6)], names),
  );

  it('the surface diff table (PR comment): one row per change, the name as code, nothing live', () => {
    const table = diffMarkdown(changes);
    expect(changes.length).toBeGreaterThanOrEqual(names.length * 2);
    expect(liveMarkdown(table, [])).toEqual([]);
    expect(table.split('\n').filter((l) => l.startsWith('| ')).length).toBe(changes.length + 1);
  });

  it('the changelog section and release notes: the MCP surface lines hold each name as code, nothing live', () => {
    const lines = surfaceChangelogLines(changes);
    expect(lines.join('\n')).toContain(codeSpan(names[0] as string));
    const section = renderSection({
      version: '2.0.0',
      date: '2026-01-01',
      entries: [{ title: names[0] as string, labels: ['feature'], breaking: false, pr: 3 }],
      categories: DEFAULT_CATEGORIES,
      extra: [{ title: 'MCP surface', lines }],
    });
    expect(liveMarkdown(section, ['## [2.0.0]', '### Added', '### MCP surface'])).toEqual([]);
  });

  it('the sticky PR comment: a hostile label and the surface table, nothing live', () => {
    const body = planMarkdown({
      name: '@acme/weather',
      current: '1.0.0',
      next: '2.0.0',
      bump: 'major',
      label: 'release:major\n## label @acme/owners',
      stagingTag: 'next',
      finalTag: 'latest',
      gitTag: 'v2.0.0',
      notes: `**MCP surface**:\n\n${diffMarkdown(changes)}`,
    });
    expect(liveMarkdown(body, ['### Release plan for'])).toEqual([]);
  });

  it('the job summary: a smoke table of hostile tool names and descriptions, nothing live', () => {
    const summary = renderSummary({
      command: 'smoke',
      ok: true,
      findings: [],
      outputs: {},
      timings: {},
      notes: [],
      packages: [
        {
          name: 'x',
          dir: '.',
          ok: true,
          findings: [],
          tables: [
            {
              title: 'Tools',
              columns: ['Tool', 'Clients', 'Description'],
              rows: names.map((n) => [n, 'every client', `${n} described`]),
            },
          ],
        },
      ],
    });
    expect(liveMarkdown(summary, ['### ✅ mcp-release smoke', '#### ✅'])).toEqual([]);
  });

  it('codeSpan: a fence longer than any backtick run, padding at the edges, one line', () => {
    expect(codeSpan('a`b``c')).toBe('```a`b``c```');
    expect(codeSpan('`')).toBe('`` ` ``');
    expect(codeSpan('x\n## y')).toBe('`x ## y`');
    expect(codeSpan('a|b', { table: true })).toBe('`a\\|b`');
  });
});

import { cp, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/report/model.js';
import type { SurfaceChange } from '../../src/surface/diff.js';
import { execFileSync } from 'node:child_process';
import { afterAll, beforeAll } from 'vitest';
import { FAKE_GITHUB_TOKEN, startGitHubFake, type GitHubFake } from '../helpers/github-fake.js';
import { startRegistry, type TestRegistry } from '../helpers/registry.js';
import { CLI, ROOT, runNode } from '../helpers/run.js';
import { tempDir } from '../helpers/temp.js';

/** The fixture server serving exactly this spec (tools, prompts, resources). */
async function fixtureServer(spec: Record<string, unknown>): Promise<string> {
  const dir = path.join(await tempDir('surface-'), 'server');
  await cp(path.join(ROOT, 'test/fixtures/servers/surface-server'), dir, { recursive: true });
  await writeFile(path.join(dir, 'spec.json'), JSON.stringify(spec));
  return dir;
}

const baseSpec = (): { tools: Record<string, unknown>[]; prompts: Record<string, unknown>[] } => ({
  tools: [
    {
      name: 'read_file',
      description: 'Read a file',
      inputSchema: { type: 'object', properties: { path: { type: 'string' } }, required: ['path'] },
    },
    {
      name: 'search',
      description: 'Search',
      inputSchema: { type: 'object', properties: { query: { type: 'string' } } },
    },
  ],
  prompts: [{ name: 'summarise', arguments: [{ name: 'text', required: true }] }],
});

describe('surface and diff, end to end with real servers', () => {
  it('the surface of a server is canonical: two runs give the same bytes', async () => {
    const dir = await fixtureServer(baseSpec());
    const first = await runNode(CLI, ['surface', dir]);
    const second = await runNode(CLI, ['surface', dir]);
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toBe(second.stdout);
    const surface = JSON.parse(first.stdout) as {
      format: string;
      tools: { name: string }[];
      prompts: { arguments: unknown[] }[];
      capabilities: Record<string, unknown>;
    };
    expect(surface.format).toBe('mcp-release-kit/surface@1');
    expect(surface.tools.map((t) => t.name)).toEqual(['read_file', 'search']);
    expect(Object.keys(surface.capabilities).sort()).toEqual(['prompts', 'tools']);
  });

  it('a PR that removes a tool and makes an input required is major: --allow minor fails and says why', async () => {
    const before = await fixtureServer(baseSpec());
    const spec = baseSpec();
    spec.tools = [
      {
        ...spec.tools[0],
        inputSchema: {
          type: 'object',
          properties: { path: { type: 'string' }, encoding: { type: 'string' } },
          required: ['path', 'encoding'],
        },
      },
    ];
    const after = await fixtureServer(spec);
    const out = await tempDir('surface-out-');
    expect((await runNode(CLI, ['surface', before, '--out', path.join(out, 'old.json')])).code).toBe(0);
    const run = await runNode(CLI, ['diff', path.join(out, 'old.json'), after, '--allow', 'minor', '--json']);
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout) as Report;
    expect(report.outputs.impact).toBe('major');
    expect(
      (JSON.parse(report.outputs.changes ?? '[]') as SurfaceChange[]).map(
        (c) => `${c.impact} ${c.kind} ${c.name}: ${c.reason}`,
      ),
    ).toEqual([
      'major tool read_file: input.encoding: new required input property',
      'major tool search: tool search removed (or renamed): clients calling it fail',
    ]);
    expect(report.findings.map((f) => f.rule)).toEqual(['surface/bump-too-small']);
    // Without --json: the markdown table alone on stdout, ready for a PR comment.
    const table = await runNode(CLI, ['diff', path.join(out, 'old.json'), after]);
    expect(table.code).toBe(0);
    expect(table.stdout.split('\n')[0]).toBe('| Impact | What | Change |');
  });

  it('every rule through real SDK servers: one tool (or prompt, or resource) per rule, changed in exactly one way', async () => {
    const base = {
      type: 'object',
      properties: { path: { type: 'string' }, limit: { type: 'number' }, mode: { type: 'string', enum: ['a', 'b'] } },
      required: ['path'],
    };
    const output = { type: 'object', properties: { text: { type: 'string' }, size: { type: 'integer' } } };
    const variants: [string, string, Record<string, unknown>][] = [
      [
        'new-required',
        'major',
        { ...base, properties: { ...base.properties, extra: { type: 'string' } }, required: ['path', 'extra'] },
      ],
      ['made-required', 'major', { ...base, required: ['path', 'limit'] }],
      [
        'removed-closed',
        'major',
        {
          type: 'object',
          properties: { path: { type: 'string' }, mode: base.properties.mode },
          required: ['path'],
          additionalProperties: false,
        },
      ],
      ['to-enum', 'major', { ...base, properties: { ...base.properties, path: { type: 'string', enum: ['x'] } } }],
      ['to-integer', 'major', { ...base, properties: { ...base.properties, limit: { type: 'integer' } } }],
      ['enum-removed', 'major', { ...base, properties: { ...base.properties, mode: { type: 'string', enum: ['a'] } } }],
      ['optional-added', 'minor', { ...base, properties: { ...base.properties, flag: { type: 'boolean' } } }],
      ['widened', 'minor', { ...base, properties: { ...base.properties, limit: { type: ['number', 'string'] } } }],
      [
        'enum-added',
        'minor',
        { ...base, properties: { ...base.properties, mode: { type: 'string', enum: ['a', 'b', 'c'] } } },
      ],
      [
        'described',
        'patch',
        { ...base, properties: { ...base.properties, path: { type: 'string', description: 'where' } } },
      ],
    ];
    const toolsBefore = [
      ...variants.map(([name]) => ({ name, inputSchema: base, outputSchema: output })),
      { name: 'output-removed', inputSchema: base, outputSchema: output },
      { name: 'gone', inputSchema: base },
    ];
    const toolsAfter = [
      ...variants.map(([name, , schema]) => ({ name, inputSchema: schema, outputSchema: output })),
      {
        name: 'output-removed',
        inputSchema: base,
        outputSchema: { type: 'object', properties: { text: { type: 'string' } } },
      },
      { name: 'added', inputSchema: base },
    ];
    const prompts = (required: boolean) => [{ name: 'p-required', arguments: [{ name: 'a', required }] }];
    const before = await fixtureServer({
      tools: toolsBefore,
      prompts: [...prompts(false), { name: 'p-gone' }],
      resources: [{ uri: 'file:///gone', name: 'gone' }],
    });
    const after = await fixtureServer({
      tools: toolsAfter,
      prompts: [...prompts(true), { name: 'p-added' }],
      resources: [{ uri: 'file:///added', name: 'added' }],
    });
    const run = await runNode(CLI, ['diff', before, after, '--json']);
    expect(run.code, run.stderr).toBe(0);
    const changes = JSON.parse((JSON.parse(run.stdout) as Report).outputs.changes ?? '[]') as SurfaceChange[];
    const impactOf = (kind: string, name: string) =>
      changes.filter((c) => c.kind === kind && c.name === name).map((c) => c.impact);
    // Closing the schema and dropping a property are two changes of the same impact.
    for (const [name, impact] of variants) expect([...new Set(impactOf('tool', name))], name).toEqual([impact]);
    expect(impactOf('tool', 'output-removed')).toEqual(['major']);
    expect(impactOf('tool', 'gone')).toEqual(['major']);
    expect(impactOf('tool', 'added')).toEqual(['minor']);
    expect(impactOf('prompt', 'p-required')).toEqual(['major']);
    expect(impactOf('prompt', 'p-gone')).toEqual(['major']);
    expect(impactOf('prompt', 'p-added')).toEqual(['minor']);
    expect(impactOf('resource', 'file:///gone')).toEqual(['major']);
    expect(impactOf('resource', 'file:///added')).toEqual(['minor']);
  });

  it('bad input: one surface, a JSON file that is not a surface', async () => {
    const one = await runNode(CLI, ['diff', 'a.json']);
    expect(one.code).toBe(2);
    const file = path.join(await tempDir('surface-bad-'), 'x.json');
    await writeFile(file, '{"tools": []}');
    const notSurface = await runNode(CLI, ['diff', file, file]);
    expect(notSurface.code).toBe(2);
    expect(notSurface.stderr).toMatch(/is not a surface document/);
    for (const [text, message] of [
      ['null', /is not a surface document/],
      [
        '{"format": "mcp-release-kit/surface@1", "tools": {}}',
        /is not a complete surface document \(tools, prompts, resources, resourceTemplates must be lists\)/,
      ],
    ] as const) {
      await writeFile(file, text);
      const run = await runNode(CLI, ['diff', file, file]);
      expect(run.code, run.stderr).toBe(2);
      expect(run.stderr).toMatch(message);
    }
  });

  it('a real server at two published versions: server-everything 2026.1.26 -> 2026.8.31', async () => {
    const before = await runNode(CLI, [
      'surface',
      '@modelcontextprotocol/server-everything@2026.1.26',
      '--registry',
      'https://registry.npmjs.org/',
    ]);
    const after = await runNode(CLI, [
      'surface',
      '@modelcontextprotocol/server-everything@2026.8.31',
      '--registry',
      'https://registry.npmjs.org/',
    ]);
    expect(before.code, before.stderr).toBe(0);
    expect(after.code, after.stderr).toBe(0);
    const dir = await tempDir('surface-real-');
    await writeFile(path.join(dir, 'a.json'), before.stdout);
    await writeFile(path.join(dir, 'b.json'), after.stdout);
    const run = await runNode(CLI, ['diff', path.join(dir, 'a.json'), path.join(dir, 'b.json'), '--json']);
    const report = JSON.parse(run.stdout) as Report;
    const changes = JSON.parse(report.outputs.changes ?? '[]') as SurfaceChange[];
    // Recorded when this test was written (the two versions are pinned, so this does not move).
    expect({ impact: report.outputs.impact, count: changes.length }).toMatchSnapshot();
    expect(changes.map((c) => `${c.impact} ${c.kind} ${c.name}: ${c.reason}`)).toMatchSnapshot();
  }, 180_000);
});

describe('the PR check blocks a mislabelled breaking change (Verdaccio + the GitHub fake)', () => {
  let registry: TestRegistry;
  let github: GitHubFake;
  beforeAll(async () => {
    [registry, github] = await Promise.all([
      startRegistry({ uplink: 'https://registry.npmjs.org/' }),
      startGitHubFake('acme/hello-mcp'),
    ]);
  });
  afterAll(async () => {
    await Promise.all([registry.stop(), github.stop()]);
  });

  it('release:minor on a PR that removes a tool fails with the reason; release:major passes', async () => {
    // 1.0.0 is on latest; the PR's working tree removes the tool "search".
    const published = await fixtureServer(baseSpec());
    const pkg = JSON.parse(await readFile(path.join(published, 'package.json'), 'utf8')) as Record<string, unknown>;
    const name = 'surface-guard-check';
    delete pkg.private;
    await writeFile(path.join(published, 'package.json'), JSON.stringify({ ...pkg, name }));
    const out = await tempDir('surface-guard-');
    const packed = JSON.parse((await runNode(CLI, ['pack', published, '--out', out, '--json'])).stdout) as Report;
    expect(
      (
        await runNode(CLI, ['publish', packed.outputs.tarball as string, '--registry', registry.url], {
          env: { NODE_AUTH_TOKEN: registry.token },
        })
      ).code,
    ).toBe(0);
    const spec = baseSpec();
    spec.tools = spec.tools.filter((t) => t.name !== 'search');
    const pr = await fixtureServer(spec);
    await writeFile(path.join(pr, 'package.json'), JSON.stringify({ ...pkg, name }));
    execFileSync('git', ['init', '-q'], { cwd: pr });
    execFileSync(
      'git',
      ['-c', 'user.email=d@example.com', '-c', 'user.name=D', 'commit', '-q', '--allow-empty', '-m', 'x'],
      { cwd: pr },
    );
    const env = {
      GITHUB_ACTIONS: 'true',
      GITHUB_TOKEN: FAKE_GITHUB_TOKEN,
      GITHUB_API_URL: github.url,
      GITHUB_REPOSITORY: 'acme/hello-mcp',
      MCP_RELEASE_GITHUB_PACING: 'none',
    };
    github.pulls.set(7, { number: 7, title: 'Drop search', author: 'alice', labels: ['release:minor'] });
    const blocked = await runNode(
      CLI,
      ['plan', pr, '--pr', '7', '--surface', '--comment', '--registry', registry.url, '--json'],
      { env },
    );
    const report = JSON.parse(blocked.stdout) as Report;
    expect(blocked.code, blocked.stderr).toBe(1);
    expect(report.outputs['surface-impact']).toBe('major');
    expect(report.findings.map((f) => f.message)).toEqual([
      'This change is labelled release:minor, but the MCP surface change needs a major release (tool search: tool search removed (or renamed): clients calling it fail); label it release:major, or restore what changed',
    ]);
    const comment = github.comments.find((c) => c.issue === 7)?.body ?? '';
    expect(comment).toContain('> [!WARNING]');
    expect(comment).toContain('| major | tool `search` | tool search removed (or renamed): clients calling it fail |');
    expect(comment).toContain('### MCP surface');
    expect(comment).toContain('- Removed tools: `search`');

    // As the PR checks workflow runs it: the PR's surface captured in a job without a write token, the plan
    // from that file. The PR's server is not started in the plan (its bin is gone, and the answer is the same).
    const surfaceFile = path.join(out, 'pr-surface.json');
    expect((await runNode(CLI, ['surface', pr, '--out', surfaceFile])).code).toBe(0);
    await rm(path.join(pr, 'index.js'));
    const fromFile = await runNode(
      CLI,
      ['plan', pr, '--pr', '7', '--surface-from', surfaceFile, '--registry', registry.url, '--json'],
      { env },
    );
    expect(fromFile.code, fromFile.stderr).toBe(1);
    expect((JSON.parse(fromFile.stdout) as Report).findings.map((f) => f.message)).toEqual(
      report.findings.map((f) => f.message),
    );
    const notAFile = await runNode(
      CLI,
      ['plan', pr, '--pr', '7', '--surface-from', path.join(out, 'missing.json'), '--registry', registry.url],
      { env },
    );
    expect(notAFile.code).toBe(2);
    expect(notAFile.stderr).toContain('plan: --surface-from: ');
    await writeFile(path.join(pr, 'index.js'), await readFile(path.join(published, 'index.js')));

    github.pulls.set(7, { number: 7, title: 'Drop search', author: 'alice', labels: ['release:major'] });
    const allowed = await runNode(CLI, ['plan', pr, '--pr', '7', '--surface', '--registry', registry.url, '--json'], {
      env,
    });
    expect(allowed.code, allowed.stdout).toBe(0);
    expect((JSON.parse(allowed.stdout) as Report).outputs['next-version']).toBe('2.0.0');
    expect(github.violations).toEqual([]);
    // The changelog of the release says the same.
    const notes = await runNode(CLI, [
      'changelog',
      pr,
      '--version',
      '2.0.0',
      '--surface',
      '--registry',
      registry.url,
      '--notes-only',
    ]);
    expect(notes.stdout).toContain('### MCP surface\n\n- Removed tools: `search`\n');
  }, 240_000);
});

import { cp, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openWorkspace } from '../../src/commands/packages.js';
import type { Report } from '../../src/report/model.js';
import { testContext } from '../helpers/context.js';
import { processesMatching } from '../helpers/processes.js';
import { CLI, ROOT, runNode } from '../helpers/run.js';
import { tempDir, writeTree } from '../helpers/temp.js';
import { WORKSPACE_PACKAGES, writeWorkspace, type WorkspaceForm } from '../helpers/workspace-fixture.js';

/**
 * Workspaces with no config: the packages are the manager's own workspace
 * (package.json `workspaces`, https://docs.npmjs.com/cli/using-npm/workspaces;
 * yarn classic / bun `{ packages }`, https://bun.sh/docs/pm/catalogs;
 * pnpm-workspace.yaml, https://pnpm.io/pnpm-workspace_yaml), each judged a
 * server or a library from the package itself.
 */

async function cli(
  args: string[],
  env: NodeJS.ProcessEnv = {},
): Promise<{ code: number | null; report: Report; stderr: string }> {
  const run = await runNode(CLI, [...args, '--json'], { env });
  return {
    code: run.code,
    report: run.stdout ? (JSON.parse(run.stdout) as Report) : ({} as Report),
    stderr: run.stderr,
  };
}

const kindNote = (p: { dir: string; name: string; kind: string }, why: string) =>
  `${p.name} (${p.dir}): checked as ${p.kind === 'library' ? 'a library' : 'an MCP server'} (${why})`;

describe.each<[WorkspaceForm]>([['npm'], ['yarn-object'], ['pnpm']])(
  'validate at a %s workspace root with no config',
  (form) => {
    it('finds exactly the workspace packages (nested globs, ! exclusion), judges each, skips the private one', async () => {
      const root = await writeWorkspace(form);
      const { code, report } = await cli(['validate', root]);
      expect(report.packages.map((p) => [p.dir, p.name, p.ok])).toEqual([
        [WORKSPACE_PACKAGES.clock.dir, WORKSPACE_PACKAGES.clock.name, true],
        [WORKSPACE_PACKAGES.weather.dir, WORKSPACE_PACKAGES.weather.name, true],
        [WORKSPACE_PACKAGES.cli.dir, WORKSPACE_PACKAGES.cli.name, true],
        [WORKSPACE_PACKAGES.lib.dir, WORKSPACE_PACKAGES.lib.name, true],
      ]);
      // The library has no bin and is not told it needs one; nothing else is wrong either.
      expect(report.findings).toEqual([]);
      expect(code).toBe(0);
      expect(report.notes).toEqual([
        kindNote(WORKSPACE_PACKAGES.clock, 'a bin and a dependency on @modelcontextprotocol/sdk'),
        kindNote(WORKSPACE_PACKAGES.weather, 'mcpName is set'),
        kindNote(WORKSPACE_PACKAGES.cli, 'a bin but no MCP SDK dependency, no mcpName, no server.json'),
        kindNote(WORKSPACE_PACKAGES.lib, '@modelcontextprotocol/sdk but no bin, no mcpName, no server.json'),
        'skipped packages/internal: "private": true (never published)',
      ]);
    });
  },
);

describe('workspace discovery, through the commands', () => {
  it('a root with neither name nor version is not a package; a library still gets the library rules (entries, license)', async () => {
    const root = await writeWorkspace('npm', { root: 'unnamed' });
    const lib = path.join(root, WORKSPACE_PACKAGES.lib.dir, 'package.json');
    const manifest = JSON.parse(await readFile(lib, 'utf8')) as Record<string, unknown>;
    delete manifest.license;
    manifest.main = 'dist/missing.js';
    await writeFile(lib, JSON.stringify(manifest, null, 2));
    const { code, report } = await cli(['validate', root]);
    expect(report.packages.map((p) => p.dir)).not.toContain('.');
    expect(
      report.findings
        .filter((f) => f.package === WORKSPACE_PACKAGES.lib.name)
        .map((f) => f.rule)
        .sort(),
    ).toEqual(['layout/entry-missing', 'layout/license-missing']);
    expect(code).toBe(1);
  });

  it('the same library judged a server (given mcpName) is told it has no bin', async () => {
    const root = await writeWorkspace('pnpm');
    const lib = path.join(root, WORKSPACE_PACKAGES.lib.dir, 'package.json');
    const manifest = JSON.parse(await readFile(lib, 'utf8')) as Record<string, unknown>;
    await writeFile(lib, JSON.stringify({ ...manifest, mcpName: 'io.github.acme/weather' }, null, 2));
    const { report } = await cli(['validate', root]);
    expect(report.findings.filter((f) => f.package === WORKSPACE_PACKAGES.lib.name).map((f) => f.rule)).toContain(
      'layout/bin-missing',
    );
  });

  it('a workspace member given on its own (a PR-checks leg) is judged as in its workspace; a standalone folder as the server it was pointed at', async () => {
    const root = await writeWorkspace('pnpm');
    const lib = path.join(root, WORKSPACE_PACKAGES.lib.dir);
    const member = await cli(['validate', lib]);
    expect(member.report.findings).toEqual([]);
    expect(member.report.notes).toEqual([
      `${WORKSPACE_PACKAGES.lib.name} (.): checked as a library (@modelcontextprotocol/sdk but no bin, no mcpName, no server.json)`,
    ]);
    const smoked = await cli(['smoke', lib]);
    expect(smoked.report.packages).toEqual([]);
    expect(smoked.report.notes).toContain(
      `skipped ${WORKSPACE_PACKAGES.lib.name}: a library (@modelcontextprotocol/sdk but no bin, no mcpName, no server.json)`,
    );
    // The same folder outside any workspace: the package the user means to release, told it has no bin.
    const alone = path.join(await tempDir('standalone-'), 'lib');
    await cp(lib, alone, { recursive: true });
    const standalone = await cli(['validate', alone]);
    expect(standalone.report.findings.map((f) => f.rule)).toEqual(['layout/bin-missing']);
    expect(standalone.report.notes).toEqual([]);
  });

  it('a config packages: overrides the workspace, and kinds are still decided per package', async () => {
    const root = await writeWorkspace('npm');
    await writeTree(root, { '.github/mcp-release.yml': 'packages:\n  - packages/lib\n  - apps/servers/clock\n' });
    const { report } = await cli(['validate', root]);
    expect(report.packages.map((p) => p.dir)).toEqual([WORKSPACE_PACKAGES.clock.dir, WORKSPACE_PACKAGES.lib.dir]);
    expect(report.findings).toEqual([]);
    expect(report.notes).toContain(
      kindNote(WORKSPACE_PACKAGES.lib, '@modelcontextprotocol/sdk but no bin, no mcpName, no server.json'),
    );
  });

  it('a malformed workspace definition is a usage error (exit 2) naming the file and field', async () => {
    const root = await tempDir('workspace-bad-');
    await writeTree(root, { 'package.json': '{"private": true}', 'pnpm-workspace.yaml': 'packages: packages/*\n' });
    const run = await runNode(CLI, ['validate', root]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('pnpm-workspace.yaml: packages must be a list of folder globs');
    await writeTree(root, {
      'package.json': '{"private": true, "workspaces": "packages/*"}',
      'pnpm-workspace.yaml': '',
    });
    await writeFile(path.join(root, 'pnpm-workspace.yaml'), '');
    const yarn = await tempDir('workspace-bad-');
    await writeTree(yarn, { 'package.json': '{"private": true, "workspaces": {"packages": "packages/*"}}' });
    const bad = await runNode(CLI, ['validate', yarn]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('package.json: workspaces.packages must be an array of folder globs');
  });

  it('status and promote --dry-run at a root of several packages are usage errors naming the folders to choose from', async () => {
    const root = await writeWorkspace('pnpm');
    const folders = [
      WORKSPACE_PACKAGES.clock,
      WORKSPACE_PACKAGES.weather,
      WORKSPACE_PACKAGES.cli,
      WORKSPACE_PACKAGES.lib,
    ]
      .map((p) => path.join(root, p.dir))
      .map((dir) => path.relative(ROOT, dir));
    for (const args of [
      ['status', root],
      ['promote', root, '--version', '1.2.3', '--dry-run'],
    ]) {
      const run = await runNode(CLI, args);
      expect(run.code, args.join(' ')).toBe(2);
      expect(run.stderr).toContain(
        `${args[0]}: "${root}" holds 4 packages (its workspace definition); name one package folder: ${folders.join(', ')}`,
      );
    }
  });

  it('a release command at a root holding exactly one package works on that package', async () => {
    const root = await tempDir('workspace-one-');
    await writeTree(root, {
      'package.json': JSON.stringify({ private: true, workspaces: ['packages/*'] }),
      'packages/only/package.json': JSON.stringify({
        name: 'only-mcp',
        version: '1.0.0',
        mcpName: 'io.github.acme/only',
      }),
      'packages/secret/package.json': JSON.stringify({ name: 'secret', version: '1.0.0', private: true }),
    });
    // The registry is unreachable on purpose: what matters is which package status asked it about.
    const { code, report } = await cli(['status', root, '--registry', 'http://127.0.0.1:9']);
    expect(code).toBe(1);
    expect(report.findings.map((f) => [f.rule, f.message.split(':')[0]])).toEqual([
      ['status/registry-unreachable', 'cannot read only-mcp from http'],
    ]);
  });

  it('plan at a workspace root refuses a tagFormat without {name}: its packages would share one tag per version', async () => {
    const root = await writeWorkspace('pnpm');
    await writeTree(root, { '.github/mcp-release.yml': 'tagFormat: "v{version}"\n' });
    const { code, stderr } = await cli(['plan', root, '--labels', 'release:minor', '--registry', 'http://127.0.0.1:9']);
    expect(stderr).toContain('.github/mcp-release.yml: tagFormat: "v{version}" has no {name}, so the 4 packages');
    expect(code).toBe(2);
  });
});

describe('smoke at a workspace root', () => {
  const SCRATCH_PROMISE = tempDir('workspace-smoke-scratch-');
  afterEach(async () => {
    expect([...processesMatching(await SCRATCH_PROMISE), ...processesMatching('raw-mcp-test-server')]).toEqual([]);
  });

  it('starts the server and skips the library with its note, never starting it', async () => {
    const root = await tempDir('workspace-smoke-');
    await writeTree(root, {
      'package.json': JSON.stringify({ name: 'mono', private: true, workspaces: ['packages/*'] }),
      '.github/mcp-release.yml': 'smoke:\n  timeouts:\n    initialize: 5000\n    list: 5000\n    shutdown: 700\n',
      'packages/lib/package.json': JSON.stringify({ name: 'acme-lib', version: '1.0.0', main: 'index.js' }),
      'packages/lib/index.js': 'throw new Error("a library must never be started");\n',
      'packages/internal/package.json': JSON.stringify({ name: 'internal', version: '1.0.0', private: true }),
    });
    // The dependency-free raw test server, judged a server by its mcpName.
    const server = path.join(root, 'packages/raw');
    await cp(path.join(ROOT, 'test/fixtures/servers/raw-server'), server, { recursive: true });
    const manifest = JSON.parse(await readFile(path.join(server, 'package.json'), 'utf8')) as Record<string, unknown>;
    await writeFile(path.join(server, 'package.json'), JSON.stringify({ ...manifest, mcpName: 'io.github.acme/raw' }));
    const { code, report, stderr } = await cli(['smoke', root], { TMPDIR: await SCRATCH_PROMISE });
    expect(report.packages.map((p) => [p.dir, p.ok])).toEqual([['packages/raw', true]]);
    expect(code, stderr).toBe(0);
    expect(report.notes).toEqual(
      expect.arrayContaining([
        'skipped acme-lib: a library (no bin with an MCP SDK, no mcpName, no server.json)',
        'skipped packages/internal: "private": true (never published)',
      ]),
    );
  });
});

describe('a real repository: upstash/context7 (pnpm workspace), reduced', () => {
  const FIXTURE = path.join(ROOT, 'test/fixtures/real-repos/context7');

  it('discovery finds its publishable packages with their kinds, not the private root', async () => {
    const { discovery, source, definitionFile } = await openWorkspace(FIXTURE, undefined, testContext(process.env));
    expect({ source, definitionFile }).toEqual({ source: 'workspace', definitionFile: 'pnpm-workspace.yaml' });
    expect(discovery.packages.map((p) => [p.relDir, p.name, p.version, p.private, p.kind])).toEqual([
      ['packages/cli', 'ctx7', '0.5.8', false, 'library'],
      ['packages/mcp', '@upstash/context7-mcp', '4.0.3', false, 'server'],
      ['packages/opencode', '@upstash/context7-opencode', '0.1.0', false, 'library'],
      ['packages/pi', '@upstash/context7-pi', '0.1.2', false, 'library'],
      ['packages/sdk', '@upstash/context7-sdk', '0.3.1', false, 'library'],
      ['packages/tools-ai-sdk', '@upstash/context7-tools-ai-sdk', '0.2.5', false, 'library'],
    ]);
    expect(discovery.skippedPrivate).toEqual([]);
  });

  it('validate at its root (the real CLI) checks those six, the CLI ctx7 as a library', async () => {
    const root = path.join(await tempDir('context7-'), 'context7');
    await cp(FIXTURE, root, { recursive: true });
    const { report } = await cli(['validate', root]);
    expect(report.packages.map((p) => p.name)).toEqual([
      'ctx7',
      '@upstash/context7-mcp',
      '@upstash/context7-opencode',
      '@upstash/context7-pi',
      '@upstash/context7-sdk',
      '@upstash/context7-tools-ai-sdk',
    ]);
    expect(report.notes).toContain(
      'ctx7 (packages/cli): checked as a library (a bin but no MCP SDK dependency, no mcpName, no server.json)',
    );
    expect(report.notes).toContain('@upstash/context7-mcp (packages/mcp): checked as an MCP server (mcpName is set)');
    // Unbuilt (no dist/ vendored): the bin is missing, but only the server is told it must have one.
    expect(report.findings.filter((f) => f.rule === 'layout/bin-missing')).toEqual([]);
    expect(report.findings.some((f) => f.package === 'ctx7' && f.rule === 'layout/build-output-missing')).toBe(true);
  });
});

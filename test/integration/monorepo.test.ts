import { describe, expect, it } from 'vitest';
import { goodFiles, goodManifest, goodServerJson } from '../helpers/package-fixture.js';
import { CLI, runNode } from '../helpers/run.js';
import { tempDir, writeTree } from '../helpers/temp.js';
import { validate } from '../helpers/validate.js';
import type { Report } from '../../src/report/model.js';

/** A monorepo with servers/a (clean), servers/b (no README), tools/internal (private). */
async function monorepo(config: string): Promise<string> {
  const root = await tempDir('monorepo-');
  const files: Record<string, string> = {
    'package.json': JSON.stringify({ name: 'root', private: true, workspaces: ['servers/*'] }),
    '.github/mcp-release.yml': config,
  };
  for (const [dir, name, readme] of [
    ['servers/a', '@acme/a-mcp', true],
    ['servers/b', '@acme/b-mcp', false],
  ] as const) {
    const manifest = { ...goodManifest(), name, mcpName: `io.github.acme/${name.slice(6)}` };
    const server = {
      ...goodServerJson(),
      name: manifest.mcpName,
      packages: [{ registryType: 'npm', identifier: name, version: '1.2.3', transport: { type: 'stdio' } }],
    };
    const pkgFiles: Record<string, string> = {
      ...goodFiles(),
      'package.json': JSON.stringify(manifest, null, 2),
      'server.json': JSON.stringify(server, null, 2),
    };
    if (!readme) delete pkgFiles['README.md'];
    for (const [rel, content] of Object.entries(pkgFiles)) files[`${dir}/${rel}`] = content;
  }
  files['tools/internal/package.json'] = JSON.stringify({ name: 'internal', version: '0.0.0', private: true });
  await writeTree(root, files);
  return root;
}

describe('monorepo package discovery', () => {
  it('every matched package is validated, one report each, paths relative to the root', async () => {
    const root = await monorepo('packages:\n  - servers/*\n  - tools/*\n');
    const report = await validate(root);
    expect(report.packages.map((p) => [p.dir, p.name, p.ok])).toEqual([
      ['servers/a', '@acme/a-mcp', true],
      ['servers/b', '@acme/b-mcp', true],
    ]);
    expect(report.findings).toMatchObject([
      { rule: 'layout/readme-missing', file: 'servers/b/package.json', package: '@acme/b-mcp' },
    ]);
    expect(report.notes).toEqual([
      '@acme/a-mcp (servers/a): checked as an MCP server (mcpName is set)',
      '@acme/b-mcp (servers/b): checked as an MCP server (mcpName is set)',
      'skipped tools/internal: "private": true (never published)',
    ]);
  });

  it('per-package settings in a packages: entry apply to that package only', async () => {
    const root = await monorepo('packages:\n  - servers/a\n  - path: servers/b\n    failOn: warning\n');
    const report = await validate(root);
    expect(report.packages.map((p) => [p.dir, p.ok])).toEqual([
      ['servers/a', true],
      ['servers/b', false],
    ]);
    expect(report.ok).toBe(false);
  });

  it('exclusions with ! and a private package named exactly is validated', async () => {
    const root = await monorepo('packages:\n  - servers/*\n  - "!servers/b"\n  - tools/internal\n');
    const report = await validate(root);
    expect(report.packages.map((p) => p.dir)).toEqual(['servers/a', 'tools/internal']);
    expect(report.findings.filter((f) => f.package === 'internal').map((f) => f.rule)).toContain(
      'layout/package-private',
    );
  });

  it('one broken package does not hide the others: npm errors land on the package that caused them', async () => {
    const root = await monorepo('packages: ["servers/*"]\n');
    await writeTree(root, {
      'servers/b/package.json': JSON.stringify({ ...goodManifest(), name: '@acme/b-mcp', version: undefined }),
    });
    const report = await validate(root);
    expect(report.packages.map((p) => [p.dir, p.ok])).toEqual([
      ['servers/a', true],
      ['servers/b', false],
    ]);
    expect(report.findings.filter((f) => f.rule === 'layout/pack-failed').map((f) => f.file)).toEqual([
      'servers/b/package.json',
    ]);
  });

  it('a glob that matches no package is a configuration error (exit 2)', async () => {
    const root = await monorepo('packages:\n  - server/*\n');
    const run = await runNode(CLI, ['validate', root]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/packages\[0\]: "server\/\*" matches no folder with a package\.json/);
  });

  it('the CLI --json of a monorepo carries every package', async () => {
    const root = await monorepo('packages: ["servers/*"]\n');
    const run = await runNode(CLI, ['validate', root, '--json']);
    const report = JSON.parse(run.stdout) as Report;
    expect(JSON.parse(report.outputs.packages ?? '[]')).toHaveLength(2);
    expect(run.code).toBe(0);
  });
});

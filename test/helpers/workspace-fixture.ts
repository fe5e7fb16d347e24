import { chmod } from 'node:fs/promises';
import path from 'node:path';
import { goodFiles, goodManifest, goodServerJson } from './package-fixture.js';
import { tempDir, writeTree } from './temp.js';

/**
 * Static workspaces written in a temp folder (no install: discovery reads
 * manifests only), in each manager's own form of workspace definition.
 *
 * - packages/lib: `@acme/weather-lib`, a library built on the MCP SDK with no bin
 * - packages/cli: `acme-cli`, a CLI with a bin and no MCP SDK (a library)
 * - apps/servers/weather: `@acme/weather-mcp`, a server by mcpName and server.json (nested under apps/**)
 * - apps/servers/clock: `@acme/clock-mcp`, a server by its bin and the SDK
 * - packages/internal: private (skipped)
 * - packages/fixtures: public, excluded by a `!` pattern where the form allows one
 * The root is private (or, with `root: 'unnamed'`, has neither name nor version).
 */
export type WorkspaceForm = 'npm' | 'yarn-object' | 'pnpm';

export const WORKSPACE_PACKAGES = {
  lib: { dir: 'packages/lib', name: '@acme/weather-lib', kind: 'library' },
  cli: { dir: 'packages/cli', name: 'acme-cli', kind: 'library' },
  weather: { dir: 'apps/servers/weather', name: '@acme/weather-mcp', kind: 'server' },
  clock: { dir: 'apps/servers/clock', name: '@acme/clock-mcp', kind: 'server' },
} as const;

const GLOBS = ['packages/*', 'apps/**', '!packages/fixtures'];

export async function writeWorkspace(
  form: WorkspaceForm,
  options: { root?: 'private' | 'unnamed' } = {},
): Promise<string> {
  const root = await tempDir(`workspace-${form}-`);
  const rootManifest: Record<string, unknown> =
    options.root === 'unnamed'
      ? { description: 'a monorepo' }
      : { name: 'acme-monorepo', version: '0.0.0', private: true };
  const files: Record<string, string> = {};
  if (form === 'npm') rootManifest.workspaces = GLOBS;
  if (form === 'yarn-object') rootManifest.workspaces = { packages: GLOBS, nohoist: ['**/left-pad'] };
  if (form === 'pnpm') {
    // pnpm reads only its yaml: package.json workspaces (here pointing elsewhere) are ignored.
    rootManifest.workspaces = ['nowhere/*'];
    files['pnpm-workspace.yaml'] =
      `packages:\n  - "packages/*"\n  - "apps/**"\n  - "!packages/fixtures"\ncatalog:\n  zod: ^4.0.0\n`;
  }
  files['package.json'] = `${JSON.stringify(rootManifest, null, 2)}\n`;

  const put = (dir: string, manifest: Record<string, unknown>, drop: string[] = []) => {
    const pkgFiles: Record<string, string> = {
      ...goodFiles(),
      'package.json': `${JSON.stringify(manifest, null, 2)}\n`,
    };
    for (const rel of drop) delete pkgFiles[rel];
    for (const [rel, text] of Object.entries(pkgFiles)) files[`${dir}/${rel}`] = text;
  };
  const base = (name: string, dir: string) => {
    const m = goodManifest();
    m.name = name;
    m.repository = { type: 'git', url: 'git+https://github.com/acme/weather-mcp.git', directory: dir };
    return m;
  };

  const lib = base(WORKSPACE_PACKAGES.lib.name, WORKSPACE_PACKAGES.lib.dir);
  delete lib.bin;
  delete lib.mcpName;
  put(WORKSPACE_PACKAGES.lib.dir, lib, ['server.json', 'dist/index.js']);

  const cli = base(WORKSPACE_PACKAGES.cli.name, WORKSPACE_PACKAGES.cli.dir);
  delete cli.mcpName;
  cli.bin = { 'acme-cli': 'dist/index.js' };
  cli.dependencies = { commander: '^12.0.0' };
  put(WORKSPACE_PACKAGES.cli.dir, cli, ['server.json']);

  put(WORKSPACE_PACKAGES.weather.dir, base(WORKSPACE_PACKAGES.weather.name, WORKSPACE_PACKAGES.weather.dir));
  files[`${WORKSPACE_PACKAGES.weather.dir}/server.json`] = `${JSON.stringify(goodServerJson(), null, 2)}\n`;

  const clock = base(WORKSPACE_PACKAGES.clock.name, WORKSPACE_PACKAGES.clock.dir);
  delete clock.mcpName;
  clock.bin = { 'clock-mcp': 'dist/index.js' };
  put(WORKSPACE_PACKAGES.clock.dir, clock, ['server.json']);

  files['packages/internal/package.json'] = JSON.stringify({ name: 'internal-tools', version: '0.0.0', private: true });
  files['packages/fixtures/package.json'] = JSON.stringify({ name: 'acme-fixtures', version: '0.0.0' });

  await writeTree(root, files);
  for (const p of [WORKSPACE_PACKAGES.cli, WORKSPACE_PACKAGES.weather, WORKSPACE_PACKAGES.clock])
    await chmod(path.join(root, p.dir, 'dist/index.js'), 0o755);
  return root;
}

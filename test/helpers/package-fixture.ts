import { chmod } from 'node:fs/promises';
import path from 'node:path';
import { tempDir, writeTree } from './temp.js';

/** The server.json that matches GOOD_MANIFEST. */
export function goodServerJson(): Record<string, unknown> {
  return {
    $schema: 'https://static.modelcontextprotocol.io/schemas/2025-12-11/server.schema.json',
    name: 'io.github.acme/weather',
    description: 'Weather forecasts for MCP clients.',
    version: '1.2.3',
    packages: [
      { registryType: 'npm', identifier: '@acme/weather-mcp', version: '1.2.3', transport: { type: 'stdio' } },
    ],
  };
}

/** A package that follows every layout rule: the base each defect test changes one thing in. */
export function goodManifest(): Record<string, unknown> {
  return {
    name: '@acme/weather-mcp',
    version: '1.2.3',
    description: 'Weather MCP server',
    mcpName: 'io.github.acme/weather',
    type: 'module',
    bin: { 'weather-mcp': 'dist/index.js' },
    main: 'dist/lib.js',
    types: 'dist/lib.d.ts',
    exports: { '.': { types: './dist/lib.d.ts', import: './dist/lib.js' }, './package.json': './package.json' },
    files: ['dist'],
    engines: { node: '>=18' },
    license: 'MIT',
    repository: { type: 'git', url: 'git+https://github.com/acme/weather-mcp.git' },
    dependencies: { '@modelcontextprotocol/sdk': '^1.32.0', zod: '^3.25.0 || ^4.0.0' },
  };
}

export function goodFiles(): Record<string, string> {
  return {
    'dist/index.js': '#!/usr/bin/env node\nimport { forecast } from "./lib.js";\nconsole.error(forecast("here"));\n',
    'dist/lib.js': 'export function forecast(place) {\n  return `sunny in ${place}`;\n}\n',
    'dist/lib.d.ts': 'export declare function forecast(place: string): string;\n',
    'README.md': '# weather-mcp\n',
    LICENSE: 'MIT License\n',
    'server.json': `${JSON.stringify(goodServerJson(), null, 2)}\n`,
  };
}

export interface FixtureOptions {
  /** Change the manifest in place, or return a replacement. */
  manifest?: (m: Record<string, unknown>) => void | Record<string, unknown>;
  /** Extra or replaced files; `null` removes a file of the good package. */
  files?: Record<string, string | null>;
  /** Raw package.json text (overrides `manifest`). */
  packageJsonText?: string;
}

/** A package folder in a temp dir: the good package with the given changes. Returns its path. */
export async function makePackage(options: FixtureOptions = {}): Promise<{ dir: string; packageJsonText: string }> {
  const dir = await tempDir('mcp-release-pkg-');
  const manifest = goodManifest();
  const replaced = options.manifest?.(manifest);
  const packageJsonText = options.packageJsonText ?? `${JSON.stringify(replaced ?? manifest, null, 2)}\n`;
  const files: Record<string, string> = { ...goodFiles(), 'package.json': packageJsonText };
  for (const [rel, content] of Object.entries(options.files ?? {})) {
    if (content === null) delete files[rel];
    else files[rel] = content;
  }
  await writeTree(dir, files);
  if (files['dist/index.js'] !== undefined) await chmod(path.join(dir, 'dist/index.js'), 0o755);
  return { dir, packageJsonText };
}

/** 1-based line of the first line containing `needle` (to locate expected findings independently). */
export function lineOf(text: string, needle: string): number {
  const index = text.split('\n').findIndex((line) => line.includes(needle));
  if (index === -1) throw new Error(`"${needle}" not found in fixture text`);
  return index + 1;
}

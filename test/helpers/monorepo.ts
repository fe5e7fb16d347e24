import { execFileSync } from 'node:child_process';
import { chmod, mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';

/**
 * A generated monorepo of `count` MCP server packages under packages/ (each with a
 * bin, server.json, README and LICENSE), with the config listing them, in a git
 * repository: the input of the scale test and the scale benchmark.
 */
export async function generateMonorepo(root: string, count: number): Promise<{ dirs: string[]; names: string[] }> {
  const dirs: string[] = [];
  const names: string[] = [];
  for (let i = 0; i < count; i += 1) {
    const name = `@acme/server-${String(i).padStart(3, '0')}`;
    const mcpName = `io.github.acme/server-${String(i).padStart(3, '0')}`;
    const dir = path.join(root, 'packages', `server-${String(i).padStart(3, '0')}`);
    await mkdir(path.join(dir, 'dist'), { recursive: true });
    const manifest = {
      name,
      version: '1.0.0',
      description: `MCP server ${i}`,
      mcpName,
      type: 'module',
      bin: { [`server-${i}`]: 'dist/index.js' },
      files: ['dist'],
      engines: { node: '>=18' },
      license: 'MIT',
      repository: {
        type: 'git',
        url: 'git+https://github.com/acme/mono.git',
        directory: `packages/server-${String(i).padStart(3, '0')}`,
      },
    };
    const serverJson = {
      $schema: 'https://static.modelcontextprotocol.io/schemas/2025-12-11/server.schema.json',
      name: mcpName,
      description: `MCP server ${i}`,
      version: '1.0.0',
      packages: [{ registryType: 'npm', identifier: name, version: '1.0.0', transport: { type: 'stdio' } }],
    };
    // A few source files per package, so a scan has something to read.
    const files: Record<string, string> = {
      'package.json': `${JSON.stringify(manifest, null, 2)}\n`,
      'server.json': `${JSON.stringify(serverJson, null, 2)}\n`,
      'README.md': `# ${name}\n\nAn MCP server.\n`,
      LICENSE: 'MIT License\n',
      'CHANGELOG.md': '# Changelog\n\n## [1.0.0] - 2026-11-01\n\n- First release.\n',
      'dist/index.js': `#!/usr/bin/env node\nimport { tools } from './tools.js';\nprocess.stderr.write(\`server ${i}: \${tools.length} tools\\n\`);\n`,
      'dist/tools.js': `export const tools = ${JSON.stringify(
        Array.from({ length: 20 }, (_, t) => ({
          name: `tool_${t}`,
          description: `Tool ${t} of server ${i}.`,
          inputSchema: { type: 'object' },
        })),
        null,
        2,
      )};\n`,
    };
    for (const [rel, text] of Object.entries(files)) await writeFile(path.join(dir, rel), text);
    await chmod(path.join(dir, 'dist/index.js'), 0o755);
    dirs.push(dir);
    names.push(name);
  }
  await mkdir(path.join(root, '.github'), { recursive: true });
  await writeFile(path.join(root, '.github/mcp-release.yml'), 'packages: ["packages/*"]\n');
  await writeFile(
    path.join(root, 'package.json'),
    `${JSON.stringify({ name: 'mono', private: true, workspaces: ['packages/*'] }, null, 2)}\n`,
  );
  const git = (...args: string[]) =>
    execFileSync(
      'git',
      ['-c', 'user.email=dev@example.com', '-c', 'user.name=Dev', '-c', 'init.defaultBranch=main', ...args],
      { cwd: root, encoding: 'utf8' },
    );
  git('init', '-q');
  git('add', '-A');
  git('commit', '-q', '-m', 'feat: servers');
  return { dirs, names };
}

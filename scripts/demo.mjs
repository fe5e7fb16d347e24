// npm run demo: the main job against the embedded default, the example MCP server.
// 1. validate-layout on examples/hello-server (passes);
// 2. smoke: install its packed tarball as npx would and speak MCP to it (passes);
// 3. the same package broken the ways real servers break (fails, with the fixes).
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const cli = path.join(root, 'dist', 'cli.js');
const example = path.join(root, 'examples', 'hello-server');

function run(title, args) {
  console.log(`\n$ mcp-release ${args.join(' ')}    # ${title}`);
  const result = spawnSync(process.execPath, [cli, ...args], { stdio: 'inherit', cwd: root });
  console.log(`(exit code ${result.status})`);
  return result.status;
}

const good = run('the example server, as committed', ['validate', path.relative(root, example)]);
const smoked = run('install the packed example as npx would, start it, speak MCP to it', ['smoke', path.relative(root, example)]);

const broken = mkdtempSync(path.join(os.tmpdir(), 'mcp-release-demo-'));
try {
  cpSync(example, broken, { recursive: true });
  const manifestFile = path.join(broken, 'package.json');
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8'));
  manifest.files = ['index.js', '.env'];
  manifest.dependencies['shared-utils'] = 'file:../shared-utils';
  delete manifest.engines;
  writeFileSync(manifestFile, `${JSON.stringify(manifest, null, 2)}\n`);
  // A bin saved on Windows without its shebang, and a key left in .env.
  const source = readFileSync(path.join(broken, 'index.js'), 'utf8').split('\n').slice(1).join('\r\n');
  writeFileSync(path.join(broken, 'index.js'), source);
  writeFileSync(path.join(broken, '.env'), 'WEATHER_API_KEY=not-a-real-key\n');
  const bad = run('the same server, broken the ways real ones break', ['validate', broken]);
  console.log(`\nDemo done: the example passes validate (exit ${good}) and smoke (exit ${smoked}); the broken copy fails (exit ${bad}) with a rule id, file, line and fix for each problem.`);
  process.exitCode = good === 0 && smoked === 0 && bad === 1 ? 0 : 1;
} finally {
  rmSync(broken, { recursive: true, force: true });
}

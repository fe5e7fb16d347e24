// Benchmark: `mcp-release validate` on a monorepo of N packages, against the named
// baseline "npm pack --dry-run once per package, one after another" (the floor of
// any tool that asks npm for the file list, which is the slowest part).
// Prints the ratio; lower is better. Usage: node bench/validate-monorepo.mjs [N=12] [runs=3]
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { benchEnv, record } from './lib/results.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const count = Number(process.argv[2] ?? 12);
const runs = Number(process.argv[3] ?? 3);
const repo = mkdtempSync(path.join(os.tmpdir(), 'mcp-release-bench-'));

for (let i = 0; i < count; i += 1) {
  const dir = path.join(repo, 'servers', `s${i}`);
  mkdirSync(path.join(dir, 'dist'), { recursive: true });
  writeFileSync(
    path.join(dir, 'package.json'),
    JSON.stringify(
      {
        name: `bench-server-${i}`,
        version: '1.0.0',
        type: 'module',
        bin: { [`bench-server-${i}`]: 'dist/index.js' },
        files: ['dist'],
        engines: { node: '>=18' },
        license: 'MIT',
        repository: { type: 'git', url: 'git+https://github.com/acme/bench.git' },
      },
      null,
      2,
    ),
  );
  writeFileSync(path.join(dir, 'dist', 'index.js'), '#!/usr/bin/env node\nconsole.error("hi");\n');
  writeFileSync(path.join(dir, 'README.md'), '# bench\n');
}
mkdirSync(path.join(repo, '.github'));
writeFileSync(path.join(repo, '.github', 'mcp-release.yml'), 'packages: ["servers/*"]\n');

function time(fn) {
  const samples = [];
  for (let r = 0; r < runs; r += 1) {
    const start = performance.now();
    fn();
    samples.push(performance.now() - start);
  }
  return samples.sort((a, b) => a - b)[Math.floor(samples.length / 2)];
}

const baseline = time(() => {
  for (let i = 0; i < count; i += 1) {
    spawnSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {
      cwd: path.join(repo, 'servers', `s${i}`),
      stdio: 'ignore',
      env: benchEnv(),
    });
  }
});
const ours = time(() => {
  const result = spawnSync(process.execPath, [path.join(root, 'dist', 'cli.js'), 'validate', repo, '--json'], {
    stdio: ['ignore', 'pipe', 'inherit'],
    env: benchEnv(),
  });
  if (result.status !== 0) throw new Error(`validate failed: ${result.stdout}`);
});
rmSync(repo, { recursive: true, force: true });

console.log(`packages: ${count}, runs: ${runs} (median)`);
console.log(`baseline  npm pack --dry-run x${count}, sequential: ${baseline.toFixed(0)} ms`);
console.log(`mcp-release validate (all rules):       ${ours.toFixed(0)} ms`);
console.log(`ratio ours/baseline: ${(ours / baseline).toFixed(2)}`);
record({
  bench: 'validate',
  measure: `validate a ${count}-package monorepo`,
  value: ours,
  unit: 'ms',
  floorName: `npm pack --dry-run x${count}, sequential`,
  floor: baseline,
});

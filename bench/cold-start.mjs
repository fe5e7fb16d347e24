// Benchmark: start-up cost of the bundled action and CLI against the named floor `node -e 0`
// (what any Node action pays). The goal for `validate` through the action is <= 3x.
// Usage: node bench/cold-start.mjs [runs=15]
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { benchEnv, median, record } from './lib/results.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const runs = Number(process.argv[2] ?? 15);
const example = path.join(root, 'examples/hello-server');
const temp = mkdtempSync(path.join(os.tmpdir(), 'mcp-release-bench-cold-'));

function time(args, env = {}) {
  const samples = [];
  // One warm-up: the first start reads the files into the page cache, as a runner's checkout has.
  for (let i = 0; i <= runs; i += 1) {
    const start = performance.now();
    const result = spawnSync(process.execPath, args, {
      cwd: example,
      stdio: ['ignore', 'ignore', 'pipe'],
      env: benchEnv(env),
    });
    const ms = performance.now() - start;
    if (result.status !== 0) throw new Error(`${args.join(' ')} exited ${result.status}: ${result.stderr}`);
    if (i > 0) samples.push(ms);
  }
  return median(samples);
}

const actionEnv = (command) => {
  const output = path.join(temp, 'output');
  const summary = path.join(temp, 'summary');
  writeFileSync(output, '');
  writeFileSync(summary, '');
  return {
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: example,
    GITHUB_OUTPUT: output,
    GITHUB_STEP_SUMMARY: summary,
    RUNNER_TEMP: temp,
    INPUT_COMMAND: command,
    INPUT_DIRECTORY: '.',
  };
};

const floor = time(['-e', '0']);
const cases = [
  ['action: validate-layout (the example)', [path.join(root, 'dist/index.js')], actionEnv('validate-layout'), '<= 3x'],
  ['CLI: validate (the example)', [path.join(root, 'dist/cli.js'), 'validate', '.', '--json'], {}],
  ['CLI: --help', [path.join(root, 'dist/cli.js'), '--help'], {}],
];
console.log(`runs: ${runs} (median); floor node -e 0: ${floor.toFixed(0)} ms`);
for (const [label, args, env, goal] of cases) {
  const ms = time(args, env);
  const line = record({
    bench: 'cold start',
    measure: label,
    value: ms,
    unit: 'ms',
    floorName: 'node -e 0',
    floor,
    ...(goal ? { goal } : {}),
  });
  console.log(
    `${label.padEnd(40)} ${ms.toFixed(0).padStart(5)} ms  ${line.ratio.toFixed(2)}x${goal ? `  (goal ${goal})` : ''}`,
  );
}
rmSync(temp, { recursive: true, force: true });

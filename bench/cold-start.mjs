// Benchmark: start-up cost of the bundled action and CLI against the named floor `node -e 0`
// (what any Node action pays). Goals (issue #20): `--help` <= 3x, `validate` of the example <= 5x, whole process.
// The cases run interleaved, one round after another, so a busy machine slows floor and ours alike; each row
// prints the median, the spread (min-max) and the ratio of medians.
// Usage: node bench/cold-start.mjs [runs=15] [--compare OTHER_DIST] (the same rows for another build, e.g. the
// previous commit's dist/ extracted with a package.json beside it, in the same interleaved run).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { benchEnv, median, record } from './lib/results.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const positional = process.argv.slice(2).filter((a, i, all) => !a.startsWith('--') && all[i - 1] !== '--compare');
const runs = Number(positional[0] ?? 15);
const compareIndex = process.argv.indexOf('--compare');
const compare = compareIndex > 0 ? path.resolve(process.argv[compareIndex + 1] ?? '') : undefined;
const example = path.join(root, 'examples/hello-server');
const temp = mkdtempSync(path.join(os.tmpdir(), 'mcp-release-bench-cold-'));

function once(args, env) {
  const start = performance.now();
  const result = spawnSync(process.execPath, args, {
    cwd: example,
    stdio: ['ignore', 'ignore', 'pipe'],
    env: benchEnv(env),
  });
  const ms = performance.now() - start;
  if (result.status !== 0) throw new Error(`${args.join(' ')} exited ${result.status}: ${result.stderr}`);
  return ms;
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

const casesOf = (dist, tag = '') => {
  const cli = path.join(dist, 'cli.js');
  return [
    { label: `${tag}CLI: --help`, args: [cli, '--help'], env: {}, goal: '<= 3x' },
    { label: `${tag}CLI: validate (the example)`, args: [cli, 'validate', '.', '--json'], env: {}, goal: '<= 5x' },
    {
      label: `${tag}action: validate-layout (the example)`,
      args: [path.join(dist, 'index.js')],
      env: actionEnv('validate-layout'),
      goal: '<= 5x',
    },
  ];
};
const floorCase = { label: 'node -e 0', args: ['-e', '0'], env: {} };
const cases = [...casesOf(path.join(root, 'dist')), ...(compare ? casesOf(compare, '[compare] ') : [])];
const all = [floorCase, ...cases];
const samples = new Map(all.map((c) => [c, []]));
// One warm-up round: the first start reads the files into the page cache, as a runner's checkout has.
for (let round = 0; round <= runs; round += 1)
  for (const c of all) {
    const ms = once(c.args, c.env);
    if (round > 0) samples.get(c).push(ms);
  }

const stats = (values) => ({ median: median(values), min: Math.min(...values), max: Math.max(...values) });
const spread = (s) => `${s.min.toFixed(0)}-${s.max.toFixed(0)}`;
const floor = stats(samples.get(floorCase));
console.log(
  `runs: ${runs}, interleaved; median (spread min-max); floor node -e 0: ${floor.median.toFixed(0)} ms (${spread(floor)})`,
);
let missed = 0;
for (const c of cases) {
  const s = stats(samples.get(c));
  const ratio = s.median / floor.median;
  if (!c.goal || c.label.startsWith('[compare]')) {
    console.log(
      `${c.label.padEnd(48)} ${s.median.toFixed(0).padStart(5)} ms (${spread(s).padStart(9)})  ${ratio.toFixed(2).padStart(5)}x`,
    );
    continue;
  }
  const line = record({
    bench: 'cold start',
    measure: c.label,
    samples: samples.get(c),
    unit: 'ms',
    floorName: 'node -e 0',
    floorSamples: samples.get(floorCase),
    goal: c.goal,
  });
  const goal = Number(c.goal.replace(/[^0-9.]/g, ''));
  const met = line.ratio <= goal;
  if (!met) missed += 1;
  console.log(
    `${c.label.padEnd(48)} ${s.median.toFixed(0).padStart(5)} ms (${spread(s).padStart(9)})  ${line.ratio
      .toFixed(2)
      .padStart(5)}x  goal ${c.goal}: ${met ? 'met' : 'NOT met'}`,
  );
}
rmSync(temp, { recursive: true, force: true });
if (missed) console.log(`${missed} goal(s) not met`);

// Benchmark: `mcp-release smoke DIR` (the whole process) on real servers, against the named floor
// "npm pack + npm install + raw initialize/tools/list": the least any smoke test of a folder must do,
// timed as one sequence each run (pack into a fresh folder, install the tarball with the flags smoke
// uses, spawn the bin, raw JSON-RPC initialize then tools/list until its answer; no SDK, no other
// lists, no shutdown protocol). Runs alternate (floor, ours) so both see the same machine load.
// Prints, per server, both medians with their spread (min-max), the ratio, and where our time went
// (the report's phase timings, medians).
// Usage: node bench/smoke.mjs [runs=3] [cli=dist/cli.js]
import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { benchEnv, median, record, spread as spreadOf } from './lib/results.mjs';
import { packAndInstall, run } from './lib/smoke-floor.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const runs = Number(process.argv[2] ?? 3);
const cli = path.resolve(process.argv[3] ?? path.join(root, 'dist/cli.js'));
const GOAL = '<= 1.15x';
const SERVERS = [
  ['example', path.join(root, 'examples/hello-server')],
  ['server-everything', path.join(root, 'node_modules/@modelcontextprotocol/server-everything')],
];
const env = benchEnv({ npm_config_update_notifier: 'false' });

/** npm pack + npm install (smoke's flags) + raw initialize/tools/list, as one timed sequence. */
async function floorOnce(dir) {
  const started = performance.now();
  const { work, main } = await packAndInstall(dir, env);
  try {
    await rawSession(main);
    return performance.now() - started;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** Spawn -> initialize -> initialized -> tools/list answer, raw JSON-RPC. */
function rawSession(main) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [main], { stdio: ['pipe', 'pipe', 'ignore'], env });
    const send = (message) => child.stdin.write(`${JSON.stringify({ jsonrpc: '2.0', ...message })}\n`);
    let buffer = '';
    child.stdout.on('data', (chunk) => {
      buffer += chunk;
      for (let newline = buffer.indexOf('\n'); newline !== -1; newline = buffer.indexOf('\n')) {
        const message = JSON.parse(buffer.slice(0, newline));
        buffer = buffer.slice(newline + 1);
        if (message.id === 0) {
          send({ method: 'notifications/initialized' });
          send({ id: 1, method: 'tools/list', params: {} });
        } else if (message.id === 1) {
          child.kill('SIGKILL');
          resolve();
        }
      }
    });
    child.on('error', reject);
    send({
      id: 0,
      method: 'initialize',
      params: { protocolVersion: '2025-06-18', capabilities: {}, clientInfo: { name: 'bench', version: '0' } },
    });
  });
}

/** `mcp-release smoke DIR --json`, whole process; its report's phase timings. */
async function oursOnce(dir) {
  const started = performance.now();
  const result = await run(process.execPath, [cli, 'smoke', dir, '--json'], root, env);
  const ms = performance.now() - started;
  const report = JSON.parse(result.stdout);
  if (!report.ok) throw new Error(`smoke ${dir} failed: ${result.stdout.slice(0, 500)}`);
  return { ms, timings: report.timings };
}

const spread = (xs) => spreadOf(xs).map(Math.round).join('-');
console.log(
  `runs: ${runs} (median, spread min-max), alternating; floor: npm pack + npm install + raw initialize/tools/list; ours: ${path.relative(root, cli)}`,
);
for (const [label, dir] of SERVERS) {
  await floorOnce(dir); // warm-up: npm's cache and the page cache, for both sides
  const floors = [];
  const ours = [];
  const phases = {};
  for (let i = 0; i < runs; i += 1) {
    floors.push(await floorOnce(dir));
    const mine = await oursOnce(dir);
    ours.push(mine.ms);
    for (const [phase, ms] of Object.entries(mine.timings)) (phases[phase] ??= []).push(ms);
  }
  const floor = median(floors);
  const value = median(ours);
  record({
    bench: 'smoke',
    row: label === 'example' ? 'smoke-example' : 'smoke-everything',
    measure: `smoke DIR (${label}), whole process`,
    samples: ours,
    unit: 'ms',
    floorName: 'npm pack + npm install + raw initialize/tools/list',
    floorSamples: floors,
    goal: GOAL,
  });
  console.log(
    `${label.padEnd(18)} floor ${Math.round(floor)} ms (${spread(floors)}) | smoke DIR ${Math.round(value)} ms (${spread(ours)}) | ${(value / floor).toFixed(2)}x (goal ${GOAL})`,
  );
  console.log(
    `${''.padEnd(18)} phases (median ms): ${Object.entries(phases)
      .map(([phase, values]) => `${phase} ${Math.round(median(values))}`)
      .join(', ')}`,
  );
}

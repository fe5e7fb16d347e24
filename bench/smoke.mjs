// Benchmark: `mcp-release smoke` on real servers, against the named baseline
// "raw floor": spawn the installed server, raw JSON-RPC initialize, then
// tools/list, until its answer (no SDK, no other lists, no shutdown protocol).
// Prints, per server, our session time and our total (install included) as ratios.
// Usage: node bench/smoke.mjs [runs=3]
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { benchEnv, median, record } from './lib/results.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const runs = Number(process.argv[2] ?? 3);
const SERVERS = [
  ['example', path.join(root, 'examples/hello-server')],
  ['server-everything', path.join(root, 'node_modules/@modelcontextprotocol/server-everything')],
  ['server-memory', path.join(root, 'node_modules/@modelcontextprotocol/server-memory')],
];

/** Install the packed server once, the way smoke does, for the raw floor. */
function install(dir) {
  const work = mkdtempSync(path.join(os.tmpdir(), 'mcp-release-bench-'));
  const packed = JSON.parse(
    spawnSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', work], { cwd: dir, encoding: 'utf8' })
      .stdout,
  )[0];
  writeFileSync(path.join(work, 'package.json'), '{"private":true}');
  spawnSync(
    'npm',
    [
      'install',
      path.join(work, packed.filename),
      '--omit=dev',
      '--ignore-scripts',
      '--no-audit',
      '--no-fund',
      '--no-package-lock',
    ],
    { cwd: work, stdio: 'ignore' },
  );
  const manifest = JSON.parse(readFileSync(path.join(work, 'node_modules', packed.name, 'package.json'), 'utf8'));
  const bin = typeof manifest.bin === 'string' ? manifest.bin : Object.values(manifest.bin)[0];
  return { work, main: path.join(work, 'node_modules', packed.name, bin) };
}

/** Spawn -> initialize -> initialized -> tools/list answer, raw JSON-RPC: the least any smoke test must do. */
function rawFloor(main) {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const child = spawn(process.execPath, [main], { stdio: ['pipe', 'pipe', 'ignore'], env: benchEnv() });
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
          resolve(performance.now() - start);
          child.kill('SIGKILL');
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

console.log(`runs: ${runs} (median); baseline: raw spawn -> initialize -> tools/list answer`);
for (const [label, dir] of SERVERS) {
  const { work, main } = install(dir);
  const floors = [];
  for (let i = 0; i < runs; i += 1) floors.push(await rawFloor(main));
  rmSync(work, { recursive: true, force: true });
  const sessions = [];
  const totals = [];
  for (let i = 0; i < runs; i += 1) {
    const result = spawnSync(process.execPath, [path.join(root, 'dist/cli.js'), 'smoke', dir, '--json'], {
      encoding: 'utf8',
      env: benchEnv(),
    });
    const report = JSON.parse(result.stdout);
    sessions.push(report.timings.sessions);
    totals.push(report.timings.total);
  }
  const floor = median(floors);
  record({
    bench: 'smoke',
    measure: `smoke sessions, ${label}`,
    value: median(sessions),
    unit: 'ms',
    floorName: 'raw spawn -> tools/list answer',
    floor,
  });
  console.log(
    `${label.padEnd(18)} floor ${floor.toFixed(0)} ms | smoke sessions (2 clients, lists, shutdown) ${median(sessions)} ms = ${(median(sessions) / floor).toFixed(1)}x | total with install ${median(totals)} ms = ${(median(totals) / floor).toFixed(1)}x`,
  );
}

// Experiment for issue #20's row "smoke DIR (server-everything)": the least time any smoke test can take
// that does what bench/smoke.mjs's floor does AND sees a server ignore its stdin closing with the 2 s grace.
// One timed sequence per run: npm pack + npm install (smoke's flags), spawn the bin, raw initialize with the
// full client's capabilities (roots, sampling, elicitation; roots/list answered with no roots, as smoke's
// full client does), notifications/initialized, tools/list (the floor ends at its answer: `floor`), then
// close stdin at once, wait up to 2000 ms for the exit, SIGTERM, wait for the exit (`bound` ends there).
// No SDK, no other lists, no second session, no report: nothing any design could take off the critical
// path. Runs alternate with `mcp-release smoke DIR --json` (ours) so both see the same machine load.
// Usage: node bench/smoke-shutdown-bound.mjs [runs=3] [cli=dist/cli.js]
import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { benchEnv, median, spread as spreadOf } from './lib/results.mjs';
import { packAndInstall, run } from './lib/smoke-floor.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const runs = Number(process.argv[2] ?? 3);
const cli = path.resolve(process.argv[3] ?? path.join(root, 'dist/cli.js'));
const dir = path.join(root, 'node_modules/@modelcontextprotocol/server-everything');
const GRACE_MS = 2000;
const env = benchEnv({ npm_config_update_notifier: 'false' });

/** The floor's sequence, then the shutdown with its grace: { floor, bound, via } (ms from the start). */
async function boundOnce() {
  const started = performance.now();
  const { work, main } = await packAndInstall(dir, env);
  try {
    const session = await rawSession(main);
    return {
      floor: session.listedAt - started,
      bound: session.exitedAt - started,
      via: session.via,
    };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

function rawSession(main) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [main], { stdio: ['pipe', 'pipe', 'ignore'], env });
    const send = (message) =>
      child.stdin.writable && child.stdin.write(`${JSON.stringify({ jsonrpc: '2.0', ...message })}\n`);
    let buffer = '';
    let listedAt;
    let via = 'stdin';
    let exited = false;
    child.on('exit', () => {
      exited = true;
      resolve({ listedAt, exitedAt: performance.now(), via });
    });
    child.stdout.on('data', (chunk) => {
      buffer += chunk;
      for (let newline = buffer.indexOf('\n'); newline !== -1; newline = buffer.indexOf('\n')) {
        const message = JSON.parse(buffer.slice(0, newline));
        buffer = buffer.slice(newline + 1);
        if (message.method === 'roots/list') send({ id: message.id, result: { roots: [] } });
        else if (message.id === 0) {
          send({ method: 'notifications/initialized' });
          send({ id: 1, method: 'tools/list', params: {} });
        } else if (message.id === 1 && listedAt === undefined) {
          listedAt = performance.now();
          child.stdin.end();
          setTimeout(() => {
            if (exited) return;
            via = 'sigterm';
            child.kill('SIGTERM');
            setTimeout(() => {
              if (exited) return;
              via = 'sigkill';
              child.kill('SIGKILL');
            }, GRACE_MS);
          }, GRACE_MS);
        }
      }
    });
    child.on('error', reject);
    send({
      id: 0,
      method: 'initialize',
      params: {
        protocolVersion: '2025-06-18',
        capabilities: { roots: { listChanged: true }, sampling: {}, elicitation: {} },
        clientInfo: { name: 'bench', version: '0' },
      },
    });
  });
}

async function oursOnce() {
  const started = performance.now();
  const result = await run(process.execPath, [cli, 'smoke', dir, '--json'], root, env);
  const ms = performance.now() - started;
  const report = JSON.parse(result.stdout);
  const rules = report.packages.flatMap((p) => p.findings.map((f) => f.rule)).filter((r) => r.includes('shutdown'));
  return { ms, rules };
}

const spread = (xs) => spreadOf(xs).map(Math.round).join('-');
await boundOnce(); // warm-up
const floors = [];
const bounds = [];
const ours = [];
for (let i = 0; i < runs; i += 1) {
  const b = await boundOnce();
  floors.push(b.floor);
  bounds.push(b.bound);
  const mine = await oursOnce();
  ours.push(mine.ms);
  console.log(
    `run ${i + 1}: floor ${Math.round(b.floor)} ms, bound ${Math.round(b.bound)} ms (shut down via ${b.via}), ours ${Math.round(mine.ms)} ms (${mine.rules.join(', ') || 'no shutdown finding'})`,
  );
}
const floor = median(floors);
console.log(`server-everything, ${runs} runs (median, spread min-max), alternating`);
console.log(`floor (npm pack + npm install + raw initialize/tools/list): ${Math.round(floor)} ms (${spread(floors)})`);
console.log(
  `bound (floor + close stdin + ${GRACE_MS} ms grace + SIGTERM): ${Math.round(median(bounds))} ms (${spread(bounds)}) = ${(median(bounds) / floor).toFixed(2)}x the floor`,
);
console.log(
  `ours (mcp-release smoke DIR): ${Math.round(median(ours))} ms (${spread(ours)}) = ${(median(ours) / floor).toFixed(2)}x the floor`,
);
console.log(`the goal <= 1.15x allows ${Math.round(floor * 1.15)} ms`);

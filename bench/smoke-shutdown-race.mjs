// Experiment for issue #20: does server-everything's "kept running after stdin closed" depend on WHEN stdin
// closes? Raw JSON-RPC session per case: initialize (bare or full client capabilities; roots/list answered
// with no roots, as smoke's full client does), notifications/initialized, then close stdin T ms after the
// initialize answer and time the exit (given up 3 s after the close: that is longer than smoke's 2 s grace).
// Usage: node bench/smoke-shutdown-race.mjs
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { benchEnv } from './lib/results.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const main = path.join(root, 'node_modules/@modelcontextprotocol/server-everything/dist/index.js');
const env = benchEnv();
const FULL = { roots: { listChanged: true }, sampling: {}, elicitation: {} };

function closeAfter(capabilities, delayMs) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [main], { stdio: ['pipe', 'pipe', 'ignore'], env });
    const send = (m) => child.stdin.writable && child.stdin.write(`${JSON.stringify({ jsonrpc: '2.0', ...m })}\n`);
    let buffer = '';
    let closedAt;
    const giveUp = setTimeout(() => {
      child.kill('SIGKILL');
      resolve('still running 3000 ms after stdin closed');
    }, delayMs + 3000);
    child.on('exit', () => {
      clearTimeout(giveUp);
      if (closedAt !== undefined) resolve(`exited ${Math.round(performance.now() - closedAt)} ms after stdin closed`);
    });
    child.stdout.on('data', (chunk) => {
      buffer += chunk;
      for (let newline = buffer.indexOf('\n'); newline !== -1; newline = buffer.indexOf('\n')) {
        const message = JSON.parse(buffer.slice(0, newline));
        buffer = buffer.slice(newline + 1);
        if (message.method === 'roots/list') send({ id: message.id, result: { roots: [] } });
        else if (message.id === 0 && !message.method) {
          send({ method: 'notifications/initialized' });
          setTimeout(() => {
            closedAt = performance.now();
            child.stdin.end();
          }, delayMs);
        }
      }
    });
    send({
      id: 0,
      method: 'initialize',
      params: { protocolVersion: '2025-06-18', capabilities, clientInfo: { name: 'bench', version: '0' } },
    });
  });
}

for (const [label, capabilities] of [
  ['bare client', {}],
  ['full client', FULL],
])
  for (const delayMs of [0, 20, 200, 300, 400, 600, 1000])
    console.log(
      `${label}, stdin closed ${delayMs} ms after the initialize answer: ${await closeAfter(capabilities, delayMs)}`,
    );

// Benchmark: `mcp-release scan DIR`, the whole process as a user runs it (start-up, listing what npm
// would pack and what the folder holds, reading, the secret scan, the report), against secretlint
// with its recommended preset on the same tree, also a whole process. Runs alternate (ours, theirs)
// so both see the same machine; each side's median and spread (min-max) go to the table.
// Usage: node --import tsx bench/scan-process.ts [sizeMB=20] [runs=3]
// BENCH_CLI=path/to/cli.js times another build of the CLI; BENCH_COMPARE=label=path/to/cli.js,... also times
// other builds in the same alternating runs (a before/after), each recorded as its own measure.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { benchEnv, median, record, spread } from './lib/results.mjs';
import { writeScanCorpus } from './lib/scan-corpus.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const targetMB = Number(process.argv[2] ?? 20);
const cli = process.env.BENCH_CLI ? path.resolve(process.env.BENCH_CLI) : path.join(root, 'dist/cli.js');
const runs = Number(process.argv[3] ?? 3);

const work = mkdtempSync(path.join(os.tmpdir(), 'mcp-release-scan-process-'));
const dir = path.join(work, 'package');
// A package of source: 200 files a folder under src/, a package.json npm can pack.
const corpus = writeScanCorpus(root, dir, targetMB, 200);
writeFileSync(
  path.join(dir, 'package.json'),
  `${JSON.stringify({ name: 'scan-corpus', version: '1.0.0', type: 'module' }, null, 2)}\n`,
);
const secretlintrc = path.join(work, 'secretlintrc.json');
writeFileSync(secretlintrc, JSON.stringify({ rules: [{ id: '@secretlint/secretlint-rule-preset-recommend' }] }));
const mb = corpus.bytes / 1e6;

function run(command: string, args: string[]): { ms: number; stdout: string; status: number | null } {
  const start = performance.now();
  const result = spawnSync(command, args, {
    cwd: dir,
    encoding: 'utf8',
    maxBuffer: 1 << 30,
    env: benchEnv({ NO_COLOR: '1' }),
  });
  const ms = performance.now() - start;
  if (result.error) throw result.error;
  return { ms, stdout: result.stdout, status: result.status };
}

const others = (process.env.BENCH_COMPARE ?? '')
  .split(',')
  .filter(Boolean)
  .map((pair) => {
    const [label, file] = pair.split('=') as [string, string];
    return { label, cli: path.resolve(file), ms: [] as number[], found: 0 };
  });

const ours = (cliFile = cli): { ms: number; secrets: number } => {
  const result = run(process.execPath, [cliFile, 'scan', dir, '--json']);
  // Exit 1: the planted credentials are findings.
  if (result.status !== 1) throw new Error(`mcp-release scan exited ${result.status}`);
  const report = JSON.parse(result.stdout) as { outputs: Record<string, string> };
  return { ms: result.ms, secrets: Number(report.outputs['secret-count']) };
};
const secretlint = (): { ms: number; secrets: number } => {
  const result = run(process.execPath, [
    path.join(root, 'node_modules/secretlint/bin/secretlint.js'),
    '**/*',
    '--format',
    'json',
    '--secretlintrc',
    secretlintrc,
    '--maskSecrets',
  ]);
  const found = JSON.parse(result.stdout || '[]') as { messages: unknown[] }[];
  return { ms: result.ms, secrets: found.reduce((n, f) => n + f.messages.length, 0) };
};

console.log(
  `corpus: ${corpus.files.length} files, ${mb.toFixed(1)} MB, ${corpus.plants.length} planted credentials; ${runs} runs each, alternating (after one warm-up each)`,
);
ours();
for (const other of others) ours(other.cli);
secretlint();
const oursMs: number[] = [];
const theirsMs: number[] = [];
let oursFound = 0;
let theirsFound = 0;
for (let i = 0; i < runs; i += 1) {
  const a = ours();
  for (const other of others) {
    const c = ours(other.cli);
    other.ms.push(c.ms);
    other.found = c.secrets;
  }
  const b = secretlint();
  oursMs.push(a.ms);
  theirsMs.push(b.ms);
  oursFound = a.secrets;
  theirsFound = b.secrets;
}
const show = (ms: number[]): string =>
  `${median(ms).toFixed(0)} ms (${spread(ms)
    .map((v) => v.toFixed(0))
    .join('-')})`;
console.log(
  `mcp-release scan DIR       ${show(oursMs)}  ${(mb / (median(oursMs) / 1000)).toFixed(0)} MB/s  found ${oursFound}`,
);
console.log(
  `secretlint + recommended   ${show(theirsMs)}  ${(mb / (median(theirsMs) / 1000)).toFixed(0)} MB/s  found ${theirsFound}`,
);
const line = record({
  bench: 'secret scan',
  row: 'scan',
  measure: `\`scan\` of ${mb.toFixed(0)} MB of source, whole process`,
  samples: oursMs,
  unit: 'ms',
  floorName: 'secretlint + recommended preset, whole process',
  floorSamples: theirsMs,
  faster: true,
  goal: '>= 10x faster',
});
console.log(`ours is ${line.speedup}x faster (goal >= 10x)`);
for (const other of others) {
  const compared = record({
    bench: 'secret scan',
    measure: `\`scan\` of ${mb.toFixed(0)} MB of source, whole process (${other.label})`,
    samples: other.ms,
    unit: 'ms',
    floorName: 'secretlint + recommended preset, whole process',
    floorSamples: theirsMs,
    faster: true,
  });
  console.log(
    `${other.label.padEnd(26)} ${show(other.ms)}  found ${other.found}: ${compared.speedup}x faster than secretlint`,
  );
}
rmSync(work, { recursive: true, force: true });

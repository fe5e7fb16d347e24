// npm run bench: every benchmark in one run, each printing its ratio against its named floor.
// Quick sizes by default; `npm run bench -- full` for the sizes quoted in the README.
// Writes bench/results.json and bench/results.md, and puts the table in the README's Performance section.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { benchEnv } from './lib/results.mjs';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const full = process.argv[2] === 'full';
const tsx = ['--import', 'tsx'];
const benches = [
  ['cold start vs node -e 0', ['bench/cold-start.mjs', full ? '25' : '10']],
  [
    'validate: monorepo vs sequential npm pack --dry-run',
    ['bench/validate-monorepo.mjs', full ? '12' : '6', full ? '3' : '1'],
  ],
  ['smoke: sessions vs raw spawn -> tools/list', ['bench/smoke.mjs', full ? '3' : '1']],
  ['secret scan vs secretlint and the read floor', [...tsx, 'bench/secret-scan.ts', full ? '100' : '10']],
  ['secret recall on the independent corpus', [...tsx, 'bench/secret-recall.ts', full ? '50' : '20']],
  ['pack + publish vs plain npm', [...tsx, 'bench/publish.ts', full ? '5' : '2']],
  ['scale: a generated monorepo', [...tsx, 'bench/scale.ts', full ? '200' : '50']],
];
const temp = mkdtempSync(path.join(os.tmpdir(), 'mcp-release-bench-results-'));
const resultsFile = path.join(temp, 'results.jsonl');
writeFileSync(resultsFile, '');
let failed = 0;
for (const [title, args] of benches) {
  console.log(`\n== ${title}`);
  const run = spawnSync(process.execPath, args, {
    cwd: root,
    stdio: 'inherit',
    env: benchEnv({ BENCH_RESULTS: resultsFile }),
  });
  if (run.status !== 0) failed += 1;
}
const results = readFileSync(resultsFile, 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((line) => JSON.parse(line));
rmSync(temp, { recursive: true, force: true });

const machine = `${os.cpus().length} cores (${os.cpus()[0]?.model.trim() ?? 'unknown'}), Node ${process.versions.node}, ${full ? 'full' : 'quick'} sizes, ${new Date().toISOString().slice(0, 10)}`;
const number = (v, unit) => `${unit === 'ms' || unit === 'calls' ? Math.round(v) : v.toFixed(1)} ${unit}`;
const table = [
  `Measured on ${machine}.`,
  '',
  '| benchmark | measure | ours | floor (named) | ratio | goal |',
  '|---|---|---|---|---|---|',
  ...results.map(
    (r) =>
      `| ${r.bench} | ${r.measure} | ${number(r.value, r.unit)} | ${r.floorName}: ${number(r.floor, r.unit)} | ${r.ratio.toFixed(2)}x | ${r.goal ?? ''} |`,
  ),
].join('\n');
writeFileSync(path.join(root, 'bench/results.json'), `${JSON.stringify({ machine, results }, null, 2)}\n`);
writeFileSync(path.join(root, 'bench/results.md'), `${table}\n`);
const readmeFile = path.join(root, 'README.md');
const readme = readFileSync(readmeFile, 'utf8');
const start = '<!-- bench:start -->';
const end = '<!-- bench:end -->';
if (readme.includes(start) && readme.includes(end)) {
  writeFileSync(
    readmeFile,
    `${readme.slice(0, readme.indexOf(start) + start.length)}\n${table}\n${readme.slice(readme.indexOf(end))}`,
  );
}
console.log(
  `\n${table}\n\nwritten: bench/results.json, bench/results.md${readme.includes(start) ? ', README.md (Performance)' : ''}`,
);
process.exitCode = failed ? 1 : 0;

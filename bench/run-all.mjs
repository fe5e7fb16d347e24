// npm run bench: every benchmark in one run, each printing its ratio against its named floor.
// Quick sizes by default; `npm run bench -- full` for the sizes quoted in the README.
// Other words pick benchmarks by title (`npm run bench -- scan`): then nothing is written but the printout.
// The README's Performance section is rewritten by full runs only.
// Prints issue #20's goals table (every row, with its baseline: medians and spread, side by side in
// this run) and the table of every measure; writes both to bench/results.json and bench/results.md,
// and (full sizes) puts them in the README's Performance section.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { tables } from './lib/goals.mjs';
import { benchEnv } from './lib/results.mjs';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const words = process.argv.slice(2);
const full = words.includes('full');
const only = words.filter((w) => w !== 'full');
const tsx = ['--import', 'tsx'];
const benches = [
  ['cold start vs node -e 0', ['bench/cold-start.mjs', full ? '25' : '10']],
  [
    'validate: monorepo vs sequential npm pack --dry-run',
    ['bench/validate-monorepo.mjs', full ? '12' : '6', full ? '3' : '1'],
  ],
  ['smoke: sessions vs raw spawn -> tools/list', ['bench/smoke.mjs', full ? '3' : '1']],
  [
    'scan DIR, whole process, vs secretlint (recommended preset)',
    [...tsx, 'bench/scan-process.ts', full ? '100' : '20', full ? '5' : '3'],
  ],
  ['secret scan engine vs secretlint and the read floor', [...tsx, 'bench/secret-scan.ts', full ? '100' : '10']],
  ['secret recall on the independent corpus', [...tsx, 'bench/secret-recall.ts', full ? '50' : '20']],
  ['pack + publish vs plain npm', [...tsx, 'bench/publish.ts', full ? '5' : '2']],
  ['scale: a generated monorepo', [...tsx, 'bench/scale.ts', full ? '200' : '50']],
];
const temp = mkdtempSync(path.join(os.tmpdir(), 'mcp-release-bench-results-'));
const resultsFile = path.join(temp, 'results.jsonl');
writeFileSync(resultsFile, '');
let failed = 0;
const chosen = only.length ? benches.filter(([title]) => only.some((w) => title.includes(w))) : benches;
if (!chosen.length) throw new Error(`no benchmark title contains ${only.join(' or ')}`);
for (const [title, args] of chosen) {
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
const { goals, all } = tables(results);
const table = [
  `Measured on ${machine}.`,
  '',
  'Goals (issue #20), each against its baseline in the same run:',
  '',
  goals,
  '',
  'Every measure:',
  '',
  all,
].join('\n');
const written = [];
if (!only.length) {
  writeFileSync(path.join(root, 'bench/results.json'), `${JSON.stringify({ machine, results }, null, 2)}\n`);
  writeFileSync(path.join(root, 'bench/results.md'), `${table}\n`);
  written.push('bench/results.json', 'bench/results.md');
  // The README quotes the full sizes only.
  const readmeFile = path.join(root, 'README.md');
  const readme = readFileSync(readmeFile, 'utf8');
  const start = '<!-- bench:start -->';
  const end = '<!-- bench:end -->';
  if (full && readme.includes(start) && readme.includes(end)) {
    writeFileSync(
      readmeFile,
      `${readme.slice(0, readme.indexOf(start) + start.length)}\n${table}\n${readme.slice(readme.indexOf(end))}`,
    );
    written.push('README.md (Performance)');
  }
}
console.log(`\n${table}\n\n${written.length ? `written: ${written.join(', ')}` : 'nothing written (a subset ran)'}`);
process.exitCode = failed ? 1 : 0;

// Benchmark: our secret scanner against secretlint (recommended preset), on a
// labelled corpus: background code from installed node_modules, planted fake
// credentials of every rule family, and decoys that must not be flagged.
// Baseline "floor": reading + UTF-8-decoding the same tree.
// Usage: node --import tsx bench/secret-scan.ts [sizeMB=10] [--no-secretlint]
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { record } from './lib/results.mjs';
import { scanBytes } from '../src/scan/secrets/engine.js';
import { SECRET_RULES } from '../src/scan/secrets/rules.js';
import { writeScanCorpus } from './lib/scan-corpus.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const targetMB = Number(process.argv[2] ?? 10);
const withSecretlint = !process.argv.includes('--no-secretlint');

const corpus = mkdtempSync(path.join(os.tmpdir(), 'mcp-release-secret-bench-'));
// The same labelled corpus the whole-process scan bench writes (lib/scan-corpus.ts), all in one folder.
const { files, bytes, plants, decoyLines } = writeScanCorpus(root, corpus, targetMB);
const mb = bytes / 1e6;

function timeIt<T>(fn: () => T): { ms: number; value: T } {
  const start = performance.now();
  const value = fn();
  return { ms: performance.now() - start, value };
}

const floor = timeIt(() => files.reduce((n, f) => n + readFileSync(path.join(corpus, f), 'utf8').length, 0));
const ours = timeIt(() =>
  files.flatMap((f) =>
    scanBytes(readFileSync(path.join(corpus, f)), SECRET_RULES).map((h) => ({ file: f, line: h.line, rule: h.rule })),
  ),
);

function score(hits: { file: string; line: number; rule?: string }[], label: string, ms: number): void {
  const key = (f: string, l: number): string => `${f}:${l}`;
  const hitSet = new Set(hits.map((h) => key(h.file, h.line)));
  const plantSet = new Set(plants.map((p) => key(p.file, p.line)));
  const families = [...new Set(plants.map((p) => p.family))].sort();
  const recall = families.map((family) => {
    const ofFamily = plants.filter((p) => p.family === family);
    return `${family.replace('secret/', '')} ${Math.round((100 * ofFamily.filter((p) => hitSet.has(key(p.file, p.line))).length) / ofFamily.length)}%`;
  });
  const found = plants.filter((p) => hitSet.has(key(p.file, p.line))).length;
  const decoyHits = decoyLines.filter((d) => hitSet.has(key(d.file, d.line))).length;
  const background = hits.filter(
    (h) => !plantSet.has(key(h.file, h.line)) && !decoyLines.some((d) => d.file === h.file && d.line === h.line),
  ).length;
  console.log(
    `${label.padEnd(11)} ${ms.toFixed(0).padStart(6)} ms  ${(mb / (ms / 1000)).toFixed(1).padStart(6)} MB/s  recall ${((100 * found) / plants.length).toFixed(1)}%  decoys flagged ${decoyHits}/${decoyLines.length}  other hits ${background}`,
  );
  console.log(`            per family: ${recall.join(', ')}`);
  if (process.env.BENCH_SHOW_MISSES)
    for (const p of plants.filter((x) => !hitSet.has(key(x.file, x.line))).slice(0, 12))
      console.log(
        `            missed: ${p.file}:${p.line} ${p.family} ${readFileSync(path.join(corpus, p.file), 'utf8').split('\n')[p.line - 1]?.slice(0, 120)}`,
      );
  if (process.env.BENCH_SHOW_OTHER)
    for (const h of hits.filter((x) => !plantSet.has(key(x.file, x.line))).slice(0, 20))
      console.log(`            other: ${h.file}:${h.line} ${h.rule ?? ''}`);
}

console.log(
  `corpus: ${files.length} files, ${mb.toFixed(1)} MB, ${plants.length} planted credentials in ${new Set(plants.map((p) => p.family)).size} families, ${decoyLines.length} decoys`,
);
console.log(
  `floor       ${floor.ms.toFixed(0).padStart(6)} ms  ${(mb / (floor.ms / 1000)).toFixed(1).padStart(6)} MB/s  (read + UTF-8 decode)`,
);
score(ours.value, 'ours', ours.ms);
record({
  bench: 'secret scan',
  measure: `secret scan of ${mb.toFixed(0)} MB`,
  value: ours.ms,
  unit: 'ms',
  floorName: 'read + UTF-8 decode of the same files',
  floor: floor.ms,
});

if (withSecretlint) {
  writeFileSync(
    path.join(corpus, '.secretlintrc.json'),
    JSON.stringify({ rules: [{ id: '@secretlint/secretlint-rule-preset-recommend' }] }),
  );
  const start = performance.now();
  let output: string;
  try {
    output = execFileSync(
      path.join(root, 'node_modules/.bin/secretlint'),
      ['**/*', '--format', 'json', '--secretlintrc', '.secretlintrc.json', '--maskSecrets'],
      { cwd: corpus, encoding: 'utf8', maxBuffer: 1 << 30 },
    );
  } catch (error) {
    output = (error as { stdout?: string }).stdout ?? '';
  }
  const ms = performance.now() - start;
  const results = JSON.parse(output || '[]') as {
    filePath: string;
    messages: { ruleId: string; loc: { start: { line: number } } }[];
  }[];
  score(
    results.flatMap((r) => r.messages.map((m) => ({ file: path.basename(r.filePath), line: m.loc.start.line }))),
    'secretlint',
    ms,
  );
  console.log(`ratio secretlint/ours time: ${(ms / ours.ms).toFixed(1)}x`);
  record({
    bench: 'secret scan',
    measure: `secret scan of ${mb.toFixed(0)} MB`,
    value: ours.ms,
    unit: 'ms',
    floorName: 'secretlint + recommended preset',
    floor: ms,
  });
}
rmSync(corpus, { recursive: true, force: true });

// Benchmark: recall per family and decoys flagged on the independent labelled corpus
// (test/fixtures/secret-corpus, see its SOURCES.md), and the engine's speed on it against
// the floor of decoding the same texts. Usage: node --import tsx bench/secret-recall.ts [rounds=20]
import { record } from './lib/results.mjs';
import { scanBytes } from '../src/scan/secrets/engine.js';
import { SECRET_RULES } from '../src/scan/secrets/rules.js';
import { formatScore, loadCorpus, scoreCorpus } from '../test/helpers/secret-corpus.js';

const rounds = Number(process.argv[2] ?? 20);
const samples = loadCorpus();
const score = scoreCorpus(samples, (text) => scanBytes(Buffer.from(text, 'utf8'), SECRET_RULES));
const secrets = samples.filter((s) => s.expected === 'secret').length;
console.log(
  `corpus: ${samples.length} samples (${secrets} secrets in ${score.families.length} families, ${score.decoys} decoys), ${(score.bytes / 1e3).toFixed(0)} KB`,
);
console.log(formatScore(score));

// Speed on the corpus itself (every sample holds a keyword, so the prefilter passes them all: the worst case).
const buffers = samples.map((s) => Buffer.from(s.text, 'utf8'));
const mb = (rounds * score.bytes) / 1e6;
const time = (fn: () => void): number => {
  const start = performance.now();
  for (let r = 0; r < rounds; r += 1) fn();
  return performance.now() - start;
};
const floor = time(() => buffers.forEach((b) => b.toString('utf8')));
const ours = time(() => buffers.forEach((b) => scanBytes(b, SECRET_RULES)));
console.log(
  `engine ${(mb / (ours / 1000)).toFixed(1)} MB/s on the corpus (${rounds} rounds), floor (UTF-8 decode) ${(mb / (floor / 1000)).toFixed(0)} MB/s`,
);

const worst = score.families.reduce((min, f) => Math.min(min, f.recall), 1);
record({
  bench: 'secret recall',
  measure: `lowest family recall, ${score.families.length} families (${secrets} secrets, ${score.decoys} decoys: ${score.decoyHits.length} flagged)`,
  value: 100 * worst,
  unit: '%',
  floorName: 'goal',
  floor: 97,
  goal: '>= 97 % on every family, 0 decoys (ratio >= 1)',
});
record({
  bench: 'secret recall',
  measure: `decoys flagged (of ${score.decoys}); engine MB/s on the corpus vs UTF-8 decode`,
  value: mb / (ours / 1000),
  unit: 'MB/s',
  floorName: `decode (${score.decoyHits.length} decoys flagged)`,
  floor: mb / (floor / 1000),
});
process.exitCode = worst >= 0.97 && score.decoyHits.length === 0 ? 0 : 1;

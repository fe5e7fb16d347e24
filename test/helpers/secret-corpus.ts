import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The independent labelled corpus (test/fixtures/secret-corpus, see its SOURCES.md):
 * samples from other scanners' fixtures and documented key formats, each labelled
 * secret or decoy. Texts are stored base64 so this repository holds nothing a
 * scanner or push protection would flag; they are decoded only in memory.
 */
export interface CorpusSample {
  id: string;
  family: string;
  expected: 'secret' | 'decoy';
  context: string;
  source: string;
  /** When set, a finding must be on this line (a key's BEGIN line, an AWS secret key's line). */
  line?: number;
  note?: string;
  text: string;
}

export const CORPUS_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/secret-corpus');

export function loadCorpus(): CorpusSample[] {
  const manifest = JSON.parse(readFileSync(path.join(CORPUS_DIR, 'manifest.json'), 'utf8')) as {
    samples: (Omit<CorpusSample, 'text'> & { text_b64: string })[];
  };
  return manifest.samples.map(({ text_b64, ...rest }) => ({
    ...rest,
    text: Buffer.from(text_b64, 'base64').toString('utf8'),
  }));
}

export interface FamilyScore {
  family: string;
  samples: number;
  found: number;
  recall: number;
  missed: string[];
  /** Which rules reported the found samples, most frequent first. */
  rules: string[];
}

/** What the scan of one text reports (only the rule id is used here). */
export type ScanFn = (text: string) => readonly { rule: string; line: number }[];

export interface CorpusScore {
  families: FamilyScore[];
  decoys: number;
  decoyHits: { id: string; family: string; rules: string[] }[];
  bytes: number;
  ms: number;
}

/**
 * Runs the scan over every sample: a secret sample counts as found when a hit is reported in it
 * (on its `line` when the sample names one); a decoy counts as flagged when any hit is.
 */
export function scoreCorpus(samples: readonly CorpusSample[], scan: ScanFn): CorpusScore {
  const start = performance.now();
  const results = samples.map((sample) => ({ sample, hits: scan(sample.text) }));
  const ms = performance.now() - start;
  const families = new Map<string, FamilyScore>();
  for (const { sample, hits } of results) {
    if (sample.expected !== 'secret') continue;
    const score = families.get(sample.family) ?? {
      family: sample.family,
      samples: 0,
      found: 0,
      recall: 0,
      missed: [],
      rules: [],
    };
    score.samples += 1;
    const hit = hits.find((h) => sample.line === undefined || h.line === sample.line);
    if (hit) {
      score.found += 1;
      const rule = hit.rule.replace(/^secret\//, '');
      if (!score.rules.includes(rule)) score.rules.push(rule);
    } else score.missed.push(sample.id);
    score.recall = score.found / score.samples;
    families.set(sample.family, score);
  }
  const decoys = results.filter((r) => r.sample.expected === 'decoy');
  return {
    families: [...families.values()].sort((a, b) => a.family.localeCompare(b.family)),
    decoys: decoys.length,
    decoyHits: decoys
      .filter((r) => r.hits.length > 0)
      .map((r) => ({ id: r.sample.id, family: r.sample.family, rules: r.hits.map((h) => h.rule) })),
    bytes: samples.reduce((n, s) => n + Buffer.byteLength(s.text), 0),
    ms,
  };
}

/** The per-family table, as the test and the bench print it. */
export function formatScore(score: CorpusScore): string {
  const rows = score.families.map(
    (f) =>
      `${f.family.padEnd(26)} ${String(f.found).padStart(3)}/${String(f.samples).padEnd(3)} ${(100 * f.recall).toFixed(1).padStart(6)} %  ${f.rules.join(', ')}${f.missed.length ? `  missed: ${f.missed.join(', ')}` : ''}`,
  );
  return [
    `${'family'.padEnd(26)} found   recall    reported by`,
    ...rows,
    `decoys flagged: ${score.decoyHits.length}/${score.decoys}${score.decoyHits.length ? `  (${score.decoyHits.map((d) => `${d.id}: ${d.rules.join('+')}`).join(', ')})` : ''}`,
  ].join('\n');
}

// Each benchmark records its ratios here; `npm run bench` (run-all.mjs) gathers them into
// bench/results.json and the markdown table in bench/results.md and the README.
import { appendFileSync } from 'node:fs';

/**
 * @param {{ bench: string, measure: string, value: number, unit: string, floorName: string, floor: number, goal?: string }} result
 * `ratio` is value / floor: lower is better unless the measure says otherwise.
 */
export function record(result) {
  const line = { ...result, ratio: Number((result.value / result.floor).toFixed(2)) };
  if (process.env.BENCH_RESULTS) appendFileSync(process.env.BENCH_RESULTS, `${JSON.stringify(line)}\n`);
  return line;
}

/** The environment for timed child processes: NODE_EXTRA_CA_CERTS makes every Node 20 start about 3x slower, and GitHub runners do not set it. */
export function benchEnv(extra = {}) {
  const env = { ...process.env, ...extra };
  delete env.NODE_EXTRA_CA_CERTS;
  return env;
}

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

// Each benchmark records its ratios here; `npm run bench` (run-all.mjs) gathers them into
// bench/results.json and the markdown table in bench/results.md and the README.
import { appendFileSync } from 'node:fs';

/**
 * Records one row of the table.
 * Either give `value`/`floor` (already medians), or give the raw `samples`/`floorSamples` (timings of each
 * run): then the medians are computed here and the spread (min-max) of each side is kept for the table.
 * `ratio` is value / floor: lower is better. With `faster: true` the row is printed as "N x faster"
 * (floor / value, higher is better), as for the scan against secretlint.
 * @param {{ bench: string, measure: string, value?: number, unit: string, floorName: string, floor?: number, goal?: string,
 *   samples?: number[], floorSamples?: number[], spread?: [number, number], floorSpread?: [number, number], faster?: boolean }} result
 */
export function record(result) {
  const line = { ...result };
  if (result.samples?.length) {
    line.value = median(result.samples);
    line.spread = spread(result.samples);
  }
  if (result.floorSamples?.length) {
    line.floor = median(result.floorSamples);
    line.floorSpread = spread(result.floorSamples);
  }
  delete line.samples;
  delete line.floorSamples;
  if (typeof line.value !== 'number' || typeof line.floor !== 'number') {
    throw new Error(
      `bench record "${result.bench} / ${result.measure}": give value and floor, or samples and floorSamples`,
    );
  }
  line.ratio = Number((line.value / line.floor).toFixed(2));
  if (result.faster) line.speedup = Number((line.floor / line.value).toFixed(2));
  if (result.samples?.length) line.runs = result.samples.length;
  if (process.env.BENCH_RESULTS) appendFileSync(process.env.BENCH_RESULTS, `${JSON.stringify(line)}\n`);
  return line;
}

/** The environment for timed child processes: NODE_EXTRA_CA_CERTS makes every Node 20 start about 3x slower, and GitHub runners do not set it. */
export function benchEnv(extra = {}) {
  const env = { ...process.env, ...extra };
  delete env.NODE_EXTRA_CA_CERTS;
  return env;
}

/** The median (for an even count, the mean of the two middle values). */
export function median(values) {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** [min, max] of the samples. */
export function spread(values) {
  return values.length ? [Math.min(...values), Math.max(...values)] : [Number.NaN, Number.NaN];
}

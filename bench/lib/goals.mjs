// The rows of issue #20's table: each measure, its baseline and its goal. `npm run bench` prints
// them side by side from the records of one run. A benchmark names its row with `row: '<id>'` in
// record(); the older records without it are matched by `match`.

/** @typedef {{ bench: string, measure: string, row?: string, value: number, floor: number, ratio: number, speedup?: number, spread?: [number, number], floorSpread?: [number, number], unit: string, floorName: string, runs?: number }} Recorded */

export const GOAL_ROWS = [
  {
    id: 'validate',
    measure: '`validate` of the example, whole process',
    baseline: '`node -e 0`',
    goal: '<= 5x',
    met: (r) => r.ratio <= 5,
    /** @param {Recorded} r */
    match: (r) => r.bench === 'cold start' && /^CLI: validate/.test(r.measure),
  },
  {
    id: 'help',
    measure: '`--help`',
    baseline: '`node -e 0`',
    goal: '<= 3x',
    met: (r) => r.ratio <= 3,
    match: (r) => r.bench === 'cold start' && /--help/.test(r.measure),
  },
  {
    id: 'scan',
    measure: '`scan` of 100 MB of source, whole process',
    baseline: 'secretlint + recommended preset',
    goal: '>= 10x faster',
    met: (r) => (r.speedup ?? r.floor / r.value) >= 10,
    match: () => false,
  },
  {
    id: 'smoke-example',
    measure: '`smoke DIR` (example)',
    baseline: 'npm pack + npm install + raw initialize/tools/list',
    goal: '<= 1.15x',
    met: (r) => r.ratio <= 1.15,
    match: () => false,
  },
  {
    id: 'smoke-everything',
    measure: '`smoke DIR` (server-everything)',
    baseline: 'npm pack + npm install + raw initialize/tools/list',
    goal: '<= 1.15x',
    met: (r) => r.ratio <= 1.15,
    match: () => false,
  },
  {
    id: 'publish',
    measure: '`pack` + `publish`',
    baseline: '`npm pack` + `npm publish`',
    goal: '<= 1.0x',
    met: (r) => r.ratio <= 1,
    match: (r) => r.bench === 'publish',
  },
];

/** A time or size with its unit: whole milliseconds, seconds from 10 s up. */
export function amount(value, unit) {
  if (unit === 'ms') return value >= 10_000 ? `${(value / 1000).toFixed(1)} s` : `${Math.round(value)} ms`;
  if (unit === 'calls') return `${Math.round(value)} ${unit}`;
  return `${value.toFixed(1)} ${unit}`;
}

/** "876 ms (850-910)": the median and, when there were several runs, the spread. */
export function withSpread(value, range, unit) {
  if (!range || range[0] === range[1]) return amount(value, unit);
  return `${amount(value, unit)} (${range.map((v) => amount(v, unit).replace(/ (ms|s)$/, '')).join('-')})`;
}

/** The ratio as the goal reads it: "2.7x faster" for a speed-up, "23.0x" for a cost. */
export function ratioText(row, r) {
  if (row?.goal.includes('faster') || r.speedup !== undefined)
    return `${(r.speedup ?? r.floor / r.value).toFixed(1)}x faster`;
  return `${r.ratio.toFixed(2)}x`;
}

/** The goals table (every row of the issue, measured or not) and the table of every record. */
export function tables(results) {
  const used = new Set();
  const goalLines = GOAL_ROWS.map((row) => {
    const r = results.find((x) => x.row === row.id) ?? results.find((x) => !x.row && row.match(x));
    if (!r) return `| ${row.measure} | not measured in this run | ${row.baseline} | | ${row.goal} | |`;
    used.add(r);
    return `| ${row.measure}${r.measure.includes('MB') ? ` (${r.measure.match(/\d+ MB/)?.[0]} here)` : ''} | ${withSpread(r.value, r.spread, r.unit)} | ${row.baseline}: ${withSpread(r.floor, r.floorSpread, r.unit)} | ${ratioText(row, r)} | ${row.goal} | ${row.met(r) ? 'yes' : 'no'} |`;
  });
  const goals = [
    '| measure | ours: median (min-max) | baseline: median (min-max) | ratio | goal | met |',
    '|---|---|---|---|---|---|',
    ...goalLines,
  ].join('\n');
  const all = [
    '| benchmark | measure | ours: median (min-max) | floor (named): median (min-max) | ratio | goal |',
    '|---|---|---|---|---|---|',
    ...results.map(
      (r) =>
        `| ${r.bench} | ${r.measure} | ${withSpread(r.value, r.spread, r.unit)} | ${r.floorName}: ${withSpread(r.floor, r.floorSpread, r.unit)} | ${ratioText(undefined, r)} | ${r.goal ?? ''} |`,
    ),
  ].join('\n');
  return { goals, all };
}

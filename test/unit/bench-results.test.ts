import { describe, expect, it } from 'vitest';
import { tables } from '../../bench/lib/goals.mjs';
import { median, record, spread } from '../../bench/lib/results.mjs';

/** `npm run bench`'s numbers: medians and spreads from raw samples, and the goals table of every row. */
describe('bench results', () => {
  it('the median of an even count is the mean of the middle two; the spread is min-max', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(spread([4, 1, 3, 2])).toEqual([1, 4]);
  });

  it('record keeps both sides medians and spreads; a faster row carries its speed-up', () => {
    const line = record({
      bench: 'secret scan',
      row: 'scan',
      measure: 'scan of 100 MB',
      unit: 'ms',
      floorName: 'secretlint',
      samples: [900, 800, 1000],
      floorSamples: [9300, 9000, 9600],
      faster: true,
    });
    expect(line).toMatchObject({ value: 900, spread: [800, 1000], floor: 9300, floorSpread: [9000, 9600], runs: 3 });
    expect(line.speedup).toBe(10.33);
    expect(line).not.toHaveProperty('samples');
    expect(() => record({ bench: 'b', measure: 'm', unit: 'ms', floorName: 'f' })).toThrow(/give value and floor/);
  });

  it('the goals table has every row of the issue, says which are met, and which were not measured', () => {
    const scan = record({
      bench: 'secret scan',
      row: 'scan',
      measure: '`scan` of 20 MB of source, whole process',
      unit: 'ms',
      floorName: 'secretlint',
      samples: [400, 380, 450],
      floorSamples: [2100, 2000, 2300],
      faster: true,
    });
    const help = record({
      bench: 'cold start',
      measure: 'CLI: --help',
      unit: 'ms',
      floorName: 'node -e 0',
      value: 90,
      floor: 30,
    });
    const { goals, all } = tables([scan, help]);
    const rows = goals.split('\n').slice(2);
    expect(rows).toHaveLength(6);
    expect(rows[1]).toBe('| `--help` | 90 ms | `node -e 0`: 30 ms | 3.00x | <= 3x | yes |');
    expect(rows[2]).toBe(
      '| `scan` of 100 MB of source, whole process (20 MB here) | 400 ms (380-450) | secretlint + recommended preset: 2100 ms (2000-2300) | 5.3x faster | >= 10x faster | no |',
    );
    expect(rows[3]).toContain('not measured in this run');
    expect(all.split('\n')).toHaveLength(4);
  });
});

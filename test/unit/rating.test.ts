import { describe, expect, it } from 'vitest';
import { settingsForPackage } from '../../src/config/resolve.js';
import { LAYOUT_RULES } from '../../src/layout/catalog.js';
import { toFindings } from '../../src/layout/validate.js';
import { ALL_RULES, findRule, rateAll } from '../../src/rules.js';

/**
 * validate rates its findings against the layout catalog alone (src/layout/validate.ts), so the other
 * commands' catalogs stay unloaded: the same severities and fixes as rating against every rule.
 */
describe('rating layout findings against the layout catalog', () => {
  it('rule ids are unique across every catalog, so a layout id finds its layout rule either way', () => {
    const ids = ALL_RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const rule of LAYOUT_RULES) expect(findRule(rule.id)).toBe(rule);
  });

  it('toFindings gives what rateAll over every rule gives, with and without overrides', () => {
    const raw = LAYOUT_RULES.map((r, i) => ({
      rule: r.id,
      message: `m${i}`,
      ...(i % 2 ? { file: 'bin/x.js', line: i, column: 1 } : {}),
      ...(i % 3 === 0 ? { fix: 'do this' } : {}),
    }));
    const levels = ['off', 'note', 'warning', 'error'] as const;
    const overrides: Record<string, (typeof levels)[number]> = Object.fromEntries(
      LAYOUT_RULES.map((r, i) => [r.id, levels[i % 4] ?? 'error']),
    );
    for (const rules of [{}, overrides] as Record<string, (typeof levels)[number]>[]) {
      const settings = { ...settingsForPackage({}, 'pkg'), rules };
      const expected = rateAll(
        raw.map((r) => ({ ...r, file: r.file ?? 'package.json' })),
        rules,
        { prefix: 'pkg', package: 'p' },
      );
      expect(toFindings(raw, settings, 'pkg', 'p')).toEqual(expected);
    }
  });
});

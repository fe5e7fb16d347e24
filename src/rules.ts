import { LAYOUT_RULES, type RuleDoc } from './layout/catalog.js';
import { rateAllWith, rateWith, type UnratedFinding } from './rating.js';
import type { Finding, Severity } from './report/model.js';
import { DOCTOR_RULES, PLAN_RULES, PROMOTE_RULES, REGISTRY_RULES, RELEASE_RULES } from './release/catalog.js';
import { SCAN_RULES } from './scan/catalog.js';
import { SMOKE_RULES } from './smoke/catalog.js';

/** Every rule of every command, for config validation, SARIF and the docs. */
export const ALL_RULES: readonly RuleDoc[] = [
  ...LAYOUT_RULES,
  ...SMOKE_RULES,
  ...SCAN_RULES,
  ...RELEASE_RULES,
  ...PLAN_RULES,
  ...PROMOTE_RULES,
  ...REGISTRY_RULES,
  ...DOCTOR_RULES,
];

const BY_ID = new Map(ALL_RULES.map((r) => [r.id, r]));

export function findRule(id: string): RuleDoc | undefined {
  return BY_ID.get(id);
}

export type { UnratedFinding } from './rating.js';

/**
 * The one place a finding gets its severity: the config's setting for its rule,
 * else the rule's documented default; undefined when the rule is `off`. The fix
 * defaults to the rule's, and `prefix` (a package folder) is put before the file.
 */
export function rate(
  raw: UnratedFinding,
  overrides: Readonly<Record<string, Severity | 'off'>> = {},
  context: { prefix?: string; package?: string } = {},
): Finding | undefined {
  return rateWith(findRule, raw, overrides, context);
}

export function rateAll(
  raws: readonly UnratedFinding[],
  overrides?: Readonly<Record<string, Severity | 'off'>>,
  context?: { prefix?: string; package?: string },
): Finding[] {
  return rateAllWith(findRule, raws, overrides, context);
}

import { LAYOUT_RULES, type RuleDoc } from './layout/catalog.js';
import { DOCTOR_RULES, RELEASE_RULES } from './release/catalog.js';
import { SCAN_RULES } from './scan/catalog.js';
import { SMOKE_RULES } from './smoke/catalog.js';

/** Every rule of every command, for config validation, SARIF and the docs. */
export const ALL_RULES: readonly RuleDoc[] = [...LAYOUT_RULES, ...SMOKE_RULES, ...SCAN_RULES, ...RELEASE_RULES, ...DOCTOR_RULES];

const BY_ID = new Map(ALL_RULES.map((r) => [r.id, r]));

export function findRule(id: string): RuleDoc | undefined {
  return BY_ID.get(id);
}

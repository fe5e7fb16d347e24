import { LAYOUT_RULES, type RuleDoc } from './layout/catalog.js';
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

/** A finding as a check produces it: no severity yet, `file` relative to where the check looked. */
export interface UnratedFinding {
  rule: string;
  message: string;
  file?: string;
  line?: number;
  column?: number;
  fix?: string;
  evidence?: string;
}

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
  const configured = overrides[raw.rule];
  if (configured === 'off') return undefined;
  const doc = BY_ID.get(raw.rule);
  const fix = raw.fix ?? doc?.fix;
  const prefix = context.prefix && context.prefix !== '.' ? `${context.prefix}/` : '';
  return {
    rule: raw.rule,
    severity: configured ?? doc?.severity ?? 'error',
    message: raw.message,
    ...(raw.file !== undefined ? { file: `${prefix}${raw.file}` } : {}),
    ...(raw.line !== undefined ? { line: raw.line } : {}),
    ...(raw.column !== undefined ? { column: raw.column } : {}),
    ...(fix ? { fix } : {}),
    ...(context.package ? { package: context.package } : {}),
    ...(raw.evidence ? { evidence: raw.evidence } : {}),
  };
}

export function rateAll(
  raws: readonly UnratedFinding[],
  overrides?: Readonly<Record<string, Severity | 'off'>>,
  context?: { prefix?: string; package?: string },
): Finding[] {
  return raws.flatMap((raw) => rate(raw, overrides, context) ?? []);
}

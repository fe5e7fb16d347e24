import type { RuleDoc } from './layout/catalog.js';
import type { Finding, Severity } from './report/model.js';

/*
 * How a finding gets its severity, given where its rule's documentation is found: src/rules.ts rates
 * against every rule of every command; a command that knows its own rules can rate against those
 * alone and leave the other catalogs unloaded (src/layout/validate.ts).
 */

/** The documentation of a rule by its id. */
export type RuleLookup = (id: string) => RuleDoc | undefined;

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
 * else the rule's documented default (found by `findRule`); undefined when the
 * rule is `off`. The fix defaults to the rule's, and `prefix` (a package folder)
 * is put before the file.
 */
export function rateWith(
  findRule: RuleLookup,
  raw: UnratedFinding,
  overrides: Readonly<Record<string, Severity | 'off'>> = {},
  context: { prefix?: string; package?: string } = {},
): Finding | undefined {
  const configured = overrides[raw.rule];
  if (configured === 'off') return undefined;
  const doc = findRule(raw.rule);
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

/** rateWith over a list, the `off` ones dropped. */
export function rateAllWith(
  findRule: RuleLookup,
  raws: readonly UnratedFinding[],
  overrides?: Readonly<Record<string, Severity | 'off'>>,
  context?: { prefix?: string; package?: string },
): Finding[] {
  return raws.flatMap((raw) => rateWith(findRule, raw, overrides, context) ?? []);
}

import type { ResolvedSettings } from '../config/resolve.js';
import { JsonLocator } from '../util/json-position.js';
import type { LayoutRuleId } from './catalog.js';
import type { PackageManagerName } from '../workspace/package-manager.js';
import type { PackageFacts } from './facts.js';
import type { Manifest } from './references.js';

/** A finding before severity is applied; `file` is relative to the package folder. */
export interface RawFinding {
  rule: LayoutRuleId;
  message: string;
  file?: string;
  line?: number;
  column?: number;
  fix?: string;
}

export interface RuleContext {
  facts: PackageFacts;
  manifest: Manifest;
  settings: ResolvedSettings;
  /** Packed file paths, or undefined when `npm pack --dry-run` failed. */
  packed: Set<string> | undefined;
  /** The repository's package manager: its pack decides which dependency protocols reach the registry. */
  packManager: PackageManagerName;
  /** A finding located at a package.json field. */
  at(rule: LayoutRuleId, jsonPath: readonly (string | number)[], message: string, fix?: string): RawFinding;
}

export type LayoutCheck = (ctx: RuleContext) => RawFinding[];

export function createContext(
  facts: PackageFacts,
  manifest: Manifest,
  settings: ResolvedSettings,
  packManager: PackageManagerName = 'npm',
): RuleContext {
  const text = facts.packageJson.kind === 'ok' ? facts.packageJson.text : '';
  const locator = new JsonLocator(text);
  const packed = facts.pack?.ok ? new Set(facts.pack.pack.files.map((f) => f.path)) : undefined;
  return {
    facts,
    manifest,
    settings,
    packed,
    packManager,
    at(rule, jsonPath, message, fix) {
      const pos = locator.at(jsonPath);
      return { rule, message, file: 'package.json', line: pos.line, column: pos.column, ...(fix ? { fix } : {}) };
    },
  };
}

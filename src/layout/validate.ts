import type { PackageManagerName } from '../workspace/package-manager.js';
import type { ResolvedSettings } from '../config/resolve.js';
import type { Finding } from '../report/model.js';
import { rateAllWith } from '../rating.js';
import type { PackageKind } from '../workspace/classify.js';
import { LAYOUT_RULES, SERVER_ONLY_LAYOUT_RULES, type RuleDoc } from './catalog.js';
import { createContext, type LayoutCheck, type RawFinding } from './context.js';
import type { PackageFacts } from './facts.js';
import { checkBin } from './rules/bin.js';
import { checkBuildOutput } from './rules/build-output.js';
import { checkDependencySources } from './rules/dependencies.js';
import { checkEngines } from './rules/engines.js';
import { checkEntries, checkModuleType } from './rules/entries.js';
import { checkLicense } from './rules/license.js';
import { checkFilesAllowlist, checkFilesEntries, checkPackedFiles, checkTarballSize } from './rules/packed-files.js';
import { checkPack, checkPackageIdentity } from './rules/package-json.js';
import { checkReadme } from './rules/readme.js';
import { checkRepository } from './rules/repository.js';
import { checkServerJson } from './rules/server-json.js';

const CHECKS: readonly LayoutCheck[] = [
  checkPackageIdentity,
  checkPack,
  checkBin,
  checkBuildOutput,
  checkEntries,
  checkModuleType,
  checkEngines,
  checkPackedFiles,
  checkFilesEntries,
  checkFilesAllowlist,
  checkTarballSize,
  checkLicense,
  checkRepository,
  checkDependencySources,
  checkServerJson,
  checkReadme,
];

/**
 * Every layout rule over one package's facts. Pure: no I/O. A library is
 * checked as a library: the server-only rules (catalog.ts) do not run.
 */
export function runLayoutChecks(
  facts: PackageFacts,
  settings: ResolvedSettings,
  kind: PackageKind = 'server',
  packManager: PackageManagerName = 'npm',
): RawFinding[] {
  const pj = facts.packageJson;
  if (pj.kind === 'missing')
    return [{ rule: 'layout/package-json-missing', message: 'no package.json in this folder' }];
  if (pj.kind === 'invalid') {
    return [
      {
        rule: 'layout/package-json-invalid',
        message: `package.json is not valid JSON: ${pj.message}`,
        file: 'package.json',
        line: pj.line,
        column: pj.column,
      },
    ];
  }
  if (!facts.manifest) {
    return [
      {
        rule: 'layout/package-json-invalid',
        message: 'package.json must contain a JSON object',
        file: 'package.json',
        line: 1,
        column: 1,
      },
    ];
  }
  const ctx = createContext(facts, facts.manifest, settings, packManager);
  const raw = CHECKS.flatMap((check) => check(ctx));
  return kind === 'library' ? raw.filter((f) => !SERVER_ONLY_LAYOUT_RULES.has(f.rule)) : raw;
}

/** The layout rules by id: the layout findings' documentation, without the other commands' catalogs. */
const LAYOUT_BY_ID = new Map<string, RuleDoc>(LAYOUT_RULES.map((r) => [r.id, r]));

/** Severity from the config or the rule, `off` rules dropped, paths relative to the command's folder. */
export function toFindings(
  raw: readonly RawFinding[],
  settings: ResolvedSettings,
  relDir: string,
  packageName: string | undefined,
): Finding[] {
  return rateAllWith(
    (id) => LAYOUT_BY_ID.get(id),
    raw.map((r) => ({ ...r, file: r.file ?? 'package.json' })),
    settings.rules,
    { prefix: relDir, ...(packageName ? { package: packageName } : {}) },
  );
}

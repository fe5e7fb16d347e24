import type { ResolvedSettings } from '../config/resolve.js';
import type { Finding, Severity } from '../report/model.js';
import { layoutRule } from './catalog.js';
import { createContext, type LayoutCheck, type RawFinding } from './context.js';
import type { PackageFacts } from './facts.js';
import { checkBin } from './rules/bin.js';
import { checkDependencySources } from './rules/dependencies.js';
import { checkEngines } from './rules/engines.js';
import { checkEntries, checkModuleType } from './rules/entries.js';
import { checkLicense } from './rules/license.js';
import { checkPackedFiles, checkTarballSize } from './rules/packed-files.js';
import { checkPack, checkPackageIdentity } from './rules/package-json.js';
import { checkReadme } from './rules/readme.js';
import { checkRepository } from './rules/repository.js';
import { checkServerJson } from './rules/server-json.js';

const CHECKS: readonly LayoutCheck[] = [
  checkPackageIdentity,
  checkPack,
  checkBin,
  checkEntries,
  checkModuleType,
  checkEngines,
  checkPackedFiles,
  checkTarballSize,
  checkLicense,
  checkRepository,
  checkDependencySources,
  checkServerJson,
  checkReadme,
];

/** Every layout rule over one package's facts. Pure: no I/O. */
export function runLayoutChecks(facts: PackageFacts, settings: ResolvedSettings): RawFinding[] {
  const pj = facts.packageJson;
  if (pj.kind === 'missing') return [{ rule: 'layout/package-json-missing', message: 'no package.json in this folder' }];
  if (pj.kind === 'invalid') {
    return [{ rule: 'layout/package-json-invalid', message: `package.json is not valid JSON: ${pj.message}`, file: 'package.json', line: pj.line, column: pj.column }];
  }
  if (!facts.manifest) {
    return [{ rule: 'layout/package-json-invalid', message: 'package.json must contain a JSON object', file: 'package.json', line: 1, column: 1 }];
  }
  const ctx = createContext(facts, facts.manifest, settings);
  return CHECKS.flatMap((check) => check(ctx));
}

/**
 * Give each raw finding its severity (rule default, then config), drop rules set to
 * `off`, and make file paths relative to the command's directory.
 */
export function toFindings(raw: readonly RawFinding[], settings: ResolvedSettings, relDir: string, packageName: string | undefined): Finding[] {
  const out: Finding[] = [];
  for (const r of raw) {
    const doc = layoutRule(r.rule);
    const configured = settings.rules[r.rule];
    if (configured === 'off') continue;
    const severity: Severity = configured ?? doc.severity;
    const file = joinRel(relDir, r.file ?? 'package.json');
    out.push({
      rule: r.rule,
      severity,
      message: r.message,
      file,
      ...(r.line !== undefined ? { line: r.line } : {}),
      ...(r.column !== undefined ? { column: r.column } : {}),
      fix: r.fix ?? doc.fix,
      ...(packageName ? { package: packageName } : {}),
    });
  }
  return out;
}

function joinRel(relDir: string, file: string): string {
  return relDir === '.' ? file : `${relDir}/${file}`;
}

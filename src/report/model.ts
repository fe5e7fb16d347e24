/**
 * The Report model shared by every command and every reporter.
 * Plain data only: a command returns a Report, reporters render it.
 */

export const SEVERITIES = ['error', 'warning', 'note'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** The lowest severity that makes a run fail; `never` only reports. */
export const FAIL_ON_LEVELS = ['error', 'warning', 'note', 'never'] as const;
export type FailOn = (typeof FAIL_ON_LEVELS)[number];

export interface Finding {
  /** Stable, documented id such as `layout/bin-shebang`. */
  rule: string;
  severity: Severity;
  message: string;
  /** Path relative to the directory the command was run on (POSIX separators). */
  file?: string;
  line?: number;
  column?: number;
  /** How to fix it, one sentence. */
  fix?: string;
  /** The package name the finding belongs to (set for every package-level finding). */
  package?: string;
  /** What was observed, verbatim and short: a stderr tail, the offending bytes. */
  evidence?: string;
}

/** A small table a command attaches to a package (e.g. the tools a server lists). */
export interface ReportTable {
  title: string;
  columns: string[];
  rows: string[][];
}

/** One package's share of a command run (a monorepo has several). */
export interface PackageReport {
  name: string;
  version?: string;
  /** Package folder relative to the command's directory; `.` for the root package. */
  dir: string;
  ok: boolean;
  findings: Finding[];
  /**
   * What the command did to or for this package, one sentence each, said before
   * its findings: the tarball it wrote, where it published (or that it was there
   * already, or what a dry run would run).
   */
  outcome?: string[];
  tables?: ReportTable[];
}

export interface Report {
  command: string;
  ok: boolean;
  findings: Finding[];
  /** Keyed exactly like the action's outputs (kebab-case), values are strings. */
  outputs: Record<string, string>;
  /** Milliseconds per phase. */
  timings: Record<string, number>;
  packages: PackageReport[];
  /** Things the reader should know that are not findings (skipped packages, ...). */
  notes: string[];
  /** A document the command produced for a pipe (release notes): the CLI prints it alone on stdout. */
  text?: string;
}

/**
 * The note for a check that did not run: which check, why, and how to turn it
 * on when the user can. Every skipped check says so in the report.
 */
export function skippedCheck(check: string, why: string, enable?: string): string {
  return `skipped ${check}: ${why}${enable ? ` (to run it: ${enable})` : ''}`;
}

const RANK: Record<Severity, number> = { error: 3, warning: 2, note: 1 };

/** True when a finding of this severity makes the run fail under `failOn`. */
export function failsAt(severity: Severity, failOn: FailOn): boolean {
  if (failOn === 'never') return false;
  return RANK[severity] >= RANK[failOn];
}

export function isOk(findings: readonly Finding[], failOn: FailOn): boolean {
  return !findings.some((f) => failsAt(f.severity, failOn));
}

export function countBySeverity(findings: readonly Finding[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, note: 0 };
  for (const f of findings) counts[f.severity] += 1;
  return counts;
}

/** Sort for display: by severity (worst first), then file, line, rule. */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort(
    (a, b) =>
      RANK[b.severity] - RANK[a.severity] ||
      (a.file ?? '').localeCompare(b.file ?? '') ||
      (a.line ?? 0) - (b.line ?? 0) ||
      a.rule.localeCompare(b.rule),
  );
}

import { countBySeverity, sortFindings, type Finding, type Report, type ReportTable, type Severity } from './model.js';

export interface TerminalOptions {
  color: boolean;
}

const MARK: Record<Severity, string> = { error: '✖', warning: '⚠', note: 'ℹ' };
const COLOR: Record<Severity, string> = { error: '31', warning: '33', note: '36' };

/** The human report: per package, each finding with where, what and how to fix. */
export function renderTerminal(report: Report, options: TerminalOptions): string {
  const paint = (code: string, text: string): string => (options.color ? `\u001b[${code}m${text}\u001b[0m` : text);
  const lines: string[] = [];
  for (const pkg of report.packages) {
    const id = `${pkg.name}${pkg.version ? `@${pkg.version}` : ''}`;
    const header = pkg.dir === '.' || pkg.dir === id ? id : `${id}  (${pkg.dir})`;
    lines.push(paint('1', header));
    // A line that starts with spaces continues the one before it (the commands a dry run would run).
    for (const line of pkg.outcome ?? [])
      lines.push(line.startsWith(' ') ? `    ${line}` : `  ${paint('1', '→')} ${line}`);
    if (pkg.findings.length === 0 && !pkg.outcome?.length) lines.push(`  ${paint('32', '✔')} no findings`);
    for (const f of sortFindings(pkg.findings)) lines.push(...renderFinding(f, paint));
    for (const table of pkg.tables ?? []) lines.push(...renderTable(table, paint));
    lines.push('');
  }
  for (const note of report.notes) lines.push(`${paint('2', 'note:')} ${note}`);
  const counts = countBySeverity(report.findings);
  const summary = `${plural(counts.error, 'error')}, ${plural(counts.warning, 'warning')}, ${plural(counts.note, 'note')}`;
  const seconds = ((report.timings.total ?? 0) / 1000).toFixed(1);
  lines.push(
    report.ok
      ? paint('32', `✔ ${report.command}: passed (${summary}) in ${seconds} s`)
      : paint('31', `✖ ${report.command}: failed (${summary}) in ${seconds} s`),
  );
  return lines.join('\n');
}

function renderFinding(f: Finding, paint: (code: string, text: string) => string): string[] {
  const where = f.file ? `${f.file}${f.line ? `:${f.line}${f.column ? `:${f.column}` : ''}` : ''}` : '';
  const out = [
    `  ${paint(COLOR[f.severity], `${MARK[f.severity]} ${f.severity.padEnd(7)}`)} ${paint('2', f.rule)}  ${where}`,
    `      ${f.message}`,
  ];
  if (f.fix) out.push(`      ${paint('2', `fix: ${f.fix}`)}`);
  if (f.evidence) {
    const evidence = f.evidence.split('\n').slice(-8);
    out.push(`      ${paint('2', 'evidence:')}`, ...evidence.map((l) => `        ${paint('2', `| ${l}`)}`));
  }
  return out;
}

function renderTable(table: ReportTable, paint: (code: string, text: string) => string): string[] {
  const widths = table.columns.map((c, i) =>
    Math.min(40, Math.max(c.length, ...table.rows.map((r) => (r[i] ?? '').length))),
  );
  const row = (cells: string[]): string =>
    `    ${cells.map((c, i) => c.slice(0, 60).padEnd(widths[i] ?? 0)).join('  ')}`.trimEnd();
  return [`  ${paint('1', table.title)}`, paint('2', row(table.columns)), ...table.rows.map(row)];
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

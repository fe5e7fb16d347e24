import { codeSpan, escapeMarkdownInline } from '../util/markdown.js';
import { joinPrefix } from './annotations.js';
import { countBySeverity, sortFindings, type Finding, type Report, type Severity } from './model.js';

const ICON: Record<Severity, string> = { error: '🔴', warning: '🟡', note: '🔵' };

/**
 * GitHub does not upload a job summary over 1 MiB (docs, workflow commands,
 * "Adding a job summary": each step is restricted to a maximum size of 1 MiB),
 * so the summary stays under this many UTF-8 bytes and says what it left out.
 */
export const SUMMARY_MAX_BYTES = 1_000_000;
/** Longest text of one cell or evidence block: one huge message must not crowd out every other finding. */
const CELL_MAX_CHARS = 4000;
const EVIDENCE_MAX_CHARS = 10_000;

export interface SummaryOptions {
  /** UTF-8 bytes (default SUMMARY_MAX_BYTES). */
  maxBytes?: number;
  /** Where the full report is, named in the note when findings are cut. */
  reportFile?: string;
}

/**
 * A piece of the summary that is kept or dropped whole: a heading, a table
 * row, a <details> block. Cutting between units never leaves half a row or
 * an unclosed element, nor half a multi-byte character.
 */
interface Unit {
  text: string;
  /** Findings this unit shows (1 for a finding row). */
  findings: number;
}

/**
 * Job summary markdown (GITHUB_STEP_SUMMARY). All finding text is escaped.
 * `prefix` makes paths relative to the workspace, like the annotations.
 */
export function renderSummary(report: Report, prefix = '', options: SummaryOptions = {}): string {
  const units = summaryUnits(report, prefix);
  const notes = report.notes.map((note) => ({ text: `> ${escape(clip(note, CELL_MAX_CHARS))}\n\n`, findings: 0 }));
  return fitUnits([...units, ...notes], options.maxBytes ?? SUMMARY_MAX_BYTES, options.reportFile);
}

function summaryUnits(report: Report, prefix: string): Unit[] {
  const counts = countBySeverity(report.findings);
  const units: Unit[] = [
    {
      text: `### ${report.ok ? '✅' : '❌'} mcp-release ${report.command}\n\n${counts.error} error(s), ${counts.warning} warning(s), ${counts.note} note(s) in ${report.packages.length} package(s).\n\n`,
      findings: 0,
    },
  ];
  for (const pkg of report.packages) {
    units.push({
      text: `#### ${pkg.ok ? '✅' : '❌'} ${codeSpan(pkg.name)}${pkg.version ? ` ${escape(pkg.version)}` : ''}${pkg.dir === '.' ? '' : ` (${escape(pkg.dir)})`}\n\n${pkg.outcome?.length ? pkg.outcome.map((line) => `- ${escape(clip(line, CELL_MAX_CHARS))}\n`).join('') + '\n' : ''}${pkg.findings.length === 0 && !pkg.outcome?.length ? 'No findings.\n\n' : ''}`,
      findings: 0,
    });
    const sorted = sortFindings(pkg.findings);
    if (sorted.length) units.push({ text: '| | Rule | Where | Finding | Fix |\n|---|---|---|---|---|\n', findings: 0 });
    for (const f of sorted) units.push({ text: `${findingRow(f, prefix)}\n`, findings: 1 });
    units.push({ text: '\n', findings: 0 });
    for (const f of sorted.filter((x) => x.evidence)) {
      units.push({
        text: `<details><summary>Evidence: ${escapeHtml(f.rule)}</summary>\n\n<pre>${escapeHtml(clip(f.evidence ?? '', EVIDENCE_MAX_CHARS))}</pre>\n\n</details>\n\n`,
        findings: 0,
      });
    }
    for (const table of pkg.tables ?? []) {
      units.push({
        text: `**${escape(table.title)}**\n\n| ${table.columns.map(escape).join(' | ')} |\n|${table.columns.map(() => '---').join('|')}|\n`,
        findings: 0,
      });
      for (const row of table.rows)
        units.push({ text: `| ${row.map((cell) => escape(clip(cell, CELL_MAX_CHARS))).join(' | ')} |\n`, findings: 0 });
      units.push({ text: '\n', findings: 0 });
    }
  }
  return units;
}

function findingRow(f: Finding, prefix: string): string {
  const where = f.file ? codeSpan(`${joinPrefix(prefix, f.file)}${f.line ? `:${f.line}` : ''}`, { table: true }) : '';
  return `| ${ICON[f.severity]} | ${codeSpan(f.rule, { table: true })} | ${where} | ${escape(clip(f.message, CELL_MAX_CHARS))} | ${escape(clip(f.fix ?? '', CELL_MAX_CHARS))} |`;
}

/** Room kept for the closing note. */
const NOTE_RESERVE_BYTES = 1000;

/** Whole units in order while they fit; then a note of how many findings were not shown and where they are. */
export function fitUnits(units: readonly Unit[], maxBytes: number, reportFile?: string): string {
  const total = units.reduce((sum, u) => sum + Buffer.byteLength(u.text), 0);
  if (total <= maxBytes) return units.map((u) => u.text).join('');
  const budget = maxBytes - NOTE_RESERVE_BYTES;
  const kept: string[] = [];
  let used = 0;
  let cutFindings = 0;
  let cutOther = 0;
  for (const unit of units) {
    const size = Buffer.byteLength(unit.text);
    if (used + size <= budget && cutFindings + cutOther === 0) {
      kept.push(unit.text);
      used += size;
    } else if (unit.findings) cutFindings += unit.findings;
    else cutOther += 1;
  }
  const where = reportFile
    ? `the full report is in ${escape(reportFile)}`
    : 'the full report is in the report file (output `report-file`)';
  const note = `\n> [!NOTE]\n> The job summary is cut to stay under GitHub's limit of 1 MiB per step: ${cutFindings} finding(s) not shown; ${where}.\n`;
  return `${kept.join('')}${note}`;
}

/** At most `max` UTF-16 units, never half a surrogate pair, with a mark when cut. */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = max;
  const code = text.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end -= 1;
  return `${text.slice(0, end)}… (${text.length - end} more characters)`;
}

export const escape = escapeMarkdownInline;

/** For text inside HTML elements (<pre>): only &, < and > matter there. */
function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

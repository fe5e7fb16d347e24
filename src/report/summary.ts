import { escapeMarkdownInline } from '../util/markdown.js';
import { joinPrefix } from './annotations.js';
import { countBySeverity, sortFindings, type Report, type Severity } from './model.js';

const ICON: Record<Severity, string> = { error: '🔴', warning: '🟡', note: '🔵' };

/**
 * Job summary markdown (GITHUB_STEP_SUMMARY). All finding text is escaped.
 * `prefix` makes paths relative to the workspace, like the annotations.
 */
export function renderSummary(report: Report, prefix = ''): string {
  const counts = countBySeverity(report.findings);
  const lines = [
    `### ${report.ok ? '✅' : '❌'} mcp-release ${report.command}`,
    '',
    `${counts.error} error(s), ${counts.warning} warning(s), ${counts.note} note(s) in ${report.packages.length} package(s).`,
    '',
  ];
  for (const pkg of report.packages) {
    lines.push(`#### ${pkg.ok ? '✅' : '❌'} \`${escapeCode(pkg.name)}\`${pkg.version ? ` ${escape(pkg.version)}` : ''}${pkg.dir === '.' ? '' : ` (${escape(pkg.dir)})`}`, '');
    if (pkg.findings.length === 0) lines.push('No findings.', '');
    const sorted = sortFindings(pkg.findings);
    if (sorted.length) lines.push('| | Rule | Where | Finding | Fix |', '|---|---|---|---|---|');
    for (const f of sorted) {
      const where = f.file ? `\`${escapeCode(joinPrefix(prefix, f.file))}${f.line ? `:${f.line}` : ''}\`` : '';
      lines.push(`| ${ICON[f.severity]} | \`${escapeCode(f.rule)}\` | ${where} | ${escape(f.message)} | ${escape(f.fix ?? '')} |`);
    }
    lines.push('');
    for (const f of sorted.filter((x) => x.evidence)) {
      lines.push(`<details><summary>Evidence: ${escapeHtml(f.rule)}</summary>`, '', `<pre>${escapeHtml(f.evidence ?? '')}</pre>`, '', '</details>', '');
    }
    for (const table of pkg.tables ?? []) {
      lines.push(`**${escape(table.title)}**`, '', `| ${table.columns.map(escape).join(' | ')} |`, `|${table.columns.map(() => '---').join('|')}|`);
      for (const row of table.rows) lines.push(`| ${row.map(escape).join(' | ')} |`);
      lines.push('');
    }
  }
  for (const note of report.notes) lines.push(`> ${escape(note)}`, '');
  return `${lines.join('\n')}\n`;
}

export const escape = escapeMarkdownInline;

/** For text inside HTML elements (<pre>): only &, < and > matter there. */
function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function escapeCode(text: string): string {
  return text.replace(/[\r\n]+/g, ' ').replace(/`/g, "'").replace(/\|/g, '\\|');
}

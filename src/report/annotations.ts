import type { Finding, Report, Severity } from './model.js';

export interface Annotation {
  level: 'error' | 'warning' | 'notice';
  message: string;
  title: string;
  file?: string;
  startLine?: number;
  startColumn?: number;
}

const LEVEL: Record<Severity, Annotation['level']> = { error: 'error', warning: 'warning', note: 'notice' };

/**
 * GitHub annotations for a report. Paths are made relative to the workspace
 * (`prefix` is the command directory relative to it) so they land on the right file.
 */
export function toAnnotations(
  report: Report,
  prefix = '',
  options: { perLevel?: number; reportFile?: string } = {},
): Annotation[] {
  return limitPerLevel(
    report.findings.map((f) => toAnnotation(f, prefix)),
    options.perLevel ?? ANNOTATIONS_PER_LEVEL,
    options.reportFile,
  );
}

/**
 * The GitHub UI shows at most 10 annotations of each level per step and drops
 * the rest without a word (github.com/orgs/community/discussions/68471), so the
 * 10th of a level says how many more there are and where to read them.
 */
export const ANNOTATIONS_PER_LEVEL = 10;

const PLURAL: Record<Annotation['level'], string> = { error: 'errors', warning: 'warnings', notice: 'notices' };

/** The first `max - 1` of each level, then one annotation that counts the rest and says where they are. Pure. */
export function limitPerLevel(annotations: readonly Annotation[], max: number, reportFile?: string): Annotation[] {
  const total: Record<string, number> = {};
  for (const a of annotations) total[a.level] = (total[a.level] ?? 0) + 1;
  const seen: Record<string, number> = {};
  const out: Annotation[] = [];
  for (const a of annotations) {
    const n = (seen[a.level] = (seen[a.level] ?? 0) + 1);
    const count = total[a.level] ?? 0;
    if (count <= max || n < max) out.push(a);
    else if (n === max) {
      const rest = count - max + 1;
      out.push({
        level: a.level,
        title: `mcp-release: ${rest} more ${PLURAL[a.level]}`,
        message: `and ${rest} more ${PLURAL[a.level]}: see the job summary${reportFile ? ` or ${reportFile}` : ' or the report file (output `report-file`)'}`,
      });
    }
  }
  return out;
}

function toAnnotation(f: Finding, prefix: string): Annotation {
  const file = f.file ? joinPrefix(prefix, f.file) : undefined;
  return {
    level: LEVEL[f.severity],
    title: f.rule,
    message: f.fix ? `${f.message}\nFix: ${f.fix}` : f.message,
    ...(file ? { file } : {}),
    ...(f.line ? { startLine: f.line } : {}),
    ...(f.column ? { startColumn: f.column } : {}),
  };
}

export function joinPrefix(prefix: string, file: string): string {
  const clean = prefix
    .replace(/\\/g, '/')
    .replace(/^\.\/?/, '')
    .replace(/\/+$/, '');
  return clean ? `${clean}/${file}` : file;
}

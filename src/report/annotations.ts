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
export function toAnnotations(report: Report, prefix = ''): Annotation[] {
  return report.findings.map((f) => toAnnotation(f, prefix));
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
  const clean = prefix.replace(/\\/g, '/').replace(/^\.\/?/, '').replace(/\/+$/, '');
  return clean ? `${clean}/${file}` : file;
}

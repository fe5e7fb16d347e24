import { createHash } from 'node:crypto';
import { findRule } from '../rules.js';
import { joinPrefix } from './annotations.js';
import type { Report, Severity } from './model.js';

export const SARIF_SCHEMA =
  'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', note: 'note' };

export interface SarifOptions {
  toolVersion: string;
  /** Command directory relative to the repository root, so URIs resolve from %SRCROOT%. */
  prefix?: string;
}

/** SARIF 2.1.0 log for code scanning: one run, the rules that fired, one result per finding. */
export function toSarif(report: Report, options: SarifOptions): Record<string, unknown> {
  const ruleIds = [...new Set(report.findings.map((f) => f.rule))].sort();
  const rules = ruleIds.map((id) => {
    const doc = findRule(id);
    return {
      id,
      name: id.replace(/[^A-Za-z0-9]+(.)?/g, (_m, c: string | undefined) => (c ? c.toUpperCase() : '')),
      shortDescription: { text: doc?.summary ?? id },
      help: { text: doc?.fix ?? '' },
      defaultConfiguration: { level: LEVEL[doc?.severity ?? 'warning'] },
    };
  });
  const results = report.findings.map((f) => ({
    ruleId: f.rule,
    ruleIndex: ruleIds.indexOf(f.rule),
    level: LEVEL[f.severity],
    message: { text: f.fix ? `${f.message}. Fix: ${f.fix}` : f.message },
    // Code scanning needs a location on every result; package.json is where a package-level finding is fixed.
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: joinPrefix(options.prefix ?? '', f.file ?? 'package.json'), uriBaseId: '%SRCROOT%' },
          region: { startLine: f.line ?? 1, ...(f.column ? { startColumn: f.column } : {}) },
        },
      },
    ],
    // Stable across runs and unrelated edits: no line number in it.
    partialFingerprints: {
      'mcpReleaseFinding/v1': createHash('sha256')
        .update(`${f.rule}\u0000${f.file ?? ''}\u0000${f.message}`)
        .digest('hex')
        .slice(0, 32),
    },
    ...(f.package || f.evidence
      ? {
          properties: { ...(f.package ? { package: f.package } : {}), ...(f.evidence ? { evidence: f.evidence } : {}) },
        }
      : {}),
  }));
  return {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: { name: 'mcp-release', semanticVersion: options.toolVersion, version: options.toolVersion, rules },
        },
        automationDetails: { id: `mcp-release/${report.command}/` },
        results,
      },
    ],
  };
}

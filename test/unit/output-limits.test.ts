import { describe, expect, it } from 'vitest';
import { capOutputs, OUTPUTS_MAX_UTF16_BYTES } from '../../src/action/run-action.js';
import { limitPerLevel, toAnnotations } from '../../src/report/annotations.js';
import type { Finding, Report, Severity } from '../../src/report/model.js';
import { clip, renderSummary, SUMMARY_MAX_BYTES } from '../../src/report/summary.js';

/** A report as a secret scan of a huge repository gives it: findings with multi-byte text. */
function hugeReport(count: number): Report {
  const severities: Severity[] = ['error', 'warning', 'note'];
  const findings: Finding[] = Array.from({ length: count }, (_, i) => ({
    rule: 'secret/generic',
    severity: severities[i % 3] as Severity,
    message: `clé trouvée 🔑 dans le fichier n°${i} (東京)`,
    file: `src/f${String(i).padStart(6, '0')}.ts`,
    line: i + 1,
    fix: 'Remove it | rotate it',
  }));
  return {
    command: 'scan',
    ok: false,
    findings,
    outputs: {},
    timings: {},
    packages: [{ name: 'big', dir: '.', ok: false, findings }],
    notes: ['a note at the end'],
  };
}

describe('GitHub output limits', () => {
  it('a summary of 100k findings stays under 1 MB of UTF-8, cut between rows, and says what it left out', () => {
    const report = hugeReport(100_000);
    const md = renderSummary(report, '', { reportFile: '/tmp/runner/mcp-release/scan-report.json' });
    const bytes = Buffer.byteLength(md);
    expect(bytes).toBeLessThanOrEqual(SUMMARY_MAX_BYTES);
    expect(bytes).toBeGreaterThan(SUMMARY_MAX_BYTES - 5000);
    // No character was cut in half: the bytes decode back to the same text.
    expect(Buffer.from(md, 'utf8').toString('utf8')).toBe(md);
    expect(md).not.toContain('\uFFFD');
    const [body, note] = md.split('\n> [!NOTE]\n');
    const rows = (body ?? '')
      .split('\n')
      .filter((l) => l.startsWith('| 🔴') || l.startsWith('| 🟡') || l.startsWith('| 🔵'));
    expect(rows.every((r) => r.endsWith(' |'))).toBe(true);
    expect((body ?? '').endsWith(' |\n')).toBe(true);
    expect(note).toBe(
      `> The job summary is cut to stay under GitHub's limit of 1 MiB per step: ${100_000 - rows.length} finding(s) not shown; the full report is in /tmp/runner/mcp-release/scan-report.json.\n`,
    );
  });

  it('a small summary is not touched; one giant message is clipped so it cannot crowd out the rest', () => {
    const small = hugeReport(3);
    expect(renderSummary(small)).not.toContain('[!NOTE]');
    small.findings[0] = { ...(small.findings[0] as Finding), message: '😀'.repeat(1_000_000) };
    small.packages[0] = { ...(small.packages[0] as Report['packages'][number]), findings: small.findings };
    const md = renderSummary(small);
    expect(Buffer.byteLength(md)).toBeLessThan(20_000);
    expect(md).toContain('more characters)');
    expect(md).toContain('n°2');
    expect(clip('a😀b', 2)).toBe('a… (3 more characters)');
  });

  it('100k findings give 10 annotations per level, the 10th counting the rest', () => {
    const annotations = toAnnotations(hugeReport(100_000), '', { reportFile: 'report.json' });
    expect(annotations).toHaveLength(30);
    for (const level of ['error', 'warning', 'notice'] as const) {
      const of = annotations.filter((a) => a.level === level);
      expect(of).toHaveLength(10);
      expect(of.slice(0, 9).every((a) => a.title === 'secret/generic')).toBe(true);
    }
    const lastError = annotations.filter((a) => a.level === 'error')[9];
    expect(lastError?.message).toBe(`and ${33_334 - 9} more errors: see the job summary or report.json`);
    // Exactly 10 of a level: all shown, none summarised.
    const ten = Array.from({ length: 10 }, (_, i) => ({ level: 'warning' as const, title: 't', message: String(i) }));
    expect(limitPerLevel(ten, 10)).toEqual(ten);
  });

  it('outputs: small ones whole, a huge one cut with a mark, the total within the budget', () => {
    const outputs = {
      ok: 'true',
      tools: JSON.stringify(Array.from({ length: 200_000 }, (_, i) => `tool-${i}-ツール`)),
      other: 'x'.repeat(100_000),
    };
    const { outputs: capped, cut } = capOutputs(outputs);
    expect(Object.keys(capped)).toEqual(['ok', 'tools', 'other']);
    expect(capped.ok).toBe('true');
    expect(capped.other).toBe(outputs.other);
    expect(cut).toEqual(['tools']);
    expect(capped.tools).toMatch(
      /…\[cut: \d+ more characters; GitHub keeps at most 1 MB of outputs per job; the full value is in the report file\]$/,
    );
    const total = Object.values(capped).reduce((sum, v) => sum + v.length * 2, 0);
    expect(total).toBeLessThanOrEqual(OUTPUTS_MAX_UTF16_BYTES);
    expect(capOutputs({ a: 'b' })).toEqual({ outputs: { a: 'b' }, cut: [] });
  });
});

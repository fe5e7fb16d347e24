export const AUDIT_LEVELS = ['low', 'moderate', 'high', 'critical'] as const;
export type AuditLevel = (typeof AUDIT_LEVELS)[number];

export interface Vulnerability {
  name: string;
  severity: AuditLevel | 'info';
  range: string;
  via: string[];
  fixAvailable: boolean;
}

export type AuditOutcome = { ok: true; vulnerabilities: Vulnerability[] } | { ok: false; reason: string };

/** Pure: the audit outcome from npm's output. */
export function parseAuditJson(stdout: string, stderr = ''): AuditOutcome {
  let json: Record<string, unknown>;
  try {
    json = JSON.parse(stdout.slice(Math.max(0, stdout.indexOf('{')))) as Record<string, unknown>;
  } catch {
    return {
      ok: false,
      reason: `npm audit printed no JSON${
        stderr
          ? `: ${
              stderr
                .split('\n')
                .find((l) => l.trim() && !/^npm warn/i.test(l))
                ?.trim() ?? ''
            }`
          : ''
      }`,
    };
  }
  const error = json.error as { code?: string; summary?: string; detail?: string } | undefined;
  if (error || typeof json.statusCode === 'number') {
    if (error?.code === 'ENOLOCK')
      return {
        ok: false,
        reason: 'no package-lock.json (npm audit needs a lockfile: run `npm install` and commit it)',
      };
    // The advisory endpoint failed: npm prints the HTTP error as its JSON.
    const http = typeof json.message === 'string' ? json.message : undefined;
    const summary = error?.summary?.split('\n')[0];
    return { ok: false, reason: `the advisory endpoint failed: ${http ?? summary ?? error?.code ?? 'unknown error'}` };
  }
  const vulnerabilities = json.vulnerabilities as Record<string, Record<string, unknown>> | undefined;
  if (!vulnerabilities || typeof vulnerabilities !== 'object')
    return { ok: false, reason: 'npm audit printed JSON without a vulnerabilities report' };
  return {
    ok: true,
    vulnerabilities: Object.entries(vulnerabilities).map(([name, v]) => ({
      name,
      severity: (v.severity as Vulnerability['severity']) ?? 'info',
      range: String(
        v.range ||
          (Array.isArray(v.via)
            ? ((v.via as { range?: string }[]).find((x) => typeof x === 'object' && x.range)?.range ?? '')
            : ''),
      ),
      via: (Array.isArray(v.via) ? v.via : [])
        .map((x: unknown) =>
          typeof x === 'string'
            ? x
            : String((x as { title?: string; url?: string }).title ?? (x as { url?: string }).url ?? ''),
        )
        .filter(Boolean),
      fixAvailable: Boolean(v.fixAvailable),
    })),
  };
}

export function atOrAbove(severity: Vulnerability['severity'], level: AuditLevel): boolean {
  const rank = (s: string): number => ['info', ...AUDIT_LEVELS].indexOf(s);
  return rank(severity) >= rank(level);
}

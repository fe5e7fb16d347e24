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

/** The advisory model from an audit's advisories: the worst severity and every title per package. */
function byPackage(
  advisories: readonly { name: string; severity: unknown; range: unknown; title: unknown; url?: unknown }[],
): Vulnerability[] {
  const out = new Map<string, Vulnerability>();
  const rank = (s: string): number => ['info', ...AUDIT_LEVELS].indexOf(s);
  for (const a of advisories) {
    const severity = (
      typeof a.severity === 'string' && rank(a.severity) >= 0 ? a.severity : 'info'
    ) as Vulnerability['severity'];
    const title = String(a.title ?? a.url ?? '');
    const range = typeof a.range === 'string' ? a.range : '';
    const seen = out.get(a.name);
    if (!seen) {
      out.set(a.name, { name: a.name, severity, range, via: title ? [title] : [], fixAvailable: false });
      continue;
    }
    if (rank(severity) > rank(seen.severity)) seen.severity = severity;
    if (range && !seen.range.split(' || ').includes(range))
      seen.range = seen.range ? `${seen.range} || ${range}` : range;
    if (title && !seen.via.includes(title)) seen.via.push(title);
  }
  return [...out.values()];
}

function firstJson(stdout: string): Record<string, unknown> | undefined {
  try {
    const parsed: unknown = JSON.parse(stdout.slice(Math.max(0, stdout.indexOf('{'))));
    return parsed && typeof parsed === 'object' && !Array.isArray(parsed)
      ? (parsed as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}

function firstLine(text: string): string {
  return (
    text
      .split('\n')
      .map((l) => l.replace(/^➤ YN\d+:\s*/, '').trim())
      .find((l) => l && !/^(npm )?warn/i.test(l)) ?? ''
  );
}

/**
 * `pnpm audit --json` (https://pnpm.io/cli/audit): npm's v1 report,
 * `{ advisories: { id: { module_name, severity, vulnerable_versions, title, url } } }`;
 * when the advisory endpoint fails, `{ error: { code, message } }`.
 */
export function parsePnpmAuditJson(stdout: string, stderr = ''): AuditOutcome {
  const json = firstJson(stdout);
  if (!json) return { ok: false, reason: `pnpm audit printed no JSON${stderr ? `: ${firstLine(stderr)}` : ''}` };
  const error = json.error as { code?: string; message?: string } | undefined;
  if (error)
    return {
      ok: false,
      reason:
        error.code === 'ERR_PNPM_AUDIT_NO_LOCKFILE'
          ? 'no pnpm-lock.yaml (pnpm audit needs a lockfile: run `pnpm install` and commit it)'
          : `the advisory endpoint failed: ${error.message ?? error.code ?? 'unknown error'}`,
    };
  const advisories = json.advisories as Record<string, Record<string, unknown>> | undefined;
  if (!advisories || typeof advisories !== 'object')
    return { ok: false, reason: 'pnpm audit printed JSON without advisories' };
  return {
    ok: true,
    vulnerabilities: byPackage(
      Object.values(advisories).map((a) => ({
        name: String(a.module_name ?? ''),
        severity: a.severity,
        range: a.vulnerable_versions,
        title: a.title,
        url: a.url,
      })),
    ),
  };
}

/**
 * `yarn npm audit --json` (yarn berry, https://yarnpkg.com/cli/npm/audit): one JSON
 * object per line, `{ value: <package>, children: { ID, Issue, URL, Severity,
 * "Vulnerable Versions", ... } }`; nothing (or a YN0001 "No audit suggestions"
 * line) when clean. A failed request is yarn's `YN0035` error text, exit 1.
 */
export function parseYarnAuditJson(stdout: string, stderr = '', code: number | null = 0): AuditOutcome {
  const advisories: { name: string; severity: unknown; range: unknown; title: unknown; url: unknown }[] = [];
  const other: string[] = [];
  for (const line of stdout.split('\n')) {
    const text = line.trim();
    if (!text) continue;
    let item: { value?: unknown; children?: Record<string, unknown>; type?: string; data?: unknown };
    try {
      item = JSON.parse(text) as typeof item;
    } catch {
      other.push(text);
      continue;
    }
    if (typeof item.value === 'string' && item.children && typeof item.children === 'object') {
      const c = item.children;
      advisories.push({
        name: item.value,
        severity: typeof c.Severity === 'string' ? c.Severity.toLowerCase() : c.Severity,
        range: c['Vulnerable Versions'],
        title: c.Issue,
        url: c.URL,
      });
    } else other.push(text);
  }
  if (advisories.length) return { ok: true, vulnerabilities: byPackage(advisories) };
  const all = [...other, ...stderr.split('\n')].join('\n');
  if (code === 0 || /No audit suggestions/i.test(all)) return { ok: true, vulnerabilities: [] };
  // yarn 4 in --json mode may die with its error object on stderr (minified source first): read the HTTP answer.
  const http = /Response code:?\s*(\d{3}[^\n]*)/i.exec(all)?.[1];
  const url = /Request URL:\s*(\S+)/.exec(all)?.[1];
  const thrown = /\[Error\]:\s*([^\n]{1,200})/.exec(all)?.[1];
  const readable = all
    .split('\n')
    .filter((l) => l.length <= 300)
    .join('\n');
  return {
    ok: false,
    reason: http
      ? `the advisory endpoint failed: ${http.trim()}${url ? ` (${url})` : ''}`
      : `yarn npm audit failed: ${thrown ?? (firstLine(readable) || `exit code ${String(code)}`)}`,
  };
}

/**
 * `bun audit --json` (https://bun.sh/docs/pm/cli/audit): the npm bulk advisory
 * answer, `{ <package>: [{ id, url, title, severity, vulnerable_versions }] }`
 * (`{}` when clean). A failed request is an `error:` line on stderr, exit 1.
 */
export function parseBunAuditJson(stdout: string, stderr = ''): AuditOutcome {
  const json = firstJson(stdout);
  if (!json) {
    const problem = firstLine(stderr).replace(/^error:\s*/, '');
    if (/No vulnerabilities found/i.test(stdout + stderr)) return { ok: true, vulnerabilities: [] };
    return {
      ok: false,
      reason: problem ? `the advisory endpoint failed: ${problem}` : 'bun audit printed no JSON',
    };
  }
  const advisories: { name: string; severity: unknown; range: unknown; title: unknown; url: unknown }[] = [];
  for (const [name, list] of Object.entries(json)) {
    if (!Array.isArray(list))
      return { ok: false, reason: `bun audit printed JSON that is not advisories by package (${name})` };
    for (const a of list as Record<string, unknown>[])
      advisories.push({ name, severity: a.severity, range: a.vulnerable_versions, title: a.title, url: a.url });
  }
  return { ok: true, vulnerabilities: byPackage(advisories) };
}

import { isIdentifierLike, isPlaceholder } from './placeholders.js';
import type { SecretRule } from './rules.js';

export interface SecretHit {
  rule: string;
  title: string;
  line: number;
  column: number;
  /** Redacted: a short prefix and the length; the secret itself never leaves the engine. */
  redacted: string;
}

const ALLOW_COMMENT = /mcp-release-allow(?::\s*([A-Za-z0-9_/, -]+))?/;

/**
 * Every credential in one text. One pass per rule that survives the keyword
 * prefilter; hits of specific rules win over the generic assignment rule on
 * the same characters; placeholders, identifiers and lines carrying an
 * `mcp-release-allow` comment for the rule, or matching a configured allow
 * pattern, are dropped.
 */
export function scanText(text: string, rules: readonly SecretRule[], allowPatterns: readonly RegExp[] = []): SecretHit[] {
  let lower: string | undefined;
  const candidates = rules.filter((rule) => {
    if (rule.keywordsIgnoreCase) {
      lower ??= text.toLowerCase();
      const haystack = lower;
      return rule.keywords.some((k) => haystack.includes(k));
    }
    return rule.keywords.some((k) => text.includes(k));
  });
  if (candidates.length === 0) return [];

  const spans: [number, number][] = [];
  const hits: (SecretHit & { index: number })[] = [];
  let lineStarts: number[] | undefined;
  // Specific rules first, so their spans are known when the generic rule runs.
  const ordered = [...candidates].sort((a, b) => Number(a.keywordsIgnoreCase ?? false) - Number(b.keywordsIgnoreCase ?? false));
  for (const rule of ordered) {
    rule.pattern.lastIndex = 0;
    for (let match = rule.pattern.exec(text); match !== null; match = rule.pattern.exec(text)) {
      if (match[0].length === 0) {
        rule.pattern.lastIndex += 1;
        continue;
      }
      const secret = match[1] ?? match[0];
      const start = match.index;
      const end = start + match[0].length;
      if (rule.keywordsIgnoreCase && spans.some(([s, e]) => start < e && end > s)) continue;
      if (rule.id !== 'secret/private-key' && (isPlaceholder(secret) || isIdentifierLike(secret))) continue;
      if (rule.validate && !rule.validate(secret, match)) continue;
      if (allowPatterns.some((re) => re.test(secret))) continue;
      lineStarts ??= computeLineStarts(text);
      const line = lineOf(lineStarts, start + Math.max(0, match[0].indexOf(secret)));
      if (allowedOnLine(text, lineStarts, line, rule.id)) continue;
      spans.push([start, end]);
      const offset = start + Math.max(0, match[0].indexOf(secret));
      hits.push({ rule: rule.id, title: rule.title, line, column: offset - (lineStarts[line - 1] ?? 0) + 1, redacted: redact(rule.id === 'secret/private-key' ? match[0].split(/\r?\n/)[0] ?? '' : secret, rule.id), index: offset });
    }
  }
  return hits.sort((a, b) => a.index - b.index).map(({ index: _index, ...hit }) => hit);
}

/** `ghp_Ab…` (40 chars): enough to find it, never enough to use it. */
export function redact(secret: string, rule: string): string {
  if (rule === 'secret/private-key') return secret; // the BEGIN line only
  const keep = Math.min(6, Math.max(2, Math.floor(secret.length / 6)));
  return `${secret.slice(0, keep)}… (${secret.length} chars)`;
}

function computeLineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

function lineOf(starts: number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] as number) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}

function allowedOnLine(text: string, starts: number[], line: number, rule: string): boolean {
  const start = starts[line - 1] ?? 0;
  const end = starts[line] ?? text.length;
  const match = ALLOW_COMMENT.exec(text.slice(start, end));
  if (!match) return false;
  if (!match[1]) return true;
  return match[1].split(/[\s,]+/).some((r) => r === rule || r === rule.split('/')[0] || r === 'all');
}

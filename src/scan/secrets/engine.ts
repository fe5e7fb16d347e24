import { isIdentifierLike, isPlaceholder } from './placeholders.js';
import { KeywordPrefilter } from './prefilter.js';
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
export function scanText(
  text: string,
  rules: readonly SecretRule[],
  allowPatterns: readonly RegExp[] = [],
): SecretHit[] {
  return scanBytes(Buffer.from(text, 'utf8'), rules, allowPatterns);
}

/**
 * The same on a file's bytes: the keyword prefilter runs on the bytes, so the
 * files with no keyword (most of them) are never decoded.
 */
export function scanBytes(
  bytes: Uint8Array,
  rules: readonly SecretRule[],
  allowPatterns: readonly RegExp[] = [],
): SecretHit[] {
  const { rules: candidates, starts } = prefilterFor(rules).scan(bytes);
  if (candidates.length === 0) return [];
  // Latin-1 maps each byte to one character: a one-byte V8 string, cheap to make and
  // fast to match. Every pattern is ASCII, so it matches exactly where UTF-8 text would;
  // only columns after non-ASCII characters need converting back (done per hit).
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const hits = matchRules(buffer.toString('latin1'), candidates, allowPatterns, starts);
  return hits.map(({ index, ...hit }) => ({ ...hit, column: utf8Column(buffer, index, hit.column) }));
}

/** Column in characters, from the hit's byte offset and its column in bytes (the line starts column - 1 before it). */
function utf8Column(buffer: Buffer, offset: number, byteColumn: number): number {
  const prefix = buffer.subarray(offset - byteColumn + 1, offset);
  return prefix.every((b) => b < 0x80) ? byteColumn : prefix.toString('utf8').length + 1;
}

/**
 * Each match of a rule's pattern, in order, as its global regex finds them: from every position,
 * or with `matchStarts`, only from the recorded positions where a match can begin (sticky), the
 * next one at or after the end of the last match, as a global regex resumes.
 */
function* matchesOf(text: string, rule: SecretRule, starts: readonly number[] | undefined): Generator<RegExpExecArray> {
  if (!starts) {
    rule.pattern.lastIndex = 0;
    for (let match = rule.pattern.exec(text); match !== null; match = rule.pattern.exec(text)) {
      if (match[0].length === 0) rule.pattern.lastIndex += 1;
      else yield match;
    }
    return;
  }
  const sticky = stickyOf(rule.pattern);
  let next = 0;
  for (const at of starts) {
    if (at < next) continue;
    sticky.lastIndex = at;
    const match = sticky.exec(text);
    if (match === null || match[0].length === 0) continue;
    next = at + match[0].length;
    yield match;
  }
}

const stickies = new WeakMap<RegExp, RegExp>();

function stickyOf(pattern: RegExp): RegExp {
  let sticky = stickies.get(pattern);
  if (!sticky) {
    sticky = new RegExp(pattern.source, `${pattern.flags.replace('g', '')}y`);
    stickies.set(pattern, sticky);
  }
  return sticky;
}

function matchRules(
  text: string,
  candidates: readonly SecretRule[],
  allowPatterns: readonly RegExp[],
  starts: ReadonlyMap<SecretRule, readonly number[]>,
): (SecretHit & { index: number })[] {
  const spans: [number, number][] = [];
  const hits: (SecretHit & { index: number })[] = [];
  let lineStarts: number[] | undefined;
  // Specific rules first, so their spans are known when the generic rule runs.
  const ordered = [...candidates].sort(
    (a, b) => Number(a.keywordsIgnoreCase ?? false) - Number(b.keywordsIgnoreCase ?? false),
  );
  for (const rule of ordered) {
    for (const match of matchesOf(text, rule, rule.matchStarts ? (starts.get(rule) ?? []) : undefined)) {
      const secret = (rule.secretGroup === undefined ? (match[1] ?? match[2]) : match[rule.secretGroup]) ?? match[0];
      const start = match.index;
      const end = start + match[0].length;
      if (rule.keywordsIgnoreCase && spans.some(([s, e]) => start < e && end > s)) continue;
      if (rule.id !== 'secret/private-key' && (isPlaceholder(secret) || isIdentifierLike(secret))) continue;
      if (rule.validate && !rule.validate(secret, match)) continue;
      if (allowPatterns.some((re) => re.test(secret))) continue;
      lineStarts ??= computeLineStarts(text);
      const line = lineOf(lineStarts, start + Math.max(0, match[0].indexOf(secret)));
      if (allowedOnLine(text, lineStarts, line, rule.id)) continue;
      const offset = start + Math.max(0, match[0].indexOf(secret));
      // Two patterns of one rule (an AWS key by its name and by its key id) find the same secret once.
      if (hits.some((hit) => hit.index === offset && hit.rule === rule.id)) continue;
      spans.push([start, end]);
      hits.push({
        rule: rule.id,
        title: rule.title,
        line,
        column: offset - (lineStarts[line - 1] ?? 0) + 1,
        redacted: redact(rule.id === 'secret/private-key' ? (match[0].split(/\r?\n/)[0] ?? '') : secret, rule.id),
        index: offset,
      });
    }
  }
  return hits.sort((a, b) => a.index - b.index);
}

const prefilters = new WeakMap<readonly SecretRule[], KeywordPrefilter>();

function prefilterFor(rules: readonly SecretRule[]): KeywordPrefilter {
  let prefilter = prefilters.get(rules);
  if (!prefilter) {
    prefilter = new KeywordPrefilter(rules);
    prefilters.set(rules, prefilter);
  }
  return prefilter;
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

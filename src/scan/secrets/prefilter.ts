import type { SecretRule } from './rules.js';

const ALPHABET = 128;
/** Set in a step-table entry whose state ends a keyword; below it, the state shifted left by 8. */
const ACCEPTS = 1 << 30;
const STATE_BITS = ACCEPTS - 1;

/** Byte -> folded ASCII (A-Z to a-z; non-ASCII to 0): a table read instead of branches in the hot loop. */
const FOLD = (() => {
  const fold = new Uint8Array(256);
  for (let c = 0; c < ALPHABET; c += 1) fold[c] = c >= 65 && c <= 90 ? c + 32 : c;
  return fold;
})();

/**
 * Which rules' keywords occur in a text, in one pass: an Aho-Corasick automaton
 * over ASCII, case-folded, compiled to a dense transition table. A search per
 * keyword (`includes`) costs one scan of the text each, and there are dozens;
 * this costs one. Case-sensitive keywords are confirmed at the match position.
 */
export class KeywordPrefilter {
  private readonly step: Int32Array;
  /** Keyword ids that end at each state (including via failure links). */
  private readonly outputs: number[][];
  private readonly keywords: { text: string; rule: number; ignoreCase: boolean; matchStart: boolean }[] = [];
  /** Some rule has matchStarts: their positions are wanted from the whole text. */
  private readonly recordsStarts: boolean;

  constructor(private readonly rules: readonly SecretRule[]) {
    rules.forEach((rule, ruleIndex) => {
      for (const k of rule.keywords)
        this.keywords.push({
          text: k,
          rule: ruleIndex,
          ignoreCase: rule.keywordsIgnoreCase ?? false,
          matchStart: false,
        });
      for (const k of rule.matchStarts ?? [])
        this.keywords.push({ text: k, rule: ruleIndex, ignoreCase: true, matchStart: true });
    });
    this.recordsStarts = this.keywords.some((k) => k.matchStart);
    // Trie over folded keywords.
    const goto: Map<number, number>[] = [new Map()];
    const out: number[][] = [[]];
    this.keywords.forEach((keyword, id) => {
      let state = 0;
      for (const ch of keyword.text.toLowerCase()) {
        const c = ch.charCodeAt(0) & 0x7f;
        let next = goto[state]?.get(c);
        if (next === undefined) {
          next = goto.length;
          goto.push(new Map());
          out.push([]);
          goto[state]?.set(c, next);
        }
        state = next;
      }
      out[state]?.push(id);
    });
    // Breadth-first failure links, folded into a dense table.
    const table = new Int32Array(goto.length * ALPHABET);
    const fail = new Int32Array(goto.length);
    const queue: number[] = [];
    for (let c = 0; c < ALPHABET; c += 1) {
      const next = goto[0]?.get(c) ?? 0;
      table[c] = next;
      if (next) queue.push(next);
    }
    while (queue.length) {
      const state = queue.shift() as number;
      for (let c = 0; c < ALPHABET; c += 1) {
        const next = goto[state]?.get(c);
        if (next !== undefined) {
          fail[next] = table[(fail[state] as number) * ALPHABET + c] as number;
          out[next]?.push(...(out[fail[next] as number] ?? []));
          table[state * ALPHABET + c] = next;
          queue.push(next);
        } else {
          table[state * ALPHABET + c] = table[(fail[state] as number) * ALPHABET + c] as number;
        }
      }
    }
    this.outputs = out;
    // The hot loop's table: indexed by (state << 8) | byte, the byte's folding built in, each entry the next
    // state already shifted, with ACCEPTS set when that state ends a keyword: one read and a compare a byte.
    const step = new Int32Array(goto.length * 256);
    for (let state = 0; state < goto.length; state += 1)
      for (let byte = 0; byte < 256; byte += 1) {
        const next = table[state * ALPHABET + (FOLD[byte] as number)] as number;
        step[(state << 8) | byte] = (next << 8) | (out[next]?.length ? ACCEPTS : 0);
      }
    this.step = step;
  }

  /**
   * The rules with at least one keyword in UTF-8 bytes, and for rules with `matchStarts`, the
   * offsets where one of those begins (ascending). Keywords are ASCII, so the bytes can be searched
   * before (and, for most files, instead of) decoding; an offset in the bytes is the same offset in
   * their Latin-1 string.
   */
  scan(bytes: Uint8Array): { rules: SecretRule[]; starts: Map<SecretRule, number[]> } {
    const found = new Uint8Array(this.rules.length);
    const startsByRule: (number[] | undefined)[] = [];
    let remaining = this.rules.length;
    const step = this.step;
    const outputs = this.outputs;
    const keywords = this.keywords;
    const length = bytes.length;
    let at = 0;
    for (let i = 0; i < length; i += 1) {
      const next = step[at | (bytes[i] as number)] as number;
      at = next & STATE_BITS;
      if (next < ACCEPTS) continue;
      const ids = outputs[at >> 8] as number[];
      for (let j = 0; j < ids.length; j += 1) {
        const keyword = keywords[ids[j] as number] as (typeof keywords)[number];
        if (keyword.matchStart) {
          (startsByRule[keyword.rule] ??= []).push(i - keyword.text.length + 1);
          continue;
        }
        if (found[keyword.rule] === 1) continue;
        if (!keyword.ignoreCase && !matchesAt(bytes, keyword.text, i - keyword.text.length + 1)) continue;
        found[keyword.rule] = 1;
        remaining -= 1;
      }
      if (remaining === 0 && !this.recordsStarts) break;
    }
    const starts = new Map<SecretRule, number[]>();
    const rules = this.rules.filter((rule, index) => {
      if (found[index] !== 1) return false;
      const at = startsByRule[index];
      // Recorded where each literal ends: literals of different lengths can end out of order.
      if (at) starts.set(rule, at.length > 1 ? at.sort((a, b) => a - b) : at);
      return true;
    });
    return { rules, starts };
  }
}

function matchesAt(bytes: Uint8Array, ascii: string, start: number): boolean {
  if (start < 0) return false;
  for (let k = 0; k < ascii.length; k += 1) if (bytes[start + k] !== ascii.charCodeAt(k)) return false;
  return true;
}

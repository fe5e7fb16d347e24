import type { SecretRule } from './rules.js';

const ALPHABET = 128;

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
  private readonly table: Int32Array;
  /** Keyword ids that end at each state (including via failure links). */
  private readonly outputs: number[][];
  /** 1 where a state ends a keyword: the hot loop reads a byte, not an array. */
  private readonly accepting: Uint8Array;
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
    this.table = table;
    this.outputs = out;
    this.accepting = Uint8Array.from(out, (ids) => (ids.length ? 1 : 0));
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
    const table = this.table;
    const accepting = this.accepting;
    const outputs = this.outputs;
    const keywords = this.keywords;
    const length = bytes.length;
    let state = 0;
    for (let i = 0; i < length; i += 1) {
      state = table[(state << 7) | (FOLD[bytes[i] as number] as number)] as number;
      if (accepting[state] === 0) continue;
      const ids = outputs[state] as number[];
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

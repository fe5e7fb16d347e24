/*
 * The two 'en' collations npm lists packed files with, without ICU for printable ASCII.
 *
 * npm-packlist sorts with `a.localeCompare(b, 'en')` and npm prints `npm pack` contents with
 * `new Intl.Collator('en', { sensitivity: 'case', numeric: true })`. The first ICU collator of a
 * process costs about 5 ms (loading the collation data), a twentieth of a whole `validate`. For
 * strings of printable ASCII (0x20-0x7e, what package paths are) the root collation is small enough
 * to write out, and it is exact: test/unit/en-collation.test.ts holds both functions to ICU's answer
 * on every string of a path-like alphabet up to three characters and on generated strings. Any
 * other string (non-ASCII, control characters, which ICU ignores) goes to ICU itself.
 *
 * The root collation of printable ASCII (CLDR root, non-ignorable: punctuation has primary weight):
 * - primary: space and punctuation, then `$`, then digits, then letters a-z with A equal to a;
 * - tertiary (`sensitivity: 'variant'`, localeCompare's default): lowercase before uppercase, the
 *   first letter whose case differs deciding;
 * - `numeric: true`: a run of digits weighs as its number (leading zeros ignored: `01` equals `1`); ICU
 *   cuts a run longer than 254 digits into pieces, so such a string goes to ICU;
 * - `sensitivity: 'case'`: primary, then the case of the letters in order, nothing else.
 */

const PRIMARY_ORDER = ' _-,;:!?.\'"()[]{}@*/\\&#%`^+<=>|~$0123456789abcdefghijklmnopqrstuvwxyz';

/** Primary weight by character code (0x20-0x7e); upper and lower case letters weigh the same. */
const PRIMARY = (() => {
  const weights = new Int32Array(128).fill(-1);
  for (let i = 0; i < PRIMARY_ORDER.length; i += 1) weights[PRIMARY_ORDER.charCodeAt(i)] = i;
  for (let c = 65; c <= 90; c += 1) weights[c] = weights[c + 32] as number;
  return weights;
})();
/** Where a number sits among the primaries: with the digits. */
const NUMBER_WEIGHT = PRIMARY_ORDER.indexOf('0');
const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

let icuVariant: Intl.Collator | undefined;
let icuNumericCase: Intl.Collator | undefined;

/** Whether a string is printable ASCII, where the functions below answer without ICU. */
export function isPrintableAscii(text: string): boolean {
  return PRINTABLE_ASCII.test(text);
}

/** `a.localeCompare(b, 'en')`: -1, 0 or 1. */
export function compareEn(a: string, b: string): number {
  if (!PRINTABLE_ASCII.test(a) || !PRINTABLE_ASCII.test(b))
    return sign((icuVariant ??= new Intl.Collator('en')).compare(a, b));
  const length = Math.min(a.length, b.length);
  for (let i = 0; i < length; i += 1) {
    const pa = PRIMARY[a.charCodeAt(i)] as number;
    const pb = PRIMARY[b.charCodeAt(i)] as number;
    if (pa !== pb) return pa < pb ? -1 : 1;
  }
  if (a.length !== b.length) return a.length < b.length ? -1 : 1;
  // Equal primaries: the same characters but for case, position by position.
  for (let i = 0; i < length; i += 1) {
    const ua = isUpper(a.charCodeAt(i));
    if (ua !== isUpper(b.charCodeAt(i))) return ua ? 1 : -1;
  }
  return 0;
}

/** `new Intl.Collator('en', { sensitivity: 'case', numeric: true }).compare(a, b)`: -1, 0 or 1. */
export function compareEnNumericCase(a: string, b: string): number {
  if (!PRINTABLE_ASCII.test(a) || !PRINTABLE_ASCII.test(b))
    return sign((icuNumericCase ??= new Intl.Collator('en', { sensitivity: 'case', numeric: true })).compare(a, b));
  return compareEnNumericCaseAscii(a, b);
}

/** ICU's numeric collation weighs at most this many digits as one number (a longer run is cut in pieces). */
const MAX_NUMBER_DIGITS = 254;
const LONG_DIGIT_RUN = new RegExp(`[0-9]{${MAX_NUMBER_DIGITS + 1}}`);

/** compareEnNumericCase for two strings already known to be printable ASCII (a sort checks each once). */
export function compareEnNumericCaseAscii(a: string, b: string): number {
  if (
    (a.length > MAX_NUMBER_DIGITS && LONG_DIGIT_RUN.test(a)) ||
    (b.length > MAX_NUMBER_DIGITS && LONG_DIGIT_RUN.test(b))
  )
    return sign((icuNumericCase ??= new Intl.Collator('en', { sensitivity: 'case', numeric: true })).compare(a, b));
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const ca = a.charCodeAt(i);
    const cb = b.charCodeAt(j);
    if (ca === cb && !isDigit(ca)) {
      i += 1;
      j += 1;
      continue;
    }
    const da = isDigit(ca);
    const db = isDigit(cb);
    if (da && db) {
      // Two numbers: by their significant digits' count, then digit by digit.
      let ea = i;
      while (ea < a.length && isDigit(a.charCodeAt(ea))) ea += 1;
      let eb = j;
      while (eb < b.length && isDigit(b.charCodeAt(eb))) eb += 1;
      while (i < ea - 1 && a.charCodeAt(i) === 48) i += 1;
      while (j < eb - 1 && b.charCodeAt(j) === 48) j += 1;
      if (ea - i !== eb - j) return ea - i < eb - j ? -1 : 1;
      for (; i < ea; i += 1, j += 1) {
        const da2 = a.charCodeAt(i);
        const db2 = b.charCodeAt(j);
        if (da2 !== db2) return da2 < db2 ? -1 : 1;
      }
      continue;
    }
    const pa = da ? NUMBER_WEIGHT : (PRIMARY[ca] as number);
    const pb = db ? NUMBER_WEIGHT : (PRIMARY[cb] as number);
    if (pa !== pb) return pa < pb ? -1 : 1;
    i += 1;
    j += 1;
  }
  if (i < a.length || j < b.length) return i < a.length ? 1 : -1;
  // Equal primaries: the same letters in the same order; their case decides, lowercase first.
  const caseA = lettersCase(a);
  const caseB = lettersCase(b);
  return caseA === caseB ? 0 : caseA < caseB ? -1 : 1;
}

function sign(value: number): number {
  return value < 0 ? -1 : value > 0 ? 1 : 0;
}

function isUpper(code: number): boolean {
  return code >= 65 && code <= 90;
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** Each letter's case in order, '0' lower and '1' upper: compared as strings, lowercase first. */
function lettersCase(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (isUpper(code)) out += '1';
    else if (code >= 97 && code <= 122) out += '0';
  }
  return out;
}

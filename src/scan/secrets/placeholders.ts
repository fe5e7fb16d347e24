/**
 * Values that look like credentials but are documented examples, placeholders
 * or test values. A match made only of these is never a finding.
 */
// Markers that are placeholders wherever they appear (a random token almost never holds them).
const PLACEHOLDER_MARKERS = /EXAMPLE|[Ee]xample|xxxx|XXXX|\*\*\*\*|\.\.\.|<[^>]*>|\$\{[^}]*\}|\{\{[^}]*\}\}/;
// Words that are placeholders when they start a word: `your_key_here`, `fake-token`. Requiring
// the word boundary keeps random tokens, which contain such letters by chance, from being dropped.
const PLACEHOLDER_WORDS =
  /(?:^|[^A-Za-z0-9])(?:sample|dummy|placeholder|your|replace[_-]?me|change[_-]?me|redacted|fake|test[_-]?(?:key|token|secret))/i;

/** AWS's own documentation key pair, and other famous examples. */
const DOCUMENTED = new Set([
  'AKIAIOSFODNN7EXAMPLE',
  'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
  'AKIAI44QH8DHBEXAMPLE',
  'je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY',
  // The public search-only key of yarn's documentation site, in every yarn berry bundle
  // (https://github.com/yarnpkg/berry/issues/6201; gitleaks allows it by value too).
  '6fe4476ee5a1832882e326b506d14126',
]);

export function isPlaceholder(value: string): boolean {
  if (DOCUMENTED.has(value)) return true;
  if (PLACEHOLDER_MARKERS.test(value) || PLACEHOLDER_WORDS.test(value)) return true;
  // A run of one repeated character (aaaa..., 0000..., xxxx...) or a simple sequence.
  if (/(.)\1{7,}/.test(value)) return true;
  if (/0123456789|abcdefghij|1234567890|abc123|123abc|123456|qwerty/i.test(value)) return true;
  return false;
}

/** UUIDs and lockfile integrity strings are identifiers, not secrets. */
export function isIdentifierLike(value: string): boolean {
  if (/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value)) return true;
  if (/^(sha1|sha256|sha384|sha512)-[A-Za-z0-9+/=]+$/.test(value)) return true;
  return false;
}

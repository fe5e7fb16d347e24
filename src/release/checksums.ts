import { createHash } from 'node:crypto';

export function sha256Of(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** `sha256sum` format: "<hex>  <name>" per line, sorted by name. */
export function formatSums(entries: readonly { name: string; sha256: string }[]): string {
  return `${[...entries]
    .sort((a, b) => a.name.localeCompare(b.name))
    .map((e) => `${e.sha256}  ${e.name}`)
    .join('\n')}\n`;
}

export interface SumLine {
  name: string;
  sha256: string;
  /** 1-based line number in the file, for messages. */
  line: number;
}

/** Every "<hex>  <name>" line, in file order, duplicates kept: a caller decides what a second line means. */
export function parseSums(text: string): SumLine[] {
  const lines: SumLine[] = [];
  for (const [index, line] of text.split('\n').entries()) {
    const match = /^([0-9a-fA-F]{64})\s+\*?(.+)$/.exec(line.trim());
    if (match) lines.push({ name: match[2] as string, sha256: (match[1] as string).toLowerCase(), line: index + 1 });
  }
  return lines;
}

export type SumsLookup =
  | { kind: 'missing' }
  | { kind: 'conflict'; lines: SumLine[] }
  | { kind: 'found'; sha256: string; lines: SumLine[] };

/**
 * The digest SHA256SUMS gives a file known by any of `names` (its path beside
 * the sums file, its base name). Two lines with different digests are a
 * conflict, never "the last one wins": a line appended to a checksums file
 * must not override the one the release wrote. Pure.
 */
export function lookupSum(lines: readonly SumLine[], names: readonly string[]): SumsLookup {
  const wanted = new Set(names.flatMap((n) => [n, `./${n}`]));
  const matching = lines.filter((l) => wanted.has(l.name));
  const first = matching[0];
  if (!first) return { kind: 'missing' };
  if (matching.some((l) => l.sha256 !== first.sha256)) return { kind: 'conflict', lines: matching };
  return { kind: 'found', sha256: first.sha256, lines: matching };
}

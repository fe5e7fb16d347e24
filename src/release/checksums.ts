import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';

export async function sha256File(file: string): Promise<string> {
  return createHash('sha256').update(await readFile(file)).digest('hex');
}

/** `sha256sum` format: "<hex>  <name>" per line, sorted by name. */
export function formatSums(entries: readonly { name: string; sha256: string }[]): string {
  return `${[...entries].sort((a, b) => a.name.localeCompare(b.name)).map((e) => `${e.sha256}  ${e.name}`).join('\n')}\n`;
}

export function parseSums(text: string): Map<string, string> {
  const sums = new Map<string, string>();
  for (const line of text.split('\n')) {
    const match = /^([0-9a-f]{64})\s+\*?(.+)$/.exec(line.trim());
    if (match) sums.set(match[2] as string, match[1] as string);
  }
  return sums;
}

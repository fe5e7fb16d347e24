import path from 'node:path';

/**
 * The name a release asset gets: the file's base name, with the characters
 * GitHub renames ("special characters, non-alphanumeric characters") as the dot
 * it uses. Two files with one such name overwrite each other on the release. Pure.
 */
export function assetName(file: string): string {
  return path.basename(file).replace(/[^\w.+@-]/g, '.');
}

/** The first two files that would become the same release asset, or undefined. */
export function duplicateAsset(files: readonly string[]): { name: string; first: string; second: string } | undefined {
  const seen = new Map<string, string>();
  for (const file of files) {
    const name = assetName(file);
    const first = seen.get(name);
    if (first !== undefined) return { name, first, second: file };
    seen.set(name, file);
  }
  return undefined;
}

import { packedNameProblem, quoteName } from '../files/packed-names.js';

/**
 * What npm pack writes, as rules over one tar entry as node-tar (npm's own reader)
 * decodes it. Pure: the streaming lives in tarball.ts.
 *
 * npm reads a tarball it publishes by extracting it with `strip: 1` (pacote), so
 * the top folder's name is dropped and `package/./package.json`,
 * `package//package.json` and `other/package.json` all land on `package.json`:
 * the last one wins. Pax headers (`path`, `size`) are honoured as node-tar
 * honours them, and the archive ends where node-tar ends it (two zero blocks). Two entries landing on one path are refused, so the
 * manifest checked is the manifest npm sends whatever reader is asked.
 */

/** node-tar's entry types that npm pack writes. */
const PACKED_TYPES = new Set(['File', 'OldFile', 'ContiguousFile', 'Directory']);
const FILE_TYPES = new Set(['File', 'OldFile', 'ContiguousFile']);

const TYPE_NAMES: Record<string, string> = {
  Link: 'a hard link',
  SymbolicLink: 'a symbolic link',
  CharacterDevice: 'a character device',
  BlockDevice: 'a block device',
  FIFO: 'a FIFO',
};

export interface TarEntryFacts {
  /** The path as node-tar decodes it (pax `path`, GNU long names and the ustar prefix applied). */
  path: string;
  /** node-tar's type name: File, Directory, SymbolicLink, ... */
  type: string;
  linkpath?: string;
}

export function isFileEntry(type: string): boolean {
  return FILE_TYPES.has(type);
}

/** Where npm's `strip: 1` extraction writes the entry: segments after the top folder, without '' and '.'. */
export function landingPath(entryPath: string): string {
  return entryPath
    .split('/')
    .slice(1)
    .filter((s) => s !== '' && s !== '.')
    .join('/');
}

/** The top folder (first segment), as npm pack names it `package`. */
export function topFolder(entryPath: string): string {
  return entryPath.split('/')[0] ?? '';
}

/** Why npm pack would never write this entry, or undefined when it would. */
export function entryProblem(entry: TarEntryFacts): string | undefined {
  // The name rule scan and pack apply too (`pack/unsafe-name`); node-tar on Windows reads `\` as a separator.
  const named = packedNameProblem(entry.path);
  if (named) return named;
  if (!PACKED_TYPES.has(entry.type)) {
    const what = TYPE_NAMES[entry.type] ?? `a ${entry.type} entry`;
    const target =
      entry.linkpath !== undefined && (entry.type === 'Link' || entry.type === 'SymbolicLink')
        ? ` to ${JSON.stringify(entry.linkpath)}`
        : '';
    return `is ${what}${target} (npm packs regular files only)`;
  }
  return undefined;
}

export { quoteName };

/** Why this entry's name is unsafe to extract (the `pack/unsafe-name` rule), or undefined. */
export function entryNameProblem(entry: Pick<TarEntryFacts, 'path'>): string | undefined {
  return packedNameProblem(entry.path);
}

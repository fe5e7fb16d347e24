import type { ReadEntry } from 'tar';
import { entryNameProblem, entryProblem, isFileEntry, landingPath, quoteName, topFolder } from './tar-entry-rules.js';

/** A package.json larger than this is not one npm would publish; it is not buffered. */
const MAX_MANIFEST_BYTES = 10 * 1024 * 1024;
/** Findings kept per tarball: a hostile archive with 100,000 bad entries gets a readable line. */
const MAX_NOTES = 5;

export interface TarballInspection {
  /** The package.json npm would read (the last one landing on `package.json`), when readable. */
  manifest?: Record<string, unknown>;
  entries: number;
  /** Entries npm would never pack and an installer must not trust: where and why, first ones only. */
  unsafe: string[];
  /** Those of `unsafe` whose name is the problem (`..`, absolute, drive letter, control characters): `pack/unsafe-name`. */
  unsafeNames?: string[];
  /** Set when the file is not a tar archive npm could read at all. */
  unreadable?: string;
}

/**
 * Read an npm tarball with node-tar, the reader npm itself extracts it with
 * before publishing (pacote), so the manifest checked here is the one npm
 * sends: pax headers are honoured and the archive ends where node-tar ends it.
 * Entry bodies stream past (only package.json is buffered), so a 1 GB entry or
 * 100,000 files cost time, not memory. Nothing is unpacked to disk. `open`
 * gives the archive's bytes (the tarball adapter opens the file), called once
 * the reader listens for its errors.
 */
export async function inspectTarballStream(
  open: () => NodeJS.ReadableStream,
  /** sees every entry the reader hands over (a caller listing the files needs no second read) */
  observe?: (entry: { path: string; type: string; size: number }) => void,
): Promise<TarballInspection> {
  const names: string[] = [];
  const result: TarballInspection = { entries: 0, unsafe: [] };
  // Entry findings first: node-tar warns about a broken header before it hands over the entries queued before it.
  const entryNotes: string[] = [];
  const readerNotes: string[] = [];
  const note = (line: string, list = entryNotes) => void (list.length <= MAX_NOTES && list.push(line));
  const landed = new Map<string, string>(); // landing path -> the first entry's path
  const topFolders = new Set<string>();
  let loneZeroBlock = false;
  let manifestRead: Promise<void> = Promise.resolve();
  let fatal: string | undefined;

  const onEntry = (entry: ReadEntry) => {
    result.entries += 1;
    observe?.({ path: entry.path, type: entry.type, size: entry.size ?? 0 });
    const facts = {
      path: entry.path,
      type: entry.type,
      ...(entry.linkpath !== undefined ? { linkpath: entry.linkpath } : {}),
    };
    const problem = entryProblem(facts);
    if (problem) note(`${quoteName(entry.path)} ${problem}`);
    if (problem && problem === entryNameProblem(facts) && names.length <= MAX_NOTES)
      names.push(`${quoteName(entry.path)} ${problem}`);
    if (loneZeroBlock)
      note(
        `${quoteName(entry.path)} follows a single zero block: tar readers that stop there never see it (npm pack ends only with two)`,
      );
    loneZeroBlock = false;
    // An unsafe name is its own finding: its odd top folder (`/`, `package\..\x`) is the same cause, not a second one.
    if (!entryNameProblem(facts)) topFolders.add(topFolder(entry.path));
    const where = landingPath(entry.path);
    if (where && entry.type !== 'Directory') {
      // Case-insensitive file systems (macOS, Windows) land `PACKAGE.JSON` on the manifest too.
      const key = where.toLowerCase() === 'package.json' ? 'package.json' : where;
      const first = landed.get(key);
      if (first !== undefined)
        note(
          `${quoteName(entry.path)} lands on the same file as ${quoteName(first)} when npm unpacks it: the last one wins (npm pack writes each path once)`,
        );
      else landed.set(key, entry.path);
    }
    if (where === 'package.json' && isFileEntry(entry.type) && entry.size <= MAX_MANIFEST_BYTES) {
      const reading = readManifest(entry);
      manifestRead = Promise.all([manifestRead, reading]).then(([, manifest]) => {
        // npm's extraction overwrites: the last package.json is the one it sends.
        if (manifest) result.manifest = manifest;
        else delete result.manifest;
      });
      return;
    }
    entry.resume();
  };

  // Loaded here, not at start-up: every command's cold start would pay for it (about 90 KB).
  const { Parser } = await import('tar');
  const parser = new Parser({
    onReadEntry: onEntry,
    onwarn: (code: string, message: string | Error) => {
      const text = typeof message === 'string' ? message : message.message;
      if (code === 'TAR_BAD_ARCHIVE') fatal ??= text;
      else note(`an entry npm's reader skips (${code}: ${text})`, readerNotes);
    },
  });
  parser.on('nullBlock', () => (loneZeroBlock = true));
  parser.on('eof', () => (loneZeroBlock = false));
  parser.on('ignoredEntry', (entry: ReadEntry) =>
    note(`${quoteName(entry.path)} is a ${entry.type} entry npm's reader ignores`),
  );
  try {
    await new Promise<void>((resolve, reject) => {
      parser.on('end', () => resolve());
      parser.on('error', reject);
      open().on('error', reject).pipe(parser);
    });
    await manifestRead;
  } catch (error) {
    return { ...result, unreadable: (error as Error).message };
  }
  if (fatal) return { ...result, unreadable: fatal };
  if (topFolders.size > 1)
    note(
      `${[...topFolders].slice(0, 3).map(quoteName).join(', ')} are several top folders (npm packs everything under one, package/)`,
    );
  const all = [...entryNotes, ...readerNotes];
  result.unsafe = all.length > MAX_NOTES ? [...all.slice(0, MAX_NOTES), '...'] : all;
  if (names.length) result.unsafeNames = names;
  return result;
}

async function readManifest(entry: ReadEntry): Promise<Record<string, unknown> | undefined> {
  const chunks: Buffer[] = [];
  for await (const chunk of entry) chunks.push(chunk as Buffer);
  try {
    const value: unknown = JSON.parse(Buffer.concat(chunks).toString('utf8'));
    return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined; // not JSON: no manifest
  }
}

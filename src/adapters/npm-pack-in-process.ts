import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { PackedTarball } from './npm-cli.js';
import { packedFileList } from './packed-list.js';

/*
 * `npm pack --ignore-scripts` of a plain package folder, in this process: the
 * file list from npm-packlist (the library npm lists files with) and the
 * tarball from node-tar with pacote's own tar options (lib/util/tar-create-options.js:
 * prefix `package/`, portable headers, gzip level 9, every entry dated
 * 1985-10-26T08:15:00Z, bins made executable). The bytes are npm's: the
 * integrity equals `npm pack`'s (test/integration/pack-in-process.test.ts packs
 * each test package both ways). npm's start-up (~0.4 s) is most of a pack.
 *
 * Only where the list is sure to be npm's (validate's gates: no workspace root,
 * no directories.bin, no symlinked bundled dependency, a name and version npm
 * takes as they are, a `files` field npm reads): otherwise it says why
 * (`ok: false`) and the caller runs npm.
 */

type Manifest = Record<string, unknown>;
type Outcome = { ok: true; packed: PackedTarball; integrity: string } | { ok: false; reason: string };

/** pacote's tarCreateOptions mtime: zip tools are confused by entries dated 1970. */
const TAR_MTIME = new Date('1985-10-26T08:15:00.000Z');

export async function packFolderInProcess(dir: string, outDir: string): Promise<Outcome> {
  const root = path.resolve(dir);
  // The list and the normalized package.json: validate's in-process listing (src/adapters/packed-list.ts).
  const listed = await packedFileList(root);
  if (!listed.ok) return listed;
  const { manifest, files } = listed;
  try {
    const name = String(manifest.name);
    const version = String(manifest.version);
    const filename = `${name.replace(/^@/, '').replace(/\//, '-')}-${version}.tgz`;
    const file = path.join(outDir, filename);
    const { create } = await import('tar');
    await create(
      {
        cwd: root,
        prefix: 'package/',
        portable: true,
        gzip: { level: 9 },
        file,
        filter: (entry, info) => {
          if (isPackageBin(manifest, entry)) info.mode = (info.mode ?? 0) | 0o111;
          return true;
        },
        mtime: TAR_MTIME,
      },
      files,
    );
    const bytes = await readFile(file);
    const sizes = await Promise.all(files.map(async (f) => ({ path: f, size: (await stat(path.join(root, f))).size })));
    return {
      ok: true,
      integrity: `sha512-${createHash('sha512').update(bytes).digest('base64')}`,
      packed: {
        name,
        version,
        filename,
        size: bytes.length,
        unpackedSize: sizes.reduce((sum, f) => sum + f.size, 0),
        files: npmOrder(sizes),
      },
    };
  } catch (error) {
    return { ok: false, reason: `packing in-process failed: ${(error as Error).message}` };
  }
}

/** pacote's isPackageBin: compares the path less its first segment (npm's own quirk, kept). */
function isPackageBin(manifest: Manifest, entry: string): boolean {
  const bin = manifest.bin;
  if (!bin) return false;
  const map = typeof bin === 'string' ? { [String(manifest.name)]: bin } : (bin as Manifest);
  const p = entry.replace(/^[^\\/]*\//, '');
  return Object.values(map).some((target) => target === p);
}

const collator = new Intl.Collator('en', { sensitivity: 'case', numeric: true });

/** The order npm lists a tarball's files in (lib/utils/tar.js): paths starting uppercase first, each group collated. */
function npmOrder<T extends { path: string }>(files: T[]): T[] {
  const isUpper = (s: string) => s.charAt(0) === s.charAt(0).toUpperCase();
  const byPath = (a: T, b: T) => collator.compare(a.path, b.path);
  return [...files.filter((f) => isUpper(f.path)).sort(byPath), ...files.filter((f) => !isUpper(f.path)).sort(byPath)];
}

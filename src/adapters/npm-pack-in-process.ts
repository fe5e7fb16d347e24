import { randomUUID } from 'node:crypto';
import { rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { packFieldsProblem } from './npm.js';
import type { PackedTarball } from './npm-cli.js';
import { packInProcess } from './packed-list.js';

/*
 * `npm pack --ignore-scripts` of a plain package folder, in this process: the
 * tarball validate's in-process listing describes (src/adapters/packed-list.ts:
 * npm-packlist's file list, node-tar's headers with pacote's options, gzip level 9),
 * written to disk. The bytes are npm's: the integrity equals `npm pack`'s
 * (test/integration/pack-in-process.test.ts packs each test package both ways).
 * npm's start-up (~0.4 s) is most of a pack.
 *
 * Only where the list is sure to be npm's (validate's gates: no workspace root,
 * no directories.bin, no symlinked bundled dependency, a name and version npm
 * takes as they are, a `files` field npm reads): otherwise it says why
 * (`ok: false`) and the caller runs npm.
 */

type Outcome = { ok: true; packed: PackedTarball } | { ok: false; reason: string };

export async function packFolderInProcess(dir: string, outDir: string): Promise<Outcome> {
  const filesProblem = await packFieldsProblem(dir);
  if (filesProblem) return { ok: false, reason: filesProblem };
  // Written under a private name first: the tarball's name is known once the manifest is read,
  // and a half-written file must never stand under the name a later step publishes.
  const partial = path.join(outDir, `.mcp-release-pack-${randomUUID()}.tgz.partial`);
  try {
    const result = await packInProcess(dir, { writeTo: partial });
    if (!result.ok) return result;
    await rename(partial, path.join(outDir, result.pack.filename));
    return {
      ok: true,
      packed: {
        name: result.name,
        version: result.version,
        filename: result.pack.filename,
        size: result.pack.size,
        unpackedSize: result.pack.unpackedSize,
        files: result.pack.files.map(({ path: file, size }) => ({ path: file, size })),
      },
    };
  } catch (error) {
    return { ok: false, reason: `packing in-process failed: ${(error as Error).message}` };
  } finally {
    await rm(partial, { force: true });
  }
}

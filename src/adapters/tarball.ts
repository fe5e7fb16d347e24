import { createReadStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { inspectTarballStream, type TarballInspection } from '../release/tarball.js';

/** An npm tarball on disk, read as npm's own reader would (release/tarball), streamed: nothing is unpacked. */
export function inspectTarball(file: string): Promise<TarballInspection> {
  return inspectTarballStream(() => createReadStream(file));
}

/** The package.json inside an npm tarball, read without unpacking anything to disk. */
export async function readTarballManifest(file: string): Promise<Record<string, unknown> | undefined> {
  return (await inspectTarball(file)).manifest;
}

/** The regular files of a tarball, package-relative (the top folder, `package/` for npm, left off), with sizes. */
export async function listTarballFiles(file: string): Promise<{ path: string; size: number }[]> {
  const { list } = await import('tar');
  const files: { path: string; size: number }[] = [];
  await list({
    file,
    onReadEntry: (entry) => {
      if (entry.type === 'File' || entry.type === 'OldFile')
        files.push({ path: entry.path.replace(/^[^/]+\//, ''), size: entry.size ?? 0 });
    },
  });
  return files.sort((a, b) => a.path.localeCompare(b.path));
}

/**
 * A tarball read from disk once: its bytes (for the digests, the upload) and
 * what npm's reader finds in them (manifest, unsafe entries), without a second read.
 */
export async function readTarballOnce(file: string): Promise<{ bytes: Buffer; inspection: TarballInspection }> {
  const bytes = await readFile(file);
  const inspection = await inspectTarballStream(() => Readable.from([bytes]));
  return { bytes, inspection };
}

/** The package.json and regular files of a tarball from one read of its bytes (see listTarballFiles). */
export async function tarballContents(
  file: string,
): Promise<{ bytes: Buffer; manifest?: Record<string, unknown>; files: { path: string; size: number }[] }> {
  const { bytes, inspection } = await readTarballOnce(file);
  const { Parser } = await import('tar');
  const files: { path: string; size: number }[] = [];
  await new Promise<void>((resolve, reject) => {
    const parser = new Parser({
      onReadEntry: (entry) => {
        if (entry.type === 'File' || entry.type === 'OldFile')
          files.push({ path: entry.path.replace(/^[^/]+\//, ''), size: entry.size ?? 0 });
        entry.resume();
      },
    });
    parser.on('end', () => resolve());
    parser.on('error', reject);
    parser.end(bytes);
  });
  return {
    bytes,
    ...(inspection.manifest ? { manifest: inspection.manifest } : {}),
    files: files.sort((a, b) => a.path.localeCompare(b.path)),
  };
}

import { createHash } from 'node:crypto';
import { createReadStream, type ReadStream } from 'node:fs';
import { once } from 'node:events';
import { PassThrough } from 'node:stream';
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

/** What one streamed read of a tarball gives: its digests and size, and what npm's reader finds in it. */
export interface TarballRead {
  /** sha512 SRI and sha1 hex: what npm records as dist.integrity and dist.shasum */
  digests: { integrity: string; shasum: string };
  size: number;
  inspection: TarballInspection;
}

/**
 * A tarball read from disk once, as a stream: the digests are computed on the
 * bytes npm's reader inspects (manifest, unsafe entries), and nothing is kept in
 * memory (a 1 GB entry costs time, not memory: tarballs.test.ts).
 */
export async function readTarballOnce(
  file: string,
  onEntry?: (entry: { path: string; type: string; size: number }) => void,
): Promise<TarballRead> {
  const sha512 = createHash('sha512');
  const sha1 = createHash('sha1');
  let size = 0;
  let source: ReadStream | undefined;
  let tee: PassThrough | undefined;
  const inspection = await inspectTarballStream(() => {
    source = createReadStream(file);
    tee = new PassThrough();
    source.on('data', (chunk: string | Buffer) => {
      sha512.update(chunk);
      sha1.update(chunk);
      size += chunk.length;
    });
    source.on('error', (error) => tee?.destroy(error));
    source.pipe(tee);
    return tee;
  }, onEntry);
  // The reader may stop at the archive's end blocks: the bytes after them count in the digests too.
  if (source && !source.readableEnded && !source.destroyed) {
    const drained = once(source, 'end');
    tee?.resume();
    await drained;
  }
  return {
    digests: { integrity: `sha512-${sha512.digest('base64')}`, shasum: sha1.digest('hex') },
    size,
    inspection,
  };
}

/** The package.json, regular files, digests and size of a tarball from one streamed read (see listTarballFiles). */
export async function tarballContents(file: string): Promise<
  Omit<TarballRead, 'inspection'> & {
    manifest?: Record<string, unknown>;
    files: { path: string; size: number }[];
  }
> {
  const files: { path: string; size: number }[] = [];
  const { inspection, ...read } = await readTarballOnce(file, (entry) => {
    if (entry.type === 'File' || entry.type === 'OldFile')
      files.push({ path: entry.path.replace(/^[^/]+\//, ''), size: entry.size });
  });
  return {
    ...read,
    ...(inspection.manifest ? { manifest: inspection.manifest } : {}),
    files: files.sort((a, b) => a.path.localeCompare(b.path)),
  };
}

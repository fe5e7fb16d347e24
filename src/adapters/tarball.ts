import { createReadStream } from 'node:fs';
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

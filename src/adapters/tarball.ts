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

import { readFile } from 'node:fs/promises';
import { gunzipSync } from 'node:zlib';

const BLOCK = 512;

/**
 * The package.json inside an npm tarball (a gzipped ustar archive whose single
 * top folder is usually `package/`), read without unpacking anything to disk.
 */
export async function readTarballManifest(file: string): Promise<Record<string, unknown> | undefined> {
  let archive: Buffer;
  try {
    archive = gunzipSync(await readFile(file));
  } catch {
    return undefined;
  }
  for (let offset = 0; offset + BLOCK <= archive.length; ) {
    const header = archive.subarray(offset, offset + BLOCK);
    if (header.every((b) => b === 0)) break;
    const name = cString(header.subarray(0, 100));
    const prefix = cString(header.subarray(345, 500));
    const size = parseInt(cString(header.subarray(124, 136)).trim() || '0', 8);
    const type = String.fromCharCode(header[156] ?? 48);
    const path = prefix ? `${prefix}/${name}` : name;
    const body = offset + BLOCK;
    if ((type === '0' || type === '\0') && /^[^/]+\/package\.json$/.test(path)) {
      try {
        const value: unknown = JSON.parse(archive.subarray(body, body + size).toString('utf8'));
        return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
      } catch {
        return undefined;
      }
    }
    offset = body + Math.ceil(size / BLOCK) * BLOCK;
  }
  return undefined;
}

function cString(bytes: Buffer): string {
  const end = bytes.indexOf(0);
  return bytes.subarray(0, end === -1 ? bytes.length : end).toString('utf8');
}

import { createReadStream } from 'node:fs';
import { createGunzip } from 'node:zlib';

const BLOCK = 512;
/** A package.json larger than this is not one npm would publish; it is not buffered. */
const MAX_MANIFEST_BYTES = 10 * 1024 * 1024;

export interface TarballInspection {
  /** The package.json of the top folder (usually `package/`), when readable. */
  manifest?: Record<string, unknown>;
  entries: number;
  /** Entries npm would never pack and an installer must not trust: where and why, first ones only. */
  unsafe: string[];
  /** Set when the file is not a gzipped tar archive at all. */
  unreadable?: string;
}

const LINK_TYPES: Record<string, string> = { '1': 'a hard link', '2': 'a symbolic link', '3': 'a character device', '4': 'a block device', '6': 'a FIFO' };

/**
 * Walk an npm tarball (a gzipped ustar archive whose single top folder is usually
 * `package/`) as a stream: entry bodies are skipped, not buffered, so a 1 GB entry
 * or 100,000 files cost time, not memory. Nothing is unpacked to disk.
 */
export async function inspectTarball(file: string): Promise<TarballInspection> {
  const result: TarballInspection = { entries: 0, unsafe: [] };
  const note = (name: string, why: string) => {
    if (result.unsafe.length < 5) result.unsafe.push(`${JSON.stringify(name.slice(0, 200))} ${why}`);
    else if (result.unsafe.length === 5) result.unsafe.push('...');
  };
  let pending = Buffer.alloc(0);
  let skip = 0; // body bytes (with padding) still to pass over
  // An entry body being read: a long name (GNU 'L'), a pax record ('x') or the package.json.
  let capture: { kind: 'L' | 'x' | 'manifest'; size: number; chunks: Buffer[]; got: number } | undefined;
  let longName: string | undefined; // GNU 'L' / pax 'path' for the next entry
  let ended = false;
  const topFolders = new Set<string>();

  const onHeader = (header: Buffer) => {
    const type = String.fromCharCode(header[156] ?? 48);
    const size = parseOctal(header.subarray(124, 136));
    const prefix = cString(header.subarray(345, 500));
    const name = longName ?? (prefix ? `${prefix}/${cString(header.subarray(0, 100))}` : cString(header.subarray(0, 100)));
    const padded = Math.ceil(size / BLOCK) * BLOCK;
    if (type === 'L' || type === 'x') {
      // The long name (or pax record) of the next entry: read it, then apply it.
      capture = { kind: type, size, chunks: [], got: 0 };
      skip = padded;
      return;
    }
    longName = undefined;
    if (type === 'g') {
      skip = padded;
      return;
    }
    result.entries += 1;
    const segments = name.split('/');
    if (name.startsWith('/') || /^[A-Za-z]:[\\/]/.test(name)) note(name, 'is an absolute path');
    else if (segments.includes('..') || name.split('\\').includes('..')) note(name, 'climbs out of the package with ..');
    if (LINK_TYPES[type]) note(name, `is ${LINK_TYPES[type]}${type === '1' || type === '2' ? ` to ${JSON.stringify(cString(header.subarray(157, 257)))}` : ''} (npm packs regular files only)`);
    topFolders.add(segments[0] ?? '');
    if ((type === '0' || type === '\0') && /^[^/]+\/package\.json$/.test(name) && !result.manifest && size <= MAX_MANIFEST_BYTES) {
      capture = { kind: 'manifest', size, chunks: [], got: 0 };
    }
    skip = padded;
  };
  const onCaptured = (kind: 'L' | 'x' | 'manifest', bytes: Buffer) => {
    if (kind === 'L') longName = cString(bytes);
    else if (kind === 'x') longName = /(?:^|\n)\d+ path=([^\n]*)\n/.exec(bytes.toString('utf8'))?.[1];
    else {
      try {
        const value: unknown = JSON.parse(bytes.toString('utf8'));
        if (value && typeof value === 'object' && !Array.isArray(value)) result.manifest = value as Record<string, unknown>;
      } catch {
        // not JSON: no manifest
      }
    }
  };

  const consume = (chunk: Buffer) => {
    let data = pending.length ? Buffer.concat([pending, chunk]) : chunk;
    pending = Buffer.alloc(0);
    while (data.length && !ended) {
      if (skip > 0) {
        const take = Math.min(skip, data.length);
        if (capture && capture.got < capture.size) {
          const part = data.subarray(0, Math.min(take, capture.size - capture.got));
          capture.chunks.push(part);
          capture.got += part.length;
        }
        skip -= take;
        data = data.subarray(take);
        if (skip === 0 && capture) {
          const done = capture;
          capture = undefined;
          onCaptured(done.kind, Buffer.concat(done.chunks));
        }
        continue;
      }
      if (data.length < BLOCK) {
        pending = Buffer.from(data);
        return;
      }
      const header = data.subarray(0, BLOCK);
      data = data.subarray(BLOCK);
      if (header.every((b) => b === 0)) {
        ended = true;
        return;
      }
      onHeader(header);
    }
  };

  try {
    await new Promise<void>((resolve, reject) => {
      const stream = createReadStream(file).on('error', reject).pipe(createGunzip()).on('error', reject);
      stream.on('data', (chunk: Buffer) => {
        consume(chunk);
        if (ended) {
          stream.destroy();
          resolve();
        }
      });
      stream.on('end', () => resolve());
    });
  } catch (error) {
    return { ...result, unreadable: (error as Error).message };
  }
  if (topFolders.size > 1) note([...topFolders].slice(0, 3).join(', '), 'are several top folders (npm packs everything under one, package/)');
  return result;
}

/** The package.json inside an npm tarball, read without unpacking anything to disk. */
export async function readTarballManifest(file: string): Promise<Record<string, unknown> | undefined> {
  return (await inspectTarball(file)).manifest;
}

function parseOctal(bytes: Buffer): number {
  // GNU base-256 for sizes of 8 GB and more: the high bit of the first byte is set.
  if ((bytes[0] ?? 0) & 0x80) return bytes.subarray(1).reduce((n, b) => n * 256 + b, 0);
  return parseInt(cString(bytes).trim() || '0', 8) || 0;
}

function cString(bytes: Buffer): string {
  const end = bytes.indexOf(0);
  return bytes.subarray(0, end === -1 ? bytes.length : end).toString('utf8');
}

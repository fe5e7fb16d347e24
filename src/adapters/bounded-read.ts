import { open, readFile } from 'node:fs/promises';

export class TooLarge extends Error {
  constructor(readonly limit: number) {
    super(`larger than ${limit.toLocaleString('en-US')} bytes`);
  }
}

/**
 * A text file read whole, but never more than `limit` bytes: a config named
 * `/dev/zero`, a FIFO or a 2 GB file is refused after reading limit + 1 bytes,
 * not read into memory (stat's size is 0 for devices, so it cannot decide).
 */
export async function readTextBounded(file: string, limit: number): Promise<string> {
  const handle = await open(file, 'r');
  try {
    const buffer = Buffer.alloc(limit + 1);
    let filled = 0;
    while (filled < buffer.length) {
      const { bytesRead } = await handle.read(buffer, filled, buffer.length - filled, null);
      if (bytesRead === 0) break;
      filled += bytesRead;
    }
    if (filled > limit) throw new TooLarge(limit);
    return buffer.subarray(0, filled).toString('utf8');
  } finally {
    await handle.close();
  }
}

/** A JSON file holding an object, or undefined when it is missing, unreadable or not an object. */
export async function readJsonObject(file: string): Promise<Record<string, unknown> | undefined> {
  try {
    const value: unknown = JSON.parse(await readFile(file, 'utf8'));
    return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

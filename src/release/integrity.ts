import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';

/** sha512 SRI and sha1 hex of a file: what npm records as dist.integrity and dist.shasum. */
export async function fileDigests(file: string): Promise<{ integrity: string; shasum: string }> {
  const bytes = await readFile(file);
  return {
    integrity: `sha512-${createHash('sha512').update(bytes).digest('base64')}`,
    shasum: createHash('sha1').update(bytes).digest('hex'),
  };
}

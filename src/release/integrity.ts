import { createHash } from 'node:crypto';

/** sha512 SRI and sha1 hex of a file's bytes: what npm records as dist.integrity and dist.shasum. */
export function digestsOf(bytes: Uint8Array): { integrity: string; shasum: string } {
  return {
    integrity: `sha512-${createHash('sha512').update(bytes).digest('base64')}`,
    shasum: createHash('sha1').update(bytes).digest('hex'),
  };
}

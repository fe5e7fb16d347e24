/**
 * Offline structural checks that stand in for asking the provider: a real
 * credential has them, a placeholder or a documentation example usually does not.
 */

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n += 1) {
    let c = n;
    for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

export function crc32(text: string): number {
  let crc = 0xffffffff;
  for (let i = 0; i < text.length; i += 1) crc = (CRC_TABLE[(crc ^ text.charCodeAt(i)) & 0xff] as number) ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

export function base62Decode(text: string): number | undefined {
  let value = 0;
  for (const ch of text) {
    const digit = BASE62.indexOf(ch);
    if (digit === -1) return undefined;
    value = value * 62 + digit;
  }
  return value;
}

export function base62Encode(value: number, width: number): string {
  let out = '';
  let rest = value;
  do {
    out = BASE62[rest % 62] + out;
    rest = Math.floor(rest / 62);
  } while (rest > 0);
  return out.padStart(width, '0');
}

/**
 * GitHub (ghp_, gho_, ghu_, ghs_, ghr_) and npm (npm_) tokens: a 4-character prefix,
 * 30 random base62 characters, and the base62 CRC32 of those 30 in the last 6.
 */
export function hasTokenChecksum(token: string): boolean {
  if (token.length !== 40) return false;
  const body = token.slice(4, 34);
  return base62Decode(token.slice(34)) === crc32(body);
}

/**
 * The body between a private key's BEGIN and END lines as it appears in a file: lines
 * possibly indented (YAML) or joined by `\n` escapes (a JSON or .env string), RFC 1421
 * headers (`Proc-Type`, `DEK-Info`) or armor headers (`Version:`), and a PGP checksum
 * line. True when what remains is a key: a DER SEQUENCE of the right length, an
 * OpenSSH key blob, a PGP packet, or (for a legacy encrypted PEM) a cipher-block-sized blob.
 */
export function isPlausiblePemBody(rawBody: string, kind: string): boolean {
  const lines = rawBody
    .replace(/\\r/g, '')
    .replace(/\\n/g, '\n')
    .split(/\r?\n/)
    .map((line) => line.trim().replace(/^["'`]|["'`]\s*\+?$/g, ''))
    .filter((line) => line.length > 0);
  const headers = lines.filter((line) => /^[A-Za-z][\w-]*:\s/.test(line));
  const body = lines.filter((line) => !/^[A-Za-z][\w-]*:\s/.test(line) && !/^=[A-Za-z0-9+/]{4}$/.test(line)).join('');
  if (headers.some((h) => /^Proc-Type:\s*4,\s*ENCRYPTED/i.test(h))) {
    if (body.length < 64 || !/^[A-Za-z0-9+/]+={0,2}$/.test(body)) return false;
    const bytes = Buffer.from(body, 'base64').length;
    return bytes % 8 === 0 && entropy(body) > 5;
  }
  return isPlausiblePrivateKeyBody(body, kind);
}

/** A PEM private key body must be base64 of a DER SEQUENCE whose length matches (or an OpenSSH key blob). */
export function isPlausiblePrivateKeyBody(base64Body: string, kind: string): boolean {
  const clean = base64Body.replace(/\s+/g, '');
  if (clean.length < 64 || !/^[A-Za-z0-9+/]+={0,2}$/.test(clean)) return false;
  const der = Buffer.from(clean, 'base64');
  if (kind === 'OPENSSH') return der.subarray(0, 15).toString('latin1') === 'openssh-key-v1\0';
  if (kind === 'PGP') return der.length > 32;
  if (der[0] !== 0x30) return false;
  const first = der[1] as number;
  let length: number;
  let header: number;
  if (first < 0x80) {
    length = first;
    header = 2;
  } else {
    const bytes = first & 0x7f;
    if (bytes < 1 || bytes > 3) return false;
    length = 0;
    for (let i = 0; i < bytes; i += 1) length = length * 256 + (der[2 + i] as number);
    header = 2 + bytes;
  }
  if (header + length === der.length) return true;
  // A key cut short (a copy that lost its tail) still leaks most of its material.
  return header + length > der.length && clean.length >= 256 && entropy(clean) > 5;
}

/**
 * A JWT's header decodes to a JSON object that names its `alg`, and its payload
 * is not the jwt.io example (sub 1234567890, John Doe) that documentation and
 * test suites everywhere copy.
 */
export function hasJwtHeader(token: string): boolean {
  const [header = '', payload = ''] = token.split('.');
  try {
    const parsed: unknown = JSON.parse(Buffer.from(header, 'base64url').toString('utf8'));
    if (typeof parsed !== 'object' || parsed === null || typeof (parsed as { alg?: unknown }).alg !== 'string')
      return false;
  } catch {
    return false;
  }
  const claims = Buffer.from(payload, 'base64url').toString('utf8');
  return !/"sub"\s*:\s*"1234567890"|"name"\s*:\s*"John Doe"/.test(claims);
}

/** Shannon entropy in bits per character. */
export function entropy(text: string): number {
  if (!text) return 0;
  const counts = new Map<string, number>();
  for (const ch of text) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  let bits = 0;
  for (const count of counts.values()) {
    const p = count / text.length;
    bits -= p * Math.log2(p);
  }
  return bits;
}

import { createWriteStream } from 'node:fs';
import { finished } from 'node:stream/promises';
import { createGzip } from 'node:zlib';

/**
 * Writes gzipped ustar archives with whatever entries a test wants, including the
 * ones `npm pack` never makes (absolute names, `..`, links, devices) and entries
 * of any size (a 1 GB body streams zeros through gzip, a few MB on disk).
 */
export interface TarEntry {
  name: string;
  /** ustar type flag: '0' file, '5' folder, '2' symlink, '1' hard link, '3' char device, '6' FIFO. */
  type?: string;
  body?: string | Buffer;
  /** A body of this many zero bytes instead of `body`. */
  zeros?: number;
  linkname?: string;
  /** A pax extended header ('x') written just before this entry, e.g. { size: '2048' } to say another size than the ustar one. */
  pax?: Record<string, string>;
  /** Written as they are instead of an entry (e.g. a lone 512-byte zero block). */
  raw?: Buffer;
  /** The ustar size field, when it should lie about the body that follows. */
  headerSize?: number;
}

/** A pax record is "<length> <key>=<value>\n", the length counting itself. */
function paxBody(records: Record<string, string>): Buffer {
  return Buffer.from(
    Object.entries(records)
      .map(([key, value]) => {
        const rest = ` ${key}=${value}\n`;
        let length = Buffer.byteLength(rest) + 1;
        while (String(length).length + Buffer.byteLength(rest) !== length) length += 1;
        return `${length}${rest}`;
      })
      .join(''),
  );
}

/** A raw ustar header block for `entry` with this size field (for archives a test assembles by hand). */
export function header(entry: TarEntry, size: number): Buffer {
  const block = Buffer.alloc(512);
  const put = (text: string, offset: number, length: number) =>
    block.write(text.slice(0, length), offset, length, 'utf8');
  let name = entry.name;
  let prefix = '';
  if (Buffer.byteLength(name) > 100) {
    const cut = name.lastIndexOf('/', 154);
    prefix = name.slice(0, cut);
    name = name.slice(cut + 1);
  }
  put(name, 0, 100);
  put('0000644\0', 100, 8);
  put('0000000\0', 108, 8);
  put('0000000\0', 116, 8);
  put(`${size.toString(8).padStart(11, '0')}\0`, 124, 12);
  put('00000000000\0', 136, 12);
  put('        ', 148, 8);
  put(entry.type ?? '0', 156, 1);
  put(entry.linkname ?? '', 157, 100);
  put('ustar\0', 257, 6);
  put('00', 263, 2);
  put(prefix, 345, 155);
  const sum = block.reduce((n, b) => n + b, 0);
  put(`${sum.toString(8).padStart(6, '0')}\0 `, 148, 8);
  return block;
}

export async function writeTarball(file: string, entries: Iterable<TarEntry>): Promise<void> {
  const gzip = createGzip({ level: 1 });
  const out = gzip.pipe(createWriteStream(file));
  const write = (chunk: Buffer) =>
    gzip.write(chunk) ? Promise.resolve() : new Promise<void>((resolve) => gzip.once('drain', () => resolve()));
  const writeBody = async (body: Buffer) => {
    await write(body);
    if (body.length % 512) await write(Buffer.alloc(512 - (body.length % 512)));
  };
  for (const entry of entries) {
    if (entry.raw) {
      await write(entry.raw);
      continue;
    }
    if (entry.pax) {
      const records = paxBody(entry.pax);
      await write(header({ name: 'PaxHeader', type: 'x' }, records.length));
      await writeBody(records);
    }
    const body = entry.body === undefined ? undefined : Buffer.from(entry.body);
    const size = entry.type && entry.type !== '0' ? 0 : (entry.zeros ?? body?.length ?? 0);
    await write(header(entry, entry.headerSize ?? size));
    if (entry.zeros && size) {
      const zeros = Buffer.alloc(1 << 20);
      for (let left = size; left > 0; left -= zeros.length)
        await write(left >= zeros.length ? zeros : zeros.subarray(0, left));
    } else if (body && size) await write(body);
    if (size % 512) await write(Buffer.alloc(512 - (size % 512)));
  }
  await write(Buffer.alloc(1024));
  gzip.end();
  await finished(out);
}

/** The package.json entry of a small valid package, for tarballs that differ in one way. */
export function manifestEntry(name = 'tar-check', version = '1.0.0'): TarEntry {
  return {
    name: 'package/package.json',
    body: JSON.stringify({ name, version, bin: { [name]: 'index.js' }, license: 'MIT' }),
  };
}

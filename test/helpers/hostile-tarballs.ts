import path from 'node:path';
import { header, manifestEntry, writeTarball, type TarEntry } from './tar-writer.js';

/**
 * The crafted tarballs of issue #16 (binary, so built here into a temp folder):
 * each shows one package to a reader that stops early or ignores pax, and
 * another to npm's reader (node-tar), which honours pax `size`, reads past a
 * single zero block and lets the last package.json win.
 */
export interface Names {
  /** What a naive reader (first package.json, stop at a zero block, ustar sizes) sees. */
  shown: string;
  /** What npm reads and would send to the registry. */
  hidden: string;
}

export const HIDDEN_VERSION = '9.9.9';
const INDEX: TarEntry = { name: 'package/index.js', body: '#!/usr/bin/env node\n' };
/** What made the tarball dangerous to install: npm never packs either. */
const UNSAFE: TarEntry[] = [
  { name: 'package/passwd.js', type: '2', linkname: '/etc/passwd' },
  { name: 'package/../../.bashrc', body: 'echo owned\n' },
];

export type HostileKind =
  | 'pax-size-lie'
  | 'pax-size-lie-clean'
  | 'after-one-zero-block'
  | 'two-manifests'
  | 'symlink'
  | 'dot-dot'
  | 'backslash-dot-dot';

/** The entries for each hostile kind; `shown` is what the reader reported, `hidden` what the registry got. */
function entries(kind: HostileKind, names: Names): TarEntry[] {
  const shown = manifestEntry(names.shown, '1.0.0');
  const hidden = manifestEntry(names.hidden, HIDDEN_VERSION);
  switch (kind) {
    case 'pax-size-lie':
    case 'pax-size-lie-clean': {
      // The ustar header says README.md is empty, so a naive reader reads the shown package.json next;
      // its pax header says the README is as long as that package.json's header and body, so node-tar swallows them.
      const shownBody = Buffer.from(shown.body as string);
      const swallowed = Buffer.concat([
        header(shown, shownBody.length),
        shownBody,
        Buffer.alloc(512 - (shownBody.length % 512)),
      ]);
      const lie: TarEntry = {
        name: 'package/README.md',
        body: swallowed,
        headerSize: 0,
        pax: { size: String(swallowed.length) },
      };
      return [lie, hidden, INDEX, ...(kind === 'pax-size-lie' ? UNSAFE : [])];
    }
    case 'after-one-zero-block':
      return [shown, INDEX, { name: '', raw: Buffer.alloc(512) }, hidden, ...UNSAFE];
    case 'two-manifests':
      return [shown, INDEX, hidden];
    case 'symlink':
      return [hidden, INDEX, UNSAFE[0] as TarEntry];
    case 'dot-dot':
      return [hidden, INDEX, UNSAFE[1] as TarEntry];
    case 'backslash-dot-dot':
      return [hidden, INDEX, { name: 'package\\..\\..\\.bashrc', body: 'echo owned\n' }];
  }
}

/** Writes `<dir>/<kind>.tgz`. */
export async function hostileTarball(dir: string, kind: HostileKind, names: Names): Promise<string> {
  const file = path.join(dir, `${kind}.tgz`);
  await writeTarball(file, entries(kind, names));
  return file;
}

/**
 * Names a package must never ship: one rule (`pack/unsafe-name`) for the packed
 * file list security-scan judges, the tarball pack writes and the tarball
 * publish sends. Pure: callers hand over names, as npm lists them (relative to
 * the package) or as node-tar decodes a tarball entry (`package/...`).
 *
 * Extracting such a name writes outside the folder it is extracted to:
 * - a `..` segment climbs out; node-tar on Windows (and any extractor there)
 *   reads `\` as a separator too, so `a\..\..\evil.js` climbs on Windows even
 *   though it is one harmless file name on Linux;
 * - an absolute name (`/x`, `\x`) or a drive letter (`C:`, at the start or
 *   after a separator) points at the root of a disk;
 * - control characters (U+0000-U+001F, U+007F) are no file name a user can
 *   see or type: they hide a name in a terminal and a report, and a NUL cuts
 *   it short in C-based extractors.
 */

/** Why this packed name is unsafe, or undefined when it is fine. */
export function packedNameProblem(name: string): string | undefined {
  if (name.startsWith('/') || name.startsWith('\\')) return 'is an absolute path';
  const segments = name.split(/[\\/]/);
  if (segments.some((s) => /^[A-Za-z]:/.test(s))) return 'is an absolute path (a drive letter)';
  if (segments.includes('..'))
    return name.includes('\\') && !name.split('/').includes('..')
      ? 'climbs out of the package with .. (separated by \\, as Windows reads it)'
      : 'climbs out of the package with ..';
  // eslint-disable-next-line no-control-regex
  const control = /[\u0000-\u001f\u007f]/.exec(name);
  if (control)
    return `has a control character (U+${(control[0].codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')})`;
  return undefined;
}

/** Short, quoted, bounded, control characters escaped: a hostile name must not flood or forge a report line. */
export function quoteName(name: string): string {
  return JSON.stringify(name.slice(0, 200));
}

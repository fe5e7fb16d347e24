/**
 * Pure readers of package.json fields that point at files. npm and Node accept
 * several shapes for each; these turn them into one list of targets.
 */

export type Manifest = Record<string, unknown>;

export interface BinTarget {
  name: string;
  target: string;
  /** JSON path of the field, for the finding's line. */
  jsonPath: (string | number)[];
}

export interface EntryTarget {
  field: 'main' | 'module' | 'types' | 'typings' | 'exports' | 'browser';
  /** e.g. `exports["."].import` */
  label: string;
  target: string;
  jsonPath: (string | number)[];
}

/** `bin` as npm reads it: a string means one bin named after the unscoped package name. */
export function binTargets(manifest: Manifest): BinTarget[] {
  const bin = manifest.bin;
  if (typeof bin === 'string') {
    const name = typeof manifest.name === 'string' ? manifest.name.replace(/^@[^/]+\//, '') : 'bin';
    return [{ name, target: bin, jsonPath: ['bin'] }];
  }
  if (bin && typeof bin === 'object' && !Array.isArray(bin)) {
    return Object.entries(bin as Record<string, unknown>)
      .filter((entry): entry is [string, string] => typeof entry[1] === 'string')
      .map(([name, target]) => ({ name, target, jsonPath: ['bin', name] }));
  }
  return [];
}

export function hasBinField(manifest: Manifest): boolean {
  const bin = manifest.bin;
  return typeof bin === 'string' ? bin.trim() !== '' : !!bin && typeof bin === 'object' && Object.keys(bin).length > 0;
}

/** main, module, types/typings, browser (string form) and every string target in exports. */
export function entryTargets(manifest: Manifest): EntryTarget[] {
  const out: EntryTarget[] = [];
  for (const field of ['main', 'module', 'types', 'typings', 'browser'] as const) {
    const value = manifest[field];
    if (typeof value === 'string' && value.trim() !== '')
      out.push({ field, label: field, target: value, jsonPath: [field] });
  }
  walkExports(manifest.exports, ['exports'], 'exports', out);
  return out;
}

function walkExports(value: unknown, jsonPath: (string | number)[], label: string, out: EntryTarget[]): void {
  if (typeof value === 'string') {
    out.push({ field: 'exports', label, target: value, jsonPath });
  } else if (Array.isArray(value)) {
    value.forEach((item, i) => walkExports(item, [...jsonPath, i], `${label}[${i}]`, out));
  } else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value as Record<string, unknown>)) {
      walkExports(item, [...jsonPath, key], `${label}[${JSON.stringify(key)}]`, out);
    }
  }
}

/**
 * A package-relative POSIX path for a target, or undefined when the target leaves
 * the package (absolute, or `..` above the root).
 */
export function normalizeTarget(target: string): string | undefined {
  const slashed = target.replace(/\\/g, '/');
  if (slashed.startsWith('/') || /^[a-zA-Z]:\//.test(slashed)) return undefined;
  const parts: string[] = [];
  for (const part of slashed.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') {
      if (parts.length === 0) return undefined;
      parts.pop();
    } else parts.push(part);
  }
  return parts.join('/');
}

/** Files whose content or presence the layout rules read. */
export function referencedFiles(manifest: Manifest): string[] {
  const paths = new Set<string>();
  for (const b of binTargets(manifest)) addIfInside(paths, b.target);
  for (const e of entryTargets(manifest)) if (!e.target.includes('*')) addIfInside(paths, e.target);
  const licenseFile = seeLicenseFile(manifest.license);
  if (licenseFile) addIfInside(paths, licenseFile);
  // Whether each plain `files` entry exists, and whether an .npmignore does (the files rules).
  for (const entry of filesEntries(manifest))
    if (!entry.negated && !/[*?[\]{}]/.test(entry.pattern)) addIfInside(paths, entry.pattern);
  paths.add('.npmignore');
  return [...paths];
}

export interface FilesEntry {
  /** Index in the `files` array. */
  index: number;
  /** As written. */
  raw: string;
  /** As npm reads it: no leading `./` or `/`, no trailing `/`, `dir/*` as `dir/**`. */
  pattern: string;
  negated: boolean;
}

/** The string entries of `files`, normalized as npm-packlist reads them. */
export function filesEntries(manifest: Manifest): FilesEntry[] {
  if (!Array.isArray(manifest.files)) return [];
  const out: FilesEntry[] = [];
  (manifest.files as unknown[]).forEach((raw, index) => {
    if (typeof raw !== 'string' || raw.trim() === '') return;
    const negated = raw.trim().startsWith('!');
    let pattern = raw
      .trim()
      .replace(/^!+/, '')
      .replace(/\\/g, '/')
      .replace(/^(\.\/)+/, '')
      .replace(/^\/+/, '')
      .replace(/\/+$/, '');
    if (pattern.endsWith('/*')) pattern += '*';
    out.push({ index, raw, pattern, negated });
  });
  return out;
}

function addIfInside(paths: Set<string>, target: string): void {
  const normalized = normalizeTarget(target);
  if (normalized) paths.add(normalized);
}

/** The file named by `SEE LICENSE IN <file>`, if that is the form used. */
export function seeLicenseFile(license: unknown): string | undefined {
  if (typeof license !== 'string') return undefined;
  const match = /^SEE LICEN[CS]E IN (.+)$/i.exec(license.trim());
  return match?.[1]?.trim();
}

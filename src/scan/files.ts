import picomatch from 'picomatch';
import type { PackDryRun, PackListResult } from '../adapters/npm.js';

/*
 * The files a scan looks at, as data: the source tree adapter lists and reads
 * them (src/adapters/source-tree.ts); the scan decides what they mean.
 */

export interface ScanFile {
  /** POSIX path relative to the scanned folder. */
  path: string;
  /** In the npm tarball. */
  published: boolean;
  /** Tracked in git (or, outside git, present in the folder). */
  tracked: boolean;
}

export interface FileSets {
  files: ScanFile[];
  /** How the repository side was listed. */
  source: 'git' | 'walk';
  pack?: PackDryRun;
  packError?: string;
}

export interface TrackedFiles {
  files: string[];
  /** git ls-files, or a walk of the folder outside git. */
  source: 'git' | 'walk';
  /** The symbolic links among `files` (git's mode 120000), when the listing knows them. */
  links?: string[];
}

export interface ReadResult {
  path: string;
  /** The raw bytes (the secret scanner decodes only files that contain a keyword). */
  bytes?: Buffer;
  skipped?: 'binary' | 'too-large' | 'unreadable' | 'symlink';
}

/** A symbolic link among the tracked files, and whether it leads out of the package. */
export interface LinkFact {
  file: string;
  escapes: boolean;
}

/** What would be published (npm pack --dry-run) and what is in the repository, merged by path. */
export function fileSets(pack: PackListResult | undefined, repo: TrackedFiles): FileSets {
  const byPath = new Map<string, ScanFile>();
  for (const rel of repo.files) byPath.set(rel, { path: rel, published: false, tracked: true });
  if (pack?.ok) {
    for (const f of pack.pack.files) {
      const entry = byPath.get(f.path) ?? { path: f.path, published: false, tracked: false };
      entry.published = true;
      byPath.set(f.path, entry);
    }
  }
  return {
    files: [...byPath.values()].sort((a, b) => a.path.localeCompare(b.path)),
    source: repo.source,
    ...(pack?.ok ? { pack: pack.pack } : { packError: pack?.error ?? 'npm pack failed' }),
  };
}

/** A `files` entry as npm reads it: `./dist/`, `/dist` and `dist` are one folder. */
function filesEntry(entry: string): string {
  return entry
    .trim()
    .replace(/^\.?\/+/, '')
    .replace(/\/+$/, '');
}

/**
 * Whether npm would have published a path (a link, which it leaves out of the
 * tarball, or any file) if it were a regular file: with `files`, a path an
 * entry names or lies under (npm-packlist: a folder entry takes its contents);
 * without, a path in a folder npm publishes files from (so `.npmignore`d
 * folders, which publish nothing, are not judged). `published` is what
 * `npm pack --dry-run` listed.
 */
export function wouldPublish(
  file: string,
  manifest: Record<string, unknown> | undefined,
  published: readonly string[],
): boolean {
  const files = Array.isArray(manifest?.files)
    ? (manifest.files as unknown[]).filter((f): f is string => typeof f === 'string')
    : undefined;
  // npm-packlist always packs these, whatever `files` and `.npmignore` say.
  const always = [manifest?.main, ...Object.values(binOf(manifest))]
    .filter((t): t is string => typeof t === 'string')
    .map((t) => filesEntry(t));
  if (/^(readme|license|licence|copying)(\.[^/]*)?$/i.test(file) || always.includes(file)) return true;
  if (files) {
    const include = files.filter((f) => !f.trim().startsWith('!')).map(filesEntry);
    const exclude = files.filter((f) => f.trim().startsWith('!')).map((f) => filesEntry(f.trim().slice(1)));
    const matches = (entry: string): boolean =>
      entry !== '' &&
      (file === entry ||
        file.startsWith(`${entry}/`) ||
        picomatch(entry, { dot: true })(file) ||
        picomatch(`${entry}/**`, { dot: true })(file));
    return include.some(matches) && !exclude.some(matches);
  }
  const folder = file.includes('/') ? file.slice(0, file.lastIndexOf('/')) : '';
  return published.some((p) => (folder === '' ? !p.includes('/') : p.startsWith(`${folder}/`)));
}

/** The links among `links` that lie where npm publishes: the only ones whose missing target users would miss. */
export function publishedLinks(
  links: readonly LinkFact[],
  manifest: Record<string, unknown> | undefined,
  published: readonly string[],
): LinkFact[] {
  return links.filter((link) => wouldPublish(link.file, manifest, published));
}

function binOf(manifest: Record<string, unknown> | undefined): Record<string, unknown> {
  const bin = manifest?.bin;
  if (typeof bin === 'string') return { bin };
  return bin && typeof bin === 'object' ? (bin as Record<string, unknown>) : {};
}

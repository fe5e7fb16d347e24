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

import { lstat, open, readdir } from 'node:fs/promises';
import path from 'node:path';
import { packDryRunMany, type PackDryRun, type PackListResult } from '../adapters/npm.js';
import { runProcess } from '../adapters/process.js';
import { mapLimit } from '../util/concurrency.js';

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

const SKIP_DIRS = new Set(['node_modules', '.git']);

/**
 * What would be published (npm pack --dry-run) and what is in the repository (git ls-files, else a walk).
 * `packed`: the file list already asked of npm (a monorepo asks once for every package).
 */
export async function listFiles(dir: string, packed?: PackListResult): Promise<FileSets> {
  const [pack, repo] = await Promise.all([packed ?? packDryRunMany([dir]).then((all) => all[0]), trackedFiles(dir)]);
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

export async function trackedFiles(dir: string): Promise<{ files: string[]; source: 'git' | 'walk' }> {
  const git = await runProcess('git', ['ls-files', '-z', '--cached'], { cwd: dir, timeoutMs: 60_000 }).catch(
    () => undefined,
  );
  if (git && git.code === 0) return { files: git.stdout.split('\0').filter(Boolean), source: 'git' };
  return { files: await walk(dir, ''), source: 'walk' };
}

/** Every file under dir, skipping node_modules (third-party READMEs are full of example keys) and .git. */
async function walk(root: string, rel: string): Promise<string[]> {
  const entries = await readdir(path.join(root, rel), { withFileTypes: true }).catch(() => []);
  const out: string[] = [];
  for (const entry of entries) {
    const child = rel ? `${rel}/${entry.name}` : entry.name;
    if (entry.isDirectory()) {
      if (!SKIP_DIRS.has(entry.name)) out.push(...(await walk(root, child)));
    } else if (entry.isFile()) out.push(child);
  }
  return out;
}

export interface ReadResult {
  path: string;
  /** The raw bytes (the secret scanner decodes only files that contain a keyword). */
  bytes?: Buffer;
  skipped?: 'binary' | 'too-large' | 'unreadable' | 'symlink';
}

const BINARY_SNIFF_BYTES = 8000;

/** Read files in parallel; binary files (a NUL byte early on) and files over `maxBytes` are skipped. */
export async function readFiles(
  dir: string,
  files: readonly string[],
  maxBytes: number,
  concurrency = 16,
): Promise<ReadResult[]> {
  return mapLimit(files, concurrency, async (rel) => {
    const full = path.join(dir, rel);
    try {
      const info = await lstat(full);
      if (info.isSymbolicLink()) return { path: rel, skipped: 'symlink' as const };
      if (info.size > maxBytes) return { path: rel, skipped: 'too-large' as const };
      const handle = await open(full, 'r');
      try {
        const buffer = await handle.readFile();
        if (buffer.subarray(0, BINARY_SNIFF_BYTES).includes(0)) return { path: rel, skipped: 'binary' as const };
        return { path: rel, bytes: buffer };
      } finally {
        await handle.close();
      }
    } catch {
      return { path: rel, skipped: 'unreadable' as const };
    }
  });
}

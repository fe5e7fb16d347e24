import { readdirSync, type Dirent } from 'node:fs';
import { lstat, readFile, realpath } from 'node:fs/promises';
import path from 'node:path';
import type { LinkFact, TrackedFiles } from '../scan/files.js';
import type { SecretScanJob } from '../scan/secret-job.js';
import { readJsonObject } from './bounded-read.js';
import { runProcess } from './process.js';
import type { SecretScanResult } from './scan-workers.js';

/**
 * A repository or package folder as a tree of files: what git tracks (else a
 * walk), the files' bytes (bounded, binary files skipped), symbolic links,
 * and the package.json files a glob finds.
 */
export interface SourceTreeAdapter {
  /** git ls-files, else every file under the folder (node_modules and .git skipped). */
  trackedFiles(dir: string): Promise<TrackedFiles>;
  /**
   * Read each file once and scan it for secrets, on worker threads when the tree is large;
   * only skipped files and redacted hits come back (src/adapters/scan-workers.ts). `busyUntil`: the
   * caller has other work on this thread until it settles; a large tree starts its workers meanwhile.
   */
  scanFiles(
    dir: string,
    files: readonly string[],
    job: SecretScanJob,
    options?: { busyUntil?: Promise<unknown> },
  ): Promise<SecretScanResult>;
  /** A text file, or undefined when it cannot be read. */
  readText(file: string): Promise<string | undefined>;
  /** A JSON file holding an object, or undefined. */
  readJsonObject(file: string): Promise<Record<string, unknown> | undefined>;
  /** The symbolic links among the files, and whether each leads out of `dir`. */
  symlinks(dir: string, files: readonly string[]): Promise<LinkFact[]>;
  /** Paths under `dir` matching a glob (no dot folders, no directories expanded). */
  findFiles(dir: string, pattern: string, ignore: readonly string[]): Promise<string[]>;
}

// The secret scan (its engine, worker threads) and the glob library load on first use: a command
// that reads a few files pays for neither.
export const sourceTree: SourceTreeAdapter = {
  trackedFiles,
  scanFiles: async (dir, files, job, options) =>
    (await import('./scan-workers.js')).scanFilesForSecrets(
      dir,
      files,
      job,
      options?.busyUntil ? { mainThreadBusyUntil: options.busyUntil } : {},
    ),
  readText: (file) => readFile(file, 'utf8').catch(() => undefined),
  readJsonObject,
  symlinks,
  findFiles: async (dir, pattern, ignore) =>
    (await import('tinyglobby')).glob(pattern, { cwd: dir, ignore: [...ignore], dot: false, expandDirectories: false }),
};

const SKIP_DIRS = new Set(['node_modules', '.git']);

async function trackedFiles(dir: string): Promise<TrackedFiles> {
  // --stage: each entry's mode too, so the links among the files are known without an lstat per file.
  const git = await runProcess('git', ['ls-files', '-z', '--cached', '--stage'], {
    cwd: dir,
    timeoutMs: 60_000,
  }).catch(() => undefined);
  if (git && git.code === 0) return { ...parseLsFilesStage(git.stdout), source: 'git' };
  // The walk lists regular files only: it has no links to report.
  return { files: await walk(dir, ''), source: 'walk', links: [] };
}

/** `git ls-files -z --stage`: "<mode> <object> <stage>\t<path>\0" per entry; a path in conflict comes once per stage. */
export function parseLsFilesStage(stdout: string): { files: string[]; links: string[] } {
  const files: string[] = [];
  const links: string[] = [];
  let previous: string | undefined;
  for (const entry of stdout.split('\0')) {
    const tab = entry.indexOf('\t');
    if (tab < 0) continue;
    const file = entry.slice(tab + 1);
    if (file === previous) continue;
    previous = file;
    // A submodule (gitlink) is another repository's commit, not a file of this one.
    if (entry.startsWith('160000 ')) continue;
    files.push(file);
    if (entry.startsWith('120000 ')) links.push(file);
  }
  return { files, links };
}

/**
 * Every file under dir, skipping node_modules (third-party READMEs are full of example keys) and .git.
 * Synchronous on purpose: one uninterrupted pass, so the secret scan can start at once instead of
 * waiting a turn of the event loop per folder behind the listing of what npm would pack.
 */
async function walk(root: string, rel: string): Promise<string[]> {
  const out: string[] = [];
  const visit = (relDir: string): void => {
    let entries: Dirent[];
    try {
      entries = readdirSync(path.join(root, relDir), { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      const child = relDir ? `${relDir}/${entry.name}` : entry.name;
      if (entry.isDirectory()) {
        if (!SKIP_DIRS.has(entry.name)) visit(child);
      } else if (entry.isFile()) out.push(child);
    }
  };
  visit(rel);
  return out;
}

async function symlinks(dir: string, files: readonly string[]): Promise<LinkFact[]> {
  const out: LinkFact[] = [];
  const root = await realpath(dir);
  for (const file of files) {
    const full = path.join(dir, file);
    const info = await lstat(full).catch(() => undefined);
    if (!info?.isSymbolicLink()) continue;
    const target = await realpath(full).catch(() => undefined);
    out.push({ file, escapes: !target || path.relative(root, target).startsWith('..') });
  }
  return out;
}

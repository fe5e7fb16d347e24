import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Git } from './git.js';

/**
 * The part of a checkout a `version` run may change: HEAD (the branch it is
 * on), the index entries and the bytes of the release files. Taken before the
 * first write, so a run that fails after writing puts all of it back and
 * "nothing changed" stays true.
 */
export interface TreeSnapshot {
  repoRoot: string;
  /** Undefined outside a git repository (version without --commit): only the files are restored. */
  head: string | undefined;
  files: Map<string, Buffer | undefined>;
  index: Map<string, { mode: string; sha: string }>;
}

const relative = (repoRoot: string, file: string) => path.relative(repoRoot, file).split(path.sep).join('/');

export interface WorkingTree {
  /** The release files' bytes, and (with `git`) HEAD and their index entries. */
  snapshot(repoRoot: string, files: readonly string[], git: boolean): Promise<TreeSnapshot>;
  /**
   * Puts the checkout back as the snapshot found it. Returns what could not be
   * restored (empty when all was), for the run's report: a run must never say
   * "nothing changed" when something did.
   */
  restore(snapshot: TreeSnapshot): Promise<string[]>;
}

export function createWorkingTree(git: Git): WorkingTree {
  return {
    snapshot: (repoRoot, files, withGit) => snapshotTree(git, repoRoot, files, withGit),
    restore: (snapshot) => restoreTree(git, snapshot),
  };
}

async function snapshotTree(
  git: Git,
  repoRoot: string,
  files: readonly string[],
  withGit: boolean,
): Promise<TreeSnapshot> {
  const contents = new Map(
    await Promise.all(files.map(async (file) => [file, await readFile(file).catch(() => undefined)] as const)),
  );
  if (!withGit) return { repoRoot, head: undefined, files: contents, index: new Map() };
  return {
    repoRoot,
    head: await git.headCommit(repoRoot),
    files: contents,
    index: await git.indexEntries(
      repoRoot,
      files.map((f) => relative(repoRoot, f)),
    ),
  };
}

async function restoreTree(git: Git, snapshot: TreeSnapshot): Promise<string[]> {
  const problems: string[] = [];
  const { repoRoot } = snapshot;
  if (snapshot.head) {
    // --keep moves HEAD (and the branch) back and updates only the files that differ, refusing to
    // overwrite local edits: after a local release commit or a reset onto a moved remote head.
    if ((await git.headCommit(repoRoot)) !== snapshot.head) {
      const reset = await git.run(repoRoot, ['reset', '--quiet', '--keep', snapshot.head]);
      if (reset.code !== 0)
        problems.push(`HEAD could not be moved back to ${snapshot.head} (${reset.stderr.trim().split('\n')[0] ?? ''})`);
    }
    for (const file of snapshot.files.keys()) {
      const rel = relative(repoRoot, file);
      const entry = snapshot.index.get(rel);
      const result = entry
        ? await git.run(repoRoot, ['update-index', '--add', '--cacheinfo', entry.mode, entry.sha, rel])
        : await git.run(repoRoot, ['update-index', '--force-remove', '--', rel]);
      if (result.code !== 0) problems.push(`the index entry of ${rel} (${result.stderr.trim().split('\n')[0] ?? ''})`);
    }
  }
  for (const [file, content] of snapshot.files) {
    // Only what differs is written back: a file the run could not write is usually one it cannot restore either.
    const now = await readFile(file).catch(() => undefined);
    if (now === undefined ? content === undefined : content !== undefined && now.equals(content)) continue;
    try {
      if (content === undefined) await rm(file, { force: true });
      else await writeFile(file, content);
    } catch (error) {
      problems.push(`${relative(repoRoot, file)} (${(error as Error).message})`);
    }
  }
  return problems;
}

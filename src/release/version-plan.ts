import path from 'node:path';
import { extractSection, insertSection } from './changelog.js';
import {
  bunLockEdits,
  dependencyRangeEdits,
  lockRangeEdits,
  versionEditsOf,
  versionFiles,
  type VersionTarget,
} from './version-files.js';

/**
 * Pure: what a `version` run writes and commits, computed before anything is
 * written. A release is one set of file contents (package.json, the lockfile,
 * server.json, CHANGELOG.md) computed over the head the commit is made on;
 * the working tree and the branch are then compared with it, so a run that
 * was interrupted anywhere is recognised for what it left behind:
 *
 * - the head already holds every file at its release content: nothing to commit;
 * - the working tree holds some or all of the release (a crash between write
 *   and commit): those files are committed, not mistaken for "done";
 * - the working tree holds other edits of a release file: refused, naming the
 *   file, since committing would take them along and overwriting would lose them.
 */
export type Texts = ReadonlyMap<string, string | undefined>;

export function changelogFile(target: Pick<VersionTarget, 'dir'>): string {
  return path.join(target.dir, 'CHANGELOG.md');
}

/** Every file a release may write (absolute paths). */
export function releaseFiles(target: Pick<VersionTarget, 'dir' | 'repoRoot'>): string[] {
  const files = versionFiles(target);
  return [files.manifest, files.lock, files.server, changelogFile(target)];
}

/** The content of each release file once `target.version` is released over `texts` (undefined: absent and staying so). */
export function releaseContents(texts: Texts, target: VersionTarget, section: string): Map<string, string | undefined> {
  const out = new Map(releaseFiles(target).map((file) => [file, texts.get(file)] as const));
  for (const edit of versionEditsOf(texts, target)) out.set(edit.file, edit.after);
  const changelog = changelogFile(target);
  out.set(changelog, insertSection(texts.get(changelog), target.version, section));
  return out;
}

export interface PlannedFile {
  file: string;
  /** At the base (the head the commit is made on); undefined when the base has no such file. */
  before: string | undefined;
  after: string;
}

export interface VersionPlan {
  version: string;
  /** The files whose content the release changes against the base: exactly what the release commit holds. */
  files: PlannedFile[];
  /** Of those, the files whose working-tree content is not yet the release's. */
  toWrite: PlannedFile[];
  /** Release files whose working-tree content has edits of its own (neither the base's nor the release's, nor a version of either). */
  foreign: string[];
}

/**
 * Compares the release over the base with the release over the working tree:
 * a file is the run's own leftover (or untouched) when releasing over its disk
 * content gives the same result as releasing over the base, so a changelog
 * section written by an earlier attempt (another date) or a half-bumped set of
 * files is taken over, while any other edit is reported as foreign.
 */
export function planVersion(input: { base: Texts; disk: Texts; target: VersionTarget; section: string }): VersionPlan {
  const { base, disk, target, section } = input;
  const fromBase = releaseContents(base, target, section);
  const fromDisk = releaseContents(disk, target, section);
  const files: PlannedFile[] = [];
  const foreign: string[] = [];
  for (const [file, after] of fromBase) {
    if (fromDisk.get(file) !== after) foreign.push(file);
    if (after !== undefined && after !== base.get(file)) files.push({ file, before: base.get(file), after });
  }
  return { version: target.version, files, toWrite: files.filter((f) => disk.get(f.file) !== f.after), foreign };
}

/**
 * The release files a commit still lacks for `target.version`: a version field
 * not set in package.json, the lockfile or server.json, or no CHANGELOG
 * section for it. Empty means the commit holds the whole release (releasing it
 * again would change no version field), whatever its message says.
 */
export function missingFromRelease(texts: Texts, target: VersionTarget): string[] {
  const missing = versionEditsOf(texts, target).map((e) => e.file);
  const changelog = texts.get(changelogFile(target));
  if (changelog === undefined || extractSection(changelog, target.version) === undefined)
    missing.push(changelogFile(target));
  return missing;
}

/** One package of a monorepo release: its target at the new version and its CHANGELOG section. */
export interface ReleasePart {
  target: VersionTarget;
  section: string;
}

/** Every file a monorepo release may write: each released package's files, every workspace manifest, bun.lock. */
export function releaseFilesMany(
  parts: readonly Pick<ReleasePart, 'target'>[],
  manifests: readonly string[],
  repoRoot: string,
): string[] {
  const files = new Set<string>();
  for (const { target } of parts) for (const file of releaseFiles(target)) files.add(file);
  for (const manifest of manifests) files.add(manifest);
  files.add(bunLockFile(repoRoot));
  return [...files];
}

export const bunLockFile = (repoRoot: string) => path.join(repoRoot, 'bun.lock');

/**
 * The content of each file once every part is released over `texts`: each
 * package's own files in turn (so the shared lockfile holds every bump), then
 * the internal dependency specs of every workspace manifest (and npm's and
 * bun's lockfiles) moved for the new versions.
 */
export function releaseContentsMany(
  texts: Texts,
  parts: readonly ReleasePart[],
  manifests: readonly string[],
  repoRoot: string,
): Map<string, string | undefined> {
  const files = releaseFilesMany(parts, manifests, repoRoot);
  const out = new Map(files.map((file) => [file, texts.get(file)] as const));
  for (const part of parts)
    for (const [file, content] of releaseContents(out, part.target, part.section)) out.set(file, content);
  const released = new Map(parts.map((p) => [p.target.name, p.target.version] as const));
  for (const manifest of manifests) {
    const edit = dependencyRangeEdits(manifest, out.get(manifest), released);
    if (edit) out.set(manifest, edit.after);
  }
  const lock = versionFiles({ dir: repoRoot, repoRoot }).lock;
  const lockEdit = lockRangeEdits(lock, out.get(lock), released);
  if (lockEdit) out.set(lock, lockEdit.after);
  const bun = bunLockFile(repoRoot);
  const folders = new Map(
    parts.map((p) => [p.target.relativeDir.split(path.sep).join('/') || '.', p.target.version] as const),
  );
  const bunEdit = bunLockEdits(bun, out.get(bun), folders, released);
  if (bunEdit) out.set(bun, bunEdit.after);
  return out;
}

/** {@link planVersion} for a monorepo release: several packages, one commit. `version` names them all. */
export function planVersionMany(input: {
  base: Texts;
  disk: Texts;
  parts: readonly ReleasePart[];
  manifests: readonly string[];
  repoRoot: string;
}): VersionPlan {
  const { base, disk, parts, manifests, repoRoot } = input;
  const fromBase = releaseContentsMany(base, parts, manifests, repoRoot);
  const fromDisk = releaseContentsMany(disk, parts, manifests, repoRoot);
  const files: PlannedFile[] = [];
  const foreign: string[] = [];
  for (const [file, after] of fromBase) {
    if (fromDisk.get(file) !== after) foreign.push(file);
    if (after !== undefined && after !== base.get(file)) files.push({ file, before: base.get(file), after });
  }
  return {
    version: parts.map((p) => `${p.target.name}@${p.target.version}`).join(', '),
    files,
    toWrite: files.filter((f) => disk.get(f.file) !== f.after),
    foreign,
  };
}

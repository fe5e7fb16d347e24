import path from 'node:path';
import { applyEdits, modify, parse, type JSONPath } from 'jsonc-parser';
import { DEPENDENCY_FIELDS, movedSpec } from './monorepo-plan.js';

/**
 * Setting a new version everywhere the package states it: package.json, the
 * lockfile (root or monorepo workspace entry) and server.json (its version and
 * the npm package entry that names this package). Edits keep each file's
 * formatting (jsonc-parser), so the bump commit is a one-line diff per file.
 */
export interface VersionEdit {
  file: string;
  before: string;
  after: string;
}

function editJson(text: string, edits: [JSONPath, string][]): string {
  const indent = /\n(\s+)"/.exec(text)?.[1] ?? '  ';
  const formattingOptions = {
    insertSpaces: !indent.includes('\t'),
    tabSize: indent.includes('\t') ? 1 : indent.length,
    eol: text.includes('\r\n') ? '\r\n' : '\n',
  };
  let out = text;
  for (const [jsonPath, value] of edits) out = applyEdits(out, modify(out, jsonPath, value, { formattingOptions }));
  return out;
}

function planText(
  file: string,
  before: string | undefined,
  edits: (doc: Record<string, unknown>) => [JSONPath, string][],
): VersionEdit | undefined {
  if (before === undefined) return undefined;
  const doc = parse(before) as Record<string, unknown> | undefined;
  if (!doc || typeof doc !== 'object') return undefined;
  const list = edits(doc);
  if (list.length === 0) return undefined;
  const after = editJson(before, list);
  return after === before ? undefined : { file, before, after };
}

export interface VersionTarget {
  dir: string;
  repoRoot: string;
  relativeDir: string;
  name: string;
  version: string;
}

/** The files that may state the version: package.json, the lockfile, server.json. */
export function versionFiles(target: Pick<VersionTarget, 'dir' | 'repoRoot'>): {
  manifest: string;
  lock: string;
  server: string;
} {
  return {
    manifest: path.join(target.dir, 'package.json'),
    lock: path.join(target.repoRoot, 'package-lock.json'),
    server: path.join(target.dir, 'server.json'),
  };
}

/**
 * Pure: the edits over given file contents (absolute path -> text, undefined
 * when the file is absent). A release that lost a push race re-applies them to
 * the new head's files, so a sibling's bump in the shared lockfile is kept.
 */
export function versionEditsOf(texts: ReadonlyMap<string, string | undefined>, input: VersionTarget): VersionEdit[] {
  const { relativeDir, name, version } = input;
  const files = versionFiles(input);
  const edits: (VersionEdit | undefined)[] = [];
  edits.push(planText(files.manifest, texts.get(files.manifest), () => [[['version'], version]]));
  edits.push(
    planText(files.lock, texts.get(files.lock), (lock) => {
      const list: [JSONPath, string][] = [];
      const packages = (lock.packages ?? {}) as Record<string, { name?: string; version?: string }>;
      if (relativeDir === '' && lock.name === name) list.push([['version'], version]);
      const entry = packages[relativeDir.split(path.sep).join('/')];
      if (entry && (entry.name === undefined || entry.name === name) && entry.version !== undefined)
        list.push([['packages', relativeDir.split(path.sep).join('/'), 'version'], version]);
      return list;
    }),
  );
  edits.push(
    planText(files.server, texts.get(files.server), (server) => {
      const list: [JSONPath, string][] = [];
      if (typeof server.version === 'string') list.push([['version'], version]);
      const packages = Array.isArray(server.packages)
        ? (server.packages as { registryType?: string; identifier?: string; version?: string }[])
        : [];
      packages.forEach((entry, i) => {
        if (entry.registryType === 'npm' && entry.identifier === name && typeof entry.version === 'string')
          list.push([['packages', i, 'version'], version]);
      });
      return list;
    }),
  );
  return edits.filter((e): e is VersionEdit => Boolean(e));
}

/**
 * Pure: a workspace package's internal dependency specs moved for the
 * released packages (name -> new version), in package.json's dependency
 * fields: `workspace:` specs and ranges that hold the new version stay;
 * others move keeping their operator (monorepo-plan's movedSpec).
 */
export function dependencyRangeEdits(
  file: string,
  text: string | undefined,
  released: ReadonlyMap<string, string>,
): VersionEdit | undefined {
  return planText(file, text, (doc) => rangeEditsIn(doc, [], released));
}

function rangeEditsIn(
  doc: Record<string, unknown>,
  at: JSONPath,
  released: ReadonlyMap<string, string>,
): [JSONPath, string][] {
  const list: [JSONPath, string][] = [];
  for (const field of DEPENDENCY_FIELDS) {
    const deps = doc[field];
    if (!deps || typeof deps !== 'object' || Array.isArray(deps)) continue;
    for (const [name, version] of released) {
      const spec = (deps as Record<string, unknown>)[name];
      const moved = typeof spec === 'string' ? movedSpec(spec, version) : undefined;
      if (moved) list.push([[...at, field, name], moved]);
    }
  }
  return list;
}

/**
 * Pure: the same moves in npm's package-lock.json, which records each
 * workspace package's declared specs under `packages["<folder>"]`: the
 * release writes what `npm install` itself writes there after the change
 * (checked with npm 10). Entries under node_modules are installed copies,
 * not workspace packages: left alone.
 *
 * bun.lock is kept in step by {@link bunLockEdits}. pnpm-lock.yaml and yarn
 * berry's yarn.lock are left as they are: neither records a workspace
 * package's version (pnpm: `version: link:../../packages/lib` under the
 * importer; yarn: `version: 0.0.0-use.local`), so `pnpm install
 * --frozen-lockfile` and `yarn install --immutable` pass after a bump
 * (checked with pnpm 10.20 and yarn 4.18). Both record the declared spec,
 * which a `workspace:` spec keeps; a plain range moved in such a workspace
 * (rare: pnpm links plain ranges only with link-workspace-packages) needs
 * the manager's install to record it.
 */
export function lockRangeEdits(
  file: string,
  text: string | undefined,
  released: ReadonlyMap<string, string>,
): VersionEdit | undefined {
  return planText(file, text, (lock) => {
    const packages = lock.packages;
    if (!packages || typeof packages !== 'object') return [];
    const list: [JSONPath, string][] = [];
    for (const [key, entry] of Object.entries(packages as Record<string, unknown>)) {
      if (key.split('/').includes('node_modules') || !entry || typeof entry !== 'object') continue;
      list.push(...rangeEditsIn(entry as Record<string, unknown>, ['packages', key], released));
    }
    return list;
  });
}

/**
 * Pure: bun.lock (JSONC, trailing commas kept) records each workspace
 * package's version and declared specs under `workspaces["<folder>"]`, and
 * `bun install` rewrites them from package.json: the release writes what
 * bun would. `versions` maps released folders (POSIX, relative to the root) to their new version.
 */
export function bunLockEdits(
  file: string,
  text: string | undefined,
  versions: ReadonlyMap<string, string>,
  released: ReadonlyMap<string, string>,
): VersionEdit | undefined {
  return planText(file, text, (lock) => {
    const workspaces = lock.workspaces;
    if (!workspaces || typeof workspaces !== 'object') return [];
    const list: [JSONPath, string][] = [];
    for (const [key, entry] of Object.entries(workspaces as Record<string, unknown>)) {
      if (!entry || typeof entry !== 'object') continue;
      const version = versions.get(key === '' ? '.' : key);
      if (version && typeof (entry as { version?: unknown }).version === 'string')
        list.push([['workspaces', key, 'version'], version]);
      list.push(...rangeEditsIn(entry as Record<string, unknown>, ['workspaces', key], released));
    }
    return list;
  });
}

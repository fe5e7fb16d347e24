import path from 'node:path';
import { applyEdits, modify, parse, type JSONPath } from 'jsonc-parser';

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

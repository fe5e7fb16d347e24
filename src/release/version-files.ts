import { readFile, writeFile } from 'node:fs/promises';
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
  const formattingOptions = { insertSpaces: !indent.includes('\t'), tabSize: indent.includes('\t') ? 1 : indent.length, eol: text.includes('\r\n') ? '\r\n' : '\n' };
  let out = text;
  for (const [jsonPath, value] of edits) out = applyEdits(out, modify(out, jsonPath, value, { formattingOptions }));
  return out;
}

async function planFile(file: string, edits: (doc: Record<string, unknown>) => [JSONPath, string][]): Promise<VersionEdit | undefined> {
  const before = await readFile(file, 'utf8').catch(() => undefined);
  if (before === undefined) return undefined;
  const doc = parse(before) as Record<string, unknown> | undefined;
  if (!doc || typeof doc !== 'object') return undefined;
  const list = edits(doc);
  if (list.length === 0) return undefined;
  const after = editJson(before, list);
  return after === before ? undefined : { file, before, after };
}

export async function planVersionEdits(input: { dir: string; repoRoot: string; relativeDir: string; name: string; version: string }): Promise<VersionEdit[]> {
  const { dir, repoRoot, relativeDir, name, version } = input;
  const edits: (VersionEdit | undefined)[] = [];
  edits.push(await planFile(path.join(dir, 'package.json'), () => [[['version'], version]]));
  edits.push(
    await planFile(path.join(repoRoot, 'package-lock.json'), (lock) => {
      const list: [JSONPath, string][] = [];
      const packages = (lock.packages ?? {}) as Record<string, { name?: string; version?: string }>;
      if (relativeDir === '' && lock.name === name) list.push([['version'], version]);
      const entry = packages[relativeDir.split(path.sep).join('/')];
      if (entry && (entry.name === undefined || entry.name === name) && entry.version !== undefined) list.push([['packages', relativeDir.split(path.sep).join('/'), 'version'], version]);
      return list;
    }),
  );
  edits.push(
    await planFile(path.join(dir, 'server.json'), (server) => {
      const list: [JSONPath, string][] = [];
      if (typeof server.version === 'string') list.push([['version'], version]);
      const packages = Array.isArray(server.packages) ? (server.packages as { registryType?: string; identifier?: string; version?: string }[]) : [];
      packages.forEach((entry, i) => {
        if (entry.registryType === 'npm' && entry.identifier === name && typeof entry.version === 'string') list.push([['packages', i, 'version'], version]);
      });
      return list;
    }),
  );
  return edits.filter((e): e is VersionEdit => Boolean(e));
}

export async function applyVersionEdits(edits: readonly VersionEdit[]): Promise<void> {
  for (const edit of edits) await writeFile(edit.file, edit.after);
}

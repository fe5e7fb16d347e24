import path from 'node:path';
import type { PackListResult } from '../adapters/npm.js';
import { parseJsonStrict } from '../util/json-position.js';
import type { ModuleSyntax } from './module-syntax.js';
import { binTargets, normalizeTarget, type Manifest } from './references.js';

/*
 * What the layout rules know about one package, as data. The package folder
 * adapter (src/adapters/package-folder.ts) reads a folder into these facts;
 * the rules (src/layout/rules) only read them.
 */

export type JsonFileFact =
  | { kind: 'missing' }
  | { kind: 'invalid'; text: string; message: string; line: number; column: number }
  | { kind: 'ok'; text: string; data: unknown };

export interface FileFact {
  kind: 'file' | 'dir' | 'missing';
  /** UTF-8 content, for files up to the reader's limit. */
  text?: string;
}

export interface EnvironmentFacts {
  /** `owner/repo` when running in GitHub Actions. */
  githubRepository?: string;
  githubRepositoryOwner?: string;
}

/** Everything the layout rules need to know about one package, read once. */
export interface PackageFacts {
  packageJson: JsonFileFact;
  /** Set when package.json parsed as a JSON object. */
  manifest?: Manifest;
  /** Undefined when package.json is missing or invalid (npm would fail anyway). */
  pack?: PackListResult;
  /** Keyed by package-relative POSIX path: every file a package.json field points at. */
  files: Record<string, FileFact>;
  /** Module syntax of each referenced JavaScript file that was read. */
  moduleSyntax: Record<string, ModuleSyntax>;
  /** `node --check` of each bin target that exists. */
  syntax: Record<string, { ok: boolean; message?: string }>;
  /** Name of the README file in the package folder, if any. */
  readme?: string;
  serverJson: JsonFileFact;
  env: EnvironmentFacts;
}

/**
 * A JSON file's text (undefined: missing) as a fact: parsed, or where it stops being JSON. The tolerant
 * parser that says where loads only for a file JSON.parse refuses (src/util/json-errors.ts).
 */
export async function jsonFileFact(text: string | undefined): Promise<JsonFileFact> {
  if (text === undefined) return { kind: 'missing' };
  const parsed = parseJsonStrict(text) ?? (await import('../util/json-errors.js')).parseJsonWithPosition(text);
  return parsed.ok
    ? { kind: 'ok', text, data: parsed.value }
    : { kind: 'invalid', text, message: parsed.message, line: parsed.line, column: parsed.column };
}

/** The README among a folder's entries, if any. */
export function readmeName(names: readonly string[]): string | undefined {
  return names.find((n) => /^readme(\.[^.]+)?$/i.test(n));
}

/** The bin targets worth a `node --check`: JavaScript files that exist. */
export function binFilesToCheck(manifest: Manifest, files: Record<string, FileFact>): string[] {
  const binFiles = new Set(
    binTargets(manifest)
      .map((b) => normalizeTarget(b.target))
      .filter((p): p is string => !!p),
  );
  return [...binFiles].filter((rel) => files[rel]?.kind === 'file' && isJavaScriptPath(rel));
}

/** What `node --check` said, in one line: the error's first line, and where when it names the file. */
export function nodeCheckOutcome(code: number | null, stderr: string, rel: string): { ok: boolean; message?: string } {
  if (code === 0) return { ok: true };
  const lines = stderr.split('\n').map((l) => l.trimEnd());
  const errorLine =
    lines.find((l) => /^\w*Error\b/.test(l)) ?? lines.find((l) => l.trim() !== '') ?? 'node --check failed';
  const where = lines.find((l) => l.includes(rel) && /:\d+$/.test(l));
  return { ok: false, message: where ? `${errorLine} (${where.trim().split('/').slice(-1)[0]})` : errorLine };
}

export function isManifest(value: unknown): value is Manifest {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `.js`, `.mjs`, `.cjs`, or no extension at all (a bin script like `bin/server`). */
export function isJavaScriptPath(rel: string): boolean {
  return /\.(c|m)?js$/.test(rel) || !/\.[^/]+$/.test(path.posix.basename(rel));
}

import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { PackListResult } from '../adapters/npm.js';
import { runProcess } from '../adapters/process.js';
import { parseJsonWithPosition } from '../util/json-position.js';
import { detectModuleSyntax, type ModuleSyntax } from './module-syntax.js';
import { binTargets, normalizeTarget, referencedFiles, type Manifest } from './references.js';

/** Larger files are not read: no bin or entry point worth checking is this big. */
const MAX_READ_BYTES = 32 * 1024 * 1024;

export type JsonFileFact =
  | { kind: 'missing' }
  | { kind: 'invalid'; text: string; message: string; line: number; column: number }
  | { kind: 'ok'; text: string; data: unknown };

export interface FileFact {
  kind: 'file' | 'dir' | 'missing';
  /** UTF-8 content, for files up to MAX_READ_BYTES. */
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
 * Read what the rules need about the package in `dir`. `pack` is the result of
 * `npm pack --dry-run` for it (packed in one batch for all packages by the caller).
 */
export async function gatherFacts(
  dir: string,
  env: EnvironmentFacts,
  pack: () => Promise<PackListResult>,
): Promise<PackageFacts> {
  const packageJson = await readJsonFile(path.join(dir, 'package.json'));
  const [serverJson, readme] = await Promise.all([readJsonFile(path.join(dir, 'server.json')), findReadme(dir)]);
  const facts: PackageFacts = {
    packageJson,
    files: {},
    syntax: {},
    moduleSyntax: {},
    serverJson,
    env,
    ...(readme ? { readme } : {}),
  };
  if (packageJson.kind !== 'ok' || !isObject(packageJson.data)) return facts;
  const manifest = packageJson.data;
  facts.manifest = manifest;

  const referenced = referencedFiles(manifest);
  const [packResult, fileFacts] = await Promise.all([
    pack(),
    Promise.all(referenced.map(async (rel) => [rel, await readFileFact(path.join(dir, rel))] as const)),
  ]);
  facts.pack = packResult;
  facts.files = Object.fromEntries(fileFacts);

  for (const [rel, fact] of fileFacts) {
    if (fact.text !== undefined && isJavaScriptPath(rel)) facts.moduleSyntax[rel] = await detectModuleSyntax(fact.text);
  }

  const binFiles = new Set(
    binTargets(manifest)
      .map((b) => normalizeTarget(b.target))
      .filter((p): p is string => !!p),
  );
  await Promise.all(
    [...binFiles]
      .filter((rel) => facts.files[rel]?.kind === 'file' && isJavaScriptPath(rel))
      .map(async (rel) => {
        facts.syntax[rel] = await nodeCheck(dir, rel);
      }),
  );
  return facts;
}

async function readJsonFile(file: string): Promise<JsonFileFact> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { kind: 'missing' };
    throw error;
  }
  const parsed = parseJsonWithPosition(text);
  return parsed.ok
    ? { kind: 'ok', text, data: parsed.value }
    : { kind: 'invalid', text, message: parsed.message, line: parsed.line, column: parsed.column };
}

async function readFileFact(file: string): Promise<FileFact> {
  try {
    const info = await stat(file);
    if (info.isDirectory()) return { kind: 'dir' };
    if (info.size > MAX_READ_BYTES) return { kind: 'file' };
    return { kind: 'file', text: await readFile(file, 'utf8') };
  } catch {
    return { kind: 'missing' };
  }
}

async function findReadme(dir: string): Promise<string | undefined> {
  try {
    const names = await readdir(dir);
    return names.find((n) => /^readme(\.[^.]+)?$/i.test(n));
  } catch {
    return undefined;
  }
}

/**
 * `node --check` with the package folder as cwd, so Node applies the package's
 * own `type`. Only the first line of the error is kept: it names the problem.
 */
async function nodeCheck(dir: string, rel: string): Promise<{ ok: boolean; message?: string }> {
  const result = await runProcess(process.execPath, ['--check', rel], { cwd: dir, timeoutMs: 30_000 });
  if (result.code === 0) return { ok: true };
  const lines = result.stderr.split('\n').map((l) => l.trimEnd());
  const errorLine =
    lines.find((l) => /^\w*Error\b/.test(l)) ?? lines.find((l) => l.trim() !== '') ?? 'node --check failed';
  const where = lines.find((l) => l.includes(rel) && /:\d+$/.test(l));
  return { ok: false, message: where ? `${errorLine} (${where.trim().split('/').slice(-1)[0]})` : errorLine };
}

function isObject(value: unknown): value is Manifest {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `.js`, `.mjs`, `.cjs`, or no extension at all (a bin script like `bin/server`). */
function isJavaScriptPath(rel: string): boolean {
  return /\.(c|m)?js$/.test(rel) || !/\.[^/]+$/.test(path.posix.basename(rel));
}

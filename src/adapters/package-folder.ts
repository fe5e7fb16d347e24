import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import {
  binFilesToCheck,
  isJavaScriptPath,
  isManifest,
  jsonFileFact,
  nodeCheckOutcome,
  readmeName,
  type EnvironmentFacts,
  type FileFact,
  type JsonFileFact,
  type PackageFacts,
} from '../layout/facts.js';
import { detectModuleSyntax } from '../layout/module-syntax.js';
import { referencedFiles } from '../layout/references.js';
import { readJsonObject } from './bounded-read.js';
import type { PackListResult } from './npm.js';
import type { PackListOptions } from './packed-list.js';
import { runProcess } from './process.js';

/** Larger files are not read: no bin or entry point worth checking is this big. */
const MAX_READ_BYTES = 32 * 1024 * 1024;

/**
 * A package folder on disk: read into the facts the layout rules judge, what
 * npm would pack from it, its package.json.
 */
export interface PackageFolderAdapter {
  /**
   * Read what the rules need about the package in `dir`. `pack` is what npm would pack
   * from it (listed for all packages at once by the caller, see `packList`).
   */
  gatherFacts(dir: string, env: EnvironmentFacts, pack: () => Promise<PackListResult>): Promise<PackageFacts>;
  /**
   * What `npm pack` would put in each folder's tarball (no lifecycle scripts): listed in-process
   * with npm's own npm-packlist, one npm run for the folders that cannot be (src/adapters/packed-list.ts).
   */
  packList(dirs: readonly string[], concurrency?: number, options?: PackListOptions): Promise<PackListResult[]>;
  /** The folder's package.json as an object, or undefined when missing, unreadable or not an object. */
  readManifest(dir: string): Promise<Record<string, unknown> | undefined>;
  /** Whether a path names an existing folder or file. */
  pathKind(file: string): Promise<'dir' | 'file' | undefined>;
}

export const packageFolder: PackageFolderAdapter = {
  gatherFacts,
  // Loaded on first use: only the commands that list packed files carry npm-packlist.
  packList: async (dirs, concurrency, options) =>
    (await import('./packed-list.js')).packLists(dirs, concurrency, options),
  readManifest: (dir) => readJsonObject(path.join(dir, 'package.json')),
  async pathKind(file) {
    const info = await stat(file).catch(() => undefined);
    return info ? (info.isDirectory() ? 'dir' : 'file') : undefined;
  },
};

async function gatherFacts(
  dir: string,
  env: EnvironmentFacts,
  pack: () => Promise<PackListResult>,
): Promise<PackageFacts> {
  // The three reads go out together; a package.json that cannot be read is still the first error.
  const reading = readJsonFile(path.join(dir, 'package.json'));
  const others = Promise.all([
    readJsonFile(path.join(dir, 'server.json')),
    readdir(dir).then(readmeName, () => undefined),
  ]);
  others.catch(() => undefined); // awaited below, after package.json
  const packageJson = await reading;
  const [serverJson, readme] = await others;
  const facts: PackageFacts = {
    packageJson,
    files: {},
    syntax: {},
    moduleSyntax: {},
    serverJson,
    env,
    ...(readme ? { readme } : {}),
  };
  if (packageJson.kind !== 'ok' || !isManifest(packageJson.data)) return facts;
  const manifest = packageJson.data;
  facts.manifest = manifest;

  const referenced = referencedFiles(manifest);
  const fileFacts = await Promise.all(
    referenced.map(async (rel) => [rel, await readFileFact(path.join(dir, rel))] as const),
  );
  facts.files = Object.fromEntries(fileFacts);
  // The bin's `node --check` (a process of its own) starts first, then the listing (npm-packlist, or npm): the
  // listing's code loads and runs on this thread while the check runs beside it, off its path.
  const checks = Promise.all(
    binFilesToCheck(manifest, facts.files).map(async (rel) => [rel, await nodeCheck(dir, rel)] as const),
  );
  checks.catch(() => undefined); // awaited below; a rejection meanwhile is not an unhandled one
  const packing = pack();
  packing.catch(() => undefined);
  for (const [rel, fact] of fileFacts) {
    if (fact.text !== undefined && isJavaScriptPath(rel)) facts.moduleSyntax[rel] = await detectModuleSyntax(fact.text);
  }
  const [packResult, syntax] = await Promise.all([packing, checks]);
  facts.pack = packResult;
  facts.syntax = Object.fromEntries(syntax);
  return facts;
}

async function readJsonFile(file: string): Promise<JsonFileFact> {
  try {
    return await jsonFileFact(await readFile(file, 'utf8'));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return await jsonFileFact(undefined);
    throw error;
  }
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

/**
 * `node --check` with the package folder as cwd, so Node applies the package's
 * own `type`. Only the first line of the error is kept: it names the problem.
 */
async function nodeCheck(dir: string, rel: string): Promise<{ ok: boolean; message?: string }> {
  const result = await runProcess(process.execPath, ['--check', rel], { cwd: dir, timeoutMs: 30_000 });
  return nodeCheckOutcome(result.code, result.stderr, rel);
}

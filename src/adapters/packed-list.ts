import type { Stats } from 'node:fs';
import { lstat, open, readFile } from 'node:fs/promises';
import path from 'node:path';
import { once } from 'node:events';
import { Header } from 'tar/header';
import { Pax } from 'tar/pax';
import { mapLimit } from '../util/concurrency.js';
import { packlistWalk, tarballOrder } from './packlist-walk.js';
import { tarballName } from './package-manager/common.js';
import { packFieldsProblem, packDryRunMany, type PackDryRun, type PackedFile, type PackListResult } from './npm.js';
import { compareEnNumericCase, compareEnNumericCaseAscii, isPrintableAscii } from '../util/en-collation.js';

/*
 * What `npm pack --dry-run --ignore-scripts --json` says about a package folder,
 * computed in this process with the library npm itself lists files with
 * (npm-packlist, the major npm 11 bundles) instead of starting npm (~0.4 s).
 *
 * npm builds the folder's tree with @npmcli/arborist (`loadActual()`) and hands it
 * to npm-packlist; the walk reads only the root's normalized package.json, whether
 * it has workspaces, and, for bundleDependencies, the dependency edges. That tree is
 * built here from the package.json, normalized as @npmcli/package-json's
 * `normalize()` does for the fields the walk reads. The tarball npm would write is
 * streamed through gzip level 9 (npm's level) with node-tar's own header encoding,
 * so `size` is the real .tgz size without writing it.
 *
 * Where this path cannot be sure to agree with npm, it says why (`ok: false`) and the
 * caller runs npm: a package.json npm would reject (npm's error is the message), `workspaces` or `directories.bin` (npm expands globs), a symlinked or
 * unreadable bundled dependency, any error of the walk.
 * test/unit/packed-list.test.ts compares both on every package folder of the tests.
 */

export type InProcessPack =
  | {
      ok: true;
      /** From the package.json npm reads (the tarball is named after them). */
      name: string;
      version: string;
      pack: PackDryRun;
      /** Of the .tgz npm would write (its bytes are npm's: same sha1 and sha512 as `npm pack`). */
      shasum: string;
      integrity: string;
    }
  | { ok: false; reason: string };

export interface PackListOptions {
  /**
   * Only the paths (what a scan needs): the walk types entries from readdir instead of an lstat per
   * file, so sizes, modes and the .tgz size are 0 for the folders listed in-process.
   */
  namesOnly?: boolean;
  /**
   * `dirs[i]`'s .tgz size matters only above `sizeMattersAbove[i]` bytes (its budget): a folder listed
   * in-process whose tar stream cannot gzip to more than that is not read and gzipped; its `size` is
   * then that bound, marked `sizeAtMost` (see gzipSizeBound).
   */
  sizeMattersAbove?: readonly number[];
}

/**
 * What `npm pack --dry-run --ignore-scripts` would put in each folder's tarball: listed
 * in-process, and by one npm run for the folders that cannot be (each says why in
 * `npmBecause`). A `files` field npm would misread is an error without either.
 */
export async function packLists(
  dirs: readonly string[],
  concurrency = 4,
  options: PackListOptions = {},
): Promise<PackListResult[]> {
  const results = await mapLimit(dirs, concurrency, async (dir, index): Promise<PackListResult | string> => {
    const problem = await packFieldsProblem(dir);
    if (problem) return { ok: false, error: problem };
    // The listing's summary: the .tgz size, not its hashes (nothing reads them here).
    const sizeMattersAbove = options.sizeMattersAbove?.[index];
    const listed = await packInProcess(
      dir,
      options.namesOnly
        ? { namesOnly: true }
        : { withoutHashes: true, ...(sizeMattersAbove !== undefined ? { sizeMattersAbove } : {}) },
    );
    return listed.ok ? { ok: true, pack: listed.pack } : listed.reason;
  });
  const toNpm = dirs.filter((_, i) => typeof results[i] === 'string');
  const packed = toNpm.length ? await packDryRunMany(toNpm, concurrency) : [];
  return results.map((result) => {
    if (typeof result !== 'string') return result;
    const fromNpm = packed.shift() as PackListResult;
    return fromNpm.ok ? { ...fromNpm, npmBecause: result } : fromNpm;
  });
}

type Manifest = Record<string, unknown>;

interface TreeEdge {
  peer: boolean;
  dev: boolean;
  to: TreeNode | null;
}

interface TreeNode {
  path: string;
  package: Manifest;
  isProjectRoot: boolean;
  isLink: false;
  target: TreeNode;
  workspaces: null;
  edgesOut: Map<string, TreeEdge>;
}

/** Thrown while building the tree where npm's own tree could differ. */
class CannotMirror extends Error {}

/** pacote's tarCreateOptions: every entry is dated this (for zip tools confused by 1970). */
const TAR_MTIME = new Date('1985-10-26T08:15:00.000Z');
const BLOCK = 512;

/**
 * The packed file list, sizes and tarball size of one package folder, as npm would report
 * them; with `writeTo`, the .tgz itself is written there too (byte for byte what `npm pack
 * --ignore-scripts` writes). `withoutHashes`: the .tgz is sized but not hashed (`shasum` and
 * `integrity` are then ''), so node:crypto is not even loaded; with `sizeMattersAbove` too, a
 * tarball that cannot gzip to more than that many bytes is not built: `size` is then the bound
 * (`sizeAtMost`), and no file is read. `namesOnly`: the paths alone (sizes, modes and `size` 0).
 */
export async function packInProcess(
  dir: string,
  options: {
    writeTo?: string;
    namesOnly?: boolean;
    withoutHashes?: boolean;
    sizeMattersAbove?: number;
  } = {},
): Promise<InProcessPack> {
  const root = path.resolve(dir);
  try {
    const read = await readManifest(root);
    if (typeof read === 'string') return { ok: false, reason: read };
    const manifest = read;
    const problem = manifestProblem(manifest);
    if (problem) return { ok: false, reason: problem };
    const tree = rootNode(root, manifest);
    const bundled = manifest.bundleDependencies;
    if (Array.isArray(bundled) && bundled.length > 0) await addEdges(tree, new Map([[root, tree]]));
    const seen = new Map<string, Stats>();
    const names = { name: String(manifest.name), version: String(manifest.version) };
    if (options.namesOnly) {
      const files = await packlistWalk(tree, root, { namesOnly: true });
      const listed = files.map((f) => ({ path: f.replace(/^\.(\/|$)/, ''), size: 0, mode: 0 }));
      return {
        ok: true,
        ...names,
        pack: packSummary(manifest, listed, 0),
        shasum: '',
        integrity: '',
      };
    }
    const bounded = options.sizeMattersAbove !== undefined && options.withoutHashes === true && !options.writeTo;
    const files = await packlistWalk(tree, root, bounded ? { stats: seen } : {});
    if (bounded) {
      const entries = await tarEntries(root, manifest, files, seen);
      const listed = entries.map(({ path: rel, size, mode }) => ({ path: rel, size, mode }));
      const bound = gzipSizeBound(tarLength(entries));
      if (bound <= (options.sizeMattersAbove as number))
        return {
          ok: true,
          ...names,
          pack: { ...packSummary(manifest, listed, bound), sizeAtMost: true },
          shasum: '',
          integrity: '',
        };
    }
    return {
      ok: true,
      ...names,
      ...(await describeTarball(root, manifest, files, options.writeTo, !options.withoutHashes)),
    };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, reason: error instanceof CannotMirror ? message : `listing in-process failed: ${message}` };
  }
}

async function readManifest(dir: string): Promise<Manifest | string> {
  let text: string;
  try {
    text = await readFile(path.join(dir, 'package.json'), 'utf8');
  } catch {
    return 'package.json is missing or unreadable';
  }
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return 'package.json is not valid JSON';
  }
  if (!data || typeof data !== 'object' || Array.isArray(data)) return 'package.json is not a JSON object';
  return normalize(data as Manifest);
}

/**
 * What npm would refuse before packing (a name and a version: `npm pack` takes any
 * non-empty ones as they are), and what needs npm's globbing.
 */
function manifestProblem(m: Manifest): string | undefined {
  if (typeof m.name !== 'string' || !m.name || typeof m.version !== 'string' || !m.version)
    return 'package.json has no "name" or "version" string';
  if ('workspaces' in m) return 'package.json has "workspaces"';
  const directories = m.directories as Manifest | undefined;
  if (directories && typeof directories === 'object' && directories.bin && !m.bin)
    return 'package.json has "directories.bin"';
  return undefined;
}

/** @npmcli/package-json `normalize()` (Arborist's read of a package.json), the fields the walk reads. */
function normalize(raw: Manifest): Manifest {
  const m: Manifest = { ...raw };
  for (const key of Object.keys(m)) if (key.startsWith('_')) delete m[key];
  if (m.bundleDependencies === undefined && m.bundledDependencies !== undefined)
    m.bundleDependencies = m.bundledDependencies;
  delete m.bundledDependencies;
  const bd = m.bundleDependencies;
  if (bd === false) m.bundleDependencies = [];
  else if (bd === true) m.bundleDependencies = Object.keys(objectOf(m.dependencies));
  else if (bd && typeof bd === 'object') {
    if (!Array.isArray(bd)) m.bundleDependencies = Object.keys(bd);
  } else if ('bundleDependencies' in m) delete m.bundleDependencies;
  if (m.dependencies && m.optionalDependencies && typeof m.optionalDependencies === 'object') {
    const deps = { ...objectOf(m.dependencies) };
    for (const name in m.optionalDependencies as Manifest) delete deps[name];
    if (Object.keys(deps).length) m.dependencies = deps;
    else delete m.dependencies;
  }
  normalizeBin(m);
  return m;
}

/** npm-normalize-package-bin, as @npmcli/package-json has it. */
function normalizeBin(m: Manifest): void {
  let bin = m.bin;
  if (bin) {
    if (typeof bin === 'string' && m.name) bin = { [m.name as string]: bin };
    else if (Array.isArray(bin))
      bin = Object.fromEntries(bin.map((k) => [path.basename(String(k)), k] as [string, unknown]));
    if (bin && typeof bin === 'object') {
      const out: Record<string, unknown> = { ...(bin as Manifest) };
      for (const key of Object.keys(out)) {
        const value = out[key];
        delete out[key];
        if (typeof value !== 'string') continue;
        const base = path.basename(secureAndUnixifyPath(key));
        const target = secureAndUnixifyPath(value);
        if (!base || !target) continue;
        out[base] = target;
      }
      if (Object.keys(out).length) {
        m.bin = out;
        return;
      }
    }
  }
  delete m.bin;
}

function secureAndUnixifyPath(ref: string): string {
  const unixify = (s: string) => s.replace(/\\|:/g, '/');
  const secured = unixify(path.join('.', path.join('/', unixify(ref))));
  return secured.startsWith('./') ? '' : secured;
}

function objectOf(value: unknown): Manifest {
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as Manifest) : {};
}

function rootNode(dir: string, manifest: Manifest): TreeNode {
  const node = {
    path: dir,
    package: manifest,
    isProjectRoot: true,
    isLink: false,
    workspaces: null,
    edgesOut: new Map(),
  };
  return Object.assign(node, { target: node }) as TreeNode;
}

/**
 * The edges Arborist gives a node (node.js `_loadDeps`: peer, prod, optional, then dev for the
 * project root; a later kind replaces an earlier one), each resolved the way Node resolves
 * (its own node_modules, then each parent's), for the nodes npm-packlist walks into: the
 * root's bundleDependencies and, for a bundled package, its dependencies and optionalDependencies.
 */
async function addEdges(
  node: TreeNode,
  nodes: Map<string, TreeNode>,
  parents: readonly TreeNode[] = [],
): Promise<void> {
  const pkg = node.package;
  const kinds = new Map<string, 'peer' | 'prod' | 'optional' | 'dev'>();
  for (const name of Object.keys(objectOf(pkg.peerDependencies))) kinds.set(name, 'peer');
  for (const name of Object.keys(objectOf(pkg.dependencies))) kinds.set(name, 'prod');
  for (const name of Object.keys(objectOf(pkg.optionalDependencies))) kinds.set(name, 'optional');
  if (node.isProjectRoot) for (const name of Object.keys(objectOf(pkg.devDependencies))) kinds.set(name, 'dev');

  const wanted = node.isProjectRoot
    ? (pkg.bundleDependencies as unknown[]).map(String)
    : [...Object.keys(objectOf(pkg.dependencies)), ...Object.keys(objectOf(pkg.optionalDependencies))];
  const chain = [node, ...parents];
  for (const name of wanted) {
    const kind = kinds.get(name);
    if (!kind || node.edgesOut.has(name)) continue;
    const edge: TreeEdge = { peer: kind === 'peer', dev: kind === 'dev', to: null };
    node.edgesOut.set(name, edge);
    if (edge.peer || edge.dev) continue;
    const found = await resolveDependency(name, chain);
    if (!found) continue;
    const known = nodes.get(found.dir);
    if (known) {
      edge.to = known;
      continue;
    }
    const child = await bundledNode(found.dir, name);
    nodes.set(found.dir, child);
    edge.to = child;
    await addEdges(child, nodes, chain.slice(chain.indexOf(found.owner)));
  }
}

/** The first `node_modules/<name>` from the node up through its parents (inside the package only). */
async function resolveDependency(
  name: string,
  chain: readonly TreeNode[],
): Promise<{ dir: string; owner: TreeNode } | undefined> {
  for (const owner of chain) {
    const dir = path.join(owner.path, 'node_modules', name);
    const info = await lstat(dir).catch(() => undefined);
    if (!info) continue;
    if (info.isSymbolicLink()) throw new CannotMirror(`bundled dependency ${name} is a symlink (${dir})`);
    if (info.isDirectory()) return { dir, owner };
  }
  return undefined;
}

async function bundledNode(dir: string, name: string): Promise<TreeNode> {
  const read = await readManifest(dir);
  if (typeof read === 'string') throw new CannotMirror(`bundled dependency ${name}: ${read}`);
  const node = { path: dir, package: read, isProjectRoot: false, isLink: false, workspaces: null, edgesOut: new Map() };
  return Object.assign(node, { target: node }) as TreeNode;
}

/**
 * The entries node-tar writes for `files` (pacote's tarCreateOptions: prefix `package/`,
 * portable, fixed mtime, bins executable) and the gzip level 9 size of the whole tarball.
 * The file list is ordered as npm prints it (uppercase first, then English collation).
 */
async function describeTarball(
  root: string,
  manifest: Manifest,
  files: readonly string[],
  writeTo: string | undefined,
  hashes: boolean,
): Promise<{ pack: PackDryRun; shasum: string; integrity: string }> {
  // Loaded here: a listing under its budget (sizeMattersAbove) builds no tarball.
  const { createGzip } = await import('node:zlib');
  const { createHash } = hashes ? await import('node:crypto') : { createHash: undefined };
  const gzip = createGzip({ level: 9 });
  const sha1 = createHash?.('sha1');
  const sha512 = createHash?.('sha512');
  // Opened before anything streams: a folder that cannot be written ends the pack with its error
  // (the caller then runs npm), never an uncaught stream event; a later write error ends it too.
  const out = writeTo ? (await open(writeTo, 'w')).createWriteStream() : undefined;
  out?.on('error', (error) => gzip.destroy(error));
  let size = 0;
  gzip.on('data', (chunk: Buffer) => {
    // minizlib's portable gzip (node-tar's, with npm's portable: true) says "unknown OS" (255) in header byte 9.
    if (size <= 9 && size + chunk.length > 9) chunk[9 - size] = 255;
    size += chunk.length;
    sha1?.update(chunk);
    sha512?.update(chunk);
    if (out && !out.write(chunk)) {
      gzip.pause();
      out.once('drain', () => gzip.resume());
    }
  });
  const ended = once(gzip, 'end');
  const write = async (chunk: Buffer) => {
    if (!gzip.write(chunk)) await once(gzip, 'drain');
  };

  const entries: PackedFile[] = [];
  const hardLinks = new Map<string, string>();
  for (const listed of files) {
    const absolute = path.join(root, listed);
    const entry = tarEntry(manifest, listed, await lstat(absolute), hardLinks);
    for (const block of tarHeaderBlocks(entry)) await write(block);
    if (entry.size > 0) await writeBody(absolute, entry.size, write);
    entries.push({ path: entry.path, size: entry.size, mode: entry.mode });
  }
  gzip.end(Buffer.alloc(2 * BLOCK));
  await ended;
  if (out) {
    out.end();
    await once(out, 'finish');
  }

  return {
    pack: packSummary(manifest, entries, size),
    shasum: sha1 ? sha1.digest('hex') : '',
    integrity: sha512 ? `sha512-${sha512.digest('base64')}` : '',
  };
}

/**
 * One listed file as node-tar writes it: the name without a leading ./ (npm-packlist gives
 * ./@scope/... for folders named @...), pacote's mode (bins executable), and a second name of a
 * hard-linked file as a link to the first (size 0). `hardLinks` carries the first names across calls.
 */
function tarEntry(
  manifest: Manifest,
  listed: string,
  info: Stats,
  hardLinks: Map<string, string>,
): PackedFile & { linkTo?: string } {
  const rel = listed.replace(/^\.(\/|$)/, '');
  if (!info.isFile()) throw new CannotMirror(`${rel} changed while it was listed`);
  const mode = ((info.mode & 0o7777) | (isPackageBin(manifest, listed) ? 0o111 : 0) | 0o600) & ~0o22;
  const linkKey = `${info.dev}:${info.ino}`;
  const linkTo = info.nlink > 1 ? hardLinks.get(linkKey) : undefined;
  if (info.nlink > 1 && !linkTo) hardLinks.set(linkKey, rel);
  return { path: rel, mode, size: linkTo ? 0 : info.size, ...(linkTo ? { linkTo } : {}) };
}

/** What `npm pack --json` says of the tarball, from its entries; `size` is the .tgz's. */
function packSummary(manifest: Manifest, entries: PackedFile[], size: number): PackDryRun {
  return {
    filename: tarballName(String(manifest.name), String(manifest.version)),
    size,
    unpackedSize: entries.reduce((sum, f) => sum + f.size, 0),
    files: npmOrder(entries),
  };
}

/**
 * The entries describeTarball would give (paths, sizes, modes, hard links as node-tar writes
 * them) without building the tarball.
 */
async function tarEntries(
  root: string,
  manifest: Manifest,
  files: readonly string[],
  seen: Map<string, Stats>,
): Promise<(PackedFile & { linkTo?: string })[]> {
  // The walk's own lstat of each file (bundled dependencies' files are not in it).
  const infos = await mapLimit(files, 64, (listed) => {
    const absolute = path.join(root, listed);
    return Promise.resolve(seen.get(absolute) ?? lstat(absolute));
  });
  const hardLinks = new Map<string, string>();
  return files.map((listed, i) => tarEntry(manifest, listed, infos[i] as Stats, hardLinks));
}

/** The header blocks node-tar writes before an entry's body: a pax header first when the entry needs one (long names). */
function tarHeaderBlocks({ path: rel, mode, size, linkTo }: PackedFile & { linkTo?: string }): Buffer[] {
  const header = new Header({
    path: `package/${rel}`,
    mode,
    size,
    mtime: TAR_MTIME,
    type: linkTo ? 'Link' : 'File',
    ...(linkTo ? { linkpath: `package/${linkTo}` } : {}),
  });
  const pax = header.encode()
    ? [
        new Pax({
          mtime: TAR_MTIME,
          path: `package/${rel}`,
          ...(linkTo ? { linkpath: `package/${linkTo}` } : {}),
          size,
        }).encode(),
      ]
    : [];
  return [...pax, header.block as Buffer];
}

/** The bytes of the tar stream describeTarball gzips: each entry's headers and body in whole blocks, then two empty blocks. */
export function tarLength(entries: readonly (PackedFile & { linkTo?: string })[]): number {
  let length = 2 * BLOCK;
  for (const entry of entries) {
    for (const block of tarHeaderBlocks(entry)) length += block.length;
    length += Math.ceil(entry.size / BLOCK) * BLOCK;
  }
  return length;
}

/**
 * No gzip stream of `n` bytes is larger: zlib's deflateBound for its most expansive parameters
 * (fixed blocks of 9-bit literals, deflate.c "fixedlen"; the default parameters npm's level 9 uses
 * bound it far tighter), plus gzip's 10-byte header and 8-byte trailer.
 */
export function gzipSizeBound(n: number): number {
  return n + Math.floor(n / 8) + Math.floor(n / 256) + Math.floor(n / 512) + 4 + 18;
}

/** The file's bytes padded to whole 512-byte blocks, as node-tar writes them. */
async function writeBody(file: string, size: number, write: (chunk: Buffer) => Promise<void>): Promise<void> {
  const handle = await open(file, 'r');
  try {
    for (let done = 0; done < size; ) {
      const chunk = Buffer.alloc(Math.min(size - done, 1024 * 1024));
      const { bytesRead } = await handle.read(chunk, 0, chunk.length, done);
      if (bytesRead === 0) throw new CannotMirror(`${file} shrank while it was packed`);
      await write(bytesRead === chunk.length ? chunk : chunk.subarray(0, bytesRead));
      done += bytesRead;
    }
  } finally {
    await handle.close();
  }
  const padding = (BLOCK - (size % BLOCK)) % BLOCK;
  if (padding) await write(Buffer.alloc(padding));
}

/** pacote's isPackageBin: compares the path without its first segment (a quirk kept as npm has it). */
function isPackageBin(manifest: Manifest, rel: string): boolean {
  const bin = manifest.bin;
  if (!bin) return false;
  const map = typeof bin === 'string' ? { [String(manifest.name)]: bin } : (bin as Manifest);
  const p = rel.replace(/^[^\\/]*\//, '');
  return Object.values(map).some((target) => target === p);
}

/**
 * npm's listing order (lib/utils/tar.js getContents): paths starting uppercase first, each part collated
 * with `Intl.Collator('en', { sensitivity: 'case', numeric: true })` (src/util/en-collation.ts).
 */
function npmOrder(files: PackedFile[]): PackedFile[] {
  const isUpper = (s: string) => s.charAt(0) === s.charAt(0).toUpperCase();
  // Each path is checked once for printable ASCII, not in every comparison of the sort.
  const compare = files.every((f) => isPrintableAscii(f.path)) ? compareEnNumericCaseAscii : compareEnNumericCase;
  // The collator ties some paths (`a1` and `a01`): npm's stable sort then keeps them in the tarball's order,
  // the walk's sort (npm-packlist names a top-level `@x` entry `./@x` there). A names-only walk is not in
  // that order: the tie is broken by it here, so every listing gives npm's order.
  const walkName = (p: string) => (p.startsWith('@') ? `./${p}` : p);
  const byPath = (a: PackedFile, b: PackedFile) =>
    compare(a.path, b.path) || tarballOrder(walkName(a.path), walkName(b.path));
  return [...files.filter((f) => isUpper(f.path)).sort(byPath), ...files.filter((f) => !isUpper(f.path)).sort(byPath)];
}

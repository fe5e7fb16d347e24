import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';

/**
 * Every end-to-end test runs with known credential values (the registry's
 * tokens, the GitHub token, the OIDC request token). Each is registered here,
 * and everything a run produces is checked against all of them: the stdout and
 * stderr of every CLI, action and composite run, every body the GitHub and MCP
 * Registry fakes receive, and at the end of each test file every file left in
 * its temp folders (step outputs, summaries, reports, SARIF, manifests,
 * bundles, tarballs unpacked). A hit fails the test, naming where, never the value.
 *
 * A leak is not only the whole value: a redaction that prints the wrong end, a
 * message cut in the middle, a token split over two lines all give a part of it.
 * So a hit is any run of 8 characters of a secret (`RUN`) that looks like key
 * material, with exceptions that would otherwise match text that holds nothing secret:
 * - runs of one kind of character only (lowercase, uppercase or digits, with punctuation),
 *   of fewer than 4 different characters, or with a character three times in a row:
 *   words and padding, not key material (the fake `ghs_requesttoken000...` holds `_request`,
 *   which is in every octokit bundle, and `00000000` is in every tar header). A random
 *   token has few such runs, and its other runs still give it away;
 * - runs of hex digits only carry 32 bits in 8 characters and would match commit ids and
 *   digests by chance: for them the run is 12 characters (`HEX_RUN`, 48 bits);
 * - a JWT's header and claims are readable by anyone who sees the token, and every HS256
 *   JWT starts with the same header: only its signature (the part that authenticates) is
 *   searched for by runs; the whole value still counts as well.
 * A redaction shows at most 6 characters of a secret's head, so it never matches.
 */
export const RUN = 8;
export const HEX_RUN = 12;
const MIN_DISTINCT = 4;

type Needle = { run: string; label: string };
/** Needles by length, then by rolling hash. */
const needles = new Map<number, Map<number, Needle[]>>();
const whole = new Map<string, string>();

/**
 * What was found clean against the secrets registered so far: file contents by digest, git histories by
 * their refs. A world leaves many copies of the same bytes (the kit's bundle and its clone in every job,
 * one tarball in several folders): each is searched once. A new secret empties it.
 */
const cleanContent = new Set<string>();
const cleanHistories = new Set<string>();

export function registerSecret(label: string, value: string): void {
  // Short values would match by accident; real tokens are long.
  if (value.length < 16 || whole.has(value)) return;
  whole.set(value, label);
  cleanContent.clear();
  cleanHistories.clear();
  for (const run of runsOf(value)) {
    const byHash = needles.get(run.length) ?? new Map<number, Needle[]>();
    needles.set(run.length, byHash);
    const hash = hashOf(run, 0, run.length);
    byHash.set(hash, [...(byHash.get(hash) ?? []), { run, label }]);
  }
}

/** The runs of `value` that count as a leak of it (see above). */
export function runsOf(value: string): string[] {
  const jwt = /^eyJ[\w-]*\.[\w-]*\.([\w-]*)$/.exec(value);
  const material = jwt ? (jwt[1] as string) : value;
  const runs = new Set<string>();
  for (const length of [RUN, HEX_RUN]) {
    for (let i = 0; i + length <= material.length; i += 1) {
      const run = material.slice(i, i + length);
      const hex = /^[0-9a-f]+$/i.test(run);
      if (hex !== (length === HEX_RUN) || !looksLikeKeyMaterial(run)) continue;
      runs.add(run);
    }
  }
  return [...runs];
}

function looksLikeKeyMaterial(run: string): boolean {
  const kinds = [/[a-z]/, /[A-Z]/, /[0-9]/].filter((kind) => kind.test(run)).length;
  return kinds >= 2 && new Set(run).size >= MIN_DISTINCT && !/(.)\1\1/.test(run);
}

/** Labels of the registered secrets found in `text`, whole or by a run (empty: clean). */
export function leaksIn(text: string): string[] {
  const found = new Set<string>();
  for (const [value, label] of whole) if (text.includes(value)) found.add(label);
  for (const [length, byHash] of needles) for (const label of runLabelsIn(text, length, byHash)) found.add(label);
  return [...found];
}

/** Whether `text` holds `secret` or a run of it: for a planted secret that is an input of the test, not registered. */
export function holdsPartOf(text: string, secret: string): boolean {
  if (text.includes(secret)) return true;
  return runsOf(secret).some((run) => text.includes(run));
}

export function assertNoLeak(where: string, text: string): void {
  const found = leaksIn(text);
  if (found.length) throw new Error(`secret leaked: ${found.join(', ')} appears in ${where}`);
}

const BASE = 257;

function hashOf(text: string, start: number, length: number): number {
  let h = 0;
  for (let i = start; i < start + length; i += 1) h = (Math.imul(h, BASE) + text.charCodeAt(i)) | 0;
  return h;
}

/** One pass of a rolling hash over `text` for the needles of one length; a hash hit is compared char by char. */
function runLabelsIn(text: string, length: number, byHash: Map<number, Needle[]>): Set<string> {
  const labels = new Set<string>();
  if (text.length < length) return labels;
  let top = 1; // BASE^(length-1)
  for (let i = 1; i < length; i += 1) top = Math.imul(top, BASE);
  let h = hashOf(text, 0, length);
  for (let i = 0; ; i += 1) {
    const candidates = byHash.get(h);
    if (candidates) for (const needle of candidates) if (text.startsWith(needle.run, i)) labels.add(needle.label);
    if (i + length >= text.length) return labels;
    h = (Math.imul(h - Math.imul(text.charCodeAt(i), top), BASE) + text.charCodeAt(i + length)) | 0;
  }
}

/**
 * Every file under the folders (tarballs also unpacked, up to 64 MB; files over 20 MB only in
 * their first 20 MB), and the whole history of every git repository among them (`git log -p --all`).
 */
export async function assertNoLeakInFiles(dirs: readonly string[]): Promise<void> {
  if (!whole.size) return;
  for (const repo of await gitRepositories(dirs)) {
    const identity = historyIdentity(repo);
    if (identity && cleanHistories.has(identity)) continue;
    const history = (() => {
      try {
        return execFileSync('git', ['log', '-p', '--all', '--format=%H %an %s%n%b'], {
          cwd: repo,
          encoding: 'utf8',
          maxBuffer: 1 << 28,
          stdio: ['ignore', 'pipe', 'ignore'],
        });
      } catch {
        return ''; // an empty or broken repository: nothing to read
      }
    })();
    assertNoLeak(`the git history of ${repo}`, history);
    if (identity) cleanHistories.add(identity);
  }
  for (const dir of dirs) {
    for (const file of await filesUnder(dir)) {
      const bytes = await readFile(file).catch(() => undefined);
      if (!bytes) continue;
      const head = bytes.subarray(0, 20 * 1024 * 1024);
      const digest = createHash('sha256').update(head).digest('base64');
      if (cleanContent.has(digest)) continue;
      assertNoLeak(file, head.toString('latin1'));
      if (/\.(tgz|gz)$/.test(file)) {
        let unpacked: Buffer | undefined;
        try {
          unpacked = gunzipSync(head, { maxOutputLength: 64 * 1024 * 1024 });
        } catch {
          // Not gzip after all (a test's broken tarball), or a generated giant (the 1 GB entry) whose bytes are zeros.
          unpacked = undefined;
        }
        if (unpacked) assertNoLeak(`${file} (unpacked)`, unpacked.toString('latin1'));
      }
      cleanContent.add(digest);
    }
  }
}

/**
 * What `git log -p --all` prints is fixed by the commits every ref and HEAD point at and by where a shallow
 * clone's history is cut: two clones with the same of both print the same. Undefined when git cannot tell.
 */
function historyIdentity(repo: string): string | undefined {
  try {
    const tips = execFileSync('git', ['for-each-ref', '--format=%(objectname) %(refname)'], {
      cwd: repo,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    const head = execFileSync('git', ['rev-parse', '--git-path', 'shallow', 'HEAD'], {
      cwd: repo,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).split('\n');
    const shallowFile = path.resolve(repo, head[0] ?? '');
    const shallow = existsSync(shallowFile) ? readFileSync(shallowFile, 'utf8') : '';
    // Ref names are not in the log's text; the commits they point at are.
    const commits = tips
      .split('\n')
      .map((line) => line.split(' ')[0])
      .filter(Boolean)
      .sort();
    return `${commits.join(',')}|${head[1] ?? ''}|${shallow}`;
  } catch {
    return undefined;
  }
}

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  const out: string[] = [];
  for (const entry of entries) {
    const full = path.join(dir, entry.name);
    // Installed dependencies are npm's bytes, not ours.
    if (entry.isDirectory() && entry.name !== 'node_modules' && entry.name !== '.git')
      out.push(...(await filesUnder(full)));
    else if (entry.isFile() && (await stat(full)).size > 0) out.push(full);
  }
  return out;
}

/** Folders holding a .git, at the top or one or two levels down (test repositories and their clones). */
async function gitRepositories(dirs: readonly string[]): Promise<string[]> {
  const found: string[] = [];
  const visit = async (dir: string, depth: number): Promise<void> => {
    const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
    if (entries.some((e) => e.name === '.git')) found.push(dir);
    if (depth === 0) return;
    for (const e of entries)
      if (e.isDirectory() && e.name !== 'node_modules' && e.name !== '.git')
        await visit(path.join(dir, e.name), depth - 1);
  };
  for (const dir of dirs) await visit(dir, 2);
  return found;
}

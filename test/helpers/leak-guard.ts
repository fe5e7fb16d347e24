import { execFileSync } from 'node:child_process';
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
 */
const secrets = new Map<string, string>();

export function registerSecret(label: string, value: string): void {
  // Short values would match by accident; real tokens are long.
  if (value.length >= 16) secrets.set(value, label);
}

/** Labels of the registered secrets found in `text` (empty: clean). */
export function leaksIn(text: string): string[] {
  const found: string[] = [];
  for (const [value, label] of secrets) if (text.includes(value)) found.push(label);
  return found;
}

export function assertNoLeak(where: string, text: string): void {
  const found = leaksIn(text);
  if (found.length) throw new Error(`secret leaked: ${found.join(', ')} appears in ${where}`);
}

/**
 * Every file under the folders (tarballs also unpacked, up to 64 MB; files over 20 MB only in
 * their first 20 MB), and the whole history of every git repository among them (`git log -p --all`).
 */
export async function assertNoLeakInFiles(dirs: readonly string[]): Promise<void> {
  if (!secrets.size) return;
  for (const repo of await gitRepositories(dirs)) {
    const history = (() => {
      try {
        return execFileSync('git', ['log', '-p', '--all', '--format=%H %an %s%n%b'], { cwd: repo, encoding: 'utf8', maxBuffer: 1 << 28, stdio: ['ignore', 'pipe', 'ignore'] });
      } catch {
        return ''; // an empty or broken repository: nothing to read
      }
    })();
    assertNoLeak(`the git history of ${repo}`, history);
  }
  for (const dir of dirs) {
    for (const file of await filesUnder(dir)) {
      const bytes = await readFile(file).catch(() => undefined);
      if (!bytes) continue;
      const head = bytes.subarray(0, 20 * 1024 * 1024);
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
    }
  }
}

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  const out: string[] = [];
  for (const entry of entries) {
    const full = path.join(dir, entry.name);
    // Installed dependencies are npm's bytes, not ours.
    if (entry.isDirectory() && entry.name !== 'node_modules' && entry.name !== '.git') out.push(...(await filesUnder(full)));
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
    for (const e of entries) if (e.isDirectory() && e.name !== 'node_modules' && e.name !== '.git') await visit(path.join(dir, e.name), depth - 1);
  };
  for (const dir of dirs) await visit(dir, 2);
  return found;
}

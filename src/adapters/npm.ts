import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { mapLimit } from '../util/concurrency.js';
import { runProcess } from './process.js';

export interface PackedFile {
  path: string;
  size: number;
  mode: number;
}

export interface PackDryRun {
  filename: string;
  /** Of the .tgz; with `sizeAtMost`, a bound it cannot exceed (src/adapters/packed-list.ts sizeMattersAbove). */
  size: number;
  /** `size` is an upper bound, given where the exact size did not matter (at most the caller's budget). */
  sizeAtMost?: true;
  unpackedSize: number;
  files: PackedFile[];
}

export type PackListResult =
  | {
      ok: true;
      pack: PackDryRun;
      /** Set when npm was run for this folder instead of the in-process listing: why (src/adapters/packed-list.ts). */
      npmBecause?: string;
    }
  | { ok: false; error: string };

const PACK_ARGS = ['pack', '--dry-run', '--json', '--ignore-scripts'];
/** Quiet, non-interactive npm: no update notice, no funding or audit chatter on installs. */
export const NPM_ENV = {
  npm_config_update_notifier: 'false',
  npm_config_fund: 'false',
  npm_config_audit: 'false',
} as const;
const PACK_TIMEOUT_MS = 120_000;

/**
 * What `npm pack` would put in the tarball of each folder, without writing it and
 * without running the packages' lifecycle scripts (building is the workflow's step
 * before). One npm process packs every folder (npm's start-up is most of the cost);
 * when that fails, each folder is packed on its own so the error lands on the right one.
 */
export async function packDryRunMany(dirs: readonly string[], concurrency = 4): Promise<PackListResult[]> {
  if (dirs.length === 0) return [];
  // A package.json npm would misread is answered here: npm never sees it.
  const problems = await Promise.all(dirs.map(packFieldsProblem));
  if (problems.some(Boolean)) {
    const fine = dirs.filter((_, i) => !problems[i]);
    const packed = await packDryRunMany(fine, concurrency);
    return dirs.map((_, i) =>
      problems[i] ? { ok: false, error: problems[i] as string } : (packed.shift() as PackListResult),
    );
  }
  if (dirs.length > 1) {
    const batch = await runPack(
      process.cwd(),
      dirs.map((d) => path.resolve(d)),
    );
    if (batch.ok && batch.packs.length === dirs.length) return batch.packs.map((pack) => ({ ok: true, pack }));
  }
  return mapLimit(dirs, concurrency, async (dir) => {
    const single = await runPack(dir, []);
    if (!single.ok) return single;
    const [pack] = single.packs;
    return pack ? { ok: true, pack } : { ok: false, error: 'npm pack --json printed no package' };
  });
}

type PackRun = { ok: true; packs: PackDryRun[] } | { ok: false; error: string };

/**
 * package.json fields npm cannot pack from: `files` that is not a list of paths (npm iterates a
 * string character by character, a path each: a 1 MB string keeps npm busy for half a minute, and
 * fails on other types), and a path in `files`, `main`, `browser` or `bin` too long to be the
 * pattern npm-packlist makes of it.
 */
export async function packFieldsProblem(dir: string): Promise<string | undefined> {
  let manifest: unknown;
  try {
    manifest = JSON.parse(await readFile(path.join(dir, 'package.json'), 'utf8'));
  } catch {
    return undefined; // missing or unreadable: npm says so itself
  }
  if (!manifest || typeof manifest !== 'object') return undefined;
  const overlong = overlongPackPath(manifest as Record<string, unknown>);
  if (overlong) return overlong;
  if (!('files' in manifest)) return undefined;
  const files = (manifest as { files: unknown }).files;
  if (Array.isArray(files) && files.every((f) => typeof f === 'string')) return undefined;
  const what =
    typeof files === 'string'
      ? `a string of ${files.length} characters`
      : Array.isArray(files)
        ? 'a list with entries that are not strings'
        : files === null
          ? 'null'
          : `a ${typeof files}`;
  return `"files" in package.json must be a list of paths (allowed: an array of strings such as ["dist"]), not ${what}`;
}

/**
 * minimatch's MAX_PATTERN_LENGTH. npm-packlist makes a pattern of every `files` entry (`!entry`) and
 * of `main`, `browser` and each `bin` path (`!/path`); past this length minimatch throws "pattern is
 * too long" from inside npm's directory walk.
 */
const MAX_PATTERN_LENGTH = 64 * 1024;

/** The first field holding a path npm-packlist cannot make a pattern of, as a message. Pure. */
export function overlongPackPath(manifest: Readonly<Record<string, unknown>>): string | undefined {
  const bin = manifest.bin;
  const paths: [string, unknown][] = [
    ['main', manifest.main],
    ['browser', manifest.browser],
    ...(typeof bin === 'string'
      ? [['bin', bin] as [string, unknown]]
      : bin && typeof bin === 'object'
        ? Object.entries(bin).map(
            ([key, value]) => [Array.isArray(bin) ? 'bin' : `bin.${key}`, value] as [string, unknown],
          )
        : []),
    ...(Array.isArray(manifest.files) ? manifest.files.map((entry) => ['files', entry] as [string, unknown]) : []),
  ];
  const limit = MAX_PATTERN_LENGTH - 2;
  for (const [field, value] of paths) {
    if (typeof value === 'string' && value.length > limit)
      return `"${field}" in package.json holds a path of ${value.length} characters: npm cannot pack a path over ${limit} characters (allowed: a relative path such as "dist/index.js")`;
  }
  return undefined;
}

async function runPack(cwd: string, specs: string[]): Promise<PackRun> {
  const npm = npmInvocation(process.env, process.platform, process.execPath);
  const result = await runProcess(npm.command, [...npm.args, ...PACK_ARGS, ...specs], {
    cwd,
    timeoutMs: PACK_TIMEOUT_MS,
    env: { ...process.env, ...NPM_ENV },
  }).catch((error: Error) => ({ code: -1, signal: null, stdout: '', stderr: error.message, timedOut: false }));
  if (result.timedOut) return { ok: false, error: `npm pack --dry-run timed out after ${PACK_TIMEOUT_MS / 1000} s` };
  if (result.code !== 0) return { ok: false, error: summarizeNpmError(result.stderr || result.stdout) };
  try {
    const parsed = JSON.parse(result.stdout.slice(result.stdout.indexOf('['))) as PackDryRun[];
    if (!Array.isArray(parsed) || parsed.some((p) => !Array.isArray(p.files)))
      return { ok: false, error: 'npm pack --json printed no file list' };
    return {
      ok: true,
      packs: parsed.map((p) => ({ filename: p.filename, size: p.size, unpackedSize: p.unpackedSize, files: p.files })),
    };
  } catch {
    return { ok: false, error: `could not read npm pack --json output: ${result.stdout.slice(0, 200)}` };
  }
}

/**
 * How to start npm without a shell. Under npm/npx, `npm_execpath` names the running
 * npm's CLI script; on Windows `npm` is a .cmd file that cannot be spawned without a
 * shell, so the npm bundled next to node.exe is run with node instead.
 */
export function npmInvocation(
  env: NodeJS.ProcessEnv,
  platform: NodeJS.Platform,
  execPath: string,
): { command: string; args: string[] } {
  const execScript = env.npm_execpath;
  if (execScript && /npm-cli\.js$/.test(execScript)) return { command: execPath, args: [execScript] };
  if (platform === 'win32')
    return { command: execPath, args: [path.join(path.dirname(execPath), 'node_modules', 'npm', 'bin', 'npm-cli.js')] };
  return { command: 'npm', args: [] };
}

/** The lines of npm's error output that say what went wrong (not the log-file boilerplate). */
function summarizeNpmError(text: string): string {
  const lines = text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !/^npm (warn|WARN)/.test(l) && !/A complete log of this run|^npm error\s*$/.test(l));
  return lines.slice(0, 6).join(' | ') || 'npm pack failed without a message';
}

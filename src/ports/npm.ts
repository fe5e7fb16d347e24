import { runProcess } from './process.js';

export interface PackedFile {
  path: string;
  size: number;
  mode: number;
}

export interface PackDryRun {
  filename: string;
  size: number;
  unpackedSize: number;
  files: PackedFile[];
}

export type PackListResult = { ok: true; pack: PackDryRun } | { ok: false; error: string };

/**
 * What `npm pack` would put in the tarball, without writing it and without
 * running the package's lifecycle scripts (building is the workflow's step before).
 */
export async function packDryRun(dir: string, npmCommand = 'npm'): Promise<PackListResult> {
  const result = await runProcess(npmCommand, ['pack', '--dry-run', '--json', '--ignore-scripts'], {
    cwd: dir,
    timeoutMs: 120_000,
    env: { ...process.env, npm_config_update_notifier: 'false', npm_config_fund: 'false', npm_config_audit: 'false' },
  }).catch((error: Error) => ({ code: -1, signal: null, stdout: '', stderr: error.message, timedOut: false }));
  if (result.timedOut) return { ok: false, error: 'npm pack --dry-run timed out after 120 s' };
  if (result.code !== 0) return { ok: false, error: summarizeNpmError(result.stderr || result.stdout) };
  try {
    const start = result.stdout.indexOf('[');
    const parsed = JSON.parse(result.stdout.slice(start)) as PackDryRun[];
    const pack = parsed[0];
    if (!pack || !Array.isArray(pack.files)) return { ok: false, error: 'npm pack --json printed no package' };
    return { ok: true, pack: { filename: pack.filename, size: pack.size, unpackedSize: pack.unpackedSize, files: pack.files } };
  } catch {
    return { ok: false, error: `could not read npm pack --json output: ${result.stdout.slice(0, 200)}` };
  }
}

/** The lines of npm's error output that say what went wrong (not the log-file boilerplate). */
function summarizeNpmError(text: string): string {
  const lines = text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !/^npm (warn|WARN)/.test(l) && !/A complete log of this run|^npm error\s*$/.test(l));
  return lines.slice(0, 6).join(' | ') || 'npm pack failed without a message';
}

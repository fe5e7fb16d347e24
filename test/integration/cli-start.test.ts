import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLI, cleanEnv, ROOT } from '../helpers/run.js';

/**
 * What the built CLI loads at start (issue #20, "Start"): dist/index.js holds the entries and each command's
 * usage; a command's code and dependencies are chunks (dist/N.index.js) loaded only when it runs. A module
 * loader hook (node:module register, on the hooks thread) names every file Node loads.
 */
const HOOK = `data:text/javascript,${encodeURIComponent(
  `import { register } from 'node:module';
register('data:text/javascript,' + encodeURIComponent(
  'export async function load(url, context, next) { if (url.startsWith("file:")) process._rawDebug("LOADED " + url); return next(url, context); }'
));`,
)}`;

function loaded(args: string[]): { code: number | null; files: string[] } {
  const run = spawnSync(process.execPath, ['--import', HOOK, CLI, ...args], {
    cwd: path.join(ROOT, 'examples/hello-server'),
    env: cleanEnv(),
    encoding: 'utf8',
  });
  const files = [...run.stderr.matchAll(/^LOADED file:\/\/(.*)$/gm)].map((m) => path.relative(ROOT, m[1] ?? ''));
  return { code: run.status, files: files.filter((f) => f.startsWith('dist')).sort() };
}

const chunks = (files: string[]) => files.filter((f) => /^dist\/\d+\.index\.js$/.test(f));

describe('start: each command loads only what it needs', () => {
  it("`--help`, a command's `--help` and a bad flag load the entry alone: no command chunk", () => {
    for (const args of [['--help'], ['validate', '--help'], ['publish', '--bogus'], ['--version']]) {
      const run = loaded(args);
      expect(run.code, args.join(' ')).toBe(args.includes('--bogus') ? 2 : 0);
      expect(run.files, args.join(' ')).toEqual(['dist/cli.js', 'dist/index.js']);
      // The entry and the usage manifest: a few hundred KB at most (one bundle of every command was 2.2 MB).
      const bytes = run.files.reduce((sum, f) => sum + statSync(path.join(ROOT, f)).size, 0);
      expect(bytes, args.join(' ')).toBeLessThan(400_000);
    }
  });

  it('`validate` loads its chunks, not those of the commands it does not run (the hook sees chunks load)', () => {
    const run = loaded(['validate', '.', '--json']);
    expect(run.code).toBe(0);
    const validate = chunks(run.files);
    expect(validate.length).toBeGreaterThan(0);
    const all = readdirSync(path.join(ROOT, 'dist')).filter((f) => /^\d+\.index\.js$/.test(f));
    // sigstore, octokit, the MCP SDK, tar: chunks of other commands stay unread.
    expect(validate.length).toBeLessThan(all.length / 2);
  });
});

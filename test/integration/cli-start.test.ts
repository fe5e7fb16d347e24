import { spawnSync } from 'node:child_process';
import { cpSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import module from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLI, cleanEnv, ROOT } from '../helpers/run.js';
import { tempDir } from '../helpers/temp.js';

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

  it("`validate` loads no zod, option catalog, jsonc-parser or other command's rules: under 1 MB in all", () => {
    const run = loaded(['validate', '.', '--json']);
    expect(run.code).toBe(0);
    // Its input is checked from the usage manifest (src/commands/input-check.ts), its run loads apart from its
    // definition (RUN_LOADERS), its findings are located and rated without jsonc-parser and the other catalogs.
    const signatures = {
      zod: 'ZodError',
      'the option catalog': 'expected a dist-tag such as next',
      'jsonc-parser': 'printParseErrorCode',
      "smoke's rules": 'smoke/stdout-noise',
    };
    for (const file of run.files) {
      const text = readFileSync(path.join(ROOT, file), 'utf8');
      for (const [what, signature] of Object.entries(signatures))
        expect(text, `${what} in ${file}`).not.toContain(signature);
    }
    // The same signatures do mark those chunks: the check is not vacuous.
    const every = readdirSync(path.join(ROOT, 'dist'))
      .filter((f) => f.endsWith('.js'))
      .map((f) => readFileSync(path.join(ROOT, 'dist', f), 'utf8'));
    for (const signature of Object.values(signatures))
      expect(every.some((text) => text.includes(signature))).toBe(true);
    // 1.67 MB before (issue #20); the entry, validate's code and what it lists the packed files with.
    const bytes = run.files.reduce((sum, f) => sum + statSync(path.join(ROOT, f)).size, 0);
    expect(bytes).toBeLessThan(1_000_000);
  });

  it('`scan` loads no zod or option catalog either: its --registry is checked from the manifest too', () => {
    const run = loaded(['scan', '.', '--registry', 'https://registry.example.com/', '--json']);
    // The example server is clean: a finding would exit 1 (and nothing here asks the registry anything).
    expect(run.code).toBe(0);
    expect(chunks(run.files).length).toBeGreaterThan(0);
    for (const file of run.files) {
      const text = readFileSync(path.join(ROOT, file), 'utf8');
      expect(text, `zod in ${file}`).not.toContain('ZodError');
      expect(text, `the option catalog in ${file}`).not.toContain('expected a dist-tag such as next');
    }
  });
});

/** Node >= 22.1 (the Action's node24) has the module compile cache; Node 20 has not, and there it stays off. */
const hasCompileCache = typeof (module as { enableCompileCache?: unknown }).enableCompileCache === 'function';

describe('start: the module compile cache', () => {
  const validate = (cwd: string, env: NodeJS.ProcessEnv) =>
    spawnSync(process.execPath, [CLI, 'validate', '.', '--json'], {
      cwd,
      env: { ...cleanEnv(), ...env },
      encoding: 'utf8',
    });

  it.skipIf(!hasCompileCache)('is kept in the temp folder (os.tmpdir()), never in the project validated', async () => {
    const project = await tempDir('cli-start-project-');
    cpSync(path.join(ROOT, 'examples/hello-server'), project, { recursive: true });
    const before = readdirSync(project, { recursive: true }).sort();
    const tmp = await tempDir('cli-start-tmp-');
    const env = {
      TMPDIR: tmp,
      TEMP: tmp,
      TMP: tmp,
      NODE_COMPILE_CACHE: undefined,
      NODE_DISABLE_COMPILE_CACHE: undefined,
    };
    expect(validate(project, env).status).toBe(0);
    expect(readdirSync(project, { recursive: true }).sort()).toEqual(before);
    expect(readdirSync(tmp)).toContain('node-compile-cache');
  });

  it('a cache folder that cannot be written leaves the cache off: the command runs as before', async () => {
    const blocked = path.join(await tempDir('cli-start-blocked-'), 'a-file');
    writeFileSync(blocked, 'not a folder');
    const run = validate(path.join(ROOT, 'examples/hello-server'), { NODE_COMPILE_CACHE: undefined, TMPDIR: blocked });
    expect(run.stderr).not.toMatch(/compile cache|internal error/i);
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ ok: true });
  });
});

import { access, constants, mkdtemp, readFile, realpath, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { SignatureAuditRun } from '../release/audit-signatures.js';
import { npmError, TRANSIENT_NPM_ERROR, type NpmOutcome } from '../release/npm-command.js';
import type { Clock } from './clock.js';
import { NPM_ENV, npmInvocation } from './npm.js';
import { publishRequest, sendPublish, type InProcessPublish } from './registry-publish.js';
import { runProcess } from './process.js';

type Env = Readonly<Record<string, string | undefined>>;

/** What `npm pack --json` says it wrote. */
export interface PackedTarball {
  name: string;
  version: string;
  filename: string;
  size: number;
  unpackedSize: number;
  files: { path: string; size: number }[];
}

/**
 * The npm CLI as releases run it: with the environment the kit was started
 * with, never a shell, tokens only through npm's environment.
 */
export interface NpmCli {
  /**
   * npm with the token in a temporary npmrc outside the workspace, as a
   * reference to the environment (`${NODE_AUTH_TOKEN}`), so it is never
   * written to disk. Transient failures are retried with backoff, but only
   * after asking the registry (`landed`) whether the change already landed.
   */
  runWithRetries(
    args: string[],
    options: { registry: string; token: string | undefined; landed: () => Promise<boolean> },
  ): Promise<NpmOutcome>;
  /**
   * `npm publish <tarball>` sent from this process (registry-publish.ts): only where release/publish-route.ts
   * says it is npm's request. Retried as runWithRetries retries npm.
   */
  publishInProcess(request: InProcessPublish, options: { landed: () => Promise<boolean> }): Promise<NpmOutcome>;
  /** npm's builtin and global npmrc files that exist (the ones npm reads besides the userconfig the kit writes). */
  configFiles(): Promise<{ file: string; text: string }[]>;
  /** `npm pack` of the folder into `outDir`, without lifecycle scripts. */
  pack(dir: string, outDir: string): Promise<{ ok: true; packed: PackedTarball } | { ok: false; error: string }>;
  /** `npm --version`, or undefined when npm does not answer. */
  version(cwd: string): Promise<string | undefined>;
  /** Installs name@version from the registry into a scratch project, then runs `npm audit signatures --json` there. */
  auditSignatures(registry: string, name: string, version: string): Promise<SignatureAuditRun>;
}

export function createNpmCli(env: Env, clock: Clock): NpmCli {
  const npm = () => npmInvocation(env, process.platform, process.execPath);
  return {
    async runWithRetries(args, { registry, token, landed }) {
      const dir = await mkdtemp(path.join(os.tmpdir(), 'mcp-release-npmrc-'));
      const npmrc = path.join(dir, '.npmrc');
      try {
        const host = registry.replace(/^https?:/, '');
        await writeFile(npmrc, token ? `${host}:_authToken=\${NODE_AUTH_TOKEN}\n` : '', { mode: 0o600 });
        const { command, args: prefix } = npm();
        // npm's own retries would hide a publish that landed before its error: ours ask the registry first.
        const npmEnv = {
          ...env,
          ...NPM_ENV,
          npm_config_userconfig: npmrc,
          npm_config_fetch_retries: '0',
          ...(token ? { NODE_AUTH_TOKEN: token } : {}),
        };
        return await withLandedRetries(clock, landed, async () => {
          const result = await runProcess(command, [...prefix, ...args], {
            cwd: dir,
            env: npmEnv,
            timeoutMs: 300_000,
            // Stryker disable next-line UnaryOperator,StringLiteral: equivalent, a process that did not start is a failure (any code but 0) with no output.
          }).catch((error: Error) => ({ code: -1, stdout: '', stderr: error.message, signal: null, timedOut: false }));
          if (result.code === 0) return { ok: true, stdout: result.stdout };
          return {
            ok: false,
            error: npmError(result.stderr, token),
            transient: TRANSIENT_NPM_ERROR.test(result.stderr) || result.timedOut,
          };
        });
      } finally {
        await rm(dir, {
          recursive: true,
          // Stryker disable next-line BooleanLiteral: equivalent, the folder exists (made above); force only silences a missing one.
          force: true,
        });
      }
    },

    async publishInProcess(request, { landed }) {
      // Built once (the tarball read, checked and unpacked once); only the PUT is tried again.
      const prepared = await publishRequest(request);
      if (!prepared.ok) return { ok: false, error: prepared.error };
      return withLandedRetries(clock, landed, async () => {
        const attempt = await sendPublish(prepared.put);
        if (attempt.ok) return { ok: true, stdout: '' };
        return { ...attempt, error: attempt.error.split(request.token).join('***') };
      });
    },

    async configFiles() {
      const { command, args } = npm();
      const npmDir = await installedNpmDir(command, args, env);
      const files = [
        ...(npmDir ? [path.join(npmDir, 'npmrc')] : []),
        env.npm_config_globalconfig ?? env.NPM_CONFIG_GLOBALCONFIG ?? path.join(globalPrefix(env), 'etc', 'npmrc'),
      ];
      const read = await Promise.all(
        files.map(async (file) => ({ file, text: await readFile(file, 'utf8').catch(() => undefined) })),
      );
      return read.filter((f): f is { file: string; text: string } => f.text !== undefined);
    },

    async pack(dir, outDir) {
      // A plain package folder is packed here, to npm's bytes; any other by npm itself. Loaded on first use:
      // npm-packlist, node-tar's headers and gzip are a pack's alone.
      const { packFolderInProcess } = await import('./npm-pack-in-process.js');
      const inProcess = await packFolderInProcess(dir, outDir);
      if (inProcess.ok) return { ok: true, packed: inProcess.packed };
      const { command, args } = npm();
      const result = await runProcess(
        command,
        [...args, 'pack', '--json', '--ignore-scripts', '--pack-destination', outDir],
        { cwd: dir, env, timeoutMs: 300_000 },
      );
      if (result.code !== 0)
        return {
          ok: false,
          error: `npm pack failed: ${
            result.stderr
              .split('\n')
              .find((l) => /npm error/.test(l) && !/complete log/.test(l))
              ?.replace(/^npm error\s*/, '') ?? result.stderr.slice(0, 300)
          }`,
        };
      let packed: PackedTarball | undefined;
      try {
        [packed] = JSON.parse(result.stdout.slice(result.stdout.indexOf('['))) as PackedTarball[];
      } catch {
        packed = undefined;
      }
      if (!packed?.filename || !Array.isArray(packed.files))
        return { ok: false, error: 'npm pack --json printed no package' };
      return { ok: true, packed };
    },

    async version(cwd) {
      const { command, args } = npm();
      const own = await installedNpmVersion(command, args, env);
      if (own) return own;
      return runProcess(command, [...args, '--version'], { cwd, env, timeoutMs: 30_000 })
        .then((r) => (r.code === 0 ? r.stdout.trim() : undefined))
        .catch(() => undefined);
    },

    async auditSignatures(registry, name, version) {
      const dir = await mkdtemp(path.join(os.tmpdir(), 'mcp-release-audit-'));
      try {
        await writeFile(
          path.join(dir, 'package.json'),
          JSON.stringify({ name: 'mcp-release-signature-audit', private: true }),
        );
        const { command, args } = npm();
        const npmEnv = { ...env, ...NPM_ENV, npm_config_registry: registry };
        const install = await runProcess(
          command,
          [...args, 'install', `${name}@${version}`, '--ignore-scripts', '--no-save', '--registry', registry],
          { cwd: dir, env: npmEnv, timeoutMs: 180_000 },
        );
        if (install.code !== 0) return { installed: false, code: install.code, stderr: install.stderr };
        const audit = await runProcess(command, [...args, 'audit', 'signatures', '--json', '--registry', registry], {
          cwd: dir,
          env: npmEnv,
          timeoutMs: 120_000,
        });
        return { installed: true, code: audit.code, stdout: audit.stdout };
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    },
  };
}

/**
 * The version `npm --version` prints, read from the package.json of the npm
 * that would run (npm prints its own package.json version): no npm start-up
 * (~0.2 s). Only when that npm is plainly an npm package (bin/npm-cli.js under a
 * package named npm); a wrapper (a version manager's shim, say) is asked instead.
 */
export async function installedNpmVersion(
  command: string,
  args: readonly string[],
  env: Env,
): Promise<string | undefined> {
  const dir = await installedNpmDir(command, args, env);
  if (!dir) return undefined;
  try {
    const manifest = JSON.parse(await readFile(path.join(dir, 'package.json'), 'utf8')) as {
      name?: unknown;
      version?: unknown;
    };
    return manifest.name === 'npm' && typeof manifest.version === 'string' && /^\d+\.\d+\.\d+/.test(manifest.version)
      ? manifest.version
      : undefined;
  } catch {
    return undefined;
  }
}

const npmDirs = new Map<string, Promise<string | undefined>>();

/** The folder of the npm package that would run (its bin/npm-cli.js found from the invocation or PATH), when it can be told; looked up once per invocation and PATH. */
function installedNpmDir(command: string, args: readonly string[], env: Env): Promise<string | undefined> {
  const key = JSON.stringify([command, args[0], env.PATH]);
  let dir = npmDirs.get(key);
  if (!dir) {
    dir = findNpmDir(command, args, env);
    npmDirs.set(key, dir);
  }
  return dir;
}

async function findNpmDir(command: string, args: readonly string[], env: Env): Promise<string | undefined> {
  let script = args[0];
  if (!script && command === 'npm' && process.platform !== 'win32') {
    for (const dir of (env.PATH ?? '').split(path.delimiter)) {
      if (!dir || !path.isAbsolute(dir)) continue;
      const file = path.join(dir, 'npm');
      if (
        await access(file, constants.X_OK).then(
          () => true,
          () => false,
        )
      ) {
        script = await realpath(file).catch(() => undefined);
        break;
      }
    }
  }
  if (!script || path.basename(script) !== 'npm-cli.js' || path.basename(path.dirname(script)) !== 'bin')
    return undefined;
  return path.dirname(path.dirname(script));
}

/** npm's global prefix as @npmcli/config finds it (its global npmrc is <prefix>/etc/npmrc). */
function globalPrefix(env: Env): string {
  const fromEnv = env.npm_config_prefix ?? env.NPM_CONFIG_PREFIX ?? env.PREFIX;
  if (fromEnv) return fromEnv;
  return process.platform === 'win32' ? path.dirname(process.execPath) : path.dirname(path.dirname(process.execPath));
}

/**
 * npm's retry rule, for a spawned npm and an in-process publish alike: up to three attempts with backoff,
 * another only for a transient failure, and never before asking the registry whether the change landed
 * (npm's own retries would hide a publish that landed before its error).
 */
async function withLandedRetries(
  clock: Clock,
  landed: () => Promise<boolean>,
  attempt: () => Promise<{ ok: true; stdout: string } | { ok: false; error: string; transient: boolean }>,
): Promise<NpmOutcome> {
  let lastError = '';
  for (let tries = 0; tries < 3; tries += 1) {
    if (tries > 0) await clock.sleep(500 * 2 ** tries);
    const result = await attempt();
    if (result.ok) return result;
    lastError = result.error;
    if (await landed()) return { ok: true, stdout: '', landedAfter: lastError };
    if (!result.transient) break;
  }
  return { ok: false, error: lastError };
}

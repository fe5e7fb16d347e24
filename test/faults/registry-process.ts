import { spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { startRegistry } from '../helpers/registry.js';
import { ROOT } from '../helpers/run.js';

/** A Verdaccio process serving one registry folder; it can be killed and started again. */
export interface RegistryProcess {
  /** Where it listens now (it changes on a restart). */
  readonly url: string;
  /** The release bot's token (empty when the folder already had its account). */
  token: string;
  /** SIGKILL, as an outage: nothing is flushed or closed. */
  kill(): void;
  alive(): boolean;
  /** Start it again on the same folder, on a new port (a no-op when it is running). */
  restart(): Promise<void>;
  stop(): Promise<void>;
}

let childScript: Promise<string> | undefined;
/**
 * registry-child.ts as plain JS, built once (under tsx's loader each of the matrix's hundred registry
 * starts cost 0.4 s more CPU). Named by the hash of its sources, so every worker shares one build and
 * a changed source gets a new one; under node_modules so that its imports resolve.
 */
function registryChildScript(): Promise<string> {
  childScript ??= (async () => {
    const sources = ['test/faults/registry-child.ts', 'scripts/lib/local-registry.ts'].map((rel) =>
      readFileSync(path.join(ROOT, rel)),
    );
    const hash = createHash('sha256').update(Buffer.concat(sources)).digest('hex').slice(0, 16);
    const dir = path.join(ROOT, 'node_modules/.cache/mcp-release-kit-tests');
    const outfile = path.join(dir, `registry-child-${hash}.mjs`);
    if (existsSync(outfile)) return outfile;
    mkdirSync(dir, { recursive: true });
    const partial = `${outfile}.${process.pid}.partial`;
    const { build } = await import('esbuild');
    await build({
      entryPoints: [path.join(ROOT, 'test/faults/registry-child.ts')],
      bundle: true,
      packages: 'external',
      format: 'esm',
      platform: 'node',
      outfile: partial,
      logLevel: 'warning',
    });
    renameSync(partial, outfile);
    return outfile;
  })();
  return childScript;
}

async function launch(dir: string): Promise<{ child: ChildProcess; url: string; token: string }> {
  const child = spawn(process.execPath, [await registryChildScript(), dir], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  // Never outlive the test run, whatever ends it.
  const reap = () => child.kill('SIGKILL');
  process.once('exit', reap);
  child.once('exit', () => process.off('exit', reap));
  return new Promise((resolve, reject) => {
    const lines = createInterface({ input: child.stdout as NodeJS.ReadableStream });
    lines.once('line', (line) => resolve({ child, ...(JSON.parse(line) as { url: string; token: string }) }));
    child.once('exit', (code) => reject(new Error(`registry process for ${dir} exited with ${code} before listening`)));
  });
}

export async function startRegistryProcess(dir: string): Promise<RegistryProcess> {
  const first = await launch(dir);
  const { token } = first;
  let { child, url } = first;
  const alive = () => child.exitCode === null && child.signalCode === null;
  const exited = () => new Promise<void>((resolve) => (alive() ? child.once('exit', () => resolve()) : resolve()));
  return {
    // A restart takes a fresh port (the old one may be taken meanwhile); everyone reaches it through the proxy.
    get url() {
      return url;
    },
    token,
    kill: () => void child.kill('SIGKILL'),
    alive,
    async restart() {
      if (!child.killed && alive()) return;
      await exited();
      ({ child, url } = await launch(dir));
    },
    async stop() {
      child.kill('SIGKILL');
      await exited();
    },
  };
}

/** The same registry folder served in this process: faster to start, but it cannot be killed. */
export async function startRegistryInProcess(dir: string): Promise<RegistryProcess> {
  const registry = await startRegistry({ dir });
  return {
    url: registry.url,
    token: registry.token,
    kill: () => {
      throw new Error('an in-process registry cannot be killed: start the world with a registry process');
    },
    alive: () => true,
    restart: async () => undefined,
    stop: () => registry.stop(),
  };
}

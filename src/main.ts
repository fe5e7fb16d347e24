import { realpathSync } from 'node:fs';
import module from 'node:module';
import { fileURLToPath } from 'node:url';
import { runCli } from './cli/run-cli.js';

/**
 * The one bundle (dist/index.js) behind the root action, every sub-action and
 * the CLI. Run directly (`node dist/index.js`, as action.yml does) it is the
 * action; dist/cli.js imports it and calls runCli. It holds the entries and
 * each command's usage; a command's code is a chunk beside it (dist/N.index.js)
 * loaded when that command runs (src/commands/command-loaders.ts).
 */
export { runCli };

/**
 * The action's entry, a chunk of its own: the CLI (dist/cli.js) never runs it, so its start does not
 * load it (the job summary, annotations and outputs code).
 */
export async function runAction(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const action = await import('./action/run-action.js');
  return action.runAction(env);
}

/**
 * Node's module compile cache (Node >= 22.1; the Action runs on node24): the
 * chunks a command loads are compiled once and read back from
 * `os.tmpdir()/node-compile-cache` (or NODE_COMPILE_CACHE) on later starts,
 * never from or into the user's project. It never throws: an unwritable
 * folder or NODE_DISABLE_COMPILE_CACHE=1 leaves it off (docs: "Module
 * compile cache", module.enableCompileCache). Node 20 has no such function.
 * dist/cli.js calls the same before it loads this bundle.
 */
export function enableCompileCache(): void {
  try {
    (module as { enableCompileCache?: () => unknown }).enableCompileCache?.();
  } catch {
    // a quiet optimisation: start without it
  }
}

function isMainModule(): boolean {
  const entry = process.argv[1];
  if (!entry) return false;
  try {
    return realpathSync(entry) === realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
}

if (isMainModule()) {
  enableCompileCache();
  await runAction();
}

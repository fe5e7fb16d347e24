import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { runAction } from './action/run-action.js';
import { runCli } from './cli/run-cli.js';

/**
 * The one bundle (dist/index.js) behind the root action, every sub-action and
 * the CLI. Run directly (`node dist/index.js`, as action.yml does) it is the
 * action; dist/cli.js imports it and calls runCli.
 */
export { runAction, runCli };

function isMainModule(): boolean {
  const entry = process.argv[1];
  if (!entry) return false;
  try {
    return realpathSync(entry) === realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
}

if (isMainModule()) await runAction();

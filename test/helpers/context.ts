import { contextFromEnv } from '../../src/cli/context.js';
import type { RunContext } from '../../src/commands/types.js';
import { silentLogger } from '../../src/ports/logger.js';

/** A command's context as the entries build it, from an environment and a folder, with a silent logger. */
export function testContext(
  env: NodeJS.ProcessEnv,
  cwd = process.cwd(),
  overrides: Partial<RunContext> = {},
): RunContext {
  return { ...contextFromEnv(env, cwd, silentLogger), ...overrides };
}

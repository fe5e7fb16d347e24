import { readFileSync } from 'node:fs';
import type { RunContext } from '../commands/types.js';
import { visibilityFromEvent, type RepositoryVisibility } from '../release/visibility.js';
import { createAdapters } from '../adapters/index.js';
import type { Logger } from '../ports/logger.js';
import { ENV } from '../settings/env-names.js';
import { settingsFromEnv } from '../settings/settings.js';

/**
 * The one place the environment becomes settings, and settings become a
 * command's context (adapters and a logger). The CLI and the Action's entry
 * load it only once a command runs (not for `--help`).
 */
export function contextFromEnv(env: NodeJS.ProcessEnv, cwd: string, log: Logger): RunContext {
  const settings = settingsFromEnv(env, cwd, eventVisibility(env[ENV.githubEventPath]));
  return { cwd, settings, adapters: createAdapters(settings), log };
}

/** The event payload the runner wrote (repository.visibility): unreadable or silent is unknown, never an error. */
function eventVisibility(file: string | undefined): RepositoryVisibility | undefined {
  if (!file) return undefined;
  try {
    return visibilityFromEvent(JSON.parse(readFileSync(file, 'utf8')));
  } catch {
    return undefined;
  }
}

/**
 * Waiting until the npm registry serves a version that was just published.
 *
 * A new version can take minutes to be served everywhere after `npm publish`
 * answers (the registry's CDN caches packuments; npm/cli#4513): an install of
 * `name@version` right after the publish fails with ETARGET, and the MCP
 * Registry refuses an entry until `GET /<name>/<version>` answers. So the steps
 * that read the version back poll that same URL first, with a bounded wait.
 *
 * The clock, the sleep and the HTTP GET are given (the registry adapter gives
 * the real ones): the schedule is pure and unit tests run it on a fake clock.
 */

export interface WaitClock {
  now(): number;
  sleep(ms: number): Promise<void>;
}

/** One look at the registry: served, or why not (an HTTP status or a network error). */
export type Probe = (url: string) => Promise<{ served: true } | { served: false; reason: string }>;

export interface RegistryWaitOptions {
  registry: string;
  name: string;
  version: string;
  /** How long to keep trying, in seconds (0: one look, no wait). */
  timeoutSeconds: number;
  /** First pause between looks; doubles after each (default 2000). */
  initialDelayMs?: number;
  /** Longest pause between looks (default 30000). */
  maxDelayMs?: number;
  /** A line per look that found nothing yet, and one when it is served after a wait. */
  progress?: (line: string) => void;
  clock: WaitClock;
  /** One look at `versionUrl(registry, name, version)`. */
  probe: Probe;
}

export interface RegistryWaitResult {
  served: boolean;
  attempts: number;
  /** Milliseconds from the first look to the answer (or to giving up). */
  waitedMs: number;
  /** Why the last look did not count (`HTTP 404`, a network error). */
  lastReason?: string;
}

export const DEFAULT_INITIAL_DELAY_MS = 2000;
export const DEFAULT_MAX_DELAY_MS = 30_000;

/**
 * `GET <registry>/<name>/<version>`, the name escaped as npm escapes it: a
 * scoped name keeps its `@` and its `/` becomes `%2f` (npm-package-arg's
 * `escapedName`), so `@scope/name` is one path segment.
 */
export function versionUrl(registry: string, name: string, version: string): string {
  const escaped = name.startsWith('@')
    ? `@${encodeURIComponent(name.slice(1)).replace(/%2F/g, '%2f')}`
    : encodeURIComponent(name);
  return `${registry.replace(/\/+$/, '')}/${escaped}/${encodeURIComponent(version)}`;
}

/** The pause before look number `attempt + 1`: initial * 2^(attempt-1), capped. Pure. */
export function backoffDelay(
  attempt: number,
  initialDelayMs = DEFAULT_INITIAL_DELAY_MS,
  maxDelayMs = DEFAULT_MAX_DELAY_MS,
): number {
  return Math.min(maxDelayMs, initialDelayMs * 2 ** Math.max(0, attempt - 1));
}

const seconds = (ms: number): number => Math.round(ms / 1000);

/** Poll until the registry serves name@version or the deadline passes. Never throws for a registry answer. */
export async function waitForVersion(options: RegistryWaitOptions): Promise<RegistryWaitResult> {
  const { clock, probe } = options;
  const url = versionUrl(options.registry, options.name, options.version);
  const budgetMs = Math.max(0, options.timeoutSeconds) * 1000;
  const label = `${options.name}@${options.version}`;
  const started = clock.now();
  for (let attempt = 1; ; attempt += 1) {
    const answer = await probe(url);
    const waitedMs = clock.now() - started;
    if (answer.served) {
      if (attempt > 1)
        options.progress?.(
          `${label} is served by ${options.registry} after ${seconds(waitedMs)} s (attempt ${attempt})`,
        );
      return { served: true, attempts: attempt, waitedMs };
    }
    const remaining = budgetMs - waitedMs;
    if (remaining <= 0) return { served: false, attempts: attempt, waitedMs, lastReason: answer.reason };
    options.progress?.(
      `waiting for ${label} on ${options.registry} (attempt ${attempt}, ${seconds(waitedMs)} s of ${seconds(budgetMs)} s): ${answer.reason}`,
    );
    await clock.sleep(Math.min(remaining, backoffDelay(attempt, options.initialDelayMs, options.maxDelayMs)));
  }
}

/** Said in the report when the version was served only after a wait. */
export function waitedNote(
  options: { registry: string; name: string; version: string },
  result: RegistryWaitResult,
): string {
  return `waited ${seconds(result.waitedMs)} s (${result.attempts} attempts) for ${options.name}@${options.version} to be served by ${options.registry}`;
}

/** The finding text for a wait that ran out: how long, and that a later re-run finishes the release. */
export function notYetServedMessage(
  options: { registry: string; name: string; version: string },
  result: RegistryWaitResult,
): string {
  return `${options.name}@${options.version} is not served by ${options.registry} yet: waited ${seconds(result.waitedMs)} s over ${result.attempts} attempt(s) (last answer: ${result.lastReason ?? 'none'}). A new version can take minutes to show after a publish (npm/cli#4513); nothing was changed after the wait, so re-running this job later finishes the release`;
}

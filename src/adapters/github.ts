import type { GitHubTarget } from '../github/client.js';
import type { GitHub } from '../ports/github.js';
import type { Settings } from '../settings/settings.js';

/**
 * The GitHub REST client: octokit from @actions/github with the retry plugin
 * (5xx, network) and the throttling plugin (primary and secondary rate
 * limits: retried twice when GitHub asks to wait at most a minute, else the
 * error says when to re-run).
 */
export interface GitHubClients {
  /** A client for the target; `log` hears each rate-limit wait. */
  client(target: GitHubTarget, log?: (line: string) => void): Promise<GitHub>;
}

const MAX_WAIT_SECONDS = 60;

export function createGitHubClients(settings: Pick<Settings, 'githubPacing' | 'githubTimeoutSeconds'>): GitHubClients {
  return { client: (target, log = () => {}) => createGitHub(target, settings, log) };
}

async function createGitHub(
  target: GitHubTarget,
  settings: Pick<Settings, 'githubPacing' | 'githubTimeoutSeconds'>,
  log: (line: string) => void,
): Promise<GitHub> {
  // octokit and its plugins (about 1 MB) load only in the commands that talk to GitHub: every other command's cold start would pay for them.
  const { getOctokit } = await import('@actions/github');
  const { retry } = await import('@octokit/plugin-retry');
  const { throttling } = await import('@octokit/plugin-throttling');
  const Bottleneck = (await import('bottleneck/light.js')).default;
  const wait =
    (kind: string) =>
    (retryAfter: number, options: { method?: string; url?: string }, _octokit: unknown, retryCount: number) => {
      const retrying = retryCount < 2 && retryAfter <= MAX_WAIT_SECONDS;
      log(
        `GitHub ${kind} on ${options.method ?? ''} ${options.url ?? ''}: ${retrying ? `retrying in ${retryAfter} s` : `not retrying (asked to wait ${retryAfter} s)`}`,
      );
      return retrying;
    };
  // GitHub asks integrations to space content-creating requests (1 s writes, 3 s notifications) and
  // the retry plugin waits 1, 4, 9 s between attempts; MCP_RELEASE_GITHUB_PACING=none shortens both
  // for GitHub Enterprise test instances and fakes. Never set it against github.com.
  const fast = settings.githubPacing === 'none';
  const unpaced = fast
    ? {
        write: new Bottleneck.Group({ maxConcurrent: 1, minTime: 0 }),
        notifications: new Bottleneck.Group({ maxConcurrent: 1, minTime: 0 }),
      }
    : {};
  const octokit = getOctokit(
    target.token,
    {
      baseUrl: target.apiUrl,
      retry: { retries: 3, ...(fast ? { retryAfterBaseValue: 20 } : {}) },
      // Retries live in the plugin's options only: a request-level `retries` would make it retry 4xx too.
      throttle: { onRateLimit: wait('rate limit'), onSecondaryRateLimit: wait('secondary rate limit'), ...unpaced },
    },
    retry,
    throttling,
  );
  // octokit waits for ever on a request GitHub never answers. MCP_RELEASE_GITHUB_TIMEOUT_SECONDS bounds
  // each call, its retries included; a call that sets its own signal keeps it.
  const seconds = Number(settings.githubTimeoutSeconds);
  if (Number.isFinite(seconds) && seconds > 0) {
    octokit.hook.before('request', (options) => {
      options.request = { ...options.request, signal: options.request?.signal ?? AbortSignal.timeout(seconds * 1000) };
    });
  }
  const client: GitHub = octokit;
  return client;
}

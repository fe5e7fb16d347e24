import { UsageError } from '../errors.js';
import type { RunContext } from '../commands/types.js';

/**
 * The GitHub REST client: octokit from @actions/github with the retry plugin
 * (5xx, network) and the throttling plugin (primary and secondary rate
 * limits: retried twice when GitHub asks to wait at most a minute, else the
 * error says when to re-run). Loaded only by the commands that talk to GitHub.
 */
export interface GitHubTarget {
  owner: string;
  repo: string;
  token: string;
  apiUrl: string;
}

const MAX_WAIT_SECONDS = 60;

/** Where and as whom: in Actions from its context; locally from --repo and GITHUB_TOKEN. Undefined when either is missing. */
export function githubTarget(repoFlag: string | undefined, context: RunContext): GitHubTarget | undefined {
  const repository = repoFlag ?? context.githubRepository;
  if (repoFlag !== undefined && !/^[\w.-]+\/[\w.-]+$/.test(repoFlag))
    throw new UsageError(`--repo: expected owner/name, got "${repoFlag}"`);
  const token = context.parentEnv.GITHUB_TOKEN || context.parentEnv.GH_TOKEN;
  if (!repository || !token) return undefined;
  const [owner, repo] = repository.split('/') as [string, string];
  return {
    owner,
    repo,
    token,
    apiUrl: (context.parentEnv.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, ''),
  };
}

/** Why GitHub steps were skipped, for the report. */
export function githubSkipReason(repoFlag: string | undefined, context: RunContext): string {
  const repository = repoFlag ?? context.githubRepository;
  if (!repository) return 'no repository: pass --repo owner/name (GitHub Actions sets it)';
  return 'no token: set GITHUB_TOKEN (in GitHub Actions: env GITHUB_TOKEN: ${{ github.token }})';
}

export type GitHub = Awaited<ReturnType<typeof createGitHub>>;

export async function createGitHub(
  target: GitHubTarget,
  env: NodeJS.ProcessEnv,
  log: (line: string) => void = () => {},
) {
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
  const fast = env.MCP_RELEASE_GITHUB_PACING === 'none';
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
  const seconds = Number(env.MCP_RELEASE_GITHUB_TIMEOUT_SECONDS);
  if (Number.isFinite(seconds) && seconds > 0) {
    octokit.hook.before('request', (options) => {
      options.request = { ...options.request, signal: options.request?.signal ?? AbortSignal.timeout(seconds * 1000) };
    });
  }
  return octokit;
}

interface RequestErrorLike {
  status?: number;
  message?: string;
  response?: {
    data?: { message?: string; errors?: { message?: string; code?: string; field?: string }[] };
    headers?: Record<string, string | undefined>;
  };
}

/**
 * A GitHub error as a user can act on it: which permission is missing, what
 * was not found, which validation failed. Never includes the token.
 */
export function describeGitHubError(error: unknown, action: string, permission: string): string {
  const e = error as RequestErrorLike;
  const message = e.response?.data?.message ?? e.message ?? String(error);
  const details = (e.response?.data?.errors ?? [])
    .map((d) => d.message ?? [d.field, d.code].filter(Boolean).join(' '))
    .filter(Boolean)
    .join('; ');
  switch (e.status) {
    case 401:
      return `${action}: GitHub rejected the token (401 ${message}); check GITHUB_TOKEN`;
    case 403:
      if (/rate limit/i.test(message)) return `${action}: GitHub rate limit (${message}); re-run later`;
      return `${action}: the token may not do this (403 ${message}); the job needs \`permissions: ${permission}\` (and an organisation or ruleset that allows it)`;
    case 404:
      return `${action}: not found (404); the repository or object does not exist, or the token cannot see it (\`permissions: ${permission}\`)`;
    case 422:
      return `${action}: GitHub refused the request (422 ${message}${details ? `: ${details}` : ''})`;
    case 429:
      return `${action}: GitHub rate limit (429); re-run later`;
    default:
      return `${action}: ${e.status ? `HTTP ${e.status} ` : ''}${message}`;
  }
}

import { UsageError } from '../errors.js';
import type { Settings } from '../settings/settings.js';

/**
 * Which repository the GitHub steps talk to and as whom, and GitHub's errors
 * as a user can act on them. The client itself (octokit) is the GitHub
 * adapter's; the logic here and beside it sees the port in ports/github.ts.
 */
export interface GitHubTarget {
  owner: string;
  repo: string;
  token: string;
  apiUrl: string;
}

/** Where and as whom: in Actions from its context; locally from --repo and GITHUB_TOKEN. Undefined when either is missing. */
export function githubTarget(
  repoFlag: string | undefined,
  settings: Pick<Settings, 'github' | 'credentials'>,
): GitHubTarget | undefined {
  const repository = repoFlag ?? settings.github.repository;
  if (repoFlag !== undefined && !/^[\w.-]+\/[\w.-]+$/.test(repoFlag))
    throw new UsageError(`--repo: expected owner/name, got "${repoFlag}"`);
  const token = settings.credentials.githubToken;
  if (!repository || !token) return undefined;
  const [owner, repo] = repository.split('/') as [string, string];
  return { owner, repo, token, apiUrl: settings.github.apiUrl };
}

/** Why GitHub steps were skipped, for the report. */
export function githubSkipReason(repoFlag: string | undefined, settings: Pick<Settings, 'github'>): string {
  const repository = repoFlag ?? settings.github.repository;
  if (!repository) return 'no repository: pass --repo owner/name (GitHub Actions sets it)';
  return 'no token: set GITHUB_TOKEN (in GitHub Actions: env GITHUB_TOKEN: ${{ github.token }})';
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

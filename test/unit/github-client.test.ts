import { describe, expect, it } from 'vitest';
import { assetName, duplicateAsset } from '../../src/github/asset-names.js';
import { describeGitHubError, githubSkipReason, githubTarget } from '../../src/github/client.js';
import { UsageError } from '../../src/errors.js';
import { settingsFromEnv } from '../../src/settings/settings.js';
import { httpError } from '../helpers/github-port.js';

/** Which repository the GitHub steps talk to, as whom, and GitHub's errors as the user reads them. */
const TOKEN = 'ghs_not-a-real-token-value';

describe('githubTarget', () => {
  it('in Actions: GITHUB_REPOSITORY and the token; --repo wins; GH_TOKEN is used when GITHUB_TOKEN is not set', () => {
    const actions = settingsFromEnv(
      { GITHUB_ACTIONS: 'true', GITHUB_REPOSITORY: 'acme/weather-mcp', GITHUB_TOKEN: TOKEN },
      '/repo',
    );
    expect(githubTarget(undefined, actions)).toEqual({
      owner: 'acme',
      repo: 'weather-mcp',
      token: TOKEN,
      apiUrl: 'https://api.github.com',
    });
    expect(githubTarget('other/repo.js', actions)).toMatchObject({ owner: 'other', repo: 'repo.js' });
    const local = settingsFromEnv({ GH_TOKEN: TOKEN }, '/repo');
    expect(githubTarget('acme/weather-mcp', local)?.token).toBe(TOKEN);
  });

  it('missing repository or token: undefined, and the skip reason says what to set', () => {
    const noToken = settingsFromEnv({ GITHUB_ACTIONS: 'true', GITHUB_REPOSITORY: 'acme/weather-mcp' }, '/repo');
    expect(githubTarget(undefined, noToken)).toBeUndefined();
    expect(githubSkipReason(undefined, noToken)).toBe(
      'no token: set GITHUB_TOKEN (in GitHub Actions: env GITHUB_TOKEN: ${{ github.token }})',
    );
    const nothing = settingsFromEnv({ GITHUB_TOKEN: TOKEN }, '/repo');
    expect(githubTarget(undefined, nothing)).toBeUndefined();
    expect(githubSkipReason(undefined, nothing)).toBe('no repository: pass --repo owner/name (GitHub Actions sets it)');
  });

  it('a --repo that is not owner/name is a usage error quoting it', () => {
    const settings = settingsFromEnv({ GITHUB_TOKEN: TOKEN }, '/repo');
    for (const bad of ['acme', 'https://github.com/acme/x', 'acme/x/y', 'acme/x y']) {
      expect(() => githubTarget(bad, settings)).toThrow(UsageError);
      expect(() => githubTarget(bad, settings)).toThrow(`--repo: expected owner/name, got "${bad}"`);
    }
  });
});

describe('describeGitHubError', () => {
  const step = 'creating tag v1.2.0';

  it('401: the token was rejected; check GITHUB_TOKEN', () => {
    expect(describeGitHubError(httpError(401, 'Bad credentials'), step, 'contents: write')).toBe(
      'creating tag v1.2.0: GitHub rejected the token (401 Bad credentials); check GITHUB_TOKEN',
    );
  });

  it('403: the permission the job needs; a rate limit 403 says to re-run instead', () => {
    // https://docs.github.com/en/rest/using-the-rest-api/rate-limits-for-the-rest-api (403 or 429 when exceeded)
    const denied = describeGitHubError(
      httpError(403, 'Resource not accessible by integration'),
      step,
      'contents: write',
    );
    expect(denied).toContain('403 Resource not accessible by integration');
    expect(denied).toContain('`permissions: contents: write`');
    expect(describeGitHubError(httpError(403, 'API rate limit exceeded for installation'), step, 'x')).toBe(
      'creating tag v1.2.0: GitHub rate limit (API rate limit exceeded for installation); re-run later',
    );
    expect(describeGitHubError(httpError(429, 'Too Many Requests'), step, 'x')).toBe(
      'creating tag v1.2.0: GitHub rate limit (429); re-run later',
    );
  });

  it('404: not found, or not visible to the token, naming the permission', () => {
    expect(describeGitHubError(httpError(404, 'Not Found'), 'reading PR #7', 'pull-requests: read')).toBe(
      'reading PR #7: not found (404); the repository or object does not exist, or the token cannot see it (`permissions: pull-requests: read`)',
    );
  });

  it("422: GitHub's message with each validation error", () => {
    const error = httpError(422, 'Validation Failed', {
      errors: [{ resource: 'Release', code: 'already_exists', field: 'tag_name' }, { message: 'body is too long' }],
    });
    expect(describeGitHubError(error, step, 'x')).toBe(
      'creating tag v1.2.0: GitHub refused the request (422 Validation Failed: tag_name already_exists; body is too long)',
    );
  });

  it('anything else: the status and message; never the token', () => {
    expect(describeGitHubError(httpError(502, 'Bad Gateway'), step, 'x')).toBe(
      'creating tag v1.2.0: HTTP 502 Bad Gateway',
    );
    expect(describeGitHubError(new Error('getaddrinfo ENOTFOUND api.github.com'), step, 'x')).toBe(
      'creating tag v1.2.0: getaddrinfo ENOTFOUND api.github.com',
    );
    const withToken = Object.assign(new Error('Bad credentials'), {
      status: 401,
      request: { headers: { authorization: `token ${TOKEN}` } },
    });
    expect(describeGitHubError(withToken, step, 'x')).not.toContain(TOKEN);
  });
});

describe('release asset names', () => {
  it("GitHub renames special characters to '.' (https://docs.github.com/en/rest/releases/assets#upload-a-release-asset)", () => {
    expect(assetName('/out/My Server (linux).tgz')).toBe('My.Server..linux..tgz');
    expect(assetName('dist/acme-weather-mcp-1.2.3.tgz')).toBe('acme-weather-mcp-1.2.3.tgz');
    expect(assetName('sbom@1+build.json')).toBe('sbom@1+build.json');
  });

  it('two files that would become one asset are found before anything is uploaded', () => {
    expect(duplicateAsset(['a/x.tgz', 'b/y.tgz'])).toBeUndefined();
    expect(duplicateAsset(['a/x.tgz', 'b/x.tgz'])).toEqual({ name: 'x.tgz', first: 'a/x.tgz', second: 'b/x.tgz' });
    expect(duplicateAsset(['out/a b.tgz', 'out/a.b.tgz', 'c.tgz'])).toEqual({
      name: 'a.b.tgz',
      first: 'out/a b.tgz',
      second: 'out/a.b.tgz',
    });
  });
});

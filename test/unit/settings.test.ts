import { describe, expect, it } from 'vitest';
import { settingsFromEnv } from '../../src/settings/settings.js';

describe('settings from the environment, parsed once', () => {
  it('outside GitHub Actions, the repository is never taken from a stray GITHUB_REPOSITORY', () => {
    const settings = settingsFromEnv({ GITHUB_REPOSITORY: 'someone/else', GITHUB_TOKEN: 'ghp_abcdefghij' }, '/repo');
    expect(settings.inActions).toBe(false);
    expect(settings.github.repository).toBeUndefined();
    expect(settings.credentials.githubToken).toBe('ghp_abcdefghij');
    expect(settings.github.apiUrl).toBe('https://api.github.com');
  });

  it('in Actions: the run facts, GH_TOKEN as a fallback, URLs without a trailing slash, empty values absent', () => {
    const settings = settingsFromEnv(
      {
        GITHUB_ACTIONS: 'true',
        GITHUB_REPOSITORY: 'acme/server',
        GITHUB_REPOSITORY_OWNER: 'acme',
        GITHUB_API_URL: 'https://ghe.example/api/v3/',
        GH_TOKEN: 'gho_1234567890',
        GITHUB_TOKEN: '',
        NODE_AUTH_TOKEN: '',
        GITHUB_SHA: 'a'.repeat(40),
      },
      '/work',
      'private',
    );
    expect(settings.github).toMatchObject({
      repository: 'acme/server',
      repositoryOwner: 'acme',
      apiUrl: 'https://ghe.example/api/v3',
      sha: 'a'.repeat(40),
      repositoryVisibility: 'private',
    });
    expect(settings.credentials).toEqual({ githubToken: 'gho_1234567890' });
  });

  it('every credential-looking value is known for redaction, longest first; short values are not', () => {
    const settings = settingsFromEnv(
      { NODE_AUTH_TOKEN: 'npm_short1', MY_API_KEY: 'a-much-longer-api-key', PASSWORD: 'abc', PATH: '/usr/bin' },
      '/',
    );
    expect(settings.secretValues).toEqual(['a-much-longer-api-key', 'npm_short1']);
  });
});

import { describe, expect, it } from 'vitest';
import { parseEnvPairs, serverEnvironment } from '../../src/smoke/environment.js';

// The server under test is untrusted code: it gets what it needs to run, never the job's credentials.
describe('what a server under test sees of the environment', () => {
  const passed = ['PATH', 'LANG', 'LC_ALL', 'TZ', 'SystemRoot', 'ComSpec', 'PATHEXT', 'NODE_EXTRA_CA_CERTS'];
  const ownFolders = [
    'HOME',
    'USERPROFILE',
    'APPDATA',
    'LOCALAPPDATA',
    'XDG_CONFIG_HOME',
    'XDG_CACHE_HOME',
    'XDG_DATA_HOME',
    'TMPDIR',
    'TMP',
    'TEMP',
  ];
  const folders = { home: '/w/home', tmp: '/w/tmp' };
  const own = {
    HOME: '/w/home',
    USERPROFILE: '/w/home',
    APPDATA: '/w/home',
    LOCALAPPDATA: '/w/home',
    XDG_CONFIG_HOME: '/w/home/.config',
    XDG_CACHE_HOME: '/w/home/.cache',
    XDG_DATA_HOME: '/w/home/.local/share',
    TMPDIR: '/w/tmp',
    TMP: '/w/tmp',
    TEMP: '/w/tmp',
  };
  const secrets = {
    NODE_AUTH_TOKEN: 'npm_x',
    NPM_PROMOTE_TOKEN: 'npm_y',
    GITHUB_TOKEN: 'ghs_x',
    ACTIONS_ID_TOKEN_REQUEST_TOKEN: 't',
    ACTIONS_ID_TOKEN_REQUEST_URL: 'u',
    MCP_RELEASE_SIGNING_KEY: 'k',
    AWS_SECRET_ACCESS_KEY: 'a',
    npm_config__authToken: 'n',
  };

  it('each variable a program needs to run (POSIX and Windows) with its value, its own home and temp folders; nothing else', () => {
    const parent = {
      ...Object.fromEntries([...passed, ...ownFolders].map((k) => [k, `value of ${k}`])),
      ...secrets,
      GITHUB_REPOSITORY: 'acme/x',
      CI: 'true',
    };
    expect(serverEnvironment(parent, {}, folders)).toEqual({
      ...Object.fromEntries(passed.map((k) => [k, `value of ${k}`])),
      ...own,
    });
  });

  it("a variable the job does not have is absent, not set to undefined; the job's HOME never reaches the server", () => {
    expect(Object.keys(serverEnvironment({ PATH: '/bin', ...secrets }, {}, folders)).sort()).toEqual(
      ['PATH', ...ownFolders].sort(),
    );
    expect(serverEnvironment({ PATH: '', HOME: '/h' }, {}, folders)).toEqual({ PATH: '', ...own });
  });

  it("configured values win over the job's and over its own folders, and may add what the server needs", () => {
    expect(
      serverEnvironment(
        { PATH: '/bin', TZ: 'UTC' },
        { TZ: 'Europe/Paris', HOME: '/custom', API_BASE: 'http://127.0.0.1:9' },
        folders,
      ),
    ).toEqual({ PATH: '/bin', ...own, TZ: 'Europe/Paris', HOME: '/custom', API_BASE: 'http://127.0.0.1:9' });
  });
});

describe('KEY=VALUE pairs', () => {
  it('the value is everything after the first =, newlines included', () => {
    expect(parseEnvPairs(['A=1', 'B=x=y', 'C=', '_D9=multi\nline'])).toEqual({
      env: { A: '1', B: 'x=y', C: '', _D9: 'multi\nline' },
    });
    expect(parseEnvPairs([])).toEqual({ env: {} });
  });

  it('a name that is not a variable name is refused, naming the pair; what came before is kept', () => {
    for (const bad of ['1A=2', 'A-B=1', 'A B=1', ' A=1', '=x', 'NOEQUALS', 'A\n=1'])
      expect(parseEnvPairs(['OK=1', bad, 'LATER=2'])).toEqual({ env: { OK: '1' }, bad });
  });
});

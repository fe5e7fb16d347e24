import { describe, expect, it } from 'vitest';
import { parseEnvPairs, serverEnvironment } from '../../src/smoke/environment.js';

// The server under test is untrusted code: it gets what it needs to run, never the job's credentials.
describe('what a server under test sees of the environment', () => {
  const needed = ['PATH', 'HOME', 'USERPROFILE', 'TMPDIR', 'TMP', 'TEMP', 'LANG', 'LC_ALL', 'TZ', 'SystemRoot', 'ComSpec', 'PATHEXT', 'APPDATA', 'LOCALAPPDATA', 'NODE_EXTRA_CA_CERTS'];
  const secrets = { NODE_AUTH_TOKEN: 'npm_x', NPM_PROMOTE_TOKEN: 'npm_y', GITHUB_TOKEN: 'ghs_x', ACTIONS_ID_TOKEN_REQUEST_TOKEN: 't', ACTIONS_ID_TOKEN_REQUEST_URL: 'u', MCP_RELEASE_SIGNING_KEY: 'k', AWS_SECRET_ACCESS_KEY: 'a', npm_config__authToken: 'n' };

  it('each variable a program needs to run (POSIX and Windows), with its value; nothing else', () => {
    const parent = { ...Object.fromEntries(needed.map((k) => [k, `value of ${k}`])), ...secrets, GITHUB_REPOSITORY: 'acme/x', CI: 'true' };
    expect(serverEnvironment(parent, {})).toEqual(Object.fromEntries(needed.map((k) => [k, `value of ${k}`])));
  });

  it('a variable the job does not have is absent, not set to undefined', () => {
    expect(Object.keys(serverEnvironment({ PATH: '/bin', ...secrets }, {}))).toEqual(['PATH']);
    expect(serverEnvironment({ PATH: '', HOME: '/h' }, {})).toEqual({ PATH: '', HOME: '/h' });
  });

  it('configured values win over the job\'s, and may add what the server needs', () => {
    expect(serverEnvironment({ PATH: '/bin', TZ: 'UTC' }, { TZ: 'Europe/Paris', API_BASE: 'http://127.0.0.1:9' })).toEqual({ PATH: '/bin', TZ: 'Europe/Paris', API_BASE: 'http://127.0.0.1:9' });
  });
});

describe('KEY=VALUE pairs', () => {
  it('the value is everything after the first =, newlines included', () => {
    expect(parseEnvPairs(['A=1', 'B=x=y', 'C=', '_D9=multi\nline'])).toEqual({ env: { A: '1', B: 'x=y', C: '', _D9: 'multi\nline' } });
    expect(parseEnvPairs([])).toEqual({ env: {} });
  });

  it('a name that is not a variable name is refused, naming the pair; what came before is kept', () => {
    for (const bad of ['1A=2', 'A-B=1', 'A B=1', ' A=1', '=x', 'NOEQUALS', 'A\n=1']) expect(parseEnvPairs(['OK=1', bad, 'LATER=2'])).toEqual({ env: { OK: '1' }, bad });
  });
});

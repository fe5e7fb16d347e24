import { testContext } from '../helpers/context.js';
import { describe, expect, it } from 'vitest';
import { promoteToken, promoteTokenHelp, PROMOTE_TOKEN_HELP } from '../../src/release/promote-token.js';

const context = (env: NodeJS.ProcessEnv) => testContext({ GITHUB_ACTIONS: 'true', ...env }, '/').settings;
const credentials = (env: NodeJS.ProcessEnv) => context(env).credentials;

describe('the credential for dist-tag and deprecate', () => {
  it('NPM_PROMOTE_TOKEN first, then NODE_AUTH_TOKEN, naming where it came from; none is none', () => {
    expect(promoteToken(credentials({ NPM_PROMOTE_TOKEN: 'npm_promote', NODE_AUTH_TOKEN: 'npm_publish' }))).toEqual({
      token: 'npm_promote',
      source: 'NPM_PROMOTE_TOKEN',
    });
    expect(promoteToken(credentials({ NODE_AUTH_TOKEN: 'npm_publish' }))).toEqual({
      token: 'npm_publish',
      source: 'NODE_AUTH_TOKEN',
    });
    // An empty secret (a composite mapping a missing one) is no token.
    expect(promoteToken(credentials({ NPM_PROMOTE_TOKEN: '', NODE_AUTH_TOKEN: 'npm_publish' }))).toEqual({
      token: 'npm_publish',
      source: 'NODE_AUTH_TOKEN',
    });
    expect(promoteToken(credentials({ NPM_PROMOTE_TOKEN: '', NODE_AUTH_TOKEN: '' }))).toEqual({});
    expect(promoteToken(credentials({}))).toEqual({});
  });

  it('the help says "empty" only when NPM_PROMOTE_TOKEN is set but empty and nothing else serves', () => {
    const empty = promoteTokenHelp(context({ NPM_PROMOTE_TOKEN: '' }));
    expect(empty).toBe(`${empty.slice(0, empty.indexOf('. npm trusted'))}. ${PROMOTE_TOKEN_HELP}`);
    expect(empty).toMatch(/^NPM_PROMOTE_TOKEN is empty: as an environment secret of "production"/);
    expect(promoteTokenHelp(context({ NPM_PROMOTE_TOKEN: '  ' }))).toBe(PROMOTE_TOKEN_HELP);
    expect(promoteTokenHelp(context({ NPM_PROMOTE_TOKEN: '', NODE_AUTH_TOKEN: 'npm_publish' }))).toBe(
      PROMOTE_TOKEN_HELP,
    );
    expect(promoteTokenHelp(context({}))).toBe(PROMOTE_TOKEN_HELP);
    expect(promoteTokenHelp(context({ NPM_PROMOTE_TOKEN: '', MCP_RELEASE_ENVIRONMENT: '  ' }))).toContain(
      'environment secret of "production"',
    );
    expect(promoteTokenHelp(context({ NPM_PROMOTE_TOKEN: '', MCP_RELEASE_ENVIRONMENT: ' npm-release ' }))).toContain(
      '`environment: npm-release`',
    );
  });
});

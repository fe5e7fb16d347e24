import { describe, expect, it } from 'vitest';
import { npmrcKeys, publishRoute, type PublishRouteFacts } from '../../src/release/publish-route.js';

/**
 * When publish sends npm's request itself and when it runs npm: in-process only
 * for a token publish of a plain tarball with npm's defaults. Every other case
 * names why npm runs.
 */
const REGISTRY = 'https://registry.npmjs.org/';
const base: PublishRouteFacts = {
  args: ['publish', '/tmp/pkg-1.0.0.tgz', '--tag', 'next', '--registry', REGISTRY],
  registry: REGISTRY,
  hasToken: true,
  oidc: false,
  npmVersion: '11.6.0',
  manifest: { name: 'pkg', version: '1.0.0' },
  env: {},
  configFiles: [],
};
const route = (change: Partial<PublishRouteFacts>) => publishRoute({ ...base, ...change });

describe('publish route', () => {
  it('a token, npm defaults: in-process, access as npm would send it', () => {
    expect(route({})).toEqual({ inProcess: true, access: null });
    expect(route({ args: [...base.args, '--access', 'public'] })).toEqual({ inProcess: true, access: 'public' });
    expect(route({ manifest: { ...base.manifest, publishConfig: { access: 'public' } } })).toEqual({
      inProcess: true,
      access: 'public',
    });
    // The flag wins over publishConfig, as npm's CLI flags do.
    expect(
      route({
        args: [...base.args, '--access', 'public'],
        manifest: { name: '@a/pkg', version: '1.0.0', publishConfig: { access: 'restricted' } },
      }),
    ).toEqual({ inProcess: true, access: 'public' });
    expect(route({ manifest: { name: '@a/pkg', version: '1.0.0', publishConfig: { access: 'restricted' } } })).toEqual({
      inProcess: true,
      access: 'restricted',
    });
    // What `npm run` and `npx` export to their children, and the kit's own npm settings.
    expect(
      route({
        env: {
          npm_config_user_agent: 'npm/11.6.0 node/v20.20.2 linux x64 workspaces/false',
          npm_config_local_prefix: '/work/repo',
          npm_config_cache: '/root/.npm',
          npm_config_update_notifier: 'false',
          NPM_CONFIG_USERCONFIG: '/home/runner/work/_temp/.npmrc',
          npm_config_init_module: '/root/.npm-init.js',
          npm_config_audit: '',
        },
      }).inProcess,
    ).toBe(true);
  });

  it.each<[string, Partial<PublishRouteFacts>, RegExp]>([
    ['staging', { args: ['stage', 'publish', '/t.tgz', '--tag', 'next', '--registry', REGISTRY, '--json'] }, /stage/],
    ['a dist-tag move', { args: ['dist-tag', 'add', 'pkg@1.0.0', 'next', '--registry', REGISTRY] }, /dist-tag/],
    ['provenance', { args: [...base.args, '--access', 'public', '--provenance'] }, /--provenance/],
    ['provenance off, said to npm', { args: [...base.args, '--provenance=false'] }, /--provenance=false/],
    ['trusted publishing', { oidc: true }, /OIDC/],
    ['no token', { hasToken: false }, /no token/],
    ['npm unknown', { npmVersion: undefined }, /version is unknown/],
    ['private', { manifest: { ...base.manifest, private: true } }, /private/],
    ['a version npm rewrites', { manifest: { name: 'pkg', version: 'v1.0.0' } }, /not as npm writes it/],
    ['a "tag" field', { manifest: { ...base.manifest, tag: 'beta' } }, /"tag" field/],
    ['other publishConfig', { manifest: { ...base.manifest, publishConfig: { provenance: true } } }, /provenance/],
    ['restricted unscoped', { manifest: { ...base.manifest, publishConfig: { access: 'restricted' } } }, /unscoped/],
    ['a proxy', { env: { HTTPS_PROXY: 'http://proxy:3128' } }, /HTTPS_PROXY/],
    ['a proxy, lower case', { env: { http_proxy: 'http://proxy:3128' } }, /http_proxy/],
    ['a scoped registry in the env', { env: { 'npm_config_@acme:registry': 'https://npm.acme/' } }, /@acme:registry/],
    ['an npm setting the kit does not read', { env: { npm_config_maxsockets: '4' } }, /maxsockets/],
    ['TLS settings for an https registry', { env: { npm_config_cafile: '/etc/ssl/ca.pem' } }, /cafile/],
    [
      'a global npmrc with a setting',
      { configFiles: [{ file: '/usr/etc/npmrc', text: '; comment\n\nregistry=https://npm.acme/\n' }] },
      /\/usr\/etc\/npmrc sets registry/,
    ],
    [
      'a builtin npmrc with auth',
      { configFiles: [{ file: '/usr/lib/node_modules/npm/npmrc', text: '//npm.acme/:_authToken=x' }] },
      /sets \/\/npm\.acme\/:_authToken/,
    ],
  ])('%s: npm runs', (_title, change, reason) => {
    const decided = route(change);
    expect(decided.inProcess).toBe(false);
    expect(!decided.inProcess && decided.reason).toMatch(reason);
  });

  it('TLS settings mean nothing to an http registry: in-process', () => {
    const http = 'http://127.0.0.1:4873/';
    expect(
      route({
        registry: http,
        args: ['publish', '/t.tgz', '--tag', 'next', '--registry', http],
        env: { npm_config_cafile: '/etc/ssl/certs/ca-certificates.crt' },
        configFiles: [{ file: '/usr/etc/npmrc', text: 'cafile=/etc/ssl/certs/ca-certificates.crt\n' }],
      }).inProcess,
    ).toBe(true);
  });

  it('npmrc keys: ini assignments, without comments, blanks or sections', () => {
    expect(npmrcKeys('# c\n; c\n\n[section]\nregistry = https://x/\n//host/:_authToken=${T}\nflag\r\n')).toEqual([
      'registry',
      '//host/:_authToken',
      'flag',
    ]);
  });
});

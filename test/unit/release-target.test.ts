import { describe, expect, it } from 'vitest';
import { DEFAULT_LABELS } from '../../src/release/bump.js';
import {
  DEFAULT_REGISTRY,
  gitTagFor,
  gitTagGlob,
  releaseTargetOf,
  withSlash,
} from '../../src/release/release-target.js';

/** Every release command starts from this target: tag names, labels, registry and dist-tags come from it. */
describe('releaseTargetOf', () => {
  it('a package at the repository root with no config: defaults everywhere', () => {
    const target = releaseTargetOf({
      dir: '/repo',
      name: 'hello-mcp',
      version: '1.0.0',
      repoRoot: '/repo',
      config: {},
    });
    expect(target).toMatchObject({
      relativeDir: '',
      monorepo: false,
      labels: DEFAULT_LABELS,
      preid: 'beta',
      stagingTag: 'next',
      registry: 'https://registry.npmjs.org/',
    });
    expect(DEFAULT_REGISTRY).toBe('https://registry.npmjs.org/');
  });

  it('a package in a subfolder is a monorepo package with its folder relative to the root', () => {
    const target = releaseTargetOf({
      dir: '/repo/packages/a',
      name: '@acme/a',
      version: '2.0.0',
      repoRoot: '/repo',
      config: {},
    });
    expect(target.relativeDir).toBe('packages/a');
    expect(target.monorepo).toBe(true);
  });

  it('config settings win: labels merge over the defaults, preid, staging tag, registry gains a slash', () => {
    const target = releaseTargetOf({
      dir: '/repo',
      name: 'hello-mcp',
      version: '1.0.0',
      repoRoot: '/repo',
      config: {
        labels: { minor: 'semver:feature' },
        prerelease: { id: 'rc' },
        stagingTag: 'canary',
        registry: 'https://npm.example.com/repo',
      },
    });
    expect(target.labels).toEqual({ ...DEFAULT_LABELS, minor: 'semver:feature' });
    expect(target.preid).toBe('rc');
    expect(target.stagingTag).toBe('canary');
    expect(target.registry).toBe('https://npm.example.com/repo/');
  });
});

describe('git tags', () => {
  it('v1.2.3 at the root, name@1.2.3 in a monorepo', () => {
    expect(gitTagFor({ monorepo: false, name: 'hello-mcp' }, '1.2.3')).toBe('v1.2.3');
    expect(gitTagFor({ monorepo: true, name: '@acme/a' }, '1.2.3-beta.0')).toBe('@acme/a@1.2.3-beta.0');
  });

  it('the glob for previous tags matches the tag names', () => {
    expect(gitTagGlob({ monorepo: false, name: 'hello-mcp' })).toBe('v*');
    expect(gitTagGlob({ monorepo: true, name: '@acme/a' })).toBe('@acme/a@*');
  });

  it("the config's tagFormat names the tags, at the root and in a monorepo", () => {
    const target = releaseTargetOf({
      dir: '/repo/src/memory',
      name: '@modelcontextprotocol/server-memory',
      version: '0.6.2',
      repoRoot: '/repo',
      config: { tagFormat: '{name}-v{version}' },
    });
    expect(target.tagFormat).toBe('{name}-v{version}');
    expect(gitTagFor(target, '0.6.3')).toBe('@modelcontextprotocol/server-memory-v0.6.3');
    expect(gitTagGlob(target)).toBe('@modelcontextprotocol/server-memory-v*');
    const root = releaseTargetOf({ dir: '/r', name: 'hello-mcp', version: '1.0.0', repoRoot: '/r', config: {} });
    expect('tagFormat' in root).toBe(false);
    expect(gitTagFor({ ...root, tagFormat: 'release-{version}' }, '1.0.1')).toBe('release-1.0.1');
  });
});

describe('withSlash', () => {
  it('adds one trailing slash, never two', () => {
    expect(withSlash('https://r.example')).toBe('https://r.example/');
    expect(withSlash('https://r.example/')).toBe('https://r.example/');
  });
});

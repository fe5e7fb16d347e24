import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  defaultTagFormat,
  formatTag,
  previousReleaseTag,
  refNameProblem,
  tagFormatCollision,
  tagFormatProblems,
  tagVersion,
  type ExistingTag,
} from '../../src/release/tag-styles.js';

/**
 * The tags of three real MCP repositories (name, commit, committer time), read
 * with `git for-each-ref refs/tags` from their GitHub mirrors:
 * - modelcontextprotocol/servers: npm workspaces under src/*, repository-wide
 *   `0.5.1` and calendar `2026.7.10` tags, group tags `typescript-servers-0.6.2`;
 * - modelcontextprotocol/typescript-sdk: bare `1.24.0`, then `v1.29.0`, then
 *   changesets' per-package `@modelcontextprotocol/server@2.0.0`;
 * - upstash/context7: `v1.0.30` from when the server sat at the root, then
 *   `@upstash/context7-mcp@4.0.3` and `ctx7@0.5.8` per package.
 */
function realTags(repo: string): ExistingTag[] {
  const text = readFileSync(path.join(import.meta.dirname, '../fixtures/tags', `${repo}.tsv`), 'utf8');
  return text
    .split('\n')
    .filter(Boolean)
    .map((line) => {
      const [name = '', commit = '', date = ''] = line.split('\t');
      return { name, commit, date: Number(date) };
    });
}

/** Tags in list order, each on a newer commit than the one before. */
function inOrder(...names: string[]): ExistingTag[] {
  return names.map((name, i) => ({ name, commit: `c${i}`, date: 1_700_000_000 + i * 86_400 }));
}

describe('previousReleaseTag on real repositories', () => {
  it.each([
    // servers: the packages have no tags of their own; the newest repository-wide release counts, group tags never.
    ['servers', '@modelcontextprotocol/server-memory', 'src/memory', '2026.7.10', 'repository'],
    ['servers', '@modelcontextprotocol/server-everything', 'src/everything', '2026.7.10', 'repository'],
    // typescript-sdk: the per-package tag of the 2.0.0 release is newer than the last v1 tag.
    [
      'typescript-sdk',
      '@modelcontextprotocol/server',
      'packages/server',
      '@modelcontextprotocol/server@2.0.0',
      'package',
    ],
    // ...and server-legacy's own tags are not server's (and vice versa).
    [
      'typescript-sdk',
      '@modelcontextprotocol/server-legacy',
      'packages/server-legacy',
      '@modelcontextprotocol/server-legacy@2.0.0',
      'package',
    ],
    [
      'typescript-sdk',
      '@modelcontextprotocol/codemod',
      'packages/codemod',
      '@modelcontextprotocol/codemod@2.0.0',
      'package',
    ],
    // typescript-sdk as a single package at the root (before the split): v1.29.0 and 1.30.0 are one family.
    ['typescript-sdk', '@modelcontextprotocol/sdk', '', 'v2.0.0-beta.1', 'repository'],
    // context7: the scoped package moved from v1.0.30 (at the root) to @upstash/context7-mcp@x.
    ['context7', '@upstash/context7-mcp', 'packages/mcp', '@upstash/context7-mcp@4.0.3', 'package'],
    ['context7', 'ctx7', 'packages/cli', 'ctx7@0.5.8', 'package'],
    ['context7', '@upstash/context7-sdk', 'packages/sdk', '@upstash/context7-sdk@0.3.1', 'package'],
  ])('%s: %s in "%s" -> %s', (repo, name, relativeDir, tag, scope) => {
    expect(previousReleaseTag({ name, relativeDir }, realTags(repo))).toMatchObject({ tag, scope });
  });

  it('typescript-sdk: the highest version wins, not the newest listed (1.30.0 over v1.29.0; 1.10.0 over 1.9.0)', () => {
    const tags = realTags('typescript-sdk').filter((t) => /^v?1\./.test(t.name));
    expect(previousReleaseTag({ name: '@modelcontextprotocol/sdk', relativeDir: '' }, tags)?.tag).toBe('1.30.0');
    const early = realTags('typescript-sdk').filter((t) => /^1\.(9|10)\.0$/.test(t.name));
    expect(previousReleaseTag({ name: '@modelcontextprotocol/sdk', relativeDir: '' }, early)?.tag).toBe('1.10.0');
  });

  it("servers: the group tags belong to a package only when that is its folder's or its name", () => {
    const tags = realTags('servers').filter((t) => t.name.includes('servers-'));
    expect(previousReleaseTag({ name: '@modelcontextprotocol/server-memory', relativeDir: 'src/memory' }, tags)).toBe(
      undefined,
    );
    expect(previousReleaseTag({ name: 'ts-servers', relativeDir: 'typescript-servers' }, tags)?.tag).toBe(
      'typescript-servers-0.6.2',
    );
  });
});

describe('previousReleaseTag: styles and ownership', () => {
  const memory = { name: '@modelcontextprotocol/server-memory', relativeDir: 'src/memory' };
  const git = { name: '@modelcontextprotocol/server-git', relativeDir: 'src/git' };

  it.each([
    ['v1.2.3', { name: 'hello-mcp', relativeDir: '' }, ['v1.2.2', 'v1.2.3']],
    ['1.2.3', { name: 'hello-mcp', relativeDir: '' }, ['1.2.2', '1.2.3']],
    ['hello-mcp@1.2.3', { name: 'hello-mcp', relativeDir: 'packages/hello' }, ['hello-mcp@1.2.3', 'hello-mcp@1.2.0']],
    [
      '@scope/pkg@1.2.3',
      { name: '@scope/pkg', relativeDir: 'packages/pkg' },
      ['@scope/pkg@1.2.3', '@scope/other@9.0.0'],
    ],
    ['pkg@1.2.3', { name: '@scope/pkg', relativeDir: 'packages/pkg' }, ['pkg@1.2.3', 'other@9.0.0']],
    ['server-memory-v0.6.2', memory, ['server-git-v0.9.0', 'server-memory-v0.6.2', 'server-memory-v0.6.1']],
    ['server-memory-0.6.2', memory, ['server-memory-0.6.2', 'server-memory-0.6.0']],
    ['memory-v0.6.2', memory, ['memory-v0.6.2', 'git-v1.0.0']],
    ['server-memory/v0.6.2', memory, ['server-memory/v0.6.2']],
    [
      'hello-mcp-v2.0.0-beta.1',
      { name: 'hello-mcp', relativeDir: '' },
      ['hello-mcp-v1.9.0', 'hello-mcp-v2.0.0-beta.1'],
    ],
  ])('%s', (expected, owner, names) => {
    expect(previousReleaseTag(owner, inOrder(...names))?.tag).toBe(expected);
  });

  it("another package's tag never counts, however new or high", () => {
    const tags = inOrder('server-memory-v1.0.0', 'server-memory-v2.0.0', '@modelcontextprotocol/server-memory@3.0.0');
    expect(previousReleaseTag(git, tags)).toBeUndefined();
    expect(previousReleaseTag(git, [...tags, ...inOrder('server-git-v0.1.0')])?.tag).toBe('server-git-v0.1.0');
    // A prefix of the name is not the name: `server-` + `memory-v1.0.0` is no version.
    expect(tagVersion({ name: 'server', relativeDir: 'src/server' }, 'server-memory-v1.0.0')).toBeUndefined();
    expect(tagVersion({ name: '@acme/core', relativeDir: 'packages/core' }, 'core-internal@1.0.0')).toBeUndefined();
  });

  it('names that are not versions are ignored (latest, v1, 1.2, v1.2.3.4, v01.2.3, nightly-2026)', () => {
    const owner = { name: 'hello-mcp', relativeDir: '' };
    for (const tag of ['latest', 'v1', '1.2', 'v1.2.3.4', 'v01.2.3', 'nightly-2026', 'hello-mcp-', 'vv1.2.3', ' 1.2.3'])
      expect(tagVersion(owner, tag), tag).toBeUndefined();
  });

  it('the highest version of the same style wins over a newer commit with a lower version', () => {
    // A backport tagged after the new major: 2.0.0 stays the previous release.
    const tags = inOrder('v1.0.0', 'v2.0.0', 'v1.0.1');
    expect(previousReleaseTag({ name: 'hello-mcp', relativeDir: '' }, tags)?.tag).toBe('v2.0.0');
  });

  it("between the package's own tags and repository-wide ones, the newer commit wins (a repository that changed style)", () => {
    const owner = { name: '@acme/a', relativeDir: 'packages/a' };
    // Moved from repository-wide v-tags to per-package tags: the per-package one is newer.
    expect(previousReleaseTag(owner, inOrder('v3.0.0', '@acme/a@0.2.0'))).toMatchObject({
      tag: '@acme/a@0.2.0',
      scope: 'package',
    });
    // Moved to repository-wide calendar tags (as modelcontextprotocol/servers did): the newer repository tag.
    expect(previousReleaseTag(owner, inOrder('a-v0.6.2', '2025.1.14'))).toMatchObject({
      tag: '2025.1.14',
      scope: 'repository',
    });
  });

  it('v1.2.3 and 1.2.3 on one version: one answer, the same every time', () => {
    const owner = { name: 'hello-mcp', relativeDir: '' };
    const same = [
      { name: '1.2.3', commit: 'a', date: 5 },
      { name: 'v1.2.3', commit: 'a', date: 5 },
    ];
    expect(previousReleaseTag(owner, same)?.tag).toBe('1.2.3');
    expect(previousReleaseTag(owner, [...same].reverse())?.tag).toBe('1.2.3');
  });

  it('the configured tagFormat is read too, with or without {name}', () => {
    const owner = { name: '@acme/a', relativeDir: 'packages/a', tagFormat: 'release/{name}/{version}' };
    expect(previousReleaseTag(owner, inOrder('release/@acme/a/1.4.0', 'release/@acme/b/9.0.0'))).toMatchObject({
      tag: 'release/@acme/a/1.4.0',
      version: '1.4.0',
      scope: 'package',
    });
    const single = { name: 'hello-mcp', relativeDir: '', tagFormat: 'rel-{version}' };
    expect(previousReleaseTag(single, inOrder('rel-1.0.0', 'rel-1.1.0', 'rel-x'))).toMatchObject({
      tag: 'rel-1.1.0',
      scope: 'repository',
    });
  });

  it('no tags, or none of the package: undefined', () => {
    expect(previousReleaseTag({ name: 'a', relativeDir: '' }, [])).toBeUndefined();
    expect(previousReleaseTag({ name: 'a', relativeDir: 'packages/a' }, inOrder('b@1.0.0', 'latest'))).toBeUndefined();
  });
});

describe('tag formats', () => {
  it('defaults: v{version} at the root, {name}@{version} in a monorepo', () => {
    expect(formatTag(defaultTagFormat(false), '@acme/a', '1.2.3')).toBe('v1.2.3');
    expect(formatTag(defaultTagFormat(true), '@acme/a', '1.2.3')).toBe('@acme/a@1.2.3');
    expect(formatTag('{name}-v{version}', 'server-memory', '0.6.2')).toBe('server-memory-v0.6.2');
  });

  it.each([
    ['{name}@{version}', []],
    ['v{version}', []],
    ['{name}-v{version}', []],
    ['release/{version}', []],
    ['{name}', ['must hold {version} exactly once']],
    ['{version}-{version}', ['must hold {version} exactly once']],
    ['{name}-{name}@{version}', ['may hold {name} at most once']],
    ['{pkg}@{version}', ['has unknown placeholder(s) {pkg} (allowed: {name}, {version})']],
    ['v {version}', ['makes tags git refuses: the tag holds a space, a control character or one of ~ ^ : ? * [ \\']],
    ['{name}..{version}', ['makes tags git refuses: the tag holds ".."']],
    ['-{version}', ['makes tags git refuses: the tag starts with "-"']],
    ['{version}.lock', ['makes tags git refuses: the tag has a part that starts with "." or ends with ".lock"']],
  ])('%s', (format, problems) => {
    expect(tagFormatProblems(format)).toEqual(problems);
  });

  it('git ref-name rules', () => {
    expect(refNameProblem('@scope/pkg@1.2.3')).toBeUndefined();
    expect(refNameProblem('a@{1}')).toBe('holds "@{"');
    expect(refNameProblem('a//b')).toBe('starts or ends with "/" or holds "//"');
    expect(refNameProblem('a.')).toBe('ends with "."');
  });

  it('a format without {name} collides when several packages are released', () => {
    expect(tagFormatCollision('v{version}', 1)).toBeUndefined();
    expect(tagFormatCollision('{name}@{version}', 3)).toBeUndefined();
    expect(tagFormatCollision('v{version}', 3)).toBe(
      'has no {name}, so the 3 packages released from this repository would all get the same tag for a version (use e.g. "{name}@{version}" or "{name}-v{version}")',
    );
  });
});

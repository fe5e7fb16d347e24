import { describe, expect, it } from 'vitest';
import type { ReleaseManifest } from '../../src/release/manifest.js';
import { promoteVerdict, type PromoteRequest } from '../../src/release/promote-rules.js';
import type { PackageState } from '../../src/release/registry.js';
import { versionFacts } from '../../src/release/release-state.js';

const REGISTRY = 'http://127.0.0.1:4873/';
const state = (
  versions: string[],
  distTags: Record<string, string>,
  deprecated: Record<string, string> = {},
): PackageState => ({
  exists: true,
  distTags,
  versions: Object.fromEntries(
    versions.map((v) => [v, { integrity: `sha512-${v}`, ...(deprecated[v] ? { deprecated: deprecated[v] } : {}) }]),
  ),
});
const manifest = (version: string, integrity = `sha512-${version}`): ReleaseManifest =>
  ({ package: 'pkg', version, integrity }) as unknown as ReleaseManifest;

function verdict(s: PackageState, version: string, options: Partial<PromoteRequest> = {}) {
  const tag = options.tag ?? 'latest';
  const result = promoteVerdict({
    name: 'pkg',
    version,
    registry: REGISTRY,
    tag,
    stagingTag: 'next',
    state: s,
    facts: versionFacts(s, version, 'next', tag),
    manifest: undefined,
    allowDowngrade: false,
    ...options,
  });
  return { ...result, rules: result.problems.map((p) => p.rule) };
}

describe('promote: upgrades only', () => {
  it('compares versions, not strings: 1.9.0 -> 1.10.0 is an upgrade, 1.10.0 -> 1.9.0 is not', () => {
    expect(verdict(state(['1.9.0', '1.10.0'], { latest: '1.9.0', next: '1.10.0' }), '1.10.0')).toEqual({
      superseded: false,
      problems: [],
      notes: [],
      rules: [],
    });
    expect(verdict(state(['1.9.0', '1.10.0'], { latest: '1.10.0', next: '1.9.0' }), '1.9.0').problems).toEqual([
      {
        rule: 'promote/downgrade',
        message:
          '1.9.0 is not greater than the current "latest" 1.10.0: promote upgrades only (allow-downgrade overrides)',
      },
    ]);
    expect(verdict(state(['2.0.0', '10.0.0'], { latest: '10.0.0', next: '2.0.0' }), '2.0.0').rules).toEqual([
      'promote/downgrade',
    ]);
  });

  it('the same version as latest is not a downgrade (already promoted); an equal version that is not latest cannot exist', () => {
    expect(verdict(state(['1.0.0'], { latest: '1.0.0', next: '1.0.0' }), '1.0.0').rules).toEqual([]);
  });

  it('nothing under latest yet, or a latest that is not a version: nothing to compare', () => {
    expect(verdict(state(['1.0.0'], { next: '1.0.0' }), '1.0.0').rules).toEqual([]);
    expect(verdict(state(['1.0.0'], { latest: 'garbage', next: '1.0.0' }), '1.0.0').rules).toEqual([]);
  });

  it('allow-downgrade turns the refusal into a loud warning', () => {
    expect(
      verdict(state(['1.9.0', '1.10.0'], { latest: '1.10.0', next: '1.9.0' }), '1.9.0', { allowDowngrade: true })
        .problems,
    ).toEqual([
      {
        rule: 'promote/downgrade-allowed',
        message:
          'DOWNGRADE: "latest" moves from 1.10.0 back to 1.9.0 because allow-downgrade was given; users on "latest" get an older version',
      },
    ]);
  });

  it('a prerelease moves its own tag, compared with that tag', () => {
    const s = state(['1.0.0', '1.1.0-beta.2', '1.1.0-beta.10'], {
      latest: '1.0.0',
      beta: '1.1.0-beta.2',
      next: '1.1.0-beta.10',
    });
    expect(verdict(s, '1.1.0-beta.10', { tag: 'beta' }).rules).toEqual([]);
    expect(
      verdict(
        state(['1.1.0-beta.2', '1.1.0-beta.10'], { beta: '1.1.0-beta.10', next: '1.1.0-beta.2' }),
        '1.1.0-beta.2',
        { tag: 'beta' },
      ).rules,
    ).toEqual(['promote/downgrade']);
  });
});

describe('promote: what it refuses before the downgrade rule', () => {
  it('not published, deprecated, other bytes than the manifest, not staged: one reason each', () => {
    const s = state(['1.0.0', '1.1.0', '1.2.0'], { latest: '1.0.0', next: '1.2.0' }, { '1.1.0': 'broken' });
    expect(verdict(s, '1.3.0').problems).toEqual([
      { rule: 'promote/not-published', message: `pkg@1.3.0 is not on ${REGISTRY}: publish it under "next" first` },
    ]);
    expect(verdict(s, '1.1.0').problems).toEqual([
      {
        rule: 'promote/deprecated',
        message:
          'pkg@1.1.0 is deprecated ("broken"): it was rolled back; release a new version (or `rollback --undo` it first)',
      },
    ]);
    expect(verdict(s, '1.2.0', { manifest: manifest('1.2.0', 'sha512-other') }).problems).toEqual([
      {
        rule: 'promote/integrity-mismatch',
        message:
          "the registry's pkg@1.2.0 is sha512-1.2.0, the release manifest says sha512-other: these are not the bytes that were built and tested",
      },
    ]);
    expect(verdict(s, '1.2.0', { manifest: manifest('1.2.0') }).problems).toEqual([]);
    // A manifest of another package says nothing about this one.
    expect(
      verdict(s, '1.2.0', { manifest: { ...manifest('1.2.0', 'sha512-other'), package: 'other' } }).problems,
    ).toEqual([]);
    const unstaged = state(['1.0.0', '1.1.0', '1.2.0'], { latest: '1.0.0', next: '1.2.0', beta: '1.1.0' });
    expect(verdict(unstaged, '1.1.0').problems).toEqual([
      {
        rule: 'promote/not-staged',
        message: 'pkg@1.1.0 is not under "next" (dist-tags: beta): promote what was staged and smoke-tested',
      },
    ]);
    expect(
      verdict(state(['1.0.0', '1.1.0'], { latest: '1.0.0', next: '1.0.0' }), '1.1.0').problems[0]?.message,
    ).toContain('(dist-tags: none)');
    expect(
      verdict(
        state(['1.0.0', '1.1.0', '1.2.0'], { latest: '1.0.0', next: '1.2.0', beta: '1.1.0', rc: '1.1.0' }),
        '1.1.0',
      ).problems[0]?.message,
    ).toContain('(dist-tags: beta, rc)');
    // Already latest, while next moved on: promoted, nothing to refuse.
    expect(verdict(state(['1.0.0', '1.1.0'], { latest: '1.0.0', next: '1.1.0' }), '1.0.0').problems).toEqual([]);
  });

  it('a version without integrity on the registry does not match a manifest', () => {
    const s: PackageState = {
      exists: true,
      distTags: { latest: '1.0.0', next: '1.1.0' },
      versions: { '1.0.0': {}, '1.1.0': {} },
    } as PackageState;
    expect(verdict(s, '1.1.0', { manifest: manifest('1.1.0') }).problems[0]?.message).toContain(
      'pkg@1.1.0 is without integrity',
    );
  });
});

describe('promote: superseded', () => {
  it('approved after a newer release: no refusal, a note, only the GitHub release left', () => {
    const s = state(['1.9.0', '1.10.0'], { latest: '1.10.0', next: '1.10.0' });
    expect(verdict(s, '1.9.0', { manifest: manifest('1.9.0') })).toEqual({
      superseded: true,
      problems: [],
      notes: ["latest is already 1.10.0 (newer); 1.9.0's GitHub release is published without moving latest"],
      rules: [],
    });
    // The staging tag must be on this version or a newer one, and on a version at all.
    expect(
      verdict(state(['1.9.0', '1.10.0'], { latest: '1.10.0' }), '1.9.0', { manifest: manifest('1.9.0') }).superseded,
    ).toBe(false);
    expect(
      verdict(state(['1.9.0', '1.10.0'], { latest: '1.10.0', next: 'garbage' }), '1.9.0', {
        manifest: manifest('1.9.0'),
      }).superseded,
    ).toBe(false);
    expect(
      verdict(state(['1.8.0', '1.9.0', '1.10.0'], { latest: '1.10.0', next: '1.8.0' }), '1.9.0', {
        manifest: manifest('1.9.0'),
      }).superseded,
    ).toBe(false);
    // A manifest of another package, or a latest that is not a version, proves nothing.
    expect(verdict(s, '1.9.0', { manifest: { ...manifest('1.9.0'), package: 'other' } }).superseded).toBe(false);
    expect(
      verdict(state(['1.9.0', '1.10.0'], { latest: 'garbage', next: '1.10.0' }), '1.9.0', {
        manifest: manifest('1.9.0'),
      }).superseded,
    ).toBe(false);
    // allow-downgrade asks for the tag to move: not superseded.
    expect(verdict(s, '1.9.0', { manifest: manifest('1.9.0'), allowDowngrade: true })).toMatchObject({
      superseded: false,
      rules: ['promote/not-staged', 'promote/downgrade-allowed'],
    });
  });
});

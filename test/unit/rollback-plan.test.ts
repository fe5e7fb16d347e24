import { describe, expect, it } from 'vitest';
import type { PackageState } from '../../src/release/registry.js';
import { checkRollbackTo, rollbackTarget, versionFacts } from '../../src/release/release-state.js';
import { planRollback, tagTarget, type RollbackRequest } from '../../src/release/rollback-plan.js';

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
const plan = (s: PackageState, request: Partial<RollbackRequest> & { version: string }) =>
  planRollback(s, { name: 'pkg', registry: REGISTRY, reason: 'broken', ...request });

describe('rollback: where the tags go', () => {
  it('latest and next leave the bad version for the highest earlier good release (versions, not strings)', () => {
    const s = state(['1.2.0', '1.9.0', '1.10.0'], { latest: '1.10.0', next: '1.10.0' });
    expect(plan(s, { version: '1.10.0' })).toEqual({
      moves: { latest: '1.9.0', next: '1.9.0' },
      deprecation: 'broken',
      deprecate: true,
      notes: [],
    });
  });

  it('skips deprecated versions, later versions, and for latest prereleases; other tags may take a prerelease', () => {
    const s = state(
      ['1.0.0', '1.1.0-beta.1', '1.1.0', '1.2.0', '1.3.0'],
      { latest: '1.2.0', next: '1.2.0', beta: '1.2.0' },
      { '1.1.0': 'bad' },
    );
    expect(plan(s, { version: '1.2.0' })).toMatchObject({
      moves: { latest: '1.0.0', next: '1.1.0-beta.1', beta: '1.1.0-beta.1' },
    });
    expect(rollbackTarget(s, '1.2.0', { allowPrerelease: false })).toBe('1.0.0');
    expect(rollbackTarget(s, '1.2.0', { allowPrerelease: true })).toBe('1.1.0-beta.1');
    expect(rollbackTarget(s, '1.0.0', { allowPrerelease: true })).toBeUndefined();
    expect(rollbackTarget(state(['1.0.0', 'not-a-version'], {}), '2.0.0', { allowPrerelease: true })).toBe('1.0.0');
  });

  it('--to chooses where latest goes; the other tags still take the last good version', () => {
    const s = state(['1.0.0', '1.1.0', '1.2.0'], { latest: '1.2.0', next: '1.2.0' });
    expect(plan(s, { version: '1.2.0', to: '1.0.0' })).toMatchObject({ moves: { latest: '1.0.0', next: '1.1.0' } });
    expect(tagTarget(s, '1.2.0', 'latest', '1.0.0')).toBe('1.0.0');
    expect(tagTarget(s, '1.2.0', 'next', '1.0.0')).toBe('1.1.0');
    expect(tagTarget(s, '1.2.0', 'latest', undefined)).toBe('1.1.0');
  });

  it('tags on other versions do not move', () => {
    expect(plan(state(['1.0.0', '1.1.0'], { latest: '1.0.0', next: '1.1.0' }), { version: '1.1.0' })).toMatchObject({
      moves: { next: '1.0.0' },
    });
  });

  it('no good version left: latest refuses (with the reason), another tag stays with a note', () => {
    expect(plan(state(['1.0.0'], { latest: '1.0.0' }), { version: '1.0.0' })).toEqual({
      refused: {
        rule: 'rollback/no-good-version',
        message:
          'no earlier version of pkg is neither deprecated nor a prerelease, so "latest" has nowhere to go: publish a fixed version instead (or pass --to)',
      },
    });
    expect(
      plan(state(['1.0.0-beta.0', '1.0.0'], { latest: '1.0.0', beta: '1.0.0-beta.0' }), { version: '1.0.0-beta.0' }),
    ).toEqual({
      moves: {},
      deprecation: 'broken',
      deprecate: true,
      notes: ['"beta" stays on 1.0.0-beta.0: no earlier good version'],
    });
  });
});

describe('rollback: what it refuses', () => {
  it('an unknown version, naming the last five published', () => {
    const versions = ['1.0.0', '1.1.0', '1.2.0', '1.3.0', '1.4.0', '1.5.0'];
    expect(plan(state(versions, { latest: '1.5.0' }), { version: '9.9.9' })).toEqual({
      refused: {
        rule: 'rollback/unknown-version',
        message: `pkg@9.9.9 is not on ${REGISTRY} (published: 1.1.0, 1.2.0, 1.3.0, 1.4.0, 1.5.0)`,
      },
    });
    expect(plan(state([], {}), { version: '1.0.0' })).toMatchObject({
      refused: { message: expect.stringContaining('(published: none)') },
    });
  });

  it('a --to that is not published, deprecated, or the bad version itself', () => {
    const s = state(['1.0.0', '1.1.0', '1.2.0'], { latest: '1.2.0' }, { '1.0.0': 'old' });
    expect(plan(s, { version: '1.2.0', to: '0.9.0' })).toEqual({
      refused: { rule: 'rollback/bad-target', message: '--to 0.9.0 is not on the registry' },
    });
    expect(plan(s, { version: '1.2.0', to: '1.0.0' })).toEqual({
      refused: { rule: 'rollback/bad-target', message: '--to 1.0.0 is deprecated ("old"): choose a good version' },
    });
    expect(plan(s, { version: '1.2.0', to: '1.2.0' })).toEqual({
      refused: { rule: 'rollback/bad-target', message: '--to is the version being rolled back' },
    });
    expect(checkRollbackTo(s, '1.1.0', '1.2.0')).toBeUndefined();
  });
});

describe('rollback: deprecation and undo', () => {
  it('deprecates once: the same reason again changes nothing, another reason replaces it', () => {
    const s = state(['1.0.0', '1.1.0'], { latest: '1.0.0', next: '1.0.0' }, { '1.1.0': 'broken' });
    expect(plan(s, { version: '1.1.0' })).toEqual({ moves: {}, deprecation: 'broken', deprecate: false, notes: [] });
    expect(plan(s, { version: '1.1.0', reason: 'worse' })).toMatchObject({ deprecation: 'worse', deprecate: true });
  });

  it('undo un-deprecates (when deprecated) and moves latest only with --to', () => {
    const s = state(['1.0.0', '1.1.0'], { latest: '1.0.0', next: '1.0.0' }, { '1.1.0': 'broken' });
    expect(plan(s, { version: '1.1.0', undo: true, reason: undefined })).toStrictEqual({
      moves: {},
      deprecation: '',
      deprecate: true,
      notes: [],
    });
    const moved = state(['1.0.0', '1.1.0', '1.2.0'], { latest: '1.2.0' }, { '1.1.0': 'broken' });
    expect(plan(moved, { version: '1.1.0', undo: true, to: '1.0.0' })).toStrictEqual({
      moves: { latest: '1.0.0' },
      deprecation: '',
      deprecate: true,
      notes: [],
    });
    expect(plan(s, { version: '1.1.0', undo: true, to: '1.0.0' })).toStrictEqual({
      moves: {},
      deprecation: '',
      deprecate: true,
      notes: [],
    }); // latest is there already
    expect(plan(state(['1.0.0', '1.1.0'], { latest: '1.0.0' }), { version: '1.1.0', undo: true })).toMatchObject({
      deprecate: false,
    });
  });
});

describe('the state of a version, from the registry', () => {
  it('absent, rolled back, promoted, staged or just published; with its tags and integrity', () => {
    const s = state(
      ['1.0.0', '1.1.0', '1.2.0', '1.3.0'],
      { latest: '1.0.0', next: '1.2.0', beta: '1.2.0' },
      { '1.1.0': 'bad' },
    );
    expect(versionFacts(s, '2.0.0', 'next', 'latest')).toEqual({ version: '2.0.0', state: 'absent', tags: [] });
    expect(versionFacts(s, '1.1.0', 'next', 'latest')).toEqual({
      version: '1.1.0',
      state: 'rolled-back',
      integrity: 'sha512-1.1.0',
      deprecated: 'bad',
      tags: [],
    });
    expect(versionFacts(s, '1.0.0', 'next', 'latest')).toEqual({
      version: '1.0.0',
      state: 'promoted',
      integrity: 'sha512-1.0.0',
      tags: ['latest'],
    });
    expect(versionFacts(s, '1.2.0', 'next', 'latest')).toEqual({
      version: '1.2.0',
      state: 'staged',
      integrity: 'sha512-1.2.0',
      tags: ['beta', 'next'],
    });
    expect(versionFacts(s, '1.3.0', 'next', 'latest')).toEqual({
      version: '1.3.0',
      state: 'published',
      integrity: 'sha512-1.3.0',
      tags: [],
    });
    expect(
      versionFacts(
        { exists: true, distTags: {}, versions: { '1.0.0': {} } } as PackageState,
        '1.0.0',
        'next',
        'latest',
      ),
    ).toEqual({ version: '1.0.0', state: 'published', tags: [] });
  });
});

import { describe, expect, it } from 'vitest';
import { missingFromRelease, planVersion } from '../../src/release/version-plan.js';

/**
 * What a `version` run writes and commits, decided before anything is
 * written: the release over the base commit, the working tree compared with
 * it. Each case is a state an interrupted run can leave behind.
 */
const target = { dir: '/repo', repoRoot: '/repo', relativeDir: '', name: 'acme-server', version: '1.1.0' };
const F = {
  manifest: '/repo/package.json',
  lock: '/repo/package-lock.json',
  server: '/repo/server.json',
  changelog: '/repo/CHANGELOG.md',
};
const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;
const manifest = (version: string, extra: Record<string, unknown> = {}) =>
  json({ name: 'acme-server', version, ...extra });
const lock = (version: string) =>
  json({ name: 'acme-server', version, lockfileVersion: 3, packages: { '': { name: 'acme-server', version } } });
const server = (version: string) =>
  json({
    name: 'io.github.acme/server',
    version,
    packages: [{ registryType: 'npm', identifier: 'acme-server', version }],
  });
const OLD_LOG = '# Changelog\n\n## [1.0.0] - 2026-11-01\n\n- First release.\n';
const section = (date: string) => `## [1.1.0] - ${date}\n\n### Added\n\n- Echo tool.\n`;
const SECTION = section('2026-11-22');
const NEW_LOG =
  '# Changelog\n\n## [1.1.0] - 2026-11-22\n\n### Added\n\n- Echo tool.\n\n## [1.0.0] - 2026-11-01\n\n- First release.\n';

const at = (version: string, changelog = OLD_LOG) =>
  new Map<string, string | undefined>([
    [F.manifest, manifest(version)],
    [F.lock, lock(version)],
    [F.server, server(version)],
    [F.changelog, changelog],
  ]);
const BASE = at('1.0.0');
const RELEASED = at('1.1.0', NEW_LOG);
const names = (files: { file: string }[] | string[]) =>
  files.map((f) => (typeof f === 'string' ? f : f.file).replace('/repo/', ''));

describe('planVersion: the release over the base, compared with the working tree', () => {
  it('a clean checkout: the commit holds all four files, all four are written, with the version in every field', () => {
    const plan = planVersion({ base: BASE, disk: BASE, target, section: SECTION });
    expect(names(plan.files)).toEqual(['package.json', 'package-lock.json', 'server.json', 'CHANGELOG.md']);
    expect(names(plan.toWrite)).toEqual(names(plan.files));
    expect(plan.foreign).toEqual([]);
    expect(Object.fromEntries(plan.files.map((f) => [f.file, f.after]))).toEqual(Object.fromEntries(RELEASED));
  });

  it('a crash between write and commit (every file already written): nothing to write, but the commit still holds all four', () => {
    const plan = planVersion({ base: BASE, disk: RELEASED, target, section: SECTION });
    expect(names(plan.files)).toEqual(['package.json', 'package-lock.json', 'server.json', 'CHANGELOG.md']);
    expect(plan.toWrite).toEqual([]);
    expect(plan.foreign).toEqual([]);
  });

  it('a crash in the middle of the writes (package.json bumped, the rest not): the rest is written, all four committed', () => {
    const disk = new Map(BASE).set(F.manifest, manifest('1.1.0'));
    const plan = planVersion({ base: BASE, disk, target, section: SECTION });
    expect(names(plan.toWrite)).toEqual(['package-lock.json', 'server.json', 'CHANGELOG.md']);
    expect(names(plan.files)).toHaveLength(4);
  });

  it('a changelog section written by an earlier attempt on another day is taken over and rewritten, not refused', () => {
    const disk = new Map(RELEASED).set(F.changelog, NEW_LOG.replace('2026-11-22', '2026-11-21'));
    const plan = planVersion({ base: BASE, disk, target, section: SECTION });
    expect(plan.foreign).toEqual([]);
    expect(names(plan.toWrite)).toEqual(['CHANGELOG.md']);
    expect(plan.toWrite[0]?.after).toBe(NEW_LOG);
  });

  it('an edit of its own in a release file (not the version) is foreign: named, so the run refuses instead of committing or losing it', () => {
    const disk = new Map(BASE)
      .set(F.manifest, manifest('1.0.0', { description: 'edited by hand' }))
      .set(F.changelog, `${OLD_LOG}\nA note.\n`);
    const plan = planVersion({ base: BASE, disk, target, section: SECTION });
    expect(names(plan.foreign)).toEqual(['package.json', 'CHANGELOG.md']);
  });

  it('a deleted release file is foreign, an absent one stays absent', () => {
    const deleted = planVersion({ base: BASE, disk: new Map(BASE).set(F.server, undefined), target, section: SECTION });
    expect(names(deleted.foreign)).toEqual(['server.json']);
    const none = new Map(BASE).set(F.server, undefined).set(F.lock, undefined);
    const plan = planVersion({ base: none, disk: none, target, section: SECTION });
    expect(names(plan.files)).toEqual(['package.json', 'CHANGELOG.md']);
    expect(plan.foreign).toEqual([]);
  });

  it('a base that already holds the whole release: nothing to commit', () => {
    const plan = planVersion({ base: RELEASED, disk: RELEASED, target, section: SECTION });
    expect(plan.files).toEqual([]);
    expect(plan.toWrite).toEqual([]);
  });

  it('a first CHANGELOG.md is created (before: undefined) and committed', () => {
    const base = new Map(BASE).set(F.changelog, undefined);
    const plan = planVersion({ base, disk: base, target, section: SECTION });
    const changelog = plan.files.find((f) => f.file === F.changelog);
    expect(changelog?.before).toBeUndefined();
    expect(changelog?.after).toContain('## [1.1.0] - 2026-11-22');
  });

  it('a monorepo package: its lockfile entry (and only its own) is set', () => {
    const mono = { dir: '/repo/packages/a', repoRoot: '/repo', relativeDir: 'packages/a', name: 'a', version: '2.0.0' };
    const lockText = json({
      name: 'mono',
      lockfileVersion: 3,
      packages: { 'packages/a': { name: 'a', version: '1.0.0' }, 'packages/b': { name: 'b', version: '1.0.0' } },
    });
    const base = new Map([
      ['/repo/packages/a/package.json', json({ name: 'a', version: '1.0.0' })],
      ['/repo/package-lock.json', lockText],
      ['/repo/packages/a/CHANGELOG.md', undefined],
    ]);
    const plan = planVersion({ base, disk: base, target: mono, section: '## [2.0.0] - 2026-11-22\n' });
    expect(names(plan.files)).toEqual(['packages/a/package.json', 'package-lock.json', 'packages/a/CHANGELOG.md']);
    const after = JSON.parse(plan.files[1]?.after ?? '{}') as { packages: Record<string, { version: string }> };
    expect([after.packages['packages/a']?.version, after.packages['packages/b']?.version]).toEqual(['2.0.0', '1.0.0']);
  });
});

describe('missingFromRelease: does a commit hold the whole release, whatever its message says', () => {
  it('a commit holding the whole release lacks nothing', () => {
    expect(missingFromRelease(RELEASED, target)).toEqual([]);
  });

  it('a release commit holding only CHANGELOG.md (the 502 re-run) lacks the version files', () => {
    expect(names(missingFromRelease(at('1.0.0', NEW_LOG), target))).toEqual([
      'package.json',
      'package-lock.json',
      'server.json',
    ]);
  });

  it('a bump without a changelog section lacks CHANGELOG.md; so does one with no changelog at all', () => {
    expect(names(missingFromRelease(at('1.1.0'), target))).toEqual(['CHANGELOG.md']);
    expect(names(missingFromRelease(new Map(RELEASED).set(F.changelog, undefined), target))).toEqual(['CHANGELOG.md']);
  });
});

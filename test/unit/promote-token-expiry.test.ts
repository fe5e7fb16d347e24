import { testContext } from '../helpers/context.js';
import { describe, expect, it } from 'vitest';
import { isSuperseded } from '../../src/release/promote-rules.js';
import type { ReleaseManifest } from '../../src/release/manifest.js';
import { emptyPromoteTokenReason, promoteTokenHelp, PROMOTE_TOKEN_HELP } from '../../src/release/promote-token.js';
import type { PackageState } from '../../src/release/registry.js';
import { abbreviates, expiryFromList, expiryVerdict } from '../../src/release/token-expiry.js';

const TOKEN = 'npm_abcdefghijklmnopqrstuvwxyz0123456789';
const NOW = new Date('2026-11-30T12:00:00Z');
const context = (env: NodeJS.ProcessEnv) => testContext({ GITHUB_ACTIONS: 'true', ...env }, '/').settings;

describe('the promote token, explained', () => {
  it('empty and absent are different mistakes', () => {
    const empty = promoteTokenHelp(context({ NPM_PROMOTE_TOKEN: '', MCP_RELEASE_ENVIRONMENT: 'release' }));
    expect(
      empty.startsWith(
        'NPM_PROMOTE_TOKEN is empty: as an environment secret of "release" a called workflow sees it only in the job that declares `environment: release`, and only under a name the caller passes',
      ),
    ).toBe(true);
    expect(empty).toContain('NPM_PROMOTE_TOKEN: ${{ secrets.NPM_PROMOTE_TOKEN }}');
    expect(empty).toContain('secrets: inherit');
    expect(empty).toContain('store it as a repository secret');
    expect(promoteTokenHelp(context({}))).toBe(PROMOTE_TOKEN_HELP);
    expect(PROMOTE_TOKEN_HELP).toContain('"bypass 2FA"');
    expect(emptyPromoteTokenReason({})).toContain('environment: production');
  });

  it('finds the token in the registry list by its abbreviation (Verdaccio: head...tail; npm: a prefix)', () => {
    expect(abbreviates('npm_a...56789', TOKEN)).toBe(true);
    expect(abbreviates('npm_ab…', TOKEN)).toBe(true);
    expect(abbreviates('npm_zz…', TOKEN)).toBe(false);
    expect(
      expiryFromList(
        [{ token: 'npm_a...56789', created: '2026-09-01T00:00:00Z', expires: '2026-12-05T00:00:00Z' }],
        TOKEN,
      ),
    ).toEqual({ known: true, expires: new Date('2026-12-05T00:00:00Z'), created: '2026-09-01T00:00:00Z' });
    expect(expiryFromList([{ token: 'npm_a...56789', created: '2026-09-01T00:00:00Z' }], TOKEN)).toMatchObject({
      known: false,
      why: expect.stringContaining('no expiry date'),
    });
    expect(expiryFromList([], TOKEN)).toMatchObject({ known: false });
  });

  it('expired: an error with the date; within 14 days: a warning; later or unknown: a note', () => {
    const at = (iso: string) => expiryVerdict({ known: true, expires: new Date(iso) }, 'NPM_PROMOTE_TOKEN', NOW);
    expect(at('2026-11-29T00:00:00Z')).toMatchObject({
      rule: 'credentials/token-expired',
      message: expect.stringMatching(/^NPM_PROMOTE_TOKEN expired on 2026-11-29: .*"bypass 2FA"/),
    });
    expect(at('2026-12-05T13:00:00Z')).toMatchObject({
      rule: 'credentials/token-expiring',
      message: expect.stringMatching(/^NPM_PROMOTE_TOKEN expires on 2026-12-05 \(in 5 day\(s\)\)/),
    });
    expect(at('2027-02-01T00:00:00Z')).toEqual({ message: 'NPM_PROMOTE_TOKEN expires on 2027-02-01 (in 62 days)' });
    expect(
      expiryVerdict({ known: false, why: "the token is not in the registry's token list" }, 'NODE_AUTH_TOKEN', NOW)
        .rule,
    ).toBeUndefined();
  });
});

describe('superseded promotes', () => {
  const manifest = (version: string): ReleaseManifest =>
    ({ package: 'pkg', version, integrity: `sha512-${version}` }) as unknown as ReleaseManifest;
  const state = (versions: string[], distTags: Record<string, string>, deprecated: string[] = []): PackageState => ({
    exists: true,
    distTags,
    versions: Object.fromEntries(
      versions.map((v) => [v, { integrity: `sha512-${v}`, ...(deprecated.includes(v) ? { deprecated: 'bad' } : {}) }]),
    ),
  });
  const check = (s: PackageState, version: string, m: ReleaseManifest | undefined = manifest(version)) =>
    isSuperseded({ state: s, version, tag: 'latest', stagingTag: 'next', name: 'pkg', manifest: m });

  it("a staged release lower than latest, with the manifest's bytes: superseded (semver order: 1.10.0 > 1.9.0)", () => {
    const s = state(['1.9.0', '1.10.0'], { latest: '1.10.0', next: '1.10.0' });
    expect(check(s, '1.9.0')).toBe(true);
    // As strings "1.9.0" > "1.10.0": semver must decide, not string order.
    expect(check(state(['1.9.0', '1.10.0'], { latest: '1.9.0', next: '1.10.0' }), '1.10.0')).toBe(false);
    expect(check(state(['1.9.0', '1.10.0', '1.11.0'], { latest: '1.11.0', next: '1.9.0' }), '1.10.0')).toBe(false);
  });

  it('every other case keeps its refusal', () => {
    const s = state(['1.9.0', '1.10.0'], { latest: '1.10.0', next: '1.10.0' });
    expect(
      isSuperseded({ state: s, version: '1.9.0', tag: 'latest', stagingTag: 'next', name: 'pkg', manifest: undefined }),
    ).toBe(false); // no manifest: not shown to be a release of the pipeline
    expect(check(s, '1.9.0', { ...manifest('1.9.0'), integrity: 'sha512-other' } as ReleaseManifest)).toBe(false);
    expect(check(state(['1.9.0', '1.10.0'], { latest: '1.10.0', next: '1.10.0' }, ['1.9.0']), '1.9.0')).toBe(false);
    expect(check(s, '1.8.0')).toBe(false); // not published
    expect(check(s, '1.10.0')).toBe(false); // not lower
  });
});

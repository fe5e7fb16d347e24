import { describe, expect, it } from 'vitest';
import { explainPushRejection, isNonFastForward } from '../../src/commands/version.js';
import {
  parseReleaseCommit,
  releaseMessage,
  releasedBySubject,
  releasesMessage,
} from '../../src/release/release-commit.js';

const record = (sha: string, subject: string, trailers: string) => `${sha}\x1f${subject}\x1f${trailers}\x1e\n`;
const BASE = 'd7f78fa53f1f0881869da944e8df38e85333bd89';

describe('the release commit and its Release-Of trailer', () => {
  it('the message: subject, blank line, trailer', () => {
    expect(releaseMessage('@acme/x', '1.2.0', BASE)).toBe(`chore(release): @acme/x@1.2.0\n\nRelease-Of: ${BASE}\n`);
    expect(releaseMessage('@acme/x', '1.2.0', undefined)).toBe('chore(release): @acme/x@1.2.0');
  });

  it("finds the commit of this package for this sha (full or abbreviated), not a sibling package's nor a look-alike subject", () => {
    const log =
      record('c1', 'chore(release): @acme/other@2.0.0', BASE) +
      record('c2', 'chore(release): @acme/x@1.2.0', BASE) +
      record('c3', 'chore(release): @acme/x@1.1.0', 'ffff');
    expect(parseReleaseCommit(log, '@acme/x', BASE)).toEqual({ sha: 'c2', version: '1.2.0' });
    expect(parseReleaseCommit(log, '@acme/x', BASE.slice(0, 12))).toEqual({ sha: 'c2', version: '1.2.0' });
    expect(parseReleaseCommit(log, '@acme/x', 'abcdef1')).toBeUndefined();
    expect(parseReleaseCommit(record('c4', 'chore(release): @acme/x@next', BASE), '@acme/x', BASE)).toBeUndefined();
    expect(
      parseReleaseCommit(record('c5', 'chore(release): @acme/x-extra@1.0.0', BASE), '@acme/x', BASE),
    ).toBeUndefined();
  });
});

describe("a monorepo's one release commit", () => {
  const releases = [
    { name: '@acme/lib', version: '1.2.0' },
    { name: '@acme/server', version: '0.3.1' },
  ];
  it('names every package in the subject, keeps the trailer', () => {
    expect(releasesMessage(releases, BASE)).toBe(
      `chore(release): @acme/lib@1.2.0, @acme/server@0.3.1\n\nRelease-Of: ${BASE}\n`,
    );
  });

  it('a re-run finds it for any of its packages, or for none named', () => {
    const log =
      record('c1', 'chore(release): @acme/lib@1.2.0, @acme/server@0.3.1', BASE) +
      record('c0', 'chore(release): @acme/other@1.0.0', BASE);
    expect(parseReleaseCommit(log, '@acme/server', BASE)).toEqual({ sha: 'c1', version: '0.3.1', releases });
    expect(parseReleaseCommit(log, undefined, BASE)).toEqual({ sha: 'c1', version: '1.2.0', releases });
    expect(parseReleaseCommit(log, '@acme/other', BASE)).toEqual({ sha: 'c0', version: '1.0.0' });
    expect(parseReleaseCommit(log, '@acme/li', BASE)).toBeUndefined();
    // One bad item makes it no release subject.
    expect(parseReleaseCommit(record('c2', 'chore(release): a@1.0.0, b@soon', BASE), 'a', BASE)).toBeUndefined();
  });

  it('releasedBySubject recognises it: the first package, and the whole list', () => {
    expect(releasedBySubject('chore(release): @acme/lib@1.2.0, @acme/server@0.3.1')).toEqual({
      ...releases[0],
      releases,
    });
  });
});

describe('push refusals', () => {
  it('a lost race is told apart from a refusal', () => {
    expect(isNonFastForward('!\trefs/heads/main:refs/heads/main\t[rejected] (fetch first)')).toBe(true);
    expect(isNonFastForward('! [remote rejected] main -> main (failed to update ref)')).toBe(true);
    expect(isNonFastForward('remote: error: GH013: Repository rule violations found for refs/heads/main.')).toBe(false);
  });

  it('GH013 names each rule with what to do', () => {
    const both = explainPushRejection(
      'remote: error: GH013: Repository rule violations found for refs/heads/main.\nremote: - Changes must be made through a pull request.\nremote: - Commits must have verified signatures.\n',
      'main',
    );
    expect(both).toContain('"Require signed commits"');
    expect(both).toContain('`commit-via: api`');
    expect(both).toContain('"Require a pull request before merging"');
    expect(
      explainPushRejection(
        'remote: error: GH013: Repository rule violations found for refs/heads/main.\nremote: - Cannot update this protected ref.\n',
        'main',
      ),
    ).toContain('bypass list');
  });
});

describe('releasedBySubject', () => {
  it('reads the package and version of any release commit subject, and nothing else', () => {
    expect(releasedBySubject('chore(release): hello@1.2.0')).toEqual({ name: 'hello', version: '1.2.0' });
    expect(releasedBySubject('chore(release): @acme/hello@2.0.0-rc.1')).toEqual({
      name: '@acme/hello',
      version: '2.0.0-rc.1',
    });
    expect(releasedBySubject('feat: chore(release): hello@1.2.0')).toBeUndefined();
    expect(releasedBySubject('chore(release): hello@soon')).toBeUndefined();
    expect(releasedBySubject('chore(release): prepare 1.2.0')).toBeUndefined();
  });
});

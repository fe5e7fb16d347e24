import { describe, expect, it } from 'vitest';
import {
  checkExactVersion,
  decideFromLabels,
  DEFAULT_LABELS,
  finalTag,
  nextVersion,
  versionBase,
} from '../../src/release/bump.js';
import {
  CHANGELOG_HEADER,
  DEFAULT_CATEGORIES,
  extractSection,
  insertSection,
  renderNotes,
  renderSection,
} from '../../src/release/changelog.js';
import { bumpOfCommits, parseCommitMessage } from '../../src/release/conventional.js';
import { planMarkdown } from '../../src/release/plan-markdown.js';

describe('labels -> bump', () => {
  it.each([
    [['release:minor', 'bug'], { kind: 'release', bump: 'minor', label: 'release:minor' }],
    [['Release:Major'], { kind: 'release', bump: 'major', label: 'Release:Major' }],
    [['release:skip'], { kind: 'skip', label: 'release:skip' }],
    [['documentation'], { kind: 'none' }],
    [[], { kind: 'none' }],
    [['release:minor', 'release:major'], { kind: 'conflict', labels: ['release:minor', 'release:major'] }],
    [['release:patch', 'release:skip'], { kind: 'conflict', labels: ['release:patch', 'release:skip'] }],
  ])('%j', (labels, expected) => {
    expect(decideFromLabels(labels, DEFAULT_LABELS)).toEqual(expected);
  });

  it('custom label names replace the defaults', () => {
    expect(decideFromLabels(['semver:feature'], { ...DEFAULT_LABELS, minor: 'semver:feature' })).toEqual({
      kind: 'release',
      bump: 'minor',
      label: 'semver:feature',
    });
    expect(decideFromLabels(['release:minor'], { ...DEFAULT_LABELS, minor: 'semver:feature' })).toEqual({
      kind: 'none',
    });
  });
});

describe('next version', () => {
  it.each([
    ['1.2.3', 'patch', [], '1.2.4'],
    ['1.2.3', 'minor', [], '1.3.0'],
    ['1.2.3', 'major', [], '2.0.0'],
    ['1.2.3', 'prerelease', [], '1.2.4-beta.0'],
    ['1.3.0-beta.0', 'prerelease', [], '1.3.0-beta.1'],
    ['1.3.0-beta.4', 'minor', [], '1.3.0'],
    ['1.3.0-beta.4', 'patch', [], '1.3.0'],
    ['1.3.0-beta.4', 'major', [], '2.0.0'],
    ['1.2.3', 'patch', ['1.2.4', '1.2.5'], '1.2.6'],
    ['1.3.0-beta.0', 'prerelease', ['1.3.0-beta.1'], '1.3.0-beta.2'],
  ] as const)('%s + %s (published %j) = %s', (current, bump, published, expected) => {
    expect(nextVersion({ current, bump, preid: 'beta', published })).toBe(expected);
  });

  // Issue #18: "minor" gave 4.1.2 over a latest of 4.1.1. package.json had been left at 4.0.2 (the
  // releases were made elsewhere): minor of 4.0.2 is 4.1.0, taken, then the collision loop stepped
  // patches past 4.1.0 and 4.1.1. The registry's latest is now the base when it is the higher.
  it.each([
    ['4.0.2', 'minor', '4.1.1', ['4.0.2', '4.1.0', '4.1.1'], '4.2.0'],
    ['4.1.1', 'minor', '4.1.1', ['4.1.1'], '4.2.0'],
    ['0.7.0', 'minor', '2026.8.31', ['0.6.0', '2026.8.31'], '2026.9.0'],
    ['0.7.0', 'patch', '2026.8.31', ['2026.8.31'], '2026.8.32'],
    // package.json ahead of latest (a release in flight, or a prerelease line): package.json stays the base.
    ['1.3.0-beta.2', 'prerelease', '1.2.0', ['1.2.0', '1.3.0-beta.2'], '1.3.0-beta.3'],
    ['2.0.0', 'patch', '1.9.0', ['1.9.0'], '2.0.1'],
    // A latest that is not semver is ignored.
    ['1.0.0', 'patch', 'not-a-version', [], '1.0.1'],
  ] as const)('%s + %s over a latest of %s = %s', (current, bump, latest, published, expected) => {
    expect(nextVersion({ current, bump, preid: 'beta', published, latest })).toBe(expected);
  });

  it('versionBase: the higher of package.json and latest, and whether package.json is behind', () => {
    expect(versionBase('0.7.0', '2026.8.31')).toEqual({ base: '2026.8.31', behind: true });
    expect(versionBase('1.0.0', '1.0.0')).toEqual({ base: '1.0.0', behind: false });
    expect(versionBase('1.1.0', '1.0.0')).toEqual({ base: '1.1.0', behind: false });
    expect(versionBase('1.0.0', undefined)).toEqual({ base: '1.0.0', behind: false });
  });

  it('a new prerelease id restarts the counter', () => {
    expect(nextVersion({ current: '1.3.0-alpha.3', bump: 'prerelease', preid: 'rc', published: [] })).toBe(
      '1.3.0-rc.0',
    );
  });

  it('an exact version must be valid, new and an upgrade', () => {
    expect(checkExactVersion('1.4', '1.2.0', [])).toMatch(/not a semver version/);
    expect(checkExactVersion('1.3.0', '1.2.0', ['1.3.0'])).toMatch(/already on the registry/);
    expect(checkExactVersion('1.1.0', '1.2.0', [])).toMatch(/not greater than the current 1.2.0/);
    expect(checkExactVersion('1.3.0', '1.2.0', ['1.2.0'])).toBeUndefined();
  });

  it('prereleases never go to latest', () => {
    expect(finalTag('1.3.0')).toBe('latest');
    expect(finalTag('1.3.0-beta.1')).toBe('beta');
    expect(finalTag('1.3.0-0')).toBe('prerelease');
  });
});

describe('conventional commits', () => {
  it('parses type, scope, breaking marks and the squash-merge PR number', () => {
    expect(parseCommitMessage('feat(search): add fuzzy matching (#42)')).toEqual({
      type: 'feat',
      scope: 'search',
      breaking: false,
      subject: 'add fuzzy matching',
      pr: 42,
    });
    expect(parseCommitMessage('fix!: drop node 18')).toMatchObject({ type: 'fix', breaking: true });
    expect(parseCommitMessage('refactor: x\n\nBREAKING CHANGE: the tool is renamed')).toMatchObject({
      type: 'refactor',
      breaking: true,
    });
    expect(parseCommitMessage('Update README')).toEqual({ breaking: false, subject: 'Update README' });
  });

  it('the largest bump wins; housekeeping releases nothing', () => {
    expect(bumpOfCommits([parseCommitMessage('fix: a'), parseCommitMessage('feat: b')])).toBe('minor');
    expect(bumpOfCommits([parseCommitMessage('feat: a'), parseCommitMessage('chore!: drop x')])).toBe('major');
    expect(bumpOfCommits([parseCommitMessage('chore: deps'), parseCommitMessage('docs: typo')])).toBeUndefined();
  });
});

describe('changelog', () => {
  const entries = [
    { title: 'Add the search tool', pr: 12, author: 'alice', labels: ['enhancement'], breaking: false },
    { title: 'Fix a crash on empty input', pr: 13, author: 'bob', labels: ['bug'], breaking: false },
    { title: 'Rename read to read_file', pr: 14, author: 'carol', labels: [], breaking: true },
    { title: 'bump deps', labels: [], type: 'chore', breaking: false, sha: 'abc1234' },
    { title: 'secret thing', pr: 15, labels: ['release:skip'], breaking: false },
    {
      title: 'Use <img src=x onerror=alert(1)> and [link](javascript:x) @org/team *now*',
      pr: 16,
      author: 'mallory',
      labels: ['enhancement'],
      breaking: false,
    },
  ];

  it('groups by category in Keep a Changelog order, links PRs, escapes titles, drops housekeeping and skipped', () => {
    const notes = renderNotes({ entries, categories: DEFAULT_CATEGORIES, repositoryUrl: 'https://github.com/acme/x' });
    expect(notes).toBe(
      [
        '### Added',
        '',
        '- Add the search tool ([#12](https://github.com/acme/x/pull/12)) by @alice',
        '- Use &lt;img src=x onerror=alert(1)&gt; and \\[link\\](javascript:x) \\@org/team \\*now\\* ([#16](https://github.com/acme/x/pull/16)) by @mallory',
        '',
        '### Changed',
        '',
        '- **Breaking:** Rename read to read\\_file ([#14](https://github.com/acme/x/pull/14)) by @carol',
        '',
        '### Fixed',
        '',
        '- Fix a crash on empty input ([#13](https://github.com/acme/x/pull/13)) by @bob',
        '',
      ].join('\n'),
    );
  });

  const history = `# Changelog

Hand-written intro that must survive.

## [Unreleased]

- something not released yet

## [1.2.0] - 2026-01-10

### Added

- Older feature

## [1.0.0] - 2025-12-01

- First release

[1.2.0]: https://github.com/acme/x/compare/v1.0.0...v1.2.0
`;

  it('inserts a new version below Unreleased and above the older ones, keeping everything else', () => {
    const section = renderSection({
      version: '1.3.0',
      date: '2026-11-22',
      entries: entries.slice(0, 2),
      categories: DEFAULT_CATEGORIES,
    });
    const out = insertSection(history, '1.3.0', section);
    expect(out.indexOf('## [Unreleased]')).toBeLessThan(out.indexOf('## [1.3.0] - 2026-11-22'));
    expect(out.indexOf('## [1.3.0]')).toBeLessThan(out.indexOf('## [1.2.0]'));
    expect(out).toContain('Hand-written intro that must survive.');
    expect(out).toContain('- something not released yet');
    expect(out.trimEnd().endsWith('[1.2.0]: https://github.com/acme/x/compare/v1.0.0...v1.2.0')).toBe(true);
    // Twice: one section, same text.
    expect(insertSection(out, '1.3.0', section)).toBe(out);
    // Again with other entries: replaced, not duplicated.
    const again = insertSection(
      out,
      '1.3.0',
      renderSection({
        version: '1.3.0',
        date: '2026-11-22',
        entries: entries.slice(0, 1),
        categories: DEFAULT_CATEGORIES,
      }),
    );
    expect(again.match(/## \[1\.3\.0\]/g)).toHaveLength(1);
    expect(again).not.toContain('Fix a crash');
    expect(extractSection(again, '1.3.0')).toBe('### Added\n\n- Add the search tool (#12) by @alice\n');
  });

  it('a patch of an older line goes between its neighbours; a missing file gets the standard header', () => {
    const out = insertSection(
      history,
      '1.1.1',
      renderSection({ version: '1.1.1', date: '2026-11-22', entries: [], categories: DEFAULT_CATEGORIES }),
    );
    expect(out.indexOf('## [1.2.0]')).toBeLessThan(out.indexOf('## [1.1.1]'));
    expect(out.indexOf('## [1.1.1]')).toBeLessThan(out.indexOf('## [1.0.0]'));
    expect(out).toContain('_No user-facing changes._');
    const fresh = insertSection(undefined, '0.1.0', '## [0.1.0] - 2026-11-22\n\n- x\n');
    expect(fresh.startsWith(CHANGELOG_HEADER.trimEnd())).toBe(true);
    expect(fresh).toContain('## [0.1.0] - 2026-11-22');
  });
});

describe('plan comment', () => {
  it('names versions, tags, checks and carries the changelog preview', () => {
    const body = planMarkdown({
      name: '@acme/x',
      current: '1.2.0',
      next: '1.3.0',
      bump: 'minor',
      label: 'release:minor',
      stagingTag: 'next',
      finalTag: 'latest',
      gitTag: 'v1.3.0',
      notes: '### Added\n\n- thing\n',
      checks: { total: 3, passed: 2, failed: 1, pending: 0 },
    });
    expect(body).toContain('| Version | `1.2.0` → **`1.3.0`** (minor) |');
    expect(body).toContain('`next` → `latest`');
    expect(body).toContain('2 passed, 1 failed, 0 pending');
    expect(body).toContain('- thing');
  });
});

describe("fitToLimit: bodies cut to fit GitHub's size limits", () => {
  it('never longer than the limit, unchanged when it fits, code fences closed, the cut said', async () => {
    const { fitToLimit } = await import('../../src/util/markdown.js');
    const { default: fc } = await import('fast-check');
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.string({ maxLength: 200 }), fc.constantFrom('```', '```js', '\n', '- entry\n')), {
          maxLength: 400,
        }),
        fc.integer({ min: 300, max: 5_000 }),
        (parts, limit) => {
          const text = parts.join('\n');
          const fitted = fitToLimit(text, limit);
          expect(fitted.length).toBeLessThanOrEqual(limit);
          if (text.length <= limit) expect(fitted).toBe(text);
          else {
            expect(fitted).toMatch(/cut here: [\d,]+ characters are more than GitHub's limit/);
            const before = text.slice(0, fitted.indexOf('\n\n_(cut here')).match(/^```/gm)?.length ?? 0;
            expect((fitted.match(/^```/gm)?.length ?? 0) % 2, `${before} fences`).toBe(0);
          }
        },
      ),
    );
  });
});

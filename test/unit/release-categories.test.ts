import { describe, expect, it } from 'vitest';
import { DEFAULT_CATEGORIES } from '../../src/release/changelog.js';
import { releaseCategories, RELEASE_YML_NAMES } from '../../src/release/release-categories.js';
import { ConfigError } from '../../src/errors.js';

/**
 * The changelog's sections from GitHub's own `.github/release.yml`
 * (https://docs.github.com/en/repositories/releasing-projects-on-github/automatically-generated-release-notes#configuring-automatically-generated-release-notes):
 * `changelog.exclude.{labels,authors}` and `changelog.categories[]` of
 * `{title, labels, exclude: {labels}}`; `.yml` is read before `.yaml`.
 */
const SKIP = 'release:skip';
const files = (yml: string | undefined, yaml?: string) => [
  { name: 'release.yml', text: yml },
  { name: 'release.yaml', text: yaml },
];

const GITHUB_EXAMPLE = `# .github/release.yml
changelog:
  exclude:
    labels:
      - ignore-for-release
    authors:
      - octocat
  categories:
    - title: Breaking Changes 🛠
      labels:
        - Semver-Major
        - breaking-change
    - title: Exciting New Features 🎉
      labels:
        - Semver-Minor
        - enhancement
      exclude:
        labels:
          - experimental
    - title: Other Changes
      labels:
        - "*"
`;

describe('releaseCategories', () => {
  it("GitHub's documented example becomes the sections, with the kit's skip label excluded as well", () => {
    expect(releaseCategories(files(GITHUB_EXAMPLE), SKIP)).toEqual({
      source: '.github/release.yml',
      categories: {
        categories: [
          { title: 'Breaking Changes 🛠', labels: ['Semver-Major', 'breaking-change'], excludeLabels: [] },
          {
            title: 'Exciting New Features 🎉',
            labels: ['Semver-Minor', 'enhancement'],
            excludeLabels: ['experimental'],
          },
          { title: 'Other Changes', labels: ['*'], excludeLabels: [] },
        ],
        excludeLabels: ['ignore-for-release', SKIP],
        excludeAuthors: ['octocat'],
      },
    });
  });

  it('GitHub looks for release.yml, then release.yaml', () => {
    expect(RELEASE_YML_NAMES).toEqual(['release.yml', 'release.yaml']);
    const both = releaseCategories(
      files(GITHUB_EXAMPLE, 'changelog:\n  categories:\n    - {title: Y, labels: [y]}\n'),
      SKIP,
    );
    expect(both.source).toBe('.github/release.yml');
    const yamlOnly = releaseCategories(
      files(undefined, 'changelog:\n  categories:\n    - {title: Y, labels: [y]}\n'),
      SKIP,
    );
    expect(yamlOnly.source).toBe('.github/release.yaml');
    expect(yamlOnly.categories.categories.map((c) => c.title)).toEqual(['Y']);
  });

  it('no file, or one without categories: the Keep a Changelog defaults, plus the skip label', () => {
    for (const given of [files(undefined), files('changelog:\n  exclude:\n    labels: [x]\n'), files('')]) {
      const result = releaseCategories(given, 'no-release');
      expect(result.source).toBe('Keep a Changelog defaults');
      expect(result.categories.categories).toEqual(DEFAULT_CATEGORIES.categories);
      expect(result.categories.excludeLabels).toEqual([...DEFAULT_CATEGORIES.excludeLabels, 'no-release']);
    }
    // the defaults themselves are not changed by a call
    expect(DEFAULT_CATEGORIES.excludeLabels).not.toContain('no-release');
  });

  it('invalid YAML is a configuration error naming the file', () => {
    expect(() => releaseCategories(files('changelog: [unclosed'), SKIP)).toThrow(ConfigError);
    expect(() => releaseCategories(files('changelog: [unclosed'), SKIP)).toThrow(
      /^\.github\/release\.yml: not valid YAML \(/,
    );
  });

  it('a category without a title or labels list is an error naming the file and the expected format', () => {
    for (const bad of [
      'changelog:\n  categories:\n    - title: Features\n',
      'changelog:\n  categories:\n    - labels: [x]\n',
      'changelog:\n  categories:\n    - title: Features\n      labels: enhancement\n',
      'changelog:\n  categories: Features\n',
    ]) {
      expect(() => releaseCategories(files(undefined, bad), SKIP)).toThrow(
        ".github/release.yaml: changelog.categories must be a list of {title, labels} (GitHub's release.yml format)",
      );
    }
  });
});

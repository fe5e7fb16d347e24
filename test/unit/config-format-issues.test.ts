import { describe, expect, it } from 'vitest';
import { describeIssue, formatPath } from '../../src/config/format-issues.js';
import { configJsonSchema } from '../../src/config/json-schema.js';
import { configSchema } from '../../src/config/schema.js';

/** The config loader prints one of these lines per problem in .github/mcp-release.yml. */
const jsonSchema = configJsonSchema() as Parameters<typeof describeIssue>[1];

function problems(input: unknown) {
  const result = configSchema.safeParse(input);
  if (result.success) throw new Error('expected the config to be refused');
  return result.error.issues.map((issue) => describeIssue(issue, jsonSchema));
}

describe('formatPath', () => {
  it.each([
    [[], ''],
    [['packages'], 'packages'],
    [['packages', 1, 'rules'], 'packages[1].rules'],
    [['labels', 'major'], 'labels.major'],
    [[0, 'a'], '[0].a'],
  ])('%j -> %s', (path, expected) => {
    expect(formatPath(path)).toBe(expected);
  });
});

describe('describeIssue over the real config schema', () => {
  it('an unknown top-level key: named, with the allowed keys, pointed at the key itself', () => {
    const [problem] = problems({ bogus: 1 });
    expect(problem?.path).toEqual(['bogus']);
    expect(problem?.text).toMatch(/^\(top level\): unknown key "bogus" \(allowed: .*\)$/);
    for (const key of ['packages', 'failOn', 'labels', 'registry', 'stagingTag']) expect(problem?.text).toContain(key);
  });

  it('an unknown key inside a package entry object lists that object’s keys (path among them)', () => {
    const [problem] = problems({ packages: [{ path: 'packages/a', nope: true }] });
    expect(problem?.path).toEqual(['packages', 0, 'nope']);
    expect(problem?.text).toMatch(/^packages\[0\]: unknown key "nope" \(allowed: path, /);
    expect(problem?.text).not.toContain('stagingTag');
  });

  it('an unknown label name lists the label keys', () => {
    const [problem] = problems({ labels: { major: 'big', extra: 'x' } });
    expect(problem).toEqual({
      path: ['labels', 'extra'],
      text: 'labels: unknown key "extra" (allowed: major, minor, patch, prerelease, skip)',
    });
  });

  it('an enum value outside the allowed set names every allowed value', () => {
    const [problem] = problems({ failOn: 'fatal' });
    expect(problem?.path).toEqual(['failOn']);
    expect(problem?.text).toBe('failOn: invalid value (allowed: "error", "warning", "note", "never")');
  });

  it('a value matching no form of a union says what each form wanted, not just "Invalid input"', () => {
    const [problem] = problems({ packages: [3] });
    expect(problem?.path).toEqual(['packages', 0]);
    expect(problem?.text).toMatch(/^packages\[0\]: matches none of the allowed forms \(.*string.* \| .*object.*\)$/);
  });

  it('other problems keep the schema’s own message after the path', () => {
    expect(problems({ packages: ['!legacy'] })[0]?.text).toMatch(/^packages: holds only exclusions/);
    expect(problems({ labels: { major: 1 } })[0]).toMatchObject({ path: ['labels', 'major'] });
    expect(problems({ labels: { major: 1 } })[0]?.text).toMatch(/^labels\.major: .*string/);
  });

  it('thousands of stray keys: ten named, long names cut, the rest counted', () => {
    const input = Object.fromEntries([
      ['k'.repeat(100), 1],
      ...Array.from({ length: 1000 }, (_, i) => [`stray${i}`, 1]),
    ]);
    const [problem] = problems(input);
    const text = problem?.text ?? '';
    expect(text).toContain(`"${'k'.repeat(60)}…"`);
    expect(text).not.toContain('k'.repeat(61));
    expect(text).toContain('"stray8"');
    expect(text).not.toContain('"stray9"');
    expect(text).toContain('and 991 more');
    expect(text.length).toBeLessThan(500);
  });
});

describe('tagFormat', () => {
  it('must hold {version}; unknown placeholders and names git refuses are named', () => {
    expect(problems({ tagFormat: '{name}' })).toEqual([
      { path: ['tagFormat'], text: 'tagFormat: must hold {version} exactly once' },
    ]);
    expect(problems({ tagFormat: '{pkg}@{version}' })[0]?.text).toBe(
      'tagFormat: has unknown placeholder(s) {pkg} (allowed: {name}, {version})',
    );
    expect(problems({ tagFormat: 'v {version}' })[0]?.text).toMatch(/^tagFormat: makes tags git refuses: /);
  });

  it('without {name}, an error when packages: releases several packages; fine for one', () => {
    expect(problems({ tagFormat: 'v{version}', packages: ['packages/*'] })).toEqual([
      {
        path: ['tagFormat'],
        text: 'tagFormat: has no {name}, so the packages of "packages/*" would all get the same tag for a version (use e.g. "{name}@{version}" or "{name}-v{version}")',
      },
    ]);
    expect(problems({ tagFormat: 'v{version}', packages: ['a', 'b', '!c'] })[0]?.text).toContain(
      'the packages of "a", "b" would all get the same tag',
    );
    expect(configSchema.safeParse({ tagFormat: 'v{version}', packages: ['server'] }).success).toBe(true);
    expect(configSchema.safeParse({ tagFormat: '{name}-v{version}', packages: ['packages/*'] }).success).toBe(true);
    expect(configSchema.safeParse({ tagFormat: 'v{version}' }).success).toBe(true);
  });
});

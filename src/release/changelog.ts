import semver from 'semver';
import { escapeMarkdownInline } from '../util/markdown.js';

/**
 * Keep a Changelog sections: rendered from the release's entries (PRs, or
 * commits when there is no PR), and inserted into an existing CHANGELOG.md at
 * the right place: a section for the same version is replaced (running twice
 * writes one section), otherwise the new one goes above the highest older
 * version, below `## [Unreleased]`. Hand-written text elsewhere is kept.
 * Pure: text in, text out.
 */
export interface ChangeEntry {
  title: string;
  pr?: number;
  author?: string;
  labels: readonly string[];
  /** Conventional-commit type, when the entry comes from a commit. */
  type?: string;
  breaking: boolean;
  /** Short commit id, for entries without a PR. */
  sha?: string;
}

export interface Category {
  title: string;
  /** Labels that put an entry here; `*` takes everything not taken before. */
  labels: readonly string[];
  /** Conventional-commit types that put an entry here. */
  types?: readonly string[];
  excludeLabels?: readonly string[];
}

export interface CategoryConfig {
  categories: Category[];
  excludeLabels: readonly string[];
  excludeAuthors: readonly string[];
}

/** Keep a Changelog's own sections, in its order; unknown changes are "Changed". */
export const DEFAULT_CATEGORIES: CategoryConfig = {
  categories: [
    { title: 'Added', labels: ['enhancement', 'feature', 'feat'], types: ['feat'] },
    { title: 'Changed', labels: ['*'] },
    { title: 'Deprecated', labels: ['deprecated', 'deprecation'] },
    { title: 'Removed', labels: ['removed', 'removal'] },
    { title: 'Fixed', labels: ['bug', 'fix', 'bugfix'], types: ['fix', 'perf'] },
    { title: 'Security', labels: ['security'] },
  ],
  excludeLabels: ['release:skip', 'skip-changelog', 'ignore-for-release'],
  excludeAuthors: [],
};

/** Commit types that are housekeeping, not changes a user of the package sees. */
const HOUSEKEEPING_TYPES = new Set(['chore', 'ci', 'test', 'tests', 'style', 'build']);

export interface SectionInput {
  version: string;
  date: string;
  entries: readonly ChangeEntry[];
  categories: CategoryConfig;
  /** https://github.com/owner/repo, to link PRs. */
  repositoryUrl?: string;
  /** Extra sections appended after the categories (e.g. the MCP surface). */
  extra?: readonly { title: string; lines: readonly string[] }[];
}

function categoryOf(entry: ChangeEntry, config: CategoryConfig): string | undefined {
  const labels = entry.labels.map((l) => l.toLowerCase());
  // Explicit labels and types first; the wildcard category only takes what nothing else claimed.
  for (const category of config.categories) {
    if (category.excludeLabels?.some((l) => labels.includes(l.toLowerCase()))) continue;
    if (category.labels.some((l) => l !== '*' && labels.includes(l.toLowerCase()))) return category.title;
    if (entry.type && category.types?.includes(entry.type)) return category.title;
  }
  return config.categories.find(
    (c) => c.labels.includes('*') && !c.excludeLabels?.some((l) => labels.includes(l.toLowerCase())),
  )?.title;
}

function entryLine(entry: ChangeEntry, repositoryUrl: string | undefined): string {
  const ref = entry.pr
    ? repositoryUrl
      ? ` ([#${entry.pr}](${repositoryUrl}/pull/${entry.pr}))`
      : ` (#${entry.pr})`
    : entry.sha
      ? ` (${entry.sha})`
      : '';
  const author = entry.author && /^[A-Za-z0-9-]+(\[bot\])?$/.test(entry.author) ? ` by @${entry.author}` : '';
  return `- ${entry.breaking ? '**Breaking:** ' : ''}${escapeMarkdownInline(entry.title)}${ref}${author}`;
}

export function includedEntries(entries: readonly ChangeEntry[], config: CategoryConfig): ChangeEntry[] {
  const excluded = config.excludeLabels.map((l) => l.toLowerCase());
  return entries.filter(
    (e) =>
      !e.labels.some((l) => excluded.includes(l.toLowerCase())) &&
      !(e.author && config.excludeAuthors.includes(e.author)) &&
      !(e.type && HOUSEKEEPING_TYPES.has(e.type) && !e.breaking),
  );
}

/** The section body (without its `## [version]` heading): also the GitHub release notes. */
export function renderNotes(input: Omit<SectionInput, 'version' | 'date'>): string {
  const groups = new Map<string, string[]>();
  for (const entry of includedEntries(input.entries, input.categories)) {
    const title = categoryOf(entry, input.categories);
    if (!title) continue;
    groups.set(title, [...(groups.get(title) ?? []), entryLine(entry, input.repositoryUrl)]);
  }
  const blocks: string[] = [];
  for (const category of input.categories.categories) {
    const lines = groups.get(category.title);
    if (lines?.length) blocks.push(`### ${category.title}\n\n${lines.join('\n')}`);
  }
  for (const section of input.extra ?? [])
    if (section.lines.length) blocks.push(`### ${section.title}\n\n${section.lines.join('\n')}`);
  return blocks.length ? `${blocks.join('\n\n')}\n` : '_No user-facing changes._\n';
}

export function renderSection(input: SectionInput): string {
  return `## [${input.version}] - ${input.date}\n\n${renderNotes(input)}`;
}

export const CHANGELOG_HEADER = `# Changelog

All notable changes to this project are documented in this file.

The format is based on [Keep a Changelog](https://keepachangelog.com/en/1.1.0/),
and this project adheres to [Semantic Versioning](https://semver.org/spec/v2.0.0.html).
`;

const HEADING = /^## \[?([^\]\s]+)\]?/;
const LINK_DEFINITION = /^\[[^\]]+\]:\s+\S+/;

interface Block {
  start: number;
  end: number;
  version: string;
}

/** Version sections of a changelog, as line ranges (a section ends at the next `## ` or the link definitions). */
function versionBlocks(lines: readonly string[]): Block[] {
  const starts: { line: number; version: string }[] = [];
  lines.forEach((line, i) => {
    const match = HEADING.exec(line);
    if (match) starts.push({ line: i, version: match[1] as string });
  });
  let tail = lines.length;
  while (tail > 0 && (LINK_DEFINITION.test(lines[tail - 1] as string) || (lines[tail - 1] as string).trim() === ''))
    tail -= 1;
  return starts.map((s, i) => ({
    start: s.line,
    end: starts[i + 1]?.line ?? Math.max(tail, s.line + 1),
    version: s.version,
  }));
}

export function insertSection(existing: string | undefined, version: string, section: string): string {
  const text = existing?.trim() ? existing.replace(/\r\n/g, '\n') : CHANGELOG_HEADER;
  const lines = text.split('\n');
  const blocks = versionBlocks(lines);
  const sectionLines = section.trimEnd().split('\n').concat('');
  const same = blocks.find((b) => b.version === version || b.version === `v${version}`);
  if (same) {
    lines.splice(same.start, same.end - same.start, ...sectionLines);
    return finish(lines);
  }
  const older = blocks.find(
    (b) => semver.valid(b.version.replace(/^v/, '')) && semver.lt(b.version.replace(/^v/, ''), version),
  );
  if (older) {
    lines.splice(older.start, 0, ...sectionLines);
    return finish(lines);
  }
  // No older version: after the last section (e.g. Unreleased, or newer hand-written ones), before link definitions.
  const last = blocks.at(-1);
  let at = last ? last.end : lines.length;
  if (!last)
    while (at > 0 && (LINK_DEFINITION.test(lines[at - 1] as string) || (lines[at - 1] as string).trim() === ''))
      at -= 1;
  const before = at > 0 && (lines[at - 1] as string).trim() !== '' ? [''] : [];
  lines.splice(at, 0, ...before, ...sectionLines);
  return finish(lines);
}

/** The body of one version's section, for `--notes-only` on an already written changelog. */
export function extractSection(text: string, version: string): string | undefined {
  const lines = text.replace(/\r\n/g, '\n').split('\n');
  const block = versionBlocks(lines).find((b) => b.version === version || b.version === `v${version}`);
  return block
    ? `${lines
        .slice(block.start + 1, block.end)
        .join('\n')
        .trim()}\n`
    : undefined;
}

function finish(lines: string[]): string {
  return `${lines
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trimEnd()}\n`;
}

import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Every relative link in the README, docs/ and the composites' READMEs leads
 * somewhere: the file exists and an #anchor matches a heading there (GitHub's
 * slugs: lower case, punctuation dropped, spaces to dashes, -1, -2 for repeats).
 */
const root = path.resolve(import.meta.dirname, '../..');
const read = (rel: string) => readFileSync(path.join(root, rel), 'utf8');

function pages(): string[] {
  const composites = readdirSync(root).filter((dir) => existsSync(path.join(root, dir, 'action.yml')));
  return [
    'README.md',
    ...readdirSync(path.join(root, 'docs'))
      .filter((file) => file.endsWith('.md'))
      .map((file) => `docs/${file}`),
    ...composites.map((dir) => `${dir}/README.md`).filter((file) => existsSync(path.join(root, file))),
  ];
}

/** Lines outside fenced code blocks, with their numbers. */
function proseLines(text: string): Array<[number, string]> {
  let fenced = false;
  const lines: Array<[number, string]> = [];
  text.split('\n').forEach((line, index) => {
    if (/^\s*```/.test(line)) fenced = !fenced;
    else if (!fenced) lines.push([index + 1, line]);
  });
  return lines;
}

function slug(heading: string): string {
  return heading
    .trim()
    .toLowerCase()
    .replace(/<[^>]+>/g, '')
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/ /g, '-');
}

function anchors(rel: string): Set<string> {
  const seen = new Map<string, number>();
  const found = new Set<string>();
  for (const [, line] of proseLines(read(rel))) {
    const heading = /^#{1,6}\s+(.*?)\s*#*\s*$/.exec(line);
    if (!heading?.[1]) continue;
    const base = slug(heading[1]);
    const count = seen.get(base) ?? 0;
    seen.set(base, count + 1);
    found.add(count ? `${base}-${count}` : base);
  }
  return found;
}

function brokenLinks(): string[] {
  const broken: string[] = [];
  for (const page of pages()) {
    for (const [lineNo, line] of proseLines(read(page))) {
      for (const match of line.replace(/`[^`]*`/g, '').matchAll(/\]\(([^)\s]+)\)/g)) {
        const target = match[1] ?? '';
        if (/^[a-z]+:/i.test(target)) continue;
        const [file = '', anchor] = target.split('#');
        const rel = file ? path.posix.normalize(path.posix.join(path.posix.dirname(page), file)) : page;
        const where = `${page}:${lineNo}: ${target}`;
        if (!existsSync(path.join(root, rel))) broken.push(`missing ${where}`);
        else if (anchor && (statSync(path.join(root, rel)).isDirectory() || !anchors(rel).has(anchor)))
          broken.push(`no heading #${anchor} for ${where}`);
      }
    }
  }
  return broken;
}

describe('documentation links', () => {
  it('the slugs follow GitHub: punctuation dropped, spaces to dashes', () => {
    expect(slug('The smoke sandbox: `off` / `auto`')).toBe('the-smoke-sandbox-off--auto');
  });

  it('every relative link and anchor resolves', () => {
    expect(pages().length).toBeGreaterThan(10);
    expect(brokenLinks()).toEqual([]);
  });
});

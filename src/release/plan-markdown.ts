import type { CheckState } from '../github/pulls.js';
import { codeSpan, escapeMarkdownInline } from '../util/markdown.js';

/** The release plan as markdown, for the sticky PR comment. Untrusted text arrives escaped in `notes`. */
export interface PlanView {
  name: string;
  current: string;
  next: string;
  bump?: string;
  label?: string;
  stagingTag: string;
  finalTag: string;
  gitTag: string;
  notes: string;
  checks?: CheckState;
  /** Lines that block the release (e.g. a breaking change under a minor label). */
  problems?: readonly string[];
}

/** Table cells: the label comes from the PR, the rest from package.json. */
const code = (text: string) => codeSpan(text, { table: true });

export function planMarkdown(view: PlanView): string {
  const checks = view.checks
    ? view.checks.total === 0
      ? 'none reported yet'
      : `${view.checks.passed} passed, ${view.checks.failed} failed, ${view.checks.pending} pending`
    : 'not read';
  const lines = [
    `### Release plan for ${codeSpan(view.name)}`,
    '',
    '| | |',
    '|---|---|',
    `| Version | ${code(view.current)} → **${code(view.next)}**${view.bump ? ` (${escapeMarkdownInline(view.bump)})` : ''} |`,
    ...(view.label ? [`| Label | ${code(view.label)} |`] : []),
    `| dist-tags | ${code(view.stagingTag)} → ${code(view.finalTag)} after the smoke test |`,
    `| git tag | ${code(view.gitTag)} (made after the publish) |`,
    `| Checks | ${checks} |`,
    '',
  ];
  if (view.problems?.length) lines.push('> [!WARNING]', ...view.problems.map((p) => `> ${p}`), '');
  lines.push(
    '<details><summary>Changelog section that will be written</summary>',
    '',
    view.notes.trimEnd(),
    '',
    '</details>',
    '',
    '<sub>Updated by mcp-release-kit on every push to this PR.</sub>',
  );
  return `${lines.join('\n')}\n`;
}

/** A monorepo's plan: one comment for every package. Untrusted text arrives escaped in `notes`; names and `problems` are escaped here. */
export interface WorkspacePlanView {
  label?: string;
  packages: {
    name: string;
    dir: string;
    current: string;
    changed: boolean;
    next?: string;
    bump?: string;
    why?: string;
    gitTag?: string;
    notes?: string;
    problems?: readonly string[];
  }[];
}

export function workspacePlanMarkdown(view: WorkspacePlanView): string {
  const released = view.packages.filter((p) => p.next);
  const lines = [
    `### Release plan: ${released.length} of ${view.packages.length} packages`,
    '',
    ...(view.label ? [`Label: ${code(view.label)}`, ''] : []),
    '| Package | Folder | Version | Why | git tag |',
    '|---|---|---|---|---|',
    ...view.packages.map((p) =>
      p.next
        ? `| ${code(p.name)} | ${code(p.dir)} | ${code(p.current)} → **${code(p.next)}**${p.bump ? ` (${escapeMarkdownInline(p.bump)})` : ''} | ${escapeMarkdownInline(p.why ?? '')} | ${code(p.gitTag ?? '')} |`
        : `| ${code(p.name)} | ${code(p.dir)} | ${code(p.current)} (no release) | ${p.changed ? 'changed, no release label for it' : 'not changed'} | |`,
    ),
    '',
  ];
  const problems = view.packages.flatMap((p) => (p.problems ?? []).map((problem) => `${p.name}: ${problem}`));
  if (problems.length) lines.push('> [!WARNING]', ...problems.map((p) => `> ${escapeMarkdownInline(p)}`), '');
  for (const p of released)
    lines.push(
      `<details><summary>Changelog section of ${escapeMarkdownInline(p.name)} ${escapeMarkdownInline(p.next ?? '')}</summary>`,
      '',
      (p.notes ?? '').trimEnd(),
      '',
      '</details>',
      '',
    );
  lines.push('<sub>Updated by mcp-release-kit on every push to this PR.</sub>');
  return `${lines.join('\n')}\n`;
}

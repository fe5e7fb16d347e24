import path from 'node:path';
import type { z } from 'zod';
import { UsageError } from '../errors.js';
import { extractSection, includedEntries, insertSection, renderSection } from '../release/changelog.js';
import { githubTarget } from '../github/client.js';
import { gatherEntries } from '../release/entries.js';
import type { ReleaseTarget } from '../release/release-target.js';
import type { Report } from '../report/model.js';
import { diffSurfaces, surfaceChangelogLines } from '../surface/diff.js';
import { loadCategories, openReleaseTarget } from './release-target.js';
import { captureSurface } from './surface-capture.js';
import type { RunContext } from './types.js';
import { defineCommand, pickOptions } from './define-command.js';
import { NPM_REGISTRY_URL, SHARED_DESCRIPTIONS } from './option-catalog.js';
import { aggregateReport } from './packages.js';
import type { CommandSpec } from './types.js';

const OPTIONS = pickOptions({
  directory: { description: SHARED_DESCRIPTIONS.packageFolder },
  version: { description: "The version the section is for (such as the plan's next-version)." },
  write: true,
  'notes-only': true,
  surface: {
    description:
      'Add an "MCP surface" section: the tools added, changed and removed since the version on latest (both servers are started).',
  },
  registry: {
    description: `With {--surface}: the registry the version on latest is installed from (default: the config's registry, else ${NPM_REGISTRY_URL}).`,
  },
  repo: {
    description:
      'GitHub repository owner/name whose merged PRs make the entries (default: GITHUB_REPOSITORY in Actions; with GITHUB_TOKEN); without it the entries come from the commits.',
  },
  config: { description: SHARED_DESCRIPTIONS.configInRepository },
  'fail-on': { description: 'Accepted like every command takes it; changelog reports no findings.' },
});
type Input = z.infer<typeof OPTIONS.schema>;

export const changelogCommand: CommandSpec<Input> = defineCommand({
  name: 'changelog',
  summary:
    'The Keep a Changelog section for a version, from the merged PRs (or commits) since the last tag; --write puts it in CHANGELOG.md, --notes-only prints the release notes.',
  positional: 'directory',
  options: OPTIONS,
  outputs: {
    'changelog-file': 'Path of CHANGELOG.md.',
    notes: 'The section body (the GitHub release notes), markdown.',
    entries: 'Number of entries in the section.',
    since: 'The previous tag the changes are counted from (empty for the first release).',
    changed: '"true" when {--write} changed CHANGELOG.md.',
  },
  run: changelog,
});

/** Today in UTC, or SOURCE_DATE_EPOCH's day for reproducible output. */
export function releaseDate(sourceDateEpoch: string | undefined, now: Date): string {
  const epoch = Number(sourceDateEpoch);
  return new Date(Number.isFinite(epoch) && sourceDateEpoch ? epoch * 1000 : now.getTime()).toISOString().slice(0, 10);
}

export interface ChangelogResult {
  file: string;
  section: string;
  notes: string;
  entries: number;
  since?: string;
  changed: boolean;
  categoriesSource: string;
  surfaceNote?: string;
}

/** Shared with `version`: render the section and, when asked, write it. */
/** "MCP surface" lines: the tools added, changed and removed since the version on latest. */
async function surfaceLines(
  target: ReleaseTarget,
  registry: string | undefined,
  context: RunContext,
): Promise<{ lines: string[]; note: string }> {
  const reg = registry ?? target.registry;
  const latest = (await context.adapters.npmRegistry.packageState(reg, target.name).catch(() => undefined))?.distTags
    .latest;
  if (!latest) return { lines: [], note: 'MCP surface: no latest version to compare with' };
  const before = await captureSurface(`${target.name}@${latest}`, { registry: reg }, context, 'changelog');
  const after = await captureSurface(target.dir, {}, context, 'changelog');
  if (!before.surface || !after.surface)
    return { lines: [], note: 'MCP surface: not compared (a server did not start)' };
  const lines = surfaceChangelogLines(diffSurfaces(before.surface, after.surface));
  return { lines, note: `MCP surface: compared with ${target.name}@${latest}` };
}

export async function buildChangelog(
  target: ReleaseTarget,
  version: string,
  write: boolean,
  repo: string | undefined,
  context: RunContext,
  surface?: { registry?: string },
): Promise<ChangelogResult> {
  const { fs } = context.adapters;
  const gh = githubTarget(repo, context.settings);
  const github = gh ? { client: await context.adapters.github.client(gh), target: gh } : undefined;
  const gathered = await gatherEntries(context.adapters.git, target, github);
  const { categories, source } = await loadCategories(context, target.repoRoot, target.labels.skip);
  const repositoryUrl = gh ? `${context.settings.github.serverUrl}/${gh.owner}/${gh.repo}` : undefined;
  const mcp = surface ? await surfaceLines(target, surface.registry, context) : undefined;
  const section = renderSection({
    version,
    date: releaseDate(context.settings.sourceDateEpoch, context.adapters.clock.now()),
    entries: gathered.entries,
    categories,
    ...(repositoryUrl ? { repositoryUrl } : {}),
    extra: mcp?.lines.length ? [{ title: 'MCP surface', lines: mcp.lines }] : [],
  });
  const file = path.join(target.dir, 'CHANGELOG.md');
  const existing = await fs.readFile(file, 'utf8').catch(() => undefined);
  // Notes come from the file when it already has this version: what was committed is what GitHub shows.
  const written = existing !== undefined && !write ? extractSection(existing, version) : undefined;
  const notes = written ?? (extractSection(section, version) as string);
  let changed = false;
  if (write) {
    const next = insertSection(existing, version, section);
    changed = next !== existing;
    if (changed) await fs.writeFile(file, next);
  }
  return {
    file,
    section,
    notes,
    entries: includedEntries(gathered.entries, categories).length,
    ...(gathered.since ? { since: gathered.since } : {}),
    changed,
    categoriesSource: source,
    ...(mcp ? { surfaceNote: mcp.note } : {}),
  };
}

async function changelog(input: Input, context: RunContext): Promise<Report> {
  const started = performance.now();
  if (input.write && input['notes-only'])
    throw new UsageError('changelog: --write and --notes-only do not go together (write first, then print the notes)');
  const target = await openReleaseTarget(context, input.directory, input.config, 'changelog');
  const result = await buildChangelog(
    target,
    input.version,
    Boolean(input.write),
    input.repo,
    context,
    input.surface ? { ...(input.registry ? { registry: input.registry } : {}) } : undefined,
  );
  const notes = [
    `${result.entries} entries since ${result.since ?? 'the first commit'}; sections from ${result.categoriesSource}`,
    ...(result.surfaceNote ? [result.surfaceNote] : []),
  ];
  if (input.write)
    notes.push(`${path.relative(context.cwd, result.file)}: ${result.changed ? 'written' : 'already up to date'}`);
  const report = aggregateReport(
    'changelog',
    [
      {
        name: target.name,
        version: input.version,
        dir: path.relative(context.cwd, target.dir) || '.',
        ok: true,
        findings: [],
      },
    ],
    { total: Math.round(performance.now() - started) },
    notes,
    {
      'changelog-file': result.file,
      notes: result.notes,
      entries: String(result.entries),
      since: result.since ?? '',
      changed: String(result.changed),
    },
  );
  if (input['notes-only']) return { ...report, text: result.notes };
  return input.write ? report : { ...report, text: result.section };
}

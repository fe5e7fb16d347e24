import path from 'node:path';
import { extractSection, includedEntries, insertSection, renderSection } from '../release/changelog.js';
import { githubTarget } from '../github/client.js';
import { gatherEntries } from '../release/entries.js';
import type { ReleaseTarget } from '../release/release-target.js';
import { diffSurfaces, surfaceChangelogLines } from '../surface/diff.js';
import { loadCategories } from './release-target.js';
import { captureSurface } from './surface-capture.js';
import type { RunContext } from './types.js';

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
  /** Said when the entries were gathered under a bound (GitHub lookups), see release/entries. */
  bound?: string;
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
    ...(gathered.bound ? { bound: gathered.bound } : {}),
  };
}

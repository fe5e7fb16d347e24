import path from 'node:path';
import type { z } from 'zod';
import { UsageError } from '../errors.js';
import type { Report } from '../report/model.js';
import { openReleaseTarget } from './release-target.js';
import type { RunContext } from './types.js';
import { defineCommand, pickOptions } from './define-command.js';
import { NPM_REGISTRY_URL, SHARED_DESCRIPTIONS } from './option-catalog.js';
import { aggregateReport } from './packages.js';
import { buildChangelog } from './changelog-build.js';
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
    ...(result.bound ? [result.bound] : []),
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

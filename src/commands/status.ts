import path from 'node:path';
import semver from 'semver';
import type { z } from 'zod';
import { describeGitHubError, githubSkipReason, githubTarget } from '../github/client.js';
import { finalTag } from '../release/bump.js';
import { tokenExpiryFindings } from '../release/doctor-checks.js';
import { tokenExpiries } from '../release/doctor.js';
import { versionFacts } from '../release/release-state.js';
import { previousTag } from '../release/entries.js';
import { withSlash } from '../release/release-target.js';
import { isOk, type Finding, type Report, type ReportTable } from '../report/model.js';
import { rateAll } from '../rules.js';
import { defineCommand, pickOptions } from './define-command.js';
import { SHARED_DESCRIPTIONS } from './option-catalog.js';
import { aggregateReport } from './packages.js';
import { openReleaseTarget } from './release-target.js';
import type { CommandSpec, RunContext } from './types.js';

const OPTIONS = pickOptions({
  directory: { description: SHARED_DESCRIPTIONS.packageFolder },
  registry: true,
  repo: true,
  config: { description: SHARED_DESCRIPTIONS.configInRepository },
  'fail-on': { description: SHARED_DESCRIPTIONS.failOnError },
});
type Input = z.infer<typeof OPTIONS.schema>;

/** Versions listed in the table: the newest ones (the JSON output has them all). */
const SHOWN_VERSIONS = 10;

export const statusCommand: CommandSpec<Input> = defineCommand({
  name: 'status',
  summary:
    'Where the package stands: dist-tags, versions with their deprecations, the last GitHub release, commits since the last tag, the state of the newest version.',
  positional: 'directory',
  options: OPTIONS,
  outputs: {
    'dist-tags': 'JSON object of the dist-tags.',
    newest: 'The highest version on the registry.',
    'newest-state':
      'The state of the newest version: staged (on the staging tag), promoted (on its final tag), rolled-back (deprecated) or published (on neither tag).',
    deprecated: 'JSON object of deprecated versions and their messages.',
    'last-release': 'The tag of the most recently created GitHub release (drafts included when the token sees them).',
    'commits-since-tag': 'Commits on the package since its last tag (every commit, uncapped).',
    'last-tag':
      "The package's previous release tag, in whichever style the repository uses (v1.2.3, 1.2.3, name@1.2.3, name-v1.2.3, the tagFormat); empty when it has none.",
  },
  run: status,
});

async function status(input: Input, context: RunContext): Promise<Report> {
  const started = performance.now();
  const { git, npmRegistry } = context.adapters;
  const target = await openReleaseTarget(context, input.directory, input.config, 'status');
  const registry = withSlash(input.registry ?? target.registry);
  const findings: Finding[] = [];
  const notes: string[] = [];
  const outputs: Record<string, string> = {};
  const tables: ReportTable[] = [];
  try {
    const state = await npmRegistry.packageState(registry, target.name);
    const versions = Object.keys(state.versions)
      .filter((v) => semver.valid(v))
      .sort(semver.rcompare);
    const newest = versions[0];
    const deprecated = Object.fromEntries(
      versions.filter((v) => state.versions[v]?.deprecated).map((v) => [v, state.versions[v]?.deprecated as string]),
    );
    Object.assign(outputs, {
      'dist-tags': JSON.stringify(state.distTags),
      deprecated: JSON.stringify(deprecated),
      ...(newest
        ? { newest, 'newest-state': versionFacts(state, newest, target.stagingTag, finalTag(newest)).state }
        : {}),
    });
    tables.push({
      title: 'dist-tags',
      columns: ['tag', 'version'],
      rows: Object.entries(state.distTags)
        .sort()
        .map(([tag, v]) => [tag, v]),
    });
    tables.push({
      title: `Versions (newest ${Math.min(SHOWN_VERSIONS, versions.length)} of ${versions.length})`,
      columns: ['version', 'state', 'dist-tags', 'deprecated'],
      rows: versions.slice(0, SHOWN_VERSIONS).map((v) => {
        const facts = versionFacts(state, v, target.stagingTag, finalTag(v));
        return [v, facts.state, facts.tags.join(', '), facts.deprecated ?? ''];
      }),
    });
    if (!state.exists) notes.push(`${target.name} is not on ${registry} yet`);
  } catch (error) {
    findings.push(
      ...rateAll([{ rule: 'status/registry-unreachable', message: (error as Error).message }], target.config.rules),
    );
  }
  // The release's npm tokens: an expired or soon-expiring one fails the next promote or rollback.
  const tokenExpiry = await tokenExpiries(registry, context.settings.credentials, (reg, token) =>
    npmRegistry.tokenExpiry(reg, token),
  );
  const expiry = tokenExpiryFindings({ tokenExpiry }, context.adapters.clock.now());
  findings.push(...rateAll(expiry.findings, target.config.rules));
  notes.push(...expiry.notes);
  const since = await previousTag(git, target);
  const count = await git.countCommits(target.repoRoot, since?.tag, target.relativeDir ? [target.relativeDir] : []);
  outputs['last-tag'] = since?.tag ?? '';
  if (count === undefined) notes.push('commits since the last tag: unknown (git could not count them here)');
  else {
    outputs['commits-since-tag'] = String(count);
    notes.push(
      `${count} commit(s) since ${since ? `${since.tag}${since.scope === 'repository' ? ' (a repository-wide tag)' : ''}` : 'the first commit'}`,
    );
  }

  const gh = githubTarget(input.repo, context.settings);
  if (!gh) notes.push(`GitHub: not asked (${githubSkipReason(input.repo, context.settings)})`);
  else {
    try {
      const github = await context.adapters.github.client(gh);
      const { data } = await github.rest.repos.listReleases({ owner: gh.owner, repo: gh.repo, per_page: 1 });
      const last = data[0];
      if (last) {
        outputs['last-release'] = last.tag_name;
        notes.push(
          `last GitHub release: ${last.tag_name}${last.draft ? ' (draft)' : ''}${last.prerelease ? ' (prerelease)' : ''} ${last.html_url}`,
        );
      } else notes.push('no GitHub release yet');
    } catch (error) {
      findings.push(
        ...rateAll(
          [{ rule: 'status/github-failed', message: describeGitHubError(error, 'listing releases', 'contents: read') }],
          target.config.rules,
        ),
      );
    }
  }
  return aggregateReport(
    'status',
    [
      {
        name: target.name,
        version: target.version,
        dir: path.relative(context.cwd, target.dir) || '.',
        ok: isOk(findings, input['fail-on'] ?? 'error'),
        findings,
        tables,
      },
    ],
    { total: Math.round(performance.now() - started) },
    notes,
    outputs,
  );
}

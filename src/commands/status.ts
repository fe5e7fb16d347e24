import path from 'node:path';
import semver from 'semver';
import { z } from 'zod';
import { registryUrl } from '../config/registry-url.js';
import { commitsSince, lastTag } from '../adapters/git.js';
import { finalTag } from '../release/bump.js';
import { tokenExpiryFindings } from '../release/doctor-checks.js';
import { tokenExpiries } from '../release/doctor.js';
import { readPackageState } from '../release/registry.js';
import { versionFacts } from '../release/release-state.js';
import { gitTagGlob, openReleaseTarget, withSlash } from '../release/release-target.js';
import { isOk, type Finding, type Report, type ReportTable } from '../report/model.js';
import { rateAll } from '../rules.js';
import { CONFIG_OPTION, configAndFailOnShape, DIRECTORY_OPTION, FAIL_ON_OPTION } from './common-inputs.js';
import { aggregateReport, PACKAGE_OUTPUTS } from './packages.js';
import { REPO_OPTION, repoShape } from './plan.js';
import type { CommandSpec, OptionSpec, RunContext } from './types.js';

const inputSchema = z.object({
  directory: z.string().min(1).default('.'),
  registry: registryUrl.optional(),
  ...repoShape,
  ...configAndFailOnShape,
});
type Input = z.infer<typeof inputSchema>;

const OPTIONS: readonly OptionSpec[] = [
  DIRECTORY_OPTION,
  {
    name: 'registry',
    type: 'string',
    description: 'Registry URL (default: the config registry, else https://registry.npmjs.org/).',
  },
  REPO_OPTION,
  CONFIG_OPTION,
  FAIL_ON_OPTION,
];

/** Versions listed in the table: the newest ones (the JSON output has them all). */
const SHOWN_VERSIONS = 10;

export const statusCommand: CommandSpec<Input> = {
  name: 'status',
  aliases: [],
  summary:
    'Where the package stands: dist-tags, versions with their deprecations, the last GitHub release, commits since the last tag, the state of the newest version.',
  positional: { name: 'DIR', option: 'directory' },
  options: OPTIONS,
  outputs: {
    ...PACKAGE_OUTPUTS,
    'dist-tags': 'status: JSON object of the dist-tags.',
    newest: 'status: the highest version on the registry.',
    'newest-state': 'status: absent, staged, promoted, rolled-back or published.',
    deprecated: 'status: JSON object of deprecated versions and their messages.',
    'last-release': 'status: the newest GitHub release tag.',
    'commits-since-tag': 'status: commits on the package since its last tag.',
  },
  inputSchema,
  run: status,
};

async function status(input: Input, context: RunContext): Promise<Report> {
  const started = performance.now();
  const target = await openReleaseTarget(context.cwd, input.directory, input.config, 'status');
  const registry = withSlash(input.registry ?? target.registry);
  const findings: Finding[] = [];
  const notes: string[] = [];
  const outputs: Record<string, string> = {};
  const tables: ReportTable[] = [];
  try {
    const state = await readPackageState(registry, target.name);
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
  const expiry = tokenExpiryFindings({ tokenExpiry: await tokenExpiries(registry, context.parentEnv) }, new Date());
  findings.push(...rateAll(expiry.findings, target.config.rules));
  notes.push(...expiry.notes);
  const since = await lastTag(target.repoRoot, gitTagGlob(target));
  const commits = await commitsSince(target.repoRoot, since, target.relativeDir ? [target.relativeDir] : []);
  outputs['commits-since-tag'] = String(commits.length);
  notes.push(`${commits.length} commit(s) since ${since ?? 'the first commit'}`);

  const { createGitHub, describeGitHubError, githubSkipReason, githubTarget } = await import('../github/client.js');
  const gh = githubTarget(input.repo, context);
  if (!gh) notes.push(`GitHub: not asked (${githubSkipReason(input.repo, context)})`);
  else {
    try {
      const github = await createGitHub(gh, context.parentEnv);
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

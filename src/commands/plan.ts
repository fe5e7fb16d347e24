import path from 'node:path';
import semver from 'semver';
import type { z } from 'zod';
import { UsageError } from '../errors.js';
import { describeGitHubError, githubSkipReason, githubTarget } from '../github/client.js';
import { checkState, getPull, mergedPullForCommit } from '../github/pulls.js';
import { isReadOnlyRefusal, upsertStickyComment } from '../github/sticky-comment.js';
import {
  behindRegistryMessage,
  checkExactVersion,
  decideFromLabels,
  finalTag,
  nextVersion,
  type Bump,
} from '../release/bump.js';
import { renderNotes } from '../release/changelog.js';
import { bumpOfCommits } from '../release/conventional.js';
import { entryFromPull, gatherEntries } from '../release/entries.js';
import { planMarkdown } from '../release/plan-markdown.js';
import { findReleaseCommit, releasedBySubject, type ReleaseCommit } from '../release/release-commit.js';
import { gitTagFor, withSlash, type ReleaseTarget } from '../release/release-target.js';
import { isOk, type Finding, type Report } from '../report/model.js';
import { escapeMarkdownInline } from '../util/markdown.js';
import { rateAll } from '../rules.js';
import { diffMarkdown, diffSurfaces, maxImpact, surfaceChangelogLines } from '../surface/diff.js';
import { defineCommand, pickOptions } from './define-command.js';
import { NPM_REGISTRY_URL, SHARED_DESCRIPTIONS, versionInput } from './option-catalog.js';
import { aggregateReport } from './packages.js';
import { loadCategories, openReleaseTarget } from './release-target.js';
import { captureSurface } from './surface-capture.js';
import type { CommandSpec, RunContext } from './types.js';

const OPTIONS = pickOptions({
  directory: { description: SHARED_DESCRIPTIONS.packageFolder },
  pr: true,
  labels: true,
  bump: {
    description: 'Override the labels (workflow_dispatch): major, minor, patch or prerelease.',
  },
  version: {
    description:
      "An exact next version instead of the one the labels decide (a workflow_dispatch override): not lower than package.json's and not yet published.",
    schema: versionInput().optional(),
  },
  sha: { description: 'The pushed commit whose merged PR decides (default: GITHUB_SHA, else HEAD).' },
  registry: {
    description: `Registry whose published versions the next version is checked against (default: the config's registry, else ${NPM_REGISTRY_URL}).`,
  },
  comment: true,
  surface: {
    description:
      'Compare the MCP surface of this package with the one on latest and fail when the bump is smaller than the change needs.',
  },
  'surface-from': true,
  repo: true,
  config: { description: SHARED_DESCRIPTIONS.configInRepository },
  'fail-on': { description: SHARED_DESCRIPTIONS.failOnFromConfig },
});
type Input = z.infer<typeof OPTIONS.schema>;

export const planCommand: CommandSpec<Input> = defineCommand({
  name: 'plan',
  summary:
    'The release plan: release label (or override, or conventional commits) -> next version, dist-tag path and changelog; optionally a sticky PR comment.',
  positional: 'directory',
  options: OPTIONS,
  outputs: {
    release: '"true" when this change releases a version, else "false".',
    'next-version': 'The version to release.',
    'current-version': 'The version in package.json.',
    bump: 'major, minor, patch or prerelease (empty for an exact version).',
    source:
      'What decided: resumed (a re-run finds its release commit), version, bump, labels, pr, merged-pr, conventional-commits or none.',
    'staging-tag': "The dist-tag the version is published under first (the config's stagingTag, else next).",
    'final-tag': 'The dist-tag promotion moves it to (latest; the prerelease id for prereleases).',
    'git-tag': 'The git tag the release will get (v1.2.3, or name@1.2.3 in a monorepo).',
    pr: 'The PR that decided, when one did.',
    'release-commit':
      'With source resumed: the release commit already on the branch for the pushed commit (a re-run resumes that release).',
    'surface-impact': 'With {--surface}: the bump the MCP surface change needs: none, patch, minor or major.',
  },
  run: plan,
});

interface Decision {
  source: string;
  bump?: Bump;
  exact?: string;
  label?: string;
  pr?: number;
  reason: string;
  conflict?: string[];
  /** A re-run: the branch already holds the release commit of the pushed commit. */
  resumed?: ReleaseCommit;
}

/** Precedence: exact version > bump override > --labels > a PR's labels > the merged PR of the pushed commit > conventional commits. */
async function decide(
  input: Input,
  context: RunContext,
  gh: Awaited<ReturnType<typeof connect>>,
  labelsOf: (labels: string[]) => ReturnType<typeof decideFromLabels>,
  commitsBump: () => Promise<Bump | undefined>,
  resume: () => Promise<ReleaseCommit | undefined>,
  releaseName: string,
): Promise<Decision> {
  // First, since a re-run must release what the first attempt committed, whatever decided then.
  const resumed = await resume();
  if (resumed)
    return {
      source: 'resumed',
      exact: resumed.version,
      resumed,
      reason: `the branch already holds ${resumed.sha.slice(0, 12)}, the release commit of ${resumed.version} for this pushed commit (a re-run): resuming it`,
    };
  if (input.version) return { source: 'version', exact: input.version, reason: `version ${input.version} given` };
  if (input.bump) return { source: 'bump', bump: input.bump, reason: `bump ${input.bump} given` };
  const fromLabels = (labels: string[], source: string, pr?: number): Decision => {
    const decision = labelsOf(labels);
    const where = pr ? `PR #${pr}` : 'the labels';
    if (decision.kind === 'conflict')
      return {
        source,
        conflict: decision.labels,
        ...(pr ? { pr } : {}),
        reason: `${where} has conflicting release labels`,
      };
    if (decision.kind === 'skip')
      return { source, label: decision.label, ...(pr ? { pr } : {}), reason: `${where} is labelled ${decision.label}` };
    if (decision.kind === 'none') return { source, ...(pr ? { pr } : {}), reason: `${where} has no release label` };
    return {
      source,
      bump: decision.bump,
      label: decision.label,
      ...(pr ? { pr } : {}),
      reason: `${where} is labelled ${decision.label}`,
    };
  };
  if (input.labels !== undefined)
    return fromLabels(
      input.labels
        .split(',')
        .map((l) => l.trim())
        .filter(Boolean),
      'labels',
    );
  const { git } = context.adapters;
  const { github: run } = context.settings;
  const prNumber = input.pr ? Number(input.pr) : pullFromRef(run.ref);
  if (prNumber && gh) {
    const pull = await gh.call(`reading PR #${prNumber}`, 'pull-requests: read', () =>
      getPull(gh.client, gh.target, prNumber),
    );
    return fromLabels(pull.labels, 'pr', prNumber);
  }
  if (!prNumber) {
    // A release commit pushed with a token that starts workflows (RELEASE_TOKEN) runs this workflow
    // again: that push is a release itself (of this package or, in a monorepo's matrix, of another
    // leg's), not a change to release.
    const pushed = input.sha ?? run.sha;
    const released = pushed ? releasedBySubject((await git.commitSubject(context.cwd, pushed)) ?? '') : undefined;
    if (released)
      return {
        source: 'none',
        reason: `the pushed commit is the release commit of ${released.name}@${released.version}${released.name === releaseName ? '' : ` (another package)`}: nothing new to release`,
      };
  }
  if (!prNumber && gh) {
    const sha = input.sha ?? run.sha ?? (await git.headCommit(context.cwd));
    if (sha) {
      const pull = await gh.call(`finding the merged PR of ${sha.slice(0, 12)}`, 'pull-requests: read', () =>
        mergedPullForCommit(gh.client, gh.target, sha),
      );
      if (pull) return fromLabels(pull.labels, 'merged-pr', pull.number);
    }
  }
  const bump = await commitsBump();
  return bump
    ? { source: 'conventional-commits', bump, reason: `conventional commits since the last tag call for ${bump}` }
    : { source: 'none', reason: 'no release label, and no feat/fix/breaking commit since the last tag' };
}

/**
 * On a push (not a PR), the release commit an earlier attempt of this run
 * already put on the branch for the pushed commit, found by its Release-Of
 * trailer on the fetched remote branch.
 */
async function resumableRelease(
  input: Input,
  context: RunContext,
  target: ReleaseTarget,
): Promise<ReleaseCommit | undefined> {
  const { github: run } = context.settings;
  const { git } = context.adapters;
  if (input.pr || pullFromRef(run.ref)) return undefined;
  const sha = input.sha ?? run.sha;
  if (!sha) return undefined;
  const branch =
    run.ref?.startsWith('refs/heads/') && run.refName ? run.refName : await git.currentBranch(target.repoRoot);
  if (!branch) return undefined;
  return findReleaseCommit(git, { cwd: target.repoRoot, branch, name: target.name, releaseOf: sha });
}

function pullFromRef(ref: string | undefined): number | undefined {
  const match = /^refs\/pull\/(\d+)\//.exec(ref ?? '');
  return match ? Number(match[1]) : undefined;
}

async function connect(input: Input, context: RunContext) {
  const target = githubTarget(input.repo, context.settings);
  if (!target) return undefined;
  const client = await context.adapters.github.client(target);
  return {
    client,
    target,
    /** Runs one GitHub step; its failure becomes one clear line. */
    async call<T>(action: string, permission: string, step: () => Promise<T>): Promise<T> {
      try {
        return await step();
      } catch (error) {
        throw new GitHubStepError(describeGitHubError(error, action, permission));
      }
    },
  };
}

export class GitHubStepError extends Error {
  override readonly name = 'GitHubStepError';
}

async function plan(input: Input, context: RunContext): Promise<Report> {
  const started = performance.now();
  const target = await openReleaseTarget(context, input.directory, input.config, 'plan');
  const registry = withSlash(input.registry ?? target.registry);
  const findings: Finding[] = [];
  const notes: string[] = [];
  const finding = (rule: string, message: string): void =>
    void findings.push(
      ...rateAll(
        [{ rule, message, file: path.relative(context.cwd, path.join(target.dir, 'package.json')) }],
        target.config.rules,
      ),
    );
  const gh = await connect(input, context);
  if (!gh)
    notes.push(
      `GitHub: not asked (${githubSkipReason(input.repo, context.settings)}); labels from --labels, else conventional commits`,
    );

  const outputs: Record<string, string> = {
    release: 'false',
    'current-version': target.version,
    'staging-tag': target.stagingTag,
  };
  const done = () =>
    aggregateReport(
      'plan',
      [
        {
          name: target.name,
          version: target.version,
          dir: path.relative(context.cwd, target.dir) || '.',
          ok: isOk(findings, input['fail-on'] ?? target.config.failOn ?? 'error'),
          findings,
          tables: [
            {
              title: 'Release plan',
              columns: ['', ''],
              rows: Object.entries(outputs)
                .filter(([k]) => k !== 'packages')
                .map(([k, v]) => [k, v]),
            },
          ],
        },
      ],
      { total: Math.round(performance.now() - started) },
      notes,
      outputs,
    );

  let gathered: Awaited<ReturnType<typeof gatherEntries>> | undefined;
  const entries = async () => (gathered ??= await gatherEntries(context.adapters.git, target));
  let decision: Decision;
  try {
    decision = await decide(
      input,
      context,
      gh,
      (labels) => decideFromLabels(labels, target.labels),
      async () =>
        bumpOfCommits(
          (await entries()).entries.map((e) => ({
            ...(e.type ? { type: e.type } : {}),
            breaking: e.breaking,
            subject: e.title,
          })),
        ),
      () => resumableRelease(input, context, target),
      target.name,
    );
  } catch (error) {
    if (!(error instanceof GitHubStepError)) throw error;
    finding('plan/github-failed', error.message);
    return done();
  }
  Object.assign(outputs, {
    source: decision.source,
    ...(decision.pr ? { pr: String(decision.pr) } : {}),
    ...(decision.resumed ? { 'release-commit': decision.resumed.sha } : {}),
  });
  notes.push(`decided by ${decision.source}: ${decision.reason}`);
  if (decision.conflict) {
    finding(
      'plan/conflicting-labels',
      `${decision.pr ? `PR #${decision.pr}` : 'The change'} has ${decision.conflict.length} release labels (${decision.conflict.join(', ')}): keep exactly one`,
    );
    return done();
  }
  if (!decision.bump && !decision.exact) return done();

  let published: string[];
  let latestOnRegistry: string | undefined;
  try {
    const state = await context.adapters.npmRegistry.packageState(registry, target.name);
    published = Object.keys(state.versions);
    latestOnRegistry = state.distTags.latest;
  } catch (error) {
    finding(
      'plan/registry-unreachable',
      `${(error as Error).message}: the next version cannot be checked against what is published`,
    );
    return done();
  }
  let next: string;
  if (decision.resumed) {
    // The failed attempt may have published it already: that is the point of resuming, not a conflict.
    next = decision.resumed.version;
  } else if (decision.exact) {
    const problem = checkExactVersion(decision.exact, target.version, published);
    if (problem) throw new UsageError(`plan: --version: ${problem}`);
    next = decision.exact;
  } else {
    next = nextVersion({
      current: target.version,
      bump: decision.bump as Bump,
      preid: target.preid,
      published,
      latest: latestOnRegistry,
    });
  }
  const behind = behindRegistryMessage(target.version, latestOnRegistry, registry);
  if (behind) finding('plan/behind-registry', behind);
  Object.assign(outputs, {
    release: 'true',
    'next-version': next,
    bump: decision.bump ?? '',
    'final-tag': finalTag(next),
    'git-tag': gitTagFor(target, next),
  });

  // The MCP surface guard: what the server's API change needs, against what the label gives.
  const surfaceCheck =
    input.surface || input['surface-from']
      ? await checkSurface({
          target,
          registry,
          latest: latestOnRegistry,
          current: target.version,
          next,
          context,
          ...(input.config ? { config: input.config } : {}),
          ...(input['surface-from'] ? { surfaceFile: input['surface-from'] } : {}),
        })
      : undefined;
  if (surfaceCheck) {
    notes.push(...surfaceCheck.notes);
    if (surfaceCheck.impact) outputs['surface-impact'] = surfaceCheck.impact;
    if (surfaceCheck.problem)
      finding(
        'plan/surface-bump-too-small',
        `${decision.label ? `This change is labelled ${decision.label}` : `This change bumps ${target.version} to ${next}`}, but ${surfaceCheck.problem}`,
      );
  }

  if (input.comment) {
    const pr = decision.pr ?? (input.pr ? Number(input.pr) : undefined);
    if (!gh || !pr) notes.push(`comment: not written (${gh ? 'no PR number' : 'no GitHub repository and token'})`);
    else {
      const { categories } = await loadCategories(context, target.repoRoot, target.labels.skip);
      try {
        const pull = await gh.call(`reading PR #${pr}`, 'pull-requests: read', () => getPull(gh.client, gh.target, pr));
        const sha = input.sha ?? context.settings.github.sha ?? (await context.adapters.git.headCommit(context.cwd));
        const checks = sha
          ? await gh
              .call('reading the checks', 'checks: read', () => checkState(gh.client, gh.target, sha))
              .catch(() => undefined)
          : undefined;
        const preview = renderNotes({
          entries: [...(await entries()).entries.filter((e) => e.pr !== pr), entryFromPull(pull)],
          categories,
          repositoryUrl: `https://github.com/${gh.target.owner}/${gh.target.repo}`,
          extra: surfaceCheck?.changelog ? [{ title: 'MCP surface', lines: surfaceCheck.changelog }] : [],
        });
        const problems = findings
          .filter((f) => f.rule === 'plan/surface-bump-too-small')
          .map((f) => escapeMarkdownInline(f.message));
        const body = planMarkdown({
          name: target.name,
          current: target.version,
          next,
          bump: decision.bump,
          label: decision.label,
          stagingTag: target.stagingTag,
          finalTag: finalTag(next),
          gitTag: gitTagFor(target, next),
          notes: `${preview}${surfaceCheck?.table ? `\n**MCP surface** (against ${surfaceCheck.against ?? 'latest'}):\n\n${surfaceCheck.table}` : ''}`,
          checks,
          problems,
        });
        const result = await writeComment(
          () => upsertStickyComment(gh.client, gh.target, pr, `plan:${target.name}`, body),
          `writing the plan comment on PR #${pr}`,
        );
        notes.push(result ? `comment on PR #${pr}: ${result.action}` : READ_ONLY_COMMENT_NOTE);
        if (result?.ignored.length)
          notes.push(
            `comment on PR #${pr}: a comment with the plan's marker by ${result.ignored.join(', ')} was left alone (not written by this token, so not ours to edit)`,
          );
      } catch (error) {
        if (!(error instanceof GitHubStepError)) throw error;
        finding('plan/github-failed', error.message);
      }
    }
  }
  return done();
}

const READ_ONLY_COMMENT_NOTE =
  'comment not written: the token is read-only for pull requests from forks (GitHub gives fork PRs a read-only GITHUB_TOKEN); the plan is in the job summary';

/**
 * Writes the sticky comment. A 403 there is GitHub giving a fork's (or
 * Dependabot's) PR a read-only token, which no workflow setting can change:
 * undefined (a note), not a failing step. Other failures stay errors.
 */
async function writeComment<T>(write: () => Promise<T>, action: string): Promise<T | undefined> {
  try {
    return await write();
  } catch (error) {
    if (isReadOnlyRefusal(error)) return undefined;
    throw new GitHubStepError(describeGitHubError(error, action, 'pull-requests: write'));
  }
}

interface SurfaceCheck {
  notes: string[];
  impact?: string;
  problem?: string;
  table?: string;
  against?: string;
  changelog?: string[];
}

/**
 * The surface of this package (packed from the folder) against the version on
 * `latest`, installed from the registry. In 0.x, a breaking change needs only a
 * minor bump (semver's rule for initial development).
 */
async function checkSurface(options: {
  target: ReleaseTarget;
  registry: string;
  latest?: string;
  current: string;
  next: string;
  context: RunContext;
  config?: string;
  surfaceFile?: string;
}): Promise<SurfaceCheck> {
  const { target, latest, next } = options;
  if (!latest) return { notes: [`surface: skipped, ${target.name} has no latest on the registry yet (a new package)`] };
  const against = `${target.name}@${latest}`;
  const before = await captureSurface(against, { registry: options.registry }, options.context, 'plan');
  // From a file: the PR's code was built and started in another job, one that holds no write token.
  if (
    options.surfaceFile &&
    !(
      /\.json$/.test(options.surfaceFile) &&
      (
        await options.context.adapters.fs
          .stat(path.resolve(options.context.cwd, options.surfaceFile))
          .catch(() => undefined)
      )?.isFile()
    )
  ) {
    throw new UsageError(
      `plan: --surface-from: ${options.surfaceFile} is not a .json file (write one with \`mcp-release surface DIR --out FILE.json\`)`,
    );
  }
  const after = await captureSurface(
    options.surfaceFile ?? target.dir,
    options.config ? { config: options.config } : {},
    options.context,
    'plan',
  );
  if (!before.surface || !after.surface)
    return {
      notes: [
        `surface: not compared (${!before.surface ? `${against} did not start` : 'this package did not start'}; the smoke check says why)`,
      ],
    };
  const changes = diffSurfaces(before.surface, after.surface);
  const impact = maxImpact(changes);
  const base = semver.valid(latest) ?? options.current;
  // What the version step gives, in the surface's terms: a premajor still announces a major, a prerelease bump a patch.
  const GIVEN: Record<string, number> = {
    major: 3,
    premajor: 3,
    minor: 2,
    preminor: 2,
    patch: 1,
    prepatch: 1,
    prerelease: 1,
  };
  const RANK: Record<string, number> = { none: 0, patch: 1, minor: 2, major: 3 };
  const given = GIVEN[semver.diff(base, next) ?? ''] ?? 0;
  // 0.x: breaking changes go in minors.
  const needed = semver.major(base) === 0 && impact === 'major' ? 'minor' : impact;
  const check: SurfaceCheck = {
    notes: [`surface: ${changes.length} change(s) against ${against}, the largest ${impact}`],
    impact,
    table: diffMarkdown(changes),
    against,
    changelog: surfaceChangelogLines(changes),
  };
  if (given < (RANK[needed] ?? 0)) {
    const worst = changes
      .filter((c) => c.impact === impact)
      .slice(0, 3)
      .map((c) => `${c.kind} ${c.name}: ${c.reason}`);
    check.problem = `the MCP surface change needs a ${needed} release (${worst.join('; ')}); label it release:${needed}, or restore what changed`;
  }
  return check;
}

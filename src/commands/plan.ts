import path from 'node:path';
import semver from 'semver';
import type { z } from 'zod';
import { ConfigError, UsageError } from '../errors.js';
import { tagFormatCollision } from '../release/tag-styles.js';
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
import {
  commitsDecisionText,
  commitsVerdict,
  labelDecisionText,
  type CommitsVerdict,
} from '../release/plan-decision.js';
import { entryFromPull, gatherEntries } from '../release/entries.js';
import { planMarkdown, workspacePlanMarkdown, type WorkspacePlanView } from '../release/plan-markdown.js';
import {
  artifactSlug,
  dependentsToRelease,
  packagesOfPaths,
  parseMonorepoLabels,
  releasesFromLabels,
  releaseWhyText,
  type PlannedRelease,
  type WorkspacePackage,
} from '../release/monorepo-plan.js';
import { findReleaseCommit, releasedBySubject, type ReleaseCommit } from '../release/release-commit.js';
import { gitTagFor, withSlash, type ReleaseTarget } from '../release/release-target.js';
import { isOk, type Finding, type Report } from '../report/model.js';
import { escapeMarkdownInline } from '../util/markdown.js';
import { rateAll } from '../rules.js';
import { diffMarkdown, diffSurfaces, maxImpact, surfaceChangelogLines } from '../surface/diff.js';
import { packageKind, type PackageKind } from '../workspace/classify.js';
import { defineCommand, pickOptions } from './define-command.js';
import { NPM_REGISTRY_URL, SHARED_DESCRIPTIONS, versionInput } from './option-catalog.js';
import { aggregateReport, openWorkspace, skippedNotes, type Workspace } from './packages.js';
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
  base: true,
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
    releases:
      'JSON array of the released packages, each {"name","dir","current-version","next-version","bump","git-tag","staging-tag","final-tag","artifact"} (one package: that one, or []); the single outputs above describe the first.',
    changed:
      'JSON array {"name","dir","kind"} of the packages the change touches (paths changed since the merge base, plus internal dependents); all packages when that cannot be known.',
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
  /** The labels the decision was read from (a monorepo reads its per-package labels from them). */
  labels?: string[];
  /** A re-run: the branch already holds the release commit of the pushed commit. */
  resumed?: ReleaseCommit;
}

/** Precedence: exact version > bump override > --labels > a PR's labels > the merged PR of the pushed commit > conventional commits. */
async function decide(
  input: Input,
  context: RunContext,
  gh: Awaited<ReturnType<typeof connect>>,
  labelsOf: (labels: string[]) => ReturnType<typeof decideFromLabels>,
  commitsBump: () => Promise<CommitsVerdict & { many?: boolean }>,
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
      reason: `resumed: the branch already holds ${resumed.sha.slice(0, 12)}, the release commit of ${resumed.version} for this pushed commit (a re-run)`,
    };
  if (input.version)
    return { source: 'version', exact: input.version, reason: `decided by --version ${input.version}` };
  if (input.bump) return { source: 'bump', bump: input.bump, reason: `decided by --bump ${input.bump}` };
  const fromLabels = (labels: string[], source: 'labels' | 'pr' | 'merged-pr', pr?: number): Decision => {
    const decision = labelsOf(labels);
    const common = { source, labels, ...(pr ? { pr } : {}) };
    const reason = labelDecisionText({ source, ...(pr ? { pr } : {}) }, decision);
    if (decision.kind === 'conflict') return { ...common, conflict: decision.labels, reason };
    if (decision.kind === 'skip') return { ...common, label: decision.label, reason };
    if (decision.kind === 'none') return { ...common, reason };
    return { ...common, bump: decision.bump, label: decision.label, reason };
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
        reason: `no release: the pushed commit is the release commit of ${released.name}@${released.version}${released.name === releaseName ? '' : ` (another package)`}, nothing new to release`,
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
  const verdict = await commitsBump();
  const reason = commitsDecisionText(verdict, verdict.many);
  return verdict.bump ? { source: 'conventional-commits', bump: verdict.bump, reason } : { source: 'none', reason };
}

/** What decided, in the outputs and the notes (one package or many). */
function recordDecision(decision: Decision, outputs: Record<string, string>, notes: string[]): void {
  Object.assign(outputs, {
    source: decision.source,
    ...(decision.pr ? { pr: String(decision.pr) } : {}),
    ...(decision.resumed ? { 'release-commit': decision.resumed.sha } : {}),
  });
  notes.push(decision.reason);
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
  const workspace = await openWorkspace(input.directory, input.config, context);
  if (workspace.discovery.packages.length > 1) return planWorkspace(input, context, workspace, started);
  const only = workspace.discovery.packages[0];
  const target = await openReleaseTarget(
    context,
    only ? path.relative(context.cwd, only.dir) || '.' : input.directory,
    input.config,
    'plan',
  );
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
    releases: '[]',
    changed: JSON.stringify([
      {
        name: target.name,
        dir: target.relativeDir.split(path.sep).join('/') || '.',
        kind: await kindOf(context, target, only),
      },
    ]),
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
                .filter(([k]) => !['packages', 'releases', 'changed'].includes(k))
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
      async () => {
        const gathered = await entries();
        return commitsVerdict(
          gathered.entries.map((e) => ({
            ...(e.type ? { type: e.type } : {}),
            breaking: e.breaking,
            subject: e.title,
          })),
          gathered.since,
        );
      },
      () => resumableRelease(input, context, target),
      target.name,
    );
  } catch (error) {
    if (!(error instanceof GitHubStepError)) throw error;
    finding('plan/github-failed', error.message);
    return done();
  }
  recordDecision(decision, outputs, notes);
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
    releases: JSON.stringify([releaseEntry(target, next, decision.bump)]),
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

/** One entry of the releases output (the contract the release workflows' matrix reads). */
function releaseEntry(target: ReleaseTarget, next: string, bump: Bump | undefined): Record<string, string> {
  const dir = target.relativeDir.split(path.sep).join('/') || '.';
  return {
    name: target.name,
    dir,
    'current-version': target.version,
    'next-version': next,
    bump: bump ?? '',
    'git-tag': gitTagFor(target, next),
    'staging-tag': target.stagingTag,
    'final-tag': finalTag(next),
    artifact: artifactSlug(dir),
  };
}

/** The package's kind as discovery judged it (src/workspace/classify.ts decides, also for a folder given alone). */
async function kindOf(
  context: RunContext,
  target: Pick<ReleaseTarget, 'dir'>,
  discovered?: { kind?: PackageKind },
): Promise<PackageKind> {
  if (discovered?.kind) return discovered.kind;
  const { fs } = context.adapters;
  const manifest = await fs
    .readFile(path.join(target.dir, 'package.json'), 'utf8')
    .then((t) => JSON.parse(t) as unknown)
    .catch(() => ({}));
  const hasServerJson = Boolean(await fs.stat(path.join(target.dir, 'server.json')).catch(() => undefined));
  return packageKind(manifest, hasServerJson);
}

/** The fields of the GitHub event payload the change range comes from. */
interface EventFacts {
  baseSha?: string;
  baseRef?: string;
  pr?: number;
  before?: string;
}

async function readEvent(context: RunContext): Promise<EventFacts> {
  const file = context.settings.github.eventPath;
  if (!file) return {};
  const event = await context.adapters.fs
    .readFile(file, 'utf8')
    .then((t) => JSON.parse(t) as Record<string, unknown>)
    .catch(() => undefined);
  if (!event || typeof event !== 'object') return {};
  const pull = event.pull_request as { number?: unknown; base?: { sha?: unknown; ref?: unknown } } | undefined;
  const sha = (v: unknown) => (typeof v === 'string' && /^[0-9a-f]{40}$/.test(v) && !/^0+$/.test(v) ? v : undefined);
  const facts: EventFacts = {};
  const baseSha = sha(pull?.base?.sha);
  if (baseSha) facts.baseSha = baseSha;
  if (typeof pull?.base?.ref === 'string') facts.baseRef = pull.base.ref;
  if (typeof pull?.number === 'number') facts.pr = pull.number;
  const before = sha(event.before);
  if (before) facts.before = before;
  return facts;
}

/**
 * The paths the change touches: against --base (its merge base with HEAD);
 * on a PR, since the merge base of its base branch and HEAD; on a push, the
 * pushed range (the event's `before`, else the pushed commit's parent).
 * Undefined (with why) when the checkout cannot tell: then every package counts as changed.
 */
async function changedSince(
  input: Input,
  context: RunContext,
  repoRoot: string,
  isPull: boolean,
): Promise<{ paths: string[]; range: string } | { unknown: string }> {
  const { git } = context.adapters;
  const head = await git.resolveCommit(repoRoot, 'HEAD');
  if (!head) return { unknown: 'the folder is not a git checkout with commits' };
  const diff = async (from: string, label: string) => {
    const paths = await git.changedPaths(repoRoot, from, head);
    return paths ? { paths, range: label } : { unknown: `git could not diff ${label}` };
  };
  const sinceBaseOf = async (rev: string, label: string) => {
    const resolved = await git.resolveCommit(repoRoot, rev);
    if (!resolved) return undefined;
    const base = await git.mergeBase(repoRoot, resolved, head);
    return base ? diff(base, `the merge base of ${label} and HEAD (${base.slice(0, 12)})`) : undefined;
  };
  if (input.base) {
    const found =
      (await sinceBaseOf(input.base, input.base)) ?? (await sinceBaseOf(`origin/${input.base}`, input.base));
    return found ?? { unknown: `--base ${input.base} is not a commit of this checkout` };
  }
  const event = await readEvent(context);
  if (isPull) {
    const tries: [string, string][] = [];
    if (event.baseSha) tries.push([event.baseSha, `the PR's base ${event.baseSha.slice(0, 12)}`]);
    if (event.baseRef) tries.push([`refs/remotes/origin/${event.baseRef}`, `origin/${event.baseRef}`]);
    for (const [rev, label] of tries) {
      const found = await sinceBaseOf(rev, label);
      if (found) return found;
    }
    if (event.baseRef && (await git.fetchBranch(repoRoot, event.baseRef)).ok) {
      const found = await sinceBaseOf(`refs/remotes/origin/${event.baseRef}`, `origin/${event.baseRef}`);
      if (found) return found;
    }
    return {
      unknown: `the PR's base is not in the checkout (check out with fetch-depth: 0, or pass --base)`,
    };
  }
  const sha = input.sha ?? context.settings.github.sha;
  if (!sha) return { unknown: 'no PR, no --base and no pushed commit to compare with' };
  const pushed = await git.resolveCommit(repoRoot, sha);
  if (!pushed) return { unknown: `the pushed commit ${sha.slice(0, 12)} is not in the checkout` };
  if (event.before && (await git.resolveCommit(repoRoot, event.before))) {
    const paths = await git.changedPaths(repoRoot, event.before, pushed);
    if (paths) return { paths, range: `the pushed range ${event.before.slice(0, 12)}..${pushed.slice(0, 12)}` };
  }
  const parent = await git.resolveCommit(repoRoot, `${pushed}^`);
  if (!parent)
    return { unknown: `the pushed commit's parent is not in the checkout (check out with fetch-depth: 2 or more)` };
  const paths = await git.changedPaths(repoRoot, parent, pushed);
  return paths
    ? { paths, range: `the pushed commit ${pushed.slice(0, 12)} (against its first parent)` }
    : { unknown: 'git could not diff the pushed commit' };
}

interface PackagePlan {
  target: ReleaseTarget;
  pkg: WorkspacePackage;
  kind: 'server' | 'library';
  findings: Finding[];
  changed: boolean;
  release?: { bump?: Bump; next: string; reason: string; because: string };
}

/**
 * plan over several packages (a workspace root, or the config's packages:):
 * the changed packages (paths since the merge base) take the release label,
 * per-package labels override, internal dependents follow with a patch.
 * Each next version is computed from the higher of package.json and the
 * registry's latest, as for one package.
 */
async function planWorkspace(
  input: Input,
  context: RunContext,
  workspace: Workspace,
  started: number,
): Promise<Report> {
  const { fs, git } = context.adapters;
  const plans: PackagePlan[] = [];
  for (const found of workspace.discovery.packages) {
    const target = await openReleaseTarget(context, path.relative(context.cwd, found.dir) || '.', input.config, 'plan');
    const manifest = JSON.parse(await fs.readFile(path.join(target.dir, 'package.json'), 'utf8')) as Record<
      string,
      unknown
    >;
    plans.push({
      target,
      pkg: {
        name: target.name,
        dir: target.relativeDir.split(path.sep).join('/') || '.',
        version: target.version,
        manifest,
      },
      kind: await kindOf(context, target, found),
      findings: [],
      changed: false,
    });
  }
  const duplicate = plans.find((p, i) => plans.findIndex((q) => q.pkg.name === p.pkg.name) !== i);
  if (duplicate)
    throw new UsageError(
      `plan: two packages are named ${duplicate.pkg.name}: every package of a monorepo needs its own name`,
    );
  const first = plans[0] as PackagePlan;
  // The config check sees only its own packages: list; a workspace definition's packages are known here.
  const format = workspace.config.tagFormat;
  const collision = format ? tagFormatCollision(format, plans.length) : undefined;
  if (collision)
    throw new ConfigError(`${input.config ?? '.github/mcp-release.yml'}: tagFormat: "${format}" ${collision}`);
  const repoRoot = first.target.repoRoot;
  const registryOf = (p: PackagePlan) => withSlash(input.registry ?? p.target.registry);
  const notes: string[] = [...skippedNotes(workspace.discovery.skippedPrivate)];
  const rate = (p: PackagePlan, rule: string, message: string) =>
    void p.findings.push(
      ...rateAll(
        [{ rule, message, file: path.relative(context.cwd, path.join(p.target.dir, 'package.json')) }],
        p.target.config.rules,
      ),
    );
  const outputs: Record<string, string> = { release: 'false', releases: '[]' };
  const failOn = input['fail-on'] ?? workspace.config.failOn ?? 'error';
  const done = () => {
    const released = plans.filter((p) => p.release);
    outputs.releases = JSON.stringify(
      released.map((p) => releaseEntry(p.target, p.release?.next ?? '', p.release?.bump)),
    );
    outputs.changed = JSON.stringify(
      plans.filter((p) => p.changed).map((p) => ({ name: p.pkg.name, dir: p.pkg.dir, kind: p.kind })),
    );
    const lead = released[0];
    if (lead?.release) {
      Object.assign(outputs, {
        release: 'true',
        'current-version': lead.target.version,
        'next-version': lead.release.next,
        bump: lead.release.bump ?? '',
        'staging-tag': lead.target.stagingTag,
        'final-tag': finalTag(lead.release.next),
        'git-tag': gitTagFor(lead.target, lead.release.next),
      });
    }
    return aggregateReport(
      'plan',
      plans.map((p) => ({
        name: p.pkg.name,
        version: p.pkg.version,
        dir: path.relative(context.cwd, p.target.dir) || '.',
        ok: isOk(p.findings, input['fail-on'] ?? p.target.config.failOn ?? failOn),
        findings: p.findings,
        tables: [
          {
            title: 'Release plan',
            columns: ['', ''],
            rows: [
              ['changed', p.changed ? 'yes' : 'no'],
              ['release', p.release ? 'true' : 'false'],
              ...(p.release
                ? [
                    ['current-version', p.target.version],
                    ['next-version', p.release.next],
                    ['bump', p.release.bump ?? ''],
                    ['why', releaseWhyText(p.release.reason, p.release.because)],
                    ['git-tag', gitTagFor(p.target, p.release.next)],
                  ]
                : []),
            ],
          },
        ],
      })),
      { total: Math.round(performance.now() - started) },
      notes,
      outputs,
    );
  };

  const gh = await connect(input, context);
  if (!gh)
    notes.push(
      `GitHub: not asked (${githubSkipReason(input.repo, context.settings)}); labels from --labels, else conventional commits`,
    );
  // Conventional commits, per package: each its own commits since its own tag.
  const commitBumps = new Map<string, Bump>();
  const commitsBump = async (): Promise<CommitsVerdict & { many?: boolean }> => {
    const ORDER: Bump[] = ['prerelease', 'patch', 'minor', 'major'];
    let best: CommitsVerdict | undefined;
    for (const p of plans) {
      const gathered = await gatherEntries(git, p.target);
      const verdict = commitsVerdict(
        gathered.entries.map((e) => ({ ...(e.type ? { type: e.type } : {}), breaking: e.breaking, subject: e.title })),
        gathered.since,
      );
      if (!verdict.bump) continue;
      commitBumps.set(p.pkg.name, verdict.bump);
      if (!best?.bump || ORDER.indexOf(verdict.bump) > ORDER.indexOf(best.bump)) best = verdict;
    }
    return { ...(best ?? {}), many: plans.length > 1 };
  };
  let decision: Decision;
  try {
    decision = await decide(
      input,
      context,
      gh,
      (labels) =>
        parseMonorepoLabels(
          labels,
          first.target.labels,
          plans.map((p) => p.pkg),
        ).global,
      commitsBump,
      () => resumableWorkspaceRelease(input, context, repoRoot),
      first.pkg.name,
    );
  } catch (error) {
    if (!(error instanceof GitHubStepError)) throw error;
    rate(first, 'plan/github-failed', error.message);
    return done();
  }
  recordDecision(decision, outputs, notes);

  // A re-run: the release commit names every package and version it released.
  if (decision.resumed) {
    const named = decision.resumed.releases ?? [{ name: first.pkg.name, version: decision.resumed.version }];
    for (const { name, version } of named) {
      const p = plans.find((q) => q.pkg.name === name);
      if (p) {
        p.changed = true;
        p.release = { next: version, reason: 'resumed', because: decision.resumed.sha.slice(0, 12) };
      }
    }
    return done();
  }

  // Which packages the change touches.
  const isPull = Boolean(input.pr ?? pullFromRef(context.settings.github.ref)) || decision.source === 'pr';
  let changedNames: Set<string>;
  if (decision.source === 'conventional-commits' || decision.source === 'none') {
    changedNames = new Set(commitBumps.keys());
    if (decision.source === 'conventional-commits')
      notes.push('changed packages: those with feat/fix/breaking commits in their folder since their last tag');
  } else {
    const since = await changedSince(input, context, repoRoot, isPull);
    if ('unknown' in since) {
      changedNames = new Set(plans.map((p) => p.pkg.name));
      notes.push(`changed packages: all (${since.unknown})`);
    } else {
      const dirs = packagesOfPaths(
        plans.map((p) => p.pkg.dir),
        since.paths,
      );
      changedNames = new Set(plans.filter((p) => dirs.has(p.pkg.dir)).map((p) => p.pkg.name));
      notes.push(
        `changed packages since ${since.range}: ${[...changedNames].join(', ') || 'none'} (${since.paths.length} changed path(s))`,
      );
    }
  }
  for (const p of plans) p.changed = changedNames.has(p.pkg.name);

  // What each package releases.
  let planned: PlannedRelease[] = [];
  /** Packages a `release:skip:<package>` label keeps out, even as a dependent. */
  const skipped = new Map<string, string>();
  if (decision.labels !== undefined) {
    const parsed = parseMonorepoLabels(
      decision.labels,
      first.target.labels,
      plans.map((p) => p.pkg),
    );
    const where = decision.pr ? `PR #${decision.pr}` : 'The change';
    for (const problem of parsed.problems) rate(first, 'plan/conflicting-labels', `${where}: ${problem}`);
    if (decision.conflict)
      rate(
        first,
        'plan/conflicting-labels',
        `${where} has ${decision.conflict.length} release labels (${decision.conflict.join(', ')}): keep exactly one`,
      );
    if (parsed.problems.length || decision.conflict) return done();
    planned = releasesFromLabels({ packages: plans.map((p) => p.pkg), changed: changedNames, labels: parsed });
    for (const [name, own] of parsed.perPackage) if (own.kind === 'skip') skipped.set(name, own.label);
    if (parsed.global.kind === 'release' && changedNames.size === 0)
      notes.push(`${decision.label ?? 'the release label'}: the change touches no package folder, so it releases none`);
  } else if (decision.bump) {
    planned = plans
      .filter((p) => changedNames.has(p.pkg.name))
      .map((p) => ({
        name: p.pkg.name,
        bump: decision.bump as Bump,
        reason: 'changed' as const,
        because: `--bump ${decision.bump}`,
      }));
  } else if (decision.exact) {
    planned = plans
      .filter((p) => changedNames.has(p.pkg.name))
      .map((p) => ({
        name: p.pkg.name,
        bump: 'patch' as Bump,
        reason: 'changed' as const,
        because: `--version ${decision.exact}`,
      }));
  } else if (decision.source === 'conventional-commits') {
    planned = plans.flatMap((p) => {
      const bump = commitBumps.get(p.pkg.name);
      return bump ? [{ name: p.pkg.name, bump, reason: 'changed' as const, because: 'conventional commits' }] : [];
    });
  }

  // Next versions: from the higher of package.json and latest; dependents follow until none is left.
  const released = new Map<string, string>();
  const assign = async (release: PlannedRelease): Promise<boolean> => {
    const p = plans.find((q) => q.pkg.name === release.name) as PackagePlan;
    let state: Awaited<ReturnType<typeof context.adapters.npmRegistry.packageState>>;
    try {
      state = await context.adapters.npmRegistry.packageState(registryOf(p), p.pkg.name);
    } catch (error) {
      rate(
        p,
        'plan/registry-unreachable',
        `${(error as Error).message}: the next version cannot be checked against what is published`,
      );
      return false;
    }
    const published = Object.keys(state.versions);
    let next: string;
    if (decision.exact && release.reason === 'changed') {
      const problem = checkExactVersion(decision.exact, p.target.version, published);
      if (problem) throw new UsageError(`plan: --version: ${p.pkg.name}: ${problem}`);
      next = decision.exact;
    } else
      next = nextVersion({
        current: p.target.version,
        bump: release.bump,
        preid: p.target.preid,
        published,
        latest: state.distTags.latest,
      });
    const behind = behindRegistryMessage(p.target.version, state.distTags.latest, registryOf(p));
    if (behind) rate(p, 'plan/behind-registry', behind);
    p.release = {
      ...(decision.exact && release.reason === 'changed' ? {} : { bump: release.bump }),
      next,
      reason: release.reason,
      because: release.because,
    };
    released.set(p.pkg.name, next);
    return true;
  };
  let ok = true;
  for (const release of planned) ok = (await assign(release)) && ok;
  const declined = new Set<string>();
  for (let round = 0; ok && round < plans.length; round += 1) {
    const dependents: PlannedRelease[] = [];
    for (const d of dependentsToRelease(
      plans.map((p) => p.pkg),
      released,
    )) {
      const label = skipped.get(d.name);
      if (label === undefined) dependents.push(d);
      else if (!declined.has(d.name)) {
        declined.add(d.name);
        notes.push(`${d.name} follows ${d.because} but is labelled ${label}: not released`);
      }
    }
    if (dependents.length === 0) break;
    for (const dependent of dependents) {
      const p = plans.find((q) => q.pkg.name === dependent.name) as PackagePlan;
      p.changed = true;
      ok = (await assign(dependent)) && ok;
    }
  }
  if (!ok) for (const p of plans) delete p.release;
  if (input.surface || input['surface-from'])
    notes.push('surface: not compared in a monorepo plan; run plan --surface on each server package');

  if (input.comment && ok) await commentWorkspace(input, context, gh, decision, plans, workspace, notes, rate);
  return done();
}

/** A re-run in a monorepo: the one release commit made for the pushed commit, whatever packages it names. */
async function resumableWorkspaceRelease(
  input: Input,
  context: RunContext,
  repoRoot: string,
): Promise<ReleaseCommit | undefined> {
  const { github: run } = context.settings;
  const { git } = context.adapters;
  if (input.pr || pullFromRef(run.ref)) return undefined;
  const sha = input.sha ?? run.sha;
  if (!sha) return undefined;
  const branch = run.ref?.startsWith('refs/heads/') && run.refName ? run.refName : await git.currentBranch(repoRoot);
  if (!branch) return undefined;
  return findReleaseCommit(git, { cwd: repoRoot, branch, name: undefined, releaseOf: sha });
}

/** One sticky comment for the whole monorepo: a table of every package, and each release's changelog section. */
async function commentWorkspace(
  input: Input,
  context: RunContext,
  gh: Awaited<ReturnType<typeof connect>>,
  decision: Decision,
  plans: PackagePlan[],
  workspace: Workspace,
  notes: string[],
  rate: (p: PackagePlan, rule: string, message: string) => void,
): Promise<void> {
  const pr = decision.pr ?? (input.pr ? Number(input.pr) : undefined);
  if (!gh || !pr) {
    notes.push(`comment: not written (${gh ? 'no PR number' : 'no GitHub repository and token'})`);
    return;
  }
  const first = plans[0] as PackagePlan;
  try {
    const pull = await gh.call(`reading PR #${pr}`, 'pull-requests: read', () => getPull(gh.client, gh.target, pr));
    const { categories } = await loadCategories(context, first.target.repoRoot, first.target.labels.skip);
    const sections: WorkspacePlanView['packages'] = [];
    for (const p of plans) {
      const entries = p.release ? (await gatherEntries(context.adapters.git, p.target)).entries : [];
      sections.push({
        name: p.pkg.name,
        dir: p.pkg.dir,
        current: p.target.version,
        changed: p.changed,
        ...(p.release
          ? {
              next: p.release.next,
              bump: p.release.bump ?? '',
              why: releaseWhyText(p.release.reason, p.release.because),
              gitTag: gitTagFor(p.target, p.release.next),
              notes: renderNotes({
                entries: [
                  ...entries.filter((e) => e.pr !== pr),
                  ...(p.release.reason === 'dependent' ? [] : [entryFromPull(pull)]),
                ],
                categories,
                repositoryUrl: `https://github.com/${gh.target.owner}/${gh.target.repo}`,
                extra: [],
              }),
            }
          : {}),
        problems: p.findings.map((f) => f.message),
      });
    }
    const body = workspacePlanMarkdown({ packages: sections, ...(decision.label ? { label: decision.label } : {}) });
    const key = `plan:workspace${workspace.rootDir === first.target.repoRoot ? '' : `:${path.relative(first.target.repoRoot, workspace.rootDir).split(path.sep).join('/')}`}`;
    const result = await writeComment(
      () => upsertStickyComment(gh.client, gh.target, pr, key, body),
      `writing the plan comment on PR #${pr}`,
    );
    notes.push(result ? `comment on PR #${pr}: ${result.action}` : READ_ONLY_COMMENT_NOTE);
    if (result?.ignored.length)
      notes.push(
        `comment on PR #${pr}: a comment with the plan's marker by ${result.ignored.join(', ')} was left alone (not written by this token, so not ours to edit)`,
      );
  } catch (error) {
    if (!(error instanceof GitHubStepError)) throw error;
    rate(first, 'plan/github-failed', error.message);
  }
}

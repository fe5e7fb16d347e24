import path from 'node:path';
import semver from 'semver';
import type { z } from 'zod';
import { UsageError } from '../errors.js';
import { githubSkipReason, githubTarget } from '../github/client.js';
import { commitViaApi, DEFAULT_TIMEOUT_MS } from '../github/git-database.js';
import { behindRegistryMessage, nextVersion, type Bump } from '../release/bump.js';
import { parseReleaseRequests, type ReleaseRequest } from '../release/monorepo-plan.js';
import {
  findReleaseCommit,
  releaseMessage,
  releasesMessage,
  releaseSubject,
  type ReleaseCommit,
} from '../release/release-commit.js';
import { withSlash, type ReleaseTarget } from '../release/release-target.js';
import { versionFiles } from '../release/version-files.js';
import {
  missingFromRelease,
  planVersion,
  planVersionMany,
  releaseFiles,
  releaseFilesMany,
  type ReleasePart,
  type VersionPlan,
} from '../release/version-plan.js';
import { isOk, type Finding, type Report } from '../report/model.js';
import { rateAll } from '../rules.js';
import { describeGitHubError } from '../github/client.js';
import { buildChangelog } from './changelog-build.js';
import { defineCommand, pickOptions } from './define-command.js';
import { NPM_REGISTRY_URL, SHARED_DESCRIPTIONS, versionInput } from './option-catalog.js';
import { aggregateReport, openWorkspace } from './packages.js';
import { openReleaseTarget } from './release-target.js';
import type { CommandSpec, RunContext } from './types.js';

const OPTIONS = pickOptions({
  directory: { description: SHARED_DESCRIPTIONS.packageFolder },
  version: {
    description: 'The exact version to set (give this or {--bump}).',
    schema: versionInput().optional(),
  },
  bump: {
    description:
      'Instead of {--version}: major, minor, patch or prerelease of the package.json version at the head the commit is made on (a release that lost a push race bumps again from the new head).',
  },
  commit: true,
  push: true,
  'dry-run': {
    description:
      'Compute the version and the file changes and say what would be written, committed and pushed; change nothing.',
  },
  'release-of': true,
  'commit-via': true,
  repo: {
    description:
      'GitHub repository owner/name whose merged PRs make the CHANGELOG entries, and which {--commit-via} api writes to (default: GITHUB_REPOSITORY in Actions; with GITHUB_TOKEN).',
  },
  config: { description: SHARED_DESCRIPTIONS.configInRepository },
  'fail-on': { description: SHARED_DESCRIPTIONS.failOnError },
  releases: true,
  registry: {
    description: `With {--bump}: the registry whose latest and published versions the bump starts from and skips (default: the config's registry, else ${NPM_REGISTRY_URL}).`,
  },
});
type Input = z.infer<typeof OPTIONS.schema>;

export const versionCommand: CommandSpec<Input> = defineCommand({
  name: 'version',
  aliases: ['bump'],
  summary:
    'Set the version in package.json, the lockfile and server.json, write the CHANGELOG section, and commit and push the bump (each step skipped when already done).',
  positional: 'directory',
  options: OPTIONS,
  outputs: {
    files: 'JSON array of the files changed (with {--dry-run}: that would change).',
    commit: 'With {--commit} or {--push}: the release commit (HEAD after the bump).',
    pushed: '"true" when the commit was pushed by this run.',
    version: 'The version set (with {--bump}, computed at the head it was committed on).',
    releases:
      'With {--releases}: JSON array of the packages released by the one commit, each {"name","dir","current-version","next-version","bump"} with the version computed at the head it was committed on.',
  },
  run: version,
});

/** How often a release that lost a push race re-applies its bump on the new head. */
const MAX_ATTEMPTS = 5;

/** Names the ruleset rules a refusal lists, with what to change for each. */
function explainRules(text: string, branch: string): string {
  const fixes: string[] = [];
  if (/verified signatures|signed commits/i.test(text))
    fixes.push(
      '"Require signed commits": commits made by git on the runner are unsigned; use `commit-via: api` (GitHub signs commits it creates through its API for an App or Actions token)',
    );
  if (/through a pull request|pull request/i.test(text))
    fixes.push(
      '"Require a pull request before merging": use a token of an actor in the ruleset\'s bypass list (e.g. a GitHub App, passed as the release-token secret)',
    );
  if (fixes.length === 0)
    fixes.push(
      "add the workflow's identity (the GitHub Actions app, or the release bot or App) to the ruleset's bypass list",
    );
  return `a repository ruleset refused the release commit on ${branch}: ${fixes.join('; ')}`;
}

/** git's push refusals, as the change a maintainer has to make. */
export function explainPushRejection(stderr: string, branch: string): string {
  if (/GH006|protected branch/i.test(stderr))
    return `branch ${branch} is protected and refused the release commit: let the workflow's identity bypass the protection (or the "Require a pull request" rule), or use a token that may`;
  if (/GH013|rule violations|ruleset/i.test(stderr)) return explainRules(stderr, branch);
  if (/permission to .* denied|returned error: 403|403 forbidden/i.test(stderr))
    return `the token may not push to ${branch}: the job needs \`permissions: contents: write\``;
  if (/fetch first|non-fast-forward|\[rejected\]|failed to update ref/i.test(stderr))
    return `${branch} kept moving: the release commit was re-applied on its new head ${MAX_ATTEMPTS} times and lost every race; re-run the release`;
  return `git push failed: ${stderr
    .split('\n')
    .filter((l) => l.trim())
    .slice(0, 3)
    .join(' | ')}`;
}

/** The GitHub API's refusals of the release commit (commit-via api), as the change a maintainer has to make. */
export function explainApiRefusal(refusal: { status: number; message: string; step: string }, branch: string): string {
  if (/rule violations/i.test(refusal.message)) return explainRules(refusal.message, branch);
  if (refusal.status === 401) return `GitHub rejected the token while ${refusal.step} (401): check GITHUB_TOKEN`;
  if (refusal.status === 403 || refusal.status === 404)
    return `the token may not write to the repository (${refusal.status} ${refusal.message} while ${refusal.step}): the job needs \`permissions: contents: write\` (or pass a release-token that has it)`;
  return `GitHub refused the release commit while ${refusal.step} (${refusal.status} ${refusal.message})`;
}

/** A push that lost a race: the branch moved since the head the commit was made on. */
export function isNonFastForward(text: string): boolean {
  return /\[rejected\].*\((fetch first|non-fast-forward)\)|failed to update ref|cannot lock ref|incorrect old value/i.test(
    text,
  );
}

/** GitHub did not answer a read the release needs (the PRs of the changelog): a finding, not a usage error. */
class GitHubReadFailed extends Error {}

/**
 * The release computed before anything is written. In commit mode the base is
 * a commit (HEAD, or the parent of an unpushed release commit being redone
 * through the API), so what is committed never depends on what an earlier,
 * interrupted run left in the working tree; without --commit it is the
 * working tree itself (the run only edits files). Called again after a lost
 * race, so the edits land on what the other release committed (a shared
 * lockfile keeps both bumps).
 */
async function prepare(
  target: ReleaseTarget,
  input: Input,
  context: RunContext,
  options: { baseRev?: string; resumeVersion?: string; registry?: RegistryRead },
): Promise<VersionPlan> {
  const files = releaseFiles(target);
  const disk = await readTexts(context, files);
  const base = options.baseRev ? await textsAt(context, target.repoRoot, options.baseRev, files) : disk;
  const current = headVersion(base.get(versionFiles(target).manifest)) ?? target.version;
  const next =
    input.version ??
    options.resumeVersion ??
    (await bumpFromRegistry(target, current, input.bump as Bump, options.registry));
  if (semver.valid(current) && semver.lt(next, current))
    throw new UsageError(`version: --version ${next} is lower than package.json's ${current}`);
  const { section } = await buildChangelog(target, next, false, input.repo, context).catch((error: unknown) => {
    if (typeof (error as { status?: unknown }).status !== 'number') throw error;
    throw new GitHubReadFailed(
      `${describeGitHubError(error, 'reading the merged PRs for the CHANGELOG section', 'pull-requests: read')}; nothing was written or committed, re-run the job`,
    );
  });
  return planVersion({ base, disk, target: { ...target, version: next }, section });
}

/** Reads the registry's view of a package once per attempt; reports what it saw through the callbacks. */
export interface RegistryRead {
  url: string;
  read(name: string): Promise<{ published: string[]; latest?: string } | undefined>;
  behind(message: string): void;
}

/**
 * --bump: the next version from the higher of the head's package.json and the
 * registry's latest, never one the registry has (plan computed the same; this
 * recomputes at the head the commit is made on).
 */
async function bumpFromRegistry(
  target: ReleaseTarget,
  current: string,
  bump: Bump,
  registry: RegistryRead | undefined,
): Promise<string> {
  const state = registry ? await registry.read(target.name) : undefined;
  const behind = registry ? behindRegistryMessage(current, state?.latest, registry.url) : undefined;
  if (behind) registry?.behind(behind);
  return nextVersion({
    current,
    bump,
    preid: target.preid,
    published: state?.published ?? [],
    latest: state?.latest,
  });
}

/** The registry read of --bump: a registry that cannot be read leaves package.json the base (plan, before, checked it), with a note. */
function registryReader(
  context: RunContext,
  url: string,
  findings: Finding[],
  notes: string[],
  target: ReleaseTarget,
): RegistryRead {
  const said = new Set<string>();
  return {
    url,
    async read(name) {
      try {
        const state = await context.adapters.npmRegistry.packageState(url, name, undefined, 1);
        return {
          published: Object.keys(state.versions),
          ...(state.distTags.latest ? { latest: state.distTags.latest } : {}),
        };
      } catch (error) {
        const note = `registry not read (${(error as Error).message}): --bump starts from package.json alone`;
        if (!said.has(note)) notes.push(note);
        said.add(note);
        return undefined;
      }
    },
    behind(message) {
      if (said.has(message)) return;
      said.add(message);
      findings.push(
        ...rateAll(
          [{ rule: 'plan/behind-registry', message, file: relativeTo(target.repoRoot, versionFiles(target).manifest) }],
          target.config.rules,
        ),
      );
    },
  };
}

/** The files' texts in the working tree (undefined: absent). */
async function readTexts(context: RunContext, files: readonly string[]): Promise<Map<string, string | undefined>> {
  const { fs } = context.adapters;
  return new Map(
    await Promise.all(
      files.map(async (file) => [file, await fs.readFile(file, 'utf8').catch(() => undefined)] as const),
    ),
  );
}

async function textsAt(
  context: RunContext,
  repoRoot: string,
  rev: string,
  files: readonly string[],
): Promise<Map<string, string | undefined>> {
  const { git } = context.adapters;
  return new Map(
    await Promise.all(
      files.map(async (file) => [file, await git.readAtRev(repoRoot, rev, relativeTo(repoRoot, file))] as const),
    ),
  );
}

const relativeTo = (repoRoot: string, file: string) => path.relative(repoRoot, file).split(path.sep).join('/');

/** The release files a commit lacks for `version` (empty: it holds the whole release). */
async function missingAt(context: RunContext, target: ReleaseTarget, sha: string, version: string): Promise<string[]> {
  const texts = await textsAt(context, target.repoRoot, sha, releaseFiles(target));
  return missingFromRelease(texts, { ...target, version }).map((f) => relativeTo(target.repoRoot, f));
}

function headVersion(manifest: string | undefined): string | undefined {
  try {
    const parsed = JSON.parse(manifest ?? '') as { version?: unknown };
    return typeof parsed.version === 'string' ? parsed.version : undefined;
  } catch {
    return undefined;
  }
}

/** The branch to push to: the pushed ref in Actions (not a PR merge ref), else the checked-out branch. */
async function releaseBranch(context: RunContext, repoRoot: string): Promise<string> {
  const { ref, refName } = context.settings.github;
  const branch =
    refName && !ref?.startsWith('refs/pull/') ? refName : await context.adapters.git.currentBranch(repoRoot);
  if (!branch)
    throw new UsageError('version: --push: HEAD is not on a branch (detached); check out the branch to release from');
  return branch;
}

/**
 * HEAD itself, when it is this run's release commit and complete: a run
 * killed between its commit and its push (or a re-run in the same checkout).
 * Recognised by its Release-Of trailer, or (no trailer to go by) by its
 * subject for --version. It is pushed as it is, never committed again.
 */
async function unpushedRelease(
  context: RunContext,
  target: ReleaseTarget,
  input: Input,
  releaseOf: string | undefined,
): Promise<ReleaseCommit | undefined> {
  const { git } = context.adapters;
  const head = await git.headCommit(target.repoRoot);
  if (!head) return undefined;
  let candidate: ReleaseCommit | undefined;
  if (releaseOf)
    candidate = await findReleaseCommit(git, {
      cwd: target.repoRoot,
      branch: '',
      name: target.name,
      releaseOf,
      fetch: false,
    });
  else if (
    input.version &&
    (await git.commitSubject(target.repoRoot, head)) === releaseSubject(target.name, input.version)
  )
    candidate = { sha: head, version: input.version };
  if (candidate?.sha !== head) return undefined;
  return (await missingAt(context, target, head, candidate.version)).length === 0 ? candidate : undefined;
}

/** Whether the remote branch (fetched) contains the commit. */
async function onBranch(context: RunContext, repoRoot: string, branch: string, sha: string): Promise<boolean> {
  const { git } = context.adapters;
  if (!(await git.fetchBranch(repoRoot, branch)).ok) return false;
  return (await git.run(repoRoot, ['merge-base', '--is-ancestor', sha, `refs/remotes/origin/${branch}`])).code === 0;
}

async function version(input: Input, context: RunContext): Promise<Report> {
  const started = performance.now();
  if (input.releases !== undefined) return versionMany(input, context, started);
  if (Boolean(input.version) === Boolean(input.bump))
    throw new UsageError(
      'version: give exactly one of --version (an exact version) and --bump (major, minor, patch or prerelease)',
    );
  const via = input['commit-via'] ?? 'git';
  if (via === 'api' && !input.push)
    throw new UsageError('version: --commit-via api writes the branch on GitHub, so it needs --push');
  const { fs, git, workingTree } = context.adapters;
  const target = await openReleaseTarget(context, input.directory, input.config, 'version');
  const findings: Finding[] = [];
  const notes: string[] = [];
  const commit = Boolean(input.commit || input.push);
  const outputs: Record<string, string> = {};
  const done = () =>
    aggregateReport(
      'version',
      [
        {
          name: target.name,
          version: outputs.version ?? input.version ?? target.version,
          dir: path.relative(context.cwd, target.dir) || '.',
          ok: isOk(findings, input['fail-on'] ?? 'error'),
          findings,
        },
      ],
      { total: Math.round(performance.now() - started) },
      notes,
      outputs,
    );
  if (input.version && semver.valid(target.version) && semver.lt(input.version, target.version))
    throw new UsageError(`version: ${input.version} is lower than package.json's ${target.version}`);

  const token = context.settings.credentials.gitToken;
  const redact = (text: string) => (token ? text.split(token).join('***') : text);
  const branch = input.push ? await releaseBranch(context, target.repoRoot) : undefined;
  const releaseOf = input['release-of'] ?? context.settings.github.sha;

  // A re-run of a release whose commit is already on the branch: resume, never bump twice. The
  // commit counts only when it holds the whole release: a message or a trailer alone is no release.
  let resumeVersion: string | undefined;
  if (commit && releaseOf) {
    const found = await findReleaseCommit(git, {
      cwd: target.repoRoot,
      branch: branch ?? '',
      name: target.name,
      releaseOf,
      fetch: Boolean(branch),
    });
    if (found) {
      const missing = await missingAt(context, target, found.sha, found.version);
      if (missing.length === 0) {
        Object.assign(outputs, { files: '[]', commit: found.sha, pushed: 'false', version: found.version });
        notes.push(
          `already released by ${found.sha} (${releaseSubject(target.name, found.version)}, Release-Of: ${releaseOf}): nothing changed`,
        );
        return done();
      }
      resumeVersion = found.version;
      notes.push(
        `${found.sha} says it releases ${found.version} (Release-Of: ${releaseOf}) but lacks ${missing.join(', ')} at that version: committing the rest of the release`,
      );
    }
  }
  const unpushed = commit ? await unpushedRelease(context, target, input, releaseOf) : undefined;
  if (unpushed && via === 'api' && (await onBranch(context, target.repoRoot, branch as string, unpushed.sha))) {
    Object.assign(outputs, { files: '[]', commit: unpushed.sha, pushed: 'false', version: unpushed.version });
    notes.push(
      'the release commit is already HEAD',
      `${branch as string} already holds ${unpushed.sha}: nothing changed`,
    );
    return done();
  }
  resumeVersion ??= unpushed?.version;
  // Through the API an unpushed local commit cannot be sent as it is: it is made again on its parent.
  const baseRev = !commit ? undefined : unpushed && via === 'api' ? `${unpushed.sha}~1` : 'HEAD';

  const registry = registryReader(context, withSlash(input.registry ?? target.registry), findings, notes, target);
  const rel = (file: string) => relativeTo(target.repoRoot, file);
  const refuseForeign = (plan: VersionPlan) => {
    if (plan.foreign.length)
      throw new UsageError(
        `version: ${plan.foreign.map(rel).join(', ')} ${plan.foreign.length === 1 ? 'has' : 'have'} uncommitted changes besides the release (neither ${baseRev ?? 'HEAD'}'s content nor the ${plan.version} bump): commit or discard them, then re-run; nothing was changed`,
      );
  };
  const githubFailed = (error: unknown) => {
    if (!(error instanceof GitHubReadFailed)) return false;
    findings.push(...rateAll([{ rule: 'plan/github-failed', message: redact(error.message) }], target.config.rules));
    return true;
  };
  if (input['dry-run']) {
    let plan: VersionPlan;
    try {
      plan = await prepare(target, input, context, {
        ...(baseRev ? { baseRev } : {}),
        ...(resumeVersion ? { resumeVersion } : {}),
        registry,
      });
    } catch (error) {
      if (githubFailed(error)) return done();
      throw error;
    }
    refuseForeign(plan);
    outputs.version = plan.version;
    outputs.files = JSON.stringify(plan.files.map((c) => rel(c.file)));
    const edited = plan.files.filter((c) => !c.file.endsWith('CHANGELOG.md')).map((c) => rel(c.file));
    notes.push(
      `dry run: would set ${plan.version} in ${edited.join(', ') || 'no file (already set)'} and write the CHANGELOG section${commit ? `, then commit "${releaseSubject(target.name, plan.version)}"${input.push ? ` and push${via === 'api' ? ' through the GitHub API' : ''}` : ''}` : ''}`,
    );
    return done();
  }

  // A git killed mid-command (a cancelled job, a crash) leaves its lock: every later git write fails on it.
  // Whether its owner is dead cannot be told from here, so the run stops before writing and says what to do.
  const lock = commit ? await git.indexLock(target.repoRoot) : undefined;
  if (lock)
    throw new UsageError(
      `version: ${lock} exists: a git command is running in this checkout, or was killed in the middle (e.g. an interrupted release); if none is running, delete that file and re-run; nothing was changed`,
    );

  // Everything below may write: a failure anywhere puts the checkout back as it was found.
  const snapshot = await workingTree.snapshot(target.repoRoot, releaseFiles(target), commit);
  const putBack = async (): Promise<void> => {
    const problems = await workingTree.restore(snapshot);
    notes.push(
      problems.length
        ? `the checkout could NOT be fully put back: ${problems.join('; ')}`
        : 'the checkout is as this run found it (files, index and HEAD)',
    );
    outputs.commit = (await git.headCommit(target.repoRoot)) ?? '';
    outputs.pushed = 'false';
  };
  try {
    for (let attempt = 1; ; attempt += 1) {
      let outcome: Outcome;
      if (unpushed && via === 'git' && attempt === 1) {
        Object.assign(outputs, { version: unpushed.version, files: '[]' });
        notes.push(
          'the release commit is already HEAD',
          `HEAD ${unpushed.sha} holds ${unpushed.version} in every release file: nothing to commit`,
        );
        outcome = branch
          ? await pushHead(context, target.repoRoot, branch, unpushed.sha)
          : { kind: 'done', commit: unpushed.sha, pushed: false, note: '' };
      } else {
        const plan = await prepare(target, input, context, {
          ...(baseRev && attempt === 1 ? { baseRev } : baseRev ? { baseRev: 'HEAD' } : {}),
          ...(resumeVersion ? { resumeVersion } : {}),
          registry,
        });
        refuseForeign(plan);
        outputs.version = plan.version;
        const changed = plan.files.map((c) => rel(c.file));
        outputs.files = JSON.stringify(changed);
        if (!commit) {
          for (const change of plan.toWrite) await fs.writeFile(change.file, change.after);
          notes.push(
            changed.length
              ? `set ${plan.version} in ${changed.join(', ')}`
              : `${plan.version} is already set everywhere`,
          );
          return done();
        }
        const message = releaseMessage(target.name, plan.version, releaseOf);
        outcome =
          via === 'api'
            ? await commitThroughApi({
                target,
                input,
                context,
                branch: branch as string,
                plan,
                baseRev: attempt === 1 ? (baseRev as string) : 'HEAD',
                message,
              })
            : await commitAndPush({ context, target, branch, plan, message });
      }
      if (outcome.kind === 'done') {
        Object.assign(outputs, { commit: outcome.commit, pushed: String(outcome.pushed) });
        if (outcome.note) notes.push(outcome.note);
        return done();
      }
      if (outcome.kind === 'refused' || outcome.kind === 'failed') {
        findings.push(
          ...rateAll([{ rule: 'version/push-rejected', message: redact(outcome.message) }], target.config.rules),
        );
        await putBack();
        return done();
      }
      // Lost a race: another leg or run moved the branch. Start again from its new head.
      if (attempt >= MAX_ATTEMPTS) {
        findings.push(
          ...rateAll(
            [
              {
                rule: 'version/push-rejected',
                message: explainPushRejection('[rejected] (non-fast-forward)', branch as string),
              },
            ],
            target.config.rules,
          ),
        );
        await putBack();
        return done();
      }
      notes.push(
        `attempt ${attempt}: ${branch as string} moved since ${attempt === 1 ? 'the checkout' : 'the last attempt'} (non-fast-forward); re-applying the bump on its new head`,
      );
      await moveToRemoteHead(context, target.repoRoot, branch as string);
      // Legs that lost the same race spread out before trying again.
      await context.adapters.clock.sleep(150 * attempt + Math.floor(Math.random() * 350));
    }
  } catch (error) {
    if (githubFailed(error)) {
      await putBack();
      return done();
    }
    const problems = await workingTree.restore(snapshot);
    if (problems.length)
      throw new Error(
        `${(error as Error).message}; and the checkout could NOT be fully put back: ${problems.join('; ')}`,
        { cause: error },
      );
    throw error;
  }
}

type Outcome =
  | { kind: 'done'; commit: string; pushed: boolean; note: string }
  | { kind: 'refused' | 'failed'; message: string }
  | { kind: 'retry' };

/** The local checkout becomes the remote branch's head (drops the commit that lost the race). */
async function moveToRemoteHead(context: RunContext, repoRoot: string, branch: string): Promise<void> {
  const { git } = context.adapters;
  const fetched = await git.fetchBranch(repoRoot, branch);
  if (!fetched.ok)
    throw new UsageError(
      `version: fetching ${branch} after a rejected push failed: ${fetched.stderr.trim().split('\n')[0] ?? ''}`,
    );
  const reset = await git.run(repoRoot, ['reset', '--quiet', '--hard', `refs/remotes/origin/${branch}`]);
  if (reset.code !== 0)
    throw new UsageError(
      `version: git reset onto origin/${branch} failed: ${reset.stderr.trim().split('\n')[0] ?? ''}`,
    );
}

async function pushHead(context: RunContext, repoRoot: string, branch: string, commit: string): Promise<Outcome> {
  const push = await context.log.step(`push ${commit.slice(0, 12)} to ${branch}`, () =>
    context.adapters.git.runRemote(repoRoot, ['push', '--porcelain', 'origin', `HEAD:refs/heads/${branch}`]),
  );
  if (push.code !== 0) {
    if (isNonFastForward(push.stdout + push.stderr)) return { kind: 'retry' };
    return { kind: 'refused', message: explainPushRejection(push.stderr + push.stdout, branch) };
  }
  const pushed = !/\[up to date\]|^=\s/m.test(push.stdout);
  return {
    kind: 'done',
    commit,
    pushed,
    note: pushed ? `pushed to ${branch}` : `${branch} already has this commit at its head`,
  };
}

/** The git path: write the release files, commit exactly them, push. */
async function commitAndPush(options: {
  context: RunContext;
  target: ReleaseTarget;
  branch: string | undefined;
  plan: VersionPlan;
  message: string;
}): Promise<Outcome> {
  const { context, target, branch, plan, message } = options;
  const { fs, git } = context.adapters;
  const paths = plan.files.map((f) => relativeTo(target.repoRoot, f.file));
  let note: string;
  if (paths.length === 0) {
    note = `nothing to commit: HEAD already holds ${plan.version} in every release file`;
  } else {
    for (const change of plan.toWrite) await fs.writeFile(change.file, change.after);
    // `add` first: a release file HEAD does not have yet (a first CHANGELOG.md) is unknown to `commit -- <paths>`.
    const added = await git.run(target.repoRoot, ['add', '--', ...paths]);
    if (added.code !== 0)
      return { kind: 'failed', message: `git add failed: ${added.stderr.trim().split('\n')[0] ?? ''}` };
    const identity = (await git.run(target.repoRoot, ['config', 'user.email'])).stdout.trim()
      ? []
      : [
          '-c',
          'user.name=github-actions[bot]',
          '-c',
          'user.email=41898282+github-actions[bot]@users.noreply.github.com',
        ];
    // `-- <paths>` commits exactly the release files, never something else that happened to be staged.
    const result = await git.run(target.repoRoot, [...identity, 'commit', '--quiet', '-m', message, '--', ...paths]);
    if (result.code !== 0)
      return {
        kind: 'failed',
        message: `git commit of the release failed: ${(result.stderr.trim() || result.stdout.trim()).split('\n')[0] ?? ''}`,
      };
    note = `committed ${plan.version} (${paths.join(', ')})`;
  }
  const commit = (await git.headCommit(target.repoRoot)) ?? '';
  if (!branch) return { kind: 'done', commit, pushed: false, note };
  const pushed = await pushHead(context, target.repoRoot, branch, commit);
  return pushed.kind === 'done' ? { ...pushed, note: `${note}; ${pushed.note}` } : pushed;
}

/** git's mode of each path at a commit (an executable stays one); new files are 100644. */
async function modesAt(
  context: RunContext,
  repoRoot: string,
  rev: string,
  paths: readonly string[],
): Promise<Map<string, '100644' | '100755'>> {
  const listed = await context.adapters.git.run(repoRoot, ['ls-tree', '-z', rev, '--', ...paths]);
  const modes = new Map<string, '100644' | '100755'>();
  for (const entry of listed.stdout.split('\0').filter(Boolean)) {
    const [meta = '', file = ''] = entry.split('\t');
    modes.set(file, meta.startsWith('100755') ? '100755' : '100644');
  }
  return modes;
}

/**
 * The API path: the commit is made on GitHub from the computed contents (the
 * working tree is not read, so a crash's leftovers cannot shrink it), and the
 * checkout is touched only after the branch holds it.
 */
async function commitThroughApi(options: {
  target: ReleaseTarget;
  input: Input;
  context: RunContext;
  branch: string;
  plan: VersionPlan;
  baseRev: string;
  message: string;
}): Promise<Outcome> {
  const { target, branch, plan, context } = options;
  const { git } = context.adapters;
  const root = target.repoRoot;
  const parent = (await git.run(root, ['rev-parse', '--verify', `${options.baseRev}^{commit}`])).stdout.trim();
  if (plan.files.length === 0)
    return {
      kind: 'done',
      commit: parent,
      pushed: false,
      note: `nothing to commit: HEAD already holds ${plan.version} in every release file`,
    };
  const gh = githubTarget(options.input.repo, context.settings);
  if (!gh)
    throw new UsageError(
      `version: --commit-via api needs GitHub: ${githubSkipReason(options.input.repo, context.settings)}`,
    );
  const client = await context.adapters.github.client(gh);
  const paths = plan.files.map((f) => relativeTo(root, f.file));
  const modes = await modesAt(context, root, parent, paths);
  const changes = plan.files.map((f, i) => ({
    path: paths[i] as string,
    mode: modes.get(paths[i] as string) ?? ('100644' as const),
    content: Buffer.from(f.after),
  }));
  const baseTree = (await git.run(root, ['rev-parse', `${parent}^{tree}`])).stdout.trim();
  const seconds = Number(context.settings.githubTimeoutSeconds);
  const timeoutMs = Number.isFinite(seconds) && seconds > 0 ? seconds * 1000 : DEFAULT_TIMEOUT_MS;
  const result = await context.log.step(`commit ${plan.version} to ${branch} through the GitHub API`, () =>
    commitViaApi(client, gh, {
      branch,
      parent,
      baseTree,
      changes,
      message: options.message,
      timeoutMs,
    }),
  );
  if (result.kind === 'not-fast-forward') return { kind: 'retry' };
  if (result.kind === 'refused') return { kind: 'refused', message: explainApiRefusal(result, branch) };
  if (result.kind === 'unanswered') {
    const fate =
      result.branchMoved === false
        ? `nothing was committed: ${branch} and the checkout are as they were; re-run the job`
        : `${branch} may or may not hold the new release commit; re-run the job: it finds a commit that landed by its Release-Of trailer and changes nothing, or makes it`;
    return { kind: 'failed', message: `GitHub did not answer while ${result.step} (${result.message}): ${fate}` };
  }
  const where = `committed through the GitHub API as ${result.sha} on ${branch}${result.verified ? ', signed by GitHub (verified)' : ''}`;
  return {
    kind: 'done',
    commit: result.sha,
    pushed: true,
    note: `${where}${await checkOut(context, root, branch, result.sha, plan)}`,
  };
}

/**
 * The checkout gets the commit GitHub made, so later steps (pack, tag) see
 * exactly what was released. Release files an interrupted run left on disk
 * are first put back to HEAD's content (they are the release's, or HEAD's) so
 * `reset --keep` keeps any unrelated local edit. Without the commit (no
 * fetch), the files are written, so the job still packs the release.
 */
async function checkOut(
  context: RunContext,
  root: string,
  branch: string,
  sha: string,
  plan: VersionPlan,
): Promise<string> {
  const { fs, git } = context.adapters;
  const fetched = await git.fetchBranch(root, branch);
  if (fetched.ok) {
    const paths = plan.files.map((f) => relativeTo(root, f.file));
    for (const file of plan.files) {
      const atHead = await git.readAtRev(root, 'HEAD', relativeTo(root, file.file));
      if (atHead === undefined) await fs.rm(file.file, { force: true });
      else await fs.writeFile(file.file, atHead);
    }
    await git.run(root, ['reset', '--quiet', '--', ...paths]);
    const reset = await git.run(root, ['reset', '--quiet', '--keep', sha]);
    if (reset.code === 0) return '';
  }
  for (const change of plan.files) await fs.writeFile(change.file, change.after);
  return ' (the checkout could not fetch it: its files are written, HEAD is not the release commit; later steps that need the commit must check it out)';
}

/**
 * version --releases: every listed package of a monorepo bumped in ONE
 * commit (`chore(release): @a/x@1.2.0, @a/y@0.3.1` with the Release-Of
 * trailer), the internal dependency specs of every workspace package moved
 * for the new versions, each package's CHANGELOG section written. The same
 * resume, race and put-back rules as one package.
 */
async function versionMany(input: Input, context: RunContext, started: number): Promise<Report> {
  if (input.version || input.bump)
    throw new UsageError('version: --releases gives each package its bump or version: drop --version and --bump');
  let requests: ReleaseRequest[];
  try {
    requests = parseReleaseRequests(input.releases ?? '');
  } catch (error) {
    throw new UsageError(`version: --releases: ${(error as Error).message}`);
  }
  const via = input['commit-via'] ?? 'git';
  if (via === 'api' && !input.push)
    throw new UsageError('version: --commit-via api writes the branch on GitHub, so it needs --push');
  const { fs, git, workingTree } = context.adapters;
  const workspace = await openWorkspace(input.directory, input.config, context);
  const repoRoot = (await git.repositoryRoot(workspace.rootDir)) ?? workspace.rootDir;
  const all = workspace.discovery.packages.map((p) => p.dir);
  const manifests = all.map((dir) => path.join(dir, 'package.json'));
  const targets: ReleaseTarget[] = [];
  for (const request of requests) {
    const dir = path.resolve(repoRoot, request.dir);
    if (!all.includes(dir))
      throw new UsageError(
        `version: --releases: ${request.dir} is not a package of ${path.relative(context.cwd, workspace.rootDir) || '.'} (its packages: ${all.map((d) => relativeTo(repoRoot, d) || '.').join(', ')})`,
      );
    const target = await openReleaseTarget(context, path.relative(context.cwd, dir) || '.', input.config, 'version');
    if (request.name && request.name !== target.name)
      throw new UsageError(`version: --releases: ${request.dir} holds ${target.name}, not ${request.name}`);
    targets.push(target);
  }
  const findings: Finding[] = [];
  const notes: string[] = [];
  const outputs: Record<string, string> = {};
  const lead = targets[0];
  const commit = Boolean(input.commit || input.push);
  const finalVersions = new Map<string, string>();
  const done = () => {
    outputs.releases = JSON.stringify(
      targets.map((t, i) => ({
        name: t.name,
        dir: t.relativeDir.split(path.sep).join('/') || '.',
        'current-version': t.version,
        'next-version': finalVersions.get(t.name) ?? requests[i]?.version ?? '',
        bump: requests[i]?.bump ?? '',
      })),
    );
    if (lead) outputs.version ??= finalVersions.get(lead.name) ?? '';
    return aggregateReport(
      'version',
      targets.map((t) => ({
        name: t.name,
        version: finalVersions.get(t.name) ?? t.version,
        dir: path.relative(context.cwd, t.dir) || '.',
        // The run's findings (one commit for all) are reported once, on the first package.
        ok: t === lead ? isOk(findings, input['fail-on'] ?? 'error') : true,
        findings: t === lead ? findings : [],
      })),
      { total: Math.round(performance.now() - started) },
      notes,
      outputs,
    );
  };
  if (!lead) {
    Object.assign(outputs, { files: '[]' });
    notes.push('--releases lists no package: nothing to release');
    return done();
  }
  const rules = lead.config.rules;
  const token = context.settings.credentials.gitToken;
  const redact = (text: string) => (token ? text.split(token).join('***') : text);
  const branch = input.push ? await releaseBranch(context, repoRoot) : undefined;
  const releaseOf = input['release-of'] ?? context.settings.github.sha;
  const rel = (file: string) => relativeTo(repoRoot, file);
  const registries = new Map(
    targets.map((t) => [t.name, registryReader(context, withSlash(input.registry ?? t.registry), findings, notes, t)]),
  );
  const versionsOf = (found: ReleaseCommit) =>
    new Map((found.releases ?? [{ name: lead.name, version: found.version }]).map((r) => [r.name, r.version]));
  const names = new Set(targets.map((t) => t.name));
  const sameSet = (versions: Map<string, string>) =>
    versions.size === names.size && [...versions.keys()].every((n) => names.has(n));
  const missingAtMany = async (sha: string, versions: Map<string, string>) => {
    const missing: string[] = [];
    for (const t of targets) {
      const version = versions.get(t.name);
      if (!version) return ['(the commit names other packages)'];
      const texts = await textsAt(context, repoRoot, sha, releaseFiles(t));
      missing.push(...missingFromRelease(texts, { ...t, version }).map(rel));
    }
    return missing;
  };

  // A re-run whose one commit is already on the branch: resume, never bump twice.
  let resume: Map<string, string> | undefined;
  if (commit && releaseOf) {
    const found = await findReleaseCommit(git, {
      cwd: repoRoot,
      branch: branch ?? '',
      name: undefined,
      releaseOf,
      fetch: Boolean(branch),
    });
    const versions = found ? versionsOf(found) : undefined;
    if (found && versions && sameSet(versions)) {
      const missing = await missingAtMany(found.sha, versions);
      if (missing.length === 0) {
        for (const [n, v] of versions) finalVersions.set(n, v);
        Object.assign(outputs, { files: '[]', commit: found.sha, pushed: 'false' });
        notes.push(`already released by ${found.sha} (Release-Of: ${releaseOf}): nothing changed`);
        return done();
      }
      resume = versions;
      notes.push(
        `${found.sha} says it releases ${[...versions].map(([n, v]) => `${n}@${v}`).join(', ')} (Release-Of: ${releaseOf}) but lacks ${missing.join(', ')}: committing the rest of the release`,
      );
    }
  }
  // HEAD itself, when it is this run's complete release commit (killed between commit and push).
  let unpushed: ReleaseCommit | undefined;
  const head = commit && releaseOf ? await git.headCommit(repoRoot) : undefined;
  if (head && releaseOf) {
    const candidate = await findReleaseCommit(git, {
      cwd: repoRoot,
      branch: '',
      name: undefined,
      releaseOf,
      fetch: false,
    });
    if (
      candidate?.sha === head &&
      sameSet(versionsOf(candidate)) &&
      (await missingAtMany(head, versionsOf(candidate))).length === 0
    )
      unpushed = candidate;
  }
  if (unpushed && via === 'api' && (await onBranch(context, repoRoot, branch as string, unpushed.sha))) {
    for (const [n, v] of versionsOf(unpushed)) finalVersions.set(n, v);
    Object.assign(outputs, { files: '[]', commit: unpushed.sha, pushed: 'false' });
    notes.push(
      'the release commit is already HEAD',
      `${branch as string} already holds ${unpushed.sha}: nothing changed`,
    );
    return done();
  }
  if (unpushed) resume ??= versionsOf(unpushed);
  const baseRev = !commit ? undefined : unpushed && via === 'api' ? `${unpushed.sha}~1` : 'HEAD';
  const files = releaseFilesMany(
    targets.map((target) => ({ target })),
    manifests,
    repoRoot,
  );

  /** The release computed at a base (a commit, or the working tree without --commit): each version recomputed there. */
  const prepareMany = async (base?: string): Promise<VersionPlan> => {
    const disk = await readTexts(context, files);
    const texts = base ? await textsAt(context, repoRoot, base, files) : disk;
    const parts: ReleasePart[] = [];
    for (const [i, t] of targets.entries()) {
      const request = requests[i] as ReleaseRequest;
      const current = headVersion(texts.get(versionFiles(t).manifest)) ?? t.version;
      const next =
        resume?.get(t.name) ??
        request.version ??
        (await bumpFromRegistry(t, current, request.bump as Bump, registries.get(t.name)));
      if (semver.valid(current) && semver.lt(next, current))
        throw new UsageError(`version: --releases: ${t.name} ${next} is lower than package.json's ${current}`);
      const { section } = await buildChangelog(t, next, false, input.repo, context).catch((error: unknown) => {
        if (typeof (error as { status?: unknown }).status !== 'number') throw error;
        throw new GitHubReadFailed(
          `${describeGitHubError(error, 'reading the merged PRs for the CHANGELOG section', 'pull-requests: read')}; nothing was written or committed, re-run the job`,
        );
      });
      parts.push({ target: { ...t, version: next }, section });
    }
    for (const part of parts) finalVersions.set(part.target.name, part.target.version);
    return planVersionMany({ base: texts, disk, parts, manifests, repoRoot });
  };
  const refuseForeign = (plan: VersionPlan) => {
    if (plan.foreign.length)
      throw new UsageError(
        `version: ${plan.foreign.map(rel).join(', ')} ${plan.foreign.length === 1 ? 'has' : 'have'} uncommitted changes besides the release (neither ${baseRev ?? 'HEAD'}'s content nor the bump of ${plan.version}): commit or discard them, then re-run; nothing was changed`,
      );
  };
  const githubFailed = (error: unknown) => {
    if (!(error instanceof GitHubReadFailed)) return false;
    findings.push(...rateAll([{ rule: 'plan/github-failed', message: redact(error.message) }], rules));
    return true;
  };
  const messageOf = () =>
    releasesMessage(
      targets.map((t) => ({ name: t.name, version: finalVersions.get(t.name) ?? t.version })),
      releaseOf,
    );
  if (input['dry-run']) {
    let plan: VersionPlan;
    try {
      plan = await prepareMany(baseRev);
    } catch (error) {
      if (githubFailed(error)) return done();
      throw error;
    }
    refuseForeign(plan);
    outputs.files = JSON.stringify(plan.files.map((c) => rel(c.file)));
    notes.push(
      `dry run: would release ${plan.version} (${plan.files.map((c) => rel(c.file)).join(', ') || 'no file changes'})${commit ? `, then commit "${messageOf().split('\n')[0] ?? ''}"${input.push ? ' and push' : ''}` : ''}`,
    );
    return done();
  }
  const lock = commit ? await git.indexLock(repoRoot) : undefined;
  if (lock)
    throw new UsageError(
      `version: ${lock} exists: a git command is running in this checkout, or was killed in the middle (e.g. an interrupted release); if none is running, delete that file and re-run; nothing was changed`,
    );
  const snapshot = await workingTree.snapshot(repoRoot, files, commit);
  const putBack = async (): Promise<void> => {
    const problems = await workingTree.restore(snapshot);
    notes.push(
      problems.length
        ? `the checkout could NOT be fully put back: ${problems.join('; ')}`
        : 'the checkout is as this run found it (files, index and HEAD)',
    );
    outputs.commit = (await git.headCommit(repoRoot)) ?? '';
    outputs.pushed = 'false';
  };
  try {
    for (let attempt = 1; ; attempt += 1) {
      let outcome: Outcome;
      if (unpushed && via === 'git' && attempt === 1) {
        for (const [n, v] of versionsOf(unpushed)) finalVersions.set(n, v);
        outputs.files = '[]';
        notes.push(
          'the release commit is already HEAD',
          `HEAD ${unpushed.sha} holds every release file: nothing to commit`,
        );
        outcome = branch
          ? await pushHead(context, repoRoot, branch, unpushed.sha)
          : { kind: 'done', commit: unpushed.sha, pushed: false, note: '' };
      } else {
        const plan = await prepareMany(baseRev && attempt === 1 ? baseRev : baseRev ? 'HEAD' : undefined);
        refuseForeign(plan);
        const changed = plan.files.map((c) => rel(c.file));
        outputs.files = JSON.stringify(changed);
        if (!commit) {
          for (const change of plan.toWrite) await fs.writeFile(change.file, change.after);
          notes.push(
            changed.length ? `set ${plan.version} in ${changed.join(', ')}` : `${plan.version}: already set everywhere`,
          );
          return done();
        }
        outcome =
          via === 'api'
            ? await commitThroughApi({
                target: lead,
                input,
                context,
                branch: branch as string,
                plan,
                baseRev: attempt === 1 ? (baseRev as string) : 'HEAD',
                message: messageOf(),
              })
            : await commitAndPush({ context, target: lead, branch, plan, message: messageOf() });
      }
      if (outcome.kind === 'done') {
        Object.assign(outputs, { commit: outcome.commit, pushed: String(outcome.pushed) });
        if (outcome.note) notes.push(outcome.note);
        return done();
      }
      if (outcome.kind === 'refused' || outcome.kind === 'failed') {
        findings.push(...rateAll([{ rule: 'version/push-rejected', message: redact(outcome.message) }], rules));
        await putBack();
        return done();
      }
      if (attempt >= MAX_ATTEMPTS) {
        findings.push(
          ...rateAll(
            [
              {
                rule: 'version/push-rejected',
                message: explainPushRejection('[rejected] (non-fast-forward)', branch as string),
              },
            ],
            rules,
          ),
        );
        await putBack();
        return done();
      }
      notes.push(
        `attempt ${attempt}: ${branch as string} moved since ${attempt === 1 ? 'the checkout' : 'the last attempt'} (non-fast-forward); re-applying the bumps on its new head`,
      );
      // A resumed set keeps its versions; bumps are recomputed on the new head.
      await moveToRemoteHead(context, repoRoot, branch as string);
      await context.adapters.clock.sleep(150 * attempt + Math.floor(Math.random() * 350));
    }
  } catch (error) {
    if (githubFailed(error)) {
      await putBack();
      return done();
    }
    const problems = await workingTree.restore(snapshot);
    if (problems.length)
      throw new Error(
        `${(error as Error).message}; and the checkout could NOT be fully put back: ${problems.join('; ')}`,
        {
          cause: error,
        },
      );
    throw error;
  }
}

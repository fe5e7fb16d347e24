import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import semver from 'semver';
import { z } from 'zod';
import { UsageError } from '../errors.js';
import { currentBranch, fetchBranch, gitAuthEnv, headCommit, runGit } from '../ports/git.js';
import { BUMPS, nextVersion, type Bump } from '../release/bump.js';
import { insertSection } from '../release/changelog.js';
import { findReleaseCommit, releaseMessage, releaseSubject } from '../release/release-commit.js';
import { openReleaseTarget, type ReleaseTarget } from '../release/release-target.js';
import { readTexts, versionEditsOf, versionFiles } from '../release/version-files.js';
import { isOk, type Finding, type Report } from '../report/model.js';
import { rateAll } from '../rules.js';
import { buildChangelog } from './changelog.js';
import { CONFIG_OPTION, configAndFailOnShape, DIRECTORY_OPTION, FAIL_ON_OPTION, versionInput } from './common-inputs.js';
import { aggregateReport, PACKAGE_OUTPUTS } from './packages.js';
import { REPO_OPTION, repoShape } from './plan.js';
import type { CommandSpec, OptionSpec, RunContext } from './types.js';

export { gitAuthEnv };

const inputSchema = z.object({
  directory: z.string().min(1).default('.'),
  version: versionInput().optional(),
  bump: z.enum(BUMPS).optional(),
  commit: z.boolean().optional(),
  push: z.boolean().optional(),
  'dry-run': z.boolean().optional(),
  'release-of': z.string().regex(/^[0-9a-fA-F]{7,40}$/, 'expected a commit sha').optional(),
  'commit-via': z.enum(['git', 'api']).optional(),
  ...repoShape,
  ...configAndFailOnShape,
});
type Input = z.infer<typeof inputSchema>;

const OPTIONS: readonly OptionSpec[] = [
  DIRECTORY_OPTION,
  { name: 'version', type: 'string', description: 'plan: an exact next version (workflow_dispatch override), validated. Other commands: the version to work on.' },
  { name: 'bump', type: 'string', description: 'version: instead of --version, major, minor, patch or prerelease of the package.json version at the head the commit is made on (a release that lost a push race bumps again from the new head).' },
  { name: 'commit', type: 'boolean', description: 'Commit the bump as "chore(release): <name>@<version>" with a "Release-Of: <sha>" trailer.' },
  { name: 'push', type: 'boolean', description: 'Push the commit to the current branch (implies --commit), with the checkout\'s credentials; a branch moved meanwhile gets the bump re-applied on its new head (up to 5 attempts).' },
  { name: 'dry-run', type: 'boolean', description: 'Read the registry and print every command, change nothing.' },
  { name: 'release-of', type: 'string', description: 'The commit being released, written as the release commit\'s Release-Of trailer (default: GITHUB_SHA). A re-run finds its release commit by it and changes nothing.' },
  { name: 'commit-via', type: 'string', description: 'git (default): git commit + git push. api: create the commit through the GitHub REST API with GITHUB_TOKEN, so GitHub signs it (rulesets requiring signed commits); needs --push.' },
  REPO_OPTION,
  CONFIG_OPTION,
  FAIL_ON_OPTION,
];

export const versionCommand: CommandSpec<Input> = {
  name: 'version',
  aliases: ['bump'],
  summary: 'Set the version in package.json, the lockfile and server.json, write the CHANGELOG section, and commit and push the bump (each step skipped when already done).',
  positional: { name: 'DIR', option: 'directory' },
  options: OPTIONS,
  outputs: {
    ...PACKAGE_OUTPUTS,
    files: 'version: JSON array of the files changed.',
    commit: 'version: the release commit (HEAD after the bump).',
    pushed: 'version: "true" when the commit was pushed by this run.',
    version: 'version: the version set (with --bump, computed at the head it was committed on).',
  },
  inputSchema,
  run: version,
};

/** How often a release that lost a push race re-applies its bump on the new head. */
const MAX_ATTEMPTS = 5;

/** Names the ruleset rules a refusal lists, with what to change for each. */
function explainRules(text: string, branch: string): string {
  const fixes: string[] = [];
  if (/verified signatures|signed commits/i.test(text)) fixes.push('"Require signed commits": commits made by git on the runner are unsigned; use `commit-via: api` (GitHub signs commits it creates through its API for an App or Actions token)');
  if (/through a pull request|pull request/i.test(text)) fixes.push('"Require a pull request before merging": use a token of an actor in the ruleset\'s bypass list (e.g. a GitHub App, passed as the release-token secret)');
  if (fixes.length === 0) fixes.push('add the workflow\'s identity (the GitHub Actions app, or the release bot or App) to the ruleset\'s bypass list');
  return `a repository ruleset refused the release commit on ${branch}: ${fixes.join('; ')}`;
}

/** git's push refusals, as the change a maintainer has to make. */
export function explainPushRejection(stderr: string, branch: string): string {
  if (/GH006|protected branch/i.test(stderr)) return `branch ${branch} is protected and refused the release commit: let the workflow's identity bypass the protection (or the "Require a pull request" rule), or use a token that may`;
  if (/GH013|rule violations|ruleset/i.test(stderr)) return explainRules(stderr, branch);
  if (/permission to .* denied|returned error: 403|403 forbidden/i.test(stderr)) return `the token may not push to ${branch}: the job needs \`permissions: contents: write\``;
  if (/fetch first|non-fast-forward|\[rejected\]|failed to update ref/i.test(stderr)) return `${branch} kept moving: the release commit was re-applied on its new head ${MAX_ATTEMPTS} times and lost every race; re-run the release`;
  return `git push failed: ${stderr.split('\n').filter((l) => l.trim()).slice(0, 3).join(' | ')}`;
}

/** The GitHub API's refusals of the release commit (commit-via api), as the change a maintainer has to make. */
export function explainApiRefusal(refusal: { status: number; message: string; step: string }, branch: string): string {
  if (/rule violations/i.test(refusal.message)) return explainRules(refusal.message, branch);
  if (refusal.status === 401) return `GitHub rejected the token while ${refusal.step} (401): check GITHUB_TOKEN`;
  if (refusal.status === 403 || refusal.status === 404) return `the token may not write to the repository (${refusal.status} ${refusal.message} while ${refusal.step}): the job needs \`permissions: contents: write\` (or pass a release-token that has it)`;
  return `GitHub refused the release commit while ${refusal.step} (${refusal.status} ${refusal.message})`;
}

/** A push that lost a race: the branch moved since the head the commit was made on. */
export function isNonFastForward(text: string): boolean {
  return /\[rejected\].*\((fetch first|non-fast-forward)\)|failed to update ref|cannot lock ref|incorrect old value/i.test(text);
}

interface Prepared {
  version: string;
  /** Files to write, with their new content (only the ones that change). */
  changes: { file: string; after: string }[];
}

/**
 * Everything the bump changes, computed from the files of the current head:
 * called again after a lost race, so the edits land on what the other
 * release committed (a shared lockfile keeps both bumps).
 */
async function prepare(target: ReleaseTarget, input: Input, context: RunContext): Promise<Prepared> {
  const files = versionFiles(target);
  const changelogFile = path.join(target.dir, 'CHANGELOG.md');
  const texts = await readTexts([...Object.values(files), changelogFile]);
  const current = headVersion(texts.get(files.manifest)) ?? target.version;
  const next = input.version ?? nextVersion({ current, bump: input.bump as Bump, preid: target.preid, published: [] });
  if (semver.valid(current) && semver.lt(next, current)) throw new UsageError(`version: --version ${next} is lower than package.json's ${current}`);
  const edits = versionEditsOf(texts, { ...target, version: next });
  const { section } = await buildChangelog(target, next, false, input.repo, context);
  const before = texts.get(changelogFile);
  const after = insertSection(before, next, section);
  return { version: next, changes: [...edits.map((e) => ({ file: e.file, after: e.after })), ...(after !== before ? [{ file: changelogFile, after }] : [])] };
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
async function releaseBranch(repoRoot: string, env: NodeJS.ProcessEnv): Promise<string> {
  const branch = env.GITHUB_REF_NAME && !env.GITHUB_REF?.startsWith('refs/pull/') ? env.GITHUB_REF_NAME : await currentBranch(repoRoot);
  if (!branch) throw new UsageError('version: --push: HEAD is not on a branch (detached); check out the branch to release from');
  return branch;
}

async function version(input: Input, context: RunContext): Promise<Report> {
  const started = performance.now();
  if (Boolean(input.version) === Boolean(input.bump)) throw new UsageError('version: give exactly one of --version (an exact version) and --bump (major, minor, patch or prerelease)');
  const via = input['commit-via'] ?? 'git';
  if (via === 'api' && !input.push) throw new UsageError('version: --commit-via api writes the branch on GitHub, so it needs --push');
  const target = await openReleaseTarget(context.cwd, input.directory, input.config, 'version');
  const findings: Finding[] = [];
  const notes: string[] = [];
  const commit = Boolean(input.commit || input.push);
  const outputs: Record<string, string> = {};
  const done = () => aggregateReport('version', [{ name: target.name, version: outputs.version ?? input.version ?? target.version, dir: path.relative(context.cwd, target.dir) || '.', ok: isOk(findings, input['fail-on'] ?? 'error'), findings }], { total: Math.round(performance.now() - started) }, notes, outputs);
  if (input.version && semver.valid(target.version) && semver.lt(input.version, target.version)) throw new UsageError(`version: ${input.version} is lower than package.json's ${target.version}`);

  const env = context.parentEnv;
  const token = env.GITHUB_TOKEN;
  const network = { ...env, ...gitAuthEnv(env.GITHUB_SERVER_URL ?? 'https://github.com', token) };
  const redact = (text: string) => (token ? text.split(token).join('***') : text);
  const branch = input.push ? await releaseBranch(target.repoRoot, env) : undefined;
  const releaseOf = input['release-of'] ?? (env.GITHUB_SHA || undefined);

  // A re-run of a release whose commit is already on the branch: resume, never bump twice.
  if (commit && releaseOf) {
    const found = await findReleaseCommit({ cwd: target.repoRoot, branch: branch ?? '', name: target.name, releaseOf, env: network, fetch: Boolean(branch) });
    if (found) {
      Object.assign(outputs, { files: '[]', commit: found.sha, pushed: 'false', version: found.version });
      notes.push(`already released by ${found.sha} (${releaseSubject(target.name, found.version)}, Release-Of: ${releaseOf}): nothing changed`);
      return done();
    }
  }

  const rel = (file: string) => path.relative(target.repoRoot, file).split(path.sep).join('/');
  if (input['dry-run']) {
    const prepared = await prepare(target, input, context);
    outputs.version = prepared.version;
    outputs.files = JSON.stringify(prepared.changes.map((c) => rel(c.file)));
    const edited = prepared.changes.filter((c) => !c.file.endsWith('CHANGELOG.md')).map((c) => rel(c.file));
    notes.push(`dry run: would set ${prepared.version} in ${edited.join(', ') || 'no file (already set)'} and write the CHANGELOG section${commit ? `, then commit "${releaseSubject(target.name, prepared.version)}"${input.push ? ` and push${via === 'api' ? ' through the GitHub API' : ''}` : ''}` : ''}`);
    return done();
  }

  for (let attempt = 1; ; attempt += 1) {
    const prepared = await prepare(target, input, context);
    outputs.version = prepared.version;
    for (const change of prepared.changes) await writeFile(change.file, change.after);
    const changed = prepared.changes.map((c) => rel(c.file));
    outputs.files = JSON.stringify(changed);
    notes.push(changed.length ? `set ${prepared.version} in ${changed.join(', ')}` : `${prepared.version} is already set everywhere`);
    if (!commit) return done();
    const message = releaseMessage(target.name, prepared.version, releaseOf);
    const outcome = via === 'api' ? await commitThroughApi({ target, input, context, branch: branch as string, changed, message, network }) : await commitAndPush({ target, branch, changed, message, version: prepared.version, network, notes });
    if (outcome.kind === 'done') {
      Object.assign(outputs, { commit: outcome.commit, pushed: String(outcome.pushed) });
      if (outcome.note) notes.push(outcome.note);
      return done();
    }
    if (outcome.kind === 'refused') {
      outputs.commit = (await headCommit(target.repoRoot)) ?? '';
      outputs.pushed = 'false';
      findings.push(...rateAll([{ rule: 'version/push-rejected', message: redact(outcome.message) }], target.config.rules));
      return done();
    }
    // Lost a race: another leg or run moved the branch. Start again from its new head.
    if (attempt >= MAX_ATTEMPTS) {
      outputs.commit = (await headCommit(target.repoRoot)) ?? '';
      outputs.pushed = 'false';
      findings.push(...rateAll([{ rule: 'version/push-rejected', message: explainPushRejection('[rejected] (non-fast-forward)', branch as string) }], target.config.rules));
      return done();
    }
    notes.push(`attempt ${attempt}: ${branch as string} moved since ${attempt === 1 ? 'the checkout' : 'the last attempt'} (non-fast-forward); re-applying the bump on its new head`);
    await moveToRemoteHead(target.repoRoot, branch as string, network);
    // Legs that lost the same race spread out before trying again.
    await sleep(150 * attempt + Math.floor(Math.random() * 350));
  }
}

type Outcome = { kind: 'done'; commit: string; pushed: boolean; note?: string } | { kind: 'refused'; message: string } | { kind: 'retry' };

/** The local checkout becomes the remote branch's head (drops the commit that lost the race). */
async function moveToRemoteHead(repoRoot: string, branch: string, env: NodeJS.ProcessEnv): Promise<void> {
  const fetched = await fetchBranch(repoRoot, branch, env);
  if (!fetched.ok) throw new UsageError(`version: fetching ${branch} after a rejected push failed: ${fetched.stderr.trim().split('\n')[0] ?? ''}`);
  const reset = await runGit(repoRoot, ['reset', '--quiet', '--hard', `refs/remotes/origin/${branch}`]);
  if (reset.code !== 0) throw new UsageError(`version: git reset onto origin/${branch} failed: ${reset.stderr.trim().split('\n')[0] ?? ''}`);
}

async function commitAndPush(options: { target: ReleaseTarget; branch: string | undefined; changed: string[]; message: string; version: string; network: NodeJS.ProcessEnv; notes: string[] }): Promise<Outcome> {
  const { target, branch, changed, message } = options;
  const head = await runGit(target.repoRoot, ['log', '-1', '--format=%s']);
  if (changed.length === 0 && head.stdout.trim() === releaseSubject(target.name, options.version)) {
    options.notes.push('the release commit is already HEAD');
  } else if (changed.length > 0) {
    await runGit(target.repoRoot, ['add', '--', ...changed]);
    const identity = (await runGit(target.repoRoot, ['config', 'user.email'])).stdout.trim() ? [] : ['-c', 'user.name=github-actions[bot]', '-c', 'user.email=41898282+github-actions[bot]@users.noreply.github.com'];
    const result = await runGit(target.repoRoot, [...identity, 'commit', '--quiet', '-m', message, '--', ...changed]);
    if (result.code !== 0) throw new UsageError(`version: git commit failed: ${result.stderr.trim().split('\n')[0] ?? ''}`);
  }
  const commit = (await headCommit(target.repoRoot)) ?? '';
  if (!branch) return { kind: 'done', commit, pushed: false };
  const push = await runGit(target.repoRoot, ['push', '--porcelain', 'origin', `HEAD:refs/heads/${branch}`], options.network);
  if (push.code !== 0) {
    if (isNonFastForward(push.stdout + push.stderr)) return { kind: 'retry' };
    return { kind: 'refused', message: explainPushRejection(push.stderr + push.stdout, branch) };
  }
  const pushed = !/\[up to date\]|^=\s/m.test(push.stdout);
  return { kind: 'done', commit, pushed, note: pushed ? `pushed to ${branch}` : `${branch} already has the release commit` };
}

/** git's mode of each path at HEAD (an executable stays one); new files are 100644. */
async function modesAtHead(repoRoot: string, paths: readonly string[]): Promise<Map<string, '100644' | '100755'>> {
  const listed = await runGit(repoRoot, ['ls-tree', '-z', 'HEAD', '--', ...paths]);
  const modes = new Map<string, '100644' | '100755'>();
  for (const entry of listed.stdout.split('\0').filter(Boolean)) {
    const [meta = '', file = ''] = entry.split('\t');
    modes.set(file, meta.startsWith('100755') ? '100755' : '100644');
  }
  return modes;
}

async function commitThroughApi(options: { target: ReleaseTarget; input: Input; context: RunContext; branch: string; changed: string[]; message: string; network: NodeJS.ProcessEnv }): Promise<Outcome> {
  const { target, branch, changed } = options;
  const head = (await headCommit(target.repoRoot)) ?? '';
  if (changed.length === 0) return { kind: 'done', commit: head, pushed: false, note: 'nothing to commit: the version is already set at HEAD' };
  const { createGitHub, githubSkipReason, githubTarget } = await import('../github/client.js');
  const gh = githubTarget(options.input.repo, options.context);
  if (!gh) throw new UsageError(`version: --commit-via api needs GitHub: ${githubSkipReason(options.input.repo, options.context)}`);
  const client = await createGitHub(gh, options.context.parentEnv);
  const { commitViaApi } = await import('../github/git-database.js');
  const modes = await modesAtHead(target.repoRoot, changed);
  const changes = await Promise.all(changed.map(async (file) => ({ path: file, mode: modes.get(file) ?? ('100644' as const), content: await readFile(path.join(target.repoRoot, file)) })));
  const baseTree = (await runGit(target.repoRoot, ['rev-parse', 'HEAD^{tree}'])).stdout.trim();
  const result = await commitViaApi(client, gh, { branch, parent: head, baseTree, changes, message: options.message });
  if (result.kind === 'not-fast-forward') return { kind: 'retry' };
  if (result.kind === 'refused') return { kind: 'refused', message: explainApiRefusal(result, branch) };
  // The checkout gets the commit GitHub made, so later steps (pack, tag) see exactly what was released.
  const fetched = await fetchBranch(target.repoRoot, branch, options.network);
  const reset = fetched.ok ? await runGit(target.repoRoot, ['reset', '--quiet', '--hard', result.sha]) : undefined;
  const local = reset?.code === 0 ? '' : ' (the checkout could not fetch it; later steps must check it out)';
  return { kind: 'done', commit: result.sha, pushed: true, note: `committed through the GitHub API as ${result.sha} on ${branch}${result.verified ? ', signed by GitHub (verified)' : ''}${local}` };
}

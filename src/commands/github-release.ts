import path from 'node:path';
import semver from 'semver';
import { z } from 'zod';
import { UsageError } from '../errors.js';
import { describeGitHubError, githubSkipReason, githubTarget, type GitHubTarget } from '../github/client.js';
import { duplicateAsset } from '../github/asset-names.js';
import { ensureMajorTag, majorTagChange, majorTagFor, readTag } from '../github/major-tag.js';
import {
  ensureRelease,
  ensureTag,
  findRelease,
  publishRelease,
  syncAssets,
  TagConflictError,
} from '../github/releases.js';
import type { GitHub } from '../ports/github.js';
import { extractSection } from '../release/changelog.js';
import { gitTagFor } from '../release/release-target.js';
import { isOk, type Finding, type Report } from '../report/model.js';
import { rateAll } from '../rules.js';
import { defineCommand, pickOptions } from './define-command.js';
import { SHARED_DESCRIPTIONS } from './option-catalog.js';
import { aggregateReport } from './packages.js';
import { openReleaseTarget } from './release-target.js';
import type { CommandSpec, RunContext } from './types.js';

const OPTIONS = pickOptions({
  directory: { description: SHARED_DESCRIPTIONS.packageFolder },
  version: {
    description: 'The version released: its git tag (v<version>, or name@<version> in a monorepo) and its release.',
  },
  asset: true,
  draft: true,
  'notes-file': true,
  sha: {
    description: 'The commit to tag, a full 40-character sha (default: GITHUB_SHA, else HEAD).',
    schema: z
      .string()
      .regex(/^[0-9a-f]{40}$/, 'expected a full 40-character commit sha')
      .optional(),
  },
  'major-tag': true,
  'dry-run': {
    description: 'Read the tag, the release and the major tag on GitHub and say what would change; change nothing.',
  },
  repo: true,
  config: { description: SHARED_DESCRIPTIONS.configInRepository },
  'fail-on': { description: SHARED_DESCRIPTIONS.failOnError },
});
type Input = z.infer<typeof OPTIONS.schema>;

export const githubReleaseCommand: CommandSpec<Input> = defineCommand({
  name: 'github-release',
  summary:
    'After the publish: the git tag (v<version>, or name@<version> in a monorepo) and the GitHub release with its notes and assets; draft first, published last; a re-run does only what is missing.',
  positional: 'directory',
  options: OPTIONS,
  outputs: {
    'git-tag': 'The git tag of the release (v1.2.3, or name@1.2.3 in a monorepo), made or found.',
    'release-id': 'The GitHub release id.',
    'release-url': 'The release page.',
    draft: '"true" while the release is a draft.',
    assets: 'JSON array of {name, outcome} (uploaded, replaced, unchanged).',
    'major-tag': 'With {--major-tag}: the major tag (v1) now at the release commit.',
    'major-tag-outcome': 'With {--major-tag}: created, moved, unchanged, skipped or dry-run.',
  },
  run: githubRelease,
});

async function githubRelease(input: Input, context: RunContext): Promise<Report> {
  const started = performance.now();
  const { fs } = context.adapters;
  const target = await openReleaseTarget(context, input.directory, input.config, 'github-release');
  const tag = gitTagFor(target, input.version);
  const findings: Finding[] = [];
  const notes: string[] = [];
  const outputs: Record<string, string> = { 'git-tag': tag };
  const finding = (rule: string, message: string): void =>
    void findings.push(...rateAll([{ rule, message }], target.config.rules));
  const done = () =>
    aggregateReport(
      'github-release',
      [
        {
          name: target.name,
          version: input.version,
          dir: path.relative(context.cwd, target.dir) || '.',
          ok: isOk(findings, input['fail-on'] ?? 'error'),
          findings,
        },
      ],
      { total: Math.round(performance.now() - started) },
      notes,
      outputs,
    );

  const assets = (input.asset ?? []).map((a) => path.resolve(context.cwd, a));
  for (const [i, file] of assets.entries()) {
    if (!(await fs.stat(file).catch(() => undefined))?.isFile())
      throw new UsageError(`github-release: --asset "${input.asset?.[i] ?? ''}" is not a file`);
  }
  // Said before any request: found half-way, the tag, the draft and one of them would already exist, and a re-run would replace it silently.
  const duplicate = duplicateAsset(input.asset ?? []);
  if (duplicate)
    throw new UsageError(
      `github-release: --asset "${duplicate.first}" and --asset "${duplicate.second}" would both be the release asset "${duplicate.name}" (GitHub names an asset by its file name): rename one, or give each file once`,
    );
  const body = input['notes-file']
    ? await fs.readFile(path.resolve(context.cwd, input['notes-file']), 'utf8').catch(() => {
        throw new UsageError(`github-release: --notes-file: cannot read ${input['notes-file'] ?? ''}`);
      })
    : (extractSection(
        await fs.readFile(path.join(target.dir, 'CHANGELOG.md'), 'utf8').catch(() => ''),
        input.version,
      ) ?? `Release ${input.version}.\n`);
  const sha = input.sha ?? context.settings.github.sha ?? (await context.adapters.git.headCommit(target.repoRoot));
  if (!sha) throw new UsageError('github-release: no commit to tag: pass --sha (or run inside the git checkout)');

  const gh = githubTarget(input.repo, context.settings);
  if (!gh) {
    notes.push(`GitHub release skipped: ${githubSkipReason(input.repo, context.settings)}`);
    return done();
  }
  const github = await context.adapters.github.client(gh, (line) => notes.push(line));
  const major = input['major-tag'] ? majorTagFor(tag, input.version) : undefined;
  if (major && 'skipped' in major) {
    outputs['major-tag-outcome'] = 'skipped';
    notes.push(major.skipped);
  }
  const majorTag = major && 'tag' in major ? major.tag : undefined;
  if (input['dry-run']) {
    try {
      notes.push(...(await dryRunPlan(github, gh, { tag, sha, assets, draft: Boolean(input.draft), majorTag })));
      if (majorTag) Object.assign(outputs, { 'major-tag': majorTag, 'major-tag-outcome': 'dry-run' });
    } catch (error) {
      finding('release/github-failed', describeGitHubError(error, 'reading the tag and release', 'contents: read'));
    }
    return done();
  }
  let step = `creating tag ${tag}`;
  try {
    notes.push(`tag ${tag}: ${await ensureTag(github, gh, tag, sha)}`);
    step = `creating the release for ${tag}`;
    const prerelease = semver.prerelease(input.version) !== null;
    const { release, outcome } = await context.log.step(`create the GitHub release ${tag}`, () =>
      ensureRelease(
        github,
        gh,
        { tag, name: target.monorepo ? `${target.name} ${input.version}` : `v${input.version}`, body, prerelease, sha },
        true,
      ),
    );
    notes.push(`release: ${outcome}${release.draft ? ' (draft)' : ''}`);
    step = `uploading the assets of ${tag}`;
    const uploaded = await context.log.step(`upload ${assets.length} asset(s) to ${tag}`, () =>
      syncAssets(github, gh, release, assets, (file) => fs.readFile(file)),
    );
    outputs.assets = JSON.stringify(uploaded);
    let draft = release.draft;
    if (!input.draft) {
      step = `publishing the release ${tag}`;
      const published = await context.log.step(`publish the GitHub release ${tag}`, () =>
        publishRelease(github, gh, release, !prerelease),
      );
      if (published === 'updated') notes.push('release: published');
      draft = false;
    }
    Object.assign(outputs, { 'release-id': String(release.id), 'release-url': release.htmlUrl, draft: String(draft) });
    if (majorTag && draft) {
      // Users of @v1 must not get a release nobody published yet: the step that publishes it moves the tag.
      Object.assign(outputs, { 'major-tag-outcome': 'skipped' });
      notes.push(
        `major tag ${majorTag} not moved: the release is a draft (run github-release --major-tag again once it is published)`,
      );
    } else if (majorTag) {
      step = `moving the major tag ${majorTag}`;
      const moved = await ensureMajorTag(github, gh, majorTag, sha);
      Object.assign(outputs, { 'major-tag': majorTag, 'major-tag-outcome': moved.outcome });
      notes.push(`major tag: ${moved.description}`);
    }
  } catch (error) {
    if (error instanceof TagConflictError) finding('release/tag-conflict', error.message);
    else finding('release/github-failed', describeGitHubError(error, step, 'contents: write'));
  }
  return done();
}

/** What a run would write, read from GitHub without writing: the tag, the release, its assets, the major tag. */
async function dryRunPlan(
  github: GitHub,
  gh: GitHubTarget,
  plan: { tag: string; sha: string; assets: string[]; draft: boolean; majorTag?: string },
): Promise<string[]> {
  const short = plan.sha.slice(0, 12);
  const tagNow = await readTag(github, gh, plan.tag);
  const lines = [
    `dry run: tag ${plan.tag}: ${!tagNow ? `would create at ${short}` : tagNow.sha === plan.sha ? `already at ${short}` : `at ${tagNow.sha.slice(0, 12)}, not ${short}: a conflict`}`,
  ];
  const release = await findRelease(github, gh, plan.tag);
  lines.push(
    `dry run: release ${plan.tag}: ${release ? `exists${release.draft ? ' (draft)' : ''}` : 'would create it as a draft'}${plan.assets.length ? `, would sync ${plan.assets.length} asset(s)` : ''}${plan.draft ? '' : release && !release.draft ? '' : ', would publish it'}`,
  );
  if (plan.majorTag && plan.draft)
    lines.push(`dry run: major tag ${plan.majorTag}: not moved, the release stays a draft`);
  else if (plan.majorTag) {
    const change = majorTagChange(plan.majorTag, plan.sha, await readTag(github, gh, plan.majorTag));
    lines.push(
      `dry run: major tag: ${change.outcome === 'unchanged' ? `${change.description}, nothing to do` : `would ${change.description}`}`,
    );
  }
  return lines;
}

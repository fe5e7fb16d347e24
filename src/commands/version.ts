import path from 'node:path';
import semver from 'semver';
import { z } from 'zod';
import { UsageError } from '../errors.js';
import { currentBranch, headCommit, runGit } from '../ports/git.js';
import { openReleaseTarget } from '../release/release-target.js';
import { applyVersionEdits, planVersionEdits } from '../release/version-files.js';
import { isOk, type Finding, type Report } from '../report/model.js';
import { rateAll } from '../rules.js';
import { buildChangelog } from './changelog.js';
import { CONFIG_OPTION, configAndFailOnShape, DIRECTORY_OPTION, FAIL_ON_OPTION } from './common-inputs.js';
import { aggregateReport, PACKAGE_OUTPUTS } from './packages.js';
import { REPO_OPTION, repoShape } from './plan.js';
import type { CommandSpec, OptionSpec, RunContext } from './types.js';

const inputSchema = z.object({
  directory: z.string().min(1).default('.'),
  version: z.string().refine((v) => Boolean(semver.valid(v)), 'expected a semver version such as 1.4.0'),
  commit: z.boolean().optional(),
  push: z.boolean().optional(),
  'dry-run': z.boolean().optional(),
  ...repoShape,
  ...configAndFailOnShape,
});
type Input = z.infer<typeof inputSchema>;

const OPTIONS: readonly OptionSpec[] = [
  DIRECTORY_OPTION,
  { name: 'version', type: 'string', description: 'plan: an exact next version (workflow_dispatch override), validated. Other commands: the version to work on.' },
  { name: 'commit', type: 'boolean', description: 'Commit the bump as "chore(release): <name>@<version>".' },
  { name: 'push', type: 'boolean', description: 'Push the commit to the current branch (implies --commit), with the checkout\'s credentials.' },
  { name: 'dry-run', type: 'boolean', description: 'Read the registry and print every command, change nothing.' },
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
  },
  inputSchema,
  run: version,
};

/**
 * The push authenticates with the job's token through git's environment
 * config (never argv, never .git/config), so the checkout can keep
 * `persist-credentials: false`.
 */
export function gitAuthEnv(serverUrl: string, token: string | undefined): Record<string, string> {
  if (!token) return {};
  const basic = Buffer.from(`x-access-token:${token}`).toString('base64');
  return { GIT_CONFIG_COUNT: '1', GIT_CONFIG_KEY_0: `http.${serverUrl.replace(/\/+$/, '')}/.extraheader`, GIT_CONFIG_VALUE_0: `AUTHORIZATION: basic ${basic}` };
}

const RELEASE_COMMIT = (name: string, v: string) => `chore(release): ${name}@${v}`;

/** git's push refusals, as the change a maintainer has to make. */
export function explainPushRejection(stderr: string, branch: string): string {
  if (/GH006|protected branch/i.test(stderr)) return `branch ${branch} is protected and refused the release commit: let the workflow's identity bypass the protection (or the "Require a pull request" rule), or use a token that may`;
  if (/GH013|rule violations|ruleset/i.test(stderr)) return `a repository ruleset refused the push to ${branch}: add the GitHub Actions app (or the release bot) to the ruleset's bypass list`;
  if (/permission to .* denied|returned error: 403|403 forbidden/i.test(stderr)) return `the token may not push to ${branch}: the job needs \`permissions: contents: write\``;
  if (/fetch first|non-fast-forward|\[rejected\]/i.test(stderr)) return `${branch} moved since the checkout: re-run the release (the bump is made again on the new head)`;
  return `git push failed: ${stderr.split('\n').filter((l) => l.trim()).slice(0, 3).join(' | ')}`;
}

async function version(input: Input, context: RunContext): Promise<Report> {
  const started = performance.now();
  const target = await openReleaseTarget(context.cwd, input.directory, input.config, 'version');
  const findings: Finding[] = [];
  const notes: string[] = [];
  const commit = Boolean(input.commit || input.push);
  const outputs: Record<string, string> = {};
  const done = () => aggregateReport('version', [{ name: target.name, version: input.version, dir: path.relative(context.cwd, target.dir) || '.', ok: isOk(findings, input['fail-on'] ?? 'error'), findings }], { total: Math.round(performance.now() - started) }, notes, outputs);
  if (semver.valid(target.version) && semver.lt(input.version, target.version)) throw new UsageError(`version: ${input.version} is lower than package.json's ${target.version}`);

  const edits = await planVersionEdits({ ...target, version: input.version });
  const rel = (file: string) => path.relative(target.repoRoot, file);
  if (input['dry-run']) {
    outputs.files = JSON.stringify([...edits.map((e) => rel(e.file)), rel(path.join(target.dir, 'CHANGELOG.md'))]);
    notes.push(`dry run: would set ${input.version} in ${edits.map((e) => rel(e.file)).join(', ') || 'no file (already set)'} and write the CHANGELOG section${commit ? `, then commit "${RELEASE_COMMIT(target.name, input.version)}"${input.push ? ' and push' : ''}` : ''}`);
    return done();
  }
  await applyVersionEdits(edits);
  const changelog = await buildChangelog(target, input.version, true, input.repo, context);
  const changed = [...edits.map((e) => e.file), ...(changelog.changed ? [changelog.file] : [])];
  outputs.files = JSON.stringify(changed.map(rel));
  notes.push(changed.length ? `set ${input.version} in ${changed.map(rel).join(', ')}` : `${input.version} is already set everywhere`);
  if (!commit) return done();

  const head = await runGit(target.repoRoot, ['log', '-1', '--format=%s']);
  if (changed.length === 0 && head.stdout.trim() === RELEASE_COMMIT(target.name, input.version)) {
    notes.push('the release commit is already HEAD');
  } else if (changed.length > 0) {
    await runGit(target.repoRoot, ['add', '--', ...changed.map(rel)]);
    const identity = (await runGit(target.repoRoot, ['config', 'user.email'])).stdout.trim() ? [] : ['-c', 'user.name=github-actions[bot]', '-c', 'user.email=41898282+github-actions[bot]@users.noreply.github.com'];
    const result = await runGit(target.repoRoot, [...identity, 'commit', '--quiet', '-m', RELEASE_COMMIT(target.name, input.version), '--', ...changed.map(rel)]);
    if (result.code !== 0) throw new UsageError(`version: git commit failed: ${result.stderr.trim().split('\n')[0] ?? ''}`);
  }
  outputs.commit = (await headCommit(target.repoRoot)) ?? '';
  outputs.pushed = 'false';
  if (!input.push) return done();

  const branch = context.parentEnv.GITHUB_REF_NAME && !context.parentEnv.GITHUB_REF?.startsWith('refs/pull/') ? context.parentEnv.GITHUB_REF_NAME : await currentBranch(target.repoRoot);
  if (!branch) throw new UsageError('version: --push: HEAD is not on a branch (detached); check out the branch to release from');
  const token = context.parentEnv.GITHUB_TOKEN;
  const push = await runGit(target.repoRoot, ['push', '--porcelain', 'origin', `HEAD:refs/heads/${branch}`], { ...context.parentEnv, ...gitAuthEnv(context.parentEnv.GITHUB_SERVER_URL ?? 'https://github.com', token) });
  const redact = (text: string) => (token ? text.split(token).join('***') : text);
  if (push.code !== 0) {
    findings.push(...rateAll([{ rule: 'version/push-rejected', message: redact(explainPushRejection(push.stderr + push.stdout, branch)) }], target.config.rules));
    return done();
  }
  outputs.pushed = String(!/\[up to date\]|^=\s/m.test(push.stdout));
  notes.push(outputs.pushed === 'true' ? `pushed to ${branch}` : `${branch} already has the release commit`);
  return done();
}

import path from 'node:path';
import type { z } from 'zod';
import { UsageError } from '../errors.js';
import { describeGitHubError, githubSkipReason, githubTarget } from '../github/client.js';
import { findRelease, markLatest, RELEASE_BODY_LIMIT } from '../github/releases.js';
import type { RegistryStatus } from '../mcp-registry/client.js';
import { setMcpRegistryStatus } from '../mcp-registry/publish.js';
import { shellQuote } from '../release/npm-command.js';
import { promoteToken, promoteTokenHelp } from '../release/promote-token.js';
import type { PackageState } from '../release/registry.js';
import { planRollback, tagTarget } from '../release/rollback-plan.js';
import { gitTagFor, withSlash, type ReleaseTarget } from '../release/release-target.js';
import { escapeMarkdownInline, fitToLimit } from '../util/markdown.js';
import { isOk, type Finding, type Report } from '../report/model.js';
import { rateAll } from '../rules.js';
import { defineCommand, pickOptions } from './define-command.js';
import { SHARED_DESCRIPTIONS } from './option-catalog.js';
import { aggregateReport } from './packages.js';
import { openReleaseTarget } from './release-target.js';
import type { CommandSpec, RunContext } from './types.js';

const OPTIONS = pickOptions({
  directory: { description: SHARED_DESCRIPTIONS.packageFolder },
  version: { description: 'The bad version to deprecate, or with {--undo} the version to restore.' },
  reason: true,
  to: true,
  undo: true,
  registry: true,
  manifest: {
    description:
      'A release-manifest.json to record the rollback (or the undo) in, under "rollbacks"; nothing is recorded without it.',
  },
  'mcp-registry': {
    description:
      "Also set the version's status in the MCP Registry: {--mcp-registry-status}, or active again with {--undo} (default: the config's mcpRegistry).",
  },
  'mcp-registry-status': true,
  'mcp-registry-url': true,
  'dry-run': {
    description: 'Read the registry and print the npm commands that would run; change nothing.',
  },
  repo: true,
  config: { description: SHARED_DESCRIPTIONS.configInRepository },
  'fail-on': { description: SHARED_DESCRIPTIONS.failOnError },
});
type Input = z.infer<typeof OPTIONS.schema>;

export const rollbackCommand: CommandSpec<Input> = defineCommand({
  name: 'rollback',
  summary:
    'Deprecate a bad version (never unpublish) and move latest (and next) back to the last good one; warn on its GitHub release; mark it in the MCP Registry. --undo restores it.',
  positional: 'directory',
  options: OPTIONS,
  outputs: {
    'rolled-back': 'rolled-back, already-rolled-back, restored, already-restored or dry-run.',
    'moved-tags': 'JSON object of the dist-tags moved, tag -> version.',
    'mcp-registry':
      "The version's MCP Registry status change: updated, unchanged (it already had that status), skipped ({--mcp-registry} off, no server.json or no entry for the version) or failed.",
  },
  run: rollback,
});

export const ROLLBACK_MARKER = '<!-- mcp-release-kit:rolled-back -->';

async function rollback(input: Input, context: RunContext): Promise<Report> {
  const started = performance.now();
  if (!input.undo && !input.reason)
    throw new UsageError('rollback: --reason is required (it becomes the npm deprecation message users see)');
  const { npmCli, npmRegistry } = context.adapters;
  const target = await openReleaseTarget(context, input.directory, input.config, 'rollback');
  const registry = withSlash(input.registry ?? target.registry);
  const { version } = input;
  const findings: Finding[] = [];
  const notes: string[] = [];
  const outputs: Record<string, string> = {};
  const finding = (rule: string, message: string): void =>
    void findings.push(...rateAll([{ rule, message }], target.config.rules));
  const done = () =>
    aggregateReport(
      'rollback',
      [
        {
          name: target.name,
          version,
          dir: path.relative(context.cwd, target.dir) || '.',
          ok: isOk(findings, input['fail-on'] ?? 'error'),
          findings,
        },
      ],
      { total: Math.round(performance.now() - started) },
      notes,
      outputs,
    );
  const { token } = promoteToken(context.settings.credentials);
  const read = () => npmRegistry.packageState(registry, target.name, token);

  let state: PackageState;
  try {
    state = await read();
  } catch (error) {
    finding('rollback/registry-unreachable', (error as Error).message);
    return done();
  }
  const plan = planRollback(state, {
    name: target.name,
    registry,
    version,
    ...(input.to ? { to: input.to } : {}),
    ...(input.undo ? { undo: true } : {}),
    ...(input.reason ? { reason: input.reason } : {}),
  });
  if ('refused' in plan) {
    finding(plan.refused.rule, plan.refused.message);
    return done();
  }
  const { moves, deprecation, deprecate } = plan;
  notes.push(...plan.notes);
  const targetFor = (pkg: PackageState, tag: string) => tagTarget(pkg, version, tag, input.to);
  outputs['moved-tags'] = JSON.stringify(moves);

  const tagArgs = (tag: string, to: string) => ['dist-tag', 'add', `${target.name}@${to}`, tag, '--registry', registry];
  const deprecateArgs = ['deprecate', `${target.name}@${version}`, deprecation, '--registry', registry];
  if (input['dry-run']) {
    const commands = [
      ...Object.entries(moves).map(([tag, to]) => tagArgs(tag, to)),
      ...(deprecate ? [deprecateArgs] : []),
    ];
    notes.push(
      `dry run: nothing changed on ${registry}; ${commands.length ? `would run ${commands.map((c) => `\`npm ${c.map(shellQuote).join(' ')}\``).join(', then ')}` : 'nothing to change on npm'}`,
    );
    outputs['rolled-back'] = 'dry-run';
    return done();
  }
  const writes = Object.keys(moves).length + (deprecate ? 1 : 0);
  if (writes && !token) {
    finding('rollback/no-token', promoteTokenHelp(context.settings));
    return done();
  }
  const moveTag = (tag: string, to: string) =>
    context.log.step(`point ${tag} at ${target.name}@${to}`, () =>
      npmCli.runWithRetries(tagArgs(tag, to), {
        registry,
        token,
        landed: async () => (await read().catch(() => undefined))?.distTags[tag] === to,
      }),
    );
  for (const [tag, to] of Object.entries(moves)) {
    // Re-read just before each write: a concurrent promote or rollback must not be overwritten.
    const now = (await read().catch(() => state)).distTags[tag];
    if (now !== state.distTags[tag] && now !== to) {
      finding(
        'rollback/concurrent-change',
        `"${tag}" moved from ${state.distTags[tag] ?? 'nothing'} to ${now ?? 'nothing'} during this rollback: another release or rollback is running; re-run when it ends`,
      );
      return done();
    }
    const outcome = await moveTag(tag, to);
    if (!outcome.ok) {
      finding('rollback/failed', `npm dist-tag: ${outcome.error}`);
      return done();
    }
  }
  if (deprecate) {
    const outcome = await context.log.step(
      `${input.undo ? 'undeprecate' : 'deprecate'} ${target.name}@${version}`,
      () =>
        npmCli.runWithRetries(deprecateArgs, {
          registry,
          token,
          landed: async () =>
            ((await read().catch(() => undefined))?.versions[version]?.deprecated ?? '') === deprecation,
        }),
    );
    if (!outcome.ok) {
      finding('rollback/failed', `npm deprecate: ${outcome.error}`);
      return done();
    }
  }
  // The registry as this rollback leaves it: what the release notes and the record say is read
  // from here, not from this run's moves, so a re-run after an interrupted run says the same.
  let after = writes ? await read().catch(() => undefined) : state;
  // A promote that raced this rollback may have pointed a tag at the bad version after we read the tags: move it again.
  if (!input.undo && writes) {
    for (const [tag, pointsAt] of Object.entries(after?.distTags ?? {})) {
      const to = after && pointsAt === version ? targetFor(after, tag) : undefined;
      if (!to) continue;
      const outcome = await moveTag(tag, to);
      if (!outcome.ok) {
        finding('rollback/failed', `npm dist-tag (moving "${tag}" again after a concurrent promote): ${outcome.error}`);
        return done();
      }
      moves[tag] = to;
      notes.push(`"${tag}" was moved to ${version} by a concurrent run during this rollback: moved to ${to} again`);
      if (after) after = { ...after, distTags: { ...after.distTags, [tag]: to } };
    }
    outputs['moved-tags'] = JSON.stringify(moves);
  }
  const latestNow = (after ?? state).distTags.latest;
  // Where latest points once this rolled back (or an undo --to moved it): the release badge follows it.
  const goodLatest = input.undo ? moves.latest : latestNow !== version ? latestNow : undefined;
  for (const [tag, to] of Object.entries(moves)) notes.push(`"${tag}" moved from ${version} to ${to}`);
  notes.push(
    input.undo
      ? deprecate
        ? `${version} is no longer deprecated`
        : `${version} was not deprecated`
      : deprecate
        ? `${version} deprecated: "${deprecation}"`
        : `${version} was already deprecated with this reason`,
  );
  outputs['rolled-back'] = input.undo
    ? deprecate
      ? 'restored'
      : 'already-restored'
    : deprecate || Object.keys(moves).length
      ? 'rolled-back'
      : 'already-rolled-back';

  await updateGitHubReleases(target, input, context, goodLatest, notes, finding);
  outputs['mcp-registry'] = 'skipped';
  if (input['mcp-registry'] ?? target.config.mcpRegistry ?? false) {
    const status: RegistryStatus = input.undo ? 'active' : input['mcp-registry-status'];
    const serverJsonText = await context.adapters.fs
      .readFile(path.join(target.dir, 'server.json'), 'utf8')
      .catch(() => undefined);
    const result = await context.log.step(`set ${target.name}@${version} to ${status} in the MCP Registry`, () =>
      setMcpRegistryStatus(
        {
          api: context.adapters.mcpRegistry,
          identityToken: (audience) => context.adapters.oidc.identityToken(audience),
        },
        {
          version,
          status,
          ...(input.reason ? { message: input.reason } : {}),
          registryUrl: input['mcp-registry-url'],
          serverJsonText,
        },
      ),
    );
    outputs['mcp-registry'] = result.outcome;
    if (result.problem) finding('rollback/mcp-registry-failed', result.problem);
    else if (result.outcome === 'updated')
      notes.push(
        `MCP Registry: ${version} is now ${status}${status === 'deprecated' ? " (the registry's latest moves back only for deleted)" : ''}`,
      );
  }
  if (input.manifest)
    await recordInManifest(context, path.resolve(context.cwd, input.manifest), {
      version,
      undo: Boolean(input.undo),
      reason: input.reason ?? '',
      distTags: (after ?? state).distTags,
      by: context.settings.github.actor ?? context.settings.user ?? 'unknown',
    });
  return done();
}

/** The bad release gets a warning at the top and loses "latest"; the good one gets it back. Undo removes the warning. */
async function updateGitHubReleases(
  target: ReleaseTarget,
  input: Input,
  context: RunContext,
  goodLatest: string | undefined,
  notes: string[],
  finding: (rule: string, message: string) => void,
): Promise<void> {
  const gh = githubTarget(input.repo, context.settings);
  if (!gh) {
    notes.push(`GitHub release: skipped (${githubSkipReason(input.repo, context.settings)})`);
    return;
  }
  const tag = gitTagFor(target, input.version);
  try {
    const github = await context.adapters.github.client(gh, (line) => notes.push(line));
    const release = await findRelease(github, gh, tag);
    if (!release) {
      notes.push(`GitHub release: none for ${tag}`);
      return;
    }
    const body = release.body ?? '';
    const stripped = body.startsWith(ROLLBACK_MARKER)
      ? body.slice(body.indexOf('\n\n', body.indexOf('\n> ')) + 2)
      : body;
    const wanted = input.undo
      ? stripped
      : fitToLimit(
          `${ROLLBACK_MARKER}\n> [!WARNING]\n> ${target.name}@${input.version} was rolled back: ${escapeMarkdownInline(input.reason ?? '')}. It is deprecated on npm; ${goodLatest ? `\`latest\` is ${goodLatest}` : 'install another version'}.\n\n${stripped}`,
          RELEASE_BODY_LIMIT,
        );
    if (wanted !== body) {
      await github.rest.repos.updateRelease({
        owner: gh.owner,
        repo: gh.repo,
        release_id: release.id,
        body: wanted,
        ...(input.undo ? {} : { make_latest: 'false' as const }),
      });
      notes.push(`GitHub release ${tag}: ${input.undo ? 'warning removed' : 'warning added'}`);
    }
    if (goodLatest) {
      const goodTag = gitTagFor(target, goodLatest);
      if ((await markLatest(github, gh, goodTag)) === 'updated') notes.push(`GitHub release ${goodTag}: marked latest`);
    }
  } catch (error) {
    finding(
      'rollback/github-failed',
      describeGitHubError(error, `updating the GitHub release ${tag}`, 'contents: write'),
    );
  }
}

/**
 * One record per rollback or undo: added unless the last record for this version is already
 * this action with this reason, so a re-run (also one finishing an interrupted run) adds nothing.
 * `distTags` are the registry's tags once it is done.
 */
async function recordInManifest(
  context: RunContext,
  file: string,
  record: { version: string; undo: boolean; reason: string; distTags: Record<string, string>; by: string },
): Promise<void> {
  const { fs, clock } = context.adapters;
  const manifest = JSON.parse(
    await fs.readFile(file, 'utf8').catch(() => {
      throw new UsageError(`rollback: --manifest: cannot read ${file}`);
    }),
  ) as Record<string, unknown>;
  const history = Array.isArray(manifest.rollbacks) ? (manifest.rollbacks as Record<string, unknown>[]) : [];
  const action = record.undo ? 'undo' : 'rollback';
  const last = history.filter((r) => r.version === record.version).pop();
  if (last?.action === action && last.reason === record.reason) return;
  history.push({
    action,
    version: record.version,
    reason: record.reason,
    distTags: record.distTags,
    by: record.by,
    at: clock.now().toISOString(),
  });
  await fs.writeFile(file, `${JSON.stringify({ ...manifest, rollbacks: history }, null, 2)}\n`);
}

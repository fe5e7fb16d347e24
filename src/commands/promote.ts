import path from 'node:path';
import semver from 'semver';
import type { z } from 'zod';
import { UsageError } from '../errors.js';
import { finalTag } from '../release/bump.js';
import type { ReleaseManifest } from '../release/manifest.js';
import { describeGitHubError, githubSkipReason, githubTarget } from '../github/client.js';
import { findRelease, publishRelease } from '../github/releases.js';
import { publishToMcpRegistry } from '../mcp-registry/publish.js';
import { shellQuote } from '../release/npm-command.js';
import { promoteToken, promoteTokenHelp } from '../release/promote-token.js';
import { notYetServedMessage, waitedNote } from '../release/registry-wait.js';
import type { PackageState } from '../release/registry.js';
import { promoteVerdict } from '../release/promote-rules.js';
import { versionFacts } from '../release/release-state.js';
import { gitTagFor, withSlash, type ReleaseTarget } from '../release/release-target.js';
import { isOk, skippedCheck, type Finding, type Report } from '../report/model.js';
import { displayPath } from '../report/outcome.js';
import { rateAll } from '../rules.js';
import { defineCommand, pickOptions } from './define-command.js';
import { SHARED_DESCRIPTIONS } from './option-catalog.js';
import { aggregateReport } from './packages.js';
import { openReleaseTarget } from './release-target.js';
import { packageAt } from './packages.js';
import { SMOKE_OPTIONS, smokeReport } from './smoke-package.js';
import type { CommandSpec, RunContext } from './types.js';

const DEFAULT_PROMOTE_WAIT_SECONDS = 900;

const OPTIONS = pickOptions({
  directory: { description: SHARED_DESCRIPTIONS.packageFolder },
  version: { description: 'The version to promote (published under the staging dist-tag first).' },
  registry: true,
  manifest: {
    description:
      "The release's release-manifest.json: the registry's bytes must have its integrity (default: release-manifest.json in the package folder, when its version matches).",
  },
  'allow-downgrade': true,
  'mcp-registry': {
    description: "Publish server.json to the MCP Registry (default: the config's mcpRegistry).",
  },
  'mcp-registry-url': true,
  'dry-run': {
    description:
      'Check the version (registry, manifest, upgrade, smoke test) and say what would change; change nothing.',
  },
  'registry-wait': {
    description: `Seconds to wait for the version to be served by the registry before checking it; a wait happens when the release manifest names this version, or when this is given (default: MCP_RELEASE_NPM_WAIT_SECONDS, else ${DEFAULT_PROMOTE_WAIT_SECONDS}).`,
  },
  'smoke-verdict': true,
  repo: true,
  config: { description: SHARED_DESCRIPTIONS.configInRepository },
  'fail-on': { description: SHARED_DESCRIPTIONS.failOnError },
});
type Input = z.infer<typeof OPTIONS.schema>;

export const promoteCommand: CommandSpec<Input> = defineCommand({
  name: 'promote',
  summary:
    "Staging to production: check the version (on the registry with the manifest's bytes, not deprecated, an upgrade, smoke-tested from the registry), then latest, the GitHub release published, the MCP Registry entry.",
  positional: 'directory',
  options: OPTIONS,
  outputs: {
    promoted:
      'promoted, already-promoted, superseded (a newer version is already latest: its GitHub release is published, no dist-tag moves) or dry-run; empty when a check refused it.',
    'dist-tag': 'The dist-tag the version goes to (latest; the prerelease id for prereleases).',
    previous: 'The version the dist-tag pointed at before.',
    'mcp-registry':
      'The MCP Registry entry: published, already-published, skipped ({--mcp-registry} off) or failed; empty when promote stopped before it.',
    'release-url': 'The page of the GitHub release it published (or found published).',
  },
  run: promote,
});

/** The release manifest to check the registry's bytes against, or why there is none (the byte check is then skipped). */
async function loadManifest(
  target: ReleaseTarget,
  input: Input,
  context: RunContext,
): Promise<{ manifest: ReleaseManifest } | { manifest?: undefined; skipped: string }> {
  const file = input.manifest
    ? path.resolve(context.cwd, input.manifest)
    : path.join(target.dir, 'release-manifest.json');
  const shown = displayPath(file, context.cwd, path.relative);
  const text = await context.adapters.fs.readFile(file, 'utf8').catch(() => undefined);
  if (text === undefined) {
    if (input.manifest) throw new UsageError(`promote: --manifest: cannot read ${input.manifest}`);
    return { skipped: `no --manifest given and no ${shown}` };
  }
  let manifest: ReleaseManifest;
  try {
    manifest = JSON.parse(text) as ReleaseManifest;
  } catch {
    throw new UsageError(`promote: ${file} is not JSON`);
  }
  if (manifest.package !== target.name)
    return { skipped: `${shown} is for ${String(manifest.package)}, not ${target.name}` };
  if (manifest.version === input.version || input.manifest) return { manifest };
  return {
    skipped: `no --manifest given, and ${shown} is for version ${String(manifest.version)}, not ${input.version}`,
  };
}

async function promote(input: Input, context: RunContext): Promise<Report> {
  const started = performance.now();
  const { npmCli, npmRegistry } = context.adapters;
  const target = await openReleaseTarget(context, input.directory, input.config, 'promote');
  const registry = withSlash(input.registry ?? target.registry);
  const version = input.version;
  const tag = finalTag(version);
  const findings: Finding[] = [];
  const notes: string[] = [];
  const outputs: Record<string, string> = { 'dist-tag': tag };
  const finding = (rule: string, message: string): void =>
    void findings.push(...rateAll([{ rule, message }], target.config.rules));
  const done = () =>
    aggregateReport(
      'promote',
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
  const { token, source } = promoteToken(context.settings.credentials);
  const loaded = await loadManifest(target, input, context);
  const { manifest } = loaded;
  if ('skipped' in loaded)
    notes.push(
      skippedCheck(
        "the byte check (the registry's tarball against the one packed and tested)",
        loaded.skipped,
        `--manifest with the release-manifest.json that pack wrote for ${target.name}@${version}`,
      ),
    );

  let state: PackageState;
  try {
    state = await npmRegistry.packageState(registry, target.name, token);
  } catch (error) {
    finding('promote/registry-unreachable', (error as Error).message);
    return done();
  }
  // Read back what was published before judging it: a new version can take
  // minutes to be served after the publish (npm/cli#4513), in the packument too.
  // Only for a version there is reason to expect (its release manifest, or a
  // registry-wait asked for): a mistyped version is "not published" at once.
  const waitSeconds = registryWaitSeconds(input, context.settings.npmWaitSeconds);
  const expected =
    input['registry-wait'] !== undefined || (manifest?.package === target.name && manifest.version === version);
  if (expected && versionFacts(state, version, target.stagingTag, tag).state !== 'promoted') {
    const where = { registry, name: target.name, version };
    const wait = await context.log.step(`wait for ${registry} to serve ${target.name}@${version}`, () =>
      npmRegistry.waitForVersion({
        ...where,
        timeoutSeconds: waitSeconds,
        ...(token ? { token } : {}),
        progress: (line) => context.log.info(line),
      }),
    );
    if (!wait.served) {
      const never = state.versions[version]
        ? ''
        : ` (or it was never published: publish it under "${target.stagingTag}" first)`;
      finding('registry/not-yet-served', `${notYetServedMessage(where, wait)}${never}`);
      return done();
    }
    if (wait.attempts > 1) {
      notes.push(waitedNote(where, wait));
      state = await npmRegistry.packageState(registry, target.name, token).catch(() => state);
    }
  }
  const facts = versionFacts(state, version, target.stagingTag, tag);
  const previous = state.distTags[tag];
  if (previous) outputs.previous = previous;
  notes.push(
    `${target.name}@${version} is ${facts.state}${facts.tags.length ? ` (dist-tags: ${facts.tags.join(', ')})` : ''}`,
  );

  // Preconditions, each refused with the reason.
  const verdict = promoteVerdict({
    name: target.name,
    version,
    registry,
    tag,
    stagingTag: target.stagingTag,
    state,
    facts,
    manifest,
    allowDowngrade: Boolean(input['allow-downgrade']),
  });
  const { superseded } = verdict;
  for (const problem of verdict.problems) finding(problem.rule, problem.message);
  notes.push(...verdict.notes);
  if (findings.some((f) => f.severity === 'error')) return done();

  // The smoke test, against the package installed from the registry, unless this version is already out
  // or an earlier job that held no secret already did it (a server under test could read this process's tokens).
  // A library has no server to start (src/workspace/classify.ts): smoke never starts one.
  const judged =
    input['smoke-verdict'] || facts.state === 'promoted' ? undefined : await packageAt(target.dir, context);
  if (input['smoke-verdict'])
    notes.push(
      input['smoke-verdict'] === 'passed'
        ? `smoke test: passed in an earlier job or step without secrets, against ${target.name}@${version} from the registry (not repeated here, beside the promote token)`
        : 'smoke test: off (smoke-verdict off: not an MCP server)',
    );
  else if (judged?.kind === 'library')
    notes.push(`smoke test: skipped, ${target.name} is a library (${judged.kindReason})`);
  else if (facts.state !== 'promoted') {
    const smokeInput = SMOKE_OPTIONS.schema.parse({
      target: `${target.name}@${version}`,
      registry,
      ...(input.config ? { config: input.config } : {}),
    });
    const smoke = await smokeReport(smokeInput, context);
    const errors = smoke.findings.filter((f) => f.severity === 'error');
    if (!smoke.ok) {
      finding(
        'promote/smoke-failed',
        `the smoke test of ${target.name}@${version} installed from ${registry} failed: ${
          errors
            .map((f) => `${f.rule}: ${f.message}`)
            .slice(0, 3)
            .join('; ') || 'see the smoke report'
        }`,
      );
      return done();
    }
    notes.push(
      `smoke test passed (${smoke.outputs['tool-count'] ?? '?'} tools) against ${target.name}@${version} from the registry`,
    );
  }

  const mcpRegistry = input['mcp-registry'] ?? target.config.mcpRegistry ?? false;
  const tagCommand = ['dist-tag', 'add', `${target.name}@${version}`, tag, '--registry', registry];
  if (input['dry-run']) {
    const plannedSteps = [
      ...(previous === version || superseded ? [] : [`run \`npm ${tagCommand.map(shellQuote).join(' ')}\``]),
      `publish the GitHub release ${gitTagFor(target, version)} (when it is a draft)${superseded ? ' without making it latest' : ''}`,
      ...(mcpRegistry ? [`publish server.json ${version} to the MCP Registry`] : []),
    ];
    notes.push(`dry run: nothing changed; would ${plannedSteps.join('; would ')}`);
    outputs.promoted = 'dry-run';
    return done();
  }

  // 1. The dist-tag, after re-reading it: another run may have moved it meanwhile.
  //    A superseded version moves no dist-tag (the newer one keeps them).
  if (superseded) outputs.promoted = 'superseded';
  else if (previous !== version) {
    if (!token) {
      finding('promote/no-token', promoteTokenHelp(context.settings));
      return done();
    }
    const now = await npmRegistry.packageState(registry, target.name, token).catch(() => state);
    if (now.versions[version]?.deprecated) {
      finding(
        'promote/deprecated',
        `${target.name}@${version} was deprecated ("${now.versions[version]?.deprecated ?? ''}") while this promote ran: a rollback won; nothing was moved`,
      );
      return done();
    }
    if (now.distTags[tag] !== previous) {
      finding(
        'promote/concurrent-change',
        `"${tag}" moved from ${previous ?? 'nothing'} to ${now.distTags[tag] ?? 'nothing'} while this promote ran: another release or rollback is running; re-run when it ends`,
      );
      return done();
    }
    const outcome = await context.log.step(`point ${tag} at ${target.name}@${version}`, () =>
      npmCli.runWithRetries(tagCommand, {
        registry,
        token,
        landed: async () =>
          (await npmRegistry.packageState(registry, target.name, token).catch(() => undefined))?.distTags[tag] ===
          version,
      }),
    );
    if (!outcome.ok) {
      finding('promote/failed', `npm dist-tag add (${source ?? 'no token'}): ${outcome.error}`);
      return done();
    }
    notes.push(`"${tag}" now points at ${version} (was ${previous ?? 'unset'})`);
    outputs.promoted = 'promoted';
  } else {
    notes.push(`"${tag}" already points at ${version}`);
    outputs.promoted = 'already-promoted';
  }

  // 2. The GitHub release: published from its draft.
  await publishGitHubRelease(
    target,
    version,
    input,
    context,
    notes,
    outputs,
    finding,
    !superseded && !semver.prerelease(version),
  );

  // 3. The MCP Registry entry.
  outputs['mcp-registry'] = 'skipped';
  if (!mcpRegistry)
    notes.push(
      'MCP Registry: skipped (mcpRegistry is off; to publish server.json there: --mcp-registry, or mcpRegistry: true in the config)',
    );
  if (mcpRegistry) {
    // Publish has no latest switch: the MCP Registry sorts semantic versions and marks "latest" itself
    // (modelcontextprotocol.io/registry/versioning), so a superseded entry is published as is and does not become latest.
    const serverJsonText = await context.adapters.fs
      .readFile(path.join(target.dir, 'server.json'), 'utf8')
      .catch(() => undefined);
    const result = await context.log.step(`publish ${target.name}@${version} to the MCP Registry`, () =>
      publishToMcpRegistry(
        {
          api: context.adapters.mcpRegistry,
          identityToken: (audience) => context.adapters.oidc.identityToken(audience),
        },
        {
          packageName: target.name,
          version,
          registry,
          registryUrl: input['mcp-registry-url'],
          serverJsonText,
          log: (line) => notes.push(line),
          waitForNpm: () =>
            context.log.step(`wait for ${registry} to serve ${target.name}@${version}`, () =>
              npmRegistry.waitForVersion({
                registry,
                name: target.name,
                version,
                timeoutSeconds: waitSeconds,
                progress: (line) => context.log.info(line),
              }),
            ),
        },
      ),
    );
    outputs['mcp-registry'] = result.outcome;
    if (result.problem) finding(result.rule ?? 'promote/mcp-registry-failed', result.problem);
  }
  return done();
}

/** registry-wait, else MCP_RELEASE_NPM_WAIT_SECONDS (the older setting, still read), else 900 s. */
function registryWaitSeconds(input: Input, fromSettings: string | undefined): number {
  if (input['registry-wait'] !== undefined) return input['registry-wait'];
  const fromEnv = Number(fromSettings);
  return fromSettings && Number.isFinite(fromEnv) && fromEnv >= 0 ? fromEnv : DEFAULT_PROMOTE_WAIT_SECONDS;
}

async function publishGitHubRelease(
  target: ReleaseTarget,
  version: string,
  input: Input,
  context: RunContext,
  notes: string[],
  outputs: Record<string, string>,
  finding: (rule: string, message: string) => void,
  makeLatest: boolean,
): Promise<void> {
  const gh = githubTarget(input.repo, context.settings);
  if (!gh) {
    notes.push(`GitHub release: skipped (${githubSkipReason(input.repo, context.settings)})`);
    return;
  }
  const tag = gitTagFor(target, version);
  try {
    const github = await context.adapters.github.client(gh, (line) => notes.push(line));
    const release = await findRelease(github, gh, tag);
    if (!release) {
      notes.push(`GitHub release: none for ${tag} yet (github-release makes it after the publish)`);
      return;
    }
    const outcome = await context.log.step(`publish the GitHub release ${tag}`, () =>
      publishRelease(
        github,
        gh,
        { id: release.id, draft: release.draft, htmlUrl: release.html_url, uploadUrl: release.upload_url, assets: [] },
        makeLatest,
      ),
    );
    notes.push(`GitHub release ${tag}: ${outcome === 'updated' ? 'published' : 'already published'}`);
    outputs['release-url'] = release.html_url;
  } catch (error) {
    finding(
      'promote/github-failed',
      describeGitHubError(error, `publishing the GitHub release ${tag}`, 'contents: write'),
    );
  }
}

import path from 'node:path';
import semver from 'semver';
import type { z } from 'zod';
import { UsageError } from '../errors.js';
import { noKeysAudit, signatureAudit } from '../release/audit-signatures.js';
import { shellQuote } from '../release/npm-command.js';
import { unresolvedDependencies } from '../release/packed-check.js';
import { doctorFindings } from '../release/doctor-checks.js';
import { publishedDifferences, type CheckedTarball } from '../release/published-check.js';
import type { PackageState } from '../release/registry.js';
import { provenanceFlags, publishSteps, stageIdFrom, type PublishStep } from '../release/publish-plan.js';
import { publishRoute } from '../release/publish-route.js';
import { decide, effectiveVisibility } from '../release/visibility.js';
import { isOk, type Finding, type Report } from '../report/model.js';
import { publishOutcomeText, type PublishOutcome } from '../report/outcome.js';
import { rateAll } from '../rules.js';
import { defineCommand, pickOptions } from './define-command.js';
import { gatherDoctorFacts } from './doctor-facts.js';
import { SHARED_DESCRIPTIONS } from './option-catalog.js';
import { aggregateReport } from './packages.js';
import type { CommandSpec, RunContext } from './types.js';

const DEFAULT_REGISTRY = 'https://registry.npmjs.org/';
/** Doctor rules publish checks itself, with its own findings. */
const HANDLED_HERE = new Set(['doctor/registry', 'doctor/no-credentials']);

const OPTIONS = pickOptions({
  tarball: { description: 'The .tgz to publish, as packed (never re-packed).' },
  tag: true,
  registry: true,
  'dry-run': {
    description: 'Read the registry, run the doctor checks and print every npm command that would run; change nothing.',
  },
  stage: true,
  provenance: {
    description:
      'npm provenance: auto (default: only from a public repository, in GitHub Actions with id-token: write), true (a usage error for a private or internal repository: npm refuses it) or false.',
  },
  visibility: true,
  config: { description: SHARED_DESCRIPTIONS.configInCwd },
  'fail-on': { description: SHARED_DESCRIPTIONS.failOnError },
});
type Input = z.infer<typeof OPTIONS.schema>;

export const publishCommand: CommandSpec<Input> = defineCommand({
  name: 'publish',
  summary: 'Publish a packed tarball under a dist-tag (default next), once: a re-run after success changes nothing.',
  positional: 'tarball',
  options: OPTIONS,
  outputs: {
    'package-name': true,
    'package-version': true,
    integrity: true,
    tag: 'The dist-tag it is published under.',
    published:
      'published, staged, already-published (the same bytes were there), already-staged, or dry-run; empty when the publish did not happen (see the findings).',
    'stage-id': 'With {--stage}: the stage id a maintainer approves (npm stage approve <id>).',
    signatures: 'npm audit signatures after the publish: verified, invalid or skipped (registry without signing keys).',
    commands:
      'JSON array of the npm commands run (or, with {--dry-run}, that would run; a publish sent from this process is listed as the npm command it stands for); never a token.',
    'npm-provenance': 'asked (npm --provenance), off (--provenance=false), or left to npm; the notes say why.',
  },
  run: publish,
});

async function publish(input: Input, context: RunContext): Promise<Report> {
  const started = performance.now();
  const { fs, npmCli, npmRegistry } = context.adapters;
  const { credentials } = context.settings;
  const tarball = path.resolve(context.cwd, input.tarball);
  if (!(await fs.stat(tarball).catch(() => undefined))?.isFile())
    throw new UsageError(
      `publish: TARBALL "${input.tarball}" is not a file (give the .tgz that \`mcp-release pack\` wrote)`,
    );
  const { config } = await context.adapters.configFile.load(
    context.cwd,
    input.config ? path.resolve(context.cwd, input.config) : undefined,
  );
  const registry = withSlash(input.registry ?? config.registry ?? DEFAULT_REGISTRY);
  const tag = input.tag ?? config.stagingTag ?? 'next';
  const token = credentials.nodeAuthToken;
  const oidc = Boolean(credentials.oidcRequestUrl && credentials.oidcRequestToken);
  const visibility = effectiveVisibility(input.visibility, context.settings.github.repositoryVisibility);
  const provenanceDecision = decide('provenance', visibility, input.provenance);
  // Said before the registry is asked anything: npm would take the tarball and answer E422.
  if (provenanceDecision.refused) throw new UsageError(`publish: ${provenanceDecision.reason}`);
  if (input.provenance === 'true' && !oidc)
    throw new UsageError(
      'publish: provenance: true needs an OIDC identity: GitHub Actions with `permissions: id-token: write` (npm signs provenance with it)',
    );
  const findings: Finding[] = [];
  const finding = (rule: string, message: string): void =>
    void findings.push(...rateAll([{ rule, message }], config.rules));
  const report = (
    name: string,
    version: string | undefined,
    outputs: Record<string, string>,
    notes: string[] = [],
  ): Report =>
    aggregateReport(
      'publish',
      [
        {
          name,
          dir: path.basename(tarball),
          ...(version ? { version } : {}),
          ok: isOk(findings, input['fail-on'] ?? 'error'),
          findings,
          ...(version ? { outcome: outcomeText(name, version, outputs) } : {}),
        },
      ],
      { total: Math.round(performance.now() - started) },
      notes,
      outputs,
    );

  // What happened, in words, from the outputs that say it in data.
  const outcomeText = (name: string, version: string, outputs: Record<string, string>): string[] =>
    publishOutcomeText({
      outcome: (outputs.published as PublishOutcome | undefined) ?? 'refused',
      name,
      version,
      registry,
      tag,
      ...(outputs['npm-provenance'] ? { provenance: outputs['npm-provenance'] } : {}),
      commands: outputs.commands ? (JSON.parse(outputs.commands) as string[]) : [],
      ...(outputs['stage-id'] ? { stageId: outputs['stage-id'] } : {}),
    });

  // The tarball is read once: its manifest, its entries and its digests all come from these bytes.
  const { digests, inspection: inspected } = await context.adapters.tarball.readTarballOnce(tarball);
  const manifest = inspected.manifest;
  if (typeof manifest?.name !== 'string' || typeof manifest.version !== 'string') {
    finding(
      'publish/bad-tarball',
      `${input.tarball} has no readable package.json with a name and a version${inspected.unreadable ? ` (${inspected.unreadable})` : ''}`,
    );
    return report(path.basename(tarball), undefined, {});
  }
  // Refused before the registry is asked anything: such bytes must never reach it.
  // Names that climb out when extracted are `pack/unsafe-name`, the rule scan and pack apply; the rest is the tarball's.
  const unsafeNames = inspected.unsafeNames ?? [];
  const otherUnsafe = inspected.unsafe.filter((line) => !unsafeNames.includes(line));
  if (unsafeNames.length)
    finding(
      'pack/unsafe-name',
      `${input.tarball} has file names that write outside the package when extracted: ${unsafeNames.join('; ')}`,
    );
  if (otherUnsafe.length && !(otherUnsafe.length === 1 && otherUnsafe[0] === '...'))
    finding('publish/unsafe-tarball', `${input.tarball} has entries npm never packs: ${otherUnsafe.join('; ')}`);
  if (inspected.unsafe.length) return report(String(manifest.name), String(manifest.version), {});
  // A workspace:/catalog:/file:/link: dependency (plain npm pack in a pnpm, yarn or bun workspace) would reach
  // the registry and fail every install with EUNSUPPORTEDPROTOCOL: refused here too, before the registry hears of it.
  const unresolved = unresolvedDependencies(manifest);
  if (unresolved.length) {
    for (const d of unresolved)
      finding(
        'pack/unresolved-protocol',
        `${input.tarball}: ${d.field} "${d.name}": "${d.spec}" is still in the packed package.json; a registry install fails on it (EUNSUPPORTEDPROTOCOL)`,
      );
    return report(String(manifest.name), String(manifest.version), {});
  }
  const { name, version } = manifest as { name: string; version: string };
  const { integrity, shasum } = digests;
  const restricted = (manifest.publishConfig as { access?: unknown } | undefined)?.access === 'restricted';
  if (restricted && input.provenance === 'true')
    throw new UsageError(
      `publish: provenance: true, but ${name} says publishConfig.access "restricted" (npm signs provenance for public packages only)`,
    );
  const provenance = provenanceFlags(provenanceDecision, {
    oidc,
    restricted,
    choice: input.provenance,
    visibility,
    inActions: context.settings.inActions,
  });
  const base = {
    'package-name': name,
    'package-version': version,
    integrity,
    tag,
    'npm-provenance': provenance.output,
  };

  let state: PackageState;
  try {
    state = await npmRegistry.packageState(registry, name, token);
  } catch (error) {
    finding('publish/registry-unreachable', (error as Error).message);
    return report(name, version, base);
  }

  const existing = state.versions[version];
  if (existing && existing.integrity !== integrity) {
    finding(
      'publish/version-exists',
      `${name}@${version} is already on ${registry} with other bytes (${existing.integrity ?? 'no integrity'}); this tarball is ${integrity}`,
    );
    return report(name, version, base);
  }
  const steps = publishSteps({
    name,
    version,
    tarball,
    tag,
    registry,
    stage: Boolean(input.stage),
    restricted,
    provenanceArgs: provenance.args,
    published: Boolean(existing),
    distTags: state.distTags,
  });
  const commands = JSON.stringify(steps.map((s) => `npm ${s.args.map(shellQuote).join(' ')}`));
  // The doctor first: what would make npm fail is said before anything irreversible.
  let npmVersion: string | undefined;
  if (steps.length) {
    // The doctor judges the packument read above: one fetch for both.
    const facts = await gatherDoctorFacts(context, { cwd: context.cwd, manifest, registry, packageState: state });
    npmVersion = facts.npmVersion;
    for (const f of doctorFindings(facts)) if (!HANDLED_HERE.has(f.rule)) finding(f.rule, f.message);
    if (findings.some((f) => f.severity === 'error') && !input['dry-run'])
      return report(name, version, { ...base, commands });
  }
  if (input['dry-run'])
    return report(
      name,
      version,
      { ...base, published: 'dry-run', commands },
      provenance.note && !existing ? [provenance.note] : [],
    );
  if (input.stage && steps.length && !existing) {
    if (npmVersion && semver.valid(npmVersion) && semver.lt(npmVersion, '11.15.0')) {
      finding('publish/stage-unsupported', `npm ${npmVersion} has no \`npm stage publish\` (needs npm >= 11.15)`);
      return report(name, version, { ...base, commands });
    }
  }
  if (steps.length && !token && !oidc) {
    finding(
      'publish/no-credentials',
      'set NODE_AUTH_TOKEN, or run in GitHub Actions with `id-token: write` for trusted publishing',
    );
    return report(name, version, { ...base, commands });
  }
  const outputs: Record<string, string> = {
    ...base,
    commands,
    published: existing ? 'already-published' : input.stage ? 'staged' : 'published',
  };
  const notes: string[] = provenance.note && !existing ? [provenance.note] : [];
  const configFiles = steps.some((s) => s.args[0] === 'publish') ? await npmCli.configFiles() : [];
  for (const step of steps) {
    const landed = async () => {
      if (step.args[0] === 'stage') return false;
      const now = await npmRegistry.packageState(registry, name, token).catch(() => undefined);
      // A publish that timed out may have landed: the registry decides.
      return step.args[0] === 'publish'
        ? now?.versions[version]?.integrity === integrity
        : now?.distTags[tag] === version;
    };
    // npm's own request from this process where that is sure to be what npm sends; npm itself otherwise.
    const route = publishRoute({
      args: step.args,
      registry,
      hasToken: Boolean(token),
      oidc: oidc || Boolean(context.settings.processEnv.NPM_ID_TOKEN),
      npmVersion,
      manifest,
      env: context.settings.processEnv,
      configFiles,
    });
    const outcome = await context.log.step(stepTitle(step, name, version, tag), () =>
      route.inProcess && token && npmVersion
        ? npmCli.publishInProcess(
            { tarball, integrity, registry, tag, access: route.access, token, npmVersion },
            { landed },
          )
        : npmCli.runWithRetries(step.args, { registry, token, landed }),
    );
    if (route.inProcess && outcome.ok)
      notes.push(
        `npm publish ran in this process: the request npm ${npmVersion} sends, without starting npm (npm itself runs for trusted publishing, provenance, staging and npm config beyond a token)`,
      );
    if (!outcome.ok && step.args[0] === 'stage' && /E409|already.*staged|staged version/i.test(outcome.error)) {
      // Staging is not visible in the packument: a conflict on a re-run means this version waits for approval already.
      outputs.published = 'already-staged';
      notes.push(
        `${name}@${version} is already staged: approve it with \`npm stage list ${name}\` then \`npm stage approve <id>\``,
      );
      continue;
    }
    if (!outcome.ok) {
      finding('publish/failed', `${step.description}: ${outcome.error}`);
      return report(name, version, { ...base, commands });
    }
    if (outcome.landedAfter !== undefined && step.args[0] === 'publish') {
      // npm failed, yet the registry has these exact bytes: a concurrent run published them (a conflict),
      // or this publish landed and only its answer was lost.
      const conflict = /E409|EPUBLISHCONFLICT|previously published|cannot publish over|already present/i.test(
        outcome.landedAfter,
      );
      if (conflict) outputs.published = 'already-published';
      notes.push(
        conflict
          ? `${name}@${version} was published meanwhile by another run, with these same bytes: nothing to do`
          : `npm reported "${outcome.landedAfter}", but the registry has ${name}@${version} with these bytes: published`,
      );
    }
    if (step.args[0] === 'stage') {
      const stageId = stageIdFrom(outcome.stdout);
      if (stageId) outputs['stage-id'] = stageId;
      notes.push(
        `${name}@${version} is staged${stageId ? ` with id ${stageId}` : ''}: a maintainer approves it with \`npm stage approve ${stageId ?? '<id>'}\` (2FA); it is not installable until then`,
      );
    }
  }
  // The registry's signing keys are fetched while the version is read back (the audit below needs them).
  const keysRead =
    outputs.published === 'published' ? npmRegistry.signingKeys(registry).catch((error: Error) => error) : undefined;
  if (steps.some((s) => s.args[0] === 'publish')) {
    // What npm printed is not the proof: the registry's record must be the tarball checked above.
    const readBack = await context.log.step(`read ${name}@${version} back from ${registry}`, () =>
      readBackPublished(context, registry, { name, version, integrity, shasum }, token),
    );
    if (readBack.differences.length) {
      finding(
        'publish/failed',
        `the registry holds ${name}@${version} with ${readBack.differences.join(', ')}: not the tarball that was checked; do not promote it`,
      );
      return report(name, version, outputs, notes);
    }
    if (!readBack.found)
      notes.push(
        `${name}@${version} is not listed by ${registry} yet, so its name, version and integrity could not be read back (registries can take minutes to serve a new version)`,
      );
  }
  if (outputs.published === 'published') {
    const audit = await context.log.step(`npm audit signatures of ${name}@${version}`, async () => {
      const keys = await (keysRead ?? npmRegistry.signingKeys(registry));
      if (keys instanceof Error) throw keys;
      if (typeof keys === 'string') return noKeysAudit(keys);
      return signatureAudit(name, version, keys, await npmCli.auditSignatures(registry, name, version));
    });
    outputs.signatures = audit.state;
    if (audit.state === 'invalid') finding('publish/signature-invalid', audit.detail);
    else notes.push(audit.detail);
  }
  return report(name, version, outputs, notes);
}

/** What the log says while a step of the publish runs. */
function stepTitle(step: PublishStep, name: string, version: string, tag: string): string {
  if (step.args[0] === 'stage') return `stage ${name}@${version} for ${tag}`;
  if (step.args[0] === 'publish') return `publish ${name}@${version} to ${tag}`;
  return `point ${tag} at ${name}@${version}`;
}

/** The registry's record of the version just published, compared with what was checked; a short bounded wait while it is not listed. */
async function readBackPublished(
  context: RunContext,
  registry: string,
  checked: CheckedTarball,
  token: string | undefined,
): Promise<{ found: boolean; differences: string[] }> {
  const { clock, npmRegistry } = context.adapters;
  for (let attempt = 0; attempt < 4; attempt += 1) {
    if (attempt > 0) await clock.sleep(1000 * 2 ** (attempt - 1));
    const record = await npmRegistry
      .versionRecord(registry, checked.name, checked.version, token)
      .catch(() => undefined);
    if (record) return { found: true, differences: publishedDifferences(checked, record) };
  }
  return { found: false, differences: [] };
}

function withSlash(url: string): string {
  return url.endsWith('/') ? url : `${url}/`;
}

import path from 'node:path';
import semver from 'semver';
import type { z } from 'zod';
import { loadConfig } from '../config/load.js';
import { settingsForPackage, type ResolvedSettings } from '../config/resolve.js';
import { UsageError } from '../errors.js';
import { notYetServedMessage, waitedNote, waitForVersion } from '../release/registry-wait.js';
import { isOk, type PackageReport, type Report } from '../report/model.js';
import { rateAll } from '../rules.js';
import { parseEnvPairs } from '../smoke/environment.js';
import { pathKind, type SmokeTarget } from '../smoke/install.js';
import type { SmokeOptions } from '../smoke/run.js';
import { defineCommand, pickOptions } from './define-command.js';
import { SHARED_DESCRIPTIONS } from './option-catalog.js';
import { aggregateReport, openWorkspace, skippedNotes } from './packages.js';
import type { CommandSpec, RunContext } from './types.js';

/** Shared by smoke and surface (which starts the server as smoke does). */
export const SMOKE_PICKS = {
  target: true,
  config: { description: SHARED_DESCRIPTIONS.configInTarget },
  'fail-on': { description: SHARED_DESCRIPTIONS.failOnFromConfig },
  bin: true,
  arg: true,
  env: true,
  registry: {
    description:
      "Registry for name@version and for the package's dependencies (default: the config's registry, else npm's).",
  },
  'registry-wait': {
    description:
      'Seconds to wait for a name@version target to be served by the registry before installing it (a new version can take minutes to show after a publish; default 0).',
  },
} as const;
const OPTIONS = pickOptions(SMOKE_PICKS);
export type SmokeInput = z.infer<typeof OPTIONS.schema>;
type Input = SmokeInput;

export const smokeCommand: CommandSpec<Input> = defineCommand({
  name: 'smoke',
  summary:
    'Install the packed server as npx would, start it over stdio and speak MCP to it with the official SDK client.',
  positional: 'target',
  options: OPTIONS,
  outputs: {
    bin: 'The bin that was started (this and the other details of the server are set when one package was tested).',
    'protocol-version': 'The protocol revision negotiated by initialize.',
    'protocol-revisions':
      'JSON array of the revisions the server answered (initialize, and 2026-07-28 when server/discover answers).',
    'server-name': 'serverInfo.name.',
    'server-version': 'serverInfo.version.',
    'tool-count': 'Tools listed to a bare client.',
    'tool-count-full-client': 'Tools listed to a client declaring roots, sampling and elicitation.',
    'prompt-count': 'Prompts listed.',
    'resource-count': 'Resources listed.',
    tools: 'JSON array of tool names.',
    prompts: 'JSON array of prompt names.',
    resources: 'JSON array of resource URIs.',
    'start-ms': 'Spawn until the process runs, ms.',
    'initialize-ms': 'Spawn until the initialize answer, ms.',
    'list-ms': 'All list calls, ms.',
    isolation:
      'How the server was isolated: namespace (its own PID and mount namespace, no capabilities) or environment (a scrubbed environment and temporary HOME only).',
  },
  run: smoke,
});

async function smoke(input: Input, context: RunContext): Promise<Report> {
  const started = performance.now();
  const parsedEnv = parseEnvPairs(input.env ?? []);
  if (parsedEnv.bad !== undefined)
    throw new UsageError(
      `smoke: --env: "${parsedEnv.bad}" is not KEY=VALUE (KEY: letters, digits and _, not starting with a digit)`,
    );
  const targets = await resolveTargets(input, context);
  const { runSmoke } = await import('../smoke/run.js'); // the MCP SDK loads only for this command
  const packages: PackageReport[] = [];
  const timings = { install: 0, sessions: 0, total: 0 };
  for (const t of targets.items) {
    const failOn = input['fail-on'] ?? t.settings.failOn;
    const wait = await waitForSpec(t.target, input['registry-wait'] ?? 0, input.registry ?? targets.registry, context);
    if (wait?.note) targets.notes.push(wait.note);
    if (wait?.problem) {
      const findings = rateAll([{ rule: 'registry/not-yet-served', message: wait.problem }], t.settings.rules, {
        package: t.label,
      });
      packages.push({ name: t.label, dir: t.label, ok: isOk(findings, failOn), findings });
      continue;
    }
    const result = await runSmoke(t.target, smokeOptionsFor(t, input, parsedEnv.env, targets.registry, context));
    // Smoke findings concern the whole package: in a folder, they point at its package.json.
    const findings = rateAll(
      result.findings.map((f) => (t.relDir !== undefined ? { ...f, file: 'package.json' } : f)),
      t.settings.rules,
      { prefix: t.relDir ?? '.', package: result.packageName ?? t.label },
    );
    packages.push({
      name: result.packageName ?? t.label,
      dir: t.relDir ?? t.label,
      ...(result.packageVersion ? { version: result.packageVersion } : {}),
      ok: isOk(findings, failOn),
      findings,
      tables: result.tables,
    });
    if (targets.items.length === 1) Object.assign(targets.outputs, result.outputs);
    const isolationNote = `isolation: ${result.isolation}`;
    if (!targets.notes.includes(isolationNote)) targets.notes.push(isolationNote);
    timings.install += result.timings.install;
    timings.sessions += result.timings.sessions;
  }
  timings.total = Math.round(performance.now() - started);
  return aggregateReport('smoke', packages, timings, targets.notes, targets.outputs);
}

/** The npm registry when neither the flag nor the config names one. */
export const NPM_REGISTRY = 'https://registry.npmjs.org/';

/** `name@1.2.3` with an exact version: the name and the version; else undefined (folders, tarballs, tags, ranges). */
export function exactSpec(target: SmokeTarget): { name: string; version: string } | undefined {
  if (target.kind !== 'spec') return undefined;
  const at = target.spec.lastIndexOf('@');
  if (at <= 0) return undefined;
  const version = target.spec.slice(at + 1);
  return semver.valid(version) === version ? { name: target.spec.slice(0, at), version } : undefined;
}

/** Before installing name@version from the registry, wait until it is served: a note when it took a while, the problem when it never was. */
async function waitForSpec(
  target: SmokeTarget,
  waitSeconds: number,
  registry: string | undefined,
  context: RunContext,
): Promise<{ note?: string; problem?: string } | undefined> {
  const spec = exactSpec(target);
  if (!spec || waitSeconds <= 0) return undefined;
  const where = { registry: registry ?? NPM_REGISTRY, ...spec };
  const result = await waitForVersion({
    ...where,
    timeoutSeconds: waitSeconds,
    ...(context.progress ? { progress: context.progress } : {}),
  });
  if (!result.served) return { problem: notYetServedMessage(where, result) };
  return result.attempts > 1 ? { note: waitedNote(where, result) } : undefined;
}

/** The flags win over the package's smoke settings; the server never gets more environment than this. */
export function smokeOptionsFor(
  t: ResolvedTarget,
  input: SmokeInput,
  env: Record<string, string>,
  registry: string | undefined,
  context: RunContext,
): SmokeOptions {
  return {
    settings: t.settings,
    bin: input.bin ?? t.settings.smoke.bin,
    args: input.arg ?? t.settings.smoke.args ?? [],
    env: { ...t.settings.smoke.env, ...env },
    registry: input.registry ?? registry,
    parentEnv: context.parentEnv,
    cwd: context.cwd,
  };
}

export interface ResolvedTarget {
  target: SmokeTarget;
  settings: ResolvedSettings;
  /** Package folder relative to the command's folder (folder targets only). */
  relDir?: string;
  label: string;
}

/**
 * DIR (a package, or a monorepo root whose config lists packages), a .tgz file,
 * or a registry spec (name, name@version, name@tag).
 */
export async function resolveTargets(
  input: Input,
  context: RunContext,
): Promise<{ items: ResolvedTarget[]; registry?: string; notes: string[]; outputs: Record<string, string> }> {
  const resolved = path.resolve(context.cwd, input.target);
  const kind = await pathKind(resolved);
  if (kind === 'dir') {
    const { config, discovery } = await openWorkspace(input.target, input.config, context);
    const items = discovery.packages.map((p) => ({
      target: { kind: 'dir' as const, dir: p.dir },
      settings: settingsForPackage(config, p.relDir),
      relDir: p.relDir,
      label: p.relDir,
    }));
    return {
      items,
      ...(config.registry ? { registry: config.registry } : {}),
      notes: skippedNotes(discovery.skippedPrivate),
      outputs: {},
    };
  }
  const { config } = await loadConfig(context.cwd, input.config ? path.resolve(context.cwd, input.config) : undefined);
  const settings = settingsForPackage(config, '.');
  const registry = config.registry;
  if (kind === 'file') {
    if (!/\.(tgz|tar\.gz)$/.test(resolved))
      throw new UsageError(
        `smoke: "${input.target}" is a file but not a .tgz tarball (allowed: a package folder, a .tgz file, or name@version)`,
      );
    return {
      items: [{ target: { kind: 'tarball', file: resolved }, settings, label: path.basename(resolved) }],
      ...(registry ? { registry } : {}),
      notes: [],
      outputs: {},
    };
  }
  if (!isRegistrySpec(input.target)) {
    throw new UsageError(`smoke: "${input.target}" is not a folder, a .tgz file or a package name@version`);
  }
  return {
    items: [{ target: { kind: 'spec', spec: input.target }, settings, label: input.target }],
    ...(registry ? { registry } : {}),
    notes: [],
    outputs: {},
  };
}

/** `name`, `@scope/name`, with an optional `@version-or-tag`; nothing else (no URLs, paths or git). */
export function isRegistrySpec(spec: string): boolean {
  return (
    /^(@[a-z0-9][a-z0-9._~-]*\/)?[a-z0-9][a-z0-9._~-]*(@[A-Za-z0-9.^~<>=|*+ -]+)?$/.test(spec) && !spec.includes('..')
  );
}

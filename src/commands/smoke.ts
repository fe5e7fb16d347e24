import { UsageError } from '../errors.js';
import { notYetServedMessage, waitedNote } from '../release/registry-wait.js';
import { isOk, type PackageReport, type Report } from '../report/model.js';
import { rateAll } from '../rules.js';
import { parseEnvPairs } from '../smoke/environment.js';
import type { SmokeTarget } from '../smoke/install.js';
import { exactSpec } from '../smoke/target.js';
import { defineCommand } from './define-command.js';
import { aggregateReport } from './packages.js';
import { resolveTargets, runSmoke, SMOKE_OPTIONS, smokeOptionsFor, type SmokeInput } from './smoke-package.js';
import type { CommandSpec, RunContext } from './types.js';

const OPTIONS = SMOKE_OPTIONS;
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
    const result = await runSmoke(t.target, smokeOptionsFor(t, input, parsedEnv.env, targets.registry), context);
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
  const result = await context.log.step(
    `smoke ${spec.name}@${spec.version}: wait until ${where.registry} serves it`,
    () =>
      context.adapters.npmRegistry.waitForVersion({
        ...where,
        timeoutSeconds: waitSeconds,
        progress: (line) => context.log.info(line),
      }),
  );
  if (!result.served) return { problem: notYetServedMessage(where, result) };
  return result.attempts > 1 ? { note: waitedNote(where, result) } : undefined;
}

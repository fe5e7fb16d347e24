import type { Report } from '../report/model.js';
import { checkInput, checksEveryOption, type InputResult } from './input-check.js';
import manifest from './manifest.json' with { type: 'json' };
import type { CommandSpec, CommandUsage, RunContext } from './types.js';

/**
 * The entries' view of the commands (src/cli, src/action): each command's
 * usage from src/commands/manifest.json (what `npm run docs` derives from
 * src/commands/registry.ts), and its code loaded only when it runs. Each
 * `import()` below is its own chunk in dist/, so `--help` loads no command
 * and a command loads only what it uses (zod, the option catalog, its
 * dependencies). test/unit/command-loaders.test.ts keeps this in step with
 * the registry.
 */
export const COMMAND_USAGE = manifest as unknown as readonly CommandUsage[];

type Loader = () => Promise<CommandSpec<never>>;
const spec = <I>(command: CommandSpec<I>) => command as unknown as CommandSpec<never>;

/** Every command's code, by its name. */
export const COMMAND_LOADERS: Readonly<Record<string, Loader>> = {
  'validate-layout': async () => spec((await import('./validate-layout.js')).validateLayoutCommand),
  smoke: async () => spec((await import('./smoke.js')).smokeCommand),
  'security-scan': async () => spec((await import('./scan.js')).scanCommand),
  pack: async () => spec((await import('./pack.js')).packCommand),
  publish: async () => spec((await import('./publish.js')).publishCommand),
  doctor: async () => spec((await import('./doctor.js')).doctorCommand),
  sign: async () => spec((await import('./sign.js')).signCommand),
  verify: async () => spec((await import('./verify.js')).verifyCommand),
  plan: async () => spec((await import('./plan.js')).planCommand),
  changelog: async () => spec((await import('./changelog.js')).changelogCommand),
  version: async () => spec((await import('./version.js')).versionCommand),
  'github-release': async () => spec((await import('./github-release.js')).githubReleaseCommand),
  promote: async () => spec((await import('./promote.js')).promoteCommand),
  rollback: async () => spec((await import('./rollback.js')).rollbackCommand),
  status: async () => spec((await import('./status.js')).statusCommand),
  surface: async () => spec((await import('./surface.js')).surfaceCommand),
  diff: async () => spec((await import('./diff.js')).diffCommand),
  install: async () => spec((await import('./install.js')).installCommand),
};

type Run = CommandSpec<never>['run'];

/**
 * The commands whose run is a module of its own, without their definition (zod, the option catalog),
 * each the very function the command's spec runs. Every option of such a command must be checked by
 * the manifest (src/commands/input-check.ts), else the entries load the definition for its schema.
 */
export const RUN_LOADERS: Readonly<Record<string, () => Promise<Run>>> = {
  'validate-layout': async () => (await import('./validate-layout-run.js')).validateLayout as Run,
  'security-scan': async () => (await import('./scan-run.js')).securityScan as Run,
};

/** A command's usage by its name or an alias. */
export function findUsage(name: string): CommandUsage | undefined {
  return COMMAND_USAGE.find((c) => c.name === name || c.aliases.includes(name));
}

/** Every name and alias, in the order `--help` lists them. */
export function usageNames(): string[] {
  return COMMAND_USAGE.flatMap((c) => [c.name, ...c.aliases]);
}

/** The command itself (its schema and code), loaded on first use. */
export async function loadCommand(usage: CommandUsage): Promise<CommandSpec<never>> {
  const load = COMMAND_LOADERS[usage.name];
  if (!load) throw new Error(`command "${usage.name}" has no loader in src/commands/command-loaders.ts`);
  return load();
}

/** What the entries need to run a command: its input checked (from flags or action inputs), its run. */
export interface Runner {
  /** The raw kebab-case record checked: the command's typed input, or its first problem. */
  check(record: Record<string, unknown>): InputResult;
  run(input: never, context: RunContext): Promise<Report>;
}

/**
 * The command's runner: its run alone with the manifest's checks when it has both (no zod, no option
 * catalog: src/commands/input-check.ts gives what the schema would), else the command with its schema.
 */
export async function loadRunner(usage: CommandUsage): Promise<Runner> {
  const runOnly = RUN_LOADERS[usage.name];
  if (runOnly && checksEveryOption(usage)) {
    const run = await runOnly();
    return { check: (record) => checkInput(usage, record), run };
  }
  const spec = await loadCommand(usage);
  return { check: (record) => spec.inputSchema.safeParse(record), run: spec.run };
}

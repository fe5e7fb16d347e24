import path from 'node:path';
import type { z } from 'zod';
import { UsageError } from '../errors.js';
import type { Finding, Report } from '../report/model.js';
import { rateAll, type UnratedFinding } from '../rules.js';
import { buildOrder, declaredDependencies, type BuildNode } from '../workspace/build-order.js';
import {
  displayCommand,
  installCommand as installArgv,
  packageManagerFieldProblem,
  runScriptCommand,
  setupKind,
} from '../workspace/package-manager.js';
import { defineCommand, pickOptions } from './define-command.js';
import { managerAt } from './package-manager.js';
import { aggregateReport, requireDirectory, workspaceMembers } from './packages.js';
import type { CommandSpec, RunContext } from './types.js';

const OPTIONS = pickOptions({
  directory: { description: 'The repository root (default: the current folder).' },
  'dry-run': { description: 'Only detect the package manager and print the commands it would run.' },
  build: true,
});
type Input = z.infer<typeof OPTIONS.schema>;

export const installCommand: CommandSpec<Input> = defineCommand({
  name: 'install',
  summary:
    "Install with the repository's own package manager (npm ci, pnpm, yarn berry or bun; frozen lockfile, dependency scripts off), then optionally build every workspace package in dependency order.",
  positional: 'directory',
  options: OPTIONS,
  outputs: {
    'package-manager':
      'The repository\'s package manager: npm, pnpm, yarn or bun ("packageManager", else the lockfile).',
    'package-manager-version': 'The version "packageManager" declares, else empty.',
    lockfile: 'The lockfile, relative to the repository root, else empty.',
    setup: 'How CI gets the manager: corepack (pnpm, yarn), bun (oven-sh/setup-bun) or none (npm).',
  },
  run: install,
});

async function install(input: Input, context: RunContext): Promise<Report> {
  const started = performance.now();
  const root = path.resolve(context.cwd, input.directory);
  await requireDirectory(root, input.directory, context);
  const { detected, manifest } = await managerAt(root, context);
  if (!manifest)
    throw new UsageError(`install: ${path.join(input.directory, 'package.json')} is missing or unreadable`);
  const outputs = {
    'package-manager': detected.name,
    'package-manager-version': detected.version ?? '',
    lockfile: detected.lockfile ?? '',
    setup: setupKind(detected.name),
  };
  const notes: string[] = [
    `package manager: ${detected.name}${detected.version ? `@${detected.version}` : ''} (from ${
      detected.source === 'packageManager'
        ? '"packageManager"'
        : detected.source === 'lockfile'
          ? detected.lockfile
          : 'no packageManager field and no lockfile: npm'
    })`,
  ];
  const raw: UnratedFinding[] = [];
  const fieldProblem = packageManagerFieldProblem(manifest);
  if (fieldProblem) notes.push(`ignored ${fieldProblem}`);

  const packages = input.build ? await buildPlan(root, manifest, context) : [];
  const lines = [
    displayCommand(installArgv(detected.name)),
    ...packages.map((p) => `(cd ${p.dir}) ${displayCommand(runScriptCommand(detected.name, 'build'))}`),
  ];
  const names = (p: BuildNode) => `${p.name} (${p.dir})`;
  if (input['dry-run']) {
    notes.push(`would run: ${lines.join('; ')}`);
    if (input.build && !packages.length) notes.push('no workspace package has a "build" script');
    return finish(raw, notes);
  }
  if (!detected.lockfile) {
    raw.push({
      rule: 'install/failed',
      message: `no lockfile at the repository root: a frozen install needs one (run \`${detected.name} install\` and commit the lockfile)`,
      file: 'package.json',
    });
    return finish(raw, notes);
  }
  const tool = context.adapters.packageManagers.for(detected);
  const installed = await context.log.step(`install: ${lines[0]}`, () =>
    tool.install(root, { frozen: true, ignoreScripts: true }),
  );
  if (!installed.ok) {
    raw.push({ rule: 'install/failed', message: installed.error, file: detected.lockfile });
    return finish(raw, notes);
  }
  for (const pkg of packages) {
    const built = await context.log.step(`install: build ${names(pkg)}`, () =>
      tool.runScript(path.join(root, pkg.dir), 'build'),
    );
    if (!built.ok) {
      raw.push({
        rule: 'install/failed',
        message: `the build of ${names(pkg)} failed: ${built.error}`,
        file: pkg.dir === '.' ? 'package.json' : `${pkg.dir}/package.json`,
      });
      notes.push(
        `not built after the failure: ${
          packages
            .slice(packages.indexOf(pkg) + 1)
            .map(names)
            .join(', ') || 'none'
        }`,
      );
      break;
    }
    notes.push(`built ${names(pkg)}`);
  }
  return finish(raw, notes);

  function finish(findingsRaw: UnratedFinding[], finalNotes: string[]): Report {
    const findings: Finding[] = rateAll(findingsRaw);
    return aggregateReport(
      'install',
      [
        {
          name: typeof manifest?.name === 'string' ? manifest.name : path.basename(root),
          dir: '.',
          ok: findings.every((f) => f.severity !== 'error'),
          findings,
        },
      ],
      { total: Math.round(performance.now() - started) },
      finalNotes,
      outputs,
    );
  }
}

/**
 * The workspace packages with a `build` script, internal dependencies first:
 * every member of the root's workspace definition (`workspaceMembers`, private
 * ones included); the root itself builds when it has a build script and no
 * workspace.
 */
async function buildPlan(root: string, manifest: Record<string, unknown>, context: RunContext): Promise<BuildNode[]> {
  const members = (await workspaceMembers(root, context)) ?? [{ relDir: '.', manifest }];
  const nodes: (BuildNode & { hasBuild: boolean })[] = members.map(({ relDir: dir, manifest: pkg }) => {
    const scripts = pkg.scripts as Record<string, unknown> | undefined;
    return {
      name: typeof pkg.name === 'string' ? pkg.name : dir,
      dir,
      dependsOn: declaredDependencies(pkg),
      hasBuild: typeof scripts?.build === 'string',
    };
  });
  const ordered = buildOrder(nodes);
  if ('cycle' in ordered)
    throw new UsageError(
      `install --build: the workspace packages depend on each other in a cycle (${ordered.cycle.join(' -> ')}); no build order exists`,
    );
  return ordered.order.filter((n) => n.hasBuild).map(({ name, dir, dependsOn }) => ({ name, dir, dependsOn }));
}

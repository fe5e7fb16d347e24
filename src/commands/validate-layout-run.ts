import path from 'node:path';
import { settingsForPackage, type ResolvedSettings } from '../config/resolve.js';
import type { PackListResult } from '../adapters/npm.js';
import { runLayoutChecks, toFindings } from '../layout/validate.js';
import { isOk, type PackageReport, type Report } from '../report/model.js';
import { mapLimit } from '../util/concurrency.js';
import { managerRootOf } from './package-manager.js';
import { aggregateReport, kindNotes, openWorkspace, skippedNotes } from './packages.js';
import type { RunContext } from './types.js';
import type { ValidateLayoutInput as Input } from './validate-layout.js';

/*
 * validate-layout's run, apart from its definition (validate-layout.ts: the schema, the option catalog, zod)
 * so that the entries load it alone (src/commands/command-loaders.ts RUN_LOADERS).
 */

/** Packages checked side by side (file reads, node --check, fallback npm runs). */
const PACKAGE_CONCURRENCY = 4;

export async function validateLayout(input: Input, context: RunContext): Promise<Report> {
  const started = performance.now();
  // pnpm, yarn and bun pack workspace: and catalog: into real ranges; npm publishes them as they are. The
  // manager's detection (it reads up the folder's parents) runs beside the workspace's reads; its answer, and
  // any error it has, come after the workspace's.
  const managerRoot = managerRootOf(path.resolve(context.cwd, input.directory), context);
  managerRoot.catch(() => undefined);
  const { config, discovery, source } = await openWorkspace(input.directory, input.config, context);
  const packManager = (await managerRoot).detected.name;
  const discovered = performance.now();

  const folder = context.adapters.packageFolder;
  const { github } = context.settings;
  const env = {
    ...(github.repository ? { githubRepository: github.repository } : {}),
    ...(github.repositoryOwner ? { githubRepositoryOwner: github.repositoryOwner } : {}),
  };
  const settingsOf = discovery.packages.map((p) => settingsForPackage(config, p.relDir));
  // Started on first use, so a run where no package.json parses never spawns npm.
  let packAll: Promise<PackListResult[]> | undefined;
  const packOf = (index: number) => async (): Promise<PackListResult> => {
    const dirs = discovery.packages.map((p) => p.dir);
    packAll ??= context.log.step(`validate-layout: list what npm would pack (${countOf(dirs.length)})`, () =>
      folder.packList(dirs, PACKAGE_CONCURRENCY, {
        // The .tgz size matters only above each package's budget (layout/tarball-size): below it, no gzip.
        sizeMattersAbove: settingsOf.map((settings) => settings.budgets.tarballSize),
      }),
    );
    return (await packAll)[index] ?? { ok: false, error: 'npm pack gave no result for this folder' };
  };

  const packages = await mapLimit(
    discovery.packages,
    PACKAGE_CONCURRENCY,
    async (pkg, index): Promise<PackageReport> => {
      const settings = settingsOf[index] as ResolvedSettings;
      const failOn = input['fail-on'] ?? settings.failOn;
      const facts = await folder.gatherFacts(pkg.dir, env, packOf(index));
      const name = typeof facts.manifest?.name === 'string' ? facts.manifest.name : pkg.relDir;
      const version = typeof facts.manifest?.version === 'string' ? facts.manifest.version : undefined;
      const findings = toFindings(runLayoutChecks(facts, settings, pkg.kind, packManager), settings, pkg.relDir, name);
      return { name, dir: pkg.relDir, ...(version ? { version } : {}), ok: isOk(findings, failOn), findings };
    },
  );

  // Where the packed files could not be listed in-process, npm listed them: say which and why.
  const packNotes = (packAll ? await packAll : []).flatMap((result, index) =>
    result.ok && result.npmBecause
      ? [
          `${discovery.packages[index]?.relDir ?? index}: packed files listed by npm pack --dry-run (${result.npmBecause})`,
        ]
      : [],
  );
  const finished = performance.now();
  const timings = {
    discover: Math.round(discovered - started),
    checks: Math.round(finished - discovered),
    total: Math.round(finished - started),
  };
  return aggregateReport('validate-layout', packages, timings, [
    ...kindNotes(discovery.packages, source),
    ...skippedNotes(discovery.skippedPrivate),
    ...packNotes,
  ]);
}

function countOf(packages: number): string {
  return packages === 1 ? '1 package' : `${packages} packages`;
}

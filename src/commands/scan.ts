import path from 'node:path';
import type { z } from 'zod';
import { settingsForPackage, type ResolvedSettings } from '../config/resolve.js';
import { isOk, type PackageReport, type Report } from '../report/model.js';
import type { PackListResult } from '../adapters/npm.js';
import { rateAll } from '../rules.js';
import type { AuditOutcome } from '../scan/audit.js';
import { fileSets, publishedLinks } from '../scan/files.js';
import { installScriptFiles } from '../scan/install-scripts.js';
import {
  actionlintFindings,
  auditFindings,
  auditMode,
  linkFindings,
  lockFindings,
  ownRepository,
  secretFindings,
  secretScanPlan,
  tarballFindings,
  workflowAudit,
  workflowTargets,
  type ScanFinding,
  type ScanStats,
} from '../scan/run.js';
import { defineCommand, pickOptions } from './define-command.js';
import { SHARED_DESCRIPTIONS } from './option-catalog.js';
import { managerRootOf } from './package-manager.js';
import { aggregateReport, openWorkspace, skippedNotes } from './packages.js';
import type { CommandSpec, RunContext } from './types.js';

const OPTIONS = pickOptions({
  directory: true,
  config: { description: SHARED_DESCRIPTIONS.configInDirectory },
  'fail-on': { description: SHARED_DESCRIPTIONS.failOnFromConfig },
  registry: {
    description:
      "Registry the repository's manager audits against (default: the config's registry, else the manager's).",
  },
});
type Input = z.infer<typeof OPTIONS.schema>;

export const scanCommand: CommandSpec<Input> = defineCommand({
  name: 'security-scan',
  aliases: ['scan'],
  summary:
    'Secrets in the tarball and the repository, install scripts, forbidden files, vulnerable dependencies, workflow security.',
  positional: 'directory',
  options: OPTIONS,
  outputs: {
    'secret-count': 'Credentials found (redacted in the report).',
    'files-scanned': 'Files read by the secret scanner.',
    audit: 'Dependency audit state: ok, vulnerable (in any package), unavailable or off.',
    'workflow-count': 'Workflow and action files audited.',
  },
  run: scan,
});

async function scan(input: Input, context: RunContext): Promise<Report> {
  const started = performance.now();
  const { config, discovery, rootDir } = await openWorkspace(input.directory, input.config, context);
  const registry = input.registry ?? config.registry;
  const packages: PackageReport[] = [];
  const totals = { secrets: 0, files: 0, workflows: 0, audits: [] as ScanStats['audit'][] };
  // One npm process lists the tarball files of every package (npm's start-up is most of the cost);
  // then one package at a time: each already reads its files in parallel.
  const dirs = discovery.packages.map((p) => p.dir);
  const packs = await context.log.step(
    `security-scan: list what npm would pack (${dirs.length === 1 ? '1 package' : `${dirs.length} packages`})`,
    () => context.adapters.packageFolder.packList(dirs),
  );
  const audits = new Map<string, Promise<AuditOutcome>>();
  for (const [index, pkg] of discovery.packages.entries()) {
    const settings = settingsForPackage(config, pkg.relDir);
    const manifest = await context.adapters.sourceTree.readJsonObject(path.join(pkg.dir, 'package.json'));
    const name = typeof manifest?.name === 'string' ? manifest.name : pkg.relDir;
    const result = await scanPackage(pkg.dir, name, manifest, settings, context, {
      ...(registry ? { registry } : {}),
      workflows: true,
      audits,
      ...(packs[index] ? { packed: packs[index] } : {}),
    });
    const findings = rateAll(result.findings, scanOverrides(settings), { prefix: pkg.relDir, package: name }).map(
      (f) => (f.file?.includes('../') ? { ...f, file: path.posix.normalize(f.file) } : f),
    );
    packages.push({ name, dir: pkg.relDir, ok: isOk(findings, input['fail-on'] ?? settings.failOn), findings });
    totals.secrets += result.stats.secrets;
    totals.files += result.stats.filesScanned;
    totals.workflows += result.stats.workflows;
    totals.audits.push(result.stats.audit);
  }
  if (!discovery.packages.some((p) => p.relDir === '.')) {
    const settings = settingsForPackage(config, '.');
    const { files } = await context.adapters.sourceTree.trackedFiles(rootDir);
    const manifest = await context.adapters.sourceTree.readJsonObject(path.join(rootDir, 'package.json'));
    const repo = await workflowFindings(rootDir, 'repository', files, ownRepository(manifest), context);
    const findings = rateAll(repo.findings, scanOverrides(settings), { package: 'repository' });
    packages.push({ name: 'repository', dir: '.', ok: isOk(findings, input['fail-on'] ?? settings.failOn), findings });
    totals.workflows += repo.count;
  }
  const audit = totals.audits.includes('vulnerable')
    ? 'vulnerable'
    : totals.audits.includes('unavailable')
      ? 'unavailable'
      : totals.audits.every((a) => a === 'off')
        ? 'off'
        : 'ok';
  return aggregateReport(
    'security-scan',
    packages,
    { total: Math.round(performance.now() - started) },
    skippedNotes(discovery.skippedPrivate),
    {
      'secret-count': String(totals.secrets),
      'files-scanned': String(totals.files),
      audit,
      'workflow-count': String(totals.workflows),
    },
  );
}

/**
 * Secrets (published and tracked files), tarball checks, dependency audit and
 * workflow lint for one folder: the adapters read, src/scan decides.
 */
async function scanPackage(
  dir: string,
  name: string,
  manifest: Record<string, unknown> | undefined,
  settings: ResolvedSettings,
  context: RunContext,
  options: {
    registry?: string;
    workflows: boolean;
    packed?: PackListResult;
    /** Audits already asked, by repository root: a workspace's packages share its lockfile. */
    audits?: Map<string, Promise<AuditOutcome>>;
  },
): Promise<{ findings: ScanFinding[]; stats: ScanStats }> {
  const tree = context.adapters.sourceTree;
  const { sets, reads, secrets } = await context.log.step(
    `security-scan ${name}: read the files and look for secrets`,
    async () => {
      const [pack, repo] = await Promise.all([
        options.packed ?? context.adapters.packageFolder.packList([dir]).then((all) => all[0]),
        tree.trackedFiles(dir),
      ]);
      const sets = fileSets(pack, repo);
      const plan = secretScanPlan(sets.files, settings);
      const reads = await tree.readFiles(
        dir,
        plan.targets.map((f) => f.path),
        plan.maxBytes,
      );
      return { sets, reads, secrets: secretFindings(plan, reads) };
    },
  );
  const findings: ScanFinding[] = [...secrets];

  const packed = sets.pack?.files.map((f) => f.path) ?? [];
  if (manifest) {
    // The packed JS files install scripts run are read, so what they do is judged, not only their command line.
    const scriptFiles: Record<string, string> = {};
    for (const rel of installScriptFiles(manifest, sets.pack?.files ?? [])) {
      const text = await tree.readText(path.join(dir, rel));
      if (text !== undefined) scriptFiles[rel] = text;
    }
    const links = await tree.symlinks(
      dir,
      sets.files.filter((f) => f.tracked).map((f) => f.path),
    );
    findings.push(
      ...tarballFindings(manifest, packed, { scriptFiles, allow: settings.scan.installScripts?.allow ?? [] }),
      // Only links where npm publishes: one in a folder `files` or .npmignore leaves out never reaches users.
      ...linkFindings(publishedLinks(links, manifest, packed)),
    );
  }
  // The audit is the repository's manager's, over its lockfile at the repository root (one run per root).
  const owner = await managerRootOf(dir, context);
  const { detected } = owner;
  const lockfile = detected.lockfile ? path.join(owner.root, detected.lockfile) : undefined;
  const lock =
    detected.name === 'npm' && lockfile
      ? await tree.readJsonObject(lockfile)
      : ((await tree.readJsonObject(path.join(dir, 'package-lock.json'))) ??
        (await tree.readJsonObject(path.join(dir, 'npm-shrinkwrap.json'))));
  const lockRel = lockfile ? path.relative(dir, lockfile).split(path.sep).join('/') : undefined;
  findings.push(...lockFindings(lock).map((f) => (lockRel && detected.name === 'npm' ? { ...f, file: lockRel } : f)));

  const target = { manager: detected.name, ...(lockRel ? { lockfile: lockRel } : {}) };
  const mode = auditMode(settings, target);
  const auditName = detected.name === 'yarn' ? 'yarn npm audit' : `${detected.name} audit`;
  let outcome: AuditOutcome | undefined;
  if (mode === 'run') {
    const key = `${owner.root}\0${options.registry ?? ''}`;
    let pending = options.audits?.get(key);
    if (!pending) {
      pending = context.log.step(`security-scan ${name}: ${auditName}`, () =>
        context.adapters.packageManagers
          .for(detected)
          .audit(owner.root, options.registry ? { registry: options.registry } : {}),
      );
      options.audits?.set(key, pending);
    }
    outcome = await pending;
  }
  const audit = auditFindings(mode, outcome, settings, target);
  findings.push(...audit.findings);

  let workflows = 0;
  if (options.workflows) {
    const lint = await workflowFindings(
      dir,
      name,
      sets.files.map((f) => f.path),
      ownRepository(manifest),
      context,
    );
    workflows = lint.count;
    findings.push(...lint.findings);
  }
  return {
    findings,
    stats: {
      filesScanned: reads.filter((r) => r.bytes !== undefined).length,
      publishedFiles: packed.length,
      skipped: reads.filter((r) => r.skipped).length,
      workflows,
      secrets: secrets.length,
      audit: audit.state,
      listedBy: sets.source,
    },
  };
}

/** Workflows (.github/workflows/*.yml) and action metadata files (action.yml) among the files: audited, then linted. */
async function workflowFindings(
  dir: string,
  name: string,
  files: readonly string[],
  own: string | undefined,
  context: RunContext,
): Promise<{ findings: ScanFinding[]; count: number }> {
  const targets = workflowTargets(files);
  const texts = await Promise.all(
    targets.map(async (rel) => ({ path: rel, text: await context.adapters.sourceTree.readText(path.join(dir, rel)) })),
  );
  const audited = workflowAudit(texts, own);
  const lint = audited.forLint.length
    ? await context.log.step(`security-scan ${name}: actionlint (${audited.forLint.length} workflow(s))`, () =>
        context.adapters.actionlint.lint(audited.forLint.map((f) => ({ ...f, absolute: path.join(dir, f.path) }))),
      )
    : [];
  return { findings: [...audited.findings, ...actionlintFindings(lint)], count: targets.length };
}

/**
 * `scan.audit: required` makes "could not audit" an error, `scan.pinning: strict` GitHub's own actions by tag,
 * unless the rule's severity is configured.
 */
function scanOverrides(settings: ResolvedSettings): ResolvedSettings['rules'] {
  return {
    ...(settings.scan.audit === 'required' ? { 'scan/audit-unavailable': 'error' as const } : {}),
    ...(settings.scan.pinning === 'strict' ? { 'workflow/unpinned-github-owned-uses': 'error' as const } : {}),
    ...settings.rules,
  };
}

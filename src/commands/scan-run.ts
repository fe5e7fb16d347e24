import path from 'node:path';
import { settingsForPackage, type ResolvedSettings } from '../config/resolve.js';
import { isOk, skippedCheck, type PackageReport, type Report } from '../report/model.js';
import type { PackListResult } from '../adapters/npm.js';
import { rateAll } from '../rules.js';
import type { AuditOutcome } from '../scan/audit.js';
import { fileSets, publishedLinks, type ScanFile } from '../scan/files.js';
import { installScriptFiles, MAX_SCRIPT_FILE } from '../scan/install-scripts.js';
import type { FileScan } from '../scan/secret-job.js';
import {
  auditFindings,
  auditMode,
  linkFindings,
  lockFindings,
  ownRepository,
  secretScanFindings,
  secretScanPlan,
  tarballFindings,
  workflowTargets,
  type ScanFinding,
  type ScanStats,
} from '../scan/run.js';
import { managerRootOf } from './package-manager.js';
import { aggregateReport, openWorkspace, skippedNotes } from './packages.js';
import type { RunContext } from './types.js';
import type { SecurityScanInput as Input } from './scan.js';

/*
 * security-scan's run, apart from its definition (scan.ts: the schema, the option catalog, zod) so that
 * the entries load it alone (src/commands/command-loaders.ts RUN_LOADERS).
 */

export async function securityScan(input: Input, context: RunContext): Promise<Report> {
  const started = performance.now();
  const { config, discovery, rootDir } = await openWorkspace(input.directory, input.config, context);
  const registry = input.registry ?? config.registry;
  const packages: PackageReport[] = [];
  const totals = { secrets: 0, files: 0, workflows: 0, audits: [] as ScanStats['audit'][] };
  // What npm would pack is listed for every package at once; the first package's tracked files are
  // scanned meanwhile (on worker threads when they are many). Then one package at a time.
  const dirs = discovery.packages.map((p) => p.dir);
  const packs = context.log.step(
    `security-scan: list what npm would pack (${dirs.length === 1 ? '1 package' : `${dirs.length} packages`})`,
    // The paths only: a scan never needs the .tgz size (gzipping the whole package), nor each file's lstat.
    () => context.adapters.packageFolder.packList(dirs, undefined, { namesOnly: true }),
  );
  // Settled by scanPackage; a failure surfaces there (not as an unhandled rejection meanwhile).
  packs.catch(() => undefined);
  const audits = new Map<string, Promise<AuditOutcome>>();
  for (const [index, pkg] of discovery.packages.entries()) {
    const settings = settingsForPackage(config, pkg.relDir);
    const manifest = await context.adapters.sourceTree.readJsonObject(path.join(pkg.dir, 'package.json'));
    const name = typeof manifest?.name === 'string' ? manifest.name : pkg.relDir;
    const result = await scanPackage(pkg.dir, name, manifest, settings, context, {
      ...(registry ? { registry } : {}),
      workflows: true,
      audits,
      packed: packs.then((all) => all[index]),
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
    [
      ...skippedNotes(discovery.skippedPrivate),
      ...(totals.audits.includes('off')
        ? [
            skippedCheck(
              'the dependency audit',
              'scan.audit is off in the config',
              'set scan.audit to auto, or required to fail when it cannot run',
            ),
          ]
        : []),
    ],
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
    packed?: Promise<PackListResult | undefined>;
    /** Audits already asked, by repository root: a workspace's packages share its lockfile. */
    audits?: Map<string, Promise<AuditOutcome>>;
  },
): Promise<{ findings: ScanFinding[]; stats: ScanStats }> {
  const tree = context.adapters.sourceTree;
  const { sets, scans, secrets, linkCandidates } = await context.log.step(
    `security-scan ${name}: read the files and look for secrets`,
    async () => {
      const packed =
        options.packed ??
        context.adapters.packageFolder.packList([dir], undefined, { namesOnly: true }).then((all) => all[0]);
      const repo = await tree.trackedFiles(dir);
      // The tracked files are scanned while npm's list is computed; the published files git does not
      // track (build output) after. Each file is read and scanned once, whichever sets it is in.
      const early = secretScanPlan(
        repo.files.map((f) => ({ path: f, published: false, tracked: true })),
        settings,
      );
      const tracked = tree.scanFiles(
        dir,
        early.targets.map((f) => f.path),
        early.job,
        { busyUntil: packed },
      );
      const sets = fileSets(await packed, repo);
      const plan = secretScanPlan(sets.files, settings);
      const byPath = new Map((await tracked).files.map((scan) => [scan.path, scan]));
      const rest = plan.targets.filter((f) => !byPath.has(f.path)).map((f) => f.path);
      if (rest.length)
        for (const scan of (await tree.scanFiles(dir, rest, plan.job)).files) byPath.set(scan.path, scan);
      const scans = plan.targets.map((f) => byPath.get(f.path) ?? { path: f.path, skipped: 'unreadable' as const });
      return {
        sets,
        scans,
        secrets: secretScanFindings(plan, scans),
        linkCandidates: linkCandidatesOf(sets.files, plan.targets, scans, repo.links),
      };
    },
  );
  const findings: ScanFinding[] = [...secrets];

  const packed = sets.pack?.files.map((f) => f.path) ?? [];
  if (manifest) {
    // The packed JS files install scripts run are read, so what they do is judged, not only their command line.
    const scriptFiles: Record<string, string> = {};
    for (const rel of installScriptFiles(manifest, packed)) {
      // Read up to the limit: a larger file (or one that cannot be read) is judged by its command line alone.
      const text = await context.adapters.fs
        .readTextBounded(path.join(dir, rel), MAX_SCRIPT_FILE)
        .catch(() => undefined);
      if (text !== undefined) scriptFiles[rel] = text;
    }
    const links = await tree.symlinks(dir, linkCandidates);
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
      filesScanned: scans.filter((r) => !r.skipped).length,
      publishedFiles: packed.length,
      skipped: scans.filter((r) => r.skipped).length,
      workflows,
      secrets: secrets.length,
      audit: audit.state,
      listedBy: sets.source,
    },
  };
}

/**
 * The tracked files that may be links, without an lstat of every file: those the listing says are
 * links (git's mode), those the scan found to be links, and those the scan did not open (allowPaths);
 * every tracked file when the listing does not know its links.
 */
function linkCandidatesOf(
  files: readonly ScanFile[],
  targets: readonly ScanFile[],
  scans: readonly FileScan[],
  links: readonly string[] | undefined,
): string[] {
  const tracked = files.filter((f) => f.tracked).map((f) => f.path);
  if (!links) return tracked;
  const maybe = new Set(links);
  for (const scan of scans) if (scan.skipped === 'symlink') maybe.add(scan.path);
  const opened = new Set(targets.map((f) => f.path));
  return tracked.filter((f) => maybe.has(f) || !opened.has(f));
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
  if (targets.length === 0) return { findings: [], count: 0 };
  const { workflowAudit, actionlintFindings } = await import('../scan/workflow-findings.js');
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

import picomatch from 'picomatch';
import type { UnratedFinding } from '../rating.js';
import type { ResolvedSettings } from '../config/resolve.js';
import { credentialFileKind } from '../files/credential-files.js';
import { unsafeNames } from '../release/packed-check.js';
import { githubSlug } from '../layout/repository-url.js';
import { parseSize } from '../util/size.js';
import { lockfileName, type PackageManagerName } from '../workspace/package-manager.js';
import { atOrAbove, type AuditOutcome } from './audit.js';
import type { LinkFact, ReadResult, ScanFile } from './files.js';
import { dependenciesWithInstallScripts, judgeInstallScripts, type AllowedScript } from './install-scripts.js';
import { jobAllowPatterns, jobRules, type FileScan, type SecretScanJob } from './secret-job.js';
import { scanBytes } from './secrets/engine.js';
import type { SecretRule } from './secrets/rules.js';

/*
 * The security scan's decisions, over what the adapters read: secrets in
 * file bytes, what the tarball would hold, links, the lockfile's install
 * scripts, the audit's answer, the workflows' problems. Pure: the
 * security-scan command gathers and calls these.
 */

/** A finding before severity; `file` is relative to the scanned folder, `fix` more specific than the rule's (e.g. naming the repository's manager). */
export type ScanFinding = Omit<UnratedFinding, 'evidence'>;

export interface ScanStats {
  filesScanned: number;
  publishedFiles: number;
  skipped: number;
  workflows: number;
  secrets: number;
  audit: 'ok' | 'vulnerable' | 'unavailable' | 'off';
  listedBy: 'git' | 'walk';
}

const DEFAULT_MAX_FILE = 5 * 1000 * 1000;

/** How the secret scan runs for one package: which files, which rules, which matches are allowed, how large. */
export interface SecretScanPlan {
  targets: ScanFile[];
  rules: readonly SecretRule[];
  allowPatterns: RegExp[];
  maxBytes: number;
  /** The same, as data a scanning thread can receive. */
  job: SecretScanJob;
}

export function secretScanPlan(files: readonly ScanFile[], settings: ResolvedSettings): SecretScanPlan {
  const allowPath = settings.scan.allowPaths?.length ? picomatch(settings.scan.allowPaths, { dot: true }) : () => false;
  const job: SecretScanJob = {
    phi: settings.scan.rulePacks?.includes('phi') ?? false,
    allowPatterns: [...(settings.scan.allowPatterns ?? [])],
    maxBytes: settings.scan.maxFileSize !== undefined ? parseSize(settings.scan.maxFileSize) : DEFAULT_MAX_FILE,
  };
  return {
    targets: files.filter((f) => !allowPath(f.path)),
    rules: jobRules(job),
    allowPatterns: jobAllowPatterns(job),
    maxBytes: job.maxBytes,
    job,
  };
}

/** Secrets in the bytes read (`reads[i]` is `plan.targets[i]`), each saying where it would leak. */
export function secretFindings(plan: SecretScanPlan, reads: readonly ReadResult[]): ScanFinding[] {
  return secretScanFindings(
    plan,
    reads.map((read) =>
      read.bytes === undefined
        ? { path: read.path, ...(read.skipped ? { skipped: read.skipped } : {}) }
        : { path: read.path, hits: scanBytes(read.bytes, plan.rules, plan.allowPatterns) },
    ),
  );
}

/** Secrets in the files scanned (`scans[i]` is `plan.targets[i]`), each saying where it would leak. */
export function secretScanFindings(plan: SecretScanPlan, scans: readonly FileScan[]): ScanFinding[] {
  const findings: ScanFinding[] = [];
  scans.forEach((scan, i) => {
    if (!scan.hits?.length) return;
    const file = plan.targets[i];
    for (const hit of scan.hits) {
      const where =
        file?.published && file.tracked
          ? 'published in the npm tarball and tracked in git'
          : file?.published
            ? 'published in the npm tarball'
            : 'tracked in git (not published)';
      findings.push({
        rule: hit.rule,
        message: `${hit.title} ${hit.redacted}, ${where}`,
        file: scan.path,
        line: hit.line,
        column: hit.column,
      });
    }
  });
  return findings;
}

/**
 * What the tarball holds and runs: install-time scripts (judged with the text
 * of the packed JS files they run, `scriptFiles`), credential files, unsafe names.
 */
export function tarballFindings(
  manifest: Record<string, unknown>,
  packed: readonly string[],
  options: { scriptFiles?: Readonly<Record<string, string>>; allow?: readonly AllowedScript[] } = {},
): ScanFinding[] {
  const out: ScanFinding[] = [];
  for (const verdict of judgeInstallScripts(manifest, packed, options.scriptFiles, options.allow)) {
    const { script, network, allowed } = verdict;
    const when = verdict.registry
      ? "runs on every user's machine at install"
      : 'runs when the package is installed from git';
    const what = network ? `; it ${network}` : '';
    if (allowed)
      out.push({
        rule: 'scan/install-script-allowed',
        message: `"${script.name}" ${when}: ${script.command}${what}; allowed by scan.installScripts: ${allowed.reason}`,
        file: 'package.json',
        line: 1,
      });
    else
      out.push({
        rule: network ? 'scan/install-script-network' : 'scan/install-script',
        message: `"${script.name}" ${when}: ${script.command}${what}`,
        file: 'package.json',
        line: 1,
      });
  }
  for (const file of packed) {
    // Any PEM file (certificates included) and git metadata are not for the tarball either.
    if (credentialFileKind(file) || /\.pem$/i.test(file) || file.startsWith('.git/') || file.includes('/.git/')) {
      out.push({ rule: 'scan/forbidden-file', message: `${file} would be published in the tarball`, file, line: 1 });
    }
  }
  // One finding for every unsafe name, the rule pack and publish refuse the tarball by.
  const unsafe = unsafeNames(packed);
  if (unsafe.length)
    out.push({
      rule: 'pack/unsafe-name',
      message: `${unsafe.length === 1 ? 'a packed file name' : `${unsafe.length} packed file names`} would write outside the package when extracted: ${unsafe.slice(0, 5).join('; ')}${unsafe.length > 5 ? '; ...' : ''}`,
      file: 'package.json',
      line: 1,
    });
  return out;
}

/** Symbolic links in the package: npm leaves them out of the tarball, so what they point to never ships. */
export function linkFindings(links: readonly LinkFact[]): ScanFinding[] {
  return links.map(({ file, escapes }) => ({
    rule: 'scan/symlink',
    message: `${file} is a symbolic link${escapes ? ' to a path outside the package' : ''}; npm leaves links out of the tarball`,
    file,
    line: 1,
  }));
}

/** Production dependencies the lockfile says run install scripts. */
export function lockFindings(lock: Record<string, unknown> | undefined): ScanFinding[] {
  const withScripts = dependenciesWithInstallScripts(lock).filter((d) => !d.dev);
  if (!withScripts.length) return [];
  return [
    {
      rule: 'scan/dependency-install-script',
      message: `${withScripts.length} production dependencies run install scripts: ${withScripts
        .map((d) => d.name)
        .slice(0, 10)
        .join(', ')}${withScripts.length > 10 ? ', ...' : ''}`,
      file: 'package-lock.json',
      line: 1,
    },
  ];
}

export type AuditMode = 'off' | 'run' | { unavailable: string };

/**
 * What the audit runs on: the repository's manager and its lockfile (the path
 * findings name, relative to the scanned folder), undefined when there is none.
 */
export interface AuditTarget {
  manager: PackageManagerName;
  lockfile?: string;
}

const NPM_TARGET: AuditTarget = { manager: 'npm', lockfile: 'package-lock.json' };

function asTarget(target: AuditTarget | boolean): AuditTarget {
  return typeof target === 'boolean' ? (target ? NPM_TARGET : { manager: 'npm' }) : target;
}

/** Whether to ask the manager's audit: off, run it, or not possible (no lockfile). */
export function auditMode(settings: ResolvedSettings, target: AuditTarget | boolean): AuditMode {
  if ((settings.scan.audit ?? 'auto') === 'off') return 'off';
  const { manager, lockfile } = asTarget(target);
  if (!lockfile) return { unavailable: noLockfileReason(manager) };
  return 'run';
}

/** "no pnpm-lock.yaml (pnpm audit needs a lockfile: run `pnpm install` and commit it)", per manager. */
export function noLockfileReason(manager: PackageManagerName): string {
  const audit = manager === 'yarn' ? 'yarn npm audit' : `${manager} audit`;
  return `no ${lockfileName(manager)} (${audit} needs a lockfile: run \`${manager} install\` and commit it)`;
}

/** How the manager fixes a vulnerable dependency. */
export function auditFixAdvice(manager: PackageManagerName, name: string): string {
  switch (manager) {
    case 'pnpm':
      return 'pnpm audit --fix';
    case 'yarn':
      return `yarn up -R ${name}`;
    case 'bun':
      return 'bun audit fix';
    default:
      return 'npm audit fix';
  }
}

/** The audit's findings and state, from the mode and (when it ran) the manager's answer. */
export function auditFindings(
  mode: AuditMode,
  outcome: AuditOutcome | undefined,
  settings: ResolvedSettings,
  target: AuditTarget | boolean,
): { findings: ScanFinding[]; state: ScanStats['audit'] } {
  if (mode === 'off') return { findings: [], state: 'off' };
  const { manager, lockfile } = asTarget(target);
  const auditName = manager === 'yarn' ? 'yarn npm audit' : `${manager} audit`;
  const unavailable = (reason: string): { findings: ScanFinding[]; state: ScanStats['audit'] } => ({
    findings: [
      {
        rule: 'scan/audit-unavailable',
        message: `dependencies were not audited: ${reason}`,
        file: lockfile ?? 'package.json',
        line: 1,
        ...(manager === 'npm'
          ? {}
          : {
              fix: lockfile
                ? `Check the registry answers \`${auditName}\`.`
                : `Run \`${manager} install\` and commit ${lockfileName(manager)}.`,
            }),
      },
    ],
    state: 'unavailable',
  });
  if (mode !== 'run') return unavailable(mode.unavailable);
  if (!outcome) return unavailable(`${auditName} did not run`);
  if (!outcome.ok) return unavailable(outcome.reason);
  const level = settings.scan.auditLevel ?? 'high';
  const over = outcome.vulnerabilities.filter((v) => atOrAbove(v.severity, level));
  const findings = over.map((v) => ({
    rule: 'scan/vulnerable-dependency',
    message: `${v.name} ${v.range} has a ${v.severity} vulnerability${v.via.length ? `: ${v.via.slice(0, 3).join('; ')}` : ''}${v.fixAvailable ? ` (a fix is available: ${auditFixAdvice(manager, v.name)})` : ''}`,
    file: lockfile ?? 'package.json',
    line: 1,
    ...(manager === 'npm'
      ? {}
      : {
          fix: `Upgrade it (\`${auditFixAdvice(manager, v.name)}\`), or override the transitive version in package.json.`,
        }),
  }));
  return { findings, state: over.length ? 'vulnerable' : 'ok' };
}

/** The repository the package says it lives in (owner/repo), whose own actions are first-party. */
export function ownRepository(manifest: Record<string, unknown> | undefined): string | undefined {
  return manifest ? githubSlug(manifest.repository) : undefined;
}

/** Workflows (.github/workflows/*.yml) and action metadata files (action.yml) among the files. */
export function workflowTargets(files: readonly string[]): string[] {
  return files.filter(
    (f) =>
      /^\.github\/workflows\/[^/]+\.ya?ml$/.test(f) || (/(^|\/)action\.ya?ml$/.test(f) && !f.includes('node_modules/')),
  );
}

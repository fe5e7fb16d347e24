import { githubSlug } from '../layout/repository-url.js';
import { lstat, readFile, realpath } from 'node:fs/promises';
import path from 'node:path';
import picomatch from 'picomatch';
import type { ResolvedSettings } from '../config/resolve.js';
import { credentialFileKind } from '../files/credential-files.js';
import { readJsonObject } from '../util/read-json.js';
import { parseSize } from '../util/size.js';
import { atOrAbove, runAudit } from './audit.js';
import type { PackListResult } from '../adapters/npm.js';
import { listFiles, readFiles, trackedFiles } from './files.js';
import { dependenciesWithInstallScripts, installScripts } from './install-scripts.js';
import { scanBytes } from './secrets/engine.js';
import { PHI_RULES, SECRET_RULES } from './secrets/rules.js';
import { actionlint } from './workflows/actionlint.js';
import { auditWorkflow } from './workflows/audits.js';
import { parseWorkflowFile } from './workflows/model.js';

/** A finding before severity; `file` is relative to the scanned folder. */
export interface ScanFinding {
  rule: string;
  message: string;
  file?: string;
  line?: number;
  column?: number;
}

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
/** One array per rule set, so the engine builds each keyword automaton once. */
const WITH_PHI = [...SECRET_RULES, ...PHI_RULES];

/** Secrets (published and tracked files), tarball checks, dependency audit and workflow lint for one folder. */
export async function scanPackage(
  dir: string,
  settings: ResolvedSettings,
  options: { registry?: string; env: NodeJS.ProcessEnv; workflows: boolean; packed?: PackListResult },
): Promise<{ findings: ScanFinding[]; stats: ScanStats }> {
  const findings: ScanFinding[] = [];
  const sets = await listFiles(dir, options.packed);
  const allowPath = settings.scan.allowPaths?.length ? picomatch(settings.scan.allowPaths, { dot: true }) : () => false;
  const allowPatterns = (settings.scan.allowPatterns ?? []).map((p) => new RegExp(p));
  const rules = settings.scan.rulePacks?.includes('phi') ? WITH_PHI : SECRET_RULES;
  const maxBytes = settings.scan.maxFileSize !== undefined ? parseSize(settings.scan.maxFileSize) : DEFAULT_MAX_FILE;

  const targets = sets.files.filter((f) => !allowPath(f.path));
  const reads = await readFiles(
    dir,
    targets.map((f) => f.path),
    maxBytes,
  );
  let secrets = 0;
  reads.forEach((read, i) => {
    if (read.bytes === undefined) return;
    const file = targets[i];
    for (const hit of scanBytes(read.bytes, rules, allowPatterns)) {
      secrets += 1;
      const where =
        file?.published && file.tracked
          ? 'published in the npm tarball and tracked in git'
          : file?.published
            ? 'published in the npm tarball'
            : 'tracked in git (not published)';
      findings.push({
        rule: hit.rule,
        message: `${hit.title} ${hit.redacted}, ${where}`,
        file: read.path,
        line: hit.line,
        column: hit.column,
      });
    }
  });

  const manifest = await readJsonObject(path.join(dir, 'package.json'));
  const packed = sets.pack?.files.map((f) => f.path) ?? [];
  if (manifest)
    findings.push(
      ...tarballFindings(manifest, packed),
      ...(await linkFindings(
        dir,
        sets.files.filter((f) => f.tracked).map((f) => f.path),
      )),
    );
  const lock =
    (await readJsonObject(path.join(dir, 'package-lock.json'))) ??
    (await readJsonObject(path.join(dir, 'npm-shrinkwrap.json')));
  const withScripts = dependenciesWithInstallScripts(lock).filter((d) => !d.dev);
  if (withScripts.length) {
    findings.push({
      rule: 'scan/dependency-install-script',
      message: `${withScripts.length} production dependencies run install scripts: ${withScripts
        .map((d) => d.name)
        .slice(0, 10)
        .join(', ')}${withScripts.length > 10 ? ', ...' : ''}`,
      file: 'package-lock.json',
      line: 1,
    });
  }

  const audit = await auditFindings(dir, settings, lock !== undefined, options);
  findings.push(...audit.findings);

  let workflows = 0;
  if (options.workflows) {
    const lint = await workflowFindings(
      dir,
      sets.files.map((f) => f.path),
      ownRepository(manifest),
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
      secrets,
      audit: audit.state,
      listedBy: sets.source,
    },
  };
}

function tarballFindings(manifest: Record<string, unknown>, packed: readonly string[]): ScanFinding[] {
  const out: ScanFinding[] = [];
  for (const script of installScripts(manifest, packed)) {
    out.push({
      rule: 'scan/install-script',
      message: `"${script.name}" runs on every user's machine at install: ${script.command}`,
      file: 'package.json',
      line: 1,
    });
  }
  for (const file of packed) {
    // Any PEM file (certificates included) and git metadata are not for the tarball either.
    if (credentialFileKind(file) || /\.pem$/i.test(file) || file.startsWith('.git/') || file.includes('/.git/')) {
      out.push({ rule: 'scan/forbidden-file', message: `${file} would be published in the tarball`, file, line: 1 });
    }
    if (file.startsWith('/') || file.split('/').includes('..'))
      out.push({
        rule: 'scan/symlink',
        message: `packed path ${file} escapes the package`,
        file: 'package.json',
        line: 1,
      });
  }
  return out;
}

/** Symbolic links in the package: npm leaves them out of the tarball, so what they point to never ships. */
async function linkFindings(dir: string, files: readonly string[]): Promise<ScanFinding[]> {
  const out: ScanFinding[] = [];
  const root = await realpath(dir);
  for (const file of files) {
    const full = path.join(dir, file);
    const info = await lstat(full).catch(() => undefined);
    if (!info?.isSymbolicLink()) continue;
    const target = await realpath(full).catch(() => undefined);
    const escapes = !target || path.relative(root, target).startsWith('..');
    out.push({
      rule: 'scan/symlink',
      message: `${file} is a symbolic link${escapes ? ' to a path outside the package' : ''}; npm leaves links out of the tarball`,
      file,
      line: 1,
    });
  }
  return out;
}

async function auditFindings(
  dir: string,
  settings: ResolvedSettings,
  hasLock: boolean,
  options: { registry?: string; env: NodeJS.ProcessEnv },
): Promise<{ findings: ScanFinding[]; state: ScanStats['audit'] }> {
  const mode = settings.scan.audit ?? 'auto';
  if (mode === 'off') return { findings: [], state: 'off' };
  const unavailable = (reason: string): { findings: ScanFinding[]; state: ScanStats['audit'] } => ({
    findings: [
      {
        rule: 'scan/audit-unavailable',
        message: `dependencies were not audited: ${reason}`,
        file: hasLock ? 'package-lock.json' : 'package.json',
        line: 1,
      },
    ],
    state: 'unavailable',
  });
  if (!hasLock)
    return unavailable('no package-lock.json (npm audit needs a lockfile: run `npm install` and commit it)');
  const outcome = await runAudit(dir, options.env, options.registry);
  if (!outcome.ok) return unavailable(outcome.reason);
  const level = settings.scan.auditLevel ?? 'high';
  const over = outcome.vulnerabilities.filter((v) => atOrAbove(v.severity, level));
  const findings = over.map((v) => ({
    rule: 'scan/vulnerable-dependency',
    message: `${v.name} ${v.range} has a ${v.severity} vulnerability${v.via.length ? `: ${v.via.slice(0, 3).join('; ')}` : ''}${v.fixAvailable ? ' (a fix is available: npm audit fix)' : ''}`,
    file: 'package-lock.json',
    line: 1,
  }));
  return { findings, state: over.length ? 'vulnerable' : 'ok' };
}

/** The repository the package says it lives in (owner/repo), whose own actions are first-party. */
function ownRepository(manifest: Record<string, unknown> | undefined): string | undefined {
  return manifest ? githubSlug(manifest.repository) : undefined;
}

/** Workflows (.github/workflows/*.yml) and action metadata files (action.yml) among the tracked files. */
async function workflowFindings(
  dir: string,
  files: readonly string[],
  own?: string,
): Promise<{ findings: ScanFinding[]; count: number }> {
  const targets = files.filter(
    (f) =>
      /^\.github\/workflows\/[^/]+\.ya?ml$/.test(f) || (/(^|\/)action\.ya?ml$/.test(f) && !f.includes('node_modules/')),
  );
  const findings: ScanFinding[] = [];
  const forLint: { path: string; absolute: string; text: string }[] = [];
  for (const rel of targets) {
    const absolute = path.join(dir, rel);
    const text = await readFile(absolute, 'utf8').catch(() => undefined);
    if (text === undefined) continue;
    const kind = rel.startsWith('.github/workflows/') ? 'workflow' : 'action';
    const parsed = parseWorkflowFile(rel, text, kind);
    if ('error' in parsed) {
      findings.push({
        rule: 'workflow/invalid-yaml',
        message: `${rel}: ${parsed.error}`,
        file: rel,
        line: parsed.line,
      });
      continue;
    }
    for (const f of auditWorkflow(parsed, own))
      findings.push({ rule: f.rule, message: f.message, file: rel, line: f.line });
    if (kind === 'workflow') forLint.push({ path: rel, absolute, text });
  }
  for (const r of await actionlint(forLint))
    findings.push({
      rule: 'workflow/actionlint',
      message: `${r.path}: ${r.message} [${r.kind}]`,
      file: r.path,
      line: r.line,
      column: r.column,
    });
  return { findings, count: targets.length };
}

/** The repository's own workflows, for a monorepo whose packages live in sub-folders. */
export async function scanRepositoryWorkflows(dir: string): Promise<{ findings: ScanFinding[]; count: number }> {
  const { files } = await trackedFiles(dir);
  return workflowFindings(dir, files, ownRepository(await readJsonObject(path.join(dir, 'package.json'))));
}

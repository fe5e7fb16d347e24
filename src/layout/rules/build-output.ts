import path from 'node:path';
import picomatch from 'picomatch';
import { displayCommand, runScriptCommand } from '../../workspace/package-manager.js';
import type { LayoutCheck, RuleContext } from '../context.js';
import { binTargets, entryTargets, normalizeTarget } from '../references.js';

/*
 * One cause, one finding: every `bin`, `main`, `module`, `types` and `exports`
 * target of an unbuilt package is missing for the same reason, so they make ONE
 * finding that says to run the build. A target is counted as unbuilt output
 * when its folder holds no file at all; a target missing from a folder whose
 * other files exist is more likely a typo (or a file the build does not write)
 * and keeps its own finding (bin-target-missing, entry-missing).
 */

export interface MissingOutput {
  /** e.g. `bin "server"`, `main`, `exports["."]["import"]` */
  label: string;
  /** Package-relative path (a pattern keeps its `*`). */
  rel: string;
  jsonPath: (string | number)[];
}

export interface BuildOutputAnalysis {
  /** The targets whose output folder is missing, in package.json order. */
  missing: MissingOutput[];
  /** Their package-relative paths, for the per-target rules to skip. */
  rels: Set<string>;
  /** The folders they point into that hold nothing (`dist`, `dist/cjs`). */
  folders: string[];
}

const cache = new WeakMap<RuleContext, BuildOutputAnalysis>();

/** Every file known to exist: the packed list and the referenced files that were read. */
function knownFiles(ctx: RuleContext): string[] {
  const known = new Set(ctx.packed ?? []);
  for (const [rel, fact] of Object.entries(ctx.facts.files)) if (fact.kind === 'file') known.add(rel);
  return [...known];
}

/** Not on disk (a referenced file that was not read counts as missing, as the bin and entry rules count it). */
function isMissing(ctx: RuleContext, rel: string): boolean {
  return (ctx.facts.files[rel]?.kind ?? 'missing') === 'missing';
}

/** The folder part of a target before any `*`. */
function folderOf(rel: string): string {
  const star = rel.indexOf('*');
  const fixed = star === -1 ? rel : rel.slice(0, star);
  const dir = star === -1 ? path.posix.dirname(fixed) : fixed.replace(/\/[^/]*$/, '');
  return dir === '.' || !fixed.includes('/') ? '' : dir;
}

export function buildOutputAnalysis(ctx: RuleContext): BuildOutputAnalysis {
  const cached = cache.get(ctx);
  if (cached) return cached;
  const known = knownFiles(ctx);
  const holdsFiles = (dir: string) => known.some((f) => f.startsWith(`${dir}/`));
  const candidates: MissingOutput[] = [];
  for (const bin of binTargets(ctx.manifest)) {
    const rel = normalizeTarget(bin.target);
    if (rel && isMissing(ctx, rel)) candidates.push({ label: `bin "${bin.name}"`, rel, jsonPath: bin.jsonPath });
  }
  for (const entry of entryTargets(ctx.manifest)) {
    if (entry.field === 'exports' && !entry.target.startsWith('./')) continue;
    const rel = normalizeTarget(entry.target);
    if (!rel) continue;
    if (rel.includes('*')) {
      const matches = picomatch(rel.replace(/\*/g, '**'), { dot: true });
      if (!known.some((f) => matches(f))) candidates.push({ label: entry.label, rel, jsonPath: entry.jsonPath });
      continue;
    }
    if (!isMissing(ctx, rel)) continue;
    // `main` resolves as CommonJS does: an extension or index.js may still find it.
    if (
      entry.field === 'main' &&
      [`${rel}.js`, `${rel}.json`, `${rel}.node`, `${rel}/index.js`].some((c) => known.includes(c))
    )
      continue;
    candidates.push({ label: entry.label, rel, jsonPath: entry.jsonPath });
  }
  // A pattern counts only when its whole top folder is empty: a pattern into a
  // missing subfolder of a built output is more likely wrong than unbuilt.
  const missing = candidates.filter((c) => {
    const dir = folderOf(c.rel);
    return dir !== '' && !holdsFiles(c.rel.includes('*') ? (dir.split('/')[0] as string) : dir);
  });
  // A folder inside another missing folder is named by the outer one.
  const dirs = [...new Set(missing.map((m) => folderOf(m.rel)))];
  const folders = dirs.filter((d) => !dirs.some((o) => o !== d && d.startsWith(`${o}/`)));
  const result = { missing, rels: new Set(missing.map((m) => m.rel)), folders };
  cache.set(ctx, result);
  return result;
}

/** The script that builds the package, if package.json has one. */
export function buildScript(manifest: Record<string, unknown>): string | undefined {
  const scripts = manifest.scripts;
  if (!scripts || typeof scripts !== 'object') return undefined;
  const s = scripts as Record<string, unknown>;
  return ['build', 'prepack', 'prepare', 'prepublishOnly'].find((n) => typeof s[n] === 'string' && s[n] !== '');
}

/** `pnpm run build`: the script run with the repository's manager, as a user types it. */
export function buildCommand(ctx: RuleContext, script: string): string {
  return displayCommand(runScriptCommand(ctx.packManager, script));
}

const MAX_PATHS = 20;

export const checkBuildOutput: LayoutCheck = (ctx) => {
  const { missing, folders } = buildOutputAnalysis(ctx);
  const [first] = missing;
  if (!first) return [];
  const byPath = new Map<string, string[]>();
  for (const m of missing) byPath.set(m.rel, [...(byPath.get(m.rel) ?? []), m.label]);
  const paths = [...byPath].map(([rel, labels]) => `${rel} (${labels.join(', ')})`);
  const shown = paths.slice(0, MAX_PATHS).join('; ');
  const more = paths.length > MAX_PATHS ? `; and ${paths.length - MAX_PATHS} more` : '';
  const where = folders.map((f) => `${f}/`).join(', ');
  const count = missing.length === 1 ? 'the target of' : `all ${missing.length} targets of`;
  const verb = missing.length === 1 ? 'points' : 'point';
  const message = `the build output is missing: ${where} ${folders.length === 1 ? 'holds' : 'hold'} no file, so ${count} ${fieldsOf(missing)} ${verb} at nothing: ${shown}${more}`;
  const script = buildScript(ctx.manifest);
  const fix = script
    ? `Run the build: \`${buildCommand(ctx, script)}\` (the package's "${script}" script) before validating and packing, and keep ${where} in "files".`
    : `Nothing builds these files: package.json has no "build" script. Add one that writes ${where}, or point the fields at files that exist.`;
  return [ctx.at('layout/build-output-missing', first.jsonPath, message, fix)];
};

function fieldsOf(missing: readonly MissingOutput[]): string {
  const fields = [...new Set(missing.map((m) => (m.label.startsWith('bin ') ? 'bin' : m.label.replace(/\[.*$/, ''))))];
  return fields.map((f) => `"${f}"`).join(', ');
}

/** Whether a path (a `files` entry) is one of the missing output folders or inside/around one. */
export function coversMissingOutput(analysis: BuildOutputAnalysis, rel: string): boolean {
  return analysis.folders.some((f) => f === rel || f.startsWith(`${rel}/`) || rel.startsWith(`${f}/`));
}

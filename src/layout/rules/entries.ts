import picomatch from 'picomatch';
import type { LayoutCheck, RawFinding, RuleContext } from '../context.js';
import { loadedAs } from '../module-syntax.js';
import { binTargets, entryTargets, normalizeTarget, type EntryTarget } from '../references.js';
import { buildOutputAnalysis } from './build-output.js';

/** main / module / types / browser / exports targets: exist, inside, packed (the publint class). */
export const checkEntries: LayoutCheck = (ctx) => {
  const out: RawFinding[] = [];
  for (const entry of entryTargets(ctx.manifest)) {
    const problem = entryProblem(ctx, entry);
    if (problem)
      out.push(ctx.at(problem.rule, entry.jsonPath, `${entry.label} -> ${entry.target}: ${problem.message}`));
  }
  return out;
};

function entryProblem(ctx: RuleContext, entry: EntryTarget): { rule: RawFinding['rule']; message: string } | undefined {
  if (entry.field === 'exports' && !entry.target.startsWith('./')) {
    return {
      rule: 'layout/entry-missing',
      message: 'exports targets must start with "./" (Node rejects the package otherwise)',
    };
  }
  const rel = normalizeTarget(entry.target);
  if (rel === undefined || rel === '') return { rule: 'layout/entry-missing', message: 'points outside the package' };
  // An unbuilt package: one build-output-missing finding says it for every target.
  if (buildOutputAnalysis(ctx).rels.has(rel)) return undefined;
  if (rel.includes('*')) {
    if (!ctx.packed) return undefined;
    const matches = picomatch(rel.replace(/\*/g, '**'), { dot: true });
    return [...ctx.packed].some((p) => matches(p))
      ? undefined
      : { rule: 'layout/entry-not-packed', message: 'the pattern matches no packed file' };
  }
  const candidates = resolutionCandidates(entry, rel);
  const existing = candidates.find((c) => (c === rel ? ctx.facts.files[rel]?.kind === 'file' : ctx.packed?.has(c)));
  if (!existing) {
    return {
      rule: 'layout/entry-missing',
      message:
        ctx.facts.files[rel]?.kind === 'dir'
          ? 'is a directory with no index.js'
          : 'file not found, while other files of its folder exist (a typo, or a file the build does not write?)',
    };
  }
  if (ctx.packed && !ctx.packed.has(existing))
    return { rule: 'layout/entry-not-packed', message: 'exists but is not in the packed file list' };
  return undefined;
}

/**
 * `main` is resolved by CommonJS rules (extensions and index.js are tried);
 * every other field must name the exact file.
 */
function resolutionCandidates(entry: EntryTarget, rel: string): string[] {
  if (entry.field !== 'main') return [rel];
  return [rel, `${rel}.js`, `${rel}.json`, `${rel}.node`, `${rel}/index.js`, `${rel}/index.json`];
}

/** ESM syntax in a file Node loads as CommonJS, or the reverse. One finding per file. */
export const checkModuleType: LayoutCheck = (ctx) => {
  const out: RawFinding[] = [];
  const seen = new Set<string>();
  const targets: { target: string; label: string; jsonPath: (string | number)[] }[] = [
    ...binTargets(ctx.manifest).map((b) => ({ target: b.target, label: `bin "${b.name}"`, jsonPath: b.jsonPath })),
    ...entryTargets(ctx.manifest)
      .filter((e) => e.field === 'main' || e.field === 'exports')
      .map((e) => ({ target: e.target, label: e.label, jsonPath: e.jsonPath })),
  ];
  for (const { target, label, jsonPath } of targets) {
    const rel = normalizeTarget(target);
    if (!rel || seen.has(rel)) continue;
    seen.add(rel);
    const syntax = ctx.facts.moduleSyntax[rel];
    const loaded = loadedAs(rel, ctx.manifest.type);
    if (!syntax || syntax === 'none' || !loaded || syntax === loaded) continue;
    const typeText =
      ctx.manifest.type === undefined ? 'no "type" field' : `"type": ${JSON.stringify(ctx.manifest.type)}`;
    const message =
      syntax === 'esm'
        ? ctx.manifest.type === undefined && rel.endsWith('.js')
          ? `${label} -> ${target} uses import/export but the package has ${typeText}: Node before 20.19/22.12 fails with "Cannot use import statement outside a module", newer Node parses it twice and warns`
          : `${label} -> ${target} uses import/export but Node loads it as CommonJS (${typeText}): "Cannot use import statement outside a module"`
        : `${label} -> ${target} uses require/module.exports but Node loads it as an ES module (${typeText}): "require is not defined in ES module scope"`;
    out.push(ctx.at('layout/module-type', jsonPath, message));
  }
  return out;
};

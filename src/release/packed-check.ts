import picomatch from 'picomatch';
import { packedNameProblem, quoteName } from '../files/packed-names.js';
import { binTargets, entryTargets, normalizeTarget } from '../layout/references.js';

/*
 * Checks of a packed tarball before anything is published: over the package.json
 * inside it and its file list (paths relative to the package, without "package/").
 */

/** Dependency fields that reach a user's install (devDependencies never do). */
const RUNTIME_FIELDS = ['dependencies', 'optionalDependencies', 'peerDependencies'] as const;
/**
 * Protocols only the repository's own manager understands. A registry install
 * of a package holding them fails with EUNSUPPORTEDPROTOCOL (FACTS "Package managers").
 */
const LOCAL_PROTOCOL = /^(workspace|catalog|file|link):/;

export interface UnresolvedDependency {
  field: (typeof RUNTIME_FIELDS)[number];
  name: string;
  spec: string;
}

export interface PackedFinding {
  rule: 'pack/unresolved-protocol' | 'pack/unbuilt' | 'pack/unsafe-name';
  message: string;
  file: string;
  fix?: string;
}

/** Runtime dependency specs in the packed manifest that still use a local protocol. */
export function unresolvedDependencies(manifest: Record<string, unknown>): UnresolvedDependency[] {
  const out: UnresolvedDependency[] = [];
  for (const field of RUNTIME_FIELDS) {
    const deps = manifest[field];
    if (!deps || typeof deps !== 'object' || Array.isArray(deps)) continue;
    for (const [name, spec] of Object.entries(deps as Record<string, unknown>))
      if (typeof spec === 'string' && LOCAL_PROTOCOL.test(spec.trim())) out.push({ field, name, spec });
  }
  return out;
}

export interface MissingTarget {
  /** e.g. `bin "server-a"`, `main`, `exports["."].import` */
  label: string;
  path: string;
}

/**
 * `bin`, `main` and `exports` targets (every condition and subpath) the tarball
 * does not hold. `main` resolves as CommonJS does (extensions, index.js); a
 * pattern with `*` counts when it matches any packed file; exports targets not
 * starting with "./" and targets outside the package are validate's business.
 */
export function missingTargets(manifest: Record<string, unknown>, files: readonly string[]): MissingTarget[] {
  const packed = new Set(files);
  const out: MissingTarget[] = [];
  const check = (label: string, target: string, candidates: (rel: string) => string[]) => {
    const rel = normalizeTarget(target);
    if (!rel) return;
    if (rel.includes('*')) {
      const matches = picomatch(rel.replace(/\*/g, '**'), { dot: true });
      if (!files.some((f) => matches(f))) out.push({ label, path: rel });
      return;
    }
    if (!candidates(rel).some((c) => packed.has(c))) out.push({ label, path: rel });
  };
  for (const bin of binTargets(manifest)) check(`bin "${bin.name}"`, bin.target, (rel) => [rel]);
  for (const entry of entryTargets(manifest)) {
    if (entry.field === 'main')
      check('main', entry.target, (rel) => [rel, `${rel}.js`, `${rel}.json`, `${rel}.node`, `${rel}/index.js`]);
    else if (entry.field === 'exports' && entry.target.startsWith('./'))
      check(entry.label, entry.target, (rel) => [rel]);
  }
  return out;
}

/**
 * The findings of a packed tarball: one per unresolved dependency, and ONE
 * listing every missing build output (they share one cause and one fix).
 */
export function packedFindings(
  manifest: Record<string, unknown>,
  files: readonly string[],
  manager: { name: string; buildScript: boolean },
): PackedFinding[] {
  const findings: PackedFinding[] = unresolvedDependencies(manifest).map((d) => ({
    rule: 'pack/unresolved-protocol',
    message: `${d.field} "${d.name}": "${d.spec}" is still in the packed package.json; a registry install fails on it (EUNSUPPORTEDPROTOCOL)`,
    file: 'package.json',
    fix: `Pack with the repository's manager (${manager.name === 'npm' ? 'npm cannot rewrite it: use a real version range' : `\`mcp-release pack\` runs ${manager.name === 'bun' ? 'bun pm pack' : `${manager.name} pack`}`}), whose pack rewrites it to a real version range.`,
  }));
  const unsafe = unsafeNames(files);
  if (unsafe.length)
    findings.push({
      rule: 'pack/unsafe-name',
      message: `the tarball holds ${unsafe.length === 1 ? 'a file name' : `${unsafe.length} file names`} that would write outside the package when extracted: ${unsafe.slice(0, 5).join('; ')}${unsafe.length > 5 ? '; ...' : ''}`,
      file: 'package.json',
    });
  const missing = missingTargets(manifest, files);
  if (missing.length) {
    const list = missing.map((m) => `${m.label} -> ${m.path}`).join(', ');
    findings.push({
      rule: 'pack/unbuilt',
      message: `the tarball lacks ${missing.length === 1 ? 'a build output' : `${missing.length} build outputs`} (was the package built?): ${list}`,
      file: 'package.json',
      fix: manager.buildScript
        ? `Run the build (\`${manager.name} run build\` in the package folder, or \`mcp-release install --build\` at the repository root) before packing, and check "files" includes the output.`
        : 'Build the package before packing (it has no "build" script), and check "files" includes the output.',
    });
  }
  return findings;
}

/** Packed names that climb out, are absolute or hold control characters, each quoted with why (`pack/unsafe-name`). */
export function unsafeNames(files: readonly string[]): string[] {
  return files.flatMap((file) => {
    const problem = packedNameProblem(file);
    return problem ? [`${quoteName(file)} ${problem}`] : [];
  });
}

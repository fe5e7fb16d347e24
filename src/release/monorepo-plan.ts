import { createHash } from 'node:crypto';
import semver from 'semver';
import { BUMPS, decideFromLabels, type Bump, type LabelDecision, type LabelNames } from './bump.js';

/**
 * Pure: which packages of a monorepo a change releases, and how.
 *
 * - A package is *changed* when a path changed since the merge base lies in its
 *   folder (the deepest package folder holding the path owns it).
 * - A release label (`release:minor`) bumps the changed packages only; a
 *   per-package label `<release label>:<package>` (`release:minor:@acme/lib`,
 *   or the folder's last segment, `release:minor:lib`, when no other package
 *   folder ends the same) decides for that package, whether the change touched
 *   it or not; `release:skip:<package>` keeps a changed package out.
 * - Internal dependents follow: a package whose dependencies, optional or peer
 *   dependencies name a released package through `workspace:` (the packed
 *   manifest gets the new version written in, so the published one changes),
 *   or through a range the new version does not satisfy (the range is moved by
 *   `version`), is released with at least a patch. devDependencies are not
 *   published, so they never release a dependent (their ranges still move).
 */

export interface WorkspacePackage {
  name: string;
  /** Folder relative to the repository root, POSIX separators; '.' for the root. */
  dir: string;
  version: string;
  /** dependencies, optionalDependencies, peerDependencies, devDependencies as in package.json. */
  manifest: Record<string, unknown>;
}

export const RUNTIME_DEPENDENCY_FIELDS = ['dependencies', 'optionalDependencies', 'peerDependencies'] as const;
export const DEPENDENCY_FIELDS = [...RUNTIME_DEPENDENCY_FIELDS, 'devDependencies'] as const;

/** The package folders (of `dirs`) that hold each changed path: the deepest folder owns a path. */
export function packagesOfPaths(dirs: readonly string[], paths: readonly string[]): Set<string> {
  const sorted = [...dirs].sort((a, b) => b.length - a.length);
  const touched = new Set<string>();
  for (const file of paths) {
    const owner = sorted.find((dir) => dir === '.' || file === dir || file.startsWith(`${dir}/`));
    if (owner !== undefined) touched.add(owner);
  }
  return touched;
}

export type PackageDecision = { kind: 'release'; bump: Bump; label: string } | { kind: 'skip'; label: string };

export interface MonorepoLabels {
  /** The labels that name no package: they apply to the changed packages. */
  global: LabelDecision;
  /** Per-package labels, by package name. */
  perPackage: Map<string, PackageDecision>;
  /** Per-package labels naming no package, or one package twice: each a problem sentence. */
  problems: string[];
}

/** How a per-package label may name a package: its name, or its folder's last segment when unambiguous. */
export function packageAliases(packages: readonly Pick<WorkspacePackage, 'name' | 'dir'>[]): Map<string, string> {
  const aliases = new Map<string, string>();
  const segments = new Map<string, string[]>();
  for (const pkg of packages) {
    aliases.set(pkg.name.toLowerCase(), pkg.name);
    const last = (pkg.dir === '.' ? '' : (pkg.dir.split('/').pop() ?? '')).toLowerCase();
    if (last) segments.set(last, [...(segments.get(last) ?? []), pkg.name]);
  }
  for (const [segment, names] of segments)
    if (names.length === 1 && !aliases.has(segment)) aliases.set(segment, names[0] as string);
  return aliases;
}

/** Splits labels into the global release labels and the per-package ones (`<release label>:<package>`). */
export function parseMonorepoLabels(
  labels: readonly string[],
  names: LabelNames,
  packages: readonly Pick<WorkspacePackage, 'name' | 'dir'>[],
): MonorepoLabels {
  const aliases = packageAliases(packages);
  const kinds = [...BUMPS, 'skip'] as const;
  const perPackage = new Map<string, PackageDecision>();
  const problems: string[] = [];
  const plain: string[] = [];
  for (const label of new Set(labels)) {
    const lower = label.toLowerCase();
    const kind = kinds.find((k) => lower.startsWith(`${names[k].toLowerCase()}:`));
    if (!kind) {
      plain.push(label);
      continue;
    }
    const ref = lower.slice(names[kind].length + 1).trim();
    const name = aliases.get(ref);
    if (!name) {
      problems.push(
        `label ${label} names no package of this repository (use a package name or its folder: ${[...aliases.keys()].sort().join(', ')})`,
      );
      continue;
    }
    const earlier = perPackage.get(name);
    if (earlier) {
      problems.push(`${name} has 2 release labels (${earlier.label}, ${label}): keep exactly one`);
      continue;
    }
    perPackage.set(name, kind === 'skip' ? { kind: 'skip', label } : { kind: 'release', bump: kind, label });
  }
  return { global: decideFromLabels(plain, names), perPackage, problems };
}

export type ReleaseReason = 'changed' | 'label' | 'dependent';

export interface PlannedRelease {
  name: string;
  bump: Bump;
  reason: ReleaseReason;
  /** The label that decided (global or per package), or for a dependent the packages it follows. */
  because: string;
}

/**
 * The packages released by labels: the changed ones under the global label
 * (unless a per-package label says otherwise), and every package with a
 * per-package release label. Dependents are added by {@link dependentsToRelease}
 * once the new versions are known.
 */
export function releasesFromLabels(options: {
  packages: readonly Pick<WorkspacePackage, 'name'>[];
  changed: ReadonlySet<string>;
  labels: MonorepoLabels;
}): PlannedRelease[] {
  const { packages, changed, labels } = options;
  const out: PlannedRelease[] = [];
  for (const { name } of packages) {
    const own = labels.perPackage.get(name);
    if (own?.kind === 'skip') continue;
    if (own) out.push({ name, bump: own.bump, reason: 'label', because: own.label });
    else if (changed.has(name) && labels.global.kind === 'release')
      out.push({ name, bump: labels.global.bump, reason: 'changed', because: labels.global.label });
  }
  return out;
}

/** The range a dependent states for an internal package, if any, in the fields that matter. */
export function internalSpecs(
  manifest: Record<string, unknown>,
  dependency: string,
  fields: readonly string[] = RUNTIME_DEPENDENCY_FIELDS,
): { field: string; spec: string }[] {
  const out: { field: string; spec: string }[] = [];
  for (const field of fields) {
    const deps = manifest[field];
    if (!deps || typeof deps !== 'object' || Array.isArray(deps)) continue;
    const spec = (deps as Record<string, unknown>)[dependency];
    if (typeof spec === 'string') out.push({ field, spec });
  }
  return out;
}

/**
 * Whether a dependent's spec must change (or its published manifest changes)
 * when the dependency is released at `version`: always for `workspace:`; for
 * a semver range, when the version falls outside it. Other protocols (file:,
 * link:, catalog:, npm: aliases, tags) are not tied to the workspace version.
 */
export function specFollows(spec: string, version: string): boolean {
  if (spec.startsWith('workspace:')) return true;
  const range = semver.validRange(spec);
  if (range === null || /^[a-z]+:/i.test(spec)) return false;
  return !semver.satisfies(version, spec);
}

/**
 * Packages not yet released that must follow the released ones (name ->
 * next version): each with a patch, naming what it follows. Call again with
 * their versions added until it returns nothing (a chain of dependents).
 */
export function dependentsToRelease(
  packages: readonly WorkspacePackage[],
  released: ReadonlyMap<string, string>,
): PlannedRelease[] {
  const out: PlannedRelease[] = [];
  for (const pkg of packages) {
    if (released.has(pkg.name)) continue;
    const follows = [...released]
      .filter(([dependency, version]) =>
        internalSpecs(pkg.manifest, dependency).some(({ spec }) => specFollows(spec, version)),
      )
      .map(([dependency]) => dependency);
    if (follows.length) out.push({ name: pkg.name, bump: 'patch', reason: 'dependent', because: follows.join(', ') });
  }
  return out;
}

/**
 * The spec a dependent gets for a released internal package: `workspace:`
 * specs stay (the package manager writes the version at pack time); a range
 * the new version satisfies stays; otherwise the range moves to the new
 * version keeping its operator (`^1.1.0` -> `^2.0.0`, `~1.1.0` -> `~1.2.0`,
 * `1.1.0` -> `2.0.0`); a compound range becomes `^version`. Undefined: unchanged.
 */
export function movedSpec(spec: string, version: string): string | undefined {
  if (!specFollows(spec, version) || spec.startsWith('workspace:')) return undefined;
  const simple = /^(\^|~|=|>=|)\s*v?\d+(\.\d+)?(\.\d+)?(-[0-9A-Za-z.-]+)?(\+[0-9A-Za-z.-]+)?$/.exec(spec.trim());
  if (simple) return `${simple[1] === '>=' ? '^' : (simple[1] ?? '')}${version}`;
  return `^${version}`;
}

/**
 * A name for a package's artifacts, unique per package folder, of
 * [A-Za-z0-9._-] only: the folder with other characters made `-` (40 at
 * most) and the first 8 hex digits of its sha256, exactly as the release
 * workflow names them (`tr -c 'A-Za-z0-9._-' '-' | cut -c1-40` and `sha256sum`).
 */
export function artifactSlug(dir: string): string {
  const slug = dir.replace(/[^A-Za-z0-9._-]/g, '-').slice(0, 40);
  return `${slug}-${createHash('sha256').update(dir).digest('hex').slice(0, 8)}`;
}

/** The `--releases` entries `version` takes: plan's `releases` output (dir plus bump or next-version). */
export interface ReleaseRequest {
  dir: string;
  name?: string;
  bump?: Bump;
  version?: string;
}

/** Parses `--releases` JSON; throws an Error whose message names the entry and field at fault. */
export function parseReleaseRequests(text: string): ReleaseRequest[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new Error('is not JSON (expected the releases output of plan: [{"dir","bump"|"next-version"}, ...])');
  }
  if (!Array.isArray(parsed)) throw new Error('must be a JSON array (the releases output of plan)');
  const seen = new Set<string>();
  return parsed.map((entry: unknown, i): ReleaseRequest => {
    if (!entry || typeof entry !== 'object' || Array.isArray(entry)) throw new Error(`[${i}] is not an object`);
    const record = entry as Record<string, unknown>;
    const dir = record.dir;
    if (typeof dir !== 'string' || !dir || dir.split(/[\\/]/).includes('..') || dir.startsWith('/'))
      throw new Error(`[${i}].dir must be a package folder relative to the repository root`);
    const clean = dir.replace(/\\/g, '/').replace(/\/+$/, '') || '.';
    if (seen.has(clean)) throw new Error(`[${i}].dir ${clean} is listed twice`);
    seen.add(clean);
    const bump = record.bump;
    const version = record['next-version'];
    const request: ReleaseRequest = { dir: clean };
    if (typeof record.name === 'string') request.name = record.name;
    // A bump is recomputed at the head the commit is made on (a lost race bumps again); an exact
    // version (bump "") is taken as it is.
    if (typeof bump === 'string' && bump !== '') {
      if (!(BUMPS as readonly string[]).includes(bump))
        throw new Error(`[${i}].bump "${bump}" is not one of ${BUMPS.join(', ')}`);
      request.bump = bump as Bump;
    } else if (typeof version === 'string' && version !== '') {
      if (!semver.valid(version) || semver.clean(version) !== version)
        throw new Error(`[${i}].next-version "${version}" is not a semver version`);
      request.version = version;
    } else throw new Error(`[${i}] needs "bump" (${BUMPS.join(', ')}) or "next-version"`);
    return request;
  });
}

/** Why a package of a monorepo plan is released, as a reader says it (the plan table and the PR comment). */
export function releaseWhyText(reason: string, because: string): string {
  if (reason === 'resumed') return `resumed: release commit ${because} is already on the branch`;
  if (reason === 'dependent') return `depends on ${because}, released in this plan`;
  if (reason === 'label') return `labelled ${because} (its own label)`;
  if (because.startsWith('--')) return `changed; decided by ${because}`;
  if (because === 'conventional commits') return 'changed; decided by its commits since its last tag';
  return `changed; labelled ${because}`;
}

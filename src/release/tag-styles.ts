import semver from 'semver';

/**
 * Git tag names: the ones this kit writes (`tagFormat`) and the ones other
 * tools left behind, recognised when reading a package's history. Pure.
 *
 * Styles recognised for a package (name `@scope/pkg`, folder `packages/pkg-dir`):
 * - the configured `tagFormat` (`{name}` and `{version}` placeholders);
 * - the package's own: `@scope/pkg@1.2.3`, `pkg@1.2.3`, `pkg-1.2.3`,
 *   `pkg-v1.2.3`, `pkg/v1.2.3` (changesets, lerna, release-please,
 *   hand-made), and the folder name with a dash: `pkg-dir-1.2.3`,
 *   `pkg-dir-v1.2.3` (in a monorepo);
 * - the repository's: `v1.2.3` and `1.2.3` (also calendar versions such as
 *   `2025.8.4`, which are valid semver).
 * A tag whose prefix is anything else belongs to another package or group
 * (`server-memory-v1.0.0` is not `server-git`'s, `typescript-servers-0.6.2`
 * is no package's unless that is its name or folder).
 */

export interface ExistingTag {
  name: string;
  /** The commit the tag points at (annotated tags peeled). */
  commit: string;
  /** That commit's committer time, in seconds since the epoch. */
  date: number;
}

export interface TagOwner {
  /** The package name from package.json. */
  name: string;
  /** The package folder relative to the repository root ('' at the root). */
  relativeDir: string;
  /** The configured `tagFormat`, when there is one. */
  tagFormat?: string;
}

export type TagScope = 'package' | 'repository';

export interface PreviousTag {
  tag: string;
  version: string;
  commit: string;
  /** `package` for a tag naming this package, `repository` for a bare `v1.2.3` / `1.2.3` (or a configured format without `{name}`). */
  scope: TagScope;
}

export const NAME_PLACEHOLDER = '{name}';
export const VERSION_PLACEHOLDER = '{version}';

/** Default tag formats: `v{version}` for a package at the repository root, `{name}@{version}` in a monorepo. */
export function defaultTagFormat(monorepo: boolean): string {
  return monorepo ? `${NAME_PLACEHOLDER}@${VERSION_PLACEHOLDER}` : `v${VERSION_PLACEHOLDER}`;
}

export function formatTag(format: string, name: string, version: string): string {
  return format.split(NAME_PLACEHOLDER).join(name).split(VERSION_PLACEHOLDER).join(version);
}

/**
 * Why a tag name cannot be a git tag (git check-ref-format's rules, and no
 * leading `-` which a command line would read as an option), or undefined.
 */
export function refNameProblem(tag: string): string | undefined {
  if (tag === '') return 'is empty';
  if (tag.startsWith('-')) return 'starts with "-"';
  // eslint-disable-next-line no-control-regex
  if (/[\x00-\x20\x7f~^:?*[\\]/.test(tag)) return 'holds a space, a control character or one of ~ ^ : ? * [ \\';
  if (tag.includes('..')) return 'holds ".."';
  if (tag.includes('@{')) return 'holds "@{"';
  if (tag === '@') return 'is "@"';
  if (tag.startsWith('/') || tag.endsWith('/') || tag.includes('//')) return 'starts or ends with "/" or holds "//"';
  if (tag.endsWith('.')) return 'ends with "."';
  if (tag.split('/').some((part) => part.startsWith('.') || part.endsWith('.lock')))
    return 'has a part that starts with "." or ends with ".lock"';
  return undefined;
}

/** What is wrong with a `tagFormat` value on its own (placeholders, git's ref-name rules), one message per problem. */
export function tagFormatProblems(format: string): string[] {
  const problems: string[] = [];
  const count = (placeholder: string) => format.split(placeholder).length - 1;
  if (count(VERSION_PLACEHOLDER) !== 1) problems.push('must hold {version} exactly once');
  if (count(NAME_PLACEHOLDER) > 1) problems.push('may hold {name} at most once');
  const unknown = format
    .split(NAME_PLACEHOLDER)
    .join('')
    .split(VERSION_PLACEHOLDER)
    .join('')
    .match(/\{[^}]*\}/g);
  if (unknown) problems.push(`has unknown placeholder(s) ${unknown.join(', ')} (allowed: {name}, {version})`);
  if (problems.length === 0) {
    // A scoped name and a prerelease with build metadata: the widest tag the format makes.
    const problem = refNameProblem(formatTag(format, '@scope/name', '1.2.3-beta.1'));
    if (problem) problems.push(`makes tags git refuses: the tag ${problem}`);
  }
  return problems;
}

/**
 * A format without `{name}` gives every package the same tag for the same
 * version: an error when more than one package is released from the
 * repository. `packages` is how many there are, or the words naming them
 * (such as `the packages of "packages/*"`).
 */
export function tagFormatCollision(format: string, packages: number | string): string | undefined {
  if (packages === 1 || packages === 0 || format.includes(NAME_PLACEHOLDER)) return undefined;
  const which = typeof packages === 'number' ? `the ${packages} packages released from this repository` : packages;
  return `has no {name}, so ${which} would all get the same tag for a version (use e.g. "{name}@{version}" or "{name}-v{version}")`;
}

const SEMVER =
  /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*)?(?:\+[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*)?$/;

function strictVersion(text: string): string | undefined {
  return SEMVER.test(text) ? (semver.valid(text) ?? undefined) : undefined;
}

interface Style {
  scope: TagScope;
  /** The version in the tag, when the tag has this style. */
  version(tag: string): string | undefined;
}

function prefixStyle(prefix: string, scope: TagScope): Style {
  return {
    scope,
    version: (tag) => (tag.startsWith(prefix) ? strictVersion(tag.slice(prefix.length)) : undefined),
  };
}

function formatStyle(format: string, name: string): Style {
  const [before = '', after = ''] = formatTag(format, name, '\0').split('\0');
  return {
    scope: format.includes(NAME_PLACEHOLDER) ? 'package' : 'repository',
    version: (tag) =>
      tag.length > before.length + after.length && tag.startsWith(before) && tag.endsWith(after)
        ? strictVersion(tag.slice(before.length, tag.length - after.length))
        : undefined,
  };
}

/** The styles of tags that belong to the package, the configured format first. */
export function tagStyles(owner: TagOwner): Style[] {
  const styles: Style[] = [];
  if (owner.tagFormat && tagFormatProblems(owner.tagFormat).length === 0)
    styles.push(formatStyle(owner.tagFormat, owner.name));
  const unscoped = owner.name.replace(/^@[^/]+\//, '');
  const names = [...new Set([owner.name, unscoped])];
  for (const name of names) for (const sep of ['@', '@v']) styles.push(prefixStyle(`${name}${sep}`, 'package'));
  const folder = owner.relativeDir ? owner.relativeDir.split(/[\\/]/).pop() : undefined;
  const dashed = [...new Set([unscoped, ...(folder ? [folder] : [])])];
  for (const name of dashed)
    for (const sep of ['-', '-v', '_v', '/', '/v']) styles.push(prefixStyle(`${name}${sep}`, 'package'));
  styles.push(prefixStyle('v', 'repository'), prefixStyle('', 'repository'));
  return styles;
}

/** The version and scope of a tag when it belongs to the package, else undefined. */
export function tagVersion(
  owner: TagOwner,
  tag: string,
  styles: readonly Style[] = tagStyles(owner),
): { version: string; scope: TagScope } | undefined {
  for (const style of styles) {
    const version = style.version(tag);
    if (version) return { version, scope: style.scope };
  }
  return undefined;
}

/**
 * The package's previous release tag among `tags` (those reachable from the
 * commit being released): the highest version among the package's own tags
 * and the highest among the repository-wide ones; when both exist, the one on
 * the newer commit (a repository that moved from `v1.2.3` to `name@1.2.3`, or
 * back, counts from its latest release either way). Another package's tag
 * never counts.
 */
export function previousReleaseTag(owner: TagOwner, tags: readonly ExistingTag[]): PreviousTag | undefined {
  const best = new Map<TagScope, PreviousTag & { date: number }>();
  const styles = tagStyles(owner);
  for (const tag of tags) {
    const match = tagVersion(owner, tag.name, styles);
    if (!match) continue;
    const candidate = { tag: tag.name, version: match.version, commit: tag.commit, scope: match.scope, date: tag.date };
    const current = best.get(match.scope);
    if (!current || better(candidate, current)) best.set(match.scope, candidate);
  }
  const own = best.get('package');
  const repo = best.get('repository');
  const chosen = own && repo ? (repo.date > own.date ? repo : own) : (own ?? repo);
  if (!chosen) return undefined;
  const { date: _date, ...previous } = chosen;
  return previous;
}

function better(a: { version: string; date: number; tag: string }, b: { version: string; date: number; tag: string }) {
  const order = semver.compare(a.version, b.version);
  if (order !== 0) return order > 0;
  // The same version under two names (v1.2.3 and 1.2.3): the newer commit, then the shorter name, for a stable answer.
  if (a.date !== b.date) return a.date > b.date;
  return a.tag.length !== b.tag.length ? a.tag.length < b.tag.length : a.tag < b.tag;
}

/**
 * The MCP Registry's own semantic checks on server.json, beyond its JSON Schema,
 * as pure functions (mirrors the registry's validators: name parts, version not a
 * range nor `latest`, description length, npm registry base URL).
 */

const NAMESPACE = '[a-zA-Z0-9][a-zA-Z0-9.-]*[a-zA-Z0-9]';
const NAME_PART = '[a-zA-Z0-9][a-zA-Z0-9._-]*[a-zA-Z0-9]';
const SERVER_NAME = new RegExp(`^${NAMESPACE}/${NAME_PART}$`);

export const MAX_DESCRIPTION = 100;
export const NPM_REGISTRY_BASE_URL = 'https://registry.npmjs.org';

/** Why a server name is rejected, or undefined when it is fine. */
export function serverNameProblem(name: string): string | undefined {
  const slashes = name.split('/').length - 1;
  if (slashes !== 1) return `must contain exactly one "/" between namespace and server name (found ${slashes})`;
  if (!SERVER_NAME.test(name))
    return 'namespace and name must start and end with a letter or digit and use only letters, digits, ".", "-" (and "_" in the name)';
  return undefined;
}

/** `io.github.<owner>/...` namespaces are verified against the GitHub owner, case-sensitively. */
export function githubNamespaceOwner(name: string): string | undefined {
  return /^io\.github\.([^/]+)\//.exec(name)?.[1];
}

const VERSION_PART = String.raw`v?\d+(?:\.\d+){0,3}(?:-[0-9A-Za-z.-]+)?`;
const RANGE_FORMS = [
  new RegExp(String.raw`^(?:\^|~|>=|<=|>|<|=)\s*${VERSION_PART}$`),
  new RegExp(String.raw`^${VERSION_PART}\s-\s*${VERSION_PART}$`),
  new RegExp(String.raw`^${VERSION_PART}\s*(?:\|\|\s*${VERSION_PART}\s*)+$`),
];
const WILDCARD = /^(?:v?\d+|x|X|\*)(?:\.(?:\d+|x|X|\*)){1,2}(?:-[0-9A-Za-z.-]+)?$/;

/** Why a version is rejected (`latest`, or range-like), or undefined. */
export function versionProblem(version: string): string | undefined {
  const v = version.trim();
  if (v === 'latest') return '"latest" is reserved: use the exact version';
  if (RANGE_FORMS.some((re) => re.test(v)) || (WILDCARD.test(v) && /[xX*]/.test(v)))
    return `"${version}" looks like a version range: use one exact version`;
  return undefined;
}

export function descriptionProblem(description: unknown): string | undefined {
  if (typeof description !== 'string' || description.trim() === '') return 'description is missing or empty';
  const length = [...description].length;
  if (length > MAX_DESCRIPTION)
    return `description is ${length} characters; the registry allows at most ${MAX_DESCRIPTION}`;
  return undefined;
}

/** JSON paths of string values that still contain a `${...}` placeholder. */
export function findPlaceholders(
  value: unknown,
  path: (string | number)[] = [],
): { path: (string | number)[]; text: string }[] {
  if (typeof value === 'string') return /\$\{[^}]*\}/.test(value) ? [{ path, text: value }] : [];
  if (Array.isArray(value)) return value.flatMap((item, i) => findPlaceholders(item, [...path, i]));
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => findPlaceholders(v, [...path, k]));
  return [];
}

/** Registry base URLs equal to the public npm registry, with or without a trailing slash. */
export function isPublicNpmRegistry(url: string): boolean {
  return url.replace(/\/+$/, '') === NPM_REGISTRY_BASE_URL;
}

import semver from 'semver';

/**
 * Semantic Versioning 2.0.0, exactly (the regular expression semver.org gives):
 * no `v` prefix, no `=`, no spaces, no leading zeros. node-semver's `valid()`
 * is forgiving ("v1.2.0" and " 1.3.0" pass) and the text given is then written
 * verbatim into tags and package.json ("vv1.2.0", "\" 1.3.0\"").
 */
const SEMVER_2 =
  /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\+([0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*))?$/;

export function isStrictVersion(value: string): boolean {
  // node-semver also bounds the length and each number (safe integers); npm uses it.
  return SEMVER_2.test(value) && semver.valid(value) !== null;
}

/** Why `value` is not a version a user may give, with the accepted form (and the likely intended one); undefined when it is. Pure. */
export function strictVersionProblem(value: string, example = '1.4.0'): string | undefined {
  if (isStrictVersion(value)) return undefined;
  const cleaned = semver.clean(value, { loose: true });
  const hint =
    cleaned && isStrictVersion(cleaned) && cleaned !== value ? `; for ${JSON.stringify(value)} give ${cleaned}` : '';
  return `expected a semver 2.0.0 version such as ${example} or ${example}-beta.1 (no "v" prefix, no spaces, no leading zeros)${hint}`;
}

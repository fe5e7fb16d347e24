export const id = 6086;
export const ids = [6086];
export const modules = {

/***/ 65829:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   q: () => (/* binding */ SERVER_ONLY_LAYOUT_RULES),
/* harmony export */   t: () => (/* binding */ LAYOUT_RULES)
/* harmony export */ });
/**
 * Every validate-layout rule. Ids are a public contract (config `rules:`,
 * SARIF, allowlists): never rename one, only add.
 */
const LAYOUT_RULES = [
    {
        id: 'layout/package-json-missing',
        severity: 'error',
        summary: 'The folder has no package.json.',
        fix: 'Run the check on the package folder, or create package.json with `npm init`.',
    },
    {
        id: 'layout/package-json-invalid',
        severity: 'error',
        summary: 'package.json is not valid JSON (reported with its line and column).',
        fix: 'Fix the JSON syntax at the reported position.',
    },
    {
        id: 'layout/package-name',
        severity: 'error',
        summary: '`name` is missing or not a valid npm package name.',
        fix: 'Use a lowercase, URL-safe name such as `my-mcp-server` or `@scope/my-mcp-server`.',
    },
    {
        id: 'layout/package-version',
        severity: 'error',
        summary: '`version` is missing or not valid semver.',
        fix: 'Set `version` to a semver version such as `1.0.0`.',
    },
    {
        id: 'layout/package-private',
        severity: 'error',
        summary: '`private: true` makes `npm publish` refuse the package.',
        fix: 'Remove `"private": true`, or exclude the package from `packages:` in the config.',
    },
    {
        id: 'layout/pack-failed',
        severity: 'error',
        summary: '`npm pack --dry-run` failed, so the published file list is unknown.',
        fix: 'Run `npm pack --dry-run --ignore-scripts` in the package folder and fix the error it prints.',
    },
    {
        id: 'layout/bin-missing',
        severity: 'error',
        summary: 'No `bin`: `npx <package>` has nothing to run.',
        fix: 'Add `"bin": {"my-server": "dist/index.js"}` pointing at the stdio entry point.',
    },
    {
        id: 'layout/bin-target-missing',
        severity: 'error',
        summary: 'A `bin` target file does not exist.',
        fix: 'Build the package before validating, or point `bin` at the file the build writes.',
    },
    {
        id: 'layout/bin-outside-package',
        severity: 'error',
        summary: 'A `bin` target points outside the package folder.',
        fix: 'Point `bin` at a file inside the package, e.g. `dist/index.js`.',
    },
    {
        id: 'layout/bin-not-packed',
        severity: 'error',
        summary: 'A `bin` target is not in the packed file list (excluded by `files` or .npmignore).',
        fix: 'Add the file or its folder to `files` in package.json.',
    },
    {
        id: 'layout/bin-shebang',
        severity: 'error',
        summary: 'A `bin` target does not start with `#!/usr/bin/env node`.',
        fix: 'Make `#!/usr/bin/env node` the first line of the file (in the source, so the build keeps it).',
    },
    {
        id: 'layout/bin-crlf',
        severity: 'error',
        summary: 'A `bin` target has CRLF line endings (`env: node\\r: No such file or directory`).',
        fix: 'Convert the file to LF line endings (e.g. `.gitattributes`: `* text=auto eol=lf`).',
    },
    {
        id: 'layout/bin-syntax',
        severity: 'error',
        summary: 'A `bin` target does not parse (`node --check` fails).',
        fix: 'Fix the syntax error `node --check` reports.',
    },
    {
        id: 'layout/entry-missing',
        severity: 'error',
        summary: 'A `main`, `module`, `types` or `exports` target does not exist or points outside the package.',
        fix: 'Point the field at a file the build writes inside the package.',
    },
    {
        id: 'layout/entry-not-packed',
        severity: 'error',
        summary: 'A `main`, `module`, `types` or `exports` target is not in the packed file list.',
        fix: 'Add the file or its folder to `files` in package.json.',
    },
    {
        id: 'layout/module-type',
        severity: 'error',
        summary: "An entry file's syntax (ESM or CommonJS) does not match how Node will load it (`type`, `.mjs`/`.cjs`).",
        fix: 'Set `"type": "module"` for ESM `.js` files (or rename to `.mjs`/`.cjs`), or build the format `type` declares.',
    },
    {
        id: 'layout/engines-node-missing',
        severity: 'error',
        summary: '`engines.node` is not set, so users on an old Node get a crash instead of a clear message.',
        fix: 'Add `"engines": {"node": ">=18"}` (or the floor your code needs).',
    },
    {
        id: 'layout/engines-node',
        severity: 'error',
        summary: '`engines.node` is not a valid range or allows a Node older than the floor (`layout.engineFloor`, default 18).',
        fix: 'Use a range such as `>=18` that excludes Node versions the MCP SDK does not support.',
    },
    {
        id: 'layout/packed-sensitive',
        severity: 'error',
        summary: 'The tarball would contain a credential file (`.env`, `.npmrc`, private keys, ...).',
        fix: 'Exclude the file with `files` in package.json (an allowlist) and rotate the secret if it was ever published.',
    },
    {
        id: 'layout/packed-junk',
        severity: 'warning',
        summary: 'The tarball would contain files users never need (tests, coverage, `.git`, editor folders, logs).',
        fix: 'Use `files` in package.json to publish only what runs, e.g. `["dist"]`.',
    },
    {
        id: 'layout/packed-sourcemap',
        severity: 'warning',
        summary: 'The tarball would contain source maps.',
        fix: 'Exclude `*.map` (e.g. `"files": ["dist", "!dist/**/*.map"]`), or allow them with `layout.allowFiles: ["**/*.map"]`.',
    },
    {
        id: 'layout/tarball-size',
        severity: 'error',
        summary: 'The packed or unpacked size is over the budget (`budgets.tarballSize`, default 10 MB; `budgets.unpackedSize`, default 50 MB).',
        fix: 'Publish only what runs (`files`), or raise the budget in the config.',
    },
    {
        id: 'layout/license-missing',
        severity: 'error',
        summary: '`license` is not set.',
        fix: 'Set `license` to an SPDX identifier such as `MIT`.',
    },
    {
        id: 'layout/license-invalid',
        severity: 'error',
        summary: '`license` is not a valid SPDX expression nor `SEE LICENSE IN <file>`.',
        fix: 'Use an SPDX expression such as `MIT` or `(MIT OR Apache-2.0)`.',
    },
    {
        id: 'layout/license-file-missing',
        severity: 'error',
        summary: '`license` says `SEE LICENSE IN <file>` but that file is not in the tarball.',
        fix: 'Add the license file to the package (npm packs LICENSE files automatically), or use an SPDX identifier.',
    },
    {
        id: 'layout/repository-missing',
        severity: 'error',
        summary: '`repository.url` is not set (npm provenance needs it to match the building repository).',
        fix: 'Set `"repository": {"type": "git", "url": "git+https://github.com/OWNER/REPO.git"}`.',
    },
    {
        id: 'layout/repository-mismatch',
        severity: 'error',
        summary: '`repository.url` names a different repository than the one building it (`GITHUB_REPOSITORY`); npm rejects the provenance.',
        fix: 'Set `repository.url` to this repository.',
    },
    {
        id: 'layout/dependency-source',
        severity: 'error',
        summary: 'A dependency uses `file:`, `link:`, git, a URL, or `workspace:`/`catalog:` where npm packs (pnpm, yarn and bun pack those into real ranges): it does not install from the registry for users.',
        fix: 'Depend on a published version range, e.g. `"^1.2.0"`.',
    },
    {
        id: 'layout/readme-missing',
        severity: 'warning',
        summary: 'No README: the npm page and the MCP Registry entry have nothing to show.',
        fix: 'Add README.md with what the server does and how to configure it.',
    },
    {
        id: 'layout/server-json-missing',
        severity: 'note',
        summary: '`mcpName` is set but there is no server.json beside package.json to publish to the MCP Registry.',
        fix: 'Create server.json (e.g. with `mcp-publisher init`) next to package.json.',
    },
    {
        id: 'layout/server-json-invalid',
        severity: 'error',
        summary: 'server.json is not valid JSON.',
        fix: 'Fix the JSON syntax at the reported position.',
    },
    {
        id: 'layout/server-json-schema',
        severity: 'error',
        summary: 'server.json does not validate against the MCP Registry schema.',
        fix: 'Fix the field the message names; the schema is in schema/mcp-registry/.',
    },
    {
        id: 'layout/server-json-schema-version',
        severity: 'warning',
        summary: 'server.json `$schema` is missing or not the current dated schema the registry accepts.',
        fix: 'Set `$schema` to the current schema URL.',
    },
    {
        id: 'layout/server-json-name',
        severity: 'error',
        summary: 'server.json `name` is malformed, differs from package.json `mcpName`, or its `io.github.<owner>` does not match the repository owner.',
        fix: 'Use `io.github.<owner>/<server>` (or your verified domain) and set the same value as `mcpName` in package.json.',
    },
    {
        id: 'layout/server-json-version',
        severity: 'error',
        summary: 'server.json `version` differs from package.json, is a range, or is `latest`.',
        fix: 'Set the exact package.json version (the release step keeps them in sync).',
    },
    {
        id: 'layout/server-json-package',
        severity: 'error',
        summary: "server.json has no npm package entry for this package, or the entry's version or registry is wrong.",
        fix: 'Add `{"registryType": "npm", "identifier": "<package name>", "version": "<version>", "transport": {"type": "stdio"}}` to `packages`.',
    },
    {
        id: 'layout/server-json-description',
        severity: 'error',
        summary: "server.json `description` is empty or longer than 100 characters (the registry's most common rejection).",
        fix: 'Shorten the description to at most 100 characters.',
    },
    {
        id: 'layout/server-json-placeholder',
        severity: 'error',
        summary: 'server.json still contains an unsubstituted `${...}` placeholder.',
        fix: 'Replace the placeholder with the real value (or let the release step fill it).',
    },
    {
        id: 'layout/mcp-name-missing',
        severity: 'error',
        summary: 'server.json lists this npm package but package.json has no `mcpName` (the registry checks it to verify ownership).',
        fix: 'Add `"mcpName": "<server.json name>"` to package.json.',
    },
    {
        id: 'layout/build-output-missing',
        severity: 'error',
        summary: 'The build output is missing: `bin`, `main`, `module`, `types` or `exports` targets point into a folder that holds no file (one finding per package, listing every field and path).',
        fix: "Run the package's build (`npm run build`, `pnpm run build`, `yarn run build`, `bun run build`: the repository's manager) before validating and packing; if nothing builds these files, point the fields at files that exist.",
    },
    {
        id: 'layout/files-entry-unmatched',
        severity: 'error',
        summary: 'An entry of `files` in package.json matches no file in the package (often a build folder that was never written).',
        fix: "Fix the entry's name, build what it names before packing, or remove it.",
    },
    {
        id: 'layout/files-allowlist-missing',
        severity: 'error',
        summary: 'No `files` and no `.npmignore`: tests, coverage, editor settings or CI files would be published with the package.',
        fix: 'Add a `files` allowlist with what the package runs, e.g. `"files": ["dist", "server.json"]` (npm always adds package.json, README and LICENSE).',
    },
    {
        id: 'layout/server-json-stale',
        severity: 'error',
        summary: "server.json was not updated for this release: its `version` and its npm package's `version` still name an earlier release.",
        fix: 'Run `mcp-release version --version <version>` (it updates server.json with package.json), or set the fields to the package.json version.',
    },
];
/**
 * Rules that only make sense for an MCP server: they do not run on a package
 * judged a library (src/workspace/classify.ts). A library has no reason to
 * have a bin; the server.json and mcpName rules concern the MCP Registry (and
 * a package with either is a server anyway). A library that does have a bin
 * (a CLI) still gets the bin target rules: npm links a bin file and the system
 * starts it through its shebang, so a missing, unpacked, CRLF or shebang-less
 * bin is broken for every package ("make sure that your file(s) referenced in
 * bin starts with #!/usr/bin/env node", https://docs.npmjs.com/cli/configuring-npm/package-json#bin).
 * Entries, files, license, repository, engines, dependency sources and the
 * README apply to every package.
 */
const SERVER_ONLY_LAYOUT_RULES = new Set([
    'layout/bin-missing',
    'layout/server-json-missing',
    'layout/server-json-invalid',
    'layout/server-json-schema',
    'layout/server-json-schema-version',
    'layout/server-json-name',
    'layout/server-json-version',
    'layout/server-json-package',
    'layout/server-json-description',
    'layout/server-json-placeholder',
    'layout/mcp-name-missing',
    'layout/server-json-stale',
]);


/***/ }),

/***/ 60578:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   k: () => (/* binding */ rateAllWith)
/* harmony export */ });
/* unused harmony export rateWith */
/**
 * The one place a finding gets its severity: the config's setting for its rule,
 * else the rule's documented default (found by `findRule`); undefined when the
 * rule is `off`. The fix defaults to the rule's, and `prefix` (a package folder)
 * is put before the file.
 */
function rateWith(findRule, raw, overrides = {}, context = {}) {
    const configured = overrides[raw.rule];
    if (configured === 'off')
        return undefined;
    const doc = findRule(raw.rule);
    const fix = raw.fix ?? doc?.fix;
    const prefix = context.prefix && context.prefix !== '.' ? `${context.prefix}/` : '';
    return {
        rule: raw.rule,
        severity: configured ?? doc?.severity ?? 'error',
        message: raw.message,
        ...(raw.file !== undefined ? { file: `${prefix}${raw.file}` } : {}),
        ...(raw.line !== undefined ? { line: raw.line } : {}),
        ...(raw.column !== undefined ? { column: raw.column } : {}),
        ...(fix ? { fix } : {}),
        ...(context.package ? { package: context.package } : {}),
        ...(raw.evidence ? { evidence: raw.evidence } : {}),
    };
}
/** rateWith over a list, the `off` ones dropped. */
function rateAllWith(findRule, raws, overrides, context) {
    return raws.flatMap((raw) => rateWith(findRule, raw, overrides, context) ?? []);
}


/***/ }),

/***/ 36086:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Uj: () => (/* binding */ ALL_RULES),
  Il: () => (/* binding */ findRule),
  US: () => (/* binding */ rateAll)
});

// UNUSED EXPORTS: rate

// EXTERNAL MODULE: ./src/layout/catalog.ts
var catalog = __webpack_require__(65829);
// EXTERNAL MODULE: ./src/rating.ts
var rating = __webpack_require__(60578);
;// CONCATENATED MODULE: ./src/release/catalog.ts
/** pack and publish findings. Ids are a public contract: never rename one, only add. */
const RELEASE_RULES = [
    {
        id: 'pack/failed',
        severity: 'error',
        summary: '`npm pack` failed, so there is no tarball to publish.',
        fix: 'Run `npm pack --ignore-scripts` in the package folder and fix what it reports.',
    },
    {
        id: 'publish/version-exists',
        severity: 'error',
        summary: 'The registry already has this version with different bytes (versions are immutable).',
        fix: 'Bump the version and pack again.',
    },
    {
        id: 'publish/no-credentials',
        severity: 'error',
        summary: 'No way to authenticate: neither GitHub OIDC (trusted publishing) nor NODE_AUTH_TOKEN.',
        fix: 'Grant `id-token: write` and configure a trusted publisher, or set NODE_AUTH_TOKEN.',
    },
    {
        id: 'publish/failed',
        severity: 'error',
        summary: '`npm publish` failed (after retries for network errors, 5xx and 429).',
        fix: 'Read the npm error in the message; re-running is safe (the version is checked first).',
    },
    {
        id: 'publish/registry-unreachable',
        severity: 'error',
        summary: 'The registry could not be read, so the publish was not attempted.',
        fix: 'Check the registry URL and the network; re-run.',
    },
    {
        id: 'sign/unsigned',
        severity: 'warning',
        summary: 'No signing identity (no OIDC token, no key): only SHA256SUMS was written.',
        fix: 'In GitHub Actions grant `permissions: id-token: write` (keyless); elsewhere pass --key (or MCP_RELEASE_SIGNING_KEY) with a PEM private key from a secret.',
    },
    {
        id: 'sign/failed',
        severity: 'error',
        summary: 'Signing failed: the OIDC token, Fulcio, Rekor or the timestamp authority refused or could not be reached (after retries).',
        fix: 'Read the reason in the message; in GitHub Actions check `permissions: id-token: write`. Re-running is safe: SHA256SUMS and bundles are rewritten.',
    },
    {
        id: 'verify/checksum-mismatch',
        severity: 'error',
        summary: "The tarball's sha256 differs from SHA256SUMS: these are not the released bytes.",
        fix: 'Download the tarball again from the release; never publish bytes that do not verify.',
    },
    {
        id: 'verify/not-in-sums',
        severity: 'error',
        summary: 'The tarball is not listed in SHA256SUMS.',
        fix: 'Verify against the SHA256SUMS of the same release.',
    },
    {
        id: 'verify/bundle-invalid',
        severity: 'error',
        summary: 'The sigstore bundle does not verify these bytes (signature, certificate chain, transparency log or timestamp).',
        fix: 'Check you have the right tarball, bundle, public key or trusted root.',
    },
    {
        id: 'verify/identity-mismatch',
        severity: 'error',
        summary: 'The bundle is validly signed, but by another identity or issuer than expected.',
        fix: 'Only trust releases signed by your release workflow: check --certificate-identity and --certificate-oidc-issuer.',
    },
    {
        id: 'verify/no-key',
        severity: 'error',
        summary: 'A bundle was found but nothing to check it against: no --public-key for a key-based bundle, no expected identity for a keyless one.',
        fix: 'Pass the public key PEM written by sign, or --certificate-identity (the release workflow, e.g. https://github.com/OWNER/REPO/.github/workflows/release.yml@refs/heads/main).',
    },
    {
        id: 'verify/provenance-subject-mismatch',
        severity: 'error',
        summary: "The provenance statement is signed, but does not name this tarball's digest.",
        fix: 'Use the .intoto.jsonl published with the same release as the tarball.',
    },
    {
        id: 'verify/nothing-to-verify',
        severity: 'error',
        summary: 'Neither SHA256SUMS nor a sigstore bundle was found for the tarball.',
        fix: 'Pass --sums and/or --bundle.',
    },
    {
        id: 'publish/stage-unsupported',
        severity: 'error',
        summary: 'Staged publishing was asked for, but this npm has no `npm stage publish` (npm >= 11.15).',
        fix: 'Install npm 11.15 or later for the publish step (the pack-and-publish composite does it in a temporary prefix).',
    },
    {
        id: 'publish/signature-invalid',
        severity: 'error',
        summary: '`npm audit signatures` found an invalid registry signature or provenance attestation on the version just published.',
        fix: 'Do not promote it: check the registry and the provenance, then roll back (deprecate) the version.',
    },
    {
        id: 'publish/bad-tarball',
        severity: 'error',
        summary: 'The tarball is missing or has no readable package.json.',
        fix: 'Give the .tgz that `mcp-release pack` wrote.',
    },
    {
        id: 'publish/unsafe-tarball',
        severity: 'error',
        summary: 'The tarball has entries npm never packs: links or devices, several top folders, two entries landing on one file (unsafe names are `pack/unsafe-name`).',
        fix: 'Publish only a tarball that `npm pack` (or `mcp-release pack`) wrote from the package folder.',
    },
    {
        id: 'pack/unresolved-protocol',
        severity: 'error',
        summary: 'The packed package.json still has a `workspace:`, `catalog:`, `file:` or `link:` runtime dependency: a registry install fails on it (EUNSUPPORTEDPROTOCOL).',
        fix: "Pack with the repository's own manager (`mcp-release pack` does: pnpm pack, yarn pack, bun pm pack rewrite these to real ranges); never plain `npm pack` in a pnpm, yarn or bun workspace.",
    },
    {
        id: 'pack/unbuilt',
        severity: 'error',
        summary: 'A `bin`, `main` or `exports` target is missing from the tarball: the package was not built (or `files` leaves the output out).',
        fix: 'Run the build (`<manager> run build`, or `mcp-release install --build` for the whole workspace) before packing.',
    },
    {
        id: 'install/failed',
        severity: 'error',
        summary: "The package manager's frozen install or a package's build script failed, or the manager is not on PATH.",
        fix: "Read the manager's error in the message: a lockfile out of date with package.json needs the install run locally and the lockfile committed; a missing manager needs `corepack enable` (pnpm, yarn) or setup-bun.",
    },
    {
        id: 'pack/unsafe-name',
        severity: 'error',
        summary: 'A packed file name that writes outside the package when extracted: a `..` segment (separated by `/` or, as Windows reads it, `\\`), an absolute path (`/x`, `\\x`), a drive letter (`C:`) or a control character (U+0000-U+001F, U+007F). security-scan reports it on the packed file list; pack and publish refuse the tarball.',
        fix: 'Rename the file (or leave it out with `files` / `.npmignore`); publish only a tarball `mcp-release pack` wrote.',
    },
];
/** plan, changelog, version and github-release findings. */
const PLAN_RULES = [
    {
        id: 'plan/conflicting-labels',
        severity: 'error',
        summary: 'The PR carries more than one release label, so the bump is ambiguous.',
        fix: 'Keep exactly one of release:major, release:minor, release:patch, release:prerelease, release:skip.',
    },
    {
        id: 'plan/registry-unreachable',
        severity: 'error',
        summary: 'The registry could not be read, so the next version could not be checked against what is published.',
        fix: 'Check the registry URL and the network; re-run.',
    },
    {
        id: 'plan/surface-bump-too-small',
        severity: 'error',
        summary: 'The release label gives a smaller bump than the MCP surface change needs (e.g. a removed tool under release:minor).',
        fix: 'Label the PR with the bump the change needs, or restore what was removed; set the rule to warning in the config to only warn.',
    },
    {
        id: 'plan/github-failed',
        severity: 'error',
        summary: 'A GitHub API call failed (permission, not found, rate limit).',
        fix: 'Read the message: it names the permission the job needs.',
    },
    {
        id: 'plan/behind-registry',
        severity: 'warning',
        summary: "package.json's version is behind the registry's `latest`: the next version is computed from the registry's (the higher), not from package.json.",
        fix: "Set package.json's version to the registry's latest (the bump commit does it on the next release), or check that the package name is the one you mean to release.",
    },
    {
        id: 'release/github-failed',
        severity: 'error',
        summary: 'Creating the tag, the release or its assets failed on GitHub.',
        fix: 'Read the message: it names the permission the job needs. Re-running is safe: finished steps are not repeated.',
    },
    {
        id: 'release/tag-conflict',
        severity: 'error',
        summary: 'The git tag for this version already exists at another commit.',
        fix: 'Versions are immutable: bump the version instead of moving the tag.',
    },
    {
        id: 'version/push-rejected',
        severity: 'error',
        summary: 'The version-bump commit could not be pushed (branch protection, rulesets or token permissions).',
        fix: 'Give the workflow `permissions: contents: write` and let it bypass the branch ruleset (or push with a token that may).',
    },
];
/** promote, rollback and status findings. */
const PROMOTE_RULES = [
    {
        id: 'promote/not-published',
        severity: 'error',
        summary: 'The version is not on the registry.',
        fix: 'Publish it under the staging tag first (pack-and-publish).',
    },
    {
        id: 'promote/not-staged',
        severity: 'error',
        summary: 'The version is on the registry but not under the staging tag, so it is not what was staged and smoke-tested.',
        fix: 'Promote the version `next` points at, or publish the fix under `next` first.',
    },
    {
        id: 'promote/deprecated',
        severity: 'error',
        summary: 'The version is deprecated (it was rolled back).',
        fix: 'Release a new version, or `rollback --undo` this one first.',
    },
    {
        id: 'promote/integrity-mismatch',
        severity: 'error',
        summary: 'The registry holds other bytes than the release manifest describes.',
        fix: 'Do not promote: find out who published these bytes; release a new version from the pipeline.',
    },
    {
        id: 'promote/downgrade',
        severity: 'error',
        summary: 'The version is not greater than the current latest: promote only upgrades.',
        fix: 'Promote a newer version, or pass allow-downgrade when moving back on purpose (rollback is usually what you want).',
    },
    {
        id: 'promote/downgrade-allowed',
        severity: 'warning',
        summary: 'A downgrade was allowed: latest moves back to an older version.',
        fix: 'Make sure this is intended; users on latest get the older version.',
    },
    {
        id: 'promote/smoke-failed',
        severity: 'error',
        summary: 'The package installed from the registry failed the MCP smoke test.',
        fix: 'Fix the server and release a new version; this one stays on the staging tag only.',
    },
    {
        id: 'promote/no-token',
        severity: 'error',
        summary: 'No npm token can move dist-tags (trusted publishing cannot).',
        fix: 'Set NPM_PROMOTE_TOKEN (a granular token for this package) in a protected environment.',
    },
    {
        id: 'promote/concurrent-change',
        severity: 'error',
        summary: 'The dist-tag moved while promoting: another release or rollback is running.',
        fix: 'Let the other run finish, then re-run; workflows should use `concurrency` per package.',
    },
    {
        id: 'promote/failed',
        severity: 'error',
        summary: '`npm dist-tag add` failed (after retries).',
        fix: 'Read the npm error; re-running is safe.',
    },
    {
        id: 'promote/registry-unreachable',
        severity: 'error',
        summary: 'The registry could not be read.',
        fix: 'Check the registry URL and the network; re-run.',
    },
    {
        id: 'promote/github-failed',
        severity: 'error',
        summary: 'Publishing the GitHub release failed.',
        fix: 'Read the message for the permission; npm is already promoted and a re-run finishes the rest.',
    },
    {
        id: 'promote/server-json-invalid',
        severity: 'error',
        summary: 'server.json would be refused by the MCP Registry (schema, name, description, version), so it was not sent.',
        fix: 'Fix server.json (its version must equal the package version) and re-run promote.',
    },
    {
        id: 'promote/mcp-registry-failed',
        severity: 'error',
        summary: 'Publishing to the MCP Registry failed (token exchange, npm not visible yet, refused).',
        fix: 'npm is already promoted; re-run promote later to finish the MCP Registry step.',
    },
    {
        id: 'rollback/unknown-version',
        severity: 'error',
        summary: 'The version to roll back is not on the registry.',
        fix: 'Check the version number (`mcp-release status` lists them).',
    },
    {
        id: 'rollback/bad-target',
        severity: 'error',
        summary: 'The --to version is missing, deprecated or the bad version itself.',
        fix: 'Choose a published, non-deprecated version.',
    },
    {
        id: 'rollback/no-good-version',
        severity: 'error',
        summary: 'No earlier version is neither deprecated nor a prerelease, so latest has nowhere to go.',
        fix: 'Publish a fixed version instead, or pass --to.',
    },
    {
        id: 'rollback/no-token',
        severity: 'error',
        summary: 'No npm token can deprecate and move dist-tags (trusted publishing cannot).',
        fix: 'Set NPM_PROMOTE_TOKEN (a granular token for this package) in a protected environment.',
    },
    {
        id: 'rollback/concurrent-change',
        severity: 'error',
        summary: 'A dist-tag moved during the rollback: another release or rollback is running.',
        fix: 'Let the other run finish, then re-run.',
    },
    {
        id: 'rollback/failed',
        severity: 'error',
        summary: '`npm dist-tag` or `npm deprecate` failed (after retries).',
        fix: 'Read the npm error; re-running is safe.',
    },
    {
        id: 'rollback/registry-unreachable',
        severity: 'error',
        summary: 'The registry could not be read.',
        fix: 'Check the registry URL and the network; re-run.',
    },
    {
        id: 'rollback/github-failed',
        severity: 'error',
        summary: 'Updating the GitHub release notes failed.',
        fix: 'Read the message for the permission; the npm side is done and a re-run finishes the rest.',
    },
    {
        id: 'rollback/mcp-registry-failed',
        severity: 'error',
        summary: 'Setting the status in the MCP Registry failed.',
        fix: 'The npm side is done and stays done; re-run rollback to finish.',
    },
    {
        id: 'surface/unavailable',
        severity: 'error',
        summary: 'The server did not answer initialize, so it has no surface to read.',
        fix: 'Run `mcp-release smoke` on it: its findings say why.',
    },
    {
        id: 'surface/bump-too-small',
        severity: 'error',
        summary: 'The MCP surface changed more than the release label (or --allow) allows: e.g. a removed tool under release:minor.',
        fix: 'Label the PR with the bump the change needs (release:major for a breaking change), or restore what was removed.',
    },
    {
        id: 'status/registry-unreachable',
        severity: 'error',
        summary: 'The registry could not be read.',
        fix: 'Check the registry URL and the network.',
    },
    {
        id: 'status/github-failed',
        severity: 'error',
        summary: 'Reading the GitHub releases failed.',
        fix: 'Read the message for the permission.',
    },
];
/** Reading back what was just published (smoke of name@version, promote). */
const REGISTRY_RULES = [
    {
        id: 'registry/not-yet-served',
        severity: 'error',
        summary: 'The registry did not serve the new version within the wait (`registry-wait` seconds): a new version can take minutes to show after a publish (npm/cli#4513).',
        fix: 'Nothing was changed after the wait: re-run the job later to finish the release, or give a longer `registry-wait`.',
    },
];
/** doctor findings: what would make a publish fail, said before anything irreversible. */
const DOCTOR_RULES = [
    {
        id: 'doctor/node-version',
        severity: 'error',
        summary: 'Node is older than 20.',
        fix: 'Use actions/setup-node with node-version: 24.',
    },
    {
        id: 'doctor/npm-version',
        severity: 'error',
        summary: 'npm is missing, or older than 11.5.1 where trusted publishing is expected.',
        fix: 'Install npm 11 in a temporary prefix and put it first on PATH for the publish step.',
    },
    {
        id: 'doctor/id-token',
        severity: 'warning',
        summary: 'In GitHub Actions without `id-token: write`: no trusted publishing, no provenance.',
        fix: 'Add `permissions: id-token: write` to the publishing job (and the caller of a reusable workflow).',
    },
    {
        id: 'doctor/no-credentials',
        severity: 'error',
        summary: 'Neither OIDC nor NODE_AUTH_TOKEN is available.',
        fix: 'Grant `id-token: write` (trusted publishing), or set NODE_AUTH_TOKEN from a secret.',
    },
    {
        id: 'doctor/registry',
        severity: 'error',
        summary: 'The registry could not be read.',
        fix: 'Check the registry URL and the network.',
    },
    {
        id: 'doctor/first-publish',
        severity: 'error',
        summary: 'The package is not on the registry yet and only OIDC is available: a first publish cannot use trusted publishing.',
        fix: 'Publish the first version with a token, then configure the trusted publisher on npmjs.com.',
    },
    {
        id: 'doctor/npmrc-token',
        severity: 'warning',
        summary: 'An .npmrc sets an auth token (a stale one shadows trusted publishing; committed ones leak).',
        fix: 'Remove the `_authToken` line; let the release step provide credentials.',
    },
    {
        id: 'credentials/token-expiring',
        severity: 'warning',
        summary: "The npm token expires within 14 days, as the registry's token list says (granular write tokens live at most 90 days).",
        fix: 'Create a new granular token (read and write on this package; "bypass 2FA" when the account enforces 2FA for writes) and replace the secret before the date.',
    },
    {
        id: 'credentials/token-expired',
        severity: 'error',
        summary: "The npm token has expired, as the registry's token list says: every write with it fails.",
        fix: 'Create a new granular token (read and write on this package; "bypass 2FA" when the account enforces 2FA for writes) and replace the secret.',
    },
    {
        id: 'doctor/repository-url',
        severity: 'error',
        summary: 'package.json repository.url does not name the building repository exactly (npm rejects the provenance).',
        fix: 'Set repository.url to git+https://github.com/<owner>/<repo>.git with the exact case.',
    },
];

;// CONCATENATED MODULE: ./src/scan/catalog.ts
const SECRET_FIX = 'Remove it from the file and its history, rotate it at the provider, and load it from the environment or a secret store.';
/** Every security-scan rule. Ids are a public contract: never rename one, only add. */
const SCAN_RULES = [
    { id: 'secret/aws-access-key', severity: 'error', summary: 'An AWS access key id (AKIA/ASIA...).', fix: SECRET_FIX },
    {
        id: 'secret/aws-secret-key',
        severity: 'error',
        summary: 'An AWS secret access key: 40 characters next to an AWS key name, or within a few lines of an access key id.',
        fix: SECRET_FIX,
    },
    {
        id: 'secret/github-token',
        severity: 'error',
        summary: 'A GitHub token (ghp_, gho_, ghu_, ghs_, ghr_) whose CRC32 checksum is valid.',
        fix: SECRET_FIX,
    },
    {
        id: 'secret/github-fine-grained-token',
        severity: 'error',
        summary: 'A GitHub fine-grained personal access token (github_pat_).',
        fix: SECRET_FIX,
    },
    {
        id: 'secret/npm-token',
        severity: 'error',
        summary: 'An npm access token (npm_) whose CRC32 checksum is valid.',
        fix: SECRET_FIX,
    },
    {
        id: 'secret/slack-token',
        severity: 'error',
        summary: 'A Slack bot, user or app token (xoxb-, xoxp-, ...).',
        fix: SECRET_FIX,
    },
    { id: 'secret/slack-webhook', severity: 'error', summary: 'A Slack incoming webhook URL.', fix: SECRET_FIX },
    {
        id: 'secret/stripe-key',
        severity: 'error',
        summary: 'A Stripe secret or restricted key (sk_live_, rk_live_, sk_test_).',
        fix: SECRET_FIX,
    },
    { id: 'secret/google-api-key', severity: 'error', summary: 'A Google API key (AIza...).', fix: SECRET_FIX },
    {
        id: 'secret/openai-key',
        severity: 'error',
        summary: 'An OpenAI API key (sk-..., with the T3BlbkFJ marker).',
        fix: SECRET_FIX,
    },
    {
        id: 'secret/anthropic-key',
        severity: 'error',
        summary: 'An Anthropic API key (sk-ant-api03-...).',
        fix: SECRET_FIX,
    },
    { id: 'secret/huggingface-token', severity: 'error', summary: 'A Hugging Face token (hf_...).', fix: SECRET_FIX },
    {
        id: 'secret/private-key',
        severity: 'error',
        summary: 'A PEM private key block (PKCS#1, PKCS#8, encrypted PKCS#8, SEC1, DSA, OpenSSH, PGP) whose body parses, also indented or with `\\n` escapes.',
        fix: SECRET_FIX,
    },
    {
        id: 'secret/jwt',
        severity: 'error',
        summary: 'A JSON Web Token whose header decodes to JSON with `alg`.',
        fix: SECRET_FIX,
    },
    {
        id: 'secret/database-url',
        severity: 'error',
        summary: 'A database URL with a password in it (postgres://user:pass@...).',
        fix: SECRET_FIX,
    },
    {
        id: 'secret/generic-assignment',
        severity: 'error',
        summary: 'A high-entropy value assigned to a name like secret, token, password or api_key: a quoted literal in code or JSON, or an unquoted `.env`/YAML value.',
        fix: SECRET_FIX,
    },
    {
        id: 'phi/us-ssn',
        severity: 'error',
        summary: 'A US social security number (rule pack `phi`, off by default).',
        fix: 'Remove patient identifiers from code, fixtures and logs; use synthetic data.',
    },
    {
        id: 'phi/medical-record-number',
        severity: 'error',
        summary: 'A labelled medical record number (rule pack `phi`, off by default).',
        fix: 'Remove patient identifiers from code, fixtures and logs; use synthetic data.',
    },
    {
        id: 'scan/install-script',
        severity: 'warning',
        summary: "The package runs a script on the user's machine at install (`preinstall`, `install`, `postinstall`, or an implicit `node-gyp rebuild`).",
        fix: 'Do the work at build time or on first run; users and `npm install --ignore-scripts` skip install scripts. If it must stay, allow it with a reason: `scan: { installScripts: { allow: [{ script: postinstall, reason: ... }] } }`.',
    },
    {
        id: 'scan/install-script-network',
        severity: 'error',
        summary: 'An install-time script (`preinstall`, `install`, `postinstall`; `prepare` for git installs) that reaches the network or runs downloaded code: curl, wget, PowerShell downloads, `fetch(`, an http(s) module or client, a URL, a pipe into a shell, a prebuilt-binary download (prebuild-install, node-pre-gyp install), or a packed JS file it runs that does so.',
        fix: 'Ship what it downloads in the tarball (or an optional dependency per platform) and send no telemetry at install; if it must stay, allow it with a reason in `scan.installScripts.allow`.',
    },
    {
        id: 'scan/install-script-allowed',
        severity: 'note',
        summary: 'An install-time script the config allows (`scan.installScripts.allow`), with the reason given there.',
        fix: 'Nothing to do while the reason holds; remove the allowance when the script goes.',
    },
    {
        id: 'scan/dependency-install-script',
        severity: 'note',
        summary: 'Production dependencies that run install scripts (from package-lock.json `hasInstallScript`).',
        fix: 'Review them; prefer dependencies without install scripts.',
    },
    {
        id: 'scan/forbidden-file',
        severity: 'error',
        summary: 'The tarball would contain a credential file (`.env*`, `.npmrc`, `id_rsa`, `*.pem`, `*.p12`, `.git/`).',
        fix: 'Exclude it with `files` in package.json, and rotate anything it held.',
    },
    {
        id: 'scan/symlink',
        severity: 'warning',
        summary: 'A symbolic link where npm publishes (`files`, `.npmignore`): npm leaves links out of the tarball, so their target never reaches users. Links in folders that are never published are not reported; packed names that escape the package are `pack/unsafe-name`.',
        fix: 'Commit the real file, or copy it in the build step.',
    },
    {
        id: 'scan/vulnerable-dependency',
        severity: 'error',
        summary: 'A production dependency has a known vulnerability at or above `scan.auditLevel` (default high).',
        fix: 'Upgrade it (`npm audit fix`), or override the transitive version.',
    },
    {
        id: 'scan/audit-unavailable',
        severity: 'warning',
        summary: 'The dependency audit could not run (no lockfile, or the advisory endpoint failed); an error when `scan.audit: required`.',
        fix: 'Commit package-lock.json; check the registry answers `npm audit`.',
    },
    {
        id: 'workflow/actionlint',
        severity: 'error',
        summary: 'actionlint: a syntax, expression, type or shell error in a workflow.',
        fix: 'Fix what actionlint reports at the line.',
    },
    {
        id: 'workflow/invalid-yaml',
        severity: 'error',
        summary: 'A workflow or action file is not valid YAML.',
        fix: 'Fix the YAML at the reported line.',
    },
    {
        id: 'workflow/template-injection',
        severity: 'error',
        summary: 'An attacker-controlled `${{ }}` (PR title, branch name, comment body, ...), or a whole-context dump such as `toJSON(github.event)`, expands inside `run:` or a github-script.',
        fix: 'Pass only the fields you need through `env:` and use the shell variable (`"$TITLE"`).',
    },
    {
        id: 'workflow/overprovisioned-secrets',
        severity: 'error',
        summary: '`toJSON(secrets)` or `secrets[<expression>]` hands a step every secret at once (zizmor `overprovisioned-secrets`).',
        fix: 'Name each secret the step needs: `${{ secrets.NAME }}`.',
    },
    {
        id: 'workflow/excessive-permissions',
        severity: 'warning',
        summary: 'No top-level `permissions`, `write-all`, or write scopes granted workflow-wide.',
        fix: 'Set `permissions: contents: read` at the top and grant writes per job.',
    },
    {
        id: 'workflow/unpinned-uses',
        severity: 'error',
        summary: "A third-party action, reusable workflow or image referenced by a tag or branch, not a full commit SHA or digest (zizmor `unpinned-uses`; Scorecard Pinned-Dependencies, third-party). GitHub's own actions are `workflow/unpinned-github-owned-uses`.",
        fix: 'Pin `uses: owner/repo@<40-hex sha> # vX.Y.Z`.',
    },
    {
        id: 'workflow/unpinned-github-owned-uses',
        severity: 'warning',
        summary: "GitHub's own actions (`actions/*`, `github/*`) referenced by a tag or branch, not a full commit SHA (zizmor's ref-pin policy for `actions/*`; Scorecard Pinned-Dependencies, GitHub-owned). An error with `scan.pinning: strict`.",
        fix: 'Pin `uses: actions/checkout@<40-hex sha> # vX.Y.Z` (Dependabot keeps the SHA and the comment up to date).',
    },
    {
        id: 'workflow/artipacked',
        severity: 'warning',
        summary: '`actions/checkout` without `persist-credentials: false` leaves the token in .git/config (worse when the job uploads artifacts).',
        fix: 'Add `with: persist-credentials: false`.',
    },
    {
        id: 'workflow/dangerous-triggers',
        severity: 'warning',
        summary: "`pull_request_target` or `workflow_run` (secrets and a write token for outsiders' events), worse with a checkout of the PR head.",
        fix: 'Use `pull_request`; never run PR code in a privileged workflow.',
    },
    {
        id: 'workflow/cache-poisoning',
        severity: 'warning',
        summary: 'A workflow that publishes restores a cache (setup-* `cache:` or actions/cache).',
        fix: 'Do not restore caches in release workflows.',
    },
    {
        id: 'workflow/secrets-inherit',
        severity: 'warning',
        summary: '`secrets: inherit` passes every secret to a reusable workflow.',
        fix: 'Pass only the secrets it needs, by name.',
    },
    {
        id: 'workflow/use-trusted-publishing',
        severity: 'note',
        summary: '`npm publish` with a long-lived token where npm trusted publishing (OIDC) would need none.',
        fix: 'Configure a trusted publisher on npmjs.com and grant `id-token: write`.',
    },
    {
        id: 'workflow/github-env',
        severity: 'error',
        summary: 'A step writes to GITHUB_ENV or GITHUB_PATH from data an outsider controls.',
        fix: 'Never write untrusted data to GITHUB_ENV/GITHUB_PATH; pass it through `env:` to the step that needs it.',
    },
    {
        id: 'workflow/unsound-contains',
        severity: 'warning',
        summary: "`contains('a b', github.ref)` does substring matching on a string.",
        fix: 'Use `contains(fromJSON(\'["refs/heads/main"]\'), github.ref)`.',
    },
    {
        id: 'workflow/bot-conditions',
        severity: 'warning',
        summary: "`github.actor == '...[bot]'` is spoofable (a human can re-run the bot's workflow).",
        fix: "Check the event's own user (e.g. `github.event.pull_request.user.login`).",
    },
    {
        id: 'workflow/adhoc-packages',
        severity: 'warning',
        summary: '`npm install <pkg>` (or yarn/pnpm add) in `run:`: a package outside the lockfile, at whatever version is latest.',
        fix: 'Add it to package.json and install with `npm ci`.',
    },
    {
        id: 'workflow/hardcoded-credentials',
        severity: 'error',
        summary: 'A literal password, token or key in a workflow `env:` or `with:`.',
        fix: 'Store it as a secret and use `${{ secrets.NAME }}`.',
    },
];

;// CONCATENATED MODULE: ./src/smoke/catalog.ts
/** Every smoke rule. Ids are a public contract: never rename one, only add. */
const SMOKE_RULES = [
    {
        id: 'smoke/install-failed',
        severity: 'error',
        summary: 'The package did not install from its tarball with production dependencies (what `npx` does).',
        fix: 'Run `npm install <tarball> --omit=dev` in an empty folder and fix what it reports (a missing dependency, a bad version range).',
    },
    {
        id: 'smoke/bin-not-found',
        severity: 'error',
        summary: "No bin to start: the package has none, `smoke.bin` / `--bin` names one it does not have, or the bin's file is not in the package (the build output is missing, or `files` leaves it out).",
        fix: "Add a `bin` to package.json, or name one of its bins with `smoke.bin`; when the bin's file is missing, run the package's build before packing (the finding names the command).",
    },
    {
        id: 'smoke/spawn-failed',
        severity: 'error',
        summary: 'The bin could not be started (not executable, bad shebang, missing interpreter).',
        fix: 'Start with `#!/usr/bin/env node` and let npm set the executable bit (publish from a clean `npm pack`).',
    },
    {
        id: 'smoke/exited-early',
        severity: 'error',
        summary: 'The server exited before or during the handshake or the list calls (evidence: exit code and stderr tail).',
        fix: 'Run the bin by hand with the same arguments and environment and fix the crash in the stderr tail; servers must stay up while stdin is open.',
    },
    {
        id: 'smoke/initialize-timeout',
        severity: 'error',
        summary: 'The server never answered `initialize` within the timeout (a hang, or waiting for input it will not get).',
        fix: 'Connect the stdio transport before slow start-up work, and never wait for a TTY or a prompt.',
    },
    {
        id: 'smoke/initialize-failed',
        severity: 'error',
        summary: '`initialize` was answered with an error or a result the SDK client rejects.',
        fix: 'Answer `initialize` with `protocolVersion`, `capabilities` and `serverInfo` (the SDK server does this for you).',
    },
    {
        id: 'smoke/protocol-version',
        severity: 'error',
        summary: 'The negotiated protocol version is missing or not one the official SDK client supports.',
        fix: 'Upgrade `@modelcontextprotocol/sdk`, or answer with a released protocol revision.',
    },
    {
        id: 'smoke/stateless-only',
        severity: 'warning',
        summary: 'The server refuses `initialize` but answers `server/discover`: it speaks only the stateless revision 2026-07-28, which clients on the classic handshake (SDK 1.x) cannot use; its lists were not checked.',
        fix: 'Keep answering `initialize` for older clients while they are common.',
    },
    {
        id: 'smoke/server-info',
        severity: 'error',
        summary: '`serverInfo` (name and version) is missing from the initialize result.',
        fix: 'Pass `{ name, version }` when creating the server.',
    },
    {
        id: 'smoke/stdout-noise',
        severity: 'error',
        summary: 'The server wrote something that is not JSON-RPC to stdout (the `console.log` bug; the SDK skips it silently, other clients break).',
        fix: 'Write logs to stderr (`console.error`); stdout belongs to the protocol.',
    },
    {
        id: 'smoke/list-failed',
        severity: 'error',
        summary: 'A list call the server declares (`tools/list`, `prompts/list`, `resources/list`, `resources/templates/list`) failed, timed out or returned no list.',
        fix: 'Implement every list your capabilities declare, or stop declaring the capability.',
    },
    {
        id: 'smoke/tool-name',
        severity: 'error',
        summary: 'A tool has no name, or two tools share one.',
        fix: 'Give every tool a unique name.',
    },
    {
        id: 'smoke/tool-name-pattern',
        severity: 'warning',
        summary: 'A tool name is outside 1-128 characters of `A-Z a-z 0-9 _ - .` (what the spec and clients expect).',
        fix: 'Rename the tool with letters, digits, `_`, `-` and `.` only.',
    },
    {
        id: 'smoke/tool-description',
        severity: 'warning',
        summary: 'A tool has no description, so models cannot tell when to use it.',
        fix: 'Describe what the tool does and when to call it.',
    },
    {
        id: 'smoke/tool-schema',
        severity: 'error',
        summary: 'A tool `inputSchema` (or `outputSchema`) is not a JSON Schema object with `type: "object"`, or does not compile in the dialect it declares.',
        fix: 'Declare an object schema; check it compiles with a validator of its `$schema` dialect (draft-07 or 2020-12).',
    },
    {
        id: 'smoke/list-item',
        severity: 'error',
        summary: 'A prompt or resource has no name/URI, or two share one.',
        fix: 'Give every prompt a unique name and every resource a unique URI.',
    },
    {
        id: 'smoke/version-mismatch',
        severity: 'warning',
        summary: '`serverInfo.version` differs from the package version (users see it in their clients).',
        fix: 'Read the version from package.json instead of hard-coding it.',
    },
    {
        id: 'smoke/expected-tool-missing',
        severity: 'error',
        summary: 'A tool listed in `smoke.expectTools` is not listed by the server.',
        fix: 'Register the tool, or update `smoke.expectTools`.',
    },
    {
        id: 'smoke/call-failed',
        severity: 'error',
        summary: 'A tool call from `smoke.calls` returned an error.',
        fix: 'Fix the tool, or the arguments in `smoke.calls`.',
    },
    {
        id: 'smoke/startup-budget',
        severity: 'warning',
        summary: 'Spawn to `initialize` answer took longer than `budgets.startupMs` (default 5000 ms).',
        fix: 'Defer slow work until a tool is called, or raise the budget.',
    },
    {
        id: 'smoke/shutdown-stdin',
        severity: 'note',
        summary: "The server did not exit when its stdin closed and needed SIGTERM (the spec's first shutdown step is closing stdin).",
        fix: "Exit when stdin ends (the SDK transport's `onclose`), and clear timers that keep the process alive.",
    },
    {
        id: 'smoke/shutdown-sigkill',
        severity: 'warning',
        summary: 'The server ignored both stdin closing and SIGTERM and had to be killed with SIGKILL.',
        fix: 'Do not trap SIGTERM without exiting; exit when stdin closes.',
    },
    {
        id: 'smoke/output-limit',
        severity: 'error',
        summary: 'The server flooded stdout: a line longer than 32 MiB, or more than 128 MiB in all (memory would run out before any client could read it).',
        fix: 'Write one JSON-RPC message per line on stdout and logs to stderr; page long lists with nextCursor.',
    },
    {
        id: 'smoke/sandbox-unavailable',
        severity: 'error',
        summary: '`smoke.sandbox: required` and no PID namespace could be made here (no util-linux `unshare`/`setpriv`, namespaces refused, no passwordless sudo).',
        fix: "Run the smoke test on Linux with util-linux (GitHub's Ubuntu runners qualify), or set `smoke.sandbox: auto` and keep secrets out of the job that smoke-tests.",
    },
    {
        id: 'smoke/isolation-weak',
        severity: 'warning',
        summary: 'The server ran without a namespace while credentials were in the environment of the kit or one of its ancestors: any process of the same user can read them from /proc/<pid>/environ.',
        fix: 'Smoke-test in a job or shell without tokens (the reusable workflows do), or on Linux with util-linux so the server gets its own PID namespace.',
    },
    {
        id: 'smoke/schema-too-large',
        severity: 'warning',
        summary: 'A tool schema expands past 100,000 nodes (or 64 levels) when its local `$ref`s are inlined: it was compared as written, not inlined.',
        fix: 'Flatten the `$defs` chain; clients that inline references would run out of memory on it.',
    },
    {
        id: 'smoke/stray-processes',
        severity: 'warning',
        summary: 'Processes the server started were still running after it exited (they were killed).',
        fix: 'Stop child processes on exit, or start them so that they end with the server.',
    },
];

;// CONCATENATED MODULE: ./src/rules.ts





/** Every rule of every command, for config validation, SARIF and the docs. */
const ALL_RULES = [
    ...catalog/* LAYOUT_RULES */.t,
    ...SMOKE_RULES,
    ...SCAN_RULES,
    ...RELEASE_RULES,
    ...PLAN_RULES,
    ...PROMOTE_RULES,
    ...REGISTRY_RULES,
    ...DOCTOR_RULES,
];
const BY_ID = new Map(ALL_RULES.map((r) => [r.id, r]));
function findRule(id) {
    return BY_ID.get(id);
}
/**
 * The one place a finding gets its severity: the config's setting for its rule,
 * else the rule's documented default; undefined when the rule is `off`. The fix
 * defaults to the rule's, and `prefix` (a package folder) is put before the file.
 */
function rate(raw, overrides = {}, context = {}) {
    return rateWith(findRule, raw, overrides, context);
}
function rateAll(raws, overrides, context) {
    return (0,rating/* rateAllWith */.k)(findRule, raws, overrides, context);
}


/***/ })

};

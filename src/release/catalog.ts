import type { RuleDoc } from '../layout/catalog.js';

/** pack and publish findings. Ids are a public contract: never rename one, only add. */
export const RELEASE_RULES = [
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
    summary:
      'Signing failed: the OIDC token, Fulcio, Rekor or the timestamp authority refused or could not be reached (after retries).',
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
    summary:
      'The sigstore bundle does not verify these bytes (signature, certificate chain, transparency log or timestamp).',
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
    summary:
      'A bundle was found but nothing to check it against: no --public-key for a key-based bundle, no expected identity for a keyless one.',
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
    summary:
      '`npm audit signatures` found an invalid registry signature or provenance attestation on the version just published.',
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
    summary:
      'The tarball has entries npm never packs: links or devices, several top folders, two entries landing on one file (unsafe names are `pack/unsafe-name`).',
    fix: 'Publish only a tarball that `npm pack` (or `mcp-release pack`) wrote from the package folder.',
  },
  {
    id: 'pack/unresolved-protocol',
    severity: 'error',
    summary:
      'The packed package.json still has a `workspace:`, `catalog:`, `file:` or `link:` runtime dependency: a registry install fails on it (EUNSUPPORTEDPROTOCOL).',
    fix: "Pack with the repository's own manager (`mcp-release pack` does: pnpm pack, yarn pack, bun pm pack rewrite these to real ranges); never plain `npm pack` in a pnpm, yarn or bun workspace.",
  },
  {
    id: 'pack/unbuilt',
    severity: 'error',
    summary:
      'A `bin`, `main` or `exports` target is missing from the tarball: the package was not built (or `files` leaves the output out).',
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
    summary:
      'A packed file name that writes outside the package when extracted: a `..` segment (separated by `/` or, as Windows reads it, `\\`), an absolute path (`/x`, `\\x`), a drive letter (`C:`) or a control character (U+0000-U+001F, U+007F). security-scan reports it on the packed file list; pack and publish refuse the tarball.',
    fix: 'Rename the file (or leave it out with `files` / `.npmignore`); publish only a tarball `mcp-release pack` wrote.',
  },
] as const satisfies readonly RuleDoc[];

/** plan, changelog, version and github-release findings. */
export const PLAN_RULES = [
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
    summary:
      'The release label gives a smaller bump than the MCP surface change needs (e.g. a removed tool under release:minor).',
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
    summary:
      "package.json's version is behind the registry's `latest`: the next version is computed from the registry's (the higher), not from package.json.",
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
] as const satisfies readonly RuleDoc[];

/** promote, rollback and status findings. */
export const PROMOTE_RULES = [
  {
    id: 'promote/not-published',
    severity: 'error',
    summary: 'The version is not on the registry.',
    fix: 'Publish it under the staging tag first (pack-and-publish).',
  },
  {
    id: 'promote/not-staged',
    severity: 'error',
    summary:
      'The version is on the registry but not under the staging tag, so it is not what was staged and smoke-tested.',
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
    summary:
      'server.json would be refused by the MCP Registry (schema, name, description, version), so it was not sent.',
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
    summary:
      'The MCP surface changed more than the release label (or --allow) allows: e.g. a removed tool under release:minor.',
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
] as const satisfies readonly RuleDoc[];

/** Reading back what was just published (smoke of name@version, promote). */
export const REGISTRY_RULES = [
  {
    id: 'registry/not-yet-served',
    severity: 'error',
    summary:
      'The registry did not serve the new version within the wait (`registry-wait` seconds): a new version can take minutes to show after a publish (npm/cli#4513).',
    fix: 'Nothing was changed after the wait: re-run the job later to finish the release, or give a longer `registry-wait`.',
  },
] as const satisfies readonly RuleDoc[];

/** doctor findings: what would make a publish fail, said before anything irreversible. */
export const DOCTOR_RULES = [
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
    summary:
      'The package is not on the registry yet and only OIDC is available: a first publish cannot use trusted publishing.',
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
    summary:
      "The npm token expires within 14 days, as the registry's token list says (granular write tokens live at most 90 days).",
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
] as const satisfies readonly RuleDoc[];

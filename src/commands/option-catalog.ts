import semver from 'semver';
import { z } from 'zod';
import { mcpRegistryUrl, registryUrl } from '../config/registry-url.js';
import { BUMPS } from '../release/bump.js';
import { strictVersionProblem } from '../release/strict-version.js';
import { CHOICES, VISIBILITIES } from '../release/visibility.js';
import { FAIL_ON_LEVELS } from '../report/model.js';
import { IMPACTS } from '../surface/diff.js';

/**
 * The option catalog: every flag / action input of every command, defined
 * once. A command picks its options from here by name (src/commands/define-command.ts);
 * its input schema, CLI flags and usage, the action inputs (root action.yml and
 * the composites) and the docs all come from these entries.
 *
 * `description` is what the option means wherever a command does not say
 * otherwise; it is also the root action's description of the input, so where
 * commands give an option different meanings it names them all, once. In a
 * description, `{--name}` is a reference to another option: `--name` on the
 * command line, the input `name` in the action's docs.
 */
export interface CatalogOption<S extends z.ZodType = z.ZodType> {
  type: 'string' | 'boolean';
  /** The raw value's schema (string, boolean or string[]), with its default. */
  schema: S;
  description: string;
  /** A one-letter CLI alias. */
  short?: string;
  /** Repeatable flag (an array); in the action, one value per line. */
  multiple?: boolean;
  /** Its name in the usage line when a command takes it as the positional argument (DIR, TARBALL). */
  positional?: string;
  /** The root action input's default when it is neither "" nor a boolean's "false". */
  actionDefault?: string;
  /** Said after the description in the root action, where its default changes what the option does. */
  actionNote?: string;
}

function option<S extends z.ZodType>(entry: CatalogOption<S>): CatalogOption<S> {
  return entry;
}

/** Every version a user gives (flags, action inputs) is parsed by this one schema: strict semver 2.0.0. */
export function versionInput(example = '1.4.0') {
  return z.string().superRefine((value, context) => {
    const problem = strictVersionProblem(value, example);
    if (problem) context.addIssue({ code: 'custom', message: problem });
  });
}

export const PROVENANCE_MODES = ['auto', 'require', 'off'] as const;
export const GITHUB_ACTIONS_ISSUER = 'https://token.actions.githubusercontent.com';
export const NPM_REGISTRY_URL = 'https://registry.npmjs.org/';
const optionalText = z.string().min(1).optional();
const flag = z.boolean().optional();
const httpUrl = z.url({ protocol: /^https?$/ });

export const OPTION_CATALOG = {
  // Where the command works, and how strictly.
  directory: option({
    type: 'string',
    schema: z.string().min(1).default('.'),
    positional: 'DIR',
    actionDefault: '.',
    description: 'Repository or package folder (default: the current folder).',
  }),
  target: option({
    type: 'string',
    schema: z.string().min(1).default('.'),
    positional: 'TARGET',
    actionDefault: '.',
    description:
      'A package folder (packed first), a .tgz tarball, or name@version from the registry (default: the current folder).',
  }),
  config: option({
    type: 'string',
    schema: optionalText,
    description:
      'Config file (default: .github/mcp-release.yml, when present, in the folder the command works on; release commands read the one at the root of its git repository).',
  }),
  'fail-on': option({
    type: 'string',
    schema: z.enum(FAIL_ON_LEVELS).optional(),
    description:
      "Lowest severity that fails the command (exit 1, a failed step): error, warning, note or never (default: the config's failOn where the command reads it, else error).",
  }),
  registry: option({
    type: 'string',
    schema: registryUrl.optional(),
    description: `npm registry URL (default: the config's registry, else ${NPM_REGISTRY_URL}).`,
  }),
  repo: option({
    type: 'string',
    schema: optionalText,
    description:
      'GitHub repository owner/name (default: GITHUB_REPOSITORY in Actions); GitHub steps also need GITHUB_TOKEN.',
  }),
  'dry-run': option({
    type: 'boolean',
    schema: flag,
    description: 'Read the current state and say what would change; change nothing.',
  }),

  // smoke and surface: the server to start.
  bin: option({
    type: 'string',
    schema: optionalText,
    description: 'The bin to start when the package has several (overrides smoke.bin in the config).',
  }),
  arg: option({
    type: 'string',
    schema: z.array(z.string()).optional(),
    multiple: true,
    description: "An argument for the server (overrides the config's smoke.args).",
  }),
  env: option({
    type: 'string',
    schema: z.array(z.string()).optional(),
    multiple: true,
    description: "KEY=VALUE in the server's environment (added to the config's smoke.env).",
  }),
  'registry-wait': option({
    type: 'string',
    schema: z
      .string()
      .regex(/^\d{1,6}$/, 'expected whole seconds, such as 900')
      .transform(Number)
      .optional(),
    description:
      'Seconds to wait for a just-published name@version to be served by the registry (a new version can take minutes to show).',
  }),

  // pack, publish, sign, verify: the tarball and what proves it.
  out: option({
    type: 'string',
    schema: optionalText,
    description: 'Where the command writes its files (pack: a folder; sign: a folder; surface: a file).',
  }),
  tarball: option({
    type: 'string',
    schema: z.string().min(1),
    positional: 'TARBALL',
    description: 'The packed .tgz the command works on (sign takes several).',
  }),
  tag: option({
    type: 'string',
    schema: z
      .string()
      .regex(/^[a-z][a-z0-9._-]*$/, 'expected a dist-tag such as next')
      // npm refuses tags that read as versions or ranges: `npm install pkg@v1.0` would be ambiguous.
      .refine((tag) => !semver.validRange(tag), 'a dist-tag must not be a semver version or range (npm refuses it)')
      .optional(),
    description: "dist-tag to publish under (default: the config's stagingTag, else next).",
  }),
  stage: option({
    type: 'boolean',
    schema: flag,
    description:
      'Staged publishing (npm stage publish, npm >= 11.15): the version waits on the registry for a maintainer to approve it with 2FA.',
  }),
  provenance: option({
    type: 'string',
    schema: z.enum(CHOICES).default('auto'),
    description:
      'Provenance, per command: publish asks npm for provenance (auto, true or false); sign writes signed SLSA provenance (auto, require or off); verify checks a provenance file (a path).',
  }),
  visibility: option({
    type: 'string',
    schema: z.enum(VISIBILITIES).optional(),
    description:
      "The repository's visibility: public, private or internal (default: the Actions event payload's repository.visibility, else unknown). Decides provenance, keyless signing and attestations.",
  }),
  key: option({
    type: 'string',
    schema: optionalText,
    description:
      'PEM private key file for key-based signing (or MCP_RELEASE_SIGNING_KEY holding the PEM). Without a key, signing is keyless when an OIDC identity is available (GitHub Actions with id-token: write, or SIGSTORE_ID_TOKEN).',
  }),
  'fulcio-url': option({
    type: 'string',
    schema: httpUrl.optional(),
    description: 'Fulcio for keyless signing (default: https://fulcio.sigstore.dev).',
  }),
  'rekor-url': option({
    type: 'string',
    schema: httpUrl.optional(),
    description: 'Rekor transparency log (default: https://rekor.sigstore.dev).',
  }),
  'tsa-url': option({
    type: 'string',
    schema: httpUrl.optional(),
    description: "RFC 3161 timestamp authority (default: none; public-good sigstore relies on Rekor's time).",
  }),
  keyless: option({
    type: 'string',
    schema: z.enum(CHOICES).default('auto'),
    description:
      'Keyless signing without a key: auto (default: only for a public repository, whose identity the public Rekor log may show), true or false. A private repository gets key-based signing with a key, else checksums only.',
  }),
  attest: option({
    type: 'string',
    schema: z.enum(CHOICES).optional(),
    description:
      'Decide whether a GitHub artifact attestation follows (the attest output): auto (a public repository), true or false. The sign composite runs actions/attest-build-provenance on it.',
  }),
  sums: option({
    type: 'string',
    schema: optionalText,
    description: 'SHA256SUMS file (default: SHA256SUMS beside the tarball, when present).',
  }),
  bundle: option({
    type: 'string',
    schema: optionalText,
    description: 'sigstore bundle (default: <tarball>.sigstore.json, when present).',
  }),
  'public-key': option({
    type: 'string',
    schema: optionalText,
    description: 'Public key PEM for key-based bundles.',
  }),
  'trusted-root': option({
    type: 'string',
    schema: optionalText,
    description: 'sigstore TrustedRoot JSON for keyless bundles (default: sigstore public-good through TUF).',
  }),
  'certificate-identity': option({
    type: 'string',
    schema: optionalText,
    description:
      'Keyless: the signer identity expected, exactly (GitHub: https://github.com/OWNER/REPO/.github/workflows/FILE@REF).',
  }),
  'certificate-identity-regexp': option({
    type: 'string',
    schema: optionalText,
    description: 'Keyless: the signer identity expected, as a regular expression.',
  }),
  'certificate-oidc-issuer': option({
    type: 'string',
    schema: z.string().min(1).default(GITHUB_ACTIONS_ISSUER),
    description: `Keyless: the OIDC issuer expected (default: ${GITHUB_ACTIONS_ISSUER}).`,
  }),

  // plan, changelog, version, github-release: which version, from what.
  pr: option({
    type: 'string',
    schema: z
      .string()
      .regex(/^[1-9]\d*$/, 'expected a PR number')
      .optional(),
    description: 'Plan for this PR: its labels decide (default in a pull_request run: the PR of GITHUB_REF).',
  }),
  labels: option({
    type: 'string',
    schema: z.string().optional(),
    description: 'Labels to decide from, comma-separated, instead of asking GitHub.',
  }),
  bump: option({
    type: 'string',
    schema: z.enum(BUMPS).optional(),
    description: 'The kind of release: major, minor, patch or prerelease.',
  }),
  version: option({
    type: 'string',
    schema: versionInput(),
    description:
      'The version (strict semver, such as 1.4.0): for plan and version an optional exact next version; for changelog, github-release, promote and rollback the version to work on (required).',
  }),
  sha: option({
    type: 'string',
    schema: z
      .string()
      .regex(/^[0-9a-f]{7,40}$/, 'expected a commit sha')
      .optional(),
    description:
      'A commit (default: GITHUB_SHA, else HEAD): for plan the pushed commit, for github-release the one to tag.',
  }),
  comment: option({
    type: 'boolean',
    schema: flag,
    description: 'Write the plan as a sticky PR comment (updated in place on every run).',
  }),
  surface: option({
    type: 'boolean',
    schema: flag,
    description:
      'Compare the server\'s MCP surface (tools, prompts, resources) with the version on latest: plan fails when the bump is smaller than the change needs; changelog adds an "MCP surface" section.',
  }),
  'surface-from': option({
    type: 'string',
    schema: optionalText,
    description:
      "This package's surface, written earlier by `mcp-release surface --out` (in a job without write tokens, as the PR checks workflow does): the package is not built or started here. Implies {--surface}.",
  }),
  write: option({
    type: 'boolean',
    schema: flag,
    description:
      'Write the section into CHANGELOG.md (kept as it is otherwise; the same version is replaced, never duplicated).',
  }),
  'notes-only': option({
    type: 'boolean',
    schema: flag,
    description: 'Print only the section body (the GitHub release notes) on stdout.',
  }),
  commit: option({
    type: 'boolean',
    schema: flag,
    description: 'Commit the bump as "chore(release): <name>@<version>" with a "Release-Of: <sha>" trailer.',
  }),
  push: option({
    type: 'boolean',
    schema: flag,
    description:
      "Push the commit to the current branch (implies {--commit}), with the checkout's credentials; a branch moved meanwhile gets the bump re-applied on its new head (up to 5 attempts).",
  }),
  'release-of': option({
    type: 'string',
    schema: z
      .string()
      .regex(/^[0-9a-fA-F]{7,40}$/, 'expected a commit sha')
      .optional(),
    description:
      "The commit being released, written as the release commit's Release-Of trailer (default: GITHUB_SHA). A re-run finds its release commit by it and changes nothing.",
  }),
  'commit-via': option({
    type: 'string',
    schema: z.enum(['git', 'api']).optional(),
    description:
      'git (default): git commit + git push. api: create the commit through the GitHub REST API with GITHUB_TOKEN, so GitHub signs it (rulesets requiring signed commits); needs {--push}.',
  }),
  asset: option({
    type: 'string',
    schema: z.array(z.string().min(1)).optional(),
    multiple: true,
    description: 'A file to attach to the GitHub release (tarball, SHA256SUMS, bundles, release manifest).',
  }),
  draft: option({
    type: 'boolean',
    schema: flag,
    description:
      'Leave the release as a draft (promotion publishes it); without it the release is published after its assets.',
  }),
  'notes-file': option({
    type: 'string',
    schema: optionalText,
    description: "Release notes (default: the version's section of CHANGELOG.md).",
  }),
  'major-tag': option({
    type: 'boolean',
    schema: flag,
    description:
      'After the release is published, create or move the lightweight major tag (v1, or name@1 in a monorepo) to its commit, as actions are used (@v1); never for a prerelease or a draft.',
  }),

  // promote and rollback: the registry entries.
  manifest: option({
    type: 'string',
    schema: optionalText,
    description:
      "A release's release-manifest.json: promote checks the registry's bytes against it; rollback records the rollback in it.",
  }),
  'allow-downgrade': option({
    type: 'boolean',
    schema: flag,
    description: 'Promote a version lower than the current latest (said loudly in the report).',
  }),
  'mcp-registry': option({
    type: 'boolean',
    schema: flag,
    description:
      "Update the MCP Registry too (default: the config's mcpRegistry): promote publishes server.json, rollback sets the version's status.",
    actionNote:
      "In this action the input's default, false, overrides the config's mcpRegistry: set it to true to update the MCP Registry (the promote and rollback composites default to empty, so the config decides).",
  }),
  'mcp-registry-url': option({
    type: 'string',
    schema: mcpRegistryUrl.optional(),
    description: 'The MCP Registry (default: https://registry.modelcontextprotocol.io).',
  }),
  'smoke-verdict': option({
    type: 'string',
    schema: z.enum(['passed', 'off']).optional(),
    description:
      "Skip promote's own smoke test: passed (an earlier job or step without secrets smoke-tested this version from the registry; the release workflow and the promote composite pass it, so no server starts beside the promote token) or off (not an MCP server). Default: smoke-test here.",
  }),
  reason: option({
    type: 'string',
    schema: z.string().trim().min(1).max(1000).optional(),
    description:
      'Why the version is rolled back: the npm deprecation message and the warning on its GitHub release (required unless {--undo}).',
  }),
  to: option({
    type: 'string',
    schema: versionInput('1.3.2').optional(),
    description:
      'The version latest moves to (default: the highest earlier version that is neither deprecated nor a prerelease).',
  }),
  undo: option({
    type: 'boolean',
    schema: flag,
    description: 'Restore a rolled-back version (un-deprecate it; dist-tags move only with {--to}).',
  }),
  'mcp-registry-status': option({
    type: 'string',
    schema: z.enum(['deprecated', 'deleted']).default('deprecated'),
    description:
      "The MCP Registry status for the bad version: deprecated (default; the registry's latest does not move) or deleted (the registry's latest moves back).",
  }),

  // surface and diff.
  surfaces: option({
    type: 'string',
    schema: z.array(z.string().min(1)).length(2, 'expected two: OLD and NEW'),
    multiple: true,
    positional: 'OLD NEW',
    description: 'OLD and NEW, each a surface.json, a package folder, a .tgz or name@version.',
  }),
  allow: option({
    type: 'string',
    schema: z.enum(IMPACTS).default('major'),
    description: 'The largest change allowed: none, patch, minor or major (default major: report only).',
  }),

  // Monorepo releases.
  base: option({
    type: 'string',
    schema: z
      .string()
      .regex(/^[A-Za-z0-9_][A-Za-z0-9._/@^~-]{0,254}$/, 'expected a branch, tag or commit sha')
      .optional(),
    description:
      "In a monorepo: the branch, tag or commit the change is compared with (its merge base with HEAD) to find the packages it touches (default: the PR's base, else the pushed range, from the GitHub event).",
  }),
  releases: option({
    type: 'string',
    schema: z.string().min(1).optional(),
    description:
      'In a monorepo: the packages to release, as JSON (plan\'s releases output: [{"dir","bump"|"next-version"}, ...]); one bump commit for all of them.',
  }),

  // install: the repository's package manager.
  build: option({
    type: 'boolean',
    schema: flag,
    description:
      'After the install, run the `build` script of every workspace package that has one, internal dependencies first.',
  }),
};

export type OptionName = keyof typeof OPTION_CATALOG;

export function isOptionName(name: string): name is OptionName {
  return Object.hasOwn(OPTION_CATALOG, name);
}

/**
 * Descriptions several commands share where they differ from the catalog's
 * (the config a command reads, the default of fail-on): written once here.
 */
export const SHARED_DESCRIPTIONS = {
  /** The release commands and doctor work on one package, never on a monorepo's list. */
  packageFolder: 'The package folder (default: the current folder).',
  configInDirectory:
    'Config file (default: .github/mcp-release.yml in the folder the command works on, when present; in a monorepo it lists the packages).',
  configInRepository:
    'Config file (default: .github/mcp-release.yml at the root of the git repository that holds the package, when present).',
  configInTarget:
    'Config file (default: .github/mcp-release.yml in the package folder given, else in the current folder, when present).',
  configInCwd: 'Config file (default: .github/mcp-release.yml in the current folder, when present).',
  failOnFromConfig:
    "Lowest severity that fails the command (exit 1, a failed step): error, warning, note or never (default: the config's failOn, else error).",
  failOnError:
    'Lowest severity that fails the command (exit 1, a failed step): error (default), warning, note or never.',
} as const;

/**
 * Outputs more than one command sets. A command names the same key with its
 * own description where the values differ; the root action describes the key
 * with the text here, once.
 */
export const OUTPUT_CATALOG: Readonly<Record<string, string>> = {
  ok: '"true" when no finding is at or above fail-on.',
  'error-count': 'Number of error findings.',
  'warning-count': 'Number of warning findings.',
  'note-count': 'Number of note findings.',
  packages: 'JSON array of the packages the command worked on: [{"name","version","dir","ok"}].',
  integrity: 'sha512 integrity of the tarball (as the registry records it).',
  'package-name': 'The package name, from the tarball.',
  'package-version': 'The package version, from the tarball.',
  'git-tag': 'The git tag of the release: v1.2.3, or name@1.2.3 in a monorepo (plan: the tag it will get).',
  'release-url': 'The page of the GitHub release (github-release: made; promote: published).',
  'mcp-registry':
    'What happened in the MCP Registry: promote says published, already-published, skipped or failed; rollback says updated, unchanged, skipped or failed.',
  changed:
    'changelog: "true" when {--write} changed CHANGELOG.md. plan: JSON array {"name","dir","kind"} of the packages the change touches (paths changed since the merge base, plus internal dependents; all packages when that cannot be known).',
  releases:
    'JSON array of the released packages, each {"name","dir","current-version","next-version","bump"} (plan adds "git-tag","staging-tag","final-tag","artifact"; version gives the versions computed at the head it committed on).',
};

import type { Severity } from '../report/model.js';

/** Documentation of one rule: what it checks and how to fix what it finds. */
export interface RuleDoc {
  id: string;
  severity: Severity;
  /** One line for the README table and SARIF shortDescription. */
  summary: string;
  /** Default fix hint; a finding may carry a more specific one. */
  fix: string;
}

/**
 * Every validate-layout rule. Ids are a public contract (config `rules:`,
 * SARIF, allowlists): never rename one, only add.
 */
export const LAYOUT_RULES = [
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
    summary:
      '`engines.node` is not a valid range or allows a Node older than the floor (`layout.engineFloor`, default 18).',
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
    summary:
      'The packed or unpacked size is over the budget (`budgets.tarballSize`, default 10 MB; `budgets.unpackedSize`, default 50 MB).',
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
    summary:
      '`repository.url` names a different repository than the one building it (`GITHUB_REPOSITORY`); npm rejects the provenance.',
    fix: 'Set `repository.url` to this repository.',
  },
  {
    id: 'layout/dependency-source',
    severity: 'error',
    summary:
      'A dependency uses `file:`, `link:`, git, a URL, or `workspace:`/`catalog:` where npm packs (pnpm, yarn and bun pack those into real ranges): it does not install from the registry for users.',
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
    summary:
      'server.json `name` is malformed, differs from package.json `mcpName`, or its `io.github.<owner>` does not match the repository owner.',
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
    summary:
      'server.json lists this npm package but package.json has no `mcpName` (the registry checks it to verify ownership).',
    fix: 'Add `"mcpName": "<server.json name>"` to package.json.',
  },
  {
    id: 'layout/build-output-missing',
    severity: 'error',
    summary:
      'The build output is missing: `bin`, `main`, `module`, `types` or `exports` targets point into a folder that holds no file (one finding per package, listing every field and path).',
    fix: "Run the package's build (`npm run build`, `pnpm run build`, `yarn run build`, `bun run build`: the repository's manager) before validating and packing; if nothing builds these files, point the fields at files that exist.",
  },
  {
    id: 'layout/files-entry-unmatched',
    severity: 'error',
    summary:
      'An entry of `files` in package.json matches no file in the package (often a build folder that was never written).',
    fix: "Fix the entry's name, build what it names before packing, or remove it.",
  },
  {
    id: 'layout/files-allowlist-missing',
    severity: 'error',
    summary:
      'No `files` and no `.npmignore`: tests, coverage, editor settings or CI files would be published with the package.',
    fix: 'Add a `files` allowlist with what the package runs, e.g. `"files": ["dist", "server.json"]` (npm always adds package.json, README and LICENSE).',
  },
  {
    id: 'layout/server-json-stale',
    severity: 'error',
    summary:
      "server.json was not updated for this release: its `version` and its npm package's `version` still name an earlier release.",
    fix: 'Run `mcp-release version --version <version>` (it updates server.json with package.json), or set the fields to the package.json version.',
  },
] as const satisfies readonly RuleDoc[];

export type LayoutRuleId = (typeof LAYOUT_RULES)[number]['id'];

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
export const SERVER_ONLY_LAYOUT_RULES: ReadonlySet<LayoutRuleId> = new Set<LayoutRuleId>([
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

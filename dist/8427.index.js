export const id = 8427;
export const ids = [8427];
export const modules = {

/***/ 68427:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   NB: () => (/* binding */ defineCommand),
/* harmony export */   Sb: () => (/* binding */ pickOptions)
/* harmony export */ });
/* unused harmony export valueCheckOf */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(41514);
/* harmony import */ var _option_catalog_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(19159);
/* harmony import */ var _command_text_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(78567);
/* harmony import */ var _input_check_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(62531);
/* harmony import */ var _config_registry_url_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(58023);






/** A command's options from the catalog: its flag / input specs and the zod object that parses them. */
function pickOptions(picks) {
    const specs = [];
    const shape = {};
    for (const [name, pick] of Object.entries(picks)) {
        const entry = _option_catalog_js__WEBPACK_IMPORTED_MODULE_0__/* .OPTION_CATALOG */ .cd[name];
        if (!entry)
            throw new Error(`option "${name}" is not in the option catalog`);
        const override = pick === true ? {} : pick;
        const multiple = override.multiple ?? entry.multiple;
        const schema = override.schema ?? entry.schema;
        const check = valueCheckOf(schema, entry.type, multiple === true);
        specs.push({
            name,
            type: entry.type,
            description: override.description ?? entry.description,
            ...(entry.short ? { short: entry.short } : {}),
            ...(multiple ? { multiple: true } : {}),
            ...(schema.safeParse(undefined).success ? {} : { required: true }),
            ...(check ? { check } : {}),
        });
        shape[name] = schema;
    }
    return { specs, schema: zod__WEBPACK_IMPORTED_MODULE_3__/* .object */ .Ikc(shape) };
}
/**
 * What the schema checks of a value, written out for src/commands/input-check.ts, when it is one of
 * the plain shapes: a string (at least N long, or one of a set of values), a registry URL
 * (src/config/registry-url.ts), a boolean or a list of strings, optional or with a string default.
 * Anything else (a pattern, another URL, a refinement, a transform, a length of list) is undefined:
 * only the schema can check it.
 */
function valueCheckOf(schema, type, multiple) {
    const check = {};
    let inner = schema;
    if (schema instanceof zod__WEBPACK_IMPORTED_MODULE_3__/* .ZodDefault */ .XiL) {
        const value = schema.def.defaultValue;
        if (typeof value !== 'string')
            return undefined;
        check.default = value;
        inner = schema.def.innerType;
    }
    else if (schema instanceof zod__WEBPACK_IMPORTED_MODULE_3__/* .ZodOptional */ .IiU)
        inner = schema.def.innerType;
    if (multiple) {
        if (!(inner instanceof zod__WEBPACK_IMPORTED_MODULE_3__/* .ZodArray */ .naA) || inner.def.checks?.length || type !== 'string')
            return undefined;
        if (check.default !== undefined)
            return undefined;
        return plainString(inner.def.element) && !inner.def.element.def.checks?.length ? check : undefined;
    }
    if (inner instanceof zod__WEBPACK_IMPORTED_MODULE_3__/* .ZodBoolean */ .WFD)
        return type === 'boolean' && !inner.def.checks?.length ? check : undefined;
    if (type !== 'string')
        return undefined;
    const url = _config_registry_url_js__WEBPACK_IMPORTED_MODULE_2__/* .REGISTRY_URL_KIND */ .NP.get(inner);
    if (url)
        return { ...check, url };
    if (inner instanceof zod__WEBPACK_IMPORTED_MODULE_3__/* .ZodEnum */ .Vb4) {
        const values = Object.values(inner.def.entries);
        if (inner.def.checks?.length || !values.every((v) => typeof v === 'string'))
            return undefined;
        return { ...check, oneOf: values };
    }
    if (!plainString(inner))
        return undefined;
    const lengths = (inner.def.checks ?? []).map((c) => c._zod.def);
    if (!lengths.every((c) => c.check === 'min_length'))
        return undefined;
    if (lengths.length === 0)
        return check;
    // Two least lengths give two messages, by the length of the value: only the schema can say which.
    if (lengths.length > 1)
        return undefined;
    const minLength = lengths[0].minimum;
    const tooShort = inner.safeParse('').error?.issues[0]?.message;
    if (tooShort === undefined)
        return undefined;
    return { ...check, minLength, ...(tooShort === (0,_input_check_js__WEBPACK_IMPORTED_MODULE_1__/* .tooShortMessage */ .Ul)(minLength) ? {} : { tooShort }) };
}
/** A plain z.string(): no format (an e-mail, a URL, ...), whose checks would not all show in `checks`. */
function plainString(schema) {
    return (schema instanceof zod__WEBPACK_IMPORTED_MODULE_3__/* .ZodString */ .NDH &&
        schema.constructor === zod__WEBPACK_IMPORTED_MODULE_3__/* .ZodString */ .NDH &&
        schema.def.format === undefined);
}
/** A command spec from its definition: options from the catalog, outputs with their descriptions. */
function defineCommand(definition) {
    const { options } = definition;
    const outputs = {};
    for (const key of _command_text_js__WEBPACK_IMPORTED_MODULE_4__/* .EVERY_COMMAND_OUTPUTS */ .z)
        outputs[key] = _option_catalog_js__WEBPACK_IMPORTED_MODULE_0__/* .OUTPUT_CATALOG */ .AN[key];
    for (const [key, text] of Object.entries(definition.outputs)) {
        const shared = _option_catalog_js__WEBPACK_IMPORTED_MODULE_0__/* .OUTPUT_CATALOG */ .AN[key];
        if (text === true && shared === undefined)
            throw new Error(`${definition.name}: output "${key}" has no shared description in OUTPUT_CATALOG`);
        outputs[key] = text === true ? shared : text;
    }
    const positional = definition.positional;
    let position;
    if (positional !== undefined) {
        const option = typeof positional === 'string' ? positional : positional.option;
        const spec = options.specs.find((o) => o.name === option);
        if (!spec)
            throw new Error(`${definition.name}: the positional argument's option "${option}" is not picked`);
        const name = typeof positional === 'string' ? _option_catalog_js__WEBPACK_IMPORTED_MODULE_0__/* .OPTION_CATALOG */ .cd[option].positional : positional.name;
        if (!name)
            throw new Error(`${definition.name}: option "${option}" has no positional name in the catalog`);
        position = {
            name,
            option,
            ...(spec.required ? { required: true } : {}),
            ...(spec.multiple ? { multiple: true } : {}),
        };
    }
    return {
        name: definition.name,
        aliases: definition.aliases ?? [],
        summary: definition.summary,
        ...(position ? { positional: position } : {}),
        options: options.specs,
        outputs,
        inputSchema: options.schema,
        run: definition.run,
    };
}


/***/ }),

/***/ 19159:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AN: () => (/* binding */ OUTPUT_CATALOG),
/* harmony export */   OD: () => (/* binding */ SHARED_DESCRIPTIONS),
/* harmony export */   Xf: () => (/* binding */ versionInput),
/* harmony export */   cd: () => (/* binding */ OPTION_CATALOG),
/* harmony export */   uX: () => (/* binding */ NPM_REGISTRY_URL),
/* harmony export */   zZ: () => (/* binding */ PROVENANCE_MODES)
/* harmony export */ });
/* unused harmony exports GITHUB_ACTIONS_ISSUER, isOptionName */
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(62088);
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(semver__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(41514);
/* harmony import */ var _config_registry_url_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(58023);
/* harmony import */ var _release_bump_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(57097);
/* harmony import */ var _release_strict_version_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(56497);
/* harmony import */ var _release_visibility_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(59177);
/* harmony import */ var _report_model_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(96867);
/* harmony import */ var _surface_diff_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(73288);








function option(entry) {
    return entry;
}
/** Every version a user gives (flags, action inputs) is parsed by this one schema: strict semver 2.0.0. */
function versionInput(example = '1.4.0') {
    return zod__WEBPACK_IMPORTED_MODULE_7__/* .string */ .YjP().superRefine((value, context) => {
        const problem = (0,_release_strict_version_js__WEBPACK_IMPORTED_MODULE_3__/* .strictVersionProblem */ .r)(value, example);
        if (problem)
            context.addIssue({ code: 'custom', message: problem });
    });
}
const PROVENANCE_MODES = ['auto', 'require', 'off'];
const GITHUB_ACTIONS_ISSUER = 'https://token.actions.githubusercontent.com';
const NPM_REGISTRY_URL = 'https://registry.npmjs.org/';
const optionalText = zod__WEBPACK_IMPORTED_MODULE_7__/* .string */ .YjP().min(1).optional();
const flag = zod__WEBPACK_IMPORTED_MODULE_7__/* .boolean */ .zMY().optional();
const httpUrl = zod__WEBPACK_IMPORTED_MODULE_7__/* .url */ .OZ5({ protocol: /^https?$/ });
const OPTION_CATALOG = {
    // Where the command works, and how strictly.
    directory: option({
        type: 'string',
        schema: zod__WEBPACK_IMPORTED_MODULE_7__/* .string */ .YjP().min(1).default('.'),
        positional: 'DIR',
        actionDefault: '.',
        description: 'Repository or package folder (default: the current folder).',
    }),
    target: option({
        type: 'string',
        schema: zod__WEBPACK_IMPORTED_MODULE_7__/* .string */ .YjP().min(1).default('.'),
        positional: 'TARGET',
        actionDefault: '.',
        description: 'A package folder (packed first), a .tgz tarball, or name@version from the registry (default: the current folder).',
    }),
    config: option({
        type: 'string',
        schema: optionalText,
        description: 'Config file (default: .github/mcp-release.yml, when present, in the folder the command works on; release commands read the one at the root of its git repository).',
    }),
    'fail-on': option({
        type: 'string',
        schema: zod__WEBPACK_IMPORTED_MODULE_7__/* ["enum"] */ .k5n(_report_model_js__WEBPACK_IMPORTED_MODULE_5__/* .FAIL_ON_LEVELS */ .D).optional(),
        description: "Lowest severity that fails the command (exit 1, a failed step): error, warning, note or never (default: the config's failOn where the command reads it, else error).",
    }),
    registry: option({
        type: 'string',
        schema: _config_registry_url_js__WEBPACK_IMPORTED_MODULE_1__/* .registryUrl */ .NH.optional(),
        description: `npm registry URL (default: the config's registry, else ${NPM_REGISTRY_URL}).`,
    }),
    repo: option({
        type: 'string',
        schema: optionalText,
        description: 'GitHub repository owner/name (default: GITHUB_REPOSITORY in Actions); GitHub steps also need GITHUB_TOKEN.',
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
        schema: zod__WEBPACK_IMPORTED_MODULE_7__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_7__/* .string */ .YjP()).optional(),
        multiple: true,
        description: "An argument for the server (overrides the config's smoke.args).",
    }),
    env: option({
        type: 'string',
        schema: zod__WEBPACK_IMPORTED_MODULE_7__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_7__/* .string */ .YjP()).optional(),
        multiple: true,
        description: "KEY=VALUE in the server's environment (added to the config's smoke.env).",
    }),
    'registry-wait': option({
        type: 'string',
        schema: zod__WEBPACK_IMPORTED_MODULE_7__/* .string */ .YjP()
            .regex(/^\d{1,6}$/, 'expected whole seconds, such as 900')
            .transform(Number)
            .optional(),
        description: 'Seconds to wait for a just-published name@version to be served by the registry (a new version can take minutes to show).',
    }),
    // pack, publish, sign, verify: the tarball and what proves it.
    out: option({
        type: 'string',
        schema: optionalText,
        description: 'Where the command writes its files (pack: a folder; sign: a folder; surface: a file).',
    }),
    tarball: option({
        type: 'string',
        schema: zod__WEBPACK_IMPORTED_MODULE_7__/* .string */ .YjP().min(1),
        positional: 'TARBALL',
        description: 'The packed .tgz the command works on (sign takes several).',
    }),
    tag: option({
        type: 'string',
        schema: zod__WEBPACK_IMPORTED_MODULE_7__/* .string */ .YjP()
            .regex(/^[a-z][a-z0-9._-]*$/, 'expected a dist-tag such as next')
            // npm refuses tags that read as versions or ranges: `npm install pkg@v1.0` would be ambiguous.
            .refine((tag) => !semver__WEBPACK_IMPORTED_MODULE_0___default().validRange(tag), 'a dist-tag must not be a semver version or range (npm refuses it)')
            .optional(),
        description: "dist-tag to publish under (default: the config's stagingTag, else next).",
    }),
    stage: option({
        type: 'boolean',
        schema: flag,
        description: 'Staged publishing (npm stage publish, npm >= 11.15): the version waits on the registry for a maintainer to approve it with 2FA.',
    }),
    provenance: option({
        type: 'string',
        schema: zod__WEBPACK_IMPORTED_MODULE_7__/* ["enum"] */ .k5n(_release_visibility_js__WEBPACK_IMPORTED_MODULE_4__/* .CHOICES */ .vC).default('auto'),
        description: 'Provenance, per command: publish asks npm for provenance (auto, true or false); sign writes signed SLSA provenance (auto, require or off); verify checks a provenance file (a path).',
    }),
    visibility: option({
        type: 'string',
        schema: zod__WEBPACK_IMPORTED_MODULE_7__/* ["enum"] */ .k5n(_release_visibility_js__WEBPACK_IMPORTED_MODULE_4__/* .VISIBILITIES */ .jZ).optional(),
        description: "The repository's visibility: public, private or internal (default: the Actions event payload's repository.visibility, else unknown). Decides provenance, keyless signing and attestations.",
    }),
    key: option({
        type: 'string',
        schema: optionalText,
        description: 'PEM private key file for key-based signing (or MCP_RELEASE_SIGNING_KEY holding the PEM). Without a key, signing is keyless when an OIDC identity is available (GitHub Actions with id-token: write, or SIGSTORE_ID_TOKEN).',
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
        schema: zod__WEBPACK_IMPORTED_MODULE_7__/* ["enum"] */ .k5n(_release_visibility_js__WEBPACK_IMPORTED_MODULE_4__/* .CHOICES */ .vC).default('auto'),
        description: 'Keyless signing without a key: auto (default: only for a public repository, whose identity the public Rekor log may show), true or false. A private repository gets key-based signing with a key, else checksums only.',
    }),
    attest: option({
        type: 'string',
        schema: zod__WEBPACK_IMPORTED_MODULE_7__/* ["enum"] */ .k5n(_release_visibility_js__WEBPACK_IMPORTED_MODULE_4__/* .CHOICES */ .vC).optional(),
        description: 'Decide whether a GitHub artifact attestation follows (the attest output): auto (a public repository), true or false. The sign composite runs actions/attest-build-provenance on it.',
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
        description: 'Keyless: the signer identity expected, exactly (GitHub: https://github.com/OWNER/REPO/.github/workflows/FILE@REF).',
    }),
    'certificate-identity-regexp': option({
        type: 'string',
        schema: optionalText,
        description: 'Keyless: the signer identity expected, as a regular expression.',
    }),
    'certificate-oidc-issuer': option({
        type: 'string',
        schema: zod__WEBPACK_IMPORTED_MODULE_7__/* .string */ .YjP().min(1).default(GITHUB_ACTIONS_ISSUER),
        description: `Keyless: the OIDC issuer expected (default: ${GITHUB_ACTIONS_ISSUER}).`,
    }),
    // plan, changelog, version, github-release: which version, from what.
    pr: option({
        type: 'string',
        schema: zod__WEBPACK_IMPORTED_MODULE_7__/* .string */ .YjP()
            .regex(/^[1-9]\d*$/, 'expected a PR number')
            .optional(),
        description: 'Plan for this PR: its labels decide (default in a pull_request run: the PR of GITHUB_REF).',
    }),
    labels: option({
        type: 'string',
        schema: zod__WEBPACK_IMPORTED_MODULE_7__/* .string */ .YjP().optional(),
        description: 'Labels to decide from, comma-separated, instead of asking GitHub.',
    }),
    bump: option({
        type: 'string',
        schema: zod__WEBPACK_IMPORTED_MODULE_7__/* ["enum"] */ .k5n(_release_bump_js__WEBPACK_IMPORTED_MODULE_2__/* .BUMPS */ .ou).optional(),
        description: 'The kind of release: major, minor, patch or prerelease.',
    }),
    version: option({
        type: 'string',
        schema: versionInput(),
        description: 'The version (strict semver, such as 1.4.0): for plan and version an optional exact next version; for changelog, github-release, promote and rollback the version to work on (required).',
    }),
    sha: option({
        type: 'string',
        schema: zod__WEBPACK_IMPORTED_MODULE_7__/* .string */ .YjP()
            .regex(/^[0-9a-f]{7,40}$/, 'expected a commit sha')
            .optional(),
        description: 'A commit (default: GITHUB_SHA, else HEAD): for plan the pushed commit, for github-release the one to tag.',
    }),
    comment: option({
        type: 'boolean',
        schema: flag,
        description: 'Write the plan as a sticky PR comment (updated in place on every run).',
    }),
    surface: option({
        type: 'boolean',
        schema: flag,
        description: 'Compare the server\'s MCP surface (tools, prompts, resources) with the version on latest: plan fails when the bump is smaller than the change needs; changelog adds an "MCP surface" section.',
    }),
    'surface-from': option({
        type: 'string',
        schema: optionalText,
        description: "This package's surface, written earlier by `mcp-release surface --out` (in a job without write tokens, as the PR checks workflow does): the package is not built or started here. Implies {--surface}.",
    }),
    write: option({
        type: 'boolean',
        schema: flag,
        description: 'Write the section into CHANGELOG.md (kept as it is otherwise; the same version is replaced, never duplicated).',
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
        description: "Push the commit to the current branch (implies {--commit}), with the checkout's credentials; a branch moved meanwhile gets the bump re-applied on its new head (up to 5 attempts).",
    }),
    'release-of': option({
        type: 'string',
        schema: zod__WEBPACK_IMPORTED_MODULE_7__/* .string */ .YjP()
            .regex(/^[0-9a-fA-F]{7,40}$/, 'expected a commit sha')
            .optional(),
        description: "The commit being released, written as the release commit's Release-Of trailer (default: GITHUB_SHA). A re-run finds its release commit by it and changes nothing.",
    }),
    'commit-via': option({
        type: 'string',
        schema: zod__WEBPACK_IMPORTED_MODULE_7__/* ["enum"] */ .k5n(['git', 'api']).optional(),
        description: 'git (default): git commit + git push. api: create the commit through the GitHub REST API with GITHUB_TOKEN, so GitHub signs it (rulesets requiring signed commits); needs {--push}.',
    }),
    asset: option({
        type: 'string',
        schema: zod__WEBPACK_IMPORTED_MODULE_7__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_7__/* .string */ .YjP().min(1)).optional(),
        multiple: true,
        description: 'A file to attach to the GitHub release (tarball, SHA256SUMS, bundles, release manifest).',
    }),
    draft: option({
        type: 'boolean',
        schema: flag,
        description: 'Leave the release as a draft (promotion publishes it); without it the release is published after its assets.',
    }),
    'notes-file': option({
        type: 'string',
        schema: optionalText,
        description: "Release notes (default: the version's section of CHANGELOG.md).",
    }),
    'major-tag': option({
        type: 'boolean',
        schema: flag,
        description: 'After the release is published, create or move the lightweight major tag (v1, or name@1 in a monorepo) to its commit, as actions are used (@v1); never for a prerelease or a draft.',
    }),
    // promote and rollback: the registry entries.
    manifest: option({
        type: 'string',
        schema: optionalText,
        description: "A release's release-manifest.json: promote checks the registry's bytes against it; rollback records the rollback in it.",
    }),
    'allow-downgrade': option({
        type: 'boolean',
        schema: flag,
        description: 'Promote a version lower than the current latest (said loudly in the report).',
    }),
    'mcp-registry': option({
        type: 'boolean',
        schema: flag,
        description: "Update the MCP Registry too (default: the config's mcpRegistry): promote publishes server.json, rollback sets the version's status.",
        actionNote: "In this action the input's default, false, overrides the config's mcpRegistry: set it to true to update the MCP Registry (the promote and rollback composites default to empty, so the config decides).",
    }),
    'mcp-registry-url': option({
        type: 'string',
        schema: _config_registry_url_js__WEBPACK_IMPORTED_MODULE_1__/* .mcpRegistryUrl */ .pm.optional(),
        description: 'The MCP Registry (default: https://registry.modelcontextprotocol.io).',
    }),
    'smoke-verdict': option({
        type: 'string',
        schema: zod__WEBPACK_IMPORTED_MODULE_7__/* ["enum"] */ .k5n(['passed', 'off']).optional(),
        description: "Skip promote's own smoke test: passed (an earlier job or step without secrets smoke-tested this version from the registry; the release workflow and the promote composite pass it, so no server starts beside the promote token) or off (not an MCP server). Default: smoke-test here.",
    }),
    reason: option({
        type: 'string',
        schema: zod__WEBPACK_IMPORTED_MODULE_7__/* .string */ .YjP().trim().min(1).max(1000).optional(),
        description: 'Why the version is rolled back: the npm deprecation message and the warning on its GitHub release (required unless {--undo}).',
    }),
    to: option({
        type: 'string',
        schema: versionInput('1.3.2').optional(),
        description: 'The version latest moves to (default: the highest earlier version that is neither deprecated nor a prerelease).',
    }),
    undo: option({
        type: 'boolean',
        schema: flag,
        description: 'Restore a rolled-back version (un-deprecate it; dist-tags move only with {--to}).',
    }),
    'mcp-registry-status': option({
        type: 'string',
        schema: zod__WEBPACK_IMPORTED_MODULE_7__/* ["enum"] */ .k5n(['deprecated', 'deleted']).default('deprecated'),
        description: "The MCP Registry status for the bad version: deprecated (default; the registry's latest does not move) or deleted (the registry's latest moves back).",
    }),
    // surface and diff.
    surfaces: option({
        type: 'string',
        schema: zod__WEBPACK_IMPORTED_MODULE_7__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_7__/* .string */ .YjP().min(1)).length(2, 'expected two: OLD and NEW'),
        multiple: true,
        positional: 'OLD NEW',
        description: 'OLD and NEW, each a surface.json, a package folder, a .tgz or name@version.',
    }),
    allow: option({
        type: 'string',
        schema: zod__WEBPACK_IMPORTED_MODULE_7__/* ["enum"] */ .k5n(_surface_diff_js__WEBPACK_IMPORTED_MODULE_6__/* .IMPACTS */ .wD).default('major'),
        description: 'The largest change allowed: none, patch, minor or major (default major: report only).',
    }),
    // Monorepo releases.
    base: option({
        type: 'string',
        schema: zod__WEBPACK_IMPORTED_MODULE_7__/* .string */ .YjP()
            .regex(/^[A-Za-z0-9_][A-Za-z0-9._/@^~-]{0,254}$/, 'expected a branch, tag or commit sha')
            .optional(),
        description: "In a monorepo: the branch, tag or commit the change is compared with (its merge base with HEAD) to find the packages it touches (default: the PR's base, else the pushed range, from the GitHub event).",
    }),
    releases: option({
        type: 'string',
        schema: zod__WEBPACK_IMPORTED_MODULE_7__/* .string */ .YjP().min(1).optional(),
        description: 'In a monorepo: the packages to release, as JSON (plan\'s releases output: [{"dir","bump"|"next-version"}, ...]); one bump commit for all of them.',
    }),
    // install: the repository's package manager.
    build: option({
        type: 'boolean',
        schema: flag,
        description: 'After the install, run the `build` script of every workspace package that has one, internal dependencies first.',
    }),
};
function isOptionName(name) {
    return Object.hasOwn(OPTION_CATALOG, name);
}
/**
 * Descriptions several commands share where they differ from the catalog's
 * (the config a command reads, the default of fail-on): written once here.
 */
const SHARED_DESCRIPTIONS = {
    /** The release commands and doctor work on one package, never on a monorepo's list. */
    packageFolder: 'The package folder (default: the current folder).',
    configInDirectory: 'Config file (default: .github/mcp-release.yml in the folder the command works on, when present; in a monorepo it lists the packages).',
    configInRepository: 'Config file (default: .github/mcp-release.yml at the root of the git repository that holds the package, when present).',
    configInTarget: 'Config file (default: .github/mcp-release.yml in the package folder given, else in the current folder, when present).',
    configInCwd: 'Config file (default: .github/mcp-release.yml in the current folder, when present).',
    failOnFromConfig: "Lowest severity that fails the command (exit 1, a failed step): error, warning, note or never (default: the config's failOn, else error).",
    failOnError: 'Lowest severity that fails the command (exit 1, a failed step): error (default), warning, note or never.',
};
/**
 * Outputs more than one command sets. A command names the same key with its
 * own description where the values differ; the root action describes the key
 * with the text here, once.
 */
const OUTPUT_CATALOG = {
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
    'mcp-registry': 'What happened in the MCP Registry: promote says published, already-published, skipped or failed; rollback says updated, unchanged, skipped or failed.',
    changed: 'changelog: "true" when {--write} changed CHANGELOG.md. plan: JSON array {"name","dir","kind"} of the packages the change touches (paths changed since the merge base, plus internal dependents; all packages when that cannot be known).',
    releases: 'JSON array of the released packages, each {"name","dir","current-version","next-version","bump"} (plan adds "git-tag","staging-tag","final-tag","artifact"; version gives the versions computed at the head it committed on).',
};


/***/ }),

/***/ 58023:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   NH: () => (/* binding */ registryUrl),
/* harmony export */   NP: () => (/* binding */ REGISTRY_URL_KIND),
/* harmony export */   pm: () => (/* binding */ mcpRegistryUrl)
/* harmony export */ });
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(41514);
/* harmony import */ var _url_check_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(37342);


/** Each registry URL schema's kind, for the usage manifest (src/commands/define-command.ts valueCheckOf). */
const REGISTRY_URL_KIND = new WeakMap();
/** A URL schema that refuses user-info; the kind says where the credentials go instead. */
function urlWithoutCredentials(kind) {
    const schema = zod__WEBPACK_IMPORTED_MODULE_1__/* .url */ .OZ5().superRefine((value, context) => {
        // zod runs this refinement even when z.url() has refused the value: that refusal is the message then.
        const message = (0,_url_check_js__WEBPACK_IMPORTED_MODULE_0__/* .credentialsProblem */ .sL)(value, kind);
        if (message)
            context.addIssue({ code: 'custom', message });
    });
    REGISTRY_URL_KIND.set(schema, kind);
    return schema;
}
/**
 * Every npm registry URL a user gives (--registry, the `registry` input, the
 * config's `registry`) is parsed by this one schema. Credentials in the URL are
 * refused, naming neither the user nor the secret, only the URL without them.
 */
const registryUrl = urlWithoutCredentials('npm');
/** The MCP Registry's URL (promote, rollback): its login is exchanged for the GitHub OIDC token, never read from the URL. */
const mcpRegistryUrl = urlWithoutCredentials('mcp-registry');


/***/ }),

/***/ 57097:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F0: () => (/* binding */ finalTag),
/* harmony export */   Ge: () => (/* binding */ DEFAULT_LABELS),
/* harmony export */   QK: () => (/* binding */ decideFromLabels),
/* harmony export */   ex: () => (/* binding */ checkExactVersion),
/* harmony export */   le: () => (/* binding */ behindRegistryMessage),
/* harmony export */   ou: () => (/* binding */ BUMPS),
/* harmony export */   yU: () => (/* binding */ nextVersion)
/* harmony export */ });
/* unused harmony export versionBase */
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(62088);
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(semver__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _strict_version_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(56497);


/**
 * From release labels (or an override, or conventional commits) to the next
 * version. Pure: the registry's versions and the config come in as arguments.
 */
const BUMPS = ['major', 'minor', 'patch', 'prerelease'];
const DEFAULT_LABELS = {
    major: 'release:major',
    minor: 'release:minor',
    patch: 'release:patch',
    prerelease: 'release:prerelease',
    skip: 'release:skip',
};
/** Exactly one release label decides; none is "no release"; two or more is a conflict naming them. */
function decideFromLabels(labels, names) {
    const byName = new Map(Object.entries(names).map(([kind, name]) => [name.toLowerCase(), kind]));
    // GitHub label names are case-insensitive.
    const found = [...new Set(labels.filter((label) => byName.has(label.toLowerCase())))];
    if (found.length === 0)
        return { kind: 'none' };
    if (found.length > 1)
        return { kind: 'conflict', labels: found };
    const label = found[0];
    const kind = byName.get(label.toLowerCase());
    return kind === 'skip' ? { kind: 'skip', label } : { kind: 'release', bump: kind, label };
}
/**
 * The version the next one is computed from: the higher of package.json's and
 * the registry's `latest` (a package.json left behind by a release made
 * elsewhere, or a calendar-versioned latest over a semver package.json).
 * `behind` is set when the registry's is the base, so the caller can warn.
 */
function versionBase(current, latest) {
    const registry = latest ? semver__WEBPACK_IMPORTED_MODULE_0___default().valid(latest) : null;
    if (registry && semver__WEBPACK_IMPORTED_MODULE_0___default().valid(current) && semver__WEBPACK_IMPORTED_MODULE_0___default().gt(registry, current))
        return { base: registry, behind: true };
    return { base: current, behind: false };
}
/**
 * semver's own increments, which already do what release engineers expect:
 * `1.3.0-beta.0` + prerelease = `1.3.0-beta.1`, + minor = `1.3.0` (the betas
 * graduate), + major = `2.0.0`, from the higher of package.json's version and
 * the registry's `latest`. A version that exists on the registry (someone
 * published by hand) is skipped by incrementing again.
 */
function nextVersion({ current, bump, preid, published, latest }) {
    if (!semver__WEBPACK_IMPORTED_MODULE_0___default().valid(current))
        throw new Error(`package.json version "${current}" is not a semver version`);
    const taken = new Set(published);
    let next = semver__WEBPACK_IMPORTED_MODULE_0___default().inc(versionBase(current, latest).base, bump, preid);
    for (let guard = 0; taken.has(next) && guard < 1000; guard += 1) {
        next = semver__WEBPACK_IMPORTED_MODULE_0___default().inc(next, bump === 'prerelease' ? 'prerelease' : 'patch', preid);
    }
    return next;
}
/** The plan/behind-registry message when package.json is behind the registry's latest (undefined when it is not). */
function behindRegistryMessage(current, latest, registry) {
    if (!versionBase(current, latest).behind)
        return undefined;
    return `package.json says ${current}, but ${registry} has ${latest} on latest: the next version is computed from ${latest}`;
}
/** A version given by hand (workflow_dispatch): valid, new, and an upgrade unless allowed. */
function checkExactVersion(version, current, published) {
    if (!(0,_strict_version_js__WEBPACK_IMPORTED_MODULE_1__/* .isStrictVersion */ .a)(version))
        return `"${version}" is not a semver version (e.g. 1.4.0 or 1.4.0-beta.1)`;
    if (published.includes(version))
        return `${version} is already on the registry: versions are immutable, choose another`;
    if (semver__WEBPACK_IMPORTED_MODULE_0___default().valid(current) && semver__WEBPACK_IMPORTED_MODULE_0___default().lte(version, current) && version !== current)
        return `${version} is not greater than the current ${current}`;
    return undefined;
}
/** The dist-tag a version goes to when it leaves staging: prereleases never become `latest`. */
function finalTag(version) {
    const pre = semver__WEBPACK_IMPORTED_MODULE_0___default().prerelease(version);
    return pre && typeof pre[0] === 'string' ? pre[0] : pre ? 'prerelease' : 'latest';
}


/***/ }),

/***/ 56497:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ isStrictVersion),
/* harmony export */   r: () => (/* binding */ strictVersionProblem)
/* harmony export */ });
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(62088);
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(semver__WEBPACK_IMPORTED_MODULE_0__);

/**
 * Semantic Versioning 2.0.0, exactly (the regular expression semver.org gives):
 * no `v` prefix, no `=`, no spaces, no leading zeros. node-semver's `valid()`
 * is forgiving ("v1.2.0" and " 1.3.0" pass) and the text given is then written
 * verbatim into tags and package.json ("vv1.2.0", "\" 1.3.0\"").
 */
const SEMVER_2 = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\+([0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*))?$/;
function isStrictVersion(value) {
    // node-semver also bounds the length and each number (safe integers); npm uses it.
    return SEMVER_2.test(value) && semver__WEBPACK_IMPORTED_MODULE_0___default().valid(value) !== null;
}
/** Why `value` is not a version a user may give, with the accepted form (and the likely intended one); undefined when it is. Pure. */
function strictVersionProblem(value, example = '1.4.0') {
    if (isStrictVersion(value))
        return undefined;
    const cleaned = semver__WEBPACK_IMPORTED_MODULE_0___default().clean(value, { loose: true });
    const hint = cleaned && isStrictVersion(cleaned) && cleaned !== value ? `; for ${JSON.stringify(value)} give ${cleaned}` : '';
    return `expected a semver 2.0.0 version such as ${example} or ${example}-beta.1 (no "v" prefix, no spaces, no leading zeros)${hint}`;
}


/***/ }),

/***/ 59177:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   JF: () => (/* binding */ visibilityFromEvent),
/* harmony export */   LD: () => (/* binding */ decide),
/* harmony export */   aT: () => (/* binding */ effectiveVisibility),
/* harmony export */   jZ: () => (/* binding */ VISIBILITIES),
/* harmony export */   sr: () => (/* binding */ visibilityFromIdentityToken),
/* harmony export */   vC: () => (/* binding */ CHOICES)
/* harmony export */ });
/* unused harmony export isVisibility */
/**
 * Whether npm provenance, keyless sigstore signing and GitHub artifact
 * attestations run, from the repository's visibility and the user's choice.
 * Pure: the entry layer reads the visibility (an option, else the Actions
 * event payload) and commands act on the decision and print its reason.
 *
 * The rules, from the documentation:
 * - npm provenance: "restricted to public packages and public source
 *   repositories only"; npm answers E422 "Unsupported GitHub Actions source
 *   repository visibility: private" otherwise
 *   (https://github.blog/changelog/2023-09-26-npm-provenance-general-availability).
 *   With trusted publishing npm adds provenance by itself only when the OIDC
 *   token's repository_visibility claim is "public" (npm/cli#8412, #8467).
 * - keyless signing: Fulcio writes the repository, workflow and commit into the
 *   certificate (source_repository_visibility among them) and public-good Rekor
 *   logs it publicly and forever: for a private repository that discloses what
 *   the repository keeps private.
 * - artifact attestations: "If you are on a GitHub Free, GitHub Pro, or GitHub
 *   Team plan, artifact attestations are only available for public
 *   repositories. To use artifact attestations in private or internal
 *   repositories, you must be on a GitHub Enterprise Cloud plan"
 *   (https://docs.github.com/en/actions/how-tos/secure-your-work/use-artifact-attestations/use-artifact-attestations);
 *   there GitHub signs with its private sigstore instance, so forcing them on is legitimate.
 */
const VISIBILITIES = ['public', 'private', 'internal'];
const CHOICES = ['auto', 'true', 'false'];
const LABEL = {
    provenance: 'provenance',
    keyless: 'keyless signing',
    attestation: 'GitHub artifact attestation',
};
/** Why each feature is not for a non-public repository, said the same way everywhere. */
const WHY_NOT = {
    provenance: (v) => v === 'private'
        ? 'npm refuses provenance from private repositories'
        : 'npm accepts provenance from public repositories only',
    keyless: () => 'a keyless certificate would put its name, workflow and commit in the public Rekor transparency log',
    attestation: () => 'artifact attestations need a public repository on GitHub Free, Pro and Team; set attest: true on GitHub Enterprise Cloud',
};
const OPTION = { provenance: 'provenance', keyless: 'keyless', attestation: 'attest' };
function decide(feature, visibility, choice) {
    const label = LABEL[feature];
    if (choice === 'false')
        return { run: false, reason: `${label} off (${OPTION[feature]}: false)` };
    if (visibility === 'public')
        return { run: true, reason: `${label}: the repository is public` };
    if (visibility === 'unknown')
        return unknownVisibility(feature, choice);
    const why = WHY_NOT[feature](visibility);
    if (choice === 'auto')
        return { run: false, reason: `${label} skipped: the repository is ${visibility} (${why})` };
    // Forced on a non-public repository.
    if (feature === 'provenance')
        return {
            run: false,
            refused: true,
            reason: `provenance: true, but the repository is ${visibility} and ${why} (E422): use provenance auto or false`,
        };
    if (feature === 'keyless')
        return {
            run: true,
            reason: `keyless signing forced (keyless: true) on a ${visibility} repository: its name, workflow and commit are now in the public Rekor transparency log`,
        };
    return {
        run: true,
        reason: `GitHub artifact attestation forced (attest: true) on a ${visibility} repository: GitHub Enterprise Cloud signs it with its private sigstore instance; other plans refuse it`,
    };
}
function unknownVisibility(feature, choice) {
    const label = LABEL[feature];
    if (choice === 'true')
        return { run: true, reason: `${label} on (${OPTION[feature]}: true); the repository visibility is unknown` };
    switch (feature) {
        case 'provenance':
            // Asking for it could fail the whole publish with E422; npm decides itself from the token's claim.
            return {
                run: false,
                reason: 'provenance not asked for: the repository visibility is unknown (no visibility option or event payload); with trusted publishing npm adds it itself for a public repository',
            };
        case 'keyless':
            // Identities from elsewhere (SIGSTORE_ID_TOKEN) have no visibility; a GitHub token's claim is checked before Fulcio sees it.
            return {
                run: true,
                reason: 'keyless signing: the repository visibility is unknown; a GitHub OIDC token that says the repository is not public is refused before Fulcio is asked',
            };
        case 'attestation':
            return {
                run: false,
                reason: 'GitHub artifact attestation skipped: the repository visibility is unknown (set visibility, or attest: true)',
            };
    }
}
/** `repository.visibility` of an Actions event payload, else `repository.private`. */
function visibilityFromEvent(payload) {
    const repository = payload?.repository;
    if (!repository || typeof repository !== 'object')
        return undefined;
    if (isVisibility(repository.visibility))
        return repository.visibility;
    if (typeof repository.private === 'boolean')
        return repository.private ? 'private' : 'public';
    return undefined;
}
/** The `repository_visibility` claim of a GitHub Actions OIDC token (read, not verified: it is ours, fresh from GitHub). */
function visibilityFromIdentityToken(token) {
    const payload = token.split('.')[1];
    if (!payload)
        return undefined;
    try {
        const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
        return isVisibility(claims.repository_visibility) ? claims.repository_visibility : undefined;
    }
    catch {
        return undefined;
    }
}
function isVisibility(value) {
    return typeof value === 'string' && VISIBILITIES.includes(value);
}
/** The option wins over what the event says: a user may know better (a repository made public since). */
function effectiveVisibility(option, fromContext) {
    return option ?? fromContext ?? 'unknown';
}


/***/ }),

/***/ 73288:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   OJ: () => (/* binding */ diffSurfaces),
/* harmony export */   Or: () => (/* binding */ exceeds),
/* harmony export */   jS: () => (/* binding */ maxImpact),
/* harmony export */   lo: () => (/* binding */ surfaceChangelogLines),
/* harmony export */   wD: () => (/* binding */ IMPACTS),
/* harmony export */   xb: () => (/* binding */ diffMarkdown)
/* harmony export */ });
/* harmony import */ var _util_markdown_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(17183);

/**
 * Every difference between two surfaces, classified by what it does to a
 * client written against the old one: major breaks it, minor gives it more,
 * patch changes only words. Pure.
 */
const IMPACTS = ['none', 'patch', 'minor', 'major'];
const rank = (impact) => IMPACTS.indexOf(impact);
const maxImpact = (changes) => changes.reduce((best, c) => (rank(c.impact) > rank(best) ? c.impact : best), 'none');
const exceeds = (impact, allowed) => rank(impact) > rank(allowed);
const same = (a, b) => JSON.stringify(a) === JSON.stringify(b);
const asSchema = (value) => value && typeof value === 'object' && !Array.isArray(value) ? value : {};
const typesOf = (schema) => Array.isArray(schema.type) ? schema.type : typeof schema.type === 'string' ? [schema.type] : [];
const WORDS = new Set(['description', 'title', 'examples', 'default', '$comment']);
/** Values a type accepts, as a set over which narrower/wider is decided (integer is within number). */
function accepts(types) {
    const set = new Set(types);
    if (set.has('number'))
        set.add('integer');
    return set;
}
function compareTypes(before, after, where, out) {
    const a = typesOf(before);
    const b = typesOf(after);
    if (a.length && b.length && !same([...a].sort(), [...b].sort())) {
        const wasAccepted = accepts(a);
        const nowAccepted = accepts(b);
        const lost = [...wasAccepted].filter((t) => !nowAccepted.has(t));
        const gained = [...nowAccepted].filter((t) => !wasAccepted.has(t));
        if (lost.length)
            out('major', `${where}: type narrowed from ${a.join('|')} to ${b.join('|')}`);
        else if (gained.length)
            out('minor', `${where}: type widened from ${a.join('|')} to ${b.join('|')}`);
    }
    const oldEnum = Array.isArray(before.enum) ? before.enum : undefined;
    const newEnum = Array.isArray(after.enum) ? after.enum : undefined;
    if (!oldEnum && newEnum)
        out('major', `${where}: now limited to ${newEnum.map((v) => JSON.stringify(v)).join(', ')}`);
    else if (oldEnum && !newEnum)
        out('minor', `${where}: no longer limited to an enum`);
    else if (oldEnum && newEnum) {
        const removed = oldEnum.filter((v) => !newEnum.some((w) => same(v, w)));
        const added = newEnum.filter((v) => !oldEnum.some((w) => same(v, w)));
        if (removed.length)
            out('major', `${where}: enum value${removed.length > 1 ? 's' : ''} ${removed.map((v) => JSON.stringify(v)).join(', ')} removed`);
        if (added.length)
            out('minor', `${where}: enum value${added.length > 1 ? 's' : ''} ${added.map((v) => JSON.stringify(v)).join(', ')} added`);
    }
    for (const [key, stricter] of [
        ['minimum', 1],
        ['exclusiveMinimum', 1],
        ['minLength', 1],
        ['minItems', 1],
        ['maximum', -1],
        ['exclusiveMaximum', -1],
        ['maxLength', -1],
        ['maxItems', -1],
    ]) {
        const x = before[key];
        const y = after[key];
        if (same(x, y))
            continue;
        if (typeof y === 'number' && (typeof x !== 'number' || (y - x) * stricter > 0))
            out('major', `${where}: ${key} ${typeof x === 'number' ? `${x} -> ` : ''}${y} (stricter)`);
        else
            out('minor', `${where}: ${key} ${x === undefined ? '' : String(x)}${y === undefined ? ' removed' : ` -> ${String(y)}`} (looser)`);
    }
    if (!same(before.pattern, after.pattern))
        out(after.pattern === undefined ? 'minor' : 'major', `${where}: pattern ${after.pattern === undefined ? 'removed' : `now ${JSON.stringify(after.pattern)}`}`);
    if (!same(before.format, after.format))
        out(after.format === undefined ? 'minor' : 'major', `${where}: format ${after.format === undefined ? 'removed' : `now ${JSON.stringify(after.format)}`}`);
}
/** An input schema: what a caller may and must send. */
function compareInput(before, after, where, out) {
    compareTypes(before, after, where, out);
    const oldProps = asSchema(before.properties);
    const newProps = asSchema(after.properties);
    const oldRequired = new Set(Array.isArray(before.required) ? before.required : []);
    const newRequired = new Set(Array.isArray(after.required) ? after.required : []);
    const closed = after.additionalProperties === false;
    if (before.additionalProperties !== false && closed)
        out('major', `${where}: no longer accepts extra properties (additionalProperties: false)`);
    if (before.additionalProperties === false && !closed)
        out('minor', `${where}: now accepts extra properties`);
    for (const name of Object.keys(oldProps)) {
        if (!(name in newProps))
            out(closed ? 'major' : 'minor', `${where}.${name}: input property removed${closed ? ' while additionalProperties is false (callers that send it now fail)' : ' (callers may still send it)'}`);
    }
    for (const name of Object.keys(newProps)) {
        if (!(name in oldProps))
            out(newRequired.has(name) ? 'major' : 'minor', `${where}.${name}: ${newRequired.has(name) ? 'new required input property' : 'optional input property added'}`);
    }
    for (const name of Object.keys(newProps)) {
        if (!(name in oldProps))
            continue;
        if (!oldRequired.has(name) && newRequired.has(name))
            out('major', `${where}.${name}: now required`);
        if (oldRequired.has(name) && !newRequired.has(name))
            out('minor', `${where}.${name}: now optional`);
        compareInput(asSchema(oldProps[name]), asSchema(newProps[name]), `${where}.${name}`, out);
    }
    if (before.items || after.items)
        compareInput(asSchema(before.items), asSchema(after.items), `${where}[]`, out);
    const wordsChanged = [...WORDS].filter((key) => !same(before[key], after[key]));
    if (wordsChanged.length)
        out('patch', `${where}: ${wordsChanged.join(', ')} changed`);
}
/** An output schema: what a caller may rely on receiving. */
function compareOutput(before, after, where, out) {
    const oldProps = asSchema(before.properties);
    const newProps = asSchema(after.properties);
    for (const name of Object.keys(oldProps))
        if (!(name in newProps))
            out('major', `${where}.${name}: output property removed`);
    for (const name of Object.keys(newProps))
        if (!(name in oldProps))
            out('minor', `${where}.${name}: output property added`);
    for (const name of Object.keys(newProps))
        if (name in oldProps)
            compareOutput(asSchema(oldProps[name]), asSchema(newProps[name]), `${where}.${name}`, out);
    const oldTypes = typesOf(before);
    const newTypes = typesOf(after);
    if (oldTypes.length && newTypes.length && !same([...oldTypes].sort(), [...newTypes].sort()))
        out('major', `${where}: output type ${oldTypes.join('|')} -> ${newTypes.join('|')}`);
    const wordsChanged = [...WORDS].filter((key) => !same(before[key], after[key]));
    if (wordsChanged.length)
        out('patch', `${where}: ${wordsChanged.join(', ')} changed`);
}
function byName(items, key) {
    return new Map(items.map((item) => [String(item[key]), item]));
}
function diffSurfaces(before, after) {
    const changes = [];
    const add = (kind, name) => (impact, reason) => void changes.push({ impact, kind, name, reason });
    const oldTools = byName(before.tools, 'name');
    const newTools = byName(after.tools, 'name');
    for (const [name] of oldTools)
        if (!newTools.has(name))
            add('tool', name)('major', `tool ${name} removed (or renamed): clients calling it fail`);
    for (const [name] of newTools)
        if (!oldTools.has(name))
            add('tool', name)('minor', `tool ${name} added`);
    for (const [name, tool] of newTools) {
        const old = oldTools.get(name);
        if (!old)
            continue;
        const out = add('tool', name);
        compareInput(asSchema(old.inputSchema), asSchema(tool.inputSchema), 'input', out);
        if (old.outputSchema && !tool.outputSchema)
            out('major', 'output schema removed (structured results no longer promised)');
        else if (!old.outputSchema && tool.outputSchema)
            out('minor', 'output schema added');
        else if (old.outputSchema && tool.outputSchema)
            compareOutput(asSchema(old.outputSchema), asSchema(tool.outputSchema), 'output', out);
        for (const key of ['title', 'description', 'annotations'])
            if (!same(old[key], tool[key]))
                out('patch', `${key} changed`);
    }
    const oldPrompts = byName(before.prompts, 'name');
    const newPrompts = byName(after.prompts, 'name');
    for (const [name] of oldPrompts)
        if (!newPrompts.has(name))
            add('prompt', name)('major', `prompt ${name} removed (or renamed)`);
    for (const [name] of newPrompts)
        if (!oldPrompts.has(name))
            add('prompt', name)('minor', `prompt ${name} added`);
    for (const [name, prompt] of newPrompts) {
        const old = oldPrompts.get(name);
        if (!old)
            continue;
        const out = add('prompt', name);
        const oldArgs = byName((old.arguments ?? []), 'name');
        const newArgs = byName((prompt.arguments ?? []), 'name');
        for (const [arg] of oldArgs)
            if (!newArgs.has(arg))
                out('major', `argument ${arg} removed`);
        for (const [arg, spec] of newArgs) {
            const was = oldArgs.get(arg);
            if (!was)
                out(spec.required ? 'major' : 'minor', `${spec.required ? 'new required' : 'optional'} argument ${arg}`);
            else if (!was.required && spec.required)
                out('major', `argument ${arg} is now required`);
            else if (was.required && !spec.required)
                out('minor', `argument ${arg} is now optional`);
            else if (!same(was.description, spec.description) || !same(was.title, spec.title))
                out('patch', `argument ${arg}: description changed`);
        }
        for (const key of ['title', 'description'])
            if (!same(old[key], prompt[key]))
                out('patch', `${key} changed`);
    }
    for (const [kind, key, list] of [
        ['resource', 'uri', 'resources'],
        ['resource-template', 'uriTemplate', 'resourceTemplates'],
    ]) {
        const olds = byName(before[list], key);
        const news = byName(after[list], key);
        for (const [name] of olds)
            if (!news.has(name))
                add(kind, name)('major', `${kind} ${name} removed`);
        for (const [name] of news)
            if (!olds.has(name))
                add(kind, name)('minor', `${kind} ${name} added`);
        for (const [name, item] of news) {
            const old = olds.get(name);
            if (!old)
                continue;
            if (!same(old.mimeType, item.mimeType))
                add(kind, name)('major', `mimeType ${String(old.mimeType)} -> ${String(item.mimeType)}`);
            for (const field of ['name', 'title', 'description'])
                if (!same(old[field], item[field]))
                    add(kind, name)('patch', `${field} changed`);
        }
    }
    for (const capability of Object.keys(before.capabilities))
        if (!(capability in after.capabilities))
            add('capability', capability)('major', `capability ${capability} no longer declared`);
    for (const capability of Object.keys(after.capabilities))
        if (!(capability in before.capabilities))
            add('capability', capability)('minor', `capability ${capability} declared`);
    return changes.sort((a, b) => rank(b.impact) - rank(a.impact) || a.kind.localeCompare(b.kind) || a.name.localeCompare(b.name));
}
function diffMarkdown(changes) {
    if (changes.length === 0)
        return '_The MCP surface did not change._\n';
    const lines = ['| Impact | What | Change |', '|---|---|---|'];
    for (const c of changes)
        lines.push(`| ${c.impact} | ${c.kind} ${(0,_util_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .codeSpan */ .SS)(c.name, { table: true })} | ${reasonMarkdown(c)} |`);
    return `${lines.join('\n')}\n`;
}
/**
 * A reason as table-cell markdown. Names come from the server (a tool name can
 * hold line breaks, HTML, `@team`, a URL): the name inside the reason is shown
 * as code, the rest escaped.
 */
function reasonMarkdown(c) {
    // A plain name reads better as text; only one that escaping would change is shown as code.
    if (c.name === '' || !c.reason.includes(c.name) || (0,_util_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdownInline */ .E4)(c.name) === c.name)
        return (0,_util_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdownInline */ .E4)(c.reason);
    return c.reason
        .split(c.name)
        .map((part) => (0,_util_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdownInline */ .E4)(part))
        .join((0,_util_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .codeSpan */ .SS)(c.name, { table: true }));
}
/** Lines for the changelog's "MCP surface" section: tool names as code spans (they come from the server). */
function surfaceChangelogLines(changes) {
    const tools = (verb, test) => {
        const names = [...new Set(changes.filter((c) => c.kind === 'tool' && test(c)).map((c) => (0,_util_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .codeSpan */ .SS)(c.name)))];
        return names.length ? [`- ${verb}: ${names.join(', ')}`] : [];
    };
    return [
        ...tools('Added tools', (c) => /^tool .* added$/.test(c.reason)),
        ...tools('Changed tools', (c) => !/^tool .* (added|removed)/.test(c.reason) && c.impact !== 'patch'),
        ...tools('Removed tools', (c) => /^tool .* removed/.test(c.reason)),
    ];
}


/***/ }),

/***/ 17183:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E4: () => (/* binding */ escapeMarkdownInline),
/* harmony export */   Qt: () => (/* binding */ fitToLimit),
/* harmony export */   SS: () => (/* binding */ codeSpan)
/* harmony export */ });
/**
 * Text from outside (package files, PR titles and bodies, commit messages) is
 * untrusted in markdown: neutralise emphasis, links, images, headings, HTML,
 * table pipes and @mentions, and keep it on one line.
 */
function escapeMarkdownInline(text) {
    return (text
        .replace(/[\r\n]+/g, ' ')
        .replace(/([\\`*_[\]#!@])/g, '\\$1')
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/\|/g, '\\|')
        // GFM's extended autolinks (https://github.github.com/gfm/#autolinks-extension-) turn `www.` and `scheme://` into
        // links without any markup; an escaped `.` or `:` is plain text to them.
        .replace(/\b(www)\./gi, '$1\\.')
        .replace(/\b([a-z][a-z0-9+.-]*):\/\//gi, '$1\\://'));
}
/**
 * Untrusted text as inline code (a tool name, a label): nothing inside a code
 * span is markdown, so no heading, HTML, link or @mention can come from it.
 * Its own breakouts are handled: line ends (which would end a table row or
 * the paragraph) become spaces, the fence is one backtick longer than the
 * longest run inside, and text that starts or ends with a backtick or space is
 * padded (CommonMark, "Code spans", https://spec.commonmark.org/0.31.2/#code-spans).
 * In a table cell a `|` ends the cell even inside code, so it is written `\|`,
 * which GFM shows as `|` (https://github.github.com/gfm/#tables-extension-).
 */
function codeSpan(text, options = {}) {
    let body = text.replace(/\r\n|\r|\n/g, ' ');
    if (options.table)
        body = body.replace(/\|/g, '\\|');
    if (body === '')
        return '` `';
    const longest = Math.max(0, ...(body.match(/`+/g) ?? []).map((run) => run.length));
    const fence = '`'.repeat(longest + 1);
    const pad = /^[` ]|[` ]$/.test(body) ? ' ' : '';
    return `${fence}${pad}${body}${pad}${fence}`;
}
/**
 * Markdown cut to fit a GitHub size limit (a comment: 65,536 characters), at a line end, with an
 * open code fence closed and a last line saying so: GitHub refuses a longer body with a 422.
 */
function fitToLimit(text, limit) {
    if (text.length <= limit)
        return text;
    const note = `\n\n_(cut here: ${text.length.toLocaleString('en-US')} characters are more than GitHub's limit of ${limit.toLocaleString('en-US')})_`;
    let cut = text.slice(0, limit - note.length - 8);
    const lineEnd = cut.lastIndexOf('\n');
    if (lineEnd > cut.length / 2)
        cut = cut.slice(0, lineEnd);
    const fences = cut.match(/^```/gm)?.length ?? 0;
    return `${cut}${fences % 2 ? '\n```' : ''}${note}`;
}


/***/ })

};

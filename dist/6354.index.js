export const id = 6354;
export const ids = [6354];
export const modules = {

/***/ 26354:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  promoteCommand: () => (/* binding */ promoteCommand)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ../main/node_modules/semver/index.js
var semver = __webpack_require__(73880);
var semver_default = /*#__PURE__*/__webpack_require__.n(semver);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(92174);
// EXTERNAL MODULE: ./src/release/bump.ts
var bump = __webpack_require__(36599);
// EXTERNAL MODULE: ./src/github/client.ts
var client = __webpack_require__(18750);
// EXTERNAL MODULE: ./src/github/releases.ts
var releases = __webpack_require__(17739);
// EXTERNAL MODULE: ./src/mcp-registry/publish.ts
var publish = __webpack_require__(87469);
// EXTERNAL MODULE: ./src/release/npm-command.ts
var npm_command = __webpack_require__(76374);
// EXTERNAL MODULE: ./src/release/promote-token.ts
var promote_token = __webpack_require__(43411);
// EXTERNAL MODULE: ./src/release/registry-wait.ts
var registry_wait = __webpack_require__(43048);
;// CONCATENATED MODULE: ./src/release/promote-rules.ts

function promoteVerdict(request) {
    const { name, version, registry, tag, stagingTag, state, facts, manifest, allowDowngrade } = request;
    const previous = state.distTags[tag];
    const problems = [];
    const notes = [];
    const superseded = !allowDowngrade && isSuperseded({ state, version, tag, stagingTag, name, manifest });
    if (facts.state === 'absent')
        problems.push({
            rule: 'promote/not-published',
            message: `${name}@${version} is not on ${registry}: publish it under "${stagingTag}" first`,
        });
    else if (facts.deprecated)
        problems.push({
            rule: 'promote/deprecated',
            message: `${name}@${version} is deprecated ("${facts.deprecated}"): it was rolled back; release a new version (or \`rollback --undo\` it first)`,
        });
    else if (manifest && manifest.package === name && manifest.integrity !== facts.integrity)
        problems.push({
            rule: 'promote/integrity-mismatch',
            message: `the registry's ${name}@${version} is ${facts.integrity ?? 'without integrity'}, the release manifest says ${manifest.integrity}: these are not the bytes that were built and tested`,
        });
    else if (!superseded && facts.state !== 'promoted' && !facts.tags.includes(stagingTag))
        problems.push({
            rule: 'promote/not-staged',
            message: `${name}@${version} is not under "${stagingTag}" (dist-tags: ${facts.tags.join(', ') || 'none'}): promote what was staged and smoke-tested`,
        });
    // Superseded means the tag points at a newer version: `previous` is set.
    if (superseded)
        notes.push(`${tag} is already ${String(previous)} (newer); ${version}'s GitHub release is published without moving ${tag}`);
    else if (previous && previous !== version && semver_default().valid(previous) && semver_default().lte(version, previous)) {
        if (allowDowngrade)
            problems.push({
                rule: 'promote/downgrade-allowed',
                message: `DOWNGRADE: "${tag}" moves from ${previous} back to ${version} because allow-downgrade was given; users on "${tag}" get an older version`,
            });
        else
            problems.push({
                rule: 'promote/downgrade',
                message: `${version} is not greater than the current "${tag}" ${previous}: promote upgrades only (allow-downgrade overrides)`,
            });
    }
    return { superseded, problems, notes };
}
/**
 * Several releases can wait for approval at once, and a reviewer may approve
 * the newer one first. The older one is then superseded, not refused: it is a
 * proper release of this package (the manifest's bytes are on the registry,
 * not deprecated) that was staged, and the staging tag points at it or has
 * moved on to a newer version. Only its GitHub release is left to publish.
 */
function isSuperseded(options) {
    const { state, version, tag, stagingTag, name, manifest } = options;
    const current = semver_default().valid(state.distTags[tag]);
    const staged = semver_default().valid(state.distTags[stagingTag]);
    const meta = state.versions[version];
    if (!meta || meta.deprecated || !manifest || manifest.package !== name || manifest.integrity !== meta.integrity)
        return false;
    if (!current || !semver_default().lt(version, current))
        return false;
    return Boolean(staged && semver_default().gte(staged, version));
}

// EXTERNAL MODULE: ./src/release/release-state.ts
var release_state = __webpack_require__(41146);
// EXTERNAL MODULE: ./src/release/release-target.ts
var release_target = __webpack_require__(16966);
// EXTERNAL MODULE: ./src/report/model.ts
var model = __webpack_require__(46997);
// EXTERNAL MODULE: ./src/report/outcome.ts
var outcome = __webpack_require__(53860);
// EXTERNAL MODULE: ./src/rules.ts + 3 modules
var rules = __webpack_require__(7800);
// EXTERNAL MODULE: ./src/commands/define-command.ts
var define_command = __webpack_require__(3445);
// EXTERNAL MODULE: ./src/commands/option-catalog.ts
var option_catalog = __webpack_require__(27405);
// EXTERNAL MODULE: ./src/commands/packages.ts + 1 modules
var commands_packages = __webpack_require__(63633);
// EXTERNAL MODULE: ./src/commands/release-target.ts + 1 modules
var commands_release_target = __webpack_require__(43609);
// EXTERNAL MODULE: ./src/commands/smoke-package.ts + 2 modules
var smoke_package = __webpack_require__(60325);
;// CONCATENATED MODULE: ./src/commands/promote.ts






















const DEFAULT_PROMOTE_WAIT_SECONDS = 900;
const OPTIONS = (0,define_command/* pickOptions */.Sb)({
    directory: { description: option_catalog/* SHARED_DESCRIPTIONS */.OD.packageFolder },
    version: { description: 'The version to promote (published under the staging dist-tag first).' },
    registry: true,
    manifest: {
        description: "The release's release-manifest.json: the registry's bytes must have its integrity (default: release-manifest.json in the package folder, when its version matches).",
    },
    'allow-downgrade': true,
    'mcp-registry': {
        description: "Publish server.json to the MCP Registry (default: the config's mcpRegistry).",
    },
    'mcp-registry-url': true,
    'dry-run': {
        description: 'Check the version (registry, manifest, upgrade, smoke test) and say what would change; change nothing.',
    },
    'registry-wait': {
        description: `Seconds to wait for the version to be served by the registry before checking it; a wait happens when the release manifest names this version, or when this is given (default: MCP_RELEASE_NPM_WAIT_SECONDS, else ${DEFAULT_PROMOTE_WAIT_SECONDS}).`,
    },
    'smoke-verdict': true,
    repo: true,
    config: { description: option_catalog/* SHARED_DESCRIPTIONS */.OD.configInRepository },
    'fail-on': { description: option_catalog/* SHARED_DESCRIPTIONS */.OD.failOnError },
});
const promoteCommand = (0,define_command/* defineCommand */.NB)({
    name: 'promote',
    summary: "Staging to production: check the version (on the registry with the manifest's bytes, not deprecated, an upgrade, smoke-tested from the registry), then latest, the GitHub release published, the MCP Registry entry.",
    positional: 'directory',
    options: OPTIONS,
    outputs: {
        promoted: 'promoted, already-promoted, superseded (a newer version is already latest: its GitHub release is published, no dist-tag moves) or dry-run; empty when a check refused it.',
        'dist-tag': 'The dist-tag the version goes to (latest; the prerelease id for prereleases).',
        previous: 'The version the dist-tag pointed at before.',
        'mcp-registry': 'The MCP Registry entry: published, already-published, skipped ({--mcp-registry} off) or failed; empty when promote stopped before it.',
        'release-url': 'The page of the GitHub release it published (or found published).',
    },
    run: promote,
});
/** The release manifest to check the registry's bytes against, or why there is none (the byte check is then skipped). */
async function loadManifest(target, input, context) {
    const file = input.manifest
        ? external_node_path_default().resolve(context.cwd, input.manifest)
        : external_node_path_default().join(target.dir, 'release-manifest.json');
    const shown = (0,outcome/* displayPath */.Gt)(file, context.cwd, (external_node_path_default()).relative);
    const text = await context.adapters.fs.readFile(file, 'utf8').catch(() => undefined);
    if (text === undefined) {
        if (input.manifest)
            throw new errors/* UsageError */.eb(`promote: --manifest: cannot read ${input.manifest}`);
        return { skipped: `no --manifest given and no ${shown}` };
    }
    let manifest;
    try {
        manifest = JSON.parse(text);
    }
    catch {
        throw new errors/* UsageError */.eb(`promote: ${file} is not JSON`);
    }
    if (manifest.package !== target.name)
        return { skipped: `${shown} is for ${String(manifest.package)}, not ${target.name}` };
    if (manifest.version === input.version || input.manifest)
        return { manifest };
    return {
        skipped: `no --manifest given, and ${shown} is for version ${String(manifest.version)}, not ${input.version}`,
    };
}
async function promote(input, context) {
    const started = performance.now();
    const { npmCli, npmRegistry } = context.adapters;
    const target = await (0,commands_release_target/* openReleaseTarget */.L)(context, input.directory, input.config, 'promote');
    const registry = (0,release_target/* withSlash */.Ec)(input.registry ?? target.registry);
    const version = input.version;
    const tag = (0,bump/* finalTag */.F0)(version);
    const findings = [];
    const notes = [];
    const outputs = { 'dist-tag': tag };
    const finding = (rule, message) => void findings.push(...(0,rules/* rateAll */.US)([{ rule, message }], target.config.rules));
    const done = () => (0,commands_packages/* aggregateReport */.yf)('promote', [
        {
            name: target.name,
            version,
            dir: external_node_path_default().relative(context.cwd, target.dir) || '.',
            ok: (0,model/* isOk */.HQ)(findings, input['fail-on'] ?? 'error'),
            findings,
        },
    ], { total: Math.round(performance.now() - started) }, notes, outputs);
    const { token, source } = (0,promote_token/* promoteToken */.Gu)(context.settings.credentials);
    const loaded = await loadManifest(target, input, context);
    const { manifest } = loaded;
    if ('skipped' in loaded)
        notes.push((0,model/* skippedCheck */.nT)("the byte check (the registry's tarball against the one packed and tested)", loaded.skipped, `--manifest with the release-manifest.json that pack wrote for ${target.name}@${version}`));
    let state;
    try {
        state = await npmRegistry.packageState(registry, target.name, token);
    }
    catch (error) {
        finding('promote/registry-unreachable', error.message);
        return done();
    }
    // Read back what was published before judging it: a new version can take
    // minutes to be served after the publish (npm/cli#4513), in the packument too.
    // Only for a version there is reason to expect (its release manifest, or a
    // registry-wait asked for): a mistyped version is "not published" at once.
    const waitSeconds = registryWaitSeconds(input, context.settings.npmWaitSeconds);
    const expected = input['registry-wait'] !== undefined || (manifest?.package === target.name && manifest.version === version);
    if (expected && (0,release_state/* versionFacts */.iN)(state, version, target.stagingTag, tag).state !== 'promoted') {
        const where = { registry, name: target.name, version };
        const wait = await context.log.step(`wait for ${registry} to serve ${target.name}@${version}`, () => npmRegistry.waitForVersion({
            ...where,
            timeoutSeconds: waitSeconds,
            ...(token ? { token } : {}),
            progress: (line) => context.log.info(line),
        }));
        if (!wait.served) {
            const never = state.versions[version]
                ? ''
                : ` (or it was never published: publish it under "${target.stagingTag}" first)`;
            finding('registry/not-yet-served', `${(0,registry_wait/* notYetServedMessage */.iQ)(where, wait)}${never}`);
            return done();
        }
        if (wait.attempts > 1) {
            notes.push((0,registry_wait/* waitedNote */.$X)(where, wait));
            state = await npmRegistry.packageState(registry, target.name, token).catch(() => state);
        }
    }
    const facts = (0,release_state/* versionFacts */.iN)(state, version, target.stagingTag, tag);
    const previous = state.distTags[tag];
    if (previous)
        outputs.previous = previous;
    notes.push(`${target.name}@${version} is ${facts.state}${facts.tags.length ? ` (dist-tags: ${facts.tags.join(', ')})` : ''}`);
    // Preconditions, each refused with the reason.
    const verdict = promoteVerdict({
        name: target.name,
        version,
        registry,
        tag,
        stagingTag: target.stagingTag,
        state,
        facts,
        manifest,
        allowDowngrade: Boolean(input['allow-downgrade']),
    });
    const { superseded } = verdict;
    for (const problem of verdict.problems)
        finding(problem.rule, problem.message);
    notes.push(...verdict.notes);
    if (findings.some((f) => f.severity === 'error'))
        return done();
    // The smoke test, against the package installed from the registry, unless this version is already out
    // or an earlier job that held no secret already did it (a server under test could read this process's tokens).
    // A library has no server to start (src/workspace/classify.ts): smoke never starts one.
    const judged = input['smoke-verdict'] || facts.state === 'promoted' ? undefined : await (0,commands_packages/* packageAt */.MU)(target.dir, context);
    if (input['smoke-verdict'])
        notes.push(input['smoke-verdict'] === 'passed'
            ? `smoke test: passed in an earlier job or step without secrets, against ${target.name}@${version} from the registry (not repeated here, beside the promote token)`
            : 'smoke test: off (smoke-verdict off: not an MCP server)');
    else if (judged?.kind === 'library')
        notes.push(`smoke test: skipped, ${target.name} is a library (${judged.kindReason})`);
    else if (facts.state !== 'promoted') {
        const smokeInput = smoke_package/* SMOKE_OPTIONS */.jE.schema.parse({
            target: `${target.name}@${version}`,
            registry,
            ...(input.config ? { config: input.config } : {}),
        });
        const smoke = await (0,smoke_package/* smokeReport */.Ih)(smokeInput, context);
        const errors = smoke.findings.filter((f) => f.severity === 'error');
        if (!smoke.ok) {
            finding('promote/smoke-failed', `the smoke test of ${target.name}@${version} installed from ${registry} failed: ${errors
                .map((f) => `${f.rule}: ${f.message}`)
                .slice(0, 3)
                .join('; ') || 'see the smoke report'}`);
            return done();
        }
        notes.push(`smoke test passed (${smoke.outputs['tool-count'] ?? '?'} tools) against ${target.name}@${version} from the registry`);
    }
    const mcpRegistry = input['mcp-registry'] ?? target.config.mcpRegistry ?? false;
    const tagCommand = ['dist-tag', 'add', `${target.name}@${version}`, tag, '--registry', registry];
    if (input['dry-run']) {
        const plannedSteps = [
            ...(previous === version || superseded ? [] : [`run \`npm ${tagCommand.map(npm_command/* shellQuote */.ZL).join(' ')}\``]),
            `publish the GitHub release ${(0,release_target/* gitTagFor */.Wo)(target, version)} (when it is a draft)${superseded ? ' without making it latest' : ''}`,
            ...(mcpRegistry ? [`publish server.json ${version} to the MCP Registry`] : []),
        ];
        notes.push(`dry run: nothing changed; would ${plannedSteps.join('; would ')}`);
        outputs.promoted = 'dry-run';
        return done();
    }
    // 1. The dist-tag, after re-reading it: another run may have moved it meanwhile.
    //    A superseded version moves no dist-tag (the newer one keeps them).
    if (superseded)
        outputs.promoted = 'superseded';
    else if (previous !== version) {
        if (!token) {
            finding('promote/no-token', (0,promote_token/* promoteTokenHelp */.fA)(context.settings));
            return done();
        }
        const now = await npmRegistry.packageState(registry, target.name, token).catch(() => state);
        if (now.versions[version]?.deprecated) {
            finding('promote/deprecated', `${target.name}@${version} was deprecated ("${now.versions[version]?.deprecated ?? ''}") while this promote ran: a rollback won; nothing was moved`);
            return done();
        }
        if (now.distTags[tag] !== previous) {
            finding('promote/concurrent-change', `"${tag}" moved from ${previous ?? 'nothing'} to ${now.distTags[tag] ?? 'nothing'} while this promote ran: another release or rollback is running; re-run when it ends`);
            return done();
        }
        const outcome = await context.log.step(`point ${tag} at ${target.name}@${version}`, () => npmCli.runWithRetries(tagCommand, {
            registry,
            token,
            landed: async () => (await npmRegistry.packageState(registry, target.name, token).catch(() => undefined))?.distTags[tag] ===
                version,
        }));
        if (!outcome.ok) {
            finding('promote/failed', `npm dist-tag add (${source ?? 'no token'}): ${outcome.error}`);
            return done();
        }
        notes.push(`"${tag}" now points at ${version} (was ${previous ?? 'unset'})`);
        outputs.promoted = 'promoted';
    }
    else {
        notes.push(`"${tag}" already points at ${version}`);
        outputs.promoted = 'already-promoted';
    }
    // 2. The GitHub release: published from its draft.
    await publishGitHubRelease(target, version, input, context, notes, outputs, finding, !superseded && !semver_default().prerelease(version));
    // 3. The MCP Registry entry.
    outputs['mcp-registry'] = 'skipped';
    if (!mcpRegistry)
        notes.push('MCP Registry: skipped (mcpRegistry is off; to publish server.json there: --mcp-registry, or mcpRegistry: true in the config)');
    if (mcpRegistry) {
        // Publish has no latest switch: the MCP Registry sorts semantic versions and marks "latest" itself
        // (modelcontextprotocol.io/registry/versioning), so a superseded entry is published as is and does not become latest.
        const serverJsonText = await context.adapters.fs
            .readFile(external_node_path_default().join(target.dir, 'server.json'), 'utf8')
            .catch(() => undefined);
        const result = await context.log.step(`publish ${target.name}@${version} to the MCP Registry`, () => (0,publish/* publishToMcpRegistry */.y)({
            api: context.adapters.mcpRegistry,
            identityToken: (audience) => context.adapters.oidc.identityToken(audience),
        }, {
            packageName: target.name,
            version,
            registry,
            registryUrl: input['mcp-registry-url'],
            serverJsonText,
            log: (line) => notes.push(line),
            waitForNpm: () => context.log.step(`wait for ${registry} to serve ${target.name}@${version}`, () => npmRegistry.waitForVersion({
                registry,
                name: target.name,
                version,
                timeoutSeconds: waitSeconds,
                progress: (line) => context.log.info(line),
            })),
        }));
        outputs['mcp-registry'] = result.outcome;
        if (result.problem)
            finding(result.rule ?? 'promote/mcp-registry-failed', result.problem);
    }
    return done();
}
/** registry-wait, else MCP_RELEASE_NPM_WAIT_SECONDS (the older setting, still read), else 900 s. */
function registryWaitSeconds(input, fromSettings) {
    if (input['registry-wait'] !== undefined)
        return input['registry-wait'];
    const fromEnv = Number(fromSettings);
    return fromSettings && Number.isFinite(fromEnv) && fromEnv >= 0 ? fromEnv : DEFAULT_PROMOTE_WAIT_SECONDS;
}
async function publishGitHubRelease(target, version, input, context, notes, outputs, finding, makeLatest) {
    const gh = (0,client/* githubTarget */.nY)(input.repo, context.settings);
    if (!gh) {
        notes.push(`GitHub release: skipped (${(0,client/* githubSkipReason */.fV)(input.repo, context.settings)})`);
        return;
    }
    const tag = (0,release_target/* gitTagFor */.Wo)(target, version);
    try {
        const github = await context.adapters.github.client(gh, (line) => notes.push(line));
        const release = await (0,releases/* findRelease */.dv)(github, gh, tag);
        if (!release) {
            notes.push(`GitHub release: none for ${tag} yet (github-release makes it after the publish)`);
            return;
        }
        const outcome = await context.log.step(`publish the GitHub release ${tag}`, () => (0,releases/* publishRelease */.Dl)(github, gh, { id: release.id, draft: release.draft, htmlUrl: release.html_url, uploadUrl: release.upload_url, assets: [] }, makeLatest));
        notes.push(`GitHub release ${tag}: ${outcome === 'updated' ? 'published' : 'already published'}`);
        outputs['release-url'] = release.html_url;
    }
    catch (error) {
        finding('promote/github-failed', (0,client/* describeGitHubError */.dZ)(error, `publishing the GitHub release ${tag}`, 'contents: write'));
    }
}


/***/ }),

/***/ 53860:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gt: () => (/* binding */ displayPath),
/* harmony export */   nE: () => (/* binding */ publishOutcomeText),
/* harmony export */   nY: () => (/* binding */ packOutcomeText)
/* harmony export */ });
/* harmony import */ var _util_size_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(69809);

/** A path as the user reads it: relative to where they ran the command when it is below it, else absolute. */
function displayPath(file, cwd, relative) {
    const rel = relative(cwd, file);
    return rel && !rel.startsWith('..') && !/^([a-zA-Z]:)?[\\/]/.test(rel) ? rel : file;
}
/** `pack`: the tarball path first (what the next step needs), then what is in it. */
function packOutcomeText(packed) {
    return [
        `packed ${packed.name}@${packed.version} into ${packed.tarball}`,
        `${(0,_util_size_js__WEBPACK_IMPORTED_MODULE_0__/* .formatSize */ .X)(packed.size)}, ${packed.files} file${packed.files === 1 ? '' : 's'}, integrity ${packed.integrity}`,
        `release manifest: ${packed.manifest}`,
    ];
}
/**
 * publish in one sentence: published where and under which dist-tag, found
 * already published (nothing done, or only the dist-tag moved), staged, or a
 * dry run that sent nothing (with the commands it would run).
 */
function publishOutcomeText(facts) {
    const id = `${facts.name}@${facts.version}`;
    const { registry, tag } = facts;
    const provenance = facts.provenance === 'asked' ? 'yes' : facts.provenance === 'off' ? 'no' : (facts.provenance ?? 'left to npm');
    const moved = facts.commands.some((c) => c.startsWith('npm dist-tag add '));
    switch (facts.outcome) {
        case 'published':
            return [`published ${id} to ${registry} with dist-tag ${tag} (provenance: ${provenance})`];
        case 'staged':
            return [
                `staged ${id} on ${registry} for dist-tag ${tag} (provenance: ${provenance}); not installable until a maintainer runs \`npm stage approve ${facts.stageId ?? '<id>'}\``,
            ];
        case 'already-staged':
            return [`already staged: ${id} waits for approval on ${registry} for dist-tag ${tag}; nothing sent`];
        case 'already-published':
            return [
                moved
                    ? `already published: ${id} is on ${registry} with the same integrity; only dist-tag ${tag} was moved to it`
                    : `already published: ${id} is on ${registry} with the same integrity and dist-tag ${tag}; nothing done`,
            ];
        case 'dry-run':
            return facts.commands.length
                ? [
                    `dry run: nothing sent to ${registry}; ${id} would get dist-tag ${tag}; would run:`,
                    ...facts.commands.map((c) => `  ${c}`),
                ]
                : [
                    `dry run: nothing sent; ${id} is already on ${registry} with the same integrity and dist-tag ${tag}: nothing would run`,
                ];
        case 'refused':
            return [`not published: ${id} was not published to ${registry} with dist-tag ${tag} (see the findings)`];
    }
}


/***/ })

};

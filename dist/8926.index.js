export const id = 8926;
export const ids = [8926];
export const modules = {

/***/ 12251:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ROLLBACK_MARKER: () => (/* binding */ ROLLBACK_MARKER),
  rollbackCommand: () => (/* binding */ rollbackCommand)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(92174);
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
// EXTERNAL MODULE: ./src/release/release-state.ts
var release_state = __webpack_require__(41146);
;// CONCATENATED MODULE: ./src/release/rollback-plan.ts

/** Where a tag pointing at the bad version goes: --to or the last good release for latest, any good version for the others. */
function tagTarget(pkg, bad, tag, to) {
    if (tag !== 'latest')
        return (0,release_state/* rollbackTarget */.es)(pkg, bad, { allowPrerelease: true });
    // Stryker disable next-line ObjectLiteral: equivalent, an absent allowPrerelease is false.
    return to ?? (0,release_state/* rollbackTarget */.es)(pkg, bad, { allowPrerelease: false });
}
function planRollback(state, request) {
    const { name, registry, version, to, undo } = request;
    const meta = state.versions[version];
    if (!meta)
        return {
            refused: {
                rule: 'rollback/unknown-version',
                message: `${name}@${version} is not on ${registry} (published: ${Object.keys(state.versions).slice(-5).join(', ') || 'none'})`,
            },
        };
    if (to) {
        // Stryker disable next-line StringLiteral: equivalent, '' stands for "no bad version" and any other non-version string does too (--to is a valid version).
        const problem = (0,release_state/* checkRollbackTo */.mv)(state, to, undo ? '' : version);
        if (problem)
            return { refused: { rule: 'rollback/bad-target', message: problem } };
    }
    const moves = {};
    const notes = [];
    if (!undo) {
        for (const [tag, pointsAt] of Object.entries(state.distTags)) {
            if (pointsAt !== version)
                continue;
            const target = tagTarget(state, version, tag, to);
            if (!target) {
                if (tag === 'latest')
                    return {
                        refused: {
                            rule: 'rollback/no-good-version',
                            message: `no earlier version of ${name} is neither deprecated nor a prerelease, so "latest" has nowhere to go: publish a fixed version instead (or pass --to)`,
                        },
                    };
                notes.push(`"${tag}" stays on ${version}: no earlier good version`);
                continue;
            }
            moves[tag] = target;
        }
    }
    else if (to && state.distTags.latest !== to)
        moves.latest = to;
    // Stryker disable next-line StringLiteral: unreachable fallback, rollback refuses a missing reason (a usage error) before it plans.
    const reason = request.reason ?? '';
    const deprecation = undo ? '' : reason;
    const deprecate = undo ? Boolean(meta.deprecated) : meta.deprecated !== deprecation;
    return { moves, deprecation, deprecate, notes };
}

// EXTERNAL MODULE: ./src/release/release-target.ts
var release_target = __webpack_require__(16966);
// EXTERNAL MODULE: ./src/util/markdown.ts
var markdown = __webpack_require__(93985);
// EXTERNAL MODULE: ./src/report/model.ts
var model = __webpack_require__(46997);
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
;// CONCATENATED MODULE: ./src/commands/rollback.ts
















const OPTIONS = (0,define_command/* pickOptions */.Sb)({
    directory: { description: option_catalog/* SHARED_DESCRIPTIONS */.OD.packageFolder },
    version: { description: 'The bad version to deprecate, or with {--undo} the version to restore.' },
    reason: true,
    to: true,
    undo: true,
    registry: true,
    manifest: {
        description: 'A release-manifest.json to record the rollback (or the undo) in, under "rollbacks"; nothing is recorded without it.',
    },
    'mcp-registry': {
        description: "Also set the version's status in the MCP Registry: {--mcp-registry-status}, or active again with {--undo} (default: the config's mcpRegistry).",
    },
    'mcp-registry-status': true,
    'mcp-registry-url': true,
    'dry-run': {
        description: 'Read the registry and print the npm commands that would run; change nothing.',
    },
    repo: true,
    config: { description: option_catalog/* SHARED_DESCRIPTIONS */.OD.configInRepository },
    'fail-on': { description: option_catalog/* SHARED_DESCRIPTIONS */.OD.failOnError },
});
const rollbackCommand = (0,define_command/* defineCommand */.NB)({
    name: 'rollback',
    summary: 'Deprecate a bad version (never unpublish) and move latest (and next) back to the last good one; warn on its GitHub release; mark it in the MCP Registry. --undo restores it.',
    positional: 'directory',
    options: OPTIONS,
    outputs: {
        'rolled-back': 'rolled-back, already-rolled-back, restored, already-restored or dry-run.',
        'moved-tags': 'JSON object of the dist-tags moved, tag -> version.',
        'mcp-registry': "The version's MCP Registry status change: updated, unchanged (it already had that status), skipped ({--mcp-registry} off, no server.json or no entry for the version) or failed.",
    },
    run: rollback,
});
const ROLLBACK_MARKER = '<!-- mcp-release-kit:rolled-back -->';
async function rollback(input, context) {
    const started = performance.now();
    if (!input.undo && !input.reason)
        throw new errors/* UsageError */.eb('rollback: --reason is required (it becomes the npm deprecation message users see)');
    const { npmCli, npmRegistry } = context.adapters;
    const target = await (0,commands_release_target/* openReleaseTarget */.L)(context, input.directory, input.config, 'rollback');
    const registry = (0,release_target/* withSlash */.Ec)(input.registry ?? target.registry);
    const { version } = input;
    const findings = [];
    const notes = [];
    const outputs = {};
    const finding = (rule, message) => void findings.push(...(0,rules/* rateAll */.US)([{ rule, message }], target.config.rules));
    const done = () => (0,commands_packages/* aggregateReport */.yf)('rollback', [
        {
            name: target.name,
            version,
            dir: external_node_path_default().relative(context.cwd, target.dir) || '.',
            ok: (0,model/* isOk */.HQ)(findings, input['fail-on'] ?? 'error'),
            findings,
        },
    ], { total: Math.round(performance.now() - started) }, notes, outputs);
    const { token } = (0,promote_token/* promoteToken */.Gu)(context.settings.credentials);
    const read = () => npmRegistry.packageState(registry, target.name, token);
    let state;
    try {
        state = await read();
    }
    catch (error) {
        finding('rollback/registry-unreachable', error.message);
        return done();
    }
    const plan = planRollback(state, {
        name: target.name,
        registry,
        version,
        ...(input.to ? { to: input.to } : {}),
        ...(input.undo ? { undo: true } : {}),
        ...(input.reason ? { reason: input.reason } : {}),
    });
    if ('refused' in plan) {
        finding(plan.refused.rule, plan.refused.message);
        return done();
    }
    const { moves, deprecation, deprecate } = plan;
    notes.push(...plan.notes);
    const targetFor = (pkg, tag) => tagTarget(pkg, version, tag, input.to);
    outputs['moved-tags'] = JSON.stringify(moves);
    const tagArgs = (tag, to) => ['dist-tag', 'add', `${target.name}@${to}`, tag, '--registry', registry];
    const deprecateArgs = ['deprecate', `${target.name}@${version}`, deprecation, '--registry', registry];
    if (input['dry-run']) {
        const commands = [
            ...Object.entries(moves).map(([tag, to]) => tagArgs(tag, to)),
            ...(deprecate ? [deprecateArgs] : []),
        ];
        notes.push(`dry run: nothing changed on ${registry}; ${commands.length ? `would run ${commands.map((c) => `\`npm ${c.map(npm_command/* shellQuote */.ZL).join(' ')}\``).join(', then ')}` : 'nothing to change on npm'}`);
        outputs['rolled-back'] = 'dry-run';
        return done();
    }
    const writes = Object.keys(moves).length + (deprecate ? 1 : 0);
    if (writes && !token) {
        finding('rollback/no-token', (0,promote_token/* promoteTokenHelp */.fA)(context.settings));
        return done();
    }
    const moveTag = (tag, to) => context.log.step(`point ${tag} at ${target.name}@${to}`, () => npmCli.runWithRetries(tagArgs(tag, to), {
        registry,
        token,
        landed: async () => (await read().catch(() => undefined))?.distTags[tag] === to,
    }));
    for (const [tag, to] of Object.entries(moves)) {
        // Re-read just before each write: a concurrent promote or rollback must not be overwritten.
        const now = (await read().catch(() => state)).distTags[tag];
        if (now !== state.distTags[tag] && now !== to) {
            finding('rollback/concurrent-change', `"${tag}" moved from ${state.distTags[tag] ?? 'nothing'} to ${now ?? 'nothing'} during this rollback: another release or rollback is running; re-run when it ends`);
            return done();
        }
        const outcome = await moveTag(tag, to);
        if (!outcome.ok) {
            finding('rollback/failed', `npm dist-tag: ${outcome.error}`);
            return done();
        }
    }
    if (deprecate) {
        const outcome = await context.log.step(`${input.undo ? 'undeprecate' : 'deprecate'} ${target.name}@${version}`, () => npmCli.runWithRetries(deprecateArgs, {
            registry,
            token,
            landed: async () => ((await read().catch(() => undefined))?.versions[version]?.deprecated ?? '') === deprecation,
        }));
        if (!outcome.ok) {
            finding('rollback/failed', `npm deprecate: ${outcome.error}`);
            return done();
        }
    }
    // The registry as this rollback leaves it: what the release notes and the record say is read
    // from here, not from this run's moves, so a re-run after an interrupted run says the same.
    let after = writes ? await read().catch(() => undefined) : state;
    // A promote that raced this rollback may have pointed a tag at the bad version after we read the tags: move it again.
    if (!input.undo && writes) {
        for (const [tag, pointsAt] of Object.entries(after?.distTags ?? {})) {
            const to = after && pointsAt === version ? targetFor(after, tag) : undefined;
            if (!to)
                continue;
            const outcome = await moveTag(tag, to);
            if (!outcome.ok) {
                finding('rollback/failed', `npm dist-tag (moving "${tag}" again after a concurrent promote): ${outcome.error}`);
                return done();
            }
            moves[tag] = to;
            notes.push(`"${tag}" was moved to ${version} by a concurrent run during this rollback: moved to ${to} again`);
            if (after)
                after = { ...after, distTags: { ...after.distTags, [tag]: to } };
        }
        outputs['moved-tags'] = JSON.stringify(moves);
    }
    const latestNow = (after ?? state).distTags.latest;
    // Where latest points once this rolled back (or an undo --to moved it): the release badge follows it.
    const goodLatest = input.undo ? moves.latest : latestNow !== version ? latestNow : undefined;
    for (const [tag, to] of Object.entries(moves))
        notes.push(`"${tag}" moved from ${version} to ${to}`);
    notes.push(input.undo
        ? deprecate
            ? `${version} is no longer deprecated`
            : `${version} was not deprecated`
        : deprecate
            ? `${version} deprecated: "${deprecation}"`
            : `${version} was already deprecated with this reason`);
    outputs['rolled-back'] = input.undo
        ? deprecate
            ? 'restored'
            : 'already-restored'
        : deprecate || Object.keys(moves).length
            ? 'rolled-back'
            : 'already-rolled-back';
    await updateGitHubReleases(target, input, context, goodLatest, notes, finding);
    outputs['mcp-registry'] = 'skipped';
    if (input['mcp-registry'] ?? target.config.mcpRegistry ?? false) {
        const status = input.undo ? 'active' : input['mcp-registry-status'];
        const serverJsonText = await context.adapters.fs
            .readFile(external_node_path_default().join(target.dir, 'server.json'), 'utf8')
            .catch(() => undefined);
        const result = await context.log.step(`set ${target.name}@${version} to ${status} in the MCP Registry`, () => (0,publish/* setMcpRegistryStatus */.a)({
            api: context.adapters.mcpRegistry,
            identityToken: (audience) => context.adapters.oidc.identityToken(audience),
        }, {
            version,
            status,
            ...(input.reason ? { message: input.reason } : {}),
            registryUrl: input['mcp-registry-url'],
            serverJsonText,
        }));
        outputs['mcp-registry'] = result.outcome;
        if (result.problem)
            finding('rollback/mcp-registry-failed', result.problem);
        else if (result.outcome === 'updated')
            notes.push(`MCP Registry: ${version} is now ${status}${status === 'deprecated' ? " (the registry's latest moves back only for deleted)" : ''}`);
    }
    if (input.manifest)
        await recordInManifest(context, external_node_path_default().resolve(context.cwd, input.manifest), {
            version,
            undo: Boolean(input.undo),
            reason: input.reason ?? '',
            distTags: (after ?? state).distTags,
            by: context.settings.github.actor ?? context.settings.user ?? 'unknown',
        });
    return done();
}
/** The bad release gets a warning at the top and loses "latest"; the good one gets it back. Undo removes the warning. */
async function updateGitHubReleases(target, input, context, goodLatest, notes, finding) {
    const gh = (0,client/* githubTarget */.nY)(input.repo, context.settings);
    if (!gh) {
        notes.push(`GitHub release: skipped (${(0,client/* githubSkipReason */.fV)(input.repo, context.settings)})`);
        return;
    }
    const tag = (0,release_target/* gitTagFor */.Wo)(target, input.version);
    try {
        const github = await context.adapters.github.client(gh, (line) => notes.push(line));
        const release = await (0,releases/* findRelease */.dv)(github, gh, tag);
        if (!release) {
            notes.push(`GitHub release: none for ${tag}`);
            return;
        }
        const body = release.body ?? '';
        const stripped = body.startsWith(ROLLBACK_MARKER)
            ? body.slice(body.indexOf('\n\n', body.indexOf('\n> ')) + 2)
            : body;
        const wanted = input.undo
            ? stripped
            : (0,markdown/* fitToLimit */.Qt)(`${ROLLBACK_MARKER}\n> [!WARNING]\n> ${target.name}@${input.version} was rolled back: ${(0,markdown/* escapeMarkdownInline */.E4)(input.reason ?? '')}. It is deprecated on npm; ${goodLatest ? `\`latest\` is ${goodLatest}` : 'install another version'}.\n\n${stripped}`, releases/* RELEASE_BODY_LIMIT */.fS);
        if (wanted !== body) {
            await github.rest.repos.updateRelease({
                owner: gh.owner,
                repo: gh.repo,
                release_id: release.id,
                body: wanted,
                ...(input.undo ? {} : { make_latest: 'false' }),
            });
            notes.push(`GitHub release ${tag}: ${input.undo ? 'warning removed' : 'warning added'}`);
        }
        if (goodLatest) {
            const goodTag = (0,release_target/* gitTagFor */.Wo)(target, goodLatest);
            if ((await (0,releases/* markLatest */.D2)(github, gh, goodTag)) === 'updated')
                notes.push(`GitHub release ${goodTag}: marked latest`);
        }
    }
    catch (error) {
        finding('rollback/github-failed', (0,client/* describeGitHubError */.dZ)(error, `updating the GitHub release ${tag}`, 'contents: write'));
    }
}
/**
 * One record per rollback or undo: added unless the last record for this version is already
 * this action with this reason, so a re-run (also one finishing an interrupted run) adds nothing.
 * `distTags` are the registry's tags once it is done.
 */
async function recordInManifest(context, file, record) {
    const { fs, clock } = context.adapters;
    const manifest = JSON.parse(await fs.readFile(file, 'utf8').catch(() => {
        throw new errors/* UsageError */.eb(`rollback: --manifest: cannot read ${file}`);
    }));
    const history = Array.isArray(manifest.rollbacks) ? manifest.rollbacks : [];
    const action = record.undo ? 'undo' : 'rollback';
    const last = history.filter((r) => r.version === record.version).pop();
    if (last?.action === action && last.reason === record.reason)
        return;
    history.push({
        action,
        version: record.version,
        reason: record.reason,
        distTags: record.distTags,
        by: record.by,
        at: clock.now().toISOString(),
    });
    await fs.writeFile(file, `${JSON.stringify({ ...manifest, rollbacks: history }, null, 2)}\n`);
}


/***/ }),

/***/ 43048:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $X: () => (/* binding */ waitedNote),
/* harmony export */   PF: () => (/* binding */ waitForVersion),
/* harmony export */   iQ: () => (/* binding */ notYetServedMessage)
/* harmony export */ });
/* unused harmony exports DEFAULT_INITIAL_DELAY_MS, DEFAULT_MAX_DELAY_MS, versionUrl, backoffDelay */
/**
 * Waiting until the npm registry serves a version that was just published.
 *
 * A new version can take minutes to be served everywhere after `npm publish`
 * answers (the registry's CDN caches packuments; npm/cli#4513): an install of
 * `name@version` right after the publish fails with ETARGET, and the MCP
 * Registry refuses an entry until `GET /<name>/<version>` answers. So the steps
 * that read the version back poll that same URL first, with a bounded wait.
 *
 * The clock, the sleep and the HTTP GET are given (the registry adapter gives
 * the real ones): the schedule is pure and unit tests run it on a fake clock.
 */
const DEFAULT_INITIAL_DELAY_MS = 2000;
const DEFAULT_MAX_DELAY_MS = 30_000;
/**
 * `GET <registry>/<name>/<version>`, the name escaped as npm escapes it: a
 * scoped name keeps its `@` and its `/` becomes `%2f` (npm-package-arg's
 * `escapedName`), so `@scope/name` is one path segment.
 */
function versionUrl(registry, name, version) {
    const escaped = name.startsWith('@')
        ? `@${encodeURIComponent(name.slice(1)).replace(/%2F/g, '%2f')}`
        : encodeURIComponent(name);
    return `${registry.replace(/\/+$/, '')}/${escaped}/${encodeURIComponent(version)}`;
}
/** The pause before look number `attempt + 1`: initial * 2^(attempt-1), capped. Pure. */
function backoffDelay(attempt, initialDelayMs = DEFAULT_INITIAL_DELAY_MS, maxDelayMs = DEFAULT_MAX_DELAY_MS) {
    return Math.min(maxDelayMs, initialDelayMs * 2 ** Math.max(0, attempt - 1));
}
const seconds = (ms) => Math.round(ms / 1000);
/** Poll until the registry serves name@version or the deadline passes. Never throws for a registry answer. */
async function waitForVersion(options) {
    const { clock, probe } = options;
    const url = versionUrl(options.registry, options.name, options.version);
    const budgetMs = Math.max(0, options.timeoutSeconds) * 1000;
    const label = `${options.name}@${options.version}`;
    const started = clock.now();
    for (let attempt = 1;; attempt += 1) {
        const answer = await probe(url);
        const waitedMs = clock.now() - started;
        if (answer.served) {
            if (attempt > 1)
                options.progress?.(`${label} is served by ${options.registry} after ${seconds(waitedMs)} s (attempt ${attempt})`);
            return { served: true, attempts: attempt, waitedMs };
        }
        const remaining = budgetMs - waitedMs;
        if (remaining <= 0)
            return { served: false, attempts: attempt, waitedMs, lastReason: answer.reason };
        options.progress?.(`waiting for ${label} on ${options.registry} (attempt ${attempt}, ${seconds(waitedMs)} s of ${seconds(budgetMs)} s): ${answer.reason}`);
        await clock.sleep(Math.min(remaining, backoffDelay(attempt, options.initialDelayMs, options.maxDelayMs)));
    }
}
/** Said in the report when the version was served only after a wait. */
function waitedNote(options, result) {
    return `waited ${seconds(result.waitedMs)} s (${result.attempts} attempts) for ${options.name}@${options.version} to be served by ${options.registry}`;
}
/** The finding text for a wait that ran out: how long, and that a later re-run finishes the release. */
function notYetServedMessage(options, result) {
    return `${options.name}@${options.version} is not served by ${options.registry} yet: waited ${seconds(result.waitedMs)} s over ${result.attempts} attempt(s) (last answer: ${result.lastReason ?? 'none'}). A new version can take minutes to show after a publish (npm/cli#4513); nothing was changed after the wait, so re-running this job later finishes the release`;
}


/***/ })

};

export const id = 6968;
export const ids = [6968];
export const modules = {

/***/ 40773:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ buildChangelog)
/* harmony export */ });
/* unused harmony export releaseDate */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _release_changelog_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(42495);
/* harmony import */ var _github_client_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(96584);
/* harmony import */ var _release_entries_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(17069);
/* harmony import */ var _surface_diff_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(73288);
/* harmony import */ var _release_target_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5445);
/* harmony import */ var _surface_capture_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(41098);







/** Today in UTC, or SOURCE_DATE_EPOCH's day for reproducible output. */
function releaseDate(sourceDateEpoch, now) {
    const epoch = Number(sourceDateEpoch);
    return new Date(Number.isFinite(epoch) && sourceDateEpoch ? epoch * 1000 : now.getTime()).toISOString().slice(0, 10);
}
/** Shared with `version`: render the section and, when asked, write it. */
/** "MCP surface" lines: the tools added, changed and removed since the version on latest. */
async function surfaceLines(target, registry, context) {
    const reg = registry ?? target.registry;
    const latest = (await context.adapters.npmRegistry.packageState(reg, target.name).catch(() => undefined))?.distTags
        .latest;
    if (!latest)
        return { lines: [], note: 'MCP surface: no latest version to compare with' };
    const before = await (0,_surface_capture_js__WEBPACK_IMPORTED_MODULE_5__/* .captureSurface */ .q)(`${target.name}@${latest}`, { registry: reg }, context, 'changelog');
    const after = await (0,_surface_capture_js__WEBPACK_IMPORTED_MODULE_5__/* .captureSurface */ .q)(target.dir, {}, context, 'changelog');
    if (!before.surface || !after.surface)
        return { lines: [], note: 'MCP surface: not compared (a server did not start)' };
    const lines = (0,_surface_diff_js__WEBPACK_IMPORTED_MODULE_3__/* .surfaceChangelogLines */ .lo)((0,_surface_diff_js__WEBPACK_IMPORTED_MODULE_3__/* .diffSurfaces */ .OJ)(before.surface, after.surface));
    return { lines, note: `MCP surface: compared with ${target.name}@${latest}` };
}
async function buildChangelog(target, version, write, repo, context, surface) {
    const { fs } = context.adapters;
    const gh = (0,_github_client_js__WEBPACK_IMPORTED_MODULE_6__/* .githubTarget */ .nY)(repo, context.settings);
    const github = gh ? { client: await context.adapters.github.client(gh), target: gh } : undefined;
    const gathered = await (0,_release_entries_js__WEBPACK_IMPORTED_MODULE_2__/* .gatherEntries */ .mx)(context.adapters.git, target, github);
    const { categories, source } = await (0,_release_target_js__WEBPACK_IMPORTED_MODULE_4__/* .loadCategories */ .B)(context, target.repoRoot, target.labels.skip);
    const repositoryUrl = gh ? `${context.settings.github.serverUrl}/${gh.owner}/${gh.repo}` : undefined;
    const mcp = surface ? await surfaceLines(target, surface.registry, context) : undefined;
    const section = (0,_release_changelog_js__WEBPACK_IMPORTED_MODULE_1__/* .renderSection */ .YN)({
        version,
        date: releaseDate(context.settings.sourceDateEpoch, context.adapters.clock.now()),
        entries: gathered.entries,
        categories,
        ...(repositoryUrl ? { repositoryUrl } : {}),
        extra: mcp?.lines.length ? [{ title: 'MCP surface', lines: mcp.lines }] : [],
    });
    const file = node_path__WEBPACK_IMPORTED_MODULE_0___default().join(target.dir, 'CHANGELOG.md');
    const existing = await fs.readFile(file, 'utf8').catch(() => undefined);
    // Notes come from the file when it already has this version: what was committed is what GitHub shows.
    const written = existing !== undefined && !write ? (0,_release_changelog_js__WEBPACK_IMPORTED_MODULE_1__/* .extractSection */ .Xl)(existing, version) : undefined;
    const notes = written ?? (0,_release_changelog_js__WEBPACK_IMPORTED_MODULE_1__/* .extractSection */ .Xl)(section, version);
    let changed = false;
    if (write) {
        const next = (0,_release_changelog_js__WEBPACK_IMPORTED_MODULE_1__/* .insertSection */ .hb)(existing, version, section);
        changed = next !== existing;
        if (changed)
            await fs.writeFile(file, next);
    }
    return {
        file,
        section,
        notes,
        entries: (0,_release_changelog_js__WEBPACK_IMPORTED_MODULE_1__/* .includedEntries */ .DO)(gathered.entries, categories).length,
        ...(gathered.since ? { since: gathered.since } : {}),
        changed,
        categoriesSource: source,
        ...(mcp ? { surfaceNote: mcp.note } : {}),
        ...(gathered.bound ? { bound: gathered.bound } : {}),
    };
}


/***/ }),

/***/ 26968:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   changelogCommand: () => (/* binding */ changelogCommand)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(83916);
/* harmony import */ var _release_target_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5445);
/* harmony import */ var _define_command_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(68427);
/* harmony import */ var _option_catalog_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(19159);
/* harmony import */ var _packages_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(54731);
/* harmony import */ var _changelog_build_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(40773);







const OPTIONS = (0,_define_command_js__WEBPACK_IMPORTED_MODULE_2__/* .pickOptions */ .Sb)({
    directory: { description: _option_catalog_js__WEBPACK_IMPORTED_MODULE_3__/* .SHARED_DESCRIPTIONS */ .OD.packageFolder },
    version: { description: "The version the section is for (such as the plan's next-version)." },
    write: true,
    'notes-only': true,
    surface: {
        description: 'Add an "MCP surface" section: the tools added, changed and removed since the version on latest (both servers are started).',
    },
    registry: {
        description: `With {--surface}: the registry the version on latest is installed from (default: the config's registry, else ${_option_catalog_js__WEBPACK_IMPORTED_MODULE_3__/* .NPM_REGISTRY_URL */ .uX}).`,
    },
    repo: {
        description: 'GitHub repository owner/name whose merged PRs make the entries (default: GITHUB_REPOSITORY in Actions; with GITHUB_TOKEN); without it the entries come from the commits.',
    },
    config: { description: _option_catalog_js__WEBPACK_IMPORTED_MODULE_3__/* .SHARED_DESCRIPTIONS */ .OD.configInRepository },
    'fail-on': { description: 'Accepted like every command takes it; changelog reports no findings.' },
});
const changelogCommand = (0,_define_command_js__WEBPACK_IMPORTED_MODULE_2__/* .defineCommand */ .NB)({
    name: 'changelog',
    summary: 'The Keep a Changelog section for a version, from the merged PRs (or commits) since the last tag; --write puts it in CHANGELOG.md, --notes-only prints the release notes.',
    positional: 'directory',
    options: OPTIONS,
    outputs: {
        'changelog-file': 'Path of CHANGELOG.md.',
        notes: 'The section body (the GitHub release notes), markdown.',
        entries: 'Number of entries in the section.',
        since: 'The previous tag the changes are counted from (empty for the first release).',
        changed: '"true" when {--write} changed CHANGELOG.md.',
    },
    run: changelog,
});
async function changelog(input, context) {
    const started = performance.now();
    if (input.write && input['notes-only'])
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_6__/* .UsageError */ .eb('changelog: --write and --notes-only do not go together (write first, then print the notes)');
    const target = await (0,_release_target_js__WEBPACK_IMPORTED_MODULE_1__/* .openReleaseTarget */ .L)(context, input.directory, input.config, 'changelog');
    const result = await (0,_changelog_build_js__WEBPACK_IMPORTED_MODULE_5__/* .buildChangelog */ .L)(target, input.version, Boolean(input.write), input.repo, context, input.surface ? { ...(input.registry ? { registry: input.registry } : {}) } : undefined);
    const notes = [
        `${result.entries} entries since ${result.since ?? 'the first commit'}; sections from ${result.categoriesSource}`,
        ...(result.surfaceNote ? [result.surfaceNote] : []),
        ...(result.bound ? [result.bound] : []),
    ];
    if (input.write)
        notes.push(`${node_path__WEBPACK_IMPORTED_MODULE_0___default().relative(context.cwd, result.file)}: ${result.changed ? 'written' : 'already up to date'}`);
    const report = (0,_packages_js__WEBPACK_IMPORTED_MODULE_4__/* .aggregateReport */ .yf)('changelog', [
        {
            name: target.name,
            version: input.version,
            dir: node_path__WEBPACK_IMPORTED_MODULE_0___default().relative(context.cwd, target.dir) || '.',
            ok: true,
            findings: [],
        },
    ], { total: Math.round(performance.now() - started) }, notes, {
        'changelog-file': result.file,
        notes: result.notes,
        entries: String(result.entries),
        since: result.since ?? '',
        changed: String(result.changed),
    });
    if (input['notes-only'])
        return { ...report, text: result.notes };
    return input.write ? report : { ...report, text: result.section };
}


/***/ }),

/***/ 41098:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   q: () => (/* binding */ captureSurface)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(83916);
/* harmony import */ var _report_known_secrets_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(52561);
/* harmony import */ var _rules_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(36086);
/* harmony import */ var _smoke_environment_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(41540);
/* harmony import */ var _surface_surface_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(40144);
/* harmony import */ var _smoke_package_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(61517);







async function captureSurface(target, options, context, command) {
    const resolved = node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(context.cwd, target);
    if (/\.json$/.test(target) && (await context.adapters.fs.stat(resolved).catch(() => undefined))?.isFile()) {
        const text = await context.adapters.fs.readFile(resolved, 'utf8');
        return { surface: (0,_surface_surface_js__WEBPACK_IMPORTED_MODULE_3__/* .parseSurfaceDocument */ .Ig)(text, target, command), label: target, findings: [] };
    }
    const input = _smoke_package_js__WEBPACK_IMPORTED_MODULE_4__/* .SMOKE_OPTIONS */ .jE.schema.parse({ target, ...options });
    const env = (0,_smoke_environment_js__WEBPACK_IMPORTED_MODULE_2__/* .parseEnvPairs */ .W)(input.env ?? []);
    if (env.bad !== undefined)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .UsageError */ .eb(`${command}: --env: "${env.bad}" is not KEY=VALUE`);
    const targets = await (0,_smoke_package_js__WEBPACK_IMPORTED_MODULE_4__/* .resolveTargets */ .h5)(input, context);
    if (targets.items.length === 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .UsageError */ .eb(`${command}: "${target}" holds no MCP server to start${targets.notes.length ? ` (${targets.notes.join('; ')})` : ''}`);
    if (targets.items.length !== 1)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .UsageError */ .eb(`${command}: "${target}" holds ${targets.items.length} packages; name one package folder`);
    const t = targets.items[0];
    const result = await (0,_smoke_package_js__WEBPACK_IMPORTED_MODULE_4__/* .runSmoke */ .Lw)(t.target, (0,_smoke_package_js__WEBPACK_IMPORTED_MODULE_4__/* .smokeOptionsFor */ .lh)(t, input, env.env, targets.registry), context);
    const label = result.packageName
        ? `${result.packageName}${result.packageVersion ? `@${result.packageVersion}` : ''}`
        : t.label;
    // Without a surface, the smoke findings say why (it did not install, start or answer).
    const findings = result.surface ? [] : (0,_rules_js__WEBPACK_IMPORTED_MODULE_1__/* .rateAll */ .US)(result.findings, t.settings.rules);
    // A surface is written to files and compared in PRs: a credential the server echoed must not be in it.
    return {
        ...(result.surface ? { surface: (0,_report_known_secrets_js__WEBPACK_IMPORTED_MODULE_6__/* .redactDeep */ .KL)(result.surface, context.settings.secretValues) } : {}),
        label,
        findings,
        isolation: result.isolation,
    };
}


/***/ }),

/***/ 74487:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cs: () => (/* binding */ getPull),
/* harmony export */   We: () => (/* binding */ checkState),
/* harmony export */   iC: () => (/* binding */ mergedPullForCommit)
/* harmony export */ });
const labelNames = (labels) => labels.map((l) => (typeof l === 'string' ? l : (l.name ?? ''))).filter(Boolean);
/** A PR by number (through the issues API: one small call that carries labels, title and author). */
async function getPull(github, target, number) {
    const { data } = await github.rest.issues.get({ owner: target.owner, repo: target.repo, issue_number: number });
    return { number: data.number, title: data.title, author: data.user?.login, labels: labelNames(data.labels) };
}
/**
 * The merged PR a pushed commit came from: GitHub lists the PRs associated
 * with a commit; the one whose merge commit is this commit wins, else the
 * first merged one (rebase merges).
 */
async function mergedPullForCommit(github, target, sha) {
    const { data } = await github.rest.repos.listPullRequestsAssociatedWithCommit({
        owner: target.owner,
        repo: target.repo,
        commit_sha: sha,
        per_page: 10,
    });
    const merged = data.filter((p) => p.merged_at);
    const pull = merged.find((p) => p.merge_commit_sha === sha) ?? merged[0];
    return pull
        ? { number: pull.number, title: pull.title, author: pull.user?.login, labels: labelNames(pull.labels) }
        : undefined;
}
/** The checks on a commit, summed up for the release plan (one page of 100: enough for a summary). */
async function checkState(github, target, sha) {
    const { data } = await github.rest.checks.listForRef({
        owner: target.owner,
        repo: target.repo,
        ref: sha,
        per_page: 100,
    });
    const state = { total: data.total_count, passed: 0, failed: 0, pending: 0 };
    for (const run of data.check_runs) {
        if (run.status !== 'completed')
            state.pending += 1;
        else if (['success', 'neutral', 'skipped'].includes(run.conclusion ?? ''))
            state.passed += 1;
        else
            state.failed += 1;
    }
    return state;
}


/***/ }),

/***/ 34255:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   jX: () => (/* binding */ bumpOfCommit),
/* harmony export */   o7: () => (/* binding */ parseCommitMessage)
/* harmony export */ });
/* unused harmony export bumpOfCommits */
const HEADER = /^(?<type>[a-zA-Z]+)(?:\((?<scope>[^)]*)\))?(?<bang>!)?:\s*(?<subject>.+)$/;
function parseCommitMessage(message) {
    const [header = '', ...body] = message.split('\n');
    const match = HEADER.exec(header.trim());
    const breakingFooter = body.some((line) => /^BREAKING[ -]CHANGE:/.test(line));
    const subject = (match?.groups?.subject ?? header).trim();
    const pr = /\(#(\d+)\)\s*$/.exec(subject);
    return {
        ...(match?.groups?.type ? { type: match.groups.type.toLowerCase() } : {}),
        ...(match?.groups?.scope ? { scope: match.groups.scope } : {}),
        breaking: Boolean(match?.groups?.bang) || breakingFooter,
        subject: pr ? subject.slice(0, pr.index).trim() : subject,
        ...(pr ? { pr: Number(pr[1]) } : {}),
    };
}
function bumpOfCommit(commit) {
    if (commit.breaking)
        return 'major';
    if (commit.type === 'feat')
        return 'minor';
    if (commit.type === 'fix' || commit.type === 'perf')
        return 'patch';
    return undefined;
}
const ORDER = { major: 3, minor: 2, patch: 1 };
/** The largest bump among the commits, or undefined when none releases anything. */
function bumpOfCommits(commits) {
    let best;
    for (const commit of commits) {
        const bump = bumpOfCommit(commit);
        if (bump && (!best || (ORDER[bump] ?? 0) > (ORDER[best] ?? 0)))
            best = bump;
    }
    return best;
}


/***/ }),

/***/ 17069:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W8: () => (/* binding */ previousTag),
/* harmony export */   ai: () => (/* binding */ entryFromPull),
/* harmony export */   mx: () => (/* binding */ gatherEntries)
/* harmony export */ });
/* harmony import */ var _github_pulls_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(74487);
/* harmony import */ var _conventional_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(34255);
/* harmony import */ var _tag_styles_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(17676);



/** Release commits this tool makes: never an entry of their own. */
const RELEASE_COMMIT = /^chore\(release\):/;
/** Commits looked up on GitHub per release; beyond this, entries come from commit messages. */
const PR_LOOKUP_LIMIT = 100;
function entryFromPull(pull) {
    const parsed = (0,_conventional_js__WEBPACK_IMPORTED_MODULE_0__/* .parseCommitMessage */ .o7)(pull.title);
    return {
        title: parsed.type ? parsed.subject : pull.title,
        pr: pull.number,
        ...(pull.author ? { author: pull.author } : {}),
        labels: pull.labels,
        ...(parsed.type ? { type: parsed.type } : {}),
        breaking: parsed.breaking,
    };
}
/** The package's previous release tag among the tags reachable from HEAD, in any style the repository uses (release/tag-styles). */
async function previousTag(git, target) {
    const tags = await git.reachableTags(target.repoRoot);
    return (0,_tag_styles_js__WEBPACK_IMPORTED_MODULE_1__/* .previousReleaseTag */ .DA)({
        name: target.name,
        relativeDir: target.relativeDir,
        ...(target.tagFormat ? { tagFormat: target.tagFormat } : {}),
    }, tags);
}
/**
 * The changes since the package's last tag: one entry per merged PR when
 * GitHub can say which PR a commit came from, else one per commit (its
 * conventional-commit type, its `(#123)` reference, its author name).
 */
async function gatherEntries(git, target, github) {
    const since = (await previousTag(git, target))?.tag;
    const commits = (await git.commitsSince(target.repoRoot, since, target.relativeDir ? [target.relativeDir] : [])).filter((c) => !RELEASE_COMMIT.test(c.message));
    const entries = [];
    const seenPulls = new Set();
    let apiCalls = 0;
    for (const [index, commit] of commits.entries()) {
        if (github && index < PR_LOOKUP_LIMIT) {
            apiCalls += 1;
            const pull = await (0,_github_pulls_js__WEBPACK_IMPORTED_MODULE_2__/* .mergedPullForCommit */ .iC)(github.client, github.target, commit.sha);
            if (pull) {
                if (!seenPulls.has(pull.number))
                    entries.push(entryFromPull(pull));
                seenPulls.add(pull.number);
                continue;
            }
        }
        const parsed = (0,_conventional_js__WEBPACK_IMPORTED_MODULE_0__/* .parseCommitMessage */ .o7)(commit.message);
        if (parsed.pr && seenPulls.has(parsed.pr))
            continue;
        if (parsed.pr)
            seenPulls.add(parsed.pr);
        entries.push({
            title: parsed.subject,
            ...(parsed.pr ? { pr: parsed.pr } : { sha: commit.sha.slice(0, 7) }),
            labels: [],
            ...(parsed.type ? { type: parsed.type } : {}),
            breaking: parsed.breaking,
        });
    }
    const bound = github && commits.length > PR_LOOKUP_LIMIT
        ? `merged PRs looked up for the newest ${PR_LOOKUP_LIMIT} of ${commits.length} commits (a bound on GitHub API calls); the older ones' entries come from their commit messages`
        : undefined;
    // Oldest first reads like a story.
    return {
        entries: entries.reverse(),
        ...(since ? { since } : {}),
        commits: commits.length,
        apiCalls,
        ...(bound ? { bound } : {}),
    };
}


/***/ }),

/***/ 52561:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   KL: () => (/* binding */ redactDeep),
/* harmony export */   _9: () => (/* binding */ knownSecretValues)
/* harmony export */ });
/* unused harmony exports REDACTED, redactText */
/* harmony import */ var _util_credential_names_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(17822);

/** Shorter values would match ordinary text by accident; real tokens are far longer. */
const MIN_SECRET_LENGTH = 8;
const REDACTED = '***';
/**
 * The values of the credentials in the kit's environment: whatever a server,
 * a registry or an API echoes back, these never reach an output.
 */
function knownSecretValues(env) {
    const values = (0,_util_credential_names_js__WEBPACK_IMPORTED_MODULE_0__/* .credentialNames */ .M)(env)
        .map((name) => env[name])
        .filter((value) => value.length >= MIN_SECRET_LENGTH);
    // Longest first, so a secret that contains another is replaced whole.
    return [...new Set(values)].sort((a, b) => b.length - a.length);
}
function redactText(text, secrets) {
    let out = text;
    for (const secret of secrets)
        out = out.split(secret).join(REDACTED);
    return out;
}
/** Every string in a JSON-like value (a Report, a surface), secrets replaced. */
function redactDeep(value, secrets) {
    if (secrets.length === 0)
        return value;
    const walk = (v) => {
        if (typeof v === 'string')
            return redactText(v, secrets);
        if (Array.isArray(v))
            return v.map(walk);
        if (v && typeof v === 'object')
            return Object.fromEntries(Object.entries(v).map(([k, item]) => [redactText(k, secrets), walk(item)]));
        return v;
    };
    return walk(value);
}


/***/ }),

/***/ 17822:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ credentialNames)
/* harmony export */ });
/* unused harmony export isCredentialName */
/**
 * Names that hold credentials by convention (GITHUB_TOKEN, NPM_TOKEN,
 * NODE_AUTH_TOKEN, ACTIONS_ID_TOKEN_REQUEST_TOKEN, AWS_SECRET_ACCESS_KEY,
 * npm_config__authToken, ...). Matched on the name only.
 */
const CREDENTIAL_NAME = /(TOKEN|SECRET|PASSW(OR)?D|PRIVATE_KEY|API_KEY|ACCESS_KEY|_AUTH$|^NPM_CONFIG__AUTH|CREDENTIAL)/i;
function isCredentialName(name) {
    return CREDENTIAL_NAME.test(name);
}
/** The credential-named variables that are set (names only, sorted). */
function credentialNames(env) {
    return Object.keys(env)
        .filter((name) => isCredentialName(name) && (env[name] ?? '') !== '')
        .sort();
}


/***/ })

};

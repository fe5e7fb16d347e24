export const id = 6676;
export const ids = [6676];
export const modules = {

/***/ 56676:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   statusCommand: () => (/* binding */ statusCommand)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73880);
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(semver__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _github_client_js__WEBPACK_IMPORTED_MODULE_14__ = __webpack_require__(18750);
/* harmony import */ var _release_bump_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(36599);
/* harmony import */ var _release_doctor_checks_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(77428);
/* harmony import */ var _release_doctor_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(39368);
/* harmony import */ var _release_release_state_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(41146);
/* harmony import */ var _release_entries_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(89799);
/* harmony import */ var _release_release_target_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(16966);
/* harmony import */ var _report_model_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(46997);
/* harmony import */ var _rules_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(7800);
/* harmony import */ var _define_command_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(3445);
/* harmony import */ var _option_catalog_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(27405);
/* harmony import */ var _packages_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(63633);
/* harmony import */ var _release_target_js__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(43609);















const OPTIONS = (0,_define_command_js__WEBPACK_IMPORTED_MODULE_10__/* .pickOptions */ .Sb)({
    directory: { description: _option_catalog_js__WEBPACK_IMPORTED_MODULE_11__/* .SHARED_DESCRIPTIONS */ .OD.packageFolder },
    registry: true,
    repo: true,
    config: { description: _option_catalog_js__WEBPACK_IMPORTED_MODULE_11__/* .SHARED_DESCRIPTIONS */ .OD.configInRepository },
    'fail-on': { description: _option_catalog_js__WEBPACK_IMPORTED_MODULE_11__/* .SHARED_DESCRIPTIONS */ .OD.failOnError },
});
/** Versions listed in the table: the newest ones (the JSON output has them all). */
const SHOWN_VERSIONS = 10;
const statusCommand = (0,_define_command_js__WEBPACK_IMPORTED_MODULE_10__/* .defineCommand */ .NB)({
    name: 'status',
    summary: 'Where the package stands: dist-tags, versions with their deprecations, the last GitHub release, commits since the last tag, the state of the newest version.',
    positional: 'directory',
    options: OPTIONS,
    outputs: {
        'dist-tags': 'JSON object of the dist-tags.',
        newest: 'The highest version on the registry.',
        'newest-state': 'The state of the newest version: staged (on the staging tag), promoted (on its final tag), rolled-back (deprecated) or published (on neither tag).',
        deprecated: 'JSON object of deprecated versions and their messages.',
        'last-release': 'The tag of the most recently created GitHub release (drafts included when the token sees them).',
        'commits-since-tag': 'Commits on the package since its last tag (every commit, uncapped).',
        'last-tag': "The package's previous release tag, in whichever style the repository uses (v1.2.3, 1.2.3, name@1.2.3, name-v1.2.3, the tagFormat); empty when it has none.",
    },
    run: status,
});
async function status(input, context) {
    const started = performance.now();
    const { git, npmRegistry } = context.adapters;
    const target = await (0,_release_target_js__WEBPACK_IMPORTED_MODULE_13__/* .openReleaseTarget */ .L)(context, input.directory, input.config, 'status');
    const registry = (0,_release_release_target_js__WEBPACK_IMPORTED_MODULE_7__/* .withSlash */ .Ec)(input.registry ?? target.registry);
    const findings = [];
    const notes = [];
    const outputs = {};
    const tables = [];
    try {
        const state = await npmRegistry.packageState(registry, target.name);
        const versions = Object.keys(state.versions)
            .filter((v) => semver__WEBPACK_IMPORTED_MODULE_1___default().valid(v))
            .sort((semver__WEBPACK_IMPORTED_MODULE_1___default().rcompare));
        const newest = versions[0];
        const deprecated = Object.fromEntries(versions.filter((v) => state.versions[v]?.deprecated).map((v) => [v, state.versions[v]?.deprecated]));
        Object.assign(outputs, {
            'dist-tags': JSON.stringify(state.distTags),
            deprecated: JSON.stringify(deprecated),
            ...(newest
                ? { newest, 'newest-state': (0,_release_release_state_js__WEBPACK_IMPORTED_MODULE_5__/* .versionFacts */ .iN)(state, newest, target.stagingTag, (0,_release_bump_js__WEBPACK_IMPORTED_MODULE_2__/* .finalTag */ .F0)(newest)).state }
                : {}),
        });
        tables.push({
            title: 'dist-tags',
            columns: ['tag', 'version'],
            rows: Object.entries(state.distTags)
                .sort()
                .map(([tag, v]) => [tag, v]),
        });
        tables.push({
            title: `Versions (newest ${Math.min(SHOWN_VERSIONS, versions.length)} of ${versions.length})`,
            columns: ['version', 'state', 'dist-tags', 'deprecated'],
            rows: versions.slice(0, SHOWN_VERSIONS).map((v) => {
                const facts = (0,_release_release_state_js__WEBPACK_IMPORTED_MODULE_5__/* .versionFacts */ .iN)(state, v, target.stagingTag, (0,_release_bump_js__WEBPACK_IMPORTED_MODULE_2__/* .finalTag */ .F0)(v));
                return [v, facts.state, facts.tags.join(', '), facts.deprecated ?? ''];
            }),
        });
        if (!state.exists)
            notes.push(`${target.name} is not on ${registry} yet`);
    }
    catch (error) {
        findings.push(...(0,_rules_js__WEBPACK_IMPORTED_MODULE_9__/* .rateAll */ .US)([{ rule: 'status/registry-unreachable', message: error.message }], target.config.rules));
    }
    // The release's npm tokens: an expired or soon-expiring one fails the next promote or rollback.
    const tokenExpiry = await (0,_release_doctor_js__WEBPACK_IMPORTED_MODULE_4__/* .tokenExpiries */ .R)(registry, context.settings.credentials, (reg, token) => npmRegistry.tokenExpiry(reg, token));
    const expiry = (0,_release_doctor_checks_js__WEBPACK_IMPORTED_MODULE_3__/* .tokenExpiryFindings */ .Nt)({ tokenExpiry }, context.adapters.clock.now());
    findings.push(...(0,_rules_js__WEBPACK_IMPORTED_MODULE_9__/* .rateAll */ .US)(expiry.findings, target.config.rules));
    notes.push(...expiry.notes);
    const since = await (0,_release_entries_js__WEBPACK_IMPORTED_MODULE_6__/* .previousTag */ .W8)(git, target);
    const count = await git.countCommits(target.repoRoot, since?.tag, target.relativeDir ? [target.relativeDir] : []);
    outputs['last-tag'] = since?.tag ?? '';
    if (count === undefined)
        notes.push('commits since the last tag: unknown (git could not count them here)');
    else {
        outputs['commits-since-tag'] = String(count);
        notes.push(`${count} commit(s) since ${since ? `${since.tag}${since.scope === 'repository' ? ' (a repository-wide tag)' : ''}` : 'the first commit'}`);
    }
    const gh = (0,_github_client_js__WEBPACK_IMPORTED_MODULE_14__/* .githubTarget */ .nY)(input.repo, context.settings);
    if (!gh)
        notes.push(`GitHub: not asked (${(0,_github_client_js__WEBPACK_IMPORTED_MODULE_14__/* .githubSkipReason */ .fV)(input.repo, context.settings)})`);
    else {
        try {
            const github = await context.adapters.github.client(gh);
            const { data } = await github.rest.repos.listReleases({ owner: gh.owner, repo: gh.repo, per_page: 1 });
            const last = data[0];
            if (last) {
                outputs['last-release'] = last.tag_name;
                notes.push(`last GitHub release: ${last.tag_name}${last.draft ? ' (draft)' : ''}${last.prerelease ? ' (prerelease)' : ''} ${last.html_url}`);
            }
            else
                notes.push('no GitHub release yet');
        }
        catch (error) {
            findings.push(...(0,_rules_js__WEBPACK_IMPORTED_MODULE_9__/* .rateAll */ .US)([{ rule: 'status/github-failed', message: (0,_github_client_js__WEBPACK_IMPORTED_MODULE_14__/* .describeGitHubError */ .dZ)(error, 'listing releases', 'contents: read') }], target.config.rules));
        }
    }
    return (0,_packages_js__WEBPACK_IMPORTED_MODULE_12__/* .aggregateReport */ .yf)('status', [
        {
            name: target.name,
            version: target.version,
            dir: node_path__WEBPACK_IMPORTED_MODULE_0___default().relative(context.cwd, target.dir) || '.',
            ok: (0,_report_model_js__WEBPACK_IMPORTED_MODULE_8__/* .isOk */ .HQ)(findings, input['fail-on'] ?? 'error'),
            findings,
            tables,
        },
    ], { total: Math.round(performance.now() - started) }, notes, outputs);
}


/***/ }),

/***/ 8557:
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

/***/ 22918:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ repositoryUrl),
/* harmony export */   d: () => (/* binding */ githubSlug)
/* harmony export */ });
/**
 * `owner/repo` of a GitHub repository named by package.json `repository`, in the
 * forms npm accepts: "owner/repo", "github:owner/repo", or a URL (https, git+https,
 * git+ssh, git@github.com:). Undefined for other hosts or unparseable values.
 */
function githubSlug(repository) {
    const url = repositoryUrl(repository);
    if (!url)
        return undefined;
    // "owner/repo" and "github:owner/repo" (npm's shorthands; no other scheme has a bare slash form)
    const shorthand = /^(?:github:)?([\w.-]+)\/([\w.-]+?)(?:\.git)?$/.exec(url);
    if (shorthand && (url.startsWith('github:') || !url.includes(':')))
        return `${shorthand[1]}/${shorthand[2]}`;
    const scp = /^git@github\.com:([\w.-]+)\/([\w.-]+?)(?:\.git)?\/?$/.exec(url);
    if (scp)
        return `${scp[1]}/${scp[2]}`;
    try {
        const parsed = new URL(url.replace(/^git\+/, ''));
        if (parsed.hostname !== 'github.com' && parsed.hostname !== 'www.github.com')
            return undefined;
        const [owner, repo] = parsed.pathname.replace(/^\/+/, '').split('/');
        if (!owner || !repo)
            return undefined;
        return `${owner}/${repo.replace(/\.git$/, '')}`;
    }
    catch {
        return undefined;
    }
}
function repositoryUrl(repository) {
    if (typeof repository === 'string')
        return repository.trim() || undefined;
    if (repository && typeof repository === 'object') {
        const url = repository.url;
        return typeof url === 'string' && url.trim() ? url.trim() : undefined;
    }
    return undefined;
}


/***/ }),

/***/ 30645:
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

/***/ 77428:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cc: () => (/* binding */ doctorFindings),
/* harmony export */   EY: () => (/* binding */ workflowFile),
/* harmony export */   Nt: () => (/* binding */ tokenExpiryFindings),
/* harmony export */   i: () => (/* binding */ authMode)
/* harmony export */ });
/* unused harmony export TRUSTED_PUBLISHING_NPM */
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73880);
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(semver__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _layout_repository_url_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(22918);
/* harmony import */ var _token_expiry_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(87736);



const TRUSTED_PUBLISHING_NPM = '11.5.1';
function authMode(facts) {
    if (facts.oidcAvailable)
        return 'oidc';
    return facts.hasToken ? 'token' : 'none';
}
/** The caller workflow file a trusted-publisher record on npmjs.com must name. */
function workflowFile(ref) {
    return ref ? /\.github\/workflows\/([^@/]+)@/.exec(ref)?.[1] : undefined;
}
/** Expiry findings (expired, expiring within 14 days) and notes (the date, or that the registry does not say). Pure. */
function tokenExpiryFindings(facts, now) {
    const findings = [];
    const notes = [];
    for (const { credential, expiry } of facts.tokenExpiry ?? []) {
        const verdict = (0,_token_expiry_js__WEBPACK_IMPORTED_MODULE_1__/* .expiryVerdict */ .HQ)(expiry, credential, now);
        if (verdict.rule)
            findings.push({ rule: verdict.rule, message: verdict.message });
        else
            notes.push(verdict.message);
    }
    return { findings, notes };
}
function doctorFindings(facts) {
    const out = [];
    const mode = authMode(facts);
    const name = typeof facts.manifest?.name === 'string' ? facts.manifest.name : '<package>';
    if (semver__WEBPACK_IMPORTED_MODULE_0___default().lt(semver__WEBPACK_IMPORTED_MODULE_0___default().coerce(facts.nodeVersion) ?? '0.0.0', '20.0.0'))
        out.push({ rule: 'doctor/node-version', message: `Node ${facts.nodeVersion}: mcp-release needs Node >= 20` });
    if (!facts.npmVersion)
        out.push({ rule: 'doctor/npm-version', message: 'npm was not found on PATH' });
    else if (mode === 'oidc' && semver__WEBPACK_IMPORTED_MODULE_0___default().lt(facts.npmVersion, TRUSTED_PUBLISHING_NPM)) {
        out.push({
            rule: 'doctor/npm-version',
            message: `npm ${facts.npmVersion} cannot use trusted publishing (needs >= ${TRUSTED_PUBLISHING_NPM}); install a newer npm in a temporary prefix, e.g. \`npm install --prefix "$RUNNER_TEMP/npm" npm@11\``,
        });
    }
    if (facts.inActions && !facts.oidcAvailable) {
        out.push({
            rule: 'doctor/id-token',
            message: 'the job has no `id-token: write` permission: trusted publishing and provenance are unavailable; grant it in the job (and in the calling workflow of a reusable one)',
        });
    }
    if (mode === 'none')
        out.push({
            rule: 'doctor/no-credentials',
            message: 'no credential: neither GitHub OIDC (`id-token: write`) nor NODE_AUTH_TOKEN',
        });
    if (facts.registryError)
        out.push({ rule: 'doctor/registry', message: facts.registryError });
    else if (facts.packageExists === false && mode === 'oidc' && !facts.hasToken) {
        const wf = workflowFile(facts.workflowRef);
        out.push({
            rule: 'doctor/first-publish',
            message: `${name} is not on the registry yet, and a first publish cannot use trusted publishing: publish it once with a token (NODE_AUTH_TOKEN), then add a trusted publisher on npmjs.com (package settings) for ${facts.githubRepository ?? 'this repository'}${wf ? ` and workflow file ${wf}` : ''}`,
        });
    }
    for (const t of facts.npmrcTokens) {
        out.push({
            rule: 'doctor/npmrc-token',
            message: `${t.file}:${t.line} sets an auth token (${t.text}); ${mode === 'oidc' ? 'it can shadow trusted publishing' : 'keep tokens out of committed files'}`,
            file: t.file,
            line: t.line,
        });
    }
    if (facts.githubRepository && facts.manifest) {
        const slug = (0,_layout_repository_url_js__WEBPACK_IMPORTED_MODULE_2__/* .githubSlug */ .d)(facts.manifest.repository);
        if (slug !== facts.githubRepository) {
            out.push({
                rule: 'doctor/repository-url',
                message: `package.json repository.url is ${JSON.stringify((0,_layout_repository_url_js__WEBPACK_IMPORTED_MODULE_2__/* .repositoryUrl */ .E)(facts.manifest.repository) ?? null)}, not ${facts.githubRepository}: npm rejects the provenance (E422, compared case-sensitively)`,
                file: 'package.json',
            });
        }
    }
    return out;
}


/***/ }),

/***/ 39368:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ tokenExpiries),
/* harmony export */   j: () => (/* binding */ npmrcTokenLines)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);

/**
 * The parts of the doctor's reading that are rules over data: which npm
 * tokens to ask the registry about, and which .npmrc lines hold a token. The
 * doctor command reads the files and asks the registry.
 */
/** Each npm token that is set, asked of the registry's token list (values never leave this function but to the registry). */
async function tokenExpiries(registry, credentials, read) {
    const tokens = { NPM_PROMOTE_TOKEN: credentials.npmPromoteToken, NODE_AUTH_TOKEN: credentials.nodeAuthToken };
    const set = ['NPM_PROMOTE_TOKEN', 'NODE_AUTH_TOKEN'].filter((name) => tokens[name]);
    const unique = set.filter((name, i) => set.findIndex((other) => tokens[other] === tokens[name]) === i);
    return Promise.all(unique.map(async (credential) => ({
        credential,
        expiry: await read(registry, tokens[credential]),
    })));
}
/** Auth-token lines in one .npmrc file's text; the value is redacted to its first characters. Pure. */
function npmrcTokenLines(text, file, dir) {
    const out = [];
    text.split('\n').forEach((line, index) => {
        const match = /(_authToken|_auth|_password)\s*=\s*(.*)$/.exec(line);
        if (!match)
            return;
        const value = (match[2] ?? '').trim();
        const shown = /^\$\{[A-Z_]+\}$/.test(value) ? value : `${value.slice(0, 4)}…`;
        out.push({ file: node_path__WEBPACK_IMPORTED_MODULE_0___default().relative(dir, file) || file, line: index + 1, text: `${match[1]}=${shown}` });
    });
    return out;
}


/***/ }),

/***/ 89799:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W8: () => (/* binding */ previousTag),
/* harmony export */   ai: () => (/* binding */ entryFromPull),
/* harmony export */   mx: () => (/* binding */ gatherEntries)
/* harmony export */ });
/* harmony import */ var _github_pulls_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8557);
/* harmony import */ var _conventional_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(30645);
/* harmony import */ var _tag_styles_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(89170);



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

/***/ 41146:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   es: () => (/* binding */ rollbackTarget),
/* harmony export */   iN: () => (/* binding */ versionFacts),
/* harmony export */   mv: () => (/* binding */ checkRollbackTo)
/* harmony export */ });
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73880);
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(semver__WEBPACK_IMPORTED_MODULE_0__);

function versionFacts(pkg, version, stagingTag, finalTag) {
    const meta = pkg.versions[version];
    const tags = Object.entries(pkg.distTags)
        .filter(([, v]) => v === version)
        .map(([tag]) => tag)
        .sort();
    if (!meta)
        return { version, state: 'absent', tags };
    const base = {
        version,
        tags,
        ...(meta.integrity ? { integrity: meta.integrity } : {}),
        ...(meta.deprecated ? { deprecated: meta.deprecated } : {}),
    };
    if (meta.deprecated)
        return { ...base, state: 'rolled-back' };
    if (pkg.distTags[finalTag] === version)
        return { ...base, state: 'promoted' };
    if (pkg.distTags[stagingTag] === version)
        return { ...base, state: 'staged' };
    return { ...base, state: 'published' };
}
/**
 * Where `latest` (or `next`) goes when `bad` is rolled back: the version asked
 * for, else the highest earlier version that is neither deprecated nor (for
 * latest) a prerelease. Undefined when no good version remains.
 */
function rollbackTarget(pkg, bad, options) {
    return Object.entries(pkg.versions)
        .filter(([v, meta]) => semver__WEBPACK_IMPORTED_MODULE_0___default().valid(v) && semver__WEBPACK_IMPORTED_MODULE_0___default().lt(v, bad) && !meta.deprecated && (options.allowPrerelease || !semver__WEBPACK_IMPORTED_MODULE_0___default().prerelease(v)))
        .map(([v]) => v)
        .sort((semver__WEBPACK_IMPORTED_MODULE_0___default().rcompare))[0];
}
/** Problems with a --to version, or undefined when it can take the tag. */
function checkRollbackTo(pkg, to, bad) {
    const meta = pkg.versions[to];
    if (!meta)
        return `--to ${to} is not on the registry`;
    if (meta.deprecated)
        return `--to ${to} is deprecated ("${meta.deprecated}"): choose a good version`;
    if (to === bad)
        return `--to is the version being rolled back`;
    return undefined;
}


/***/ }),

/***/ 87736:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HQ: () => (/* binding */ expiryVerdict),
/* harmony export */   qJ: () => (/* binding */ expiryFromList)
/* harmony export */ });
/* unused harmony exports abbreviates, EXPIRY_WARNING_DAYS */
/**
 * When the npm token the release uses expires, as the registry says.
 * Granular npm write tokens live at most 90 days (npm docs, "About access
 * tokens"), so a release that worked last quarter can fail on the day of the
 * promote. `GET /-/npm/v1/tokens` lists the account's tokens (npm token list;
 * Verdaccio implements it) with an abbreviated token, `created` and, where the
 * registry has one, an expiry date. Pure: the registry adapter reads the list.
 */
/** The list shows a token as `abcde...vwxyz`, `npm_1f…` or a prefix: does it abbreviate this token? */
function abbreviates(shown, token) {
    const [head = '', tail = ''] = shown.split(/\.\.\.|…/);
    if (!head || head.length < 4)
        return false;
    return token.startsWith(head) && token.endsWith(tail);
}
/** Find this token in the list and read its expiry; a reason when the registry does not say. */
function expiryFromList(entries, token) {
    const mine = entries.filter((e) => typeof e.token === 'string' && abbreviates(e.token, token));
    if (mine.length !== 1)
        return {
            known: false,
            why: mine.length ? 'several tokens in the list match this one' : "the token is not in the registry's token list",
        };
    const entry = mine[0];
    const raw = entry.expires ?? entry.expiry;
    const date = raw ? new Date(raw) : undefined;
    if (!date || Number.isNaN(date.getTime()))
        return { known: false, why: "the registry's token list gives no expiry date for it" };
    return { known: true, expires: date, ...(entry.created ? { created: entry.created } : {}) };
}
const EXPIRY_WARNING_DAYS = 14;
const DAY_MS = 24 * 60 * 60 * 1000;
const TWO_FA = 'a granular token with read and write on this package, and "bypass 2FA" enabled when the account enforces 2FA for writes (off by default)';
/** A finding (expired: error; within 14 days: warning) or a note when the registry does not say. */
function expiryVerdict(expiry, credential, now) {
    if (!expiry.known)
        return { message: `${credential}: expiry unknown (${expiry.why}); granular npm write tokens live at most 90 days` };
    const day = expiry.expires.toISOString().slice(0, 10);
    const left = Math.floor((expiry.expires.getTime() - now.getTime()) / DAY_MS);
    if (expiry.expires.getTime() <= now.getTime())
        return {
            rule: 'credentials/token-expired',
            message: `${credential} expired on ${day}: every npm write with it fails; create a new one (${TWO_FA}) and replace the secret`,
        };
    if (left < EXPIRY_WARNING_DAYS)
        return {
            rule: 'credentials/token-expiring',
            message: `${credential} expires on ${day} (in ${left} day(s)): create a new one (${TWO_FA}) and replace the secret before then`,
        };
    return { message: `${credential} expires on ${day} (in ${left} days)` };
}


/***/ })

};

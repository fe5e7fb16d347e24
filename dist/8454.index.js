export const id = 8454;
export const ids = [8454];
export const modules = {

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

/***/ 37400:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AT: () => (/* binding */ DEPENDENCY_FIELDS),
/* harmony export */   Bd: () => (/* binding */ parseReleaseRequests),
/* harmony export */   ND: () => (/* binding */ releaseWhyText),
/* harmony export */   R1: () => (/* binding */ packagesOfPaths),
/* harmony export */   S2: () => (/* binding */ parseMonorepoLabels),
/* harmony export */   So: () => (/* binding */ releasesFromLabels),
/* harmony export */   eG: () => (/* binding */ artifactSlug),
/* harmony export */   jj: () => (/* binding */ dependentsToRelease),
/* harmony export */   n_: () => (/* binding */ movedSpec)
/* harmony export */ });
/* unused harmony exports RUNTIME_DEPENDENCY_FIELDS, packageAliases, internalSpecs, specFollows */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(62088);
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(semver__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _bump_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(57097);



const RUNTIME_DEPENDENCY_FIELDS = ['dependencies', 'optionalDependencies', 'peerDependencies'];
const DEPENDENCY_FIELDS = [...RUNTIME_DEPENDENCY_FIELDS, 'devDependencies'];
/** The package folders (of `dirs`) that hold each changed path: the deepest folder owns a path. */
function packagesOfPaths(dirs, paths) {
    const sorted = [...dirs].sort((a, b) => b.length - a.length);
    const touched = new Set();
    for (const file of paths) {
        const owner = sorted.find((dir) => dir === '.' || file === dir || file.startsWith(`${dir}/`));
        if (owner !== undefined)
            touched.add(owner);
    }
    return touched;
}
/** How a per-package label may name a package: its name, or its folder's last segment when unambiguous. */
function packageAliases(packages) {
    const aliases = new Map();
    const segments = new Map();
    for (const pkg of packages) {
        aliases.set(pkg.name.toLowerCase(), pkg.name);
        const last = (pkg.dir === '.' ? '' : (pkg.dir.split('/').pop() ?? '')).toLowerCase();
        if (last)
            segments.set(last, [...(segments.get(last) ?? []), pkg.name]);
    }
    for (const [segment, names] of segments)
        if (names.length === 1 && !aliases.has(segment))
            aliases.set(segment, names[0]);
    return aliases;
}
/** Splits labels into the global release labels and the per-package ones (`<release label>:<package>`). */
function parseMonorepoLabels(labels, names, packages) {
    const aliases = packageAliases(packages);
    const kinds = [..._bump_js__WEBPACK_IMPORTED_MODULE_2__/* .BUMPS */ .ou, 'skip'];
    const perPackage = new Map();
    const problems = [];
    const plain = [];
    for (const label of new Set(labels)) {
        const lower = label.toLowerCase();
        const kind = kinds.find((k) => lower.startsWith(`${names[k].toLowerCase()}:`));
        if (!kind) {
            plain.push(label);
            continue;
        }
        const ref = lower.slice(names[kind].length + 1).trim();
        const name = aliases.get(ref);
        if (!name) {
            problems.push(`label ${label} names no package of this repository (use a package name or its folder: ${[...aliases.keys()].sort().join(', ')})`);
            continue;
        }
        const earlier = perPackage.get(name);
        if (earlier) {
            problems.push(`${name} has 2 release labels (${earlier.label}, ${label}): keep exactly one`);
            continue;
        }
        perPackage.set(name, kind === 'skip' ? { kind: 'skip', label } : { kind: 'release', bump: kind, label });
    }
    return { global: (0,_bump_js__WEBPACK_IMPORTED_MODULE_2__/* .decideFromLabels */ .QK)(plain, names), perPackage, problems };
}
/**
 * The packages released by labels: the changed ones under the global label
 * (unless a per-package label says otherwise), and every package with a
 * per-package release label. Dependents are added by {@link dependentsToRelease}
 * once the new versions are known.
 */
function releasesFromLabels(options) {
    const { packages, changed, labels } = options;
    const out = [];
    for (const { name } of packages) {
        const own = labels.perPackage.get(name);
        if (own?.kind === 'skip')
            continue;
        if (own)
            out.push({ name, bump: own.bump, reason: 'label', because: own.label });
        else if (changed.has(name) && labels.global.kind === 'release')
            out.push({ name, bump: labels.global.bump, reason: 'changed', because: labels.global.label });
    }
    return out;
}
/** The range a dependent states for an internal package, if any, in the fields that matter. */
function internalSpecs(manifest, dependency, fields = RUNTIME_DEPENDENCY_FIELDS) {
    const out = [];
    for (const field of fields) {
        const deps = manifest[field];
        if (!deps || typeof deps !== 'object' || Array.isArray(deps))
            continue;
        const spec = deps[dependency];
        if (typeof spec === 'string')
            out.push({ field, spec });
    }
    return out;
}
/**
 * Whether a dependent's spec must change (or its published manifest changes)
 * when the dependency is released at `version`: always for `workspace:`; for
 * a semver range, when the version falls outside it. Other protocols (file:,
 * link:, catalog:, npm: aliases, tags) are not tied to the workspace version.
 */
function specFollows(spec, version) {
    if (spec.startsWith('workspace:'))
        return true;
    const range = semver__WEBPACK_IMPORTED_MODULE_1___default().validRange(spec);
    if (range === null || /^[a-z]+:/i.test(spec))
        return false;
    return !semver__WEBPACK_IMPORTED_MODULE_1___default().satisfies(version, spec);
}
/**
 * Packages not yet released that must follow the released ones (name ->
 * next version): each with a patch, naming what it follows. Call again with
 * their versions added until it returns nothing (a chain of dependents).
 */
function dependentsToRelease(packages, released) {
    const out = [];
    for (const pkg of packages) {
        if (released.has(pkg.name))
            continue;
        const follows = [...released]
            .filter(([dependency, version]) => internalSpecs(pkg.manifest, dependency).some(({ spec }) => specFollows(spec, version)))
            .map(([dependency]) => dependency);
        if (follows.length)
            out.push({ name: pkg.name, bump: 'patch', reason: 'dependent', because: follows.join(', ') });
    }
    return out;
}
/**
 * The spec a dependent gets for a released internal package: `workspace:`
 * specs stay (the package manager writes the version at pack time); a range
 * the new version satisfies stays; otherwise the range moves to the new
 * version keeping its operator (`^1.1.0` -> `^2.0.0`, `~1.1.0` -> `~1.2.0`,
 * `1.1.0` -> `2.0.0`); a compound range becomes `^version`. Undefined: unchanged.
 */
function movedSpec(spec, version) {
    if (!specFollows(spec, version) || spec.startsWith('workspace:'))
        return undefined;
    const simple = /^(\^|~|=|>=|)\s*v?\d+(\.\d+)?(\.\d+)?(-[0-9A-Za-z.-]+)?(\+[0-9A-Za-z.-]+)?$/.exec(spec.trim());
    if (simple)
        return `${simple[1] === '>=' ? '^' : (simple[1] ?? '')}${version}`;
    return `^${version}`;
}
/**
 * A name for a package's artifacts, unique per package folder, of
 * [A-Za-z0-9._-] only: the folder with other characters made `-` (40 at
 * most) and the first 8 hex digits of its sha256, exactly as the release
 * workflow names them (`tr -c 'A-Za-z0-9._-' '-' | cut -c1-40` and `sha256sum`).
 */
function artifactSlug(dir) {
    const slug = dir.replace(/[^A-Za-z0-9._-]/g, '-').slice(0, 40);
    return `${slug}-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(dir).digest('hex').slice(0, 8)}`;
}
/** Parses `--releases` JSON; throws an Error whose message names the entry and field at fault. */
function parseReleaseRequests(text) {
    let parsed;
    try {
        parsed = JSON.parse(text);
    }
    catch {
        throw new Error('is not JSON (expected the releases output of plan: [{"dir","bump"|"next-version"}, ...])');
    }
    if (!Array.isArray(parsed))
        throw new Error('must be a JSON array (the releases output of plan)');
    const seen = new Set();
    return parsed.map((entry, i) => {
        if (!entry || typeof entry !== 'object' || Array.isArray(entry))
            throw new Error(`[${i}] is not an object`);
        const record = entry;
        const dir = record.dir;
        if (typeof dir !== 'string' || !dir || dir.split(/[\\/]/).includes('..') || dir.startsWith('/'))
            throw new Error(`[${i}].dir must be a package folder relative to the repository root`);
        const clean = dir.replace(/\\/g, '/').replace(/\/+$/, '') || '.';
        if (seen.has(clean))
            throw new Error(`[${i}].dir ${clean} is listed twice`);
        seen.add(clean);
        const bump = record.bump;
        const version = record['next-version'];
        const request = { dir: clean };
        if (typeof record.name === 'string')
            request.name = record.name;
        // A bump is recomputed at the head the commit is made on (a lost race bumps again); an exact
        // version (bump "") is taken as it is.
        if (typeof bump === 'string' && bump !== '') {
            if (!_bump_js__WEBPACK_IMPORTED_MODULE_2__/* .BUMPS */ .ou.includes(bump))
                throw new Error(`[${i}].bump "${bump}" is not one of ${_bump_js__WEBPACK_IMPORTED_MODULE_2__/* .BUMPS */ .ou.join(', ')}`);
            request.bump = bump;
        }
        else if (typeof version === 'string' && version !== '') {
            if (!semver__WEBPACK_IMPORTED_MODULE_1___default().valid(version) || semver__WEBPACK_IMPORTED_MODULE_1___default().clean(version) !== version)
                throw new Error(`[${i}].next-version "${version}" is not a semver version`);
            request.version = version;
        }
        else
            throw new Error(`[${i}] needs "bump" (${_bump_js__WEBPACK_IMPORTED_MODULE_2__/* .BUMPS */ .ou.join(', ')}) or "next-version"`);
        return request;
    });
}
/** Why a package of a monorepo plan is released, as a reader says it (the plan table and the PR comment). */
function releaseWhyText(reason, because) {
    if (reason === 'resumed')
        return `resumed: release commit ${because} is already on the branch`;
    if (reason === 'dependent')
        return `depends on ${because}, released in this plan`;
    if (reason === 'label')
        return `labelled ${because} (its own label)`;
    if (because.startsWith('--'))
        return `changed; decided by ${because}`;
    if (because === 'conventional commits')
        return 'changed; decided by its commits since its last tag';
    return `changed; labelled ${because}`;
}


/***/ }),

/***/ 75648:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   NO: () => (/* binding */ releaseMessage),
/* harmony export */   RM: () => (/* binding */ releasedBySubject),
/* harmony export */   Wd: () => (/* binding */ releasesMessage),
/* harmony export */   _d: () => (/* binding */ releaseSubject),
/* harmony export */   oK: () => (/* binding */ findReleaseCommit)
/* harmony export */ });
/* unused harmony exports RELEASE_OF, releasesSubject, releasesBySubject, parseReleaseCommit */
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(62088);
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(semver__WEBPACK_IMPORTED_MODULE_0__);

/**
 * The release commit names the commit it releases in a git trailer:
 *
 *   chore(release): <name>@<version>
 *
 *   Release-Of: <sha>
 *
 * "Re-run all jobs" after a failure checks out the same pushed commit
 * (GITHUB_SHA) while the branch already holds the release commit made by the
 * first attempt. Finding that commit again by its trailer lets plan and version
 * resume the release instead of bumping a second time.
 */
const RELEASE_OF = 'Release-Of';
function releaseSubject(name, version) {
    return releasesSubject([{ name, version }]);
}
/** One commit for several packages of a monorepo: `chore(release): @a/x@1.2.0, @a/y@0.3.1`. */
function releasesSubject(releases) {
    return `chore(release): ${releases.map((r) => `${r.name}@${r.version}`).join(', ')}`;
}
function releaseMessage(name, version, releaseOf) {
    return releasesMessage([{ name, version }], releaseOf);
}
function releasesMessage(releases, releaseOf) {
    const subject = releasesSubject(releases);
    return releaseOf ? `${subject}\n\n${RELEASE_OF}: ${releaseOf}\n` : subject;
}
/** Every package and version a release commit subject names (one, or a monorepo's list); undefined when it is no release subject. Pure. */
function releasesBySubject(subject) {
    const match = /^chore\(release\): (.+)$/.exec(subject.trim());
    if (!match)
        return undefined;
    const out = [];
    // npm names hold no ", " (no spaces at all), so the list splits on it.
    for (const item of match[1].split(', ')) {
        const at = /^(.+)@([^@\s]+)$/.exec(item.trim());
        if (!at || !semver__WEBPACK_IMPORTED_MODULE_0___default().valid(at[2]))
            return undefined;
        out.push({ name: at[1], version: at[2] });
    }
    return out;
}
/** The package and version a release commit subject names (`chore(release): <name>@<version>`; a monorepo's commit: its first), any package. Pure. */
function releasedBySubject(subject) {
    const releases = releasesBySubject(subject);
    const first = releases?.[0];
    if (!first || !releases)
        return undefined;
    return releases.length > 1 ? { ...first, releases } : first;
}
/**
 * Pure: picks the newest commit of `git log` output (records of sha, subject,
 * Release-Of values) that releases `name` and names `releaseOf` (a full sha,
 * or an abbreviation of one, either way round).
 */
function parseReleaseCommit(logOutput, name, releaseOf) {
    for (const record of logOutput.split('\x1e')) {
        const [sha = '', subject = '', trailers = ''] = record.replace(/^\n/, '').split('\x1f');
        const releases = sha ? releasesBySubject(subject) : undefined;
        // undefined name: any release commit (a monorepo's, whichever packages it names).
        const mine = name === undefined ? releases?.[0] : releases?.find((r) => r.name === name);
        if (!mine || !releases)
            continue;
        const version = mine.version;
        const named = trailers
            .split(',')
            .map((t) => t.trim().toLowerCase())
            .filter(Boolean);
        const wanted = releaseOf.toLowerCase();
        if (named.some((t) => t.startsWith(wanted) || wanted.startsWith(t)))
            return { sha: sha.trim(), version, ...(releases.length > 1 ? { releases } : {}) };
    }
    return undefined;
}
/**
 * Looks on the remote branch (fetched first) for the release commit of
 * `name` made for `releaseOf`. Undefined when there is none, or when the
 * branch cannot be fetched (no remote: a local run has nothing to resume).
 */
async function findReleaseCommit(git, options) {
    const { cwd, branch, name, releaseOf } = options;
    let rev = 'HEAD';
    if (options.fetch !== false) {
        const fetched = await git.fetchBranch(cwd, branch);
        if (!fetched.ok)
            return undefined;
        rev = `refs/remotes/origin/${branch}`;
    }
    const output = await git.logGrep(cwd, rev, `${RELEASE_OF}: ${releaseOf}`);
    return output === undefined ? undefined : parseReleaseCommit(output, name, releaseOf);
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

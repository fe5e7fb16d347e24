export const id = 8281;
export const ids = [8281];
export const modules = {

/***/ 77687:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ buildChangelog)
/* harmony export */ });
/* unused harmony export releaseDate */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _release_changelog_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73169);
/* harmony import */ var _github_client_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(18750);
/* harmony import */ var _release_entries_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(89799);
/* harmony import */ var _surface_diff_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(91898);
/* harmony import */ var _release_target_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(43609);
/* harmony import */ var _surface_capture_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(64564);







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

/***/ 68281:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  explainApiRefusal: () => (/* binding */ explainApiRefusal),
  explainPushRejection: () => (/* binding */ explainPushRejection),
  isNonFastForward: () => (/* binding */ isNonFastForward),
  versionCommand: () => (/* binding */ versionCommand)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ../main/node_modules/semver/index.js
var semver = __webpack_require__(73880);
var semver_default = /*#__PURE__*/__webpack_require__.n(semver);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(92174);
// EXTERNAL MODULE: ./src/github/client.ts
var github_client = __webpack_require__(18750);
;// CONCATENATED MODULE: ./src/github/git-database.ts
/** How long one API call may take, its retries included, before it counts as unanswered. */
const DEFAULT_TIMEOUT_MS = 60_000;
async function commitViaApi(github, target, input) {
    const repo = { owner: target.owner, repo: target.repo };
    // octokit has no timeout of its own: a request GitHub never answers would hold the job until the runner's limit.
    const request = () => ({ request: { signal: AbortSignal.timeout(input.timeoutMs ?? DEFAULT_TIMEOUT_MS) } });
    let step = 'creating the blobs';
    let made;
    try {
        const tree = [];
        for (const change of input.changes) {
            const { data } = await github.rest.git.createBlob({
                ...repo,
                content: change.content.toString('base64'),
                encoding: 'base64',
                ...request(),
            });
            tree.push({ path: change.path, mode: change.mode, type: 'blob', sha: data.sha });
        }
        step = 'creating the tree';
        const { data: newTree } = await github.rest.git.createTree({
            ...repo,
            base_tree: input.baseTree,
            tree,
            ...request(),
        });
        step = 'creating the commit';
        // No author or committer: GitHub then makes the token's actor the author and signs the commit.
        const { data: commit } = await github.rest.git.createCommit({
            ...repo,
            message: input.message,
            tree: newTree.sha,
            parents: [input.parent],
            ...request(),
        });
        made = { sha: commit.sha, verified: commit.verification.verified };
        step = `updating refs/heads/${input.branch}`;
        await github.rest.git.updateRef({
            ...repo,
            ref: `heads/${input.branch}`,
            sha: commit.sha,
            force: false,
            ...request(),
        });
        return { kind: 'committed', ...made };
    }
    catch (error) {
        const e = error;
        const message = e.response?.data?.message ?? e.message ?? String(error);
        if (e.status === 422 && /not a fast.?forward/i.test(message))
            return { kind: 'not-fast-forward' };
        if (e.status === 401 || e.status === 403 || e.status === 404 || e.status === 409 || e.status === 422)
            return { kind: 'refused', status: e.status, message, step };
        // Transport failures reach us as octokit RequestErrors with a status (500 for a timeout or a reset); anything else is a defect.
        if (typeof e.status !== 'number')
            throw error;
        const unanswered = `${e.status && e.status !== 500 ? `HTTP ${e.status} ` : ''}${message}`;
        if (!made)
            return { kind: 'unanswered', message: unanswered, step, branchMoved: false };
        // The ref update may have landed with its answer lost: the branch itself says which.
        const head = await github.rest.git.getRef({ ...repo, ref: `heads/${input.branch}`, ...request() }).then((r) => r.data.object.sha, () => undefined);
        if (head === made.sha)
            return { kind: 'committed', ...made };
        return { kind: 'unanswered', message: unanswered, step, branchMoved: head === undefined ? undefined : false };
    }
}

// EXTERNAL MODULE: ./src/release/bump.ts
var release_bump = __webpack_require__(36599);
// EXTERNAL MODULE: ./src/release/monorepo-plan.ts
var monorepo_plan = __webpack_require__(8118);
// EXTERNAL MODULE: ./src/release/release-commit.ts
var release_commit = __webpack_require__(71506);
// EXTERNAL MODULE: ./src/release/release-target.ts
var release_target = __webpack_require__(16966);
// EXTERNAL MODULE: ../main/node_modules/jsonc-parser/lib/umd/main.js
var main = __webpack_require__(69131);
;// CONCATENATED MODULE: ./src/release/version-files.ts



function editJson(text, edits) {
    const indent = /\n(\s+)"/.exec(text)?.[1] ?? '  ';
    const formattingOptions = {
        insertSpaces: !indent.includes('\t'),
        tabSize: indent.includes('\t') ? 1 : indent.length,
        eol: text.includes('\r\n') ? '\r\n' : '\n',
    };
    let out = text;
    for (const [jsonPath, value] of edits)
        out = (0,main.applyEdits)(out, (0,main.modify)(out, jsonPath, value, { formattingOptions }));
    return out;
}
function planText(file, before, edits) {
    if (before === undefined)
        return undefined;
    const doc = (0,main.parse)(before);
    if (!doc || typeof doc !== 'object')
        return undefined;
    const list = edits(doc);
    if (list.length === 0)
        return undefined;
    const after = editJson(before, list);
    return after === before ? undefined : { file, before, after };
}
/** The files that may state the version: package.json, the lockfile, server.json. */
function versionFiles(target) {
    return {
        manifest: external_node_path_default().join(target.dir, 'package.json'),
        lock: external_node_path_default().join(target.repoRoot, 'package-lock.json'),
        server: external_node_path_default().join(target.dir, 'server.json'),
    };
}
/**
 * Pure: the edits over given file contents (absolute path -> text, undefined
 * when the file is absent). A release that lost a push race re-applies them to
 * the new head's files, so a sibling's bump in the shared lockfile is kept.
 */
function versionEditsOf(texts, input) {
    const { relativeDir, name, version } = input;
    const files = versionFiles(input);
    const edits = [];
    edits.push(planText(files.manifest, texts.get(files.manifest), () => [[['version'], version]]));
    edits.push(planText(files.lock, texts.get(files.lock), (lock) => {
        const list = [];
        const packages = (lock.packages ?? {});
        if (relativeDir === '' && lock.name === name)
            list.push([['version'], version]);
        const entry = packages[relativeDir.split((external_node_path_default()).sep).join('/')];
        if (entry && (entry.name === undefined || entry.name === name) && entry.version !== undefined)
            list.push([['packages', relativeDir.split((external_node_path_default()).sep).join('/'), 'version'], version]);
        return list;
    }));
    edits.push(planText(files.server, texts.get(files.server), (server) => {
        const list = [];
        if (typeof server.version === 'string')
            list.push([['version'], version]);
        const packages = Array.isArray(server.packages)
            ? server.packages
            : [];
        packages.forEach((entry, i) => {
            if (entry.registryType === 'npm' && entry.identifier === name && typeof entry.version === 'string')
                list.push([['packages', i, 'version'], version]);
        });
        return list;
    }));
    return edits.filter((e) => Boolean(e));
}
/**
 * Pure: a workspace package's internal dependency specs moved for the
 * released packages (name -> new version), in package.json's dependency
 * fields: `workspace:` specs and ranges that hold the new version stay;
 * others move keeping their operator (monorepo-plan's movedSpec).
 */
function dependencyRangeEdits(file, text, released) {
    return planText(file, text, (doc) => rangeEditsIn(doc, [], released));
}
function rangeEditsIn(doc, at, released) {
    const list = [];
    for (const field of monorepo_plan/* DEPENDENCY_FIELDS */.AT) {
        const deps = doc[field];
        if (!deps || typeof deps !== 'object' || Array.isArray(deps))
            continue;
        for (const [name, version] of released) {
            const spec = deps[name];
            const moved = typeof spec === 'string' ? (0,monorepo_plan/* movedSpec */.n_)(spec, version) : undefined;
            if (moved)
                list.push([[...at, field, name], moved]);
        }
    }
    return list;
}
/**
 * Pure: the same moves in npm's package-lock.json, which records each
 * workspace package's declared specs under `packages["<folder>"]`: the
 * release writes what `npm install` itself writes there after the change
 * (checked with npm 10). Entries under node_modules are installed copies,
 * not workspace packages: left alone.
 *
 * bun.lock is kept in step by {@link bunLockEdits}. pnpm-lock.yaml and yarn
 * berry's yarn.lock are left as they are: neither records a workspace
 * package's version (pnpm: `version: link:../../packages/lib` under the
 * importer; yarn: `version: 0.0.0-use.local`), so `pnpm install
 * --frozen-lockfile` and `yarn install --immutable` pass after a bump
 * (checked with pnpm 10.20 and yarn 4.18). Both record the declared spec,
 * which a `workspace:` spec keeps; a plain range moved in such a workspace
 * (rare: pnpm links plain ranges only with link-workspace-packages) needs
 * the manager's install to record it.
 */
function lockRangeEdits(file, text, released) {
    return planText(file, text, (lock) => {
        const packages = lock.packages;
        if (!packages || typeof packages !== 'object')
            return [];
        const list = [];
        for (const [key, entry] of Object.entries(packages)) {
            if (key.split('/').includes('node_modules') || !entry || typeof entry !== 'object')
                continue;
            list.push(...rangeEditsIn(entry, ['packages', key], released));
        }
        return list;
    });
}
/**
 * Pure: bun.lock (JSONC, trailing commas kept) records each workspace
 * package's version and declared specs under `workspaces["<folder>"]`, and
 * `bun install` rewrites them from package.json: the release writes what
 * bun would. `versions` maps released folders (POSIX, relative to the root) to their new version.
 */
function bunLockEdits(file, text, versions, released) {
    return planText(file, text, (lock) => {
        const workspaces = lock.workspaces;
        if (!workspaces || typeof workspaces !== 'object')
            return [];
        const list = [];
        for (const [key, entry] of Object.entries(workspaces)) {
            if (!entry || typeof entry !== 'object')
                continue;
            const version = versions.get(key === '' ? '.' : key);
            if (version && typeof entry.version === 'string')
                list.push([['workspaces', key, 'version'], version]);
            list.push(...rangeEditsIn(entry, ['workspaces', key], released));
        }
        return list;
    });
}

// EXTERNAL MODULE: ./src/release/changelog.ts
var release_changelog = __webpack_require__(73169);
;// CONCATENATED MODULE: ./src/release/version-plan.ts



function changelogFile(target) {
    return external_node_path_default().join(target.dir, 'CHANGELOG.md');
}
/** Every file a release may write (absolute paths). */
function releaseFiles(target) {
    const files = versionFiles(target);
    return [files.manifest, files.lock, files.server, changelogFile(target)];
}
/** The content of each release file once `target.version` is released over `texts` (undefined: absent and staying so). */
function releaseContents(texts, target, section) {
    const out = new Map(releaseFiles(target).map((file) => [file, texts.get(file)]));
    for (const edit of versionEditsOf(texts, target))
        out.set(edit.file, edit.after);
    const changelog = changelogFile(target);
    out.set(changelog, (0,release_changelog/* insertSection */.hb)(texts.get(changelog), target.version, section));
    return out;
}
/**
 * Compares the release over the base with the release over the working tree:
 * a file is the run's own leftover (or untouched) when releasing over its disk
 * content gives the same result as releasing over the base, so a changelog
 * section written by an earlier attempt (another date) or a half-bumped set of
 * files is taken over, while any other edit is reported as foreign.
 */
function planVersion(input) {
    const { base, disk, target, section } = input;
    const fromBase = releaseContents(base, target, section);
    const fromDisk = releaseContents(disk, target, section);
    const files = [];
    const foreign = [];
    for (const [file, after] of fromBase) {
        if (fromDisk.get(file) !== after)
            foreign.push(file);
        if (after !== undefined && after !== base.get(file))
            files.push({ file, before: base.get(file), after });
    }
    return { version: target.version, files, toWrite: files.filter((f) => disk.get(f.file) !== f.after), foreign };
}
/**
 * The release files a commit still lacks for `target.version`: a version field
 * not set in package.json, the lockfile or server.json, or no CHANGELOG
 * section for it. Empty means the commit holds the whole release (releasing it
 * again would change no version field), whatever its message says.
 */
function missingFromRelease(texts, target) {
    const missing = versionEditsOf(texts, target).map((e) => e.file);
    const changelog = texts.get(changelogFile(target));
    if (changelog === undefined || (0,release_changelog/* extractSection */.Xl)(changelog, target.version) === undefined)
        missing.push(changelogFile(target));
    return missing;
}
/** Every file a monorepo release may write: each released package's files, every workspace manifest, bun.lock. */
function releaseFilesMany(parts, manifests, repoRoot) {
    const files = new Set();
    for (const { target } of parts)
        for (const file of releaseFiles(target))
            files.add(file);
    for (const manifest of manifests)
        files.add(manifest);
    files.add(bunLockFile(repoRoot));
    return [...files];
}
const bunLockFile = (repoRoot) => external_node_path_default().join(repoRoot, 'bun.lock');
/**
 * The content of each file once every part is released over `texts`: each
 * package's own files in turn (so the shared lockfile holds every bump), then
 * the internal dependency specs of every workspace manifest (and npm's and
 * bun's lockfiles) moved for the new versions.
 */
function releaseContentsMany(texts, parts, manifests, repoRoot) {
    const files = releaseFilesMany(parts, manifests, repoRoot);
    const out = new Map(files.map((file) => [file, texts.get(file)]));
    for (const part of parts)
        for (const [file, content] of releaseContents(out, part.target, part.section))
            out.set(file, content);
    const released = new Map(parts.map((p) => [p.target.name, p.target.version]));
    for (const manifest of manifests) {
        const edit = dependencyRangeEdits(manifest, out.get(manifest), released);
        if (edit)
            out.set(manifest, edit.after);
    }
    const lock = versionFiles({ dir: repoRoot, repoRoot }).lock;
    const lockEdit = lockRangeEdits(lock, out.get(lock), released);
    if (lockEdit)
        out.set(lock, lockEdit.after);
    const bun = bunLockFile(repoRoot);
    const folders = new Map(parts.map((p) => [p.target.relativeDir.split((external_node_path_default()).sep).join('/') || '.', p.target.version]));
    const bunEdit = bunLockEdits(bun, out.get(bun), folders, released);
    if (bunEdit)
        out.set(bun, bunEdit.after);
    return out;
}
/** {@link planVersion} for a monorepo release: several packages, one commit. `version` names them all. */
function planVersionMany(input) {
    const { base, disk, parts, manifests, repoRoot } = input;
    const fromBase = releaseContentsMany(base, parts, manifests, repoRoot);
    const fromDisk = releaseContentsMany(disk, parts, manifests, repoRoot);
    const files = [];
    const foreign = [];
    for (const [file, after] of fromBase) {
        if (fromDisk.get(file) !== after)
            foreign.push(file);
        if (after !== undefined && after !== base.get(file))
            files.push({ file, before: base.get(file), after });
    }
    return {
        version: parts.map((p) => `${p.target.name}@${p.target.version}`).join(', '),
        files,
        toWrite: files.filter((f) => disk.get(f.file) !== f.after),
        foreign,
    };
}

// EXTERNAL MODULE: ./src/report/model.ts
var model = __webpack_require__(46997);
// EXTERNAL MODULE: ./src/rules.ts + 3 modules
var src_rules = __webpack_require__(7800);
// EXTERNAL MODULE: ./src/commands/changelog-build.ts
var changelog_build = __webpack_require__(77687);
// EXTERNAL MODULE: ./src/commands/define-command.ts
var define_command = __webpack_require__(3445);
// EXTERNAL MODULE: ./src/commands/option-catalog.ts
var option_catalog = __webpack_require__(27405);
// EXTERNAL MODULE: ./src/commands/packages.ts + 1 modules
var commands_packages = __webpack_require__(63633);
// EXTERNAL MODULE: ./src/commands/release-target.ts + 1 modules
var commands_release_target = __webpack_require__(43609);
;// CONCATENATED MODULE: ./src/commands/version.ts



















const OPTIONS = (0,define_command/* pickOptions */.Sb)({
    directory: { description: option_catalog/* SHARED_DESCRIPTIONS */.OD.packageFolder },
    version: {
        description: 'The exact version to set (give this or {--bump}).',
        schema: (0,option_catalog/* versionInput */.Xf)().optional(),
    },
    bump: {
        description: 'Instead of {--version}: major, minor, patch or prerelease of the package.json version at the head the commit is made on (a release that lost a push race bumps again from the new head).',
    },
    commit: true,
    push: true,
    'dry-run': {
        description: 'Compute the version and the file changes and say what would be written, committed and pushed; change nothing.',
    },
    'release-of': true,
    'commit-via': true,
    repo: {
        description: 'GitHub repository owner/name whose merged PRs make the CHANGELOG entries, and which {--commit-via} api writes to (default: GITHUB_REPOSITORY in Actions; with GITHUB_TOKEN).',
    },
    config: { description: option_catalog/* SHARED_DESCRIPTIONS */.OD.configInRepository },
    'fail-on': { description: option_catalog/* SHARED_DESCRIPTIONS */.OD.failOnError },
    releases: true,
    registry: {
        description: `With {--bump}: the registry whose latest and published versions the bump starts from and skips (default: the config's registry, else ${option_catalog/* NPM_REGISTRY_URL */.uX}).`,
    },
});
const versionCommand = (0,define_command/* defineCommand */.NB)({
    name: 'version',
    aliases: ['bump'],
    summary: 'Set the version in package.json, the lockfile and server.json, write the CHANGELOG section, and commit and push the bump (each step skipped when already done).',
    positional: 'directory',
    options: OPTIONS,
    outputs: {
        files: 'JSON array of the files changed (with {--dry-run}: that would change).',
        commit: 'With {--commit} or {--push}: the release commit (HEAD after the bump).',
        pushed: '"true" when the commit was pushed by this run.',
        version: 'The version set (with {--bump}, computed at the head it was committed on).',
        releases: 'With {--releases}: JSON array of the packages released by the one commit, each {"name","dir","current-version","next-version","bump"} with the version computed at the head it was committed on.',
    },
    run: version,
});
/** How often a release that lost a push race re-applies its bump on the new head. */
const MAX_ATTEMPTS = 5;
/** Names the ruleset rules a refusal lists, with what to change for each. */
function explainRules(text, branch) {
    const fixes = [];
    if (/verified signatures|signed commits/i.test(text))
        fixes.push('"Require signed commits": commits made by git on the runner are unsigned; use `commit-via: api` (GitHub signs commits it creates through its API for an App or Actions token)');
    if (/through a pull request|pull request/i.test(text))
        fixes.push('"Require a pull request before merging": use a token of an actor in the ruleset\'s bypass list (e.g. a GitHub App, passed as the release-token secret)');
    if (fixes.length === 0)
        fixes.push("add the workflow's identity (the GitHub Actions app, or the release bot or App) to the ruleset's bypass list");
    return `a repository ruleset refused the release commit on ${branch}: ${fixes.join('; ')}`;
}
/** git's push refusals, as the change a maintainer has to make. */
function explainPushRejection(stderr, branch) {
    if (/GH006|protected branch/i.test(stderr))
        return `branch ${branch} is protected and refused the release commit: let the workflow's identity bypass the protection (or the "Require a pull request" rule), or use a token that may`;
    if (/GH013|rule violations|ruleset/i.test(stderr))
        return explainRules(stderr, branch);
    if (/permission to .* denied|returned error: 403|403 forbidden/i.test(stderr))
        return `the token may not push to ${branch}: the job needs \`permissions: contents: write\``;
    if (/fetch first|non-fast-forward|\[rejected\]|failed to update ref/i.test(stderr))
        return `${branch} kept moving: the release commit was re-applied on its new head ${MAX_ATTEMPTS} times and lost every race; re-run the release`;
    return `git push failed: ${stderr
        .split('\n')
        .filter((l) => l.trim())
        .slice(0, 3)
        .join(' | ')}`;
}
/** The GitHub API's refusals of the release commit (commit-via api), as the change a maintainer has to make. */
function explainApiRefusal(refusal, branch) {
    if (/rule violations/i.test(refusal.message))
        return explainRules(refusal.message, branch);
    if (refusal.status === 401)
        return `GitHub rejected the token while ${refusal.step} (401): check GITHUB_TOKEN`;
    if (refusal.status === 403 || refusal.status === 404)
        return `the token may not write to the repository (${refusal.status} ${refusal.message} while ${refusal.step}): the job needs \`permissions: contents: write\` (or pass a release-token that has it)`;
    return `GitHub refused the release commit while ${refusal.step} (${refusal.status} ${refusal.message})`;
}
/** A push that lost a race: the branch moved since the head the commit was made on. */
function isNonFastForward(text) {
    return /\[rejected\].*\((fetch first|non-fast-forward)\)|failed to update ref|cannot lock ref|incorrect old value/i.test(text);
}
/** GitHub did not answer a read the release needs (the PRs of the changelog): a finding, not a usage error. */
class GitHubReadFailed extends Error {
}
/**
 * The release computed before anything is written. In commit mode the base is
 * a commit (HEAD, or the parent of an unpushed release commit being redone
 * through the API), so what is committed never depends on what an earlier,
 * interrupted run left in the working tree; without --commit it is the
 * working tree itself (the run only edits files). Called again after a lost
 * race, so the edits land on what the other release committed (a shared
 * lockfile keeps both bumps).
 */
async function prepare(target, input, context, options) {
    const files = releaseFiles(target);
    const disk = await readTexts(context, files);
    const base = options.baseRev ? await textsAt(context, target.repoRoot, options.baseRev, files) : disk;
    const current = headVersion(base.get(versionFiles(target).manifest)) ?? target.version;
    const next = input.version ??
        options.resumeVersion ??
        (await bumpFromRegistry(target, current, input.bump, options.registry));
    if (semver_default().valid(current) && semver_default().lt(next, current))
        throw new errors/* UsageError */.eb(`version: --version ${next} is lower than package.json's ${current}`);
    const { section } = await (0,changelog_build/* buildChangelog */.L)(target, next, false, input.repo, context).catch((error) => {
        if (typeof error.status !== 'number')
            throw error;
        throw new GitHubReadFailed(`${(0,github_client/* describeGitHubError */.dZ)(error, 'reading the merged PRs for the CHANGELOG section', 'pull-requests: read')}; nothing was written or committed, re-run the job`);
    });
    return planVersion({ base, disk, target: { ...target, version: next }, section });
}
/**
 * --bump: the next version from the higher of the head's package.json and the
 * registry's latest, never one the registry has (plan computed the same; this
 * recomputes at the head the commit is made on).
 */
async function bumpFromRegistry(target, current, bump, registry) {
    const state = registry ? await registry.read(target.name) : undefined;
    const behind = registry ? (0,release_bump/* behindRegistryMessage */.le)(current, state?.latest, registry.url) : undefined;
    if (behind)
        registry?.behind(behind);
    return (0,release_bump/* nextVersion */.yU)({
        current,
        bump,
        preid: target.preid,
        published: state?.published ?? [],
        latest: state?.latest,
    });
}
/** The registry read of --bump: a registry that cannot be read leaves package.json the base (plan, before, checked it), with a note. */
function registryReader(context, url, findings, notes, target) {
    const said = new Set();
    return {
        url,
        async read(name) {
            try {
                const state = await context.adapters.npmRegistry.packageState(url, name, undefined, 1);
                return {
                    published: Object.keys(state.versions),
                    ...(state.distTags.latest ? { latest: state.distTags.latest } : {}),
                };
            }
            catch (error) {
                const note = `registry not read (${error.message}): --bump starts from package.json alone`;
                if (!said.has(note))
                    notes.push(note);
                said.add(note);
                return undefined;
            }
        },
        behind(message) {
            if (said.has(message))
                return;
            said.add(message);
            findings.push(...(0,src_rules/* rateAll */.US)([{ rule: 'plan/behind-registry', message, file: relativeTo(target.repoRoot, versionFiles(target).manifest) }], target.config.rules));
        },
    };
}
/** The files' texts in the working tree (undefined: absent). */
async function readTexts(context, files) {
    const { fs } = context.adapters;
    return new Map(await Promise.all(files.map(async (file) => [file, await fs.readFile(file, 'utf8').catch(() => undefined)])));
}
async function textsAt(context, repoRoot, rev, files) {
    const { git } = context.adapters;
    return new Map(await Promise.all(files.map(async (file) => [file, await git.readAtRev(repoRoot, rev, relativeTo(repoRoot, file))])));
}
const relativeTo = (repoRoot, file) => external_node_path_default().relative(repoRoot, file).split((external_node_path_default()).sep).join('/');
/** The release files a commit lacks for `version` (empty: it holds the whole release). */
async function missingAt(context, target, sha, version) {
    const texts = await textsAt(context, target.repoRoot, sha, releaseFiles(target));
    return missingFromRelease(texts, { ...target, version }).map((f) => relativeTo(target.repoRoot, f));
}
function headVersion(manifest) {
    try {
        const parsed = JSON.parse(manifest ?? '');
        return typeof parsed.version === 'string' ? parsed.version : undefined;
    }
    catch {
        return undefined;
    }
}
/** The branch to push to: the pushed ref in Actions (not a PR merge ref), else the checked-out branch. */
async function releaseBranch(context, repoRoot) {
    const { ref, refName } = context.settings.github;
    const branch = refName && !ref?.startsWith('refs/pull/') ? refName : await context.adapters.git.currentBranch(repoRoot);
    if (!branch)
        throw new errors/* UsageError */.eb('version: --push: HEAD is not on a branch (detached); check out the branch to release from');
    return branch;
}
/**
 * HEAD itself, when it is this run's release commit and complete: a run
 * killed between its commit and its push (or a re-run in the same checkout).
 * Recognised by its Release-Of trailer, or (no trailer to go by) by its
 * subject for --version. It is pushed as it is, never committed again.
 */
async function unpushedRelease(context, target, input, releaseOf) {
    const { git } = context.adapters;
    const head = await git.headCommit(target.repoRoot);
    if (!head)
        return undefined;
    let candidate;
    if (releaseOf)
        candidate = await (0,release_commit/* findReleaseCommit */.oK)(git, {
            cwd: target.repoRoot,
            branch: '',
            name: target.name,
            releaseOf,
            fetch: false,
        });
    else if (input.version &&
        (await git.commitSubject(target.repoRoot, head)) === (0,release_commit/* releaseSubject */._d)(target.name, input.version))
        candidate = { sha: head, version: input.version };
    if (candidate?.sha !== head)
        return undefined;
    return (await missingAt(context, target, head, candidate.version)).length === 0 ? candidate : undefined;
}
/** Whether the remote branch (fetched) contains the commit. */
async function onBranch(context, repoRoot, branch, sha) {
    const { git } = context.adapters;
    if (!(await git.fetchBranch(repoRoot, branch)).ok)
        return false;
    return (await git.run(repoRoot, ['merge-base', '--is-ancestor', sha, `refs/remotes/origin/${branch}`])).code === 0;
}
async function version(input, context) {
    const started = performance.now();
    if (input.releases !== undefined)
        return versionMany(input, context, started);
    if (Boolean(input.version) === Boolean(input.bump))
        throw new errors/* UsageError */.eb('version: give exactly one of --version (an exact version) and --bump (major, minor, patch or prerelease)');
    const via = input['commit-via'] ?? 'git';
    if (via === 'api' && !input.push)
        throw new errors/* UsageError */.eb('version: --commit-via api writes the branch on GitHub, so it needs --push');
    const { fs, git, workingTree } = context.adapters;
    const target = await (0,commands_release_target/* openReleaseTarget */.L)(context, input.directory, input.config, 'version');
    const findings = [];
    const notes = [];
    const commit = Boolean(input.commit || input.push);
    const outputs = {};
    const done = () => (0,commands_packages/* aggregateReport */.yf)('version', [
        {
            name: target.name,
            version: outputs.version ?? input.version ?? target.version,
            dir: external_node_path_default().relative(context.cwd, target.dir) || '.',
            ok: (0,model/* isOk */.HQ)(findings, input['fail-on'] ?? 'error'),
            findings,
        },
    ], { total: Math.round(performance.now() - started) }, notes, outputs);
    if (input.version && semver_default().valid(target.version) && semver_default().lt(input.version, target.version))
        throw new errors/* UsageError */.eb(`version: ${input.version} is lower than package.json's ${target.version}`);
    const token = context.settings.credentials.gitToken;
    const redact = (text) => (token ? text.split(token).join('***') : text);
    const branch = input.push ? await releaseBranch(context, target.repoRoot) : undefined;
    const releaseOf = input['release-of'] ?? context.settings.github.sha;
    // A re-run of a release whose commit is already on the branch: resume, never bump twice. The
    // commit counts only when it holds the whole release: a message or a trailer alone is no release.
    let resumeVersion;
    if (commit && releaseOf) {
        const found = await (0,release_commit/* findReleaseCommit */.oK)(git, {
            cwd: target.repoRoot,
            branch: branch ?? '',
            name: target.name,
            releaseOf,
            fetch: Boolean(branch),
        });
        if (found) {
            const missing = await missingAt(context, target, found.sha, found.version);
            if (missing.length === 0) {
                Object.assign(outputs, { files: '[]', commit: found.sha, pushed: 'false', version: found.version });
                notes.push(`already released by ${found.sha} (${(0,release_commit/* releaseSubject */._d)(target.name, found.version)}, Release-Of: ${releaseOf}): nothing changed`);
                return done();
            }
            resumeVersion = found.version;
            notes.push(`${found.sha} says it releases ${found.version} (Release-Of: ${releaseOf}) but lacks ${missing.join(', ')} at that version: committing the rest of the release`);
        }
    }
    const unpushed = commit ? await unpushedRelease(context, target, input, releaseOf) : undefined;
    if (unpushed && via === 'api' && (await onBranch(context, target.repoRoot, branch, unpushed.sha))) {
        Object.assign(outputs, { files: '[]', commit: unpushed.sha, pushed: 'false', version: unpushed.version });
        notes.push('the release commit is already HEAD', `${branch} already holds ${unpushed.sha}: nothing changed`);
        return done();
    }
    resumeVersion ??= unpushed?.version;
    // Through the API an unpushed local commit cannot be sent as it is: it is made again on its parent.
    const baseRev = !commit ? undefined : unpushed && via === 'api' ? `${unpushed.sha}~1` : 'HEAD';
    const registry = registryReader(context, (0,release_target/* withSlash */.Ec)(input.registry ?? target.registry), findings, notes, target);
    const rel = (file) => relativeTo(target.repoRoot, file);
    const refuseForeign = (plan) => {
        if (plan.foreign.length)
            throw new errors/* UsageError */.eb(`version: ${plan.foreign.map(rel).join(', ')} ${plan.foreign.length === 1 ? 'has' : 'have'} uncommitted changes besides the release (neither ${baseRev ?? 'HEAD'}'s content nor the ${plan.version} bump): commit or discard them, then re-run; nothing was changed`);
    };
    const githubFailed = (error) => {
        if (!(error instanceof GitHubReadFailed))
            return false;
        findings.push(...(0,src_rules/* rateAll */.US)([{ rule: 'plan/github-failed', message: redact(error.message) }], target.config.rules));
        return true;
    };
    if (input['dry-run']) {
        let plan;
        try {
            plan = await prepare(target, input, context, {
                ...(baseRev ? { baseRev } : {}),
                ...(resumeVersion ? { resumeVersion } : {}),
                registry,
            });
        }
        catch (error) {
            if (githubFailed(error))
                return done();
            throw error;
        }
        refuseForeign(plan);
        outputs.version = plan.version;
        outputs.files = JSON.stringify(plan.files.map((c) => rel(c.file)));
        const edited = plan.files.filter((c) => !c.file.endsWith('CHANGELOG.md')).map((c) => rel(c.file));
        notes.push(`dry run: would set ${plan.version} in ${edited.join(', ') || 'no file (already set)'} and write the CHANGELOG section${commit ? `, then commit "${(0,release_commit/* releaseSubject */._d)(target.name, plan.version)}"${input.push ? ` and push${via === 'api' ? ' through the GitHub API' : ''}` : ''}` : ''}`);
        return done();
    }
    // A git killed mid-command (a cancelled job, a crash) leaves its lock: every later git write fails on it.
    // Whether its owner is dead cannot be told from here, so the run stops before writing and says what to do.
    const lock = commit ? await git.indexLock(target.repoRoot) : undefined;
    if (lock)
        throw new errors/* UsageError */.eb(`version: ${lock} exists: a git command is running in this checkout, or was killed in the middle (e.g. an interrupted release); if none is running, delete that file and re-run; nothing was changed`);
    // Everything below may write: a failure anywhere puts the checkout back as it was found.
    const snapshot = await workingTree.snapshot(target.repoRoot, releaseFiles(target), commit);
    const putBack = async () => {
        const problems = await workingTree.restore(snapshot);
        notes.push(problems.length
            ? `the checkout could NOT be fully put back: ${problems.join('; ')}`
            : 'the checkout is as this run found it (files, index and HEAD)');
        outputs.commit = (await git.headCommit(target.repoRoot)) ?? '';
        outputs.pushed = 'false';
    };
    try {
        for (let attempt = 1;; attempt += 1) {
            let outcome;
            if (unpushed && via === 'git' && attempt === 1) {
                Object.assign(outputs, { version: unpushed.version, files: '[]' });
                notes.push('the release commit is already HEAD', `HEAD ${unpushed.sha} holds ${unpushed.version} in every release file: nothing to commit`);
                outcome = branch
                    ? await pushHead(context, target.repoRoot, branch, unpushed.sha)
                    : { kind: 'done', commit: unpushed.sha, pushed: false, note: '' };
            }
            else {
                const plan = await prepare(target, input, context, {
                    ...(baseRev && attempt === 1 ? { baseRev } : baseRev ? { baseRev: 'HEAD' } : {}),
                    ...(resumeVersion ? { resumeVersion } : {}),
                    registry,
                });
                refuseForeign(plan);
                outputs.version = plan.version;
                const changed = plan.files.map((c) => rel(c.file));
                outputs.files = JSON.stringify(changed);
                if (!commit) {
                    for (const change of plan.toWrite)
                        await fs.writeFile(change.file, change.after);
                    notes.push(changed.length
                        ? `set ${plan.version} in ${changed.join(', ')}`
                        : `${plan.version} is already set everywhere`);
                    return done();
                }
                const message = (0,release_commit/* releaseMessage */.NO)(target.name, plan.version, releaseOf);
                outcome =
                    via === 'api'
                        ? await commitThroughApi({
                            target,
                            input,
                            context,
                            branch: branch,
                            plan,
                            baseRev: attempt === 1 ? baseRev : 'HEAD',
                            message,
                        })
                        : await commitAndPush({ context, target, branch, plan, message });
            }
            if (outcome.kind === 'done') {
                Object.assign(outputs, { commit: outcome.commit, pushed: String(outcome.pushed) });
                if (outcome.note)
                    notes.push(outcome.note);
                return done();
            }
            if (outcome.kind === 'refused' || outcome.kind === 'failed') {
                findings.push(...(0,src_rules/* rateAll */.US)([{ rule: 'version/push-rejected', message: redact(outcome.message) }], target.config.rules));
                await putBack();
                return done();
            }
            // Lost a race: another leg or run moved the branch. Start again from its new head.
            if (attempt >= MAX_ATTEMPTS) {
                findings.push(...(0,src_rules/* rateAll */.US)([
                    {
                        rule: 'version/push-rejected',
                        message: explainPushRejection('[rejected] (non-fast-forward)', branch),
                    },
                ], target.config.rules));
                await putBack();
                return done();
            }
            notes.push(`attempt ${attempt}: ${branch} moved since ${attempt === 1 ? 'the checkout' : 'the last attempt'} (non-fast-forward); re-applying the bump on its new head`);
            await moveToRemoteHead(context, target.repoRoot, branch);
            // Legs that lost the same race spread out before trying again.
            await context.adapters.clock.sleep(150 * attempt + Math.floor(Math.random() * 350));
        }
    }
    catch (error) {
        if (githubFailed(error)) {
            await putBack();
            return done();
        }
        const problems = await workingTree.restore(snapshot);
        if (problems.length)
            throw new Error(`${error.message}; and the checkout could NOT be fully put back: ${problems.join('; ')}`, { cause: error });
        throw error;
    }
}
/** The local checkout becomes the remote branch's head (drops the commit that lost the race). */
async function moveToRemoteHead(context, repoRoot, branch) {
    const { git } = context.adapters;
    const fetched = await git.fetchBranch(repoRoot, branch);
    if (!fetched.ok)
        throw new errors/* UsageError */.eb(`version: fetching ${branch} after a rejected push failed: ${fetched.stderr.trim().split('\n')[0] ?? ''}`);
    const reset = await git.run(repoRoot, ['reset', '--quiet', '--hard', `refs/remotes/origin/${branch}`]);
    if (reset.code !== 0)
        throw new errors/* UsageError */.eb(`version: git reset onto origin/${branch} failed: ${reset.stderr.trim().split('\n')[0] ?? ''}`);
}
async function pushHead(context, repoRoot, branch, commit) {
    const push = await context.log.step(`push ${commit.slice(0, 12)} to ${branch}`, () => context.adapters.git.runRemote(repoRoot, ['push', '--porcelain', 'origin', `HEAD:refs/heads/${branch}`]));
    if (push.code !== 0) {
        if (isNonFastForward(push.stdout + push.stderr))
            return { kind: 'retry' };
        return { kind: 'refused', message: explainPushRejection(push.stderr + push.stdout, branch) };
    }
    const pushed = !/\[up to date\]|^=\s/m.test(push.stdout);
    return {
        kind: 'done',
        commit,
        pushed,
        note: pushed ? `pushed to ${branch}` : `${branch} already has this commit at its head`,
    };
}
/** The git path: write the release files, commit exactly them, push. */
async function commitAndPush(options) {
    const { context, target, branch, plan, message } = options;
    const { fs, git } = context.adapters;
    const paths = plan.files.map((f) => relativeTo(target.repoRoot, f.file));
    let note;
    if (paths.length === 0) {
        note = `nothing to commit: HEAD already holds ${plan.version} in every release file`;
    }
    else {
        for (const change of plan.toWrite)
            await fs.writeFile(change.file, change.after);
        // `add` first: a release file HEAD does not have yet (a first CHANGELOG.md) is unknown to `commit -- <paths>`.
        const added = await git.run(target.repoRoot, ['add', '--', ...paths]);
        if (added.code !== 0)
            return { kind: 'failed', message: `git add failed: ${added.stderr.trim().split('\n')[0] ?? ''}` };
        const identity = (await git.run(target.repoRoot, ['config', 'user.email'])).stdout.trim()
            ? []
            : [
                '-c',
                'user.name=github-actions[bot]',
                '-c',
                'user.email=41898282+github-actions[bot]@users.noreply.github.com',
            ];
        // `-- <paths>` commits exactly the release files, never something else that happened to be staged.
        const result = await git.run(target.repoRoot, [...identity, 'commit', '--quiet', '-m', message, '--', ...paths]);
        if (result.code !== 0)
            return {
                kind: 'failed',
                message: `git commit of the release failed: ${(result.stderr.trim() || result.stdout.trim()).split('\n')[0] ?? ''}`,
            };
        note = `committed ${plan.version} (${paths.join(', ')})`;
    }
    const commit = (await git.headCommit(target.repoRoot)) ?? '';
    if (!branch)
        return { kind: 'done', commit, pushed: false, note };
    const pushed = await pushHead(context, target.repoRoot, branch, commit);
    return pushed.kind === 'done' ? { ...pushed, note: `${note}; ${pushed.note}` } : pushed;
}
/** git's mode of each path at a commit (an executable stays one); new files are 100644. */
async function modesAt(context, repoRoot, rev, paths) {
    const listed = await context.adapters.git.run(repoRoot, ['ls-tree', '-z', rev, '--', ...paths]);
    const modes = new Map();
    for (const entry of listed.stdout.split('\0').filter(Boolean)) {
        const [meta = '', file = ''] = entry.split('\t');
        modes.set(file, meta.startsWith('100755') ? '100755' : '100644');
    }
    return modes;
}
/**
 * The API path: the commit is made on GitHub from the computed contents (the
 * working tree is not read, so a crash's leftovers cannot shrink it), and the
 * checkout is touched only after the branch holds it.
 */
async function commitThroughApi(options) {
    const { target, branch, plan, context } = options;
    const { git } = context.adapters;
    const root = target.repoRoot;
    const parent = (await git.run(root, ['rev-parse', '--verify', `${options.baseRev}^{commit}`])).stdout.trim();
    if (plan.files.length === 0)
        return {
            kind: 'done',
            commit: parent,
            pushed: false,
            note: `nothing to commit: HEAD already holds ${plan.version} in every release file`,
        };
    const gh = (0,github_client/* githubTarget */.nY)(options.input.repo, context.settings);
    if (!gh)
        throw new errors/* UsageError */.eb(`version: --commit-via api needs GitHub: ${(0,github_client/* githubSkipReason */.fV)(options.input.repo, context.settings)}`);
    const client = await context.adapters.github.client(gh);
    const paths = plan.files.map((f) => relativeTo(root, f.file));
    const modes = await modesAt(context, root, parent, paths);
    const changes = plan.files.map((f, i) => ({
        path: paths[i],
        mode: modes.get(paths[i]) ?? '100644',
        content: Buffer.from(f.after),
    }));
    const baseTree = (await git.run(root, ['rev-parse', `${parent}^{tree}`])).stdout.trim();
    const seconds = Number(context.settings.githubTimeoutSeconds);
    const timeoutMs = Number.isFinite(seconds) && seconds > 0 ? seconds * 1000 : DEFAULT_TIMEOUT_MS;
    const result = await context.log.step(`commit ${plan.version} to ${branch} through the GitHub API`, () => commitViaApi(client, gh, {
        branch,
        parent,
        baseTree,
        changes,
        message: options.message,
        timeoutMs,
    }));
    if (result.kind === 'not-fast-forward')
        return { kind: 'retry' };
    if (result.kind === 'refused')
        return { kind: 'refused', message: explainApiRefusal(result, branch) };
    if (result.kind === 'unanswered') {
        const fate = result.branchMoved === false
            ? `nothing was committed: ${branch} and the checkout are as they were; re-run the job`
            : `${branch} may or may not hold the new release commit; re-run the job: it finds a commit that landed by its Release-Of trailer and changes nothing, or makes it`;
        return { kind: 'failed', message: `GitHub did not answer while ${result.step} (${result.message}): ${fate}` };
    }
    const where = `committed through the GitHub API as ${result.sha} on ${branch}${result.verified ? ', signed by GitHub (verified)' : ''}`;
    return {
        kind: 'done',
        commit: result.sha,
        pushed: true,
        note: `${where}${await checkOut(context, root, branch, result.sha, plan)}`,
    };
}
/**
 * The checkout gets the commit GitHub made, so later steps (pack, tag) see
 * exactly what was released. Release files an interrupted run left on disk
 * are first put back to HEAD's content (they are the release's, or HEAD's) so
 * `reset --keep` keeps any unrelated local edit. Without the commit (no
 * fetch), the files are written, so the job still packs the release.
 */
async function checkOut(context, root, branch, sha, plan) {
    const { fs, git } = context.adapters;
    const fetched = await git.fetchBranch(root, branch);
    if (fetched.ok) {
        const paths = plan.files.map((f) => relativeTo(root, f.file));
        for (const file of plan.files) {
            const atHead = await git.readAtRev(root, 'HEAD', relativeTo(root, file.file));
            if (atHead === undefined)
                await fs.rm(file.file, { force: true });
            else
                await fs.writeFile(file.file, atHead);
        }
        await git.run(root, ['reset', '--quiet', '--', ...paths]);
        const reset = await git.run(root, ['reset', '--quiet', '--keep', sha]);
        if (reset.code === 0)
            return '';
    }
    for (const change of plan.files)
        await fs.writeFile(change.file, change.after);
    return ' (the checkout could not fetch it: its files are written, HEAD is not the release commit; later steps that need the commit must check it out)';
}
/**
 * version --releases: every listed package of a monorepo bumped in ONE
 * commit (`chore(release): @a/x@1.2.0, @a/y@0.3.1` with the Release-Of
 * trailer), the internal dependency specs of every workspace package moved
 * for the new versions, each package's CHANGELOG section written. The same
 * resume, race and put-back rules as one package.
 */
async function versionMany(input, context, started) {
    if (input.version || input.bump)
        throw new errors/* UsageError */.eb('version: --releases gives each package its bump or version: drop --version and --bump');
    let requests;
    try {
        requests = (0,monorepo_plan/* parseReleaseRequests */.Bd)(input.releases ?? '');
    }
    catch (error) {
        throw new errors/* UsageError */.eb(`version: --releases: ${error.message}`);
    }
    const via = input['commit-via'] ?? 'git';
    if (via === 'api' && !input.push)
        throw new errors/* UsageError */.eb('version: --commit-via api writes the branch on GitHub, so it needs --push');
    const { fs, git, workingTree } = context.adapters;
    const workspace = await (0,commands_packages/* openWorkspace */.OH)(input.directory, input.config, context);
    const repoRoot = (await git.repositoryRoot(workspace.rootDir)) ?? workspace.rootDir;
    const all = workspace.discovery.packages.map((p) => p.dir);
    const manifests = all.map((dir) => external_node_path_default().join(dir, 'package.json'));
    const targets = [];
    for (const request of requests) {
        const dir = external_node_path_default().resolve(repoRoot, request.dir);
        if (!all.includes(dir))
            throw new errors/* UsageError */.eb(`version: --releases: ${request.dir} is not a package of ${external_node_path_default().relative(context.cwd, workspace.rootDir) || '.'} (its packages: ${all.map((d) => relativeTo(repoRoot, d) || '.').join(', ')})`);
        const target = await (0,commands_release_target/* openReleaseTarget */.L)(context, external_node_path_default().relative(context.cwd, dir) || '.', input.config, 'version');
        if (request.name && request.name !== target.name)
            throw new errors/* UsageError */.eb(`version: --releases: ${request.dir} holds ${target.name}, not ${request.name}`);
        targets.push(target);
    }
    const findings = [];
    const notes = [];
    const outputs = {};
    const lead = targets[0];
    const commit = Boolean(input.commit || input.push);
    const finalVersions = new Map();
    const done = () => {
        outputs.releases = JSON.stringify(targets.map((t, i) => ({
            name: t.name,
            dir: t.relativeDir.split((external_node_path_default()).sep).join('/') || '.',
            'current-version': t.version,
            'next-version': finalVersions.get(t.name) ?? requests[i]?.version ?? '',
            bump: requests[i]?.bump ?? '',
        })));
        if (lead)
            outputs.version ??= finalVersions.get(lead.name) ?? '';
        return (0,commands_packages/* aggregateReport */.yf)('version', targets.map((t) => ({
            name: t.name,
            version: finalVersions.get(t.name) ?? t.version,
            dir: external_node_path_default().relative(context.cwd, t.dir) || '.',
            // The run's findings (one commit for all) are reported once, on the first package.
            ok: t === lead ? (0,model/* isOk */.HQ)(findings, input['fail-on'] ?? 'error') : true,
            findings: t === lead ? findings : [],
        })), { total: Math.round(performance.now() - started) }, notes, outputs);
    };
    if (!lead) {
        Object.assign(outputs, { files: '[]' });
        notes.push('--releases lists no package: nothing to release');
        return done();
    }
    const rules = lead.config.rules;
    const token = context.settings.credentials.gitToken;
    const redact = (text) => (token ? text.split(token).join('***') : text);
    const branch = input.push ? await releaseBranch(context, repoRoot) : undefined;
    const releaseOf = input['release-of'] ?? context.settings.github.sha;
    const rel = (file) => relativeTo(repoRoot, file);
    const registries = new Map(targets.map((t) => [t.name, registryReader(context, (0,release_target/* withSlash */.Ec)(input.registry ?? t.registry), findings, notes, t)]));
    const versionsOf = (found) => new Map((found.releases ?? [{ name: lead.name, version: found.version }]).map((r) => [r.name, r.version]));
    const names = new Set(targets.map((t) => t.name));
    const sameSet = (versions) => versions.size === names.size && [...versions.keys()].every((n) => names.has(n));
    const missingAtMany = async (sha, versions) => {
        const missing = [];
        for (const t of targets) {
            const version = versions.get(t.name);
            if (!version)
                return ['(the commit names other packages)'];
            const texts = await textsAt(context, repoRoot, sha, releaseFiles(t));
            missing.push(...missingFromRelease(texts, { ...t, version }).map(rel));
        }
        return missing;
    };
    // A re-run whose one commit is already on the branch: resume, never bump twice.
    let resume;
    if (commit && releaseOf) {
        const found = await (0,release_commit/* findReleaseCommit */.oK)(git, {
            cwd: repoRoot,
            branch: branch ?? '',
            name: undefined,
            releaseOf,
            fetch: Boolean(branch),
        });
        const versions = found ? versionsOf(found) : undefined;
        if (found && versions && sameSet(versions)) {
            const missing = await missingAtMany(found.sha, versions);
            if (missing.length === 0) {
                for (const [n, v] of versions)
                    finalVersions.set(n, v);
                Object.assign(outputs, { files: '[]', commit: found.sha, pushed: 'false' });
                notes.push(`already released by ${found.sha} (Release-Of: ${releaseOf}): nothing changed`);
                return done();
            }
            resume = versions;
            notes.push(`${found.sha} says it releases ${[...versions].map(([n, v]) => `${n}@${v}`).join(', ')} (Release-Of: ${releaseOf}) but lacks ${missing.join(', ')}: committing the rest of the release`);
        }
    }
    // HEAD itself, when it is this run's complete release commit (killed between commit and push).
    let unpushed;
    const head = commit && releaseOf ? await git.headCommit(repoRoot) : undefined;
    if (head && releaseOf) {
        const candidate = await (0,release_commit/* findReleaseCommit */.oK)(git, {
            cwd: repoRoot,
            branch: '',
            name: undefined,
            releaseOf,
            fetch: false,
        });
        if (candidate?.sha === head &&
            sameSet(versionsOf(candidate)) &&
            (await missingAtMany(head, versionsOf(candidate))).length === 0)
            unpushed = candidate;
    }
    if (unpushed && via === 'api' && (await onBranch(context, repoRoot, branch, unpushed.sha))) {
        for (const [n, v] of versionsOf(unpushed))
            finalVersions.set(n, v);
        Object.assign(outputs, { files: '[]', commit: unpushed.sha, pushed: 'false' });
        notes.push('the release commit is already HEAD', `${branch} already holds ${unpushed.sha}: nothing changed`);
        return done();
    }
    if (unpushed)
        resume ??= versionsOf(unpushed);
    const baseRev = !commit ? undefined : unpushed && via === 'api' ? `${unpushed.sha}~1` : 'HEAD';
    const files = releaseFilesMany(targets.map((target) => ({ target })), manifests, repoRoot);
    /** The release computed at a base (a commit, or the working tree without --commit): each version recomputed there. */
    const prepareMany = async (base) => {
        const disk = await readTexts(context, files);
        const texts = base ? await textsAt(context, repoRoot, base, files) : disk;
        const parts = [];
        for (const [i, t] of targets.entries()) {
            const request = requests[i];
            const current = headVersion(texts.get(versionFiles(t).manifest)) ?? t.version;
            const next = resume?.get(t.name) ??
                request.version ??
                (await bumpFromRegistry(t, current, request.bump, registries.get(t.name)));
            if (semver_default().valid(current) && semver_default().lt(next, current))
                throw new errors/* UsageError */.eb(`version: --releases: ${t.name} ${next} is lower than package.json's ${current}`);
            const { section } = await (0,changelog_build/* buildChangelog */.L)(t, next, false, input.repo, context).catch((error) => {
                if (typeof error.status !== 'number')
                    throw error;
                throw new GitHubReadFailed(`${(0,github_client/* describeGitHubError */.dZ)(error, 'reading the merged PRs for the CHANGELOG section', 'pull-requests: read')}; nothing was written or committed, re-run the job`);
            });
            parts.push({ target: { ...t, version: next }, section });
        }
        for (const part of parts)
            finalVersions.set(part.target.name, part.target.version);
        return planVersionMany({ base: texts, disk, parts, manifests, repoRoot });
    };
    const refuseForeign = (plan) => {
        if (plan.foreign.length)
            throw new errors/* UsageError */.eb(`version: ${plan.foreign.map(rel).join(', ')} ${plan.foreign.length === 1 ? 'has' : 'have'} uncommitted changes besides the release (neither ${baseRev ?? 'HEAD'}'s content nor the bump of ${plan.version}): commit or discard them, then re-run; nothing was changed`);
    };
    const githubFailed = (error) => {
        if (!(error instanceof GitHubReadFailed))
            return false;
        findings.push(...(0,src_rules/* rateAll */.US)([{ rule: 'plan/github-failed', message: redact(error.message) }], rules));
        return true;
    };
    const messageOf = () => (0,release_commit/* releasesMessage */.Wd)(targets.map((t) => ({ name: t.name, version: finalVersions.get(t.name) ?? t.version })), releaseOf);
    if (input['dry-run']) {
        let plan;
        try {
            plan = await prepareMany(baseRev);
        }
        catch (error) {
            if (githubFailed(error))
                return done();
            throw error;
        }
        refuseForeign(plan);
        outputs.files = JSON.stringify(plan.files.map((c) => rel(c.file)));
        notes.push(`dry run: would release ${plan.version} (${plan.files.map((c) => rel(c.file)).join(', ') || 'no file changes'})${commit ? `, then commit "${messageOf().split('\n')[0] ?? ''}"${input.push ? ' and push' : ''}` : ''}`);
        return done();
    }
    const lock = commit ? await git.indexLock(repoRoot) : undefined;
    if (lock)
        throw new errors/* UsageError */.eb(`version: ${lock} exists: a git command is running in this checkout, or was killed in the middle (e.g. an interrupted release); if none is running, delete that file and re-run; nothing was changed`);
    const snapshot = await workingTree.snapshot(repoRoot, files, commit);
    const putBack = async () => {
        const problems = await workingTree.restore(snapshot);
        notes.push(problems.length
            ? `the checkout could NOT be fully put back: ${problems.join('; ')}`
            : 'the checkout is as this run found it (files, index and HEAD)');
        outputs.commit = (await git.headCommit(repoRoot)) ?? '';
        outputs.pushed = 'false';
    };
    try {
        for (let attempt = 1;; attempt += 1) {
            let outcome;
            if (unpushed && via === 'git' && attempt === 1) {
                for (const [n, v] of versionsOf(unpushed))
                    finalVersions.set(n, v);
                outputs.files = '[]';
                notes.push('the release commit is already HEAD', `HEAD ${unpushed.sha} holds every release file: nothing to commit`);
                outcome = branch
                    ? await pushHead(context, repoRoot, branch, unpushed.sha)
                    : { kind: 'done', commit: unpushed.sha, pushed: false, note: '' };
            }
            else {
                const plan = await prepareMany(baseRev && attempt === 1 ? baseRev : baseRev ? 'HEAD' : undefined);
                refuseForeign(plan);
                const changed = plan.files.map((c) => rel(c.file));
                outputs.files = JSON.stringify(changed);
                if (!commit) {
                    for (const change of plan.toWrite)
                        await fs.writeFile(change.file, change.after);
                    notes.push(changed.length ? `set ${plan.version} in ${changed.join(', ')}` : `${plan.version}: already set everywhere`);
                    return done();
                }
                outcome =
                    via === 'api'
                        ? await commitThroughApi({
                            target: lead,
                            input,
                            context,
                            branch: branch,
                            plan,
                            baseRev: attempt === 1 ? baseRev : 'HEAD',
                            message: messageOf(),
                        })
                        : await commitAndPush({ context, target: lead, branch, plan, message: messageOf() });
            }
            if (outcome.kind === 'done') {
                Object.assign(outputs, { commit: outcome.commit, pushed: String(outcome.pushed) });
                if (outcome.note)
                    notes.push(outcome.note);
                return done();
            }
            if (outcome.kind === 'refused' || outcome.kind === 'failed') {
                findings.push(...(0,src_rules/* rateAll */.US)([{ rule: 'version/push-rejected', message: redact(outcome.message) }], rules));
                await putBack();
                return done();
            }
            if (attempt >= MAX_ATTEMPTS) {
                findings.push(...(0,src_rules/* rateAll */.US)([
                    {
                        rule: 'version/push-rejected',
                        message: explainPushRejection('[rejected] (non-fast-forward)', branch),
                    },
                ], rules));
                await putBack();
                return done();
            }
            notes.push(`attempt ${attempt}: ${branch} moved since ${attempt === 1 ? 'the checkout' : 'the last attempt'} (non-fast-forward); re-applying the bumps on its new head`);
            // A resumed set keeps its versions; bumps are recomputed on the new head.
            await moveToRemoteHead(context, repoRoot, branch);
            await context.adapters.clock.sleep(150 * attempt + Math.floor(Math.random() * 350));
        }
    }
    catch (error) {
        if (githubFailed(error)) {
            await putBack();
            return done();
        }
        const problems = await workingTree.restore(snapshot);
        if (problems.length)
            throw new Error(`${error.message}; and the checkout could NOT be fully put back: ${problems.join('; ')}`, {
                cause: error,
            });
        throw error;
    }
}


/***/ })

};

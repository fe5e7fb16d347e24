export const id = 177;
export const ids = [177];
export const modules = {

/***/ 10177:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  githubReleaseCommand: () => (/* binding */ githubReleaseCommand)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ../main/node_modules/semver/index.js
var semver = __webpack_require__(73880);
var semver_default = /*#__PURE__*/__webpack_require__.n(semver);
// EXTERNAL MODULE: ../main/node_modules/zod/v4/classic/schemas.js + 4 modules
var schemas = __webpack_require__(13146);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(92174);
// EXTERNAL MODULE: ./src/github/client.ts
var client = __webpack_require__(18750);
// EXTERNAL MODULE: ./src/github/asset-names.ts
var asset_names = __webpack_require__(80932);
;// CONCATENATED MODULE: ./src/github/major-tag.ts

/** `v1` for v1.4.0, `name@1` for name@1.4.0 (a monorepo's tags); none for a prerelease, with the reason. */
function majorTagFor(versionTag, version) {
    const parsed = semver_default().parse(version);
    if (!parsed)
        return { skipped: `major tag: ${version} is not a semver version` };
    if (parsed.prerelease.length)
        return {
            skipped: `major tag not moved: ${version} is a prerelease (users of @v${parsed.major} get stable releases only)`,
        };
    const prefix = versionTag.slice(0, versionTag.length - version.length);
    return { tag: `${prefix}${parsed.major}` };
}
/** Where the tag points now: a commit sha, an annotated tag object, or nothing. */
async function readTag(github, target, tag) {
    try {
        const { data } = await github.rest.git.getRef({ owner: target.owner, repo: target.repo, ref: `tags/${tag}` });
        return { sha: data.object.sha, type: data.object.type };
    }
    catch (error) {
        if (error.status === 404)
            return undefined;
        throw error;
    }
}
/** What a run would do, for dry runs and for the note. */
function majorTagChange(tag, sha, current) {
    if (!current)
        return { outcome: 'created', description: `create ${tag} at ${sha.slice(0, 12)}` };
    if (current.type === 'commit' && current.sha === sha)
        return { outcome: 'unchanged', description: `${tag} already at ${sha.slice(0, 12)}` };
    // An annotated tag is replaced by a lightweight one: its object sha is never the commit's.
    return {
        outcome: 'moved',
        description: `move ${tag} from ${current.sha.slice(0, 12)}${current.type === 'commit' ? '' : ` (an annotated ${current.type})`} to ${sha.slice(0, 12)}`,
    };
}
async function ensureMajorTag(github, target, tag, sha) {
    const repo = { owner: target.owner, repo: target.repo };
    const current = await readTag(github, target, tag);
    const change = majorTagChange(tag, sha, current);
    if (change.outcome === 'unchanged')
        return change;
    if (change.outcome === 'created') {
        try {
            await github.rest.git.createRef({ ...repo, ref: `refs/tags/${tag}`, sha });
            return change;
        }
        catch (error) {
            // 422: made meanwhile (a concurrent run): read again and move it if it is elsewhere.
            if (error.status !== 422)
                throw error;
            const now = majorTagChange(tag, sha, await readTag(github, target, tag));
            if (now.outcome !== 'moved')
                return now;
            await github.rest.git.updateRef({ ...repo, ref: `tags/${tag}`, sha, force: true });
            return now;
        }
    }
    // force: a major tag moves to a newer line's commit, which need not descend from the old one.
    await github.rest.git.updateRef({ ...repo, ref: `tags/${tag}`, sha, force: true });
    return change;
}

// EXTERNAL MODULE: ./src/github/releases.ts
var releases = __webpack_require__(17739);
// EXTERNAL MODULE: ./src/release/changelog.ts
var changelog = __webpack_require__(73169);
// EXTERNAL MODULE: ./src/release/release-target.ts
var release_target = __webpack_require__(16966);
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
;// CONCATENATED MODULE: ./src/commands/github-release.ts
















const OPTIONS = (0,define_command/* pickOptions */.Sb)({
    directory: { description: option_catalog/* SHARED_DESCRIPTIONS */.OD.packageFolder },
    version: {
        description: 'The version released: its git tag (v<version>, or name@<version> in a monorepo) and its release.',
    },
    asset: true,
    draft: true,
    'notes-file': true,
    sha: {
        description: 'The commit to tag, a full 40-character sha (default: GITHUB_SHA, else HEAD).',
        schema: schemas/* string */.YjP()
            .regex(/^[0-9a-f]{40}$/, 'expected a full 40-character commit sha')
            .optional(),
    },
    'major-tag': true,
    'dry-run': {
        description: 'Read the tag, the release and the major tag on GitHub and say what would change; change nothing.',
    },
    repo: true,
    config: { description: option_catalog/* SHARED_DESCRIPTIONS */.OD.configInRepository },
    'fail-on': { description: option_catalog/* SHARED_DESCRIPTIONS */.OD.failOnError },
});
const githubReleaseCommand = (0,define_command/* defineCommand */.NB)({
    name: 'github-release',
    summary: 'After the publish: the git tag (v<version>, or name@<version> in a monorepo) and the GitHub release with its notes and assets; draft first, published last; a re-run does only what is missing.',
    positional: 'directory',
    options: OPTIONS,
    outputs: {
        'git-tag': 'The git tag of the release (v1.2.3, or name@1.2.3 in a monorepo), made or found.',
        'release-id': 'The GitHub release id.',
        'release-url': 'The release page.',
        draft: '"true" while the release is a draft.',
        assets: 'JSON array of {name, outcome} (uploaded, replaced, unchanged).',
        'major-tag': 'With {--major-tag}: the major tag (v1) now at the release commit.',
        'major-tag-outcome': 'With {--major-tag}: created, moved, unchanged, skipped or dry-run.',
    },
    run: githubRelease,
});
async function githubRelease(input, context) {
    const started = performance.now();
    const { fs } = context.adapters;
    const target = await (0,commands_release_target/* openReleaseTarget */.L)(context, input.directory, input.config, 'github-release');
    const tag = (0,release_target/* gitTagFor */.Wo)(target, input.version);
    const findings = [];
    const notes = [];
    const outputs = { 'git-tag': tag };
    const finding = (rule, message) => void findings.push(...(0,rules/* rateAll */.US)([{ rule, message }], target.config.rules));
    const done = () => (0,commands_packages/* aggregateReport */.yf)('github-release', [
        {
            name: target.name,
            version: input.version,
            dir: external_node_path_default().relative(context.cwd, target.dir) || '.',
            ok: (0,model/* isOk */.HQ)(findings, input['fail-on'] ?? 'error'),
            findings,
        },
    ], { total: Math.round(performance.now() - started) }, notes, outputs);
    const assets = (input.asset ?? []).map((a) => external_node_path_default().resolve(context.cwd, a));
    for (const [i, file] of assets.entries()) {
        if (!(await fs.stat(file).catch(() => undefined))?.isFile())
            throw new errors/* UsageError */.eb(`github-release: --asset "${input.asset?.[i] ?? ''}" is not a file`);
    }
    // Said before any request: found half-way, the tag, the draft and one of them would already exist, and a re-run would replace it silently.
    const duplicate = (0,asset_names/* duplicateAsset */.E)(input.asset ?? []);
    if (duplicate)
        throw new errors/* UsageError */.eb(`github-release: --asset "${duplicate.first}" and --asset "${duplicate.second}" would both be the release asset "${duplicate.name}" (GitHub names an asset by its file name): rename one, or give each file once`);
    const body = input['notes-file']
        ? await fs.readFile(external_node_path_default().resolve(context.cwd, input['notes-file']), 'utf8').catch(() => {
            throw new errors/* UsageError */.eb(`github-release: --notes-file: cannot read ${input['notes-file'] ?? ''}`);
        })
        : ((0,changelog/* extractSection */.Xl)(await fs.readFile(external_node_path_default().join(target.dir, 'CHANGELOG.md'), 'utf8').catch(() => ''), input.version) ?? `Release ${input.version}.\n`);
    const sha = input.sha ?? context.settings.github.sha ?? (await context.adapters.git.headCommit(target.repoRoot));
    if (!sha)
        throw new errors/* UsageError */.eb('github-release: no commit to tag: pass --sha (or run inside the git checkout)');
    const gh = (0,client/* githubTarget */.nY)(input.repo, context.settings);
    if (!gh) {
        notes.push(`GitHub release skipped: ${(0,client/* githubSkipReason */.fV)(input.repo, context.settings)}`);
        return done();
    }
    const github = await context.adapters.github.client(gh, (line) => notes.push(line));
    const major = input['major-tag'] ? majorTagFor(tag, input.version) : undefined;
    if (major && 'skipped' in major) {
        outputs['major-tag-outcome'] = 'skipped';
        notes.push(major.skipped);
    }
    const majorTag = major && 'tag' in major ? major.tag : undefined;
    if (input['dry-run']) {
        try {
            notes.push(...(await dryRunPlan(github, gh, { tag, sha, assets, draft: Boolean(input.draft), majorTag })));
            if (majorTag)
                Object.assign(outputs, { 'major-tag': majorTag, 'major-tag-outcome': 'dry-run' });
        }
        catch (error) {
            finding('release/github-failed', (0,client/* describeGitHubError */.dZ)(error, 'reading the tag and release', 'contents: read'));
        }
        return done();
    }
    let step = `creating tag ${tag}`;
    try {
        notes.push(`tag ${tag}: ${await (0,releases/* ensureTag */.DN)(github, gh, tag, sha)}`);
        step = `creating the release for ${tag}`;
        const prerelease = semver_default().prerelease(input.version) !== null;
        const { release, outcome } = await context.log.step(`create the GitHub release ${tag}`, () => (0,releases/* ensureRelease */.w9)(github, gh, { tag, name: target.monorepo ? `${target.name} ${input.version}` : `v${input.version}`, body, prerelease, sha }, true));
        notes.push(`release: ${outcome}${release.draft ? ' (draft)' : ''}`);
        step = `uploading the assets of ${tag}`;
        const uploaded = await context.log.step(`upload ${assets.length} asset(s) to ${tag}`, () => (0,releases/* syncAssets */.z6)(github, gh, release, assets, (file) => fs.readFile(file)));
        outputs.assets = JSON.stringify(uploaded);
        let draft = release.draft;
        if (!input.draft) {
            step = `publishing the release ${tag}`;
            const published = await context.log.step(`publish the GitHub release ${tag}`, () => (0,releases/* publishRelease */.Dl)(github, gh, release, !prerelease));
            if (published === 'updated')
                notes.push('release: published');
            draft = false;
        }
        Object.assign(outputs, { 'release-id': String(release.id), 'release-url': release.htmlUrl, draft: String(draft) });
        if (majorTag && draft) {
            // Users of @v1 must not get a release nobody published yet: the step that publishes it moves the tag.
            Object.assign(outputs, { 'major-tag-outcome': 'skipped' });
            notes.push(`major tag ${majorTag} not moved: the release is a draft (run github-release --major-tag again once it is published)`);
        }
        else if (majorTag) {
            step = `moving the major tag ${majorTag}`;
            const moved = await ensureMajorTag(github, gh, majorTag, sha);
            Object.assign(outputs, { 'major-tag': majorTag, 'major-tag-outcome': moved.outcome });
            notes.push(`major tag: ${moved.description}`);
        }
    }
    catch (error) {
        if (error instanceof releases/* TagConflictError */.P1)
            finding('release/tag-conflict', error.message);
        else
            finding('release/github-failed', (0,client/* describeGitHubError */.dZ)(error, step, 'contents: write'));
    }
    return done();
}
/** What a run would write, read from GitHub without writing: the tag, the release, its assets, the major tag. */
async function dryRunPlan(github, gh, plan) {
    const short = plan.sha.slice(0, 12);
    const tagNow = await readTag(github, gh, plan.tag);
    const lines = [
        `dry run: tag ${plan.tag}: ${!tagNow ? `would create at ${short}` : tagNow.sha === plan.sha ? `already at ${short}` : `at ${tagNow.sha.slice(0, 12)}, not ${short}: a conflict`}`,
    ];
    const release = await (0,releases/* findRelease */.dv)(github, gh, plan.tag);
    lines.push(`dry run: release ${plan.tag}: ${release ? `exists${release.draft ? ' (draft)' : ''}` : 'would create it as a draft'}${plan.assets.length ? `, would sync ${plan.assets.length} asset(s)` : ''}${plan.draft ? '' : release && !release.draft ? '' : ', would publish it'}`);
    if (plan.majorTag && plan.draft)
        lines.push(`dry run: major tag ${plan.majorTag}: not moved, the release stays a draft`);
    else if (plan.majorTag) {
        const change = majorTagChange(plan.majorTag, plan.sha, await readTag(github, gh, plan.majorTag));
        lines.push(`dry run: major tag: ${change.outcome === 'unchanged' ? `${change.description}, nothing to do` : `would ${change.description}`}`);
    }
    return lines;
}


/***/ }),

/***/ 80932:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ duplicateAsset),
/* harmony export */   S: () => (/* binding */ assetName)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);

/**
 * The name a release asset gets: the file's base name, with the characters
 * GitHub renames ("special characters, non-alphanumeric characters") as the dot
 * it uses. Two files with one such name overwrite each other on the release. Pure.
 */
function assetName(file) {
    return node_path__WEBPACK_IMPORTED_MODULE_0___default().basename(file).replace(/[^\w.+@-]/g, '.');
}
/** The first two files that would become the same release asset, or undefined. */
function duplicateAsset(files) {
    const seen = new Map();
    for (const file of files) {
        const name = assetName(file);
        const first = seen.get(name);
        if (first !== undefined)
            return { name, first, second: file };
        seen.set(name, file);
    }
    return undefined;
}


/***/ }),

/***/ 17739:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D2: () => (/* binding */ markLatest),
/* harmony export */   DN: () => (/* binding */ ensureTag),
/* harmony export */   Dl: () => (/* binding */ publishRelease),
/* harmony export */   P1: () => (/* binding */ TagConflictError),
/* harmony export */   dv: () => (/* binding */ findRelease),
/* harmony export */   fS: () => (/* binding */ RELEASE_BODY_LIMIT),
/* harmony export */   w9: () => (/* binding */ ensureRelease),
/* harmony export */   z6: () => (/* binding */ syncAssets)
/* harmony export */ });
/* harmony import */ var _asset_names_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(80932);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _util_markdown_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(93985);



const status = (error) => error.status;
/** A lightweight tag `refs/tags/<tag>` at `sha`; an existing tag at the same commit is fine, at another commit an error. */
async function ensureTag(github, target, tag, sha) {
    try {
        await github.rest.git.createRef({ owner: target.owner, repo: target.repo, ref: `refs/tags/${tag}`, sha });
        return 'created';
    }
    catch (error) {
        if (status(error) !== 422)
            throw error;
    }
    const { data } = await github.rest.git.getRef({ owner: target.owner, repo: target.repo, ref: `tags/${tag}` });
    if (data.object.type === 'commit' && data.object.sha !== sha) {
        throw new TagConflictError(`tag ${tag} already exists at ${data.object.sha.slice(0, 12)}, not at ${sha.slice(0, 12)}: a release of this version was made from another commit; bump the version instead of moving the tag`);
    }
    return 'unchanged';
}
class TagConflictError extends Error {
    name = 'TagConflictError';
}
const record = (r) => ({
    id: r.id,
    draft: r.draft,
    htmlUrl: r.html_url,
    uploadUrl: r.upload_url,
    assets: r.assets.map((a) => ({ id: a.id, name: a.name, size: a.size, digest: a.digest })),
});
/**
 * The release for a tag, published or draft. GitHub does not find drafts by
 * tag, so a miss reads the newest page of releases (drafts are recent): the
 * number of calls does not grow with the number of past releases.
 */
async function findRelease(github, target, tag) {
    try {
        const { data } = await github.rest.repos.getReleaseByTag({ owner: target.owner, repo: target.repo, tag });
        return data;
    }
    catch (error) {
        if (status(error) !== 404)
            throw error;
    }
    const { data } = await github.rest.repos.listReleases({ owner: target.owner, repo: target.repo, per_page: 100 });
    return data.find((r) => r.tag_name === tag);
}
/** GitHub refuses a release body longer than this (422 "body is too long (maximum is 125000 characters)"). */
const RELEASE_BODY_LIMIT = 125_000;
async function ensureRelease(github, target, given, draft) {
    const fields = { ...given, body: (0,_util_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .fitToLimit */ .Qt)(given.body, RELEASE_BODY_LIMIT) };
    let existing = await findRelease(github, target, fields.tag);
    if (!existing) {
        try {
            const { data } = await github.rest.repos.createRelease({
                owner: target.owner,
                repo: target.repo,
                tag_name: fields.tag,
                target_commitish: fields.sha,
                name: fields.name,
                body: fields.body,
                draft,
                prerelease: fields.prerelease,
                make_latest: fields.prerelease || draft ? 'false' : 'true',
            });
            return { release: record(data), outcome: 'created' };
        }
        catch (error) {
            // 422: a concurrent run created it after we looked; carry on with theirs (the fields are checked below).
            if (status(error) !== 422)
                throw error;
            existing = await findRelease(github, target, fields.tag);
            if (!existing)
                throw error;
        }
    }
    if (existing.name === fields.name &&
        (existing.body ?? '') === fields.body &&
        existing.prerelease === fields.prerelease)
        return { release: record(existing), outcome: 'unchanged' };
    const { data } = await github.rest.repos.updateRelease({
        owner: target.owner,
        repo: target.repo,
        release_id: existing.id,
        name: fields.name,
        body: fields.body,
        prerelease: fields.prerelease,
    });
    return { release: record(data), outcome: 'updated' };
}
/** Upload the files as assets (their bytes from `read`): same name and bytes are kept, other bytes replaced. */
async function syncAssets(github, target, release, files, read) {
    const results = [];
    for (const file of files) {
        // The name GitHub stores (special characters become dots): a re-run must find the asset under it.
        const name = (0,_asset_names_js__WEBPACK_IMPORTED_MODULE_0__/* .assetName */ .S)(file);
        const bytes = await read(file);
        const digest = `sha256:${(0,node_crypto__WEBPACK_IMPORTED_MODULE_1__.createHash)('sha256').update(bytes).digest('hex')}`;
        const existing = release.assets.find((a) => a.name === name);
        if (existing && existing.size === bytes.length && existing.digest === digest) {
            results.push({ name, outcome: 'unchanged' });
            continue;
        }
        if (existing)
            await github.rest.repos.deleteReleaseAsset({ owner: target.owner, repo: target.repo, asset_id: existing.id });
        try {
            // The upload host comes from the release (uploads.github.com on github.com).
            await github.request({
                method: 'POST',
                url: release.uploadUrl,
                name,
                data: bytes,
                headers: { 'content-type': 'application/octet-stream', 'content-length': bytes.length },
            });
        }
        catch (error) {
            // 422 already_exists: another run uploaded it meanwhile. The same bytes are fine; other bytes are a conflict.
            if (status(error) !== 422)
                throw error;
            const { data: now } = await github.rest.repos.listReleaseAssets({
                owner: target.owner,
                repo: target.repo,
                release_id: release.id,
                per_page: 100,
            });
            const theirs = now.find((a) => a.name === name);
            if (!theirs || theirs.size !== bytes.length || theirs.digest !== digest)
                throw error;
            results.push({ name, outcome: 'unchanged' });
            continue;
        }
        results.push({ name, outcome: existing ? 'replaced' : 'uploaded' });
    }
    return results;
}
/** Draft -> published (the last step, after the assets). */
async function publishRelease(github, target, release, latest) {
    if (!release.draft)
        return 'unchanged';
    await github.rest.repos.updateRelease({
        owner: target.owner,
        repo: target.repo,
        release_id: release.id,
        draft: false,
        make_latest: latest ? 'true' : 'false',
    });
    return 'updated';
}
/** Make a published release GitHub's latest, unless it already is (a re-run writes nothing). Drafts stay as they are. */
async function markLatest(github, target, tag) {
    const current = await github.rest.repos.getLatestRelease({ owner: target.owner, repo: target.repo }).then(({ data }) => data.tag_name, (error) => {
        if (status(error) === 404)
            return undefined;
        throw error;
    });
    if (current === tag)
        return 'unchanged';
    const release = await findRelease(github, target, tag);
    if (!release || release.draft)
        return 'unchanged';
    await github.rest.repos.updateRelease({
        owner: target.owner,
        repo: target.repo,
        release_id: release.id,
        make_latest: 'true',
    });
    return 'updated';
}


/***/ })

};

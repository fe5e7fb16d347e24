export const id = 425;
export const ids = [425];
export const modules = {

/***/ 23425:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   RELEASE_BODY_LIMIT: () => (/* binding */ RELEASE_BODY_LIMIT),
/* harmony export */   TagConflictError: () => (/* binding */ TagConflictError),
/* harmony export */   ensureRelease: () => (/* binding */ ensureRelease),
/* harmony export */   ensureTag: () => (/* binding */ ensureTag),
/* harmony export */   findRelease: () => (/* binding */ findRelease),
/* harmony export */   markLatest: () => (/* binding */ markLatest),
/* harmony export */   publishRelease: () => (/* binding */ publishRelease),
/* harmony export */   syncAssets: () => (/* binding */ syncAssets)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _util_markdown_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(17183);




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
    const fields = { ...given, body: (0,_util_markdown_js__WEBPACK_IMPORTED_MODULE_3__.fitToLimit)(given.body, RELEASE_BODY_LIMIT) };
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
/** Upload the files as assets: same name and bytes are kept, other bytes replaced. */
async function syncAssets(github, target, release, files) {
    const results = [];
    for (const file of files) {
        const name = node_path__WEBPACK_IMPORTED_MODULE_2___default().basename(file);
        const bytes = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(file);
        const digest = `sha256:${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(bytes).digest('hex')}`;
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

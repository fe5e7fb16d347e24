export const id = 3804;
export const ids = [3804];
export const modules = {

/***/ 3804:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   createWorkingTree: () => (/* binding */ createWorkingTree)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);


const relative = (repoRoot, file) => node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(repoRoot, file).split((node_path__WEBPACK_IMPORTED_MODULE_1___default().sep)).join('/');
function createWorkingTree(git) {
    return {
        snapshot: (repoRoot, files, withGit) => snapshotTree(git, repoRoot, files, withGit),
        restore: (snapshot) => restoreTree(git, snapshot),
    };
}
async function snapshotTree(git, repoRoot, files, withGit) {
    const contents = new Map(await Promise.all(files.map(async (file) => [file, await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(file).catch(() => undefined)])));
    if (!withGit)
        return { repoRoot, head: undefined, files: contents, index: new Map() };
    return {
        repoRoot,
        head: await git.headCommit(repoRoot),
        files: contents,
        index: await git.indexEntries(repoRoot, files.map((f) => relative(repoRoot, f))),
    };
}
async function restoreTree(git, snapshot) {
    const problems = [];
    const { repoRoot } = snapshot;
    if (snapshot.head) {
        // --keep moves HEAD (and the branch) back and updates only the files that differ, refusing to
        // overwrite local edits: after a local release commit or a reset onto a moved remote head.
        if ((await git.headCommit(repoRoot)) !== snapshot.head) {
            const reset = await git.run(repoRoot, ['reset', '--quiet', '--keep', snapshot.head]);
            if (reset.code !== 0)
                problems.push(`HEAD could not be moved back to ${snapshot.head} (${reset.stderr.trim().split('\n')[0] ?? ''})`);
        }
        for (const file of snapshot.files.keys()) {
            const rel = relative(repoRoot, file);
            const entry = snapshot.index.get(rel);
            const result = entry
                ? await git.run(repoRoot, ['update-index', '--add', '--cacheinfo', entry.mode, entry.sha, rel])
                : await git.run(repoRoot, ['update-index', '--force-remove', '--', rel]);
            if (result.code !== 0)
                problems.push(`the index entry of ${rel} (${result.stderr.trim().split('\n')[0] ?? ''})`);
        }
    }
    for (const [file, content] of snapshot.files) {
        // Only what differs is written back: a file the run could not write is usually one it cannot restore either.
        const now = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(file).catch(() => undefined);
        if (now === undefined ? content === undefined : content !== undefined && now.equals(content))
            continue;
        try {
            if (content === undefined)
                await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(file, { force: true });
            else
                await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(file, content);
        }
        catch (error) {
            problems.push(`${relative(repoRoot, file)} (${error.message})`);
        }
    }
    return problems;
}


/***/ })

};

export const id = 57;
export const ids = [57];
export const modules = {

/***/ 61057:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   commitViaApi: () => (/* binding */ commitViaApi)
/* harmony export */ });
async function commitViaApi(github, target, input) {
    const repo = { owner: target.owner, repo: target.repo };
    let step = 'creating the blobs';
    try {
        const tree = [];
        for (const change of input.changes) {
            const { data } = await github.rest.git.createBlob({ ...repo, content: change.content.toString('base64'), encoding: 'base64' });
            tree.push({ path: change.path, mode: change.mode, type: 'blob', sha: data.sha });
        }
        step = 'creating the tree';
        const { data: newTree } = await github.rest.git.createTree({ ...repo, base_tree: input.baseTree, tree });
        step = 'creating the commit';
        // No author or committer: GitHub then makes the token's actor the author and signs the commit.
        const { data: commit } = await github.rest.git.createCommit({ ...repo, message: input.message, tree: newTree.sha, parents: [input.parent] });
        step = `updating refs/heads/${input.branch}`;
        await github.rest.git.updateRef({ ...repo, ref: `heads/${input.branch}`, sha: commit.sha, force: false });
        return { kind: 'committed', sha: commit.sha, verified: commit.verification.verified };
    }
    catch (error) {
        const e = error;
        const message = e.response?.data?.message ?? e.message ?? String(error);
        if (e.status === 422 && /not a fast.?forward/i.test(message))
            return { kind: 'not-fast-forward' };
        if (e.status === 401 || e.status === 403 || e.status === 404 || e.status === 409 || e.status === 422)
            return { kind: 'refused', status: e.status, message, step };
        throw error;
    }
}


/***/ })

};

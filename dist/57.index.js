export const id = 57;
export const ids = [57];
export const modules = {

/***/ 61057:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DEFAULT_TIMEOUT_MS: () => (/* binding */ DEFAULT_TIMEOUT_MS),
/* harmony export */   commitViaApi: () => (/* binding */ commitViaApi)
/* harmony export */ });
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


/***/ })

};

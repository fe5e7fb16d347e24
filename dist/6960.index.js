export const id = 6960;
export const ids = [6960];
export const modules = {

/***/ 76960:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   createGit: () => (/* binding */ createGit),
/* harmony export */   gitAuthEnv: () => (/* binding */ gitAuthEnv)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _process_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(61169);


/** The extra environment that makes git send the token to the server (empty without a token). Pure. */
function gitAuthEnv(serverUrl, token) {
    if (!token)
        return {};
    const basic = Buffer.from(`x-access-token:${token}`).toString('base64');
    return {
        GIT_CONFIG_COUNT: '1',
        GIT_CONFIG_KEY_0: `http.${serverUrl.replace(/\/+$/, '')}/.extraheader`,
        GIT_CONFIG_VALUE_0: `AUTHORIZATION: basic ${basic}`,
    };
}
const FIELD = '\x1f';
const RECORD = '\x1e';
/** Commits read per git log call. */
const COMMIT_PAGE = 1000;
/** The revisions after the tag `since` (fully qualified, so a branch of the same name cannot stand in) up to HEAD. */
function revRange(since) {
    return since ? [`refs/tags/${since}..HEAD`] : ['HEAD'];
}
function createGit(settings) {
    // Local commands run in the kit's own environment; remote ones in the environment the kit was started with, plus the token.
    const remoteEnv = () => ({
        ...settings.processEnv,
        ...gitAuthEnv(settings.github.serverUrl, settings.credentials.gitToken),
    });
    const git = (cwd, args, env) => (0,_process_js__WEBPACK_IMPORTED_MODULE_1__.runProcess)('git', args, { cwd, timeoutMs: 120_000, ...(env ? { env } : {}) }).catch((error) => ({
        code: -1,
        stdout: '',
        stderr: error.message,
    }));
    return {
        async repositoryRoot(cwd) {
            const result = await git(cwd, ['rev-parse', '--show-toplevel']);
            return result.code === 0 ? result.stdout.trim() : undefined;
        },
        async commitSubject(cwd, sha) {
            const result = await git(cwd, ['log', '-1', '--format=%s', sha, '--']);
            return result.code === 0 ? result.stdout.trim() : undefined;
        },
        async headCommit(cwd) {
            const result = await git(cwd, ['rev-parse', 'HEAD']);
            return result.code === 0 ? result.stdout.trim() : undefined;
        },
        async reachableTags(cwd) {
            const result = await git(cwd, [
                'for-each-ref',
                '--merged=HEAD',
                `--format=%(refname)${FIELD}%(objectname)${FIELD}%(*objectname)${FIELD}%(committerdate:unix)${FIELD}%(*committerdate:unix)`,
                'refs/tags',
            ]);
            if (result.code !== 0)
                return [];
            return result.stdout
                .split('\n')
                .filter((line) => line.startsWith('refs/tags/'))
                .map((line) => {
                const [ref = '', object = '', peeled = '', date = '', peeledDate = ''] = line.split(FIELD);
                return {
                    name: ref.slice('refs/tags/'.length),
                    commit: peeled || object,
                    date: Number(peeledDate || date) || 0,
                };
            });
        },
        async countCommits(cwd, since, paths = []) {
            const result = await git(cwd, ['rev-list', '--count', ...revRange(since), '--', ...paths]);
            const count = Number(result.stdout.trim());
            return result.code === 0 && Number.isInteger(count) ? count : undefined;
        },
        async commitsSince(cwd, since, paths = [], limit = Number.POSITIVE_INFINITY) {
            // Pages of git log, so a long history is read whole without one huge buffer per call.
            const commits = [];
            while (commits.length < limit) {
                const page = Math.min(COMMIT_PAGE, limit - commits.length);
                const result = await git(cwd, [
                    'log',
                    `--max-count=${page}`,
                    `--skip=${commits.length}`,
                    `--format=%H${FIELD}%an${FIELD}%B${RECORD}`,
                    ...revRange(since),
                    '--',
                    ...paths,
                ]);
                if (result.code !== 0)
                    break;
                const read = result.stdout
                    .split(RECORD)
                    .map((record) => record.replace(/^\n/, ''))
                    .filter((record) => record.includes(FIELD))
                    .map((record) => {
                    const [sha = '', author = '', message = ''] = record.split(FIELD);
                    return { sha, author, message: message.trim() };
                });
                commits.push(...read);
                if (read.length < page)
                    break;
            }
            return commits;
        },
        async currentBranch(cwd) {
            const result = await git(cwd, ['symbolic-ref', '--quiet', '--short', 'HEAD']);
            return result.code === 0 ? result.stdout.trim() : undefined;
        },
        run: (cwd, args) => git(cwd, args),
        runRemote: (cwd, args) => git(cwd, args, remoteEnv()),
        async fetchBranch(cwd, branch) {
            const result = await git(cwd, ['fetch', '--quiet', '--no-tags', 'origin', `+refs/heads/${branch}:refs/remotes/origin/${branch}`], remoteEnv());
            return { ok: result.code === 0, stderr: result.stderr };
        },
        async logGrep(cwd, rev, text, limit = 20) {
            const result = await git(cwd, [
                'log',
                `--max-count=${limit}`,
                '--fixed-strings',
                `--grep=${text}`,
                `--format=%H${FIELD}%s${FIELD}%(trailers:key=Release-Of,valueonly,separator=%x2C)${RECORD}`,
                rev,
                '--',
            ]);
            return result.code === 0 ? result.stdout : undefined;
        },
        async readAtRev(cwd, rev, relPath) {
            const result = await git(cwd, ['cat-file', 'blob', `${rev}:${relPath}`]);
            return result.code === 0 ? result.stdout : undefined;
        },
        async indexEntries(cwd, relPaths) {
            const result = await git(cwd, ['ls-files', '--stage', '-z', '--', ...relPaths]);
            const entries = new Map();
            for (const line of result.stdout.split('\0').filter(Boolean)) {
                const [meta = '', file = ''] = line.split('\t');
                const [mode = '', sha = ''] = meta.split(' ');
                entries.set(file, { mode, sha });
            }
            return entries;
        },
        async resolveCommit(cwd, rev) {
            // `--end-of-options`: a revision that starts with a dash is never read as an option.
            const result = await git(cwd, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${rev}^{commit}`]);
            return result.code === 0 ? result.stdout.trim() || undefined : undefined;
        },
        async mergeBase(cwd, a, b) {
            const result = await git(cwd, ['merge-base', '--end-of-options', a, b]);
            return result.code === 0 ? result.stdout.trim() || undefined : undefined;
        },
        async changedPaths(cwd, from, to) {
            const result = await git(cwd, ['diff', '--name-only', '--no-renames', '-z', '--end-of-options', from, to, '--']);
            if (result.code !== 0)
                return undefined;
            return result.stdout.split('\0').filter(Boolean);
        },
        async indexLock(cwd) {
            const result = await git(cwd, ['rev-parse', '--path-format=absolute', '--git-path', 'index.lock']);
            if (result.code !== 0)
                return undefined;
            const file = result.stdout.trim();
            return (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.access)(file).then(() => true, () => false))
                ? file
                : undefined;
        },
    };
}


/***/ })

};

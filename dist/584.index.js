export const id = 584;
export const ids = [584];
export const modules = {

/***/ 96584:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   createGitHub: () => (/* binding */ createGitHub),
/* harmony export */   describeGitHubError: () => (/* binding */ describeGitHubError),
/* harmony export */   githubSkipReason: () => (/* binding */ githubSkipReason),
/* harmony export */   githubTarget: () => (/* binding */ githubTarget)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);

const MAX_WAIT_SECONDS = 60;
/** Where and as whom: in Actions from its context; locally from --repo and GITHUB_TOKEN. Undefined when either is missing. */
function githubTarget(repoFlag, context) {
    const repository = repoFlag ?? context.githubRepository;
    if (repoFlag !== undefined && !/^[\w.-]+\/[\w.-]+$/.test(repoFlag))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`--repo: expected owner/name, got "${repoFlag}"`);
    const token = context.parentEnv.GITHUB_TOKEN || context.parentEnv.GH_TOKEN;
    if (!repository || !token)
        return undefined;
    const [owner, repo] = repository.split('/');
    return { owner, repo, token, apiUrl: (context.parentEnv.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, '') };
}
/** Why GitHub steps were skipped, for the report. */
function githubSkipReason(repoFlag, context) {
    const repository = repoFlag ?? context.githubRepository;
    if (!repository)
        return 'no repository: pass --repo owner/name (GitHub Actions sets it)';
    return 'no token: set GITHUB_TOKEN (in GitHub Actions: env GITHUB_TOKEN: ${{ github.token }})';
}
async function createGitHub(target, env, log = () => { }) {
    const { getOctokit } = await Promise.all(/* import() */[__webpack_require__.e(119), __webpack_require__.e(206)]).then(__webpack_require__.bind(__webpack_require__, 63206));
    const { retry } = await Promise.all(/* import() */[__webpack_require__.e(251), __webpack_require__.e(735)]).then(__webpack_require__.bind(__webpack_require__, 49735));
    const { throttling } = await Promise.all(/* import() */[__webpack_require__.e(251), __webpack_require__.e(856)]).then(__webpack_require__.bind(__webpack_require__, 86856));
    const Bottleneck = (await __webpack_require__.e(/* import() */ 251).then(__webpack_require__.t.bind(__webpack_require__, 63251, 23))).default;
    const wait = (kind) => (retryAfter, options, _octokit, retryCount) => {
        const retrying = retryCount < 2 && retryAfter <= MAX_WAIT_SECONDS;
        log(`GitHub ${kind} on ${options.method ?? ''} ${options.url ?? ''}: ${retrying ? `retrying in ${retryAfter} s` : `not retrying (asked to wait ${retryAfter} s)`}`);
        return retrying;
    };
    // GitHub asks integrations to space content-creating requests (1 s writes, 3 s notifications) and
    // the retry plugin waits 1, 4, 9 s between attempts; MCP_RELEASE_GITHUB_PACING=none shortens both
    // for GitHub Enterprise test instances and fakes. Never set it against github.com.
    const fast = env.MCP_RELEASE_GITHUB_PACING === 'none';
    const unpaced = fast ? { write: new Bottleneck.Group({ maxConcurrent: 1, minTime: 0 }), notifications: new Bottleneck.Group({ maxConcurrent: 1, minTime: 0 }) } : {};
    return getOctokit(target.token, {
        baseUrl: target.apiUrl,
        retry: { retries: 3, ...(fast ? { retryAfterBaseValue: 20 } : {}) },
        // Retries live in the plugin's options only: a request-level `retries` would make it retry 4xx too.
        throttle: { onRateLimit: wait('rate limit'), onSecondaryRateLimit: wait('secondary rate limit'), ...unpaced },
    }, retry, throttling);
}
/**
 * A GitHub error as a user can act on it: which permission is missing, what
 * was not found, which validation failed. Never includes the token.
 */
function describeGitHubError(error, action, permission) {
    const e = error;
    const message = e.response?.data?.message ?? e.message ?? String(error);
    const details = (e.response?.data?.errors ?? []).map((d) => d.message ?? [d.field, d.code].filter(Boolean).join(' ')).filter(Boolean).join('; ');
    switch (e.status) {
        case 401:
            return `${action}: GitHub rejected the token (401 ${message}); check GITHUB_TOKEN`;
        case 403:
            if (/rate limit/i.test(message))
                return `${action}: GitHub rate limit (${message}); re-run later`;
            return `${action}: the token may not do this (403 ${message}); the job needs \`permissions: ${permission}\` (and an organisation or ruleset that allows it)`;
        case 404:
            return `${action}: not found (404); the repository or object does not exist, or the token cannot see it (\`permissions: ${permission}\`)`;
        case 422:
            return `${action}: GitHub refused the request (422 ${message}${details ? `: ${details}` : ''})`;
        case 429:
            return `${action}: GitHub rate limit (429); re-run later`;
        default:
            return `${action}: ${e.status ? `HTTP ${e.status} ` : ''}${message}`;
    }
}


/***/ })

};

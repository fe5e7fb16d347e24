export const id = 3311;
export const ids = [3311];
export const modules = {

/***/ 63311:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   createOidc: () => (/* binding */ createOidc)
/* harmony export */ });
/* harmony import */ var _release_oidc_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(48412);

function createOidc(credentials, clock) {
    return {
        async identityToken(audience = 'sigstore') {
            const source = (0,_release_oidc_js__WEBPACK_IMPORTED_MODULE_0__/* .identitySource */ .i)(credentials);
            if (source === 'SIGSTORE_ID_TOKEN')
                return credentials.sigstoreIdToken;
            if (!source)
                throw new Error(_release_oidc_js__WEBPACK_IMPORTED_MODULE_0__/* .NO_IDENTITY */ .T);
            const url = new URL(credentials.oidcRequestUrl);
            url.searchParams.set('audience', audience);
            let lastError = '';
            for (let attempt = 0; attempt < 3; attempt++) {
                if (attempt > 0)
                    await clock.sleep(500 * 2 ** attempt);
                try {
                    const response = await fetch(url, {
                        headers: {
                            authorization: `Bearer ${credentials.oidcRequestToken}`,
                            accept: 'application/json',
                        },
                        signal: AbortSignal.timeout(15_000),
                    });
                    if (response.ok) {
                        const body = (await response.json());
                        if (typeof body.value === 'string' && body.value)
                            return body.value;
                        throw new Error('the GitHub OIDC endpoint answered without a token value');
                    }
                    lastError = `the GitHub OIDC endpoint answered HTTP ${response.status}`;
                    // 4xx other than 429 will not change on retry.
                    if (response.status < 500 && response.status !== 429)
                        break;
                }
                catch (error) {
                    lastError = error.message;
                }
            }
            throw new Error(`could not get a GitHub OIDC token for audience "${audience}": ${lastError}`);
        },
    };
}


/***/ }),

/***/ 48412:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ NO_IDENTITY),
/* harmony export */   i: () => (/* binding */ identitySource)
/* harmony export */ });
function identitySource(credentials) {
    if (credentials.sigstoreIdToken)
        return 'SIGSTORE_ID_TOKEN';
    if (credentials.oidcRequestUrl && credentials.oidcRequestToken)
        return 'github-actions';
    return undefined;
}
const NO_IDENTITY = 'no OIDC identity: set SIGSTORE_ID_TOKEN, or run in GitHub Actions with `permissions: id-token: write`';


/***/ })

};

export const id = 352;
export const ids = [352];
export const modules = {

/***/ 80352:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   IN_TOTO_PAYLOAD_TYPE: () => (/* binding */ IN_TOTO_PAYLOAD_TYPE),
/* harmony export */   PUBLIC_SIGSTORE: () => (/* binding */ PUBLIC_SIGSTORE),
/* harmony export */   signBlobKeyless: () => (/* binding */ signBlobKeyless),
/* harmony export */   signStatementKeyless: () => (/* binding */ signStatementKeyless)
/* harmony export */ });
/* harmony import */ var _sigstore_bundle__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(61040);
/* harmony import */ var _sigstore_sign__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(15179);


const PUBLIC_SIGSTORE = {
    fulcioURL: 'https://fulcio.sigstore.dev',
    rekorURL: 'https://rekor.sigstore.dev',
};
const FETCH = { retry: { retries: 2, factor: 2, minTimeout: 500, maxTimeout: 4000 }, timeout: 30_000 };
function witnesses(endpoints, entryType) {
    const list = [new _sigstore_sign__WEBPACK_IMPORTED_MODULE_1__/* .RekorWitness */ .fU({ rekorBaseURL: endpoints.rekorURL, entryType, ...FETCH })];
    if (endpoints.tsaURL)
        list.push(new _sigstore_sign__WEBPACK_IMPORTED_MODULE_1__/* .TSAWitness */ .gs({ tsaBaseURL: endpoints.tsaURL, ...FETCH }));
    return list;
}
function signer(identityToken, endpoints) {
    return new _sigstore_sign__WEBPACK_IMPORTED_MODULE_1__/* .FulcioSigner */ .$o({
        identityProvider: { getToken: () => Promise.resolve(identityToken) },
        fulcioBaseURL: endpoints.fulcioURL,
        ...FETCH,
    });
}
/** A message-signature bundle over the artifact's bytes (what `cosign verify-blob --bundle` and `verify` check). */
async function signBlobKeyless(artifact, identityToken, endpoints) {
    const builder = new _sigstore_sign__WEBPACK_IMPORTED_MODULE_1__/* .MessageSignatureBundleBuilder */ .z3({
        signer: signer(identityToken, endpoints),
        witnesses: witnesses(endpoints),
    });
    return (0,_sigstore_bundle__WEBPACK_IMPORTED_MODULE_0__.bundleToJSON)(await builder.create({ data: artifact }));
}
const IN_TOTO_PAYLOAD_TYPE = 'application/vnd.in-toto+json';
/** A DSSE bundle over an in-toto statement, logged as a Rekor `intoto` entry. */
async function signStatementKeyless(statement, identityToken, endpoints) {
    const builder = new _sigstore_sign__WEBPACK_IMPORTED_MODULE_1__/* .DSSEBundleBuilder */ .VV({
        signer: signer(identityToken, endpoints),
        witnesses: witnesses(endpoints, 'intoto'),
        certificateChain: false,
    });
    return (0,_sigstore_bundle__WEBPACK_IMPORTED_MODULE_0__.bundleToJSON)(await builder.create({ data: Buffer.from(JSON.stringify(statement)), type: IN_TOTO_PAYLOAD_TYPE }));
}


/***/ })

};

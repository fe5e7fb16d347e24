export const id = 780;
export const ids = [780];
export const modules = {

/***/ 28780:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   loadPrivateKey: () => (/* binding */ loadPrivateKey),
/* harmony export */   signWithKey: () => (/* binding */ signWithKey),
/* harmony export */   verifyWithKey: () => (/* binding */ verifyWithKey)
/* harmony export */ });
/* unused harmony export keyHint */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _sigstore_bundle__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(61040);
/* harmony import */ var _sigstore_sign__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(15179);
/* harmony import */ var _sigstore_verify__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(54187);




/**
 * Key-based sigstore bundles, for places without OIDC: the signature is made
 * with a PEM private key from a secret, and the bundle names the public key by a
 * hint (its SHA-256 fingerprint) instead of carrying a Fulcio certificate.
 */
function keyHint(publicKey) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(publicKey.export({ type: 'spki', format: 'der' })).digest('hex').slice(0, 32);
}
/** ECDSA P-256 keys only: what sigstore message signatures with SHA-256 verify everywhere. */
function loadPrivateKey(pem) {
    const key = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createPrivateKey)(pem);
    if (key.asymmetricKeyType !== 'ec' || key.asymmetricKeyDetails?.namedCurve !== 'prime256v1') {
        throw new Error(`a ${key.asymmetricKeyType ?? 'unknown'} key was given; sign needs an ECDSA P-256 key (openssl ecparam -name prime256v1 -genkey)`);
    }
    return key;
}
async function signWithKey(artifact, privateKey) {
    const publicKey = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createPublicKey)(privateKey);
    const publicKeyPem = publicKey.export({ type: 'spki', format: 'pem' }).toString();
    const hint = keyHint(publicKey);
    const signer = {
        async sign(data) {
            return { signature: (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.sign)('sha256', data, privateKey), key: { $case: 'publicKey', publicKey: publicKeyPem, hint } };
        },
    };
    const bundle = await new _sigstore_sign__WEBPACK_IMPORTED_MODULE_2__/* .MessageSignatureBundleBuilder */ .z3({ signer, witnesses: [] }).create({ data: artifact });
    return { bundle: (0,_sigstore_bundle__WEBPACK_IMPORTED_MODULE_1__.bundleToJSON)(bundle), publicKeyPem, hint };
}
/** Verify a key-based bundle for these bytes with the given public key; throws with the reason. */
function verifyWithKey(artifact, bundleJson, publicKeyPem) {
    const publicKey = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createPublicKey)(publicKeyPem);
    const hint = keyHint(publicKey);
    const root = { mediaType: 'application/vnd.dev.sigstore.trustedroot+json;version=0.1', tlogs: [], certificateAuthorities: [], ctlogs: [], timestampAuthorities: [] };
    const keys = { [hint]: { rawBytes: publicKey.export({ type: 'spki', format: 'der' }), keyDetails: 'PKIX_ECDSA_P256_SHA_256', validFor: { start: new Date(0) } } };
    const verifier = new _sigstore_verify__WEBPACK_IMPORTED_MODULE_3__/* .Verifier */ .BL((0,_sigstore_verify__WEBPACK_IMPORTED_MODULE_3__/* .toTrustMaterial */ .jO)(root, keys), { tlogThreshold: 0, ctlogThreshold: 0, timestampThreshold: 0 });
    verifier.verify((0,_sigstore_verify__WEBPACK_IMPORTED_MODULE_3__/* .toSignedEntity */ .DC)((0,_sigstore_bundle__WEBPACK_IMPORTED_MODULE_1__.bundleFromJSON)(bundleJson), artifact));
}


/***/ })

};

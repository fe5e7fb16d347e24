export const id = 133;
export const ids = [133,229];
export const modules = {

/***/ 82133:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   bundleKind: () => (/* binding */ bundleKind),
/* harmony export */   verifyBundle: () => (/* binding */ verifyBundle)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _sigstore_bundle__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(61040);
/* harmony import */ var _sigstore_protobuf_specs__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(19654);
/* harmony import */ var _sigstore_protobuf_specs__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(_sigstore_protobuf_specs__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _sigstore_verify__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(54187);
/* harmony import */ var _sigstore_key_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(94229);





function bundleKind(bundleJson) {
    const material = bundleJson?.verificationMaterial ?? {};
    return 'publicKey' in material ? 'key' : 'keyless';
}
const escapeRegExp = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Throws with the reason when the bundle does not verify; `artifact` is omitted for DSSE bundles. */
function verifyBundle(bundleJson, artifact, trust) {
    const entity = (0,_sigstore_verify__WEBPACK_IMPORTED_MODULE_3__/* .toSignedEntity */ .DC)((0,_sigstore_bundle__WEBPACK_IMPORTED_MODULE_1__.bundleFromJSON)(bundleJson), artifact);
    if (trust.kind === 'key') {
        const publicKey = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createPublicKey)(trust.publicKeyPem);
        const root = _sigstore_protobuf_specs__WEBPACK_IMPORTED_MODULE_2__.TrustedRoot.fromJSON({
            mediaType: 'application/vnd.dev.sigstore.trustedroot+json;version=0.1',
            tlogs: [],
            certificateAuthorities: [],
            ctlogs: [],
            timestampAuthorities: [],
        });
        const keys = {
            [(0,_sigstore_key_js__WEBPACK_IMPORTED_MODULE_4__/* .keyHint */ .p)(publicKey)]: {
                rawBytes: publicKey.export({ type: 'spki', format: 'der' }),
                keyDetails: 'PKIX_ECDSA_P256_SHA_256',
                validFor: { start: new Date(0) },
            },
        };
        new _sigstore_verify__WEBPACK_IMPORTED_MODULE_3__/* .Verifier */ .BL((0,_sigstore_verify__WEBPACK_IMPORTED_MODULE_3__/* .toTrustMaterial */ .jO)(root, keys), {
            tlogThreshold: 0,
            ctlogThreshold: 0,
            timestampThreshold: 0,
        }).verify(entity);
        return {};
    }
    const { identity, identityRegexp, issuer } = trust.identity;
    if (!identity && !identityRegexp)
        throw new Error('a keyless bundle needs an expected identity (--certificate-identity or --certificate-identity-regexp)');
    const verifier = new _sigstore_verify__WEBPACK_IMPORTED_MODULE_3__/* .Verifier */ .BL((0,_sigstore_verify__WEBPACK_IMPORTED_MODULE_3__/* .toTrustMaterial */ .jO)(_sigstore_protobuf_specs__WEBPACK_IMPORTED_MODULE_2__.TrustedRoot.fromJSON(trust.trustedRoot)), {
        tlogThreshold: 1,
        ctlogThreshold: 1,
        timestampThreshold: 1,
    });
    const signer = verifier.verify(entity, {
        subjectAlternativeName: identity ? `^${escapeRegExp(identity)}$` : identityRegexp,
        extensions: { issuer },
    });
    return { identity: signer.identity?.subjectAlternativeName, issuer: signer.identity?.extensions?.issuer };
}


/***/ }),

/***/ 94229:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   loadPrivateKey: () => (/* binding */ loadPrivateKey),
/* harmony export */   p: () => (/* binding */ keyHint),
/* harmony export */   publicKeyOf: () => (/* binding */ publicKeyOf),
/* harmony export */   signStatementWithKey: () => (/* binding */ signStatementWithKey),
/* harmony export */   signWithKey: () => (/* binding */ signWithKey)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _sigstore_bundle__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(61040);
/* harmony import */ var _sigstore_sign__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(15179);



/**
 * Key-based sigstore bundles, for places without OIDC: the signature is made
 * with a PEM private key from a secret, and the bundle names the public key by a
 * hint (its SHA-256 fingerprint) instead of carrying a Fulcio certificate.
 */
function keyHint(publicKey) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256')
        .update(publicKey.export({ type: 'spki', format: 'der' }))
        .digest('hex')
        .slice(0, 32);
}
/** ECDSA P-256 keys only: what sigstore message signatures with SHA-256 verify everywhere. */
function loadPrivateKey(pem) {
    const key = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createPrivateKey)(pem);
    if (key.asymmetricKeyType !== 'ec' || key.asymmetricKeyDetails?.namedCurve !== 'prime256v1') {
        throw new Error(`a ${key.asymmetricKeyType ?? 'unknown'} key was given; sign needs an ECDSA P-256 key (openssl ecparam -name prime256v1 -genkey)`);
    }
    return key;
}
function publicKeyOf(privateKey) {
    const publicKey = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createPublicKey)(privateKey);
    return { publicKeyPem: publicKey.export({ type: 'spki', format: 'pem' }).toString(), hint: keyHint(publicKey) };
}
function keySigner(privateKey) {
    const { publicKeyPem, hint } = publicKeyOf(privateKey);
    const signer = {
        sign(data) {
            return Promise.resolve({
                signature: (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.sign)('sha256', data, privateKey),
                key: { $case: 'publicKey', publicKey: publicKeyPem, hint },
            });
        },
    };
    return { signer, publicKeyPem, hint };
}
async function signWithKey(artifact, privateKey) {
    const { signer, publicKeyPem, hint } = keySigner(privateKey);
    const bundle = await new _sigstore_sign__WEBPACK_IMPORTED_MODULE_2__/* .MessageSignatureBundleBuilder */ .z3({ signer, witnesses: [] }).create({ data: artifact });
    return { bundle: (0,_sigstore_bundle__WEBPACK_IMPORTED_MODULE_1__.bundleToJSON)(bundle), publicKeyPem, hint };
}
/** A DSSE bundle over an in-toto statement, signed with the key. */
async function signStatementWithKey(statement, privateKey, payloadType) {
    const { signer } = keySigner(privateKey);
    const bundle = await new _sigstore_sign__WEBPACK_IMPORTED_MODULE_2__/* .DSSEBundleBuilder */ .VV({ signer, witnesses: [] }).create({
        data: Buffer.from(JSON.stringify(statement)),
        type: payloadType,
    });
    return (0,_sigstore_bundle__WEBPACK_IMPORTED_MODULE_1__.bundleToJSON)(bundle);
}


/***/ })

};

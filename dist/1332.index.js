export const id = 1332;
export const ids = [1332];
export const modules = {

/***/ 51332:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   sigstore: () => (/* binding */ sigstore)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _release_bundle_verification_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(82133);
/* harmony import */ var _release_keyless_signature_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(80352);
/* harmony import */ var _release_sigstore_key_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(94229);







const FETCH = { retry: { retries: 2, factor: 2, minTimeout: 500, maxTimeout: 4000 }, timeout: 30_000 };
/** The @sigstore libraries, loaded on first use: only the commands that sign or verify pay for them (about 1 MB). */
async function libraries() {
    const [bundle, sign, specs, verify] = await Promise.all([
        Promise.all(/* import() */[__webpack_require__.e(9654), __webpack_require__.e(1040)]).then(__webpack_require__.bind(__webpack_require__, 61040)),
        Promise.all(/* import() */[__webpack_require__.e(2725), __webpack_require__.e(2088), __webpack_require__.e(9654), __webpack_require__.e(2649), __webpack_require__.e(9310), __webpack_require__.e(4463), __webpack_require__.e(5179)]).then(__webpack_require__.bind(__webpack_require__, 15179)),
        __webpack_require__.e(/* import() */ 9654).then(__webpack_require__.t.bind(__webpack_require__, 19654, 23)),
        Promise.all(/* import() */[__webpack_require__.e(9654), __webpack_require__.e(4463), __webpack_require__.e(4187)]).then(__webpack_require__.bind(__webpack_require__, 54187)),
    ]);
    return { ...bundle, ...sign, ...specs, ...verify };
}
async function keylessParts(endpoints, identityToken, entryType) {
    const { FulcioSigner, RekorWitness, TSAWitness } = await libraries();
    const witnesses = [new RekorWitness({ rekorBaseURL: endpoints.rekorURL, entryType, ...FETCH })];
    if (endpoints.tsaURL)
        witnesses.push(new TSAWitness({ tsaBaseURL: endpoints.tsaURL, ...FETCH }));
    const signer = new FulcioSigner({
        identityProvider: { getToken: () => Promise.resolve(identityToken) },
        fulcioBaseURL: endpoints.fulcioURL,
        ...FETCH,
    });
    return { signer, witnesses };
}
const sigstore = {
    async signBlobWithKey(artifact, privateKey) {
        const { bundleToJSON, MessageSignatureBundleBuilder } = await libraries();
        const { signer } = (0,_release_sigstore_key_js__WEBPACK_IMPORTED_MODULE_5__/* .keySigner */ .Ye)(privateKey);
        const bundle = await new MessageSignatureBundleBuilder({ signer, witnesses: [] }).create({ data: artifact });
        return { bundle: bundleToJSON(bundle), ...(0,_release_sigstore_key_js__WEBPACK_IMPORTED_MODULE_5__/* .publicKeyOf */ .kc)(privateKey) };
    },
    async signStatementWithKey(statement, privateKey, payloadType) {
        const { bundleToJSON, DSSEBundleBuilder } = await libraries();
        const { signer } = (0,_release_sigstore_key_js__WEBPACK_IMPORTED_MODULE_5__/* .keySigner */ .Ye)(privateKey);
        const bundle = await new DSSEBundleBuilder({ signer, witnesses: [] }).create({
            data: Buffer.from(JSON.stringify(statement)),
            type: payloadType,
        });
        return bundleToJSON(bundle);
    },
    async signBlobKeyless(artifact, identityToken, endpoints) {
        const { bundleToJSON, MessageSignatureBundleBuilder } = await libraries();
        const { signer, witnesses } = await keylessParts(endpoints, identityToken);
        const builder = new MessageSignatureBundleBuilder({ signer, witnesses });
        return bundleToJSON(await builder.create({ data: artifact }));
    },
    async signStatementKeyless(statement, identityToken, endpoints) {
        const { bundleToJSON, DSSEBundleBuilder } = await libraries();
        const { signer, witnesses } = await keylessParts(endpoints, identityToken, 'intoto');
        const builder = new DSSEBundleBuilder({ signer, witnesses, certificateChain: false });
        return bundleToJSON(await builder.create({ data: Buffer.from(JSON.stringify(statement)), type: _release_keyless_signature_js__WEBPACK_IMPORTED_MODULE_4__/* .IN_TOTO_PAYLOAD_TYPE */ .T }));
    },
    async verifyBundle(bundleJson, artifact, trust) {
        const { bundleFromJSON, TrustedRoot, toSignedEntity, toTrustMaterial, Verifier } = await libraries();
        const entity = toSignedEntity(bundleFromJSON(bundleJson), artifact);
        if (trust.kind === 'key') {
            const publicKey = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createPublicKey)(trust.publicKeyPem);
            const root = TrustedRoot.fromJSON({
                mediaType: 'application/vnd.dev.sigstore.trustedroot+json;version=0.1',
                tlogs: [],
                certificateAuthorities: [],
                ctlogs: [],
                timestampAuthorities: [],
            });
            const keys = {
                [(0,_release_sigstore_key_js__WEBPACK_IMPORTED_MODULE_5__/* .keyHint */ .p4)(publicKey)]: {
                    rawBytes: publicKey.export({ type: 'spki', format: 'der' }),
                    keyDetails: 'PKIX_ECDSA_P256_SHA_256',
                    validFor: { start: new Date(0) },
                },
            };
            new Verifier(toTrustMaterial(root, keys), {
                tlogThreshold: 0,
                ctlogThreshold: 0,
                timestampThreshold: 0,
            }).verify(entity);
            return {};
        }
        const subjectAlternativeName = (0,_release_bundle_verification_js__WEBPACK_IMPORTED_MODULE_6__/* .identityPattern */ .L2)(trust.identity);
        if (!subjectAlternativeName)
            throw new Error(_release_bundle_verification_js__WEBPACK_IMPORTED_MODULE_6__/* .NO_EXPECTED_IDENTITY */ .Gr);
        const verifier = new Verifier(toTrustMaterial(TrustedRoot.fromJSON(trust.trustedRoot)), {
            tlogThreshold: 1,
            ctlogThreshold: 1,
            timestampThreshold: 1,
        });
        const signer = verifier.verify(entity, { subjectAlternativeName, extensions: { issuer: trust.identity.issuer } });
        return { identity: signer.identity?.subjectAlternativeName, issuer: signer.identity?.extensions?.issuer };
    },
    async loadTrustedRoot(file) {
        if (file) {
            const text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(file, 'utf8').catch(() => undefined);
            if (text === undefined)
                throw new Error(`cannot read ${file}`);
            try {
                return { root: JSON.parse(text), source: file };
            }
            catch {
                throw new Error(`${file} is not JSON (a sigstore TrustedRoot document is expected)`);
            }
        }
        // TUF loads only to verify a keyless bundle without a --trusted-root.
        const { DEFAULT_MIRROR_URL, getTrustedRoot } = await Promise.all(/* import() */[__webpack_require__.e(2725), __webpack_require__.e(2088), __webpack_require__.e(9654), __webpack_require__.e(2649), __webpack_require__.e(8968), __webpack_require__.e(9310), __webpack_require__.e(3694)]).then(__webpack_require__.bind(__webpack_require__, 84423));
        const cachePath = node_path__WEBPACK_IMPORTED_MODULE_3___default().join((0,node_os__WEBPACK_IMPORTED_MODULE_2__.tmpdir)(), 'mcp-release-tuf');
        try {
            const { TrustedRoot } = await libraries();
            const root = await getTrustedRoot({ cachePath, retry: { retries: 1 }, timeout: 10_000 });
            return { root: TrustedRoot.toJSON(root), source: DEFAULT_MIRROR_URL };
        }
        catch (error) {
            // Seeding the cache wrote the trusted root that ships with @sigstore/tuf.
            const seeded = node_path__WEBPACK_IMPORTED_MODULE_3___default().join(cachePath, new URL(DEFAULT_MIRROR_URL).host, 'targets', 'trusted_root.json');
            const text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(seeded, 'utf8').catch(() => undefined);
            if (text === undefined)
                throw new Error(`could not load sigstore's trusted root through TUF (${error.message}); pass --trusted-root`, { cause: error });
            return {
                root: JSON.parse(text),
                source: 'the copy shipped with @sigstore/tuf',
                note: `TUF refresh failed (${error.message}): verified against the trusted root shipped with @sigstore/tuf`,
            };
        }
    },
};


/***/ }),

/***/ 82133:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gr: () => (/* binding */ NO_EXPECTED_IDENTITY),
/* harmony export */   L2: () => (/* binding */ identityPattern),
/* harmony export */   tX: () => (/* binding */ bundleKind)
/* harmony export */ });
function bundleKind(bundleJson) {
    const material = bundleJson?.verificationMaterial ?? {};
    return 'publicKey' in material ? 'key' : 'keyless';
}
/** The certificate identity a keyless bundle must carry, as the verifier's pattern: exact, or the caller's expression. */
function identityPattern(policy) {
    return policy.identity ? `^${policy.identity.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$` : policy.identityRegexp;
}
const NO_EXPECTED_IDENTITY = 'a keyless bundle needs an expected identity (--certificate-identity or --certificate-identity-regexp)';


/***/ }),

/***/ 80352:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ IN_TOTO_PAYLOAD_TYPE),
/* harmony export */   X: () => (/* binding */ PUBLIC_SIGSTORE)
/* harmony export */ });
const PUBLIC_SIGSTORE = {
    fulcioURL: 'https://fulcio.sigstore.dev',
    rekorURL: 'https://rekor.sigstore.dev',
};
const IN_TOTO_PAYLOAD_TYPE = 'application/vnd.in-toto+json';


/***/ }),

/***/ 94229:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   PM: () => (/* binding */ loadPrivateKey),
/* harmony export */   Ye: () => (/* binding */ keySigner),
/* harmony export */   kc: () => (/* binding */ publicKeyOf),
/* harmony export */   p4: () => (/* binding */ keyHint)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);

/**
 * Key-based sigstore bundles, for places without OIDC: the signature is made
 * with a PEM private key from a secret, and the bundle names the public key by a
 * hint (its SHA-256 fingerprint) instead of carrying a Fulcio certificate.
 * The keys and the signer are here; the sigstore adapter builds the bundles.
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
/** A signer for sigstore's bundle builders: the signature made here, the key named by its hint. */
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


/***/ })

};

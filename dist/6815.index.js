export const id = 6815;
export const ids = [6815];
export const modules = {

/***/ 76815:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   verifyCommand: () => (/* binding */ verifyCommand)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(13146);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(92174);
/* harmony import */ var _release_bundle_verification_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(87451);
/* harmony import */ var _release_checksums_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9567);
/* harmony import */ var _report_model_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(46997);
/* harmony import */ var _rules_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7800);
/* harmony import */ var _define_command_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3445);
/* harmony import */ var _option_catalog_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(27405);
/* harmony import */ var _packages_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(63633);











const OPTIONS = (0,_define_command_js__WEBPACK_IMPORTED_MODULE_5__/* .pickOptions */ .Sb)({
    tarball: { description: 'The tarball to check.' },
    sums: true,
    bundle: true,
    provenance: {
        description: 'Signed SLSA provenance (default: <tarball>.intoto.jsonl, when present).',
        schema: zod__WEBPACK_IMPORTED_MODULE_8__/* .string */ .YjP().min(1).optional(),
    },
    'public-key': true,
    'trusted-root': true,
    'certificate-identity': true,
    'certificate-identity-regexp': true,
    'certificate-oidc-issuer': true,
    config: { description: 'Accepted like every command takes it; verify reads no config file.' },
    'fail-on': { description: _option_catalog_js__WEBPACK_IMPORTED_MODULE_6__/* .SHARED_DESCRIPTIONS */ .OD.failOnError },
});
const verifyCommand = (0,_define_command_js__WEBPACK_IMPORTED_MODULE_5__/* .defineCommand */ .NB)({
    name: 'verify',
    summary: 'Check a tarball against SHA256SUMS, its sigstore bundle and its signed provenance: the bytes are the ones that were signed, by the identity expected.',
    positional: 'tarball',
    options: OPTIONS,
    outputs: {
        sha256: 'sha256 of the tarball.',
        verified: 'JSON array of what was verified: sums, bundle, provenance.',
        'signer-identity': 'The certificate identity of a keyless signature.',
    },
    run: verify,
});
async function readOptional(context, file, given, flag) {
    const text = await context.adapters.fs.readFile(file, 'utf8').catch(() => undefined);
    if (text === undefined && given)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_9__/* .UsageError */ .eb(`verify: --${flag}: cannot read ${given}`);
    return text;
}
function parseJson(text, file) {
    try {
        return JSON.parse(text);
    }
    catch {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_9__/* .UsageError */ .eb(`verify: ${file} is not JSON (a sigstore bundle is expected)`);
    }
}
async function verify(input, context) {
    const started = performance.now();
    const { fs, sigstore } = context.adapters;
    const tarball = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(context.cwd, input.tarball);
    if (!(await fs.stat(tarball).catch(() => undefined))?.isFile())
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_9__/* .UsageError */ .eb(`verify: TARBALL "${input.tarball}" is not a file`);
    if (input['certificate-identity-regexp']) {
        try {
            new RegExp(input['certificate-identity-regexp']);
        }
        catch (error) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_9__/* .UsageError */ .eb(`verify: --certificate-identity-regexp: ${error.message}`);
        }
    }
    const findings = [];
    const notes = [];
    const finding = (rule, message) => void findings.push(...(0,_rules_js__WEBPACK_IMPORTED_MODULE_4__/* .rateAll */ .US)([{ rule, message }]));
    const verified = [];
    const outputs = {};
    const bytes = await fs.readFile(tarball);
    const sha256 = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(bytes).digest('hex');
    const sumsFile = input.sums ? node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(context.cwd, input.sums) : node_path__WEBPACK_IMPORTED_MODULE_1___default().join(node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(tarball), 'SHA256SUMS');
    const sumsText = await readOptional(context, sumsFile, input.sums, 'sums');
    if (sumsText !== undefined) {
        const sumsName = node_path__WEBPACK_IMPORTED_MODULE_1___default().basename(sumsFile);
        const found = (0,_release_checksums_js__WEBPACK_IMPORTED_MODULE_2__/* .lookupSum */ .kq)((0,_release_checksums_js__WEBPACK_IMPORTED_MODULE_2__/* .parseSums */ .mi)(sumsText), [
            node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(sumsFile), tarball),
            node_path__WEBPACK_IMPORTED_MODULE_1___default().basename(tarball),
        ]);
        const where = (lines) => lines.map((l) => `line ${l.line}: ${l.sha256}`).join(', ');
        if (found.kind === 'missing')
            finding('verify/not-in-sums', `${node_path__WEBPACK_IMPORTED_MODULE_1___default().basename(tarball)} is not listed in ${sumsName}`);
        else if (found.kind === 'conflict')
            finding('verify/checksum-mismatch', `${sumsName} gives ${node_path__WEBPACK_IMPORTED_MODULE_1___default().basename(tarball)} different sha256 digests (${where(found.lines)}): a checksums file names each file once, so one line was added or changed; nothing is trusted (the tarball has ${sha256})`);
        else {
            if (found.lines.length > 1)
                notes.push(`${sumsName} lists ${node_path__WEBPACK_IMPORTED_MODULE_1___default().basename(tarball)} ${found.lines.length} times with the same sha256 (lines ${found.lines.map((l) => l.line).join(', ')}): one check, not ${found.lines.length}`);
            if (found.sha256 !== sha256)
                finding('verify/checksum-mismatch', `${node_path__WEBPACK_IMPORTED_MODULE_1___default().basename(tarball)} has sha256 ${sha256}, ${sumsName} says ${found.sha256}`);
            else
                verified.push('sums');
        }
    }
    // The bundle and the provenance are checked the same way; trust is resolved once, when first needed.
    const resolveTrust = async (kind) => {
        if (kind === 'key') {
            if (!input['public-key'])
                return 'is key-based and no --public-key was given';
            const pem = await fs.readFile(node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(context.cwd, input['public-key']), 'utf8').catch(() => undefined);
            if (pem === undefined)
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_9__/* .UsageError */ .eb(`verify: --public-key: cannot read ${input['public-key']}`);
            return { kind, publicKeyPem: pem };
        }
        if (!input['certificate-identity'] && !input['certificate-identity-regexp'])
            return 'is keyless and no --certificate-identity (or --certificate-identity-regexp) says whose signature to trust';
        const trusted = await sigstore
            .loadTrustedRoot(input['trusted-root'] ? node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(context.cwd, input['trusted-root']) : undefined)
            .catch((error) => {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_9__/* .UsageError */ .eb(`verify: --trusted-root: ${error.message}`);
        });
        if (trusted.note)
            notes.push(trusted.note);
        const identity = {
            identity: input['certificate-identity'],
            identityRegexp: input['certificate-identity-regexp'],
            issuer: input['certificate-oidc-issuer'],
        };
        return { kind, trustedRoot: trusted.root, identity };
    };
    const trustByKind = new Map();
    const trustFor = (kind) => {
        let trust = trustByKind.get(kind);
        if (!trust)
            trustByKind.set(kind, (trust = resolveTrust(kind)));
        return trust;
    };
    const check = async (file, json, artifact) => {
        const trust = await trustFor((0,_release_bundle_verification_js__WEBPACK_IMPORTED_MODULE_10__/* .bundleKind */ .tX)(json));
        if (typeof trust === 'string') {
            finding('verify/no-key', `${node_path__WEBPACK_IMPORTED_MODULE_1___default().basename(file)} ${trust}`);
            return false;
        }
        try {
            const signer = await sigstore.verifyBundle(json, artifact, trust);
            if (signer.identity)
                outputs['signer-identity'] = signer.identity;
            return true;
        }
        catch (error) {
            const policy = error.name === 'PolicyError';
            finding(policy ? 'verify/identity-mismatch' : 'verify/bundle-invalid', `${node_path__WEBPACK_IMPORTED_MODULE_1___default().basename(file)} does not verify ${node_path__WEBPACK_IMPORTED_MODULE_1___default().basename(tarball)}: ${error.message}`);
            return false;
        }
    };
    const bundleFile = input.bundle ? node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(context.cwd, input.bundle) : `${tarball}.sigstore.json`;
    const bundleText = await readOptional(context, bundleFile, input.bundle, 'bundle');
    if (bundleText !== undefined && (await check(bundleFile, parseJson(bundleText, bundleFile), bytes)))
        verified.push('bundle');
    const provenanceFile = input.provenance ? node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(context.cwd, input.provenance) : `${tarball}.intoto.jsonl`;
    const provenanceText = await readOptional(context, provenanceFile, input.provenance, 'provenance');
    if (provenanceText !== undefined) {
        const lines = provenanceText.split('\n').filter((line) => line.trim());
        const sha512 = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha512').update(bytes).digest('hex');
        let matched = false;
        let unverified = false;
        for (const line of lines) {
            const json = parseJson(line, provenanceFile);
            if (!(await check(provenanceFile, json, undefined))) {
                unverified = true;
                continue;
            }
            const payload = json.dsseEnvelope?.payload;
            const statement = payload
                ? JSON.parse(Buffer.from(payload, 'base64').toString('utf8'))
                : {};
            if ((statement.subject ?? []).some((s) => s.digest?.sha512 === sha512 || s.digest?.sha256 === sha256))
                matched = true;
        }
        if (matched)
            verified.push('provenance');
        else if (!unverified)
            finding('verify/provenance-subject-mismatch', `${node_path__WEBPACK_IMPORTED_MODULE_1___default().basename(provenanceFile)} is signed but names no subject with ${node_path__WEBPACK_IMPORTED_MODULE_1___default().basename(tarball)}'s digest`);
    }
    if (verified.length === 0 && findings.length === 0)
        finding('verify/nothing-to-verify', `no SHA256SUMS, sigstore bundle or provenance beside ${node_path__WEBPACK_IMPORTED_MODULE_1___default().basename(tarball)}`);
    return (0,_packages_js__WEBPACK_IMPORTED_MODULE_7__/* .aggregateReport */ .yf)('verify', [{ name: node_path__WEBPACK_IMPORTED_MODULE_1___default().basename(tarball), dir: '.', ok: (0,_report_model_js__WEBPACK_IMPORTED_MODULE_3__/* .isOk */ .HQ)(findings, input['fail-on'] ?? 'error'), findings }], { total: Math.round(performance.now() - started) }, notes, { sha256, verified: JSON.stringify(verified), ...outputs });
}


/***/ }),

/***/ 87451:
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

/***/ 9567:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bj: () => (/* binding */ sha256Of),
/* harmony export */   K3: () => (/* binding */ formatSums),
/* harmony export */   kq: () => (/* binding */ lookupSum),
/* harmony export */   mi: () => (/* binding */ parseSums)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);

function sha256Of(bytes) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(bytes).digest('hex');
}
/** `sha256sum` format: "<hex>  <name>" per line, sorted by name. */
function formatSums(entries) {
    return `${[...entries]
        .sort((a, b) => a.name.localeCompare(b.name))
        .map((e) => `${e.sha256}  ${e.name}`)
        .join('\n')}\n`;
}
/** Every "<hex>  <name>" line, in file order, duplicates kept: a caller decides what a second line means. */
function parseSums(text) {
    const lines = [];
    for (const [index, line] of text.split('\n').entries()) {
        const match = /^([0-9a-fA-F]{64})\s+\*?(.+)$/.exec(line.trim());
        if (match)
            lines.push({ name: match[2], sha256: match[1].toLowerCase(), line: index + 1 });
    }
    return lines;
}
/**
 * The digest SHA256SUMS gives a file known by any of `names` (its path beside
 * the sums file, its base name). Two lines with different digests are a
 * conflict, never "the last one wins": a line appended to a checksums file
 * must not override the one the release wrote. Pure.
 */
function lookupSum(lines, names) {
    const wanted = new Set(names.flatMap((n) => [n, `./${n}`]));
    const matching = lines.filter((l) => wanted.has(l.name));
    const first = matching[0];
    if (!first)
        return { kind: 'missing' };
    if (matching.some((l) => l.sha256 !== first.sha256))
        return { kind: 'conflict', lines: matching };
    return { kind: 'found', sha256: first.sha256, lines: matching };
}


/***/ })

};

export const id = 5672;
export const ids = [5672];
export const modules = {

/***/ 95672:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  signCommand: () => (/* binding */ signCommand)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 4 modules
var schemas = __webpack_require__(41514);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/release/checksums.ts
var checksums = __webpack_require__(13349);
// EXTERNAL MODULE: ./src/release/keyless-signature.ts
var keyless_signature = __webpack_require__(80352);
// EXTERNAL MODULE: ./src/release/manifest.ts
var release_manifest = __webpack_require__(24776);
// EXTERNAL MODULE: ./src/release/oidc.ts
var release_oidc = __webpack_require__(48412);
// EXTERNAL MODULE: ./src/settings/settings.ts
var settings = __webpack_require__(27100);
;// CONCATENATED MODULE: ./src/release/provenance.ts

/**
 * SLSA v1 build provenance for tarballs built in GitHub Actions, as an in-toto
 * statement. The shape follows what npm's own `--provenance` writes (GitHub
 * Actions build type, workflow ref and path, the commit as resolved
 * dependency, the run as invocation id), so tools that read npm provenance read
 * ours. Pure: every fact comes from the settings passed in.
 */
const SLSA_PREDICATE_TYPE = 'https://slsa.dev/provenance/v1';
const IN_TOTO_STATEMENT_TYPE = 'https://in-toto.io/Statement/v1';
const GITHUB_BUILD_TYPE = 'https://slsa-framework.github.io/github-actions-buildtypes/workflow/v1';
function npmPurl(name, version) {
    return `pkg:npm/${name.replace(/^@/, '%40')}@${version}`;
}
function githubBuildFacts(variables) {
    const missing = settings/* BUILD_VARIABLES */.Z.filter((name) => !variables[name]);
    if (missing.length > 0)
        return { missing };
    return {
        facts: Object.fromEntries(settings/* BUILD_VARIABLES */.Z.map((name) => [name, variables[name]])),
        missing,
    };
}
function buildProvenanceStatement(subjects, settings) {
    const { facts, missing } = githubBuildFacts(settings.buildVariables);
    if (!facts)
        throw new Error(`provenance needs GitHub Actions variables: ${missing.join(', ')} not set`);
    const server = facts.GITHUB_SERVER_URL;
    const repository = facts.GITHUB_REPOSITORY;
    // GITHUB_WORKFLOW_REF is "owner/repo/.github/workflows/file.yml@refs/heads/main".
    const workflowPath = facts.GITHUB_WORKFLOW_REF.replace(`${repository}/`, '').replace(/@.*$/, '');
    return {
        _type: IN_TOTO_STATEMENT_TYPE,
        subject: subjects,
        predicateType: SLSA_PREDICATE_TYPE,
        predicate: {
            buildDefinition: {
                buildType: GITHUB_BUILD_TYPE,
                externalParameters: {
                    workflow: { ref: facts.GITHUB_REF, repository: `${server}/${repository}`, path: workflowPath },
                },
                internalParameters: {
                    github: {
                        event_name: facts.GITHUB_EVENT_NAME,
                        repository_id: settings.github.repositoryId ?? '',
                        repository_owner_id: settings.github.repositoryOwnerId ?? '',
                    },
                },
                resolvedDependencies: [
                    { uri: `git+${server}/${repository}@${facts.GITHUB_REF}`, digest: { gitCommit: facts.GITHUB_SHA } },
                ],
            },
            runDetails: {
                builder: {
                    id: `${server}/actions/runner/${settings.github.runnerEnvironment === 'self-hosted' ? 'self-hosted' : 'github-hosted'}`,
                },
                metadata: {
                    invocationId: `${server}/${repository}/actions/runs/${facts.GITHUB_RUN_ID}/attempts/${facts.GITHUB_RUN_ATTEMPT}`,
                },
            },
        },
    };
}

// EXTERNAL MODULE: ./src/release/sigstore-key.ts
var sigstore_key = __webpack_require__(94229);
// EXTERNAL MODULE: ./src/release/visibility.ts
var release_visibility = __webpack_require__(59177);
// EXTERNAL MODULE: ./src/report/model.ts
var model = __webpack_require__(96867);
// EXTERNAL MODULE: ./src/rules.ts + 3 modules
var rules = __webpack_require__(36086);
// EXTERNAL MODULE: ./src/commands/define-command.ts
var define_command = __webpack_require__(68427);
// EXTERNAL MODULE: ./src/commands/option-catalog.ts
var option_catalog = __webpack_require__(19159);
// EXTERNAL MODULE: ./src/commands/packages.ts + 1 modules
var commands_packages = __webpack_require__(54731);
;// CONCATENATED MODULE: ./src/commands/sign.ts
















const OPTIONS = (0,define_command/* pickOptions */.Sb)({
    tarball: { description: 'The tarball(s) to sign.', schema: schemas/* array */.YOg(schemas/* string */.YjP().min(1)).min(1), multiple: true },
    out: {
        description: 'Folder for SHA256SUMS, the bundles, the provenance and the public key (default: beside the first tarball).',
    },
    key: true,
    provenance: {
        description: 'Signed SLSA provenance <tarball>.intoto.jsonl: auto (default: in GitHub Actions), require (fail outside it) or off.',
        schema: schemas/* enum */.k5n(option_catalog/* PROVENANCE_MODES */.zZ).default('auto'),
    },
    'fulcio-url': true,
    'rekor-url': true,
    'tsa-url': true,
    keyless: true,
    attest: true,
    visibility: true,
    config: { description: 'Accepted like every command takes it; sign reads no config file.' },
    'fail-on': { description: option_catalog/* SHARED_DESCRIPTIONS */.OD.failOnError },
});
const signCommand = (0,define_command/* defineCommand */.NB)({
    name: 'sign',
    summary: 'SHA256SUMS for the tarballs and their release manifest, a sigstore bundle per tarball (<tarball>.sigstore.json: keyless with GitHub OIDC, or with a PEM key) and SLSA provenance (<tarball>.intoto.jsonl).',
    positional: { option: 'tarball', name: 'TARBALL...' },
    options: OPTIONS,
    outputs: {
        sums: 'Path of SHA256SUMS.',
        signing: 'How the bundles were signed: keyless, key or none.',
        bundles: 'JSON array of the sigstore bundle paths.',
        provenance: 'JSON array of the signed in-toto provenance paths (<tarball>.intoto.jsonl).',
        'public-key': 'Path of the public key PEM that verifies key-based bundles.',
        attest: 'With {--attest}: "true" when a GitHub artifact attestation should follow, else "false".',
        'attest-reason': 'With {--attest}: why the attestation runs or is skipped, one sentence.',
    },
    run: sign,
});
async function chooseSigner(input, context, keyless) {
    const { fs, oidc, sigstore } = context.adapters;
    const pem = input.key
        ? await fs.readFile(external_node_path_default().resolve(context.cwd, input.key), 'utf8').catch(() => undefined)
        : context.settings.credentials.signingKey;
    if (input.key && pem === undefined)
        throw new errors/* UsageError */.eb(`sign: --key: cannot read ${input.key}`);
    if (pem) {
        let key;
        try {
            key = (0,sigstore_key/* loadPrivateKey */.PM)(pem);
        }
        catch (error) {
            throw new errors/* UsageError */.eb(`sign: the signing key is not a PEM private key (${error.message.split('\n')[0]})`);
        }
        const signer = {
            kind: 'key',
            ...(0,sigstore_key/* publicKeyOf */.kc)(key),
            blob: async (bytes) => (await sigstore.signBlobWithKey(bytes, key)).bundle,
            statement: (statement) => sigstore.signStatementWithKey(statement, key, keyless_signature/* IN_TOTO_PAYLOAD_TYPE */.T),
        };
        return { signer, reason: 'a private key (no transparency log: nothing about the repository is published)' };
    }
    const source = (0,release_oidc/* identitySource */.i)(context.settings.credentials);
    if (!source)
        return {};
    // Decided before any OIDC request: a private repository's identity must not reach Fulcio or Rekor.
    if (!keyless.run)
        return {
            skipped: `${keyless.reason}: only SHA256SUMS was written (give --key or MCP_RELEASE_SIGNING_KEY to sign with a key)`,
        };
    const refusal = await tokenRefusal(input, context, source);
    if (refusal)
        return {
            skipped: `${refusal}: only SHA256SUMS was written (give --key or MCP_RELEASE_SIGNING_KEY to sign with a key)`,
        };
    const endpoints = {
        fulcioURL: input['fulcio-url'] ?? keyless_signature/* PUBLIC_SIGSTORE */.X.fulcioURL,
        rekorURL: input['rekor-url'] ?? keyless_signature/* PUBLIC_SIGSTORE */.X.rekorURL,
        tsaURL: input['tsa-url'],
    };
    // Fetched per signature: a GitHub OIDC token lives a few minutes, and Fulcio wants a fresh one.
    const token = () => oidc.identityToken();
    const signer = {
        kind: 'keyless',
        blob: async (bytes) => sigstore.signBlobKeyless(bytes, await token(), endpoints),
        statement: async (statement) => sigstore.signStatementKeyless(statement, await token(), endpoints),
    };
    return { signer, reason: `keyless: a Fulcio certificate for the OIDC identity, logged in Rekor (${keyless.reason})` };
}
/**
 * When the visibility is unknown and the identity is GitHub's, its token says
 * (claim repository_visibility): one token is asked for and read before any
 * signature. A token that cannot be had is left to the signing, which reports it.
 */
async function tokenRefusal(input, context, source) {
    if (input.keyless !== 'auto' ||
        source !== 'github-actions' ||
        (0,release_visibility/* effectiveVisibility */.aT)(input.visibility, context.settings.github.repositoryVisibility) !== 'unknown')
        return undefined;
    const token = await context.adapters.oidc.identityToken().catch(() => undefined);
    const claimed = token ? (0,release_visibility/* visibilityFromIdentityToken */.sr)(token) : undefined;
    if (!claimed || claimed === 'public')
        return undefined;
    return `${(0,release_visibility/* decide */.LD)('keyless', claimed, 'auto').reason} (said by the OIDC token's repository_visibility claim)`;
}
/** <tarball>.intoto.jsonl: one signed statement per line, the form slsa-verifier and Scorecard read. */
async function writeSignedProvenance(context, file, bytes, out, signer) {
    const manifest = await context.adapters.tarball.readTarballManifest(file);
    if (typeof manifest?.name !== 'string' || typeof manifest.version !== 'string')
        throw new errors/* UsageError */.eb(`sign: ${external_node_path_default().basename(file)} has no package.json with name and version: is it an npm tarball?`);
    const digest = {
        sha512: (0,external_node_crypto_.createHash)('sha512').update(bytes).digest('hex'),
        sha256: (0,external_node_crypto_.createHash)('sha256').update(bytes).digest('hex'),
    };
    const statementFile = external_node_path_default().join(out, `${external_node_path_default().basename(file)}.intoto.jsonl`);
    await context.adapters.fs.writeFile(statementFile, `${JSON.stringify(await signer.statement(buildProvenanceStatement([{ name: npmPurl(manifest.name, manifest.version), digest }], context.settings)))}\n`);
    return statementFile;
}
async function sign(input, context) {
    const started = performance.now();
    const { fs } = context.adapters;
    const tarballs = input.tarball.map((t) => external_node_path_default().resolve(context.cwd, t));
    for (const [i, file] of tarballs.entries()) {
        if (!(await fs.stat(file).catch(() => undefined))?.isFile())
            throw new errors/* UsageError */.eb(`sign: TARBALL "${input.tarball[i]}" is not a file`);
    }
    const out = input.out ? external_node_path_default().resolve(context.cwd, input.out) : external_node_path_default().dirname(tarballs[0]);
    const buildFacts = githubBuildFacts(context.settings.buildVariables);
    if (input.provenance === 'require' && !buildFacts.facts)
        throw new errors/* UsageError */.eb(`sign: --provenance require: provenance is made in GitHub Actions only (${buildFacts.missing.join(', ')} not set)`);
    const visibility = (0,release_visibility/* effectiveVisibility */.aT)(input.visibility, context.settings.github.repositoryVisibility);
    const choice = await chooseSigner(input, context, (0,release_visibility/* decide */.LD)('keyless', visibility, input.keyless));
    const signer = choice.signer;
    await fs.mkdir(out, { recursive: true });
    const findings = [];
    const notes = choice.signer || !choice.skipped ? [] : [choice.skipped];
    const table = { title: 'Signed', columns: ['file', 'how'], rows: [] };
    // Checksums of every tarball, and of the release manifest that describes it.
    const entries = [];
    for (const file of tarballs) {
        entries.push({ name: external_node_path_default().relative(out, file), sha256: (0,checksums/* sha256Of */.Bj)(await fs.readFile(file)) });
        const manifest = external_node_path_default().join(external_node_path_default().dirname(file), release_manifest/* MANIFEST_FILE */.h);
        if ((await fs.stat(manifest).catch(() => undefined))?.isFile() &&
            !entries.some((e) => e.name === external_node_path_default().relative(out, manifest))) {
            entries.push({ name: external_node_path_default().relative(out, manifest), sha256: (0,checksums/* sha256Of */.Bj)(await fs.readFile(manifest)) });
        }
    }
    const sums = external_node_path_default().join(out, 'SHA256SUMS');
    await fs.writeFile(sums, (0,checksums/* formatSums */.K3)(entries));
    const outputs = { sums, signing: signer?.kind ?? 'none' };
    table.rows.push(['SHA256SUMS', `sha256 of ${entries.length} file(s)`]);
    if (input.attest) {
        const attest = (0,release_visibility/* decide */.LD)('attestation', visibility, input.attest);
        Object.assign(outputs, { attest: String(attest.run), 'attest-reason': attest.reason });
        table.rows.push([
            'GitHub artifact attestation',
            attest.run ? `next step, actions/attest-build-provenance (${attest.reason})` : attest.reason,
        ]);
        if (!attest.run && input.attest === 'auto')
            notes.push(attest.reason);
    }
    if (!signer && choice.skipped) {
        table.rows.push(...tarballs.map((t) => [external_node_path_default().basename(t), 'not signed: checksums only']));
    }
    else if (!signer) {
        findings.push(...(0,rules/* rateAll */.US)([
            {
                rule: 'sign/unsigned',
                message: 'no signing identity: no --key or MCP_RELEASE_SIGNING_KEY, and no OIDC token (GitHub Actions with `id-token: write`, or SIGSTORE_ID_TOKEN): only SHA256SUMS was written',
            },
        ]));
    }
    else {
        const bundles = [];
        const provenance = [];
        const writeProvenance = input.provenance !== 'off' && Boolean(buildFacts.facts);
        if (input.provenance === 'auto' && !buildFacts.facts)
            notes.push('provenance: not written outside GitHub Actions (the builder could not be attested)');
        try {
            for (const file of tarballs) {
                const bytes = await fs.readFile(file);
                const bundleFile = external_node_path_default().join(out, `${external_node_path_default().basename(file)}.sigstore.json`);
                await context.log.step(`sign ${external_node_path_default().basename(file)} (${signer.kind})`, async () => {
                    await fs.writeFile(bundleFile, `${JSON.stringify(await signer.blob(bytes), null, 2)}\n`);
                    bundles.push(bundleFile);
                    if (writeProvenance)
                        provenance.push(await writeSignedProvenance(context, file, bytes, out, signer));
                });
            }
        }
        catch (error) {
            if (error instanceof errors/* UsageError */.eb)
                throw error;
            findings.push(...(0,rules/* rateAll */.US)([{ rule: 'sign/failed', message: `${signer.kind} signing failed: ${error.message}` }]));
        }
        Object.assign(outputs, { bundles: JSON.stringify(bundles), provenance: JSON.stringify(provenance) });
        for (const file of [...bundles, ...provenance])
            table.rows.push([external_node_path_default().basename(file), choice.reason]);
        if (signer.publicKeyPem && signer.hint) {
            const publicKeyFile = external_node_path_default().join(out, `mcp-release-${signer.hint}.pub.pem`);
            await fs.writeFile(publicKeyFile, signer.publicKeyPem);
            outputs['public-key'] = publicKeyFile;
        }
    }
    const name = tarballs.map((t) => external_node_path_default().basename(t)).join(', ');
    return (0,commands_packages/* aggregateReport */.yf)('sign', [
        {
            name,
            dir: external_node_path_default().relative(context.cwd, out) || '.',
            ok: (0,model/* isOk */.HQ)(findings, input['fail-on'] ?? 'error'),
            findings,
            tables: [table],
        },
    ], { total: Math.round(performance.now() - started) }, notes, outputs);
}


/***/ }),

/***/ 13349:
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

/***/ 24776:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   h: () => (/* binding */ MANIFEST_FILE)
/* harmony export */ });
const MANIFEST_FILE = 'release-manifest.json';


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


/***/ }),

/***/ 52561:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   KL: () => (/* binding */ redactDeep),
/* harmony export */   _9: () => (/* binding */ knownSecretValues)
/* harmony export */ });
/* unused harmony exports REDACTED, redactText */
/* harmony import */ var _util_credential_names_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(17822);

/** Shorter values would match ordinary text by accident; real tokens are far longer. */
const MIN_SECRET_LENGTH = 8;
const REDACTED = '***';
/**
 * The values of the credentials in the kit's environment: whatever a server,
 * a registry or an API echoes back, these never reach an output.
 */
function knownSecretValues(env) {
    const values = (0,_util_credential_names_js__WEBPACK_IMPORTED_MODULE_0__/* .credentialNames */ .M)(env)
        .map((name) => env[name])
        .filter((value) => value.length >= MIN_SECRET_LENGTH);
    // Longest first, so a secret that contains another is replaced whole.
    return [...new Set(values)].sort((a, b) => b.length - a.length);
}
function redactText(text, secrets) {
    let out = text;
    for (const secret of secrets)
        out = out.split(secret).join(REDACTED);
    return out;
}
/** Every string in a JSON-like value (a Report, a surface), secrets replaced. */
function redactDeep(value, secrets) {
    if (secrets.length === 0)
        return value;
    const walk = (v) => {
        if (typeof v === 'string')
            return redactText(v, secrets);
        if (Array.isArray(v))
            return v.map(walk);
        if (v && typeof v === 'object')
            return Object.fromEntries(Object.entries(v).map(([k, item]) => [redactText(k, secrets), walk(item)]));
        return v;
    };
    return walk(value);
}


/***/ }),

/***/ 27100:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ BUILD_VARIABLES),
/* harmony export */   x: () => (/* binding */ settingsFromEnv)
/* harmony export */ });
/* harmony import */ var _report_known_secrets_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(52561);
/* harmony import */ var _env_names_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(70115);


/** The GitHub Actions variables SLSA provenance records: each as set (an empty one is left out), whether or not in Actions. */
const BUILD_VARIABLES = [
    _env_names_js__WEBPACK_IMPORTED_MODULE_0__/* .ENV */ .K.githubServerUrl,
    _env_names_js__WEBPACK_IMPORTED_MODULE_0__/* .ENV */ .K.githubRepository,
    _env_names_js__WEBPACK_IMPORTED_MODULE_0__/* .ENV */ .K.githubSha,
    _env_names_js__WEBPACK_IMPORTED_MODULE_0__/* .ENV */ .K.githubRef,
    _env_names_js__WEBPACK_IMPORTED_MODULE_0__/* .ENV */ .K.githubWorkflowRef,
    _env_names_js__WEBPACK_IMPORTED_MODULE_0__/* .ENV */ .K.githubEventName,
    _env_names_js__WEBPACK_IMPORTED_MODULE_0__/* .ENV */ .K.githubRunId,
    _env_names_js__WEBPACK_IMPORTED_MODULE_0__/* .ENV */ .K.githubRunAttempt,
];
const nonEmpty = (value) => value === undefined || value === '' ? undefined : value;
function defined(record) {
    return Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined));
}
/** Pure: the environment as typed settings. `repositoryVisibility` comes from the event file the entry read. */
function settingsFromEnv(env, cwd, repositoryVisibility) {
    const inActions = env[_env_names_js__WEBPACK_IMPORTED_MODULE_0__/* .ENV */ .K.githubActions] === 'true';
    const get = (name) => nonEmpty(env[name]);
    const github = defined({
        repository: inActions ? get(_env_names_js__WEBPACK_IMPORTED_MODULE_0__/* .ENV */ .K.githubRepository) : undefined,
        repositoryId: get(_env_names_js__WEBPACK_IMPORTED_MODULE_0__/* .ENV */ .K.githubRepositoryId),
        repositoryOwner: inActions ? get(_env_names_js__WEBPACK_IMPORTED_MODULE_0__/* .ENV */ .K.githubRepositoryOwner) : undefined,
        repositoryOwnerId: get(_env_names_js__WEBPACK_IMPORTED_MODULE_0__/* .ENV */ .K.githubRepositoryOwnerId),
        serverUrl: (get(_env_names_js__WEBPACK_IMPORTED_MODULE_0__/* .ENV */ .K.githubServerUrl) ?? 'https://github.com').replace(/\/+$/, ''),
        apiUrl: (get(_env_names_js__WEBPACK_IMPORTED_MODULE_0__/* .ENV */ .K.githubApiUrl) ?? 'https://api.github.com').replace(/\/+$/, ''),
        sha: get(_env_names_js__WEBPACK_IMPORTED_MODULE_0__/* .ENV */ .K.githubSha),
        ref: get(_env_names_js__WEBPACK_IMPORTED_MODULE_0__/* .ENV */ .K.githubRef),
        refName: get(_env_names_js__WEBPACK_IMPORTED_MODULE_0__/* .ENV */ .K.githubRefName),
        actor: get(_env_names_js__WEBPACK_IMPORTED_MODULE_0__/* .ENV */ .K.githubActor),
        workflowRef: get(_env_names_js__WEBPACK_IMPORTED_MODULE_0__/* .ENV */ .K.githubWorkflowRef),
        workspace: get(_env_names_js__WEBPACK_IMPORTED_MODULE_0__/* .ENV */ .K.githubWorkspace),
        eventPath: get(_env_names_js__WEBPACK_IMPORTED_MODULE_0__/* .ENV */ .K.githubEventPath),
        stepSummary: get(_env_names_js__WEBPACK_IMPORTED_MODULE_0__/* .ENV */ .K.githubStepSummary),
        runnerTemp: get(_env_names_js__WEBPACK_IMPORTED_MODULE_0__/* .ENV */ .K.runnerTemp),
        runnerEnvironment: get(_env_names_js__WEBPACK_IMPORTED_MODULE_0__/* .ENV */ .K.runnerEnvironment),
        repositoryVisibility,
    });
    const credentials = defined({
        githubToken: get(_env_names_js__WEBPACK_IMPORTED_MODULE_0__/* .ENV */ .K.githubToken) ?? get(_env_names_js__WEBPACK_IMPORTED_MODULE_0__/* .ENV */ .K.ghToken),
        gitToken: get(_env_names_js__WEBPACK_IMPORTED_MODULE_0__/* .ENV */ .K.githubToken),
        nodeAuthToken: get(_env_names_js__WEBPACK_IMPORTED_MODULE_0__/* .ENV */ .K.nodeAuthToken),
        npmPromoteToken: get(_env_names_js__WEBPACK_IMPORTED_MODULE_0__/* .ENV */ .K.npmPromoteToken),
        npmPromoteTokenEmpty: env[_env_names_js__WEBPACK_IMPORTED_MODULE_0__/* .ENV */ .K.npmPromoteToken] === '' ? true : undefined,
        oidcRequestUrl: get(_env_names_js__WEBPACK_IMPORTED_MODULE_0__/* .ENV */ .K.oidcRequestUrl),
        oidcRequestToken: get(_env_names_js__WEBPACK_IMPORTED_MODULE_0__/* .ENV */ .K.oidcRequestToken),
        sigstoreIdToken: get(_env_names_js__WEBPACK_IMPORTED_MODULE_0__/* .ENV */ .K.sigstoreIdToken),
        signingKey: get(_env_names_js__WEBPACK_IMPORTED_MODULE_0__/* .ENV */ .K.signingKey),
    });
    return defined({
        cwd,
        inActions,
        github,
        credentials,
        secretValues: (0,_report_known_secrets_js__WEBPACK_IMPORTED_MODULE_1__/* .knownSecretValues */ ._9)(env),
        githubTimeoutSeconds: get(_env_names_js__WEBPACK_IMPORTED_MODULE_0__/* .ENV */ .K.githubTimeoutSeconds),
        githubPacing: get(_env_names_js__WEBPACK_IMPORTED_MODULE_0__/* .ENV */ .K.githubPacing),
        npmWaitSeconds: env[_env_names_js__WEBPACK_IMPORTED_MODULE_0__/* .ENV */ .K.npmWaitSeconds],
        environment: get(_env_names_js__WEBPACK_IMPORTED_MODULE_0__/* .ENV */ .K.environment),
        sourceDateEpoch: get(_env_names_js__WEBPACK_IMPORTED_MODULE_0__/* .ENV */ .K.sourceDateEpoch),
        user: get(_env_names_js__WEBPACK_IMPORTED_MODULE_0__/* .ENV */ .K.user),
        home: get(_env_names_js__WEBPACK_IMPORTED_MODULE_0__/* .ENV */ .K.home),
        buildVariables: defined(Object.fromEntries(BUILD_VARIABLES.map((name) => [name, get(name)]))),
        processEnv: env,
    });
}


/***/ }),

/***/ 17822:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ credentialNames)
/* harmony export */ });
/* unused harmony export isCredentialName */
/**
 * Names that hold credentials by convention (GITHUB_TOKEN, NPM_TOKEN,
 * NODE_AUTH_TOKEN, ACTIONS_ID_TOKEN_REQUEST_TOKEN, AWS_SECRET_ACCESS_KEY,
 * npm_config__authToken, ...). Matched on the name only.
 */
const CREDENTIAL_NAME = /(TOKEN|SECRET|PASSW(OR)?D|PRIVATE_KEY|API_KEY|ACCESS_KEY|_AUTH$|^NPM_CONFIG__AUTH|CREDENTIAL)/i;
function isCredentialName(name) {
    return CREDENTIAL_NAME.test(name);
}
/** The credential-named variables that are set (names only, sorted). */
function credentialNames(env) {
    return Object.keys(env)
        .filter((name) => isCredentialName(name) && (env[name] ?? '') !== '')
        .sort();
}


/***/ })

};

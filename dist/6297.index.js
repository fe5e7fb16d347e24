export const id = 6297;
export const ids = [6297];
export const modules = {

/***/ 43207:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ gatherDoctorFacts)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _release_doctor_checks_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(77428);
/* harmony import */ var _release_doctor_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(39368);



/** Read what the doctor judges: versions, credentials, the registry, .npmrc files. Publish reads the same before it writes. */
async function gatherDoctorFacts(context, options) {
    const { cwd, manifest, registry } = options;
    const { settings } = context;
    const { fs, npmCli, npmRegistry } = context.adapters;
    const { credentials } = settings;
    const npmrcFiles = [
        node_path__WEBPACK_IMPORTED_MODULE_0___default().join(cwd, '.npmrc'),
        node_path__WEBPACK_IMPORTED_MODULE_0___default().join(context.cwd, '.npmrc'),
        node_path__WEBPACK_IMPORTED_MODULE_0___default().join(settings.home ?? context.adapters.runtime.homeDir, '.npmrc'),
    ];
    // Independent reads, at the same time: npm's version, the .npmrc files, the tokens' expiry, the packument.
    const [npmVersion, texts, tokenExpiry, packageExists] = await Promise.all([
        npmCli.version(cwd),
        Promise.all([...new Set(npmrcFiles)].map((file) => fs.readFile(file, 'utf8').catch(() => undefined))),
        (0,_release_doctor_js__WEBPACK_IMPORTED_MODULE_2__/* .tokenExpiries */ .R)(registry, credentials, (reg, token) => npmRegistry.tokenExpiry(reg, token)),
        typeof manifest?.name !== 'string'
            ? undefined
            : options.packageState
                ? { exists: options.packageState.exists }
                : npmRegistry.packageState(registry, manifest.name, credentials.nodeAuthToken).then((state) => ({ exists: state.exists }), (error) => ({ error: error.message })),
    ]);
    const npmrcTokens = [];
    [...new Set(npmrcFiles)].forEach((file, i) => {
        const text = texts[i];
        if (text !== undefined)
            npmrcTokens.push(...(0,_release_doctor_js__WEBPACK_IMPORTED_MODULE_2__/* .npmrcTokenLines */ .j)(text, file, cwd));
    });
    const facts = {
        nodeVersion: context.adapters.runtime.nodeVersion,
        ...(npmVersion ? { npmVersion } : {}),
        inActions: settings.inActions,
        oidcAvailable: Boolean(credentials.oidcRequestUrl && credentials.oidcRequestToken),
        hasToken: Boolean(credentials.nodeAuthToken),
        ...(settings.github.repository ? { githubRepository: settings.github.repository } : {}),
        ...(settings.github.workflowRef ? { workflowRef: settings.github.workflowRef } : {}),
        ...(manifest ? { manifest } : {}),
        npmrcTokens,
    };
    facts.tokenExpiry = tokenExpiry;
    if (packageExists && 'exists' in packageExists)
        facts.packageExists = packageExists.exists;
    else if (packageExists)
        facts.registryError = packageExists.error;
    return facts;
}


/***/ }),

/***/ 66297:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   doctorCommand: () => (/* binding */ doctorCommand)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _release_doctor_checks_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(77428);
/* harmony import */ var _release_promote_token_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(43411);
/* harmony import */ var _report_model_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(46997);
/* harmony import */ var _rules_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7800);
/* harmony import */ var _define_command_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3445);
/* harmony import */ var _option_catalog_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(27405);
/* harmony import */ var _packages_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(63633);
/* harmony import */ var _doctor_facts_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(43207);









const OPTIONS = (0,_define_command_js__WEBPACK_IMPORTED_MODULE_4__/* .pickOptions */ .Sb)({
    directory: { description: _option_catalog_js__WEBPACK_IMPORTED_MODULE_5__/* .SHARED_DESCRIPTIONS */ .OD.packageFolder },
    config: { description: 'Config file (default: .github/mcp-release.yml in the package folder, when present).' },
    'fail-on': { description: _option_catalog_js__WEBPACK_IMPORTED_MODULE_5__/* .SHARED_DESCRIPTIONS */ .OD.failOnError },
    registry: {
        description: `Registry the package would be published to (default: the config's registry, else ${_option_catalog_js__WEBPACK_IMPORTED_MODULE_5__/* .NPM_REGISTRY_URL */ .uX}).`,
    },
});
const doctorCommand = (0,_define_command_js__WEBPACK_IMPORTED_MODULE_4__/* .defineCommand */ .NB)({
    name: 'doctor',
    summary: 'Before anything irreversible: which credential can publish, and what would make npm fail (versions, id-token, first publish, .npmrc tokens, repository.url).',
    positional: 'directory',
    options: OPTIONS,
    outputs: {
        'auth-mode': 'What would publish: oidc (trusted publishing), token (NODE_AUTH_TOKEN) or none.',
        'npm-version': 'The npm that would publish.',
        'workflow-file': 'The caller workflow file a trusted-publisher record must name (in Actions).',
        'package-exists': '"true" when the package is already on the registry, "false" when not, empty when unknown.',
        'promote-credential': 'What promote and rollback would use for dist-tag and deprecate: NPM_PROMOTE_TOKEN, NODE_AUTH_TOKEN or none.',
    },
    run: doctor,
});
async function doctor(input, context) {
    const started = performance.now();
    const dir = node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(context.cwd, input.directory);
    await (0,_packages_js__WEBPACK_IMPORTED_MODULE_6__/* .requireDirectory */ .T)(dir, input.directory, context);
    const { config } = await context.adapters.configFile.load(dir, input.config ? node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(context.cwd, input.config) : undefined);
    const registry = input.registry ?? config.registry ?? 'https://registry.npmjs.org/';
    const manifest = await context.adapters.fs.readJsonObject(node_path__WEBPACK_IMPORTED_MODULE_0___default().join(dir, 'package.json'));
    const facts = await (0,_doctor_facts_js__WEBPACK_IMPORTED_MODULE_7__/* .gatherDoctorFacts */ .M)(context, { cwd: dir, manifest, registry });
    const npmVersion = facts.npmVersion;
    const failOn = input['fail-on'] ?? 'error';
    const expiry = (0,_release_doctor_checks_js__WEBPACK_IMPORTED_MODULE_1__/* .tokenExpiryFindings */ .Nt)(facts, context.adapters.clock.now());
    const findings = (0,_rules_js__WEBPACK_IMPORTED_MODULE_3__/* .rateAll */ .US)([...(0,_release_doctor_checks_js__WEBPACK_IMPORTED_MODULE_1__/* .doctorFindings */ .Cc)(facts), ...expiry.findings], config.rules);
    const name = typeof manifest?.name === 'string' ? manifest.name : input.directory;
    const given = context.settings.credentials;
    const promoteCredential = given.npmPromoteToken
        ? 'NPM_PROMOTE_TOKEN'
        : given.nodeAuthToken
            ? 'NODE_AUTH_TOKEN'
            : 'none';
    // Set but empty is its own mistake (an environment secret read outside its environment): say which.
    const notes = [...(given.npmPromoteTokenEmpty ? [(0,_release_promote_token_js__WEBPACK_IMPORTED_MODULE_8__/* .emptyPromoteTokenReason */ .lv)(context.settings)] : []), ...expiry.notes];
    // Which credential each step would use, and whether it can: OIDC publishes but cannot move dist-tags or deprecate.
    const credentials = {
        title: 'Credentials per step',
        columns: ['step', 'credential', 'can do it'],
        rows: [
            [
                'publish',
                (0,_release_doctor_checks_js__WEBPACK_IMPORTED_MODULE_1__/* .authMode */ .i)(facts) === 'oidc'
                    ? 'GitHub OIDC (trusted publishing)'
                    : (0,_release_doctor_checks_js__WEBPACK_IMPORTED_MODULE_1__/* .authMode */ .i)(facts) === 'token'
                        ? 'NODE_AUTH_TOKEN'
                        : 'none',
                (0,_release_doctor_checks_js__WEBPACK_IMPORTED_MODULE_1__/* .authMode */ .i)(facts) === 'none' ? 'no' : 'yes',
            ],
            [
                'promote, rollback (dist-tag, deprecate)',
                promoteCredential,
                promoteCredential === 'none'
                    ? given.npmPromoteTokenEmpty
                        ? 'no: NPM_PROMOTE_TOKEN is empty (see the note)'
                        : facts.oidcAvailable
                            ? 'no: OIDC cannot run dist-tag or deprecate; set NPM_PROMOTE_TOKEN'
                            : 'no'
                    : 'yes',
            ],
            [
                'sign',
                facts.oidcAvailable || given.sigstoreIdToken
                    ? 'keyless (OIDC identity)'
                    : given.signingKey
                        ? 'MCP_RELEASE_SIGNING_KEY'
                        : 'none',
                facts.oidcAvailable || given.sigstoreIdToken || given.signingKey ? 'yes' : 'no: only SHA256SUMS',
            ],
            [
                'GitHub release, PR comment',
                given.githubToken ? 'GITHUB_TOKEN' : 'none',
                given.githubToken ? 'yes (with contents: write)' : 'no: skipped',
            ],
            [
                'MCP Registry',
                facts.oidcAvailable ? 'GitHub OIDC' : 'none',
                facts.oidcAvailable ? 'yes' : 'no: needs id-token: write',
            ],
        ],
    };
    return (0,_packages_js__WEBPACK_IMPORTED_MODULE_6__/* .aggregateReport */ .yf)('doctor', [
        {
            name,
            dir: '.',
            ...(typeof manifest?.version === 'string' ? { version: manifest.version } : {}),
            ok: (0,_report_model_js__WEBPACK_IMPORTED_MODULE_2__/* .isOk */ .HQ)(findings, failOn),
            findings,
            tables: [credentials],
        },
    ], { total: Math.round(performance.now() - started) }, notes, {
        'promote-credential': promoteCredential,
        'auth-mode': (0,_release_doctor_checks_js__WEBPACK_IMPORTED_MODULE_1__/* .authMode */ .i)(facts),
        'npm-version': npmVersion ?? '',
        'workflow-file': (0,_release_doctor_checks_js__WEBPACK_IMPORTED_MODULE_1__/* .workflowFile */ .EY)(facts.workflowRef) ?? '',
        'package-exists': facts.packageExists === undefined ? '' : String(facts.packageExists),
    });
}


/***/ }),

/***/ 22918:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ repositoryUrl),
/* harmony export */   d: () => (/* binding */ githubSlug)
/* harmony export */ });
/**
 * `owner/repo` of a GitHub repository named by package.json `repository`, in the
 * forms npm accepts: "owner/repo", "github:owner/repo", or a URL (https, git+https,
 * git+ssh, git@github.com:). Undefined for other hosts or unparseable values.
 */
function githubSlug(repository) {
    const url = repositoryUrl(repository);
    if (!url)
        return undefined;
    // "owner/repo" and "github:owner/repo" (npm's shorthands; no other scheme has a bare slash form)
    const shorthand = /^(?:github:)?([\w.-]+)\/([\w.-]+?)(?:\.git)?$/.exec(url);
    if (shorthand && (url.startsWith('github:') || !url.includes(':')))
        return `${shorthand[1]}/${shorthand[2]}`;
    const scp = /^git@github\.com:([\w.-]+)\/([\w.-]+?)(?:\.git)?\/?$/.exec(url);
    if (scp)
        return `${scp[1]}/${scp[2]}`;
    try {
        const parsed = new URL(url.replace(/^git\+/, ''));
        if (parsed.hostname !== 'github.com' && parsed.hostname !== 'www.github.com')
            return undefined;
        const [owner, repo] = parsed.pathname.replace(/^\/+/, '').split('/');
        if (!owner || !repo)
            return undefined;
        return `${owner}/${repo.replace(/\.git$/, '')}`;
    }
    catch {
        return undefined;
    }
}
function repositoryUrl(repository) {
    if (typeof repository === 'string')
        return repository.trim() || undefined;
    if (repository && typeof repository === 'object') {
        const url = repository.url;
        return typeof url === 'string' && url.trim() ? url.trim() : undefined;
    }
    return undefined;
}


/***/ }),

/***/ 77428:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cc: () => (/* binding */ doctorFindings),
/* harmony export */   EY: () => (/* binding */ workflowFile),
/* harmony export */   Nt: () => (/* binding */ tokenExpiryFindings),
/* harmony export */   i: () => (/* binding */ authMode)
/* harmony export */ });
/* unused harmony export TRUSTED_PUBLISHING_NPM */
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73880);
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(semver__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _layout_repository_url_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(22918);
/* harmony import */ var _token_expiry_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(87736);



const TRUSTED_PUBLISHING_NPM = '11.5.1';
function authMode(facts) {
    if (facts.oidcAvailable)
        return 'oidc';
    return facts.hasToken ? 'token' : 'none';
}
/** The caller workflow file a trusted-publisher record on npmjs.com must name. */
function workflowFile(ref) {
    return ref ? /\.github\/workflows\/([^@/]+)@/.exec(ref)?.[1] : undefined;
}
/** Expiry findings (expired, expiring within 14 days) and notes (the date, or that the registry does not say). Pure. */
function tokenExpiryFindings(facts, now) {
    const findings = [];
    const notes = [];
    for (const { credential, expiry } of facts.tokenExpiry ?? []) {
        const verdict = (0,_token_expiry_js__WEBPACK_IMPORTED_MODULE_1__/* .expiryVerdict */ .HQ)(expiry, credential, now);
        if (verdict.rule)
            findings.push({ rule: verdict.rule, message: verdict.message });
        else
            notes.push(verdict.message);
    }
    return { findings, notes };
}
function doctorFindings(facts) {
    const out = [];
    const mode = authMode(facts);
    const name = typeof facts.manifest?.name === 'string' ? facts.manifest.name : '<package>';
    if (semver__WEBPACK_IMPORTED_MODULE_0___default().lt(semver__WEBPACK_IMPORTED_MODULE_0___default().coerce(facts.nodeVersion) ?? '0.0.0', '20.0.0'))
        out.push({ rule: 'doctor/node-version', message: `Node ${facts.nodeVersion}: mcp-release needs Node >= 20` });
    if (!facts.npmVersion)
        out.push({ rule: 'doctor/npm-version', message: 'npm was not found on PATH' });
    else if (mode === 'oidc' && semver__WEBPACK_IMPORTED_MODULE_0___default().lt(facts.npmVersion, TRUSTED_PUBLISHING_NPM)) {
        out.push({
            rule: 'doctor/npm-version',
            message: `npm ${facts.npmVersion} cannot use trusted publishing (needs >= ${TRUSTED_PUBLISHING_NPM}); install a newer npm in a temporary prefix, e.g. \`npm install --prefix "$RUNNER_TEMP/npm" npm@11\``,
        });
    }
    if (facts.inActions && !facts.oidcAvailable) {
        out.push({
            rule: 'doctor/id-token',
            message: 'the job has no `id-token: write` permission: trusted publishing and provenance are unavailable; grant it in the job (and in the calling workflow of a reusable one)',
        });
    }
    if (mode === 'none')
        out.push({
            rule: 'doctor/no-credentials',
            message: 'no credential: neither GitHub OIDC (`id-token: write`) nor NODE_AUTH_TOKEN',
        });
    if (facts.registryError)
        out.push({ rule: 'doctor/registry', message: facts.registryError });
    else if (facts.packageExists === false && mode === 'oidc' && !facts.hasToken) {
        const wf = workflowFile(facts.workflowRef);
        out.push({
            rule: 'doctor/first-publish',
            message: `${name} is not on the registry yet, and a first publish cannot use trusted publishing: publish it once with a token (NODE_AUTH_TOKEN), then add a trusted publisher on npmjs.com (package settings) for ${facts.githubRepository ?? 'this repository'}${wf ? ` and workflow file ${wf}` : ''}`,
        });
    }
    for (const t of facts.npmrcTokens) {
        out.push({
            rule: 'doctor/npmrc-token',
            message: `${t.file}:${t.line} sets an auth token (${t.text}); ${mode === 'oidc' ? 'it can shadow trusted publishing' : 'keep tokens out of committed files'}`,
            file: t.file,
            line: t.line,
        });
    }
    if (facts.githubRepository && facts.manifest) {
        const slug = (0,_layout_repository_url_js__WEBPACK_IMPORTED_MODULE_2__/* .githubSlug */ .d)(facts.manifest.repository);
        if (slug !== facts.githubRepository) {
            out.push({
                rule: 'doctor/repository-url',
                message: `package.json repository.url is ${JSON.stringify((0,_layout_repository_url_js__WEBPACK_IMPORTED_MODULE_2__/* .repositoryUrl */ .E)(facts.manifest.repository) ?? null)}, not ${facts.githubRepository}: npm rejects the provenance (E422, compared case-sensitively)`,
                file: 'package.json',
            });
        }
    }
    return out;
}


/***/ }),

/***/ 39368:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ tokenExpiries),
/* harmony export */   j: () => (/* binding */ npmrcTokenLines)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);

/**
 * The parts of the doctor's reading that are rules over data: which npm
 * tokens to ask the registry about, and which .npmrc lines hold a token. The
 * doctor command reads the files and asks the registry.
 */
/** Each npm token that is set, asked of the registry's token list (values never leave this function but to the registry). */
async function tokenExpiries(registry, credentials, read) {
    const tokens = { NPM_PROMOTE_TOKEN: credentials.npmPromoteToken, NODE_AUTH_TOKEN: credentials.nodeAuthToken };
    const set = ['NPM_PROMOTE_TOKEN', 'NODE_AUTH_TOKEN'].filter((name) => tokens[name]);
    const unique = set.filter((name, i) => set.findIndex((other) => tokens[other] === tokens[name]) === i);
    return Promise.all(unique.map(async (credential) => ({
        credential,
        expiry: await read(registry, tokens[credential]),
    })));
}
/** Auth-token lines in one .npmrc file's text; the value is redacted to its first characters. Pure. */
function npmrcTokenLines(text, file, dir) {
    const out = [];
    text.split('\n').forEach((line, index) => {
        const match = /(_authToken|_auth|_password)\s*=\s*(.*)$/.exec(line);
        if (!match)
            return;
        const value = (match[2] ?? '').trim();
        const shown = /^\$\{[A-Z_]+\}$/.test(value) ? value : `${value.slice(0, 4)}…`;
        out.push({ file: node_path__WEBPACK_IMPORTED_MODULE_0___default().relative(dir, file) || file, line: index + 1, text: `${match[1]}=${shown}` });
    });
    return out;
}


/***/ }),

/***/ 43411:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gu: () => (/* binding */ promoteToken),
/* harmony export */   fA: () => (/* binding */ promoteTokenHelp),
/* harmony export */   lv: () => (/* binding */ emptyPromoteTokenReason)
/* harmony export */ });
/* unused harmony export PROMOTE_TOKEN_HELP */
/**
 * The npm credential for moving dist-tags and deprecating. npm trusted
 * publishing (OIDC) can publish but cannot run `dist-tag` or `deprecate`
 * (npm/cli#8547), so promote and rollback take their own narrowly scoped
 * token, meant to live in a protected GitHub environment.
 */
const PROMOTE_TOKEN_HELP = 'npm trusted publishing (OIDC) can publish but cannot run `npm dist-tag` or `npm deprecate`: set NPM_PROMOTE_TOKEN to a granular token limited to this package (read and write; with "bypass 2FA" enabled when the account enforces 2FA for writes, or npm asks for a one-time password the job cannot give), stored in a protected GitHub environment (NODE_AUTH_TOKEN is used when NPM_PROMOTE_TOKEN is not set)';
/**
 * A step cannot read the name of its job's environment (actions/runner#1369),
 * so the workflow may pass it as MCP_RELEASE_ENVIRONMENT; otherwise the text
 * names the usual one.
 */
function environmentName(environment) {
    return environment?.trim() || 'production';
}
/**
 * Why NPM_PROMOTE_TOKEN is set but empty. In a called workflow the secrets
 * context holds only the names the caller passes (or inherits); the job that
 * declares `environment:` then reads the environment's value under them
 * ("Reuse workflows", passing secrets; actions/runner#1490).
 * A composite that maps a missing secret to an env var gives an empty string.
 */
function emptyPromoteTokenReason(settings) {
    const name = environmentName(settings.environment);
    return `NPM_PROMOTE_TOKEN is empty: as an environment secret of "${name}" a called workflow sees it only in the job that declares \`environment: ${name}\`, and only under a name the caller passes (\`NPM_PROMOTE_TOKEN: \${{ secrets.NPM_PROMOTE_TOKEN }}\`, or \`secrets: inherit\`); or it is not set there (a private repository on GitHub Free has no environments: store it as a repository secret)`;
}
/** The help for promote/no-token and rollback/no-token: absent and empty are different mistakes. */
function promoteTokenHelp(settings) {
    return settings.credentials.npmPromoteTokenEmpty && !settings.credentials.nodeAuthToken
        ? `${emptyPromoteTokenReason(settings)}. ${PROMOTE_TOKEN_HELP}`
        : PROMOTE_TOKEN_HELP;
}
function promoteToken(credentials) {
    if (credentials.npmPromoteToken)
        return { token: credentials.npmPromoteToken, source: 'NPM_PROMOTE_TOKEN' };
    if (credentials.nodeAuthToken)
        return { token: credentials.nodeAuthToken, source: 'NODE_AUTH_TOKEN' };
    return {};
}


/***/ }),

/***/ 87736:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HQ: () => (/* binding */ expiryVerdict),
/* harmony export */   qJ: () => (/* binding */ expiryFromList)
/* harmony export */ });
/* unused harmony exports abbreviates, EXPIRY_WARNING_DAYS */
/**
 * When the npm token the release uses expires, as the registry says.
 * Granular npm write tokens live at most 90 days (npm docs, "About access
 * tokens"), so a release that worked last quarter can fail on the day of the
 * promote. `GET /-/npm/v1/tokens` lists the account's tokens (npm token list;
 * Verdaccio implements it) with an abbreviated token, `created` and, where the
 * registry has one, an expiry date. Pure: the registry adapter reads the list.
 */
/** The list shows a token as `abcde...vwxyz`, `npm_1f…` or a prefix: does it abbreviate this token? */
function abbreviates(shown, token) {
    const [head = '', tail = ''] = shown.split(/\.\.\.|…/);
    if (!head || head.length < 4)
        return false;
    return token.startsWith(head) && token.endsWith(tail);
}
/** Find this token in the list and read its expiry; a reason when the registry does not say. */
function expiryFromList(entries, token) {
    const mine = entries.filter((e) => typeof e.token === 'string' && abbreviates(e.token, token));
    if (mine.length !== 1)
        return {
            known: false,
            why: mine.length ? 'several tokens in the list match this one' : "the token is not in the registry's token list",
        };
    const entry = mine[0];
    const raw = entry.expires ?? entry.expiry;
    const date = raw ? new Date(raw) : undefined;
    if (!date || Number.isNaN(date.getTime()))
        return { known: false, why: "the registry's token list gives no expiry date for it" };
    return { known: true, expires: date, ...(entry.created ? { created: entry.created } : {}) };
}
const EXPIRY_WARNING_DAYS = 14;
const DAY_MS = 24 * 60 * 60 * 1000;
const TWO_FA = 'a granular token with read and write on this package, and "bypass 2FA" enabled when the account enforces 2FA for writes (off by default)';
/** A finding (expired: error; within 14 days: warning) or a note when the registry does not say. */
function expiryVerdict(expiry, credential, now) {
    if (!expiry.known)
        return { message: `${credential}: expiry unknown (${expiry.why}); granular npm write tokens live at most 90 days` };
    const day = expiry.expires.toISOString().slice(0, 10);
    const left = Math.floor((expiry.expires.getTime() - now.getTime()) / DAY_MS);
    if (expiry.expires.getTime() <= now.getTime())
        return {
            rule: 'credentials/token-expired',
            message: `${credential} expired on ${day}: every npm write with it fails; create a new one (${TWO_FA}) and replace the secret`,
        };
    if (left < EXPIRY_WARNING_DAYS)
        return {
            rule: 'credentials/token-expiring',
            message: `${credential} expires on ${day} (in ${left} day(s)): create a new one (${TWO_FA}) and replace the secret before then`,
        };
    return { message: `${credential} expires on ${day} (in ${left} days)` };
}


/***/ })

};

export const id = 9605;
export const ids = [9605];
export const modules = {

/***/ 41098:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   q: () => (/* binding */ captureSurface)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(83916);
/* harmony import */ var _report_known_secrets_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(52561);
/* harmony import */ var _rules_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(36086);
/* harmony import */ var _smoke_environment_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(41540);
/* harmony import */ var _surface_surface_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(40144);
/* harmony import */ var _smoke_package_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(61517);







async function captureSurface(target, options, context, command) {
    const resolved = node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(context.cwd, target);
    if (/\.json$/.test(target) && (await context.adapters.fs.stat(resolved).catch(() => undefined))?.isFile()) {
        const text = await context.adapters.fs.readFile(resolved, 'utf8');
        return { surface: (0,_surface_surface_js__WEBPACK_IMPORTED_MODULE_3__/* .parseSurfaceDocument */ .Ig)(text, target, command), label: target, findings: [] };
    }
    const input = _smoke_package_js__WEBPACK_IMPORTED_MODULE_4__/* .SMOKE_OPTIONS */ .jE.schema.parse({ target, ...options });
    const env = (0,_smoke_environment_js__WEBPACK_IMPORTED_MODULE_2__/* .parseEnvPairs */ .W)(input.env ?? []);
    if (env.bad !== undefined)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .UsageError */ .eb(`${command}: --env: "${env.bad}" is not KEY=VALUE`);
    const targets = await (0,_smoke_package_js__WEBPACK_IMPORTED_MODULE_4__/* .resolveTargets */ .h5)(input, context);
    if (targets.items.length === 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .UsageError */ .eb(`${command}: "${target}" holds no MCP server to start${targets.notes.length ? ` (${targets.notes.join('; ')})` : ''}`);
    if (targets.items.length !== 1)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .UsageError */ .eb(`${command}: "${target}" holds ${targets.items.length} packages; name one package folder`);
    const t = targets.items[0];
    const result = await (0,_smoke_package_js__WEBPACK_IMPORTED_MODULE_4__/* .runSmoke */ .Lw)(t.target, (0,_smoke_package_js__WEBPACK_IMPORTED_MODULE_4__/* .smokeOptionsFor */ .lh)(t, input, env.env, targets.registry), context);
    const label = result.packageName
        ? `${result.packageName}${result.packageVersion ? `@${result.packageVersion}` : ''}`
        : t.label;
    // Without a surface, the smoke findings say why (it did not install, start or answer).
    const findings = result.surface ? [] : (0,_rules_js__WEBPACK_IMPORTED_MODULE_1__/* .rateAll */ .US)(result.findings, t.settings.rules);
    // A surface is written to files and compared in PRs: a credential the server echoed must not be in it.
    return {
        ...(result.surface ? { surface: (0,_report_known_secrets_js__WEBPACK_IMPORTED_MODULE_6__/* .redactDeep */ .KL)(result.surface, context.settings.secretValues) } : {}),
        label,
        findings,
        isolation: result.isolation,
    };
}


/***/ }),

/***/ 59605:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   surfaceCommand: () => (/* binding */ surfaceCommand)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(83916);
/* harmony import */ var _surface_surface_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(40144);
/* harmony import */ var _report_model_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(96867);
/* harmony import */ var _rules_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(36086);
/* harmony import */ var _define_command_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(68427);
/* harmony import */ var _option_catalog_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(19159);
/* harmony import */ var _packages_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(54731);
/* harmony import */ var _smoke_package_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(61517);
/* harmony import */ var _surface_capture_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(41098);










const OPTIONS = (0,_define_command_js__WEBPACK_IMPORTED_MODULE_4__/* .pickOptions */ .Sb)({
    ..._smoke_package_js__WEBPACK_IMPORTED_MODULE_7__/* .SMOKE_PICKS */ .DK,
    target: {
        description: 'A package folder (packed first), a .tgz tarball, or name@version from the registry (default: the current folder): one package.',
    },
    'fail-on': { description: _option_catalog_js__WEBPACK_IMPORTED_MODULE_5__/* .SHARED_DESCRIPTIONS */ .OD.failOnError },
    'registry-wait': {
        description: 'Accepted like smoke takes it; surface does not wait (it installs name@version at once).',
    },
    out: { description: 'Write the surface JSON to this file (default: stdout).' },
});
const surfaceCommand = (0,_define_command_js__WEBPACK_IMPORTED_MODULE_4__/* .defineCommand */ .NB)({
    name: 'surface',
    summary: "The MCP server's public API (tools, prompts, resources and their schemas) as canonical JSON: install it as npx would, start it, ask it.",
    positional: 'target',
    options: OPTIONS,
    outputs: {
        'surface-file': 'With {--out}: the path the surface JSON was written to.',
        surface: 'The surface JSON.',
    },
    run: surface,
});
async function surface(input, context) {
    const started = performance.now();
    const captured = await (0,_surface_capture_js__WEBPACK_IMPORTED_MODULE_8__/* .captureSurface */ .q)(input.target, {
        ...(input.registry ? { registry: input.registry } : {}),
        ...(input.config ? { config: input.config } : {}),
        ...(input.bin ? { bin: input.bin } : {}),
        ...(input.arg ? { arg: input.arg } : {}),
        ...(input.env ? { env: input.env } : {}),
    }, context, 'surface');
    const findings = captured.surface
        ? []
        : captured.findings.length
            ? captured.findings
            : (0,_rules_js__WEBPACK_IMPORTED_MODULE_3__/* .rateAll */ .US)([
                { rule: 'surface/unavailable', message: `${captured.label} did not answer initialize, so it has no surface` },
            ]);
    const outputs = {};
    let text;
    if (captured.surface) {
        text = (0,_surface_surface_js__WEBPACK_IMPORTED_MODULE_1__/* .surfaceText */ .l5)(captured.surface);
        outputs.surface = text;
        if (input.out) {
            const file = node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(context.cwd, input.out);
            await context.adapters.fs.writeFile(file, text).catch((error) => {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_9__/* .UsageError */ .eb(`surface: --out: cannot write ${input.out ?? ''}: ${error.message}`);
            });
            outputs['surface-file'] = file;
            text = undefined;
        }
    }
    const report = (0,_packages_js__WEBPACK_IMPORTED_MODULE_6__/* .aggregateReport */ .yf)('surface', [{ name: captured.label, dir: '.', ok: (0,_report_model_js__WEBPACK_IMPORTED_MODULE_2__/* .isOk */ .HQ)(findings, input['fail-on'] ?? 'error'), findings }], { total: Math.round(performance.now() - started) }, captured.isolation ? [`isolation: ${captured.isolation}`] : [], outputs);
    return text === undefined ? report : { ...report, text };
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

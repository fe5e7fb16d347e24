export const id = 768;
export const ids = [768];
export const modules = {

/***/ 28768:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   auditSignatures: () => (/* binding */ auditSignatures)
/* harmony export */ });
/* unused harmony export registrySigningKeys */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _adapters_npm_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(85825);
/* harmony import */ var _adapters_process_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(61169);





async function registrySigningKeys(registry) {
    try {
        const response = await fetch(new URL('-/npm/v1/keys', registry), {
            headers: { accept: 'application/json' },
            signal: AbortSignal.timeout(15_000),
        });
        if (!response.ok)
            return `${new URL(registry).host} publishes no signing keys (/-/npm/v1/keys answered HTTP ${response.status})`;
        const body = (await response.json().catch(() => ({})));
        return Array.isArray(body.keys) && body.keys.length > 0
            ? body.keys.length
            : `${new URL(registry).host} lists no signing keys`;
    }
    catch (error) {
        return `the registry's signing keys could not be read (${error.message})`;
    }
}
async function auditSignatures(registry, name, version, env) {
    const keys = await registrySigningKeys(registry);
    if (typeof keys === 'string')
        return { state: 'skipped', detail: `npm audit signatures skipped: ${keys}` };
    const dir = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdtemp)(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(node_os__WEBPACK_IMPORTED_MODULE_1___default().tmpdir(), 'mcp-release-audit-'));
    try {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(dir, 'package.json'), JSON.stringify({ name: 'mcp-release-signature-audit', private: true }));
        const npm = (0,_adapters_npm_js__WEBPACK_IMPORTED_MODULE_3__/* .npmInvocation */ .U)(env, process.platform, process.execPath);
        const npmEnv = { ...env, ..._adapters_npm_js__WEBPACK_IMPORTED_MODULE_3__/* .NPM_ENV */ .s, npm_config_registry: registry };
        const install = await (0,_adapters_process_js__WEBPACK_IMPORTED_MODULE_4__.runProcess)(npm.command, [...npm.args, 'install', `${name}@${version}`, '--ignore-scripts', '--no-save', '--registry', registry], { cwd: dir, env: npmEnv, timeoutMs: 180_000 });
        if (install.code !== 0)
            return {
                state: 'skipped',
                detail: `npm audit signatures skipped: installing ${name}@${version} failed (${install.stderr.split('\n').find((l) => l.includes('npm error')) ?? install.code})`,
            };
        const audit = await (0,_adapters_process_js__WEBPACK_IMPORTED_MODULE_4__.runProcess)(npm.command, [...npm.args, 'audit', 'signatures', '--json', '--registry', registry], { cwd: dir, env: npmEnv, timeoutMs: 120_000 });
        let result = {};
        try {
            result = JSON.parse(audit.stdout);
        }
        catch {
            return { state: 'skipped', detail: `npm audit signatures printed no JSON (exit ${audit.code})` };
        }
        const mine = (list) => (list ?? []).some((entry) => entry.name === name && entry.version === version);
        if (mine(result.invalid))
            return {
                state: 'invalid',
                detail: `npm audit signatures: ${name}@${version} has an INVALID registry signature or attestation`,
            };
        if (mine(result.missing))
            return { state: 'skipped', detail: `npm audit signatures: ${name}@${version} carries no registry signature` };
        return {
            state: 'verified',
            detail: `npm audit signatures: ${name}@${version} verified against ${keys} registry key(s)`,
        };
    }
    finally {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(dir, { recursive: true, force: true });
    }
}


/***/ })

};

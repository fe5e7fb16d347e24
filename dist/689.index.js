export const id = 689;
export const ids = [689];
export const modules = {

/***/ 70689:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   scanCommand: () => (/* binding */ scanCommand)
/* harmony export */ });
/* harmony import */ var _define_command_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(68427);
/* harmony import */ var _option_catalog_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(19159);
/* harmony import */ var _scan_run_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(36275);



const OPTIONS = (0,_define_command_js__WEBPACK_IMPORTED_MODULE_0__/* .pickOptions */ .Sb)({
    directory: true,
    config: { description: _option_catalog_js__WEBPACK_IMPORTED_MODULE_1__/* .SHARED_DESCRIPTIONS */ .OD.configInDirectory },
    'fail-on': { description: _option_catalog_js__WEBPACK_IMPORTED_MODULE_1__/* .SHARED_DESCRIPTIONS */ .OD.failOnFromConfig },
    registry: {
        description: "Registry the repository's manager audits against (default: the config's registry, else the manager's).",
    },
});
const scanCommand = (0,_define_command_js__WEBPACK_IMPORTED_MODULE_0__/* .defineCommand */ .NB)({
    name: 'security-scan',
    aliases: ['scan'],
    summary: 'Secrets in the tarball and the repository, install scripts, forbidden files, vulnerable dependencies, workflow security.',
    positional: 'directory',
    options: OPTIONS,
    outputs: {
        'secret-count': 'Credentials found (redacted in the report).',
        'files-scanned': 'Files read by the secret scanner.',
        audit: 'Dependency audit state: ok, vulnerable (in any package), unavailable or off.',
        'workflow-count': 'Workflow and action files audited.',
    },
    run: _scan_run_js__WEBPACK_IMPORTED_MODULE_2__.securityScan,
});


/***/ })

};

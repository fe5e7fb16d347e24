export const id = 3024;
export const ids = [3024];
export const modules = {

/***/ 10643:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   toSarif: () => (/* binding */ toSarif)
/* harmony export */ });
/* unused harmony export SARIF_SCHEMA */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _rules_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(36086);
/* harmony import */ var _annotations_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(856);



const SARIF_SCHEMA = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';
const LEVEL = { error: 'error', warning: 'warning', note: 'note' };
/** SARIF 2.1.0 log for code scanning: one run, the rules that fired, one result per finding. */
function toSarif(report, options) {
    const ruleIds = [...new Set(report.findings.map((f) => f.rule))].sort();
    const rules = ruleIds.map((id) => {
        const doc = (0,_rules_js__WEBPACK_IMPORTED_MODULE_1__/* .findRule */ .Il)(id);
        return {
            id,
            name: id.replace(/[^A-Za-z0-9]+(.)?/g, (_m, c) => (c ? c.toUpperCase() : '')),
            shortDescription: { text: doc?.summary ?? id },
            help: { text: doc?.fix ?? '' },
            defaultConfiguration: { level: LEVEL[doc?.severity ?? 'warning'] },
        };
    });
    const results = report.findings.map((f) => ({
        ruleId: f.rule,
        ruleIndex: ruleIds.indexOf(f.rule),
        level: LEVEL[f.severity],
        message: { text: f.fix ? `${f.message}. Fix: ${f.fix}` : f.message },
        // Code scanning needs a location on every result; package.json is where a package-level finding is fixed.
        locations: [
            {
                physicalLocation: {
                    artifactLocation: { uri: (0,_annotations_js__WEBPACK_IMPORTED_MODULE_2__/* .joinPrefix */ .$B)(options.prefix ?? '', f.file ?? 'package.json'), uriBaseId: '%SRCROOT%' },
                    region: { startLine: f.line ?? 1, ...(f.column ? { startColumn: f.column } : {}) },
                },
            },
        ],
        // Stable across runs and unrelated edits: no line number in it.
        partialFingerprints: {
            'mcpReleaseFinding/v1': (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256')
                .update(`${f.rule}\u0000${f.file ?? ''}\u0000${f.message}`)
                .digest('hex')
                .slice(0, 32),
        },
        ...(f.package || f.evidence
            ? {
                properties: { ...(f.package ? { package: f.package } : {}), ...(f.evidence ? { evidence: f.evidence } : {}) },
            }
            : {}),
    }));
    return {
        $schema: SARIF_SCHEMA,
        version: '2.1.0',
        runs: [
            {
                tool: {
                    driver: { name: 'mcp-release', semanticVersion: options.toolVersion, version: options.toolVersion, rules },
                },
                automationDetails: { id: `mcp-release/${report.command}/` },
                results,
            },
        ],
    };
}


/***/ })

};

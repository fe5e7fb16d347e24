export const id = 643;
export const ids = [643,3024];
export const modules = {

/***/ 856:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $B: () => (/* binding */ joinPrefix),
/* harmony export */   gI: () => (/* binding */ toAnnotations)
/* harmony export */ });
/* unused harmony exports ANNOTATIONS_PER_LEVEL, limitPerLevel */
const LEVEL = { error: 'error', warning: 'warning', note: 'notice' };
/**
 * GitHub annotations for a report. Paths are made relative to the workspace
 * (`prefix` is the command directory relative to it) so they land on the right file.
 */
function toAnnotations(report, prefix = '', options = {}) {
    return limitPerLevel(report.findings.map((f) => toAnnotation(f, prefix)), options.perLevel ?? ANNOTATIONS_PER_LEVEL, options.reportFile);
}
/**
 * The GitHub UI shows at most 10 annotations of each level per step and drops
 * the rest without a word (github.com/orgs/community/discussions/68471), so the
 * 10th of a level says how many more there are and where to read them.
 */
const ANNOTATIONS_PER_LEVEL = 10;
const PLURAL = { error: 'errors', warning: 'warnings', notice: 'notices' };
/** The first `max - 1` of each level, then one annotation that counts the rest and says where they are. Pure. */
function limitPerLevel(annotations, max, reportFile) {
    const total = {};
    for (const a of annotations)
        total[a.level] = (total[a.level] ?? 0) + 1;
    const seen = {};
    const out = [];
    for (const a of annotations) {
        const n = (seen[a.level] = (seen[a.level] ?? 0) + 1);
        const count = total[a.level] ?? 0;
        if (count <= max || n < max)
            out.push(a);
        else if (n === max) {
            const rest = count - max + 1;
            out.push({
                level: a.level,
                title: `mcp-release: ${rest} more ${PLURAL[a.level]}`,
                message: `and ${rest} more ${PLURAL[a.level]}: see the job summary${reportFile ? ` or ${reportFile}` : ' or the report file (output `report-file`)'}`,
            });
        }
    }
    return out;
}
function toAnnotation(f, prefix) {
    const file = f.file ? joinPrefix(prefix, f.file) : undefined;
    return {
        level: LEVEL[f.severity],
        title: f.rule,
        message: f.fix ? `${f.message}\nFix: ${f.fix}` : f.message,
        ...(file ? { file } : {}),
        ...(f.line ? { startLine: f.line } : {}),
        ...(f.column ? { startColumn: f.column } : {}),
    };
}
function joinPrefix(prefix, file) {
    const clean = prefix
        .replace(/\\/g, '/')
        .replace(/^\.\/?/, '')
        .replace(/\/+$/, '');
    return clean ? `${clean}/${file}` : file;
}


/***/ }),

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

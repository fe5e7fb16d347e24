export const id = 3234;
export const ids = [3234];
export const modules = {

/***/ 23234:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   parseJsonWithPosition: () => (/* binding */ parseJsonWithPosition)
/* harmony export */ });
/* harmony import */ var jsonc_parser__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(99547);
/* harmony import */ var jsonc_parser__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(jsonc_parser__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _json_position_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(24406);


/**
 * Strict JSON.parse (what npm and the registry use), with the line and column of the
 * first error found by a tolerant parser (jsonc-parser), since JSON.parse's own position
 * differs by Node version. Apart from json-position.ts so that the tolerant parser loads
 * only for a document JSON.parse refuses (src/layout/facts.ts jsonFileFact).
 */
function parseJsonWithPosition(text) {
    const parsed = (0,_json_position_js__WEBPACK_IMPORTED_MODULE_1__/* .parseJsonStrict */ .jM)(text);
    if (parsed)
        return parsed;
    const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
    let message = 'invalid JSON';
    try {
        JSON.parse(source);
    }
    catch (error) {
        message = error.message;
    }
    const errors = [];
    (0,jsonc_parser__WEBPACK_IMPORTED_MODULE_0__.parseTree)(source, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
    const first = errors[0];
    const offset = first ? first.offset : source.length;
    const where = (0,_json_position_js__WEBPACK_IMPORTED_MODULE_1__/* .positionAt */ .t$)(source, offset);
    const detail = first ? describeParseError((0,jsonc_parser__WEBPACK_IMPORTED_MODULE_0__.printParseErrorCode)(first.error)) : message;
    return { ok: false, message: detail, ...where };
}
function describeParseError(code) {
    // jsonc-parser codes are like "CommaExpected": make them words.
    return code.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}


/***/ })

};

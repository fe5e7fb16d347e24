export const id = 3389;
export const ids = [3389];
export const modules = {

/***/ 3389:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   smokeCommand: () => (/* binding */ smokeCommand)
/* harmony export */ });
/* harmony import */ var _define_command_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3445);
/* harmony import */ var _smoke_package_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(60325);


const OPTIONS = _smoke_package_js__WEBPACK_IMPORTED_MODULE_1__/* .SMOKE_OPTIONS */ .jE;
const smokeCommand = (0,_define_command_js__WEBPACK_IMPORTED_MODULE_0__/* .defineCommand */ .NB)({
    name: 'smoke',
    summary: 'Install the packed server as npx would, start it over stdio and speak MCP to it with the official SDK client.',
    positional: 'target',
    options: OPTIONS,
    outputs: {
        bin: 'The bin that was started (this and the other details of the server are set when one package was tested).',
        'protocol-version': 'The protocol revision negotiated by initialize.',
        'protocol-revisions': 'JSON array of the revisions the server answered (initialize, and 2026-07-28 when server/discover answers).',
        'server-name': 'serverInfo.name.',
        'server-version': 'serverInfo.version.',
        'tool-count': 'Tools listed to a bare client.',
        'tool-count-full-client': 'Tools listed to a client declaring roots, sampling and elicitation.',
        'prompt-count': 'Prompts listed.',
        'resource-count': 'Resources listed.',
        tools: 'JSON array of tool names.',
        prompts: 'JSON array of prompt names.',
        resources: 'JSON array of resource URIs.',
        'start-ms': 'Spawn until the process runs, ms.',
        'initialize-ms': 'Spawn until the initialize answer, ms.',
        'list-ms': 'All list calls, ms.',
        isolation: 'How the server was isolated: namespace (its own PID and mount namespace, no capabilities) or environment (a scrubbed environment and temporary HOME only).',
    },
    run: _smoke_package_js__WEBPACK_IMPORTED_MODULE_1__/* .smokeReport */ .Ih,
});


/***/ })

};

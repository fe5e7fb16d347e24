export const id = 4021;
export const ids = [4021];
export const modules = {

/***/ 94021:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   validateLayoutCommand: () => (/* binding */ validateLayoutCommand)
/* harmony export */ });
/* harmony import */ var _define_command_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(68427);
/* harmony import */ var _option_catalog_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(19159);
/* harmony import */ var _validate_layout_run_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(95977);



const OPTIONS = (0,_define_command_js__WEBPACK_IMPORTED_MODULE_0__/* .pickOptions */ .Sb)({
    directory: true,
    config: { description: _option_catalog_js__WEBPACK_IMPORTED_MODULE_1__/* .SHARED_DESCRIPTIONS */ .OD.configInDirectory },
    'fail-on': { description: _option_catalog_js__WEBPACK_IMPORTED_MODULE_1__/* .SHARED_DESCRIPTIONS */ .OD.failOnFromConfig },
});
/**
 * The command: its usage and input schema here, its run in validate-layout-run.ts, which the entries
 * load alone (src/commands/command-loaders.ts RUN_LOADERS): every option's value is checked from the
 * usage manifest, so a validate run loads neither zod nor the option catalog.
 */
const validateLayoutCommand = (0,_define_command_js__WEBPACK_IMPORTED_MODULE_0__/* .defineCommand */ .NB)({
    name: 'validate-layout',
    aliases: ['validate'],
    summary: 'Check that each package would install and start for `npx` users (bin, entries, files, license, server.json, ...).',
    positional: 'directory',
    options: OPTIONS,
    outputs: {},
    run: _validate_layout_run_js__WEBPACK_IMPORTED_MODULE_2__.validateLayout,
});


/***/ })

};

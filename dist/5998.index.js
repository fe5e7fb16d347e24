export const id = 5998;
export const ids = [5998];
export const modules = {

/***/ 5998:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   PNPM_WORKSPACE_FILE: () => (/* reexport safe */ _package_json_workspaces_js__WEBPACK_IMPORTED_MODULE_1__.dq),
/* harmony export */   workspacePatterns: () => (/* binding */ workspacePatterns)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(43439);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(92174);
/* harmony import */ var _package_json_workspaces_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(69285);




/**
 * The workspace globs of a root, or undefined when it defines no workspace.
 * `rootManifest` is the root package.json's parsed value (anything);
 * `pnpmWorkspaceYamlText` the text of pnpm-workspace.yaml when the file exists.
 * A malformed definition is a ConfigError naming the file and the field.
 */
function workspacePatterns(rootManifest, pnpmWorkspaceYamlText) {
    if (pnpmWorkspaceYamlText !== undefined)
        return pnpmPatterns(pnpmWorkspaceYamlText);
    return (0,_package_json_workspaces_js__WEBPACK_IMPORTED_MODULE_1__/* .packageJsonWorkspaces */ .Jv)(rootManifest);
}
function pnpmPatterns(text) {
    let document;
    try {
        document = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parse */ .qg)(text);
    }
    catch (error) {
        const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigError */ .xL(`${_package_json_workspaces_js__WEBPACK_IMPORTED_MODULE_1__/* .PNPM_WORKSPACE_FILE */ .dq}: not valid YAML: ${reason}`);
    }
    if (document === null || document === undefined)
        return { file: _package_json_workspaces_js__WEBPACK_IMPORTED_MODULE_1__/* .PNPM_WORKSPACE_FILE */ .dq, patterns: [] };
    if (!(0,_package_json_workspaces_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u4)(document))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigError */ .xL(`${_package_json_workspaces_js__WEBPACK_IMPORTED_MODULE_1__/* .PNPM_WORKSPACE_FILE */ .dq}: must be a mapping with a "packages:" list (got ${(0,_package_json_workspaces_js__WEBPACK_IMPORTED_MODULE_1__/* .describe */ .q0)(document)})`);
    if (document.packages === undefined || document.packages === null)
        return { file: _package_json_workspaces_js__WEBPACK_IMPORTED_MODULE_1__/* .PNPM_WORKSPACE_FILE */ .dq, patterns: [] };
    if (!Array.isArray(document.packages))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigError */ .xL(`${_package_json_workspaces_js__WEBPACK_IMPORTED_MODULE_1__/* .PNPM_WORKSPACE_FILE */ .dq}: packages must be a list of folder globs such as - "packages/*" (got ${(0,_package_json_workspaces_js__WEBPACK_IMPORTED_MODULE_1__/* .describe */ .q0)(document.packages)})`);
    return { file: _package_json_workspaces_js__WEBPACK_IMPORTED_MODULE_1__/* .PNPM_WORKSPACE_FILE */ .dq, patterns: (0,_package_json_workspaces_js__WEBPACK_IMPORTED_MODULE_1__/* .globList */ .Xq)(document.packages, _package_json_workspaces_js__WEBPACK_IMPORTED_MODULE_1__/* .PNPM_WORKSPACE_FILE */ .dq, 'packages') };
}


/***/ })

};

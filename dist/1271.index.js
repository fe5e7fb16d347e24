export const id = 1271;
export const ids = [1271];
export const modules = {

/***/ 1271:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   packFolderInProcess: () => (/* binding */ packFolderInProcess)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _npm_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(85825);
/* harmony import */ var _packed_list_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(81461);





async function packFolderInProcess(dir, outDir) {
    const filesProblem = await (0,_npm_js__WEBPACK_IMPORTED_MODULE_3__/* .packFieldsProblem */ .Ke)(dir);
    if (filesProblem)
        return { ok: false, reason: filesProblem };
    // Written under a private name first: the tarball's name is known once the manifest is read,
    // and a half-written file must never stand under the name a later step publishes.
    const partial = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(outDir, `.mcp-release-pack-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomUUID)()}.tgz.partial`);
    try {
        const result = await (0,_packed_list_js__WEBPACK_IMPORTED_MODULE_4__.packInProcess)(dir, { writeTo: partial });
        if (!result.ok)
            return result;
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rename)(partial, node_path__WEBPACK_IMPORTED_MODULE_2___default().join(outDir, result.pack.filename));
        return {
            ok: true,
            packed: {
                name: result.name,
                version: result.version,
                filename: result.pack.filename,
                size: result.pack.size,
                unpackedSize: result.pack.unpackedSize,
                files: result.pack.files.map(({ path: file, size }) => ({ path: file, size })),
            },
        };
    }
    catch (error) {
        return { ok: false, reason: `packing in-process failed: ${error.message}` };
    }
    finally {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(partial, { force: true });
    }
}


/***/ })

};

export const id = 83;
export const ids = [83];
export const modules = {

/***/ 73083:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   loadTrustedRoot: () => (/* binding */ loadTrustedRoot)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);



async function loadTrustedRoot(file) {
    if (file) {
        const text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(file, 'utf8').catch(() => undefined);
        if (text === undefined)
            throw new Error(`cannot read ${file}`);
        try {
            return { root: JSON.parse(text), source: file };
        }
        catch {
            throw new Error(`${file} is not JSON (a sigstore TrustedRoot document is expected)`);
        }
    }
    const { DEFAULT_MIRROR_URL, getTrustedRoot } = await Promise.all(/* import() */[__webpack_require__.e(654), __webpack_require__.e(310), __webpack_require__.e(694)]).then(__webpack_require__.bind(__webpack_require__, 84423));
    const cachePath = node_path__WEBPACK_IMPORTED_MODULE_2___default().join((0,node_os__WEBPACK_IMPORTED_MODULE_1__.tmpdir)(), 'mcp-release-tuf');
    try {
        const { TrustedRoot } = await __webpack_require__.e(/* import() */ 654).then(__webpack_require__.t.bind(__webpack_require__, 19654, 23));
        const root = await getTrustedRoot({ cachePath, retry: { retries: 1 }, timeout: 10_000 });
        return { root: TrustedRoot.toJSON(root), source: DEFAULT_MIRROR_URL };
    }
    catch (error) {
        // Seeding the cache wrote the trusted root that ships with @sigstore/tuf.
        const seeded = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(cachePath, new URL(DEFAULT_MIRROR_URL).host, 'targets', 'trusted_root.json');
        const text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(seeded, 'utf8').catch(() => undefined);
        if (text === undefined)
            throw new Error(`could not load sigstore's trusted root through TUF (${error.message}); pass --trusted-root`, { cause: error });
        return {
            root: JSON.parse(text),
            source: 'the copy shipped with @sigstore/tuf',
            note: `TUF refresh failed (${error.message}): verified against the trusted root shipped with @sigstore/tuf`,
        };
    }
}


/***/ })

};

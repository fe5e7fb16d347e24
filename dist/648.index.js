export const id = 648;
export const ids = [648];
export const modules = {

/***/ 7648:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   upsertStickyComment: () => (/* binding */ upsertStickyComment)
/* harmony export */ });
/* unused harmony export stickyMarker */
/* harmony import */ var _util_markdown_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(17183);

/** GitHub refuses issue and PR comments longer than this (422 "body is too long"). */
const COMMENT_LIMIT = 65_536;
/**
 * One comment per PR and purpose, found again by a hidden marker and edited
 * in place: a re-run never adds a second comment.
 */
function stickyMarker(key) {
    return `<!-- mcp-release-kit:${key.replace(/-->/g, '')} -->`;
}
async function upsertStickyComment(github, target, issue, key, body) {
    const marker = stickyMarker(key);
    const text = (0,_util_markdown_js__WEBPACK_IMPORTED_MODULE_0__.fitToLimit)(`${marker}\n${body}`, COMMENT_LIMIT);
    const comments = await github.paginate(github.rest.issues.listComments, { owner: target.owner, repo: target.repo, issue_number: issue, per_page: 100 });
    const existing = comments.find((c) => c.body?.startsWith(marker));
    if (existing) {
        if (existing.body === text)
            return { id: existing.id, action: 'unchanged' };
        await github.rest.issues.updateComment({ owner: target.owner, repo: target.repo, comment_id: existing.id, body: text });
        return { id: existing.id, action: 'updated' };
    }
    const { data } = await github.rest.issues.createComment({ owner: target.owner, repo: target.repo, issue_number: issue, body: text });
    return { id: data.id, action: 'created' };
}


/***/ })

};

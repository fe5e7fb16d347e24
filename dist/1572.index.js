export const id = 1572;
export const ids = [1572];
export const modules = {

/***/ 10779:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.formatNames = exports.fastFormats = exports.fullFormats = void 0;
function fmtDef(validate, compare) {
    return { validate, compare };
}
exports.fullFormats = {
    // date: http://tools.ietf.org/html/rfc3339#section-5.6
    date: fmtDef(date, compareDate),
    // date-time: http://tools.ietf.org/html/rfc3339#section-5.6
    time: fmtDef(getTime(true), compareTime),
    "date-time": fmtDef(getDateTime(true), compareDateTime),
    "iso-time": fmtDef(getTime(), compareIsoTime),
    "iso-date-time": fmtDef(getDateTime(), compareIsoDateTime),
    // duration: https://tools.ietf.org/html/rfc3339#appendix-A
    duration: /^P(?!$)((\d+Y)?(\d+M)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+S)?)?|(\d+W)?)$/,
    uri,
    "uri-reference": /^(?:[a-z][a-z0-9+\-.]*:)?(?:\/?\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:]|%[0-9a-f]{2})*@)?(?:\[(?:(?:(?:(?:[0-9a-f]{1,4}:){6}|::(?:[0-9a-f]{1,4}:){5}|(?:[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){4}|(?:(?:[0-9a-f]{1,4}:){0,1}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){3}|(?:(?:[0-9a-f]{1,4}:){0,2}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){2}|(?:(?:[0-9a-f]{1,4}:){0,3}[0-9a-f]{1,4})?::[0-9a-f]{1,4}:|(?:(?:[0-9a-f]{1,4}:){0,4}[0-9a-f]{1,4})?::)(?:[0-9a-f]{1,4}:[0-9a-f]{1,4}|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?))|(?:(?:[0-9a-f]{1,4}:){0,5}[0-9a-f]{1,4})?::[0-9a-f]{1,4}|(?:(?:[0-9a-f]{1,4}:){0,6}[0-9a-f]{1,4})?::)|[Vv][0-9a-f]+\.[a-z0-9\-._~!$&'()*+,;=:]+)\]|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?)|(?:[a-z0-9\-._~!$&'"()*+,;=]|%[0-9a-f]{2})*)(?::\d*)?(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*|\/(?:(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*)?|(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*)?(?:\?(?:[a-z0-9\-._~!$&'"()*+,;=:@/?]|%[0-9a-f]{2})*)?(?:#(?:[a-z0-9\-._~!$&'"()*+,;=:@/?]|%[0-9a-f]{2})*)?$/i,
    // uri-template: https://tools.ietf.org/html/rfc6570
    "uri-template": /^(?:(?:[^\x00-\x20"'<>%\\^`{|}]|%[0-9a-f]{2})|\{[+#./;?&=,!@|]?(?:[a-z0-9_]|%[0-9a-f]{2})+(?::[1-9][0-9]{0,3}|\*)?(?:,(?:[a-z0-9_]|%[0-9a-f]{2})+(?::[1-9][0-9]{0,3}|\*)?)*\})*$/i,
    // For the source: https://gist.github.com/dperini/729294
    // For test cases: https://mathiasbynens.be/demo/url-regex
    url: /^(?:https?|ftp):\/\/(?:\S+(?::\S*)?@)?(?:(?!(?:10|127)(?:\.\d{1,3}){3})(?!(?:169\.254|192\.168)(?:\.\d{1,3}){2})(?!172\.(?:1[6-9]|2\d|3[0-1])(?:\.\d{1,3}){2})(?:[1-9]\d?|1\d\d|2[01]\d|22[0-3])(?:\.(?:1?\d{1,2}|2[0-4]\d|25[0-5])){2}(?:\.(?:[1-9]\d?|1\d\d|2[0-4]\d|25[0-4]))|(?:(?:[a-z0-9\u{00a1}-\u{ffff}]+-)*[a-z0-9\u{00a1}-\u{ffff}]+)(?:\.(?:[a-z0-9\u{00a1}-\u{ffff}]+-)*[a-z0-9\u{00a1}-\u{ffff}]+)*(?:\.(?:[a-z\u{00a1}-\u{ffff}]{2,})))(?::\d{2,5})?(?:\/[^\s]*)?$/iu,
    email: /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/i,
    hostname: /^(?=.{1,253}\.?$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[-0-9a-z]{0,61}[0-9a-z])?)*\.?$/i,
    // optimized https://www.safaribooksonline.com/library/view/regular-expressions-cookbook/9780596802837/ch07s16.html
    ipv4: /^(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$/,
    ipv6: /^((([0-9a-f]{1,4}:){7}([0-9a-f]{1,4}|:))|(([0-9a-f]{1,4}:){6}(:[0-9a-f]{1,4}|((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3})|:))|(([0-9a-f]{1,4}:){5}(((:[0-9a-f]{1,4}){1,2})|:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3})|:))|(([0-9a-f]{1,4}:){4}(((:[0-9a-f]{1,4}){1,3})|((:[0-9a-f]{1,4})?:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){3}(((:[0-9a-f]{1,4}){1,4})|((:[0-9a-f]{1,4}){0,2}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){2}(((:[0-9a-f]{1,4}){1,5})|((:[0-9a-f]{1,4}){0,3}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){1}(((:[0-9a-f]{1,4}){1,6})|((:[0-9a-f]{1,4}){0,4}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(:(((:[0-9a-f]{1,4}){1,7})|((:[0-9a-f]{1,4}){0,5}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:)))$/i,
    regex,
    // uuid: http://tools.ietf.org/html/rfc4122
    uuid: /^(?:urn:uuid:)?[0-9a-f]{8}-(?:[0-9a-f]{4}-){3}[0-9a-f]{12}$/i,
    // JSON-pointer: https://tools.ietf.org/html/rfc6901
    // uri fragment: https://tools.ietf.org/html/rfc3986#appendix-A
    "json-pointer": /^(?:\/(?:[^~/]|~0|~1)*)*$/,
    "json-pointer-uri-fragment": /^#(?:\/(?:[a-z0-9_\-.!$&'()*+,;:=@]|%[0-9a-f]{2}|~0|~1)*)*$/i,
    // relative JSON-pointer: http://tools.ietf.org/html/draft-luff-relative-json-pointer-00
    "relative-json-pointer": /^(?:0|[1-9][0-9]*)(?:#|(?:\/(?:[^~/]|~0|~1)*)*)$/,
    // the following formats are used by the openapi specification: https://spec.openapis.org/oas/v3.0.0#data-types
    // byte: https://github.com/miguelmota/is-base64
    byte,
    // signed 32 bit integer
    int32: { type: "number", validate: validateInt32 },
    // signed 64 bit integer
    int64: { type: "number", validate: validateInt64 },
    // C-type float
    float: { type: "number", validate: validateNumber },
    // C-type double
    double: { type: "number", validate: validateNumber },
    // hint to the UI to hide input strings
    password: true,
    // unchecked string payload
    binary: true,
};
exports.fastFormats = {
    ...exports.fullFormats,
    date: fmtDef(/^\d\d\d\d-[0-1]\d-[0-3]\d$/, compareDate),
    time: fmtDef(/^(?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)$/i, compareTime),
    "date-time": fmtDef(/^\d\d\d\d-[0-1]\d-[0-3]\dt(?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)$/i, compareDateTime),
    "iso-time": fmtDef(/^(?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)?$/i, compareIsoTime),
    "iso-date-time": fmtDef(/^\d\d\d\d-[0-1]\d-[0-3]\d[t\s](?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)?$/i, compareIsoDateTime),
    // uri: https://github.com/mafintosh/is-my-json-valid/blob/master/formats.js
    uri: /^(?:[a-z][a-z0-9+\-.]*:)(?:\/?\/)?[^\s]*$/i,
    "uri-reference": /^(?:(?:[a-z][a-z0-9+\-.]*:)?\/?\/)?(?:[^\\\s#][^\s#]*)?(?:#[^\\\s]*)?$/i,
    // email (sources from jsen validator):
    // http://stackoverflow.com/questions/201323/using-a-regular-expression-to-validate-an-email-address#answer-8829363
    // http://www.w3.org/TR/html5/forms.html#valid-e-mail-address (search for 'wilful violation')
    email: /^[a-z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/i,
};
exports.formatNames = Object.keys(exports.fullFormats);
function isLeapYear(year) {
    // https://tools.ietf.org/html/rfc3339#appendix-C
    return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
}
const DATE = /^(\d\d\d\d)-(\d\d)-(\d\d)$/;
const DAYS = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
function date(str) {
    // full-date from http://tools.ietf.org/html/rfc3339#section-5.6
    const matches = DATE.exec(str);
    if (!matches)
        return false;
    const year = +matches[1];
    const month = +matches[2];
    const day = +matches[3];
    return (month >= 1 &&
        month <= 12 &&
        day >= 1 &&
        day <= (month === 2 && isLeapYear(year) ? 29 : DAYS[month]));
}
function compareDate(d1, d2) {
    if (!(d1 && d2))
        return undefined;
    if (d1 > d2)
        return 1;
    if (d1 < d2)
        return -1;
    return 0;
}
const TIME = /^(\d\d):(\d\d):(\d\d(?:\.\d+)?)(z|([+-])(\d\d)(?::?(\d\d))?)?$/i;
function getTime(strictTimeZone) {
    return function time(str) {
        const matches = TIME.exec(str);
        if (!matches)
            return false;
        const hr = +matches[1];
        const min = +matches[2];
        const sec = +matches[3];
        const tz = matches[4];
        const tzSign = matches[5] === "-" ? -1 : 1;
        const tzH = +(matches[6] || 0);
        const tzM = +(matches[7] || 0);
        if (tzH > 23 || tzM > 59 || (strictTimeZone && !tz))
            return false;
        if (hr <= 23 && min <= 59 && sec < 60)
            return true;
        // leap second
        const utcMin = min - tzM * tzSign;
        const utcHr = hr - tzH * tzSign - (utcMin < 0 ? 1 : 0);
        return (utcHr === 23 || utcHr === -1) && (utcMin === 59 || utcMin === -1) && sec < 61;
    };
}
function compareTime(s1, s2) {
    if (!(s1 && s2))
        return undefined;
    const t1 = new Date("2020-01-01T" + s1).valueOf();
    const t2 = new Date("2020-01-01T" + s2).valueOf();
    if (!(t1 && t2))
        return undefined;
    return t1 - t2;
}
function compareIsoTime(t1, t2) {
    if (!(t1 && t2))
        return undefined;
    const a1 = TIME.exec(t1);
    const a2 = TIME.exec(t2);
    if (!(a1 && a2))
        return undefined;
    t1 = a1[1] + a1[2] + a1[3];
    t2 = a2[1] + a2[2] + a2[3];
    if (t1 > t2)
        return 1;
    if (t1 < t2)
        return -1;
    return 0;
}
const DATE_TIME_SEPARATOR = /t|\s/i;
function getDateTime(strictTimeZone) {
    const time = getTime(strictTimeZone);
    return function date_time(str) {
        // http://tools.ietf.org/html/rfc3339#section-5.6
        const dateTime = str.split(DATE_TIME_SEPARATOR);
        return dateTime.length === 2 && date(dateTime[0]) && time(dateTime[1]);
    };
}
function compareDateTime(dt1, dt2) {
    if (!(dt1 && dt2))
        return undefined;
    const d1 = new Date(dt1).valueOf();
    const d2 = new Date(dt2).valueOf();
    if (!(d1 && d2))
        return undefined;
    return d1 - d2;
}
function compareIsoDateTime(dt1, dt2) {
    if (!(dt1 && dt2))
        return undefined;
    const [d1, t1] = dt1.split(DATE_TIME_SEPARATOR);
    const [d2, t2] = dt2.split(DATE_TIME_SEPARATOR);
    const res = compareDate(d1, d2);
    if (res === undefined)
        return undefined;
    return res || compareTime(t1, t2);
}
const NOT_URI_FRAGMENT = /\/|:/;
const URI = /^(?:[a-z][a-z0-9+\-.]*:)(?:\/?\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:]|%[0-9a-f]{2})*@)?(?:\[(?:(?:(?:(?:[0-9a-f]{1,4}:){6}|::(?:[0-9a-f]{1,4}:){5}|(?:[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){4}|(?:(?:[0-9a-f]{1,4}:){0,1}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){3}|(?:(?:[0-9a-f]{1,4}:){0,2}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){2}|(?:(?:[0-9a-f]{1,4}:){0,3}[0-9a-f]{1,4})?::[0-9a-f]{1,4}:|(?:(?:[0-9a-f]{1,4}:){0,4}[0-9a-f]{1,4})?::)(?:[0-9a-f]{1,4}:[0-9a-f]{1,4}|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?))|(?:(?:[0-9a-f]{1,4}:){0,5}[0-9a-f]{1,4})?::[0-9a-f]{1,4}|(?:(?:[0-9a-f]{1,4}:){0,6}[0-9a-f]{1,4})?::)|[Vv][0-9a-f]+\.[a-z0-9\-._~!$&'()*+,;=:]+)\]|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?)|(?:[a-z0-9\-._~!$&'()*+,;=]|%[0-9a-f]{2})*)(?::\d*)?(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*|\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*)?|(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*)(?:\?(?:[a-z0-9\-._~!$&'()*+,;=:@/?]|%[0-9a-f]{2})*)?(?:#(?:[a-z0-9\-._~!$&'()*+,;=:@/?]|%[0-9a-f]{2})*)?$/i;
function uri(str) {
    // http://jmrware.com/articles/2009/uri_regexp/URI_regex.html + optional protocol + required "."
    return NOT_URI_FRAGMENT.test(str) && URI.test(str);
}
const BYTE = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/gm;
function byte(str) {
    BYTE.lastIndex = 0;
    return BYTE.test(str);
}
const MIN_INT32 = -(2 ** 31);
const MAX_INT32 = 2 ** 31 - 1;
function validateInt32(value) {
    return Number.isInteger(value) && value <= MAX_INT32 && value >= MIN_INT32;
}
function validateInt64(value) {
    // JSON and javascript max Int is 2**53, so any int that passes isInteger is valid for Int64
    return Number.isInteger(value);
}
function validateNumber() {
    return true;
}
const Z_ANCHOR = /[^\\]\\Z/;
function regex(str) {
    if (Z_ANCHOR.test(str))
        return false;
    try {
        new RegExp(str);
        return true;
    }
    catch (e) {
        return false;
    }
}
//# sourceMappingURL=formats.js.map

/***/ }),

/***/ 36214:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
// https://mathiasbynens.be/notes/javascript-encoding
// https://github.com/bestiejs/punycode.js - punycode.ucs2.decode
function ucs2length(str) {
    const len = str.length;
    let length = 0;
    let pos = 0;
    let value;
    while (pos < len) {
        length++;
        value = str.charCodeAt(pos++);
        if (value >= 0xd800 && value <= 0xdbff && pos < len) {
            // high surrogate, and there is a next character
            value = str.charCodeAt(pos);
            if ((value & 0xfc00) === 0xdc00)
                pos++; // low surrogate
        }
    }
    return length;
}
exports["default"] = ucs2length;
ucs2length.code = 'require("ajv/dist/runtime/ucs2length").default';
//# sourceMappingURL=ucs2length.js.map

/***/ }),

/***/ 32674:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ duplicateAsset),
/* harmony export */   S: () => (/* binding */ assetName)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);

/**
 * The name a release asset gets: the file's base name, with the characters
 * GitHub renames ("special characters, non-alphanumeric characters") as the dot
 * it uses. Two files with one such name overwrite each other on the release. Pure.
 */
function assetName(file) {
    return node_path__WEBPACK_IMPORTED_MODULE_0___default().basename(file).replace(/[^\w.+@-]/g, '.');
}
/** The first two files that would become the same release asset, or undefined. */
function duplicateAsset(files) {
    const seen = new Map();
    for (const file of files) {
        const name = assetName(file);
        const first = seen.get(name);
        if (first !== undefined)
            return { name, first, second: file };
        seen.set(name, file);
    }
    return undefined;
}


/***/ }),

/***/ 23425:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D2: () => (/* binding */ markLatest),
/* harmony export */   DN: () => (/* binding */ ensureTag),
/* harmony export */   Dl: () => (/* binding */ publishRelease),
/* harmony export */   P1: () => (/* binding */ TagConflictError),
/* harmony export */   dv: () => (/* binding */ findRelease),
/* harmony export */   fS: () => (/* binding */ RELEASE_BODY_LIMIT),
/* harmony export */   w9: () => (/* binding */ ensureRelease),
/* harmony export */   z6: () => (/* binding */ syncAssets)
/* harmony export */ });
/* harmony import */ var _asset_names_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(32674);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _util_markdown_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(17183);



const status = (error) => error.status;
/** A lightweight tag `refs/tags/<tag>` at `sha`; an existing tag at the same commit is fine, at another commit an error. */
async function ensureTag(github, target, tag, sha) {
    try {
        await github.rest.git.createRef({ owner: target.owner, repo: target.repo, ref: `refs/tags/${tag}`, sha });
        return 'created';
    }
    catch (error) {
        if (status(error) !== 422)
            throw error;
    }
    const { data } = await github.rest.git.getRef({ owner: target.owner, repo: target.repo, ref: `tags/${tag}` });
    if (data.object.type === 'commit' && data.object.sha !== sha) {
        throw new TagConflictError(`tag ${tag} already exists at ${data.object.sha.slice(0, 12)}, not at ${sha.slice(0, 12)}: a release of this version was made from another commit; bump the version instead of moving the tag`);
    }
    return 'unchanged';
}
class TagConflictError extends Error {
    name = 'TagConflictError';
}
const record = (r) => ({
    id: r.id,
    draft: r.draft,
    htmlUrl: r.html_url,
    uploadUrl: r.upload_url,
    assets: r.assets.map((a) => ({ id: a.id, name: a.name, size: a.size, digest: a.digest })),
});
/**
 * The release for a tag, published or draft. GitHub does not find drafts by
 * tag, so a miss reads the newest page of releases (drafts are recent): the
 * number of calls does not grow with the number of past releases.
 */
async function findRelease(github, target, tag) {
    try {
        const { data } = await github.rest.repos.getReleaseByTag({ owner: target.owner, repo: target.repo, tag });
        return data;
    }
    catch (error) {
        if (status(error) !== 404)
            throw error;
    }
    const { data } = await github.rest.repos.listReleases({ owner: target.owner, repo: target.repo, per_page: 100 });
    return data.find((r) => r.tag_name === tag);
}
/** GitHub refuses a release body longer than this (422 "body is too long (maximum is 125000 characters)"). */
const RELEASE_BODY_LIMIT = 125_000;
async function ensureRelease(github, target, given, draft) {
    const fields = { ...given, body: (0,_util_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .fitToLimit */ .Qt)(given.body, RELEASE_BODY_LIMIT) };
    let existing = await findRelease(github, target, fields.tag);
    if (!existing) {
        try {
            const { data } = await github.rest.repos.createRelease({
                owner: target.owner,
                repo: target.repo,
                tag_name: fields.tag,
                target_commitish: fields.sha,
                name: fields.name,
                body: fields.body,
                draft,
                prerelease: fields.prerelease,
                make_latest: fields.prerelease || draft ? 'false' : 'true',
            });
            return { release: record(data), outcome: 'created' };
        }
        catch (error) {
            // 422: a concurrent run created it after we looked; carry on with theirs (the fields are checked below).
            if (status(error) !== 422)
                throw error;
            existing = await findRelease(github, target, fields.tag);
            if (!existing)
                throw error;
        }
    }
    if (existing.name === fields.name &&
        (existing.body ?? '') === fields.body &&
        existing.prerelease === fields.prerelease)
        return { release: record(existing), outcome: 'unchanged' };
    const { data } = await github.rest.repos.updateRelease({
        owner: target.owner,
        repo: target.repo,
        release_id: existing.id,
        name: fields.name,
        body: fields.body,
        prerelease: fields.prerelease,
    });
    return { release: record(data), outcome: 'updated' };
}
/** Upload the files as assets (their bytes from `read`): same name and bytes are kept, other bytes replaced. */
async function syncAssets(github, target, release, files, read) {
    const results = [];
    for (const file of files) {
        // The name GitHub stores (special characters become dots): a re-run must find the asset under it.
        const name = (0,_asset_names_js__WEBPACK_IMPORTED_MODULE_0__/* .assetName */ .S)(file);
        const bytes = await read(file);
        const digest = `sha256:${(0,node_crypto__WEBPACK_IMPORTED_MODULE_1__.createHash)('sha256').update(bytes).digest('hex')}`;
        const existing = release.assets.find((a) => a.name === name);
        if (existing && existing.size === bytes.length && existing.digest === digest) {
            results.push({ name, outcome: 'unchanged' });
            continue;
        }
        if (existing)
            await github.rest.repos.deleteReleaseAsset({ owner: target.owner, repo: target.repo, asset_id: existing.id });
        try {
            // The upload host comes from the release (uploads.github.com on github.com).
            await github.request({
                method: 'POST',
                url: release.uploadUrl,
                name,
                data: bytes,
                headers: { 'content-type': 'application/octet-stream', 'content-length': bytes.length },
            });
        }
        catch (error) {
            // 422 already_exists: another run uploaded it meanwhile. The same bytes are fine; other bytes are a conflict.
            if (status(error) !== 422)
                throw error;
            const { data: now } = await github.rest.repos.listReleaseAssets({
                owner: target.owner,
                repo: target.repo,
                release_id: release.id,
                per_page: 100,
            });
            const theirs = now.find((a) => a.name === name);
            if (!theirs || theirs.size !== bytes.length || theirs.digest !== digest)
                throw error;
            results.push({ name, outcome: 'unchanged' });
            continue;
        }
        results.push({ name, outcome: existing ? 'replaced' : 'uploaded' });
    }
    return results;
}
/** Draft -> published (the last step, after the assets). */
async function publishRelease(github, target, release, latest) {
    if (!release.draft)
        return 'unchanged';
    await github.rest.repos.updateRelease({
        owner: target.owner,
        repo: target.repo,
        release_id: release.id,
        draft: false,
        make_latest: latest ? 'true' : 'false',
    });
    return 'updated';
}
/** Make a published release GitHub's latest, unless it already is (a re-run writes nothing). Drafts stay as they are. */
async function markLatest(github, target, tag) {
    const current = await github.rest.repos.getLatestRelease({ owner: target.owner, repo: target.repo }).then(({ data }) => data.tag_name, (error) => {
        if (status(error) === 404)
            return undefined;
        throw error;
    });
    if (current === tag)
        return 'unchanged';
    const release = await findRelease(github, target, tag);
    if (!release || release.draft)
        return 'unchanged';
    await github.rest.repos.updateRelease({
        owner: target.owner,
        repo: target.repo,
        release_id: release.id,
        make_latest: 'true',
    });
    return 'updated';
}


/***/ }),

/***/ 68897:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I2: () => (/* binding */ McpRegistryError),
/* harmony export */   IQ: () => (/* binding */ MCP_REGISTRY_AUDIENCE),
/* harmony export */   kn: () => (/* binding */ serverJsonProblems),
/* harmony export */   lQ: () => (/* binding */ MCP_REGISTRY_URL)
/* harmony export */ });
/* harmony import */ var _server_schema_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73780);
/* harmony import */ var _server_json_rules_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(59834);


/**
 * The official MCP Registry's publish API (v0.1): a GitHub OIDC token is
 * exchanged for a registry token, server.json is POSTed to /v0.1/publish, and
 * a version's lifecycle status is PATCHed. Every write is preceded by a read,
 * so a re-run does nothing that is already done. This module holds the API's
 * contract and what the registry would refuse; adapters/mcp-registry.ts calls it.
 */
const MCP_REGISTRY_URL = 'https://registry.modelcontextprotocol.io';
const MCP_REGISTRY_AUDIENCE = 'https://registry.modelcontextprotocol.io';
class McpRegistryError extends Error {
    status;
    name = 'McpRegistryError';
    constructor(message, status) {
        super(message);
        this.status = status;
    }
}
/** What the registry would refuse, checked before anything is sent. */
function serverJsonProblems(serverJson, packageName, version) {
    const problems = (0,_server_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .validateServerJsonSchema */ .z)(serverJson).map((e) => `server.json${e.instancePath} ${e.message ?? ''}`);
    const name = typeof serverJson.name === 'string' ? serverJson.name : '';
    const nameProblem = (0,_server_json_rules_js__WEBPACK_IMPORTED_MODULE_1__/* .serverNameProblem */ .Oi)(name);
    if (nameProblem)
        problems.push(`server.json name: ${nameProblem}`);
    const description = (0,_server_json_rules_js__WEBPACK_IMPORTED_MODULE_1__/* .descriptionProblem */ .wR)(serverJson.description);
    if (description)
        problems.push(`server.json description: ${description}`);
    if (serverJson.version !== version)
        problems.push(`server.json version is ${JSON.stringify(serverJson.version)}, the package is ${version}`);
    const npm = (Array.isArray(serverJson.packages)
        ? serverJson.packages
        : []).find((p) => p.registryType === 'npm' && p.identifier === packageName);
    if (!npm)
        problems.push(`server.json has no npm package entry for ${packageName}`);
    else if (npm.version !== undefined && npm.version !== version)
        problems.push(`server.json packages[npm].version is ${npm.version}, the package is ${version}`);
    return [...new Set(problems)];
}


/***/ }),

/***/ 34895:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ setMcpRegistryStatus),
/* harmony export */   y: () => (/* binding */ publishToMcpRegistry)
/* harmony export */ });
/* harmony import */ var _release_registry_wait_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(46630);
/* harmony import */ var _client_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(68897);


async function registryToken(ports, base) {
    const oidc = await ports.identityToken(_client_js__WEBPACK_IMPORTED_MODULE_0__/* .MCP_REGISTRY_AUDIENCE */ .IQ);
    return ports.api.exchangeGitHubOidc(base, oidc);
}
/** The package's server.json (its text, undefined when the folder has none) as an object, or what is wrong with it. */
function parseServerJson(text) {
    if (text === undefined)
        return 'no server.json in the package folder';
    try {
        const value = JSON.parse(text);
        return value && typeof value === 'object' && !Array.isArray(value)
            ? value
            : 'server.json is not a JSON object';
    }
    catch {
        return 'server.json is not JSON';
    }
}
async function publishToMcpRegistry(ports, options) {
    const { version, log } = options;
    const { api } = ports;
    const base = options.registryUrl ?? _client_js__WEBPACK_IMPORTED_MODULE_0__/* .MCP_REGISTRY_URL */ .lQ;
    const serverJson = parseServerJson(options.serverJsonText);
    if (typeof serverJson === 'string')
        return { outcome: 'failed', rule: 'promote/server-json-invalid', problem: `MCP Registry: ${serverJson}` };
    const problems = (0,_client_js__WEBPACK_IMPORTED_MODULE_0__/* .serverJsonProblems */ .kn)(serverJson, options.packageName, version);
    if (problems.length)
        return {
            outcome: 'failed',
            rule: 'promote/server-json-invalid',
            problem: `MCP Registry: not sent, the registry would refuse it: ${problems.join('; ')}`,
        };
    const name = serverJson.name;
    try {
        if (await api.getEntry(base, name, version)) {
            log(`MCP Registry: ${name} ${version} is already published`);
            return { outcome: 'already-published' };
        }
        const where = { registry: options.registry, name: options.packageName, version };
        const wait = await options.waitForNpm();
        if (!wait.served)
            return {
                outcome: 'failed',
                rule: 'registry/not-yet-served',
                problem: `MCP Registry: not sent: ${(0,_release_registry_wait_js__WEBPACK_IMPORTED_MODULE_1__/* .notYetServedMessage */ .iQ)(where, wait)} (npm is already promoted)`,
            };
        const token = await registryToken(ports, base);
        try {
            await api.publishEntry(base, token, serverJson);
        }
        catch (error) {
            // A concurrent promote published it after we looked (the registry refuses duplicates): theirs stands.
            if (!(await api.getEntry(base, name, version).catch(() => undefined)))
                throw error;
            log(`MCP Registry: ${name} ${version} was published meanwhile by another run`);
            return { outcome: 'already-published' };
        }
        log(`MCP Registry: published ${name} ${version}`);
        return { outcome: 'published' };
    }
    catch (error) {
        return {
            outcome: 'failed',
            problem: `MCP Registry: ${error.message} (npm is already promoted; re-run promote to finish)`,
        };
    }
}
async function setMcpRegistryStatus(ports, options) {
    const base = options.registryUrl ?? _client_js__WEBPACK_IMPORTED_MODULE_0__/* .MCP_REGISTRY_URL */ .lQ;
    const serverJson = parseServerJson(options.serverJsonText);
    if (typeof serverJson === 'string' || typeof serverJson.name !== 'string')
        return { outcome: 'skipped' };
    try {
        const entry = await ports.api.getEntry(base, serverJson.name, options.version);
        if (!entry)
            return { outcome: 'skipped' };
        if ((entry.status ?? 'active') === options.status)
            return { outcome: 'unchanged' };
        await ports.api.setStatus(base, await registryToken(ports, base), serverJson.name, options.version, options.status, options.message);
        return { outcome: 'updated' };
    }
    catch (error) {
        return {
            outcome: 'failed',
            problem: `MCP Registry: ${error.message} (the npm side is done and stays done)`,
        };
    }
}


/***/ }),

/***/ 51416:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   SK: () => (/* binding */ npmError),
/* harmony export */   ZL: () => (/* binding */ shellQuote),
/* harmony export */   yx: () => (/* binding */ TRANSIENT_NPM_ERROR)
/* harmony export */ });
/**
 * What the npm CLI's answers mean to a release; the npm adapter runs it.
 * Pure: no process is started here.
 */
/** Failures worth another attempt (after asking the registry whether the change already landed). */
const TRANSIENT_NPM_ERROR = /E429|E5\d\d|ECONNRESET|ETIMEDOUT|EAI_AGAIN|ECONNREFUSED|socket hang up|network/i;
/** npm's own error lines, without its log boilerplate, the token replaced. */
function npmError(stderr, token) {
    const line = stderr
        .split('\n')
        .filter((l) => /npm error/.test(l) && !/complete log|^npm error\s*$/.test(l))
        .map((l) => l.replace(/^npm error\s*/, ''))
        .slice(0, 3)
        .join(' | ') || stderr.slice(0, 300);
    return token ? line.split(token).join('***') : line;
}
/** For showing a command to a human (dry runs, reports); never used to run one. */
function shellQuote(arg) {
    return /^[\w@%+=:,./-]+$/.test(arg) ? arg : `'${arg.replace(/'/g, "'\\''")}'`;
}


/***/ }),

/***/ 51605:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gu: () => (/* binding */ promoteToken),
/* harmony export */   fA: () => (/* binding */ promoteTokenHelp),
/* harmony export */   lv: () => (/* binding */ emptyPromoteTokenReason)
/* harmony export */ });
/* unused harmony export PROMOTE_TOKEN_HELP */
/**
 * The npm credential for moving dist-tags and deprecating. npm trusted
 * publishing (OIDC) can publish but cannot run `dist-tag` or `deprecate`
 * (npm/cli#8547), so promote and rollback take their own narrowly scoped
 * token, meant to live in a protected GitHub environment.
 */
const PROMOTE_TOKEN_HELP = 'npm trusted publishing (OIDC) can publish but cannot run `npm dist-tag` or `npm deprecate`: set NPM_PROMOTE_TOKEN to a granular token limited to this package (read and write; with "bypass 2FA" enabled when the account enforces 2FA for writes, or npm asks for a one-time password the job cannot give), stored in a protected GitHub environment (NODE_AUTH_TOKEN is used when NPM_PROMOTE_TOKEN is not set)';
/**
 * A step cannot read the name of its job's environment (actions/runner#1369),
 * so the workflow may pass it as MCP_RELEASE_ENVIRONMENT; otherwise the text
 * names the usual one.
 */
function environmentName(environment) {
    return environment?.trim() || 'production';
}
/**
 * Why NPM_PROMOTE_TOKEN is set but empty. In a called workflow the secrets
 * context holds only the names the caller passes (or inherits); the job that
 * declares `environment:` then reads the environment's value under them
 * ("Reuse workflows", passing secrets; actions/runner#1490).
 * A composite that maps a missing secret to an env var gives an empty string.
 */
function emptyPromoteTokenReason(settings) {
    const name = environmentName(settings.environment);
    return `NPM_PROMOTE_TOKEN is empty: as an environment secret of "${name}" a called workflow sees it only in the job that declares \`environment: ${name}\`, and only under a name the caller passes (\`NPM_PROMOTE_TOKEN: \${{ secrets.NPM_PROMOTE_TOKEN }}\`, or \`secrets: inherit\`); or it is not set there (a private repository on GitHub Free has no environments: store it as a repository secret)`;
}
/** The help for promote/no-token and rollback/no-token: absent and empty are different mistakes. */
function promoteTokenHelp(settings) {
    return settings.credentials.npmPromoteTokenEmpty && !settings.credentials.nodeAuthToken
        ? `${emptyPromoteTokenReason(settings)}. ${PROMOTE_TOKEN_HELP}`
        : PROMOTE_TOKEN_HELP;
}
function promoteToken(credentials) {
    if (credentials.npmPromoteToken)
        return { token: credentials.npmPromoteToken, source: 'NPM_PROMOTE_TOKEN' };
    if (credentials.nodeAuthToken)
        return { token: credentials.nodeAuthToken, source: 'NODE_AUTH_TOKEN' };
    return {};
}


/***/ }),

/***/ 83752:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   es: () => (/* binding */ rollbackTarget),
/* harmony export */   iN: () => (/* binding */ versionFacts),
/* harmony export */   mv: () => (/* binding */ checkRollbackTo)
/* harmony export */ });
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(62088);
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(semver__WEBPACK_IMPORTED_MODULE_0__);

function versionFacts(pkg, version, stagingTag, finalTag) {
    const meta = pkg.versions[version];
    const tags = Object.entries(pkg.distTags)
        .filter(([, v]) => v === version)
        .map(([tag]) => tag)
        .sort();
    if (!meta)
        return { version, state: 'absent', tags };
    const base = {
        version,
        tags,
        ...(meta.integrity ? { integrity: meta.integrity } : {}),
        ...(meta.deprecated ? { deprecated: meta.deprecated } : {}),
    };
    if (meta.deprecated)
        return { ...base, state: 'rolled-back' };
    if (pkg.distTags[finalTag] === version)
        return { ...base, state: 'promoted' };
    if (pkg.distTags[stagingTag] === version)
        return { ...base, state: 'staged' };
    return { ...base, state: 'published' };
}
/**
 * Where `latest` (or `next`) goes when `bad` is rolled back: the version asked
 * for, else the highest earlier version that is neither deprecated nor (for
 * latest) a prerelease. Undefined when no good version remains.
 */
function rollbackTarget(pkg, bad, options) {
    return Object.entries(pkg.versions)
        .filter(([v, meta]) => semver__WEBPACK_IMPORTED_MODULE_0___default().valid(v) && semver__WEBPACK_IMPORTED_MODULE_0___default().lt(v, bad) && !meta.deprecated && (options.allowPrerelease || !semver__WEBPACK_IMPORTED_MODULE_0___default().prerelease(v)))
        .map(([v]) => v)
        .sort((semver__WEBPACK_IMPORTED_MODULE_0___default().rcompare))[0];
}
/** Problems with a --to version, or undefined when it can take the tag. */
function checkRollbackTo(pkg, to, bad) {
    const meta = pkg.versions[to];
    if (!meta)
        return `--to ${to} is not on the registry`;
    if (meta.deprecated)
        return `--to ${to} is deprecated ("${meta.deprecated}"): choose a good version`;
    if (to === bad)
        return `--to is the version being rolled back`;
    return undefined;
}


/***/ })

};

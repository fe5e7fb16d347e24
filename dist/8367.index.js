export const id = 8367;
export const ids = [8367,3489,5825];
export const modules = {

/***/ 78367:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  mcpServerAdapter: () => (/* binding */ mcpServerAdapter)
});

// EXTERNAL MODULE: ./src/adapters/tarball.ts + 2 modules
var tarball = __webpack_require__(43489);
// EXTERNAL MODULE: ./src/adapters/bounded-read.ts
var bounded_read = __webpack_require__(64506);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
var external_node_os_default = /*#__PURE__*/__webpack_require__.n(external_node_os_);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/smoke/install.ts
var install = __webpack_require__(49886);
// EXTERNAL MODULE: ./src/smoke/sandbox.ts
var smoke_sandbox = __webpack_require__(25394);
// EXTERNAL MODULE: ./src/adapters/npm.ts
var npm = __webpack_require__(85825);
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

// EXTERNAL MODULE: ./src/adapters/mcp-server/launcher.ts
var launcher = __webpack_require__(56385);
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
    const invocation = (0,npm/* npmInvocation */.U$)(env, process.platform, process.execPath);
    try {
        const result = await (0,adapters_process.runProcess)(invocation.command, [...invocation.args, ...args], {
            cwd,
            env: { ...env, ...npm/* NPM_ENV */.sg },
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
    const invocation = (0,npm/* npmInvocation */.U$)(kitEnv, process.platform, process.execPath);
    const env = { ...sandboxed.env, ...npm/* NPM_ENV */.sg, npm_config_cache: external_node_path_default().join(sandboxed.folders.home, '.npm') };
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
            // Loaded on first use: npm-packlist, node-tar's headers and gzip are a pack's alone.
            const { packFolderInProcess } = await Promise.all(/* import() */[__webpack_require__.e(8968), __webpack_require__.e(8834), __webpack_require__.e(1461), __webpack_require__.e(1271)]).then(__webpack_require__.bind(__webpack_require__, 1271));
            const packed = await packFolderInProcess(dir, outDir);
            return packed.ok ? { name: packed.packed.name, filename: packed.packed.filename } : undefined;
        },
        npm: (args, cwd) => runNpm(args, cwd, env),
        prepareInstallFolder: prepareInstallFolder,
        rebuildInSandbox: (installDir, workDir, sandboxed) => rebuildInSandbox(installDir, workDir, sandboxed, env),
        inspectTarball: tarball.inspectTarball,
        readJsonObject: bounded_read/* readJsonObject */.op,
        pathKind: pathKind,
        binLauncher: launcher/* binLauncher */.y,
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


/***/ }),

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

/***/ 43489:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  inspectTarball: () => (/* binding */ inspectTarball),
  listTarballFiles: () => (/* binding */ listTarballFiles),
  readTarballManifest: () => (/* binding */ readTarballManifest),
  readTarballOnce: () => (/* binding */ readTarballOnce),
  tarballContents: () => (/* binding */ tarballContents)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
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


/***/ }),

/***/ 21698:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ quoteName),
/* harmony export */   V: () => (/* binding */ packedNameProblem)
/* harmony export */ });
/**
 * Names a package must never ship: one rule (`pack/unsafe-name`) for the packed
 * file list security-scan judges, the tarball pack writes and the tarball
 * publish sends. Pure: callers hand over names, as npm lists them (relative to
 * the package) or as node-tar decodes a tarball entry (`package/...`).
 *
 * Extracting such a name writes outside the folder it is extracted to:
 * - a `..` segment climbs out; node-tar on Windows (and any extractor there)
 *   reads `\` as a separator too, so `a\..\..\evil.js` climbs on Windows even
 *   though it is one harmless file name on Linux;
 * - an absolute name (`/x`, `\x`) or a drive letter (`C:`, at the start or
 *   after a separator) points at the root of a disk;
 * - control characters (U+0000-U+001F, U+007F) are no file name a user can
 *   see or type: they hide a name in a terminal and a report, and a NUL cuts
 *   it short in C-based extractors.
 */
/** Why this packed name is unsafe, or undefined when it is fine. */
function packedNameProblem(name) {
    if (name.startsWith('/') || name.startsWith('\\'))
        return 'is an absolute path';
    const segments = name.split(/[\\/]/);
    if (segments.some((s) => /^[A-Za-z]:/.test(s)))
        return 'is an absolute path (a drive letter)';
    if (segments.includes('..'))
        return name.includes('\\') && !name.split('/').includes('..')
            ? 'climbs out of the package with .. (separated by \\, as Windows reads it)'
            : 'climbs out of the package with ..';
    // eslint-disable-next-line no-control-regex
    const control = /[\u0000-\u001f\u007f]/.exec(name);
    if (control)
        return `has a control character (U+${(control[0].codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')})`;
    return undefined;
}
/** Short, quoted, bounded, control characters escaped: a hostile name must not flood or forge a report line. */
function quoteName(name) {
    return JSON.stringify(name.slice(0, 200));
}


/***/ }),

/***/ 49886:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   II: () => (/* binding */ binNames),
/* harmony export */   Vs: () => (/* binding */ chooseBin),
/* harmony export */   YU: () => (/* binding */ installFailure),
/* harmony export */   "do": () => (/* binding */ packArgs),
/* harmony export */   ft: () => (/* binding */ packedTarball),
/* harmony export */   h4: () => (/* binding */ internalDependencies),
/* harmony export */   kJ: () => (/* binding */ REBUILD_ARGS),
/* harmony export */   qr: () => (/* binding */ packFailure),
/* harmony export */   sw: () => (/* binding */ installScriptsFailure),
/* harmony export */   vd: () => (/* binding */ installArgs),
/* harmony export */   zk: () => (/* binding */ INSTALL_FOLDER_MANIFEST)
/* harmony export */ });
/* unused harmony export runtimeDependencyNames */
/** The package.json of the empty folder the tarball is installed into. */
const INSTALL_FOLDER_MANIFEST = { name: 'mcp-release-smoke-install', version: '0.0.0', private: true };
/** `npm pack` of a folder or a registry spec into the work folder, without lifecycle scripts. */
function packArgs(target, workDir, registry) {
    const spec = target.kind === 'dir' ? target.dir : target.spec;
    const args = ['pack', spec, '--json', '--ignore-scripts', '--pack-destination', workDir];
    if (target.kind === 'spec' && registry)
        args.push('--registry', registry);
    return args;
}
/**
 * Production dependencies only, no lockfile, and no scripts: when allowed, they run after, in the sandbox.
 * `alongside`: tarballs of workspace packages the server needs, installed in the same run so npm
 * takes them from there and never asks the registry for them.
 */
function installArgs(tarball, registry, alongside = []) {
    const args = [
        'install',
        tarball,
        ...alongside,
        '--omit=dev',
        '--no-audit',
        '--no-fund',
        '--no-package-lock',
        '--loglevel=error',
        '--ignore-scripts',
    ];
    if (registry)
        args.push('--registry', registry);
    return args;
}
/** Dependency fields a user's install follows (devDependencies never reach it). */
const RUNTIME_FIELDS = ['dependencies', 'optionalDependencies', 'peerDependencies'];
/** The names a package needs at run time, less those it bundles (they ride inside its tarball). */
function runtimeDependencyNames(manifest) {
    const bundled = manifest.bundleDependencies ?? manifest.bundledDependencies;
    const inside = new Set(Array.isArray(bundled) ? bundled.filter((b) => typeof b === 'string') : []);
    const names = new Set();
    for (const field of RUNTIME_FIELDS) {
        const deps = manifest[field];
        if (!deps || typeof deps !== 'object' || Array.isArray(deps))
            continue;
        for (const name of Object.keys(deps))
            if (bundled !== true && !inside.has(name))
                names.add(name);
    }
    return [...names];
}
/**
 * The workspace packages a package needs at run time, matched by name among
 * the workspace's members, transitively (each once, in the order found; the
 * package itself never).
 */
function internalDependencies(manifest, members) {
    const byName = new Map(members.filter((m) => m.name !== undefined).map((m) => [m.name, m]));
    const self = typeof manifest.name === 'string' ? manifest.name : undefined;
    const found = [];
    const seen = new Set(self ? [self] : []);
    const queue = [manifest];
    for (let next = queue.shift(); next; next = queue.shift())
        for (const name of runtimeDependencyNames(next)) {
            const member = byName.get(name);
            if (!member || seen.has(name))
                continue;
            seen.add(name);
            found.push(member);
            queue.push(member.manifest);
        }
    return found;
}
/** `npm rebuild` runs the preinstall/install/postinstall scripts of what was installed. */
const REBUILD_ARGS = ['rebuild', '--foreground-scripts', '--loglevel=error'];
/** The name and file name `npm pack --json` reports, or undefined when its output says neither. */
function packedTarball(output) {
    let first;
    try {
        first = JSON.parse(output.slice(output.indexOf('[')))[0];
    }
    catch {
        return undefined;
    }
    const name = first?.name;
    const filename = first?.filename;
    return typeof name === 'string' && typeof filename === 'string' ? { name, filename } : undefined;
}
/** Why a folder or a spec could not be packed. */
function packFailure(target, registry, output) {
    const what = target.kind === 'dir' ? `npm pack of ${target.dir}` : `fetching ${target.spec} from ${registry ?? 'the registry'}`;
    return {
        ok: false,
        rule: 'smoke/install-failed',
        message: `${what} failed: ${firstLine(output)}`,
        evidence: tailLines(output),
    };
}
function installFailure(output) {
    return {
        ok: false,
        rule: 'smoke/install-failed',
        message: `npm install of the tarball failed: ${firstLine(output)}`,
        evidence: tailLines(output),
    };
}
function installScriptsFailure(output) {
    return {
        ok: false,
        rule: 'smoke/install-failed',
        message: `the install scripts failed (npm rebuild in the smoke sandbox): ${firstLine(output)}`,
        evidence: tailLines(output),
    };
}
/** bin name -> target, normalised the way npm installs them. */
function binNames(manifest) {
    const bin = manifest.bin;
    const name = typeof manifest.name === 'string' ? manifest.name : '';
    if (typeof bin === 'string')
        return new Map([[name.replace(/^@[^/]+\//, ''), bin]]);
    if (bin && typeof bin === 'object')
        return new Map(Object.entries(bin).filter((e) => typeof e[1] === 'string'));
    return new Map();
}
/** One bin: that one. Several: the requested one, else the one named like the package. */
function chooseBin(bins, packageName, requested) {
    const names = [...bins.keys()];
    if (requested)
        return bins.has(requested)
            ? { ok: true, name: requested }
            : {
                ok: false,
                message: `bin "${requested}" not found; the package has ${names.length ? names.map((n) => `"${n}"`).join(', ') : 'no bin'}`,
            };
    if (names.length === 0)
        return { ok: false, message: 'the package has no bin, so `npx` cannot start it' };
    if (names.length === 1)
        return { ok: true, name: names[0] };
    const unscoped = packageName.replace(/^@[^/]+\//, '');
    if (bins.has(unscoped))
        return { ok: true, name: unscoped };
    return {
        ok: false,
        message: `the package has several bins (${names.join(', ')}) and none is named "${unscoped}"; choose one with --bin or smoke.bin`,
    };
}
function firstLine(text) {
    return (text
        .split('\n')
        .map((l) => l.trim())
        .find((l) => l && !/^npm (warn|WARN)/.test(l)) ?? 'no output').slice(0, 300);
}
function tailLines(text, lines = 12) {
    return text
        .split('\n')
        .filter((l) => !/^npm warn Unknown user config/.test(l))
        .slice(-lines)
        .join('\n');
}


/***/ }),

/***/ 10681:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   e: () => (/* binding */ SANDBOX_INIT_MARKER),
/* harmony export */   j: () => (/* binding */ SANDBOX_INIT_SOURCE)
/* harmony export */ });
/**
 * The first process of a smoke sandbox, run as `node -e SANDBOX_INIT_SOURCE
 * mcp-release-smoke-init CONFIG`. It is plain CommonJS kept in a string so
 * that it runs with no file on disk and nothing of the kit's bundle loaded.
 *
 * In a PID namespace it is PID 1: it hides folders the server must not read
 * (tmpfs mounts, while it still has the capability to mount), starts the
 * server through `setpriv` (no new privileges, no capabilities, optionally
 * another user), forwards SIGTERM/SIGINT/SIGHUP to it, and when the server
 * exits, lists every process still alive in the namespace (everything the
 * server started, setsid or not), kills them and writes what it found to the
 * report file. Without a namespace it finds the server's leftovers by a marker
 * in their environment instead. Its own environment is already scrubbed: it
 * is started with the server's environment, never the kit's.
 */
const SANDBOX_INIT_MARKER = 'mcp-release-smoke-init';
const SANDBOX_INIT_SOURCE = String.raw `'use strict';
const { spawn, spawnSync } = require('child_process');
const fs = require('fs');
const cfg = JSON.parse(process.argv[2]);
const report = { hidden: [], strays: [] };
if (cfg.namespace && cfg.mount) {
  for (const dir of cfg.hide) {
    const r = spawnSync(cfg.mount, ['-t', 'tmpfs', '-o', 'mode=0755,size=16m', 'mcp-release-hidden', dir], { stdio: 'ignore' });
    if (r.status === 0) report.hidden.push(dir);
  }
}
const argv = cfg.setpriv.length ? [...cfg.setpriv, '--', cfg.command, ...cfg.args] : [cfg.command, ...cfg.args];
const [name, eq] = [cfg.marker.slice(0, cfg.marker.indexOf('=')), cfg.marker.indexOf('=')];
const env = Object.assign({}, cfg.env, { [name]: cfg.marker.slice(eq + 1) });
let child;
try {
  // setpriv would only say "failed to execute": find out first, as a direct spawn would.
  if (cfg.setpriv.length && cfg.command.includes('/')) fs.accessSync(cfg.command, fs.constants.X_OK);
  child = spawn(argv[0], argv.slice(1), { cwd: cfg.cwd, env, stdio: 'inherit' });
} catch (error) {
  report.spawnError = String(error && error.message);
  finish(127);
}
for (const signal of ['SIGTERM', 'SIGINT', 'SIGHUP']) process.on(signal, () => { try { child.kill(signal); } catch {} });
child.on('error', (error) => { report.spawnError = error.message; finish(127); });
child.on('exit', (code, signal) => finish(code === null ? 128 + (require('os').constants.signals[signal] || 9) : code));
function alive(pid) {
  try { return !/^\d+ \(.*\) Z /s.test(fs.readFileSync('/proc/' + pid + '/stat', 'utf8')); } catch { return false; }
}
function ours(pid) {
  if (cfg.namespace) return true;
  try { return fs.readFileSync('/proc/' + pid + '/environ', 'latin1').split('\0').includes(cfg.marker); } catch { return false; }
}
function commandOf(pid) {
  try { return fs.readFileSync('/proc/' + pid + '/cmdline', 'utf8').split('\0').filter(Boolean).join(' ').slice(0, 200); } catch { return '?'; }
}
let finished = false;
function finish(code) {
  if (finished) return;
  finished = true;
  let pids = [];
  try { pids = fs.readdirSync('/proc').filter((p) => /^\d+$/.test(p)).map(Number); } catch {}
  for (const pid of pids) {
    if (pid === process.pid || !alive(pid) || !ours(pid)) continue;
    report.strays.push({ pid, command: commandOf(pid) });
    try { process.kill(pid, 'SIGKILL'); } catch {}
  }
  try { fs.writeFileSync(cfg.report, JSON.stringify(report)); } catch {}
  process.exit(code);
}
`;


/***/ }),

/***/ 25394:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   PI: () => (/* binding */ launchCommand),
/* harmony export */   hT: () => (/* binding */ describeSandbox),
/* harmony export */   hr: () => (/* binding */ foldersToHide),
/* harmony export */   oQ: () => (/* binding */ NOBODY),
/* harmony export */   uo: () => (/* binding */ unshareFlags),
/* harmony export */   zX: () => (/* binding */ setprivFlags)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _sandbox_init_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(10681);



/** `nobody`: the user a root kit runs servers as. */
const NOBODY = 65534;
/** What the report says about the isolation in force. */
function describeSandbox(sandbox) {
    if (sandbox.kind === 'environment')
        return `environment only (${sandbox.reason}): the server got a scrubbed environment and a temporary HOME, but ran as the same user, who can read other processes' environments from /proc`;
    const how = {
        'user-namespace': 'an unprivileged user namespace',
        sudo: 'sudo',
        root: sandbox.serverUid === undefined ? 'root, the server as root without capabilities' : 'root, the server as nobody',
    }[sandbox.via];
    return `own PID and mount namespace (${how}): the server saw only its own processes, ran with no capabilities and no new privileges, and everything it started was killed with it`;
}
/** The argv that starts the server inside the sandbox (pure). */
function launchCommand(sandbox, request, random = () => (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(12).toString('hex')) {
    const marker = `MCP_RELEASE_SMOKE_SESSION=${random()}`;
    const config = {
        command: request.command,
        args: request.args,
        env: request.env,
        cwd: request.cwd,
        setpriv: setprivFlags(sandbox),
        // Stryker disable next-line ConditionalExpression,LogicalOperator,EqualityOperator: only a namespace sandbox has a mount path; an environment one has none to pass, so every variant gives the same config.
        ...(sandbox.kind === 'namespace' && sandbox.mount ? { mount: sandbox.mount } : {}),
        hide: sandbox.kind === 'namespace' ? request.hide : [],
        namespace: sandbox.kind === 'namespace',
        marker,
        report: request.report,
    };
    const init = [request.nodePath, '-e', _sandbox_init_js__WEBPACK_IMPORTED_MODULE_2__/* .SANDBOX_INIT_SOURCE */ .j, _sandbox_init_js__WEBPACK_IMPORTED_MODULE_2__/* .SANDBOX_INIT_MARKER */ .e, JSON.stringify(config)];
    if (sandbox.kind === 'environment')
        return { command: init[0], args: init.slice(1), env: request.env };
    const unshare = [sandbox.unshare, ...unshareFlags(sandbox.via), '--', ...init];
    const argv = sandbox.via === 'sudo' ? [sandbox.sudo, '-n', ...unshare] : unshare;
    return { command: argv[0], args: argv.slice(1), env: request.env };
}
/** A PID namespace with its own /proc; a user namespace when we are neither root nor sudo. */
function unshareFlags(via) {
    return [...(via === 'user-namespace' ? ['--map-root-user'] : []), '--pid', '--fork', '--mount-proc', '--kill-child'];
}
/** No capabilities, no new privileges (setuid programs such as sudo do not elevate), and another user when we can. */
function setprivFlags(sandbox) {
    if (!sandbox.setpriv)
        return [];
    const drop = ['--nnp', '--inh-caps=-all', '--bounding-set=-all'];
    if (sandbox.kind === 'namespace' && sandbox.serverUid !== undefined) {
        return [
            sandbox.setpriv,
            `--reuid=${sandbox.serverUid}`,
            `--regid=${sandbox.serverGid ?? sandbox.serverUid}`,
            '--clear-groups',
            ...drop,
        ];
    }
    // Without a namespace we are an ordinary user: only --nnp is ours to set.
    return sandbox.kind === 'namespace' ? [sandbox.setpriv, ...drop] : [sandbox.setpriv, '--nnp'];
}
/**
 * Folders hidden from the server: the user's home, the repository the kit runs
 * in, and the runner's workspace and temp folder (credentials persisted by
 * actions/checkout, npmrc files, the runner's file commands). A folder that
 * holds something the server needs (its install folder, node itself) stays.
 */
function foldersToHide(candidates, needed) {
    const inside = (child, parent) => {
        const rel = node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(parent, child);
        // '' (the folder itself) counts as inside.
        return !rel.startsWith('..') && !node_path__WEBPACK_IMPORTED_MODULE_1___default().isAbsolute(rel);
    };
    const out = [];
    for (const candidate of candidates) {
        if (!candidate || !node_path__WEBPACK_IMPORTED_MODULE_1___default().isAbsolute(candidate) || candidate === node_path__WEBPACK_IMPORTED_MODULE_1___default().parse(candidate).root)
            continue;
        const dir = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(candidate);
        if (needed.some((n) => inside(n, dir)) || out.some((o) => inside(dir, o)))
            continue;
        for (let i = out.length - 1; i >= 0; i -= 1)
            if (inside(out[i], dir))
                out.splice(i, 1);
        out.push(dir);
    }
    return out;
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


/***/ })

};

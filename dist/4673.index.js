export const id = 4673;
export const ids = [4673,5825];
export const modules = {

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

/***/ 74673:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  createPackageManagers: () => (/* binding */ createPackageManagers)
});

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

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/adapters/bounded-read.ts
var bounded_read = __webpack_require__(64506);
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
            const manifest = await (0,bounded_read/* readJsonObject */.op)(external_node_path_default().join(dir, 'package.json'));
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


/***/ }),

/***/ 74222:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FA: () => (/* binding */ parseAuditJson),
/* harmony export */   GN: () => (/* binding */ parseBunAuditJson),
/* harmony export */   h3: () => (/* binding */ parseYarnAuditJson),
/* harmony export */   kU: () => (/* binding */ atOrAbove),
/* harmony export */   w8: () => (/* binding */ parsePnpmAuditJson)
/* harmony export */ });
/* unused harmony export AUDIT_LEVELS */
const AUDIT_LEVELS = ['low', 'moderate', 'high', 'critical'];
/** Pure: the audit outcome from npm's output. */
function parseAuditJson(stdout, stderr = '') {
    let json;
    try {
        json = JSON.parse(stdout.slice(Math.max(0, stdout.indexOf('{'))));
    }
    catch {
        return {
            ok: false,
            reason: `npm audit printed no JSON${stderr
                ? `: ${stderr
                    .split('\n')
                    .find((l) => l.trim() && !/^npm warn/i.test(l))
                    ?.trim() ?? ''}`
                : ''}`,
        };
    }
    const error = json.error;
    if (error || typeof json.statusCode === 'number') {
        if (error?.code === 'ENOLOCK')
            return {
                ok: false,
                reason: 'no package-lock.json (npm audit needs a lockfile: run `npm install` and commit it)',
            };
        // The advisory endpoint failed: npm prints the HTTP error as its JSON.
        const http = typeof json.message === 'string' ? json.message : undefined;
        const summary = error?.summary?.split('\n')[0];
        return { ok: false, reason: `the advisory endpoint failed: ${http ?? summary ?? error?.code ?? 'unknown error'}` };
    }
    const vulnerabilities = json.vulnerabilities;
    if (!vulnerabilities || typeof vulnerabilities !== 'object')
        return { ok: false, reason: 'npm audit printed JSON without a vulnerabilities report' };
    return {
        ok: true,
        vulnerabilities: Object.entries(vulnerabilities).map(([name, v]) => ({
            name,
            severity: v.severity ?? 'info',
            range: String(v.range ||
                (Array.isArray(v.via)
                    ? (v.via.find((x) => typeof x === 'object' && x.range)?.range ?? '')
                    : '')),
            via: (Array.isArray(v.via) ? v.via : [])
                .map((x) => typeof x === 'string'
                ? x
                : String(x.title ?? x.url ?? ''))
                .filter(Boolean),
            fixAvailable: Boolean(v.fixAvailable),
        })),
    };
}
function atOrAbove(severity, level) {
    const rank = (s) => ['info', ...AUDIT_LEVELS].indexOf(s);
    return rank(severity) >= rank(level);
}
/** The advisory model from an audit's advisories: the worst severity and every title per package. */
function byPackage(advisories) {
    const out = new Map();
    const rank = (s) => ['info', ...AUDIT_LEVELS].indexOf(s);
    for (const a of advisories) {
        const severity = (typeof a.severity === 'string' && rank(a.severity) >= 0 ? a.severity : 'info');
        const title = String(a.title ?? a.url ?? '');
        const range = typeof a.range === 'string' ? a.range : '';
        const seen = out.get(a.name);
        if (!seen) {
            out.set(a.name, { name: a.name, severity, range, via: title ? [title] : [], fixAvailable: false });
            continue;
        }
        if (rank(severity) > rank(seen.severity))
            seen.severity = severity;
        if (range && !seen.range.split(' || ').includes(range))
            seen.range = seen.range ? `${seen.range} || ${range}` : range;
        if (title && !seen.via.includes(title))
            seen.via.push(title);
    }
    return [...out.values()];
}
function firstJson(stdout) {
    try {
        const parsed = JSON.parse(stdout.slice(Math.max(0, stdout.indexOf('{'))));
        return parsed && typeof parsed === 'object' && !Array.isArray(parsed)
            ? parsed
            : undefined;
    }
    catch {
        return undefined;
    }
}
function firstLine(text) {
    return (text
        .split('\n')
        .map((l) => l.replace(/^➤ YN\d+:\s*/, '').trim())
        .find((l) => l && !/^(npm )?warn/i.test(l)) ?? '');
}
/**
 * `pnpm audit --json` (https://pnpm.io/cli/audit): npm's v1 report,
 * `{ advisories: { id: { module_name, severity, vulnerable_versions, title, url } } }`;
 * when the advisory endpoint fails, `{ error: { code, message } }`.
 */
function parsePnpmAuditJson(stdout, stderr = '') {
    const json = firstJson(stdout);
    if (!json)
        return { ok: false, reason: `pnpm audit printed no JSON${stderr ? `: ${firstLine(stderr)}` : ''}` };
    const error = json.error;
    if (error)
        return {
            ok: false,
            reason: error.code === 'ERR_PNPM_AUDIT_NO_LOCKFILE'
                ? 'no pnpm-lock.yaml (pnpm audit needs a lockfile: run `pnpm install` and commit it)'
                : `the advisory endpoint failed: ${error.message ?? error.code ?? 'unknown error'}`,
        };
    const advisories = json.advisories;
    if (!advisories || typeof advisories !== 'object')
        return { ok: false, reason: 'pnpm audit printed JSON without advisories' };
    return {
        ok: true,
        vulnerabilities: byPackage(Object.values(advisories).map((a) => ({
            name: String(a.module_name ?? ''),
            severity: a.severity,
            range: a.vulnerable_versions,
            title: a.title,
            url: a.url,
        }))),
    };
}
/**
 * `yarn npm audit --json` (yarn berry, https://yarnpkg.com/cli/npm/audit): one JSON
 * object per line, `{ value: <package>, children: { ID, Issue, URL, Severity,
 * "Vulnerable Versions", ... } }`; nothing (or a YN0001 "No audit suggestions"
 * line) when clean. A failed request is yarn's `YN0035` error text, exit 1.
 */
function parseYarnAuditJson(stdout, stderr = '', code = 0) {
    const advisories = [];
    const other = [];
    for (const line of stdout.split('\n')) {
        const text = line.trim();
        if (!text)
            continue;
        let item;
        try {
            item = JSON.parse(text);
        }
        catch {
            other.push(text);
            continue;
        }
        if (typeof item.value === 'string' && item.children && typeof item.children === 'object') {
            const c = item.children;
            advisories.push({
                name: item.value,
                severity: typeof c.Severity === 'string' ? c.Severity.toLowerCase() : c.Severity,
                range: c['Vulnerable Versions'],
                title: c.Issue,
                url: c.URL,
            });
        }
        else
            other.push(text);
    }
    if (advisories.length)
        return { ok: true, vulnerabilities: byPackage(advisories) };
    const all = [...other, ...stderr.split('\n')].join('\n');
    if (code === 0 || /No audit suggestions/i.test(all))
        return { ok: true, vulnerabilities: [] };
    // yarn 4 in --json mode may die with its error object on stderr (minified source first): read the HTTP answer.
    const http = /Response code:?\s*(\d{3}[^\n]*)/i.exec(all)?.[1];
    const url = /Request URL:\s*(\S+)/.exec(all)?.[1];
    const thrown = /\[Error\]:\s*([^\n]{1,200})/.exec(all)?.[1];
    const readable = all
        .split('\n')
        .filter((l) => l.length <= 300)
        .join('\n');
    return {
        ok: false,
        reason: http
            ? `the advisory endpoint failed: ${http.trim()}${url ? ` (${url})` : ''}`
            : `yarn npm audit failed: ${thrown ?? (firstLine(readable) || `exit code ${String(code)}`)}`,
    };
}
/**
 * `bun audit --json` (https://bun.sh/docs/pm/cli/audit): the npm bulk advisory
 * answer, `{ <package>: [{ id, url, title, severity, vulnerable_versions }] }`
 * (`{}` when clean). A failed request is an `error:` line on stderr, exit 1.
 */
function parseBunAuditJson(stdout, stderr = '') {
    const json = firstJson(stdout);
    if (!json) {
        const problem = firstLine(stderr).replace(/^error:\s*/, '');
        if (/No vulnerabilities found/i.test(stdout + stderr))
            return { ok: true, vulnerabilities: [] };
        return {
            ok: false,
            reason: problem ? `the advisory endpoint failed: ${problem}` : 'bun audit printed no JSON',
        };
    }
    const advisories = [];
    for (const [name, list] of Object.entries(json)) {
        if (!Array.isArray(list))
            return { ok: false, reason: `bun audit printed JSON that is not advisories by package (${name})` };
        for (const a of list)
            advisories.push({ name, severity: a.severity, range: a.vulnerable_versions, title: a.title, url: a.url });
    }
    return { ok: true, vulnerabilities: byPackage(advisories) };
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

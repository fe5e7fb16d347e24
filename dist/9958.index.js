export const id = 9958;
export const ids = [9958,5825];
export const modules = {

/***/ 49958:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  createNpmCli: () => (/* binding */ createNpmCli),
  installedNpmVersion: () => (/* binding */ installedNpmVersion)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
var external_node_os_default = /*#__PURE__*/__webpack_require__.n(external_node_os_);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/release/npm-command.ts
var npm_command = __webpack_require__(51416);
// EXTERNAL MODULE: ./src/adapters/npm.ts
var adapters_npm = __webpack_require__(85825);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(57075);
// EXTERNAL MODULE: external "node:stream/promises"
var external_node_stream_promises_ = __webpack_require__(46466);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
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
/**
 * The request for `npm publish <tarball>`, or why there is none: the tarball could not be read, is no
 * longer the bytes publish checked, or npm would refuse its package.json (its message).
 */
async function publishRequest(request) {
    let bytes;
    try {
        bytes = await (0,promises_.readFile)(request.tarball);
    }
    catch (error) {
        return { ok: false, error: `cannot read ${request.tarball}: ${error.message}` };
    }
    const { integrity, shasum } = digestsOf(bytes);
    if (integrity !== request.integrity)
        return {
            ok: false,
            error: `${request.tarball} changed after it was checked (now ${integrity}, checked ${request.integrity}): nothing was sent`,
        };
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
        return { ok: false, error: error.message };
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
    return {
        ok: true,
        put: {
            url: new URL(document.path, request.registry).href,
            headers: {
                'user-agent': `npm/${request.npmVersion} node/${process.version} ${process.platform} ${process.arch} workspaces/false`,
                'npm-auth-type': 'web',
                'npm-command': 'publish',
                authorization: `Bearer ${request.token}`,
                'content-type': 'application/json',
                accept: '*/*',
            },
            body: JSON.stringify(document.body),
        },
    };
}
/** One PUT of the request; its failure as npm words it. */
async function sendPublish(put) {
    const { url } = put;
    let response;
    try {
        response = await fetch(url, {
            method: 'PUT',
            headers: put.headers,
            body: put.body,
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
    const [{ x }, { default: PackageJson }] = await Promise.all([__webpack_require__.e(/* import() */ 8697).then(__webpack_require__.bind(__webpack_require__, 98697)), Promise.all(/* import() */[__webpack_require__.e(2725), __webpack_require__.e(2088), __webpack_require__.e(2649), __webpack_require__.e(319)]).then(__webpack_require__.t.bind(__webpack_require__, 80319, 23))]);
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

// EXTERNAL MODULE: ./src/adapters/process.ts
var adapters_process = __webpack_require__(61169);
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
            // Built once (the tarball read, checked and unpacked once); only the PUT is tried again.
            const prepared = await publishRequest(request);
            if (!prepared.ok)
                return { ok: false, error: prepared.error };
            return withLandedRetries(clock, landed, async () => {
                const attempt = await sendPublish(prepared.put);
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
            // A plain package folder is packed here, to npm's bytes; any other by npm itself. Loaded on first use:
            // npm-packlist, node-tar's headers and gzip are a pack's alone.
            const { packFolderInProcess } = await Promise.all(/* import() */[__webpack_require__.e(8968), __webpack_require__.e(8834), __webpack_require__.e(1461), __webpack_require__.e(1271)]).then(__webpack_require__.bind(__webpack_require__, 1271));
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

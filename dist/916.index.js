export const id = 916;
export const ids = [916];
export const modules = {

/***/ 39916:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runSmoke: () => (/* binding */ runSmoke)
});

// UNUSED EXPORTS: DEFAULT_STARTUP_BUDGET_MS, DEFAULT_TIMEOUTS

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
var external_node_os_default = /*#__PURE__*/__webpack_require__.n(external_node_os_);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/surface/surface.ts
var surface = __webpack_require__(40144);
// EXTERNAL MODULE: ./node_modules/@modelcontextprotocol/sdk/dist/esm/types.js + 1 modules
var types = __webpack_require__(330);
// EXTERNAL MODULE: ./node_modules/ajv/dist/ajv.js
var ajv = __webpack_require__(42463);
var ajv_default = /*#__PURE__*/__webpack_require__.n(ajv);
// EXTERNAL MODULE: ./node_modules/ajv/dist/2019.js
var _2019 = __webpack_require__(60878);
var _2019_default = /*#__PURE__*/__webpack_require__.n(_2019);
// EXTERNAL MODULE: ./node_modules/ajv/dist/2020.js
var _2020 = __webpack_require__(52210);
var _2020_default = /*#__PURE__*/__webpack_require__.n(_2020);
// EXTERNAL MODULE: ./src/util/cjs-default.ts
var cjs_default = __webpack_require__(24050);
;// CONCATENATED MODULE: ./src/smoke/schema-dialect.ts




const CLASSES = {
    'draft-07': (0,cjs_default/* cjsDefault */.U)((ajv_default())),
    '2019-09': (0,cjs_default/* cjsDefault */.U)((_2019_default())),
    '2020-12': (0,cjs_default/* cjsDefault */.U)((_2020_default())),
};
const cache = new Map();
/** The JSON Schema dialect a schema declares, as the validator class that understands it. */
function dialectOf(schema) {
    const declared = typeof schema.$schema === 'string' ? schema.$schema : '';
    if (/draft-0[4-7]/.test(declared))
        return 'draft-07';
    if (/2019-09/.test(declared))
        return '2019-09';
    // No $schema: MCP 2025-11-25 makes 2020-12 the default dialect.
    return '2020-12';
}
function ajvFor(dialect) {
    let ajv = cache.get(dialect);
    if (!ajv) {
        const Class = CLASSES[dialect] ?? CLASSES['draft-07'];
        // Formats and unknown keywords are a client's business, not a compile error.
        ajv = new Class({ strict: false, validateFormats: false, logger: false, allErrors: false });
        cache.set(dialect, ajv);
    }
    return ajv;
}
/** Why a schema does not compile in its own dialect, or undefined when it does. */
function compileProblem(schema) {
    const dialect = dialectOf(schema);
    // The dialect is chosen above; an older meta-schema URI (draft-04/06) would be unknown to Ajv.
    const { $schema: _ignored, ...body } = schema;
    try {
        ajvFor(dialect).compile(body);
        return undefined;
    }
    catch (error) {
        return `does not compile as ${dialect} JSON Schema: ${error.message}`;
    }
}

;// CONCATENATED MODULE: ./src/smoke/checks.ts



const TOOL_NAME = /^[A-Za-z0-9_.-]{1,128}$/;
/** Checks made in the bare-client session only (expectations, calls): no "only with" note. */
const BARE_CLIENT_ONLY = new Set(['smoke/expected-tool-missing', 'smoke/call-failed']);
/**
 * Findings from the two sessions (bare client, full client). Pure: the sessions
 * hold everything observed. A problem seen in both sessions is reported once.
 */
function smokeFindings(sessions, expect) {
    // The same problem seen by both clients is one finding; one seen by only one says which.
    const byKey = new Map();
    for (const session of sessions) {
        for (const f of sessionFindings(session, expect)) {
            const key = `${f.rule}\u0000${f.message}`;
            const entry = byKey.get(key) ?? { finding: f, modes: new Set() };
            entry.modes.add(session.mode);
            byKey.set(key, entry);
        }
    }
    return [...byKey.values()].map(({ finding, modes }) => {
        if (sessions.length < 2 || modes.size === sessions.length || BARE_CLIENT_ONLY.has(finding.rule))
            return finding;
        const only = modes.has('bare')
            ? 'only with a bare client'
            : 'only with a client declaring roots, sampling and elicitation';
        return { ...finding, message: `${finding.message} (${only})` };
    });
}
function sessionFindings(s, expect) {
    const out = [];
    if (s.spawnError)
        return [{ rule: 'smoke/spawn-failed', message: `the bin could not be started: ${s.spawnError}` }];
    if (s.outputLimit)
        out.push({
            rule: 'smoke/output-limit',
            message: `the server wrote ${s.outputLimit}; stdout was no longer read and the session was stopped`,
        });
    if (s.noiseCount > 0) {
        const first = s.noise[0];
        out.push({
            rule: 'smoke/stdout-noise',
            message: `${s.noiseCount} line(s) on stdout are not JSON-RPC messages (first: stdout line ${first?.line ?? '?'})`,
            evidence: s.noise
                .slice(0, 5)
                .map((n) => JSON.stringify(n.text))
                .join('\n'),
        });
    }
    if (s.exitedEarly && (s.exitedEarly.phase === 'lists' || s.initializeMs === undefined)) {
        const how = s.exitedEarly.signal ? `signal ${s.exitedEarly.signal}` : `exit code ${s.exitedEarly.code}`;
        out.push({
            rule: 'smoke/exited-early',
            message: `the server exited (${how}) during the ${s.exitedEarly.phase === 'handshake' ? 'initialize handshake' : 'list calls'}`,
            evidence: tail(s.stderrTail),
        });
    }
    else if (s.initializeTimedOut) {
        out.push({
            rule: 'smoke/initialize-timeout',
            message: 'no answer to initialize within the timeout',
            evidence: tail(s.stderrTail),
        });
    }
    else if (s.initializeMs === undefined) {
        out.push(...initializeProblems(s));
    }
    if (s.initializeMs === undefined)
        return out;
    const init = s.initialize ?? {};
    const serverInfo = init.serverInfo;
    if (typeof serverInfo?.version === 'string' &&
        expect.packageVersion &&
        serverInfo.version !== expect.packageVersion) {
        out.push({
            rule: 'smoke/version-mismatch',
            message: `serverInfo.version is "${serverInfo.version}" but the package version is "${expect.packageVersion}"`,
        });
    }
    if (s.initializeMs > expect.startupBudgetMs) {
        out.push({
            rule: 'smoke/startup-budget',
            message: `spawn to initialize answer took ${s.initializeMs} ms (budget ${expect.startupBudgetMs} ms)`,
        });
    }
    for (const [key, list] of Object.entries(s.lists)) {
        // A server that died during the lists is reported once, as exited-early.
        if (list?.error && !s.exitedEarly)
            out.push({ rule: 'smoke/list-failed', message: list.error, evidence: tail(s.stderrTail) });
        if (key === 'tools' && list)
            out.push(...toolProblems(list));
        if (key === 'prompts' && list)
            out.push(...uniqueField(list, 'name', 'prompt'));
        if (key === 'resources' && list)
            out.push(...uniqueField(list, 'uri', 'resource'));
        if (key === 'resourceTemplates' && list)
            out.push(...uniqueField(list, 'uriTemplate', 'resource template'));
    }
    // expectTools holds for the bare client: what every client sees.
    if (s.mode === 'bare') {
        const names = new Set((s.lists.tools?.items ?? []).map((t) => t.name));
        for (const tool of expect.expectTools) {
            if (!names.has(tool))
                out.push({
                    rule: 'smoke/expected-tool-missing',
                    message: `expected tool "${tool}" is not listed (${names.size} tools listed)`,
                });
        }
    }
    for (const call of s.calls) {
        if (!call.ok)
            out.push({
                rule: 'smoke/call-failed',
                message: `tools/call "${call.tool}" failed`,
                evidence: call.message ?? '',
            });
    }
    if (s.shutdown.via === 'sigterm')
        out.push({
            rule: 'smoke/shutdown-stdin',
            message: 'the server kept running after stdin closed; SIGTERM stopped it',
        });
    if (s.shutdown.via === 'sigkill')
        out.push({
            rule: 'smoke/shutdown-sigkill',
            message: 'the server ignored stdin closing and SIGTERM; it was killed with SIGKILL',
            evidence: tail(s.stderrTail),
        });
    if (s.shutdown.strayProcesses) {
        const strays = s.shutdown.strays;
        out.push({
            rule: 'smoke/stray-processes',
            message: `${strays.length ? `${strays.length} process(es)` : 'processes'} started by the server were still running after it exited (killed)`,
            ...(strays.length
                ? {
                    evidence: strays
                        .slice(0, 10)
                        .map((p) => `pid ${p.pid}: ${p.command}`)
                        .join('\n'),
                }
                : {}),
        });
    }
    return out;
}
function initializeProblems(s) {
    if (s.discover?.result !== undefined) {
        return [
            {
                rule: 'smoke/stateless-only',
                message: `initialize was refused (${s.initializeError ?? 'error'}) but server/discover answered`,
                evidence: JSON.stringify(s.discover.result).slice(0, 300),
            },
        ];
    }
    const init = s.initialize;
    if (!init)
        return [
            {
                rule: 'smoke/initialize-failed',
                message: `initialize failed: ${s.initializeError ?? 'no result'}`,
                evidence: tail(s.stderrTail),
            },
        ];
    const out = [];
    const version = init.protocolVersion;
    if (typeof version !== 'string' || !types/* SUPPORTED_PROTOCOL_VERSIONS */.Iu.includes(version)) {
        out.push({
            rule: 'smoke/protocol-version',
            message: `the server answered protocolVersion ${JSON.stringify(version)}; the SDK client supports ${types/* SUPPORTED_PROTOCOL_VERSIONS */.Iu.join(', ')}`,
        });
    }
    const info = init.serverInfo;
    if (!info || typeof info.name !== 'string' || typeof info.version !== 'string') {
        out.push({
            rule: 'smoke/server-info',
            message: `the initialize result has ${info ? 'an incomplete' : 'no'} serverInfo (name and version are required)`,
            evidence: JSON.stringify(init).slice(0, 300),
        });
    }
    if (out.length === 0)
        out.push({
            rule: 'smoke/initialize-failed',
            message: `the SDK client rejected the initialize result: ${s.initializeError ?? 'unknown error'}`,
            evidence: JSON.stringify(init).slice(0, 300),
        });
    return out;
}
function toolProblems(list) {
    const out = [];
    const counts = new Map();
    list.items.forEach((tool, index) => {
        const name = tool.name;
        if (typeof name !== 'string' || name === '') {
            out.push({
                rule: 'smoke/tool-name',
                message: `tool #${index + 1} has no name`,
                evidence: JSON.stringify(tool).slice(0, 200),
            });
            return;
        }
        counts.set(name, (counts.get(name) ?? 0) + 1);
        if (!TOOL_NAME.test(name))
            out.push({
                rule: 'smoke/tool-name-pattern',
                message: `tool name ${JSON.stringify(name)} is outside 1-128 characters of A-Z a-z 0-9 _ - .`,
            });
        if (typeof tool.description !== 'string' || tool.description.trim() === '')
            out.push({ rule: 'smoke/tool-description', message: `tool "${name}" has no description` });
        const input = schemaProblem(tool.inputSchema, true);
        if (input)
            out.push({
                rule: 'smoke/tool-schema',
                message: `tool "${name}" inputSchema ${input}`,
                evidence: JSON.stringify(tool.inputSchema ?? null).slice(0, 300),
            });
        for (const key of ['inputSchema', 'outputSchema']) {
            const tooLarge = (0,surface/* inliningProblem */.mf)(tool[key]);
            if (tooLarge)
                out.push({
                    rule: 'smoke/schema-too-large',
                    message: `tool "${name}" ${key} ${tooLarge} when its local $refs are inlined; it was compared as written`,
                });
        }
        if (tool.outputSchema !== undefined) {
            const output = schemaProblem(tool.outputSchema, false);
            if (output)
                out.push({
                    rule: 'smoke/tool-schema',
                    message: `tool "${name}" outputSchema ${output}`,
                    evidence: JSON.stringify(tool.outputSchema).slice(0, 300),
                });
        }
    });
    for (const [name, count] of counts)
        if (count > 1)
            out.push({ rule: 'smoke/tool-name', message: `${count} tools are named "${name}"` });
    return out;
}
function schemaProblem(schema, required) {
    if (schema === undefined)
        return required ? 'is missing' : undefined;
    if (!schema || typeof schema !== 'object' || Array.isArray(schema))
        return 'is not a JSON Schema object';
    const record = schema;
    if (record.type !== 'object')
        return `has type ${JSON.stringify(record.type ?? null)}; it must be "object"`;
    return compileProblem(record);
}
function uniqueField(list, field, what) {
    const out = [];
    const counts = new Map();
    list.items.forEach((item, index) => {
        const value = item[field];
        if (typeof value !== 'string' || value === '')
            out.push({
                rule: 'smoke/list-item',
                message: `${what} #${index + 1} has no ${field}`,
                evidence: JSON.stringify(item).slice(0, 200),
            });
        else
            counts.set(value, (counts.get(value) ?? 0) + 1);
    });
    for (const [value, count] of counts)
        if (count > 1)
            out.push({ rule: 'smoke/list-item', message: `${count} ${what}s have the ${field} "${value}"` });
    return out;
}
function tail(text, lines = 12) {
    return text.split('\n').slice(-lines).join('\n');
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./src/util/credential-names.ts
var credential_names = __webpack_require__(17822);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
;// CONCATENATED MODULE: ./src/smoke/process-group.ts


/**
 * Start a program in its own process group (POSIX), so that the server and every
 * process it starts can be signalled together and none is left behind.
 */
function spawnGroup(command, args, options) {
    return (0,external_node_child_process_.spawn)(command, args, {
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
        entries = (0,external_node_fs_.readdirSync)('/proc').filter((p) => /^\d+$/.test(p));
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
        return (0,external_node_fs_.readFileSync)(file, 'utf8');
    }
    catch {
        return undefined;
    }
}

;// CONCATENATED MODULE: ./src/smoke/credentials-in-reach.ts



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
        pid = parentPidInStat(stat);
    }
    return found;
}

// EXTERNAL MODULE: ./src/smoke/environment.ts
var environment = __webpack_require__(41540);
// EXTERNAL MODULE: ./src/smoke/install.ts
var install = __webpack_require__(49886);
// EXTERNAL MODULE: ./src/adapters/process.ts
var adapters_process = __webpack_require__(61169);
// EXTERNAL MODULE: ./src/smoke/sandbox.ts
var smoke_sandbox = __webpack_require__(25394);
;// CONCATENATED MODULE: ./src/smoke/sandbox-probe.ts




let probed;
/**
 * The strongest sandbox this machine gives, found by trying each (a few
 * milliseconds each, once per process). `off` asks for the environment-only
 * level on purpose (a server that must see the real home, say).
 */
function findSandbox(policy, env = process.env) {
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
        const problem = await tryStart(sandbox);
        if (!problem)
            return sandbox;
        refusals.push(`${via}: ${problem}`);
    }
    return { kind: 'environment', reason: `no namespace could be made (${refusals.join('; ')})`, setpriv };
}
/** Start `node -e 0` the way a server would be started; undefined when it ran. */
async function tryStart(sandbox) {
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
            env: { PATH: process.env.PATH ?? '' },
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

// EXTERNAL MODULE: ./src/smoke/sandbox-folders.ts
var sandbox_folders = __webpack_require__(4914);
// EXTERNAL MODULE: ./node_modules/@modelcontextprotocol/sdk/dist/esm/client/index.js + 31 modules
var esm_client = __webpack_require__(30063);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 4 modules
var schemas = __webpack_require__(41514);
// EXTERNAL MODULE: ./src/version.ts
var version = __webpack_require__(311);
// EXTERNAL MODULE: ./src/smoke/sandbox-init.ts
var sandbox_init = __webpack_require__(10681);
;// CONCATENATED MODULE: ./src/smoke/stdio-tap.ts
const STDERR_TAIL_BYTES = 4096;
const MAX_NOISE = 20;
/** Longer than any real JSON-RPC message (a 10,000-tool list is a few MB): past it, the server is flooding. */
const MAX_LINE_CHARS = 32 * 1024 * 1024;
/** All of stdout in one session. */
const MAX_STDOUT_CHARS = 128 * 1024 * 1024;
/**
 * The stdio transport for the SDK client over a process we spawned ourselves.
 * Unlike the SDK's own transport it sees every stdout line: anything that is not
 * a JSON-RPC message is recorded as noise (the SDK would skip it silently), and
 * responses to our raw probes are taken out before the client sees them.
 */
class StdioTap {
    child;
    startedAt;
    onclose;
    onerror;
    onmessage;
    noise = [];
    noiseCount = 0;
    /** Every response received, by id, as sent (before SDK validation). */
    responses = new Map();
    protocolVersion;
    /** Why stdout stopped being read (a line or the total past its limit); the session ends there. */
    overflow;
    stdoutChars = 0;
    stderr = '';
    pending = [];
    pendingChars = 0;
    lineNumber = 0;
    probes = new Map();
    constructor(child, startedAt) {
        this.child = child;
        this.startedAt = startedAt;
    }
    async start() {
        this.child.stdout.setEncoding('utf8');
        this.child.stdout.on('data', (chunk) => this.onStdout(chunk));
        this.child.stderr.setEncoding('utf8');
        this.child.stderr.on('data', (chunk) => {
            this.stderr = (this.stderr + chunk).slice(-STDERR_TAIL_BYTES);
        });
        this.child.stdin.on('error', () => undefined); // the server may exit before reading
        this.child.on('close', () => this.onclose?.());
    }
    /** Ids of the requests sent, by method, in order (to find the raw answer to an SDK call). */
    sent = new Map();
    async send(message) {
        if (!this.child.stdin.writable)
            throw new Error('the server closed its stdin');
        if ('method' in message && 'id' in message)
            this.sent.set(message.method, [...(this.sent.get(message.method) ?? []), message.id]);
        this.child.stdin.write(`${JSON.stringify(message)}\n`);
    }
    /**
     * The SDK client closes its transport when initialize fails; the session still
     * needs stdin for the server/discover probe, so closing waits for `end()`.
     */
    async close() {
        // Deliberately nothing: see end().
    }
    /** Close the server's stdin: the spec's first shutdown step. */
    end() {
        this.child.stdin.end();
    }
    setProtocolVersion(version) {
        this.protocolVersion = version;
    }
    /** Send a raw request the SDK client does not know, and wait for its answer. */
    probe(method, params, timeoutMs) {
        const id = `mcp-release-probe-${method}`;
        return new Promise((resolve) => {
            const timer = setTimeout(() => {
                this.probes.delete(id);
                resolve(undefined);
            }, timeoutMs);
            this.probes.set(id, (response) => {
                clearTimeout(timer);
                resolve(response);
            });
            void this.send({ jsonrpc: '2.0', id, method, params }).catch(() => {
                clearTimeout(timer);
                this.probes.delete(id);
                resolve(undefined);
            });
        });
    }
    /** The raw response to the last request of this method. */
    lastResponse(method) {
        const id = this.sent.get(method)?.at(-1);
        return id === undefined ? undefined : this.responses.get(id);
    }
    stderrTail() {
        return this.stderr.trimEnd();
    }
    onStdout(chunk) {
        if (this.overflow)
            return;
        this.stdoutChars += chunk.length;
        let newline = chunk.indexOf('\n');
        if (this.stdoutChars > MAX_STDOUT_CHARS || (newline === -1 && this.pendingChars + chunk.length > MAX_LINE_CHARS))
            return this.stopReading();
        // Only the new chunk is searched for newlines: a long line costs linear time, not quadratic.
        let from = 0;
        while (newline !== -1) {
            this.pending.push(chunk.slice(from, newline));
            const line = this.pending.join('').replace(/\r$/, '');
            this.pending = [];
            this.pendingChars = 0;
            this.onLine(line);
            if (this.overflow)
                return;
            from = newline + 1;
            newline = chunk.indexOf('\n', from);
        }
        if (from < chunk.length) {
            this.pending.push(chunk.slice(from));
            this.pendingChars += chunk.length - from;
        }
    }
    stopReading() {
        this.overflow =
            this.stdoutChars > MAX_STDOUT_CHARS
                ? `more than ${MAX_STDOUT_CHARS / 1024 / 1024} MiB on stdout`
                : `a stdout line longer than ${MAX_LINE_CHARS / 1024 / 1024} MiB`;
        this.pending = [];
        this.pendingChars = 0;
        // Nothing the server writes now can be a valid answer: drop it, and end the session (it is killed at shutdown).
        this.child.stdout.removeAllListeners('data');
        this.child.stdout.resume();
        this.onclose?.();
    }
    onLine(line) {
        this.lineNumber += 1;
        if (line.trim() === '')
            return;
        const message = parseJsonRpc(line);
        if (!message) {
            this.noiseCount += 1;
            if (this.noise.length < MAX_NOISE)
                this.noise.push({
                    line: this.lineNumber,
                    text: line.slice(0, 200),
                    atMs: Math.round(performance.now() - this.startedAt),
                });
            return;
        }
        if ('id' in message && ('result' in message || 'error' in message)) {
            const response = message;
            this.responses.set(response.id, response);
            const probe = this.probes.get(response.id);
            if (probe) {
                this.probes.delete(response.id);
                probe(response);
                return;
            }
        }
        this.onmessage?.(message);
    }
}
/** A JSON-RPC 2.0 request, notification or response; anything else is noise. */
function parseJsonRpc(line) {
    let value;
    try {
        value = JSON.parse(line);
    }
    catch {
        return undefined;
    }
    if (!value || typeof value !== 'object' || Array.isArray(value))
        return undefined;
    const m = value;
    if (m.jsonrpc !== '2.0')
        return undefined;
    const isRequestOrNotification = typeof m.method === 'string';
    const isResponse = (typeof m.id === 'string' || typeof m.id === 'number') && ('result' in m || 'error' in m);
    return isRequestOrNotification || isResponse ? value : undefined;
}

;// CONCATENATED MODULE: ./src/smoke/session.ts









const LISTS = [
    { key: 'tools', method: 'tools/list', capability: 'tools', field: 'tools' },
    { key: 'prompts', method: 'prompts/list', capability: 'prompts', field: 'prompts' },
    { key: 'resources', method: 'resources/list', capability: 'resources', field: 'resources' },
    { key: 'resourceTemplates', method: 'resources/templates/list', capability: 'resources', field: 'resourceTemplates' },
];
/** A server that pages forever is cut off here (and reported). */
const MAX_PAGES = 100;
/** More items than any real server lists: past this the rest is not read (and that is reported). */
const MAX_ITEMS = 10_000;
/**
 * One MCP session over stdio with the official SDK client: initialize, each list
 * the server declares (following nextCursor), optional tool calls, then the
 * spec's shutdown (close stdin, SIGTERM, SIGKILL) of the whole process group.
 */
async function runSession(options) {
    const started = performance.now();
    const deadline = started + options.timeouts.session;
    const result = {
        mode: options.mode,
        initializeTimedOut: false,
        lists: {},
        listMs: 0,
        calls: [],
        noise: [],
        noiseCount: 0,
        stderrTail: '',
        shutdown: { via: 'stdin', ms: 0, strayProcesses: false, strays: [] },
        hidden: [],
    };
    const launch = (0,smoke_sandbox/* launchCommand */.PI)(options.sandbox, {
        command: options.command,
        args: options.args,
        env: options.env,
        cwd: options.cwd,
        hide: options.hide,
        report: options.reportFile,
        nodePath: process.execPath,
    });
    const child = spawnGroup(launch.command, launch.args, { cwd: options.cwd, env: launch.env });
    let phase = 'handshake';
    let exited = false;
    child.on('exit', (code, signal) => {
        exited = true;
        if (phase !== 'shutdown')
            result.exitedEarly = { phase, code, signal };
    });
    const spawnError = await new Promise((resolve) => {
        child.once('spawn', () => resolve(undefined));
        child.once('error', (error) => resolve(error.message));
    });
    if (spawnError)
        return { ...result, spawnError };
    result.spawnMs = Math.round(performance.now() - started);
    const tap = new StdioTap(child, started);
    const client = createClient(options.mode);
    try {
        await client.connect(tap, { timeout: options.timeouts.initialize });
        result.initializeMs = Math.round(performance.now() - started);
    }
    catch (error) {
        result.initializeTimedOut = error instanceof types/* McpError */.Nh && error.code === types/* ErrorCode */.O4.RequestTimeout;
        result.initializeError = error.message;
    }
    result.initialize = asRecord(tap.lastResponse('initialize')?.result);
    if (result.initializeMs !== undefined) {
        phase = 'lists';
        const listStart = performance.now();
        const capabilities = asRecord(result.initialize?.capabilities) ?? {};
        for (const list of LISTS) {
            if (!capabilities[list.capability] || exited)
                continue;
            result.lists[list.key] = await listAll(client, tap, list, options.timeouts.list, deadline);
        }
        result.listMs = Math.round(performance.now() - listStart);
        for (const call of options.calls)
            result.calls.push(await callTool(client, call, Math.max(1, Math.min(options.timeouts.list, deadline - performance.now()))));
    }
    // Revision 2026-07-28 is stateless (server/discover, no initialize): ask after a
    // classic session, and after a refused initialize to tell "new protocol only" from "broken".
    const refused = result.initializeMs === undefined &&
        !result.initializeTimedOut &&
        tap.lastResponse('initialize')?.error !== undefined;
    if ((options.probeDiscover || refused) && !exited)
        result.discover = await tap.probe('server/discover', {}, Math.min(options.timeouts.list, 3000));
    phase = 'shutdown';
    result.shutdown = await shutdown(child.pid, tap, () => exited, options.timeouts.shutdown);
    const found = readInitReport(options.reportFile);
    if (found.spawnError) {
        // The bin never ran: that is the one thing to say (the failed handshake follows from it).
        const { initializeError: _followsFromIt, ...rest } = result;
        return { ...rest, spawnError: found.spawnError };
    }
    if (found.strays.length)
        result.shutdown = {
            ...result.shutdown,
            strayProcesses: true,
            strays: [...found.strays, ...result.shutdown.strays],
        };
    result.hidden = found.hidden;
    result.noise = tap.noise;
    result.noiseCount = tap.noiseCount;
    if (tap.overflow)
        result.outputLimit = tap.overflow;
    result.stderrTail = tap.stderrTail();
    await client.close().catch(() => undefined);
    return result;
}
function createClient(mode) {
    const capabilities = mode === 'full' ? { roots: { listChanged: true }, sampling: {}, elicitation: {} } : {};
    const client = new esm_client/* Client */.K({ name: 'mcp-release-smoke', version: version/* TOOL_VERSION */.w }, { capabilities });
    if (mode === 'full') {
        // A smoke test has no roots, model or user: answer the way a cautious client does.
        client.setRequestHandler(types/* ListRootsRequestSchema */.WQ, () => ({ roots: [] }));
        client.setRequestHandler(types/* CreateMessageRequestSchema */.u9, () => {
            throw new types/* McpError */.Nh(types/* ErrorCode */.O4.InvalidRequest, 'sampling is not available in a smoke test');
        });
        client.setRequestHandler(types/* ElicitRequestSchema */.$9, () => ({ action: 'decline' }));
    }
    client.onerror = () => undefined; // protocol errors are read from the raw traffic instead
    return client;
}
async function listAll(client, tap, list, timeout, deadline) {
    const started = performance.now();
    const outcome = { items: [], pages: 0, ms: 0 };
    let cursor;
    do {
        const left = deadline - performance.now();
        if (left <= 0) {
            outcome.error = `${list.method} was stopped after ${outcome.pages} page(s): the session took longer than its overall limit (smoke.timeouts.session)`;
            break;
        }
        const params = cursor ? { cursor } : undefined;
        let sdkError;
        try {
            await client.request({ method: list.method, ...(params ? { params } : {}) }, passThrough, {
                timeout: Math.max(1, Math.min(timeout, left)),
            });
        }
        catch (error) {
            sdkError = error.message;
        }
        const raw = tap.lastResponse(list.method);
        outcome.pages += 1;
        if (!raw && performance.now() >= deadline) {
            outcome.error = `${list.method} was stopped after ${outcome.pages - 1} page(s): the session took longer than its overall limit (smoke.timeouts.session)`;
            break;
        }
        if (!raw || raw.error) {
            outcome.error = raw?.error
                ? `${list.method} answered error ${raw.error.code}: ${raw.error.message}`
                : `${list.method}: ${sdkError ?? 'no answer'}`;
            break;
        }
        const page = asRecord(raw.result) ?? {};
        const items = page[list.field];
        if (!Array.isArray(items)) {
            outcome.error = `${list.method} result has no "${list.field}" array`;
            break;
        }
        outcome.items.push(...items.slice(0, MAX_ITEMS - outcome.items.length).map((i) => asRecord(i) ?? {}));
        cursor = typeof page.nextCursor === 'string' && page.nextCursor !== '' ? page.nextCursor : undefined;
        if (outcome.items.length >= MAX_ITEMS && (cursor || items.length > MAX_ITEMS)) {
            outcome.error = `${list.method} listed more than ${MAX_ITEMS.toLocaleString('en-US')} items; the rest were not read`;
            break;
        }
        if (outcome.pages >= MAX_PAGES && cursor) {
            outcome.error = `${list.method} still returned a nextCursor after ${MAX_PAGES} pages`;
            break;
        }
    } while (cursor);
    outcome.ms = Math.round(performance.now() - started);
    return outcome;
}
async function callTool(client, call, timeout) {
    try {
        const result = (await client.callTool({ name: call.tool, arguments: call.arguments }, undefined, { timeout }));
        if (result.isError)
            return {
                tool: call.tool,
                ok: false,
                message: result.content?.find((c) => c.type === 'text')?.text?.slice(0, 300) ?? 'isError: true',
            };
        return { tool: call.tool, ok: true };
    }
    catch (error) {
        return { tool: call.tool, ok: false, message: error.message };
    }
}
/** The spec's order: close stdin, wait; SIGTERM, wait; SIGKILL. Then nothing of the group may be left. */
async function shutdown(pid, tap, exited, graceMs) {
    const started = performance.now();
    let via = 'stdin';
    tap.end();
    if (!(await waitFor(exited, graceMs))) {
        via = 'sigterm';
        signalServer(pid, 'SIGTERM');
        if (!(await waitFor(exited, graceMs))) {
            via = 'sigkill';
            signalServer(pid, 'SIGKILL');
            if (!(await waitFor(exited, graceMs)))
                signalGroup(pid, 'SIGKILL');
            await waitFor(exited, graceMs);
        }
    }
    // The server is gone; anything it started that is still running is a stray.
    let strayProcesses = false;
    if (groupAlive(pid)) {
        strayProcesses = true;
        signalGroup(pid, 'SIGTERM');
        if (!(await waitFor(() => !groupAlive(pid), graceMs)))
            signalGroup(pid, 'SIGKILL');
        await waitFor(() => !groupAlive(pid), graceMs);
    }
    return { via, ms: Math.round(performance.now() - started), strayProcesses, strays: [] };
}
/**
 * The server itself, below the sandbox's init; the whole group when it cannot be
 * found (the launcher is the server's parent and forwards the signal).
 */
function signalServer(launcherPid, signal) {
    const server = findSandboxedServer(launcherPid, sandbox_init/* SANDBOX_INIT_MARKER */.e);
    if (server === undefined)
        return signalGroup(launcherPid, signal);
    try {
        process.kill(server, signal);
    }
    catch {
        signalGroup(launcherPid, signal);
    }
}
function readInitReport(file) {
    try {
        const parsed = JSON.parse((0,external_node_fs_.readFileSync)(file, 'utf8'));
        return {
            ...(typeof parsed.spawnError === 'string' ? { spawnError: parsed.spawnError } : {}),
            hidden: Array.isArray(parsed.hidden) ? parsed.hidden.map(String) : [],
            strays: Array.isArray(parsed.strays)
                ? parsed.strays.map((s) => ({ pid: Number(s.pid), command: String(s.command) }))
                : [],
        };
    }
    catch {
        return { hidden: [], strays: [] };
    }
}
/** Accept any result: the raw answer is read from the tap and checked by our own rules. */
const passThrough = schemas/* unknown */.L5J();
function asRecord(value) {
    return value && typeof value === 'object' && !Array.isArray(value) ? value : undefined;
}

;// CONCATENATED MODULE: ./src/smoke/run.ts











const DEFAULT_TIMEOUTS = { initialize: 20_000, list: 10_000, shutdown: 2_000, session: 120_000 };
const DEFAULT_STARTUP_BUDGET_MS = 5_000;
/** A report is read by people: past this many tools the table says how many more. */
const MAX_TABLE_ROWS = 500;
const NEW_REVISION = '2026-07-28';
/** Install, run a bare-client and a full-client session, and judge them. */
async function runSmoke(target, options) {
    const found = await findSandbox(options.settings.smoke.sandbox ?? 'auto', options.parentEnv);
    if (options.settings.smoke.sandbox === 'required' && found.kind !== 'namespace') {
        const isolation = (0,smoke_sandbox/* describeSandbox */.hT)(found);
        return {
            outputs: { isolation: found.kind },
            tables: [],
            isolation,
            findings: [
                {
                    rule: 'smoke/sandbox-unavailable',
                    message: `smoke.sandbox is required, but ${found.reason}; the server was not started`,
                },
            ],
            timings: { install: 0, sessions: 0 },
        };
    }
    const weak = found.kind === 'environment' ? await isolationWarning(options.parentEnv) : [];
    const workDir = await (0,install/* makeWorkDir */.dW)();
    const fitted = await (0,sandbox_folders/* sandboxForFolder */.b)(found, workDir);
    const sandbox = fitted.sandbox;
    const isolation = `${(0,smoke_sandbox/* describeSandbox */.hT)(sandbox)}${fitted.note ? ` (${fitted.note})` : ''}`;
    const empty = { outputs: { isolation: sandbox.kind }, tables: [], isolation };
    const started = performance.now();
    try {
        const folders = { home: external_node_path_default().join(workDir, 'home'), tmp: external_node_path_default().join(workDir, 'tmp') };
        const hide = (0,smoke_sandbox/* foldersToHide */.hr)([external_node_os_default().homedir(), options.cwd, options.parentEnv.GITHUB_WORKSPACE, options.parentEnv.RUNNER_TEMP], [workDir, external_node_path_default().dirname(process.execPath), ...options.args.filter((a) => external_node_path_default().isAbsolute(a))]);
        const sandboxed = { sandbox, hide, folders, env: (0,environment/* serverEnvironment */.P)(options.parentEnv, options.env, folders) };
        const installed = await (0,install/* installForSmoke */.uY)(target, {
            installScripts: options.settings.smoke.installScripts ?? false,
            ...(options.bin ? { bin: options.bin } : {}),
            ...(options.registry ? { registry: options.registry } : {}),
            sandboxed,
        }, workDir);
        if (!installed.ok) {
            const manifest = installed.manifest;
            return {
                ...empty,
                ...(typeof manifest?.name === 'string' ? { packageName: manifest.name } : {}),
                ...(typeof manifest?.version === 'string' ? { packageVersion: manifest.version } : {}),
                findings: [
                    ...weak,
                    {
                        rule: installed.rule,
                        message: installed.message,
                        ...(installed.evidence ? { evidence: installed.evidence } : {}),
                    },
                ],
                timings: { install: Math.round(performance.now() - started), sessions: 0 },
            };
        }
        const installedAt = performance.now();
        const { server } = installed;
        await (0,sandbox_folders/* prepareSandboxFolders */.W)(sandbox, workDir, folders);
        const timeouts = { ...DEFAULT_TIMEOUTS, ...options.settings.smoke.timeouts };
        const calls = (options.settings.smoke.calls ?? []).map((c) => ({ tool: c.tool, arguments: c.arguments ?? {} }));
        const common = {
            command: server.command,
            args: [...server.args, ...options.args],
            env: sandboxed.env,
            cwd: server.cwd,
            timeouts,
            sandbox,
            hide,
        };
        // Sequential on purpose: two servers at once would race for ports, files and CPU.
        const bare = await runSession({
            ...common,
            mode: 'bare',
            probeDiscover: true,
            calls,
            reportFile: external_node_path_default().join(workDir, 'init-bare.json'),
        });
        const full = bare.initializeMs === undefined
            ? undefined
            : await runSession({
                ...common,
                mode: 'full',
                probeDiscover: false,
                calls: [],
                reportFile: external_node_path_default().join(workDir, 'init-full.json'),
            });
        const sessions = full ? [bare, full] : [bare];
        const packageVersion = typeof server.manifest.version === 'string' ? server.manifest.version : undefined;
        const findings = smokeFindings(sessions, {
            ...(packageVersion ? { packageVersion } : {}),
            expectTools: options.settings.smoke.expectTools ?? [],
            startupBudgetMs: options.settings.budgets.startupMs ?? DEFAULT_STARTUP_BUDGET_MS,
        });
        return {
            packageName: server.manifest.name,
            ...(packageVersion ? { packageVersion } : {}),
            findings: [...weak, ...findings],
            outputs: { ...sessionOutputs(bare, full, server.binName), isolation: sandbox.kind },
            tables: toolTables(bare, full),
            ...(bare.initialize ? { surface: (0,surface/* buildSurface */._5)(full?.initialize ? full : bare) } : {}),
            timings: { install: Math.round(installedAt - started), sessions: Math.round(performance.now() - installedAt) },
            isolation: bare.hidden.length ? `${isolation}; hidden from it: ${bare.hidden.join(', ')}` : isolation,
        };
    }
    finally {
        await (0,install/* removeWorkDir */.xX)(workDir);
    }
}
/** Without a namespace, say so when the server could have read credentials from /proc. */
async function isolationWarning(parentEnv) {
    const reach = await credentialsInReach(parentEnv);
    if (reach.length === 0)
        return [];
    return [
        {
            rule: 'smoke/isolation-weak',
            message: `the server ran as the same user, without a namespace, while ${reach.join('; ')}: it could have read them from /proc/<pid>/environ`,
        },
    ];
}
function names(session, key) {
    return (session?.lists[key]?.items ?? []).map((i) => String(i.name ?? i.uri ?? ''));
}
/** The action outputs of one package's smoke test (kebab-case, strings). */
function sessionOutputs(bare, full, bin) {
    const init = bare.initialize ?? {};
    const info = (init.serverInfo ?? {});
    const negotiated = typeof init.protocolVersion === 'string' ? init.protocolVersion : '';
    const revisions = [negotiated, bare.discover?.result ? NEW_REVISION : ''].filter(Boolean);
    return {
        bin,
        'protocol-version': negotiated,
        'protocol-revisions': JSON.stringify(revisions),
        'server-name': typeof info.name === 'string' ? info.name : '',
        'server-version': typeof info.version === 'string' ? info.version : '',
        'tool-count': String(names(bare, 'tools').length),
        'tool-count-full-client': String(names(full, 'tools').length),
        'prompt-count': String(names(bare, 'prompts').length),
        'resource-count': String(names(bare, 'resources').length),
        tools: JSON.stringify(names(bare, 'tools')),
        prompts: JSON.stringify(names(bare, 'prompts')),
        resources: JSON.stringify(names(bare, 'resources')),
        'start-ms': String(bare.spawnMs ?? ''),
        'initialize-ms': String(bare.initializeMs ?? ''),
        'list-ms': String(bare.listMs),
    };
}
/** Tools and which client sees them: servers may expose more to capable clients. */
function toolTables(bare, full) {
    const bareTools = bare.lists.tools?.items ?? [];
    const fullTools = full?.lists.tools?.items ?? [];
    const all = new Map();
    for (const t of [...bareTools, ...fullTools])
        if (typeof t.name === 'string' && !all.has(t.name))
            all.set(t.name, t);
    if (all.size === 0)
        return [];
    const inBare = new Set(bareTools.map((t) => t.name));
    const rows = [...all.entries()]
        .slice(0, MAX_TABLE_ROWS)
        .map(([name, tool]) => [
        name,
        inBare.has(name) ? 'every client' : 'clients with roots/sampling/elicitation',
        typeof tool.description === 'string' ? tool.description.split('\n')[0].slice(0, 100) : '',
    ]);
    if (all.size > MAX_TABLE_ROWS)
        rows.push([`… and ${all.size - MAX_TABLE_ROWS} more`, '', '(all names are in the tools output)']);
    return [
        {
            title: `Tools (${bareTools.length} to a bare client, ${fullTools.length} to a full client)`,
            columns: ['Tool', 'Listed to', 'Description'],
            rows,
        },
    ];
}


/***/ })

};

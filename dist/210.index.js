export const id = 210;
export const ids = [210];
export const modules = {

/***/ 87210:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runSmoke: () => (/* binding */ runSmoke)
});

// UNUSED EXPORTS: DEFAULT_STARTUP_BUDGET_MS, DEFAULT_TIMEOUTS

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




const CLASSES = { 'draft-07': (0,cjs_default/* cjsDefault */.U)((ajv_default())), '2019-09': (0,cjs_default/* cjsDefault */.U)((_2019_default())), '2020-12': (0,cjs_default/* cjsDefault */.U)((_2020_default())) };
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
        const only = modes.has('bare') ? 'only with a bare client' : 'only with a client declaring roots, sampling and elicitation';
        return { ...finding, message: `${finding.message} (${only})` };
    });
}
function sessionFindings(s, expect) {
    const out = [];
    if (s.spawnError)
        return [{ rule: 'smoke/spawn-failed', message: `the bin could not be started: ${s.spawnError}` }];
    if (s.noiseCount > 0) {
        const first = s.noise[0];
        out.push({
            rule: 'smoke/stdout-noise',
            message: `${s.noiseCount} line(s) on stdout are not JSON-RPC messages (first: stdout line ${first?.line ?? '?'})`,
            evidence: s.noise.slice(0, 5).map((n) => JSON.stringify(n.text)).join('\n'),
        });
    }
    if (s.exitedEarly && (s.exitedEarly.phase === 'lists' || s.initializeMs === undefined)) {
        const how = s.exitedEarly.signal ? `signal ${s.exitedEarly.signal}` : `exit code ${s.exitedEarly.code}`;
        out.push({ rule: 'smoke/exited-early', message: `the server exited (${how}) during the ${s.exitedEarly.phase === 'handshake' ? 'initialize handshake' : 'list calls'}`, evidence: tail(s.stderrTail) });
    }
    else if (s.initializeTimedOut) {
        out.push({ rule: 'smoke/initialize-timeout', message: 'no answer to initialize within the timeout', evidence: tail(s.stderrTail) });
    }
    else if (s.initializeMs === undefined) {
        out.push(...initializeProblems(s));
    }
    if (s.initializeMs === undefined)
        return out;
    const init = s.initialize ?? {};
    const serverInfo = init.serverInfo;
    if (typeof serverInfo?.version === 'string' && expect.packageVersion && serverInfo.version !== expect.packageVersion) {
        out.push({ rule: 'smoke/version-mismatch', message: `serverInfo.version is "${serverInfo.version}" but the package version is "${expect.packageVersion}"` });
    }
    if (s.initializeMs > expect.startupBudgetMs) {
        out.push({ rule: 'smoke/startup-budget', message: `spawn to initialize answer took ${s.initializeMs} ms (budget ${expect.startupBudgetMs} ms)` });
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
                out.push({ rule: 'smoke/expected-tool-missing', message: `expected tool "${tool}" is not listed (${names.size} tools listed)` });
        }
    }
    for (const call of s.calls) {
        if (!call.ok)
            out.push({ rule: 'smoke/call-failed', message: `tools/call "${call.tool}" failed`, evidence: call.message ?? '' });
    }
    if (s.shutdown.via === 'sigterm')
        out.push({ rule: 'smoke/shutdown-stdin', message: 'the server kept running after stdin closed; SIGTERM stopped it' });
    if (s.shutdown.via === 'sigkill')
        out.push({ rule: 'smoke/shutdown-sigkill', message: 'the server ignored stdin closing and SIGTERM; it was killed with SIGKILL', evidence: tail(s.stderrTail) });
    if (s.shutdown.strayProcesses)
        out.push({ rule: 'smoke/stray-processes', message: 'processes started by the server were still running after it exited' });
    return out;
}
function initializeProblems(s) {
    if (s.discover?.result !== undefined) {
        return [{ rule: 'smoke/stateless-only', message: `initialize was refused (${s.initializeError ?? 'error'}) but server/discover answered`, evidence: JSON.stringify(s.discover.result).slice(0, 300) }];
    }
    const init = s.initialize;
    if (!init)
        return [{ rule: 'smoke/initialize-failed', message: `initialize failed: ${s.initializeError ?? 'no result'}`, evidence: tail(s.stderrTail) }];
    const out = [];
    const version = init.protocolVersion;
    if (typeof version !== 'string' || !types/* SUPPORTED_PROTOCOL_VERSIONS */.Iu.includes(version)) {
        out.push({ rule: 'smoke/protocol-version', message: `the server answered protocolVersion ${JSON.stringify(version)}; the SDK client supports ${types/* SUPPORTED_PROTOCOL_VERSIONS */.Iu.join(', ')}` });
    }
    const info = init.serverInfo;
    if (!info || typeof info.name !== 'string' || typeof info.version !== 'string') {
        out.push({ rule: 'smoke/server-info', message: `the initialize result has ${info ? 'an incomplete' : 'no'} serverInfo (name and version are required)`, evidence: JSON.stringify(init).slice(0, 300) });
    }
    if (out.length === 0)
        out.push({ rule: 'smoke/initialize-failed', message: `the SDK client rejected the initialize result: ${s.initializeError ?? 'unknown error'}`, evidence: JSON.stringify(init).slice(0, 300) });
    return out;
}
function toolProblems(list) {
    const out = [];
    const counts = new Map();
    list.items.forEach((tool, index) => {
        const name = tool.name;
        if (typeof name !== 'string' || name === '') {
            out.push({ rule: 'smoke/tool-name', message: `tool #${index + 1} has no name`, evidence: JSON.stringify(tool).slice(0, 200) });
            return;
        }
        counts.set(name, (counts.get(name) ?? 0) + 1);
        if (!TOOL_NAME.test(name))
            out.push({ rule: 'smoke/tool-name-pattern', message: `tool name ${JSON.stringify(name)} is outside 1-128 characters of A-Z a-z 0-9 _ - .` });
        if (typeof tool.description !== 'string' || tool.description.trim() === '')
            out.push({ rule: 'smoke/tool-description', message: `tool "${name}" has no description` });
        const input = schemaProblem(tool.inputSchema, true);
        if (input)
            out.push({ rule: 'smoke/tool-schema', message: `tool "${name}" inputSchema ${input}`, evidence: JSON.stringify(tool.inputSchema ?? null).slice(0, 300) });
        if (tool.outputSchema !== undefined) {
            const output = schemaProblem(tool.outputSchema, false);
            if (output)
                out.push({ rule: 'smoke/tool-schema', message: `tool "${name}" outputSchema ${output}`, evidence: JSON.stringify(tool.outputSchema).slice(0, 300) });
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
            out.push({ rule: 'smoke/list-item', message: `${what} #${index + 1} has no ${field}`, evidence: JSON.stringify(item).slice(0, 200) });
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

// EXTERNAL MODULE: ./src/smoke/environment.ts
var environment = __webpack_require__(41540);
// EXTERNAL MODULE: ./src/smoke/install.ts
var install = __webpack_require__(49886);
// EXTERNAL MODULE: ./node_modules/@modelcontextprotocol/sdk/dist/esm/client/index.js + 31 modules
var esm_client = __webpack_require__(30063);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 4 modules
var schemas = __webpack_require__(41514);
// EXTERNAL MODULE: ./src/version.ts
var version = __webpack_require__(311);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
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

;// CONCATENATED MODULE: ./src/smoke/stdio-tap.ts
const STDERR_TAIL_BYTES = 4096;
const MAX_NOISE = 20;
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
    stderr = '';
    buffer = '';
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
        this.buffer += chunk;
        let newline = this.buffer.indexOf('\n');
        while (newline !== -1) {
            const line = this.buffer.slice(0, newline).replace(/\r$/, '');
            this.buffer = this.buffer.slice(newline + 1);
            this.onLine(line);
            newline = this.buffer.indexOf('\n');
        }
    }
    onLine(line) {
        this.lineNumber += 1;
        if (line.trim() === '')
            return;
        const message = parseJsonRpc(line);
        if (!message) {
            this.noiseCount += 1;
            if (this.noise.length < MAX_NOISE)
                this.noise.push({ line: this.lineNumber, text: line.slice(0, 200), atMs: Math.round(performance.now() - this.startedAt) });
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
/**
 * One MCP session over stdio with the official SDK client: initialize, each list
 * the server declares (following nextCursor), optional tool calls, then the
 * spec's shutdown (close stdin, SIGTERM, SIGKILL) of the whole process group.
 */
async function runSession(options) {
    const started = performance.now();
    const result = { mode: options.mode, initializeTimedOut: false, lists: {}, listMs: 0, calls: [], noise: [], noiseCount: 0, stderrTail: '', shutdown: { via: 'stdin', ms: 0, strayProcesses: false } };
    const child = spawnGroup(options.command, options.args, { cwd: options.cwd, env: options.env });
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
            result.lists[list.key] = await listAll(client, tap, list, options.timeouts.list);
        }
        result.listMs = Math.round(performance.now() - listStart);
        for (const call of options.calls)
            result.calls.push(await callTool(client, call, options.timeouts.list));
    }
    // Revision 2026-07-28 is stateless (server/discover, no initialize): ask after a
    // classic session, and after a refused initialize to tell "new protocol only" from "broken".
    const refused = result.initializeMs === undefined && !result.initializeTimedOut && tap.lastResponse('initialize')?.error !== undefined;
    if ((options.probeDiscover || refused) && !exited)
        result.discover = await tap.probe('server/discover', {}, Math.min(options.timeouts.list, 3000));
    phase = 'shutdown';
    result.shutdown = await shutdown(child.pid, tap, () => exited, options.timeouts.shutdown);
    result.noise = tap.noise;
    result.noiseCount = tap.noiseCount;
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
async function listAll(client, tap, list, timeout) {
    const started = performance.now();
    const outcome = { items: [], pages: 0, ms: 0 };
    let cursor;
    do {
        const params = cursor ? { cursor } : undefined;
        let sdkError;
        try {
            await client.request({ method: list.method, ...(params ? { params } : {}) }, passThrough, { timeout });
        }
        catch (error) {
            sdkError = error.message;
        }
        const raw = tap.lastResponse(list.method);
        outcome.pages += 1;
        if (!raw || raw.error) {
            outcome.error = raw?.error ? `${list.method} answered error ${raw.error.code}: ${raw.error.message}` : `${list.method}: ${sdkError ?? 'no answer'}`;
            break;
        }
        const page = asRecord(raw.result) ?? {};
        const items = page[list.field];
        if (!Array.isArray(items)) {
            outcome.error = `${list.method} result has no "${list.field}" array`;
            break;
        }
        outcome.items.push(...items.map((i) => asRecord(i) ?? {}));
        cursor = typeof page.nextCursor === 'string' && page.nextCursor !== '' ? page.nextCursor : undefined;
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
            return { tool: call.tool, ok: false, message: result.content?.find((c) => c.type === 'text')?.text?.slice(0, 300) ?? 'isError: true' };
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
        signalGroup(pid, 'SIGTERM');
        if (!(await waitFor(exited, graceMs))) {
            via = 'sigkill';
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
    return { via, ms: Math.round(performance.now() - started), strayProcesses };
}
/** Accept any result: the raw answer is read from the tap and checked by our own rules. */
const passThrough = schemas/* unknown */.L5J();
function asRecord(value) {
    return value && typeof value === 'object' && !Array.isArray(value) ? value : undefined;
}

// EXTERNAL MODULE: ./src/surface/surface.ts
var surface = __webpack_require__(40144);
;// CONCATENATED MODULE: ./src/smoke/run.ts





const DEFAULT_TIMEOUTS = { initialize: 20_000, list: 10_000, shutdown: 2_000 };
const DEFAULT_STARTUP_BUDGET_MS = 5_000;
const NEW_REVISION = '2026-07-28';
/** Install, run a bare-client and a full-client session, and judge them. */
async function runSmoke(target, options) {
    const workDir = await (0,install/* makeWorkDir */.dW)();
    const started = performance.now();
    try {
        const installed = await (0,install/* installForSmoke */.uY)(target, { installScripts: options.settings.smoke.installScripts ?? false, ...(options.bin ? { bin: options.bin } : {}), ...(options.registry ? { registry: options.registry } : {}) }, workDir);
        if (!installed.ok) {
            const manifest = installed.manifest;
            return {
                ...(typeof manifest?.name === 'string' ? { packageName: manifest.name } : {}),
                ...(typeof manifest?.version === 'string' ? { packageVersion: manifest.version } : {}),
                findings: [{ rule: installed.rule, message: installed.message, ...(installed.evidence ? { evidence: installed.evidence } : {}) }],
                outputs: {},
                tables: [],
                timings: { install: Math.round(performance.now() - started), sessions: 0 },
            };
        }
        const installedAt = performance.now();
        const { server } = installed;
        const timeouts = { ...DEFAULT_TIMEOUTS, ...options.settings.smoke.timeouts };
        const calls = (options.settings.smoke.calls ?? []).map((c) => ({ tool: c.tool, arguments: c.arguments ?? {} }));
        const common = { command: server.command, args: [...server.args, ...options.args], env: (0,environment/* serverEnvironment */.P)(options.parentEnv, options.env), cwd: server.cwd, timeouts };
        // Sequential on purpose: two servers at once would race for ports, files and CPU.
        const bare = await runSession({ ...common, mode: 'bare', probeDiscover: true, calls });
        const full = bare.initializeMs === undefined ? undefined : await runSession({ ...common, mode: 'full', probeDiscover: false, calls: [] });
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
            findings,
            outputs: sessionOutputs(bare, full, server.binName),
            tables: toolTables(bare, full),
            ...(bare.initialize ? { surface: (0,surface/* buildSurface */._5)(full?.initialize ? full : bare) } : {}),
            timings: { install: Math.round(installedAt - started), sessions: Math.round(performance.now() - installedAt) },
        };
    }
    finally {
        await (0,install/* removeWorkDir */.xX)(workDir);
    }
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
    const rows = [...all.entries()].map(([name, tool]) => [
        name,
        inBare.has(name) ? 'every client' : 'clients with roots/sampling/elicitation',
        typeof tool.description === 'string' ? tool.description.split('\n')[0].slice(0, 100) : '',
    ]);
    return [{ title: `Tools (${bareTools.length} to a bare client, ${fullTools.length} to a full client)`, columns: ['Tool', 'Listed to', 'Description'], rows }];
}


/***/ })

};

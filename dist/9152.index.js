export const id = 9152;
export const ids = [9152];
export const modules = {

/***/ 19152:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runSession: () => (/* binding */ runSession)
});

// EXTERNAL MODULE: ../main/node_modules/@modelcontextprotocol/sdk/dist/esm/client/index.js + 31 modules
var esm_client = __webpack_require__(94367);
// EXTERNAL MODULE: ../main/node_modules/@modelcontextprotocol/sdk/dist/esm/types.js + 1 modules
var types = __webpack_require__(13594);
// EXTERNAL MODULE: ../main/node_modules/zod/v4/classic/schemas.js + 4 modules
var schemas = __webpack_require__(13146);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: ./src/smoke/sandbox-init.ts
var sandbox_init = __webpack_require__(65283);
// EXTERNAL MODULE: ./src/smoke/sandbox.ts
var sandbox = __webpack_require__(65916);
;// CONCATENATED MODULE: ./src/smoke/session.ts
/** More items than any real server lists: past this the rest is not read (and that is reported). */
const MAX_ITEMS = 10_000;

// EXTERNAL MODULE: ./src/adapters/tool-version.ts
var tool_version = __webpack_require__(42191);
// EXTERNAL MODULE: ./src/adapters/mcp-server/process-group.ts
var process_group = __webpack_require__(23496);
;// CONCATENATED MODULE: ./src/adapters/mcp-server/stdio-tap.ts
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

;// CONCATENATED MODULE: ./src/adapters/mcp-server/session.ts










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
    const progress = options.progress ?? (() => undefined);
    const launch = (0,sandbox/* launchCommand */.PI)(options.sandbox, {
        command: options.command,
        args: options.args,
        env: options.env,
        cwd: options.cwd,
        hide: options.hide,
        report: options.reportFile,
        nodePath: process.execPath,
    });
    const child = (0,process_group/* spawnGroup */.j8)(launch.command, launch.args, { cwd: options.cwd, env: launch.env });
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
    if (spawnError) {
        progress('the server did not start');
        return { ...result, spawnError };
    }
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
    // Our own words and numbers only: what the server sent is judged in the report, not echoed here.
    progress(result.initializeMs !== undefined
        ? `initialize answered after ${result.initializeMs} ms`
        : result.initializeTimedOut
            ? `initialize not answered within ${options.timeouts.initialize} ms`
            : 'initialize failed');
    result.initialize = asRecord(tap.lastResponse('initialize')?.result);
    if (result.initializeMs !== undefined) {
        phase = 'lists';
        const listStart = performance.now();
        const capabilities = asRecord(result.initialize?.capabilities) ?? {};
        for (const list of LISTS) {
            if (!capabilities[list.capability] || exited)
                continue;
            const outcome = await listAll(client, tap, list, options.timeouts.list, deadline);
            result.lists[list.key] = outcome;
            progress(`${list.method}: ${outcome.items.length} item(s) in ${outcome.pages} page(s), ${outcome.ms} ms${outcome.error ? ', stopped early' : ''}`);
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
    progress(`shut down ${{ stdin: 'when its stdin closed', sigterm: 'on SIGTERM', sigkill: 'only on SIGKILL' }[result.shutdown.via]} after ${result.shutdown.ms} ms${result.shutdown.strayProcesses || found.strays.length ? ', leaving processes behind' : ''}`);
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
    const client = new esm_client/* Client */.K({ name: 'mcp-release-smoke', version: tool_version/* TOOL_VERSION */.w }, { capabilities });
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
/** The SDK's code for a request it stopped waiting for (ErrorCode.RequestTimeout). */
const REQUEST_TIMED_OUT = -32001;
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
        let timedOut = false;
        try {
            await client.request({ method: list.method, ...(params ? { params } : {}) }, passThrough, {
                timeout: Math.max(1, Math.min(timeout, left)),
            });
        }
        catch (error) {
            sdkError = error.message;
            timedOut = error.code === REQUEST_TIMED_OUT;
        }
        const raw = tap.lastResponse(list.method);
        outcome.pages += 1;
        // A request cut at the session's deadline: the timer may fire a moment before performance.now() reaches
        // the deadline (node's timers run on the event loop's cached clock), so a timeout that the deadline set counts too.
        if (!raw && (performance.now() >= deadline || (timedOut && left <= timeout))) {
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
    if (!(await (0,process_group/* waitFor */.fm)(exited, graceMs))) {
        via = 'sigterm';
        signalServer(pid, 'SIGTERM');
        if (!(await (0,process_group/* waitFor */.fm)(exited, graceMs))) {
            via = 'sigkill';
            signalServer(pid, 'SIGKILL');
            if (!(await (0,process_group/* waitFor */.fm)(exited, graceMs)))
                (0,process_group/* signalGroup */.i8)(pid, 'SIGKILL');
            await (0,process_group/* waitFor */.fm)(exited, graceMs);
        }
    }
    // The server is gone; anything it started that is still running is a stray.
    let strayProcesses = false;
    if ((0,process_group/* groupAlive */.xq)(pid)) {
        strayProcesses = true;
        (0,process_group/* signalGroup */.i8)(pid, 'SIGTERM');
        if (!(await (0,process_group/* waitFor */.fm)(() => !(0,process_group/* groupAlive */.xq)(pid), graceMs)))
            (0,process_group/* signalGroup */.i8)(pid, 'SIGKILL');
        await (0,process_group/* waitFor */.fm)(() => !(0,process_group/* groupAlive */.xq)(pid), graceMs);
    }
    return { via, ms: Math.round(performance.now() - started), strayProcesses, strays: [] };
}
/**
 * The server itself, below the sandbox's init; the whole group when it cannot be
 * found (the launcher is the server's parent and forwards the signal).
 */
function signalServer(launcherPid, signal) {
    const server = (0,process_group/* findSandboxedServer */.rs)(launcherPid, sandbox_init/* SANDBOX_INIT_MARKER */.e);
    if (server === undefined)
        return (0,process_group/* signalGroup */.i8)(launcherPid, signal);
    try {
        process.kill(server, signal);
    }
    catch {
        (0,process_group/* signalGroup */.i8)(launcherPid, signal);
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


/***/ })

};

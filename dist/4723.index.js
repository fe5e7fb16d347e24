export const id = 4723;
export const ids = [4723];
export const modules = {

/***/ 64723:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  scanFilesForSecrets: () => (/* binding */ scanFilesForSecrets)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
var external_node_os_default = /*#__PURE__*/__webpack_require__.n(external_node_os_);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(73136);
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


/***/ })

};

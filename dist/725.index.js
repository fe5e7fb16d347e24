export const id = 725;
export const ids = [725];
export const modules = {

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

/***/ 46630:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $X: () => (/* binding */ waitedNote),
/* harmony export */   PF: () => (/* binding */ waitForVersion),
/* harmony export */   iQ: () => (/* binding */ notYetServedMessage)
/* harmony export */ });
/* unused harmony exports DEFAULT_INITIAL_DELAY_MS, DEFAULT_MAX_DELAY_MS, versionUrl, backoffDelay */
/**
 * Waiting until the npm registry serves a version that was just published.
 *
 * A new version can take minutes to be served everywhere after `npm publish`
 * answers (the registry's CDN caches packuments; npm/cli#4513): an install of
 * `name@version` right after the publish fails with ETARGET, and the MCP
 * Registry refuses an entry until `GET /<name>/<version>` answers. So the steps
 * that read the version back poll that same URL first, with a bounded wait.
 *
 * The clock, the sleep and the HTTP GET are given (the registry adapter gives
 * the real ones): the schedule is pure and unit tests run it on a fake clock.
 */
const DEFAULT_INITIAL_DELAY_MS = 2000;
const DEFAULT_MAX_DELAY_MS = 30_000;
/**
 * `GET <registry>/<name>/<version>`, the name escaped as npm escapes it: a
 * scoped name keeps its `@` and its `/` becomes `%2f` (npm-package-arg's
 * `escapedName`), so `@scope/name` is one path segment.
 */
function versionUrl(registry, name, version) {
    const escaped = name.startsWith('@')
        ? `@${encodeURIComponent(name.slice(1)).replace(/%2F/g, '%2f')}`
        : encodeURIComponent(name);
    return `${registry.replace(/\/+$/, '')}/${escaped}/${encodeURIComponent(version)}`;
}
/** The pause before look number `attempt + 1`: initial * 2^(attempt-1), capped. Pure. */
function backoffDelay(attempt, initialDelayMs = DEFAULT_INITIAL_DELAY_MS, maxDelayMs = DEFAULT_MAX_DELAY_MS) {
    return Math.min(maxDelayMs, initialDelayMs * 2 ** Math.max(0, attempt - 1));
}
const seconds = (ms) => Math.round(ms / 1000);
/** Poll until the registry serves name@version or the deadline passes. Never throws for a registry answer. */
async function waitForVersion(options) {
    const { clock, probe } = options;
    const url = versionUrl(options.registry, options.name, options.version);
    const budgetMs = Math.max(0, options.timeoutSeconds) * 1000;
    const label = `${options.name}@${options.version}`;
    const started = clock.now();
    for (let attempt = 1;; attempt += 1) {
        const answer = await probe(url);
        const waitedMs = clock.now() - started;
        if (answer.served) {
            if (attempt > 1)
                options.progress?.(`${label} is served by ${options.registry} after ${seconds(waitedMs)} s (attempt ${attempt})`);
            return { served: true, attempts: attempt, waitedMs };
        }
        const remaining = budgetMs - waitedMs;
        if (remaining <= 0)
            return { served: false, attempts: attempt, waitedMs, lastReason: answer.reason };
        options.progress?.(`waiting for ${label} on ${options.registry} (attempt ${attempt}, ${seconds(waitedMs)} s of ${seconds(budgetMs)} s): ${answer.reason}`);
        await clock.sleep(Math.min(remaining, backoffDelay(attempt, options.initialDelayMs, options.maxDelayMs)));
    }
}
/** Said in the report when the version was served only after a wait. */
function waitedNote(options, result) {
    return `waited ${seconds(result.waitedMs)} s (${result.attempts} attempts) for ${options.name}@${options.version} to be served by ${options.registry}`;
}
/** The finding text for a wait that ran out: how long, and that a later re-run finishes the release. */
function notYetServedMessage(options, result) {
    return `${options.name}@${options.version} is not served by ${options.registry} yet: waited ${seconds(result.waitedMs)} s over ${result.attempts} attempt(s) (last answer: ${result.lastReason ?? 'none'}). A new version can take minutes to show after a publish (npm/cli#4513); nothing was changed after the wait, so re-running this job later finishes the release`;
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

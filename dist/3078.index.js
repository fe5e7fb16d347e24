export const id = 3078;
export const ids = [3078];
export const modules = {

/***/ 49112:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D3: () => (/* binding */ managerRootOf),
/* harmony export */   d8: () => (/* binding */ managerAt)
/* harmony export */ });
/* unused harmony export rootFacts */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _workspace_package_manager_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(34907);


/** The detection facts of one folder: which marker files it holds, its package.json, yarn.lock's first bytes. */
async function rootFacts(dir, context) {
    const { fs } = context.adapters;
    const names = await fs.readdir(dir).catch(() => []);
    const files = names.filter((n) => _workspace_package_manager_js__WEBPACK_IMPORTED_MODULE_1__/* .ROOT_MARKER_FILES */ .cB.includes(n));
    const manifest = files.includes('package.json')
        ? await fs.readJsonObject(node_path__WEBPACK_IMPORTED_MODULE_0___default().join(dir, 'package.json')).catch(() => undefined)
        : undefined;
    let yarnLockHead;
    if (files.includes('yarn.lock')) {
        // The first 4 KB say which yarn wrote it (`# yarn lockfile v1` or berry's `__metadata:`).
        const handle = await fs.open(node_path__WEBPACK_IMPORTED_MODULE_0___default().join(dir, 'yarn.lock'), 'r').catch(() => undefined);
        if (handle) {
            try {
                const buffer = Buffer.alloc(4096);
                const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
                yarnLockHead = buffer.subarray(0, bytesRead).toString('utf8');
            }
            finally {
                await handle.close();
            }
        }
    }
    return { files, ...(manifest ? { manifest } : {}), ...(yarnLockHead !== undefined ? { yarnLockHead } : {}) };
}
/**
 * The repository root of a package folder: the nearest folder (itself or an
 * ancestor, not above the git checkout or the home folder) with a package.json
 * that defines a workspace or sits next to a lockfile; else the package folder.
 * Then its manager.
 */
async function managerRootOf(dir, context) {
    const { fs } = context.adapters;
    let current = node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(dir);
    for (;;) {
        const facts = await rootFacts(current, context);
        // A lockfile counts only next to a package.json (a stray lockfile in /tmp or a home folder is no project).
        if ((0,_workspace_package_manager_js__WEBPACK_IMPORTED_MODULE_1__/* .isManagerRoot */ .cl)(facts.files, facts.manifest) && facts.files.includes('package.json'))
            return {
                root: current,
                detected: (0,_workspace_package_manager_js__WEBPACK_IMPORTED_MODULE_1__/* .detectPackageManager */ .Lv)(facts),
                ...(facts.manifest ? { manifest: facts.manifest } : {}),
            };
        const atCheckout = await fs
            .stat(node_path__WEBPACK_IMPORTED_MODULE_0___default().join(current, '.git'))
            .then(() => true)
            .catch(() => false);
        const parent = node_path__WEBPACK_IMPORTED_MODULE_0___default().dirname(current);
        if (atCheckout || parent === current || current === context.adapters.runtime.homeDir)
            break;
        current = parent;
    }
    const facts = await rootFacts(dir, context);
    return {
        root: node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(dir),
        detected: (0,_workspace_package_manager_js__WEBPACK_IMPORTED_MODULE_1__/* .detectPackageManager */ .Lv)(facts),
        ...(facts.manifest ? { manifest: facts.manifest } : {}),
    };
}
/** Detection at a folder taken as the repository root (install's DIR). */
async function managerAt(root, context) {
    const facts = await rootFacts(root, context);
    return {
        root: node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(root),
        detected: (0,_workspace_package_manager_js__WEBPACK_IMPORTED_MODULE_1__/* .detectPackageManager */ .Lv)(facts),
        ...(facts.manifest ? { manifest: facts.manifest } : {}),
    };
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

/***/ 68270:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   h: () => (/* binding */ settingsForPackage)
/* harmony export */ });
/* unused harmony export matchesFolder */
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(14006);
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(picomatch__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _defaults_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(31954);
/* harmony import */ var _util_size_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(57155);



/**
 * Top-level settings, then every `packages:` entry object whose `path` matches
 * the package folder (relative to the root, POSIX), in file order.
 */
function settingsForPackage(config, relDir) {
    const layers = [pickSettings(config)];
    for (const entry of config.packages ?? []) {
        if (typeof entry === 'object' && matchesFolder(entry.path, relDir))
            layers.push(pickSettings(entry));
    }
    const merged = {
        failOn: 'error',
        rules: {},
        budgets: { tarballSize: _defaults_js__WEBPACK_IMPORTED_MODULE_1__/* .DEFAULT_TARBALL_BUDGET */ .dk, unpackedSize: _defaults_js__WEBPACK_IMPORTED_MODULE_1__/* .DEFAULT_UNPACKED_BUDGET */ .wb },
        layout: { engineFloor: _defaults_js__WEBPACK_IMPORTED_MODULE_1__/* .DEFAULT_ENGINE_FLOOR */ .oh, allowFiles: [] },
        smoke: {},
        scan: {},
    };
    for (const layer of layers) {
        if (layer.failOn)
            merged.failOn = layer.failOn;
        Object.assign(merged.rules, layer.rules ?? {});
        if (layer.budgets?.tarballSize !== undefined)
            merged.budgets.tarballSize = (0,_util_size_js__WEBPACK_IMPORTED_MODULE_0__/* .parseSize */ .D)(layer.budgets.tarballSize);
        if (layer.budgets?.unpackedSize !== undefined)
            merged.budgets.unpackedSize = (0,_util_size_js__WEBPACK_IMPORTED_MODULE_0__/* .parseSize */ .D)(layer.budgets.unpackedSize);
        if (layer.budgets?.startupMs !== undefined)
            merged.budgets.startupMs = layer.budgets.startupMs;
        if (layer.layout?.engineFloor !== undefined)
            merged.layout.engineFloor = String(layer.layout.engineFloor);
        if (layer.layout?.allowFiles)
            merged.layout.allowFiles = [...merged.layout.allowFiles, ...layer.layout.allowFiles];
        merged.smoke = { ...merged.smoke, ...layer.smoke };
        merged.scan = { ...merged.scan, ...layer.scan };
    }
    return merged;
}
function pickSettings(source) {
    const { failOn, rules, budgets, layout, smoke, scan } = source;
    return { failOn, rules, budgets, layout, smoke, scan };
}
function matchesFolder(pattern, relDir) {
    const clean = (p) => p.replace(/^\.\/+/, '').replace(/\/+$/, '') || '.';
    return picomatch__WEBPACK_IMPORTED_MODULE_2___default()(clean(pattern), { dot: true })(clean(relDir));
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

/***/ 72550:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AJ: () => (/* binding */ buildScript),
/* harmony export */   I4: () => (/* binding */ coversMissingOutput),
/* harmony export */   Oe: () => (/* binding */ buildCommand),
/* harmony export */   _y: () => (/* binding */ checkBuildOutput),
/* harmony export */   ui: () => (/* binding */ buildOutputAnalysis)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(14006);
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(picomatch__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _workspace_package_manager_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(34907);
/* harmony import */ var _references_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(36342);




const cache = new WeakMap();
/** Every file known to exist: the packed list and the referenced files that were read. */
function knownFiles(ctx) {
    const known = new Set(ctx.packed ?? []);
    for (const [rel, fact] of Object.entries(ctx.facts.files))
        if (fact.kind === 'file')
            known.add(rel);
    return [...known];
}
/** Not on disk (a referenced file that was not read counts as missing, as the bin and entry rules count it). */
function isMissing(ctx, rel) {
    return (ctx.facts.files[rel]?.kind ?? 'missing') === 'missing';
}
/** The folder part of a target before any `*`. */
function folderOf(rel) {
    const star = rel.indexOf('*');
    const fixed = star === -1 ? rel : rel.slice(0, star);
    const dir = star === -1 ? node_path__WEBPACK_IMPORTED_MODULE_0___default().posix.dirname(fixed) : fixed.replace(/\/[^/]*$/, '');
    return dir === '.' || !fixed.includes('/') ? '' : dir;
}
function buildOutputAnalysis(ctx) {
    const cached = cache.get(ctx);
    if (cached)
        return cached;
    const known = knownFiles(ctx);
    const holdsFiles = (dir) => known.some((f) => f.startsWith(`${dir}/`));
    const candidates = [];
    for (const bin of (0,_references_js__WEBPACK_IMPORTED_MODULE_2__/* .binTargets */ .Qd)(ctx.manifest)) {
        const rel = (0,_references_js__WEBPACK_IMPORTED_MODULE_2__/* .normalizeTarget */ .R_)(bin.target);
        if (rel && isMissing(ctx, rel))
            candidates.push({ label: `bin "${bin.name}"`, rel, jsonPath: bin.jsonPath });
    }
    for (const entry of (0,_references_js__WEBPACK_IMPORTED_MODULE_2__/* .entryTargets */ .Bt)(ctx.manifest)) {
        if (entry.field === 'exports' && !entry.target.startsWith('./'))
            continue;
        const rel = (0,_references_js__WEBPACK_IMPORTED_MODULE_2__/* .normalizeTarget */ .R_)(entry.target);
        if (!rel)
            continue;
        if (rel.includes('*')) {
            const matches = picomatch__WEBPACK_IMPORTED_MODULE_3___default()(rel.replace(/\*/g, '**'), { dot: true });
            if (!known.some((f) => matches(f)))
                candidates.push({ label: entry.label, rel, jsonPath: entry.jsonPath });
            continue;
        }
        if (!isMissing(ctx, rel))
            continue;
        // `main` resolves as CommonJS does: an extension or index.js may still find it.
        if (entry.field === 'main' &&
            [`${rel}.js`, `${rel}.json`, `${rel}.node`, `${rel}/index.js`].some((c) => known.includes(c)))
            continue;
        candidates.push({ label: entry.label, rel, jsonPath: entry.jsonPath });
    }
    // A pattern counts only when its whole top folder is empty: a pattern into a
    // missing subfolder of a built output is more likely wrong than unbuilt.
    const missing = candidates.filter((c) => {
        const dir = folderOf(c.rel);
        return dir !== '' && !holdsFiles(c.rel.includes('*') ? dir.split('/')[0] : dir);
    });
    // A folder inside another missing folder is named by the outer one.
    const dirs = [...new Set(missing.map((m) => folderOf(m.rel)))];
    const folders = dirs.filter((d) => !dirs.some((o) => o !== d && d.startsWith(`${o}/`)));
    const result = { missing, rels: new Set(missing.map((m) => m.rel)), folders };
    cache.set(ctx, result);
    return result;
}
/** The script that builds the package, if package.json has one. */
function buildScript(manifest) {
    const scripts = manifest.scripts;
    if (!scripts || typeof scripts !== 'object')
        return undefined;
    const s = scripts;
    return ['build', 'prepack', 'prepare', 'prepublishOnly'].find((n) => typeof s[n] === 'string' && s[n] !== '');
}
/** `pnpm run build`: the script run with the repository's manager, as a user types it. */
function buildCommand(ctx, script) {
    return (0,_workspace_package_manager_js__WEBPACK_IMPORTED_MODULE_1__/* .displayCommand */ .kc)((0,_workspace_package_manager_js__WEBPACK_IMPORTED_MODULE_1__/* .runScriptCommand */ .ce)(ctx.packManager, script));
}
const MAX_PATHS = 20;
const checkBuildOutput = (ctx) => {
    const { missing, folders } = buildOutputAnalysis(ctx);
    const [first] = missing;
    if (!first)
        return [];
    const byPath = new Map();
    for (const m of missing)
        byPath.set(m.rel, [...(byPath.get(m.rel) ?? []), m.label]);
    const paths = [...byPath].map(([rel, labels]) => `${rel} (${labels.join(', ')})`);
    const shown = paths.slice(0, MAX_PATHS).join('; ');
    const more = paths.length > MAX_PATHS ? `; and ${paths.length - MAX_PATHS} more` : '';
    const where = folders.map((f) => `${f}/`).join(', ');
    const count = missing.length === 1 ? 'the target of' : `all ${missing.length} targets of`;
    const verb = missing.length === 1 ? 'points' : 'point';
    const message = `the build output is missing: ${where} ${folders.length === 1 ? 'holds' : 'hold'} no file, so ${count} ${fieldsOf(missing)} ${verb} at nothing: ${shown}${more}`;
    const script = buildScript(ctx.manifest);
    const fix = script
        ? `Run the build: \`${buildCommand(ctx, script)}\` (the package's "${script}" script) before validating and packing, and keep ${where} in "files".`
        : `Nothing builds these files: package.json has no "build" script. Add one that writes ${where}, or point the fields at files that exist.`;
    return [ctx.at('layout/build-output-missing', first.jsonPath, message, fix)];
};
function fieldsOf(missing) {
    const fields = [...new Set(missing.map((m) => (m.label.startsWith('bin ') ? 'bin' : m.label.replace(/\[.*$/, ''))))];
    return fields.map((f) => `"${f}"`).join(', ');
}
/** Whether a path (a `files` entry) is one of the missing output folders or inside/around one. */
function coversMissingOutput(analysis, rel) {
    return analysis.folders.some((f) => f === rel || f.startsWith(`${rel}/`) || rel.startsWith(`${f}/`));
}


/***/ }),

/***/ 57155:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ parseSize),
/* harmony export */   X: () => (/* binding */ formatSize)
/* harmony export */ });
const UNITS = { b: 1, kb: 1e3, mb: 1e6, gb: 1e9, kib: 1024, mib: 1024 ** 2, gib: 1024 ** 3 };
/** Bytes from a config size: a number, or "10 MB", "512kB", "2 MiB" (validated by the schema). */
function parseSize(value) {
    if (typeof value === 'number')
        return value;
    const match = /^\s*(\d+(?:\.\d+)?)\s*([a-z]*)\s*$/i.exec(value);
    if (!match)
        throw new Error(`not a size: ${value}`);
    const unit = (match[2] ?? '').toLowerCase() || 'b';
    const factor = UNITS[unit];
    if (factor === undefined)
        throw new Error(`unknown size unit: ${unit}`);
    return Math.round(Number(match[1]) * factor);
}
/** "9.5 MB", "812 kB", "120 B" (decimal units, as npm prints them). */
function formatSize(bytes) {
    if (bytes >= 1e6)
        return `${(bytes / 1e6).toFixed(1)} MB`;
    if (bytes >= 1e3)
        return `${(bytes / 1e3).toFixed(1)} kB`;
    return `${bytes} B`;
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

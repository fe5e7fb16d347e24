export const id = 9391;
export const ids = [9391];
export const modules = {

/***/ 9391:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   packCommand: () => (/* binding */ packCommand)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(92174);
/* harmony import */ var _release_manifest_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(81470);
/* harmony import */ var _report_outcome_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(53860);
/* harmony import */ var _release_packed_check_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(32458);
/* harmony import */ var _rules_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7800);
/* harmony import */ var _package_manager_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(85946);
/* harmony import */ var _define_command_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3445);
/* harmony import */ var _option_catalog_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(27405);
/* harmony import */ var _packages_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(63633);










const OPTIONS = (0,_define_command_js__WEBPACK_IMPORTED_MODULE_4__/* .pickOptions */ .Sb)({
    directory: true,
    config: { description: _option_catalog_js__WEBPACK_IMPORTED_MODULE_5__/* .SHARED_DESCRIPTIONS */ .OD.configInDirectory },
    'fail-on': {
        description: 'Accepted like every command takes it; a package that does not pack always fails the command.',
    },
    out: {
        description: 'Folder for the tarball and release-manifest.json (default: the package folder; one sub-folder per package in a monorepo).',
    },
});
const packCommand = (0,_define_command_js__WEBPACK_IMPORTED_MODULE_4__/* .defineCommand */ .NB)({
    name: 'pack',
    summary: "Pack once with the repository's manager (npm pack, pnpm pack, yarn pack or bun pm pack; no lifecycle scripts), refuse a tarball with workspace:/catalog:/file:/link: dependencies or missing build output, and record its integrity, files and commit in release-manifest.json.",
    positional: 'directory',
    options: OPTIONS,
    outputs: {
        tarball: 'Path of the tarball (this and the other tarball outputs are set when one package was packed).',
        manifest: 'Path of release-manifest.json.',
        integrity: true,
        shasum: 'sha1 of the tarball.',
        'package-name': true,
        'package-version': true,
    },
    run: pack,
});
async function pack(input, context) {
    const started = performance.now();
    const { discovery } = await (0,_packages_js__WEBPACK_IMPORTED_MODULE_6__/* .openWorkspace */ .OH)(input.directory, input.config, context);
    const packages = [];
    const outputs = {};
    const notes = [];
    for (const pkg of discovery.packages) {
        const outBase = input.out ? node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(context.cwd, input.out) : pkg.dir;
        const outDir = input.out && discovery.packages.length > 1 ? node_path__WEBPACK_IMPORTED_MODULE_0___default().join(outBase, pkg.relDir.replace(/[\\/]/g, '-')) : outBase;
        await context.adapters.fs.mkdir(outDir, { recursive: true }).catch((error) => {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_7__/* .UsageError */ .eb(`pack: --out: cannot create ${outDir}: ${error.message}`);
        });
        const owner = await (0,_package_manager_js__WEBPACK_IMPORTED_MODULE_3__/* .managerRootOf */ .D3)(pkg.dir, context);
        const manager = owner.detected.name;
        if (manager === 'yarn') {
            const scripts = (await context.adapters.fs.readJsonObject(node_path__WEBPACK_IMPORTED_MODULE_0___default().join(pkg.dir, 'package.json')).catch(() => undefined))?.scripts;
            const hooks = ['prepack', 'postpack'].filter((h) => typeof scripts?.[h] === 'string');
            // https://yarnpkg.com/advanced/lifecycle-scripts: called at the beginning and the end of each yarn pack.
            if (hooks.length)
                notes.push(`${pkg.relDir}: yarn pack runs its ${hooks.join(' and ')} script (yarn has no switch to skip them)`);
        }
        const result = await context.log.step(`${manager === 'bun' ? 'bun pm' : manager} pack ${pkg.relDir}`, () => packOne(pkg.dir, outDir, owner, context));
        if (!result.ok) {
            const file = pkg.relDir === '.' ? 'package.json' : `${pkg.relDir}/package.json`;
            packages.push({
                name: result.name ?? pkg.relDir,
                ...(result.version ? { version: result.version } : {}),
                dir: pkg.relDir,
                ok: false,
                findings: (0,_rules_js__WEBPACK_IMPORTED_MODULE_2__/* .rateAll */ .US)('error' in result ? [{ rule: 'pack/failed', message: result.error, file: 'package.json' }] : result.findings, {}, { prefix: pkg.relDir, ...(result.name ? { package: result.name } : {}) }).map((f) => ({ ...f, file: f.file ?? file })),
            });
            continue;
        }
        const m = result.manifest;
        const shown = (file) => (0,_report_outcome_js__WEBPACK_IMPORTED_MODULE_1__/* .displayPath */ .Gt)(file, context.cwd, (node_path__WEBPACK_IMPORTED_MODULE_0___default().relative));
        packages.push({
            name: m.package,
            version: m.version,
            dir: pkg.relDir,
            ok: true,
            findings: [],
            outcome: (0,_report_outcome_js__WEBPACK_IMPORTED_MODULE_1__/* .packOutcomeText */ .nY)({
                name: m.package,
                version: m.version,
                tarball: shown(node_path__WEBPACK_IMPORTED_MODULE_0___default().join(outDir, m.tarball)),
                manifest: shown(node_path__WEBPACK_IMPORTED_MODULE_0___default().join(outDir, _release_manifest_js__WEBPACK_IMPORTED_MODULE_8__/* .MANIFEST_FILE */ .h)),
                size: m.size,
                files: m.files.length,
                integrity: m.integrity,
            }),
        });
        if (discovery.packages.length === 1) {
            Object.assign(outputs, {
                tarball: node_path__WEBPACK_IMPORTED_MODULE_0___default().join(outDir, m.tarball),
                manifest: node_path__WEBPACK_IMPORTED_MODULE_0___default().join(outDir, _release_manifest_js__WEBPACK_IMPORTED_MODULE_8__/* .MANIFEST_FILE */ .h),
                integrity: m.integrity,
                shasum: m.shasum,
                'package-name': m.package,
                'package-version': m.version,
            });
        }
    }
    return (0,_packages_js__WEBPACK_IMPORTED_MODULE_6__/* .aggregateReport */ .yf)('pack', packages, { total: Math.round(performance.now() - started) }, [...(0,_packages_js__WEBPACK_IMPORTED_MODULE_6__/* .skippedNotes */ .CC)(discovery.skippedPrivate), ...notes], outputs);
}
/**
 * Pack with the repository's own manager (npm pack; pnpm pack, yarn pack and
 * bun pm pack rewrite workspace: and catalog: ranges), then check the tarball
 * before anything is published: no local protocol left, every bin, main and
 * exports target inside. Only a clean tarball gets its release-manifest.json.
 */
async function packOne(dir, outDir, owner, context) {
    const { fs, git, npmCli, tarball } = context.adapters;
    const manager = owner.detected.name;
    let packed;
    let packedManifest;
    let digests;
    // The commit is read while the folder is packed.
    const headCommit = git.headCommit(dir);
    headCommit.catch(() => undefined); // awaited below, when the tarball is kept
    if (manager === 'npm') {
        const result = await npmCli.pack(dir, outDir);
        if (!result.ok)
            return result;
        packed = result.packed;
        // One read of the tarball: the manifest checked and the digests recorded come from the same bytes.
        const read = await tarball.readTarballOnce(node_path__WEBPACK_IMPORTED_MODULE_0___default().join(outDir, packed.filename));
        packedManifest = read.inspection.manifest;
        digests = read.digests;
    }
    else {
        const result = await context.adapters.packageManagers.for(owner.detected).pack(dir, outDir);
        if (!result.ok)
            return result;
        const read = await tarball.tarballContents(result.tarball);
        packedManifest = read.manifest;
        digests = read.digests;
        packed = {
            name: typeof packedManifest?.name === 'string' ? packedManifest.name : '',
            version: typeof packedManifest?.version === 'string' ? packedManifest.version : '',
            filename: node_path__WEBPACK_IMPORTED_MODULE_0___default().relative(outDir, result.tarball) || node_path__WEBPACK_IMPORTED_MODULE_0___default().basename(result.tarball),
            size: read.size,
            unpackedSize: read.files.reduce((sum, f) => sum + f.size, 0),
            files: read.files,
        };
    }
    if (!packedManifest)
        return { ok: false, error: `${packed.filename} holds no readable package.json` };
    const source = await fs.readJsonObject(node_path__WEBPACK_IMPORTED_MODULE_0___default().join(dir, 'package.json')).catch(() => undefined);
    const scripts = source?.scripts;
    const problems = (0,_release_packed_check_js__WEBPACK_IMPORTED_MODULE_9__/* .packedFindings */ .tH)(packedManifest, packed.files.map((f) => f.path), { name: manager, buildScript: typeof scripts?.build === 'string' });
    if (problems.length) {
        // Refused: the tarball is removed, so no later step can publish it.
        await fs.rm(node_path__WEBPACK_IMPORTED_MODULE_0___default().join(outDir, packed.filename), { force: true });
        return { ok: false, findings: problems, name: packed.name, version: packed.version };
    }
    const commit = await headCommit;
    const manifest = {
        schemaVersion: 1,
        package: packed.name,
        version: packed.version,
        commit: commit ?? null,
        tarball: packed.filename,
        size: packed.size,
        unpackedSize: packed.unpackedSize,
        ...digests,
        files: packed.files.map((f) => ({ path: f.path, size: f.size })),
        created: context.adapters.clock.now().toISOString(),
        tool: { name: 'mcp-release-kit', version: context.adapters.runtime.toolVersion },
    };
    await fs.writeFile(node_path__WEBPACK_IMPORTED_MODULE_0___default().join(outDir, _release_manifest_js__WEBPACK_IMPORTED_MODULE_8__/* .MANIFEST_FILE */ .h), `${JSON.stringify(manifest, null, 2)}\n`);
    return { ok: true, manifest };
}


/***/ }),

/***/ 85946:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D3: () => (/* binding */ managerRootOf),
/* harmony export */   d8: () => (/* binding */ managerAt)
/* harmony export */ });
/* unused harmony export rootFacts */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _workspace_package_manager_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(36377);


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

/***/ 2764:
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

/***/ 84472:
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

/***/ 81470:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   h: () => (/* binding */ MANIFEST_FILE)
/* harmony export */ });
const MANIFEST_FILE = 'release-manifest.json';


/***/ }),

/***/ 32458:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   dR: () => (/* binding */ unresolvedDependencies),
/* harmony export */   ds: () => (/* binding */ unsafeNames),
/* harmony export */   tH: () => (/* binding */ packedFindings)
/* harmony export */ });
/* unused harmony export missingTargets */
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6310);
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(picomatch__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _files_packed_names_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2764);
/* harmony import */ var _layout_references_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(84472);



/*
 * Checks of a packed tarball before anything is published: over the package.json
 * inside it and its file list (paths relative to the package, without "package/").
 */
/** Dependency fields that reach a user's install (devDependencies never do). */
const RUNTIME_FIELDS = ['dependencies', 'optionalDependencies', 'peerDependencies'];
/**
 * Protocols only the repository's own manager understands. A registry install
 * of a package holding them fails with EUNSUPPORTEDPROTOCOL (FACTS "Package managers").
 */
const LOCAL_PROTOCOL = /^(workspace|catalog|file|link):/;
/** Runtime dependency specs in the packed manifest that still use a local protocol. */
function unresolvedDependencies(manifest) {
    const out = [];
    for (const field of RUNTIME_FIELDS) {
        const deps = manifest[field];
        if (!deps || typeof deps !== 'object' || Array.isArray(deps))
            continue;
        for (const [name, spec] of Object.entries(deps))
            if (typeof spec === 'string' && LOCAL_PROTOCOL.test(spec.trim()))
                out.push({ field, name, spec });
    }
    return out;
}
/**
 * `bin`, `main` and `exports` targets (every condition and subpath) the tarball
 * does not hold. `main` resolves as CommonJS does (extensions, index.js); a
 * pattern with `*` counts when it matches any packed file; exports targets not
 * starting with "./" and targets outside the package are validate's business.
 */
function missingTargets(manifest, files) {
    const packed = new Set(files);
    const out = [];
    const check = (label, target, candidates) => {
        const rel = (0,_layout_references_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeTarget */ .R_)(target);
        if (!rel)
            return;
        if (rel.includes('*')) {
            const matches = picomatch__WEBPACK_IMPORTED_MODULE_1___default()(rel.replace(/\*/g, '**'), { dot: true });
            if (!files.some((f) => matches(f)))
                out.push({ label, path: rel });
            return;
        }
        if (!candidates(rel).some((c) => packed.has(c)))
            out.push({ label, path: rel });
    };
    for (const bin of (0,_layout_references_js__WEBPACK_IMPORTED_MODULE_0__/* .binTargets */ .Qd)(manifest))
        check(`bin "${bin.name}"`, bin.target, (rel) => [rel]);
    for (const entry of (0,_layout_references_js__WEBPACK_IMPORTED_MODULE_0__/* .entryTargets */ .Bt)(manifest)) {
        if (entry.field === 'main')
            check('main', entry.target, (rel) => [rel, `${rel}.js`, `${rel}.json`, `${rel}.node`, `${rel}/index.js`]);
        else if (entry.field === 'exports' && entry.target.startsWith('./'))
            check(entry.label, entry.target, (rel) => [rel]);
    }
    return out;
}
/**
 * The findings of a packed tarball: one per unresolved dependency, and ONE
 * listing every missing build output (they share one cause and one fix).
 */
function packedFindings(manifest, files, manager) {
    const findings = unresolvedDependencies(manifest).map((d) => ({
        rule: 'pack/unresolved-protocol',
        message: `${d.field} "${d.name}": "${d.spec}" is still in the packed package.json; a registry install fails on it (EUNSUPPORTEDPROTOCOL)`,
        file: 'package.json',
        fix: `Pack with the repository's manager (${manager.name === 'npm' ? 'npm cannot rewrite it: use a real version range' : `\`mcp-release pack\` runs ${manager.name === 'bun' ? 'bun pm pack' : `${manager.name} pack`}`}), whose pack rewrites it to a real version range.`,
    }));
    const unsafe = unsafeNames(files);
    if (unsafe.length)
        findings.push({
            rule: 'pack/unsafe-name',
            message: `the tarball holds ${unsafe.length === 1 ? 'a file name' : `${unsafe.length} file names`} that would write outside the package when extracted: ${unsafe.slice(0, 5).join('; ')}${unsafe.length > 5 ? '; ...' : ''}`,
            file: 'package.json',
        });
    const missing = missingTargets(manifest, files);
    if (missing.length) {
        const list = missing.map((m) => `${m.label} -> ${m.path}`).join(', ');
        findings.push({
            rule: 'pack/unbuilt',
            message: `the tarball lacks ${missing.length === 1 ? 'a build output' : `${missing.length} build outputs`} (was the package built?): ${list}`,
            file: 'package.json',
            fix: manager.buildScript
                ? `Run the build (\`${manager.name} run build\` in the package folder, or \`mcp-release install --build\` at the repository root) before packing, and check "files" includes the output.`
                : 'Build the package before packing (it has no "build" script), and check "files" includes the output.',
        });
    }
    return findings;
}
/** Packed names that climb out, are absolute or hold control characters, each quoted with why (`pack/unsafe-name`). */
function unsafeNames(files) {
    return files.flatMap((file) => {
        const problem = (0,_files_packed_names_js__WEBPACK_IMPORTED_MODULE_2__/* .packedNameProblem */ .V)(file);
        return problem ? [`${(0,_files_packed_names_js__WEBPACK_IMPORTED_MODULE_2__/* .quoteName */ .A)(file)} ${problem}`] : [];
    });
}


/***/ }),

/***/ 53860:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gt: () => (/* binding */ displayPath),
/* harmony export */   nE: () => (/* binding */ publishOutcomeText),
/* harmony export */   nY: () => (/* binding */ packOutcomeText)
/* harmony export */ });
/* harmony import */ var _util_size_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(69809);

/** A path as the user reads it: relative to where they ran the command when it is below it, else absolute. */
function displayPath(file, cwd, relative) {
    const rel = relative(cwd, file);
    return rel && !rel.startsWith('..') && !/^([a-zA-Z]:)?[\\/]/.test(rel) ? rel : file;
}
/** `pack`: the tarball path first (what the next step needs), then what is in it. */
function packOutcomeText(packed) {
    return [
        `packed ${packed.name}@${packed.version} into ${packed.tarball}`,
        `${(0,_util_size_js__WEBPACK_IMPORTED_MODULE_0__/* .formatSize */ .X)(packed.size)}, ${packed.files} file${packed.files === 1 ? '' : 's'}, integrity ${packed.integrity}`,
        `release manifest: ${packed.manifest}`,
    ];
}
/**
 * publish in one sentence: published where and under which dist-tag, found
 * already published (nothing done, or only the dist-tag moved), staged, or a
 * dry run that sent nothing (with the commands it would run).
 */
function publishOutcomeText(facts) {
    const id = `${facts.name}@${facts.version}`;
    const { registry, tag } = facts;
    const provenance = facts.provenance === 'asked' ? 'yes' : facts.provenance === 'off' ? 'no' : (facts.provenance ?? 'left to npm');
    const moved = facts.commands.some((c) => c.startsWith('npm dist-tag add '));
    switch (facts.outcome) {
        case 'published':
            return [`published ${id} to ${registry} with dist-tag ${tag} (provenance: ${provenance})`];
        case 'staged':
            return [
                `staged ${id} on ${registry} for dist-tag ${tag} (provenance: ${provenance}); not installable until a maintainer runs \`npm stage approve ${facts.stageId ?? '<id>'}\``,
            ];
        case 'already-staged':
            return [`already staged: ${id} waits for approval on ${registry} for dist-tag ${tag}; nothing sent`];
        case 'already-published':
            return [
                moved
                    ? `already published: ${id} is on ${registry} with the same integrity; only dist-tag ${tag} was moved to it`
                    : `already published: ${id} is on ${registry} with the same integrity and dist-tag ${tag}; nothing done`,
            ];
        case 'dry-run':
            return facts.commands.length
                ? [
                    `dry run: nothing sent to ${registry}; ${id} would get dist-tag ${tag}; would run:`,
                    ...facts.commands.map((c) => `  ${c}`),
                ]
                : [
                    `dry run: nothing sent; ${id} is already on ${registry} with the same integrity and dist-tag ${tag}: nothing would run`,
                ];
        case 'refused':
            return [`not published: ${id} was not published to ${registry} with dist-tag ${tag} (see the findings)`];
    }
}


/***/ }),

/***/ 69809:
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

/***/ 36377:
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

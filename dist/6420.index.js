export const id = 6420;
export const ids = [6420];
export const modules = {

/***/ 26420:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  installCommand: () => (/* binding */ installCommand)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(92174);
// EXTERNAL MODULE: ./src/rules.ts + 3 modules
var rules = __webpack_require__(7800);
;// CONCATENATED MODULE: ./src/workspace/build-order.ts
const DEPENDENCY_FIELDS = ['dependencies', 'devDependencies', 'optionalDependencies', 'peerDependencies'];
/** Every dependency name a package.json declares. */
function declaredDependencies(manifest) {
    const names = new Set();
    for (const field of DEPENDENCY_FIELDS) {
        const deps = manifest[field];
        if (deps && typeof deps === 'object' && !Array.isArray(deps))
            for (const name of Object.keys(deps))
                names.add(name);
    }
    return [...names];
}
/**
 * The packages in build order: each after the workspace packages it depends on
 * (internal dependencies first), ties kept in the given order. A cycle is an
 * error naming its packages, since no order builds them.
 */
function buildOrder(nodes) {
    const byName = new Map(nodes.map((n) => [n.name, n]));
    const state = new Map();
    const order = [];
    const stack = [];
    const visit = (node) => {
        const seen = state.get(node.name);
        if (seen === 'done')
            return undefined;
        if (seen === 'visiting')
            return [...stack.slice(stack.indexOf(node.name)), node.name];
        state.set(node.name, 'visiting');
        stack.push(node.name);
        for (const dep of node.dependsOn) {
            const target = byName.get(dep);
            if (!target || target === node)
                continue;
            const cycle = visit(target);
            if (cycle)
                return cycle;
        }
        stack.pop();
        state.set(node.name, 'done');
        order.push(node);
        return undefined;
    };
    for (const node of nodes) {
        const cycle = visit(node);
        if (cycle)
            return { cycle };
    }
    return { order };
}

// EXTERNAL MODULE: ./src/workspace/package-manager.ts
var package_manager = __webpack_require__(36377);
// EXTERNAL MODULE: ./src/commands/define-command.ts
var define_command = __webpack_require__(3445);
// EXTERNAL MODULE: ./src/commands/package-manager.ts
var commands_package_manager = __webpack_require__(85946);
// EXTERNAL MODULE: ./src/commands/packages.ts + 1 modules
var commands_packages = __webpack_require__(63633);
;// CONCATENATED MODULE: ./src/commands/install.ts








const OPTIONS = (0,define_command/* pickOptions */.Sb)({
    directory: { description: 'The repository root (default: the current folder).' },
    'dry-run': { description: 'Only detect the package manager and print the commands it would run.' },
    build: true,
});
const installCommand = (0,define_command/* defineCommand */.NB)({
    name: 'install',
    summary: "Install with the repository's own package manager (npm ci, pnpm, yarn berry or bun; frozen lockfile, dependency scripts off), then optionally build every workspace package in dependency order.",
    positional: 'directory',
    options: OPTIONS,
    outputs: {
        'package-manager': 'The repository\'s package manager: npm, pnpm, yarn or bun ("packageManager", else the lockfile).',
        'package-manager-version': 'The version "packageManager" declares, else empty.',
        lockfile: 'The lockfile, relative to the repository root, else empty.',
        setup: 'How CI gets the manager: corepack (pnpm, yarn), bun (oven-sh/setup-bun) or none (npm).',
    },
    run: install,
});
async function install(input, context) {
    const started = performance.now();
    const root = external_node_path_default().resolve(context.cwd, input.directory);
    await (0,commands_packages/* requireDirectory */.T)(root, input.directory, context);
    const { detected, manifest } = await (0,commands_package_manager/* managerAt */.d8)(root, context);
    if (!manifest)
        throw new errors/* UsageError */.eb(`install: ${external_node_path_default().join(input.directory, 'package.json')} is missing or unreadable`);
    const outputs = {
        'package-manager': detected.name,
        'package-manager-version': detected.version ?? '',
        lockfile: detected.lockfile ?? '',
        setup: (0,package_manager/* setupKind */.Gu)(detected.name),
    };
    const notes = [
        `package manager: ${detected.name}${detected.version ? `@${detected.version}` : ''} (from ${detected.source === 'packageManager'
            ? '"packageManager"'
            : detected.source === 'lockfile'
                ? detected.lockfile
                : 'no packageManager field and no lockfile: npm'})`,
    ];
    const raw = [];
    const fieldProblem = (0,package_manager/* packageManagerFieldProblem */.TB)(manifest);
    if (fieldProblem)
        notes.push(`ignored ${fieldProblem}`);
    const packages = input.build ? await buildPlan(root, manifest, context) : [];
    const lines = [
        (0,package_manager/* displayCommand */.kc)((0,package_manager/* installCommand */.Je)(detected.name)),
        ...packages.map((p) => `(cd ${p.dir}) ${(0,package_manager/* displayCommand */.kc)((0,package_manager/* runScriptCommand */.ce)(detected.name, 'build'))}`),
    ];
    const names = (p) => `${p.name} (${p.dir})`;
    if (input['dry-run']) {
        notes.push(`would run: ${lines.join('; ')}`);
        if (input.build && !packages.length)
            notes.push('no workspace package has a "build" script');
        return finish(raw, notes);
    }
    if (!detected.lockfile) {
        raw.push({
            rule: 'install/failed',
            message: `no lockfile at the repository root: a frozen install needs one (run \`${detected.name} install\` and commit the lockfile)`,
            file: 'package.json',
        });
        return finish(raw, notes);
    }
    const tool = context.adapters.packageManagers.for(detected);
    const installed = await context.log.step(`install: ${lines[0]}`, () => tool.install(root, { frozen: true, ignoreScripts: true }));
    if (!installed.ok) {
        raw.push({ rule: 'install/failed', message: installed.error, file: detected.lockfile });
        return finish(raw, notes);
    }
    for (const pkg of packages) {
        const built = await context.log.step(`install: build ${names(pkg)}`, () => tool.runScript(external_node_path_default().join(root, pkg.dir), 'build'));
        if (!built.ok) {
            raw.push({
                rule: 'install/failed',
                message: `the build of ${names(pkg)} failed: ${built.error}`,
                file: pkg.dir === '.' ? 'package.json' : `${pkg.dir}/package.json`,
            });
            notes.push(`not built after the failure: ${packages
                .slice(packages.indexOf(pkg) + 1)
                .map(names)
                .join(', ') || 'none'}`);
            break;
        }
        notes.push(`built ${names(pkg)}`);
    }
    return finish(raw, notes);
    function finish(findingsRaw, finalNotes) {
        const findings = (0,rules/* rateAll */.US)(findingsRaw);
        return (0,commands_packages/* aggregateReport */.yf)('install', [
            {
                name: typeof manifest?.name === 'string' ? manifest.name : external_node_path_default().basename(root),
                dir: '.',
                ok: findings.every((f) => f.severity !== 'error'),
                findings,
            },
        ], { total: Math.round(performance.now() - started) }, finalNotes, outputs);
    }
}
/**
 * The workspace packages with a `build` script, internal dependencies first:
 * every member of the root's workspace definition (`workspaceMembers`, private
 * ones included); the root itself builds when it has a build script and no
 * workspace.
 */
async function buildPlan(root, manifest, context) {
    const members = (await (0,commands_packages/* workspaceMembers */.F6)(root, context)) ?? [{ relDir: '.', manifest }];
    const nodes = members.map(({ relDir: dir, manifest: pkg }) => {
        const scripts = pkg.scripts;
        return {
            name: typeof pkg.name === 'string' ? pkg.name : dir,
            dir,
            dependsOn: declaredDependencies(pkg),
            hasBuild: typeof scripts?.build === 'string',
        };
    });
    const ordered = buildOrder(nodes);
    if ('cycle' in ordered)
        throw new errors/* UsageError */.eb(`install --build: the workspace packages depend on each other in a cycle (${ordered.cycle.join(' -> ')}); no build order exists`);
    return ordered.order.filter((n) => n.hasBuild).map(({ name, dir, dependsOn }) => ({ name, dir, dependsOn }));
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

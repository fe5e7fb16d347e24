export const id = 4731;
export const ids = [4731];
export const modules = {

/***/ 54731:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  yf: () => (/* binding */ aggregateReport),
  Wi: () => (/* binding */ kindNotes),
  RA: () => (/* binding */ libraryNotes),
  OH: () => (/* binding */ openWorkspace),
  MU: () => (/* binding */ packageAt),
  T: () => (/* binding */ requireDirectory),
  CC: () => (/* binding */ skippedNotes),
  F6: () => (/* binding */ workspaceMembers)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
;// CONCATENATED MODULE: ./src/config/discover.ts


/**
 * The packages a command works on. Without `packages:` it is the root folder:
 * undefined here. With it, each entry is a folder or a glob; `!glob` excludes.
 * An entry pointing outside the root is a configuration error, raised when
 * the search reaches it (an earlier entry's error comes first).
 */
function packageSearches(config, configLabel) {
    if (!config.packages)
        return undefined;
    const patterns = config.packages.map((entry) => (typeof entry === 'string' ? entry : entry.path));
    const excludes = patterns.filter((p) => p.startsWith('!')).map((p) => `${clean(p.slice(1))}/package.json`);
    const searches = [];
    for (const [index, pattern] of patterns.entries()) {
        if (pattern.startsWith('!'))
            continue;
        const target = clean(pattern);
        searches.push({
            index,
            pattern,
            glob: target === '.' ? 'package.json' : `${target}/package.json`,
            ignore: ['**/node_modules/**', ...excludes],
            wildcard: /[*?[\]{}]/.test(target),
            ...(target.split('/').includes('..')
                ? {
                    problem: `${configLabel}: packages[${index}]: "${pattern}" points outside the repository (allowed: folders or globs under the root)`,
                }
                : {}),
        });
    }
    return searches;
}
/**
 * The searches of a workspace definition (no config `packages:`): every entry
 * finds packages the way a wildcard does (a private one is skipped, a glob that
 * matches nothing is no error, as for the package managers); `!glob` excludes.
 */
function workspaceSearches(definition) {
    const field = definition.file === 'package.json' ? 'workspaces' : 'packages';
    const excludes = definition.patterns.filter((p) => p.startsWith('!')).map((p) => `${clean(p.slice(1))}/package.json`);
    const searches = [];
    for (const [index, pattern] of definition.patterns.entries()) {
        if (pattern.startsWith('!'))
            continue;
        const target = clean(pattern);
        const outside = target.split('/').includes('..') || target.startsWith('/');
        searches.push({
            index,
            pattern,
            glob: target === '.' ? 'package.json' : `${target}/package.json`,
            ignore: ['**/node_modules/**', ...excludes],
            wildcard: true,
            ...(outside
                ? {
                    problem: `${definition.file}: ${field}[${index}]: "${pattern}" points outside the repository (allowed: folders or globs under the root)`,
                }
                : {}),
        });
    }
    return searches;
}
/**
 * Whether a workspace root is itself one of the packages: not when it is
 * private or lacks a name or a version (the usual private monorepo root).
 */
function rootIsPackage(rootManifest) {
    if (!rootManifest || rootManifest.private === true)
        return false;
    return typeof rootManifest.name === 'string' && typeof rootManifest.version === 'string';
}
/**
 * A search that found nothing is a configuration error: a typo would otherwise
 * silently validate nothing.
 */
function checkSearchFound(search, manifests, rootDir, configLabel) {
    if (manifests.length === 0)
        throw new errors/* ConfigError */.xL(`${configLabel}: packages[${search.index}]: "${search.pattern}" matches no folder with a package.json under ${rootDir}`);
}
/** The folders the searches found (relative package.json paths), each marked named when a plain entry named it. */
function foundFolders(results) {
    const found = new Map();
    for (const { search, manifests } of results) {
        for (const manifest of manifests) {
            const relDir = external_node_path_default().posix.dirname(manifest);
            found.set(relDir, (found.get(relDir) ?? false) || !search.wildcard);
        }
    }
    return found;
}
/** Folders in order; the private ones a wildcard found are skipped (never published), named ones kept. */
function discovery(rootDir, found, isPrivate) {
    const packages = [];
    const skippedPrivate = [];
    for (const [relDir, named] of [...found.entries()].sort(([a], [b]) => a.localeCompare(b))) {
        if (!named && isPrivate(relDir))
            skippedPrivate.push(relDir);
        else
            packages.push({ dir: external_node_path_default().join(rootDir, relDir), relDir });
    }
    return { packages, skippedPrivate };
}
function clean(pattern) {
    return pattern.replace(/^\.\/+/, '').replace(/\/+$/, '') || '.';
}

// EXTERNAL MODULE: ./src/report/model.ts
var model = __webpack_require__(96867);
// EXTERNAL MODULE: ./src/workspace/classify.ts
var classify = __webpack_require__(83423);
// EXTERNAL MODULE: ./src/workspace/package-json-workspaces.ts
var package_json_workspaces = __webpack_require__(5775);
;// CONCATENATED MODULE: ./src/commands/packages.ts






/** The folder a package command works on, its config and its packages. */
async function openWorkspace(directory, configFlag, context) {
    const rootDir = external_node_path_default().resolve(context.cwd, directory);
    await requireDirectory(rootDir, directory, context);
    const { config, file } = await context.adapters.configFile.load(rootDir, configFlag ? external_node_path_default().resolve(context.cwd, configFlag) : undefined);
    const configLabel = file ? external_node_path_default().relative(context.cwd, file) || file : '.github/mcp-release.yml';
    const found = await discoverPackages(rootDir, config, configLabel, context);
    const packages = await Promise.all(found.discovery.packages.map((p) => describePackage(p, found.source, context)));
    return {
        rootDir,
        config,
        discovery: { packages, skippedPrivate: found.discovery.skippedPrivate },
        source: found.source,
        ...(found.definitionFile ? { definitionFile: found.definitionFile } : {}),
    };
}
/**
 * A package's name, version, privacy and kind, from its package.json and
 * whether a server.json is beside it. A folder given on its own that no
 * workspace holds (a standalone package) is the server the user pointed the
 * command at: it is checked and started as one whatever its dependencies, so
 * a server written without an SDK does not pass smoke by being skipped. A
 * workspace member given on its own (a PR-checks leg) is judged like the
 * workspace judges it.
 */
async function describePackage(pkg, source, context) {
    const manifest = await context.adapters.sourceTree.readJsonObject(external_node_path_default().join(pkg.dir, 'package.json'));
    const serverJson = await context.adapters.fs.stat(external_node_path_default().join(pkg.dir, 'server.json')).catch(() => undefined);
    const judged = (0,classify/* packageKindWithReason */.$r)(manifest, serverJson?.isFile() ?? false);
    const standalone = source === 'root' && judged.kind === 'library' && !(await inWorkspace(pkg.dir, context));
    const decision = standalone
        ? {
            kind: 'server',
            reason: `a standalone package given on its own (in a workspace it would be a library: ${judged.reason})`,
        }
        : judged;
    return {
        ...pkg,
        name: typeof manifest?.name === 'string' ? manifest.name : undefined,
        version: typeof manifest?.version === 'string' ? manifest.version : undefined,
        private: manifest?.private === true,
        kind: decision.kind,
        kindReason: decision.reason,
    };
}
/**
 * The packages a command works on: what the config's `packages:` entries find;
 * without them, what the root's workspace definition (package.json `workspaces`,
 * pnpm-workspace.yaml) finds; without one, the root folder
 * (src/config/discover.ts and src/workspace/definition.ts decide; the source
 * tree adapter globs and reads).
 */
async function discoverPackages(rootDir, config, configLabel, context) {
    const searches = packageSearches(config, configLabel);
    if (!searches)
        return discoverWorkspace(rootDir, context);
    return { discovery: await searchPackages(rootDir, searches, configLabel, context), source: 'config' };
}
async function discoverWorkspace(rootDir, context) {
    const tree = context.adapters.sourceTree;
    const lone = {
        discovery: { packages: [{ dir: rootDir, relDir: '.' }], skippedPrivate: [] },
        source: 'root',
    };
    const rootManifest = await tree.readJsonObject(external_node_path_default().join(rootDir, 'package.json'));
    const definition = await workspaceDefinition(rootManifest, await tree.readText(external_node_path_default().join(rootDir, package_json_workspaces/* PNPM_WORKSPACE_FILE */.dq)));
    if (!definition || !definition.patterns.some((p) => !p.startsWith('!')))
        return lone;
    const found = await searchPackages(rootDir, workspaceSearches(definition), definition.file, context, false);
    // The root is decided by its own package.json, whatever the globs matched.
    const packages = found.packages.filter((p) => p.relDir !== '.');
    const skippedPrivate = found.skippedPrivate.filter((relDir) => relDir !== '.');
    if (rootIsPackage(rootManifest))
        packages.unshift({ dir: rootDir, relDir: '.' });
    if (packages.length === 0 && skippedPrivate.length === 0)
        throw new errors/* ConfigError */.xL(`${definition.file}: ${definition.file === 'package.json' ? 'workspaces' : 'packages'} (${definition.patterns.join(', ')}) matches no folder with a package.json under ${rootDir}`);
    return { discovery: { packages, skippedPrivate }, source: 'workspace', definitionFile: definition.file };
}
async function searchPackages(rootDir, searches, label, context, 
/** Config entries must each find something (a typo would check nothing); a workspace glob need not, as for the managers. */
requireFound = true) {
    const tree = context.adapters.sourceTree;
    const results = [];
    for (const search of searches) {
        if (search.problem)
            throw new errors/* ConfigError */.xL(search.problem);
        const manifests = await tree.findFiles(rootDir, search.glob, search.ignore);
        if (requireFound)
            checkSearchFound(search, manifests, rootDir, label);
        results.push({ search, manifests });
    }
    const found = foundFolders(results);
    // An unreadable package.json is validated (not skipped), so the author sees why.
    const privateDirs = new Set();
    for (const [relDir, named] of found)
        if (!named && (await tree.readJsonObject(external_node_path_default().join(rootDir, relDir, 'package.json')))?.private === true)
            privateDirs.add(relDir);
    return discovery(rootDir, found, (relDir) => privateDirs.has(relDir));
}
/**
 * Every package the root's workspace definition (package.json `workspaces`,
 * pnpm-workspace.yaml `packages:`, src/workspace/definition.ts) lists, private
 * ones included, sorted by folder; undefined when the root defines no
 * workspace (or one of the root alone). A folder whose package.json is
 * unreadable is left out, as the managers leave it out.
 */
async function workspaceMembers(rootDir, context) {
    const tree = context.adapters.sourceTree;
    const rootManifest = await tree.readJsonObject(external_node_path_default().join(rootDir, 'package.json'));
    const definition = await workspaceDefinition(rootManifest, await tree.readText(external_node_path_default().join(rootDir, package_json_workspaces/* PNPM_WORKSPACE_FILE */.dq)));
    if (!definition || !definition.patterns.some((p) => !p.startsWith('!')))
        return undefined;
    const relDirs = new Set();
    for (const search of workspaceSearches(definition)) {
        if (search.problem)
            throw new errors/* ConfigError */.xL(search.problem);
        for (const file of await tree.findFiles(rootDir, search.glob, search.ignore))
            relDirs.add(external_node_path_default().posix.dirname(file));
    }
    const members = [];
    for (const relDir of [...relDirs].sort()) {
        const dir = external_node_path_default().join(rootDir, relDir);
        const manifest = relDir === '.' ? rootManifest : await tree.readJsonObject(external_node_path_default().join(dir, 'package.json'));
        if (!manifest)
            continue;
        members.push({ dir, relDir, name: typeof manifest.name === 'string' ? manifest.name : undefined, manifest });
    }
    return members;
}
/** One package folder judged as the commands judge it when given on its own (promote's smoke test asks). */
async function packageAt(dir, context) {
    return describePackage({ dir, relDir: '.' }, 'root', context);
}
/**
 * Whether the nearest folder above `dir` that defines a workspace (as the
 * package managers look upwards) lists `dir` as one of its packages. A
 * malformed definition up there is not this command's concern: not a member.
 */
async function inWorkspace(dir, context) {
    const tree = context.adapters.sourceTree;
    for (let parent = external_node_path_default().dirname(dir);; parent = external_node_path_default().dirname(parent)) {
        const yaml = await tree.readText(external_node_path_default().join(parent, package_json_workspaces/* PNPM_WORKSPACE_FILE */.dq));
        const manifest = await tree.readJsonObject(external_node_path_default().join(parent, 'package.json'));
        let definition;
        try {
            definition = await workspaceDefinition(manifest, yaml);
        }
        catch {
            return false;
        }
        if (definition) {
            const rel = external_node_path_default().relative(parent, dir).split((external_node_path_default()).sep).join('/');
            for (const search of workspaceSearches(definition)) {
                if (search.problem)
                    continue;
                const found = await tree.findFiles(parent, search.glob, search.ignore);
                if (found.includes(`${rel}/package.json`))
                    return true;
            }
            return false;
        }
        if (external_node_path_default().dirname(parent) === parent)
            return false;
    }
}
async function requireDirectory(dir, given, context) {
    const info = await context.adapters.fs.stat(dir).catch(() => undefined);
    if (!info)
        throw new errors/* UsageError */.eb(`directory "${given}" does not exist (resolved to ${dir})`);
    if (!info.isDirectory())
        throw new errors/* UsageError */.eb(`"${given}" is not a directory; give the package or repository folder`);
}
/** One Report from the per-package reports: outputs shared by every package command. */
function aggregateReport(command, packages, timings, notes, outputs = {}) {
    const findings = packages.flatMap((p) => p.findings);
    const counts = (0,model/* countBySeverity */.Ot)(findings);
    const ok = packages.every((p) => p.ok);
    return {
        command,
        ok,
        findings,
        outputs: {
            ok: String(ok),
            'error-count': String(counts.error),
            'warning-count': String(counts.warning),
            'note-count': String(counts.note),
            packages: JSON.stringify(packages.map((p) => ({ name: p.name, version: p.version ?? null, dir: p.dir, ok: p.ok }))),
            ...outputs,
        },
        timings,
        packages,
        notes,
    };
}
/** Notes for packages a wildcard matched but that are never published. */
function skippedNotes(skippedPrivate) {
    return skippedPrivate.map((dir) => `skipped ${dir}: "private": true (never published)`);
}
/**
 * How each package was judged (src/workspace/classify.ts) and why: every
 * package of a workspace or `packages:`, and a folder given on its own when it
 * is judged a library (a standalone server needs no note, as it always was).
 */
function kindNotes(packages, source) {
    return packages
        .filter((p) => source !== 'root' || p.kind === 'library')
        .map((p) => `${p.name ?? p.relDir}${p.name ? ` (${p.relDir})` : ''}: checked as ${p.kind === 'library' ? 'a library' : 'an MCP server'} (${p.kindReason})`);
}
/** Notes for libraries a command that starts servers leaves alone. */
function libraryNotes(packages) {
    return packages
        .filter((p) => p.kind === 'library')
        .map((p) => `skipped ${p.name ?? p.relDir}: a library (${p.kindReason})`);
}
/**
 * A root's workspace definition (src/workspace/definition.ts): the YAML parser is loaded only when
 * pnpm-workspace.yaml exists, so a run over a plain package never loads it.
 */
async function workspaceDefinition(rootManifest, pnpmWorkspaceYamlText) {
    if (pnpmWorkspaceYamlText === undefined)
        return (0,package_json_workspaces/* packageJsonWorkspaces */.Jv)(rootManifest);
    return (await Promise.all(/* import() */[__webpack_require__.e(8815), __webpack_require__.e(4356)]).then(__webpack_require__.bind(__webpack_require__, 54356))).workspacePatterns(rootManifest, pnpmWorkspaceYamlText);
}


/***/ }),

/***/ 96867:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ FAIL_ON_LEVELS),
/* harmony export */   HQ: () => (/* binding */ isOk),
/* harmony export */   Ot: () => (/* binding */ countBySeverity),
/* harmony export */   Tc: () => (/* binding */ sortFindings),
/* harmony export */   nT: () => (/* binding */ skippedCheck)
/* harmony export */ });
/* unused harmony exports SEVERITIES, failsAt */
/**
 * The Report model shared by every command and every reporter.
 * Plain data only: a command returns a Report, reporters render it.
 */
const SEVERITIES = (/* unused pure expression or super */ null && (['error', 'warning', 'note']));
/** The lowest severity that makes a run fail; `never` only reports. */
const FAIL_ON_LEVELS = ['error', 'warning', 'note', 'never'];
/**
 * The note for a check that did not run: which check, why, and how to turn it
 * on when the user can. Every skipped check says so in the report.
 */
function skippedCheck(check, why, enable) {
    return `skipped ${check}: ${why}${enable ? ` (to run it: ${enable})` : ''}`;
}
const RANK = { error: 3, warning: 2, note: 1 };
/** True when a finding of this severity makes the run fail under `failOn`. */
function failsAt(severity, failOn) {
    if (failOn === 'never')
        return false;
    return RANK[severity] >= RANK[failOn];
}
function isOk(findings, failOn) {
    return !findings.some((f) => failsAt(f.severity, failOn));
}
function countBySeverity(findings) {
    const counts = { error: 0, warning: 0, note: 0 };
    for (const f of findings)
        counts[f.severity] += 1;
    return counts;
}
/** Sort for display: by severity (worst first), then file, line, rule. */
function sortFindings(findings) {
    return [...findings].sort((a, b) => RANK[b.severity] - RANK[a.severity] ||
        (a.file ?? '').localeCompare(b.file ?? '') ||
        (a.line ?? 0) - (b.line ?? 0) ||
        a.rule.localeCompare(b.rule));
}


/***/ }),

/***/ 83423:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $r: () => (/* binding */ packageKindWithReason),
/* harmony export */   Ji: () => (/* binding */ packageKind)
/* harmony export */ });
/* unused harmony exports MCP_SDK_PACKAGES, mcpSdkDependency */
/**
 * Which packages of a repository are MCP servers: decided from the package
 * itself, so a workspace needs no configuration to tell its servers from its
 * libraries and CLIs.
 */
/**
 * The npm packages an MCP server is built on. A package that has a `bin` and
 * depends on one of these is a runnable server. Looked up on npm and in real
 * servers' package.json files:
 * - `@modelcontextprotocol/sdk`: the official TypeScript SDK (v1), what most servers use;
 * - `@modelcontextprotocol/server`, `@modelcontextprotocol/node`, `@modelcontextprotocol/express`,
 *   `@modelcontextprotocol/hono`: the split v2 SDK packages (upstash/context7's server
 *   depends on `@modelcontextprotocol/server` and `@modelcontextprotocol/node`);
 * - frameworks over the SDK: `fastmcp` (punkpeye), `mcp-framework`, `tmcp`, `xmcp`,
 *   `mcp-use`, and the HTTP adapters `mcp-handler`, `@vercel/mcp-adapter`, `@hono/mcp`.
 * Client-only packages (`@modelcontextprotocol/client`) are left out: a CLI that
 * talks to MCP servers is not one.
 */
const MCP_SDK_PACKAGES = [
    '@modelcontextprotocol/sdk',
    '@modelcontextprotocol/server',
    '@modelcontextprotocol/node',
    '@modelcontextprotocol/express',
    '@modelcontextprotocol/hono',
    'fastmcp',
    'mcp-framework',
    'tmcp',
    'xmcp',
    'mcp-use',
    'mcp-handler',
    '@vercel/mcp-adapter',
    '@hono/mcp',
];
/** The dependency fields an installed server gets its SDK from (devDependencies are not installed for users; a bundled server still lists its SDK there). */
const DEPENDENCY_FIELDS = ['dependencies', 'peerDependencies', 'optionalDependencies', 'devDependencies'];
/**
 * A server when it has `mcpName` (the MCP Registry's ownership field), a
 * server.json beside package.json, or a `bin` plus a dependency on an MCP SDK;
 * everything else (a CLI without an SDK, an SDK-based library without a bin,
 * a plain library) is a library.
 */
function packageKind(manifest, hasServerJson) {
    return packageKindWithReason(manifest, hasServerJson).kind;
}
function packageKindWithReason(manifest, hasServerJson) {
    const m = isRecord(manifest) ? manifest : {};
    if (typeof m.mcpName === 'string' && m.mcpName.trim() !== '')
        return { kind: 'server', reason: 'mcpName is set' };
    if (hasServerJson)
        return { kind: 'server', reason: 'it has a server.json' };
    const sdk = mcpSdkDependency(m);
    const bin = hasBin(m);
    if (bin && sdk)
        return { kind: 'server', reason: `a bin and a dependency on ${sdk}` };
    const what = bin ? `a bin but no MCP SDK dependency` : sdk ? `${sdk} but no bin` : 'no bin with an MCP SDK';
    return { kind: 'library', reason: `${what}, no mcpName, no server.json` };
}
/** The first MCP SDK package the manifest depends on, or undefined. */
function mcpSdkDependency(manifest) {
    for (const field of DEPENDENCY_FIELDS) {
        const deps = manifest[field];
        if (!isRecord(deps))
            continue;
        const found = MCP_SDK_PACKAGES.find((name) => name in deps);
        if (found)
            return found;
    }
    return undefined;
}
function hasBin(manifest) {
    const bin = manifest.bin;
    if (typeof bin === 'string')
        return bin.trim() !== '';
    return isRecord(bin) && Object.values(bin).some((v) => typeof v === 'string' && v.trim() !== '');
}
function isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}


/***/ }),

/***/ 5775:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Jv: () => (/* binding */ packageJsonWorkspaces),
/* harmony export */   Xq: () => (/* binding */ globList),
/* harmony export */   dq: () => (/* binding */ PNPM_WORKSPACE_FILE),
/* harmony export */   q0: () => (/* binding */ describe),
/* harmony export */   u4: () => (/* binding */ isRecord)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);

const PNPM_WORKSPACE_FILE = 'pnpm-workspace.yaml';
/**
 * The workspace globs package.json `workspaces` defines, or undefined when it defines none
 * (npm, yarn, bun). Without YAML: a root with no pnpm-workspace.yaml needs no YAML parser
 * (src/workspace/definition.ts adds pnpm's file). A malformed field is a ConfigError naming it.
 */
function packageJsonWorkspaces(rootManifest) {
    if (!isRecord(rootManifest) || !('workspaces' in rootManifest))
        return undefined;
    const workspaces = rootManifest.workspaces;
    if (workspaces === undefined || workspaces === null)
        return undefined;
    if (Array.isArray(workspaces))
        return { file: 'package.json', patterns: globList(workspaces, 'package.json', 'workspaces') };
    if (isRecord(workspaces)) {
        if (workspaces.packages === undefined)
            return undefined;
        if (!Array.isArray(workspaces.packages))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .xL(`package.json: workspaces.packages must be an array of folder globs such as ["packages/*"] (got ${describe(workspaces.packages)})`);
        return { file: 'package.json', patterns: globList(workspaces.packages, 'package.json', 'workspaces.packages') };
    }
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .xL(`package.json: workspaces must be an array of folder globs such as ["packages/*"], or { "packages": [...] } (got ${describe(workspaces)})`);
}
function globList(items, file, field) {
    return items.map((item, index) => {
        if (typeof item !== 'string' || item.trim() === '' || item.trim() === '!')
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .xL(`${file}: ${field}[${index}] must be a folder glob such as "packages/*" (got ${describe(item)})`);
        return item.trim();
    });
}
function isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
function describe(value) {
    if (value === null)
        return 'null';
    if (Array.isArray(value))
        return 'a list';
    if (typeof value === 'string')
        return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}...` : value);
    if (typeof value === 'object')
        return 'a mapping';
    return `${typeof value} ${String(value)}`;
}


/***/ })

};

export const id = 5977;
export const ids = [5977];
export const modules = {

/***/ 95977:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  validateLayout: () => (/* binding */ validateLayout)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/config/resolve.ts
var resolve = __webpack_require__(68270);
// EXTERNAL MODULE: ./src/rating.ts
var rating = __webpack_require__(60578);
// EXTERNAL MODULE: ./src/layout/catalog.ts
var catalog = __webpack_require__(65829);
// EXTERNAL MODULE: ./src/util/json-position.ts
var json_position = __webpack_require__(24406);
;// CONCATENATED MODULE: ./src/layout/context.ts

function createContext(facts, manifest, settings, packManager = 'npm') {
    const text = facts.packageJson.kind === 'ok' ? facts.packageJson.text : '';
    const locator = new json_position/* JsonLocator */.dB(text);
    const packed = facts.pack?.ok ? new Set(facts.pack.pack.files.map((f) => f.path)) : undefined;
    return {
        facts,
        manifest,
        settings,
        packed,
        packManager,
        at(rule, jsonPath, message, fix) {
            const pos = locator.at(jsonPath);
            return { rule, message, file: 'package.json', line: pos.line, column: pos.column, ...(fix ? { fix } : {}) };
        },
    };
}

// EXTERNAL MODULE: ./src/layout/references.ts
var references = __webpack_require__(36342);
// EXTERNAL MODULE: ./src/layout/rules/build-output.ts
var build_output = __webpack_require__(72550);
;// CONCATENATED MODULE: ./src/layout/rules/bin.ts


/** A shebang npx can run on every platform: `env` finds node on the user's PATH. */
const NODE_SHEBANG = /^#!\/usr\/bin\/env (-S )?node(\s|$)/;
const checkBin = (ctx) => {
    const out = [];
    if (!(0,references/* hasBinField */.Uj)(ctx.manifest)) {
        out.push(ctx.at('layout/bin-missing', ['bin'], 'package.json has no "bin": `npx` cannot start this server'));
        return out;
    }
    const binField = ctx.manifest.bin;
    if (Array.isArray(binField) || (typeof binField !== 'string' && typeof binField !== 'object')) {
        out.push(ctx.at('layout/bin-target-missing', ['bin'], '"bin" must be a path string or an object of name -> path; npm ignores anything else'));
        return out;
    }
    if (typeof binField === 'object' && binField !== null) {
        for (const [name, target] of Object.entries(binField)) {
            if (typeof target !== 'string' || target.trim() === '')
                out.push(ctx.at('layout/bin-target-missing', ['bin', name], `bin "${name}" must be a path string, got ${JSON.stringify(target)}`));
        }
    }
    for (const bin of (0,references/* binTargets */.Qd)(ctx.manifest)) {
        const rel = (0,references/* normalizeTarget */.R_)(bin.target);
        const label = `bin "${bin.name}" -> ${bin.target}`;
        if (rel === undefined || rel === '') {
            out.push(ctx.at('layout/bin-outside-package', bin.jsonPath, `${label} points outside the package`));
            continue;
        }
        const file = ctx.facts.files[rel];
        if (!file || file.kind === 'missing') {
            // An unbuilt package: one build-output-missing finding says it for every target.
            if ((0,build_output/* buildOutputAnalysis */.ui)(ctx).rels.has(rel))
                continue;
            out.push(ctx.at('layout/bin-target-missing', bin.jsonPath, `${label}: file not found, while other files of ${folderText(rel)} exist (a typo, or a file the build does not write?)`));
            continue;
        }
        if (file.kind === 'dir') {
            out.push(ctx.at('layout/bin-target-missing', bin.jsonPath, `${label} is a directory, not a file`));
            continue;
        }
        if (ctx.packed && !ctx.packed.has(rel)) {
            out.push(ctx.at('layout/bin-not-packed', bin.jsonPath, `${label} exists but is not in the packed file list`));
        }
        if (file.text === undefined)
            continue;
        out.push(...checkBinText(rel, file.text, label));
        const syntax = ctx.facts.syntax[rel];
        const typeMismatch = ctx.facts.moduleSyntax[rel] === 'esm' && syntax?.message?.includes('outside a module');
        if (syntax && !syntax.ok && !typeMismatch) {
            out.push({
                rule: 'layout/bin-syntax',
                message: `${label} does not parse: ${syntax.message ?? 'node --check failed'}`,
                file: rel,
                line: 1,
                column: 1,
            });
        }
    }
    return out;
};
function folderText(rel) {
    const dir = rel.includes('/') ? rel.slice(0, rel.lastIndexOf('/')) : '';
    return dir ? `${dir}/` : 'the package folder';
}
function checkBinText(rel, text, label) {
    const out = [];
    const firstLine = text.slice(0, text.indexOf('\n') === -1 ? undefined : text.indexOf('\n')).replace(/\r$/, '');
    if (!NODE_SHEBANG.test(firstLine)) {
        const found = firstLine.startsWith('#!') ? `starts with "${firstLine.slice(0, 60)}"` : 'has no shebang';
        const fix = firstLine.startsWith('\uFEFF')
            ? 'Save the file without a byte order mark (BOM) so `#!` is the first two bytes.'
            : undefined;
        out.push({
            rule: 'layout/bin-shebang',
            message: `${label} ${found}; npx needs "#!/usr/bin/env node" as the first line`,
            file: rel,
            line: 1,
            column: 1,
            ...(fix ? { fix } : {}),
        });
    }
    const crlf = text.indexOf('\r\n');
    if (crlf !== -1) {
        const line = text.slice(0, crlf).split('\n').length;
        out.push({
            rule: 'layout/bin-crlf',
            message: `${label} has CRLF line endings (first at line ${line}); a shebang line ending in \\r makes env look for "node\\r"`,
            file: rel,
            line,
            column: 1,
        });
    }
    return out;
}

// EXTERNAL MODULE: ./src/workspace/package-manager.ts
var package_manager = __webpack_require__(34907);
;// CONCATENATED MODULE: ./src/layout/rules/dependencies.ts

const FIELDS = ['dependencies', 'optionalDependencies', 'peerDependencies'];
/** What a user's `npm install` cannot fetch from the registry, once the repository's manager has packed it. */
function nonRegistrySource(spec, rewritten) {
    const s = spec.trim();
    if (rewritten.some((protocol) => s.startsWith(protocol)))
        return undefined;
    if (/^file:/.test(s))
        return 'a local file: path';
    if (/^link:/.test(s))
        return 'a link: path';
    if (/^workspace:/.test(s))
        return 'the workspace: protocol, which npm publishes unchanged';
    if (/^catalog:/.test(s))
        return 'the catalog: protocol, which npm publishes unchanged';
    if (/^portal:/.test(s))
        return 'a portal: path';
    if (/^(\.{1,2}|~)?\//.test(s))
        return 'a local path';
    if (/^(git(\+[a-z]+)?|github|gitlab|bitbucket|gist):/.test(s) || /\.git(#.*)?$/.test(s))
        return 'a git repository';
    if (/^https?:\/\//.test(s))
        return 'a URL';
    // "owner/repo" or "owner/repo#ref" is GitHub shorthand (a plain range never has a slash).
    if (/^[\w.-]+\/[\w.-]+(#.*)?$/.test(s))
        return 'a GitHub shorthand (git)';
    return undefined;
}
const checkDependencySources = (ctx) => {
    const out = [];
    const rewritten = (0,package_manager/* protocolsRewrittenByPack */.qV)(ctx.packManager);
    for (const field of FIELDS) {
        const deps = ctx.manifest[field];
        if (!deps || typeof deps !== 'object')
            continue;
        for (const [name, spec] of Object.entries(deps)) {
            if (typeof spec !== 'string')
                continue;
            const source = nonRegistrySource(spec, rewritten);
            if (source)
                out.push(ctx.at('layout/dependency-source', [field, name], `${field}.${name} is "${spec}", ${source}: users cannot install it from the registry`));
        }
    }
    return out;
};

// EXTERNAL MODULE: ./node_modules/semver/functions/coerce.js
var coerce = __webpack_require__(35385);
var coerce_default = /*#__PURE__*/__webpack_require__.n(coerce);
// EXTERNAL MODULE: ./node_modules/semver/ranges/intersects.js
var intersects = __webpack_require__(23465);
var intersects_default = /*#__PURE__*/__webpack_require__.n(intersects);
// EXTERNAL MODULE: ./node_modules/semver/ranges/min-version.js
var min_version = __webpack_require__(51866);
var min_version_default = /*#__PURE__*/__webpack_require__.n(min_version);
// EXTERNAL MODULE: ./node_modules/semver/ranges/valid.js
var valid = __webpack_require__(64737);
var valid_default = /*#__PURE__*/__webpack_require__.n(valid);
;// CONCATENATED MODULE: ./src/layout/rules/engines.ts
// semver's functions one by one: its index loads every function and range helper (validate's start, issue #20).




/**
 * engines.node: present, a valid range, and admitting no Node older than the
 * floor (`layout.engineFloor`, default 18: what the MCP SDK supports). A range
 * admits an older Node when it intersects `<floor` (`>=16`, `^16 || >=20`).
 */
const checkEngines = (ctx) => {
    const floorText = ctx.settings.layout.engineFloor;
    const floor = coerce_default()(floorText);
    const suggested = `>=${floorText}`;
    const engines = ctx.manifest.engines;
    const range = engines && typeof engines === 'object' ? engines.node : undefined;
    if (typeof range !== 'string' || range.trim() === '') {
        return [
            ctx.at('layout/engines-node-missing', ['engines'], `package.json has no "engines.node": users on a Node older than ${floorText} get a crash instead of a clear message`, `Add "engines": {"node": "${suggested}"} (or the floor your code needs; the kit's floor is layout.engineFloor in the config).`),
        ];
    }
    if (valid_default()(range) === null) {
        return [ctx.at('layout/engines-node', ['engines', 'node'], `engines.node "${range}" is not a valid semver range`)];
    }
    if (floor && floor.compare('0.0.0') > 0 && intersects_default()(range, `<${floor.version}`)) {
        const lowest = min_version_default()(range);
        return [
            ctx.at('layout/engines-node', ['engines', 'node'], `engines.node "${range}" allows Node ${lowest ? lowest.version : 'versions'} below the floor ${floorText}`, `Use "${suggested}" or higher (the floor is layout.engineFloor in the config).`),
        ];
    }
    return [];
};

// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __webpack_require__(14006);
var picomatch_default = /*#__PURE__*/__webpack_require__.n(picomatch);
// EXTERNAL MODULE: ./src/layout/module-syntax.ts
var module_syntax = __webpack_require__(61062);
;// CONCATENATED MODULE: ./src/layout/rules/entries.ts




/** main / module / types / browser / exports targets: exist, inside, packed (the publint class). */
const checkEntries = (ctx) => {
    const out = [];
    for (const entry of (0,references/* entryTargets */.Bt)(ctx.manifest)) {
        const problem = entryProblem(ctx, entry);
        if (problem)
            out.push(ctx.at(problem.rule, entry.jsonPath, `${entry.label} -> ${entry.target}: ${problem.message}`));
    }
    return out;
};
function entryProblem(ctx, entry) {
    if (entry.field === 'exports' && !entry.target.startsWith('./')) {
        return {
            rule: 'layout/entry-missing',
            message: 'exports targets must start with "./" (Node rejects the package otherwise)',
        };
    }
    const rel = (0,references/* normalizeTarget */.R_)(entry.target);
    if (rel === undefined || rel === '')
        return { rule: 'layout/entry-missing', message: 'points outside the package' };
    // An unbuilt package: one build-output-missing finding says it for every target.
    if ((0,build_output/* buildOutputAnalysis */.ui)(ctx).rels.has(rel))
        return undefined;
    if (rel.includes('*')) {
        if (!ctx.packed)
            return undefined;
        const matches = picomatch_default()(rel.replace(/\*/g, '**'), { dot: true });
        return [...ctx.packed].some((p) => matches(p))
            ? undefined
            : { rule: 'layout/entry-not-packed', message: 'the pattern matches no packed file' };
    }
    const candidates = resolutionCandidates(entry, rel);
    const existing = candidates.find((c) => (c === rel ? ctx.facts.files[rel]?.kind === 'file' : ctx.packed?.has(c)));
    if (!existing) {
        return {
            rule: 'layout/entry-missing',
            message: ctx.facts.files[rel]?.kind === 'dir'
                ? 'is a directory with no index.js'
                : 'file not found, while other files of its folder exist (a typo, or a file the build does not write?)',
        };
    }
    if (ctx.packed && !ctx.packed.has(existing))
        return { rule: 'layout/entry-not-packed', message: 'exists but is not in the packed file list' };
    return undefined;
}
/**
 * `main` is resolved by CommonJS rules (extensions and index.js are tried);
 * every other field must name the exact file.
 */
function resolutionCandidates(entry, rel) {
    if (entry.field !== 'main')
        return [rel];
    return [rel, `${rel}.js`, `${rel}.json`, `${rel}.node`, `${rel}/index.js`, `${rel}/index.json`];
}
/** ESM syntax in a file Node loads as CommonJS, or the reverse. One finding per file. */
const checkModuleType = (ctx) => {
    const out = [];
    const seen = new Set();
    const targets = [
        ...(0,references/* binTargets */.Qd)(ctx.manifest).map((b) => ({ target: b.target, label: `bin "${b.name}"`, jsonPath: b.jsonPath })),
        ...(0,references/* entryTargets */.Bt)(ctx.manifest)
            .filter((e) => e.field === 'main' || e.field === 'exports')
            .map((e) => ({ target: e.target, label: e.label, jsonPath: e.jsonPath })),
    ];
    for (const { target, label, jsonPath } of targets) {
        const rel = (0,references/* normalizeTarget */.R_)(target);
        if (!rel || seen.has(rel))
            continue;
        seen.add(rel);
        const syntax = ctx.facts.moduleSyntax[rel];
        const loaded = (0,module_syntax/* loadedAs */.K)(rel, ctx.manifest.type);
        if (!syntax || syntax === 'none' || !loaded || syntax === loaded)
            continue;
        const typeText = ctx.manifest.type === undefined ? 'no "type" field' : `"type": ${JSON.stringify(ctx.manifest.type)}`;
        const message = syntax === 'esm'
            ? ctx.manifest.type === undefined && rel.endsWith('.js')
                ? `${label} -> ${target} uses import/export but the package has ${typeText}: Node before 20.19/22.12 fails with "Cannot use import statement outside a module", newer Node parses it twice and warns`
                : `${label} -> ${target} uses import/export but Node loads it as CommonJS (${typeText}): "Cannot use import statement outside a module"`
            : `${label} -> ${target} uses require/module.exports but Node loads it as an ES module (${typeText}): "require is not defined in ES module scope"`;
        out.push(ctx.at('layout/module-type', jsonPath, message));
    }
    return out;
};

// EXTERNAL MODULE: ./node_modules/spdx-expression-parse/index.js
var spdx_expression_parse = __webpack_require__(93326);
var spdx_expression_parse_default = /*#__PURE__*/__webpack_require__.n(spdx_expression_parse);
;// CONCATENATED MODULE: ./src/layout/rules/license.ts


/** license: an SPDX expression, or `SEE LICENSE IN <file>` with that file in the tarball. */
const checkLicense = (ctx) => {
    const license = ctx.manifest.license;
    if (license === undefined || license === null || (typeof license === 'string' && license.trim() === '')) {
        return [ctx.at('layout/license-missing', ['license'], 'package.json has no "license"')];
    }
    if (typeof license !== 'string') {
        return [
            ctx.at('layout/license-invalid', ['license'], '"license" must be a string (the object form is deprecated by npm)'),
        ];
    }
    const file = (0,references/* seeLicenseFile */.Fe)(license);
    if (file) {
        const rel = (0,references/* normalizeTarget */.R_)(file);
        const inTarball = rel !== undefined && (ctx.packed ? ctx.packed.has(rel) : ctx.facts.files[rel]?.kind === 'file');
        if (!inTarball) {
            return [
                ctx.at('layout/license-file-missing', ['license'], `"${license}" but ${file} is not in the tarball, so users get no license terms`),
            ];
        }
        return [];
    }
    if (!validForNewPackages(license)) {
        return [ctx.at('layout/license-invalid', ['license'], `"${license}" is not a valid SPDX license expression`)];
    }
    return [];
};
/** A `LicenseRef-`/`DocumentRef-` anywhere in the expression: npm accepts those only for old packages. */
function usesLicenseRef(node) {
    if ('license' in node)
        return /^(License|Document)Ref/.test(node.license);
    return usesLicenseRef(node.left) || usesLicenseRef(node.right);
}
/**
 * validate-npm-package-license's `validForNewPackages` (what npm checks), from the SPDX parser it uses:
 * that package also loads spdx-correct, which builds its correction tables at load (~8 ms of every
 * command's start) for a suggestion this rule never prints.
 */
function validForNewPackages(license) {
    if (license === 'UNLICENSED' || license === 'UNLICENCED' || /^SEE LICEN[CS]E IN (.+)$/.test(license))
        return true;
    try {
        return !usesLicenseRef(spdx_expression_parse_default()(license));
    }
    catch {
        return false;
    }
}

// EXTERNAL MODULE: ./src/files/credential-files.ts
var credential_files = __webpack_require__(24764);
// EXTERNAL MODULE: ./src/util/size.ts
var size = __webpack_require__(57155);
;// CONCATENATED MODULE: ./src/layout/rules/packed-files.ts






/**
 * Files users never need at run time. `shipped`: what a package with no `files`
 * and no .npmignore publishes by accident (tests, coverage, editor and CI files):
 * files-allowlist-missing says it once, with the allowlist to add.
 */
const JUNK = [
    {
        what: 'test files',
        shipped: true,
        test: (f, b) => /(^|\/)(test|tests|__tests__|__mocks__|__snapshots__)\//.test(f) || /\.(test|spec)\.[cm]?[jt]sx?$/.test(b),
    },
    { what: 'coverage output', shipped: true, test: (f) => /(^|\/)(coverage|\.nyc_output)\//.test(f) },
    {
        what: 'version-control and CI files',
        shipped: true,
        test: (f) => /(^|\/)(\.git|\.github|\.gitlab|\.circleci|\.buildkite)\//.test(f) ||
            /^(\.travis\.yml|\.gitlab-ci\.yml|appveyor\.yml|\.appveyor\.yml|azure-pipelines\.yml|\.drone\.yml|Jenkinsfile)$/.test(f),
    },
    {
        what: 'editor files',
        shipped: true,
        test: (f, b) => /(^|\/)(\.vscode|\.idea)\//.test(f) || b === '.DS_Store' || b === 'Thumbs.db',
    },
    {
        what: 'logs and build caches',
        test: (f, b) => /\.log$/.test(b) || /\.tsbuildinfo$/.test(b) || b === '.eslintcache' || /(^|\/)(\.turbo|\.cache)\//.test(f),
    },
    { what: 'nested tarballs', test: (_f, b) => /\.tgz$/.test(b) },
];
const MAX_LISTED = 5;
const checkPackedFiles = (ctx) => {
    const pack = ctx.facts.pack;
    if (!pack?.ok)
        return [];
    const allowed = ctx.settings.layout.allowFiles.length
        ? picomatch_default()(ctx.settings.layout.allowFiles, { dot: true })
        : () => false;
    // Bundled dependencies carry their own tests and maps; they are not the author's files.
    const files = pack.pack.files.map((f) => f.path).filter((f) => !f.startsWith('node_modules/') && !allowed(f));
    const out = [];
    const allowlistMissing = noAllowlist(ctx);
    for (const file of files) {
        const kind = (0,credential_files/* credentialFileKind */.W)(file);
        if (kind)
            out.push({
                rule: 'layout/packed-sensitive',
                message: `${file} is ${kind} and would be published in the tarball`,
                file,
                line: 1,
                column: 1,
            });
    }
    for (const junk of JUNK) {
        // Said once, with the allowlist to add, by files-allowlist-missing.
        if (allowlistMissing && junk.shipped)
            continue;
        const hits = files.filter((f) => junk.test(f, external_node_path_default().posix.basename(f)));
        // Located at `files` in package.json: that is where the list is fixed.
        if (hits.length)
            out.push(ctx.at('layout/packed-junk', ['files'], `the tarball would contain ${junk.what}: ${list(hits)}`));
    }
    const maps = files.filter((f) => f.endsWith('.map'));
    if (maps.length)
        out.push(ctx.at('layout/packed-sourcemap', ['files'], `the tarball would contain ${maps.length} source map(s): ${list(maps)}`));
    return out;
};
const checkTarballSize = (ctx) => {
    const pack = ctx.facts.pack;
    if (!pack?.ok)
        return [];
    const { tarballSize, unpackedSize } = ctx.settings.budgets;
    const over = [];
    if (pack.pack.size > tarballSize)
        over.push(`packed ${(0,size/* formatSize */.X)(pack.pack.size)} > budget ${(0,size/* formatSize */.X)(tarballSize)}`);
    if (pack.pack.unpackedSize > unpackedSize)
        over.push(`unpacked ${(0,size/* formatSize */.X)(pack.pack.unpackedSize)} > budget ${(0,size/* formatSize */.X)(unpackedSize)}`);
    if (over.length === 0)
        return [];
    const largest = [...pack.pack.files]
        .sort((a, b) => b.size - a.size)
        .slice(0, MAX_LISTED)
        .map((f) => `${f.path} (${(0,size/* formatSize */.X)(f.size)})`)
        .join(', ');
    return [
        ctx.at('layout/tarball-size', ['files'], `tarball over budget: ${over.join('; ')}; largest files: ${largest}`),
    ];
};
function list(files) {
    const shown = files.slice(0, MAX_LISTED).join(', ');
    return files.length > MAX_LISTED ? `${shown} and ${files.length - MAX_LISTED} more` : shown;
}
/** No `files` and no .npmignore: npm publishes everything but its own defaults. */
function noAllowlist(ctx) {
    return !Array.isArray(ctx.manifest.files) && ctx.facts.files['.npmignore']?.kind !== 'file';
}
/** Names npm packs whatever `files` says (https://docs.npmjs.com/cli/configuring-npm/package-json#files). */
const ALWAYS_PACKED = /^(package\.json|readme|license|licence|copying|changelog|notice)(\.[^/]*)?$/i;
/**
 * No `files` and no .npmignore while tests, coverage, editor or CI files would
 * ship: ONE error with the allowlist the package needs (the top folders and
 * files of its bin, main, module, types and exports targets, and server.json).
 */
const checkFilesAllowlist = (ctx) => {
    const pack = ctx.facts.pack;
    if (!pack?.ok || !noAllowlist(ctx))
        return [];
    const files = pack.pack.files.map((f) => f.path).filter((f) => !f.startsWith('node_modules/'));
    const kinds = JUNK.filter((j) => j.shipped)
        .map((j) => ({ what: j.what, hits: files.filter((f) => j.test(f, external_node_path_default().posix.basename(f))) }))
        .filter((k) => k.hits.length);
    if (!kinds.length)
        return [];
    const allow = neededTops(ctx);
    if (files.includes('server.json') && !allow.includes('server.json'))
        allow.push('server.json');
    const shipped = kinds.map((k) => `${k.what} (${list(k.hits)})`).join('; ');
    const junkFiles = new Set(kinds.flatMap((k) => k.hits));
    const dropped = [
        ...new Set(files
            .filter((f) => !junkFiles.has(f) && !ALWAYS_PACKED.test(f))
            .map((f) => (f.includes('/') ? `${f.slice(0, f.indexOf('/'))}/` : f))
            .filter((top) => !allow.includes(top.replace(/\/$/, '')))),
    ];
    const filesJson = `"files": [${allow.map((a) => JSON.stringify(a)).join(', ')}]`;
    const fix = allow.length
        ? `Add ${filesJson} to package.json (npm always adds package.json, README and LICENSE)${dropped.length ? `; it also leaves out ${dropped.slice(0, MAX_LISTED).join(', ')}${dropped.length > MAX_LISTED ? ` and ${dropped.length - MAX_LISTED} more` : ''}: add any the package reads at run time` : ''}.`
        : 'Add a "files" allowlist to package.json naming what the package runs (npm always adds package.json, README and LICENSE).';
    return [
        ctx.at('layout/files-allowlist-missing', ['name'], `package.json has no "files" and there is no .npmignore, so the tarball would ship ${shipped}`, fix),
    ];
};
/** The top folder (or root file) of every target the package runs from. */
function neededTops(ctx) {
    const targets = [...(0,references/* binTargets */.Qd)(ctx.manifest), ...(0,references/* entryTargets */.Bt)(ctx.manifest)].map((t) => (0,references/* normalizeTarget */.R_)(t.target));
    const tops = [];
    for (const rel of targets) {
        if (!rel)
            continue;
        const top = rel.split('/')[0];
        if (top.includes('*') || top === 'package.json' || ALWAYS_PACKED.test(top) || tops.includes(top))
            continue;
        tops.push(top);
    }
    return tops;
}
/**
 * Every `files` entry must match at least one file of the package, as npm reads
 * it: a folder entry matches its contents, others are globs; negated entries
 * (`!x`) are exempt. An entry naming a build folder of a package that was not
 * built is part of build-output-missing instead.
 */
const checkFilesEntries = (ctx) => {
    if (!ctx.packed)
        return [];
    const packed = [...ctx.packed];
    const analysis = (0,build_output/* buildOutputAnalysis */.ui)(ctx);
    const out = [];
    for (const entry of (0,references/* filesEntries */.us)(ctx.manifest)) {
        if (entry.negated || entry.pattern === '' || matchesPacked(entry.pattern, packed))
            continue;
        if ((0,build_output/* coversMissingOutput */.I4)(analysis, entry.pattern))
            continue;
        const fact = ctx.facts.files[entry.pattern];
        const where = fact?.kind === 'dir'
            ? 'the folder exists but holds no file npm packs'
            : fact?.kind === 'file'
                ? 'the file exists but npm leaves it out'
                : 'nothing of that name is in the package folder';
        const buildFolder = fact?.kind !== 'file' && BUILD_FOLDER.test(entry.pattern);
        const script = (0,build_output/* buildScript */.AJ)(ctx.manifest);
        const message = `"files" entry ${JSON.stringify(entry.raw)} matches no file: ${where}${buildFolder ? ' (a build output folder: the build output was never written)' : ''}`;
        const fix = buildFolder
            ? script
                ? `Run the build (\`${(0,build_output/* buildCommand */.Oe)(ctx, script)}\`) so ${entry.pattern}/ is written before packing, or remove the entry.`
                : `Nothing builds ${entry.pattern}/ (package.json has no "build" script): add the build, or remove the entry.`
            : 'Fix the name to match a file or folder of the package, or remove the entry.';
        out.push(ctx.at('layout/files-entry-unmatched', ['files', entry.index], message, fix));
    }
    return out;
};
const BUILD_FOLDER = /^(dist|build|lib|out|output|esm|cjs|es|umd|types|typings|dts|bundle|compiled)(\/|$)/;
/** npm-packlist's reading of one `files` entry: the path itself, its contents, or a glob. */
function matchesPacked(pattern, packed) {
    const glob = picomatch_default()(pattern, { dot: true });
    const inside = picomatch_default()(`${pattern}/**`, { dot: true });
    if (packed.some((p) => p === pattern || p.startsWith(`${pattern}/`) || glob(p) || inside(p)))
        return true;
    // `LICENSE` when the file is LICENSE.md: npm packs it anyway, the entry is harmless.
    const base = external_node_path_default().posix.basename(pattern);
    return (ALWAYS_PACKED.test(base) && packed.some((p) => !p.includes('/') && p.toLowerCase().startsWith(base.toLowerCase())));
}

// EXTERNAL MODULE: ./node_modules/semver/functions/valid.js
var functions_valid = __webpack_require__(58780);
var functions_valid_default = /*#__PURE__*/__webpack_require__.n(functions_valid);
// EXTERNAL MODULE: ./node_modules/validate-npm-package-name/lib/index.js
var lib = __webpack_require__(77825);
var lib_default = /*#__PURE__*/__webpack_require__.n(lib);
;// CONCATENATED MODULE: ./src/layout/rules/package-json.ts
// semver's functions one by one: its index loads every function and range helper (validate's start, issue #20).


/** name, version and private: what `npm publish` itself refuses. */
const checkPackageIdentity = (ctx) => {
    const out = [];
    const { name, version } = ctx.manifest;
    if (typeof name !== 'string' || name === '') {
        out.push(ctx.at('layout/package-name', ['name'], 'package.json has no "name"'));
    }
    else {
        const result = lib_default()(name);
        if (!result.validForNewPackages) {
            const reasons = [...(result.errors ?? []), ...(result.warnings ?? [])].join('; ');
            out.push(ctx.at('layout/package-name', ['name'], `"${name}" is not a valid npm package name: ${reasons}`));
        }
    }
    if (typeof version !== 'string' || version === '') {
        out.push(ctx.at('layout/package-version', ['version'], 'package.json has no "version"'));
    }
    else if (!functions_valid_default()(version)) {
        out.push(ctx.at('layout/package-version', ['version'], `"${version}" is not a valid semver version`));
    }
    if (ctx.manifest.private === true) {
        out.push(ctx.at('layout/package-private', ['private'], '"private": true: npm publish will refuse this package'));
    }
    return out;
};
const checkPack = (ctx) => {
    const pack = ctx.facts.pack;
    if (!pack || pack.ok)
        return [];
    return [
        {
            rule: 'layout/pack-failed',
            message: `npm pack --dry-run --ignore-scripts failed: ${pack.error}`,
            file: 'package.json',
            line: 1,
            column: 1,
        },
    ];
};

;// CONCATENATED MODULE: ./src/layout/rules/readme.ts
const checkReadme = (ctx) => ctx.facts.readme
    ? []
    : [
        {
            rule: 'layout/readme-missing',
            message: 'no README in the package folder',
            file: 'package.json',
            line: 1,
            column: 1,
        },
    ];

// EXTERNAL MODULE: ./src/layout/repository-url.ts
var repository_url = __webpack_require__(96028);
;// CONCATENATED MODULE: ./src/layout/rules/repository.ts

/**
 * repository.url must exist and, in GitHub Actions, name the building repository
 * exactly: npm compares it case-sensitively with the provenance statement.
 */
const checkRepository = (ctx) => {
    const url = (0,repository_url/* repositoryUrl */.E)(ctx.manifest.repository);
    const jsonPath = typeof ctx.manifest.repository === 'object' ? ['repository', 'url'] : ['repository'];
    if (!url)
        return [ctx.at('layout/repository-missing', ['repository'], 'package.json has no "repository.url"')];
    const building = ctx.facts.env.githubRepository;
    if (!building)
        return [];
    const slug = (0,repository_url/* githubSlug */.d)(ctx.manifest.repository);
    if (slug === building)
        return [];
    const expected = `git+https://github.com/${building}.git`;
    const detail = slug && slug.toLowerCase() === building.toLowerCase()
        ? `"${url}" differs from ${building} only in letter case, and npm compares it case-sensitively`
        : `"${url}" does not name ${building}, the repository building it`;
    return [
        ctx.at('layout/repository-mismatch', jsonPath, `${detail}; npm rejects the provenance (E422)`, `Set repository.url to "${expected}".`),
    ];
};

// EXTERNAL MODULE: ./node_modules/semver/functions/lt.js
var lt = __webpack_require__(3872);
var lt_default = /*#__PURE__*/__webpack_require__.n(lt);
// EXTERNAL MODULE: ./src/mcp-registry/server-json-rules.ts
var server_json_rules = __webpack_require__(59834);
// EXTERNAL MODULE: ./src/mcp-registry/server-schema.ts + 2 modules
var server_schema = __webpack_require__(73780);
;// CONCATENATED MODULE: ./src/layout/rules/server-json.ts
// semver's functions one by one: its index loads every function and range helper (validate's start, issue #20).





const FILE = 'server.json';
/** Paths that have their own, more specific rule below. */
const OWN_RULES = new Set(['/name', '/version', '/description', '/$schema']);
const checkServerJson = (ctx) => {
    const fact = ctx.facts.serverJson;
    const mcpName = typeof ctx.manifest.mcpName === 'string' ? ctx.manifest.mcpName : undefined;
    if (fact.kind === 'missing') {
        return mcpName
            ? [
                ctx.at('layout/server-json-missing', ['mcpName'], `"mcpName" is "${mcpName}" but there is no server.json beside package.json`),
            ]
            : [];
    }
    if (fact.kind === 'invalid') {
        return [
            {
                rule: 'layout/server-json-invalid',
                message: `server.json is not valid JSON: ${fact.message}`,
                file: FILE,
                line: fact.line,
                column: fact.column,
            },
        ];
    }
    const data = fact.data;
    if (!data || typeof data !== 'object' || Array.isArray(data)) {
        return [
            {
                rule: 'layout/server-json-schema',
                message: 'server.json must be a JSON object',
                file: FILE,
                line: 1,
                column: 1,
            },
        ];
    }
    const server = data;
    const locator = new json_position/* JsonLocator */.dB(fact.text);
    const at = (rule, path, message, fix) => ({
        rule,
        message,
        file: FILE,
        ...locator.at(path),
        ...(fix ? { fix } : {}),
    });
    const out = [];
    for (const error of schemaErrors((0,server_schema/* validateServerJsonSchema */.z)(server))) {
        out.push(at('layout/server-json-schema', pointerToPath(error.instancePath), `server.json${error.instancePath || ''} ${describeAjvError(error)}`));
    }
    const schemaUrl = server.$schema;
    if (schemaUrl !== server_schema/* CURRENT_SERVER_SCHEMA */.k) {
        const found = typeof schemaUrl === 'string' ? `"${schemaUrl}"` : 'missing';
        out.push(at('layout/server-json-schema-version', ['$schema'], `server.json $schema is ${found}; the registry expects ${server_schema/* CURRENT_SERVER_SCHEMA */.k}`, `Set "$schema": "${server_schema/* CURRENT_SERVER_SCHEMA */.k}".`));
    }
    const name = typeof server.name === 'string' ? server.name : undefined;
    if (!name)
        out.push(at('layout/server-json-name', ['name'], 'server.json has no "name"'));
    else {
        const problem = (0,server_json_rules/* serverNameProblem */.Oi)(name);
        if (problem)
            out.push(at('layout/server-json-name', ['name'], `server.json name "${name}" ${problem}`));
        if (mcpName !== undefined && mcpName !== name)
            out.push(at('layout/server-json-name', ['name'], `server.json name "${name}" differs from package.json mcpName "${mcpName}"`));
        const owner = (0,server_json_rules/* githubNamespaceOwner */.yK)(name);
        const actual = ctx.facts.env.githubRepositoryOwner;
        if (owner && actual && owner !== actual) {
            out.push(at('layout/server-json-name', ['name'], `server.json name "${name}" claims GitHub owner "${owner}" but the repository owner is "${actual}" (compared case-sensitively)`, `Use "io.github.${actual}/..."`));
        }
    }
    const pkgVersion = typeof ctx.manifest.version === 'string' ? ctx.manifest.version : undefined;
    const stale = staleFields(ctx.manifest, server, pkgVersion);
    // Two or more stale fields are one cause: the grouped finding says them, their own rules do not.
    const grouped = new Set(stale.length >= 2 && pkgVersion ? stale.map((f) => f.field) : []);
    if (grouped.size && pkgVersion)
        out.push(staleFinding(stale, pkgVersion, at));
    if (typeof server.version !== 'string')
        out.push(at('layout/server-json-version', ['version'], 'server.json has no "version"'));
    else {
        const problem = (0,server_json_rules/* versionProblem */.Ec)(server.version);
        if (problem)
            out.push(at('layout/server-json-version', ['version'], `server.json version ${problem}`));
        else if (pkgVersion && server.version !== pkgVersion && !grouped.has('version'))
            out.push(at('layout/server-json-version', ['version'], `server.json version "${server.version}" differs from package.json version "${pkgVersion}"`, `Set it to "${pkgVersion}" (\`mcp-release version --version ${pkgVersion}\` keeps server.json in step with package.json).`));
    }
    const description = (0,server_json_rules/* descriptionProblem */.wR)(server.description);
    if (description)
        out.push(at('layout/server-json-description', ['description'], `server.json ${description}`));
    for (const placeholder of (0,server_json_rules/* findPlaceholders */.GY)(server)) {
        out.push(at('layout/server-json-placeholder', placeholder.path, `server.json ${placeholder.path.join('.')} still contains a placeholder: "${placeholder.text.slice(0, 80)}"`));
    }
    out.push(...checkNpmPackageEntry(ctx.manifest, server, at, mcpName, pkgVersion, grouped));
    return out;
};
/**
 * The fields a release bumps that still hold an earlier release's value: the
 * top-level `version` and the npm entry's `version` (and, when the only npm
 * entry names another package, its `identifier`). Only values lower than the
 * package.json version count: server.json ahead of package.json is another cause.
 */
function staleFields(manifest, server, pkgVersion) {
    if (!pkgVersion || !functions_valid_default()(pkgVersion))
        return [];
    const older = (v) => typeof v === 'string' && !!functions_valid_default()(v) && lt_default()(v, pkgVersion);
    const out = [];
    if (older(server.version))
        out.push({ field: 'version', path: ['version'], value: server.version, expected: pkgVersion });
    const packageName = typeof manifest.name === 'string' ? manifest.name : undefined;
    const packages = Array.isArray(server.packages) ? server.packages : [];
    const npm = packages
        .map((p, i) => ({ p, i }))
        .filter((e) => isRecord(e.p) && e.p.registryType === 'npm');
    const own = npm.find((e) => e.p.identifier === packageName);
    const entry = own ?? (npm.length === 1 && out.length ? npm[0] : undefined);
    if (!entry)
        return out;
    if (!own && typeof entry.p.identifier === 'string' && packageName)
        out.push({
            field: `packages[${entry.i}].identifier`,
            path: ['packages', entry.i, 'identifier'],
            value: entry.p.identifier,
            expected: packageName,
        });
    if (older(entry.p.version))
        out.push({
            field: `packages[${entry.i}].version`,
            path: ['packages', entry.i, 'version'],
            value: entry.p.version,
            expected: pkgVersion,
        });
    return out;
}
function staleFinding(stale, pkgVersion, at) {
    const [first] = stale;
    const fields = stale.map((f) => `${f.field} "${f.value}" (package.json: "${f.expected}")`).join(', ');
    const renamed = stale.some((f) => f.field.endsWith('.identifier'));
    return at('layout/server-json-stale', first.path, `server.json was not updated for this release (package.json is at ${pkgVersion}): ${fields}`, renamed
        ? `Set packages[].identifier to the package name first, then run \`mcp-release version --version ${pkgVersion}\` (it updates server.json's version and the npm entry's version), or edit the fields by hand.`
        : `Run \`mcp-release version --version ${pkgVersion}\` (it updates server.json's version and the npm entry's version with package.json), or set those fields to "${pkgVersion}".`);
}
function checkNpmPackageEntry(manifest, server, at, mcpName, pkgVersion, 
/** Stale fields the grouped server-json-stale finding already names (`packages[0].version`, ...). */
grouped) {
    const out = [];
    const packageName = typeof manifest.name === 'string' ? manifest.name : undefined;
    const packages = Array.isArray(server.packages) ? server.packages : [];
    const index = packages.findIndex((p) => isRecord(p) && p.registryType === 'npm' && p.identifier === packageName);
    if (index === -1) {
        if ([...grouped].some((field) => field.endsWith('.identifier')))
            return out;
        out.push(at('layout/server-json-package', ['packages'], `server.json has no packages entry with registryType "npm" and identifier "${packageName ?? '?'}"`));
        return out;
    }
    const entry = packages[index];
    if (typeof entry.version === 'string' &&
        pkgVersion &&
        entry.version !== pkgVersion &&
        !grouped.has(`packages[${index}].version`)) {
        out.push(at('layout/server-json-package', ['packages', index, 'version'], `server.json packages[${index}].version "${entry.version}" differs from package.json version "${pkgVersion}"`));
    }
    if (typeof entry.registryBaseUrl === 'string' && !(0,server_json_rules/* isPublicNpmRegistry */.ib)(entry.registryBaseUrl)) {
        out.push(at('layout/server-json-package', ['packages', index, 'registryBaseUrl'], `server.json packages[${index}].registryBaseUrl "${entry.registryBaseUrl}" is not the public npm registry (the MCP Registry accepts only https://registry.npmjs.org)`));
    }
    if (!mcpName) {
        out.push(at('layout/mcp-name-missing', ['packages', index, 'identifier'], `server.json lists npm package "${packageName ?? '?'}" but package.json has no "mcpName"; the registry uses it to verify you own the package`, `Add "mcpName": "${typeof server.name === 'string' ? server.name : '<server.json name>'}" to package.json.`));
    }
    return out;
}
/** One error per instance path, skipping anyOf summaries and paths with their own rule. */
function schemaErrors(errors) {
    const seen = new Set();
    return errors.filter((e) => {
        if (e.keyword === 'anyOf' || e.keyword === 'oneOf' || OWN_RULES.has(e.instancePath) || seen.has(e.instancePath))
            return false;
        seen.add(e.instancePath);
        return true;
    });
}
function describeAjvError(error) {
    const params = error.params;
    if (error.keyword === 'enum' && Array.isArray(params.allowedValues))
        return `must be one of ${params.allowedValues.map((v) => JSON.stringify(v)).join(', ')}`;
    if (error.keyword === 'additionalProperties')
        return `has unknown property "${String(params.additionalProperty)}"`;
    return error.message ?? 'is invalid';
}
function pointerToPath(pointer) {
    if (!pointer)
        return [];
    return pointer
        .slice(1)
        .split('/')
        .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
        .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}
function isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}

;// CONCATENATED MODULE: ./src/layout/validate.ts














const CHECKS = [
    checkPackageIdentity,
    checkPack,
    checkBin,
    build_output/* checkBuildOutput */._y,
    checkEntries,
    checkModuleType,
    checkEngines,
    checkPackedFiles,
    checkFilesEntries,
    checkFilesAllowlist,
    checkTarballSize,
    checkLicense,
    checkRepository,
    checkDependencySources,
    checkServerJson,
    checkReadme,
];
/**
 * Every layout rule over one package's facts. Pure: no I/O. A library is
 * checked as a library: the server-only rules (catalog.ts) do not run.
 */
function runLayoutChecks(facts, settings, kind = 'server', packManager = 'npm') {
    const pj = facts.packageJson;
    if (pj.kind === 'missing')
        return [{ rule: 'layout/package-json-missing', message: 'no package.json in this folder' }];
    if (pj.kind === 'invalid') {
        return [
            {
                rule: 'layout/package-json-invalid',
                message: `package.json is not valid JSON: ${pj.message}`,
                file: 'package.json',
                line: pj.line,
                column: pj.column,
            },
        ];
    }
    if (!facts.manifest) {
        return [
            {
                rule: 'layout/package-json-invalid',
                message: 'package.json must contain a JSON object',
                file: 'package.json',
                line: 1,
                column: 1,
            },
        ];
    }
    const ctx = createContext(facts, facts.manifest, settings, packManager);
    const raw = CHECKS.flatMap((check) => check(ctx));
    return kind === 'library' ? raw.filter((f) => !catalog/* SERVER_ONLY_LAYOUT_RULES */.q.has(f.rule)) : raw;
}
/** The layout rules by id: the layout findings' documentation, without the other commands' catalogs. */
const LAYOUT_BY_ID = new Map(catalog/* LAYOUT_RULES */.t.map((r) => [r.id, r]));
/** Severity from the config or the rule, `off` rules dropped, paths relative to the command's folder. */
function toFindings(raw, settings, relDir, packageName) {
    return (0,rating/* rateAllWith */.k)((id) => LAYOUT_BY_ID.get(id), raw.map((r) => ({ ...r, file: r.file ?? 'package.json' })), settings.rules, { prefix: relDir, ...(packageName ? { package: packageName } : {}) });
}

// EXTERNAL MODULE: ./src/report/model.ts
var model = __webpack_require__(96867);
// EXTERNAL MODULE: ./src/util/concurrency.ts
var concurrency = __webpack_require__(43731);
// EXTERNAL MODULE: ./src/commands/package-manager.ts
var commands_package_manager = __webpack_require__(49112);
// EXTERNAL MODULE: ./src/commands/packages.ts + 1 modules
var commands_packages = __webpack_require__(54731);
;// CONCATENATED MODULE: ./src/commands/validate-layout-run.ts







/*
 * validate-layout's run, apart from its definition (validate-layout.ts: the schema, the option catalog, zod)
 * so that the entries load it alone (src/commands/command-loaders.ts RUN_LOADERS).
 */
/** Packages checked side by side (file reads, node --check, fallback npm runs). */
const PACKAGE_CONCURRENCY = 4;
async function validateLayout(input, context) {
    const started = performance.now();
    // pnpm, yarn and bun pack workspace: and catalog: into real ranges; npm publishes them as they are. The
    // manager's detection (it reads up the folder's parents) runs beside the workspace's reads; its answer, and
    // any error it has, come after the workspace's.
    const managerRoot = (0,commands_package_manager/* managerRootOf */.D3)(external_node_path_default().resolve(context.cwd, input.directory), context);
    managerRoot.catch(() => undefined);
    const { config, discovery, source } = await (0,commands_packages/* openWorkspace */.OH)(input.directory, input.config, context);
    const packManager = (await managerRoot).detected.name;
    const discovered = performance.now();
    const folder = context.adapters.packageFolder;
    const { github } = context.settings;
    const env = {
        ...(github.repository ? { githubRepository: github.repository } : {}),
        ...(github.repositoryOwner ? { githubRepositoryOwner: github.repositoryOwner } : {}),
    };
    const settingsOf = discovery.packages.map((p) => (0,resolve/* settingsForPackage */.h)(config, p.relDir));
    // Started on first use, so a run where no package.json parses never spawns npm.
    let packAll;
    const packOf = (index) => async () => {
        const dirs = discovery.packages.map((p) => p.dir);
        packAll ??= context.log.step(`validate-layout: list what npm would pack (${countOf(dirs.length)})`, () => folder.packList(dirs, PACKAGE_CONCURRENCY, {
            // The .tgz size matters only above each package's budget (layout/tarball-size): below it, no gzip.
            sizeMattersAbove: settingsOf.map((settings) => settings.budgets.tarballSize),
        }));
        return (await packAll)[index] ?? { ok: false, error: 'npm pack gave no result for this folder' };
    };
    const packages = await (0,concurrency/* mapLimit */.s)(discovery.packages, PACKAGE_CONCURRENCY, async (pkg, index) => {
        const settings = settingsOf[index];
        const failOn = input['fail-on'] ?? settings.failOn;
        const facts = await folder.gatherFacts(pkg.dir, env, packOf(index));
        const name = typeof facts.manifest?.name === 'string' ? facts.manifest.name : pkg.relDir;
        const version = typeof facts.manifest?.version === 'string' ? facts.manifest.version : undefined;
        const findings = toFindings(runLayoutChecks(facts, settings, pkg.kind, packManager), settings, pkg.relDir, name);
        return { name, dir: pkg.relDir, ...(version ? { version } : {}), ok: (0,model/* isOk */.HQ)(findings, failOn), findings };
    });
    // Where the packed files could not be listed in-process, npm listed them: say which and why.
    const packNotes = (packAll ? await packAll : []).flatMap((result, index) => result.ok && result.npmBecause
        ? [
            `${discovery.packages[index]?.relDir ?? index}: packed files listed by npm pack --dry-run (${result.npmBecause})`,
        ]
        : []);
    const finished = performance.now();
    const timings = {
        discover: Math.round(discovered - started),
        checks: Math.round(finished - discovered),
        total: Math.round(finished - started),
    };
    return (0,commands_packages/* aggregateReport */.yf)('validate-layout', packages, timings, [
        ...(0,commands_packages/* kindNotes */.Wi)(discovery.packages, source),
        ...(0,commands_packages/* skippedNotes */.CC)(discovery.skippedPrivate),
        ...packNotes,
    ]);
}
function countOf(packages) {
    return packages === 1 ? '1 package' : `${packages} packages`;
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

/***/ 65829:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   q: () => (/* binding */ SERVER_ONLY_LAYOUT_RULES),
/* harmony export */   t: () => (/* binding */ LAYOUT_RULES)
/* harmony export */ });
/**
 * Every validate-layout rule. Ids are a public contract (config `rules:`,
 * SARIF, allowlists): never rename one, only add.
 */
const LAYOUT_RULES = [
    {
        id: 'layout/package-json-missing',
        severity: 'error',
        summary: 'The folder has no package.json.',
        fix: 'Run the check on the package folder, or create package.json with `npm init`.',
    },
    {
        id: 'layout/package-json-invalid',
        severity: 'error',
        summary: 'package.json is not valid JSON (reported with its line and column).',
        fix: 'Fix the JSON syntax at the reported position.',
    },
    {
        id: 'layout/package-name',
        severity: 'error',
        summary: '`name` is missing or not a valid npm package name.',
        fix: 'Use a lowercase, URL-safe name such as `my-mcp-server` or `@scope/my-mcp-server`.',
    },
    {
        id: 'layout/package-version',
        severity: 'error',
        summary: '`version` is missing or not valid semver.',
        fix: 'Set `version` to a semver version such as `1.0.0`.',
    },
    {
        id: 'layout/package-private',
        severity: 'error',
        summary: '`private: true` makes `npm publish` refuse the package.',
        fix: 'Remove `"private": true`, or exclude the package from `packages:` in the config.',
    },
    {
        id: 'layout/pack-failed',
        severity: 'error',
        summary: '`npm pack --dry-run` failed, so the published file list is unknown.',
        fix: 'Run `npm pack --dry-run --ignore-scripts` in the package folder and fix the error it prints.',
    },
    {
        id: 'layout/bin-missing',
        severity: 'error',
        summary: 'No `bin`: `npx <package>` has nothing to run.',
        fix: 'Add `"bin": {"my-server": "dist/index.js"}` pointing at the stdio entry point.',
    },
    {
        id: 'layout/bin-target-missing',
        severity: 'error',
        summary: 'A `bin` target file does not exist.',
        fix: 'Build the package before validating, or point `bin` at the file the build writes.',
    },
    {
        id: 'layout/bin-outside-package',
        severity: 'error',
        summary: 'A `bin` target points outside the package folder.',
        fix: 'Point `bin` at a file inside the package, e.g. `dist/index.js`.',
    },
    {
        id: 'layout/bin-not-packed',
        severity: 'error',
        summary: 'A `bin` target is not in the packed file list (excluded by `files` or .npmignore).',
        fix: 'Add the file or its folder to `files` in package.json.',
    },
    {
        id: 'layout/bin-shebang',
        severity: 'error',
        summary: 'A `bin` target does not start with `#!/usr/bin/env node`.',
        fix: 'Make `#!/usr/bin/env node` the first line of the file (in the source, so the build keeps it).',
    },
    {
        id: 'layout/bin-crlf',
        severity: 'error',
        summary: 'A `bin` target has CRLF line endings (`env: node\\r: No such file or directory`).',
        fix: 'Convert the file to LF line endings (e.g. `.gitattributes`: `* text=auto eol=lf`).',
    },
    {
        id: 'layout/bin-syntax',
        severity: 'error',
        summary: 'A `bin` target does not parse (`node --check` fails).',
        fix: 'Fix the syntax error `node --check` reports.',
    },
    {
        id: 'layout/entry-missing',
        severity: 'error',
        summary: 'A `main`, `module`, `types` or `exports` target does not exist or points outside the package.',
        fix: 'Point the field at a file the build writes inside the package.',
    },
    {
        id: 'layout/entry-not-packed',
        severity: 'error',
        summary: 'A `main`, `module`, `types` or `exports` target is not in the packed file list.',
        fix: 'Add the file or its folder to `files` in package.json.',
    },
    {
        id: 'layout/module-type',
        severity: 'error',
        summary: "An entry file's syntax (ESM or CommonJS) does not match how Node will load it (`type`, `.mjs`/`.cjs`).",
        fix: 'Set `"type": "module"` for ESM `.js` files (or rename to `.mjs`/`.cjs`), or build the format `type` declares.',
    },
    {
        id: 'layout/engines-node-missing',
        severity: 'error',
        summary: '`engines.node` is not set, so users on an old Node get a crash instead of a clear message.',
        fix: 'Add `"engines": {"node": ">=18"}` (or the floor your code needs).',
    },
    {
        id: 'layout/engines-node',
        severity: 'error',
        summary: '`engines.node` is not a valid range or allows a Node older than the floor (`layout.engineFloor`, default 18).',
        fix: 'Use a range such as `>=18` that excludes Node versions the MCP SDK does not support.',
    },
    {
        id: 'layout/packed-sensitive',
        severity: 'error',
        summary: 'The tarball would contain a credential file (`.env`, `.npmrc`, private keys, ...).',
        fix: 'Exclude the file with `files` in package.json (an allowlist) and rotate the secret if it was ever published.',
    },
    {
        id: 'layout/packed-junk',
        severity: 'warning',
        summary: 'The tarball would contain files users never need (tests, coverage, `.git`, editor folders, logs).',
        fix: 'Use `files` in package.json to publish only what runs, e.g. `["dist"]`.',
    },
    {
        id: 'layout/packed-sourcemap',
        severity: 'warning',
        summary: 'The tarball would contain source maps.',
        fix: 'Exclude `*.map` (e.g. `"files": ["dist", "!dist/**/*.map"]`), or allow them with `layout.allowFiles: ["**/*.map"]`.',
    },
    {
        id: 'layout/tarball-size',
        severity: 'error',
        summary: 'The packed or unpacked size is over the budget (`budgets.tarballSize`, default 10 MB; `budgets.unpackedSize`, default 50 MB).',
        fix: 'Publish only what runs (`files`), or raise the budget in the config.',
    },
    {
        id: 'layout/license-missing',
        severity: 'error',
        summary: '`license` is not set.',
        fix: 'Set `license` to an SPDX identifier such as `MIT`.',
    },
    {
        id: 'layout/license-invalid',
        severity: 'error',
        summary: '`license` is not a valid SPDX expression nor `SEE LICENSE IN <file>`.',
        fix: 'Use an SPDX expression such as `MIT` or `(MIT OR Apache-2.0)`.',
    },
    {
        id: 'layout/license-file-missing',
        severity: 'error',
        summary: '`license` says `SEE LICENSE IN <file>` but that file is not in the tarball.',
        fix: 'Add the license file to the package (npm packs LICENSE files automatically), or use an SPDX identifier.',
    },
    {
        id: 'layout/repository-missing',
        severity: 'error',
        summary: '`repository.url` is not set (npm provenance needs it to match the building repository).',
        fix: 'Set `"repository": {"type": "git", "url": "git+https://github.com/OWNER/REPO.git"}`.',
    },
    {
        id: 'layout/repository-mismatch',
        severity: 'error',
        summary: '`repository.url` names a different repository than the one building it (`GITHUB_REPOSITORY`); npm rejects the provenance.',
        fix: 'Set `repository.url` to this repository.',
    },
    {
        id: 'layout/dependency-source',
        severity: 'error',
        summary: 'A dependency uses `file:`, `link:`, git, a URL, or `workspace:`/`catalog:` where npm packs (pnpm, yarn and bun pack those into real ranges): it does not install from the registry for users.',
        fix: 'Depend on a published version range, e.g. `"^1.2.0"`.',
    },
    {
        id: 'layout/readme-missing',
        severity: 'warning',
        summary: 'No README: the npm page and the MCP Registry entry have nothing to show.',
        fix: 'Add README.md with what the server does and how to configure it.',
    },
    {
        id: 'layout/server-json-missing',
        severity: 'note',
        summary: '`mcpName` is set but there is no server.json beside package.json to publish to the MCP Registry.',
        fix: 'Create server.json (e.g. with `mcp-publisher init`) next to package.json.',
    },
    {
        id: 'layout/server-json-invalid',
        severity: 'error',
        summary: 'server.json is not valid JSON.',
        fix: 'Fix the JSON syntax at the reported position.',
    },
    {
        id: 'layout/server-json-schema',
        severity: 'error',
        summary: 'server.json does not validate against the MCP Registry schema.',
        fix: 'Fix the field the message names; the schema is in schema/mcp-registry/.',
    },
    {
        id: 'layout/server-json-schema-version',
        severity: 'warning',
        summary: 'server.json `$schema` is missing or not the current dated schema the registry accepts.',
        fix: 'Set `$schema` to the current schema URL.',
    },
    {
        id: 'layout/server-json-name',
        severity: 'error',
        summary: 'server.json `name` is malformed, differs from package.json `mcpName`, or its `io.github.<owner>` does not match the repository owner.',
        fix: 'Use `io.github.<owner>/<server>` (or your verified domain) and set the same value as `mcpName` in package.json.',
    },
    {
        id: 'layout/server-json-version',
        severity: 'error',
        summary: 'server.json `version` differs from package.json, is a range, or is `latest`.',
        fix: 'Set the exact package.json version (the release step keeps them in sync).',
    },
    {
        id: 'layout/server-json-package',
        severity: 'error',
        summary: "server.json has no npm package entry for this package, or the entry's version or registry is wrong.",
        fix: 'Add `{"registryType": "npm", "identifier": "<package name>", "version": "<version>", "transport": {"type": "stdio"}}` to `packages`.',
    },
    {
        id: 'layout/server-json-description',
        severity: 'error',
        summary: "server.json `description` is empty or longer than 100 characters (the registry's most common rejection).",
        fix: 'Shorten the description to at most 100 characters.',
    },
    {
        id: 'layout/server-json-placeholder',
        severity: 'error',
        summary: 'server.json still contains an unsubstituted `${...}` placeholder.',
        fix: 'Replace the placeholder with the real value (or let the release step fill it).',
    },
    {
        id: 'layout/mcp-name-missing',
        severity: 'error',
        summary: 'server.json lists this npm package but package.json has no `mcpName` (the registry checks it to verify ownership).',
        fix: 'Add `"mcpName": "<server.json name>"` to package.json.',
    },
    {
        id: 'layout/build-output-missing',
        severity: 'error',
        summary: 'The build output is missing: `bin`, `main`, `module`, `types` or `exports` targets point into a folder that holds no file (one finding per package, listing every field and path).',
        fix: "Run the package's build (`npm run build`, `pnpm run build`, `yarn run build`, `bun run build`: the repository's manager) before validating and packing; if nothing builds these files, point the fields at files that exist.",
    },
    {
        id: 'layout/files-entry-unmatched',
        severity: 'error',
        summary: 'An entry of `files` in package.json matches no file in the package (often a build folder that was never written).',
        fix: "Fix the entry's name, build what it names before packing, or remove it.",
    },
    {
        id: 'layout/files-allowlist-missing',
        severity: 'error',
        summary: 'No `files` and no `.npmignore`: tests, coverage, editor settings or CI files would be published with the package.',
        fix: 'Add a `files` allowlist with what the package runs, e.g. `"files": ["dist", "server.json"]` (npm always adds package.json, README and LICENSE).',
    },
    {
        id: 'layout/server-json-stale',
        severity: 'error',
        summary: "server.json was not updated for this release: its `version` and its npm package's `version` still name an earlier release.",
        fix: 'Run `mcp-release version --version <version>` (it updates server.json with package.json), or set the fields to the package.json version.',
    },
];
/**
 * Rules that only make sense for an MCP server: they do not run on a package
 * judged a library (src/workspace/classify.ts). A library has no reason to
 * have a bin; the server.json and mcpName rules concern the MCP Registry (and
 * a package with either is a server anyway). A library that does have a bin
 * (a CLI) still gets the bin target rules: npm links a bin file and the system
 * starts it through its shebang, so a missing, unpacked, CRLF or shebang-less
 * bin is broken for every package ("make sure that your file(s) referenced in
 * bin starts with #!/usr/bin/env node", https://docs.npmjs.com/cli/configuring-npm/package-json#bin).
 * Entries, files, license, repository, engines, dependency sources and the
 * README apply to every package.
 */
const SERVER_ONLY_LAYOUT_RULES = new Set([
    'layout/bin-missing',
    'layout/server-json-missing',
    'layout/server-json-invalid',
    'layout/server-json-schema',
    'layout/server-json-schema-version',
    'layout/server-json-name',
    'layout/server-json-version',
    'layout/server-json-package',
    'layout/server-json-description',
    'layout/server-json-placeholder',
    'layout/mcp-name-missing',
    'layout/server-json-stale',
]);


/***/ }),

/***/ 61062:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ loadedAs),
/* harmony export */   P: () => (/* binding */ detectModuleSyntax)
/* harmony export */ });
/* harmony import */ var es_module_lexer__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77960);

const CJS_MARKERS = [/\brequire\s*\(\s*['"`]/, /\bmodule\.exports\b/, /(^|[^.\w$])exports\.[A-Za-z_$][\w$]*\s*=/m];
/**
 * Which module system a file's source is written for. ESM is decided by a real
 * lexer (es-module-lexer, the one Node's tooling uses): `import`/`export`
 * statements or `import.meta`. CommonJS is a file with no module syntax that
 * calls `require()` or assigns `module.exports`/`exports.x`.
 */
async function detectModuleSyntax(source) {
    // init() compiles the lexer's WebAssembly off this thread (once); without it parse() compiles it here, synchronously.
    await (0,es_module_lexer__WEBPACK_IMPORTED_MODULE_0__/* .init */ .T)();
    try {
        const [, , , hasModuleSyntax] = (0,es_module_lexer__WEBPACK_IMPORTED_MODULE_0__/* .parse */ .q)(source);
        if (hasModuleSyntax)
            return 'esm';
    }
    catch {
        return 'none'; // not parseable: `node --check` reports syntax errors
    }
    return CJS_MARKERS.some((re) => re.test(source)) ? 'cjs' : 'none';
}
/** How Node loads a file: by extension, else by the package's `type`. */
function loadedAs(file, packageType) {
    if (file.endsWith('.mjs'))
        return 'esm';
    if (file.endsWith('.cjs'))
        return 'cjs';
    if (file.endsWith('.js') || !/\.[^/]+$/.test(file))
        return packageType === 'module' ? 'esm' : 'cjs';
    return undefined; // .json, .node, .d.ts, ... are not JavaScript modules
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

/***/ 60578:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   k: () => (/* binding */ rateAllWith)
/* harmony export */ });
/* unused harmony export rateWith */
/**
 * The one place a finding gets its severity: the config's setting for its rule,
 * else the rule's documented default (found by `findRule`); undefined when the
 * rule is `off`. The fix defaults to the rule's, and `prefix` (a package folder)
 * is put before the file.
 */
function rateWith(findRule, raw, overrides = {}, context = {}) {
    const configured = overrides[raw.rule];
    if (configured === 'off')
        return undefined;
    const doc = findRule(raw.rule);
    const fix = raw.fix ?? doc?.fix;
    const prefix = context.prefix && context.prefix !== '.' ? `${context.prefix}/` : '';
    return {
        rule: raw.rule,
        severity: configured ?? doc?.severity ?? 'error',
        message: raw.message,
        ...(raw.file !== undefined ? { file: `${prefix}${raw.file}` } : {}),
        ...(raw.line !== undefined ? { line: raw.line } : {}),
        ...(raw.column !== undefined ? { column: raw.column } : {}),
        ...(fix ? { fix } : {}),
        ...(context.package ? { package: context.package } : {}),
        ...(raw.evidence ? { evidence: raw.evidence } : {}),
    };
}
/** rateWith over a list, the `off` ones dropped. */
function rateAllWith(findRule, raws, overrides, context) {
    return raws.flatMap((raw) => rateWith(findRule, raw, overrides, context) ?? []);
}


/***/ }),

/***/ 43731:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   s: () => (/* binding */ mapLimit)
/* harmony export */ });
/** Map over items with at most `limit` promises in flight, keeping order. */
async function mapLimit(items, limit, fn) {
    const results = new Array(items.length);
    let next = 0;
    const workers = Array.from({ length: Math.min(limit, items.length) }, async () => {
        while (next < items.length) {
            const index = next;
            next += 1;
            results[index] = await fn(items[index], index);
        }
    });
    await Promise.all(workers);
    return results;
}


/***/ }),

/***/ 24406:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   U4: () => (/* binding */ offsetBeyondDepth),
/* harmony export */   dB: () => (/* binding */ JsonLocator),
/* harmony export */   jM: () => (/* binding */ parseJsonStrict),
/* harmony export */   t$: () => (/* binding */ positionAt)
/* harmony export */ });
/** 1-based line and column of a character offset. */
function positionAt(text, offset) {
    let line = 1;
    let lineStart = 0;
    for (let i = 0; i < offset && i < text.length; i += 1) {
        if (text.charCodeAt(i) === 10) {
            line += 1;
            lineStart = i + 1;
        }
    }
    return { line, column: offset - lineStart + 1 };
}
/** Deeper than this is no real manifest, and the recursive readers after JSON.parse (positions, rules) would overflow. */
const MAX_NESTING = 1000;
/**
 * Strict JSON.parse (what npm and the registry use) of a document, a leading BOM aside, refusing one nested
 * deeper than any real manifest; undefined when JSON.parse refuses it: then src/util/json-errors.ts
 * (parseJsonWithPosition) says where, with a tolerant parser this module does not load.
 */
function parseJsonStrict(text) {
    const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
    let value;
    try {
        value = JSON.parse(source);
    }
    catch {
        return undefined;
    }
    const tooDeep = offsetBeyondDepth(source, MAX_NESTING);
    if (tooDeep !== undefined)
        return { ok: false, message: `nested more than ${MAX_NESTING} levels deep`, ...positionAt(source, tooDeep) };
    return { ok: true, value };
}
/** Where the nesting of objects and arrays first passes `limit` (a loop, not recursion), or undefined. */
function offsetBeyondDepth(source, limit) {
    let depth = 0;
    let inString = false;
    for (let i = 0; i < source.length; i += 1) {
        const c = source.charCodeAt(i);
        if (inString) {
            if (c === 92)
                i += 1; // backslash: skip the escaped character
            else if (c === 34)
                inString = false;
        }
        else if (c === 34)
            inString = true;
        else if (c === 123 || c === 91) {
            depth += 1;
            if (depth > limit)
                return i;
        }
        else if (c === 125 || c === 93)
            depth -= 1;
    }
    return undefined;
}
/**
 * Finds where a JSON path lives in a document, to point findings at the right line: at the property
 * (its key) for an object member, at the item for an array index. Falls back to the nearest existing
 * parent, then to line 1. For a document JSON.parse accepts (a leading BOM aside) or an empty one,
 * which is what the rules hold (the answers jsonc-parser's parseTree and findNodeAtLocation give:
 * the first of duplicate keys, test/unit/json-position.test.ts); it reads the text only along the path.
 */
class JsonLocator {
    text;
    constructor(text) {
        this.text = text;
    }
    at(path) {
        for (let n = path.length; n > 0; n -= 1) {
            const offset = this.offsetOf(path.slice(0, n));
            if (offset !== undefined)
                return positionAt(this.text, offset);
        }
        return { line: 1, column: 1 };
    }
    /** Where the path's node starts (its key for an object member), or undefined when it is not there. */
    offsetOf(path) {
        const text = this.text;
        let i = this.skipSpace(0);
        if (i >= text.length)
            return undefined;
        let target = i;
        for (const segment of path) {
            if (typeof segment === 'string') {
                if (text[i] !== '{')
                    return undefined;
                i = this.skipSpace(i + 1);
                let found = false;
                while (text[i] === '"') {
                    const keyStart = i;
                    const keyEnd = this.stringEnd(i);
                    const key = JSON.parse(text.slice(keyStart, keyEnd));
                    i = this.skipSpace(this.skipSpace(keyEnd) + 1); // past the colon
                    if (key === segment) {
                        target = keyStart;
                        found = true;
                        break;
                    }
                    i = this.afterMember(this.valueEnd(i));
                }
                if (!found)
                    return undefined;
            }
            else {
                if (text[i] !== '[' || !Number.isInteger(segment) || segment < 0)
                    return undefined;
                i = this.skipSpace(i + 1);
                for (let index = 0;; index += 1) {
                    if (text[i] === ']' || i >= text.length)
                        return undefined;
                    if (index === segment)
                        break;
                    i = this.afterMember(this.valueEnd(i));
                }
                target = i;
            }
        }
        return target;
    }
    /** Past whitespace (JSON's, and a BOM). */
    skipSpace(i) {
        const text = this.text;
        while (i < text.length) {
            const c = text.charCodeAt(i);
            if (c !== 32 && c !== 9 && c !== 10 && c !== 13 && c !== 0xfeff)
                break;
            i += 1;
        }
        return i;
    }
    /** Past the string that opens at `i`. */
    stringEnd(i) {
        const text = this.text;
        for (let j = i + 1; j < text.length; j += 1) {
            const c = text.charCodeAt(j);
            if (c === 92)
                j += 1;
            else if (c === 34)
                return j + 1;
        }
        return text.length;
    }
    /** Past the value that starts at `i`. */
    valueEnd(i) {
        const text = this.text;
        const c = text[i];
        if (c === '"')
            return this.stringEnd(i);
        if (c === '{' || c === '[') {
            let depth = 0;
            for (let j = i; j < text.length; j += 1) {
                const d = text[j];
                if (d === '"')
                    j = this.stringEnd(j) - 1;
                else if (d === '{' || d === '[')
                    depth += 1;
                else if ((d === '}' || d === ']') && --depth === 0)
                    return j + 1;
            }
            return text.length;
        }
        let j = i;
        while (j < text.length && !/[\s,\]}]/.test(text[j]))
            j += 1;
        return j;
    }
    /** Past a member's trailing comma, at the next member or the closing bracket. */
    afterMember(i) {
        const j = this.skipSpace(i);
        return this.text[j] === ',' ? this.skipSpace(j + 1) : j;
    }
}


/***/ })

};

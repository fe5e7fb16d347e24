export const id = 6267;
export const ids = [6267];
export const modules = {

/***/ 96267:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  validateLayoutCommand: () => (/* binding */ validateLayoutCommand)
});

// EXTERNAL MODULE: ./src/config/resolve.ts
var resolve = __webpack_require__(68270);
// EXTERNAL MODULE: ./src/rules.ts + 3 modules
var rules = __webpack_require__(36086);
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

// EXTERNAL MODULE: ./node_modules/semver/index.js
var semver = __webpack_require__(62088);
var semver_default = /*#__PURE__*/__webpack_require__.n(semver);
;// CONCATENATED MODULE: ./src/layout/rules/engines.ts

/**
 * engines.node: present, a valid range, and admitting no Node older than the
 * floor (`layout.engineFloor`, default 18: what the MCP SDK supports). A range
 * admits an older Node when it intersects `<floor` (`>=16`, `^16 || >=20`).
 */
const checkEngines = (ctx) => {
    const floorText = ctx.settings.layout.engineFloor;
    const floor = semver_default().coerce(floorText);
    const suggested = `>=${floorText}`;
    const engines = ctx.manifest.engines;
    const range = engines && typeof engines === 'object' ? engines.node : undefined;
    if (typeof range !== 'string' || range.trim() === '') {
        return [
            ctx.at('layout/engines-node-missing', ['engines'], `package.json has no "engines.node": users on a Node older than ${floorText} get a crash instead of a clear message`, `Add "engines": {"node": "${suggested}"} (or the floor your code needs; the kit's floor is layout.engineFloor in the config).`),
        ];
    }
    if (semver_default().validRange(range) === null) {
        return [ctx.at('layout/engines-node', ['engines', 'node'], `engines.node "${range}" is not a valid semver range`)];
    }
    if (floor && floor.compare('0.0.0') > 0 && semver_default().intersects(range, `<${floor.version}`)) {
        const lowest = semver_default().minVersion(range);
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

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
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

// EXTERNAL MODULE: ./node_modules/validate-npm-package-name/lib/index.js
var lib = __webpack_require__(77825);
var lib_default = /*#__PURE__*/__webpack_require__.n(lib);
;// CONCATENATED MODULE: ./src/layout/rules/package-json.ts


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
    else if (!semver_default().valid(version)) {
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

// EXTERNAL MODULE: ./src/mcp-registry/server-json-rules.ts
var server_json_rules = __webpack_require__(59834);
// EXTERNAL MODULE: ./src/mcp-registry/server-schema.ts + 1 modules
var server_schema = __webpack_require__(17211);
;// CONCATENATED MODULE: ./src/layout/rules/server-json.ts




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
    if (!pkgVersion || !semver_default().valid(pkgVersion))
        return [];
    const older = (v) => typeof v === 'string' && !!semver_default().valid(v) && semver_default().lt(v, pkgVersion);
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
/** Severity from the config or the rule, `off` rules dropped, paths relative to the command's folder. */
function toFindings(raw, settings, relDir, packageName) {
    return (0,rules/* rateAll */.US)(raw.map((r) => ({ ...r, file: r.file ?? 'package.json' })), settings.rules, { prefix: relDir, ...(packageName ? { package: packageName } : {}) });
}

// EXTERNAL MODULE: ./src/report/model.ts
var model = __webpack_require__(96867);
// EXTERNAL MODULE: ./src/util/concurrency.ts
var concurrency = __webpack_require__(43731);
// EXTERNAL MODULE: ./src/commands/define-command.ts
var define_command = __webpack_require__(68427);
// EXTERNAL MODULE: ./src/commands/option-catalog.ts
var option_catalog = __webpack_require__(19159);
// EXTERNAL MODULE: ./src/commands/package-manager.ts
var commands_package_manager = __webpack_require__(49112);
// EXTERNAL MODULE: ./src/commands/packages.ts + 1 modules
var commands_packages = __webpack_require__(54731);
;// CONCATENATED MODULE: ./src/commands/validate-layout.ts








const OPTIONS = (0,define_command/* pickOptions */.Sb)({
    directory: true,
    config: { description: option_catalog/* SHARED_DESCRIPTIONS */.OD.configInDirectory },
    'fail-on': { description: option_catalog/* SHARED_DESCRIPTIONS */.OD.failOnFromConfig },
});
/** Packages checked side by side (file reads, node --check, fallback npm runs). */
const PACKAGE_CONCURRENCY = 4;
const validateLayoutCommand = (0,define_command/* defineCommand */.NB)({
    name: 'validate-layout',
    aliases: ['validate'],
    summary: 'Check that each package would install and start for `npx` users (bin, entries, files, license, server.json, ...).',
    positional: 'directory',
    options: OPTIONS,
    outputs: {},
    run: validateLayout,
});
async function validateLayout(input, context) {
    const started = performance.now();
    const { config, discovery, source, rootDir } = await (0,commands_packages/* openWorkspace */.OH)(input.directory, input.config, context);
    // pnpm, yarn and bun pack workspace: and catalog: into real ranges; npm publishes them as they are.
    const packManager = (await (0,commands_package_manager/* managerRootOf */.D3)(rootDir, context)).detected.name;
    const discovered = performance.now();
    const folder = context.adapters.packageFolder;
    const { github } = context.settings;
    const env = {
        ...(github.repository ? { githubRepository: github.repository } : {}),
        ...(github.repositoryOwner ? { githubRepositoryOwner: github.repositoryOwner } : {}),
    };
    // Started on first use, so a run where no package.json parses never spawns npm.
    let packAll;
    const packOf = (index) => async () => {
        const dirs = discovery.packages.map((p) => p.dir);
        packAll ??= context.log.step(`validate-layout: list what npm would pack (${countOf(dirs.length)})`, () => folder.packList(dirs, PACKAGE_CONCURRENCY));
        return (await packAll)[index] ?? { ok: false, error: 'npm pack gave no result for this folder' };
    };
    const packages = await (0,concurrency/* mapLimit */.s)(discovery.packages, PACKAGE_CONCURRENCY, async (pkg, index) => {
        const settings = (0,resolve/* settingsForPackage */.h)(config, pkg.relDir);
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
    await es_module_lexer__WEBPACK_IMPORTED_MODULE_0__/* .init */ .T;
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
/* harmony export */   jX: () => (/* binding */ parseJsonWithPosition)
/* harmony export */ });
/* unused harmony export positionAt */
/* harmony import */ var jsonc_parser__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(99547);
/* harmony import */ var jsonc_parser__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(jsonc_parser__WEBPACK_IMPORTED_MODULE_0__);

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
/**
 * Strict JSON.parse (what npm and the registry use), with the line and column of the
 * first error found by a tolerant parser, since JSON.parse's own position differs by Node version.
 */
/** Deeper than this is no real manifest, and the recursive readers after JSON.parse (positions, rules) would overflow. */
const MAX_NESTING = 1000;
function parseJsonWithPosition(text) {
    const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
    try {
        const value = JSON.parse(source);
        const tooDeep = offsetBeyondDepth(source, MAX_NESTING);
        if (tooDeep !== undefined)
            return { ok: false, message: `nested more than ${MAX_NESTING} levels deep`, ...positionAt(source, tooDeep) };
        return { ok: true, value };
    }
    catch (error) {
        const errors = [];
        (0,jsonc_parser__WEBPACK_IMPORTED_MODULE_0__.parseTree)(source, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
        const first = errors[0];
        const offset = first ? first.offset : source.length;
        const where = positionAt(source, offset);
        const detail = first ? describeParseError((0,jsonc_parser__WEBPACK_IMPORTED_MODULE_0__.printParseErrorCode)(first.error)) : error.message;
        return { ok: false, message: detail, ...where };
    }
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
function describeParseError(code) {
    // jsonc-parser codes are like "CommaExpected": make them words.
    return code.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}
/**
 * Finds where a JSON path lives in a document, to point findings at the right line.
 * Falls back to the nearest existing parent, then to line 1.
 */
class JsonLocator {
    text;
    root;
    constructor(text) {
        this.text = text;
        this.root = (0,jsonc_parser__WEBPACK_IMPORTED_MODULE_0__.parseTree)(text, [], { allowTrailingComma: true });
    }
    at(path) {
        if (!this.root)
            return { line: 1, column: 1 };
        for (let n = path.length; n > 0; n -= 1) {
            const node = (0,jsonc_parser__WEBPACK_IMPORTED_MODULE_0__.findNodeAtLocation)(this.root, path.slice(0, n));
            if (node) {
                // Point at the property key ("bin": ...) rather than its value when there is one.
                const target = node.parent?.type === 'property' ? node.parent : node;
                return positionAt(this.text, target.offset);
            }
        }
        return { line: 1, column: 1 };
    }
}


/***/ })

};

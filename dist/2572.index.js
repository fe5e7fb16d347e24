export const id = 2572;
export const ids = [2572];
export const modules = {

/***/ 32572:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  parseConfigText: () => (/* binding */ parseConfigText)
});

// UNUSED EXPORTS: MAX_CONFIG_BYTES

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/util/json-position.ts
var json_position = __webpack_require__(24406);
;// CONCATENATED MODULE: ./src/config/format-issues.ts
/** `packages[1].rules` from a zod issue path. */
function formatPath(path) {
    let out = '';
    for (const seg of path) {
        if (typeof seg === 'number')
            out += `[${seg}]`;
        else
            out += out === '' ? String(seg) : `.${String(seg)}`;
    }
    return out;
}
/** The object schema at a path of the config's JSON Schema, for naming allowed keys. */
function objectSchemaAt(schema, path) {
    let node = schema;
    for (const seg of path) {
        node = pickObjectBranch(node);
        if (!node)
            return undefined;
        if (typeof seg === 'number')
            node = node.items;
        else
            node =
                node.properties?.[String(seg)] ??
                    (typeof node.additionalProperties === 'object' ? node.additionalProperties : undefined);
    }
    return pickObjectBranch(node);
}
function pickObjectBranch(node) {
    if (!node)
        return undefined;
    if (node.anyOf)
        return node.anyOf.find((b) => b.type === 'object' || b.type === 'array' || b.properties) ?? node;
    return node;
}
/** One readable line per zod issue: `key.path: what is wrong (allowed: ...)`. */
function describeIssue(issue, jsonSchema) {
    const path = [...issue.path];
    const where = formatPath(path) || '(top level)';
    if (issue.code === 'unrecognized_keys') {
        const allowed = Object.keys(objectSchemaAt(jsonSchema, path)?.properties ?? {});
        const keys = listKeys(issue.keys);
        return {
            path: [...path, issue.keys[0] ?? ''],
            text: `${where}: unknown key ${keys} (allowed: ${allowed.join(', ')})`,
        };
    }
    if (issue.code === 'invalid_value' && 'values' in issue) {
        return {
            path,
            text: `${where}: invalid value (allowed: ${issue.values.map((v) => JSON.stringify(v)).join(', ')})`,
        };
    }
    if (issue.code === 'invalid_union' && 'errors' in issue && issue.errors.length) {
        // zod says only "Invalid input": say what each allowed form wanted instead.
        const forms = issue.errors.map((branch) => {
            const first = branch[0];
            if (!first)
                return 'valid';
            const inner = formatPath([...first.path]);
            return `${inner ? `${inner}: ` : ''}${first.code === 'unrecognized_keys' ? `unknown key ${listKeys(first.keys)}` : first.message}`;
        });
        return { path, text: `${where}: matches none of the allowed forms (${forms.join(' | ')})` };
    }
    return { path, text: `${where}: ${issue.message}` };
}
/** At most ten keys by name: a config with thousands of stray keys gets one readable line. */
function listKeys(keys) {
    const named = keys
        .slice(0, 10)
        .map((k) => JSON.stringify(k.length > 60 ? `${k.slice(0, 60)}…` : k))
        .join(', ');
    return keys.length > 10 ? `${named} and ${keys.length - 10} more` : named;
}

// EXTERNAL MODULE: ./node_modules/zod/v4/core/json-schema-processors.js
var json_schema_processors = __webpack_require__(98439);
// EXTERNAL MODULE: ./src/rules.ts + 3 modules
var rules = __webpack_require__(36086);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 4 modules
var schemas = __webpack_require__(41514);
// EXTERNAL MODULE: ./src/config/registry-url.ts
var registry_url = __webpack_require__(58023);
// EXTERNAL MODULE: ./src/release/tag-styles.ts
var tag_styles = __webpack_require__(17676);
;// CONCATENATED MODULE: ./src/config/schema.ts




/**
 * `.github/mcp-release.yml`, validated with zod. The JSON Schema published at
 * schema/mcp-release.schema.json is generated from this file (`npm run docs`).
 * Every object is strict: an unknown key is an error naming the key and what is allowed.
 */
function isRegExp(source) {
    try {
        new RegExp(source);
        return true;
    }
    catch {
        return false;
    }
}
const ruleSetting = schemas/* enum */.k5n(['error', 'warning', 'note', 'off']).describe('Severity for this rule, or `off`.');
const ruleIds = new Set(rules/* ALL_RULES */.Uj.map((r) => r.id));
const rulesMap = schemas/* record */.g1P(schemas/* string */.YjP(), ruleSetting)
    .superRefine((rules, ctx) => {
    for (const id of Object.keys(rules)) {
        if (!ruleIds.has(id)) {
            ctx.addIssue({
                code: 'custom',
                path: [id],
                message: `unknown rule id "${id}" (allowed: the ids in docs/rules.md, e.g. layout/bin-shebang)`,
            });
        }
    }
})
    .describe('Severity per rule id, e.g. `layout/readme-missing: off`.');
/** A size in bytes, or a string such as `10 MB`, `512kB`, `2 MiB`. */
const sizeSchema = schemas/* union */.KCZ([
    schemas/* number */.aig().int().nonnegative(),
    schemas/* string */.YjP()
        .regex(/^\s*\d+(\.\d+)?\s*(B|kB|KB|MB|GB|KiB|MiB|GiB)?\s*$/, 'expected a size such as 10 MB, 512 kB or a number of bytes'),
])
    .describe('Bytes, or a string like "10 MB", "512 kB", "2 MiB".');
const budgets = schemas/* strictObject */.rej({
    tarballSize: sizeSchema.optional().describe('Largest allowed packed tarball (default 10 MB).'),
    unpackedSize: sizeSchema.optional().describe('Largest allowed unpacked size (default 50 MB).'),
    startupMs: schemas/* number */.aig()
        .int()
        .positive()
        .optional()
        .describe('Longest allowed time from spawn to a tools/list answer (smoke test).'),
})
    .describe('Size and time budgets.');
const layout = schemas/* strictObject */.rej({
    engineFloor: schemas/* union */.KCZ([
        schemas/* number */.aig()
            .int('expected a whole Node major such as 18 (or a version string such as "20.19")')
            .min(0, 'expected a Node major of 0 or more, such as 18'),
        schemas/* string */.YjP().regex(/^\d+(\.\d+){0,2}$/, 'expected a Node version such as 18 or 20.19'),
    ])
        .optional()
        .describe('Lowest Node major (or version) `engines.node` may allow (default 18); a range admitting an older Node is `layout/engines-node`.'),
    allowFiles: schemas/* array */.YOg(schemas/* string */.YjP().min(1))
        .optional()
        .describe('Globs of packed files the packed-* rules accept (e.g. "**/*.map").'),
})
    .describe('Settings of validate-layout.');
const envName = schemas/* string */.YjP().regex(/^[A-Za-z_][A-Za-z0-9_]*$/, 'expected an environment variable name');
const smoke = schemas/* strictObject */.rej({
    bin: schemas/* string */.YjP()
        .min(1)
        .optional()
        .describe('The bin to start when the package has several (default: the one named like the package).'),
    args: schemas/* array */.YOg(schemas/* string */.YjP()).optional().describe('Arguments for the server (e.g. a folder for server-filesystem).'),
    env: schemas/* record */.g1P(envName, schemas/* string */.YjP()).optional().describe('Environment variables for the server.'),
    installScripts: schemas/* boolean */.zMY()
        .optional()
        .describe('Run lifecycle scripts when installing the package for the smoke test (default false); they run in the smoke sandbox, never beside a token.'),
    sandbox: schemas/* enum */.k5n(['auto', 'required', 'off'])
        .optional()
        .describe('Isolation of the server: auto (the strongest this machine gives: its own PID and mount namespace where util-linux and namespaces or sudo allow, else a scrubbed environment), required (fail when no namespace can be made), off (scrubbed environment only). Default auto.'),
    expectTools: schemas/* array */.YOg(schemas/* string */.YjP().min(1)).optional().describe('Tool names the server must list.'),
    calls: schemas/* array */.YOg(schemas/* strictObject */.rej({ tool: schemas/* string */.YjP().min(1), arguments: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* unknown */.L5J()).optional() }))
        .optional()
        .describe('Tools to call, with arguments; each result must not be an error.'),
    timeouts: schemas/* strictObject */.rej({
        initialize: schemas/* number */.aig().int().positive().optional().describe('Spawn to initialize answer, ms (default 20000).'),
        list: schemas/* number */.aig().int().positive().optional().describe('Each list or call request, ms (default 10000).'),
        shutdown: schemas/* number */.aig()
            .int()
            .positive()
            .optional()
            .describe('Grace after closing stdin and after SIGTERM, ms (default 2000).'),
        session: schemas/* number */.aig()
            .int()
            .positive()
            .optional()
            .describe('The most one session (initialize, every list page and call) may take in total, ms (default 120000).'),
    })
        .optional(),
})
    .describe('MCP smoke test settings (used by `smoke`).');
const scan = schemas/* strictObject */.rej({
    allowPaths: schemas/* array */.YOg(schemas/* string */.YjP().min(1))
        .optional()
        .describe('Globs of files the secret scanner skips (e.g. "test/fixtures/**").'),
    allowPatterns: schemas/* array */.YOg(schemas/* string */.YjP().min(1).refine(isRegExp, 'expected a valid regular expression'))
        .optional()
        .describe('Regular expressions; a matched secret that matches one is not a finding.'),
    auditLevel: schemas/* enum */.k5n(['low', 'moderate', 'high', 'critical'])
        .optional()
        .describe('Lowest advisory severity that is a finding (default high).'),
    audit: schemas/* enum */.k5n(['auto', 'required', 'off'])
        .optional()
        .describe('auto: audit when there is a lockfile, warn when it cannot; required: cannot-audit is an error; off.'),
    rulePacks: schemas/* array */.YOg(schemas/* enum */.k5n(['phi']))
        .optional()
        .describe('Extra rule packs: phi (US SSN, medical record numbers).'),
    maxFileSize: sizeSchema.optional().describe('Larger files are not scanned for secrets (default 5 MB).'),
    installScripts: schemas/* strictObject */.rej({
        allow: schemas/* array */.YOg(schemas/* strictObject */.rej({
            script: schemas/* enum */.k5n(['preinstall', 'install', 'postinstall', 'preprepare', 'prepare', 'postprepare'])
                .describe('The lifecycle script allowed (install covers the implicit node-gyp rebuild).'),
            reason: schemas/* string */.YjP({
                error: 'a reason is required: say why this install script is safe (it is printed with every scan)',
            })
                .trim()
                .min(1, 'a reason is required: say why this install script is safe (it is printed with every scan)')
                .describe('Why the script is safe; the scan prints it in a note instead of the finding.'),
        }))
            .optional()
            .describe('Install-time scripts allowed, each with the reason.'),
    })
        .optional()
        .describe('Install-time scripts (scan/install-script, scan/install-script-network).'),
    pinning: schemas/* enum */.k5n(['default', 'strict'])
        .optional()
        .describe("Workflow pinning policy. default: a third-party action by tag or branch is an error, GitHub's own (actions/*, github/*) a warning; strict: both are errors (every `uses:` by full commit SHA)."),
})
    .describe('security-scan settings (used by `scan`).');
/** Settings that may differ per package (top level, or in a `packages:` entry). */
const packageSettingsShape = {
    failOn: schemas/* enum */.k5n(['error', 'warning', 'note', 'never'])
        .optional()
        .describe('Lowest severity that fails the run (default error).'),
    rules: rulesMap.optional(),
    budgets: budgets.optional(),
    layout: layout.optional(),
    smoke: smoke.optional(),
    scan: scan.optional(),
};
const packageSettingsSchema = schemas/* strictObject */.rej(packageSettingsShape);
const packageEntry = schemas/* union */.KCZ([
    schemas/* string */.YjP().min(1).describe('A folder or glob of folders that hold a package.json; prefix with ! to exclude.'),
    schemas/* strictObject */.rej({ path: schemas/* string */.YjP().min(1).describe('Folder or glob of folders.'), ...packageSettingsShape })
        .describe('A folder or glob with settings that override the top level for those packages.'),
]);
const configSchema = schemas/* strictObject */.rej({
    $schema: schemas/* string */.YjP().optional(),
    packages: schemas/* array */.YOg(packageEntry)
        .min(1)
        // Exclusions alone select nothing: every command would find no package and pass silently.
        .refine((entries) => entries.some((entry) => !(typeof entry === 'string' ? entry : entry.path).startsWith('!')), 'holds only exclusions ("!folder"): add the folders or globs to release (such as "packages/*")')
        .optional()
        .describe('Package folders for a monorepo (default: the repository root).'),
    ...packageSettingsShape,
    labels: schemas/* strictObject */.rej({
        major: schemas/* string */.YjP().min(1).optional(),
        minor: schemas/* string */.YjP().min(1).optional(),
        patch: schemas/* string */.YjP().min(1).optional(),
        prerelease: schemas/* string */.YjP().min(1).optional(),
        skip: schemas/* string */.YjP().min(1).optional(),
    })
        .optional()
        .describe('Release label names (default release:major, release:minor, ...).'),
    prerelease: schemas/* strictObject */.rej({
        id: schemas/* string */.YjP()
            .regex(/^[0-9A-Za-z-]+$/)
            .optional(),
    })
        .optional()
        .describe('Prerelease settings.'),
    stagingTag: schemas/* string */.YjP()
        .regex(/^[a-z][a-z0-9._-]*$/, 'expected a dist-tag such as next')
        .optional()
        .describe('The staging dist-tag (default next).'),
    registry: registry_url/* registryUrl */.NH.optional().describe('npm registry URL (default https://registry.npmjs.org/).'),
    mcpRegistry: schemas/* boolean */.zMY().optional().describe('Publish server.json to the MCP Registry on promote.'),
    tagFormat: schemas/* string */.YjP()
        .min(1)
        .superRefine((format, ctx) => {
        for (const problem of (0,tag_styles/* tagFormatProblems */.ae)(format))
            ctx.addIssue({ code: 'custom', message: problem });
    })
        .optional()
        .describe('How release tags are named: {name} (the package name) and {version}, e.g. "{name}-v{version}" (default v{version} for a package at the repository root, {name}@{version} in a monorepo). A format without {name} is an error when several packages are released.'),
})
    // Several packages under one tag name would collide: `packages:` with several entries or a glob releases several.
    .superRefine((config, ctx) => {
    if (!config.tagFormat || !config.packages)
        return;
    const folders = config.packages
        .map((entry) => (typeof entry === 'string' ? entry : entry.path))
        .filter((folder) => !folder.startsWith('!'));
    const several = folders.length > 1 || folders.some((folder) => /[*?[{]/.test(folder));
    const packages = several ? `the packages of ${folders.map((folder) => `"${folder}"`).join(', ')}` : 1;
    const collision = (0,tag_styles/* tagFormatCollision */.kZ)(config.tagFormat, packages);
    if (collision)
        ctx.addIssue({ code: 'custom', path: ['tagFormat'], message: collision });
})
    .describe('mcp-release-kit configuration (.github/mcp-release.yml).');

;// CONCATENATED MODULE: ./src/config/json-schema.ts



/** The JSON Schema editors use to validate .github/mcp-release.yml (committed in schema/). */
function configJsonSchema() {
    const schema = json_schema_processors/* toJSONSchema */.bl(configSchema, { target: 'draft-2020-12', io: 'input' });
    restrictRuleIds(schema);
    return { $schema: schema.$schema, title: 'mcp-release-kit configuration (.github/mcp-release.yml)', ...schema };
}
/** zod checks rule ids in a refinement, which JSON Schema cannot see: name them for editors. */
function restrictRuleIds(node) {
    if (!node || typeof node !== 'object')
        return;
    const record = node;
    const properties = record.properties;
    if (properties?.rules && typeof properties.rules === 'object') {
        properties.rules.propertyNames = { enum: rules/* ALL_RULES */.Uj.map((r) => r.id) };
    }
    for (const value of Object.values(record)) {
        if (Array.isArray(value))
            value.forEach(restrictRuleIds);
        else
            restrictRuleIds(value);
    }
}

;// CONCATENATED MODULE: ./src/config/load.ts







/** Errors listed per config; the rest are counted (each one costs a walk of the document). */
const MAX_LISTED_ISSUES = 50;
/** Parse and validate config text; errors name `file:line:column: key.path: problem (allowed: ...)`. */
function parseConfigTextUnguarded(text, fileLabel) {
    const lineCounter = new dist/* LineCounter */.HN();
    // The parser's own uniqueKeys check compares every key with every other (20,000 keys: 4 s); ours is one pass.
    const doc = (0,dist/* parseDocument */.Tp)(text, { lineCounter, prettyErrors: false, uniqueKeys: false });
    const yamlError = doc.errors[0];
    if (yamlError) {
        const pos = lineCounter.linePos(yamlError.pos[0]);
        throw new errors/* ConfigError */.xL(`${fileLabel}:${pos.line}:${pos.col}: invalid YAML: ${firstLine(yamlError.message)}`);
    }
    const duplicate = firstDuplicateKey(doc);
    if (duplicate) {
        const pos = lineCounter.linePos(duplicate.offset);
        throw new errors/* ConfigError */.xL(`${fileLabel}:${pos.line}:${pos.col}: invalid YAML: the key "${duplicate.key}" appears twice in one mapping (map keys must be unique)`);
    }
    let data;
    try {
        data = doc.toJS() ?? {};
    }
    catch (error) {
        // e.g. an alias (*name) to an anchor that does not exist
        throw new errors/* ConfigError */.xL(`${fileLabel}: invalid YAML: ${firstLine(error.message)}`, { cause: error });
    }
    if (typeof data !== 'object' || Array.isArray(data)) {
        throw new errors/* ConfigError */.xL(`${fileLabel}: expected a mapping of keys (packages, rules, budgets, ...), got ${Array.isArray(data) ? 'a list' : typeof data}`);
    }
    const result = configSchema.safeParse(data);
    if (result.success)
        return result.data;
    const schema = configJsonSchema();
    const issues = result.error.issues;
    const lines = issues.slice(0, MAX_LISTED_ISSUES).map((issue) => {
        const { path: keyPath, text: problem } = describeIssue(issue, schema);
        const where = locate(doc, lineCounter, keyPath);
        return `${fileLabel}${where}: ${problem}`;
    });
    if (issues.length > MAX_LISTED_ISSUES)
        lines.push(`${fileLabel}: ... and ${issues.length - MAX_LISTED_ISSUES} more problem(s)`);
    throw new errors/* ConfigError */.xL(lines.join('\n'));
}
/** Far deeper than any config; the parser's recursion is safe well past it. */
const MAX_CONFIG_NESTING = 200;
function parseConfigText(text, fileLabel) {
    // Flow collections nested thousands deep crash the YAML parser past what a catch can handle.
    if ((0,json_position/* offsetBeyondDepth */.U4)(text, MAX_CONFIG_NESTING) !== undefined)
        throw new errors/* ConfigError */.xL(`${fileLabel}: nested more than ${MAX_CONFIG_NESTING} levels deep ({ and [); a config is a few levels`);
    try {
        return parseConfigTextUnguarded(text, fileLabel);
    }
    catch (error) {
        // Pathological nesting overflows the parser's recursion: say so instead of crashing.
        if (error instanceof RangeError)
            throw new errors/* ConfigError */.xL(`${fileLabel}: nested too deeply to read (${error.message})`, { cause: error });
        throw error;
    }
}
/** The first key repeated within one mapping, in document order: a Set per mapping, linear overall. */
function firstDuplicateKey(doc) {
    let found;
    (0,dist/* visit */.YR)(doc, {
        Map(_key, map) {
            if (!(0,dist/* isMap */.jh)(map))
                return undefined;
            const seen = new Set();
            for (const pair of map.items) {
                const key = (0,dist/* isScalar */.jn)(pair.key) ? String(pair.key.value) : JSON.stringify(pair.key);
                if (seen.has(key)) {
                    found = { key, offset: ((0,dist/* isNode */.Ll)(pair.key) && pair.key.range?.[0]) || 0 };
                    return dist/* visit */.YR.BREAK;
                }
                seen.add(key);
            }
            return undefined;
        },
    });
    return found;
}
function locate(doc, lineCounter, keyPath) {
    // Walk up the path until a node exists (an unknown key's own node exists; a missing one's parent does).
    for (let n = keyPath.length; n >= 0; n -= 1) {
        const node = doc.getIn(keyPath.slice(0, n), true);
        if ((0,dist/* isNode */.Ll)(node) && node.range) {
            const pos = lineCounter.linePos(node.range[0]);
            return `:${pos.line}:${pos.col}`;
        }
        const pair = findKeyNode(doc, keyPath.slice(0, n));
        if (pair)
            return `:${lineCounter.linePos(pair).line}:${lineCounter.linePos(pair).col}`;
    }
    return '';
}
/** Offset of the key itself (for unknown keys whose value node may be null). */
function findKeyNode(doc, keyPath) {
    if (keyPath.length === 0)
        return undefined;
    const parent = doc.getIn(keyPath.slice(0, -1), true);
    const last = keyPath[keyPath.length - 1];
    if (parent && typeof parent === 'object' && 'items' in parent && Array.isArray(parent.items)) {
        for (const item of parent.items) {
            if (item &&
                typeof item === 'object' &&
                'key' in item &&
                (0,dist/* isNode */.Ll)(item.key) &&
                String(item.key.value) === String(last)) {
                return item.key.range?.[0];
            }
        }
    }
    return undefined;
}
function firstLine(text) {
    return text.split('\n')[0] ?? text;
}


/***/ }),

/***/ 58023:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   NH: () => (/* binding */ registryUrl),
/* harmony export */   NP: () => (/* binding */ REGISTRY_URL_KIND),
/* harmony export */   pm: () => (/* binding */ mcpRegistryUrl)
/* harmony export */ });
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(41514);
/* harmony import */ var _url_check_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(37342);


/** Each registry URL schema's kind, for the usage manifest (src/commands/define-command.ts valueCheckOf). */
const REGISTRY_URL_KIND = new WeakMap();
/** A URL schema that refuses user-info; the kind says where the credentials go instead. */
function urlWithoutCredentials(kind) {
    const schema = zod__WEBPACK_IMPORTED_MODULE_1__/* .url */ .OZ5().superRefine((value, context) => {
        // zod runs this refinement even when z.url() has refused the value: that refusal is the message then.
        const message = (0,_url_check_js__WEBPACK_IMPORTED_MODULE_0__/* .credentialsProblem */ .sL)(value, kind);
        if (message)
            context.addIssue({ code: 'custom', message });
    });
    REGISTRY_URL_KIND.set(schema, kind);
    return schema;
}
/**
 * Every npm registry URL a user gives (--registry, the `registry` input, the
 * config's `registry`) is parsed by this one schema. Credentials in the URL are
 * refused, naming neither the user nor the secret, only the URL without them.
 */
const registryUrl = urlWithoutCredentials('npm');
/** The MCP Registry's URL (promote, rollback): its login is exchanged for the GitHub OIDC token, never read from the URL. */
const mcpRegistryUrl = urlWithoutCredentials('mcp-registry');


/***/ }),

/***/ 17676:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DA: () => (/* binding */ previousReleaseTag),
/* harmony export */   _3: () => (/* binding */ formatTag),
/* harmony export */   ae: () => (/* binding */ tagFormatProblems),
/* harmony export */   kZ: () => (/* binding */ tagFormatCollision),
/* harmony export */   rr: () => (/* binding */ defaultTagFormat)
/* harmony export */ });
/* unused harmony exports NAME_PLACEHOLDER, VERSION_PLACEHOLDER, refNameProblem, tagStyles, tagVersion */
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(62088);
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(semver__WEBPACK_IMPORTED_MODULE_0__);

const NAME_PLACEHOLDER = '{name}';
const VERSION_PLACEHOLDER = '{version}';
/** Default tag formats: `v{version}` for a package at the repository root, `{name}@{version}` in a monorepo. */
function defaultTagFormat(monorepo) {
    return monorepo ? `${NAME_PLACEHOLDER}@${VERSION_PLACEHOLDER}` : `v${VERSION_PLACEHOLDER}`;
}
function formatTag(format, name, version) {
    return format.split(NAME_PLACEHOLDER).join(name).split(VERSION_PLACEHOLDER).join(version);
}
/**
 * Why a tag name cannot be a git tag (git check-ref-format's rules, and no
 * leading `-` which a command line would read as an option), or undefined.
 */
function refNameProblem(tag) {
    if (tag === '')
        return 'is empty';
    if (tag.startsWith('-'))
        return 'starts with "-"';
    // eslint-disable-next-line no-control-regex
    if (/[\x00-\x20\x7f~^:?*[\\]/.test(tag))
        return 'holds a space, a control character or one of ~ ^ : ? * [ \\';
    if (tag.includes('..'))
        return 'holds ".."';
    if (tag.includes('@{'))
        return 'holds "@{"';
    if (tag === '@')
        return 'is "@"';
    if (tag.startsWith('/') || tag.endsWith('/') || tag.includes('//'))
        return 'starts or ends with "/" or holds "//"';
    if (tag.endsWith('.'))
        return 'ends with "."';
    if (tag.split('/').some((part) => part.startsWith('.') || part.endsWith('.lock')))
        return 'has a part that starts with "." or ends with ".lock"';
    return undefined;
}
/** What is wrong with a `tagFormat` value on its own (placeholders, git's ref-name rules), one message per problem. */
function tagFormatProblems(format) {
    const problems = [];
    const count = (placeholder) => format.split(placeholder).length - 1;
    if (count(VERSION_PLACEHOLDER) !== 1)
        problems.push('must hold {version} exactly once');
    if (count(NAME_PLACEHOLDER) > 1)
        problems.push('may hold {name} at most once');
    const unknown = format
        .split(NAME_PLACEHOLDER)
        .join('')
        .split(VERSION_PLACEHOLDER)
        .join('')
        .match(/\{[^}]*\}/g);
    if (unknown)
        problems.push(`has unknown placeholder(s) ${unknown.join(', ')} (allowed: {name}, {version})`);
    if (problems.length === 0) {
        // A scoped name and a prerelease with build metadata: the widest tag the format makes.
        const problem = refNameProblem(formatTag(format, '@scope/name', '1.2.3-beta.1'));
        if (problem)
            problems.push(`makes tags git refuses: the tag ${problem}`);
    }
    return problems;
}
/**
 * A format without `{name}` gives every package the same tag for the same
 * version: an error when more than one package is released from the
 * repository. `packages` is how many there are, or the words naming them
 * (such as `the packages of "packages/*"`).
 */
function tagFormatCollision(format, packages) {
    if (packages === 1 || packages === 0 || format.includes(NAME_PLACEHOLDER))
        return undefined;
    const which = typeof packages === 'number' ? `the ${packages} packages released from this repository` : packages;
    return `has no {name}, so ${which} would all get the same tag for a version (use e.g. "{name}@{version}" or "{name}-v{version}")`;
}
const SEMVER = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*)?(?:\+[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*)?$/;
function strictVersion(text) {
    return SEMVER.test(text) ? (semver__WEBPACK_IMPORTED_MODULE_0___default().valid(text) ?? undefined) : undefined;
}
function prefixStyle(prefix, scope) {
    return {
        scope,
        version: (tag) => (tag.startsWith(prefix) ? strictVersion(tag.slice(prefix.length)) : undefined),
    };
}
function formatStyle(format, name) {
    const [before = '', after = ''] = formatTag(format, name, '\0').split('\0');
    return {
        scope: format.includes(NAME_PLACEHOLDER) ? 'package' : 'repository',
        version: (tag) => tag.length > before.length + after.length && tag.startsWith(before) && tag.endsWith(after)
            ? strictVersion(tag.slice(before.length, tag.length - after.length))
            : undefined,
    };
}
/** The styles of tags that belong to the package, the configured format first. */
function tagStyles(owner) {
    const styles = [];
    if (owner.tagFormat && tagFormatProblems(owner.tagFormat).length === 0)
        styles.push(formatStyle(owner.tagFormat, owner.name));
    const unscoped = owner.name.replace(/^@[^/]+\//, '');
    const names = [...new Set([owner.name, unscoped])];
    for (const name of names)
        for (const sep of ['@', '@v'])
            styles.push(prefixStyle(`${name}${sep}`, 'package'));
    const folder = owner.relativeDir ? owner.relativeDir.split(/[\\/]/).pop() : undefined;
    const dashed = [...new Set([unscoped, ...(folder ? [folder] : [])])];
    for (const name of dashed)
        for (const sep of ['-', '-v', '_v', '/', '/v'])
            styles.push(prefixStyle(`${name}${sep}`, 'package'));
    styles.push(prefixStyle('v', 'repository'), prefixStyle('', 'repository'));
    return styles;
}
/** The version and scope of a tag when it belongs to the package, else undefined. */
function tagVersion(owner, tag, styles = tagStyles(owner)) {
    for (const style of styles) {
        const version = style.version(tag);
        if (version)
            return { version, scope: style.scope };
    }
    return undefined;
}
/**
 * The package's previous release tag among `tags` (those reachable from the
 * commit being released): the highest version among the package's own tags
 * and the highest among the repository-wide ones; when both exist, the one on
 * the newer commit (a repository that moved from `v1.2.3` to `name@1.2.3`, or
 * back, counts from its latest release either way). Another package's tag
 * never counts.
 */
function previousReleaseTag(owner, tags) {
    const best = new Map();
    const styles = tagStyles(owner);
    for (const tag of tags) {
        const match = tagVersion(owner, tag.name, styles);
        if (!match)
            continue;
        const candidate = { tag: tag.name, version: match.version, commit: tag.commit, scope: match.scope, date: tag.date };
        const current = best.get(match.scope);
        if (!current || better(candidate, current))
            best.set(match.scope, candidate);
    }
    const own = best.get('package');
    const repo = best.get('repository');
    const chosen = own && repo ? (repo.date > own.date ? repo : own) : (own ?? repo);
    if (!chosen)
        return undefined;
    const { date: _date, ...previous } = chosen;
    return previous;
}
function better(a, b) {
    const order = semver__WEBPACK_IMPORTED_MODULE_0___default().compare(a.version, b.version);
    if (order !== 0)
        return order > 0;
    // The same version under two names (v1.2.3 and 1.2.3): the newer commit, then the shorter name, for a stable answer.
    if (a.date !== b.date)
        return a.date > b.date;
    return a.tag.length !== b.tag.length ? a.tag.length < b.tag.length : a.tag < b.tag;
}


/***/ })

};

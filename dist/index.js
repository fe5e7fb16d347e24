import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 16949:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   w: () => (/* binding */ TOOL_VERSION)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(73136);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__nccwpck_require__.n(node_url__WEBPACK_IMPORTED_MODULE_2__);



// Spelled so the bundler cannot see a file reference: it would copy package.json into dist/ at build time.
const MANIFEST = ['package', 'json'].join('.');
/**
 * This tool's version, read from the package.json beside the bundle (dist/..)
 * when the tool runs, not baked in at build time: a release bumps package.json
 * in the release commit, and the committed dist/ must stay what the sources
 * build (check-dist) while still saying the released version. From the
 * sources (src/adapters/), the package.json is two folders up.
 */
function readVersion() {
    const here = node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname((0,node_url__WEBPACK_IMPORTED_MODULE_2__.fileURLToPath)(import.meta.url));
    for (const up of ['..', node_path__WEBPACK_IMPORTED_MODULE_1___default().join('..', '..')]) {
        try {
            const file = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(here, up, MANIFEST);
            const manifest = JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(file, 'utf8'));
            if (manifest.name === 'mcp-release-kit' && typeof manifest.version === 'string')
                return manifest.version;
        }
        catch {
            // not there: try the next folder up
        }
    }
    // not beside its package.json (a copied bundle): say so instead of guessing
    return '0.0.0-unknown';
}
const TOOL_VERSION = readVersion();


/***/ }),

/***/ 99537:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Qf: () => (/* binding */ OUTPUT_FLAGS),
/* harmony export */   U0: () => (/* binding */ usageLine),
/* harmony export */   Xo: () => (/* binding */ outputFlags),
/* harmony export */   bQ: () => (/* binding */ parseFlags),
/* harmony export */   cQ: () => (/* binding */ checkedInput)
/* harmony export */ });
/* unused harmony export usagePositional */
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(57975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_util__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(83916);


/** Output flags every command takes on the CLI (the action has inputs for the same things). */
const OUTPUT_FLAGS = {
    json: { type: 'boolean', description: 'Print the Report as JSON (outputs keyed like the action outputs).' },
    sarif: { type: 'string', description: 'Also write a SARIF 2.1.0 file to this path.' },
    'no-color': { type: 'boolean', description: 'No ANSI colors (also NO_COLOR=1).' },
    help: { type: 'boolean', short: 'h', description: 'Show this help.' },
};
/** The output flags of a parsed command line (--json, --sarif, --no-color). */
function outputFlags(flags) {
    return { json: flags.json, ...(flags.sarif !== undefined ? { sarif: flags.sarif } : {}), color: flags.color };
}
/** argv read against the command's flags and positional, or a UsageError naming the flag; values unchecked. */
function parseFlags(spec, argv) {
    const options = {};
    for (const opt of spec.options) {
        if (spec.positional?.option === opt.name)
            continue;
        options[opt.name] = {
            type: opt.type,
            ...(opt.short ? { short: opt.short } : {}),
            ...(opt.multiple ? { multiple: true } : {}),
        };
    }
    for (const [name, flag] of Object.entries(OUTPUT_FLAGS))
        options[name] = { type: flag.type, ...('short' in flag ? { short: flag.short } : {}) };
    let parsed;
    try {
        parsed = (0,node_util__WEBPACK_IMPORTED_MODULE_0__.parseArgs)({ args: [...argv], options, allowPositionals: true, strict: true });
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`${spec.name}: ${cleanParseError(error.message)} (allowed: ${Object.keys(options)
            .map((o) => `--${o}`)
            .join(', ')})`);
    }
    const values = parsed.values;
    if (values.help)
        return { record: {}, json: false, color: undefined, help: true };
    const record = {};
    for (const opt of spec.options)
        if (values[opt.name] !== undefined)
            record[opt.name] = values[opt.name];
    const maxPositionals = spec.positional ? (spec.positional.multiple ? Infinity : 1) : 0;
    if (parsed.positionals.length > maxPositionals) {
        const extra = parsed.positionals
            .slice(maxPositionals)
            .map((p) => `"${p}"`)
            .join(', ');
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`${spec.name}: unexpected argument ${extra} (usage: ${usageLine(spec)})`);
    }
    if (spec.positional?.multiple && parsed.positionals.length)
        record[spec.positional.option] = parsed.positionals;
    else if (spec.positional && parsed.positionals[0] !== undefined)
        record[spec.positional.option] = parsed.positionals[0];
    return {
        record,
        json: values.json === true,
        ...(typeof values.sarif === 'string' ? { sarif: values.sarif } : {}),
        color: values['no-color'] === true ? false : undefined,
        help: false,
    };
}
/**
 * The input from the check of the raw record (the command's schema, or the usage's own checks:
 * src/commands/input-check.ts), or a UsageError naming the flag and what is allowed.
 */
function checkedInput(spec, record, result) {
    if (!result.success) {
        const issue = result.error.issues[0];
        const key = String(issue?.path[0] ?? '');
        const flag = spec.positional?.option === key ? spec.positional.name : `--${key}`;
        const allowed = issue && issue.code === 'invalid_value' ? ` (allowed: ${(issue.values ?? []).map(String).join(', ')})` : '';
        if (record[key] === undefined)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`${spec.name}: ${flag} is required (usage: ${usageLine(spec)})`);
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`${spec.name}: ${flag}: ${issue?.code === 'invalid_value' ? `invalid value "${String(record[key])}"` : (issue?.message ?? 'invalid')}${allowed}`);
    }
    return result.data;
}
function usagePositional(spec) {
    if (!spec.positional)
        return '';
    return spec.positional.required ? ` ${spec.positional.name}` : ` [${spec.positional.name}]`;
}
/** `mcp-release rollback [DIR] --version VALUE [options]`: the positional, the flags that must be given, the rest. */
function usageLine(spec, name = spec.name) {
    const required = spec.options
        .filter((o) => o.required && o.name !== spec.positional?.option)
        .map((o) => ` --${o.name}${o.type === 'string' ? ' VALUE' : ''}`)
        .join('');
    return `mcp-release ${name}${usagePositional(spec)}${required} [options]`;
}
function cleanParseError(message) {
    // Node's messages end with advice about "--" that does not apply here.
    return message.split('. To specify')[0]?.replace(/^Unknown option/, 'unknown option') ?? message;
}


/***/ }),

/***/ 94093:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  ak: () => (/* binding */ runCli)
});

// UNUSED EXPORTS: EXIT_FINDINGS, EXIT_PASS, EXIT_USAGE

// EXTERNAL MODULE: ./src/commands/command-loaders.ts + 1 modules
var command_loaders = __nccwpck_require__(97809);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __nccwpck_require__(83916);
// EXTERNAL MODULE: ./src/settings/env-names.ts
var env_names = __nccwpck_require__(70115);
// EXTERNAL MODULE: ./src/report/workflow-commands.ts
var workflow_commands = __nccwpck_require__(78260);
// EXTERNAL MODULE: ./src/adapters/tool-version.ts
var tool_version = __nccwpck_require__(16949);
// EXTERNAL MODULE: ./src/commands/command-text.ts
var command_text = __nccwpck_require__(78567);
// EXTERNAL MODULE: ./src/cli/parse.ts
var parse = __nccwpck_require__(99537);
;// CONCATENATED MODULE: ./src/cli/usage.ts



/** What the CLI's exit status says, the same for every command. */
const EXIT_CODES = [
    { code: 0, short: 'passed', meaning: 'Passed: no finding at or above --fail-on.' },
    { code: 1, short: 'findings at or above --fail-on', meaning: 'Findings at or above --fail-on (see the report).' },
    {
        code: 2,
        short: 'bad usage or configuration',
        meaning: 'Bad usage or bad configuration: one line on stderr names the flag, the argument or the file.',
    },
];
/** Help lines are wrapped here; a long word (a URL) is never cut. */
const WIDTH = 100;
function mainUsage(version) {
    const width = Math.max(...command_loaders/* COMMAND_USAGE */.Kf.map((c) => displayName(c).length));
    return [
        `mcp-release ${version}: release checks for MCP servers on npm`,
        '',
        'Usage: mcp-release <command> [DIR] [options]',
        '',
        'Commands:',
        ...command_loaders/* COMMAND_USAGE */.Kf.flatMap((c) => columns(displayName(c), c.summary, width)),
        '',
        `Exit codes: ${EXIT_CODES.map((e) => `${e.code} ${e.short}`).join(', ')}.`,
        'Run `mcp-release <command> --help` for its options and outputs.',
    ].join('\n');
}
/** One flag per row: `--name VALUE` (or the positional's name), its description for the command line. */
function flagRows(spec) {
    const positional = spec.positional ? spec.options.find((o) => o.name === spec.positional?.option) : undefined;
    return [
        ...(positional && spec.positional
            ? [{ flag: spec.positional.name, description: (0,command_text/* renderText */.S)(positional.description, 'cli') }]
            : []),
        ...spec.options
            .filter((o) => o.name !== spec.positional?.option)
            .map((o) => ({
            flag: `--${o.name}${o.short ? `, -${o.short}` : ''}${o.type === 'string' ? ' VALUE' : ''}`,
            description: `${(0,command_text/* renderText */.S)(o.description, 'cli')}${o.multiple ? ' Repeatable.' : ''}`,
        })),
    ];
}
function commandUsage(spec) {
    const flags = flagRows(spec);
    const output = Object.entries(parse/* OUTPUT_FLAGS */.Qf).map(([name, f]) => ({
        flag: `--${name}${'short' in f ? `, -${f.short}` : ''}${f.type === 'string' ? ' FILE' : ''}`,
        description: f.description,
    }));
    const outputs = Object.entries(spec.outputs).filter(([key]) => !command_text/* EVERY_COMMAND_OUTPUTS */.z.includes(key));
    const width = Math.max(...[...flags, ...output].map((r) => r.flag.length), ...outputs.map(([key]) => key.length));
    return [
        `Usage: ${(0,parse/* usageLine */.U0)(spec)}`,
        ...(spec.aliases.length ? [`Alias: ${spec.aliases.join(', ')}`] : []),
        '',
        ...wrap(spec.summary, WIDTH, ''),
        '',
        ...flags.flatMap((r) => columns(r.flag, r.description, width)),
        ...output.flatMap((r) => columns(r.flag, r.description, width)),
        '',
        ...wrap(`Outputs (the report's "outputs" with --json; the action's outputs): ${command_text/* EVERY_COMMAND_OUTPUTS */.z.join(', ')}${outputs.length ? ', and:' : '.'}`, WIDTH, ''),
        ...outputs.flatMap(([key, text]) => columns(key, (0,command_text/* renderText */.S)(text, 'cli'), width)),
        ...(outputs.length ? [''] : []),
        `Exit codes: ${EXIT_CODES.map((e) => `${e.code} ${e.short}`).join(', ')}.`,
    ].join('\n');
}
function displayName(c) {
    return c.aliases.length ? `${c.name} (${c.aliases.join(', ')})` : c.name;
}
/** `  name  text`, the text wrapped under itself. */
function columns(name, text, width) {
    const indent = ' '.repeat(width + 4);
    const [first = '', ...rest] = wrap(text, WIDTH - indent.length, '');
    return [`  ${name.padEnd(width)}  ${first}`.trimEnd(), ...rest.map((line) => `${indent}${line}`)];
}
function wrap(text, width, indent) {
    const lines = [];
    let line = '';
    for (const word of text.split(/\s+/).filter(Boolean)) {
        if (line && line.length + 1 + word.length > Math.max(width, 40)) {
            lines.push(`${indent}${line}`);
            line = word;
        }
        else
            line = line ? `${line} ${word}` : word;
    }
    if (line || lines.length === 0)
        lines.push(`${indent}${line}`);
    return lines;
}

;// CONCATENATED MODULE: ./src/cli/run-cli.ts







const EXIT_PASS = 0;
const EXIT_FINDINGS = 1;
const EXIT_USAGE = 2;
/** `mcp-release <command> ...`: returns the exit code. */
async function runCli(argv, io) {
    // Run as a `run:` step, both streams are the Actions log: no untrusted line may be a workflow command there.
    const safe = { ...io, stderr: (text) => io.stderr((0,workflow_commands/* neutraliseWorkflowCommands */.W)(text)) };
    try {
        return await dispatch(argv, safe);
    }
    catch (error) {
        if ((0,errors/* isExitTwoError */.$t)(error)) {
            safe.stderr(`mcp-release: ${error.message}\n`);
            return EXIT_USAGE;
        }
        const detail = io.env[env_names/* ENV */.K.debug] ? `\n${error.stack ?? ''}` : ' (set MCP_RELEASE_DEBUG=1 for the stack)';
        safe.stderr(`mcp-release: internal error: ${error.message}${detail}\n`);
        return EXIT_USAGE;
    }
}
async function dispatch(argv, io) {
    const [name, ...rest] = argv;
    if (name === undefined) {
        io.stderr(`${mainUsage(tool_version/* TOOL_VERSION */.w)}\n`);
        return EXIT_USAGE;
    }
    if (name === '--help' || name === '-h' || name === 'help') {
        io.stdout(`${mainUsage(tool_version/* TOOL_VERSION */.w)}\n`);
        return EXIT_PASS;
    }
    if (name === '--version' || name === '-v') {
        io.stdout(`${tool_version/* TOOL_VERSION */.w}\n`);
        return EXIT_PASS;
    }
    // Usage and flags come from the manifest: `--help` and a bad flag load no command.
    const usage = (0,command_loaders/* findUsage */.f$)(name);
    if (!usage)
        throw new errors/* UsageError */.eb(`unknown command "${name}" (allowed: ${(0,command_loaders/* usageNames */.QT)().join(', ')})`);
    const flags = (0,parse/* parseFlags */.bQ)(usage, rest);
    if (flags.help) {
        io.stdout(`${commandUsage(usage)}\n`);
        return EXIT_PASS;
    }
    // The command's chunk and the run's (context, adapters, report) load side by side.
    const [runner, { runCommand }] = await Promise.all([(0,command_loaders/* loadRunner */.dh)(usage), Promise.all(/* import() */[__nccwpck_require__.e(7960), __nccwpck_require__.e(6823)]).then(__nccwpck_require__.bind(__nccwpck_require__, 16823))]);
    return runCommand(usage, runner, flags, io);
}


/***/ }),

/***/ 97809:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  Kf: () => (/* binding */ COMMAND_USAGE),
  f$: () => (/* binding */ findUsage),
  dh: () => (/* binding */ loadRunner),
  QT: () => (/* binding */ usageNames)
});

// UNUSED EXPORTS: COMMAND_LOADERS, RUN_LOADERS, loadCommand

// EXTERNAL MODULE: ./src/commands/input-check.ts
var input_check = __nccwpck_require__(62531);
;// CONCATENATED MODULE: ./src/commands/manifest.json
const manifest_namespaceObject = /*#__PURE__*/JSON.parse('[{"name":"validate-layout","aliases":["validate"],"summary":"Check that each package would install and start for `npx` users (bin, entries, files, license, server.json, ...).","positional":{"name":"DIR","option":"directory"},"options":[{"name":"directory","type":"string","description":"Repository or package folder (default: the current folder).","check":{"default":".","minLength":1}},{"name":"config","type":"string","description":"Config file (default: .github/mcp-release.yml in the folder the command works on, when present; in a monorepo it lists the packages).","check":{"minLength":1}},{"name":"fail-on","type":"string","description":"Lowest severity that fails the command (exit 1, a failed step): error, warning, note or never (default: the config\'s failOn, else error).","check":{"oneOf":["error","warning","note","never"]}}],"outputs":{"ok":"\\"true\\" when no finding is at or above fail-on.","error-count":"Number of error findings.","warning-count":"Number of warning findings.","note-count":"Number of note findings.","packages":"JSON array of the packages the command worked on: [{\\"name\\",\\"version\\",\\"dir\\",\\"ok\\"}]."}},{"name":"smoke","aliases":[],"summary":"Install the packed server as npx would, start it over stdio and speak MCP to it with the official SDK client.","positional":{"name":"TARGET","option":"target"},"options":[{"name":"target","type":"string","description":"A package folder (packed first), a .tgz tarball, or name@version from the registry (default: the current folder).","check":{"default":".","minLength":1}},{"name":"config","type":"string","description":"Config file (default: .github/mcp-release.yml in the package folder given, else in the current folder, when present).","check":{"minLength":1}},{"name":"fail-on","type":"string","description":"Lowest severity that fails the command (exit 1, a failed step): error, warning, note or never (default: the config\'s failOn, else error).","check":{"oneOf":["error","warning","note","never"]}},{"name":"bin","type":"string","description":"The bin to start when the package has several (overrides smoke.bin in the config).","check":{"minLength":1}},{"name":"arg","type":"string","description":"An argument for the server (overrides the config\'s smoke.args).","multiple":true,"check":{}},{"name":"env","type":"string","description":"KEY=VALUE in the server\'s environment (added to the config\'s smoke.env).","multiple":true,"check":{}},{"name":"registry","type":"string","description":"Registry for name@version and for the package\'s dependencies (default: the config\'s registry, else npm\'s).","check":{"url":"npm"}},{"name":"registry-wait","type":"string","description":"Seconds to wait for a name@version target to be served by the registry before installing it (a new version can take minutes to show after a publish; default 0)."}],"outputs":{"ok":"\\"true\\" when no finding is at or above fail-on.","error-count":"Number of error findings.","warning-count":"Number of warning findings.","note-count":"Number of note findings.","packages":"JSON array of the packages the command worked on: [{\\"name\\",\\"version\\",\\"dir\\",\\"ok\\"}].","bin":"The bin that was started (this and the other details of the server are set when one package was tested).","protocol-version":"The protocol revision negotiated by initialize.","protocol-revisions":"JSON array of the revisions the server answered (initialize, and 2026-07-28 when server/discover answers).","server-name":"serverInfo.name.","server-version":"serverInfo.version.","tool-count":"Tools listed to a bare client.","tool-count-full-client":"Tools listed to a client declaring roots, sampling and elicitation.","prompt-count":"Prompts listed.","resource-count":"Resources listed.","tools":"JSON array of tool names.","prompts":"JSON array of prompt names.","resources":"JSON array of resource URIs.","start-ms":"Spawn until the process runs, ms.","initialize-ms":"Spawn until the initialize answer, ms.","list-ms":"All list calls, ms.","isolation":"How the server was isolated: namespace (its own PID and mount namespace, no capabilities) or environment (a scrubbed environment and temporary HOME only)."}},{"name":"security-scan","aliases":["scan"],"summary":"Secrets in the tarball and the repository, install scripts, forbidden files, vulnerable dependencies, workflow security.","positional":{"name":"DIR","option":"directory"},"options":[{"name":"directory","type":"string","description":"Repository or package folder (default: the current folder).","check":{"default":".","minLength":1}},{"name":"config","type":"string","description":"Config file (default: .github/mcp-release.yml in the folder the command works on, when present; in a monorepo it lists the packages).","check":{"minLength":1}},{"name":"fail-on","type":"string","description":"Lowest severity that fails the command (exit 1, a failed step): error, warning, note or never (default: the config\'s failOn, else error).","check":{"oneOf":["error","warning","note","never"]}},{"name":"registry","type":"string","description":"Registry the repository\'s manager audits against (default: the config\'s registry, else the manager\'s).","check":{"url":"npm"}}],"outputs":{"ok":"\\"true\\" when no finding is at or above fail-on.","error-count":"Number of error findings.","warning-count":"Number of warning findings.","note-count":"Number of note findings.","packages":"JSON array of the packages the command worked on: [{\\"name\\",\\"version\\",\\"dir\\",\\"ok\\"}].","secret-count":"Credentials found (redacted in the report).","files-scanned":"Files read by the secret scanner.","audit":"Dependency audit state: ok, vulnerable (in any package), unavailable or off.","workflow-count":"Workflow and action files audited."}},{"name":"pack","aliases":[],"summary":"Pack once with the repository\'s manager (npm pack, pnpm pack, yarn pack or bun pm pack; no lifecycle scripts), refuse a tarball with workspace:/catalog:/file:/link: dependencies or missing build output, and record its integrity, files and commit in release-manifest.json.","positional":{"name":"DIR","option":"directory"},"options":[{"name":"directory","type":"string","description":"Repository or package folder (default: the current folder).","check":{"default":".","minLength":1}},{"name":"config","type":"string","description":"Config file (default: .github/mcp-release.yml in the folder the command works on, when present; in a monorepo it lists the packages).","check":{"minLength":1}},{"name":"fail-on","type":"string","description":"Accepted like every command takes it; a package that does not pack always fails the command.","check":{"oneOf":["error","warning","note","never"]}},{"name":"out","type":"string","description":"Folder for the tarball and release-manifest.json (default: the package folder; one sub-folder per package in a monorepo).","check":{"minLength":1}}],"outputs":{"ok":"\\"true\\" when no finding is at or above fail-on.","error-count":"Number of error findings.","warning-count":"Number of warning findings.","note-count":"Number of note findings.","packages":"JSON array of the packages the command worked on: [{\\"name\\",\\"version\\",\\"dir\\",\\"ok\\"}].","tarball":"Path of the tarball (this and the other tarball outputs are set when one package was packed).","manifest":"Path of release-manifest.json.","integrity":"sha512 integrity of the tarball (as the registry records it).","shasum":"sha1 of the tarball.","package-name":"The package name, from the tarball.","package-version":"The package version, from the tarball."}},{"name":"publish","aliases":[],"summary":"Publish a packed tarball under a dist-tag (default next), once: a re-run after success changes nothing.","positional":{"name":"TARBALL","option":"tarball","required":true},"options":[{"name":"tarball","type":"string","description":"The .tgz to publish, as packed (never re-packed).","required":true,"check":{"minLength":1}},{"name":"tag","type":"string","description":"dist-tag to publish under (default: the config\'s stagingTag, else next)."},{"name":"registry","type":"string","description":"npm registry URL (default: the config\'s registry, else https://registry.npmjs.org/).","check":{"url":"npm"}},{"name":"dry-run","type":"boolean","description":"Read the registry, run the doctor checks and print every npm command that would run; change nothing.","check":{}},{"name":"stage","type":"boolean","description":"Staged publishing (npm stage publish, npm >= 11.15): the version waits on the registry for a maintainer to approve it with 2FA.","check":{}},{"name":"provenance","type":"string","description":"npm provenance: auto (default: only from a public repository, in GitHub Actions with id-token: write), true (a usage error for a private or internal repository: npm refuses it) or false.","check":{"default":"auto","oneOf":["auto","true","false"]}},{"name":"visibility","type":"string","description":"The repository\'s visibility: public, private or internal (default: the Actions event payload\'s repository.visibility, else unknown). Decides provenance, keyless signing and attestations.","check":{"oneOf":["public","private","internal"]}},{"name":"config","type":"string","description":"Config file (default: .github/mcp-release.yml in the current folder, when present).","check":{"minLength":1}},{"name":"fail-on","type":"string","description":"Lowest severity that fails the command (exit 1, a failed step): error (default), warning, note or never.","check":{"oneOf":["error","warning","note","never"]}}],"outputs":{"ok":"\\"true\\" when no finding is at or above fail-on.","error-count":"Number of error findings.","warning-count":"Number of warning findings.","note-count":"Number of note findings.","packages":"JSON array of the packages the command worked on: [{\\"name\\",\\"version\\",\\"dir\\",\\"ok\\"}].","package-name":"The package name, from the tarball.","package-version":"The package version, from the tarball.","integrity":"sha512 integrity of the tarball (as the registry records it).","tag":"The dist-tag it is published under.","published":"published, staged, already-published (the same bytes were there), already-staged, or dry-run; empty when the publish did not happen (see the findings).","stage-id":"With {--stage}: the stage id a maintainer approves (npm stage approve <id>).","signatures":"npm audit signatures after the publish: verified, invalid or skipped (registry without signing keys).","commands":"JSON array of the npm commands run (or, with {--dry-run}, that would run; a publish sent from this process is listed as the npm command it stands for); never a token.","npm-provenance":"asked (npm --provenance), off (--provenance=false), or left to npm; the notes say why."}},{"name":"doctor","aliases":[],"summary":"Before anything irreversible: which credential can publish, and what would make npm fail (versions, id-token, first publish, .npmrc tokens, repository.url).","positional":{"name":"DIR","option":"directory"},"options":[{"name":"directory","type":"string","description":"The package folder (default: the current folder).","check":{"default":".","minLength":1}},{"name":"config","type":"string","description":"Config file (default: .github/mcp-release.yml in the package folder, when present).","check":{"minLength":1}},{"name":"fail-on","type":"string","description":"Lowest severity that fails the command (exit 1, a failed step): error (default), warning, note or never.","check":{"oneOf":["error","warning","note","never"]}},{"name":"registry","type":"string","description":"Registry the package would be published to (default: the config\'s registry, else https://registry.npmjs.org/).","check":{"url":"npm"}}],"outputs":{"ok":"\\"true\\" when no finding is at or above fail-on.","error-count":"Number of error findings.","warning-count":"Number of warning findings.","note-count":"Number of note findings.","packages":"JSON array of the packages the command worked on: [{\\"name\\",\\"version\\",\\"dir\\",\\"ok\\"}].","auth-mode":"What would publish: oidc (trusted publishing), token (NODE_AUTH_TOKEN) or none.","npm-version":"The npm that would publish.","workflow-file":"The caller workflow file a trusted-publisher record must name (in Actions).","package-exists":"\\"true\\" when the package is already on the registry, \\"false\\" when not, empty when unknown.","promote-credential":"What promote and rollback would use for dist-tag and deprecate: NPM_PROMOTE_TOKEN, NODE_AUTH_TOKEN or none."}},{"name":"sign","aliases":[],"summary":"SHA256SUMS for the tarballs and their release manifest, a sigstore bundle per tarball (<tarball>.sigstore.json: keyless with GitHub OIDC, or with a PEM key) and SLSA provenance (<tarball>.intoto.jsonl).","positional":{"name":"TARBALL...","option":"tarball","required":true,"multiple":true},"options":[{"name":"tarball","type":"string","description":"The tarball(s) to sign.","multiple":true,"required":true},{"name":"out","type":"string","description":"Folder for SHA256SUMS, the bundles, the provenance and the public key (default: beside the first tarball).","check":{"minLength":1}},{"name":"key","type":"string","description":"PEM private key file for key-based signing (or MCP_RELEASE_SIGNING_KEY holding the PEM). Without a key, signing is keyless when an OIDC identity is available (GitHub Actions with id-token: write, or SIGSTORE_ID_TOKEN).","check":{"minLength":1}},{"name":"provenance","type":"string","description":"Signed SLSA provenance <tarball>.intoto.jsonl: auto (default: in GitHub Actions), require (fail outside it) or off.","check":{"default":"auto","oneOf":["auto","require","off"]}},{"name":"fulcio-url","type":"string","description":"Fulcio for keyless signing (default: https://fulcio.sigstore.dev)."},{"name":"rekor-url","type":"string","description":"Rekor transparency log (default: https://rekor.sigstore.dev)."},{"name":"tsa-url","type":"string","description":"RFC 3161 timestamp authority (default: none; public-good sigstore relies on Rekor\'s time)."},{"name":"keyless","type":"string","description":"Keyless signing without a key: auto (default: only for a public repository, whose identity the public Rekor log may show), true or false. A private repository gets key-based signing with a key, else checksums only.","check":{"default":"auto","oneOf":["auto","true","false"]}},{"name":"attest","type":"string","description":"Decide whether a GitHub artifact attestation follows (the attest output): auto (a public repository), true or false. The sign composite runs actions/attest-build-provenance on it.","check":{"oneOf":["auto","true","false"]}},{"name":"visibility","type":"string","description":"The repository\'s visibility: public, private or internal (default: the Actions event payload\'s repository.visibility, else unknown). Decides provenance, keyless signing and attestations.","check":{"oneOf":["public","private","internal"]}},{"name":"config","type":"string","description":"Accepted like every command takes it; sign reads no config file.","check":{"minLength":1}},{"name":"fail-on","type":"string","description":"Lowest severity that fails the command (exit 1, a failed step): error (default), warning, note or never.","check":{"oneOf":["error","warning","note","never"]}}],"outputs":{"ok":"\\"true\\" when no finding is at or above fail-on.","error-count":"Number of error findings.","warning-count":"Number of warning findings.","note-count":"Number of note findings.","packages":"JSON array of the packages the command worked on: [{\\"name\\",\\"version\\",\\"dir\\",\\"ok\\"}].","sums":"Path of SHA256SUMS.","signing":"How the bundles were signed: keyless, key or none.","bundles":"JSON array of the sigstore bundle paths.","provenance":"JSON array of the signed in-toto provenance paths (<tarball>.intoto.jsonl).","public-key":"Path of the public key PEM that verifies key-based bundles.","attest":"With {--attest}: \\"true\\" when a GitHub artifact attestation should follow, else \\"false\\".","attest-reason":"With {--attest}: why the attestation runs or is skipped, one sentence."}},{"name":"verify","aliases":[],"summary":"Check a tarball against SHA256SUMS, its sigstore bundle and its signed provenance: the bytes are the ones that were signed, by the identity expected.","positional":{"name":"TARBALL","option":"tarball","required":true},"options":[{"name":"tarball","type":"string","description":"The tarball to check.","required":true,"check":{"minLength":1}},{"name":"sums","type":"string","description":"SHA256SUMS file (default: SHA256SUMS beside the tarball, when present).","check":{"minLength":1}},{"name":"bundle","type":"string","description":"sigstore bundle (default: <tarball>.sigstore.json, when present).","check":{"minLength":1}},{"name":"provenance","type":"string","description":"Signed SLSA provenance (default: <tarball>.intoto.jsonl, when present).","check":{"minLength":1}},{"name":"public-key","type":"string","description":"Public key PEM for key-based bundles.","check":{"minLength":1}},{"name":"trusted-root","type":"string","description":"sigstore TrustedRoot JSON for keyless bundles (default: sigstore public-good through TUF).","check":{"minLength":1}},{"name":"certificate-identity","type":"string","description":"Keyless: the signer identity expected, exactly (GitHub: https://github.com/OWNER/REPO/.github/workflows/FILE@REF).","check":{"minLength":1}},{"name":"certificate-identity-regexp","type":"string","description":"Keyless: the signer identity expected, as a regular expression.","check":{"minLength":1}},{"name":"certificate-oidc-issuer","type":"string","description":"Keyless: the OIDC issuer expected (default: https://token.actions.githubusercontent.com).","check":{"default":"https://token.actions.githubusercontent.com","minLength":1}},{"name":"config","type":"string","description":"Accepted like every command takes it; verify reads no config file.","check":{"minLength":1}},{"name":"fail-on","type":"string","description":"Lowest severity that fails the command (exit 1, a failed step): error (default), warning, note or never.","check":{"oneOf":["error","warning","note","never"]}}],"outputs":{"ok":"\\"true\\" when no finding is at or above fail-on.","error-count":"Number of error findings.","warning-count":"Number of warning findings.","note-count":"Number of note findings.","packages":"JSON array of the packages the command worked on: [{\\"name\\",\\"version\\",\\"dir\\",\\"ok\\"}].","sha256":"sha256 of the tarball.","verified":"JSON array of what was verified: sums, bundle, provenance.","signer-identity":"The certificate identity of a keyless signature."}},{"name":"plan","aliases":[],"summary":"The release plan: release label (or override, or conventional commits) -> next version, dist-tag path and changelog; optionally a sticky PR comment.","positional":{"name":"DIR","option":"directory"},"options":[{"name":"directory","type":"string","description":"The package folder (default: the current folder).","check":{"default":".","minLength":1}},{"name":"pr","type":"string","description":"Plan for this PR: its labels decide (default in a pull_request run: the PR of GITHUB_REF)."},{"name":"labels","type":"string","description":"Labels to decide from, comma-separated, instead of asking GitHub.","check":{}},{"name":"bump","type":"string","description":"Override the labels (workflow_dispatch): major, minor, patch or prerelease.","check":{"oneOf":["major","minor","patch","prerelease"]}},{"name":"version","type":"string","description":"An exact next version instead of the one the labels decide (a workflow_dispatch override): not lower than package.json\'s and not yet published."},{"name":"sha","type":"string","description":"The pushed commit whose merged PR decides (default: GITHUB_SHA, else HEAD)."},{"name":"registry","type":"string","description":"Registry whose published versions the next version is checked against (default: the config\'s registry, else https://registry.npmjs.org/).","check":{"url":"npm"}},{"name":"comment","type":"boolean","description":"Write the plan as a sticky PR comment (updated in place on every run).","check":{}},{"name":"surface","type":"boolean","description":"Compare the MCP surface of this package with the one on latest and fail when the bump is smaller than the change needs.","check":{}},{"name":"surface-from","type":"string","description":"This package\'s surface, written earlier by `mcp-release surface --out` (in a job without write tokens, as the PR checks workflow does): the package is not built or started here. Implies {--surface}.","check":{"minLength":1}},{"name":"base","type":"string","description":"In a monorepo: the branch, tag or commit the change is compared with (its merge base with HEAD) to find the packages it touches (default: the PR\'s base, else the pushed range, from the GitHub event)."},{"name":"repo","type":"string","description":"GitHub repository owner/name (default: GITHUB_REPOSITORY in Actions); GitHub steps also need GITHUB_TOKEN.","check":{"minLength":1}},{"name":"config","type":"string","description":"Config file (default: .github/mcp-release.yml at the root of the git repository that holds the package, when present).","check":{"minLength":1}},{"name":"fail-on","type":"string","description":"Lowest severity that fails the command (exit 1, a failed step): error, warning, note or never (default: the config\'s failOn, else error).","check":{"oneOf":["error","warning","note","never"]}}],"outputs":{"ok":"\\"true\\" when no finding is at or above fail-on.","error-count":"Number of error findings.","warning-count":"Number of warning findings.","note-count":"Number of note findings.","packages":"JSON array of the packages the command worked on: [{\\"name\\",\\"version\\",\\"dir\\",\\"ok\\"}].","release":"\\"true\\" when this change releases a version, else \\"false\\".","next-version":"The version to release.","current-version":"The version in package.json.","bump":"major, minor, patch or prerelease (empty for an exact version).","source":"What decided: resumed (a re-run finds its release commit), version, bump, labels, pr, merged-pr, conventional-commits or none.","staging-tag":"The dist-tag the version is published under first (the config\'s stagingTag, else next).","final-tag":"The dist-tag promotion moves it to (latest; the prerelease id for prereleases).","git-tag":"The git tag the release will get (v1.2.3, or name@1.2.3 in a monorepo).","pr":"The PR that decided, when one did.","release-commit":"With source resumed: the release commit already on the branch for the pushed commit (a re-run resumes that release).","surface-impact":"With {--surface}: the bump the MCP surface change needs: none, patch, minor or major.","releases":"JSON array of the released packages, each {\\"name\\",\\"dir\\",\\"current-version\\",\\"next-version\\",\\"bump\\",\\"git-tag\\",\\"staging-tag\\",\\"final-tag\\",\\"artifact\\"} (one package: that one, or []); the single outputs above describe the first.","changed":"JSON array {\\"name\\",\\"dir\\",\\"kind\\"} of the packages the change touches (paths changed since the merge base, plus internal dependents); all packages when that cannot be known."}},{"name":"changelog","aliases":[],"summary":"The Keep a Changelog section for a version, from the merged PRs (or commits) since the last tag; --write puts it in CHANGELOG.md, --notes-only prints the release notes.","positional":{"name":"DIR","option":"directory"},"options":[{"name":"directory","type":"string","description":"The package folder (default: the current folder).","check":{"default":".","minLength":1}},{"name":"version","type":"string","description":"The version the section is for (such as the plan\'s next-version).","required":true},{"name":"write","type":"boolean","description":"Write the section into CHANGELOG.md (kept as it is otherwise; the same version is replaced, never duplicated).","check":{}},{"name":"notes-only","type":"boolean","description":"Print only the section body (the GitHub release notes) on stdout.","check":{}},{"name":"surface","type":"boolean","description":"Add an \\"MCP surface\\" section: the tools added, changed and removed since the version on latest (both servers are started).","check":{}},{"name":"registry","type":"string","description":"With {--surface}: the registry the version on latest is installed from (default: the config\'s registry, else https://registry.npmjs.org/).","check":{"url":"npm"}},{"name":"repo","type":"string","description":"GitHub repository owner/name whose merged PRs make the entries (default: GITHUB_REPOSITORY in Actions; with GITHUB_TOKEN); without it the entries come from the commits.","check":{"minLength":1}},{"name":"config","type":"string","description":"Config file (default: .github/mcp-release.yml at the root of the git repository that holds the package, when present).","check":{"minLength":1}},{"name":"fail-on","type":"string","description":"Accepted like every command takes it; changelog reports no findings.","check":{"oneOf":["error","warning","note","never"]}}],"outputs":{"ok":"\\"true\\" when no finding is at or above fail-on.","error-count":"Number of error findings.","warning-count":"Number of warning findings.","note-count":"Number of note findings.","packages":"JSON array of the packages the command worked on: [{\\"name\\",\\"version\\",\\"dir\\",\\"ok\\"}].","changelog-file":"Path of CHANGELOG.md.","notes":"The section body (the GitHub release notes), markdown.","entries":"Number of entries in the section.","since":"The previous tag the changes are counted from (empty for the first release).","changed":"\\"true\\" when {--write} changed CHANGELOG.md."}},{"name":"version","aliases":["bump"],"summary":"Set the version in package.json, the lockfile and server.json, write the CHANGELOG section, and commit and push the bump (each step skipped when already done).","positional":{"name":"DIR","option":"directory"},"options":[{"name":"directory","type":"string","description":"The package folder (default: the current folder).","check":{"default":".","minLength":1}},{"name":"version","type":"string","description":"The exact version to set (give this or {--bump})."},{"name":"bump","type":"string","description":"Instead of {--version}: major, minor, patch or prerelease of the package.json version at the head the commit is made on (a release that lost a push race bumps again from the new head).","check":{"oneOf":["major","minor","patch","prerelease"]}},{"name":"commit","type":"boolean","description":"Commit the bump as \\"chore(release): <name>@<version>\\" with a \\"Release-Of: <sha>\\" trailer.","check":{}},{"name":"push","type":"boolean","description":"Push the commit to the current branch (implies {--commit}), with the checkout\'s credentials; a branch moved meanwhile gets the bump re-applied on its new head (up to 5 attempts).","check":{}},{"name":"dry-run","type":"boolean","description":"Compute the version and the file changes and say what would be written, committed and pushed; change nothing.","check":{}},{"name":"release-of","type":"string","description":"The commit being released, written as the release commit\'s Release-Of trailer (default: GITHUB_SHA). A re-run finds its release commit by it and changes nothing."},{"name":"commit-via","type":"string","description":"git (default): git commit + git push. api: create the commit through the GitHub REST API with GITHUB_TOKEN, so GitHub signs it (rulesets requiring signed commits); needs {--push}.","check":{"oneOf":["git","api"]}},{"name":"repo","type":"string","description":"GitHub repository owner/name whose merged PRs make the CHANGELOG entries, and which {--commit-via} api writes to (default: GITHUB_REPOSITORY in Actions; with GITHUB_TOKEN).","check":{"minLength":1}},{"name":"config","type":"string","description":"Config file (default: .github/mcp-release.yml at the root of the git repository that holds the package, when present).","check":{"minLength":1}},{"name":"fail-on","type":"string","description":"Lowest severity that fails the command (exit 1, a failed step): error (default), warning, note or never.","check":{"oneOf":["error","warning","note","never"]}},{"name":"releases","type":"string","description":"In a monorepo: the packages to release, as JSON (plan\'s releases output: [{\\"dir\\",\\"bump\\"|\\"next-version\\"}, ...]); one bump commit for all of them.","check":{"minLength":1}},{"name":"registry","type":"string","description":"With {--bump}: the registry whose latest and published versions the bump starts from and skips (default: the config\'s registry, else https://registry.npmjs.org/).","check":{"url":"npm"}}],"outputs":{"ok":"\\"true\\" when no finding is at or above fail-on.","error-count":"Number of error findings.","warning-count":"Number of warning findings.","note-count":"Number of note findings.","packages":"JSON array of the packages the command worked on: [{\\"name\\",\\"version\\",\\"dir\\",\\"ok\\"}].","files":"JSON array of the files changed (with {--dry-run}: that would change).","commit":"With {--commit} or {--push}: the release commit (HEAD after the bump).","pushed":"\\"true\\" when the commit was pushed by this run.","version":"The version set (with {--bump}, computed at the head it was committed on).","releases":"With {--releases}: JSON array of the packages released by the one commit, each {\\"name\\",\\"dir\\",\\"current-version\\",\\"next-version\\",\\"bump\\"} with the version computed at the head it was committed on."}},{"name":"github-release","aliases":[],"summary":"After the publish: the git tag (v<version>, or name@<version> in a monorepo) and the GitHub release with its notes and assets; draft first, published last; a re-run does only what is missing.","positional":{"name":"DIR","option":"directory"},"options":[{"name":"directory","type":"string","description":"The package folder (default: the current folder).","check":{"default":".","minLength":1}},{"name":"version","type":"string","description":"The version released: its git tag (v<version>, or name@<version> in a monorepo) and its release.","required":true},{"name":"asset","type":"string","description":"A file to attach to the GitHub release (tarball, SHA256SUMS, bundles, release manifest).","multiple":true},{"name":"draft","type":"boolean","description":"Leave the release as a draft (promotion publishes it); without it the release is published after its assets.","check":{}},{"name":"notes-file","type":"string","description":"Release notes (default: the version\'s section of CHANGELOG.md).","check":{"minLength":1}},{"name":"sha","type":"string","description":"The commit to tag, a full 40-character sha (default: GITHUB_SHA, else HEAD)."},{"name":"major-tag","type":"boolean","description":"After the release is published, create or move the lightweight major tag (v1, or name@1 in a monorepo) to its commit, as actions are used (@v1); never for a prerelease or a draft.","check":{}},{"name":"dry-run","type":"boolean","description":"Read the tag, the release and the major tag on GitHub and say what would change; change nothing.","check":{}},{"name":"repo","type":"string","description":"GitHub repository owner/name (default: GITHUB_REPOSITORY in Actions); GitHub steps also need GITHUB_TOKEN.","check":{"minLength":1}},{"name":"config","type":"string","description":"Config file (default: .github/mcp-release.yml at the root of the git repository that holds the package, when present).","check":{"minLength":1}},{"name":"fail-on","type":"string","description":"Lowest severity that fails the command (exit 1, a failed step): error (default), warning, note or never.","check":{"oneOf":["error","warning","note","never"]}}],"outputs":{"ok":"\\"true\\" when no finding is at or above fail-on.","error-count":"Number of error findings.","warning-count":"Number of warning findings.","note-count":"Number of note findings.","packages":"JSON array of the packages the command worked on: [{\\"name\\",\\"version\\",\\"dir\\",\\"ok\\"}].","git-tag":"The git tag of the release (v1.2.3, or name@1.2.3 in a monorepo), made or found.","release-id":"The GitHub release id.","release-url":"The release page.","draft":"\\"true\\" while the release is a draft.","assets":"JSON array of {name, outcome} (uploaded, replaced, unchanged).","major-tag":"With {--major-tag}: the major tag (v1) now at the release commit.","major-tag-outcome":"With {--major-tag}: created, moved, unchanged, skipped or dry-run."}},{"name":"promote","aliases":[],"summary":"Staging to production: check the version (on the registry with the manifest\'s bytes, not deprecated, an upgrade, smoke-tested from the registry), then latest, the GitHub release published, the MCP Registry entry.","positional":{"name":"DIR","option":"directory"},"options":[{"name":"directory","type":"string","description":"The package folder (default: the current folder).","check":{"default":".","minLength":1}},{"name":"version","type":"string","description":"The version to promote (published under the staging dist-tag first).","required":true},{"name":"registry","type":"string","description":"npm registry URL (default: the config\'s registry, else https://registry.npmjs.org/).","check":{"url":"npm"}},{"name":"manifest","type":"string","description":"The release\'s release-manifest.json: the registry\'s bytes must have its integrity (default: release-manifest.json in the package folder, when its version matches).","check":{"minLength":1}},{"name":"allow-downgrade","type":"boolean","description":"Promote a version lower than the current latest (said loudly in the report).","check":{}},{"name":"mcp-registry","type":"boolean","description":"Publish server.json to the MCP Registry (default: the config\'s mcpRegistry).","check":{}},{"name":"mcp-registry-url","type":"string","description":"The MCP Registry (default: https://registry.modelcontextprotocol.io).","check":{"url":"mcp-registry"}},{"name":"dry-run","type":"boolean","description":"Check the version (registry, manifest, upgrade, smoke test) and say what would change; change nothing.","check":{}},{"name":"registry-wait","type":"string","description":"Seconds to wait for the version to be served by the registry before checking it; a wait happens when the release manifest names this version, or when this is given (default: MCP_RELEASE_NPM_WAIT_SECONDS, else 900)."},{"name":"smoke-verdict","type":"string","description":"Skip promote\'s own smoke test: passed (an earlier job or step without secrets smoke-tested this version from the registry; the release workflow and the promote composite pass it, so no server starts beside the promote token) or off (not an MCP server). Default: smoke-test here.","check":{"oneOf":["passed","off"]}},{"name":"repo","type":"string","description":"GitHub repository owner/name (default: GITHUB_REPOSITORY in Actions); GitHub steps also need GITHUB_TOKEN.","check":{"minLength":1}},{"name":"config","type":"string","description":"Config file (default: .github/mcp-release.yml at the root of the git repository that holds the package, when present).","check":{"minLength":1}},{"name":"fail-on","type":"string","description":"Lowest severity that fails the command (exit 1, a failed step): error (default), warning, note or never.","check":{"oneOf":["error","warning","note","never"]}}],"outputs":{"ok":"\\"true\\" when no finding is at or above fail-on.","error-count":"Number of error findings.","warning-count":"Number of warning findings.","note-count":"Number of note findings.","packages":"JSON array of the packages the command worked on: [{\\"name\\",\\"version\\",\\"dir\\",\\"ok\\"}].","promoted":"promoted, already-promoted, superseded (a newer version is already latest: its GitHub release is published, no dist-tag moves) or dry-run; empty when a check refused it.","dist-tag":"The dist-tag the version goes to (latest; the prerelease id for prereleases).","previous":"The version the dist-tag pointed at before.","mcp-registry":"The MCP Registry entry: published, already-published, skipped ({--mcp-registry} off) or failed; empty when promote stopped before it.","release-url":"The page of the GitHub release it published (or found published)."}},{"name":"rollback","aliases":[],"summary":"Deprecate a bad version (never unpublish) and move latest (and next) back to the last good one; warn on its GitHub release; mark it in the MCP Registry. --undo restores it.","positional":{"name":"DIR","option":"directory"},"options":[{"name":"directory","type":"string","description":"The package folder (default: the current folder).","check":{"default":".","minLength":1}},{"name":"version","type":"string","description":"The bad version to deprecate, or with {--undo} the version to restore.","required":true},{"name":"reason","type":"string","description":"Why the version is rolled back: the npm deprecation message and the warning on its GitHub release (required unless {--undo})."},{"name":"to","type":"string","description":"The version latest moves to (default: the highest earlier version that is neither deprecated nor a prerelease)."},{"name":"undo","type":"boolean","description":"Restore a rolled-back version (un-deprecate it; dist-tags move only with {--to}).","check":{}},{"name":"registry","type":"string","description":"npm registry URL (default: the config\'s registry, else https://registry.npmjs.org/).","check":{"url":"npm"}},{"name":"manifest","type":"string","description":"A release-manifest.json to record the rollback (or the undo) in, under \\"rollbacks\\"; nothing is recorded without it.","check":{"minLength":1}},{"name":"mcp-registry","type":"boolean","description":"Also set the version\'s status in the MCP Registry: {--mcp-registry-status}, or active again with {--undo} (default: the config\'s mcpRegistry).","check":{}},{"name":"mcp-registry-status","type":"string","description":"The MCP Registry status for the bad version: deprecated (default; the registry\'s latest does not move) or deleted (the registry\'s latest moves back).","check":{"default":"deprecated","oneOf":["deprecated","deleted"]}},{"name":"mcp-registry-url","type":"string","description":"The MCP Registry (default: https://registry.modelcontextprotocol.io).","check":{"url":"mcp-registry"}},{"name":"dry-run","type":"boolean","description":"Read the registry and print the npm commands that would run; change nothing.","check":{}},{"name":"repo","type":"string","description":"GitHub repository owner/name (default: GITHUB_REPOSITORY in Actions); GitHub steps also need GITHUB_TOKEN.","check":{"minLength":1}},{"name":"config","type":"string","description":"Config file (default: .github/mcp-release.yml at the root of the git repository that holds the package, when present).","check":{"minLength":1}},{"name":"fail-on","type":"string","description":"Lowest severity that fails the command (exit 1, a failed step): error (default), warning, note or never.","check":{"oneOf":["error","warning","note","never"]}}],"outputs":{"ok":"\\"true\\" when no finding is at or above fail-on.","error-count":"Number of error findings.","warning-count":"Number of warning findings.","note-count":"Number of note findings.","packages":"JSON array of the packages the command worked on: [{\\"name\\",\\"version\\",\\"dir\\",\\"ok\\"}].","rolled-back":"rolled-back, already-rolled-back, restored, already-restored or dry-run.","moved-tags":"JSON object of the dist-tags moved, tag -> version.","mcp-registry":"The version\'s MCP Registry status change: updated, unchanged (it already had that status), skipped ({--mcp-registry} off, no server.json or no entry for the version) or failed."}},{"name":"status","aliases":[],"summary":"Where the package stands: dist-tags, versions with their deprecations, the last GitHub release, commits since the last tag, the state of the newest version.","positional":{"name":"DIR","option":"directory"},"options":[{"name":"directory","type":"string","description":"The package folder (default: the current folder).","check":{"default":".","minLength":1}},{"name":"registry","type":"string","description":"npm registry URL (default: the config\'s registry, else https://registry.npmjs.org/).","check":{"url":"npm"}},{"name":"repo","type":"string","description":"GitHub repository owner/name (default: GITHUB_REPOSITORY in Actions); GitHub steps also need GITHUB_TOKEN.","check":{"minLength":1}},{"name":"config","type":"string","description":"Config file (default: .github/mcp-release.yml at the root of the git repository that holds the package, when present).","check":{"minLength":1}},{"name":"fail-on","type":"string","description":"Lowest severity that fails the command (exit 1, a failed step): error (default), warning, note or never.","check":{"oneOf":["error","warning","note","never"]}}],"outputs":{"ok":"\\"true\\" when no finding is at or above fail-on.","error-count":"Number of error findings.","warning-count":"Number of warning findings.","note-count":"Number of note findings.","packages":"JSON array of the packages the command worked on: [{\\"name\\",\\"version\\",\\"dir\\",\\"ok\\"}].","dist-tags":"JSON object of the dist-tags.","newest":"The highest version on the registry.","newest-state":"The state of the newest version: staged (on the staging tag), promoted (on its final tag), rolled-back (deprecated) or published (on neither tag).","deprecated":"JSON object of deprecated versions and their messages.","last-release":"The tag of the most recently created GitHub release (drafts included when the token sees them).","commits-since-tag":"Commits on the package since its last tag (every commit, uncapped).","last-tag":"The package\'s previous release tag, in whichever style the repository uses (v1.2.3, 1.2.3, name@1.2.3, name-v1.2.3, the tagFormat); empty when it has none."}},{"name":"surface","aliases":[],"summary":"The MCP server\'s public API (tools, prompts, resources and their schemas) as canonical JSON: install it as npx would, start it, ask it.","positional":{"name":"TARGET","option":"target"},"options":[{"name":"target","type":"string","description":"A package folder (packed first), a .tgz tarball, or name@version from the registry (default: the current folder): one package.","check":{"default":".","minLength":1}},{"name":"config","type":"string","description":"Config file (default: .github/mcp-release.yml in the package folder given, else in the current folder, when present).","check":{"minLength":1}},{"name":"fail-on","type":"string","description":"Lowest severity that fails the command (exit 1, a failed step): error (default), warning, note or never.","check":{"oneOf":["error","warning","note","never"]}},{"name":"bin","type":"string","description":"The bin to start when the package has several (overrides smoke.bin in the config).","check":{"minLength":1}},{"name":"arg","type":"string","description":"An argument for the server (overrides the config\'s smoke.args).","multiple":true,"check":{}},{"name":"env","type":"string","description":"KEY=VALUE in the server\'s environment (added to the config\'s smoke.env).","multiple":true,"check":{}},{"name":"registry","type":"string","description":"Registry for name@version and for the package\'s dependencies (default: the config\'s registry, else npm\'s).","check":{"url":"npm"}},{"name":"registry-wait","type":"string","description":"Accepted like smoke takes it; surface does not wait (it installs name@version at once)."},{"name":"out","type":"string","description":"Write the surface JSON to this file (default: stdout).","check":{"minLength":1}}],"outputs":{"ok":"\\"true\\" when no finding is at or above fail-on.","error-count":"Number of error findings.","warning-count":"Number of warning findings.","note-count":"Number of note findings.","packages":"JSON array of the packages the command worked on: [{\\"name\\",\\"version\\",\\"dir\\",\\"ok\\"}].","surface-file":"With {--out}: the path the surface JSON was written to.","surface":"The surface JSON."}},{"name":"diff","aliases":[],"summary":"Compare two MCP surfaces and classify every change as major, minor or patch, with the reason; exit 1 when it is larger than --allow.","positional":{"name":"OLD NEW","option":"surfaces","required":true,"multiple":true},"options":[{"name":"surfaces","type":"string","description":"OLD and NEW, each a surface.json, a package folder, a .tgz or name@version.","multiple":true,"required":true},{"name":"allow","type":"string","description":"The largest change allowed: none, patch, minor or major (default major: report only).","check":{"default":"major","oneOf":["none","patch","minor","major"]}},{"name":"registry","type":"string","description":"Registry for name@version and for the packages\' dependencies (default: the config\'s registry, else npm\'s).","check":{"url":"npm"}},{"name":"config","type":"string","description":"Config file (default: .github/mcp-release.yml in the package folder given, else in the current folder, when present).","check":{"minLength":1}},{"name":"fail-on","type":"string","description":"Lowest severity that fails the command (exit 1, a failed step): error (default), warning, note or never.","check":{"oneOf":["error","warning","note","never"]}}],"outputs":{"ok":"\\"true\\" when no finding is at or above fail-on.","error-count":"Number of error findings.","warning-count":"Number of warning findings.","note-count":"Number of note findings.","packages":"JSON array of the packages the command worked on: [{\\"name\\",\\"version\\",\\"dir\\",\\"ok\\"}].","impact":"The largest change: none, patch, minor or major.","changes":"JSON array of {impact, kind, name, reason}.","markdown":"The changes as a markdown table (PR comment, job summary)."}},{"name":"install","aliases":[],"summary":"Install with the repository\'s own package manager (npm ci, pnpm, yarn berry or bun; frozen lockfile, dependency scripts off), then optionally build every workspace package in dependency order.","positional":{"name":"DIR","option":"directory"},"options":[{"name":"directory","type":"string","description":"The repository root (default: the current folder).","check":{"default":".","minLength":1}},{"name":"dry-run","type":"boolean","description":"Only detect the package manager and print the commands it would run.","check":{}},{"name":"build","type":"boolean","description":"After the install, run the `build` script of every workspace package that has one, internal dependencies first.","check":{}}],"outputs":{"ok":"\\"true\\" when no finding is at or above fail-on.","error-count":"Number of error findings.","warning-count":"Number of warning findings.","note-count":"Number of note findings.","packages":"JSON array of the packages the command worked on: [{\\"name\\",\\"version\\",\\"dir\\",\\"ok\\"}].","package-manager":"The repository\'s package manager: npm, pnpm, yarn or bun (\\"packageManager\\", else the lockfile).","package-manager-version":"The version \\"packageManager\\" declares, else empty.","lockfile":"The lockfile, relative to the repository root, else empty.","setup":"How CI gets the manager: corepack (pnpm, yarn), bun (oven-sh/setup-bun) or none (npm)."}}]');
;// CONCATENATED MODULE: ./src/commands/command-loaders.ts


/**
 * The entries' view of the commands (src/cli, src/action): each command's
 * usage from src/commands/manifest.json (what `npm run docs` derives from
 * src/commands/registry.ts), and its code loaded only when it runs. Each
 * `import()` below is its own chunk in dist/, so `--help` loads no command
 * and a command loads only what it uses (zod, the option catalog, its
 * dependencies). test/unit/command-loaders.test.ts keeps this in step with
 * the registry.
 */
const COMMAND_USAGE = manifest_namespaceObject;
const spec = (command) => command;
/** Every command's code, by its name. */
const COMMAND_LOADERS = {
    'validate-layout': async () => spec((await Promise.all(/* import() */[__nccwpck_require__.e(2725), __nccwpck_require__.e(2088), __nccwpck_require__.e(1514), __nccwpck_require__.e(4006), __nccwpck_require__.e(7960), __nccwpck_require__.e(4941), __nccwpck_require__.e(4731), __nccwpck_require__.e(8427), __nccwpck_require__.e(3078), __nccwpck_require__.e(6243), __nccwpck_require__.e(5977), __nccwpck_require__.e(4021)]).then(__nccwpck_require__.bind(__nccwpck_require__, 94021))).validateLayoutCommand),
    smoke: async () => spec((await Promise.all(/* import() */[__nccwpck_require__.e(2725), __nccwpck_require__.e(2088), __nccwpck_require__.e(1514), __nccwpck_require__.e(4006), __nccwpck_require__.e(6086), __nccwpck_require__.e(4731), __nccwpck_require__.e(8427), __nccwpck_require__.e(3078), __nccwpck_require__.e(1517), __nccwpck_require__.e(9831)]).then(__nccwpck_require__.bind(__nccwpck_require__, 79831))).smokeCommand),
    'security-scan': async () => spec((await Promise.all(/* import() */[__nccwpck_require__.e(2725), __nccwpck_require__.e(2088), __nccwpck_require__.e(1514), __nccwpck_require__.e(4006), __nccwpck_require__.e(6086), __nccwpck_require__.e(4731), __nccwpck_require__.e(8427), __nccwpck_require__.e(6406), __nccwpck_require__.e(6275), __nccwpck_require__.e(689)]).then(__nccwpck_require__.bind(__nccwpck_require__, 70689))).scanCommand),
    pack: async () => spec((await Promise.all(/* import() */[__nccwpck_require__.e(2725), __nccwpck_require__.e(2088), __nccwpck_require__.e(1514), __nccwpck_require__.e(4006), __nccwpck_require__.e(6086), __nccwpck_require__.e(4731), __nccwpck_require__.e(8427), __nccwpck_require__.e(3849)]).then(__nccwpck_require__.bind(__nccwpck_require__, 63849))).packCommand),
    publish: async () => spec((await Promise.all(/* import() */[__nccwpck_require__.e(2725), __nccwpck_require__.e(2088), __nccwpck_require__.e(1514), __nccwpck_require__.e(4006), __nccwpck_require__.e(6086), __nccwpck_require__.e(4731), __nccwpck_require__.e(8427), __nccwpck_require__.e(7851)]).then(__nccwpck_require__.bind(__nccwpck_require__, 17851))).publishCommand),
    doctor: async () => spec((await Promise.all(/* import() */[__nccwpck_require__.e(2725), __nccwpck_require__.e(2088), __nccwpck_require__.e(1514), __nccwpck_require__.e(6086), __nccwpck_require__.e(4731), __nccwpck_require__.e(8427), __nccwpck_require__.e(4915)]).then(__nccwpck_require__.bind(__nccwpck_require__, 44915))).doctorCommand),
    sign: async () => spec((await Promise.all(/* import() */[__nccwpck_require__.e(2725), __nccwpck_require__.e(2088), __nccwpck_require__.e(1514), __nccwpck_require__.e(6086), __nccwpck_require__.e(4731), __nccwpck_require__.e(8427), __nccwpck_require__.e(5672)]).then(__nccwpck_require__.bind(__nccwpck_require__, 95672))).signCommand),
    verify: async () => spec((await Promise.all(/* import() */[__nccwpck_require__.e(2725), __nccwpck_require__.e(2088), __nccwpck_require__.e(1514), __nccwpck_require__.e(6086), __nccwpck_require__.e(4731), __nccwpck_require__.e(8427), __nccwpck_require__.e(3613)]).then(__nccwpck_require__.bind(__nccwpck_require__, 63613))).verifyCommand),
    plan: async () => spec((await Promise.all(/* import() */[__nccwpck_require__.e(2725), __nccwpck_require__.e(2088), __nccwpck_require__.e(1514), __nccwpck_require__.e(4006), __nccwpck_require__.e(8815), __nccwpck_require__.e(6086), __nccwpck_require__.e(4731), __nccwpck_require__.e(8427), __nccwpck_require__.e(3078), __nccwpck_require__.e(1517), __nccwpck_require__.e(1716), __nccwpck_require__.e(8454), __nccwpck_require__.e(9052)]).then(__nccwpck_require__.bind(__nccwpck_require__, 99052))).planCommand),
    changelog: async () => spec((await Promise.all(/* import() */[__nccwpck_require__.e(2725), __nccwpck_require__.e(2088), __nccwpck_require__.e(1514), __nccwpck_require__.e(4006), __nccwpck_require__.e(8815), __nccwpck_require__.e(6086), __nccwpck_require__.e(4731), __nccwpck_require__.e(8427), __nccwpck_require__.e(3078), __nccwpck_require__.e(1517), __nccwpck_require__.e(1716), __nccwpck_require__.e(6968)]).then(__nccwpck_require__.bind(__nccwpck_require__, 26968))).changelogCommand),
    version: async () => spec((await Promise.all(/* import() */[__nccwpck_require__.e(2725), __nccwpck_require__.e(2088), __nccwpck_require__.e(1514), __nccwpck_require__.e(4006), __nccwpck_require__.e(8815), __nccwpck_require__.e(9547), __nccwpck_require__.e(6086), __nccwpck_require__.e(4731), __nccwpck_require__.e(8427), __nccwpck_require__.e(3078), __nccwpck_require__.e(1517), __nccwpck_require__.e(1716), __nccwpck_require__.e(8454), __nccwpck_require__.e(2891)]).then(__nccwpck_require__.bind(__nccwpck_require__, 72891))).versionCommand),
    'github-release': async () => spec((await Promise.all(/* import() */[__nccwpck_require__.e(2725), __nccwpck_require__.e(2088), __nccwpck_require__.e(1514), __nccwpck_require__.e(8815), __nccwpck_require__.e(6086), __nccwpck_require__.e(4731), __nccwpck_require__.e(8427), __nccwpck_require__.e(1716), __nccwpck_require__.e(204)]).then(__nccwpck_require__.bind(__nccwpck_require__, 204))).githubReleaseCommand),
    promote: async () => spec((await Promise.all(/* import() */[__nccwpck_require__.e(2725), __nccwpck_require__.e(2088), __nccwpck_require__.e(1514), __nccwpck_require__.e(4006), __nccwpck_require__.e(8815), __nccwpck_require__.e(6086), __nccwpck_require__.e(4731), __nccwpck_require__.e(8427), __nccwpck_require__.e(3078), __nccwpck_require__.e(1517), __nccwpck_require__.e(1716), __nccwpck_require__.e(6243), __nccwpck_require__.e(1572), __nccwpck_require__.e(7690)]).then(__nccwpck_require__.bind(__nccwpck_require__, 7690))).promoteCommand),
    rollback: async () => spec((await Promise.all(/* import() */[__nccwpck_require__.e(2725), __nccwpck_require__.e(2088), __nccwpck_require__.e(1514), __nccwpck_require__.e(8815), __nccwpck_require__.e(6086), __nccwpck_require__.e(4731), __nccwpck_require__.e(8427), __nccwpck_require__.e(1716), __nccwpck_require__.e(6243), __nccwpck_require__.e(1572), __nccwpck_require__.e(7465)]).then(__nccwpck_require__.bind(__nccwpck_require__, 14026))).rollbackCommand),
    status: async () => spec((await Promise.all(/* import() */[__nccwpck_require__.e(2725), __nccwpck_require__.e(2088), __nccwpck_require__.e(1514), __nccwpck_require__.e(8815), __nccwpck_require__.e(6086), __nccwpck_require__.e(4731), __nccwpck_require__.e(8427), __nccwpck_require__.e(1716), __nccwpck_require__.e(8190)]).then(__nccwpck_require__.bind(__nccwpck_require__, 18190))).statusCommand),
    surface: async () => spec((await Promise.all(/* import() */[__nccwpck_require__.e(2725), __nccwpck_require__.e(2088), __nccwpck_require__.e(1514), __nccwpck_require__.e(4006), __nccwpck_require__.e(6086), __nccwpck_require__.e(4731), __nccwpck_require__.e(8427), __nccwpck_require__.e(3078), __nccwpck_require__.e(1517), __nccwpck_require__.e(9605)]).then(__nccwpck_require__.bind(__nccwpck_require__, 59605))).surfaceCommand),
    diff: async () => spec((await Promise.all(/* import() */[__nccwpck_require__.e(2725), __nccwpck_require__.e(2088), __nccwpck_require__.e(1514), __nccwpck_require__.e(4006), __nccwpck_require__.e(6086), __nccwpck_require__.e(4731), __nccwpck_require__.e(8427), __nccwpck_require__.e(3078), __nccwpck_require__.e(1517), __nccwpck_require__.e(5083)]).then(__nccwpck_require__.bind(__nccwpck_require__, 65083))).diffCommand),
    install: async () => spec((await Promise.all(/* import() */[__nccwpck_require__.e(2725), __nccwpck_require__.e(2088), __nccwpck_require__.e(1514), __nccwpck_require__.e(6086), __nccwpck_require__.e(4731), __nccwpck_require__.e(8427), __nccwpck_require__.e(8114)]).then(__nccwpck_require__.bind(__nccwpck_require__, 8114))).installCommand),
};
/**
 * The commands whose run is a module of its own, without their definition (zod, the option catalog),
 * each the very function the command's spec runs. Every option of such a command must be checked by
 * the manifest (src/commands/input-check.ts), else the entries load the definition for its schema.
 */
const RUN_LOADERS = {
    'validate-layout': async () => (await Promise.all(/* import() */[__nccwpck_require__.e(2725), __nccwpck_require__.e(4006), __nccwpck_require__.e(7960), __nccwpck_require__.e(4941), __nccwpck_require__.e(4731), __nccwpck_require__.e(3078), __nccwpck_require__.e(6243), __nccwpck_require__.e(5977)]).then(__nccwpck_require__.bind(__nccwpck_require__, 95977))).validateLayout,
    'security-scan': async () => (await Promise.all(/* import() */[__nccwpck_require__.e(4006), __nccwpck_require__.e(6086), __nccwpck_require__.e(4731), __nccwpck_require__.e(6406), __nccwpck_require__.e(6275)]).then(__nccwpck_require__.bind(__nccwpck_require__, 36275))).securityScan,
};
/** A command's usage by its name or an alias. */
function findUsage(name) {
    return COMMAND_USAGE.find((c) => c.name === name || c.aliases.includes(name));
}
/** Every name and alias, in the order `--help` lists them. */
function usageNames() {
    return COMMAND_USAGE.flatMap((c) => [c.name, ...c.aliases]);
}
/** The command itself (its schema and code), loaded on first use. */
async function loadCommand(usage) {
    const load = COMMAND_LOADERS[usage.name];
    if (!load)
        throw new Error(`command "${usage.name}" has no loader in src/commands/command-loaders.ts`);
    return load();
}
/**
 * The command's runner: its run alone with the manifest's checks when it has both (no zod, no option
 * catalog: src/commands/input-check.ts gives what the schema would), else the command with its schema.
 */
async function loadRunner(usage) {
    const runOnly = RUN_LOADERS[usage.name];
    if (runOnly && (0,input_check/* checksEveryOption */.K3)(usage)) {
        const run = await runOnly();
        return { check: (record) => (0,input_check/* checkInput */.DR)(usage, record), run };
    }
    const spec = await loadCommand(usage);
    return { check: (record) => spec.inputSchema.safeParse(record), run: spec.run };
}


/***/ }),

/***/ 78567:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ renderText),
/* harmony export */   z: () => (/* binding */ EVERY_COMMAND_OUTPUTS)
/* harmony export */ });
/**
 * The text helpers a command's usage needs, apart from define-command.ts so
 * that `--help` and the CLI's flag parsing load neither zod nor the option
 * catalog (src/cli/usage.ts, src/cli/parse.ts).
 */
/** Outputs every command's Report carries (src/commands/packages.ts aggregateReport sets them). */
const EVERY_COMMAND_OUTPUTS = ['ok', 'error-count', 'warning-count', 'note-count', 'packages'];
/**
 * A description for its reader: `{--name}` is another option, written
 * `--name` for the command line and `name` (the input) for the action.
 */
function renderText(text, audience) {
    return text.replace(/\{--([a-z][a-z-]*)\}/g, (_, name) => (audience === 'cli' ? `--${name}` : `\`${name}\``));
}


/***/ }),

/***/ 62531:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   DR: () => (/* binding */ checkInput),
/* harmony export */   K3: () => (/* binding */ checksEveryOption),
/* harmony export */   Ul: () => (/* binding */ tooShortMessage)
/* harmony export */ });
/* harmony import */ var _config_url_check_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(37342);

/** Whether the usage says what every option's schema checks, so the input can be checked without the schemas. */
function checksEveryOption(usage) {
    return usage.options.every((option) => option.check !== undefined);
}
/**
 * The raw record (kebab-case names, from flags or action inputs) checked against the usage alone: the
 * input the command's schema would give, or the first option (in the usage's order) it would refuse.
 */
function checkInput(usage, record) {
    const data = {};
    for (const option of usage.options) {
        const { check } = option;
        if (!check)
            throw new Error(`${usage.name}: option "${option.name}" has no check in the usage manifest`);
        const value = record[option.name];
        if (value === undefined) {
            if (check.default !== undefined)
                data[option.name] = check.default;
            else if (option.required)
                return failure(option, 'invalid_type', `Invalid input: expected ${expected(option)}`);
            continue;
        }
        typeGuard(usage, option, value);
        if (typeof value === 'string' && check.minLength !== undefined && value.length < check.minLength)
            return failure(option, 'too_small', tooShortMessage(check.minLength, check.tooShort));
        if (typeof value === 'string' && check.oneOf && !check.oneOf.includes(value))
            return failure(option, 'invalid_value', 'Invalid option', check.oneOf);
        if (typeof value === 'string' && check.url) {
            const url = (0,_config_url_check_js__WEBPACK_IMPORTED_MODULE_0__/* .zodUrlValue */ .q2)(value);
            if (url === undefined)
                return failure(option, 'invalid_format', 'Invalid URL');
            const problem = (0,_config_url_check_js__WEBPACK_IMPORTED_MODULE_0__/* .credentialsProblem */ .sL)(url, check.url);
            if (problem)
                return failure(option, 'custom', problem);
            data[option.name] = url;
            continue;
        }
        data[option.name] = Array.isArray(value) ? [...value] : value;
    }
    return { success: true, data };
}
/** zod's message for a string under its least length (the manifest names another one in `tooShort`). */
function tooShortMessage(minLength, tooShort) {
    return tooShort ?? `Too small: expected string to have >=${minLength} characters`;
}
function failure(option, code, message, values) {
    return { success: false, error: { issues: [{ path: [option.name], code, message, ...(values ? { values } : {}) }] } };
}
function expected(option) {
    return option.multiple ? 'array' : option.type;
}
/** The entries give each option the type it declares (parseArgs, the action's inputs): anything else is a bug. */
function typeGuard(usage, option, value) {
    const ok = option.multiple
        ? Array.isArray(value) && value.every((v) => typeof v === 'string')
        : typeof value === option.type;
    if (!ok)
        throw new Error(`${usage.name}: option "${option.name}" got ${typeof value}, expected ${expected(option)}`);
}


/***/ }),

/***/ 37342:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   q2: () => (/* binding */ zodUrlValue),
/* harmony export */   sL: () => (/* binding */ credentialsProblem)
/* harmony export */ });
/* unused harmony exports withoutCredentials, CREDENTIALS_GO */
/*
 * The registry URL check without zod: what `urlWithoutCredentials` (registry-url.ts) checks, written
 * out for the entries (src/commands/input-check.ts) and shared with that schema, so both give the same
 * value and the same message.
 */
/**
 * A registry URL without its user-info (`user:secret@`): the form that may be
 * printed. Pure; a string that is not a URL comes back as it is.
 */
function withoutCredentials(url) {
    try {
        const parsed = new URL(url);
        parsed.username = '';
        parsed.password = '';
        return parsed.href;
    }
    catch {
        return url;
    }
}
/** Where the credentials go instead, by the kind of registry URL (the schema and the manifest name the kind). */
const CREDENTIALS_GO = {
    npm: 'give the token as NODE_AUTH_TOKEN (or an .npmrc "_authToken" line)',
    'mcp-registry': 'the MCP Registry login comes from the GitHub OIDC token, never the URL',
};
/** The refusal of a URL that holds user-info, or undefined when it holds none (or is no URL). */
function credentialsProblem(value, kind) {
    const parsed = URL.canParse(value) ? new URL(value) : undefined;
    if (!parsed || (!parsed.username && !parsed.password))
        return undefined;
    return `a registry URL must not hold credentials (every report and log line that names the registry would print them): ${CREDENTIALS_GO[kind]}; give the URL as ${withoutCredentials(value)}`;
}
/**
 * What zod 4's `z.url()` gives for a string (zod/v4/core/schemas.js $ZodURL without options): the value
 * trimmed, then, when `URL.canParse` takes it, with every ASCII tab, LF and CR removed; else undefined.
 */
function zodUrlValue(value) {
    const trimmed = value.trim();
    return URL.canParse(trimmed) ? trimmed.replace(/[\t\n\r]/g, '') : undefined;
}


/***/ }),

/***/ 83916:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $t: () => (/* binding */ isExitTwoError),
/* harmony export */   eb: () => (/* binding */ UsageError),
/* harmony export */   xL: () => (/* binding */ ConfigError)
/* harmony export */ });
/**
 * Errors that end a run with exit code 2 (bad usage or bad configuration).
 * Their message is one line that names the flag, file or key and what is allowed;
 * the entry points print it without a stack trace.
 */
class UsageError extends Error {
    name = 'UsageError';
}
class ConfigError extends Error {
    name = 'ConfigError';
}
function isExitTwoError(error) {
    return error instanceof UsageError || error instanceof ConfigError;
}


/***/ }),

/***/ 41730:
/***/ ((module, __webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Cs: () => (/* binding */ runAction),
/* harmony export */   Lw: () => (/* binding */ enableCompileCache),
/* harmony export */   ak: () => (/* reexport safe */ _cli_run_cli_js__WEBPACK_IMPORTED_MODULE_3__.ak)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_module__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(98995);
/* harmony import */ var node_module__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_module__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(73136);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__nccwpck_require__.n(node_url__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _cli_run_cli_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(94093);




/**
 * The one bundle (dist/index.js) behind the root action, every sub-action and
 * the CLI. Run directly (`node dist/index.js`, as action.yml does) it is the
 * action; dist/cli.js imports it and calls runCli. It holds the entries and
 * each command's usage; a command's code is a chunk beside it (dist/N.index.js)
 * loaded when that command runs (src/commands/command-loaders.ts).
 */

/**
 * The action's entry, a chunk of its own: the CLI (dist/cli.js) never runs it, so its start does not
 * load it (the job summary, annotations and outputs code).
 */
async function runAction(env = process.env) {
    const action = await __nccwpck_require__.e(/* import() */ 4299).then(__nccwpck_require__.bind(__nccwpck_require__, 44299));
    return action.runAction(env);
}
/**
 * Node's module compile cache (Node >= 22.1; the Action runs on node24): the
 * chunks a command loads are compiled once and read back from
 * `os.tmpdir()/node-compile-cache` (or NODE_COMPILE_CACHE) on later starts,
 * never from or into the user's project. It never throws: an unwritable
 * folder or NODE_DISABLE_COMPILE_CACHE=1 leaves it off (docs: "Module
 * compile cache", module.enableCompileCache). Node 20 has no such function.
 * dist/cli.js calls the same before it loads this bundle.
 */
function enableCompileCache() {
    try {
        node_module__WEBPACK_IMPORTED_MODULE_1___default().enableCompileCache?.();
    }
    catch {
        // a quiet optimisation: start without it
    }
}
function isMainModule() {
    const entry = process.argv[1];
    if (!entry)
        return false;
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(entry) === (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)((0,node_url__WEBPACK_IMPORTED_MODULE_2__.fileURLToPath)(import.meta.url));
    }
    catch {
        return false;
    }
}
if (isMainModule()) {
    enableCompileCache();
    await runAction();
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 78260:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ neutraliseWorkflowCommands),
/* harmony export */   w: () => (/* binding */ jsonForLog)
/* harmony export */ });
/**
 * Text from outside (tool names, server stdout and stderr, PR titles, commit
 * messages, a rollback reason) printed to a GitHub Actions log must not be
 * read by the runner as a workflow command: `::add-mask::`, `::error::`,
 * `::stop-commands::<token>` or the legacy `##[error]` would forge
 * annotations, mask or stop the kit's own commands.
 *
 * The runner's rule (actions/runner, src/Runner.Common/ActionCommand.cs,
 * TryParseV2 and TryParse; docs: https://docs.github.com/en/actions/reference/workflows-and-actions/workflow-commands):
 * - output is read line by line; `\n`, `\r` and `\r\n` all end a line;
 * - a line is a command when, after leading white space (.NET
 *   Char.IsWhiteSpace), it starts with `::` and has a second `::`;
 * - legacy form: `##[` ANYWHERE in the line, then a command name and `]`.
 *
 * So: line ends become `\n`, a line whose first non-space characters are `::`
 * gets a zero-width space between the colons, and every `##[` gets one before
 * the `[`. The text reads the same; the runner sees no command in it. Pure.
 */
const ZWSP = '\u200b';
/** .NET's white space is JavaScript's `\s` without U+FEFF, plus U+0085 (NEL): the union is trimmed. */
const LEADING_COMMAND = /^([\s\u0085]*):(?=:)/;
function neutraliseWorkflowCommands(text) {
    return text
        .split(/\r\n|\r|\n/)
        .map((line) => line.replace(LEADING_COMMAND, `$1:${ZWSP}`).replace(/##\[/g, `##${ZWSP}[`))
        .join('\n');
}
/**
 * JSON for a log: the same JSON value, with `[` after `##` written as the
 * escape `\u005b` (`##[` can only occur inside a string there). Pretty-printed
 * JSON never starts a line with `::` (lines start with `"`, a bracket, a
 * brace, a number or a literal), so nothing else can be a command.
 */
function jsonForLog(value) {
    return JSON.stringify(value, null, 2).replace(/##\[/g, '##\\u005b');
}


/***/ }),

/***/ 70115:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ ENV)
/* harmony export */ });
/**
 * Every environment variable the kit reads, named once. Only the entries
 * (src/action, src/cli) read the environment, through settingsFromEnv; the
 * rest of the code receives typed Settings.
 */
const ENV = {
    // GitHub Actions' default variables (docs: "Store information in variables").
    githubActions: 'GITHUB_ACTIONS',
    githubRepository: 'GITHUB_REPOSITORY',
    githubRepositoryId: 'GITHUB_REPOSITORY_ID',
    githubRepositoryOwner: 'GITHUB_REPOSITORY_OWNER',
    githubRepositoryOwnerId: 'GITHUB_REPOSITORY_OWNER_ID',
    githubServerUrl: 'GITHUB_SERVER_URL',
    githubApiUrl: 'GITHUB_API_URL',
    githubSha: 'GITHUB_SHA',
    githubRef: 'GITHUB_REF',
    githubRefName: 'GITHUB_REF_NAME',
    githubActor: 'GITHUB_ACTOR',
    githubWorkflowRef: 'GITHUB_WORKFLOW_REF',
    githubEventName: 'GITHUB_EVENT_NAME',
    githubRunId: 'GITHUB_RUN_ID',
    githubRunAttempt: 'GITHUB_RUN_ATTEMPT',
    githubWorkspace: 'GITHUB_WORKSPACE',
    githubEventPath: 'GITHUB_EVENT_PATH',
    githubStepSummary: 'GITHUB_STEP_SUMMARY',
    runnerTemp: 'RUNNER_TEMP',
    runnerEnvironment: 'RUNNER_ENVIRONMENT',
    // Credentials.
    githubToken: 'GITHUB_TOKEN',
    ghToken: 'GH_TOKEN',
    nodeAuthToken: 'NODE_AUTH_TOKEN',
    npmPromoteToken: 'NPM_PROMOTE_TOKEN',
    oidcRequestUrl: 'ACTIONS_ID_TOKEN_REQUEST_URL',
    oidcRequestToken: 'ACTIONS_ID_TOKEN_REQUEST_TOKEN',
    sigstoreIdToken: 'SIGSTORE_ID_TOKEN',
    signingKey: 'MCP_RELEASE_SIGNING_KEY',
    // The kit's own knobs.
    debug: 'MCP_RELEASE_DEBUG',
    githubTimeoutSeconds: 'MCP_RELEASE_GITHUB_TIMEOUT_SECONDS',
    githubPacing: 'MCP_RELEASE_GITHUB_PACING',
    npmWaitSeconds: 'MCP_RELEASE_NPM_WAIT_SECONDS',
    environment: 'MCP_RELEASE_ENVIRONMENT',
    // Conventions of other tools.
    noColor: 'NO_COLOR',
    sourceDateEpoch: 'SOURCE_DATE_EPOCH',
    home: 'HOME',
    user: 'USER',
    path: 'PATH',
};


/***/ }),

/***/ 42613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 20181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 35317:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("child_process");

/***/ }),

/***/ 76982:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");

/***/ }),

/***/ 72250:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("dns");

/***/ }),

/***/ 24434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 79896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 91943:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs/promises");

/***/ }),

/***/ 58611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 85675:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http2");

/***/ }),

/***/ 65692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 73339:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("module");

/***/ }),

/***/ 69278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 34589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 16698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 31421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 37540:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:console");

/***/ }),

/***/ 77598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 53053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 40610:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");

/***/ }),

/***/ 78474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 73024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 51455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 37067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 32467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 98995:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:module");

/***/ }),

/***/ 77030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 48161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 76760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 58152:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path/win32");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 1708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:process");

/***/ }),

/***/ 41792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

/***/ }),

/***/ 57075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 46466:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream/promises");

/***/ }),

/***/ 46193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:string_decoder");

/***/ }),

/***/ 58500:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:timers/promises");

/***/ }),

/***/ 41692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 7066:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tty");

/***/ }),

/***/ 73136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 57975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 73429:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");

/***/ }),

/***/ 75919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 38522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 70857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 16928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 2203:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("stream");

/***/ }),

/***/ 13193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 53557:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("timers");

/***/ }),

/***/ 16460:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("timers/promises");

/***/ }),

/***/ 64756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 52018:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tty");

/***/ }),

/***/ 87016:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("url");

/***/ }),

/***/ 39023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ }),

/***/ 43106:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("zlib");

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		8792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(41730);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ var __webpack_exports__enableCompileCache = __webpack_exports__.Lw;
/******/ var __webpack_exports__runAction = __webpack_exports__.Cs;
/******/ var __webpack_exports__runCli = __webpack_exports__.ak;
/******/ export { __webpack_exports__enableCompileCache as enableCompileCache, __webpack_exports__runAction as runAction, __webpack_exports__runCli as runCli };
/******/ 

export const id = 6823;
export const ids = [6823];
export const modules = {

/***/ 16823:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runCommand: () => (/* binding */ runCommand)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/report/known-secrets.ts
var known_secrets = __webpack_require__(52561);
// EXTERNAL MODULE: ./src/settings/env-names.ts
var env_names = __webpack_require__(70115);
// EXTERNAL MODULE: ./src/ports/logger.ts
var logger = __webpack_require__(11654);
;// CONCATENATED MODULE: ./src/cli/cli-logger.ts

/**
 * Progress on stderr: on a terminal a dim marked line per event, without a
 * terminal plain lines (CI logs, pipes). With --json the steps are quiet (the
 * caller reads one JSON document and wants no chatter), but a wait still says
 * why the command has not returned: it can last minutes.
 */
function cliLogger(options) {
    const write = (line) => options.stderr(`${line}\n`);
    if (options.json)
        return { info: write, step: logger/* silentLogger */.qq.step };
    const mark = options.isTty && options.color ? (line) => `\x1b[2m› ${line}\x1b[22m` : (line) => line;
    return (0,logger/* lineLogger */.Hw)((line) => write(mark(line)));
}

// EXTERNAL MODULE: ./src/cli/context.ts + 37 modules
var cli_context = __webpack_require__(14220);
// EXTERNAL MODULE: ./src/report/terminal.ts
var report_terminal = __webpack_require__(87496);
// EXTERNAL MODULE: ./src/report/workflow-commands.ts
var workflow_commands = __webpack_require__(78260);
// EXTERNAL MODULE: ./src/adapters/tool-version.ts
var tool_version = __webpack_require__(16949);
// EXTERNAL MODULE: ./src/cli/parse.ts
var parse = __webpack_require__(99537);
;// CONCATENATED MODULE: ./src/cli/run-command.ts











/**
 * A command's run on the CLI, once its flags are read (src/cli/run-cli.ts):
 * its input checked, the context, the run, the report on stdout (and SARIF).
 * Loaded only when a command runs, so `--help` and usage errors pay for none
 * of it. Returns the exit code: 0 passed, 1 findings.
 */
async function runCommand(spec, flags, io) {
    const input = (0,parse/* inputOf */.wg)(spec, flags.record);
    const { json, sarif, color: colorFlag } = (0,parse/* outputFlags */.Xo)(flags);
    const color = colorFlag ?? (io.isTty && !io.env[env_names/* ENV */.K.noColor]);
    const log = cliLogger({ stderr: io.stderr, isTty: io.isTty, json, color });
    const context = (0,cli_context.contextFromEnv)(io.env, io.cwd, log);
    // Whatever a server or an API echoed back, the credentials we hold never reach an output.
    const report = (0,known_secrets/* redactDeep */.KL)(await spec.run(input, context), context.settings.secretValues);
    if (sarif) {
        const file = external_node_path_default().resolve(io.cwd, sarif);
        const directory = input.directory ?? '.';
        const prefix = external_node_path_default().relative(io.cwd, external_node_path_default().resolve(io.cwd, directory));
        const { toSarif } = await Promise.all(/* import() */[__webpack_require__.e(6086), __webpack_require__.e(643)]).then(__webpack_require__.bind(__webpack_require__, 10643));
        await (0,promises_.writeFile)(file, `${JSON.stringify(toSarif(report, { toolVersion: tool_version/* TOOL_VERSION */.w, prefix }), null, 2)}\n`).catch((error) => {
            throw new errors/* UsageError */.eb(`--sarif: cannot write ${file}: ${error.message}`);
        });
    }
    const terminal = () => (0,workflow_commands/* neutraliseWorkflowCommands */.W)(`${(0,report_terminal/* renderTerminal */.b)(report, { color })}\n`);
    if (json)
        io.stdout(`${(0,workflow_commands/* jsonForLog */.w)(report)}\n`);
    else if (report.text !== undefined) {
        // `changelog --notes-only > notes.md`: the document alone on stdout, the report beside it. The document is
        // markdown whose untrusted text is escaped (`#`, `[` and line ends), so it holds no workflow command either.
        io.stdout(report.text);
        io.stderr(terminal());
    }
    else
        io.stdout(terminal());
    return report.ok ? 0 : 1;
}


/***/ })

};

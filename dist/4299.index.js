export const id = 4299;
export const ids = [4299];
export const modules = {

/***/ 44299:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  OUTPUTS_MAX_UTF16_BYTES: () => (/* binding */ OUTPUTS_MAX_UTF16_BYTES),
  capOutputs: () => (/* binding */ capOutputs),
  runAction: () => (/* binding */ runAction)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/commands/command-loaders.ts + 1 modules
var command_loaders = __webpack_require__(97809);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/report/annotations.ts
var annotations = __webpack_require__(856);
// EXTERNAL MODULE: ./src/report/model.ts
var model = __webpack_require__(96867);
// EXTERNAL MODULE: ./src/report/known-secrets.ts
var known_secrets = __webpack_require__(52561);
// EXTERNAL MODULE: ./src/ports/logger.ts
var logger = __webpack_require__(11654);
// EXTERNAL MODULE: ./src/report/workflow-commands.ts
var workflow_commands = __webpack_require__(78260);
;// CONCATENATED MODULE: ./src/action/action-logger.ts


/**
 * Lines in the Actions log as they happen; each top-level step folded in a
 * group (core.group), nested steps as lines inside it. Every line is
 * neutralised: it may carry server output or names from a PR.
 */
function actionLogger(core) {
    return (0,logger/* lineLogger */.Hw)((line) => core.info((0,workflow_commands/* neutraliseWorkflowCommands */.W)(line)), {
        group: (title, work) => core.group((0,workflow_commands/* neutraliseWorkflowCommands */.W)(title), work),
    });
}

// EXTERNAL MODULE: ./src/util/markdown.ts
var markdown = __webpack_require__(17183);
;// CONCATENATED MODULE: ./src/report/summary.ts



const ICON = { error: '🔴', warning: '🟡', note: '🔵' };
/**
 * GitHub does not upload a job summary over 1 MiB (docs, workflow commands,
 * "Adding a job summary": each step is restricted to a maximum size of 1 MiB),
 * so the summary stays under this many UTF-8 bytes and says what it left out.
 */
const SUMMARY_MAX_BYTES = 1_000_000;
/** Longest text of one cell or evidence block: one huge message must not crowd out every other finding. */
const CELL_MAX_CHARS = 4000;
const EVIDENCE_MAX_CHARS = 10_000;
/**
 * Job summary markdown (GITHUB_STEP_SUMMARY). All finding text is escaped.
 * `prefix` makes paths relative to the workspace, like the annotations.
 */
function renderSummary(report, prefix = '', options = {}) {
    const units = summaryUnits(report, prefix);
    const notes = report.notes.map((note) => ({ text: `> ${summary_escape(clip(note, CELL_MAX_CHARS))}\n\n`, findings: 0 }));
    return fitUnits([...units, ...notes], options.maxBytes ?? SUMMARY_MAX_BYTES, options.reportFile);
}
function summaryUnits(report, prefix) {
    const counts = (0,model/* countBySeverity */.Ot)(report.findings);
    const units = [
        {
            text: `### ${report.ok ? '✅' : '❌'} mcp-release ${report.command}\n\n${counts.error} error(s), ${counts.warning} warning(s), ${counts.note} note(s) in ${report.packages.length} package(s).\n\n`,
            findings: 0,
        },
    ];
    for (const pkg of report.packages) {
        units.push({
            text: `#### ${pkg.ok ? '✅' : '❌'} ${(0,markdown/* codeSpan */.SS)(pkg.name)}${pkg.version ? ` ${summary_escape(pkg.version)}` : ''}${pkg.dir === '.' ? '' : ` (${summary_escape(pkg.dir)})`}\n\n${pkg.outcome?.length ? pkg.outcome.map((line) => `- ${summary_escape(clip(line, CELL_MAX_CHARS))}\n`).join('') + '\n' : ''}${pkg.findings.length === 0 && !pkg.outcome?.length ? 'No findings.\n\n' : ''}`,
            findings: 0,
        });
        const sorted = (0,model/* sortFindings */.Tc)(pkg.findings);
        if (sorted.length)
            units.push({ text: '| | Rule | Where | Finding | Fix |\n|---|---|---|---|---|\n', findings: 0 });
        for (const f of sorted)
            units.push({ text: `${findingRow(f, prefix)}\n`, findings: 1 });
        units.push({ text: '\n', findings: 0 });
        for (const f of sorted.filter((x) => x.evidence)) {
            units.push({
                text: `<details><summary>Evidence: ${escapeHtml(f.rule)}</summary>\n\n<pre>${escapeHtml(clip(f.evidence ?? '', EVIDENCE_MAX_CHARS))}</pre>\n\n</details>\n\n`,
                findings: 0,
            });
        }
        for (const table of pkg.tables ?? []) {
            units.push({
                text: `**${summary_escape(table.title)}**\n\n| ${table.columns.map(summary_escape).join(' | ')} |\n|${table.columns.map(() => '---').join('|')}|\n`,
                findings: 0,
            });
            for (const row of table.rows)
                units.push({ text: `| ${row.map((cell) => summary_escape(clip(cell, CELL_MAX_CHARS))).join(' | ')} |\n`, findings: 0 });
            units.push({ text: '\n', findings: 0 });
        }
    }
    return units;
}
function findingRow(f, prefix) {
    const where = f.file ? (0,markdown/* codeSpan */.SS)(`${(0,annotations/* joinPrefix */.$B)(prefix, f.file)}${f.line ? `:${f.line}` : ''}`, { table: true }) : '';
    return `| ${ICON[f.severity]} | ${(0,markdown/* codeSpan */.SS)(f.rule, { table: true })} | ${where} | ${summary_escape(clip(f.message, CELL_MAX_CHARS))} | ${summary_escape(clip(f.fix ?? '', CELL_MAX_CHARS))} |`;
}
/** Room kept for the closing note. */
const NOTE_RESERVE_BYTES = 1000;
/** Whole units in order while they fit; then a note of how many findings were not shown and where they are. */
function fitUnits(units, maxBytes, reportFile) {
    const total = units.reduce((sum, u) => sum + Buffer.byteLength(u.text), 0);
    if (total <= maxBytes)
        return units.map((u) => u.text).join('');
    const budget = maxBytes - NOTE_RESERVE_BYTES;
    const kept = [];
    let used = 0;
    let cutFindings = 0;
    let cutOther = 0;
    for (const unit of units) {
        const size = Buffer.byteLength(unit.text);
        if (used + size <= budget && cutFindings + cutOther === 0) {
            kept.push(unit.text);
            used += size;
        }
        else if (unit.findings)
            cutFindings += unit.findings;
        else
            cutOther += 1;
    }
    const where = reportFile
        ? `the full report is in ${summary_escape(reportFile)}`
        : 'the full report is in the report file (output `report-file`)';
    const note = `\n> [!NOTE]\n> The job summary is cut to stay under GitHub's limit of 1 MiB per step: ${cutFindings} finding(s) not shown; ${where}.\n`;
    return `${kept.join('')}${note}`;
}
/** At most `max` UTF-16 units, never half a surrogate pair, with a mark when cut. */
function clip(text, max) {
    if (text.length <= max)
        return text;
    let end = max;
    const code = text.charCodeAt(end - 1);
    if (code >= 0xd800 && code <= 0xdbff)
        end -= 1;
    return `${text.slice(0, end)}… (${text.length - end} more characters)`;
}
const summary_escape = markdown/* escapeMarkdownInline */.E4;
/** For text inside HTML elements (<pre>): only &, < and > matter there. */
function escapeHtml(text) {
    return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

// EXTERNAL MODULE: ./src/report/terminal.ts
var terminal = __webpack_require__(87496);
// EXTERNAL MODULE: ./src/adapters/tool-version.ts
var tool_version = __webpack_require__(16949);
;// CONCATENATED MODULE: ./src/action/run-action.ts












/**
 * The GitHub Action: inputs from INPUT_*, results through @actions/core
 * (outputs, annotations, job summary, setFailed). @actions/core is loaded here
 * only, so the CLI never pays for it.
 */
async function runAction(env = process.env) {
    const core = await Promise.all(/* import() */[__webpack_require__.e(4119), __webpack_require__.e(6421)]).then(__webpack_require__.bind(__webpack_require__, 96421));
    try {
        const commandName = core.getInput('command', { required: true });
        const usage = (0,command_loaders/* findUsage */.f$)(commandName);
        if (!usage) {
            core.setFailed(`input "command": unknown command "${commandName}" (allowed: ${(0,command_loaders/* usageNames */.QT)().join(', ')})`);
            return;
        }
        // The command's chunk and the context's (adapters, settings) load while the inputs are read.
        const loading = Promise.all([(0,command_loaders/* loadRunner */.dh)(usage), Promise.all(/* import() */[__webpack_require__.e(7960), __webpack_require__.e(5901)]).then(__webpack_require__.bind(__webpack_require__, 35901))]);
        loading.catch(() => undefined);
        const record = {};
        for (const opt of usage.options) {
            const value = core.getInput(opt.name);
            if (value === '')
                continue;
            record[opt.name] =
                opt.type === 'boolean'
                    ? core.getBooleanInput(opt.name)
                    : opt.multiple
                        ? core.getMultilineInput(opt.name)
                        : value;
        }
        const [runner, { contextFromEnv }] = await loading;
        const parsed = runner.check(record);
        if (!parsed.success) {
            const issue = parsed.error.issues[0];
            const allowed = issue?.code === 'invalid_value' ? ` (allowed: ${(issue.values ?? []).map(String).join(', ')})` : '';
            const name = String(issue?.path[0] ?? '');
            core.setFailed(`input "${name}": ${record[name] === undefined ? 'is required' : issue?.code === 'invalid_value' ? 'invalid value' : (issue?.message ?? 'invalid')}${allowed}`);
            return;
        }
        const workspace = env.GITHUB_WORKSPACE || process.cwd();
        // Whatever a server or an API echoed back, the credentials we hold never reach an output (core.setSecret masks only the log).
        const context = contextFromEnv(env, workspace, actionLogger(core));
        const report = (0,known_secrets/* redactDeep */.KL)(await runner.run(parsed.data, context), context.settings.secretValues);
        const directory = parsed.data.directory ?? '.';
        const prefix = external_node_path_default().relative(workspace, external_node_path_default().resolve(workspace, directory));
        await publish(core, report, prefix, env);
    }
    catch (error) {
        if ((0,errors/* isExitTwoError */.$t)(error))
            core.setFailed(error.message);
        else
            core.setFailed(`internal error: ${error.message}`);
    }
}
/**
 * Every line of text the action prints goes through here: progress and the
 * report carry server output, tool names, PR titles and reasons, which must
 * not become workflow commands. Annotations, outputs and setFailed go through
 * @actions/core's own commands, which escape their message (%, CR, LF) and
 * properties (also `:` and `,`), so they cannot break out of their line.
 */
function log(core, text) {
    core.info((0,workflow_commands/* neutraliseWorkflowCommands */.W)(text));
}
async function publish(core, report, prefix, env) {
    log(core, (0,terminal/* renderTerminal */.b)(report, { color: true }));
    // The full report first: the summary, the annotations and the outputs are cut to GitHub's limits and point at it.
    const outDir = external_node_path_default().join(env.RUNNER_TEMP || external_node_path_default().join(process.cwd(), '.mcp-release'), 'mcp-release');
    await (0,promises_.mkdir)(outDir, { recursive: true });
    const reportFile = external_node_path_default().join(outDir, `${report.command}-report.json`);
    await (0,promises_.writeFile)(reportFile, `${JSON.stringify(report, null, 2)}\n`);
    if (core.getInput('annotations') !== 'false') {
        for (const a of (0,annotations/* toAnnotations */.gI)(report, prefix, { reportFile })) {
            const props = {
                title: a.title,
                ...(a.file ? { file: a.file } : {}),
                ...(a.startLine ? { startLine: a.startLine } : {}),
                ...(a.startColumn ? { startColumn: a.startColumn } : {}),
            };
            if (a.level === 'error')
                core.error(a.message, props);
            else if (a.level === 'warning')
                core.warning(a.message, props);
            else
                core.notice(a.message, props);
        }
    }
    const capped = capOutputs(report.outputs);
    for (const [key, value] of Object.entries(capped.outputs))
        core.setOutput(key, value);
    for (const key of capped.cut)
        core.warning(`output "${key}" was cut to stay within GitHub's limit of 1 MB of outputs per job; the full value is in ${reportFile}`);
    core.setOutput('report-file', reportFile);
    const sarifInput = core.getInput('sarif-file');
    if (sarifInput) {
        const sarifFile = external_node_path_default().resolve(env.GITHUB_WORKSPACE || process.cwd(), sarifInput);
        const { toSarif } = await Promise.all(/* import() */[__webpack_require__.e(6086), __webpack_require__.e(3024)]).then(__webpack_require__.bind(__webpack_require__, 10643));
        await (0,promises_.mkdir)(external_node_path_default().dirname(sarifFile), { recursive: true });
        await (0,promises_.writeFile)(sarifFile, `${JSON.stringify(toSarif(report, { toolVersion: tool_version/* TOOL_VERSION */.w, prefix }), null, 2)}\n`);
        core.setOutput('sarif-file', sarifFile);
    }
    if (env.GITHUB_STEP_SUMMARY)
        await core.summary.addRaw(renderSummary(report, prefix, { reportFile })).write();
    if (!report.ok) {
        const counts = (0,model/* countBySeverity */.Ot)(report.findings);
        core.setFailed(`${report.command}: ${counts.error} error(s), ${counts.warning} warning(s), ${counts.note} note(s)`);
    }
}
/**
 * Outputs can be a maximum of 1 MB per job, size approximated as UTF-16
 * (docs: "Passing information between jobs"). Other steps of the job have
 * outputs too, so this step keeps its own under half of that.
 */
const OUTPUTS_MAX_UTF16_BYTES = 500_000;
const cutMark = (dropped) => `…[cut: ${dropped} more characters; GitHub keeps at most 1 MB of outputs per job; the full value is in the report file]`;
/**
 * Every output within the budget: the small ones whole, each large one cut to
 * an equal share of what is left, with a mark saying so. Pure.
 */
function capOutputs(outputs, maxUtf16Bytes = OUTPUTS_MAX_UTF16_BYTES) {
    const entries = Object.entries(outputs);
    const bySize = [...entries].sort(([, a], [, b]) => a.length - b.length);
    let remaining = Math.floor(maxUtf16Bytes / 2); // UTF-16 code units
    const result = {};
    const cut = [];
    bySize.forEach(([key, value], index) => {
        const share = Math.floor(remaining / (bySize.length - index));
        if (value.length <= share)
            result[key] = value;
        else {
            let end = Math.max(0, share - cutMark(value.length).length);
            if (end > 0 && value.charCodeAt(end - 1) >= 0xd800 && value.charCodeAt(end - 1) <= 0xdbff)
                end -= 1;
            result[key] = `${value.slice(0, end)}${cutMark(value.length - end)}`;
            cut.push(key);
        }
        remaining -= result[key]?.length ?? 0;
    });
    return {
        outputs: Object.fromEntries(entries.map(([key]) => [key, result[key] ?? ''])),
        cut: entries.map(([key]) => key).filter((key) => cut.includes(key)),
    };
}


/***/ }),

/***/ 11654:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hw: () => (/* binding */ lineLogger),
/* harmony export */   qq: () => (/* binding */ silentLogger)
/* harmony export */ });
/* unused harmony export formatDuration */
/** A logger that says nothing (tests, nested runs). */
const silentLogger = {
    info: () => undefined,
    step: (_title, work) => work(),
};
/** `1.2 s`, `850 ms`, `2 min 5 s`: durations as people read them. */
function formatDuration(ms) {
    if (ms < 1000)
        return `${Math.round(ms)} ms`;
    if (ms < 60_000)
        return `${(ms / 1000).toFixed(1)} s`;
    const minutes = Math.floor(ms / 60_000);
    return `${minutes} min ${Math.round((ms % 60_000) / 1000)} s`;
}
/**
 * The shared logic of the line loggers: `write` prints one line; `group`
 * (the Action's core.group) folds a top-level step when given. Nested steps
 * print their start and end lines inside the enclosing group.
 */
function lineLogger(write, options = {}) {
    const now = options.now ?? (() => performance.now());
    let depth = 0;
    return {
        info: write,
        async step(title, work) {
            const started = now();
            // A top-level step in the Action is a group: its title opens it; the end line follows it, visible when folded.
            const group = depth === 0 ? options.group : undefined;
            depth += 1;
            if (!group)
                write(`${title} ...`);
            try {
                const result = group ? await group(title, work) : await work();
                write(`${title}: done in ${formatDuration(now() - started)}`);
                return result;
            }
            catch (error) {
                write(`${title}: failed after ${formatDuration(now() - started)}`);
                throw error;
            }
            finally {
                depth -= 1;
            }
        },
    };
}


/***/ }),

/***/ 856:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $B: () => (/* binding */ joinPrefix),
/* harmony export */   gI: () => (/* binding */ toAnnotations)
/* harmony export */ });
/* unused harmony exports ANNOTATIONS_PER_LEVEL, limitPerLevel */
const LEVEL = { error: 'error', warning: 'warning', note: 'notice' };
/**
 * GitHub annotations for a report. Paths are made relative to the workspace
 * (`prefix` is the command directory relative to it) so they land on the right file.
 */
function toAnnotations(report, prefix = '', options = {}) {
    return limitPerLevel(report.findings.map((f) => toAnnotation(f, prefix)), options.perLevel ?? ANNOTATIONS_PER_LEVEL, options.reportFile);
}
/**
 * The GitHub UI shows at most 10 annotations of each level per step and drops
 * the rest without a word (github.com/orgs/community/discussions/68471), so the
 * 10th of a level says how many more there are and where to read them.
 */
const ANNOTATIONS_PER_LEVEL = 10;
const PLURAL = { error: 'errors', warning: 'warnings', notice: 'notices' };
/** The first `max - 1` of each level, then one annotation that counts the rest and says where they are. Pure. */
function limitPerLevel(annotations, max, reportFile) {
    const total = {};
    for (const a of annotations)
        total[a.level] = (total[a.level] ?? 0) + 1;
    const seen = {};
    const out = [];
    for (const a of annotations) {
        const n = (seen[a.level] = (seen[a.level] ?? 0) + 1);
        const count = total[a.level] ?? 0;
        if (count <= max || n < max)
            out.push(a);
        else if (n === max) {
            const rest = count - max + 1;
            out.push({
                level: a.level,
                title: `mcp-release: ${rest} more ${PLURAL[a.level]}`,
                message: `and ${rest} more ${PLURAL[a.level]}: see the job summary${reportFile ? ` or ${reportFile}` : ' or the report file (output `report-file`)'}`,
            });
        }
    }
    return out;
}
function toAnnotation(f, prefix) {
    const file = f.file ? joinPrefix(prefix, f.file) : undefined;
    return {
        level: LEVEL[f.severity],
        title: f.rule,
        message: f.fix ? `${f.message}\nFix: ${f.fix}` : f.message,
        ...(file ? { file } : {}),
        ...(f.line ? { startLine: f.line } : {}),
        ...(f.column ? { startColumn: f.column } : {}),
    };
}
function joinPrefix(prefix, file) {
    const clean = prefix
        .replace(/\\/g, '/')
        .replace(/^\.\/?/, '')
        .replace(/\/+$/, '');
    return clean ? `${clean}/${file}` : file;
}


/***/ }),

/***/ 52561:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   KL: () => (/* binding */ redactDeep),
/* harmony export */   _9: () => (/* binding */ knownSecretValues)
/* harmony export */ });
/* unused harmony exports REDACTED, redactText */
/* harmony import */ var _util_credential_names_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(17822);

/** Shorter values would match ordinary text by accident; real tokens are far longer. */
const MIN_SECRET_LENGTH = 8;
const REDACTED = '***';
/**
 * The values of the credentials in the kit's environment: whatever a server,
 * a registry or an API echoes back, these never reach an output.
 */
function knownSecretValues(env) {
    const values = (0,_util_credential_names_js__WEBPACK_IMPORTED_MODULE_0__/* .credentialNames */ .M)(env)
        .map((name) => env[name])
        .filter((value) => value.length >= MIN_SECRET_LENGTH);
    // Longest first, so a secret that contains another is replaced whole.
    return [...new Set(values)].sort((a, b) => b.length - a.length);
}
function redactText(text, secrets) {
    let out = text;
    for (const secret of secrets)
        out = out.split(secret).join(REDACTED);
    return out;
}
/** Every string in a JSON-like value (a Report, a surface), secrets replaced. */
function redactDeep(value, secrets) {
    if (secrets.length === 0)
        return value;
    const walk = (v) => {
        if (typeof v === 'string')
            return redactText(v, secrets);
        if (Array.isArray(v))
            return v.map(walk);
        if (v && typeof v === 'object')
            return Object.fromEntries(Object.entries(v).map(([k, item]) => [redactText(k, secrets), walk(item)]));
        return v;
    };
    return walk(value);
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

/***/ 87496:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   b: () => (/* binding */ renderTerminal)
/* harmony export */ });
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(96867);

const MARK = { error: '✖', warning: '⚠', note: 'ℹ' };
const COLOR = { error: '31', warning: '33', note: '36' };
/** The human report: per package, each finding with where, what and how to fix. */
function renderTerminal(report, options) {
    const paint = (code, text) => (options.color ? `\u001b[${code}m${text}\u001b[0m` : text);
    const lines = [];
    for (const pkg of report.packages) {
        const id = `${pkg.name}${pkg.version ? `@${pkg.version}` : ''}`;
        const header = pkg.dir === '.' || pkg.dir === id ? id : `${id}  (${pkg.dir})`;
        lines.push(paint('1', header));
        // A line that starts with spaces continues the one before it (the commands a dry run would run).
        for (const line of pkg.outcome ?? [])
            lines.push(line.startsWith(' ') ? `    ${line}` : `  ${paint('1', '→')} ${line}`);
        if (pkg.findings.length === 0 && !pkg.outcome?.length)
            lines.push(`  ${paint('32', '✔')} no findings`);
        for (const f of (0,_model_js__WEBPACK_IMPORTED_MODULE_0__/* .sortFindings */ .Tc)(pkg.findings))
            lines.push(...renderFinding(f, paint));
        for (const table of pkg.tables ?? [])
            lines.push(...renderTable(table, paint));
        lines.push('');
    }
    for (const note of report.notes)
        lines.push(`${paint('2', 'note:')} ${note}`);
    const counts = (0,_model_js__WEBPACK_IMPORTED_MODULE_0__/* .countBySeverity */ .Ot)(report.findings);
    const summary = `${plural(counts.error, 'error')}, ${plural(counts.warning, 'warning')}, ${plural(counts.note, 'note')}`;
    const seconds = ((report.timings.total ?? 0) / 1000).toFixed(1);
    lines.push(report.ok
        ? paint('32', `✔ ${report.command}: passed (${summary}) in ${seconds} s`)
        : paint('31', `✖ ${report.command}: failed (${summary}) in ${seconds} s`));
    return lines.join('\n');
}
function renderFinding(f, paint) {
    const where = f.file ? `${f.file}${f.line ? `:${f.line}${f.column ? `:${f.column}` : ''}` : ''}` : '';
    const out = [
        `  ${paint(COLOR[f.severity], `${MARK[f.severity]} ${f.severity.padEnd(7)}`)} ${paint('2', f.rule)}  ${where}`,
        `      ${f.message}`,
    ];
    if (f.fix)
        out.push(`      ${paint('2', `fix: ${f.fix}`)}`);
    if (f.evidence) {
        const evidence = f.evidence.split('\n').slice(-8);
        out.push(`      ${paint('2', 'evidence:')}`, ...evidence.map((l) => `        ${paint('2', `| ${l}`)}`));
    }
    return out;
}
function renderTable(table, paint) {
    const widths = table.columns.map((c, i) => Math.min(40, Math.max(c.length, ...table.rows.map((r) => (r[i] ?? '').length))));
    const row = (cells) => `    ${cells.map((c, i) => c.slice(0, 60).padEnd(widths[i] ?? 0)).join('  ')}`.trimEnd();
    return [`  ${paint('1', table.title)}`, paint('2', row(table.columns)), ...table.rows.map(row)];
}
function plural(n, word) {
    return `${n} ${word}${n === 1 ? '' : 's'}`;
}


/***/ }),

/***/ 17822:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ credentialNames)
/* harmony export */ });
/* unused harmony export isCredentialName */
/**
 * Names that hold credentials by convention (GITHUB_TOKEN, NPM_TOKEN,
 * NODE_AUTH_TOKEN, ACTIONS_ID_TOKEN_REQUEST_TOKEN, AWS_SECRET_ACCESS_KEY,
 * npm_config__authToken, ...). Matched on the name only.
 */
const CREDENTIAL_NAME = /(TOKEN|SECRET|PASSW(OR)?D|PRIVATE_KEY|API_KEY|ACCESS_KEY|_AUTH$|^NPM_CONFIG__AUTH|CREDENTIAL)/i;
function isCredentialName(name) {
    return CREDENTIAL_NAME.test(name);
}
/** The credential-named variables that are set (names only, sorted). */
function credentialNames(env) {
    return Object.keys(env)
        .filter((name) => isCredentialName(name) && (env[name] ?? '') !== '')
        .sort();
}


/***/ }),

/***/ 17183:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E4: () => (/* binding */ escapeMarkdownInline),
/* harmony export */   Qt: () => (/* binding */ fitToLimit),
/* harmony export */   SS: () => (/* binding */ codeSpan)
/* harmony export */ });
/**
 * Text from outside (package files, PR titles and bodies, commit messages) is
 * untrusted in markdown: neutralise emphasis, links, images, headings, HTML,
 * table pipes and @mentions, and keep it on one line.
 */
function escapeMarkdownInline(text) {
    return (text
        .replace(/[\r\n]+/g, ' ')
        .replace(/([\\`*_[\]#!@])/g, '\\$1')
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/\|/g, '\\|')
        // GFM's extended autolinks (https://github.github.com/gfm/#autolinks-extension-) turn `www.` and `scheme://` into
        // links without any markup; an escaped `.` or `:` is plain text to them.
        .replace(/\b(www)\./gi, '$1\\.')
        .replace(/\b([a-z][a-z0-9+.-]*):\/\//gi, '$1\\://'));
}
/**
 * Untrusted text as inline code (a tool name, a label): nothing inside a code
 * span is markdown, so no heading, HTML, link or @mention can come from it.
 * Its own breakouts are handled: line ends (which would end a table row or
 * the paragraph) become spaces, the fence is one backtick longer than the
 * longest run inside, and text that starts or ends with a backtick or space is
 * padded (CommonMark, "Code spans", https://spec.commonmark.org/0.31.2/#code-spans).
 * In a table cell a `|` ends the cell even inside code, so it is written `\|`,
 * which GFM shows as `|` (https://github.github.com/gfm/#tables-extension-).
 */
function codeSpan(text, options = {}) {
    let body = text.replace(/\r\n|\r|\n/g, ' ');
    if (options.table)
        body = body.replace(/\|/g, '\\|');
    if (body === '')
        return '` `';
    const longest = Math.max(0, ...(body.match(/`+/g) ?? []).map((run) => run.length));
    const fence = '`'.repeat(longest + 1);
    const pad = /^[` ]|[` ]$/.test(body) ? ' ' : '';
    return `${fence}${pad}${body}${pad}${fence}`;
}
/**
 * Markdown cut to fit a GitHub size limit (a comment: 65,536 characters), at a line end, with an
 * open code fence closed and a last line saying so: GitHub refuses a longer body with a 422.
 */
function fitToLimit(text, limit) {
    if (text.length <= limit)
        return text;
    const note = `\n\n_(cut here: ${text.length.toLocaleString('en-US')} characters are more than GitHub's limit of ${limit.toLocaleString('en-US')})_`;
    let cut = text.slice(0, limit - note.length - 8);
    const lineEnd = cut.lastIndexOf('\n');
    if (lineEnd > cut.length / 2)
        cut = cut.slice(0, lineEnd);
    const fences = cut.match(/^```/gm)?.length ?? 0;
    return `${cut}${fences % 2 ? '\n```' : ''}${note}`;
}


/***/ })

};

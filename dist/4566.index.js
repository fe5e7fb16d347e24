export const id = 4566;
export const ids = [4566];
export const modules = {

/***/ 24566:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  GitHubStepError: () => (/* binding */ GitHubStepError),
  planCommand: () => (/* binding */ planCommand)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ../main/node_modules/semver/index.js
var semver = __webpack_require__(73880);
var semver_default = /*#__PURE__*/__webpack_require__.n(semver);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(92174);
// EXTERNAL MODULE: ./src/release/tag-styles.ts
var tag_styles = __webpack_require__(89170);
// EXTERNAL MODULE: ./src/github/client.ts
var github_client = __webpack_require__(18750);
// EXTERNAL MODULE: ./src/github/pulls.ts
var pulls = __webpack_require__(8557);
// EXTERNAL MODULE: ./src/util/markdown.ts
var markdown = __webpack_require__(93985);
;// CONCATENATED MODULE: ./src/github/sticky-comment.ts

/** GitHub refuses issue and PR comments longer than this (422 "body is too long"). */
const COMMENT_LIMIT = 65_536;
/**
 * One comment per PR and purpose, found again by a hidden marker and edited
 * in place: a re-run never adds a second comment.
 */
function stickyMarker(key) {
    return `<!-- mcp-release-kit:${key.replace(/-->/g, '')} -->`;
}
/**
 * The login the token writes as. A user's token answers GET /user; an
 * installation token (the Actions GITHUB_TOKEN, a GitHub App's) is refused
 * there with 403 "Resource not accessible by integration"
 * (https://docs.github.com/en/rest/users/users#get-the-authenticated-user;
 * seen in actions/create-github-app-token#258), and the Actions token writes
 * as `github-actions[bot]`. A GitHub App's own token would write as
 * `<app-slug>[bot]`, which no endpoint tells an installation token: with one,
 * only `github-actions[bot]`'s comments are taken as ours.
 */
const ACTIONS_BOT = 'github-actions[bot]';
async function tokenLogin(github) {
    try {
        return (await github.rest.users.getAuthenticated()).data.login;
    }
    catch (error) {
        if (error.status === 403)
            return ACTIONS_BOT;
        throw error;
    }
}
/**
 * Anyone can write our marker into a comment; editing theirs would put the
 * plan under their name (and let them choose where it goes). Only a comment
 * the token's own login wrote is ours to edit.
 */
async function upsertStickyComment(github, target, issue, key, body) {
    const marker = stickyMarker(key);
    const text = (0,markdown/* fitToLimit */.Qt)(`${marker}\n${body}`, COMMENT_LIMIT);
    const me = (await tokenLogin(github)).toLowerCase();
    const comments = await github.paginate(github.rest.issues.listComments, {
        owner: target.owner,
        repo: target.repo,
        issue_number: issue,
        per_page: 100,
    });
    const marked = comments.filter((c) => c.body?.startsWith(marker));
    const existing = marked.find((c) => c.user?.login.toLowerCase() === me);
    const ignored = [...new Set(marked.filter((c) => c !== existing).map((c) => c.user?.login ?? 'an unknown user'))];
    if (existing) {
        if (existing.body === text)
            return { id: existing.id, action: 'unchanged', ignored };
        await github.rest.issues.updateComment({
            owner: target.owner,
            repo: target.repo,
            comment_id: existing.id,
            body: text,
        });
        return { id: existing.id, action: 'updated', ignored };
    }
    const { data } = await github.rest.issues.createComment({
        owner: target.owner,
        repo: target.repo,
        issue_number: issue,
        body: text,
    });
    return { id: data.id, action: 'created', ignored };
}
/**
 * GitHub's answer to a write with a read-only token: 403 "Resource not
 * accessible by integration". Pull requests from forks (and Dependabot's) get
 * a GITHUB_TOKEN with at most read access, whatever the workflow asks
 * (https://docs.github.com/en/actions/reference/github_token-reference,
 * "Maximum access for pull requests from public forked repositories").
 * A 403 for a rate limit is not one.
 */
function isReadOnlyRefusal(error) {
    const e = error;
    const message = e.response?.data?.message ?? e.message ?? '';
    return e.status === 403 && !/rate limit/i.test(message);
}

// EXTERNAL MODULE: ./src/release/bump.ts
var release_bump = __webpack_require__(36599);
// EXTERNAL MODULE: ./src/release/changelog.ts
var changelog = __webpack_require__(73169);
// EXTERNAL MODULE: ./src/release/conventional.ts
var conventional = __webpack_require__(30645);
;// CONCATENATED MODULE: ./src/release/plan-decision.ts

function commitsVerdict(commits, since) {
    const order = ['patch', 'minor', 'major'];
    let best;
    for (const commit of commits) {
        const bump = (0,conventional/* bumpOfCommit */.jX)(commit);
        if (!bump)
            continue;
        if (!best || order.indexOf(bump) > order.indexOf(best.bump))
            best = { bump, because: commit.breaking ? 'a breaking change' : (commit.type ?? bump) };
    }
    return { ...(best ?? {}), ...(since ? { since } : {}) };
}
function labelsWhere(where) {
    if (where.source === 'labels' || !where.pr)
        return '(given with --labels)';
    return where.source === 'merged-pr' ? `on PR #${where.pr} (merged as the pushed commit)` : `on PR #${where.pr}`;
}
/** The labels' verdict: a release label, a skip label, none, or several. */
function labelDecisionText(where, decision) {
    const at = labelsWhere(where);
    switch (decision.kind) {
        case 'release':
            return `labelled ${decision.label ?? '?'} ${at} -> ${decision.bump ?? 'release'}`;
        case 'skip':
            return `labelled ${decision.label ?? '?'} ${at} -> no release`;
        case 'none':
            return where.source === 'labels' || !where.pr
                ? 'no release label given with --labels -> no release'
                : `no release label on PR #${where.pr} -> no release`;
        case 'conflict':
            return `conflicting release labels ${at} (${(decision.labels ?? []).join(', ')}): keep exactly one`;
    }
}
/** No label decided: the conventional commits did, or nothing did. */
function commitsDecisionText(verdict, many = false) {
    const since = many
        ? "since each package's last tag"
        : verdict.since
            ? `since ${verdict.since}`
            : 'since the first commit (no release tag yet)';
    if (verdict.bump)
        return `no release label: decided by the commits ${since} (${verdict.because ?? verdict.bump} -> ${verdict.bump})`;
    return `nothing decided it: no release label, no conventional commit (feat, fix, perf or breaking) ${since} -> no release`;
}

// EXTERNAL MODULE: ./src/release/entries.ts
var release_entries = __webpack_require__(89799);
;// CONCATENATED MODULE: ./src/release/plan-markdown.ts

/** Table cells: the label comes from the PR, the rest from package.json. */
const code = (text) => (0,markdown/* codeSpan */.SS)(text, { table: true });
function planMarkdown(view) {
    const checks = view.checks
        ? view.checks.total === 0
            ? 'none reported yet'
            : `${view.checks.passed} passed, ${view.checks.failed} failed, ${view.checks.pending} pending`
        : 'not read';
    const lines = [
        `### Release plan for ${(0,markdown/* codeSpan */.SS)(view.name)}`,
        '',
        '| | |',
        '|---|---|',
        `| Version | ${code(view.current)} → **${code(view.next)}**${view.bump ? ` (${(0,markdown/* escapeMarkdownInline */.E4)(view.bump)})` : ''} |`,
        ...(view.label ? [`| Label | ${code(view.label)} |`] : []),
        `| dist-tags | ${code(view.stagingTag)} → ${code(view.finalTag)} after the smoke test |`,
        `| git tag | ${code(view.gitTag)} (made after the publish) |`,
        `| Checks | ${checks} |`,
        '',
    ];
    if (view.problems?.length)
        lines.push('> [!WARNING]', ...view.problems.map((p) => `> ${p}`), '');
    lines.push('<details><summary>Changelog section that will be written</summary>', '', view.notes.trimEnd(), '', '</details>', '', '<sub>Updated by mcp-release-kit on every push to this PR.</sub>');
    return `${lines.join('\n')}\n`;
}
function workspacePlanMarkdown(view) {
    const released = view.packages.filter((p) => p.next);
    const lines = [
        `### Release plan: ${released.length} of ${view.packages.length} packages`,
        '',
        ...(view.label ? [`Label: ${code(view.label)}`, ''] : []),
        '| Package | Folder | Version | Why | git tag |',
        '|---|---|---|---|---|',
        ...view.packages.map((p) => p.next
            ? `| ${code(p.name)} | ${code(p.dir)} | ${code(p.current)} → **${code(p.next)}**${p.bump ? ` (${(0,markdown/* escapeMarkdownInline */.E4)(p.bump)})` : ''} | ${(0,markdown/* escapeMarkdownInline */.E4)(p.why ?? '')} | ${code(p.gitTag ?? '')} |`
            : `| ${code(p.name)} | ${code(p.dir)} | ${code(p.current)} (no release) | ${p.changed ? 'changed, no release label for it' : 'not changed'} | |`),
        '',
    ];
    const problems = view.packages.flatMap((p) => (p.problems ?? []).map((problem) => `${p.name}: ${problem}`));
    if (problems.length)
        lines.push('> [!WARNING]', ...problems.map((p) => `> ${(0,markdown/* escapeMarkdownInline */.E4)(p)}`), '');
    for (const p of released)
        lines.push(`<details><summary>Changelog section of ${(0,markdown/* escapeMarkdownInline */.E4)(p.name)} ${(0,markdown/* escapeMarkdownInline */.E4)(p.next ?? '')}</summary>`, '', (p.notes ?? '').trimEnd(), '', '</details>', '');
    lines.push('<sub>Updated by mcp-release-kit on every push to this PR.</sub>');
    return `${lines.join('\n')}\n`;
}

// EXTERNAL MODULE: ./src/release/monorepo-plan.ts
var monorepo_plan = __webpack_require__(8118);
// EXTERNAL MODULE: ./src/release/release-commit.ts
var release_commit = __webpack_require__(71506);
// EXTERNAL MODULE: ./src/release/release-target.ts
var release_target = __webpack_require__(16966);
// EXTERNAL MODULE: ./src/report/model.ts
var model = __webpack_require__(46997);
// EXTERNAL MODULE: ./src/rules.ts + 3 modules
var rules = __webpack_require__(7800);
// EXTERNAL MODULE: ./src/surface/diff.ts
var diff = __webpack_require__(91898);
// EXTERNAL MODULE: ./src/workspace/classify.ts
var classify = __webpack_require__(93713);
// EXTERNAL MODULE: ./src/commands/define-command.ts
var define_command = __webpack_require__(3445);
// EXTERNAL MODULE: ./src/commands/option-catalog.ts
var option_catalog = __webpack_require__(27405);
// EXTERNAL MODULE: ./src/commands/packages.ts + 1 modules
var commands_packages = __webpack_require__(63633);
// EXTERNAL MODULE: ./src/commands/release-target.ts + 1 modules
var commands_release_target = __webpack_require__(43609);
// EXTERNAL MODULE: ./src/commands/surface-capture.ts
var surface_capture = __webpack_require__(64564);
;// CONCATENATED MODULE: ./src/commands/plan.ts

























const OPTIONS = (0,define_command/* pickOptions */.Sb)({
    directory: { description: option_catalog/* SHARED_DESCRIPTIONS */.OD.packageFolder },
    pr: true,
    labels: true,
    bump: {
        description: 'Override the labels (workflow_dispatch): major, minor, patch or prerelease.',
    },
    version: {
        description: "An exact next version instead of the one the labels decide (a workflow_dispatch override): not lower than package.json's and not yet published.",
        schema: (0,option_catalog/* versionInput */.Xf)().optional(),
    },
    sha: { description: 'The pushed commit whose merged PR decides (default: GITHUB_SHA, else HEAD).' },
    registry: {
        description: `Registry whose published versions the next version is checked against (default: the config's registry, else ${option_catalog/* NPM_REGISTRY_URL */.uX}).`,
    },
    comment: true,
    surface: {
        description: 'Compare the MCP surface of this package with the one on latest and fail when the bump is smaller than the change needs.',
    },
    'surface-from': true,
    base: true,
    repo: true,
    config: { description: option_catalog/* SHARED_DESCRIPTIONS */.OD.configInRepository },
    'fail-on': { description: option_catalog/* SHARED_DESCRIPTIONS */.OD.failOnFromConfig },
});
const planCommand = (0,define_command/* defineCommand */.NB)({
    name: 'plan',
    summary: 'The release plan: release label (or override, or conventional commits) -> next version, dist-tag path and changelog; optionally a sticky PR comment.',
    positional: 'directory',
    options: OPTIONS,
    outputs: {
        release: '"true" when this change releases a version, else "false".',
        'next-version': 'The version to release.',
        'current-version': 'The version in package.json.',
        bump: 'major, minor, patch or prerelease (empty for an exact version).',
        source: 'What decided: resumed (a re-run finds its release commit), version, bump, labels, pr, merged-pr, conventional-commits or none.',
        'staging-tag': "The dist-tag the version is published under first (the config's stagingTag, else next).",
        'final-tag': 'The dist-tag promotion moves it to (latest; the prerelease id for prereleases).',
        'git-tag': 'The git tag the release will get (v1.2.3, or name@1.2.3 in a monorepo).',
        pr: 'The PR that decided, when one did.',
        'release-commit': 'With source resumed: the release commit already on the branch for the pushed commit (a re-run resumes that release).',
        'surface-impact': 'With {--surface}: the bump the MCP surface change needs: none, patch, minor or major.',
        releases: 'JSON array of the released packages, each {"name","dir","current-version","next-version","bump","git-tag","staging-tag","final-tag","artifact"} (one package: that one, or []); the single outputs above describe the first.',
        changed: 'JSON array {"name","dir","kind"} of the packages the change touches (paths changed since the merge base, plus internal dependents); all packages when that cannot be known.',
    },
    run: plan,
});
/** Precedence: exact version > bump override > --labels > a PR's labels > the merged PR of the pushed commit > conventional commits. */
async function decide(input, context, gh, labelsOf, commitsBump, resume, releaseName) {
    // First, since a re-run must release what the first attempt committed, whatever decided then.
    const resumed = await resume();
    if (resumed)
        return {
            source: 'resumed',
            exact: resumed.version,
            resumed,
            reason: `resumed: the branch already holds ${resumed.sha.slice(0, 12)}, the release commit of ${resumed.version} for this pushed commit (a re-run)`,
        };
    if (input.version)
        return { source: 'version', exact: input.version, reason: `decided by --version ${input.version}` };
    if (input.bump)
        return { source: 'bump', bump: input.bump, reason: `decided by --bump ${input.bump}` };
    const fromLabels = (labels, source, pr) => {
        const decision = labelsOf(labels);
        const common = { source, labels, ...(pr ? { pr } : {}) };
        const reason = labelDecisionText({ source, ...(pr ? { pr } : {}) }, decision);
        if (decision.kind === 'conflict')
            return { ...common, conflict: decision.labels, reason };
        if (decision.kind === 'skip')
            return { ...common, label: decision.label, reason };
        if (decision.kind === 'none')
            return { ...common, reason };
        return { ...common, bump: decision.bump, label: decision.label, reason };
    };
    if (input.labels !== undefined)
        return fromLabels(input.labels
            .split(',')
            .map((l) => l.trim())
            .filter(Boolean), 'labels');
    const { git } = context.adapters;
    const { github: run } = context.settings;
    const prNumber = input.pr ? Number(input.pr) : pullFromRef(run.ref);
    if (prNumber && gh) {
        const pull = await gh.call(`reading PR #${prNumber}`, 'pull-requests: read', () => (0,pulls/* getPull */.Cs)(gh.client, gh.target, prNumber));
        return fromLabels(pull.labels, 'pr', prNumber);
    }
    if (!prNumber) {
        // A release commit pushed with a token that starts workflows (RELEASE_TOKEN) runs this workflow
        // again: that push is a release itself (of this package or, in a monorepo's matrix, of another
        // leg's), not a change to release.
        const pushed = input.sha ?? run.sha;
        const released = pushed ? (0,release_commit/* releasedBySubject */.RM)((await git.commitSubject(context.cwd, pushed)) ?? '') : undefined;
        if (released)
            return {
                source: 'none',
                reason: `no release: the pushed commit is the release commit of ${released.name}@${released.version}${released.name === releaseName ? '' : ` (another package)`}, nothing new to release`,
            };
    }
    if (!prNumber && gh) {
        const sha = input.sha ?? run.sha ?? (await git.headCommit(context.cwd));
        if (sha) {
            const pull = await gh.call(`finding the merged PR of ${sha.slice(0, 12)}`, 'pull-requests: read', () => (0,pulls/* mergedPullForCommit */.iC)(gh.client, gh.target, sha));
            if (pull)
                return fromLabels(pull.labels, 'merged-pr', pull.number);
        }
    }
    const verdict = await commitsBump();
    const reason = commitsDecisionText(verdict, verdict.many);
    return verdict.bump ? { source: 'conventional-commits', bump: verdict.bump, reason } : { source: 'none', reason };
}
/** What decided, in the outputs and the notes (one package or many). */
function recordDecision(decision, outputs, notes) {
    Object.assign(outputs, {
        source: decision.source,
        ...(decision.pr ? { pr: String(decision.pr) } : {}),
        ...(decision.resumed ? { 'release-commit': decision.resumed.sha } : {}),
    });
    notes.push(decision.reason);
}
/**
 * On a push (not a PR), the release commit an earlier attempt of this run
 * already put on the branch for the pushed commit, found by its Release-Of
 * trailer on the fetched remote branch.
 */
async function resumableRelease(input, context, target) {
    const { github: run } = context.settings;
    const { git } = context.adapters;
    if (input.pr || pullFromRef(run.ref))
        return undefined;
    const sha = input.sha ?? run.sha;
    if (!sha)
        return undefined;
    const branch = run.ref?.startsWith('refs/heads/') && run.refName ? run.refName : await git.currentBranch(target.repoRoot);
    if (!branch)
        return undefined;
    return (0,release_commit/* findReleaseCommit */.oK)(git, { cwd: target.repoRoot, branch, name: target.name, releaseOf: sha });
}
function pullFromRef(ref) {
    const match = /^refs\/pull\/(\d+)\//.exec(ref ?? '');
    return match ? Number(match[1]) : undefined;
}
async function connect(input, context) {
    const target = (0,github_client/* githubTarget */.nY)(input.repo, context.settings);
    if (!target)
        return undefined;
    const client = await context.adapters.github.client(target);
    return {
        client,
        target,
        /** Runs one GitHub step; its failure becomes one clear line. */
        async call(action, permission, step) {
            try {
                return await step();
            }
            catch (error) {
                throw new GitHubStepError((0,github_client/* describeGitHubError */.dZ)(error, action, permission));
            }
        },
    };
}
class GitHubStepError extends Error {
    name = 'GitHubStepError';
}
async function plan(input, context) {
    const started = performance.now();
    const workspace = await (0,commands_packages/* openWorkspace */.OH)(input.directory, input.config, context);
    if (workspace.discovery.packages.length > 1)
        return planWorkspace(input, context, workspace, started);
    const only = workspace.discovery.packages[0];
    const target = await (0,commands_release_target/* openReleaseTarget */.L)(context, only ? external_node_path_default().relative(context.cwd, only.dir) || '.' : input.directory, input.config, 'plan');
    const registry = (0,release_target/* withSlash */.Ec)(input.registry ?? target.registry);
    const findings = [];
    const notes = [];
    const finding = (rule, message) => void findings.push(...(0,rules/* rateAll */.US)([{ rule, message, file: external_node_path_default().relative(context.cwd, external_node_path_default().join(target.dir, 'package.json')) }], target.config.rules));
    const gh = await connect(input, context);
    if (!gh)
        notes.push(`GitHub: not asked (${(0,github_client/* githubSkipReason */.fV)(input.repo, context.settings)}); labels from --labels, else conventional commits`);
    const outputs = {
        release: 'false',
        'current-version': target.version,
        'staging-tag': target.stagingTag,
        releases: '[]',
        changed: JSON.stringify([
            {
                name: target.name,
                dir: target.relativeDir.split((external_node_path_default()).sep).join('/') || '.',
                kind: await kindOf(context, target, only),
            },
        ]),
    };
    const done = () => (0,commands_packages/* aggregateReport */.yf)('plan', [
        {
            name: target.name,
            version: target.version,
            dir: external_node_path_default().relative(context.cwd, target.dir) || '.',
            ok: (0,model/* isOk */.HQ)(findings, input['fail-on'] ?? target.config.failOn ?? 'error'),
            findings,
            tables: [
                {
                    title: 'Release plan',
                    columns: ['', ''],
                    rows: Object.entries(outputs)
                        .filter(([k]) => !['packages', 'releases', 'changed'].includes(k))
                        .map(([k, v]) => [k, v]),
                },
            ],
        },
    ], { total: Math.round(performance.now() - started) }, notes, outputs);
    let gathered;
    const entries = async () => (gathered ??= await (0,release_entries/* gatherEntries */.mx)(context.adapters.git, target));
    let decision;
    try {
        decision = await decide(input, context, gh, (labels) => (0,release_bump/* decideFromLabels */.QK)(labels, target.labels), async () => {
            const gathered = await entries();
            return commitsVerdict(gathered.entries.map((e) => ({
                ...(e.type ? { type: e.type } : {}),
                breaking: e.breaking,
                subject: e.title,
            })), gathered.since);
        }, () => resumableRelease(input, context, target), target.name);
    }
    catch (error) {
        if (!(error instanceof GitHubStepError))
            throw error;
        finding('plan/github-failed', error.message);
        return done();
    }
    recordDecision(decision, outputs, notes);
    if (decision.conflict) {
        finding('plan/conflicting-labels', `${decision.pr ? `PR #${decision.pr}` : 'The change'} has ${decision.conflict.length} release labels (${decision.conflict.join(', ')}): keep exactly one`);
        return done();
    }
    if (!decision.bump && !decision.exact)
        return done();
    let published;
    let latestOnRegistry;
    try {
        const state = await context.adapters.npmRegistry.packageState(registry, target.name);
        published = Object.keys(state.versions);
        latestOnRegistry = state.distTags.latest;
    }
    catch (error) {
        finding('plan/registry-unreachable', `${error.message}: the next version cannot be checked against what is published`);
        return done();
    }
    let next;
    if (decision.resumed) {
        // The failed attempt may have published it already: that is the point of resuming, not a conflict.
        next = decision.resumed.version;
    }
    else if (decision.exact) {
        const problem = (0,release_bump/* checkExactVersion */.ex)(decision.exact, target.version, published);
        if (problem)
            throw new errors/* UsageError */.eb(`plan: --version: ${problem}`);
        next = decision.exact;
    }
    else {
        next = (0,release_bump/* nextVersion */.yU)({
            current: target.version,
            bump: decision.bump,
            preid: target.preid,
            published,
            latest: latestOnRegistry,
        });
    }
    const behind = (0,release_bump/* behindRegistryMessage */.le)(target.version, latestOnRegistry, registry);
    if (behind)
        finding('plan/behind-registry', behind);
    Object.assign(outputs, {
        release: 'true',
        'next-version': next,
        bump: decision.bump ?? '',
        'final-tag': (0,release_bump/* finalTag */.F0)(next),
        'git-tag': (0,release_target/* gitTagFor */.Wo)(target, next),
        releases: JSON.stringify([releaseEntry(target, next, decision.bump)]),
    });
    // The MCP surface guard: what the server's API change needs, against what the label gives.
    const surfaceCheck = input.surface || input['surface-from']
        ? await checkSurface({
            target,
            registry,
            latest: latestOnRegistry,
            current: target.version,
            next,
            context,
            ...(input.config ? { config: input.config } : {}),
            ...(input['surface-from'] ? { surfaceFile: input['surface-from'] } : {}),
        })
        : undefined;
    if (surfaceCheck) {
        notes.push(...surfaceCheck.notes);
        if (surfaceCheck.impact)
            outputs['surface-impact'] = surfaceCheck.impact;
        if (surfaceCheck.problem)
            finding('plan/surface-bump-too-small', `${decision.label ? `This change is labelled ${decision.label}` : `This change bumps ${target.version} to ${next}`}, but ${surfaceCheck.problem}`);
    }
    if (input.comment) {
        const pr = decision.pr ?? (input.pr ? Number(input.pr) : undefined);
        if (!gh || !pr)
            notes.push(`comment: not written (${gh ? 'no PR number' : 'no GitHub repository and token'})`);
        else {
            const { categories } = await (0,commands_release_target/* loadCategories */.B)(context, target.repoRoot, target.labels.skip);
            try {
                const pull = await gh.call(`reading PR #${pr}`, 'pull-requests: read', () => (0,pulls/* getPull */.Cs)(gh.client, gh.target, pr));
                const sha = input.sha ?? context.settings.github.sha ?? (await context.adapters.git.headCommit(context.cwd));
                const checks = sha
                    ? await gh
                        .call('reading the checks', 'checks: read', () => (0,pulls/* checkState */.We)(gh.client, gh.target, sha))
                        .catch(() => undefined)
                    : undefined;
                const preview = (0,changelog/* renderNotes */.IE)({
                    entries: [...(await entries()).entries.filter((e) => e.pr !== pr), (0,release_entries/* entryFromPull */.ai)(pull)],
                    categories,
                    repositoryUrl: `https://github.com/${gh.target.owner}/${gh.target.repo}`,
                    extra: surfaceCheck?.changelog ? [{ title: 'MCP surface', lines: surfaceCheck.changelog }] : [],
                });
                const problems = findings
                    .filter((f) => f.rule === 'plan/surface-bump-too-small')
                    .map((f) => (0,markdown/* escapeMarkdownInline */.E4)(f.message));
                const body = planMarkdown({
                    name: target.name,
                    current: target.version,
                    next,
                    bump: decision.bump,
                    label: decision.label,
                    stagingTag: target.stagingTag,
                    finalTag: (0,release_bump/* finalTag */.F0)(next),
                    gitTag: (0,release_target/* gitTagFor */.Wo)(target, next),
                    notes: `${preview}${surfaceCheck?.table ? `\n**MCP surface** (against ${surfaceCheck.against ?? 'latest'}):\n\n${surfaceCheck.table}` : ''}`,
                    checks,
                    problems,
                });
                const result = await writeComment(() => upsertStickyComment(gh.client, gh.target, pr, `plan:${target.name}`, body), `writing the plan comment on PR #${pr}`);
                notes.push(result ? `comment on PR #${pr}: ${result.action}` : READ_ONLY_COMMENT_NOTE);
                if (result?.ignored.length)
                    notes.push(`comment on PR #${pr}: a comment with the plan's marker by ${result.ignored.join(', ')} was left alone (not written by this token, so not ours to edit)`);
            }
            catch (error) {
                if (!(error instanceof GitHubStepError))
                    throw error;
                finding('plan/github-failed', error.message);
            }
        }
    }
    return done();
}
const READ_ONLY_COMMENT_NOTE = 'comment not written: the token is read-only for pull requests from forks (GitHub gives fork PRs a read-only GITHUB_TOKEN); the plan is in the job summary';
/**
 * Writes the sticky comment. A 403 there is GitHub giving a fork's (or
 * Dependabot's) PR a read-only token, which no workflow setting can change:
 * undefined (a note), not a failing step. Other failures stay errors.
 */
async function writeComment(write, action) {
    try {
        return await write();
    }
    catch (error) {
        if (isReadOnlyRefusal(error))
            return undefined;
        throw new GitHubStepError((0,github_client/* describeGitHubError */.dZ)(error, action, 'pull-requests: write'));
    }
}
/**
 * The surface of this package (packed from the folder) against the version on
 * `latest`, installed from the registry. In 0.x, a breaking change needs only a
 * minor bump (semver's rule for initial development).
 */
async function checkSurface(options) {
    const { target, latest, next } = options;
    if (!latest)
        return { notes: [`surface: skipped, ${target.name} has no latest on the registry yet (a new package)`] };
    const against = `${target.name}@${latest}`;
    const before = await (0,surface_capture/* captureSurface */.q)(against, { registry: options.registry }, options.context, 'plan');
    // From a file: the PR's code was built and started in another job, one that holds no write token.
    if (options.surfaceFile &&
        !(/\.json$/.test(options.surfaceFile) &&
            (await options.context.adapters.fs
                .stat(external_node_path_default().resolve(options.context.cwd, options.surfaceFile))
                .catch(() => undefined))?.isFile())) {
        throw new errors/* UsageError */.eb(`plan: --surface-from: ${options.surfaceFile} is not a .json file (write one with \`mcp-release surface DIR --out FILE.json\`)`);
    }
    const after = await (0,surface_capture/* captureSurface */.q)(options.surfaceFile ?? target.dir, options.config ? { config: options.config } : {}, options.context, 'plan');
    if (!before.surface || !after.surface)
        return {
            notes: [
                `surface: not compared (${!before.surface ? `${against} did not start` : 'this package did not start'}; the smoke check says why)`,
            ],
        };
    const changes = (0,diff/* diffSurfaces */.OJ)(before.surface, after.surface);
    const impact = (0,diff/* maxImpact */.jS)(changes);
    const base = semver_default().valid(latest) ?? options.current;
    // What the version step gives, in the surface's terms: a premajor still announces a major, a prerelease bump a patch.
    const GIVEN = {
        major: 3,
        premajor: 3,
        minor: 2,
        preminor: 2,
        patch: 1,
        prepatch: 1,
        prerelease: 1,
    };
    const RANK = { none: 0, patch: 1, minor: 2, major: 3 };
    const given = GIVEN[semver_default().diff(base, next) ?? ''] ?? 0;
    // 0.x: breaking changes go in minors.
    const needed = semver_default().major(base) === 0 && impact === 'major' ? 'minor' : impact;
    const check = {
        notes: [`surface: ${changes.length} change(s) against ${against}, the largest ${impact}`],
        impact,
        table: (0,diff/* diffMarkdown */.xb)(changes),
        against,
        changelog: (0,diff/* surfaceChangelogLines */.lo)(changes),
    };
    if (given < (RANK[needed] ?? 0)) {
        const worst = changes
            .filter((c) => c.impact === impact)
            .slice(0, 3)
            .map((c) => `${c.kind} ${c.name}: ${c.reason}`);
        check.problem = `the MCP surface change needs a ${needed} release (${worst.join('; ')}); label it release:${needed}, or restore what changed`;
    }
    return check;
}
/** One entry of the releases output (the contract the release workflows' matrix reads). */
function releaseEntry(target, next, bump) {
    const dir = target.relativeDir.split((external_node_path_default()).sep).join('/') || '.';
    return {
        name: target.name,
        dir,
        'current-version': target.version,
        'next-version': next,
        bump: bump ?? '',
        'git-tag': (0,release_target/* gitTagFor */.Wo)(target, next),
        'staging-tag': target.stagingTag,
        'final-tag': (0,release_bump/* finalTag */.F0)(next),
        artifact: (0,monorepo_plan/* artifactSlug */.eG)(dir),
    };
}
/** The package's kind as discovery judged it (src/workspace/classify.ts decides, also for a folder given alone). */
async function kindOf(context, target, discovered) {
    if (discovered?.kind)
        return discovered.kind;
    const { fs } = context.adapters;
    const manifest = await fs
        .readFile(external_node_path_default().join(target.dir, 'package.json'), 'utf8')
        .then((t) => JSON.parse(t))
        .catch(() => ({}));
    const hasServerJson = Boolean(await fs.stat(external_node_path_default().join(target.dir, 'server.json')).catch(() => undefined));
    return (0,classify/* packageKind */.Ji)(manifest, hasServerJson);
}
async function readEvent(context) {
    const file = context.settings.github.eventPath;
    if (!file)
        return {};
    const event = await context.adapters.fs
        .readFile(file, 'utf8')
        .then((t) => JSON.parse(t))
        .catch(() => undefined);
    if (!event || typeof event !== 'object')
        return {};
    const pull = event.pull_request;
    const sha = (v) => (typeof v === 'string' && /^[0-9a-f]{40}$/.test(v) && !/^0+$/.test(v) ? v : undefined);
    const facts = {};
    const baseSha = sha(pull?.base?.sha);
    if (baseSha)
        facts.baseSha = baseSha;
    if (typeof pull?.base?.ref === 'string')
        facts.baseRef = pull.base.ref;
    if (typeof pull?.number === 'number')
        facts.pr = pull.number;
    const before = sha(event.before);
    if (before)
        facts.before = before;
    return facts;
}
/**
 * The paths the change touches: against --base (its merge base with HEAD);
 * on a PR, since the merge base of its base branch and HEAD; on a push, the
 * pushed range (the event's `before`, else the pushed commit's parent).
 * Undefined (with why) when the checkout cannot tell: then every package counts as changed.
 */
async function changedSince(input, context, repoRoot, isPull) {
    const { git } = context.adapters;
    const head = await git.resolveCommit(repoRoot, 'HEAD');
    if (!head)
        return { unknown: 'the folder is not a git checkout with commits' };
    const diff = async (from, label) => {
        const paths = await git.changedPaths(repoRoot, from, head);
        return paths ? { paths, range: label } : { unknown: `git could not diff ${label}` };
    };
    const sinceBaseOf = async (rev, label) => {
        const resolved = await git.resolveCommit(repoRoot, rev);
        if (!resolved)
            return undefined;
        const base = await git.mergeBase(repoRoot, resolved, head);
        return base ? diff(base, `the merge base of ${label} and HEAD (${base.slice(0, 12)})`) : undefined;
    };
    if (input.base) {
        const found = (await sinceBaseOf(input.base, input.base)) ?? (await sinceBaseOf(`origin/${input.base}`, input.base));
        return found ?? { unknown: `--base ${input.base} is not a commit of this checkout` };
    }
    const event = await readEvent(context);
    if (isPull) {
        const tries = [];
        if (event.baseSha)
            tries.push([event.baseSha, `the PR's base ${event.baseSha.slice(0, 12)}`]);
        if (event.baseRef)
            tries.push([`refs/remotes/origin/${event.baseRef}`, `origin/${event.baseRef}`]);
        for (const [rev, label] of tries) {
            const found = await sinceBaseOf(rev, label);
            if (found)
                return found;
        }
        if (event.baseRef && (await git.fetchBranch(repoRoot, event.baseRef)).ok) {
            const found = await sinceBaseOf(`refs/remotes/origin/${event.baseRef}`, `origin/${event.baseRef}`);
            if (found)
                return found;
        }
        return {
            unknown: `the PR's base is not in the checkout (check out with fetch-depth: 0, or pass --base)`,
        };
    }
    const sha = input.sha ?? context.settings.github.sha;
    if (!sha)
        return { unknown: 'no PR, no --base and no pushed commit to compare with' };
    const pushed = await git.resolveCommit(repoRoot, sha);
    if (!pushed)
        return { unknown: `the pushed commit ${sha.slice(0, 12)} is not in the checkout` };
    if (event.before && (await git.resolveCommit(repoRoot, event.before))) {
        const paths = await git.changedPaths(repoRoot, event.before, pushed);
        if (paths)
            return { paths, range: `the pushed range ${event.before.slice(0, 12)}..${pushed.slice(0, 12)}` };
    }
    const parent = await git.resolveCommit(repoRoot, `${pushed}^`);
    if (!parent)
        return { unknown: `the pushed commit's parent is not in the checkout (check out with fetch-depth: 2 or more)` };
    const paths = await git.changedPaths(repoRoot, parent, pushed);
    return paths
        ? { paths, range: `the pushed commit ${pushed.slice(0, 12)} (against its first parent)` }
        : { unknown: 'git could not diff the pushed commit' };
}
/**
 * plan over several packages (a workspace root, or the config's packages:):
 * the changed packages (paths since the merge base) take the release label,
 * per-package labels override, internal dependents follow with a patch.
 * Each next version is computed from the higher of package.json and the
 * registry's latest, as for one package.
 */
async function planWorkspace(input, context, workspace, started) {
    const { fs, git } = context.adapters;
    const plans = [];
    for (const found of workspace.discovery.packages) {
        const target = await (0,commands_release_target/* openReleaseTarget */.L)(context, external_node_path_default().relative(context.cwd, found.dir) || '.', input.config, 'plan');
        const manifest = JSON.parse(await fs.readFile(external_node_path_default().join(target.dir, 'package.json'), 'utf8'));
        plans.push({
            target,
            pkg: {
                name: target.name,
                dir: target.relativeDir.split((external_node_path_default()).sep).join('/') || '.',
                version: target.version,
                manifest,
            },
            kind: await kindOf(context, target, found),
            findings: [],
            changed: false,
        });
    }
    const duplicate = plans.find((p, i) => plans.findIndex((q) => q.pkg.name === p.pkg.name) !== i);
    if (duplicate)
        throw new errors/* UsageError */.eb(`plan: two packages are named ${duplicate.pkg.name}: every package of a monorepo needs its own name`);
    const first = plans[0];
    // The config check sees only its own packages: list; a workspace definition's packages are known here.
    const format = workspace.config.tagFormat;
    const collision = format ? (0,tag_styles/* tagFormatCollision */.kZ)(format, plans.length) : undefined;
    if (collision)
        throw new errors/* ConfigError */.xL(`${input.config ?? '.github/mcp-release.yml'}: tagFormat: "${format}" ${collision}`);
    const repoRoot = first.target.repoRoot;
    const registryOf = (p) => (0,release_target/* withSlash */.Ec)(input.registry ?? p.target.registry);
    const notes = [...(0,commands_packages/* skippedNotes */.CC)(workspace.discovery.skippedPrivate)];
    const rate = (p, rule, message) => void p.findings.push(...(0,rules/* rateAll */.US)([{ rule, message, file: external_node_path_default().relative(context.cwd, external_node_path_default().join(p.target.dir, 'package.json')) }], p.target.config.rules));
    const outputs = { release: 'false', releases: '[]' };
    const failOn = input['fail-on'] ?? workspace.config.failOn ?? 'error';
    const done = () => {
        const released = plans.filter((p) => p.release);
        outputs.releases = JSON.stringify(released.map((p) => releaseEntry(p.target, p.release?.next ?? '', p.release?.bump)));
        outputs.changed = JSON.stringify(plans.filter((p) => p.changed).map((p) => ({ name: p.pkg.name, dir: p.pkg.dir, kind: p.kind })));
        const lead = released[0];
        if (lead?.release) {
            Object.assign(outputs, {
                release: 'true',
                'current-version': lead.target.version,
                'next-version': lead.release.next,
                bump: lead.release.bump ?? '',
                'staging-tag': lead.target.stagingTag,
                'final-tag': (0,release_bump/* finalTag */.F0)(lead.release.next),
                'git-tag': (0,release_target/* gitTagFor */.Wo)(lead.target, lead.release.next),
            });
        }
        return (0,commands_packages/* aggregateReport */.yf)('plan', plans.map((p) => ({
            name: p.pkg.name,
            version: p.pkg.version,
            dir: external_node_path_default().relative(context.cwd, p.target.dir) || '.',
            ok: (0,model/* isOk */.HQ)(p.findings, input['fail-on'] ?? p.target.config.failOn ?? failOn),
            findings: p.findings,
            tables: [
                {
                    title: 'Release plan',
                    columns: ['', ''],
                    rows: [
                        ['changed', p.changed ? 'yes' : 'no'],
                        ['release', p.release ? 'true' : 'false'],
                        ...(p.release
                            ? [
                                ['current-version', p.target.version],
                                ['next-version', p.release.next],
                                ['bump', p.release.bump ?? ''],
                                ['why', (0,monorepo_plan/* releaseWhyText */.ND)(p.release.reason, p.release.because)],
                                ['git-tag', (0,release_target/* gitTagFor */.Wo)(p.target, p.release.next)],
                            ]
                            : []),
                    ],
                },
            ],
        })), { total: Math.round(performance.now() - started) }, notes, outputs);
    };
    const gh = await connect(input, context);
    if (!gh)
        notes.push(`GitHub: not asked (${(0,github_client/* githubSkipReason */.fV)(input.repo, context.settings)}); labels from --labels, else conventional commits`);
    // Conventional commits, per package: each its own commits since its own tag.
    const commitBumps = new Map();
    const commitsBump = async () => {
        const ORDER = ['prerelease', 'patch', 'minor', 'major'];
        let best;
        for (const p of plans) {
            const gathered = await (0,release_entries/* gatherEntries */.mx)(git, p.target);
            const verdict = commitsVerdict(gathered.entries.map((e) => ({ ...(e.type ? { type: e.type } : {}), breaking: e.breaking, subject: e.title })), gathered.since);
            if (!verdict.bump)
                continue;
            commitBumps.set(p.pkg.name, verdict.bump);
            if (!best?.bump || ORDER.indexOf(verdict.bump) > ORDER.indexOf(best.bump))
                best = verdict;
        }
        return { ...(best ?? {}), many: plans.length > 1 };
    };
    let decision;
    try {
        decision = await decide(input, context, gh, (labels) => (0,monorepo_plan/* parseMonorepoLabels */.S2)(labels, first.target.labels, plans.map((p) => p.pkg)).global, commitsBump, () => resumableWorkspaceRelease(input, context, repoRoot), first.pkg.name);
    }
    catch (error) {
        if (!(error instanceof GitHubStepError))
            throw error;
        rate(first, 'plan/github-failed', error.message);
        return done();
    }
    recordDecision(decision, outputs, notes);
    // A re-run: the release commit names every package and version it released.
    if (decision.resumed) {
        const named = decision.resumed.releases ?? [{ name: first.pkg.name, version: decision.resumed.version }];
        for (const { name, version } of named) {
            const p = plans.find((q) => q.pkg.name === name);
            if (p) {
                p.changed = true;
                p.release = { next: version, reason: 'resumed', because: decision.resumed.sha.slice(0, 12) };
            }
        }
        return done();
    }
    // Which packages the change touches.
    const isPull = Boolean(input.pr ?? pullFromRef(context.settings.github.ref)) || decision.source === 'pr';
    let changedNames;
    if (decision.source === 'conventional-commits' || decision.source === 'none') {
        changedNames = new Set(commitBumps.keys());
        if (decision.source === 'conventional-commits')
            notes.push('changed packages: those with feat/fix/breaking commits in their folder since their last tag');
    }
    else {
        const since = await changedSince(input, context, repoRoot, isPull);
        if ('unknown' in since) {
            changedNames = new Set(plans.map((p) => p.pkg.name));
            notes.push(`changed packages: all (${since.unknown})`);
        }
        else {
            const dirs = (0,monorepo_plan/* packagesOfPaths */.R1)(plans.map((p) => p.pkg.dir), since.paths);
            changedNames = new Set(plans.filter((p) => dirs.has(p.pkg.dir)).map((p) => p.pkg.name));
            notes.push(`changed packages since ${since.range}: ${[...changedNames].join(', ') || 'none'} (${since.paths.length} changed path(s))`);
        }
    }
    for (const p of plans)
        p.changed = changedNames.has(p.pkg.name);
    // What each package releases.
    let planned = [];
    /** Packages a `release:skip:<package>` label keeps out, even as a dependent. */
    const skipped = new Map();
    if (decision.labels !== undefined) {
        const parsed = (0,monorepo_plan/* parseMonorepoLabels */.S2)(decision.labels, first.target.labels, plans.map((p) => p.pkg));
        const where = decision.pr ? `PR #${decision.pr}` : 'The change';
        for (const problem of parsed.problems)
            rate(first, 'plan/conflicting-labels', `${where}: ${problem}`);
        if (decision.conflict)
            rate(first, 'plan/conflicting-labels', `${where} has ${decision.conflict.length} release labels (${decision.conflict.join(', ')}): keep exactly one`);
        if (parsed.problems.length || decision.conflict)
            return done();
        planned = (0,monorepo_plan/* releasesFromLabels */.So)({ packages: plans.map((p) => p.pkg), changed: changedNames, labels: parsed });
        for (const [name, own] of parsed.perPackage)
            if (own.kind === 'skip')
                skipped.set(name, own.label);
        if (parsed.global.kind === 'release' && changedNames.size === 0)
            notes.push(`${decision.label ?? 'the release label'}: the change touches no package folder, so it releases none`);
    }
    else if (decision.bump) {
        planned = plans
            .filter((p) => changedNames.has(p.pkg.name))
            .map((p) => ({
            name: p.pkg.name,
            bump: decision.bump,
            reason: 'changed',
            because: `--bump ${decision.bump}`,
        }));
    }
    else if (decision.exact) {
        planned = plans
            .filter((p) => changedNames.has(p.pkg.name))
            .map((p) => ({
            name: p.pkg.name,
            bump: 'patch',
            reason: 'changed',
            because: `--version ${decision.exact}`,
        }));
    }
    else if (decision.source === 'conventional-commits') {
        planned = plans.flatMap((p) => {
            const bump = commitBumps.get(p.pkg.name);
            return bump ? [{ name: p.pkg.name, bump, reason: 'changed', because: 'conventional commits' }] : [];
        });
    }
    // Next versions: from the higher of package.json and latest; dependents follow until none is left.
    const released = new Map();
    const assign = async (release) => {
        const p = plans.find((q) => q.pkg.name === release.name);
        let state;
        try {
            state = await context.adapters.npmRegistry.packageState(registryOf(p), p.pkg.name);
        }
        catch (error) {
            rate(p, 'plan/registry-unreachable', `${error.message}: the next version cannot be checked against what is published`);
            return false;
        }
        const published = Object.keys(state.versions);
        let next;
        if (decision.exact && release.reason === 'changed') {
            const problem = (0,release_bump/* checkExactVersion */.ex)(decision.exact, p.target.version, published);
            if (problem)
                throw new errors/* UsageError */.eb(`plan: --version: ${p.pkg.name}: ${problem}`);
            next = decision.exact;
        }
        else
            next = (0,release_bump/* nextVersion */.yU)({
                current: p.target.version,
                bump: release.bump,
                preid: p.target.preid,
                published,
                latest: state.distTags.latest,
            });
        const behind = (0,release_bump/* behindRegistryMessage */.le)(p.target.version, state.distTags.latest, registryOf(p));
        if (behind)
            rate(p, 'plan/behind-registry', behind);
        p.release = {
            ...(decision.exact && release.reason === 'changed' ? {} : { bump: release.bump }),
            next,
            reason: release.reason,
            because: release.because,
        };
        released.set(p.pkg.name, next);
        return true;
    };
    let ok = true;
    for (const release of planned)
        ok = (await assign(release)) && ok;
    const declined = new Set();
    for (let round = 0; ok && round < plans.length; round += 1) {
        const dependents = [];
        for (const d of (0,monorepo_plan/* dependentsToRelease */.jj)(plans.map((p) => p.pkg), released)) {
            const label = skipped.get(d.name);
            if (label === undefined)
                dependents.push(d);
            else if (!declined.has(d.name)) {
                declined.add(d.name);
                notes.push(`${d.name} follows ${d.because} but is labelled ${label}: not released`);
            }
        }
        if (dependents.length === 0)
            break;
        for (const dependent of dependents) {
            const p = plans.find((q) => q.pkg.name === dependent.name);
            p.changed = true;
            ok = (await assign(dependent)) && ok;
        }
    }
    if (!ok)
        for (const p of plans)
            delete p.release;
    if (input.surface || input['surface-from'])
        notes.push('surface: not compared in a monorepo plan; run plan --surface on each server package');
    if (input.comment && ok)
        await commentWorkspace(input, context, gh, decision, plans, workspace, notes, rate);
    return done();
}
/** A re-run in a monorepo: the one release commit made for the pushed commit, whatever packages it names. */
async function resumableWorkspaceRelease(input, context, repoRoot) {
    const { github: run } = context.settings;
    const { git } = context.adapters;
    if (input.pr || pullFromRef(run.ref))
        return undefined;
    const sha = input.sha ?? run.sha;
    if (!sha)
        return undefined;
    const branch = run.ref?.startsWith('refs/heads/') && run.refName ? run.refName : await git.currentBranch(repoRoot);
    if (!branch)
        return undefined;
    return (0,release_commit/* findReleaseCommit */.oK)(git, { cwd: repoRoot, branch, name: undefined, releaseOf: sha });
}
/** One sticky comment for the whole monorepo: a table of every package, and each release's changelog section. */
async function commentWorkspace(input, context, gh, decision, plans, workspace, notes, rate) {
    const pr = decision.pr ?? (input.pr ? Number(input.pr) : undefined);
    if (!gh || !pr) {
        notes.push(`comment: not written (${gh ? 'no PR number' : 'no GitHub repository and token'})`);
        return;
    }
    const first = plans[0];
    try {
        const pull = await gh.call(`reading PR #${pr}`, 'pull-requests: read', () => (0,pulls/* getPull */.Cs)(gh.client, gh.target, pr));
        const { categories } = await (0,commands_release_target/* loadCategories */.B)(context, first.target.repoRoot, first.target.labels.skip);
        const sections = [];
        for (const p of plans) {
            const entries = p.release ? (await (0,release_entries/* gatherEntries */.mx)(context.adapters.git, p.target)).entries : [];
            sections.push({
                name: p.pkg.name,
                dir: p.pkg.dir,
                current: p.target.version,
                changed: p.changed,
                ...(p.release
                    ? {
                        next: p.release.next,
                        bump: p.release.bump ?? '',
                        why: (0,monorepo_plan/* releaseWhyText */.ND)(p.release.reason, p.release.because),
                        gitTag: (0,release_target/* gitTagFor */.Wo)(p.target, p.release.next),
                        notes: (0,changelog/* renderNotes */.IE)({
                            entries: [
                                ...entries.filter((e) => e.pr !== pr),
                                ...(p.release.reason === 'dependent' ? [] : [(0,release_entries/* entryFromPull */.ai)(pull)]),
                            ],
                            categories,
                            repositoryUrl: `https://github.com/${gh.target.owner}/${gh.target.repo}`,
                            extra: [],
                        }),
                    }
                    : {}),
                problems: p.findings.map((f) => f.message),
            });
        }
        const body = workspacePlanMarkdown({ packages: sections, ...(decision.label ? { label: decision.label } : {}) });
        const key = `plan:workspace${workspace.rootDir === first.target.repoRoot ? '' : `:${external_node_path_default().relative(first.target.repoRoot, workspace.rootDir).split((external_node_path_default()).sep).join('/')}`}`;
        const result = await writeComment(() => upsertStickyComment(gh.client, gh.target, pr, key, body), `writing the plan comment on PR #${pr}`);
        notes.push(result ? `comment on PR #${pr}: ${result.action}` : READ_ONLY_COMMENT_NOTE);
        if (result?.ignored.length)
            notes.push(`comment on PR #${pr}: a comment with the plan's marker by ${result.ignored.join(', ')} was left alone (not written by this token, so not ours to edit)`);
    }
    catch (error) {
        if (!(error instanceof GitHubStepError))
            throw error;
        rate(first, 'plan/github-failed', error.message);
    }
}


/***/ })

};

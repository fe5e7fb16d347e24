export const id = 7851;
export const ids = [7851];
export const modules = {

/***/ 45941:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ gatherDoctorFacts)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _release_doctor_checks_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(68366);
/* harmony import */ var _release_doctor_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(22030);



/** Read what the doctor judges: versions, credentials, the registry, .npmrc files. Publish reads the same before it writes. */
async function gatherDoctorFacts(context, options) {
    const { cwd, manifest, registry } = options;
    const { settings } = context;
    const { fs, npmCli, npmRegistry } = context.adapters;
    const { credentials } = settings;
    const npmrcFiles = [
        node_path__WEBPACK_IMPORTED_MODULE_0___default().join(cwd, '.npmrc'),
        node_path__WEBPACK_IMPORTED_MODULE_0___default().join(context.cwd, '.npmrc'),
        node_path__WEBPACK_IMPORTED_MODULE_0___default().join(settings.home ?? context.adapters.runtime.homeDir, '.npmrc'),
    ];
    // Independent reads, at the same time: npm's version, the .npmrc files, the tokens' expiry, the packument.
    const [npmVersion, texts, tokenExpiry, packageExists] = await Promise.all([
        npmCli.version(cwd),
        Promise.all([...new Set(npmrcFiles)].map((file) => fs.readFile(file, 'utf8').catch(() => undefined))),
        (0,_release_doctor_js__WEBPACK_IMPORTED_MODULE_2__/* .tokenExpiries */ .R)(registry, credentials, (reg, token) => npmRegistry.tokenExpiry(reg, token)),
        typeof manifest?.name !== 'string'
            ? undefined
            : options.packageState
                ? { exists: options.packageState.exists }
                : npmRegistry.packageState(registry, manifest.name, credentials.nodeAuthToken).then((state) => ({ exists: state.exists }), (error) => ({ error: error.message })),
    ]);
    const npmrcTokens = [];
    [...new Set(npmrcFiles)].forEach((file, i) => {
        const text = texts[i];
        if (text !== undefined)
            npmrcTokens.push(...(0,_release_doctor_js__WEBPACK_IMPORTED_MODULE_2__/* .npmrcTokenLines */ .j)(text, file, cwd));
    });
    const facts = {
        nodeVersion: context.adapters.runtime.nodeVersion,
        ...(npmVersion ? { npmVersion } : {}),
        inActions: settings.inActions,
        oidcAvailable: Boolean(credentials.oidcRequestUrl && credentials.oidcRequestToken),
        hasToken: Boolean(credentials.nodeAuthToken),
        ...(settings.github.repository ? { githubRepository: settings.github.repository } : {}),
        ...(settings.github.workflowRef ? { workflowRef: settings.github.workflowRef } : {}),
        ...(manifest ? { manifest } : {}),
        npmrcTokens,
    };
    facts.tokenExpiry = tokenExpiry;
    if (packageExists && 'exists' in packageExists)
        facts.packageExists = packageExists.exists;
    else if (packageExists)
        facts.registryError = packageExists.error;
    return facts;
}


/***/ }),

/***/ 17851:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  publishCommand: () => (/* binding */ publishCommand)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./node_modules/semver/index.js
var semver = __webpack_require__(62088);
var semver_default = /*#__PURE__*/__webpack_require__.n(semver);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
;// CONCATENATED MODULE: ./src/release/audit-signatures.ts
/** The audit skipped because the registry has no keys to check against (`keys` says why). */
function noKeysAudit(keys) {
    return { state: 'skipped', detail: `npm audit signatures skipped: ${keys}` };
}
function signatureAudit(name, version, keys, run) {
    if (!run.installed)
        return {
            state: 'skipped',
            detail: `npm audit signatures skipped: installing ${name}@${version} failed (${run.stderr.split('\n').find((l) => l.includes('npm error')) ?? run.code})`,
        };
    let result = {};
    try {
        result = JSON.parse(run.stdout);
    }
    catch {
        return { state: 'skipped', detail: `npm audit signatures printed no JSON (exit ${run.code})` };
    }
    const mine = (list) => (list ?? []).some((entry) => entry.name === name && entry.version === version);
    if (mine(result.invalid))
        return {
            state: 'invalid',
            detail: `npm audit signatures: ${name}@${version} has an INVALID registry signature or attestation`,
        };
    if (mine(result.missing))
        return { state: 'skipped', detail: `npm audit signatures: ${name}@${version} carries no registry signature` };
    return {
        state: 'verified',
        detail: `npm audit signatures: ${name}@${version} verified against ${keys} registry key(s)`,
    };
}

// EXTERNAL MODULE: ./src/release/npm-command.ts
var npm_command = __webpack_require__(51416);
// EXTERNAL MODULE: ./src/release/packed-check.ts
var packed_check = __webpack_require__(30988);
// EXTERNAL MODULE: ./src/release/doctor-checks.ts
var doctor_checks = __webpack_require__(68366);
;// CONCATENATED MODULE: ./src/release/published-check.ts
/**
 * How the registry's record of name@version differs from the tarball that was
 * checked, field by field; empty when it holds exactly that. Pure.
 * A publish whose manifest or bytes were not the ones checked shows up here,
 * whatever npm printed.
 */
function publishedDifferences(checked, record) {
    const differences = [];
    for (const field of ['name', 'version', 'integrity', 'shasum']) {
        if (record[field] !== checked[field])
            differences.push(`${field} ${JSON.stringify(record[field] ?? null)} (checked: ${JSON.stringify(checked[field])})`);
    }
    return differences;
}

;// CONCATENATED MODULE: ./src/release/publish-plan.ts
/** The npm commands that bring the registry to "this version, these bytes, under this tag": none when it is there. */
function publishSteps(facts) {
    const { name, version, tarball, tag, registry, stage } = facts;
    if (facts.published) {
        if (facts.distTags[tag] === version)
            return [];
        return [
            {
                description: `point "${tag}" at the already published ${name}@${version}`,
                args: ['dist-tag', 'add', `${name}@${version}`, tag, '--registry', registry],
            },
        ];
    }
    const args = [...(stage ? ['stage', 'publish'] : ['publish']), tarball, '--tag', tag, '--registry', registry];
    if (stage)
        args.push('--json');
    // npm signs provenance only for public packages, and refuses a new package unless
    // `--access public` is explicit (even unscoped: it asks the registry, which has no visibility for it yet).
    // A scoped package is private by default. One that says publishConfig.access "restricted" keeps it, without provenance.
    if (!facts.restricted && (name.startsWith('@') || facts.provenanceArgs.includes('--provenance')))
        args.push('--access', 'public');
    args.push(...facts.provenanceArgs);
    return [{ description: `${stage ? 'stage' : 'publish'} ${name}@${version} under "${tag}"`, args }];
}
function provenanceFlags(decision, facts) {
    if (facts.restricted)
        return {
            args: [],
            output: 'off',
            note: 'provenance skipped: the package says publishConfig.access "restricted" (npm signs provenance for public packages only)',
        };
    if (!facts.oidc) {
        const worthSaying = facts.choice === 'auto' && (facts.inActions || facts.visibility === 'public');
        return {
            args: [],
            output: 'off',
            ...(worthSaying
                ? {
                    note: 'provenance skipped: no OIDC identity (npm makes it in GitHub Actions with `permissions: id-token: write`)',
                }
                : {}),
        };
    }
    if (decision.run)
        return { args: ['--provenance'], output: 'asked', note: decision.reason };
    if (facts.choice === 'false')
        return { args: ['--provenance=false'], output: 'off', note: decision.reason };
    return { args: [], output: facts.visibility === 'unknown' ? 'left to npm' : 'off', note: decision.reason };
}
/** `npm stage publish --json` prints the package contents with a stageId. */
function stageIdFrom(stdout) {
    const match = /"stageId"\s*:\s*"([^"]+)"/.exec(stdout) ?? /staged with id (\S+)\)/.exec(stdout);
    return match?.[1];
}

;// CONCATENATED MODULE: ./src/release/publish-route.ts

/**
 * Settings that change nothing in a publish request: output, logging, caching, retries, scripts (a tarball
 * publish runs none), where config files are (the adapter reads the ones they name), and what `npm run` and
 * `npx` put in their children's environment (npm_config_user_agent, _local_prefix, _node_gyp...).
 */
const HARMLESS_KEYS = new Set([
    'audit',
    'fund',
    'update-notifier',
    'loglevel',
    'color',
    'progress',
    'unicode',
    'cache',
    'userconfig',
    'globalconfig',
    'logs-dir',
    'logs-max',
    'timing',
    'fetch-retries',
    'fetch-retry-factor',
    'fetch-retry-mintimeout',
    'fetch-retry-maxtimeout',
    'fetch-timeout',
    'foreground-scripts',
    'ignore-scripts',
    'script-shell',
    'engine-strict',
    'save-exact',
    'save-prefix',
    'user-agent',
    'noproxy',
    'prefix',
    'global-prefix',
    'local-prefix',
    'npm-version',
    'node-gyp',
    'nodedir',
    'yes',
    'package',
    'call',
    'allow-scripts',
    'omit-lockfile-registry-resolved',
]);
/** TLS settings: nothing to an http registry; npm's own TLS for an https one. */
const TLS_KEYS = new Set(['cafile', 'ca', 'strict-ssl', 'cert', 'key']);
/** @npmcli/agent reads these (any case) for every request npm makes. */
const PROXY_ENV = new Set(['http_proxy', 'https_proxy', 'proxy']);
function publishRoute(facts) {
    const npm = (reason) => ({ inProcess: false, reason });
    const [command, , ...flags] = facts.args;
    if (command !== 'publish')
        return npm(`npm ${command} runs as npm`);
    const access = accessFlag(flags);
    if (access === undefined)
        return npm(`npm flags ${flags.join(' ')}`);
    if (facts.oidc)
        return npm('trusted publishing: npm exchanges the OIDC identity for a token');
    if (!facts.hasToken)
        return npm('no token');
    if (!facts.npmVersion)
        return npm("npm's version is unknown");
    const manifestReason = manifestNeedsNpm(facts.manifest, access);
    if (manifestReason)
        return npm(manifestReason);
    const https = facts.registry.startsWith('https:');
    for (const [name, value] of Object.entries(facts.env)) {
        if (value === undefined || value === '')
            continue;
        if (PROXY_ENV.has(name.toLowerCase()))
            return npm(`${name} is set (npm sends through the proxy)`);
        const key = /^npm_config_(.+)$/i.exec(name)?.[1];
        if (key === undefined)
            continue;
        const setting = key.startsWith('//') ? key : key.toLowerCase().replace(/_/g, '-');
        if (!settingIsHarmless(setting, https))
            return npm(`${name} is set`);
    }
    for (const { file, text } of facts.configFiles)
        for (const setting of npmrcKeys(text))
            if (!settingIsHarmless(setting, https))
                return npm(`${file} sets ${setting}`);
    const publishConfig = facts.manifest.publishConfig;
    return { inProcess: true, access: access ?? accessOf(publishConfig?.access) };
}
/** `--access public` (the only flag publish-plan adds besides tag and registry), null for none; undefined for anything else. */
function accessFlag(flags) {
    const rest = [...flags];
    const take = (flag) => {
        const at = rest.indexOf(flag);
        if (at < 0 || at + 1 >= rest.length)
            return undefined;
        return rest.splice(at, 2)[1];
    };
    if (take('--tag') === undefined || take('--registry') === undefined)
        return undefined;
    const access = take('--access');
    if (rest.length)
        return undefined;
    if (access === undefined)
        return null;
    return access === 'public' ? 'public' : undefined;
}
function accessOf(value) {
    return value === 'public' || value === 'restricted' ? value : null;
}
function manifestNeedsNpm(manifest, access) {
    const name = manifest.name;
    const version = manifest.version;
    if (typeof name !== 'string' || typeof version !== 'string')
        return 'no name or version';
    if (manifest.private !== undefined && manifest.private !== false)
        return 'private: npm refuses it';
    if (semver_default().clean(version) !== version)
        return `version "${version}" is not as npm writes it`;
    // A "tag" field in package.json replaces npm's --tag in libnpmpublish.
    if ('tag' in manifest)
        return 'package.json has a "tag" field';
    const publishConfig = manifest.publishConfig;
    if (publishConfig !== undefined) {
        if (typeof publishConfig !== 'object' || publishConfig === null || Array.isArray(publishConfig))
            return 'publishConfig is not an object';
        // tag and registry are given as flags, which npm prefers to publishConfig; access is read here.
        const other = Object.keys(publishConfig).filter((k) => !['access', 'tag', 'registry'].includes(k));
        if (other.length)
            return `publishConfig.${other[0]}`;
        const configured = publishConfig.access;
        if (configured !== undefined && accessOf(configured) === null)
            return `publishConfig.access "${String(configured)}"`;
        if (access === null && configured === 'restricted' && !name.startsWith('@'))
            return 'restricted access for an unscoped package: npm refuses it';
    }
    return undefined;
}
function settingIsHarmless(setting, https) {
    if (HARMLESS_KEYS.has(setting) || setting.startsWith('init-'))
        return true;
    return TLS_KEYS.has(setting) && !https;
}
/** The setting names an npmrc assigns (ini `key = value` lines; comments, blanks and sections skipped). */
function npmrcKeys(text) {
    const keys = [];
    for (const raw of text.split(/\r?\n/)) {
        const line = raw.trim();
        if (!line || line.startsWith('#') || line.startsWith(';') || line.startsWith('['))
            continue;
        const at = line.indexOf('=');
        keys.push((at < 0 ? line : line.slice(0, at)).trim());
    }
    return keys;
}

// EXTERNAL MODULE: ./src/release/visibility.ts
var release_visibility = __webpack_require__(59177);
// EXTERNAL MODULE: ./src/report/model.ts
var model = __webpack_require__(96867);
// EXTERNAL MODULE: ./src/report/outcome.ts
var outcome = __webpack_require__(85066);
// EXTERNAL MODULE: ./src/rules.ts + 3 modules
var rules = __webpack_require__(36086);
// EXTERNAL MODULE: ./src/commands/define-command.ts
var define_command = __webpack_require__(68427);
// EXTERNAL MODULE: ./src/commands/doctor-facts.ts
var doctor_facts = __webpack_require__(45941);
// EXTERNAL MODULE: ./src/commands/option-catalog.ts
var option_catalog = __webpack_require__(19159);
// EXTERNAL MODULE: ./src/commands/packages.ts + 1 modules
var commands_packages = __webpack_require__(54731);
;// CONCATENATED MODULE: ./src/commands/publish.ts


















const DEFAULT_REGISTRY = 'https://registry.npmjs.org/';
/** Doctor rules publish checks itself, with its own findings. */
const HANDLED_HERE = new Set(['doctor/registry', 'doctor/no-credentials']);
const OPTIONS = (0,define_command/* pickOptions */.Sb)({
    tarball: { description: 'The .tgz to publish, as packed (never re-packed).' },
    tag: true,
    registry: true,
    'dry-run': {
        description: 'Read the registry, run the doctor checks and print every npm command that would run; change nothing.',
    },
    stage: true,
    provenance: {
        description: 'npm provenance: auto (default: only from a public repository, in GitHub Actions with id-token: write), true (a usage error for a private or internal repository: npm refuses it) or false.',
    },
    visibility: true,
    config: { description: option_catalog/* SHARED_DESCRIPTIONS */.OD.configInCwd },
    'fail-on': { description: option_catalog/* SHARED_DESCRIPTIONS */.OD.failOnError },
});
const publishCommand = (0,define_command/* defineCommand */.NB)({
    name: 'publish',
    summary: 'Publish a packed tarball under a dist-tag (default next), once: a re-run after success changes nothing.',
    positional: 'tarball',
    options: OPTIONS,
    outputs: {
        'package-name': true,
        'package-version': true,
        integrity: true,
        tag: 'The dist-tag it is published under.',
        published: 'published, staged, already-published (the same bytes were there), already-staged, or dry-run; empty when the publish did not happen (see the findings).',
        'stage-id': 'With {--stage}: the stage id a maintainer approves (npm stage approve <id>).',
        signatures: 'npm audit signatures after the publish: verified, invalid or skipped (registry without signing keys).',
        commands: 'JSON array of the npm commands run (or, with {--dry-run}, that would run; a publish sent from this process is listed as the npm command it stands for); never a token.',
        'npm-provenance': 'asked (npm --provenance), off (--provenance=false), or left to npm; the notes say why.',
    },
    run: publish,
});
async function publish(input, context) {
    const started = performance.now();
    const { fs, npmCli, npmRegistry } = context.adapters;
    const { credentials } = context.settings;
    const tarball = external_node_path_default().resolve(context.cwd, input.tarball);
    if (!(await fs.stat(tarball).catch(() => undefined))?.isFile())
        throw new errors/* UsageError */.eb(`publish: TARBALL "${input.tarball}" is not a file (give the .tgz that \`mcp-release pack\` wrote)`);
    const { config } = await context.adapters.configFile.load(context.cwd, input.config ? external_node_path_default().resolve(context.cwd, input.config) : undefined);
    const registry = withSlash(input.registry ?? config.registry ?? DEFAULT_REGISTRY);
    const tag = input.tag ?? config.stagingTag ?? 'next';
    const token = credentials.nodeAuthToken;
    const oidc = Boolean(credentials.oidcRequestUrl && credentials.oidcRequestToken);
    const visibility = (0,release_visibility/* effectiveVisibility */.aT)(input.visibility, context.settings.github.repositoryVisibility);
    const provenanceDecision = (0,release_visibility/* decide */.LD)('provenance', visibility, input.provenance);
    // Said before the registry is asked anything: npm would take the tarball and answer E422.
    if (provenanceDecision.refused)
        throw new errors/* UsageError */.eb(`publish: ${provenanceDecision.reason}`);
    if (input.provenance === 'true' && !oidc)
        throw new errors/* UsageError */.eb('publish: provenance: true needs an OIDC identity: GitHub Actions with `permissions: id-token: write` (npm signs provenance with it)');
    const findings = [];
    const finding = (rule, message) => void findings.push(...(0,rules/* rateAll */.US)([{ rule, message }], config.rules));
    const report = (name, version, outputs, notes = []) => (0,commands_packages/* aggregateReport */.yf)('publish', [
        {
            name,
            dir: external_node_path_default().basename(tarball),
            ...(version ? { version } : {}),
            ok: (0,model/* isOk */.HQ)(findings, input['fail-on'] ?? 'error'),
            findings,
            ...(version ? { outcome: outcomeText(name, version, outputs) } : {}),
        },
    ], { total: Math.round(performance.now() - started) }, notes, outputs);
    // What happened, in words, from the outputs that say it in data.
    const outcomeText = (name, version, outputs) => (0,outcome/* publishOutcomeText */.nE)({
        outcome: outputs.published ?? 'refused',
        name,
        version,
        registry,
        tag,
        ...(outputs['npm-provenance'] ? { provenance: outputs['npm-provenance'] } : {}),
        commands: outputs.commands ? JSON.parse(outputs.commands) : [],
        ...(outputs['stage-id'] ? { stageId: outputs['stage-id'] } : {}),
    });
    // The tarball is read once: its manifest, its entries and its digests all come from these bytes.
    const { digests, inspection: inspected } = await context.adapters.tarball.readTarballOnce(tarball);
    const manifest = inspected.manifest;
    if (typeof manifest?.name !== 'string' || typeof manifest.version !== 'string') {
        finding('publish/bad-tarball', `${input.tarball} has no readable package.json with a name and a version${inspected.unreadable ? ` (${inspected.unreadable})` : ''}`);
        return report(external_node_path_default().basename(tarball), undefined, {});
    }
    // Refused before the registry is asked anything: such bytes must never reach it.
    // Names that climb out when extracted are `pack/unsafe-name`, the rule scan and pack apply; the rest is the tarball's.
    const unsafeNames = inspected.unsafeNames ?? [];
    const otherUnsafe = inspected.unsafe.filter((line) => !unsafeNames.includes(line));
    if (unsafeNames.length)
        finding('pack/unsafe-name', `${input.tarball} has file names that write outside the package when extracted: ${unsafeNames.join('; ')}`);
    if (otherUnsafe.length && !(otherUnsafe.length === 1 && otherUnsafe[0] === '...'))
        finding('publish/unsafe-tarball', `${input.tarball} has entries npm never packs: ${otherUnsafe.join('; ')}`);
    if (inspected.unsafe.length)
        return report(String(manifest.name), String(manifest.version), {});
    // A workspace:/catalog:/file:/link: dependency (plain npm pack in a pnpm, yarn or bun workspace) would reach
    // the registry and fail every install with EUNSUPPORTEDPROTOCOL: refused here too, before the registry hears of it.
    const unresolved = (0,packed_check/* unresolvedDependencies */.dR)(manifest);
    if (unresolved.length) {
        for (const d of unresolved)
            finding('pack/unresolved-protocol', `${input.tarball}: ${d.field} "${d.name}": "${d.spec}" is still in the packed package.json; a registry install fails on it (EUNSUPPORTEDPROTOCOL)`);
        return report(String(manifest.name), String(manifest.version), {});
    }
    const { name, version } = manifest;
    const { integrity, shasum } = digests;
    const restricted = manifest.publishConfig?.access === 'restricted';
    if (restricted && input.provenance === 'true')
        throw new errors/* UsageError */.eb(`publish: provenance: true, but ${name} says publishConfig.access "restricted" (npm signs provenance for public packages only)`);
    const provenance = provenanceFlags(provenanceDecision, {
        oidc,
        restricted,
        choice: input.provenance,
        visibility,
        inActions: context.settings.inActions,
    });
    const base = {
        'package-name': name,
        'package-version': version,
        integrity,
        tag,
        'npm-provenance': provenance.output,
    };
    let state;
    try {
        state = await npmRegistry.packageState(registry, name, token);
    }
    catch (error) {
        finding('publish/registry-unreachable', error.message);
        return report(name, version, base);
    }
    const existing = state.versions[version];
    if (existing && existing.integrity !== integrity) {
        finding('publish/version-exists', `${name}@${version} is already on ${registry} with other bytes (${existing.integrity ?? 'no integrity'}); this tarball is ${integrity}`);
        return report(name, version, base);
    }
    const steps = publishSteps({
        name,
        version,
        tarball,
        tag,
        registry,
        stage: Boolean(input.stage),
        restricted,
        provenanceArgs: provenance.args,
        published: Boolean(existing),
        distTags: state.distTags,
    });
    const commands = JSON.stringify(steps.map((s) => `npm ${s.args.map(npm_command/* shellQuote */.ZL).join(' ')}`));
    // The doctor first: what would make npm fail is said before anything irreversible.
    let npmVersion;
    if (steps.length) {
        // The doctor judges the packument read above: one fetch for both.
        const facts = await (0,doctor_facts/* gatherDoctorFacts */.M)(context, { cwd: context.cwd, manifest, registry, packageState: state });
        npmVersion = facts.npmVersion;
        for (const f of (0,doctor_checks/* doctorFindings */.Cc)(facts))
            if (!HANDLED_HERE.has(f.rule))
                finding(f.rule, f.message);
        if (findings.some((f) => f.severity === 'error') && !input['dry-run'])
            return report(name, version, { ...base, commands });
    }
    if (input['dry-run'])
        return report(name, version, { ...base, published: 'dry-run', commands }, provenance.note && !existing ? [provenance.note] : []);
    if (input.stage && steps.length && !existing) {
        if (npmVersion && semver_default().valid(npmVersion) && semver_default().lt(npmVersion, '11.15.0')) {
            finding('publish/stage-unsupported', `npm ${npmVersion} has no \`npm stage publish\` (needs npm >= 11.15)`);
            return report(name, version, { ...base, commands });
        }
    }
    if (steps.length && !token && !oidc) {
        finding('publish/no-credentials', 'set NODE_AUTH_TOKEN, or run in GitHub Actions with `id-token: write` for trusted publishing');
        return report(name, version, { ...base, commands });
    }
    const outputs = {
        ...base,
        commands,
        published: existing ? 'already-published' : input.stage ? 'staged' : 'published',
    };
    const notes = provenance.note && !existing ? [provenance.note] : [];
    const configFiles = steps.some((s) => s.args[0] === 'publish') ? await npmCli.configFiles() : [];
    for (const step of steps) {
        const landed = async () => {
            if (step.args[0] === 'stage')
                return false;
            const now = await npmRegistry.packageState(registry, name, token).catch(() => undefined);
            // A publish that timed out may have landed: the registry decides.
            return step.args[0] === 'publish'
                ? now?.versions[version]?.integrity === integrity
                : now?.distTags[tag] === version;
        };
        // npm's own request from this process where that is sure to be what npm sends; npm itself otherwise.
        const route = publishRoute({
            args: step.args,
            registry,
            hasToken: Boolean(token),
            oidc: oidc || Boolean(context.settings.processEnv.NPM_ID_TOKEN),
            npmVersion,
            manifest,
            env: context.settings.processEnv,
            configFiles,
        });
        const outcome = await context.log.step(stepTitle(step, name, version, tag), () => route.inProcess && token && npmVersion
            ? npmCli.publishInProcess({ tarball, integrity, registry, tag, access: route.access, token, npmVersion }, { landed })
            : npmCli.runWithRetries(step.args, { registry, token, landed }));
        if (route.inProcess && outcome.ok)
            notes.push(`npm publish ran in this process: the request npm ${npmVersion} sends, without starting npm (npm itself runs for trusted publishing, provenance, staging and npm config beyond a token)`);
        if (!outcome.ok && step.args[0] === 'stage' && /E409|already.*staged|staged version/i.test(outcome.error)) {
            // Staging is not visible in the packument: a conflict on a re-run means this version waits for approval already.
            outputs.published = 'already-staged';
            notes.push(`${name}@${version} is already staged: approve it with \`npm stage list ${name}\` then \`npm stage approve <id>\``);
            continue;
        }
        if (!outcome.ok) {
            finding('publish/failed', `${step.description}: ${outcome.error}`);
            return report(name, version, { ...base, commands });
        }
        if (outcome.landedAfter !== undefined && step.args[0] === 'publish') {
            // npm failed, yet the registry has these exact bytes: a concurrent run published them (a conflict),
            // or this publish landed and only its answer was lost.
            const conflict = /E409|EPUBLISHCONFLICT|previously published|cannot publish over|already present/i.test(outcome.landedAfter);
            if (conflict)
                outputs.published = 'already-published';
            notes.push(conflict
                ? `${name}@${version} was published meanwhile by another run, with these same bytes: nothing to do`
                : `npm reported "${outcome.landedAfter}", but the registry has ${name}@${version} with these bytes: published`);
        }
        if (step.args[0] === 'stage') {
            const stageId = stageIdFrom(outcome.stdout);
            if (stageId)
                outputs['stage-id'] = stageId;
            notes.push(`${name}@${version} is staged${stageId ? ` with id ${stageId}` : ''}: a maintainer approves it with \`npm stage approve ${stageId ?? '<id>'}\` (2FA); it is not installable until then`);
        }
    }
    // The registry's signing keys are fetched while the version is read back (the audit below needs them).
    const keysRead = outputs.published === 'published' ? npmRegistry.signingKeys(registry).catch((error) => error) : undefined;
    if (steps.some((s) => s.args[0] === 'publish')) {
        // What npm printed is not the proof: the registry's record must be the tarball checked above.
        const readBack = await context.log.step(`read ${name}@${version} back from ${registry}`, () => readBackPublished(context, registry, { name, version, integrity, shasum }, token));
        if (readBack.differences.length) {
            finding('publish/failed', `the registry holds ${name}@${version} with ${readBack.differences.join(', ')}: not the tarball that was checked; do not promote it`);
            return report(name, version, outputs, notes);
        }
        if (!readBack.found)
            notes.push(`${name}@${version} is not listed by ${registry} yet, so its name, version and integrity could not be read back (registries can take minutes to serve a new version)`);
    }
    if (outputs.published === 'published') {
        const audit = await context.log.step(`npm audit signatures of ${name}@${version}`, async () => {
            const keys = await (keysRead ?? npmRegistry.signingKeys(registry));
            if (keys instanceof Error)
                throw keys;
            if (typeof keys === 'string')
                return noKeysAudit(keys);
            return signatureAudit(name, version, keys, await npmCli.auditSignatures(registry, name, version));
        });
        outputs.signatures = audit.state;
        if (audit.state === 'invalid')
            finding('publish/signature-invalid', audit.detail);
        else
            notes.push(audit.detail);
    }
    return report(name, version, outputs, notes);
}
/** What the log says while a step of the publish runs. */
function stepTitle(step, name, version, tag) {
    if (step.args[0] === 'stage')
        return `stage ${name}@${version} for ${tag}`;
    if (step.args[0] === 'publish')
        return `publish ${name}@${version} to ${tag}`;
    return `point ${tag} at ${name}@${version}`;
}
/** The registry's record of the version just published, compared with what was checked; a short bounded wait while it is not listed. */
async function readBackPublished(context, registry, checked, token) {
    const { clock, npmRegistry } = context.adapters;
    for (let attempt = 0; attempt < 4; attempt += 1) {
        if (attempt > 0)
            await clock.sleep(1000 * 2 ** (attempt - 1));
        const record = await npmRegistry
            .versionRecord(registry, checked.name, checked.version, token)
            .catch(() => undefined);
        if (record)
            return { found: true, differences: publishedDifferences(checked, record) };
    }
    return { found: false, differences: [] };
}
function withSlash(url) {
    return url.endsWith('/') ? url : `${url}/`;
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

/***/ 68366:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cc: () => (/* binding */ doctorFindings),
/* harmony export */   EY: () => (/* binding */ workflowFile),
/* harmony export */   Nt: () => (/* binding */ tokenExpiryFindings),
/* harmony export */   i: () => (/* binding */ authMode)
/* harmony export */ });
/* unused harmony export TRUSTED_PUBLISHING_NPM */
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(62088);
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(semver__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _layout_repository_url_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(96028);
/* harmony import */ var _token_expiry_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(43950);



const TRUSTED_PUBLISHING_NPM = '11.5.1';
function authMode(facts) {
    if (facts.oidcAvailable)
        return 'oidc';
    return facts.hasToken ? 'token' : 'none';
}
/** The caller workflow file a trusted-publisher record on npmjs.com must name. */
function workflowFile(ref) {
    return ref ? /\.github\/workflows\/([^@/]+)@/.exec(ref)?.[1] : undefined;
}
/** Expiry findings (expired, expiring within 14 days) and notes (the date, or that the registry does not say). Pure. */
function tokenExpiryFindings(facts, now) {
    const findings = [];
    const notes = [];
    for (const { credential, expiry } of facts.tokenExpiry ?? []) {
        const verdict = (0,_token_expiry_js__WEBPACK_IMPORTED_MODULE_1__/* .expiryVerdict */ .HQ)(expiry, credential, now);
        if (verdict.rule)
            findings.push({ rule: verdict.rule, message: verdict.message });
        else
            notes.push(verdict.message);
    }
    return { findings, notes };
}
function doctorFindings(facts) {
    const out = [];
    const mode = authMode(facts);
    const name = typeof facts.manifest?.name === 'string' ? facts.manifest.name : '<package>';
    if (semver__WEBPACK_IMPORTED_MODULE_0___default().lt(semver__WEBPACK_IMPORTED_MODULE_0___default().coerce(facts.nodeVersion) ?? '0.0.0', '20.0.0'))
        out.push({ rule: 'doctor/node-version', message: `Node ${facts.nodeVersion}: mcp-release needs Node >= 20` });
    if (!facts.npmVersion)
        out.push({ rule: 'doctor/npm-version', message: 'npm was not found on PATH' });
    else if (mode === 'oidc' && semver__WEBPACK_IMPORTED_MODULE_0___default().lt(facts.npmVersion, TRUSTED_PUBLISHING_NPM)) {
        out.push({
            rule: 'doctor/npm-version',
            message: `npm ${facts.npmVersion} cannot use trusted publishing (needs >= ${TRUSTED_PUBLISHING_NPM}); install a newer npm in a temporary prefix, e.g. \`npm install --prefix "$RUNNER_TEMP/npm" npm@11\``,
        });
    }
    if (facts.inActions && !facts.oidcAvailable) {
        out.push({
            rule: 'doctor/id-token',
            message: 'the job has no `id-token: write` permission: trusted publishing and provenance are unavailable; grant it in the job (and in the calling workflow of a reusable one)',
        });
    }
    if (mode === 'none')
        out.push({
            rule: 'doctor/no-credentials',
            message: 'no credential: neither GitHub OIDC (`id-token: write`) nor NODE_AUTH_TOKEN',
        });
    if (facts.registryError)
        out.push({ rule: 'doctor/registry', message: facts.registryError });
    else if (facts.packageExists === false && mode === 'oidc' && !facts.hasToken) {
        const wf = workflowFile(facts.workflowRef);
        out.push({
            rule: 'doctor/first-publish',
            message: `${name} is not on the registry yet, and a first publish cannot use trusted publishing: publish it once with a token (NODE_AUTH_TOKEN), then add a trusted publisher on npmjs.com (package settings) for ${facts.githubRepository ?? 'this repository'}${wf ? ` and workflow file ${wf}` : ''}`,
        });
    }
    for (const t of facts.npmrcTokens) {
        out.push({
            rule: 'doctor/npmrc-token',
            message: `${t.file}:${t.line} sets an auth token (${t.text}); ${mode === 'oidc' ? 'it can shadow trusted publishing' : 'keep tokens out of committed files'}`,
            file: t.file,
            line: t.line,
        });
    }
    if (facts.githubRepository && facts.manifest) {
        const slug = (0,_layout_repository_url_js__WEBPACK_IMPORTED_MODULE_2__/* .githubSlug */ .d)(facts.manifest.repository);
        if (slug !== facts.githubRepository) {
            out.push({
                rule: 'doctor/repository-url',
                message: `package.json repository.url is ${JSON.stringify((0,_layout_repository_url_js__WEBPACK_IMPORTED_MODULE_2__/* .repositoryUrl */ .E)(facts.manifest.repository) ?? null)}, not ${facts.githubRepository}: npm rejects the provenance (E422, compared case-sensitively)`,
                file: 'package.json',
            });
        }
    }
    return out;
}


/***/ }),

/***/ 22030:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ tokenExpiries),
/* harmony export */   j: () => (/* binding */ npmrcTokenLines)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);

/**
 * The parts of the doctor's reading that are rules over data: which npm
 * tokens to ask the registry about, and which .npmrc lines hold a token. The
 * doctor command reads the files and asks the registry.
 */
/** Each npm token that is set, asked of the registry's token list (values never leave this function but to the registry). */
async function tokenExpiries(registry, credentials, read) {
    const tokens = { NPM_PROMOTE_TOKEN: credentials.npmPromoteToken, NODE_AUTH_TOKEN: credentials.nodeAuthToken };
    const set = ['NPM_PROMOTE_TOKEN', 'NODE_AUTH_TOKEN'].filter((name) => tokens[name]);
    const unique = set.filter((name, i) => set.findIndex((other) => tokens[other] === tokens[name]) === i);
    return Promise.all(unique.map(async (credential) => ({
        credential,
        expiry: await read(registry, tokens[credential]),
    })));
}
/** Auth-token lines in one .npmrc file's text; the value is redacted to its first characters. Pure. */
function npmrcTokenLines(text, file, dir) {
    const out = [];
    text.split('\n').forEach((line, index) => {
        const match = /(_authToken|_auth|_password)\s*=\s*(.*)$/.exec(line);
        if (!match)
            return;
        const value = (match[2] ?? '').trim();
        const shown = /^\$\{[A-Z_]+\}$/.test(value) ? value : `${value.slice(0, 4)}…`;
        out.push({ file: node_path__WEBPACK_IMPORTED_MODULE_0___default().relative(dir, file) || file, line: index + 1, text: `${match[1]}=${shown}` });
    });
    return out;
}


/***/ }),

/***/ 51416:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   SK: () => (/* binding */ npmError),
/* harmony export */   ZL: () => (/* binding */ shellQuote),
/* harmony export */   yx: () => (/* binding */ TRANSIENT_NPM_ERROR)
/* harmony export */ });
/**
 * What the npm CLI's answers mean to a release; the npm adapter runs it.
 * Pure: no process is started here.
 */
/** Failures worth another attempt (after asking the registry whether the change already landed). */
const TRANSIENT_NPM_ERROR = /E429|E5\d\d|ECONNRESET|ETIMEDOUT|EAI_AGAIN|ECONNREFUSED|socket hang up|network/i;
/** npm's own error lines, without its log boilerplate, the token replaced. */
function npmError(stderr, token) {
    const line = stderr
        .split('\n')
        .filter((l) => /npm error/.test(l) && !/complete log|^npm error\s*$/.test(l))
        .map((l) => l.replace(/^npm error\s*/, ''))
        .slice(0, 3)
        .join(' | ') || stderr.slice(0, 300);
    return token ? line.split(token).join('***') : line;
}
/** For showing a command to a human (dry runs, reports); never used to run one. */
function shellQuote(arg) {
    return /^[\w@%+=:,./-]+$/.test(arg) ? arg : `'${arg.replace(/'/g, "'\\''")}'`;
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

/***/ 43950:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HQ: () => (/* binding */ expiryVerdict),
/* harmony export */   qJ: () => (/* binding */ expiryFromList)
/* harmony export */ });
/* unused harmony exports abbreviates, EXPIRY_WARNING_DAYS */
/**
 * When the npm token the release uses expires, as the registry says.
 * Granular npm write tokens live at most 90 days (npm docs, "About access
 * tokens"), so a release that worked last quarter can fail on the day of the
 * promote. `GET /-/npm/v1/tokens` lists the account's tokens (npm token list;
 * Verdaccio implements it) with an abbreviated token, `created` and, where the
 * registry has one, an expiry date. Pure: the registry adapter reads the list.
 */
/** The list shows a token as `abcde...vwxyz`, `npm_1f…` or a prefix: does it abbreviate this token? */
function abbreviates(shown, token) {
    const [head = '', tail = ''] = shown.split(/\.\.\.|…/);
    if (!head || head.length < 4)
        return false;
    return token.startsWith(head) && token.endsWith(tail);
}
/** Find this token in the list and read its expiry; a reason when the registry does not say. */
function expiryFromList(entries, token) {
    const mine = entries.filter((e) => typeof e.token === 'string' && abbreviates(e.token, token));
    if (mine.length !== 1)
        return {
            known: false,
            why: mine.length ? 'several tokens in the list match this one' : "the token is not in the registry's token list",
        };
    const entry = mine[0];
    const raw = entry.expires ?? entry.expiry;
    const date = raw ? new Date(raw) : undefined;
    if (!date || Number.isNaN(date.getTime()))
        return { known: false, why: "the registry's token list gives no expiry date for it" };
    return { known: true, expires: date, ...(entry.created ? { created: entry.created } : {}) };
}
const EXPIRY_WARNING_DAYS = 14;
const DAY_MS = 24 * 60 * 60 * 1000;
const TWO_FA = 'a granular token with read and write on this package, and "bypass 2FA" enabled when the account enforces 2FA for writes (off by default)';
/** A finding (expired: error; within 14 days: warning) or a note when the registry does not say. */
function expiryVerdict(expiry, credential, now) {
    if (!expiry.known)
        return { message: `${credential}: expiry unknown (${expiry.why}); granular npm write tokens live at most 90 days` };
    const day = expiry.expires.toISOString().slice(0, 10);
    const left = Math.floor((expiry.expires.getTime() - now.getTime()) / DAY_MS);
    if (expiry.expires.getTime() <= now.getTime())
        return {
            rule: 'credentials/token-expired',
            message: `${credential} expired on ${day}: every npm write with it fails; create a new one (${TWO_FA}) and replace the secret`,
        };
    if (left < EXPIRY_WARNING_DAYS)
        return {
            rule: 'credentials/token-expiring',
            message: `${credential} expires on ${day} (in ${left} day(s)): create a new one (${TWO_FA}) and replace the secret before then`,
        };
    return { message: `${credential} expires on ${day} (in ${left} days)` };
}


/***/ }),

/***/ 85066:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gt: () => (/* binding */ displayPath),
/* harmony export */   nE: () => (/* binding */ publishOutcomeText),
/* harmony export */   nY: () => (/* binding */ packOutcomeText)
/* harmony export */ });
/* harmony import */ var _util_size_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(57155);

/** A path as the user reads it: relative to where they ran the command when it is below it, else absolute. */
function displayPath(file, cwd, relative) {
    const rel = relative(cwd, file);
    return rel && !rel.startsWith('..') && !/^([a-zA-Z]:)?[\\/]/.test(rel) ? rel : file;
}
/** `pack`: the tarball path first (what the next step needs), then what is in it. */
function packOutcomeText(packed) {
    return [
        `packed ${packed.name}@${packed.version} into ${packed.tarball}`,
        `${(0,_util_size_js__WEBPACK_IMPORTED_MODULE_0__/* .formatSize */ .X)(packed.size)}, ${packed.files} file${packed.files === 1 ? '' : 's'}, integrity ${packed.integrity}`,
        `release manifest: ${packed.manifest}`,
    ];
}
/**
 * publish in one sentence: published where and under which dist-tag, found
 * already published (nothing done, or only the dist-tag moved), staged, or a
 * dry run that sent nothing (with the commands it would run).
 */
function publishOutcomeText(facts) {
    const id = `${facts.name}@${facts.version}`;
    const { registry, tag } = facts;
    const provenance = facts.provenance === 'asked' ? 'yes' : facts.provenance === 'off' ? 'no' : (facts.provenance ?? 'left to npm');
    const moved = facts.commands.some((c) => c.startsWith('npm dist-tag add '));
    switch (facts.outcome) {
        case 'published':
            return [`published ${id} to ${registry} with dist-tag ${tag} (provenance: ${provenance})`];
        case 'staged':
            return [
                `staged ${id} on ${registry} for dist-tag ${tag} (provenance: ${provenance}); not installable until a maintainer runs \`npm stage approve ${facts.stageId ?? '<id>'}\``,
            ];
        case 'already-staged':
            return [`already staged: ${id} waits for approval on ${registry} for dist-tag ${tag}; nothing sent`];
        case 'already-published':
            return [
                moved
                    ? `already published: ${id} is on ${registry} with the same integrity; only dist-tag ${tag} was moved to it`
                    : `already published: ${id} is on ${registry} with the same integrity and dist-tag ${tag}; nothing done`,
            ];
        case 'dry-run':
            return facts.commands.length
                ? [
                    `dry run: nothing sent to ${registry}; ${id} would get dist-tag ${tag}; would run:`,
                    ...facts.commands.map((c) => `  ${c}`),
                ]
                : [
                    `dry run: nothing sent; ${id} is already on ${registry} with the same integrity and dist-tag ${tag}: nothing would run`,
                ];
        case 'refused':
            return [`not published: ${id} was not published to ${registry} with dist-tag ${tag} (see the findings)`];
    }
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


/***/ })

};

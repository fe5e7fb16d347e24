export const id = 1517;
export const ids = [1517];
export const modules = {

/***/ 61517:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  jE: () => (/* binding */ SMOKE_OPTIONS),
  DK: () => (/* binding */ SMOKE_PICKS),
  h5: () => (/* binding */ resolveTargets),
  Lw: () => (/* binding */ runSmoke),
  lh: () => (/* binding */ smokeOptionsFor),
  Ih: () => (/* binding */ smokeReport)
});

// UNUSED EXPORTS: concurrentSessions

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/config/resolve.ts
var resolve = __webpack_require__(68270);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/release/registry-wait.ts
var registry_wait = __webpack_require__(46630);
// EXTERNAL MODULE: ./src/report/model.ts
var model = __webpack_require__(96867);
// EXTERNAL MODULE: ./src/rules.ts + 3 modules
var rules = __webpack_require__(36086);
// EXTERNAL MODULE: ./src/smoke/environment.ts
var environment = __webpack_require__(41540);
// EXTERNAL MODULE: ./src/smoke/install.ts
var install = __webpack_require__(49886);
;// CONCATENATED MODULE: ./src/smoke/result.ts
const DEFAULT_TIMEOUTS = { initialize: 20_000, list: 10_000, shutdown: 2_000, session: 120_000 };
const DEFAULT_STARTUP_BUDGET_MS = 5_000;
/** A report is read by people: past this many tools the table says how many more. */
const MAX_TABLE_ROWS = 500;
const NEW_REVISION = '2026-07-28';
/** Without a namespace, say so when the server could have read credentials from /proc. */
function isolationWarning(reach) {
    if (reach.length === 0)
        return [];
    return [
        {
            rule: 'smoke/isolation-weak',
            message: `the server ran as the same user, without a namespace, while ${reach.join('; ')}: it could have read them from /proc/<pid>/environ`,
        },
    ];
}
function names(session, key) {
    return (session?.lists[key]?.items ?? []).map((i) => String(i.name ?? i.uri ?? ''));
}
/** The action outputs of one package's smoke test (kebab-case, strings). */
function sessionOutputs(bare, full, bin) {
    const init = bare.initialize ?? {};
    const info = (init.serverInfo ?? {});
    const negotiated = typeof init.protocolVersion === 'string' ? init.protocolVersion : '';
    const revisions = [negotiated, bare.discover?.result ? NEW_REVISION : ''].filter(Boolean);
    return {
        bin,
        'protocol-version': negotiated,
        'protocol-revisions': JSON.stringify(revisions),
        'server-name': typeof info.name === 'string' ? info.name : '',
        'server-version': typeof info.version === 'string' ? info.version : '',
        'tool-count': String(names(bare, 'tools').length),
        'tool-count-full-client': String(names(full, 'tools').length),
        'prompt-count': String(names(bare, 'prompts').length),
        'resource-count': String(names(bare, 'resources').length),
        tools: JSON.stringify(names(bare, 'tools')),
        prompts: JSON.stringify(names(bare, 'prompts')),
        resources: JSON.stringify(names(bare, 'resources')),
        'start-ms': String(bare.spawnMs ?? ''),
        'initialize-ms': String(bare.initializeMs ?? ''),
        'list-ms': String(bare.listMs),
    };
}
/** Tools and which client sees them: servers may expose more to capable clients. */
function toolTables(bare, full) {
    const bareTools = bare.lists.tools?.items ?? [];
    const fullTools = full?.lists.tools?.items ?? [];
    const all = new Map();
    for (const t of [...bareTools, ...fullTools])
        if (typeof t.name === 'string' && !all.has(t.name))
            all.set(t.name, t);
    if (all.size === 0)
        return [];
    const inBare = new Set(bareTools.map((t) => t.name));
    const rows = [...all.entries()]
        .slice(0, MAX_TABLE_ROWS)
        .map(([name, tool]) => [
        name,
        inBare.has(name) ? 'every client' : 'clients with roots/sampling/elicitation',
        typeof tool.description === 'string' ? tool.description.split('\n')[0].slice(0, 100) : '',
    ]);
    if (all.size > MAX_TABLE_ROWS)
        rows.push([`… and ${all.size - MAX_TABLE_ROWS} more`, '', '(all names are in the tools output)']);
    return [
        {
            title: `Tools (${bareTools.length} to a bare client, ${fullTools.length} to a full client)`,
            columns: ['Tool', 'Listed to', 'Description'],
            rows,
        },
    ];
}

// EXTERNAL MODULE: ./src/smoke/sandbox.ts
var smoke_sandbox = __webpack_require__(25394);
// EXTERNAL MODULE: ./node_modules/semver/index.js
var semver = __webpack_require__(62088);
var semver_default = /*#__PURE__*/__webpack_require__.n(semver);
// EXTERNAL MODULE: ./src/workspace/package-manager.ts
var package_manager = __webpack_require__(34907);
;// CONCATENATED MODULE: ./src/smoke/target.ts


/** `name`, `@scope/name`, with an optional `@version-or-tag`; nothing else (no URLs, paths or git). */
function isRegistrySpec(spec) {
    return (/^(@[a-z0-9][a-z0-9._~-]*\/)?[a-z0-9][a-z0-9._~-]*(@[A-Za-z0-9.^~<>=|*+ -]+)?$/.test(spec) && !spec.includes('..'));
}
/** `name@1.2.3` with an exact version: the name and the version; else undefined (folders, tarballs, tags, ranges). */
function exactSpec(target) {
    if (target.kind !== 'spec')
        return undefined;
    const at = target.spec.lastIndexOf('@');
    if (at <= 0)
        return undefined;
    const version = target.spec.slice(at + 1);
    return semver_default().valid(version) === version ? { name: target.spec.slice(0, at), version } : undefined;
}
/**
 * The chosen bin's file is not in the installed package: say why (the build
 * output is missing, or `files` leaves the file out) and the fix for that,
 * with the repository's manager when the package was packed from a folder.
 */
function missingBinFile(bin, target, from) {
    const label = `bin "${bin}" -> ${target}`;
    if (from?.binInFolder)
        return {
            message: `${label} is in the folder but not in the packed package: "files" or .npmignore leaves it out`,
            fix: `Add ${target} (or its folder) to "files" in package.json.`,
        };
    const message = `the build output is missing: ${label} is not in the package, so there is nothing to start (was it built before packing?)`;
    if (!from)
        return {
            message,
            fix: 'Build the package before packing it (`npm run build`, or the script with the repository manager) and keep the output in "files"; a published version cannot be changed: publish a new one with its build output.',
        };
    return {
        message,
        fix: from.buildScript
            ? `Run the build: \`${(0,package_manager/* displayCommand */.kc)((0,package_manager/* runScriptCommand */.ce)(from.manager, from.buildScript))}\` in the package folder before smoke and before packing, and keep the output in "files".`
            : `Nothing builds ${target}: package.json has no "build" script. Add one that writes it, or point "bin" at a file that exists.`,
    };
}

// EXTERNAL MODULE: ./src/layout/rules/build-output.ts
var build_output = __webpack_require__(72550);
// EXTERNAL MODULE: ./src/release/packed-check.ts
var packed_check = __webpack_require__(30988);
// EXTERNAL MODULE: ./src/surface/surface.ts
var surface = __webpack_require__(40144);
// EXTERNAL MODULE: ./src/commands/define-command.ts
var define_command = __webpack_require__(68427);
// EXTERNAL MODULE: ./src/commands/option-catalog.ts
var option_catalog = __webpack_require__(19159);
// EXTERNAL MODULE: ./src/commands/package-manager.ts
var commands_package_manager = __webpack_require__(49112);
// EXTERNAL MODULE: ./src/commands/packages.ts + 1 modules
var commands_packages = __webpack_require__(54731);
;// CONCATENATED MODULE: ./src/commands/smoke-package.ts



















/*
 * Smoke-testing packages, the orchestration the smoke, promote, surface and
 * diff commands share: the MCP server adapter installs and starts the server, the
 * smoke domain (src/smoke) decides what its answers mean, and every step that
 * can take seconds is logged as it happens.
 */
/** smoke's options; surface starts the server as smoke does and takes them too (some described its own way). */
const SMOKE_PICKS = {
    target: true,
    config: { description: option_catalog/* SHARED_DESCRIPTIONS */.OD.configInTarget },
    'fail-on': { description: option_catalog/* SHARED_DESCRIPTIONS */.OD.failOnFromConfig },
    bin: true,
    arg: true,
    env: true,
    registry: {
        description: "Registry for name@version and for the package's dependencies (default: the config's registry, else npm's).",
    },
    'registry-wait': {
        description: 'Seconds to wait for a name@version target to be served by the registry before installing it (a new version can take minutes to show after a publish; default 0).',
    },
};
const SMOKE_OPTIONS = (0,define_command/* pickOptions */.Sb)(SMOKE_PICKS);
/**
 * DIR (a package, or a monorepo root whose config lists packages), a .tgz file,
 * or a registry spec (name, name@version, name@tag).
 */
async function resolveTargets(input, context) {
    const resolved = external_node_path_default().resolve(context.cwd, input.target);
    const kind = await context.adapters.packageFolder.pathKind(resolved);
    if (kind === 'dir') {
        const { config, discovery } = await (0,commands_packages/* openWorkspace */.OH)(input.target, input.config, context);
        // A library is never started: it has no server to speak MCP (src/workspace/classify.ts).
        const items = discovery.packages
            .filter((p) => p.kind === 'server')
            .map((p) => ({
            target: { kind: 'dir', dir: p.dir },
            settings: (0,resolve/* settingsForPackage */.h)(config, p.relDir),
            relDir: p.relDir,
            label: p.relDir,
        }));
        return {
            items,
            ...(config.registry ? { registry: config.registry } : {}),
            notes: [...(0,commands_packages/* libraryNotes */.RA)(discovery.packages), ...(0,commands_packages/* skippedNotes */.CC)(discovery.skippedPrivate)],
            outputs: {},
        };
    }
    const { config } = await context.adapters.configFile.load(context.cwd, input.config ? external_node_path_default().resolve(context.cwd, input.config) : undefined);
    const settings = (0,resolve/* settingsForPackage */.h)(config, '.');
    const registry = config.registry;
    if (kind === 'file') {
        if (!/\.(tgz|tar\.gz)$/.test(resolved))
            throw new errors/* UsageError */.eb(`smoke: "${input.target}" is a file but not a .tgz tarball (allowed: a package folder, a .tgz file, or name@version)`);
        return {
            items: [{ target: { kind: 'tarball', file: resolved }, settings, label: external_node_path_default().basename(resolved) }],
            ...(registry ? { registry } : {}),
            notes: [],
            outputs: {},
        };
    }
    if (!isRegistrySpec(input.target)) {
        throw new errors/* UsageError */.eb(`smoke: "${input.target}" is not a folder, a .tgz file or a package name@version`);
    }
    return {
        items: [{ target: { kind: 'spec', spec: input.target }, settings, label: input.target }],
        ...(registry ? { registry } : {}),
        notes: [],
        outputs: {},
    };
}
/** The flags win over the package's smoke settings; the server never gets more environment than this. */
function smokeOptionsFor(t, input, env, registry) {
    return {
        settings: t.settings,
        bin: input.bin ?? t.settings.smoke.bin,
        args: input.arg ?? t.settings.smoke.args ?? [],
        env: { ...t.settings.smoke.env, ...env },
        registry: input.registry ?? registry,
        label: t.label,
    };
}
/** Install, run a bare-client and a full-client session, and judge them. */
async function runSmoke(target, options, context) {
    const server = context.adapters.mcpServer;
    const policy = options.settings.smoke.sandbox ?? 'auto';
    const started = performance.now();
    const workDir = await server.makeWorkDir();
    // The sandbox probe (a namespace tried with `node -e 0`, once per process) runs while the folder is packed.
    const isolating = isolationFor(policy, workDir, context);
    isolating.catch(() => undefined);
    try {
        const who = await progressName(target, options.label, context);
        // Only the registry matters to packing; with smoke.sandbox required nothing is packed before the sandbox is found.
        const packOptions = {
            installScripts: false,
            ...(options.registry ? { registry: options.registry } : {}),
        };
        const tarball = policy === 'required' ? undefined : obtainTarball(target, packOptions, workDir, who, context);
        tarball?.catch(() => undefined);
        const isolated = await isolating.catch(async (error) => {
            await tarball?.catch(() => undefined); // its npm writes into the work folder: done before the folder is removed
            throw error;
        });
        if (!isolated.ok) {
            return {
                outputs: { isolation: isolated.found.kind },
                tables: [],
                isolation: (0,smoke_sandbox/* describeSandbox */.hT)(isolated.found),
                findings: [{ rule: 'smoke/sandbox-unavailable', message: isolated.refused }],
                timings: { install: 0, sessions: 0 },
            };
        }
        const { sandbox, weak, isolation } = isolated;
        const empty = { outputs: { isolation: sandbox.kind }, tables: [], isolation };
        // Each session has its own HOME and temp folder: the two servers run at the same time and share nothing they write.
        const folders = { home: external_node_path_default().join(workDir, 'home'), tmp: external_node_path_default().join(workDir, 'tmp') };
        const bareFolders = { home: external_node_path_default().join(workDir, 'bare-home'), tmp: external_node_path_default().join(workDir, 'bare-tmp') };
        const { github } = context.settings;
        const hide = (0,smoke_sandbox/* foldersToHide */.hr)([server.homeDir, context.cwd, github.workspace, github.runnerTemp], [workDir, external_node_path_default().dirname(server.nodePath), ...options.args.filter((a) => external_node_path_default().isAbsolute(a))]);
        const sandboxed = {
            sandbox,
            hide,
            folders,
            env: (0,environment/* serverEnvironment */.P)(context.settings.processEnv, options.env, folders),
        };
        const installOptions = {
            installScripts: options.settings.smoke.installScripts ?? false,
            ...(options.bin ? { bin: options.bin } : {}),
            ...(options.registry ? { registry: options.registry } : {}),
            sandboxed,
        };
        const packed = await (tarball ?? obtainTarball(target, installOptions, workDir, who, context));
        const packedAt = performance.now();
        // The MCP SDK client and the checks (ajv) load while npm installs: they are needed right after.
        server.warmUp?.();
        void Promise.all(/* import() */[__webpack_require__.e(8108), __webpack_require__.e(6601)]).then(__webpack_require__.bind(__webpack_require__, 6601)).catch(() => undefined);
        const installed = packed.ok ? await installTarball(packed, installOptions, workDir, who, context) : packed;
        if (!installed.ok) {
            const manifest = installed.manifest;
            return {
                ...empty,
                ...(typeof manifest?.name === 'string' ? { packageName: manifest.name } : {}),
                ...(typeof manifest?.version === 'string' ? { packageVersion: manifest.version } : {}),
                findings: [
                    ...weak,
                    {
                        rule: installed.rule,
                        message: installed.message,
                        ...(installed.evidence ? { evidence: installed.evidence } : {}),
                        ...(installed.fix ? { fix: installed.fix } : {}),
                    },
                    ...(installed.more ?? []),
                ],
                timings: { install: Math.round(performance.now() - started), sessions: 0 },
            };
        }
        const installedAt = performance.now();
        const { server: installedServer } = installed;
        await server.prepareFolders(sandbox, workDir, folders, bareFolders);
        const timeouts = { ...DEFAULT_TIMEOUTS, ...options.settings.smoke.timeouts };
        const calls = (options.settings.smoke.calls ?? []).map((c) => ({ tool: c.tool, arguments: c.arguments ?? {} }));
        const common = {
            command: installedServer.command,
            args: [...installedServer.args, ...options.args],
            cwd: installedServer.cwd,
            timeouts,
            sandbox,
            hide,
        };
        const packageVersion = typeof installedServer.manifest.version === 'string' ? installedServer.manifest.version : undefined;
        const session = (mode, rest) => {
            const client = mode === 'bare' ? 'bare client' : 'full client';
            const title = `smoke ${who}: ${client} session (initialize, lists, shutdown)`;
            return context.log.step(title, () => server.runSession({
                ...common,
                ...rest,
                mode,
                progress: (line) => context.log.info(`smoke ${who}, ${client}: ${line}`),
            }));
        };
        // Both clients at once, each with its own server process, HOME, temp folder and report file (see concurrentSessions).
        const { bare, full } = await concurrentSessions(() => session('bare', {
            env: (0,environment/* serverEnvironment */.P)(context.settings.processEnv, options.env, bareFolders),
            probeDiscover: true,
            calls,
            reportFile: external_node_path_default().join(workDir, 'init-bare.json'),
        }), () => session('full', {
            env: sandboxed.env,
            probeDiscover: false,
            calls: [],
            reportFile: external_node_path_default().join(workDir, 'init-full.json'),
        }));
        const sessionsAt = performance.now();
        const sessions = full ? [bare, full] : [bare];
        // ajv and the MCP SDK's protocol list are heavy: they load only when a server was started and is judged.
        const { smokeFindings } = await Promise.all(/* import() */[__webpack_require__.e(8108), __webpack_require__.e(6601)]).then(__webpack_require__.bind(__webpack_require__, 6601));
        const findings = smokeFindings(sessions, {
            ...(packageVersion ? { packageVersion } : {}),
            expectTools: options.settings.smoke.expectTools ?? [],
            startupBudgetMs: options.settings.budgets.startupMs ?? DEFAULT_STARTUP_BUDGET_MS,
        });
        return {
            packageName: installedServer.manifest.name,
            ...(packageVersion ? { packageVersion } : {}),
            findings: [...weak, ...findings],
            outputs: { ...sessionOutputs(bare, full, installedServer.binName), isolation: sandbox.kind },
            tables: toolTables(bare, full),
            ...(bare.initialize ? { surface: (0,surface/* buildSurface */._5)(full?.initialize ? full : bare) } : {}),
            timings: {
                install: Math.round(installedAt - started),
                sessions: Math.round(sessionsAt - installedAt),
                ...phaseTimings(started, packedAt, installedAt, bare, full),
            },
            isolation: bare.hidden.length ? `${isolation}; hidden from it: ${bare.hidden.join(', ')}` : isolation,
        };
    }
    finally {
        await server.removeWorkDir(workDir);
    }
}
/** The sandbox the server runs in, and what the report says of it; `refused` when smoke.sandbox is required and there is none. */
async function isolationFor(policy, workDir, context) {
    const server = context.adapters.mcpServer;
    const found = await server.findSandbox(policy);
    if (policy === 'required' && found.kind !== 'namespace')
        return { ok: false, refused: `smoke.sandbox is required, but ${found.reason}; the server was not started`, found };
    const weak = found.kind === 'environment' ? isolationWarning(await server.credentialsInReach()) : [];
    const fitted = await server.sandboxForFolder(found, workDir);
    const isolation = `${(0,smoke_sandbox/* describeSandbox */.hT)(fitted.sandbox)}${fitted.note ? ` (${fitted.note})` : ''}`;
    return { ok: true, sandbox: fitted.sandbox, weak, isolation };
}
/**
 * The bare-client and the full-client session at the same time: two server
 * processes, each in its own sandbox with its own HOME, temp folder and init
 * report, so neither sees what the other writes there. What those do not
 * separate (a fixed port, a lock file elsewhere) can make one of two servers
 * crash only because the other runs: a session whose server would not start or
 * died during the handshake beside one that worked is run again alone, so only
 * a server that fails on its own is reported (a timeout is not run again: it
 * would cost its whole budget twice). The full client's session counts only
 * when the bare client's initialize was answered (as when they ran one after
 * the other): otherwise it is dropped.
 */
async function concurrentSessions(bare, full) {
    let [b, f] = await Promise.all([bare(), full()]);
    if (crashedAtStart(b) && answered(f))
        b = await bare();
    else if (crashedAtStart(f) && answered(b))
        f = await full();
    return answered(b) ? { bare: b, full: f } : { bare: b };
}
const answered = (s) => s.initializeMs !== undefined;
const crashedAtStart = (s) => !answered(s) && (s.spawnError !== undefined || s.exitedEarly?.phase === 'handshake');
/** Where the time went, for the report's timings (ms): pack, install, each session's phases. */
function phaseTimings(started, packedAt, installedAt, bare, full) {
    const phases = {
        pack: Math.round(packedAt - started),
        'npm-install': Math.round(installedAt - packedAt),
    };
    for (const s of full ? [bare, full] : [bare]) {
        if (s.spawnMs !== undefined)
            phases[`${s.mode}-spawn`] = s.spawnMs;
        if (s.initializeMs !== undefined)
            phases[`${s.mode}-initialize`] = s.initializeMs;
        phases[`${s.mode}-lists`] = s.listMs;
        phases[`${s.mode}-shutdown`] = s.shutdown.ms;
    }
    return phases;
}
/** A folder by its package name (its relative path is often just `.`); a tarball or a spec as given. */
async function progressName(target, label, context) {
    if (target.kind !== 'dir')
        return label;
    const name = (await context.adapters.mcpServer.readJsonObject(external_node_path_default().join(target.dir, 'package.json')))?.name;
    // Printed as it is: only a name npm could publish (printable, no spaces, at most 214 characters).
    return typeof name === 'string' && /^[\x21-\x7e]{1,214}$/.test(name) ? name : label;
}
/**
 * Install the package exactly as a user's `npx` would: its tarball (packed from
 * the folder without lifecycle scripts, given, or fetched from the registry:
 * obtainTarball), installed into an empty folder with production dependencies only.
 */
async function installTarball(tarball, options, workDir, who, context) {
    const server = context.adapters.mcpServer;
    const installDir = external_node_path_default().join(workDir, 'install');
    await server.prepareInstallFolder(installDir);
    const alongside = tarball.internal.map((t) => t.file);
    const title = alongside.length
        ? `smoke ${who}: install from tarball, with ${tarball.internal.map((t) => t.name).join(', ')} from ${alongside.length === 1 ? 'its tarball' : 'their tarballs'}`
        : `smoke ${who}: install from tarball`;
    const installed = await context.log.step(title, () => server.npm((0,install/* installArgs */.vd)(tarball.file, options.registry, alongside), installDir));
    if (!installed.ok)
        return (0,install/* installFailure */.YU)(installed.output);
    if (options.installScripts) {
        const sandboxed = options.sandboxed;
        const scripts = sandboxed
            ? await context.log.step(`smoke ${who}: install scripts in the sandbox (npm rebuild)`, () => server.rebuildInSandbox(installDir, workDir, sandboxed))
            : { ok: false, output: 'install scripts need the smoke sandbox' };
        if (!scripts.ok)
            return (0,install/* installScriptsFailure */.sw)(scripts.output);
    }
    const packageDir = external_node_path_default().join(installDir, 'node_modules', tarball.name);
    const manifest = await server.readJsonObject(external_node_path_default().join(packageDir, 'package.json'));
    if (!manifest)
        return {
            ok: false,
            rule: 'smoke/install-failed',
            message: `npm install did not create node_modules/${tarball.name}`,
        };
    const bins = (0,install/* binNames */.II)(manifest);
    const chosen = (0,install/* chooseBin */.Vs)(bins, tarball.name, options.bin);
    if (!chosen.ok)
        return { ok: false, rule: 'smoke/bin-not-found', message: chosen.message, manifest };
    const binTarget = bins.get(chosen.name);
    if ((await server.pathKind(external_node_path_default().join(packageDir, binTarget))) !== 'file') {
        const from = tarball.source && {
            ...tarball.source,
            binInFolder: (await server.pathKind(external_node_path_default().join(tarball.source.dir, binTarget))) === 'file',
        };
        return { ok: false, rule: 'smoke/bin-not-found', ...missingBinFile(chosen.name, binTarget, from), manifest };
    }
    const launcher = server.binLauncher(installDir, tarball.name, chosen.name, binTarget);
    return { ok: true, server: { manifest, binName: chosen.name, ...launcher, cwd: installDir, tarball: tarball.file } };
}
async function obtainTarball(target, options, workDir, who, context) {
    const server = context.adapters.mcpServer;
    if (target.kind === 'tarball') {
        const inspected = await context.log.step(`smoke ${who}: read the tarball`, () => server.inspectTarball(target.file));
        const fail = (message) => ({ ok: false, rule: 'smoke/install-failed', message });
        if (inspected.unsafe.length)
            return fail(`the tarball ${target.file} has entries npm never packs, not installed: ${inspected.unsafe.join('; ')}`);
        const name = inspected.manifest?.name;
        return typeof name === 'string'
            ? { ok: true, file: target.file, name, internal: [] }
            : fail(`cannot read package.json in the tarball ${target.file}`);
    }
    if (target.kind === 'dir')
        return packFolder(target.dir, options, workDir, who, context);
    const packed = await context.log.step(`smoke ${who}: fetch from ${options.registry ?? 'the registry'}`, () => server.npm((0,install/* packArgs */["do"])(target, workDir, options.registry), workDir));
    const tarball = packed.ok ? (0,install/* packedTarball */.ft)(packed.output) : undefined;
    if (!tarball)
        return (0,install/* packFailure */.qr)(target, options.registry, packed.output);
    return { ok: true, file: external_node_path_default().join(workDir, tarball.filename), name: tarball.name, internal: [] };
}
/**
 * A package folder packed as its repository publishes it: with the manager
 * that owns the repository root (npm pack; pnpm pack, yarn pack and bun pm pack
 * rewrite workspace: and catalog: ranges), together with every workspace
 * package it needs at run time (dependencies, optionalDependencies and
 * peerDependencies, transitively). In a pull request those are often at a
 * version the registry does not have yet: installed from their tarballs in
 * the same npm install, they never come from the registry. Every tarball is
 * checked before anything is installed: a local protocol left in a packed
 * package.json fails a user's install (EUNSUPPORTEDPROTOCOL), and a needed
 * workspace package that was not built leaves the server nothing to import.
 */
async function packFolder(dir, options, workDir, who, context) {
    const owner = await (0,commands_package_manager/* managerRootOf */.D3)(dir, context);
    const manager = owner.detected.name;
    const how = manager === 'npm' ? '' : ` (${manager === 'bun' ? 'bun pm' : manager} pack)`;
    const source = (await context.adapters.mcpServer.readJsonObject(external_node_path_default().join(dir, 'package.json'))) ?? {};
    const members = (await (0,commands_packages/* workspaceMembers */.F6)(owner.root, context)) ?? [];
    const needed = (0,install/* internalDependencies */.h4)(source, members);
    const unpublished = needed.filter((m) => m.manifest.private === true);
    if (unpublished.length)
        return {
            ok: false,
            rule: 'smoke/install-failed',
            message: `${who} needs ${unpublished.map((m) => `${m.name} (${m.relDir})`).join(', ')} at run time, but ${unpublished.length === 1 ? 'that workspace package is' : 'those workspace packages are'} "private": true and never published: a user's install cannot get ${unpublished.length === 1 ? 'it' : 'them'}`,
            fix: 'Publish the workspace package (remove "private": true), bundle it into the server (bundleDependencies or the build), or move it to devDependencies when only the build needs it.',
        };
    const own = await context.log.step(`smoke ${who}: pack the folder${how}`, () => packOne(dir, owner, options, workDir, context));
    if (!own.ok)
        return own;
    const internal = [];
    for (const member of needed) {
        const packed = await context.log.step(`smoke ${who}: pack ${member.name} (${member.relDir}), a workspace package it needs${how}`, () => packOne(member.dir, owner, options, workDir, context));
        if (!packed.ok)
            return packed;
        const scripts = member.manifest.scripts;
        internal.push({ ...packed, relDir: member.relDir, buildScript: typeof scripts?.build === 'string' });
    }
    const problems = [];
    const ownScripts = source.scripts;
    const checked = [
        { ...own, label: '', buildScript: typeof ownScripts?.build === 'string', server: true },
        ...internal.map((t) => ({ ...t, label: `${t.name} (${t.relDir}), a workspace package it needs: `, server: false })),
    ];
    for (const t of checked) {
        const contents = await context.adapters.tarball.tarballContents(t.file);
        const manifest = contents.manifest ?? {};
        const files = contents.files.map((f) => f.path);
        // The server's own missing build output is bin-not-found's business, after the install.
        for (const f of (0,packed_check/* packedFindings */.tH)(manifest, files, { name: manager, buildScript: t.buildScript }))
            if (f.rule === 'pack/unresolved-protocol' || !t.server)
                problems.push({ rule: f.rule, message: `${t.label}${f.message}`, ...(f.fix ? { fix: f.fix } : {}) });
    }
    const [first, ...more] = problems;
    if (first)
        return { ok: false, ...first, ...(more.length ? { more } : {}) };
    const script = (0,build_output/* buildScript */.AJ)(source);
    return {
        ok: true,
        file: own.file,
        name: own.name,
        internal: internal.map(({ file, name }) => ({ file, name })),
        source: { dir, manager, ...(script ? { buildScript: script } : {}) },
    };
}
/** One folder through the manager's own pack (npm: `npm pack --json --ignore-scripts`, as always). */
async function packOne(dir, owner, options, workDir, context) {
    const server = context.adapters.mcpServer;
    const target = { kind: 'dir', dir };
    if (owner.detected.name === 'npm') {
        // npm pack's bytes without npm's start-up, for a plain folder (src/adapters/npm-pack-in-process.ts).
        const inProcess = await server.packInProcess?.(dir, workDir);
        if (inProcess)
            return { ok: true, file: external_node_path_default().join(workDir, inProcess.filename), name: inProcess.name };
        const packed = await server.npm((0,install/* packArgs */["do"])(target, workDir, options.registry), dir);
        const tarball = packed.ok ? (0,install/* packedTarball */.ft)(packed.output) : undefined;
        if (!tarball)
            return (0,install/* packFailure */.qr)(target, options.registry, packed.output);
        return { ok: true, file: external_node_path_default().join(workDir, tarball.filename), name: tarball.name };
    }
    const scripts = ((await server.readJsonObject(external_node_path_default().join(dir, 'package.json')))?.scripts ?? {});
    const hooks = ['prepack', 'postpack'].filter((h) => typeof scripts[h] === 'string');
    // https://yarnpkg.com/advanced/lifecycle-scripts: called at the beginning and the end of each yarn pack.
    if (owner.detected.name === 'yarn' && hooks.length)
        context.log.info(`yarn pack runs the ${hooks.join(' and ')} script of ${external_node_path_default().relative(context.cwd, dir) || '.'} (yarn has no switch to skip them)`);
    const packed = await context.adapters.packageManagers.for(owner.detected).pack(dir, workDir);
    const label = `${owner.detected.name === 'bun' ? 'bun pm' : owner.detected.name} pack of ${dir}`;
    if (!packed.ok)
        return { ok: false, rule: 'smoke/install-failed', message: `${label} failed: ${packed.error}` };
    const name = (await server.inspectTarball(packed.tarball)).manifest?.name;
    return typeof name === 'string'
        ? { ok: true, file: packed.tarball, name }
        : {
            ok: false,
            rule: 'smoke/install-failed',
            message: `${label} wrote ${packed.tarball} without a readable package.json`,
        };
}
/** The smoke command's work, shared with promote (which smoke-tests from the registry before it moves latest). */
async function smokeReport(input, context) {
    const started = performance.now();
    const parsedEnv = (0,environment/* parseEnvPairs */.W)(input.env ?? []);
    if (parsedEnv.bad !== undefined)
        throw new errors/* UsageError */.eb(`smoke: --env: "${parsedEnv.bad}" is not KEY=VALUE (KEY: letters, digits and _, not starting with a digit)`);
    const targets = await resolveTargets(input, context);
    const packages = [];
    const timings = { install: 0, sessions: 0, total: 0 };
    for (const t of targets.items) {
        const failOn = input['fail-on'] ?? t.settings.failOn;
        const wait = await waitForSpec(t.target, input['registry-wait'] ?? 0, input.registry ?? targets.registry, context);
        if (wait?.note)
            targets.notes.push(wait.note);
        if (wait?.problem) {
            const findings = (0,rules/* rateAll */.US)([{ rule: 'registry/not-yet-served', message: wait.problem }], t.settings.rules, {
                package: t.label,
            });
            packages.push({ name: t.label, dir: t.label, ok: (0,model/* isOk */.HQ)(findings, failOn), findings });
            continue;
        }
        const result = await runSmoke(t.target, smokeOptionsFor(t, input, parsedEnv.env, targets.registry), context);
        // Smoke findings concern the whole package: in a folder, they point at its package.json.
        const findings = (0,rules/* rateAll */.US)(result.findings.map((f) => (t.relDir !== undefined ? { ...f, file: 'package.json' } : f)), t.settings.rules, { prefix: t.relDir ?? '.', package: result.packageName ?? t.label });
        packages.push({
            name: result.packageName ?? t.label,
            dir: t.relDir ?? t.label,
            ...(result.packageVersion ? { version: result.packageVersion } : {}),
            ok: (0,model/* isOk */.HQ)(findings, failOn),
            findings,
            tables: result.tables,
        });
        if (targets.items.length === 1)
            Object.assign(targets.outputs, result.outputs);
        const isolationNote = `isolation: ${result.isolation}`;
        if (!targets.notes.includes(isolationNote))
            targets.notes.push(isolationNote);
        for (const [phase, ms] of Object.entries(result.timings))
            timings[phase] = (timings[phase] ?? 0) + ms;
    }
    timings.total = Math.round(performance.now() - started);
    return (0,commands_packages/* aggregateReport */.yf)('smoke', packages, timings, targets.notes, targets.outputs);
}
/** Before installing name@version from the registry, wait until it is served: a note when it took a while, the problem when it never was. */
async function waitForSpec(target, waitSeconds, registry, context) {
    const spec = exactSpec(target);
    if (!spec || waitSeconds <= 0)
        return undefined;
    const where = { registry: registry ?? option_catalog/* NPM_REGISTRY_URL */.uX, ...spec };
    const result = await context.log.step(`smoke ${spec.name}@${spec.version}: wait until ${where.registry} serves it`, () => context.adapters.npmRegistry.waitForVersion({
        ...where,
        timeoutSeconds: waitSeconds,
        progress: (line) => context.log.info(line),
    }));
    if (!result.served)
        return { problem: (0,registry_wait/* notYetServedMessage */.iQ)(where, result) };
    return result.attempts > 1 ? { note: (0,registry_wait/* waitedNote */.$X)(where, result) } : undefined;
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

/***/ 46630:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $X: () => (/* binding */ waitedNote),
/* harmony export */   PF: () => (/* binding */ waitForVersion),
/* harmony export */   iQ: () => (/* binding */ notYetServedMessage)
/* harmony export */ });
/* unused harmony exports DEFAULT_INITIAL_DELAY_MS, DEFAULT_MAX_DELAY_MS, versionUrl, backoffDelay */
/**
 * Waiting until the npm registry serves a version that was just published.
 *
 * A new version can take minutes to be served everywhere after `npm publish`
 * answers (the registry's CDN caches packuments; npm/cli#4513): an install of
 * `name@version` right after the publish fails with ETARGET, and the MCP
 * Registry refuses an entry until `GET /<name>/<version>` answers. So the steps
 * that read the version back poll that same URL first, with a bounded wait.
 *
 * The clock, the sleep and the HTTP GET are given (the registry adapter gives
 * the real ones): the schedule is pure and unit tests run it on a fake clock.
 */
const DEFAULT_INITIAL_DELAY_MS = 2000;
const DEFAULT_MAX_DELAY_MS = 30_000;
/**
 * `GET <registry>/<name>/<version>`, the name escaped as npm escapes it: a
 * scoped name keeps its `@` and its `/` becomes `%2f` (npm-package-arg's
 * `escapedName`), so `@scope/name` is one path segment.
 */
function versionUrl(registry, name, version) {
    const escaped = name.startsWith('@')
        ? `@${encodeURIComponent(name.slice(1)).replace(/%2F/g, '%2f')}`
        : encodeURIComponent(name);
    return `${registry.replace(/\/+$/, '')}/${escaped}/${encodeURIComponent(version)}`;
}
/** The pause before look number `attempt + 1`: initial * 2^(attempt-1), capped. Pure. */
function backoffDelay(attempt, initialDelayMs = DEFAULT_INITIAL_DELAY_MS, maxDelayMs = DEFAULT_MAX_DELAY_MS) {
    return Math.min(maxDelayMs, initialDelayMs * 2 ** Math.max(0, attempt - 1));
}
const seconds = (ms) => Math.round(ms / 1000);
/** Poll until the registry serves name@version or the deadline passes. Never throws for a registry answer. */
async function waitForVersion(options) {
    const { clock, probe } = options;
    const url = versionUrl(options.registry, options.name, options.version);
    const budgetMs = Math.max(0, options.timeoutSeconds) * 1000;
    const label = `${options.name}@${options.version}`;
    const started = clock.now();
    for (let attempt = 1;; attempt += 1) {
        const answer = await probe(url);
        const waitedMs = clock.now() - started;
        if (answer.served) {
            if (attempt > 1)
                options.progress?.(`${label} is served by ${options.registry} after ${seconds(waitedMs)} s (attempt ${attempt})`);
            return { served: true, attempts: attempt, waitedMs };
        }
        const remaining = budgetMs - waitedMs;
        if (remaining <= 0)
            return { served: false, attempts: attempt, waitedMs, lastReason: answer.reason };
        options.progress?.(`waiting for ${label} on ${options.registry} (attempt ${attempt}, ${seconds(waitedMs)} s of ${seconds(budgetMs)} s): ${answer.reason}`);
        await clock.sleep(Math.min(remaining, backoffDelay(attempt, options.initialDelayMs, options.maxDelayMs)));
    }
}
/** Said in the report when the version was served only after a wait. */
function waitedNote(options, result) {
    return `waited ${seconds(result.waitedMs)} s (${result.attempts} attempts) for ${options.name}@${options.version} to be served by ${options.registry}`;
}
/** The finding text for a wait that ran out: how long, and that a later re-run finishes the release. */
function notYetServedMessage(options, result) {
    return `${options.name}@${options.version} is not served by ${options.registry} yet: waited ${seconds(result.waitedMs)} s over ${result.attempts} attempt(s) (last answer: ${result.lastReason ?? 'none'}). A new version can take minutes to show after a publish (npm/cli#4513); nothing was changed after the wait, so re-running this job later finishes the release`;
}


/***/ }),

/***/ 41540:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ serverEnvironment),
/* harmony export */   W: () => (/* binding */ parseEnvPairs)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);

/**
 * The environment a server gets in the smoke test: enough to run (PATH, locale,
 * time zone, CA certificates), a home and temp folder of its own (so it cannot
 * read or write the user's), never the CI's secrets (NODE_AUTH_TOKEN,
 * GITHUB_TOKEN, ...): the package under test and its dependencies are untrusted
 * code. Configured values (smoke.env, --env) win.
 */
const PASSED_THROUGH = ['PATH', 'LANG', 'LC_ALL', 'TZ', 'SystemRoot', 'ComSpec', 'PATHEXT', 'NODE_EXTRA_CA_CERTS'];
function serverEnvironment(parent, configured, folders) {
    const env = {};
    for (const key of PASSED_THROUGH)
        if (parent[key] !== undefined)
            env[key] = parent[key];
    const own = {
        HOME: folders.home,
        USERPROFILE: folders.home,
        APPDATA: folders.home,
        LOCALAPPDATA: folders.home,
        XDG_CONFIG_HOME: node_path__WEBPACK_IMPORTED_MODULE_0___default().join(folders.home, '.config'),
        XDG_CACHE_HOME: node_path__WEBPACK_IMPORTED_MODULE_0___default().join(folders.home, '.cache'),
        XDG_DATA_HOME: node_path__WEBPACK_IMPORTED_MODULE_0___default().join(folders.home, '.local', 'share'),
        TMPDIR: folders.tmp,
        TMP: folders.tmp,
        TEMP: folders.tmp,
    };
    return { ...env, ...own, ...configured };
}
/** `KEY=VALUE` strings (from --env / the `env` input) to a record; undefined entry = the bad one. */
function parseEnvPairs(pairs) {
    const env = {};
    for (const pair of pairs) {
        const match = /^([A-Za-z_][A-Za-z0-9_]*)=(.*)$/s.exec(pair);
        if (!match)
            return { env, bad: pair };
        env[match[1]] = match[2];
    }
    return { env };
}


/***/ }),

/***/ 49886:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   II: () => (/* binding */ binNames),
/* harmony export */   Vs: () => (/* binding */ chooseBin),
/* harmony export */   YU: () => (/* binding */ installFailure),
/* harmony export */   "do": () => (/* binding */ packArgs),
/* harmony export */   ft: () => (/* binding */ packedTarball),
/* harmony export */   h4: () => (/* binding */ internalDependencies),
/* harmony export */   kJ: () => (/* binding */ REBUILD_ARGS),
/* harmony export */   qr: () => (/* binding */ packFailure),
/* harmony export */   sw: () => (/* binding */ installScriptsFailure),
/* harmony export */   vd: () => (/* binding */ installArgs),
/* harmony export */   zk: () => (/* binding */ INSTALL_FOLDER_MANIFEST)
/* harmony export */ });
/* unused harmony export runtimeDependencyNames */
/** The package.json of the empty folder the tarball is installed into. */
const INSTALL_FOLDER_MANIFEST = { name: 'mcp-release-smoke-install', version: '0.0.0', private: true };
/** `npm pack` of a folder or a registry spec into the work folder, without lifecycle scripts. */
function packArgs(target, workDir, registry) {
    const spec = target.kind === 'dir' ? target.dir : target.spec;
    const args = ['pack', spec, '--json', '--ignore-scripts', '--pack-destination', workDir];
    if (target.kind === 'spec' && registry)
        args.push('--registry', registry);
    return args;
}
/**
 * Production dependencies only, no lockfile, and no scripts: when allowed, they run after, in the sandbox.
 * `alongside`: tarballs of workspace packages the server needs, installed in the same run so npm
 * takes them from there and never asks the registry for them.
 */
function installArgs(tarball, registry, alongside = []) {
    const args = [
        'install',
        tarball,
        ...alongside,
        '--omit=dev',
        '--no-audit',
        '--no-fund',
        '--no-package-lock',
        '--loglevel=error',
        '--ignore-scripts',
    ];
    if (registry)
        args.push('--registry', registry);
    return args;
}
/** Dependency fields a user's install follows (devDependencies never reach it). */
const RUNTIME_FIELDS = ['dependencies', 'optionalDependencies', 'peerDependencies'];
/** The names a package needs at run time, less those it bundles (they ride inside its tarball). */
function runtimeDependencyNames(manifest) {
    const bundled = manifest.bundleDependencies ?? manifest.bundledDependencies;
    const inside = new Set(Array.isArray(bundled) ? bundled.filter((b) => typeof b === 'string') : []);
    const names = new Set();
    for (const field of RUNTIME_FIELDS) {
        const deps = manifest[field];
        if (!deps || typeof deps !== 'object' || Array.isArray(deps))
            continue;
        for (const name of Object.keys(deps))
            if (bundled !== true && !inside.has(name))
                names.add(name);
    }
    return [...names];
}
/**
 * The workspace packages a package needs at run time, matched by name among
 * the workspace's members, transitively (each once, in the order found; the
 * package itself never).
 */
function internalDependencies(manifest, members) {
    const byName = new Map(members.filter((m) => m.name !== undefined).map((m) => [m.name, m]));
    const self = typeof manifest.name === 'string' ? manifest.name : undefined;
    const found = [];
    const seen = new Set(self ? [self] : []);
    const queue = [manifest];
    for (let next = queue.shift(); next; next = queue.shift())
        for (const name of runtimeDependencyNames(next)) {
            const member = byName.get(name);
            if (!member || seen.has(name))
                continue;
            seen.add(name);
            found.push(member);
            queue.push(member.manifest);
        }
    return found;
}
/** `npm rebuild` runs the preinstall/install/postinstall scripts of what was installed. */
const REBUILD_ARGS = ['rebuild', '--foreground-scripts', '--loglevel=error'];
/** The name and file name `npm pack --json` reports, or undefined when its output says neither. */
function packedTarball(output) {
    let first;
    try {
        first = JSON.parse(output.slice(output.indexOf('[')))[0];
    }
    catch {
        return undefined;
    }
    const name = first?.name;
    const filename = first?.filename;
    return typeof name === 'string' && typeof filename === 'string' ? { name, filename } : undefined;
}
/** Why a folder or a spec could not be packed. */
function packFailure(target, registry, output) {
    const what = target.kind === 'dir' ? `npm pack of ${target.dir}` : `fetching ${target.spec} from ${registry ?? 'the registry'}`;
    return {
        ok: false,
        rule: 'smoke/install-failed',
        message: `${what} failed: ${firstLine(output)}`,
        evidence: tailLines(output),
    };
}
function installFailure(output) {
    return {
        ok: false,
        rule: 'smoke/install-failed',
        message: `npm install of the tarball failed: ${firstLine(output)}`,
        evidence: tailLines(output),
    };
}
function installScriptsFailure(output) {
    return {
        ok: false,
        rule: 'smoke/install-failed',
        message: `the install scripts failed (npm rebuild in the smoke sandbox): ${firstLine(output)}`,
        evidence: tailLines(output),
    };
}
/** bin name -> target, normalised the way npm installs them. */
function binNames(manifest) {
    const bin = manifest.bin;
    const name = typeof manifest.name === 'string' ? manifest.name : '';
    if (typeof bin === 'string')
        return new Map([[name.replace(/^@[^/]+\//, ''), bin]]);
    if (bin && typeof bin === 'object')
        return new Map(Object.entries(bin).filter((e) => typeof e[1] === 'string'));
    return new Map();
}
/** One bin: that one. Several: the requested one, else the one named like the package. */
function chooseBin(bins, packageName, requested) {
    const names = [...bins.keys()];
    if (requested)
        return bins.has(requested)
            ? { ok: true, name: requested }
            : {
                ok: false,
                message: `bin "${requested}" not found; the package has ${names.length ? names.map((n) => `"${n}"`).join(', ') : 'no bin'}`,
            };
    if (names.length === 0)
        return { ok: false, message: 'the package has no bin, so `npx` cannot start it' };
    if (names.length === 1)
        return { ok: true, name: names[0] };
    const unscoped = packageName.replace(/^@[^/]+\//, '');
    if (bins.has(unscoped))
        return { ok: true, name: unscoped };
    return {
        ok: false,
        message: `the package has several bins (${names.join(', ')}) and none is named "${unscoped}"; choose one with --bin or smoke.bin`,
    };
}
function firstLine(text) {
    return (text
        .split('\n')
        .map((l) => l.trim())
        .find((l) => l && !/^npm (warn|WARN)/.test(l)) ?? 'no output').slice(0, 300);
}
function tailLines(text, lines = 12) {
    return text
        .split('\n')
        .filter((l) => !/^npm warn Unknown user config/.test(l))
        .slice(-lines)
        .join('\n');
}


/***/ }),

/***/ 10681:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   e: () => (/* binding */ SANDBOX_INIT_MARKER),
/* harmony export */   j: () => (/* binding */ SANDBOX_INIT_SOURCE)
/* harmony export */ });
/**
 * The first process of a smoke sandbox, run as `node -e SANDBOX_INIT_SOURCE
 * mcp-release-smoke-init CONFIG`. It is plain CommonJS kept in a string so
 * that it runs with no file on disk and nothing of the kit's bundle loaded.
 *
 * In a PID namespace it is PID 1: it hides folders the server must not read
 * (tmpfs mounts, while it still has the capability to mount), starts the
 * server through `setpriv` (no new privileges, no capabilities, optionally
 * another user), forwards SIGTERM/SIGINT/SIGHUP to it, and when the server
 * exits, lists every process still alive in the namespace (everything the
 * server started, setsid or not), kills them and writes what it found to the
 * report file. Without a namespace it finds the server's leftovers by a marker
 * in their environment instead. Its own environment is already scrubbed: it
 * is started with the server's environment, never the kit's.
 */
const SANDBOX_INIT_MARKER = 'mcp-release-smoke-init';
const SANDBOX_INIT_SOURCE = String.raw `'use strict';
const { spawn, spawnSync } = require('child_process');
const fs = require('fs');
const cfg = JSON.parse(process.argv[2]);
const report = { hidden: [], strays: [] };
if (cfg.namespace && cfg.mount) {
  for (const dir of cfg.hide) {
    const r = spawnSync(cfg.mount, ['-t', 'tmpfs', '-o', 'mode=0755,size=16m', 'mcp-release-hidden', dir], { stdio: 'ignore' });
    if (r.status === 0) report.hidden.push(dir);
  }
}
const argv = cfg.setpriv.length ? [...cfg.setpriv, '--', cfg.command, ...cfg.args] : [cfg.command, ...cfg.args];
const [name, eq] = [cfg.marker.slice(0, cfg.marker.indexOf('=')), cfg.marker.indexOf('=')];
const env = Object.assign({}, cfg.env, { [name]: cfg.marker.slice(eq + 1) });
let child;
try {
  // setpriv would only say "failed to execute": find out first, as a direct spawn would.
  if (cfg.setpriv.length && cfg.command.includes('/')) fs.accessSync(cfg.command, fs.constants.X_OK);
  child = spawn(argv[0], argv.slice(1), { cwd: cfg.cwd, env, stdio: 'inherit' });
} catch (error) {
  report.spawnError = String(error && error.message);
  finish(127);
}
for (const signal of ['SIGTERM', 'SIGINT', 'SIGHUP']) process.on(signal, () => { try { child.kill(signal); } catch {} });
child.on('error', (error) => { report.spawnError = error.message; finish(127); });
child.on('exit', (code, signal) => finish(code === null ? 128 + (require('os').constants.signals[signal] || 9) : code));
function alive(pid) {
  try { return !/^\d+ \(.*\) Z /s.test(fs.readFileSync('/proc/' + pid + '/stat', 'utf8')); } catch { return false; }
}
function ours(pid) {
  if (cfg.namespace) return true;
  try { return fs.readFileSync('/proc/' + pid + '/environ', 'latin1').split('\0').includes(cfg.marker); } catch { return false; }
}
function commandOf(pid) {
  try { return fs.readFileSync('/proc/' + pid + '/cmdline', 'utf8').split('\0').filter(Boolean).join(' ').slice(0, 200); } catch { return '?'; }
}
let finished = false;
function finish(code) {
  if (finished) return;
  finished = true;
  let pids = [];
  try { pids = fs.readdirSync('/proc').filter((p) => /^\d+$/.test(p)).map(Number); } catch {}
  for (const pid of pids) {
    if (pid === process.pid || !alive(pid) || !ours(pid)) continue;
    report.strays.push({ pid, command: commandOf(pid) });
    try { process.kill(pid, 'SIGKILL'); } catch {}
  }
  try { fs.writeFileSync(cfg.report, JSON.stringify(report)); } catch {}
  process.exit(code);
}
`;


/***/ }),

/***/ 25394:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   PI: () => (/* binding */ launchCommand),
/* harmony export */   hT: () => (/* binding */ describeSandbox),
/* harmony export */   hr: () => (/* binding */ foldersToHide),
/* harmony export */   oQ: () => (/* binding */ NOBODY),
/* harmony export */   uo: () => (/* binding */ unshareFlags),
/* harmony export */   zX: () => (/* binding */ setprivFlags)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _sandbox_init_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(10681);



/** `nobody`: the user a root kit runs servers as. */
const NOBODY = 65534;
/** What the report says about the isolation in force. */
function describeSandbox(sandbox) {
    if (sandbox.kind === 'environment')
        return `environment only (${sandbox.reason}): the server got a scrubbed environment and a temporary HOME, but ran as the same user, who can read other processes' environments from /proc`;
    const how = {
        'user-namespace': 'an unprivileged user namespace',
        sudo: 'sudo',
        root: sandbox.serverUid === undefined ? 'root, the server as root without capabilities' : 'root, the server as nobody',
    }[sandbox.via];
    return `own PID and mount namespace (${how}): the server saw only its own processes, ran with no capabilities and no new privileges, and everything it started was killed with it`;
}
/** The argv that starts the server inside the sandbox (pure). */
function launchCommand(sandbox, request, random = () => (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(12).toString('hex')) {
    const marker = `MCP_RELEASE_SMOKE_SESSION=${random()}`;
    const config = {
        command: request.command,
        args: request.args,
        env: request.env,
        cwd: request.cwd,
        setpriv: setprivFlags(sandbox),
        // Stryker disable next-line ConditionalExpression,LogicalOperator,EqualityOperator: only a namespace sandbox has a mount path; an environment one has none to pass, so every variant gives the same config.
        ...(sandbox.kind === 'namespace' && sandbox.mount ? { mount: sandbox.mount } : {}),
        hide: sandbox.kind === 'namespace' ? request.hide : [],
        namespace: sandbox.kind === 'namespace',
        marker,
        report: request.report,
    };
    const init = [request.nodePath, '-e', _sandbox_init_js__WEBPACK_IMPORTED_MODULE_2__/* .SANDBOX_INIT_SOURCE */ .j, _sandbox_init_js__WEBPACK_IMPORTED_MODULE_2__/* .SANDBOX_INIT_MARKER */ .e, JSON.stringify(config)];
    if (sandbox.kind === 'environment')
        return { command: init[0], args: init.slice(1), env: request.env };
    const unshare = [sandbox.unshare, ...unshareFlags(sandbox.via), '--', ...init];
    const argv = sandbox.via === 'sudo' ? [sandbox.sudo, '-n', ...unshare] : unshare;
    return { command: argv[0], args: argv.slice(1), env: request.env };
}
/** A PID namespace with its own /proc; a user namespace when we are neither root nor sudo. */
function unshareFlags(via) {
    return [...(via === 'user-namespace' ? ['--map-root-user'] : []), '--pid', '--fork', '--mount-proc', '--kill-child'];
}
/** No capabilities, no new privileges (setuid programs such as sudo do not elevate), and another user when we can. */
function setprivFlags(sandbox) {
    if (!sandbox.setpriv)
        return [];
    const drop = ['--nnp', '--inh-caps=-all', '--bounding-set=-all'];
    if (sandbox.kind === 'namespace' && sandbox.serverUid !== undefined) {
        return [
            sandbox.setpriv,
            `--reuid=${sandbox.serverUid}`,
            `--regid=${sandbox.serverGid ?? sandbox.serverUid}`,
            '--clear-groups',
            ...drop,
        ];
    }
    // Without a namespace we are an ordinary user: only --nnp is ours to set.
    return sandbox.kind === 'namespace' ? [sandbox.setpriv, ...drop] : [sandbox.setpriv, '--nnp'];
}
/**
 * Folders hidden from the server: the user's home, the repository the kit runs
 * in, and the runner's workspace and temp folder (credentials persisted by
 * actions/checkout, npmrc files, the runner's file commands). A folder that
 * holds something the server needs (its install folder, node itself) stays.
 */
function foldersToHide(candidates, needed) {
    const inside = (child, parent) => {
        const rel = node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(parent, child);
        // '' (the folder itself) counts as inside.
        return !rel.startsWith('..') && !node_path__WEBPACK_IMPORTED_MODULE_1___default().isAbsolute(rel);
    };
    const out = [];
    for (const candidate of candidates) {
        if (!candidate || !node_path__WEBPACK_IMPORTED_MODULE_1___default().isAbsolute(candidate) || candidate === node_path__WEBPACK_IMPORTED_MODULE_1___default().parse(candidate).root)
            continue;
        const dir = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(candidate);
        if (needed.some((n) => inside(n, dir)) || out.some((o) => inside(dir, o)))
            continue;
        for (let i = out.length - 1; i >= 0; i -= 1)
            if (inside(out[i], dir))
                out.splice(i, 1);
        out.push(dir);
    }
    return out;
}


/***/ }),

/***/ 40144:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ig: () => (/* binding */ parseSurfaceDocument),
/* harmony export */   _5: () => (/* binding */ buildSurface),
/* harmony export */   l5: () => (/* binding */ surfaceText),
/* harmony export */   mf: () => (/* binding */ inliningProblem)
/* harmony export */ });
/* unused harmony exports SURFACE_FORMAT, sortKeys, INLINE_LIMITS, SchemaTooLarge, inlineLocalRefs, normaliseSchema */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);

/**
 * An MCP server's public API as one canonical JSON document: what it says in
 * initialize, and its tools, prompts, resources and resource templates with
 * their schemas. Canonical means two runs of the same server give the same
 * bytes: lists sorted by name, object keys sorted, local `$ref`s inlined,
 * nothing that changes per run (timings, instructions text is kept as is).
 * Pure: built from what a smoke session captured.
 */
const SURFACE_FORMAT = 'mcp-release-kit/surface@1';
/** Keys sorted at every level; arrays keep their order (it can mean something, e.g. `required`... sorted below). */
function sortKeys(value) {
    if (Array.isArray(value))
        return value.map(sortKeys);
    if (value && typeof value === 'object') {
        return Object.fromEntries(Object.keys(value)
            .sort()
            .map((key) => [key, sortKeys(value[key])]));
    }
    return value;
}
/**
 * Inlining is bounded: each `$defs` entry referencing the next one twice doubles
 * the result, so 40 of them (1.5 KB) would expand to 2^40 nodes. Past these
 * limits the schema is kept as written (see `normaliseSchema`).
 */
const INLINE_LIMITS = { nodes: 100_000, depth: 64 };
class SchemaTooLarge extends Error {
}
/** Inline `#/...` references of a schema (not remote ones); a reference to itself stays a `$ref`. Throws SchemaTooLarge past INLINE_LIMITS. */
function inlineLocalRefs(schema, root = schema, seen = [], budget = { nodes: 0 }, depth = 0) {
    budget.nodes += 1;
    if (budget.nodes > INLINE_LIMITS.nodes || depth > INLINE_LIMITS.depth)
        throw new SchemaTooLarge(`expands past ${budget.nodes > INLINE_LIMITS.nodes ? `${INLINE_LIMITS.nodes.toLocaleString('en-US')} nodes` : `${INLINE_LIMITS.depth} levels`}`);
    if (Array.isArray(schema))
        return schema.map((item) => inlineLocalRefs(item, root, seen, budget, depth + 1));
    if (!schema || typeof schema !== 'object')
        return schema;
    const record = schema;
    const ref = record.$ref;
    if (typeof ref === 'string' && ref.startsWith('#')) {
        if (seen.includes(ref))
            return { $ref: ref };
        const target = ref
            .slice(1)
            .split('/')
            .filter(Boolean)
            .map((part) => decodeURIComponent(part).replace(/~1/g, '/').replace(/~0/g, '~'))
            .reduce((at, part) => (at && typeof at === 'object' ? at[part] : undefined), root);
        if (target !== undefined) {
            const { $ref: _ref, ...siblings } = record;
            const resolved = inlineLocalRefs(target, root, [...seen, ref], budget, depth + 1);
            return resolved && typeof resolved === 'object' && !Array.isArray(resolved)
                ? {
                    ...resolved,
                    ...inlineLocalRefs(siblings, root, seen, budget, depth + 1),
                }
                : resolved;
        }
    }
    const out = {};
    for (const [key, value] of Object.entries(record)) {
        // Definitions are inlined where used; keeping them would make a moved definition look like a change.
        if ((key === '$defs' || key === 'definitions') && schema === root)
            continue;
        out[key] = inlineLocalRefs(value, root, seen, budget, depth + 1);
    }
    return out;
}
/** Why a schema cannot be inlined within the limits, or undefined when it can. */
function inliningProblem(schema) {
    if (!schema || typeof schema !== 'object')
        return undefined;
    try {
        inlineLocalRefs(schema, schema);
        return undefined;
    }
    catch (error) {
        if (error instanceof SchemaTooLarge)
            return error.message;
        throw error;
    }
}
/** `required` and `enum` are sets: their order is not part of the API. */
function normaliseSets(value) {
    if (Array.isArray(value))
        return value.map(normaliseSets);
    if (!value || typeof value !== 'object')
        return value;
    const out = {};
    for (const [key, item] of Object.entries(value)) {
        if ((key === 'required' || key === 'enum') && Array.isArray(item))
            out[key] = [...item].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
        else
            out[key] = normaliseSets(item);
    }
    return out;
}
function normaliseSchema(schema) {
    if (!schema || typeof schema !== 'object')
        return schema;
    const { $schema: _dialect, ...rest } = schema;
    try {
        return sortKeys(normaliseSets(inlineLocalRefs(rest, rest)));
    }
    catch (error) {
        // Too large to inline: compared as written (still canonical: sorted keys and sets).
        if (error instanceof SchemaTooLarge)
            return sortKeys(normaliseSets(rest));
        throw error;
    }
}
const byKey = (key) => (a, b) => String(a[key] ?? '').localeCompare(String(b[key] ?? ''));
function pick(item, keys) {
    return Object.fromEntries(keys.filter((key) => item[key] !== undefined).map((key) => [key, item[key]]));
}
function buildSurface(session) {
    const init = session.initialize ?? {};
    const serverInfo = (init.serverInfo ?? {});
    const list = (key) => session.lists[key]?.items ?? [];
    const tools = list('tools')
        .map((tool) => ({
        ...pick(tool, ['name', 'title', 'description', 'annotations']),
        inputSchema: normaliseSchema(tool.inputSchema ?? { type: 'object' }),
        ...(tool.outputSchema ? { outputSchema: normaliseSchema(tool.outputSchema) } : {}),
    }))
        .sort(byKey('name'));
    const prompts = list('prompts')
        .map((prompt) => ({
        ...pick(prompt, ['name', 'title', 'description']),
        arguments: (prompt.arguments ?? [])
            .map((a) => pick(a, ['name', 'title', 'description', 'required']))
            .sort(byKey('name')),
    }))
        .sort(byKey('name'));
    return sortKeys({
        format: SURFACE_FORMAT,
        server: pick(serverInfo, ['name', 'version']),
        ...(typeof init.protocolVersion === 'string' ? { protocolVersion: init.protocolVersion } : {}),
        capabilities: init.capabilities ?? {},
        tools,
        prompts,
        resources: list('resources')
            .map((r) => pick(r, ['uri', 'name', 'title', 'description', 'mimeType']))
            .sort(byKey('uri')),
        resourceTemplates: list('resourceTemplates')
            .map((r) => pick(r, ['uriTemplate', 'name', 'title', 'description', 'mimeType']))
            .sort(byKey('uriTemplate')),
    });
}
function surfaceText(surface) {
    return `${JSON.stringify(surface, null, 2)}\n`;
}
/** A surface.json written earlier (by `mcp-release surface`), checked to be one; `target` and `command` name it in errors. */
function parseSurfaceDocument(text, target, command) {
    let surface;
    try {
        surface = JSON.parse(text);
    }
    catch {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`${command}: ${target} is not JSON (a surface.json from \`mcp-release surface\` is expected)`);
    }
    if (surface?.format !== SURFACE_FORMAT)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`${command}: ${target} is not a surface document (format "${String(surface?.format)}", expected "${SURFACE_FORMAT}")`);
    const missing = ['tools', 'prompts', 'resources', 'resourceTemplates'].filter((key) => !Array.isArray(surface[key]));
    if (missing.length || !surface.capabilities || typeof surface.capabilities !== 'object')
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`${command}: ${target} is not a complete surface document (${missing.length ? `${missing.join(', ')} must be lists` : 'capabilities must be an object'}); write it with \`mcp-release surface\``);
    return surface;
}


/***/ })

};

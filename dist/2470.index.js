export const id = 2470;
export const ids = [2470];
export const modules = {

/***/ 43609:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  B: () => (/* binding */ loadCategories),
  L: () => (/* binding */ openReleaseTarget)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(92174);
// EXTERNAL MODULE: ../main/node_modules/yaml/dist/index.js
var dist = __webpack_require__(43439);
// EXTERNAL MODULE: ./src/release/changelog.ts
var changelog = __webpack_require__(73169);
;// CONCATENATED MODULE: ./src/release/release-categories.ts



/** Where GitHub looks, in its order (under .github/). */
const RELEASE_YML_NAMES = ['release.yml', 'release.yaml'];
/** The sections from the files' texts (undefined: no such file), in RELEASE_YML_NAMES order. Pure. */
function releaseCategories(files, skipLabel) {
    for (const { name, text } of files) {
        if (text === undefined)
            continue;
        let doc;
        try {
            doc = ((0,dist/* parse */.qg)(text) ?? {});
        }
        catch (error) {
            throw new errors/* ConfigError */.xL(`.github/${name}: not valid YAML (${error.message.split('\n')[0]})`);
        }
        const categories = doc.changelog?.categories ?? [];
        if (!Array.isArray(categories) ||
            categories.some((c) => typeof c?.title !== 'string' || !Array.isArray(c.labels))) {
            throw new errors/* ConfigError */.xL(`.github/${name}: changelog.categories must be a list of {title, labels} (GitHub's release.yml format)`);
        }
        if (categories.length === 0)
            continue;
        return {
            source: `.github/${name}`,
            categories: {
                categories: categories.map((c) => ({
                    title: c.title,
                    labels: c.labels,
                    excludeLabels: c.exclude?.labels ?? [],
                })),
                excludeLabels: [...(doc.changelog?.exclude?.labels ?? []), skipLabel],
                excludeAuthors: doc.changelog?.exclude?.authors ?? [],
            },
        };
    }
    return {
        source: 'Keep a Changelog defaults',
        categories: { ...changelog/* DEFAULT_CATEGORIES */.Bl, excludeLabels: [...changelog/* DEFAULT_CATEGORIES */.Bl.excludeLabels, skipLabel] },
    };
}

// EXTERNAL MODULE: ./src/release/release-target.ts
var release_target = __webpack_require__(16966);
// EXTERNAL MODULE: ./src/commands/packages.ts + 1 modules
var commands_packages = __webpack_require__(63633);
;// CONCATENATED MODULE: ./src/commands/release-target.ts





/**
 * What every release command reads about its package and repository, through the adapters.
 */
/** The package a release command works on: its package.json, its repository and the config (release/release-target). */
async function openReleaseTarget(context, directory, configFlag, command) {
    const { configFile, fs, git } = context.adapters;
    const given = external_node_path_default().resolve(context.cwd, directory);
    const dir = await onePackageOf(context, given, directory, configFlag, command);
    const shown = external_node_path_default().relative(context.cwd, dir) || '.';
    const manifest = await fs
        .readFile(external_node_path_default().join(dir, 'package.json'), 'utf8')
        .then((text) => JSON.parse(text))
        .catch(() => undefined);
    if (!manifest || typeof manifest !== 'object' || Array.isArray(manifest))
        throw new errors/* UsageError */.eb(`${command}: ${external_node_path_default().join(shown, 'package.json')} is missing or not a JSON object`);
    const { name, version } = manifest;
    if (typeof name !== 'string' || typeof version !== 'string')
        throw new errors/* UsageError */.eb(`${command}: ${external_node_path_default().join(shown, 'package.json')} needs "name" and "version"`);
    const repoRoot = (await git.repositoryRoot(dir)) ?? dir;
    const { config } = await configFile.load(repoRoot, configFlag ? external_node_path_default().resolve(context.cwd, configFlag) : undefined);
    return (0,release_target/* releaseTargetOf */.mh)({ dir, name, version, repoRoot, config });
}
/**
 * A release command acts on one package. Given a repository root that holds
 * several (a workspace definition or the config's `packages:`), the user must
 * name one: a usage error lists the folders. A root holding exactly one works
 * on it. A folder below the repository root is the package itself.
 */
async function onePackageOf(context, dir, directory, configFlag, command) {
    const info = await context.adapters.fs.stat(dir).catch(() => undefined);
    if (!info?.isDirectory())
        return dir;
    const repoRoot = await context.adapters.git.repositoryRoot(dir);
    const real = (p) => context.adapters.fs.realpath(p).catch(() => p);
    if (repoRoot && (await real(repoRoot)) !== (await real(dir)))
        return dir;
    const { discovery, source } = await (0,commands_packages/* openWorkspace */.OH)(directory, configFlag, context);
    if (source === 'root')
        return dir;
    const [only, ...others] = discovery.packages;
    if (only && others.length === 0)
        return only.dir;
    const from = source === 'config' ? "the config's packages:" : 'its workspace definition';
    const folders = discovery.packages.map((p) => external_node_path_default().relative(context.cwd, p.dir) || '.');
    if (!only)
        throw new errors/* UsageError */.eb(`${command}: "${directory}" holds no package to release (${from} finds only private packages: ${discovery.skippedPrivate.join(', ')})`);
    throw new errors/* UsageError */.eb(`${command}: "${directory}" holds ${folders.length} packages (${from}); name one package folder: ${folders.join(', ')}`);
}
/** The CHANGELOG sections: GitHub's .github/release.yml when the repository has one, else Keep a Changelog's. */
async function loadCategories(context, repoRoot, skipLabel) {
    const files = await Promise.all(RELEASE_YML_NAMES.map(async (name) => ({
        name,
        text: await context.adapters.fs.readFile(external_node_path_default().join(repoRoot, '.github', name), 'utf8').catch(() => undefined),
    })));
    return releaseCategories(files, skipLabel);
}


/***/ }),

/***/ 18750:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   dZ: () => (/* binding */ describeGitHubError),
/* harmony export */   fV: () => (/* binding */ githubSkipReason),
/* harmony export */   nY: () => (/* binding */ githubTarget)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(92174);

/** Where and as whom: in Actions from its context; locally from --repo and GITHUB_TOKEN. Undefined when either is missing. */
function githubTarget(repoFlag, settings) {
    const repository = repoFlag ?? settings.github.repository;
    if (repoFlag !== undefined && !/^[\w.-]+\/[\w.-]+$/.test(repoFlag))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`--repo: expected owner/name, got "${repoFlag}"`);
    const token = settings.credentials.githubToken;
    if (!repository || !token)
        return undefined;
    const [owner, repo] = repository.split('/');
    return { owner, repo, token, apiUrl: settings.github.apiUrl };
}
/** Why GitHub steps were skipped, for the report. */
function githubSkipReason(repoFlag, settings) {
    const repository = repoFlag ?? settings.github.repository;
    if (!repository)
        return 'no repository: pass --repo owner/name (GitHub Actions sets it)';
    return 'no token: set GITHUB_TOKEN (in GitHub Actions: env GITHUB_TOKEN: ${{ github.token }})';
}
/**
 * A GitHub error as a user can act on it: which permission is missing, what
 * was not found, which validation failed. Never includes the token.
 */
function describeGitHubError(error, action, permission) {
    const e = error;
    const message = e.response?.data?.message ?? e.message ?? String(error);
    const details = (e.response?.data?.errors ?? [])
        .map((d) => d.message ?? [d.field, d.code].filter(Boolean).join(' '))
        .filter(Boolean)
        .join('; ');
    switch (e.status) {
        case 401:
            return `${action}: GitHub rejected the token (401 ${message}); check GITHUB_TOKEN`;
        case 403:
            if (/rate limit/i.test(message))
                return `${action}: GitHub rate limit (${message}); re-run later`;
            return `${action}: the token may not do this (403 ${message}); the job needs \`permissions: ${permission}\` (and an organisation or ruleset that allows it)`;
        case 404:
            return `${action}: not found (404); the repository or object does not exist, or the token cannot see it (\`permissions: ${permission}\`)`;
        case 422:
            return `${action}: GitHub refused the request (422 ${message}${details ? `: ${details}` : ''})`;
        case 429:
            return `${action}: GitHub rate limit (429); re-run later`;
        default:
            return `${action}: ${e.status ? `HTTP ${e.status} ` : ''}${message}`;
    }
}


/***/ }),

/***/ 73169:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bl: () => (/* binding */ DEFAULT_CATEGORIES),
/* harmony export */   DO: () => (/* binding */ includedEntries),
/* harmony export */   IE: () => (/* binding */ renderNotes),
/* harmony export */   Xl: () => (/* binding */ extractSection),
/* harmony export */   YN: () => (/* binding */ renderSection),
/* harmony export */   hb: () => (/* binding */ insertSection)
/* harmony export */ });
/* unused harmony export CHANGELOG_HEADER */
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73880);
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(semver__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _util_markdown_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(93985);


/** Keep a Changelog's own sections, in its order; unknown changes are "Changed". */
const DEFAULT_CATEGORIES = {
    categories: [
        { title: 'Added', labels: ['enhancement', 'feature', 'feat'], types: ['feat'] },
        { title: 'Changed', labels: ['*'] },
        { title: 'Deprecated', labels: ['deprecated', 'deprecation'] },
        { title: 'Removed', labels: ['removed', 'removal'] },
        { title: 'Fixed', labels: ['bug', 'fix', 'bugfix'], types: ['fix', 'perf'] },
        { title: 'Security', labels: ['security'] },
    ],
    excludeLabels: ['release:skip', 'skip-changelog', 'ignore-for-release'],
    excludeAuthors: [],
};
/** Commit types that are housekeeping, not changes a user of the package sees. */
const HOUSEKEEPING_TYPES = new Set(['chore', 'ci', 'test', 'tests', 'style', 'build']);
function categoryOf(entry, config) {
    const labels = entry.labels.map((l) => l.toLowerCase());
    // Explicit labels and types first; the wildcard category only takes what nothing else claimed.
    for (const category of config.categories) {
        if (category.excludeLabels?.some((l) => labels.includes(l.toLowerCase())))
            continue;
        if (category.labels.some((l) => l !== '*' && labels.includes(l.toLowerCase())))
            return category.title;
        if (entry.type && category.types?.includes(entry.type))
            return category.title;
    }
    return config.categories.find((c) => c.labels.includes('*') && !c.excludeLabels?.some((l) => labels.includes(l.toLowerCase())))?.title;
}
function entryLine(entry, repositoryUrl) {
    const ref = entry.pr
        ? repositoryUrl
            ? ` ([#${entry.pr}](${repositoryUrl}/pull/${entry.pr}))`
            : ` (#${entry.pr})`
        : entry.sha
            ? ` (${entry.sha})`
            : '';
    const author = entry.author && /^[A-Za-z0-9-]+(\[bot\])?$/.test(entry.author) ? ` by @${entry.author}` : '';
    return `- ${entry.breaking ? '**Breaking:** ' : ''}${(0,_util_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdownInline */ .E4)(entry.title)}${ref}${author}`;
}
function includedEntries(entries, config) {
    const excluded = config.excludeLabels.map((l) => l.toLowerCase());
    return entries.filter((e) => !e.labels.some((l) => excluded.includes(l.toLowerCase())) &&
        !(e.author && config.excludeAuthors.includes(e.author)) &&
        !(e.type && HOUSEKEEPING_TYPES.has(e.type) && !e.breaking));
}
/** The section body (without its `## [version]` heading): also the GitHub release notes. */
function renderNotes(input) {
    const groups = new Map();
    for (const entry of includedEntries(input.entries, input.categories)) {
        const title = categoryOf(entry, input.categories);
        if (!title)
            continue;
        groups.set(title, [...(groups.get(title) ?? []), entryLine(entry, input.repositoryUrl)]);
    }
    const blocks = [];
    for (const category of input.categories.categories) {
        const lines = groups.get(category.title);
        if (lines?.length)
            blocks.push(`### ${category.title}\n\n${lines.join('\n')}`);
    }
    for (const section of input.extra ?? [])
        if (section.lines.length)
            blocks.push(`### ${section.title}\n\n${section.lines.join('\n')}`);
    return blocks.length ? `${blocks.join('\n\n')}\n` : '_No user-facing changes._\n';
}
function renderSection(input) {
    return `## [${input.version}] - ${input.date}\n\n${renderNotes(input)}`;
}
const CHANGELOG_HEADER = `# Changelog

All notable changes to this project are documented in this file.

The format is based on [Keep a Changelog](https://keepachangelog.com/en/1.1.0/),
and this project adheres to [Semantic Versioning](https://semver.org/spec/v2.0.0.html).
`;
const HEADING = /^## \[?([^\]\s]+)\]?/;
const LINK_DEFINITION = /^\[[^\]]+\]:\s+\S+/;
/** Version sections of a changelog, as line ranges (a section ends at the next `## ` or the link definitions). */
function versionBlocks(lines) {
    const starts = [];
    lines.forEach((line, i) => {
        const match = HEADING.exec(line);
        if (match)
            starts.push({ line: i, version: match[1] });
    });
    let tail = lines.length;
    while (tail > 0 && (LINK_DEFINITION.test(lines[tail - 1]) || lines[tail - 1].trim() === ''))
        tail -= 1;
    return starts.map((s, i) => ({
        start: s.line,
        end: starts[i + 1]?.line ?? Math.max(tail, s.line + 1),
        version: s.version,
    }));
}
function insertSection(existing, version, section) {
    const text = existing?.trim() ? existing.replace(/\r\n/g, '\n') : CHANGELOG_HEADER;
    const lines = text.split('\n');
    const blocks = versionBlocks(lines);
    const sectionLines = section.trimEnd().split('\n').concat('');
    const same = blocks.find((b) => b.version === version || b.version === `v${version}`);
    if (same) {
        lines.splice(same.start, same.end - same.start, ...sectionLines);
        return finish(lines);
    }
    const older = blocks.find((b) => semver__WEBPACK_IMPORTED_MODULE_0___default().valid(b.version.replace(/^v/, '')) && semver__WEBPACK_IMPORTED_MODULE_0___default().lt(b.version.replace(/^v/, ''), version));
    if (older) {
        lines.splice(older.start, 0, ...sectionLines);
        return finish(lines);
    }
    // No older version: after the last section (e.g. Unreleased, or newer hand-written ones), before link definitions.
    const last = blocks.at(-1);
    let at = last ? last.end : lines.length;
    if (!last)
        while (at > 0 && (LINK_DEFINITION.test(lines[at - 1]) || lines[at - 1].trim() === ''))
            at -= 1;
    const before = at > 0 && lines[at - 1].trim() !== '' ? [''] : [];
    lines.splice(at, 0, ...before, ...sectionLines);
    return finish(lines);
}
/** The body of one version's section, for `--notes-only` on an already written changelog. */
function extractSection(text, version) {
    const lines = text.replace(/\r\n/g, '\n').split('\n');
    const block = versionBlocks(lines).find((b) => b.version === version || b.version === `v${version}`);
    return block
        ? `${lines
            .slice(block.start + 1, block.end)
            .join('\n')
            .trim()}\n`
        : undefined;
}
function finish(lines) {
    return `${lines
        .join('\n')
        .replace(/\n{3,}/g, '\n\n')
        .trimEnd()}\n`;
}


/***/ }),

/***/ 16966:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ec: () => (/* binding */ withSlash),
/* harmony export */   Wo: () => (/* binding */ gitTagFor),
/* harmony export */   mh: () => (/* binding */ releaseTargetOf)
/* harmony export */ });
/* unused harmony exports DEFAULT_REGISTRY, tagFormatOf, gitTagGlob */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _bump_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(36599);
/* harmony import */ var _tag_styles_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(89170);



const DEFAULT_REGISTRY = 'https://registry.npmjs.org/';
/** The target from what the command read: the package.json, the repository root and the config. Pure. */
function releaseTargetOf(options) {
    const { dir, name, version, repoRoot, config } = options;
    const relativeDir = node_path__WEBPACK_IMPORTED_MODULE_0___default().relative(repoRoot, dir);
    return {
        dir,
        name,
        version,
        repoRoot,
        relativeDir,
        monorepo: relativeDir !== '',
        config,
        labels: { ..._bump_js__WEBPACK_IMPORTED_MODULE_1__/* .DEFAULT_LABELS */ .Ge, ...(config.labels ?? {}) },
        preid: config.prerelease?.id ?? 'beta',
        stagingTag: config.stagingTag ?? 'next',
        registry: withSlash(config.registry ?? DEFAULT_REGISTRY),
        ...(config.tagFormat ? { tagFormat: config.tagFormat } : {}),
    };
}
/** The format the package's tags are written in: the config's `tagFormat`, else the default for where the package sits. */
function tagFormatOf(target) {
    return target.tagFormat ?? (0,_tag_styles_js__WEBPACK_IMPORTED_MODULE_2__/* .defaultTagFormat */ .rr)(target.monorepo);
}
/** The git tag of a version of the package (the configured `tagFormat`, else `v1.2.3` / `name@1.2.3`). */
function gitTagFor(target, version) {
    return (0,_tag_styles_js__WEBPACK_IMPORTED_MODULE_2__/* .formatTag */ ._3)(tagFormatOf(target), target.name, version);
}
/** The glob (`git tag --list`, `describe --match`) of the tags written in the package's own format. */
function gitTagGlob(target) {
    return tagFormatOf(target).split(NAME_PLACEHOLDER).join(target.name).split(VERSION_PLACEHOLDER).join('*');
}
function withSlash(url) {
    return url.endsWith('/') ? url : `${url}/`;
}


/***/ }),

/***/ 89170:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DA: () => (/* binding */ previousReleaseTag),
/* harmony export */   _3: () => (/* binding */ formatTag),
/* harmony export */   ae: () => (/* binding */ tagFormatProblems),
/* harmony export */   kZ: () => (/* binding */ tagFormatCollision),
/* harmony export */   rr: () => (/* binding */ defaultTagFormat)
/* harmony export */ });
/* unused harmony exports NAME_PLACEHOLDER, VERSION_PLACEHOLDER, refNameProblem, tagStyles, tagVersion */
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73880);
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

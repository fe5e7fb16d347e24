export const id = 316;
export const ids = [316];
export const modules = {

/***/ 316:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  createNpmRegistry: () => (/* binding */ createNpmRegistry)
});

;// CONCATENATED MODULE: ./src/release/registry.ts
/** A package's state on an npm registry (the packument), as plain data; read by the registry adapter. */
function packumentUrl(registry, name) {
    return `${registry.replace(/\/+$/, '')}/${name.startsWith('@') ? `@${encodeURIComponent(name.slice(1))}` : encodeURIComponent(name)}`;
}
/** The fields kept from a packument: each version's integrity, shasum and deprecation, and the dist-tags. Pure. */
function packageStateOf(body) {
    const versions = {};
    for (const [v, meta] of Object.entries(body.versions ?? {})) {
        versions[v] = {
            ...(meta.dist?.integrity ? { integrity: meta.dist.integrity } : {}),
            ...(meta.dist?.shasum ? { shasum: meta.dist.shasum } : {}),
            ...(meta.deprecated ? { deprecated: meta.deprecated } : {}),
        };
    }
    return { exists: true, versions, distTags: body['dist-tags'] ?? {} };
}
/** The version's entry in a packument, or undefined when it does not list it (yet). Pure. */
function versionRecordOf(body, version) {
    const entry = body.versions?.[version];
    if (!entry)
        return undefined;
    const text = (value) => (typeof value === 'string' ? value : undefined);
    return {
        name: text(entry.name),
        version: text(entry.version),
        integrity: text(entry.dist?.integrity),
        shasum: text(entry.dist?.shasum),
    };
}

// EXTERNAL MODULE: ./src/release/registry-wait.ts
var registry_wait = __webpack_require__(46630);
// EXTERNAL MODULE: ./src/release/token-expiry.ts
var token_expiry = __webpack_require__(43950);
;// CONCATENATED MODULE: ./src/adapters/registry-http.ts



const RETRYABLE = new Set([429, 500, 502, 503, 504]);
const headers = (token) => ({
    accept: 'application/json',
    ...(token ? { authorization: `Bearer ${token}` } : {}),
});
function createNpmRegistry(clock) {
    const probeVersion = (version, token) => async (url) => {
        try {
            const response = await fetch(url, { headers: headers(token), signal: AbortSignal.timeout(30_000) });
            if (response.status !== 200) {
                await response.body?.cancel();
                return { served: false, reason: `HTTP ${response.status}` };
            }
            const body = (await response.json().catch(() => undefined));
            return body?.version === version
                ? { served: true }
                : { served: false, reason: `HTTP 200 without version ${version}` };
        }
        catch (error) {
            return { served: false, reason: error.message };
        }
    };
    return {
        async packageState(registry, name, token, attempts = 3) {
            let lastError = '';
            for (let attempt = 0; attempt < attempts; attempt += 1) {
                if (attempt > 0)
                    await clock.sleep(250 * 2 ** attempt);
                try {
                    const response = await fetch(packumentUrl(registry, name), {
                        headers: headers(token),
                        signal: AbortSignal.timeout(30_000),
                    });
                    if (response.status === 404)
                        return { exists: false, versions: {}, distTags: {} };
                    if (RETRYABLE.has(response.status)) {
                        lastError = `HTTP ${response.status}`;
                        continue;
                    }
                    if (!response.ok)
                        throw new Error(`HTTP ${response.status} reading ${name} from ${registry}`);
                    return packageStateOf((await response.json()));
                }
                catch (error) {
                    if (error.message.startsWith('HTTP '))
                        throw error;
                    lastError = error.message;
                }
            }
            throw new Error(`cannot read ${name} from ${registry}: ${lastError}`);
        },
        async versionRecord(registry, name, version, token) {
            const response = await fetch(packumentUrl(registry, name), {
                headers: headers(token),
                signal: AbortSignal.timeout(30_000),
            });
            if (!response.ok) {
                await response.body?.cancel();
                return undefined;
            }
            return versionRecordOf((await response.json()), version);
        },
        probeVersion,
        waitForVersion({ token, ...options }) {
            return (0,registry_wait/* waitForVersion */.PF)({
                ...options,
                clock: { now: () => clock.monotonic(), sleep: (ms) => clock.sleep(ms) },
                probe: probeVersion(options.version, token),
            });
        },
        async signingKeys(registry) {
            try {
                const response = await fetch(new URL('-/npm/v1/keys', registry), {
                    headers: { accept: 'application/json' },
                    signal: AbortSignal.timeout(15_000),
                });
                if (!response.ok)
                    return `${new URL(registry).host} publishes no signing keys (/-/npm/v1/keys answered HTTP ${response.status})`;
                const body = (await response.json().catch(() => ({})));
                return Array.isArray(body.keys) && body.keys.length > 0
                    ? body.keys.length
                    : `${new URL(registry).host} lists no signing keys`;
            }
            catch (error) {
                return `the registry's signing keys could not be read (${error.message})`;
            }
        },
        async tokenExpiry(registry, token) {
            try {
                const response = await fetch(`${registry.replace(/\/+$/, '')}/-/npm/v1/tokens`, {
                    headers: { accept: 'application/json', authorization: `Bearer ${token}` },
                    signal: AbortSignal.timeout(15_000),
                });
                if (!response.ok) {
                    await response.body?.cancel();
                    return { known: false, why: `the registry's token list answered HTTP ${response.status}` };
                }
                const body = (await response.json());
                return (0,token_expiry/* expiryFromList */.qJ)(body.objects ?? [], token);
            }
            catch (error) {
                return { known: false, why: `the registry's token list could not be read (${error.message})` };
            }
        },
    };
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


/***/ })

};

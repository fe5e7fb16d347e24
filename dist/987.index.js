export const id = 987;
export const ids = [987];
export const modules = {

/***/ 57987:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  publishToMcpRegistry: () => (/* binding */ publishToMcpRegistry),
  setMcpRegistryStatus: () => (/* binding */ setMcpRegistryStatus)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/release/oidc.ts
var release_oidc = __webpack_require__(48412);
// EXTERNAL MODULE: ./src/release/registry-wait.ts
var registry_wait = __webpack_require__(46630);
// EXTERNAL MODULE: ./src/mcp-registry/server-schema.ts + 1 modules
var server_schema = __webpack_require__(41359);
// EXTERNAL MODULE: ./src/mcp-registry/server-json-rules.ts
var server_json_rules = __webpack_require__(59834);
;// CONCATENATED MODULE: ./src/mcp-registry/client.ts


/**
 * The official MCP Registry's publish API (v0.1): a GitHub OIDC token is
 * exchanged for a registry token, server.json is POSTed to /v0.1/publish, and
 * a version's lifecycle status is PATCHed. Every write is preceded by a read,
 * so a re-run does nothing that is already done.
 */
const MCP_REGISTRY_URL = 'https://registry.modelcontextprotocol.io';
const MCP_REGISTRY_AUDIENCE = 'https://registry.modelcontextprotocol.io';
class McpRegistryError extends Error {
    status;
    name = 'McpRegistryError';
    constructor(message, status) {
        super(message);
        this.status = status;
    }
}
const versionPath = (name, version) => `/v0.1/servers/${encodeURIComponent(name)}/versions/${encodeURIComponent(version)}`;
async function call(base, method, path, body, token) {
    let response;
    try {
        response = await fetch(`${base.replace(/\/+$/, '')}${path}`, {
            method,
            headers: {
                accept: 'application/json',
                ...(body === undefined ? {} : { 'content-type': 'application/json' }),
                ...(token ? { authorization: `Bearer ${token}` } : {}),
            },
            ...(body === undefined ? {} : { body: JSON.stringify(body) }),
            signal: AbortSignal.timeout(30_000),
        });
    }
    catch (error) {
        throw new McpRegistryError(`${method} ${path}: ${error.message}`);
    }
    const json = (await response.json().catch(() => ({})));
    return { status: response.status, json };
}
const errorText = (json) => String(json.error ?? json.detail ?? json.title ?? json.message ?? 'no message');
/** Exchange a GitHub Actions OIDC token for a short-lived registry token. */
async function exchangeGitHubOidc(base, oidcToken) {
    const { status, json } = await call(base, 'POST', '/v0.1/auth/github-oidc', { oidc_token: oidcToken });
    if (status !== 200 || typeof json.registry_token !== 'string')
        throw new McpRegistryError(`the MCP Registry refused the GitHub OIDC token (HTTP ${status}: ${errorText(json)})`, status);
    return json.registry_token;
}
async function getEntry(base, name, version) {
    const { status, json } = await call(base, 'GET', `${versionPath(name, version)}?include_deleted=true`, undefined);
    if (status === 404)
        return undefined;
    if (status !== 200)
        throw new McpRegistryError(`reading ${name}@${version} from the MCP Registry: HTTP ${status} ${errorText(json)}`, status);
    return (json._meta?.['io.modelcontextprotocol.registry/official'] ??
        {});
}
async function publishEntry(base, token, serverJson) {
    const { status, json } = await call(base, 'POST', '/v0.1/publish', serverJson, token);
    if (status !== 200 && status !== 201)
        throw new McpRegistryError(`publishing to the MCP Registry: HTTP ${status} ${errorText(json)}`, status);
}
async function setStatus(base, token, name, version, status, message) {
    const result = await call(base, 'PATCH', `${versionPath(name, version)}/status`, { status, ...(message ? { statusMessage: message.slice(0, 500) } : {}) }, token);
    if (result.status !== 200)
        throw new McpRegistryError(`setting ${name}@${version} to ${status} in the MCP Registry: HTTP ${result.status} ${errorText(result.json)}`, result.status);
}
/** What the registry would refuse, checked before anything is sent. */
function serverJsonProblems(serverJson, packageName, version) {
    const problems = (0,server_schema/* validateServerJsonSchema */.z)(serverJson).map((e) => `server.json${e.instancePath} ${e.message ?? ''}`);
    const name = typeof serverJson.name === 'string' ? serverJson.name : '';
    const nameProblem = (0,server_json_rules/* serverNameProblem */.Oi)(name);
    if (nameProblem)
        problems.push(`server.json name: ${nameProblem}`);
    const description = (0,server_json_rules/* descriptionProblem */.wR)(serverJson.description);
    if (description)
        problems.push(`server.json description: ${description}`);
    if (serverJson.version !== version)
        problems.push(`server.json version is ${JSON.stringify(serverJson.version)}, the package is ${version}`);
    const npm = (Array.isArray(serverJson.packages)
        ? serverJson.packages
        : []).find((p) => p.registryType === 'npm' && p.identifier === packageName);
    if (!npm)
        problems.push(`server.json has no npm package entry for ${packageName}`);
    else if (npm.version !== undefined && npm.version !== version)
        problems.push(`server.json packages[npm].version is ${npm.version}, the package is ${version}`);
    return [...new Set(problems)];
}

;// CONCATENATED MODULE: ./src/mcp-registry/publish.ts





async function registryToken(base, env) {
    const oidc = await (0,release_oidc.fetchIdentityToken)(env, MCP_REGISTRY_AUDIENCE);
    return exchangeGitHubOidc(base, oidc);
}
async function readServerJson(target) {
    const text = await (0,promises_.readFile)(external_node_path_default().join(target.dir, 'server.json'), 'utf8').catch(() => undefined);
    if (text === undefined)
        return 'no server.json in the package folder';
    try {
        const value = JSON.parse(text);
        return value && typeof value === 'object' && !Array.isArray(value)
            ? value
            : 'server.json is not a JSON object';
    }
    catch {
        return 'server.json is not JSON';
    }
}
async function publishToMcpRegistry(options) {
    const { target, version, env, log } = options;
    const base = options.registryUrl ?? MCP_REGISTRY_URL;
    const serverJson = await readServerJson(target);
    if (typeof serverJson === 'string')
        return { outcome: 'failed', rule: 'promote/server-json-invalid', problem: `MCP Registry: ${serverJson}` };
    const problems = serverJsonProblems(serverJson, target.name, version);
    if (problems.length)
        return {
            outcome: 'failed',
            rule: 'promote/server-json-invalid',
            problem: `MCP Registry: not sent, the registry would refuse it: ${problems.join('; ')}`,
        };
    const name = serverJson.name;
    try {
        if (await getEntry(base, name, version)) {
            log(`MCP Registry: ${name} ${version} is already published`);
            return { outcome: 'already-published' };
        }
        const where = { registry: options.registry, name: target.name, version };
        const wait = await (0,registry_wait/* waitForVersion */.PF)({
            ...where,
            timeoutSeconds: options.waitSeconds,
            ...(options.progress ? { progress: options.progress } : {}),
        });
        if (!wait.served)
            return {
                outcome: 'failed',
                rule: 'registry/not-yet-served',
                problem: `MCP Registry: not sent: ${(0,registry_wait/* notYetServedMessage */.iQ)(where, wait)} (npm is already promoted)`,
            };
        const token = await registryToken(base, env);
        try {
            await publishEntry(base, token, serverJson);
        }
        catch (error) {
            // A concurrent promote published it after we looked (the registry refuses duplicates): theirs stands.
            if (!(await getEntry(base, name, version).catch(() => undefined)))
                throw error;
            log(`MCP Registry: ${name} ${version} was published meanwhile by another run`);
            return { outcome: 'already-published' };
        }
        log(`MCP Registry: published ${name} ${version}`);
        return { outcome: 'published' };
    }
    catch (error) {
        return {
            outcome: 'failed',
            problem: `MCP Registry: ${error.message} (npm is already promoted; re-run promote to finish)`,
        };
    }
}
async function setMcpRegistryStatus(options) {
    const base = options.registryUrl ?? MCP_REGISTRY_URL;
    const serverJson = await readServerJson(options.target);
    if (typeof serverJson === 'string' || typeof serverJson.name !== 'string')
        return { outcome: 'skipped' };
    try {
        const entry = await getEntry(base, serverJson.name, options.version);
        if (!entry)
            return { outcome: 'skipped' };
        if ((entry.status ?? 'active') === options.status)
            return { outcome: 'unchanged' };
        await setStatus(base, await registryToken(base, options.env), serverJson.name, options.version, options.status, options.message);
        return { outcome: 'updated' };
    }
    catch (error) {
        return {
            outcome: 'failed',
            problem: `MCP Registry: ${error.message} (the npm side is done and stays done)`,
        };
    }
}


/***/ })

};

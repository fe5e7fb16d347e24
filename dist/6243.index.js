export const id = 6243;
export const ids = [6243];
export const modules = {

/***/ 59834:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ec: () => (/* binding */ versionProblem),
/* harmony export */   GY: () => (/* binding */ findPlaceholders),
/* harmony export */   Oi: () => (/* binding */ serverNameProblem),
/* harmony export */   ib: () => (/* binding */ isPublicNpmRegistry),
/* harmony export */   wR: () => (/* binding */ descriptionProblem),
/* harmony export */   yK: () => (/* binding */ githubNamespaceOwner)
/* harmony export */ });
/* unused harmony exports MAX_DESCRIPTION, NPM_REGISTRY_BASE_URL */
/**
 * The MCP Registry's own semantic checks on server.json, beyond its JSON Schema,
 * as pure functions (mirrors the registry's validators: name parts, version not a
 * range nor `latest`, description length, npm registry base URL).
 */
const NAMESPACE = '[a-zA-Z0-9][a-zA-Z0-9.-]*[a-zA-Z0-9]';
const NAME_PART = '[a-zA-Z0-9][a-zA-Z0-9._-]*[a-zA-Z0-9]';
const SERVER_NAME = new RegExp(`^${NAMESPACE}/${NAME_PART}$`);
const MAX_DESCRIPTION = 100;
const NPM_REGISTRY_BASE_URL = 'https://registry.npmjs.org';
/** Why a server name is rejected, or undefined when it is fine. */
function serverNameProblem(name) {
    const slashes = name.split('/').length - 1;
    if (slashes !== 1)
        return `must contain exactly one "/" between namespace and server name (found ${slashes})`;
    if (!SERVER_NAME.test(name))
        return 'namespace and name must start and end with a letter or digit and use only letters, digits, ".", "-" (and "_" in the name)';
    return undefined;
}
/** `io.github.<owner>/...` namespaces are verified against the GitHub owner, case-sensitively. */
function githubNamespaceOwner(name) {
    return /^io\.github\.([^/]+)\//.exec(name)?.[1];
}
const VERSION_PART = String.raw `v?\d+(?:\.\d+){0,3}(?:-[0-9A-Za-z.-]+)?`;
const RANGE_FORMS = [
    new RegExp(String.raw `^(?:\^|~|>=|<=|>|<|=)\s*${VERSION_PART}$`),
    new RegExp(String.raw `^${VERSION_PART}\s-\s*${VERSION_PART}$`),
    new RegExp(String.raw `^${VERSION_PART}\s*(?:\|\|\s*${VERSION_PART}\s*)+$`),
];
const WILDCARD = /^(?:v?\d+|x|X|\*)(?:\.(?:\d+|x|X|\*)){1,2}(?:-[0-9A-Za-z.-]+)?$/;
/** Why a version is rejected (`latest`, or range-like), or undefined. */
function versionProblem(version) {
    const v = version.trim();
    if (v === 'latest')
        return '"latest" is reserved: use the exact version';
    if (RANGE_FORMS.some((re) => re.test(v)) || (WILDCARD.test(v) && /[xX*]/.test(v)))
        return `"${version}" looks like a version range: use one exact version`;
    return undefined;
}
function descriptionProblem(description) {
    if (typeof description !== 'string' || description.trim() === '')
        return 'description is missing or empty';
    const length = [...description].length;
    if (length > MAX_DESCRIPTION)
        return `description is ${length} characters; the registry allows at most ${MAX_DESCRIPTION}`;
    return undefined;
}
/** JSON paths of string values that still contain a `${...}` placeholder. */
function findPlaceholders(value, path = []) {
    if (typeof value === 'string')
        return /\$\{[^}]*\}/.test(value) ? [{ path, text: value }] : [];
    if (Array.isArray(value))
        return value.flatMap((item, i) => findPlaceholders(item, [...path, i]));
    if (value && typeof value === 'object')
        return Object.entries(value).flatMap(([k, v]) => findPlaceholders(v, [...path, k]));
    return [];
}
/** Registry base URLs equal to the public npm registry, with or without a trailing slash. */
function isPublicNpmRegistry(url) {
    return url.replace(/\/+$/, '') === NPM_REGISTRY_BASE_URL;
}


/***/ }),

/***/ 73780:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  k: () => (/* binding */ CURRENT_SERVER_SCHEMA),
  z: () => (/* binding */ validateServerJsonSchema)
});

// EXTERNAL MODULE: ./node_modules/ajv-formats/dist/formats.js
var formats = __webpack_require__(10779);
;// CONCATENATED MODULE: ./src/mcp-registry/uri-format.ts

const fullUri = formats.fullFormats.uri;
/**
 * The URI shape most URLs have (scheme://host[:port]/path, every character plain): each string it
 * matches, ajv-formats' `uri` accepts too, through the first branch of its RFC 3986 pattern (no
 * userinfo, the host as a reg-name, no percent escape, no query or fragment; "://" holds the "/" and
 * the ":" its first test asks for).
 */
const PLAIN_URI = /^[a-z][a-z0-9+\-.]*:\/\/[a-z0-9\-._~!$&'()*+,;=]*(?::\d*)?(?:\/[a-z0-9\-._~!$&'()*+,;=:@]*)*$/i;
/**
 * ajv-formats' `uri` format (how the registry validates server.json's URLs), the same answer for
 * every string, that first tries the small pattern: the full one is large enough that compiling it
 * at its first use costs ~2.5 ms of a validate run.
 */
function uri(value) {
    return PLAIN_URI.test(value) || fullUri(value);
}

// EXTERNAL MODULE: ./node_modules/ajv/dist/runtime/ucs2length.js
var ucs2length = __webpack_require__(36214);
// EXTERNAL MODULE: ./src/util/cjs-default.ts
var cjs_default = __webpack_require__(24050);
;// CONCATENATED MODULE: ./src/mcp-registry/server-schema.validate.ts
/* eslint-disable */
// @ts-nocheck
// Generated by `npm run docs` (src/docs/server-schema-validator.ts) from
// schema/mcp-registry/server.schema.2025-12-11.json with Ajv standalone code: do not edit.



const server_schema_validate_ucs2length = (0,cjs_default/* cjsDefault */.U)(ucs2length["default"]);
const validate = validate10;
/* harmony default export */ const server_schema_validate = ((/* unused pure expression or super */ null && (validate10)));
const schema11 = { "$comment": "This file is auto-generated from docs/reference/api/openapi.yaml. Do not edit manually. Run 'make generate-schema' to update.", "$id": "https://static.modelcontextprotocol.io/schemas/2025-12-11/server.schema.json", "$ref": "#/definitions/ServerDetail", "$schema": "http://json-schema.org/draft-07/schema#", "definitions": { "Argument": { "anyOf": [{ "$ref": "#/definitions/PositionalArgument" }, { "$ref": "#/definitions/NamedArgument" }], "description": "Warning: Arguments construct command-line parameters that may contain user-provided input. This creates potential command injection risks if clients execute commands in a shell environment. For example, a malicious argument value like ';rm -rf ~/Development' could execute dangerous commands. Clients should prefer non-shell execution methods (e.g., posix_spawn) when possible to eliminate injection risks entirely. Where not possible, clients should obtain consent from users or agents to run the resolved command before execution." }, "Icon": { "description": "An optionally-sized icon that can be displayed in a user interface.", "properties": { "mimeType": { "description": "Optional MIME type override if the source MIME type is missing or generic. Must be one of: image/png, image/jpeg, image/jpg, image/svg+xml, image/webp.", "enum": ["image/png", "image/jpeg", "image/jpg", "image/svg+xml", "image/webp"], "example": "image/png", "type": "string" }, "sizes": { "description": "Optional array of strings that specify sizes at which the icon can be used. Each string should be in WxH format (e.g., '48x48', '96x96') or 'any' for scalable formats like SVG. If not provided, the client should assume that the icon can be used at any size.", "examples": [["48x48", "96x96"], ["any"]], "items": { "pattern": "^(\\d+x\\d+|any)$", "type": "string" }, "type": "array" }, "src": { "description": "A standard URI pointing to an icon resource. Must be an HTTPS URL. Consumers SHOULD take steps to ensure URLs serving icons are from the same domain as the server or a trusted domain. Consumers SHOULD take appropriate precautions when consuming SVGs as they can contain executable JavaScript.", "example": "https://example.com/icon.png", "format": "uri", "maxLength": 255, "type": "string" }, "theme": { "description": "Optional specifier for the theme this icon is designed for. 'light' indicates the icon is designed to be used with a light background, and 'dark' indicates the icon is designed to be used with a dark background. If not provided, the client should assume the icon can be used with any theme.", "enum": ["light", "dark"], "type": "string" } }, "required": ["src"], "type": "object" }, "Input": { "properties": { "choices": { "description": "A list of possible values for the input. If provided, the user must select one of these values.", "example": [], "items": { "type": "string" }, "type": "array" }, "default": { "description": "The default value for the input.  This should be a valid value for the input.  If you want to provide input examples or guidance, use the `placeholder` field instead.", "type": "string" }, "description": { "description": "A description of the input, which clients can use to provide context to the user.", "type": "string" }, "format": { "default": "string", "description": "Specifies the input format. Supported values include `filepath`, which should be interpreted as a file on the user's filesystem.\n\nWhen the input is converted to a string, booleans should be represented by the strings \"true\" and \"false\", and numbers should be represented as decimal values.", "enum": ["string", "number", "boolean", "filepath"], "type": "string" }, "isRequired": { "default": false, "type": "boolean" }, "isSecret": { "default": false, "description": "Indicates whether the input is a secret value (e.g., password, token). If true, clients should handle the value securely.", "type": "boolean" }, "placeholder": { "description": "A placeholder for the input to be displaying during configuration. This is used to provide examples or guidance about the expected form or content of the input.", "type": "string" }, "value": { "description": "The value for the input. If this is not set, the user may be prompted to provide a value. If a value is set, it should not be configurable by end users.\n\nIdentifiers wrapped in `{curly_braces}` will be replaced with the corresponding properties from the input `variables` map. If an identifier in braces is not found in `variables`, or if `variables` is not provided, the `{curly_braces}` substring should remain unchanged.\n", "type": "string" } }, "type": "object" }, "InputWithVariables": { "allOf": [{ "$ref": "#/definitions/Input" }, { "properties": { "variables": { "additionalProperties": { "$ref": "#/definitions/Input" }, "description": "A map of variable names to their values. Keys in the input `value` that are wrapped in `{curly_braces}` will be replaced with the corresponding variable values.", "type": "object" } }, "type": "object" }] }, "KeyValueInput": { "allOf": [{ "$ref": "#/definitions/InputWithVariables" }, { "properties": { "name": { "description": "Name of the header or environment variable.", "example": "SOME_VARIABLE", "type": "string" } }, "required": ["name"], "type": "object" }] }, "LocalTransport": { "anyOf": [{ "$ref": "#/definitions/StdioTransport" }, { "$ref": "#/definitions/StreamableHttpTransport" }, { "$ref": "#/definitions/SseTransport" }], "description": "Transport protocol configuration for local/package context" }, "NamedArgument": { "allOf": [{ "$ref": "#/definitions/InputWithVariables" }, { "properties": { "isRepeated": { "default": false, "description": "Whether the argument can be repeated multiple times.", "type": "boolean" }, "name": { "description": "The flag name, including any leading dashes.", "example": "--port", "type": "string" }, "type": { "enum": ["named"], "example": "named", "type": "string" } }, "required": ["type", "name"], "type": "object" }], "description": "A command-line `--flag={value}`." }, "Package": { "properties": { "environmentVariables": { "description": "A mapping of environment variables to be set when running the package.", "items": { "$ref": "#/definitions/KeyValueInput" }, "type": "array" }, "fileSha256": { "description": "SHA-256 hash of the package file for integrity verification. Required for MCPB packages and optional for other package types. Authors are responsible for generating correct SHA-256 hashes when creating server.json. If present, MCP clients must validate the downloaded file matches the hash before running packages to ensure file integrity.", "example": "fe333e598595000ae021bd27117db32ec69af6987f507ba7a63c90638ff633ce", "pattern": "^[a-f0-9]{64}$", "type": "string" }, "identifier": { "description": "Package identifier - either a package name (for registries) or URL (for direct downloads)", "examples": ["@modelcontextprotocol/server-brave-search", "https://github.com/example/releases/download/v1.0.0/package.mcpb"], "type": "string" }, "packageArguments": { "description": "A list of arguments to be passed to the package's binary.", "items": { "$ref": "#/definitions/Argument" }, "type": "array" }, "registryBaseUrl": { "description": "Base URL of the package registry", "examples": ["https://registry.npmjs.org", "https://pypi.org", "https://docker.io", "https://api.nuget.org/v3/index.json", "https://repo.maven.apache.org/maven2", "https://github.com", "https://gitlab.com"], "format": "uri", "type": "string" }, "registryType": { "description": "Registry type indicating how to download packages (e.g., 'npm', 'pypi', 'oci', 'nuget', 'mcpb', 'maven')", "examples": ["npm", "pypi", "oci", "nuget", "mcpb", "maven"], "type": "string" }, "runtimeArguments": { "description": "A list of arguments to be passed to the package's runtime command (such as docker or npx). The `runtimeHint` field should be provided when `runtimeArguments` are present.", "items": { "$ref": "#/definitions/Argument" }, "type": "array" }, "runtimeHint": { "description": "A hint to help clients determine the appropriate runtime for the package. This field should be provided when `runtimeArguments` are present.", "examples": ["npx", "uvx", "docker", "dnx", "jbang"], "type": "string" }, "transport": { "$ref": "#/definitions/LocalTransport", "description": "Transport protocol configuration for the package" }, "version": { "description": "Package version. Must be a specific version. Version ranges are rejected (e.g., '^1.2.3', '~1.2.3', '>=1.2.3', '1.x', '1.*').", "example": "1.0.2", "minLength": 1, "not": { "const": "latest" }, "type": "string" } }, "required": ["registryType", "identifier", "transport"], "type": "object" }, "PositionalArgument": { "allOf": [{ "$ref": "#/definitions/InputWithVariables" }, { "anyOf": [{ "required": ["valueHint"] }, { "required": ["value"] }], "properties": { "isRepeated": { "default": false, "description": "Whether the argument can be repeated multiple times in the command line.", "type": "boolean" }, "type": { "enum": ["positional"], "example": "positional", "type": "string" }, "valueHint": { "description": "An identifier for the positional argument. It is not part of the command line. It may be used by client configuration as a label identifying the argument. It is also used to identify the value in transport URL variable substitution.", "example": "file_path", "type": "string" } }, "required": ["type"], "type": "object" }], "description": "A positional input is a value inserted verbatim into the command line." }, "RemoteTransport": { "allOf": [{ "anyOf": [{ "$ref": "#/definitions/StreamableHttpTransport" }, { "$ref": "#/definitions/SseTransport" }] }, { "properties": { "variables": { "additionalProperties": { "$ref": "#/definitions/Input" }, "description": "Configuration variables that can be referenced in URL template {curly_braces}. The key is the variable name, and the value defines the variable properties.", "type": "object" } }, "type": "object" }], "description": "Transport protocol configuration for remote context - extends StreamableHttpTransport or SseTransport with variables" }, "Repository": { "description": "Repository metadata for the MCP server source code. Enables users and security experts to inspect the code, improving transparency.", "properties": { "id": { "description": "Repository identifier from the hosting service (e.g., GitHub repo ID). Owned and determined by the source forge. Should remain stable across repository renames and may be used to detect repository resurrection attacks - if a repository is deleted and recreated, the ID should change. For GitHub, use: gh api repos/<owner>/<repo> --jq '.id'", "example": "b94b5f7e-c7c6-d760-2c78-a5e9b8a5b8c9", "type": "string" }, "source": { "description": "Repository hosting service identifier. Used by registries to determine validation and API access methods.", "example": "github", "type": "string" }, "subfolder": { "description": "Optional relative path from repository root to the server location within a monorepo or nested package structure. Must be a clean relative path.", "example": "src/everything", "type": "string" }, "url": { "description": "Repository URL for browsing source code. Should support both web browsing and git clone operations.", "example": "https://github.com/modelcontextprotocol/servers", "format": "uri", "type": "string" } }, "required": ["url", "source"], "type": "object" }, "ServerDetail": { "description": "Schema for a static representation of an MCP server. Used in various contexts related to discovery, installation, and configuration.", "properties": { "$schema": { "description": "JSON Schema URI for this server.json format", "example": "https://static.modelcontextprotocol.io/schemas/2025-12-11/server.schema.json", "format": "uri", "type": "string" }, "_meta": { "description": "Extension metadata using reverse DNS namespacing for vendor-specific data", "properties": { "io.modelcontextprotocol.registry/publisher-provided": { "additionalProperties": true, "description": "Publisher-provided metadata for downstream registries", "example": { "buildInfo": { "commit": "abc123def456", "pipelineId": "build-789", "timestamp": "2023-12-01T10:30:00Z" }, "tool": "publisher-cli", "version": "1.2.3" }, "type": "object" } }, "type": "object" }, "description": { "description": "Clear human-readable explanation of server functionality. Should focus on capabilities, not implementation details.", "example": "MCP server providing weather data and forecasts via OpenWeatherMap API", "maxLength": 100, "minLength": 1, "type": "string" }, "icons": { "description": "Optional set of sized icons that the client can display in a user interface. Clients that support rendering icons MUST support at least the following MIME types: image/png and image/jpeg (safe, universal compatibility). Clients SHOULD also support: image/svg+xml (scalable but requires security precautions) and image/webp (modern, efficient format).", "items": { "$ref": "#/definitions/Icon" }, "type": "array" }, "name": { "description": "Server name in reverse-DNS format. Must contain exactly one forward slash separating namespace from server name.", "example": "io.github.user/weather", "maxLength": 200, "minLength": 3, "pattern": "^[a-zA-Z0-9.-]+/[a-zA-Z0-9._-]+$", "type": "string" }, "packages": { "items": { "$ref": "#/definitions/Package" }, "type": "array" }, "remotes": { "items": { "$ref": "#/definitions/RemoteTransport" }, "type": "array" }, "repository": { "$ref": "#/definitions/Repository", "description": "Optional repository metadata for the MCP server source code. Recommended for transparency and security inspection." }, "title": { "description": "Optional human-readable title or display name for the MCP server. MCP subregistries or clients MAY choose to use this for display purposes.", "example": "Weather API", "maxLength": 100, "minLength": 1, "type": "string" }, "version": { "description": "Version string for this server. SHOULD follow semantic versioning (e.g., '1.0.2', '2.1.0-alpha'). Equivalent of Implementation.version in MCP specification. Non-semantic versions are allowed but may not sort predictably. Version ranges are rejected (e.g., '^1.2.3', '~1.2.3', '>=1.2.3', '1.x', '1.*').", "example": "1.0.2", "maxLength": 255, "type": "string" }, "websiteUrl": { "description": "Optional URL to the server's homepage, documentation, or project website. This provides a central link for users to learn more about the server. Particularly useful when the server has custom installation instructions or setup requirements.", "example": "https://modelcontextprotocol.io/examples", "format": "uri", "type": "string" } }, "required": ["name", "description", "version"], "type": "object" }, "SseTransport": { "properties": { "headers": { "description": "HTTP headers to include", "items": { "$ref": "#/definitions/KeyValueInput" }, "type": "array" }, "type": { "description": "Transport type", "enum": ["sse"], "example": "sse", "type": "string" }, "url": { "description": "Server-Sent Events endpoint URL template. Variables in {curly_braces} are resolved based on context: In Package context, they reference argument valueHints, argument names, or environment variable names from the parent Package. In Remote context, they reference variables from the transport's 'variables' object. After variable substitution, this should produce a valid URI.", "example": "https://mcp-fs.example.com/sse", "pattern": "^https?://[^\\s]+$", "type": "string" } }, "required": ["type", "url"], "type": "object" }, "StdioTransport": { "properties": { "type": { "description": "Transport type", "enum": ["stdio"], "example": "stdio", "type": "string" } }, "required": ["type"], "type": "object" }, "StreamableHttpTransport": { "properties": { "headers": { "description": "HTTP headers to include", "items": { "$ref": "#/definitions/KeyValueInput" }, "type": "array" }, "type": { "description": "Transport type", "enum": ["streamable-http"], "example": "streamable-http", "type": "string" }, "url": { "description": "URL template for the streamable-http transport. Variables in {curly_braces} are resolved based on context: In Package context, they reference argument valueHints, argument names, or environment variable names from the parent Package. In Remote context, they reference variables from the transport's 'variables' object. After variable substitution, this should produce a valid URI.", "example": "https://api.example.com/mcp", "pattern": "^https?://[^\\s]+$", "type": "string" } }, "required": ["type", "url"], "type": "object" } }, "title": "server.json defining a Model Context Protocol (MCP) server" };
const schema12 = { "description": "Schema for a static representation of an MCP server. Used in various contexts related to discovery, installation, and configuration.", "properties": { "$schema": { "description": "JSON Schema URI for this server.json format", "example": "https://static.modelcontextprotocol.io/schemas/2025-12-11/server.schema.json", "format": "uri", "type": "string" }, "_meta": { "description": "Extension metadata using reverse DNS namespacing for vendor-specific data", "properties": { "io.modelcontextprotocol.registry/publisher-provided": { "additionalProperties": true, "description": "Publisher-provided metadata for downstream registries", "example": { "buildInfo": { "commit": "abc123def456", "pipelineId": "build-789", "timestamp": "2023-12-01T10:30:00Z" }, "tool": "publisher-cli", "version": "1.2.3" }, "type": "object" } }, "type": "object" }, "description": { "description": "Clear human-readable explanation of server functionality. Should focus on capabilities, not implementation details.", "example": "MCP server providing weather data and forecasts via OpenWeatherMap API", "maxLength": 100, "minLength": 1, "type": "string" }, "icons": { "description": "Optional set of sized icons that the client can display in a user interface. Clients that support rendering icons MUST support at least the following MIME types: image/png and image/jpeg (safe, universal compatibility). Clients SHOULD also support: image/svg+xml (scalable but requires security precautions) and image/webp (modern, efficient format).", "items": { "$ref": "#/definitions/Icon" }, "type": "array" }, "name": { "description": "Server name in reverse-DNS format. Must contain exactly one forward slash separating namespace from server name.", "example": "io.github.user/weather", "maxLength": 200, "minLength": 3, "pattern": "^[a-zA-Z0-9.-]+/[a-zA-Z0-9._-]+$", "type": "string" }, "packages": { "items": { "$ref": "#/definitions/Package" }, "type": "array" }, "remotes": { "items": { "$ref": "#/definitions/RemoteTransport" }, "type": "array" }, "repository": { "$ref": "#/definitions/Repository", "description": "Optional repository metadata for the MCP server source code. Recommended for transparency and security inspection." }, "title": { "description": "Optional human-readable title or display name for the MCP server. MCP subregistries or clients MAY choose to use this for display purposes.", "example": "Weather API", "maxLength": 100, "minLength": 1, "type": "string" }, "version": { "description": "Version string for this server. SHOULD follow semantic versioning (e.g., '1.0.2', '2.1.0-alpha'). Equivalent of Implementation.version in MCP specification. Non-semantic versions are allowed but may not sort predictably. Version ranges are rejected (e.g., '^1.2.3', '~1.2.3', '>=1.2.3', '1.x', '1.*').", "example": "1.0.2", "maxLength": 255, "type": "string" }, "websiteUrl": { "description": "Optional URL to the server's homepage, documentation, or project website. This provides a central link for users to learn more about the server. Particularly useful when the server has custom installation instructions or setup requirements.", "example": "https://modelcontextprotocol.io/examples", "format": "uri", "type": "string" } }, "required": ["name", "description", "version"], "type": "object" };
const schema13 = { "description": "An optionally-sized icon that can be displayed in a user interface.", "properties": { "mimeType": { "description": "Optional MIME type override if the source MIME type is missing or generic. Must be one of: image/png, image/jpeg, image/jpg, image/svg+xml, image/webp.", "enum": ["image/png", "image/jpeg", "image/jpg", "image/svg+xml", "image/webp"], "example": "image/png", "type": "string" }, "sizes": { "description": "Optional array of strings that specify sizes at which the icon can be used. Each string should be in WxH format (e.g., '48x48', '96x96') or 'any' for scalable formats like SVG. If not provided, the client should assume that the icon can be used at any size.", "examples": [["48x48", "96x96"], ["any"]], "items": { "pattern": "^(\\d+x\\d+|any)$", "type": "string" }, "type": "array" }, "src": { "description": "A standard URI pointing to an icon resource. Must be an HTTPS URL. Consumers SHOULD take steps to ensure URLs serving icons are from the same domain as the server or a trusted domain. Consumers SHOULD take appropriate precautions when consuming SVGs as they can contain executable JavaScript.", "example": "https://example.com/icon.png", "format": "uri", "maxLength": 255, "type": "string" }, "theme": { "description": "Optional specifier for the theme this icon is designed for. 'light' indicates the icon is designed to be used with a light background, and 'dark' indicates the icon is designed to be used with a dark background. If not provided, the client should assume the icon can be used with any theme.", "enum": ["light", "dark"], "type": "string" } }, "required": ["src"], "type": "object" };
const schema28 = { "description": "Repository metadata for the MCP server source code. Enables users and security experts to inspect the code, improving transparency.", "properties": { "id": { "description": "Repository identifier from the hosting service (e.g., GitHub repo ID). Owned and determined by the source forge. Should remain stable across repository renames and may be used to detect repository resurrection attacks - if a repository is deleted and recreated, the ID should change. For GitHub, use: gh api repos/<owner>/<repo> --jq '.id'", "example": "b94b5f7e-c7c6-d760-2c78-a5e9b8a5b8c9", "type": "string" }, "source": { "description": "Repository hosting service identifier. Used by registries to determine validation and API access methods.", "example": "github", "type": "string" }, "subfolder": { "description": "Optional relative path from repository root to the server location within a monorepo or nested package structure. Must be a clean relative path.", "example": "src/everything", "type": "string" }, "url": { "description": "Repository URL for browsing source code. Should support both web browsing and git clone operations.", "example": "https://github.com/modelcontextprotocol/servers", "format": "uri", "type": "string" } }, "required": ["url", "source"], "type": "object" };
const formats0 = uri;
const func2 = server_schema_validate_ucs2length;
const pattern0 = new RegExp("^(\\d+x\\d+|any)$", "u");
const pattern1 = new RegExp("^[a-zA-Z0-9.-]+/[a-zA-Z0-9._-]+$", "u");
const schema14 = { "properties": { "environmentVariables": { "description": "A mapping of environment variables to be set when running the package.", "items": { "$ref": "#/definitions/KeyValueInput" }, "type": "array" }, "fileSha256": { "description": "SHA-256 hash of the package file for integrity verification. Required for MCPB packages and optional for other package types. Authors are responsible for generating correct SHA-256 hashes when creating server.json. If present, MCP clients must validate the downloaded file matches the hash before running packages to ensure file integrity.", "example": "fe333e598595000ae021bd27117db32ec69af6987f507ba7a63c90638ff633ce", "pattern": "^[a-f0-9]{64}$", "type": "string" }, "identifier": { "description": "Package identifier - either a package name (for registries) or URL (for direct downloads)", "examples": ["@modelcontextprotocol/server-brave-search", "https://github.com/example/releases/download/v1.0.0/package.mcpb"], "type": "string" }, "packageArguments": { "description": "A list of arguments to be passed to the package's binary.", "items": { "$ref": "#/definitions/Argument" }, "type": "array" }, "registryBaseUrl": { "description": "Base URL of the package registry", "examples": ["https://registry.npmjs.org", "https://pypi.org", "https://docker.io", "https://api.nuget.org/v3/index.json", "https://repo.maven.apache.org/maven2", "https://github.com", "https://gitlab.com"], "format": "uri", "type": "string" }, "registryType": { "description": "Registry type indicating how to download packages (e.g., 'npm', 'pypi', 'oci', 'nuget', 'mcpb', 'maven')", "examples": ["npm", "pypi", "oci", "nuget", "mcpb", "maven"], "type": "string" }, "runtimeArguments": { "description": "A list of arguments to be passed to the package's runtime command (such as docker or npx). The `runtimeHint` field should be provided when `runtimeArguments` are present.", "items": { "$ref": "#/definitions/Argument" }, "type": "array" }, "runtimeHint": { "description": "A hint to help clients determine the appropriate runtime for the package. This field should be provided when `runtimeArguments` are present.", "examples": ["npx", "uvx", "docker", "dnx", "jbang"], "type": "string" }, "transport": { "$ref": "#/definitions/LocalTransport", "description": "Transport protocol configuration for the package" }, "version": { "description": "Package version. Must be a specific version. Version ranges are rejected (e.g., '^1.2.3', '~1.2.3', '>=1.2.3', '1.x', '1.*').", "example": "1.0.2", "minLength": 1, "not": { "const": "latest" }, "type": "string" } }, "required": ["registryType", "identifier", "transport"], "type": "object" };
const schema15 = { "allOf": [{ "$ref": "#/definitions/InputWithVariables" }, { "properties": { "name": { "description": "Name of the header or environment variable.", "example": "SOME_VARIABLE", "type": "string" } }, "required": ["name"], "type": "object" }] };
const schema16 = { "allOf": [{ "$ref": "#/definitions/Input" }, { "properties": { "variables": { "additionalProperties": { "$ref": "#/definitions/Input" }, "description": "A map of variable names to their values. Keys in the input `value` that are wrapped in `{curly_braces}` will be replaced with the corresponding variable values.", "type": "object" } }, "type": "object" }] };
const schema17 = { "properties": { "choices": { "description": "A list of possible values for the input. If provided, the user must select one of these values.", "example": [], "items": { "type": "string" }, "type": "array" }, "default": { "description": "The default value for the input.  This should be a valid value for the input.  If you want to provide input examples or guidance, use the `placeholder` field instead.", "type": "string" }, "description": { "description": "A description of the input, which clients can use to provide context to the user.", "type": "string" }, "format": { "default": "string", "description": "Specifies the input format. Supported values include `filepath`, which should be interpreted as a file on the user's filesystem.\n\nWhen the input is converted to a string, booleans should be represented by the strings \"true\" and \"false\", and numbers should be represented as decimal values.", "enum": ["string", "number", "boolean", "filepath"], "type": "string" }, "isRequired": { "default": false, "type": "boolean" }, "isSecret": { "default": false, "description": "Indicates whether the input is a secret value (e.g., password, token). If true, clients should handle the value securely.", "type": "boolean" }, "placeholder": { "description": "A placeholder for the input to be displaying during configuration. This is used to provide examples or guidance about the expected form or content of the input.", "type": "string" }, "value": { "description": "The value for the input. If this is not set, the user may be prompted to provide a value. If a value is set, it should not be configurable by end users.\n\nIdentifiers wrapped in `{curly_braces}` will be replaced with the corresponding properties from the input `variables` map. If an identifier in braces is not found in `variables`, or if `variables` is not provided, the `{curly_braces}` substring should remain unchanged.\n", "type": "string" } }, "type": "object" };
function validate14(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) { let vErrors = null; let errors = 0; if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.choices !== undefined) {
        let data0 = data.choices;
        if (Array.isArray(data0)) {
            const len0 = data0.length;
            for (let i0 = 0; i0 < len0; i0++) {
                if (typeof data0[i0] !== "string") {
                    const err0 = { instancePath: instancePath + "/choices/" + i0, schemaPath: "#/definitions/Input/properties/choices/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                        vErrors = [err0];
                    }
                    else {
                        vErrors.push(err0);
                    }
                    errors++;
                }
            }
        }
        else {
            const err1 = { instancePath: instancePath + "/choices", schemaPath: "#/definitions/Input/properties/choices/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
                vErrors = [err1];
            }
            else {
                vErrors.push(err1);
            }
            errors++;
        }
    }
    if (data.default !== undefined) {
        if (typeof data.default !== "string") {
            const err2 = { instancePath: instancePath + "/default", schemaPath: "#/definitions/Input/properties/default/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
                vErrors = [err2];
            }
            else {
                vErrors.push(err2);
            }
            errors++;
        }
    }
    if (data.description !== undefined) {
        if (typeof data.description !== "string") {
            const err3 = { instancePath: instancePath + "/description", schemaPath: "#/definitions/Input/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
                vErrors = [err3];
            }
            else {
                vErrors.push(err3);
            }
            errors++;
        }
    }
    if (data.format !== undefined) {
        let data4 = data.format;
        if (typeof data4 !== "string") {
            const err4 = { instancePath: instancePath + "/format", schemaPath: "#/definitions/Input/properties/format/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
                vErrors = [err4];
            }
            else {
                vErrors.push(err4);
            }
            errors++;
        }
        if (!((((data4 === "string") || (data4 === "number")) || (data4 === "boolean")) || (data4 === "filepath"))) {
            const err5 = { instancePath: instancePath + "/format", schemaPath: "#/definitions/Input/properties/format/enum", keyword: "enum", params: { allowedValues: schema17.properties.format.enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
                vErrors = [err5];
            }
            else {
                vErrors.push(err5);
            }
            errors++;
        }
    }
    if (data.isRequired !== undefined) {
        if (typeof data.isRequired !== "boolean") {
            const err6 = { instancePath: instancePath + "/isRequired", schemaPath: "#/definitions/Input/properties/isRequired/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
            if (vErrors === null) {
                vErrors = [err6];
            }
            else {
                vErrors.push(err6);
            }
            errors++;
        }
    }
    if (data.isSecret !== undefined) {
        if (typeof data.isSecret !== "boolean") {
            const err7 = { instancePath: instancePath + "/isSecret", schemaPath: "#/definitions/Input/properties/isSecret/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
            if (vErrors === null) {
                vErrors = [err7];
            }
            else {
                vErrors.push(err7);
            }
            errors++;
        }
    }
    if (data.placeholder !== undefined) {
        if (typeof data.placeholder !== "string") {
            const err8 = { instancePath: instancePath + "/placeholder", schemaPath: "#/definitions/Input/properties/placeholder/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
                vErrors = [err8];
            }
            else {
                vErrors.push(err8);
            }
            errors++;
        }
    }
    if (data.value !== undefined) {
        if (typeof data.value !== "string") {
            const err9 = { instancePath: instancePath + "/value", schemaPath: "#/definitions/Input/properties/value/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
                vErrors = [err9];
            }
            else {
                vErrors.push(err9);
            }
            errors++;
        }
    }
}
else {
    const err10 = { instancePath, schemaPath: "#/definitions/Input/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
        vErrors = [err10];
    }
    else {
        vErrors.push(err10);
    }
    errors++;
} if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.variables !== undefined) {
        let data9 = data.variables;
        if (data9 && typeof data9 == "object" && !Array.isArray(data9)) {
            for (const key0 in data9) {
                let data10 = data9[key0];
                if (data10 && typeof data10 == "object" && !Array.isArray(data10)) {
                    if (data10.choices !== undefined) {
                        let data11 = data10.choices;
                        if (Array.isArray(data11)) {
                            const len1 = data11.length;
                            for (let i1 = 0; i1 < len1; i1++) {
                                if (typeof data11[i1] !== "string") {
                                    const err11 = { instancePath: instancePath + "/variables/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/choices/" + i1, schemaPath: "#/definitions/Input/properties/choices/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                    if (vErrors === null) {
                                        vErrors = [err11];
                                    }
                                    else {
                                        vErrors.push(err11);
                                    }
                                    errors++;
                                }
                            }
                        }
                        else {
                            const err12 = { instancePath: instancePath + "/variables/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/choices", schemaPath: "#/definitions/Input/properties/choices/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                            if (vErrors === null) {
                                vErrors = [err12];
                            }
                            else {
                                vErrors.push(err12);
                            }
                            errors++;
                        }
                    }
                    if (data10.default !== undefined) {
                        if (typeof data10.default !== "string") {
                            const err13 = { instancePath: instancePath + "/variables/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/default", schemaPath: "#/definitions/Input/properties/default/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                                vErrors = [err13];
                            }
                            else {
                                vErrors.push(err13);
                            }
                            errors++;
                        }
                    }
                    if (data10.description !== undefined) {
                        if (typeof data10.description !== "string") {
                            const err14 = { instancePath: instancePath + "/variables/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/description", schemaPath: "#/definitions/Input/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                                vErrors = [err14];
                            }
                            else {
                                vErrors.push(err14);
                            }
                            errors++;
                        }
                    }
                    if (data10.format !== undefined) {
                        let data15 = data10.format;
                        if (typeof data15 !== "string") {
                            const err15 = { instancePath: instancePath + "/variables/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/format", schemaPath: "#/definitions/Input/properties/format/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                                vErrors = [err15];
                            }
                            else {
                                vErrors.push(err15);
                            }
                            errors++;
                        }
                        if (!((((data15 === "string") || (data15 === "number")) || (data15 === "boolean")) || (data15 === "filepath"))) {
                            const err16 = { instancePath: instancePath + "/variables/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/format", schemaPath: "#/definitions/Input/properties/format/enum", keyword: "enum", params: { allowedValues: schema17.properties.format.enum }, message: "must be equal to one of the allowed values" };
                            if (vErrors === null) {
                                vErrors = [err16];
                            }
                            else {
                                vErrors.push(err16);
                            }
                            errors++;
                        }
                    }
                    if (data10.isRequired !== undefined) {
                        if (typeof data10.isRequired !== "boolean") {
                            const err17 = { instancePath: instancePath + "/variables/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/isRequired", schemaPath: "#/definitions/Input/properties/isRequired/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                            if (vErrors === null) {
                                vErrors = [err17];
                            }
                            else {
                                vErrors.push(err17);
                            }
                            errors++;
                        }
                    }
                    if (data10.isSecret !== undefined) {
                        if (typeof data10.isSecret !== "boolean") {
                            const err18 = { instancePath: instancePath + "/variables/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/isSecret", schemaPath: "#/definitions/Input/properties/isSecret/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                            if (vErrors === null) {
                                vErrors = [err18];
                            }
                            else {
                                vErrors.push(err18);
                            }
                            errors++;
                        }
                    }
                    if (data10.placeholder !== undefined) {
                        if (typeof data10.placeholder !== "string") {
                            const err19 = { instancePath: instancePath + "/variables/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/placeholder", schemaPath: "#/definitions/Input/properties/placeholder/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                                vErrors = [err19];
                            }
                            else {
                                vErrors.push(err19);
                            }
                            errors++;
                        }
                    }
                    if (data10.value !== undefined) {
                        if (typeof data10.value !== "string") {
                            const err20 = { instancePath: instancePath + "/variables/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/value", schemaPath: "#/definitions/Input/properties/value/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                                vErrors = [err20];
                            }
                            else {
                                vErrors.push(err20);
                            }
                            errors++;
                        }
                    }
                }
                else {
                    const err21 = { instancePath: instancePath + "/variables/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/Input/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                    if (vErrors === null) {
                        vErrors = [err21];
                    }
                    else {
                        vErrors.push(err21);
                    }
                    errors++;
                }
            }
        }
        else {
            const err22 = { instancePath: instancePath + "/variables", schemaPath: "#/allOf/1/properties/variables/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
                vErrors = [err22];
            }
            else {
                vErrors.push(err22);
            }
            errors++;
        }
    }
}
else {
    const err23 = { instancePath, schemaPath: "#/allOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
        vErrors = [err23];
    }
    else {
        vErrors.push(err23);
    }
    errors++;
} validate14.errors = vErrors; return errors === 0; }
function validate13(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) { let vErrors = null; let errors = 0; if (!(validate14(data, { instancePath, parentData, parentDataProperty, rootData }))) {
    vErrors = vErrors === null ? validate14.errors : vErrors.concat(validate14.errors);
    errors = vErrors.length;
} if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.name === undefined) {
        const err0 = { instancePath, schemaPath: "#/allOf/1/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property '" + "name" + "'" };
        if (vErrors === null) {
            vErrors = [err0];
        }
        else {
            vErrors.push(err0);
        }
        errors++;
    }
    if (data.name !== undefined) {
        if (typeof data.name !== "string") {
            const err1 = { instancePath: instancePath + "/name", schemaPath: "#/allOf/1/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
                vErrors = [err1];
            }
            else {
                vErrors.push(err1);
            }
            errors++;
        }
    }
}
else {
    const err2 = { instancePath, schemaPath: "#/allOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
        vErrors = [err2];
    }
    else {
        vErrors.push(err2);
    }
    errors++;
} validate13.errors = vErrors; return errors === 0; }
const schema19 = { "anyOf": [{ "$ref": "#/definitions/PositionalArgument" }, { "$ref": "#/definitions/NamedArgument" }], "description": "Warning: Arguments construct command-line parameters that may contain user-provided input. This creates potential command injection risks if clients execute commands in a shell environment. For example, a malicious argument value like ';rm -rf ~/Development' could execute dangerous commands. Clients should prefer non-shell execution methods (e.g., posix_spawn) when possible to eliminate injection risks entirely. Where not possible, clients should obtain consent from users or agents to run the resolved command before execution." };
const schema20 = { "allOf": [{ "$ref": "#/definitions/InputWithVariables" }, { "anyOf": [{ "required": ["valueHint"] }, { "required": ["value"] }], "properties": { "isRepeated": { "default": false, "description": "Whether the argument can be repeated multiple times in the command line.", "type": "boolean" }, "type": { "enum": ["positional"], "example": "positional", "type": "string" }, "valueHint": { "description": "An identifier for the positional argument. It is not part of the command line. It may be used by client configuration as a label identifying the argument. It is also used to identify the value in transport URL variable substitution.", "example": "file_path", "type": "string" } }, "required": ["type"], "type": "object" }], "description": "A positional input is a value inserted verbatim into the command line." };
function validate18(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) { let vErrors = null; let errors = 0; if (!(validate14(data, { instancePath, parentData, parentDataProperty, rootData }))) {
    vErrors = vErrors === null ? validate14.errors : vErrors.concat(validate14.errors);
    errors = vErrors.length;
} const _errs3 = errors; let valid1 = false; const _errs4 = errors; if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.valueHint === undefined) {
        const err0 = { instancePath, schemaPath: "#/allOf/1/anyOf/0/required", keyword: "required", params: { missingProperty: "valueHint" }, message: "must have required property '" + "valueHint" + "'" };
        if (vErrors === null) {
            vErrors = [err0];
        }
        else {
            vErrors.push(err0);
        }
        errors++;
    }
} var _valid0 = _errs4 === errors; valid1 = valid1 || _valid0; if (!valid1) {
    const _errs5 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
        if (data.value === undefined) {
            const err1 = { instancePath, schemaPath: "#/allOf/1/anyOf/1/required", keyword: "required", params: { missingProperty: "value" }, message: "must have required property '" + "value" + "'" };
            if (vErrors === null) {
                vErrors = [err1];
            }
            else {
                vErrors.push(err1);
            }
            errors++;
        }
    }
    var _valid0 = _errs5 === errors;
    valid1 = valid1 || _valid0;
} if (!valid1) {
    const err2 = { instancePath, schemaPath: "#/allOf/1/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
    if (vErrors === null) {
        vErrors = [err2];
    }
    else {
        vErrors.push(err2);
    }
    errors++;
}
else {
    errors = _errs3;
    if (vErrors !== null) {
        if (_errs3) {
            vErrors.length = _errs3;
        }
        else {
            vErrors = null;
        }
    }
} if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.type === undefined) {
        const err3 = { instancePath, schemaPath: "#/allOf/1/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property '" + "type" + "'" };
        if (vErrors === null) {
            vErrors = [err3];
        }
        else {
            vErrors.push(err3);
        }
        errors++;
    }
    if (data.isRepeated !== undefined) {
        if (typeof data.isRepeated !== "boolean") {
            const err4 = { instancePath: instancePath + "/isRepeated", schemaPath: "#/allOf/1/properties/isRepeated/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
            if (vErrors === null) {
                vErrors = [err4];
            }
            else {
                vErrors.push(err4);
            }
            errors++;
        }
    }
    if (data.type !== undefined) {
        let data1 = data.type;
        if (typeof data1 !== "string") {
            const err5 = { instancePath: instancePath + "/type", schemaPath: "#/allOf/1/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
                vErrors = [err5];
            }
            else {
                vErrors.push(err5);
            }
            errors++;
        }
        if (!(data1 === "positional")) {
            const err6 = { instancePath: instancePath + "/type", schemaPath: "#/allOf/1/properties/type/enum", keyword: "enum", params: { allowedValues: schema20.allOf[1].properties.type.enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
                vErrors = [err6];
            }
            else {
                vErrors.push(err6);
            }
            errors++;
        }
    }
    if (data.valueHint !== undefined) {
        if (typeof data.valueHint !== "string") {
            const err7 = { instancePath: instancePath + "/valueHint", schemaPath: "#/allOf/1/properties/valueHint/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
                vErrors = [err7];
            }
            else {
                vErrors.push(err7);
            }
            errors++;
        }
    }
}
else {
    const err8 = { instancePath, schemaPath: "#/allOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
        vErrors = [err8];
    }
    else {
        vErrors.push(err8);
    }
    errors++;
} validate18.errors = vErrors; return errors === 0; }
const schema21 = { "allOf": [{ "$ref": "#/definitions/InputWithVariables" }, { "properties": { "isRepeated": { "default": false, "description": "Whether the argument can be repeated multiple times.", "type": "boolean" }, "name": { "description": "The flag name, including any leading dashes.", "example": "--port", "type": "string" }, "type": { "enum": ["named"], "example": "named", "type": "string" } }, "required": ["type", "name"], "type": "object" }], "description": "A command-line `--flag={value}`." };
function validate21(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) { let vErrors = null; let errors = 0; if (!(validate14(data, { instancePath, parentData, parentDataProperty, rootData }))) {
    vErrors = vErrors === null ? validate14.errors : vErrors.concat(validate14.errors);
    errors = vErrors.length;
} if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.type === undefined) {
        const err0 = { instancePath, schemaPath: "#/allOf/1/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property '" + "type" + "'" };
        if (vErrors === null) {
            vErrors = [err0];
        }
        else {
            vErrors.push(err0);
        }
        errors++;
    }
    if (data.name === undefined) {
        const err1 = { instancePath, schemaPath: "#/allOf/1/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property '" + "name" + "'" };
        if (vErrors === null) {
            vErrors = [err1];
        }
        else {
            vErrors.push(err1);
        }
        errors++;
    }
    if (data.isRepeated !== undefined) {
        if (typeof data.isRepeated !== "boolean") {
            const err2 = { instancePath: instancePath + "/isRepeated", schemaPath: "#/allOf/1/properties/isRepeated/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
            if (vErrors === null) {
                vErrors = [err2];
            }
            else {
                vErrors.push(err2);
            }
            errors++;
        }
    }
    if (data.name !== undefined) {
        if (typeof data.name !== "string") {
            const err3 = { instancePath: instancePath + "/name", schemaPath: "#/allOf/1/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
                vErrors = [err3];
            }
            else {
                vErrors.push(err3);
            }
            errors++;
        }
    }
    if (data.type !== undefined) {
        let data2 = data.type;
        if (typeof data2 !== "string") {
            const err4 = { instancePath: instancePath + "/type", schemaPath: "#/allOf/1/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
                vErrors = [err4];
            }
            else {
                vErrors.push(err4);
            }
            errors++;
        }
        if (!(data2 === "named")) {
            const err5 = { instancePath: instancePath + "/type", schemaPath: "#/allOf/1/properties/type/enum", keyword: "enum", params: { allowedValues: schema21.allOf[1].properties.type.enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
                vErrors = [err5];
            }
            else {
                vErrors.push(err5);
            }
            errors++;
        }
    }
}
else {
    const err6 = { instancePath, schemaPath: "#/allOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
        vErrors = [err6];
    }
    else {
        vErrors.push(err6);
    }
    errors++;
} validate21.errors = vErrors; return errors === 0; }
function validate17(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) { let vErrors = null; let errors = 0; const _errs0 = errors; let valid0 = false; const _errs1 = errors; if (!(validate18(data, { instancePath, parentData, parentDataProperty, rootData }))) {
    vErrors = vErrors === null ? validate18.errors : vErrors.concat(validate18.errors);
    errors = vErrors.length;
} var _valid0 = _errs1 === errors; valid0 = valid0 || _valid0; if (!valid0) {
    const _errs2 = errors;
    if (!(validate21(data, { instancePath, parentData, parentDataProperty, rootData }))) {
        vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
        errors = vErrors.length;
    }
    var _valid0 = _errs2 === errors;
    valid0 = valid0 || _valid0;
} if (!valid0) {
    const err0 = { instancePath, schemaPath: "#/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
    if (vErrors === null) {
        vErrors = [err0];
    }
    else {
        vErrors.push(err0);
    }
    errors++;
}
else {
    errors = _errs0;
    if (vErrors !== null) {
        if (_errs0) {
            vErrors.length = _errs0;
        }
        else {
            vErrors = null;
        }
    }
} validate17.errors = vErrors; return errors === 0; }
const schema22 = { "anyOf": [{ "$ref": "#/definitions/StdioTransport" }, { "$ref": "#/definitions/StreamableHttpTransport" }, { "$ref": "#/definitions/SseTransport" }], "description": "Transport protocol configuration for local/package context" };
const schema23 = { "properties": { "type": { "description": "Transport type", "enum": ["stdio"], "example": "stdio", "type": "string" } }, "required": ["type"], "type": "object" };
const schema24 = { "properties": { "headers": { "description": "HTTP headers to include", "items": { "$ref": "#/definitions/KeyValueInput" }, "type": "array" }, "type": { "description": "Transport type", "enum": ["streamable-http"], "example": "streamable-http", "type": "string" }, "url": { "description": "URL template for the streamable-http transport. Variables in {curly_braces} are resolved based on context: In Package context, they reference argument valueHints, argument names, or environment variable names from the parent Package. In Remote context, they reference variables from the transport's 'variables' object. After variable substitution, this should produce a valid URI.", "example": "https://api.example.com/mcp", "pattern": "^https?://[^\\s]+$", "type": "string" } }, "required": ["type", "url"], "type": "object" };
const pattern3 = new RegExp("^https?://[^\\s]+$", "u");
function validate27(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) { let vErrors = null; let errors = 0; if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.type === undefined) {
        const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property '" + "type" + "'" };
        if (vErrors === null) {
            vErrors = [err0];
        }
        else {
            vErrors.push(err0);
        }
        errors++;
    }
    if (data.url === undefined) {
        const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "url" }, message: "must have required property '" + "url" + "'" };
        if (vErrors === null) {
            vErrors = [err1];
        }
        else {
            vErrors.push(err1);
        }
        errors++;
    }
    if (data.headers !== undefined) {
        let data0 = data.headers;
        if (Array.isArray(data0)) {
            const len0 = data0.length;
            for (let i0 = 0; i0 < len0; i0++) {
                if (!(validate13(data0[i0], { instancePath: instancePath + "/headers/" + i0, parentData: data0, parentDataProperty: i0, rootData }))) {
                    vErrors = vErrors === null ? validate13.errors : vErrors.concat(validate13.errors);
                    errors = vErrors.length;
                }
            }
        }
        else {
            const err2 = { instancePath: instancePath + "/headers", schemaPath: "#/properties/headers/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
                vErrors = [err2];
            }
            else {
                vErrors.push(err2);
            }
            errors++;
        }
    }
    if (data.type !== undefined) {
        let data2 = data.type;
        if (typeof data2 !== "string") {
            const err3 = { instancePath: instancePath + "/type", schemaPath: "#/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
                vErrors = [err3];
            }
            else {
                vErrors.push(err3);
            }
            errors++;
        }
        if (!(data2 === "streamable-http")) {
            const err4 = { instancePath: instancePath + "/type", schemaPath: "#/properties/type/enum", keyword: "enum", params: { allowedValues: schema24.properties.type.enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
                vErrors = [err4];
            }
            else {
                vErrors.push(err4);
            }
            errors++;
        }
    }
    if (data.url !== undefined) {
        let data3 = data.url;
        if (typeof data3 === "string") {
            if (!pattern3.test(data3)) {
                const err5 = { instancePath: instancePath + "/url", schemaPath: "#/properties/url/pattern", keyword: "pattern", params: { pattern: "^https?://[^\\s]+$" }, message: "must match pattern \"" + "^https?://[^\\s]+$" + "\"" };
                if (vErrors === null) {
                    vErrors = [err5];
                }
                else {
                    vErrors.push(err5);
                }
                errors++;
            }
        }
        else {
            const err6 = { instancePath: instancePath + "/url", schemaPath: "#/properties/url/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
                vErrors = [err6];
            }
            else {
                vErrors.push(err6);
            }
            errors++;
        }
    }
}
else {
    const err7 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
        vErrors = [err7];
    }
    else {
        vErrors.push(err7);
    }
    errors++;
} validate27.errors = vErrors; return errors === 0; }
const schema25 = { "properties": { "headers": { "description": "HTTP headers to include", "items": { "$ref": "#/definitions/KeyValueInput" }, "type": "array" }, "type": { "description": "Transport type", "enum": ["sse"], "example": "sse", "type": "string" }, "url": { "description": "Server-Sent Events endpoint URL template. Variables in {curly_braces} are resolved based on context: In Package context, they reference argument valueHints, argument names, or environment variable names from the parent Package. In Remote context, they reference variables from the transport's 'variables' object. After variable substitution, this should produce a valid URI.", "example": "https://mcp-fs.example.com/sse", "pattern": "^https?://[^\\s]+$", "type": "string" } }, "required": ["type", "url"], "type": "object" };
function validate30(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) { let vErrors = null; let errors = 0; if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.type === undefined) {
        const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property '" + "type" + "'" };
        if (vErrors === null) {
            vErrors = [err0];
        }
        else {
            vErrors.push(err0);
        }
        errors++;
    }
    if (data.url === undefined) {
        const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "url" }, message: "must have required property '" + "url" + "'" };
        if (vErrors === null) {
            vErrors = [err1];
        }
        else {
            vErrors.push(err1);
        }
        errors++;
    }
    if (data.headers !== undefined) {
        let data0 = data.headers;
        if (Array.isArray(data0)) {
            const len0 = data0.length;
            for (let i0 = 0; i0 < len0; i0++) {
                if (!(validate13(data0[i0], { instancePath: instancePath + "/headers/" + i0, parentData: data0, parentDataProperty: i0, rootData }))) {
                    vErrors = vErrors === null ? validate13.errors : vErrors.concat(validate13.errors);
                    errors = vErrors.length;
                }
            }
        }
        else {
            const err2 = { instancePath: instancePath + "/headers", schemaPath: "#/properties/headers/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
                vErrors = [err2];
            }
            else {
                vErrors.push(err2);
            }
            errors++;
        }
    }
    if (data.type !== undefined) {
        let data2 = data.type;
        if (typeof data2 !== "string") {
            const err3 = { instancePath: instancePath + "/type", schemaPath: "#/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
                vErrors = [err3];
            }
            else {
                vErrors.push(err3);
            }
            errors++;
        }
        if (!(data2 === "sse")) {
            const err4 = { instancePath: instancePath + "/type", schemaPath: "#/properties/type/enum", keyword: "enum", params: { allowedValues: schema25.properties.type.enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
                vErrors = [err4];
            }
            else {
                vErrors.push(err4);
            }
            errors++;
        }
    }
    if (data.url !== undefined) {
        let data3 = data.url;
        if (typeof data3 === "string") {
            if (!pattern3.test(data3)) {
                const err5 = { instancePath: instancePath + "/url", schemaPath: "#/properties/url/pattern", keyword: "pattern", params: { pattern: "^https?://[^\\s]+$" }, message: "must match pattern \"" + "^https?://[^\\s]+$" + "\"" };
                if (vErrors === null) {
                    vErrors = [err5];
                }
                else {
                    vErrors.push(err5);
                }
                errors++;
            }
        }
        else {
            const err6 = { instancePath: instancePath + "/url", schemaPath: "#/properties/url/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
                vErrors = [err6];
            }
            else {
                vErrors.push(err6);
            }
            errors++;
        }
    }
}
else {
    const err7 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
        vErrors = [err7];
    }
    else {
        vErrors.push(err7);
    }
    errors++;
} validate30.errors = vErrors; return errors === 0; }
function validate26(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) { let vErrors = null; let errors = 0; const _errs0 = errors; let valid0 = false; const _errs1 = errors; if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.type === undefined) {
        const err0 = { instancePath, schemaPath: "#/definitions/StdioTransport/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property '" + "type" + "'" };
        if (vErrors === null) {
            vErrors = [err0];
        }
        else {
            vErrors.push(err0);
        }
        errors++;
    }
    if (data.type !== undefined) {
        let data0 = data.type;
        if (typeof data0 !== "string") {
            const err1 = { instancePath: instancePath + "/type", schemaPath: "#/definitions/StdioTransport/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
                vErrors = [err1];
            }
            else {
                vErrors.push(err1);
            }
            errors++;
        }
        if (!(data0 === "stdio")) {
            const err2 = { instancePath: instancePath + "/type", schemaPath: "#/definitions/StdioTransport/properties/type/enum", keyword: "enum", params: { allowedValues: schema23.properties.type.enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
                vErrors = [err2];
            }
            else {
                vErrors.push(err2);
            }
            errors++;
        }
    }
}
else {
    const err3 = { instancePath, schemaPath: "#/definitions/StdioTransport/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
        vErrors = [err3];
    }
    else {
        vErrors.push(err3);
    }
    errors++;
} var _valid0 = _errs1 === errors; valid0 = valid0 || _valid0; if (!valid0) {
    const _errs6 = errors;
    if (!(validate27(data, { instancePath, parentData, parentDataProperty, rootData }))) {
        vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);
        errors = vErrors.length;
    }
    var _valid0 = _errs6 === errors;
    valid0 = valid0 || _valid0;
    if (!valid0) {
        const _errs7 = errors;
        if (!(validate30(data, { instancePath, parentData, parentDataProperty, rootData }))) {
            vErrors = vErrors === null ? validate30.errors : vErrors.concat(validate30.errors);
            errors = vErrors.length;
        }
        var _valid0 = _errs7 === errors;
        valid0 = valid0 || _valid0;
    }
} if (!valid0) {
    const err4 = { instancePath, schemaPath: "#/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
    if (vErrors === null) {
        vErrors = [err4];
    }
    else {
        vErrors.push(err4);
    }
    errors++;
}
else {
    errors = _errs0;
    if (vErrors !== null) {
        if (_errs0) {
            vErrors.length = _errs0;
        }
        else {
            vErrors = null;
        }
    }
} validate26.errors = vErrors; return errors === 0; }
const pattern2 = new RegExp("^[a-f0-9]{64}$", "u");
function validate12(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) { let vErrors = null; let errors = 0; if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.registryType === undefined) {
        const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "registryType" }, message: "must have required property '" + "registryType" + "'" };
        if (vErrors === null) {
            vErrors = [err0];
        }
        else {
            vErrors.push(err0);
        }
        errors++;
    }
    if (data.identifier === undefined) {
        const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "identifier" }, message: "must have required property '" + "identifier" + "'" };
        if (vErrors === null) {
            vErrors = [err1];
        }
        else {
            vErrors.push(err1);
        }
        errors++;
    }
    if (data.transport === undefined) {
        const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "transport" }, message: "must have required property '" + "transport" + "'" };
        if (vErrors === null) {
            vErrors = [err2];
        }
        else {
            vErrors.push(err2);
        }
        errors++;
    }
    if (data.environmentVariables !== undefined) {
        let data0 = data.environmentVariables;
        if (Array.isArray(data0)) {
            const len0 = data0.length;
            for (let i0 = 0; i0 < len0; i0++) {
                if (!(validate13(data0[i0], { instancePath: instancePath + "/environmentVariables/" + i0, parentData: data0, parentDataProperty: i0, rootData }))) {
                    vErrors = vErrors === null ? validate13.errors : vErrors.concat(validate13.errors);
                    errors = vErrors.length;
                }
            }
        }
        else {
            const err3 = { instancePath: instancePath + "/environmentVariables", schemaPath: "#/properties/environmentVariables/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
                vErrors = [err3];
            }
            else {
                vErrors.push(err3);
            }
            errors++;
        }
    }
    if (data.fileSha256 !== undefined) {
        let data2 = data.fileSha256;
        if (typeof data2 === "string") {
            if (!pattern2.test(data2)) {
                const err4 = { instancePath: instancePath + "/fileSha256", schemaPath: "#/properties/fileSha256/pattern", keyword: "pattern", params: { pattern: "^[a-f0-9]{64}$" }, message: "must match pattern \"" + "^[a-f0-9]{64}$" + "\"" };
                if (vErrors === null) {
                    vErrors = [err4];
                }
                else {
                    vErrors.push(err4);
                }
                errors++;
            }
        }
        else {
            const err5 = { instancePath: instancePath + "/fileSha256", schemaPath: "#/properties/fileSha256/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
                vErrors = [err5];
            }
            else {
                vErrors.push(err5);
            }
            errors++;
        }
    }
    if (data.identifier !== undefined) {
        if (typeof data.identifier !== "string") {
            const err6 = { instancePath: instancePath + "/identifier", schemaPath: "#/properties/identifier/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
                vErrors = [err6];
            }
            else {
                vErrors.push(err6);
            }
            errors++;
        }
    }
    if (data.packageArguments !== undefined) {
        let data4 = data.packageArguments;
        if (Array.isArray(data4)) {
            const len1 = data4.length;
            for (let i1 = 0; i1 < len1; i1++) {
                if (!(validate17(data4[i1], { instancePath: instancePath + "/packageArguments/" + i1, parentData: data4, parentDataProperty: i1, rootData }))) {
                    vErrors = vErrors === null ? validate17.errors : vErrors.concat(validate17.errors);
                    errors = vErrors.length;
                }
            }
        }
        else {
            const err7 = { instancePath: instancePath + "/packageArguments", schemaPath: "#/properties/packageArguments/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
                vErrors = [err7];
            }
            else {
                vErrors.push(err7);
            }
            errors++;
        }
    }
    if (data.registryBaseUrl !== undefined) {
        let data6 = data.registryBaseUrl;
        if (typeof data6 === "string") {
            if (!(formats0(data6))) {
                const err8 = { instancePath: instancePath + "/registryBaseUrl", schemaPath: "#/properties/registryBaseUrl/format", keyword: "format", params: { format: "uri" }, message: "must match format \"" + "uri" + "\"" };
                if (vErrors === null) {
                    vErrors = [err8];
                }
                else {
                    vErrors.push(err8);
                }
                errors++;
            }
        }
        else {
            const err9 = { instancePath: instancePath + "/registryBaseUrl", schemaPath: "#/properties/registryBaseUrl/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
                vErrors = [err9];
            }
            else {
                vErrors.push(err9);
            }
            errors++;
        }
    }
    if (data.registryType !== undefined) {
        if (typeof data.registryType !== "string") {
            const err10 = { instancePath: instancePath + "/registryType", schemaPath: "#/properties/registryType/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
                vErrors = [err10];
            }
            else {
                vErrors.push(err10);
            }
            errors++;
        }
    }
    if (data.runtimeArguments !== undefined) {
        let data8 = data.runtimeArguments;
        if (Array.isArray(data8)) {
            const len2 = data8.length;
            for (let i2 = 0; i2 < len2; i2++) {
                if (!(validate17(data8[i2], { instancePath: instancePath + "/runtimeArguments/" + i2, parentData: data8, parentDataProperty: i2, rootData }))) {
                    vErrors = vErrors === null ? validate17.errors : vErrors.concat(validate17.errors);
                    errors = vErrors.length;
                }
            }
        }
        else {
            const err11 = { instancePath: instancePath + "/runtimeArguments", schemaPath: "#/properties/runtimeArguments/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
                vErrors = [err11];
            }
            else {
                vErrors.push(err11);
            }
            errors++;
        }
    }
    if (data.runtimeHint !== undefined) {
        if (typeof data.runtimeHint !== "string") {
            const err12 = { instancePath: instancePath + "/runtimeHint", schemaPath: "#/properties/runtimeHint/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
                vErrors = [err12];
            }
            else {
                vErrors.push(err12);
            }
            errors++;
        }
    }
    if (data.transport !== undefined) {
        if (!(validate26(data.transport, { instancePath: instancePath + "/transport", parentData: data, parentDataProperty: "transport", rootData }))) {
            vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
            errors = vErrors.length;
        }
    }
    if (data.version !== undefined) {
        let data12 = data.version;
        const _errs23 = errors;
        const _errs24 = errors;
        if ("latest" !== data12) {
            const err13 = {};
            if (vErrors === null) {
                vErrors = [err13];
            }
            else {
                vErrors.push(err13);
            }
            errors++;
        }
        var valid7 = _errs24 === errors;
        if (valid7) {
            const err14 = { instancePath: instancePath + "/version", schemaPath: "#/properties/version/not", keyword: "not", params: {}, message: "must NOT be valid" };
            if (vErrors === null) {
                vErrors = [err14];
            }
            else {
                vErrors.push(err14);
            }
            errors++;
        }
        else {
            errors = _errs23;
            if (vErrors !== null) {
                if (_errs23) {
                    vErrors.length = _errs23;
                }
                else {
                    vErrors = null;
                }
            }
        }
        if (typeof data12 === "string") {
            if (func2(data12) < 1) {
                const err15 = { instancePath: instancePath + "/version", schemaPath: "#/properties/version/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                if (vErrors === null) {
                    vErrors = [err15];
                }
                else {
                    vErrors.push(err15);
                }
                errors++;
            }
        }
        else {
            const err16 = { instancePath: instancePath + "/version", schemaPath: "#/properties/version/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
                vErrors = [err16];
            }
            else {
                vErrors.push(err16);
            }
            errors++;
        }
    }
}
else {
    const err17 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
        vErrors = [err17];
    }
    else {
        vErrors.push(err17);
    }
    errors++;
} validate12.errors = vErrors; return errors === 0; }
const schema26 = { "allOf": [{ "anyOf": [{ "$ref": "#/definitions/StreamableHttpTransport" }, { "$ref": "#/definitions/SseTransport" }] }, { "properties": { "variables": { "additionalProperties": { "$ref": "#/definitions/Input" }, "description": "Configuration variables that can be referenced in URL template {curly_braces}. The key is the variable name, and the value defines the variable properties.", "type": "object" } }, "type": "object" }], "description": "Transport protocol configuration for remote context - extends StreamableHttpTransport or SseTransport with variables" };
function validate35(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) { let vErrors = null; let errors = 0; const _errs1 = errors; let valid1 = false; const _errs2 = errors; if (!(validate27(data, { instancePath, parentData, parentDataProperty, rootData }))) {
    vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);
    errors = vErrors.length;
} var _valid0 = _errs2 === errors; valid1 = valid1 || _valid0; if (!valid1) {
    const _errs3 = errors;
    if (!(validate30(data, { instancePath, parentData, parentDataProperty, rootData }))) {
        vErrors = vErrors === null ? validate30.errors : vErrors.concat(validate30.errors);
        errors = vErrors.length;
    }
    var _valid0 = _errs3 === errors;
    valid1 = valid1 || _valid0;
} if (!valid1) {
    const err0 = { instancePath, schemaPath: "#/allOf/0/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
    if (vErrors === null) {
        vErrors = [err0];
    }
    else {
        vErrors.push(err0);
    }
    errors++;
}
else {
    errors = _errs1;
    if (vErrors !== null) {
        if (_errs1) {
            vErrors.length = _errs1;
        }
        else {
            vErrors = null;
        }
    }
} if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.variables !== undefined) {
        let data0 = data.variables;
        if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
            for (const key0 in data0) {
                let data1 = data0[key0];
                if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
                    if (data1.choices !== undefined) {
                        let data2 = data1.choices;
                        if (Array.isArray(data2)) {
                            const len0 = data2.length;
                            for (let i0 = 0; i0 < len0; i0++) {
                                if (typeof data2[i0] !== "string") {
                                    const err1 = { instancePath: instancePath + "/variables/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/choices/" + i0, schemaPath: "#/definitions/Input/properties/choices/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                    if (vErrors === null) {
                                        vErrors = [err1];
                                    }
                                    else {
                                        vErrors.push(err1);
                                    }
                                    errors++;
                                }
                            }
                        }
                        else {
                            const err2 = { instancePath: instancePath + "/variables/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/choices", schemaPath: "#/definitions/Input/properties/choices/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                            if (vErrors === null) {
                                vErrors = [err2];
                            }
                            else {
                                vErrors.push(err2);
                            }
                            errors++;
                        }
                    }
                    if (data1.default !== undefined) {
                        if (typeof data1.default !== "string") {
                            const err3 = { instancePath: instancePath + "/variables/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/default", schemaPath: "#/definitions/Input/properties/default/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                                vErrors = [err3];
                            }
                            else {
                                vErrors.push(err3);
                            }
                            errors++;
                        }
                    }
                    if (data1.description !== undefined) {
                        if (typeof data1.description !== "string") {
                            const err4 = { instancePath: instancePath + "/variables/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/description", schemaPath: "#/definitions/Input/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                                vErrors = [err4];
                            }
                            else {
                                vErrors.push(err4);
                            }
                            errors++;
                        }
                    }
                    if (data1.format !== undefined) {
                        let data6 = data1.format;
                        if (typeof data6 !== "string") {
                            const err5 = { instancePath: instancePath + "/variables/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/format", schemaPath: "#/definitions/Input/properties/format/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                                vErrors = [err5];
                            }
                            else {
                                vErrors.push(err5);
                            }
                            errors++;
                        }
                        if (!((((data6 === "string") || (data6 === "number")) || (data6 === "boolean")) || (data6 === "filepath"))) {
                            const err6 = { instancePath: instancePath + "/variables/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/format", schemaPath: "#/definitions/Input/properties/format/enum", keyword: "enum", params: { allowedValues: schema17.properties.format.enum }, message: "must be equal to one of the allowed values" };
                            if (vErrors === null) {
                                vErrors = [err6];
                            }
                            else {
                                vErrors.push(err6);
                            }
                            errors++;
                        }
                    }
                    if (data1.isRequired !== undefined) {
                        if (typeof data1.isRequired !== "boolean") {
                            const err7 = { instancePath: instancePath + "/variables/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/isRequired", schemaPath: "#/definitions/Input/properties/isRequired/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                            if (vErrors === null) {
                                vErrors = [err7];
                            }
                            else {
                                vErrors.push(err7);
                            }
                            errors++;
                        }
                    }
                    if (data1.isSecret !== undefined) {
                        if (typeof data1.isSecret !== "boolean") {
                            const err8 = { instancePath: instancePath + "/variables/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/isSecret", schemaPath: "#/definitions/Input/properties/isSecret/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                            if (vErrors === null) {
                                vErrors = [err8];
                            }
                            else {
                                vErrors.push(err8);
                            }
                            errors++;
                        }
                    }
                    if (data1.placeholder !== undefined) {
                        if (typeof data1.placeholder !== "string") {
                            const err9 = { instancePath: instancePath + "/variables/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/placeholder", schemaPath: "#/definitions/Input/properties/placeholder/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                                vErrors = [err9];
                            }
                            else {
                                vErrors.push(err9);
                            }
                            errors++;
                        }
                    }
                    if (data1.value !== undefined) {
                        if (typeof data1.value !== "string") {
                            const err10 = { instancePath: instancePath + "/variables/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/value", schemaPath: "#/definitions/Input/properties/value/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                                vErrors = [err10];
                            }
                            else {
                                vErrors.push(err10);
                            }
                            errors++;
                        }
                    }
                }
                else {
                    const err11 = { instancePath: instancePath + "/variables/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/Input/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                    if (vErrors === null) {
                        vErrors = [err11];
                    }
                    else {
                        vErrors.push(err11);
                    }
                    errors++;
                }
            }
        }
        else {
            const err12 = { instancePath: instancePath + "/variables", schemaPath: "#/allOf/1/properties/variables/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
                vErrors = [err12];
            }
            else {
                vErrors.push(err12);
            }
            errors++;
        }
    }
}
else {
    const err13 = { instancePath, schemaPath: "#/allOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
        vErrors = [err13];
    }
    else {
        vErrors.push(err13);
    }
    errors++;
} validate35.errors = vErrors; return errors === 0; }
function validate11(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) { let vErrors = null; let errors = 0; if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.name === undefined) {
        const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property '" + "name" + "'" };
        if (vErrors === null) {
            vErrors = [err0];
        }
        else {
            vErrors.push(err0);
        }
        errors++;
    }
    if (data.description === undefined) {
        const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "description" }, message: "must have required property '" + "description" + "'" };
        if (vErrors === null) {
            vErrors = [err1];
        }
        else {
            vErrors.push(err1);
        }
        errors++;
    }
    if (data.version === undefined) {
        const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "version" }, message: "must have required property '" + "version" + "'" };
        if (vErrors === null) {
            vErrors = [err2];
        }
        else {
            vErrors.push(err2);
        }
        errors++;
    }
    if (data.$schema !== undefined) {
        let data0 = data.$schema;
        if (typeof data0 === "string") {
            if (!(formats0(data0))) {
                const err3 = { instancePath: instancePath + "/$schema", schemaPath: "#/properties/%24schema/format", keyword: "format", params: { format: "uri" }, message: "must match format \"" + "uri" + "\"" };
                if (vErrors === null) {
                    vErrors = [err3];
                }
                else {
                    vErrors.push(err3);
                }
                errors++;
            }
        }
        else {
            const err4 = { instancePath: instancePath + "/$schema", schemaPath: "#/properties/%24schema/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
                vErrors = [err4];
            }
            else {
                vErrors.push(err4);
            }
            errors++;
        }
    }
    if (data._meta !== undefined) {
        let data1 = data._meta;
        if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
            if (data1["io.modelcontextprotocol.registry/publisher-provided"] !== undefined) {
                let data2 = data1["io.modelcontextprotocol.registry/publisher-provided"];
                if (data2 && typeof data2 == "object" && !Array.isArray(data2)) { }
                else {
                    const err5 = { instancePath: instancePath + "/_meta/io.modelcontextprotocol.registry~1publisher-provided", schemaPath: "#/properties/_meta/properties/io.modelcontextprotocol.registry~1publisher-provided/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                    if (vErrors === null) {
                        vErrors = [err5];
                    }
                    else {
                        vErrors.push(err5);
                    }
                    errors++;
                }
            }
        }
        else {
            const err6 = { instancePath: instancePath + "/_meta", schemaPath: "#/properties/_meta/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
                vErrors = [err6];
            }
            else {
                vErrors.push(err6);
            }
            errors++;
        }
    }
    if (data.description !== undefined) {
        let data3 = data.description;
        if (typeof data3 === "string") {
            if (func2(data3) > 100) {
                const err7 = { instancePath: instancePath + "/description", schemaPath: "#/properties/description/maxLength", keyword: "maxLength", params: { limit: 100 }, message: "must NOT have more than 100 characters" };
                if (vErrors === null) {
                    vErrors = [err7];
                }
                else {
                    vErrors.push(err7);
                }
                errors++;
            }
            if (func2(data3) < 1) {
                const err8 = { instancePath: instancePath + "/description", schemaPath: "#/properties/description/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                if (vErrors === null) {
                    vErrors = [err8];
                }
                else {
                    vErrors.push(err8);
                }
                errors++;
            }
        }
        else {
            const err9 = { instancePath: instancePath + "/description", schemaPath: "#/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
                vErrors = [err9];
            }
            else {
                vErrors.push(err9);
            }
            errors++;
        }
    }
    if (data.icons !== undefined) {
        let data4 = data.icons;
        if (Array.isArray(data4)) {
            const len0 = data4.length;
            for (let i0 = 0; i0 < len0; i0++) {
                let data5 = data4[i0];
                if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
                    if (data5.src === undefined) {
                        const err10 = { instancePath: instancePath + "/icons/" + i0, schemaPath: "#/definitions/Icon/required", keyword: "required", params: { missingProperty: "src" }, message: "must have required property '" + "src" + "'" };
                        if (vErrors === null) {
                            vErrors = [err10];
                        }
                        else {
                            vErrors.push(err10);
                        }
                        errors++;
                    }
                    if (data5.mimeType !== undefined) {
                        let data6 = data5.mimeType;
                        if (typeof data6 !== "string") {
                            const err11 = { instancePath: instancePath + "/icons/" + i0 + "/mimeType", schemaPath: "#/definitions/Icon/properties/mimeType/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                                vErrors = [err11];
                            }
                            else {
                                vErrors.push(err11);
                            }
                            errors++;
                        }
                        if (!(((((data6 === "image/png") || (data6 === "image/jpeg")) || (data6 === "image/jpg")) || (data6 === "image/svg+xml")) || (data6 === "image/webp"))) {
                            const err12 = { instancePath: instancePath + "/icons/" + i0 + "/mimeType", schemaPath: "#/definitions/Icon/properties/mimeType/enum", keyword: "enum", params: { allowedValues: schema13.properties.mimeType.enum }, message: "must be equal to one of the allowed values" };
                            if (vErrors === null) {
                                vErrors = [err12];
                            }
                            else {
                                vErrors.push(err12);
                            }
                            errors++;
                        }
                    }
                    if (data5.sizes !== undefined) {
                        let data7 = data5.sizes;
                        if (Array.isArray(data7)) {
                            const len1 = data7.length;
                            for (let i1 = 0; i1 < len1; i1++) {
                                let data8 = data7[i1];
                                if (typeof data8 === "string") {
                                    if (!pattern0.test(data8)) {
                                        const err13 = { instancePath: instancePath + "/icons/" + i0 + "/sizes/" + i1, schemaPath: "#/definitions/Icon/properties/sizes/items/pattern", keyword: "pattern", params: { pattern: "^(\\d+x\\d+|any)$" }, message: "must match pattern \"" + "^(\\d+x\\d+|any)$" + "\"" };
                                        if (vErrors === null) {
                                            vErrors = [err13];
                                        }
                                        else {
                                            vErrors.push(err13);
                                        }
                                        errors++;
                                    }
                                }
                                else {
                                    const err14 = { instancePath: instancePath + "/icons/" + i0 + "/sizes/" + i1, schemaPath: "#/definitions/Icon/properties/sizes/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                    if (vErrors === null) {
                                        vErrors = [err14];
                                    }
                                    else {
                                        vErrors.push(err14);
                                    }
                                    errors++;
                                }
                            }
                        }
                        else {
                            const err15 = { instancePath: instancePath + "/icons/" + i0 + "/sizes", schemaPath: "#/definitions/Icon/properties/sizes/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                            if (vErrors === null) {
                                vErrors = [err15];
                            }
                            else {
                                vErrors.push(err15);
                            }
                            errors++;
                        }
                    }
                    if (data5.src !== undefined) {
                        let data9 = data5.src;
                        if (typeof data9 === "string") {
                            if (func2(data9) > 255) {
                                const err16 = { instancePath: instancePath + "/icons/" + i0 + "/src", schemaPath: "#/definitions/Icon/properties/src/maxLength", keyword: "maxLength", params: { limit: 255 }, message: "must NOT have more than 255 characters" };
                                if (vErrors === null) {
                                    vErrors = [err16];
                                }
                                else {
                                    vErrors.push(err16);
                                }
                                errors++;
                            }
                            if (!(formats0(data9))) {
                                const err17 = { instancePath: instancePath + "/icons/" + i0 + "/src", schemaPath: "#/definitions/Icon/properties/src/format", keyword: "format", params: { format: "uri" }, message: "must match format \"" + "uri" + "\"" };
                                if (vErrors === null) {
                                    vErrors = [err17];
                                }
                                else {
                                    vErrors.push(err17);
                                }
                                errors++;
                            }
                        }
                        else {
                            const err18 = { instancePath: instancePath + "/icons/" + i0 + "/src", schemaPath: "#/definitions/Icon/properties/src/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                                vErrors = [err18];
                            }
                            else {
                                vErrors.push(err18);
                            }
                            errors++;
                        }
                    }
                    if (data5.theme !== undefined) {
                        let data10 = data5.theme;
                        if (typeof data10 !== "string") {
                            const err19 = { instancePath: instancePath + "/icons/" + i0 + "/theme", schemaPath: "#/definitions/Icon/properties/theme/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                                vErrors = [err19];
                            }
                            else {
                                vErrors.push(err19);
                            }
                            errors++;
                        }
                        if (!((data10 === "light") || (data10 === "dark"))) {
                            const err20 = { instancePath: instancePath + "/icons/" + i0 + "/theme", schemaPath: "#/definitions/Icon/properties/theme/enum", keyword: "enum", params: { allowedValues: schema13.properties.theme.enum }, message: "must be equal to one of the allowed values" };
                            if (vErrors === null) {
                                vErrors = [err20];
                            }
                            else {
                                vErrors.push(err20);
                            }
                            errors++;
                        }
                    }
                }
                else {
                    const err21 = { instancePath: instancePath + "/icons/" + i0, schemaPath: "#/definitions/Icon/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                    if (vErrors === null) {
                        vErrors = [err21];
                    }
                    else {
                        vErrors.push(err21);
                    }
                    errors++;
                }
            }
        }
        else {
            const err22 = { instancePath: instancePath + "/icons", schemaPath: "#/properties/icons/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
                vErrors = [err22];
            }
            else {
                vErrors.push(err22);
            }
            errors++;
        }
    }
    if (data.name !== undefined) {
        let data11 = data.name;
        if (typeof data11 === "string") {
            if (func2(data11) > 200) {
                const err23 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/maxLength", keyword: "maxLength", params: { limit: 200 }, message: "must NOT have more than 200 characters" };
                if (vErrors === null) {
                    vErrors = [err23];
                }
                else {
                    vErrors.push(err23);
                }
                errors++;
            }
            if (func2(data11) < 3) {
                const err24 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/minLength", keyword: "minLength", params: { limit: 3 }, message: "must NOT have fewer than 3 characters" };
                if (vErrors === null) {
                    vErrors = [err24];
                }
                else {
                    vErrors.push(err24);
                }
                errors++;
            }
            if (!pattern1.test(data11)) {
                const err25 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/pattern", keyword: "pattern", params: { pattern: "^[a-zA-Z0-9.-]+/[a-zA-Z0-9._-]+$" }, message: "must match pattern \"" + "^[a-zA-Z0-9.-]+/[a-zA-Z0-9._-]+$" + "\"" };
                if (vErrors === null) {
                    vErrors = [err25];
                }
                else {
                    vErrors.push(err25);
                }
                errors++;
            }
        }
        else {
            const err26 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
                vErrors = [err26];
            }
            else {
                vErrors.push(err26);
            }
            errors++;
        }
    }
    if (data.packages !== undefined) {
        let data12 = data.packages;
        if (Array.isArray(data12)) {
            const len2 = data12.length;
            for (let i2 = 0; i2 < len2; i2++) {
                if (!(validate12(data12[i2], { instancePath: instancePath + "/packages/" + i2, parentData: data12, parentDataProperty: i2, rootData }))) {
                    vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);
                    errors = vErrors.length;
                }
            }
        }
        else {
            const err27 = { instancePath: instancePath + "/packages", schemaPath: "#/properties/packages/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
                vErrors = [err27];
            }
            else {
                vErrors.push(err27);
            }
            errors++;
        }
    }
    if (data.remotes !== undefined) {
        let data14 = data.remotes;
        if (Array.isArray(data14)) {
            const len3 = data14.length;
            for (let i3 = 0; i3 < len3; i3++) {
                if (!(validate35(data14[i3], { instancePath: instancePath + "/remotes/" + i3, parentData: data14, parentDataProperty: i3, rootData }))) {
                    vErrors = vErrors === null ? validate35.errors : vErrors.concat(validate35.errors);
                    errors = vErrors.length;
                }
            }
        }
        else {
            const err28 = { instancePath: instancePath + "/remotes", schemaPath: "#/properties/remotes/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
                vErrors = [err28];
            }
            else {
                vErrors.push(err28);
            }
            errors++;
        }
    }
    if (data.repository !== undefined) {
        let data16 = data.repository;
        if (data16 && typeof data16 == "object" && !Array.isArray(data16)) {
            if (data16.url === undefined) {
                const err29 = { instancePath: instancePath + "/repository", schemaPath: "#/definitions/Repository/required", keyword: "required", params: { missingProperty: "url" }, message: "must have required property '" + "url" + "'" };
                if (vErrors === null) {
                    vErrors = [err29];
                }
                else {
                    vErrors.push(err29);
                }
                errors++;
            }
            if (data16.source === undefined) {
                const err30 = { instancePath: instancePath + "/repository", schemaPath: "#/definitions/Repository/required", keyword: "required", params: { missingProperty: "source" }, message: "must have required property '" + "source" + "'" };
                if (vErrors === null) {
                    vErrors = [err30];
                }
                else {
                    vErrors.push(err30);
                }
                errors++;
            }
            if (data16.id !== undefined) {
                if (typeof data16.id !== "string") {
                    const err31 = { instancePath: instancePath + "/repository/id", schemaPath: "#/definitions/Repository/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                        vErrors = [err31];
                    }
                    else {
                        vErrors.push(err31);
                    }
                    errors++;
                }
            }
            if (data16.source !== undefined) {
                if (typeof data16.source !== "string") {
                    const err32 = { instancePath: instancePath + "/repository/source", schemaPath: "#/definitions/Repository/properties/source/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                        vErrors = [err32];
                    }
                    else {
                        vErrors.push(err32);
                    }
                    errors++;
                }
            }
            if (data16.subfolder !== undefined) {
                if (typeof data16.subfolder !== "string") {
                    const err33 = { instancePath: instancePath + "/repository/subfolder", schemaPath: "#/definitions/Repository/properties/subfolder/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                        vErrors = [err33];
                    }
                    else {
                        vErrors.push(err33);
                    }
                    errors++;
                }
            }
            if (data16.url !== undefined) {
                let data20 = data16.url;
                if (typeof data20 === "string") {
                    if (!(formats0(data20))) {
                        const err34 = { instancePath: instancePath + "/repository/url", schemaPath: "#/definitions/Repository/properties/url/format", keyword: "format", params: { format: "uri" }, message: "must match format \"" + "uri" + "\"" };
                        if (vErrors === null) {
                            vErrors = [err34];
                        }
                        else {
                            vErrors.push(err34);
                        }
                        errors++;
                    }
                }
                else {
                    const err35 = { instancePath: instancePath + "/repository/url", schemaPath: "#/definitions/Repository/properties/url/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                        vErrors = [err35];
                    }
                    else {
                        vErrors.push(err35);
                    }
                    errors++;
                }
            }
        }
        else {
            const err36 = { instancePath: instancePath + "/repository", schemaPath: "#/definitions/Repository/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
                vErrors = [err36];
            }
            else {
                vErrors.push(err36);
            }
            errors++;
        }
    }
    if (data.title !== undefined) {
        let data21 = data.title;
        if (typeof data21 === "string") {
            if (func2(data21) > 100) {
                const err37 = { instancePath: instancePath + "/title", schemaPath: "#/properties/title/maxLength", keyword: "maxLength", params: { limit: 100 }, message: "must NOT have more than 100 characters" };
                if (vErrors === null) {
                    vErrors = [err37];
                }
                else {
                    vErrors.push(err37);
                }
                errors++;
            }
            if (func2(data21) < 1) {
                const err38 = { instancePath: instancePath + "/title", schemaPath: "#/properties/title/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                if (vErrors === null) {
                    vErrors = [err38];
                }
                else {
                    vErrors.push(err38);
                }
                errors++;
            }
        }
        else {
            const err39 = { instancePath: instancePath + "/title", schemaPath: "#/properties/title/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
                vErrors = [err39];
            }
            else {
                vErrors.push(err39);
            }
            errors++;
        }
    }
    if (data.version !== undefined) {
        let data22 = data.version;
        if (typeof data22 === "string") {
            if (func2(data22) > 255) {
                const err40 = { instancePath: instancePath + "/version", schemaPath: "#/properties/version/maxLength", keyword: "maxLength", params: { limit: 255 }, message: "must NOT have more than 255 characters" };
                if (vErrors === null) {
                    vErrors = [err40];
                }
                else {
                    vErrors.push(err40);
                }
                errors++;
            }
        }
        else {
            const err41 = { instancePath: instancePath + "/version", schemaPath: "#/properties/version/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
                vErrors = [err41];
            }
            else {
                vErrors.push(err41);
            }
            errors++;
        }
    }
    if (data.websiteUrl !== undefined) {
        let data23 = data.websiteUrl;
        if (typeof data23 === "string") {
            if (!(formats0(data23))) {
                const err42 = { instancePath: instancePath + "/websiteUrl", schemaPath: "#/properties/websiteUrl/format", keyword: "format", params: { format: "uri" }, message: "must match format \"" + "uri" + "\"" };
                if (vErrors === null) {
                    vErrors = [err42];
                }
                else {
                    vErrors.push(err42);
                }
                errors++;
            }
        }
        else {
            const err43 = { instancePath: instancePath + "/websiteUrl", schemaPath: "#/properties/websiteUrl/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
                vErrors = [err43];
            }
            else {
                vErrors.push(err43);
            }
            errors++;
        }
    }
}
else {
    const err44 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
        vErrors = [err44];
    }
    else {
        vErrors.push(err44);
    }
    errors++;
} validate11.errors = vErrors; return errors === 0; }
function validate10(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) { /*# sourceURL="https://static.modelcontextprotocol.io/schemas/2025-12-11/server.schema.json" */ ; let vErrors = null; let errors = 0; if (!(validate11(data, { instancePath, parentData, parentDataProperty, rootData }))) {
    vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);
    errors = vErrors.length;
} validate10.errors = vErrors; return errors === 0; }

;// CONCATENATED MODULE: ./src/mcp-registry/server-schema.ts

/** The dated schema the registry validates with today (see schema/mcp-registry/SOURCES.md). */
const CURRENT_SERVER_SCHEMA = 'https://static.modelcontextprotocol.io/schemas/2025-12-11/server.schema.json';
/**
 * Draft-07 validation of server.json, like the registry does (Ajv's default class is draft-07).
 * The validator is Ajv's own code for schema/mcp-registry/server.schema.2025-12-11.json, generated
 * ahead of time (src/docs/server-schema-validator.ts, `npm run docs`): no compile at run time.
 */
function validateServerJsonSchema(data) {
    const check = validate;
    return check(data) ? [] : [...(check.errors ?? [])];
}


/***/ }),

/***/ 24050:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   U: () => (/* binding */ cjsDefault)
/* harmony export */ });
/**
 * The export of a CommonJS package imported as an ES module default: Node hands
 * over `module.exports` (which for Ajv also carries `.default`), a bundler may
 * hand over `.default` already. Either way this returns the class or function.
 */
function cjsDefault(imported) {
    const withDefault = imported;
    return (typeof imported === 'function' && !withDefault.__esModule ? imported : (withDefault.default ?? imported));
}


/***/ })

};

import type { ErrorObject } from 'ajv';
// semver's functions one by one: its index loads every function and range helper (validate's start, issue #20).
import lt from 'semver/functions/lt.js';
import valid from 'semver/functions/valid.js';
import { JsonLocator } from '../../util/json-position.js';
import {
  descriptionProblem,
  findPlaceholders,
  githubNamespaceOwner,
  isPublicNpmRegistry,
  serverNameProblem,
  versionProblem,
} from '../../mcp-registry/server-json-rules.js';
import { CURRENT_SERVER_SCHEMA, validateServerJsonSchema } from '../../mcp-registry/server-schema.js';
import type { LayoutRuleId } from '../catalog.js';
import type { LayoutCheck, RawFinding } from '../context.js';

const FILE = 'server.json';
/** Paths that have their own, more specific rule below. */
const OWN_RULES = new Set(['/name', '/version', '/description', '/$schema']);

export const checkServerJson: LayoutCheck = (ctx) => {
  const fact = ctx.facts.serverJson;
  const mcpName = typeof ctx.manifest.mcpName === 'string' ? ctx.manifest.mcpName : undefined;
  if (fact.kind === 'missing') {
    return mcpName
      ? [
          ctx.at(
            'layout/server-json-missing',
            ['mcpName'],
            `"mcpName" is "${mcpName}" but there is no server.json beside package.json`,
          ),
        ]
      : [];
  }
  if (fact.kind === 'invalid') {
    return [
      {
        rule: 'layout/server-json-invalid',
        message: `server.json is not valid JSON: ${fact.message}`,
        file: FILE,
        line: fact.line,
        column: fact.column,
      },
    ];
  }
  const data = fact.data;
  if (!data || typeof data !== 'object' || Array.isArray(data)) {
    return [
      {
        rule: 'layout/server-json-schema',
        message: 'server.json must be a JSON object',
        file: FILE,
        line: 1,
        column: 1,
      },
    ];
  }
  const server = data as Record<string, unknown>;
  const locator = new JsonLocator(fact.text);
  const at = (rule: LayoutRuleId, path: (string | number)[], message: string, fix?: string): RawFinding => ({
    rule,
    message,
    file: FILE,
    ...locator.at(path),
    ...(fix ? { fix } : {}),
  });
  const out: RawFinding[] = [];

  for (const error of schemaErrors(validateServerJsonSchema(server))) {
    out.push(
      at(
        'layout/server-json-schema',
        pointerToPath(error.instancePath),
        `server.json${error.instancePath || ''} ${describeAjvError(error)}`,
      ),
    );
  }

  const schemaUrl = server.$schema;
  if (schemaUrl !== CURRENT_SERVER_SCHEMA) {
    const found = typeof schemaUrl === 'string' ? `"${schemaUrl}"` : 'missing';
    out.push(
      at(
        'layout/server-json-schema-version',
        ['$schema'],
        `server.json $schema is ${found}; the registry expects ${CURRENT_SERVER_SCHEMA}`,
        `Set "$schema": "${CURRENT_SERVER_SCHEMA}".`,
      ),
    );
  }

  const name = typeof server.name === 'string' ? server.name : undefined;
  if (!name) out.push(at('layout/server-json-name', ['name'], 'server.json has no "name"'));
  else {
    const problem = serverNameProblem(name);
    if (problem) out.push(at('layout/server-json-name', ['name'], `server.json name "${name}" ${problem}`));
    if (mcpName !== undefined && mcpName !== name)
      out.push(
        at(
          'layout/server-json-name',
          ['name'],
          `server.json name "${name}" differs from package.json mcpName "${mcpName}"`,
        ),
      );
    const owner = githubNamespaceOwner(name);
    const actual = ctx.facts.env.githubRepositoryOwner;
    if (owner && actual && owner !== actual) {
      out.push(
        at(
          'layout/server-json-name',
          ['name'],
          `server.json name "${name}" claims GitHub owner "${owner}" but the repository owner is "${actual}" (compared case-sensitively)`,
          `Use "io.github.${actual}/..."`,
        ),
      );
    }
  }

  const pkgVersion = typeof ctx.manifest.version === 'string' ? ctx.manifest.version : undefined;
  const stale = staleFields(ctx.manifest, server, pkgVersion);
  // Two or more stale fields are one cause: the grouped finding says them, their own rules do not.
  const grouped = new Set(stale.length >= 2 && pkgVersion ? stale.map((f) => f.field) : []);
  if (grouped.size && pkgVersion) out.push(staleFinding(stale, pkgVersion, at));
  if (typeof server.version !== 'string')
    out.push(at('layout/server-json-version', ['version'], 'server.json has no "version"'));
  else {
    const problem = versionProblem(server.version);
    if (problem) out.push(at('layout/server-json-version', ['version'], `server.json version ${problem}`));
    else if (pkgVersion && server.version !== pkgVersion && !grouped.has('version'))
      out.push(
        at(
          'layout/server-json-version',
          ['version'],
          `server.json version "${server.version}" differs from package.json version "${pkgVersion}"`,
          `Set it to "${pkgVersion}" (\`mcp-release version --version ${pkgVersion}\` keeps server.json in step with package.json).`,
        ),
      );
  }

  const description = descriptionProblem(server.description);
  if (description) out.push(at('layout/server-json-description', ['description'], `server.json ${description}`));

  for (const placeholder of findPlaceholders(server)) {
    out.push(
      at(
        'layout/server-json-placeholder',
        placeholder.path,
        `server.json ${placeholder.path.join('.')} still contains a placeholder: "${placeholder.text.slice(0, 80)}"`,
      ),
    );
  }

  out.push(...checkNpmPackageEntry(ctx.manifest, server, at, mcpName, pkgVersion, grouped));
  return out;
};

interface StaleField {
  /** `version`, `packages[0].version`, `packages[0].identifier` */
  field: string;
  path: (string | number)[];
  value: string;
  expected: string;
}

/**
 * The fields a release bumps that still hold an earlier release's value: the
 * top-level `version` and the npm entry's `version` (and, when the only npm
 * entry names another package, its `identifier`). Only values lower than the
 * package.json version count: server.json ahead of package.json is another cause.
 */
function staleFields(
  manifest: Record<string, unknown>,
  server: Record<string, unknown>,
  pkgVersion: string | undefined,
): StaleField[] {
  if (!pkgVersion || !valid(pkgVersion)) return [];
  const older = (v: unknown): v is string => typeof v === 'string' && !!valid(v) && lt(v, pkgVersion);
  const out: StaleField[] = [];
  if (older(server.version))
    out.push({ field: 'version', path: ['version'], value: server.version, expected: pkgVersion });
  const packageName = typeof manifest.name === 'string' ? manifest.name : undefined;
  const packages = Array.isArray(server.packages) ? (server.packages as unknown[]) : [];
  const npm = packages
    .map((p, i) => ({ p, i }))
    .filter((e): e is { p: Record<string, unknown>; i: number } => isRecord(e.p) && e.p.registryType === 'npm');
  const own = npm.find((e) => e.p.identifier === packageName);
  const entry = own ?? (npm.length === 1 && out.length ? npm[0] : undefined);
  if (!entry) return out;
  if (!own && typeof entry.p.identifier === 'string' && packageName)
    out.push({
      field: `packages[${entry.i}].identifier`,
      path: ['packages', entry.i, 'identifier'],
      value: entry.p.identifier,
      expected: packageName,
    });
  if (older(entry.p.version))
    out.push({
      field: `packages[${entry.i}].version`,
      path: ['packages', entry.i, 'version'],
      value: entry.p.version,
      expected: pkgVersion,
    });
  return out;
}

function staleFinding(
  stale: readonly StaleField[],
  pkgVersion: string,
  at: (rule: LayoutRuleId, path: (string | number)[], message: string, fix?: string) => RawFinding,
): RawFinding {
  const [first] = stale as [StaleField];
  const fields = stale.map((f) => `${f.field} "${f.value}" (package.json: "${f.expected}")`).join(', ');
  const renamed = stale.some((f) => f.field.endsWith('.identifier'));
  return at(
    'layout/server-json-stale',
    first.path,
    `server.json was not updated for this release (package.json is at ${pkgVersion}): ${fields}`,
    renamed
      ? `Set packages[].identifier to the package name first, then run \`mcp-release version --version ${pkgVersion}\` (it updates server.json's version and the npm entry's version), or edit the fields by hand.`
      : `Run \`mcp-release version --version ${pkgVersion}\` (it updates server.json's version and the npm entry's version with package.json), or set those fields to "${pkgVersion}".`,
  );
}

function checkNpmPackageEntry(
  manifest: Record<string, unknown>,
  server: Record<string, unknown>,
  at: (rule: LayoutRuleId, path: (string | number)[], message: string, fix?: string) => RawFinding,
  mcpName: string | undefined,
  pkgVersion: string | undefined,
  /** Stale fields the grouped server-json-stale finding already names (`packages[0].version`, ...). */
  grouped: ReadonlySet<string>,
): RawFinding[] {
  const out: RawFinding[] = [];
  const packageName = typeof manifest.name === 'string' ? manifest.name : undefined;
  const packages = Array.isArray(server.packages) ? (server.packages as unknown[]) : [];
  const index = packages.findIndex((p) => isRecord(p) && p.registryType === 'npm' && p.identifier === packageName);
  if (index === -1) {
    if ([...grouped].some((field) => field.endsWith('.identifier'))) return out;
    out.push(
      at(
        'layout/server-json-package',
        ['packages'],
        `server.json has no packages entry with registryType "npm" and identifier "${packageName ?? '?'}"`,
      ),
    );
    return out;
  }
  const entry = packages[index] as Record<string, unknown>;
  if (
    typeof entry.version === 'string' &&
    pkgVersion &&
    entry.version !== pkgVersion &&
    !grouped.has(`packages[${index}].version`)
  ) {
    out.push(
      at(
        'layout/server-json-package',
        ['packages', index, 'version'],
        `server.json packages[${index}].version "${entry.version}" differs from package.json version "${pkgVersion}"`,
      ),
    );
  }
  if (typeof entry.registryBaseUrl === 'string' && !isPublicNpmRegistry(entry.registryBaseUrl)) {
    out.push(
      at(
        'layout/server-json-package',
        ['packages', index, 'registryBaseUrl'],
        `server.json packages[${index}].registryBaseUrl "${entry.registryBaseUrl}" is not the public npm registry (the MCP Registry accepts only https://registry.npmjs.org)`,
      ),
    );
  }
  if (!mcpName) {
    out.push(
      at(
        'layout/mcp-name-missing',
        ['packages', index, 'identifier'],
        `server.json lists npm package "${packageName ?? '?'}" but package.json has no "mcpName"; the registry uses it to verify you own the package`,
        `Add "mcpName": "${typeof server.name === 'string' ? server.name : '<server.json name>'}" to package.json.`,
      ),
    );
  }
  return out;
}

/** One error per instance path, skipping anyOf summaries and paths with their own rule. */
function schemaErrors(errors: ErrorObject[]): ErrorObject[] {
  const seen = new Set<string>();
  return errors.filter((e) => {
    if (e.keyword === 'anyOf' || e.keyword === 'oneOf' || OWN_RULES.has(e.instancePath) || seen.has(e.instancePath))
      return false;
    seen.add(e.instancePath);
    return true;
  });
}

function describeAjvError(error: ErrorObject): string {
  const params = error.params as Record<string, unknown>;
  if (error.keyword === 'enum' && Array.isArray(params.allowedValues))
    return `must be one of ${params.allowedValues.map((v) => JSON.stringify(v)).join(', ')}`;
  if (error.keyword === 'additionalProperties') return `has unknown property "${String(params.additionalProperty)}"`;
  return error.message ?? 'is invalid';
}

function pointerToPath(pointer: string): (string | number)[] {
  if (!pointer) return [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

import { z } from 'zod';
import { ALL_RULES } from '../rules.js';
import { registryUrl } from './registry-url.js';
import { tagFormatCollision, tagFormatProblems } from '../release/tag-styles.js';

/**
 * `.github/mcp-release.yml`, validated with zod. The JSON Schema published at
 * schema/mcp-release.schema.json is generated from this file (`npm run docs`).
 * Every object is strict: an unknown key is an error naming the key and what is allowed.
 */

function isRegExp(source: string): boolean {
  try {
    new RegExp(source);
    return true;
  } catch {
    return false;
  }
}

const ruleSetting = z.enum(['error', 'warning', 'note', 'off']).describe('Severity for this rule, or `off`.');

const ruleIds = new Set(ALL_RULES.map((r) => r.id));
const rulesMap = z
  .record(z.string(), ruleSetting)
  .superRefine((rules, ctx) => {
    for (const id of Object.keys(rules)) {
      if (!ruleIds.has(id)) {
        ctx.addIssue({
          code: 'custom',
          path: [id],
          message: `unknown rule id "${id}" (allowed: the ids in docs/rules.md, e.g. layout/bin-shebang)`,
        });
      }
    }
  })
  .describe('Severity per rule id, e.g. `layout/readme-missing: off`.');

/** A size in bytes, or a string such as `10 MB`, `512kB`, `2 MiB`. */
export const sizeSchema = z
  .union([
    z.number().int().nonnegative(),
    z
      .string()
      .regex(
        /^\s*\d+(\.\d+)?\s*(B|kB|KB|MB|GB|KiB|MiB|GiB)?\s*$/,
        'expected a size such as 10 MB, 512 kB or a number of bytes',
      ),
  ])
  .describe('Bytes, or a string like "10 MB", "512 kB", "2 MiB".');

const budgets = z
  .strictObject({
    tarballSize: sizeSchema.optional().describe('Largest allowed packed tarball (default 10 MB).'),
    unpackedSize: sizeSchema.optional().describe('Largest allowed unpacked size (default 50 MB).'),
    startupMs: z
      .number()
      .int()
      .positive()
      .optional()
      .describe('Longest allowed time from spawn to a tools/list answer (smoke test).'),
  })
  .describe('Size and time budgets.');

const layout = z
  .strictObject({
    engineFloor: z
      .union([
        z
          .number()
          .int('expected a whole Node major such as 18 (or a version string such as "20.19")')
          .min(0, 'expected a Node major of 0 or more, such as 18'),
        z.string().regex(/^\d+(\.\d+){0,2}$/, 'expected a Node version such as 18 or 20.19'),
      ])
      .optional()
      .describe(
        'Lowest Node major (or version) `engines.node` may allow (default 18); a range admitting an older Node is `layout/engines-node`.',
      ),
    allowFiles: z
      .array(z.string().min(1))
      .optional()
      .describe('Globs of packed files the packed-* rules accept (e.g. "**/*.map").'),
  })
  .describe('Settings of validate-layout.');

const envName = z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/, 'expected an environment variable name');
const smoke = z
  .strictObject({
    bin: z
      .string()
      .min(1)
      .optional()
      .describe('The bin to start when the package has several (default: the one named like the package).'),
    args: z.array(z.string()).optional().describe('Arguments for the server (e.g. a folder for server-filesystem).'),
    env: z.record(envName, z.string()).optional().describe('Environment variables for the server.'),
    installScripts: z
      .boolean()
      .optional()
      .describe(
        'Run lifecycle scripts when installing the package for the smoke test (default false); they run in the smoke sandbox, never beside a token.',
      ),
    sandbox: z
      .enum(['auto', 'required', 'off'])
      .optional()
      .describe(
        'Isolation of the server: auto (the strongest this machine gives: its own PID and mount namespace where util-linux and namespaces or sudo allow, else a scrubbed environment), required (fail when no namespace can be made), off (scrubbed environment only). Default auto.',
      ),
    expectTools: z.array(z.string().min(1)).optional().describe('Tool names the server must list.'),
    calls: z
      .array(z.strictObject({ tool: z.string().min(1), arguments: z.record(z.string(), z.unknown()).optional() }))
      .optional()
      .describe('Tools to call, with arguments; each result must not be an error.'),
    timeouts: z
      .strictObject({
        initialize: z.number().int().positive().optional().describe('Spawn to initialize answer, ms (default 20000).'),
        list: z.number().int().positive().optional().describe('Each list or call request, ms (default 10000).'),
        shutdown: z
          .number()
          .int()
          .positive()
          .optional()
          .describe('Grace after closing stdin and after SIGTERM, ms (default 2000).'),
        session: z
          .number()
          .int()
          .positive()
          .optional()
          .describe(
            'The most one session (initialize, every list page and call) may take in total, ms (default 120000).',
          ),
      })
      .optional(),
  })
  .describe('MCP smoke test settings (used by `smoke`).');

const scan = z
  .strictObject({
    allowPaths: z
      .array(z.string().min(1))
      .optional()
      .describe('Globs of files the secret scanner skips (e.g. "test/fixtures/**").'),
    allowPatterns: z
      .array(z.string().min(1).refine(isRegExp, 'expected a valid regular expression'))
      .optional()
      .describe('Regular expressions; a matched secret that matches one is not a finding.'),
    auditLevel: z
      .enum(['low', 'moderate', 'high', 'critical'])
      .optional()
      .describe('Lowest advisory severity that is a finding (default high).'),
    audit: z
      .enum(['auto', 'required', 'off'])
      .optional()
      .describe('auto: audit when there is a lockfile, warn when it cannot; required: cannot-audit is an error; off.'),
    rulePacks: z
      .array(z.enum(['phi']))
      .optional()
      .describe('Extra rule packs: phi (US SSN, medical record numbers).'),
    maxFileSize: sizeSchema.optional().describe('Larger files are not scanned for secrets (default 5 MB).'),
    installScripts: z
      .strictObject({
        allow: z
          .array(
            z.strictObject({
              script: z
                .enum(['preinstall', 'install', 'postinstall', 'preprepare', 'prepare', 'postprepare'])
                .describe('The lifecycle script allowed (install covers the implicit node-gyp rebuild).'),
              reason: z
                .string({
                  error: 'a reason is required: say why this install script is safe (it is printed with every scan)',
                })
                .trim()
                .min(1, 'a reason is required: say why this install script is safe (it is printed with every scan)')
                .describe('Why the script is safe; the scan prints it in a note instead of the finding.'),
            }),
          )
          .optional()
          .describe('Install-time scripts allowed, each with the reason.'),
      })
      .optional()
      .describe('Install-time scripts (scan/install-script, scan/install-script-network).'),
    pinning: z
      .enum(['default', 'strict'])
      .optional()
      .describe(
        "Workflow pinning policy. default: a third-party action by tag or branch is an error, GitHub's own (actions/*, github/*) a warning; strict: both are errors (every `uses:` by full commit SHA).",
      ),
  })
  .describe('security-scan settings (used by `scan`).');

/** Settings that may differ per package (top level, or in a `packages:` entry). */
const packageSettingsShape = {
  failOn: z
    .enum(['error', 'warning', 'note', 'never'])
    .optional()
    .describe('Lowest severity that fails the run (default error).'),
  rules: rulesMap.optional(),
  budgets: budgets.optional(),
  layout: layout.optional(),
  smoke: smoke.optional(),
  scan: scan.optional(),
};
export const packageSettingsSchema = z.strictObject(packageSettingsShape);
export type PackageSettings = z.infer<typeof packageSettingsSchema>;

const packageEntry = z.union([
  z.string().min(1).describe('A folder or glob of folders that hold a package.json; prefix with ! to exclude.'),
  z
    .strictObject({ path: z.string().min(1).describe('Folder or glob of folders.'), ...packageSettingsShape })
    .describe('A folder or glob with settings that override the top level for those packages.'),
]);

export const configSchema = z
  .strictObject({
    $schema: z.string().optional(),
    packages: z
      .array(packageEntry)
      .min(1)
      // Exclusions alone select nothing: every command would find no package and pass silently.
      .refine(
        (entries) => entries.some((entry) => !(typeof entry === 'string' ? entry : entry.path).startsWith('!')),
        'holds only exclusions ("!folder"): add the folders or globs to release (such as "packages/*")',
      )
      .optional()
      .describe('Package folders for a monorepo (default: the repository root).'),
    ...packageSettingsShape,
    labels: z
      .strictObject({
        major: z.string().min(1).optional(),
        minor: z.string().min(1).optional(),
        patch: z.string().min(1).optional(),
        prerelease: z.string().min(1).optional(),
        skip: z.string().min(1).optional(),
      })
      .optional()
      .describe('Release label names (default release:major, release:minor, ...).'),
    prerelease: z
      .strictObject({
        id: z
          .string()
          .regex(/^[0-9A-Za-z-]+$/)
          .optional(),
      })
      .optional()
      .describe('Prerelease settings.'),
    stagingTag: z
      .string()
      .regex(/^[a-z][a-z0-9._-]*$/, 'expected a dist-tag such as next')
      .optional()
      .describe('The staging dist-tag (default next).'),
    registry: registryUrl.optional().describe('npm registry URL (default https://registry.npmjs.org/).'),
    mcpRegistry: z.boolean().optional().describe('Publish server.json to the MCP Registry on promote.'),
    tagFormat: z
      .string()
      .min(1)
      .superRefine((format, ctx) => {
        for (const problem of tagFormatProblems(format)) ctx.addIssue({ code: 'custom', message: problem });
      })
      .optional()
      .describe(
        'How release tags are named: {name} (the package name) and {version}, e.g. "{name}-v{version}" (default v{version} for a package at the repository root, {name}@{version} in a monorepo). A format without {name} is an error when several packages are released.',
      ),
  })
  // Several packages under one tag name would collide: `packages:` with several entries or a glob releases several.
  .superRefine((config, ctx) => {
    if (!config.tagFormat || !config.packages) return;
    const folders = config.packages
      .map((entry) => (typeof entry === 'string' ? entry : entry.path))
      .filter((folder) => !folder.startsWith('!'));
    const several = folders.length > 1 || folders.some((folder) => /[*?[{]/.test(folder));
    const packages = several ? `the packages of ${folders.map((folder) => `"${folder}"`).join(', ')}` : 1;
    const collision = tagFormatCollision(config.tagFormat, packages);
    if (collision) ctx.addIssue({ code: 'custom', path: ['tagFormat'], message: collision });
  })
  .describe('mcp-release-kit configuration (.github/mcp-release.yml).');

export type Config = z.infer<typeof configSchema>;
export type PackageEntry = z.infer<typeof packageEntry>;

import { ConfigError } from '../errors.js';

/**
 * A repository root's own workspace definition, as its package manager reads it:
 * - pnpm: `packages:` in pnpm-workspace.yaml (https://pnpm.io/pnpm-workspace_yaml);
 *   pnpm ignores package.json `workspaces`, so the yaml wins when it exists.
 *   Without `packages:` only the root is in the workspace (pnpm 10's rule).
 * - npm (https://docs.npmjs.com/cli/using-npm/workspaces), yarn berry and bun:
 *   package.json `workspaces` as an array of globs.
 * - yarn classic and bun also take `workspaces: { packages: [...] }` (yarn's
 *   `nohoist`, bun's `catalog`/`catalogs` beside it; https://bun.sh/docs/pm/catalogs).
 * A `!glob` entry excludes (pnpm and bun document it).
 */
export interface WorkspaceDefinition {
  /** The file that defines it: `pnpm-workspace.yaml` or `package.json`. */
  file: 'pnpm-workspace.yaml' | 'package.json';
  /** Folder globs as written (`packages/*`, `apps/**`), `!` exclusions kept in place. Empty: only the root. */
  patterns: string[];
}

export const PNPM_WORKSPACE_FILE = 'pnpm-workspace.yaml';

/**
 * The workspace globs package.json `workspaces` defines, or undefined when it defines none
 * (npm, yarn, bun). Without YAML: a root with no pnpm-workspace.yaml needs no YAML parser
 * (src/workspace/definition.ts adds pnpm's file). A malformed field is a ConfigError naming it.
 */
export function packageJsonWorkspaces(rootManifest: unknown): WorkspaceDefinition | undefined {
  if (!isRecord(rootManifest) || !('workspaces' in rootManifest)) return undefined;
  const workspaces = rootManifest.workspaces;
  if (workspaces === undefined || workspaces === null) return undefined;
  if (Array.isArray(workspaces))
    return { file: 'package.json', patterns: globList(workspaces, 'package.json', 'workspaces') };
  if (isRecord(workspaces)) {
    if (workspaces.packages === undefined) return undefined;
    if (!Array.isArray(workspaces.packages))
      throw new ConfigError(
        `package.json: workspaces.packages must be an array of folder globs such as ["packages/*"] (got ${describe(workspaces.packages)})`,
      );
    return { file: 'package.json', patterns: globList(workspaces.packages, 'package.json', 'workspaces.packages') };
  }
  throw new ConfigError(
    `package.json: workspaces must be an array of folder globs such as ["packages/*"], or { "packages": [...] } (got ${describe(workspaces)})`,
  );
}

export function globList(items: readonly unknown[], file: string, field: string): string[] {
  return items.map((item, index) => {
    if (typeof item !== 'string' || item.trim() === '' || item.trim() === '!')
      throw new ConfigError(
        `${file}: ${field}[${index}] must be a folder glob such as "packages/*" (got ${describe(item)})`,
      );
    return item.trim();
  });
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}...` : value);
  if (typeof value === 'object') return 'a mapping';
  return `${typeof value} ${String(value)}`;
}

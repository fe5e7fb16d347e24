import { parse } from 'yaml';
import { ConfigError } from '../errors.js';
import {
  describe,
  globList,
  isRecord,
  packageJsonWorkspaces,
  PNPM_WORKSPACE_FILE,
  type WorkspaceDefinition,
} from './package-json-workspaces.js';

export { PNPM_WORKSPACE_FILE, type WorkspaceDefinition };

/**
 * The workspace globs of a root, or undefined when it defines no workspace.
 * `rootManifest` is the root package.json's parsed value (anything);
 * `pnpmWorkspaceYamlText` the text of pnpm-workspace.yaml when the file exists.
 * A malformed definition is a ConfigError naming the file and the field.
 */
export function workspacePatterns(
  rootManifest: unknown,
  pnpmWorkspaceYamlText?: string,
): WorkspaceDefinition | undefined {
  if (pnpmWorkspaceYamlText !== undefined) return pnpmPatterns(pnpmWorkspaceYamlText);
  return packageJsonWorkspaces(rootManifest);
}

function pnpmPatterns(text: string): WorkspaceDefinition {
  let document: unknown;
  try {
    document = parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new ConfigError(`${PNPM_WORKSPACE_FILE}: not valid YAML: ${reason}`);
  }
  if (document === null || document === undefined) return { file: PNPM_WORKSPACE_FILE, patterns: [] };
  if (!isRecord(document))
    throw new ConfigError(
      `${PNPM_WORKSPACE_FILE}: must be a mapping with a "packages:" list (got ${describe(document)})`,
    );
  if (document.packages === undefined || document.packages === null) return { file: PNPM_WORKSPACE_FILE, patterns: [] };
  if (!Array.isArray(document.packages))
    throw new ConfigError(
      `${PNPM_WORKSPACE_FILE}: packages must be a list of folder globs such as - "packages/*" (got ${describe(document.packages)})`,
    );
  return { file: PNPM_WORKSPACE_FILE, patterns: globList(document.packages, PNPM_WORKSPACE_FILE, 'packages') };
}

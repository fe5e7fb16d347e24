import semver from 'semver';
import { displayCommand, runScriptCommand, type PackageManagerName } from '../workspace/package-manager.js';
import type { SmokeTarget } from './install.js';

/** `name`, `@scope/name`, with an optional `@version-or-tag`; nothing else (no URLs, paths or git). */
export function isRegistrySpec(spec: string): boolean {
  return (
    /^(@[a-z0-9][a-z0-9._~-]*\/)?[a-z0-9][a-z0-9._~-]*(@[A-Za-z0-9.^~<>=|*+ -]+)?$/.test(spec) && !spec.includes('..')
  );
}

/** `name@1.2.3` with an exact version: the name and the version; else undefined (folders, tarballs, tags, ranges). */
export function exactSpec(target: SmokeTarget): { name: string; version: string } | undefined {
  if (target.kind !== 'spec') return undefined;
  const at = target.spec.lastIndexOf('@');
  if (at <= 0) return undefined;
  const version = target.spec.slice(at + 1);
  return semver.valid(version) === version ? { name: target.spec.slice(0, at), version } : undefined;
}

/** Where the package under smoke came from, when it was packed from a folder. */
export interface PackedFrom {
  manager: PackageManagerName;
  /** The package's script that builds it (`build`, else a pack-time one), if any. */
  buildScript?: string;
  /** Whether the bin's file exists in the folder (then "files" left it out). */
  binInFolder: boolean;
}

/**
 * The chosen bin's file is not in the installed package: say why (the build
 * output is missing, or `files` leaves the file out) and the fix for that,
 * with the repository's manager when the package was packed from a folder.
 */
export function missingBinFile(
  bin: string,
  target: string,
  from: PackedFrom | undefined,
): { message: string; fix: string } {
  const label = `bin "${bin}" -> ${target}`;
  if (from?.binInFolder)
    return {
      message: `${label} is in the folder but not in the packed package: "files" or .npmignore leaves it out`,
      fix: `Add ${target} (or its folder) to "files" in package.json.`,
    };
  const message = `the build output is missing: ${label} is not in the package, so there is nothing to start (was it built before packing?)`;
  if (!from)
    return {
      message,
      fix: 'Build the package before packing it (`npm run build`, or the script with the repository manager) and keep the output in "files"; a published version cannot be changed: publish a new one with its build output.',
    };
  return {
    message,
    fix: from.buildScript
      ? `Run the build: \`${displayCommand(runScriptCommand(from.manager, from.buildScript))}\` in the package folder before smoke and before packing, and keep the output in "files".`
      : `Nothing builds ${target}: package.json has no "build" script. Add one that writes it, or point "bin" at a file that exists.`,
  };
}

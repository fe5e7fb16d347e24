import type { AuditOutcome } from '../scan/audit.js';
import type { DetectedManager, PackageManagerName } from '../workspace/package-manager.js';

/** A manager's run: done, or why not (its own error lines, or the missing binary and how to set it up). */
export type ManagerRun = { ok: true; output: string } | { ok: false; error: string };

/** A tarball the manager's own pack wrote. */
export type ManagerPack = { ok: true; tarball: string } | { ok: false; error: string };

/**
 * One package manager, driven its own way (adapters in src/adapters/package-manager/):
 * the binary comes from PATH (the kit's environment), every run is an argument
 * array, and dependency scripts never run during an install.
 */
export interface PackageManagerTool {
  readonly name: PackageManagerName;
  readonly detected: DetectedManager;
  /** Install from the lockfile at the repository root: frozen (a drift fails), scripts off. */
  install(root: string, options: { frozen: true; ignoreScripts: true }): Promise<ManagerRun>;
  /** `<manager> run <script>` in a package folder. */
  runScript(dir: string, script: string): Promise<ManagerRun>;
  /** The manager's own pack of a package folder into outDir (workspace: and catalog: rewritten). */
  pack(dir: string, outDir: string): Promise<ManagerPack>;
  /** The manager's own audit of the root's lockfile; `{ ok: false, reason }` when it cannot audit. */
  audit(root: string, options?: { registry?: string }): Promise<AuditOutcome>;
}

export interface PackageManagers {
  /** The adapter of the detected manager. */
  for(detected: DetectedManager): PackageManagerTool;
}

import type { ManagerPack, PackageManagerTool } from '../../ports/package-manager.js';
import type { AuditOutcome } from '../../scan/audit.js';
import {
  installCommand,
  runScriptCommand,
  type DetectedManager,
  type PackageManagerName,
} from '../../workspace/package-manager.js';
import {
  AUDIT_TIMEOUT_MS,
  INSTALL_TIMEOUT_MS,
  ManagerMissing,
  PACK_TIMEOUT_MS,
  asRun,
  failureText,
  runManager,
  type Ran,
} from './common.js';

type Env = Readonly<Record<string, string | undefined>>;

/** A command line and the variables it needs on top of the kit's environment. */
export interface Invocation {
  argv: string[];
  env?: Record<string, string>;
}

/** What differs from one manager to the next; the running, timeouts and error lines are shared. */
export interface ManagerWay {
  name: PackageManagerName;
  /** How the install is named in messages (`npm ci`, `pnpm install --frozen-lockfile`, ...). */
  installLabel: string;
  installEnv?: Record<string, string>;
  packLabel: string;
  /** The pack command line; `tarball` when the command is told where to write (yarn's --out). */
  packInvocation(dir: string, outDir: string): Promise<Invocation & { tarball?: string }>;
  /** The tarball the pack printed (made absolute against outDir), else undefined. */
  tarballFrom(stdout: string, outDir: string): string | undefined;
  auditLabel: string;
  auditInvocation(registry: string | undefined): Invocation;
  parseAudit(ran: Ran): AuditOutcome;
  /** Set when this manager is detected but refused (yarn classic): every operation answers it. */
  refused?: string;
}

/** One package manager driven its way: every run an argument array, the binary from PATH. */
export function managerTool(detected: DetectedManager, env: Env, way: ManagerWay): PackageManagerTool {
  const { refused } = way;
  return {
    name: way.name,
    detected,
    install: (root) =>
      refused
        ? Promise.resolve({ ok: false as const, error: refused })
        : asRun(way.installLabel, INSTALL_TIMEOUT_MS, () =>
            runManager(detected, env, installCommand(way.name), root, INSTALL_TIMEOUT_MS, way.installEnv),
          ),
    runScript: (dir, script) =>
      asRun(`${way.name} run ${script}`, INSTALL_TIMEOUT_MS, () =>
        runManager(detected, env, runScriptCommand(way.name, script), dir, INSTALL_TIMEOUT_MS),
      ),
    async pack(dir, outDir): Promise<ManagerPack> {
      if (refused) return { ok: false, error: refused };
      try {
        const call = await way.packInvocation(dir, outDir);
        const ran = await runManager(detected, env, call.argv, dir, PACK_TIMEOUT_MS, call.env);
        if (ran.code !== 0) return { ok: false, error: failureText(way.packLabel, ran, PACK_TIMEOUT_MS) };
        const tarball = call.tarball ?? way.tarballFrom(ran.stdout, outDir);
        return tarball ? { ok: true, tarball } : { ok: false, error: `${way.packLabel} printed no tarball name` };
      } catch (error) {
        return {
          ok: false,
          error: error instanceof ManagerMissing ? error.message : `${way.packLabel}: ${(error as Error).message}`,
        };
      }
    },
    async audit(root, options = {}) {
      if (refused) return { ok: false, reason: refused };
      try {
        const call = way.auditInvocation(options.registry);
        const ran = await runManager(detected, env, call.argv, root, AUDIT_TIMEOUT_MS, call.env);
        if (ran.timedOut)
          return { ok: false, reason: `${way.auditLabel} timed out after ${AUDIT_TIMEOUT_MS / 1000} s` };
        return way.parseAudit(ran);
      } catch (error) {
        return { ok: false, reason: (error as Error).message };
      }
    },
  };
}

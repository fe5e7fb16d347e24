import type { PackageManagerTool } from '../../ports/package-manager.js';
import { parseBunAuditJson } from '../../scan/audit.js';
import {
  auditCommand,
  installCommand,
  packCommand,
  runScriptCommand,
  type DetectedManager,
} from '../../workspace/package-manager.js';
import {
  AUDIT_TIMEOUT_MS,
  INSTALL_TIMEOUT_MS,
  ManagerMissing,
  PACK_TIMEOUT_MS,
  absoluteIn,
  asRun,
  failureText,
  runManager,
} from './common.js';

type Env = Readonly<Record<string, string | undefined>>;

/**
 * bun: `bun install --frozen-lockfile --ignore-scripts`, `bun run`,
 * `bun pm pack --destination --ignore-scripts --quiet` (rewrites workspace: and
 * catalog:; --quiet prints only the tarball), `bun audit --json --production`.
 */
export function bunManager(detected: DetectedManager, env: Env): PackageManagerTool {
  return {
    name: 'bun',
    detected,
    install: (root) =>
      asRun('bun install --frozen-lockfile', INSTALL_TIMEOUT_MS, () =>
        runManager(detected, env, installCommand('bun'), root, INSTALL_TIMEOUT_MS),
      ),
    runScript: (dir, script) =>
      asRun(`bun run ${script}`, INSTALL_TIMEOUT_MS, () =>
        runManager(detected, env, runScriptCommand('bun', script), dir, INSTALL_TIMEOUT_MS),
      ),
    async pack(dir, outDir) {
      try {
        const ran = await runManager(
          detected,
          env,
          [...packCommand('bun', outDir, ''), '--quiet'],
          dir,
          PACK_TIMEOUT_MS,
        );
        if (ran.code !== 0) return { ok: false, error: failureText('bun pm pack', ran, PACK_TIMEOUT_MS) };
        const file = ran.stdout
          .split('\n')
          .map((l) => l.trim())
          .filter((l) => l.endsWith('.tgz'))
          .pop();
        if (!file) return { ok: false, error: 'bun pm pack printed no tarball name' };
        return { ok: true, tarball: absoluteIn(outDir, file) };
      } catch (error) {
        return {
          ok: false,
          error: error instanceof ManagerMissing ? error.message : `bun pm pack: ${(error as Error).message}`,
        };
      }
    },
    async audit(root, options = {}) {
      try {
        const ran = await runManager(detected, env, auditCommand('bun'), root, AUDIT_TIMEOUT_MS, {
          ...(options.registry ? { BUN_CONFIG_REGISTRY: options.registry } : {}),
        });
        if (ran.timedOut) return { ok: false, reason: 'bun audit timed out after 120 s' };
        return parseBunAuditJson(ran.stdout, ran.stderr);
      } catch (error) {
        return { ok: false, reason: (error as Error).message };
      }
    },
  };
}

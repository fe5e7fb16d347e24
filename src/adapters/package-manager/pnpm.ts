import type { PackageManagerTool } from '../../ports/package-manager.js';
import { parsePnpmAuditJson } from '../../scan/audit.js';
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
 * pnpm 9 and 10: `pnpm install --frozen-lockfile --ignore-scripts`, `pnpm run`,
 * `pnpm pack --pack-destination --json` (rewrites workspace: and catalog:),
 * `pnpm audit --json --prod`. `npm_config_ignore_scripts` keeps pack's own
 * lifecycle scripts (prepack, postpack) from running too.
 */
export function pnpmManager(detected: DetectedManager, env: Env): PackageManagerTool {
  return {
    name: 'pnpm',
    detected,
    install: (root) =>
      asRun('pnpm install --frozen-lockfile', INSTALL_TIMEOUT_MS, () =>
        runManager(detected, env, installCommand('pnpm'), root, INSTALL_TIMEOUT_MS),
      ),
    runScript: (dir, script) =>
      asRun(`pnpm run ${script}`, INSTALL_TIMEOUT_MS, () =>
        runManager(detected, env, runScriptCommand('pnpm', script), dir, INSTALL_TIMEOUT_MS),
      ),
    async pack(dir, outDir) {
      try {
        const ran = await runManager(detected, env, packCommand('pnpm', outDir, ''), dir, PACK_TIMEOUT_MS, {
          npm_config_ignore_scripts: 'true',
        });
        if (ran.code !== 0) return { ok: false, error: failureText('pnpm pack', ran, PACK_TIMEOUT_MS) };
        const json = JSON.parse(ran.stdout.slice(Math.max(0, ran.stdout.indexOf('{')))) as { filename?: string };
        if (!json.filename) return { ok: false, error: 'pnpm pack --json printed no tarball name' };
        return { ok: true, tarball: absoluteIn(outDir, json.filename) };
      } catch (error) {
        return {
          ok: false,
          error: error instanceof ManagerMissing ? error.message : `pnpm pack: ${(error as Error).message}`,
        };
      }
    },
    async audit(root, options = {}) {
      try {
        const argv = [...auditCommand('pnpm'), ...(options.registry ? ['--registry', options.registry] : [])];
        const ran = await runManager(detected, env, argv, root, AUDIT_TIMEOUT_MS);
        if (ran.timedOut) return { ok: false, reason: 'pnpm audit timed out after 120 s' };
        return parsePnpmAuditJson(ran.stdout, ran.stderr);
      } catch (error) {
        return { ok: false, reason: (error as Error).message };
      }
    },
  };
}

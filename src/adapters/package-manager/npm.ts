import type { PackageManagerTool } from '../../ports/package-manager.js';
import { parseAuditJson } from '../../scan/audit.js';
import {
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

/** npm: `npm ci --ignore-scripts`, `npm run`, `npm pack --json`, `npm audit --json`. */
export function npmManager(detected: DetectedManager, env: Env): PackageManagerTool {
  return {
    name: 'npm',
    detected,
    install: (root) =>
      asRun('npm ci', INSTALL_TIMEOUT_MS, () =>
        runManager(detected, env, installCommand('npm'), root, INSTALL_TIMEOUT_MS),
      ),
    runScript: (dir, script) =>
      asRun(`npm run ${script}`, INSTALL_TIMEOUT_MS, () =>
        runManager(detected, env, runScriptCommand('npm', script), dir, INSTALL_TIMEOUT_MS),
      ),
    async pack(dir, outDir) {
      try {
        const ran = await runManager(detected, env, packCommand('npm', outDir, ''), dir, PACK_TIMEOUT_MS);
        if (ran.code !== 0) return { ok: false, error: failureText('npm pack', ran, PACK_TIMEOUT_MS) };
        const [packed] = JSON.parse(ran.stdout.slice(Math.max(0, ran.stdout.indexOf('[')))) as { filename?: string }[];
        if (!packed?.filename) return { ok: false, error: 'npm pack --json printed no tarball name' };
        return { ok: true, tarball: absoluteIn(outDir, packed.filename) };
      } catch (error) {
        return {
          ok: false,
          error: error instanceof ManagerMissing ? error.message : `npm pack: ${(error as Error).message}`,
        };
      }
    },
    async audit(root, options = {}) {
      try {
        const argv = [
          'npm',
          'audit',
          '--json',
          '--omit=dev',
          ...(options.registry ? ['--registry', options.registry] : []),
        ];
        const ran = await runManager(detected, env, argv, root, AUDIT_TIMEOUT_MS);
        if (ran.timedOut) return { ok: false, reason: 'npm audit timed out after 120 s' };
        return parseAuditJson(ran.stdout, ran.stderr);
      } catch (error) {
        return { ok: false, reason: (error as Error).message };
      }
    },
  };
}

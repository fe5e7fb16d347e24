import path from 'node:path';
import type { PackageManagerTool } from '../../ports/package-manager.js';
import { parseYarnAuditJson } from '../../scan/audit.js';
import {
  auditCommand,
  installCommand,
  packCommand,
  runScriptCommand,
  type DetectedManager,
} from '../../workspace/package-manager.js';
import { readJsonObject } from '../bounded-read.js';
import {
  AUDIT_TIMEOUT_MS,
  INSTALL_TIMEOUT_MS,
  ManagerMissing,
  PACK_TIMEOUT_MS,
  asRun,
  failureText,
  runManager,
  tarballName,
} from './common.js';

type Env = Readonly<Record<string, string | undefined>>;

const CLASSIC =
  'yarn classic (1.x) is not supported: its pack keeps workspace ranges and its audit endpoint is retired; move to yarn berry (`yarn set version stable`) or npm';

/**
 * yarn berry (2+), with the node-modules or the Plug'n'Play linker:
 * `yarn install --immutable --mode=skip-build` with YARN_ENABLE_SCRIPTS=0
 * (https://yarnpkg.com/configuration/yarnrc#enableScripts), `yarn run`,
 * `yarn pack --out <file>` (rewrites workspace:), `yarn npm audit --json`.
 */
export function yarnManager(detected: DetectedManager, env: Env): PackageManagerTool {
  const classic = detected.yarnClassic === true;
  return {
    name: 'yarn',
    detected,
    install: (root) =>
      classic
        ? Promise.resolve({ ok: false as const, error: CLASSIC })
        : asRun('yarn install --immutable', INSTALL_TIMEOUT_MS, () =>
            runManager(detected, env, installCommand('yarn'), root, INSTALL_TIMEOUT_MS, { YARN_ENABLE_SCRIPTS: '0' }),
          ),
    runScript: (dir, script) =>
      asRun(`yarn run ${script}`, INSTALL_TIMEOUT_MS, () =>
        runManager(detected, env, runScriptCommand('yarn', script), dir, INSTALL_TIMEOUT_MS),
      ),
    async pack(dir, outDir) {
      if (classic) return { ok: false, error: CLASSIC };
      try {
        const manifest = await readJsonObject(path.join(dir, 'package.json'));
        const name = typeof manifest?.name === 'string' ? manifest.name : 'package';
        const version = typeof manifest?.version === 'string' ? manifest.version : '0.0.0';
        const file = path.join(outDir, tarballName(name, version));
        const ran = await runManager(detected, env, packCommand('yarn', outDir, file), dir, PACK_TIMEOUT_MS);
        if (ran.code !== 0) return { ok: false, error: failureText('yarn pack', ran, PACK_TIMEOUT_MS) };
        return { ok: true, tarball: file };
      } catch (error) {
        return {
          ok: false,
          error: error instanceof ManagerMissing ? error.message : `yarn pack: ${(error as Error).message}`,
        };
      }
    },
    async audit(root, options = {}) {
      if (classic) return { ok: false, reason: CLASSIC };
      try {
        const ran = await runManager(detected, env, auditCommand('yarn'), root, AUDIT_TIMEOUT_MS, {
          ...(options.registry ? { YARN_NPM_REGISTRY_SERVER: options.registry } : {}),
        });
        if (ran.timedOut) return { ok: false, reason: 'yarn npm audit timed out after 120 s' };
        return parseYarnAuditJson(ran.stdout, ran.stderr, ran.code);
      } catch (error) {
        return { ok: false, reason: (error as Error).message };
      }
    },
  };
}

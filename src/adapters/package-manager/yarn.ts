import path from 'node:path';
import type { PackageManagerTool } from '../../ports/package-manager.js';
import { parseYarnAuditJson } from '../../scan/audit.js';
import { auditCommand, packCommand, type DetectedManager } from '../../workspace/package-manager.js';
import { readJsonObject } from '../bounded-read.js';
import { tarballName } from './common.js';
import { managerTool } from './tool.js';

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
  return managerTool(detected, env, {
    name: 'yarn',
    installLabel: 'yarn install --immutable',
    installEnv: { YARN_ENABLE_SCRIPTS: '0' },
    packLabel: 'yarn pack',
    // yarn pack writes where --out says (npm's file name, so every manager's tarball is named alike).
    async packInvocation(dir, outDir) {
      const manifest = await readJsonObject(path.join(dir, 'package.json'));
      const name = typeof manifest?.name === 'string' ? manifest.name : 'package';
      const version = typeof manifest?.version === 'string' ? manifest.version : '0.0.0';
      const tarball = path.join(outDir, tarballName(name, version));
      return { argv: packCommand('yarn', outDir, tarball), tarball };
    },
    tarballFrom: () => undefined,
    auditLabel: 'yarn npm audit',
    auditInvocation: (registry) => ({
      argv: auditCommand('yarn'),
      ...(registry ? { env: { YARN_NPM_REGISTRY_SERVER: registry } } : {}),
    }),
    parseAudit: (ran) => parseYarnAuditJson(ran.stdout, ran.stderr, ran.code),
    ...(detected.yarnClassic === true ? { refused: CLASSIC } : {}),
  });
}

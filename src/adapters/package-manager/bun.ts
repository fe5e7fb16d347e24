import type { PackageManagerTool } from '../../ports/package-manager.js';
import { parseBunAuditJson } from '../../scan/audit.js';
import { auditCommand, packCommand, type DetectedManager } from '../../workspace/package-manager.js';
import { absoluteIn } from './common.js';
import { managerTool } from './tool.js';

type Env = Readonly<Record<string, string | undefined>>;

/**
 * bun: `bun install --frozen-lockfile --ignore-scripts`, `bun run`,
 * `bun pm pack --destination --ignore-scripts --quiet` (rewrites workspace: and
 * catalog:; --quiet prints only the tarball), `bun audit --json --production`.
 */
export function bunManager(detected: DetectedManager, env: Env): PackageManagerTool {
  return managerTool(detected, env, {
    name: 'bun',
    installLabel: 'bun install --frozen-lockfile',
    packLabel: 'bun pm pack',
    packInvocation: (_dir, outDir) => Promise.resolve({ argv: [...packCommand('bun', outDir, ''), '--quiet'] }),
    tarballFrom(stdout, outDir) {
      const file = stdout
        .split('\n')
        .map((l) => l.trim())
        .filter((l) => l.endsWith('.tgz'))
        .pop();
      return file ? absoluteIn(outDir, file) : undefined;
    },
    auditLabel: 'bun audit',
    auditInvocation: (registry) => ({
      argv: auditCommand('bun'),
      ...(registry ? { env: { BUN_CONFIG_REGISTRY: registry } } : {}),
    }),
    parseAudit: (ran) => parseBunAuditJson(ran.stdout, ran.stderr),
  });
}

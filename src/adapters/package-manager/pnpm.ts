import type { PackageManagerTool } from '../../ports/package-manager.js';
import { parsePnpmAuditJson } from '../../scan/audit.js';
import { auditCommand, packCommand, type DetectedManager } from '../../workspace/package-manager.js';
import { absoluteIn } from './common.js';
import { managerTool } from './tool.js';

type Env = Readonly<Record<string, string | undefined>>;

/**
 * pnpm 9 and 10: `pnpm install --frozen-lockfile --ignore-scripts`, `pnpm run`,
 * `pnpm pack --pack-destination --json` (rewrites workspace: and catalog:),
 * `pnpm audit --json --prod`. `npm_config_ignore_scripts` keeps pack's own
 * lifecycle scripts (prepack, postpack) from running too.
 */
export function pnpmManager(detected: DetectedManager, env: Env): PackageManagerTool {
  return managerTool(detected, env, {
    name: 'pnpm',
    installLabel: 'pnpm install --frozen-lockfile',
    packLabel: 'pnpm pack',
    packInvocation: (_dir, outDir) =>
      Promise.resolve({ argv: packCommand('pnpm', outDir, ''), env: { npm_config_ignore_scripts: 'true' } }),
    tarballFrom(stdout, outDir) {
      const json = JSON.parse(stdout.slice(Math.max(0, stdout.indexOf('{')))) as { filename?: string };
      return json.filename ? absoluteIn(outDir, json.filename) : undefined;
    },
    auditLabel: 'pnpm audit',
    auditInvocation: (registry) => ({ argv: [...auditCommand('pnpm'), ...(registry ? ['--registry', registry] : [])] }),
    parseAudit: (ran) => parsePnpmAuditJson(ran.stdout, ran.stderr),
  });
}

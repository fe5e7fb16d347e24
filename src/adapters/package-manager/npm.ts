import type { PackageManagerTool } from '../../ports/package-manager.js';
import { parseAuditJson } from '../../scan/audit.js';
import { packCommand, type DetectedManager } from '../../workspace/package-manager.js';
import { absoluteIn } from './common.js';
import { managerTool } from './tool.js';

type Env = Readonly<Record<string, string | undefined>>;

/** npm: `npm ci --ignore-scripts`, `npm run`, `npm pack --json`, `npm audit --json --omit=dev`. */
export function npmManager(detected: DetectedManager, env: Env): PackageManagerTool {
  return managerTool(detected, env, {
    name: 'npm',
    installLabel: 'npm ci',
    packLabel: 'npm pack',
    packInvocation: (_dir, outDir) => Promise.resolve({ argv: packCommand('npm', outDir, '') }),
    tarballFrom(stdout, outDir) {
      const [packed] = JSON.parse(stdout.slice(Math.max(0, stdout.indexOf('[')))) as { filename?: string }[];
      return packed?.filename ? absoluteIn(outDir, packed.filename) : undefined;
    },
    auditLabel: 'npm audit',
    auditInvocation: (registry) => ({
      argv: ['npm', 'audit', '--json', '--omit=dev', ...(registry ? ['--registry', registry] : [])],
    }),
    parseAudit: (ran) => parseAuditJson(ran.stdout, ran.stderr),
  });
}

import type { PackageManagers, PackageManagerTool } from '../../ports/package-manager.js';
import type { DetectedManager } from '../../workspace/package-manager.js';
import { bunManager } from './bun.js';
import { npmManager } from './npm.js';
import { pnpmManager } from './pnpm.js';
import { yarnManager } from './yarn.js';

type Env = Readonly<Record<string, string | undefined>>;

/** One adapter per manager, each taking its binary from PATH in the kit's environment. */
export function createPackageManagers(env: Env): PackageManagers {
  return {
    for(detected: DetectedManager): PackageManagerTool {
      switch (detected.name) {
        case 'pnpm':
          return pnpmManager(detected, env);
        case 'yarn':
          return yarnManager(detected, env);
        case 'bun':
          return bunManager(detected, env);
        default:
          return npmManager(detected, env);
      }
    },
  };
}

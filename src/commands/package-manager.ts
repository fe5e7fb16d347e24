import path from 'node:path';
import {
  detectPackageManager,
  isManagerRoot,
  ROOT_MARKER_FILES,
  type DetectedManager,
  type RootFacts,
} from '../workspace/package-manager.js';
import type { RunContext } from './types.js';

/** A repository root and the manager that owns it. */
export interface ManagerRoot {
  root: string;
  detected: DetectedManager;
  /** The root's package.json, when readable. */
  manifest?: Record<string, unknown>;
}

/** The detection facts of one folder: which marker files it holds, its package.json, yarn.lock's first bytes. */
export async function rootFacts(dir: string, context: Pick<RunContext, 'adapters'>): Promise<RootFacts> {
  const { fs } = context.adapters;
  const names = await fs.readdir(dir).catch(() => [] as string[]);
  const files = names.filter((n) => ROOT_MARKER_FILES.includes(n));
  const manifest = files.includes('package.json')
    ? await fs.readJsonObject(path.join(dir, 'package.json')).catch(() => undefined)
    : undefined;
  let yarnLockHead: string | undefined;
  if (files.includes('yarn.lock')) {
    // The first 4 KB say which yarn wrote it (`# yarn lockfile v1` or berry's `__metadata:`).
    const handle = await fs.open(path.join(dir, 'yarn.lock'), 'r').catch(() => undefined);
    if (handle) {
      try {
        const buffer = Buffer.alloc(4096);
        const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
        yarnLockHead = buffer.subarray(0, bytesRead).toString('utf8');
      } finally {
        await handle.close();
      }
    }
  }
  return { files, ...(manifest ? { manifest } : {}), ...(yarnLockHead !== undefined ? { yarnLockHead } : {}) };
}

/**
 * The repository root of a package folder: the nearest folder (itself or an
 * ancestor, not above the git checkout or the home folder) with a package.json
 * that defines a workspace or sits next to a lockfile; else the package folder.
 * Then its manager.
 */
export async function managerRootOf(dir: string, context: Pick<RunContext, 'adapters'>): Promise<ManagerRoot> {
  const { fs } = context.adapters;
  let current = path.resolve(dir);
  for (;;) {
    const facts = await rootFacts(current, context);
    // A lockfile counts only next to a package.json (a stray lockfile in /tmp or a home folder is no project).
    if (isManagerRoot(facts.files, facts.manifest) && facts.files.includes('package.json'))
      return {
        root: current,
        detected: detectPackageManager(facts),
        ...(facts.manifest ? { manifest: facts.manifest } : {}),
      };
    const atCheckout = await fs
      .stat(path.join(current, '.git'))
      .then(() => true)
      .catch(() => false);
    const parent = path.dirname(current);
    if (atCheckout || parent === current || current === context.adapters.runtime.homeDir) break;
    current = parent;
  }
  const facts = await rootFacts(dir, context);
  return {
    root: path.resolve(dir),
    detected: detectPackageManager(facts),
    ...(facts.manifest ? { manifest: facts.manifest } : {}),
  };
}

/** Detection at a folder taken as the repository root (install's DIR). */
export async function managerAt(root: string, context: Pick<RunContext, 'adapters'>): Promise<ManagerRoot> {
  const facts = await rootFacts(root, context);
  return {
    root: path.resolve(root),
    detected: detectPackageManager(facts),
    ...(facts.manifest ? { manifest: facts.manifest } : {}),
  };
}

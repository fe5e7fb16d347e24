import path from 'node:path';

/**
 * What to spawn to start an installed bin the way `npx` does. Apart from the install's code
 * (install.ts) so that the adapter answers it before its module loads (src/adapters/index.ts).
 */
export function binLauncher(
  installDir: string,
  packageName: string,
  binName: string,
  binTarget: string,
): { command: string; args: string[] } {
  return process.platform === 'win32'
    ? { command: process.execPath, args: [path.join(installDir, 'node_modules', packageName, binTarget)] }
    : { command: path.join(installDir, 'node_modules', '.bin', binName), args: [] };
}

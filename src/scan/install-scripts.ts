/** Lifecycle scripts npm runs on the user's machine when the package is installed. */
export const INSTALL_TIME_SCRIPTS = ['preinstall', 'install', 'postinstall'] as const;

export interface InstallScript {
  name: string;
  command: string;
}

/**
 * The install-time scripts of a manifest. `prepare`, `prepack`, `prepublishOnly`
 * do not run when a user installs from the registry; a `binding.gyp` without an
 * install script makes npm run `node-gyp rebuild` implicitly.
 */
export function installScripts(manifest: Record<string, unknown>, packedFiles: readonly string[]): InstallScript[] {
  const scripts = (manifest.scripts && typeof manifest.scripts === 'object' ? manifest.scripts : {}) as Record<
    string,
    unknown
  >;
  const out: InstallScript[] = [];
  for (const name of INSTALL_TIME_SCRIPTS) {
    const command = scripts[name];
    if (typeof command === 'string' && command.trim()) out.push({ name, command });
  }
  if (
    !out.some((s) => s.name === 'install' || s.name === 'preinstall') &&
    packedFiles.includes('binding.gyp') &&
    manifest.gypfile !== false
  ) {
    out.push({ name: 'install (implicit)', command: 'node-gyp rebuild' });
  }
  return out;
}

/** Packages in package-lock.json that run install scripts (`hasInstallScript: true`), production first. */
export function dependenciesWithInstallScripts(lockfile: unknown): { name: string; dev: boolean }[] {
  const packages = (
    lockfile && typeof lockfile === 'object' ? (lockfile as { packages?: unknown }).packages : undefined
  ) as Record<string, Record<string, unknown>> | undefined;
  if (!packages) return [];
  const out: { name: string; dev: boolean }[] = [];
  for (const [key, entry] of Object.entries(packages)) {
    if (key === '' || !entry.hasInstallScript) continue;
    const name = key.replace(/^.*node_modules\//, '');
    out.push({ name: `${name}@${String(entry.version ?? '?')}`, dev: entry.dev === true });
  }
  return out.sort((a, b) => Number(a.dev) - Number(b.dev) || a.name.localeCompare(b.name));
}

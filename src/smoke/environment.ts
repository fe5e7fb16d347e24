import path from 'node:path';

/**
 * The environment a server gets in the smoke test: enough to run (PATH, locale,
 * time zone, CA certificates), a home and temp folder of its own (so it cannot
 * read or write the user's), never the CI's secrets (NODE_AUTH_TOKEN,
 * GITHUB_TOKEN, ...): the package under test and its dependencies are untrusted
 * code. Configured values (smoke.env, --env) win.
 */
const PASSED_THROUGH = ['PATH', 'LANG', 'LC_ALL', 'TZ', 'SystemRoot', 'ComSpec', 'PATHEXT', 'NODE_EXTRA_CA_CERTS'];

export interface PrivateFolders {
  home: string;
  tmp: string;
}

export function serverEnvironment(
  parent: NodeJS.ProcessEnv,
  configured: Record<string, string>,
  folders: PrivateFolders,
): Record<string, string> {
  const env: Record<string, string> = {};
  for (const key of PASSED_THROUGH) if (parent[key] !== undefined) env[key] = parent[key] as string;
  const own = {
    HOME: folders.home,
    USERPROFILE: folders.home,
    APPDATA: folders.home,
    LOCALAPPDATA: folders.home,
    XDG_CONFIG_HOME: path.join(folders.home, '.config'),
    XDG_CACHE_HOME: path.join(folders.home, '.cache'),
    XDG_DATA_HOME: path.join(folders.home, '.local', 'share'),
    TMPDIR: folders.tmp,
    TMP: folders.tmp,
    TEMP: folders.tmp,
  };
  return { ...env, ...own, ...configured };
}

/** `KEY=VALUE` strings (from --env / the `env` input) to a record; undefined entry = the bad one. */
export function parseEnvPairs(pairs: readonly string[]): { env: Record<string, string>; bad?: string } {
  const env: Record<string, string> = {};
  for (const pair of pairs) {
    const match = /^([A-Za-z_][A-Za-z0-9_]*)=(.*)$/s.exec(pair);
    if (!match) return { env, bad: pair };
    env[match[1] as string] = match[2] as string;
  }
  return { env };
}

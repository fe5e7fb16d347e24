/**
 * The environment a server gets in the smoke test: enough to run (PATH, HOME,
 * locale, temp), never the CI's secrets (NODE_AUTH_TOKEN, GITHUB_TOKEN, ...): the
 * package under test and its dependencies are untrusted code. Configured values win.
 */
const PASSED_THROUGH = ['PATH', 'HOME', 'USERPROFILE', 'TMPDIR', 'TMP', 'TEMP', 'LANG', 'LC_ALL', 'TZ', 'SystemRoot', 'ComSpec', 'PATHEXT', 'APPDATA', 'LOCALAPPDATA', 'NODE_EXTRA_CA_CERTS'];

export function serverEnvironment(parent: NodeJS.ProcessEnv, configured: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const key of PASSED_THROUGH) if (parent[key] !== undefined) env[key] = parent[key];
  return { ...env, ...configured };
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

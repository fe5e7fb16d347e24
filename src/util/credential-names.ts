/**
 * Names that hold credentials by convention (GITHUB_TOKEN, NPM_TOKEN,
 * NODE_AUTH_TOKEN, ACTIONS_ID_TOKEN_REQUEST_TOKEN, AWS_SECRET_ACCESS_KEY,
 * npm_config__authToken, ...). Matched on the name only.
 */
const CREDENTIAL_NAME =
  /(TOKEN|SECRET|PASSW(OR)?D|PRIVATE_KEY|API_KEY|ACCESS_KEY|_AUTH$|^NPM_CONFIG__AUTH|CREDENTIAL)/i;

export function isCredentialName(name: string): boolean {
  return CREDENTIAL_NAME.test(name);
}

/** The credential-named variables that are set (names only, sorted). */
export function credentialNames(env: Record<string, string | undefined>): string[] {
  return Object.keys(env)
    .filter((name) => isCredentialName(name) && (env[name] ?? '') !== '')
    .sort();
}

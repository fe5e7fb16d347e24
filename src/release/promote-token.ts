import type { Credentials, Settings } from '../settings/settings.js';

/**
 * The npm credential for moving dist-tags and deprecating. npm trusted
 * publishing (OIDC) can publish but cannot run `dist-tag` or `deprecate`
 * (npm/cli#8547), so promote and rollback take their own narrowly scoped
 * token, meant to live in a protected GitHub environment.
 */
export const PROMOTE_TOKEN_HELP =
  'npm trusted publishing (OIDC) can publish but cannot run `npm dist-tag` or `npm deprecate`: set NPM_PROMOTE_TOKEN to a granular token limited to this package (read and write; with "bypass 2FA" enabled when the account enforces 2FA for writes, or npm asks for a one-time password the job cannot give), stored in a protected GitHub environment (NODE_AUTH_TOKEN is used when NPM_PROMOTE_TOKEN is not set)';

/**
 * A step cannot read the name of its job's environment (actions/runner#1369),
 * so the workflow may pass it as MCP_RELEASE_ENVIRONMENT; otherwise the text
 * names the usual one.
 */
function environmentName(environment: string | undefined): string {
  return environment?.trim() || 'production';
}

/**
 * Why NPM_PROMOTE_TOKEN is set but empty. In a called workflow the secrets
 * context holds only the names the caller passes (or inherits); the job that
 * declares `environment:` then reads the environment's value under them
 * ("Reuse workflows", passing secrets; actions/runner#1490).
 * A composite that maps a missing secret to an env var gives an empty string.
 */
export function emptyPromoteTokenReason(settings: Pick<Settings, 'environment'>): string {
  const name = environmentName(settings.environment);
  return `NPM_PROMOTE_TOKEN is empty: as an environment secret of "${name}" a called workflow sees it only in the job that declares \`environment: ${name}\`, and only under a name the caller passes (\`NPM_PROMOTE_TOKEN: \${{ secrets.NPM_PROMOTE_TOKEN }}\`, or \`secrets: inherit\`); or it is not set there (a private repository on GitHub Free has no environments: store it as a repository secret)`;
}

/** The help for promote/no-token and rollback/no-token: absent and empty are different mistakes. */
export function promoteTokenHelp(settings: Pick<Settings, 'credentials' | 'environment'>): string {
  return settings.credentials.npmPromoteTokenEmpty && !settings.credentials.nodeAuthToken
    ? `${emptyPromoteTokenReason(settings)}. ${PROMOTE_TOKEN_HELP}`
    : PROMOTE_TOKEN_HELP;
}

export function promoteToken(credentials: Credentials): { token?: string; source?: string } {
  if (credentials.npmPromoteToken) return { token: credentials.npmPromoteToken, source: 'NPM_PROMOTE_TOKEN' };
  if (credentials.nodeAuthToken) return { token: credentials.nodeAuthToken, source: 'NODE_AUTH_TOKEN' };
  return {};
}

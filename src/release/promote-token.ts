import type { RunContext } from '../commands/types.js';

/**
 * The npm credential for moving dist-tags and deprecating. npm trusted
 * publishing (OIDC) can publish but cannot run `dist-tag` or `deprecate`, so
 * promote and rollback take their own narrowly scoped token, meant to live in
 * a protected GitHub environment.
 */
export const PROMOTE_TOKEN_HELP =
  'npm trusted publishing (OIDC) can publish but cannot run `npm dist-tag` or `npm deprecate`: set NPM_PROMOTE_TOKEN to a granular token limited to this package (read and write), stored in a protected GitHub environment (NODE_AUTH_TOKEN is used when NPM_PROMOTE_TOKEN is not set)';

export function promoteToken(context: RunContext): { token?: string; source?: string } {
  if (context.parentEnv.NPM_PROMOTE_TOKEN) return { token: context.parentEnv.NPM_PROMOTE_TOKEN, source: 'NPM_PROMOTE_TOKEN' };
  if (context.parentEnv.NODE_AUTH_TOKEN) return { token: context.parentEnv.NODE_AUTH_TOKEN, source: 'NODE_AUTH_TOKEN' };
  return {};
}

import type { Credentials } from '../settings/settings.js';

/**
 * Where a keyless signature's identity comes from, in this order:
 * SIGSTORE_ID_TOKEN (cosign's variable: any OIDC token the caller already has),
 * then GitHub Actions' token endpoint (needs `id-token: write`), asked for the
 * audience sigstore expects. The token is never printed: errors name the
 * source, not the value. The OIDC adapter asks the endpoint.
 */
export type IdentitySource = 'SIGSTORE_ID_TOKEN' | 'github-actions';

export function identitySource(credentials: Credentials): IdentitySource | undefined {
  if (credentials.sigstoreIdToken) return 'SIGSTORE_ID_TOKEN';
  if (credentials.oidcRequestUrl && credentials.oidcRequestToken) return 'github-actions';
  return undefined;
}

export const NO_IDENTITY =
  'no OIDC identity: set SIGSTORE_ID_TOKEN, or run in GitHub Actions with `permissions: id-token: write`';

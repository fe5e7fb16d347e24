import { identitySource, NO_IDENTITY } from '../release/oidc.js';
import type { Credentials } from '../settings/settings.js';
import type { Clock } from './clock.js';

/** OIDC identity tokens: SIGSTORE_ID_TOKEN as given, else one asked of GitHub Actions' token endpoint. */
export interface Oidc {
  /** A token for the audience (sigstore's by default); throws naming the source, never the value. */
  identityToken(audience?: string): Promise<string>;
}

export function createOidc(credentials: Credentials, clock: Clock): Oidc {
  return {
    async identityToken(audience = 'sigstore') {
      const source = identitySource(credentials);
      if (source === 'SIGSTORE_ID_TOKEN') return credentials.sigstoreIdToken as string;
      if (!source) throw new Error(NO_IDENTITY);
      const url = new URL(credentials.oidcRequestUrl as string);
      url.searchParams.set('audience', audience);
      let lastError = '';
      for (let attempt = 0; attempt < 3; attempt++) {
        if (attempt > 0) await clock.sleep(500 * 2 ** attempt);
        try {
          const response = await fetch(url, {
            headers: {
              authorization: `Bearer ${credentials.oidcRequestToken as string}`,
              accept: 'application/json',
            },
            signal: AbortSignal.timeout(15_000),
          });
          if (response.ok) {
            const body = (await response.json()) as { value?: unknown };
            if (typeof body.value === 'string' && body.value) return body.value;
            throw new Error('the GitHub OIDC endpoint answered without a token value');
          }
          lastError = `the GitHub OIDC endpoint answered HTTP ${response.status}`;
          // 4xx other than 429 will not change on retry.
          if (response.status < 500 && response.status !== 429) break;
        } catch (error) {
          lastError = (error as Error).message;
        }
      }
      throw new Error(`could not get a GitHub OIDC token for audience "${audience}": ${lastError}`);
    },
  };
}

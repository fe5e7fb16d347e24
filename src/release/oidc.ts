/**
 * Where a keyless signature's identity comes from, in this order:
 * SIGSTORE_ID_TOKEN (cosign's variable: any OIDC token the caller already has),
 * then GitHub Actions' token endpoint (needs `id-token: write`), asked for the
 * audience sigstore expects. The token is never printed: errors name the
 * source, not the value.
 */
export type IdentitySource = 'SIGSTORE_ID_TOKEN' | 'github-actions';

export function identitySource(env: NodeJS.ProcessEnv): IdentitySource | undefined {
  if (env.SIGSTORE_ID_TOKEN) return 'SIGSTORE_ID_TOKEN';
  if (env.ACTIONS_ID_TOKEN_REQUEST_URL && env.ACTIONS_ID_TOKEN_REQUEST_TOKEN) return 'github-actions';
  return undefined;
}

export async function fetchIdentityToken(env: NodeJS.ProcessEnv, audience = 'sigstore'): Promise<string> {
  const source = identitySource(env);
  if (source === 'SIGSTORE_ID_TOKEN') return env.SIGSTORE_ID_TOKEN as string;
  if (!source)
    throw new Error(
      'no OIDC identity: set SIGSTORE_ID_TOKEN, or run in GitHub Actions with `permissions: id-token: write`',
    );
  const url = new URL(env.ACTIONS_ID_TOKEN_REQUEST_URL as string);
  url.searchParams.set('audience', audience);
  let lastError = '';
  for (let attempt = 0; attempt < 3; attempt++) {
    if (attempt > 0) await new Promise((resolve) => setTimeout(resolve, 500 * 2 ** attempt));
    try {
      const response = await fetch(url, {
        headers: {
          authorization: `Bearer ${env.ACTIONS_ID_TOKEN_REQUEST_TOKEN as string}`,
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
}

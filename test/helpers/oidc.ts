import { registerSecret } from './leak-guard.js';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

/** An unsigned OIDC token with GitHub Actions claims (fakes decode it without checking a signature). */
export function githubIdentityToken(claims: Record<string, string>): string {
  const part = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const now = Math.floor(Date.now() / 1000);
  return `${part({ alg: 'none', typ: 'JWT' })}.${part({ iss: 'https://token.actions.githubusercontent.com', iat: now, exp: now + 600, ...claims })}.`;
}

export const OIDC_REQUEST_TOKEN = 'ghs_requesttoken0000000000000000000000';
registerSecret('the OIDC request token', OIDC_REQUEST_TOKEN);

/** GitHub Actions' OIDC token endpoint: checks the bearer token and hands out a token for the audience asked. */
export async function startOidcEndpoint(
  claims: Record<string, string>,
): Promise<{ url: string; audiences: string[]; stop(): Promise<void> }> {
  const audiences: string[] = [];
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (req.headers.authorization !== `Bearer ${OIDC_REQUEST_TOKEN}`) return void res.writeHead(403).end();
    const audience = url.searchParams.get('audience') ?? '';
    audiences.push(audience);
    res
      .writeHead(200, { 'content-type': 'application/json' })
      .end(JSON.stringify({ value: githubIdentityToken({ aud: audience, ...claims }) }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/token?api-version=2.0`,
    audiences,
    stop: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

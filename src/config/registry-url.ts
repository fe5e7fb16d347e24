import { z } from 'zod';

/**
 * A registry URL without its user-info (`user:secret@`): the form that may be
 * printed. Pure; a string that is not a URL comes back as it is.
 */
export function withoutCredentials(url: string): string {
  try {
    const parsed = new URL(url);
    parsed.username = '';
    parsed.password = '';
    return parsed.href;
  } catch {
    return url;
  }
}

/** A URL schema that refuses user-info; `where` says where the credentials go instead. */
export function urlWithoutCredentials(where: string) {
  return z.url().superRefine((value, context) => {
    // zod runs this refinement even when z.url() has refused the value: that refusal is the message then.
    const parsed = URL.canParse(value) ? new URL(value) : undefined;
    if (!parsed || (!parsed.username && !parsed.password)) return;
    context.addIssue({
      code: 'custom',
      message: `a registry URL must not hold credentials (every report and log line that names the registry would print them): ${where}; give the URL as ${withoutCredentials(value)}`,
    });
  });
}

/**
 * Every npm registry URL a user gives (--registry, the `registry` input, the
 * config's `registry`) is parsed by this one schema. Credentials in the URL are
 * refused, naming neither the user nor the secret, only the URL without them.
 */
export const registryUrl = urlWithoutCredentials('give the token as NODE_AUTH_TOKEN (or an .npmrc "_authToken" line)');

/** The MCP Registry's URL (promote, rollback): its login is exchanged for the GitHub OIDC token, never read from the URL. */
export const mcpRegistryUrl = urlWithoutCredentials(
  'the MCP Registry login comes from the GitHub OIDC token, never the URL',
);

/*
 * The registry URL check without zod: what `urlWithoutCredentials` (registry-url.ts) checks, written
 * out for the entries (src/commands/input-check.ts) and shared with that schema, so both give the same
 * value and the same message.
 */

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

/** Where the credentials go instead, by the kind of registry URL (the schema and the manifest name the kind). */
export const CREDENTIALS_GO = {
  npm: 'give the token as NODE_AUTH_TOKEN (or an .npmrc "_authToken" line)',
  'mcp-registry': 'the MCP Registry login comes from the GitHub OIDC token, never the URL',
} as const;

export type RegistryUrlKind = keyof typeof CREDENTIALS_GO;

/** The refusal of a URL that holds user-info, or undefined when it holds none (or is no URL). */
export function credentialsProblem(value: string, kind: RegistryUrlKind): string | undefined {
  const parsed = URL.canParse(value) ? new URL(value) : undefined;
  if (!parsed || (!parsed.username && !parsed.password)) return undefined;
  return `a registry URL must not hold credentials (every report and log line that names the registry would print them): ${CREDENTIALS_GO[kind]}; give the URL as ${withoutCredentials(value)}`;
}

/**
 * What zod 4's `z.url()` gives for a string (zod/v4/core/schemas.js $ZodURL without options): the value
 * trimmed, then, when `URL.canParse` takes it, with every ASCII tab, LF and CR removed; else undefined.
 */
export function zodUrlValue(value: string): string | undefined {
  const trimmed = value.trim();
  return URL.canParse(trimmed) ? trimmed.replace(/[\t\n\r]/g, '') : undefined;
}

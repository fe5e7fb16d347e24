import { credentialNames } from '../util/credential-names.js';

/** Shorter values would match ordinary text by accident; real tokens are far longer. */
const MIN_SECRET_LENGTH = 8;
export const REDACTED = '***';

/**
 * The values of the credentials in the kit's environment: whatever a server,
 * a registry or an API echoes back, these never reach an output.
 */
export function knownSecretValues(env: NodeJS.ProcessEnv): string[] {
  const values = credentialNames(env)
    .map((name) => env[name] as string)
    .filter((value) => value.length >= MIN_SECRET_LENGTH);
  // Longest first, so a secret that contains another is replaced whole.
  return [...new Set(values)].sort((a, b) => b.length - a.length);
}

export function redactText(text: string, secrets: readonly string[]): string {
  let out = text;
  for (const secret of secrets) out = out.split(secret).join(REDACTED);
  return out;
}

/** Every string in a JSON-like value (a Report, a surface), secrets replaced. */
export function redactDeep<T>(value: T, secrets: readonly string[]): T {
  if (secrets.length === 0) return value;
  const walk = (v: unknown): unknown => {
    if (typeof v === 'string') return redactText(v, secrets);
    if (Array.isArray(v)) return v.map(walk);
    if (v && typeof v === 'object')
      return Object.fromEntries(Object.entries(v).map(([k, item]) => [redactText(k, secrets), walk(item)]));
    return v;
  };
  return walk(value) as T;
}

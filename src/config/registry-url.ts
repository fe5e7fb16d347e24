import { z } from 'zod';
import { credentialsProblem, type RegistryUrlKind } from './url-check.js';

/** Each registry URL schema's kind, for the usage manifest (src/commands/define-command.ts valueCheckOf). */
export const REGISTRY_URL_KIND = new WeakMap<z.ZodType, RegistryUrlKind>();

/** A URL schema that refuses user-info; the kind says where the credentials go instead. */
function urlWithoutCredentials(kind: RegistryUrlKind) {
  const schema = z.url().superRefine((value, context) => {
    // zod runs this refinement even when z.url() has refused the value: that refusal is the message then.
    const message = credentialsProblem(value, kind);
    if (message) context.addIssue({ code: 'custom', message });
  });
  REGISTRY_URL_KIND.set(schema, kind);
  return schema;
}

/**
 * Every npm registry URL a user gives (--registry, the `registry` input, the
 * config's `registry`) is parsed by this one schema. Credentials in the URL are
 * refused, naming neither the user nor the secret, only the URL without them.
 */
export const registryUrl = urlWithoutCredentials('npm');

/** The MCP Registry's URL (promote, rollback): its login is exchanged for the GitHub OIDC token, never read from the URL. */
export const mcpRegistryUrl = urlWithoutCredentials('mcp-registry');

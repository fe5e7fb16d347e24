/**
 * One entry point for checking a sigstore bundle, key-based or keyless.
 * Key-based bundles name their key by a hint and verify against the public key
 * given (no log, no certificate). Keyless bundles verify against a trusted
 * root (Fulcio CA, Rekor, CT log, TSA) and an expected identity: a bundle from
 * someone else's workflow must fail even when every signature is valid.
 * The sigstore adapter verifies; the policy and its vocabulary are here.
 */
export type BundleTrust =
  | { kind: 'key'; publicKeyPem: string }
  | { kind: 'keyless'; trustedRoot: unknown; identity: IdentityPolicy };

export interface IdentityPolicy {
  /** The certificate's subject alternative name, matched exactly... */
  identity?: string;
  /** ...or by this regular expression (anchored by the caller as needed). */
  identityRegexp?: string;
  /** The OIDC issuer the certificate must carry. */
  issuer: string;
}

export type BundleKind = 'key' | 'keyless';

export function bundleKind(bundleJson: unknown): BundleKind {
  const material =
    (bundleJson as { verificationMaterial?: Record<string, unknown> } | null)?.verificationMaterial ?? {};
  return 'publicKey' in material ? 'key' : 'keyless';
}

export interface VerifiedSigner {
  identity?: string;
  issuer?: string;
}

/** The certificate identity a keyless bundle must carry, as the verifier's pattern: exact, or the caller's expression. */
export function identityPattern(policy: IdentityPolicy): string | undefined {
  return policy.identity ? `^${policy.identity.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$` : policy.identityRegexp;
}

export const NO_EXPECTED_IDENTITY =
  'a keyless bundle needs an expected identity (--certificate-identity or --certificate-identity-regexp)';

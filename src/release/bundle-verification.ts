import { createPublicKey } from 'node:crypto';
import { bundleFromJSON } from '@sigstore/bundle';
import { TrustedRoot } from '@sigstore/protobuf-specs';
import { toSignedEntity, toTrustMaterial, Verifier } from '@sigstore/verify';
import { keyHint } from './sigstore-key.js';

/**
 * One entry point for checking a sigstore bundle, key-based or keyless.
 * Key-based bundles name their key by a hint and verify against the public key
 * given (no log, no certificate). Keyless bundles verify against a trusted
 * root (Fulcio CA, Rekor, CT log, TSA) and an expected identity: a bundle from
 * someone else's workflow must fail even when every signature is valid.
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

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Throws with the reason when the bundle does not verify; `artifact` is omitted for DSSE bundles. */
export function verifyBundle(bundleJson: unknown, artifact: Buffer | undefined, trust: BundleTrust): VerifiedSigner {
  const entity = toSignedEntity(bundleFromJSON(bundleJson), artifact);
  if (trust.kind === 'key') {
    const publicKey = createPublicKey(trust.publicKeyPem);
    const root = TrustedRoot.fromJSON({
      mediaType: 'application/vnd.dev.sigstore.trustedroot+json;version=0.1',
      tlogs: [],
      certificateAuthorities: [],
      ctlogs: [],
      timestampAuthorities: [],
    });
    const keys = {
      [keyHint(publicKey)]: {
        rawBytes: publicKey.export({ type: 'spki', format: 'der' }),
        keyDetails: 'PKIX_ECDSA_P256_SHA_256',
        validFor: { start: new Date(0) },
      },
    };
    new Verifier(toTrustMaterial(root, keys as never), {
      tlogThreshold: 0,
      ctlogThreshold: 0,
      timestampThreshold: 0,
    }).verify(entity);
    return {};
  }
  const { identity, identityRegexp, issuer } = trust.identity;
  if (!identity && !identityRegexp)
    throw new Error(
      'a keyless bundle needs an expected identity (--certificate-identity or --certificate-identity-regexp)',
    );
  const verifier = new Verifier(toTrustMaterial(TrustedRoot.fromJSON(trust.trustedRoot)), {
    tlogThreshold: 1,
    ctlogThreshold: 1,
    timestampThreshold: 1,
  });
  const signer = verifier.verify(entity, {
    subjectAlternativeName: identity ? `^${escapeRegExp(identity)}$` : identityRegexp,
    extensions: { issuer },
  });
  return { identity: signer.identity?.subjectAlternativeName, issuer: signer.identity?.extensions?.issuer };
}

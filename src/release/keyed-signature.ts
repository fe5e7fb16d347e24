import { createHash, createPrivateKey, createPublicKey, sign as cryptoSign, type KeyObject } from 'node:crypto';
import { bundleFromJSON, bundleToJSON } from '@sigstore/bundle';
import { MessageSignatureBundleBuilder } from '@sigstore/sign';
import { toSignedEntity, toTrustMaterial, Verifier } from '@sigstore/verify';

/**
 * Key-based sigstore bundles, for places without OIDC: the signature is made
 * with a PEM private key from a secret, and the bundle names the public key by a
 * hint (its SHA-256 fingerprint) instead of carrying a Fulcio certificate.
 */
export function keyHint(publicKey: KeyObject): string {
  return createHash('sha256').update(publicKey.export({ type: 'spki', format: 'der' })).digest('hex').slice(0, 32);
}

/** ECDSA P-256 keys only: what sigstore message signatures with SHA-256 verify everywhere. */
export function loadPrivateKey(pem: string): KeyObject {
  const key = createPrivateKey(pem);
  if (key.asymmetricKeyType !== 'ec' || key.asymmetricKeyDetails?.namedCurve !== 'prime256v1') {
    throw new Error(`a ${key.asymmetricKeyType ?? 'unknown'} key was given; sign needs an ECDSA P-256 key (openssl ecparam -name prime256v1 -genkey)`);
  }
  return key;
}

export async function signWithKey(artifact: Buffer, privateKey: KeyObject): Promise<{ bundle: unknown; publicKeyPem: string; hint: string }> {
  const publicKey = createPublicKey(privateKey);
  const publicKeyPem = publicKey.export({ type: 'spki', format: 'pem' }).toString();
  const hint = keyHint(publicKey);
  const signer = {
    async sign(data: Buffer) {
      return { signature: cryptoSign('sha256', data, privateKey), key: { $case: 'publicKey' as const, publicKey: publicKeyPem, hint } };
    },
  };
  const bundle = await new MessageSignatureBundleBuilder({ signer, witnesses: [] }).create({ data: artifact });
  return { bundle: bundleToJSON(bundle), publicKeyPem, hint };
}

/** Verify a key-based bundle for these bytes with the given public key; throws with the reason. */
export function verifyWithKey(artifact: Buffer, bundleJson: unknown, publicKeyPem: string): void {
  const publicKey = createPublicKey(publicKeyPem);
  const hint = keyHint(publicKey);
  const root = { mediaType: 'application/vnd.dev.sigstore.trustedroot+json;version=0.1', tlogs: [], certificateAuthorities: [], ctlogs: [], timestampAuthorities: [] };
  const keys = { [hint]: { rawBytes: publicKey.export({ type: 'spki', format: 'der' }), keyDetails: 'PKIX_ECDSA_P256_SHA_256', validFor: { start: new Date(0) } } };
  const verifier = new Verifier(toTrustMaterial(root as never, keys as never), { tlogThreshold: 0, ctlogThreshold: 0, timestampThreshold: 0 });
  verifier.verify(toSignedEntity(bundleFromJSON(bundleJson), artifact));
}

import { createHash, createPrivateKey, createPublicKey, sign as cryptoSign, type KeyObject } from 'node:crypto';

/**
 * Key-based sigstore bundles, for places without OIDC: the signature is made
 * with a PEM private key from a secret, and the bundle names the public key by a
 * hint (its SHA-256 fingerprint) instead of carrying a Fulcio certificate.
 * The keys and the signer are here; the sigstore adapter builds the bundles.
 */
export function keyHint(publicKey: KeyObject): string {
  return createHash('sha256')
    .update(publicKey.export({ type: 'spki', format: 'der' }))
    .digest('hex')
    .slice(0, 32);
}

/** ECDSA P-256 keys only: what sigstore message signatures with SHA-256 verify everywhere. */
export function loadPrivateKey(pem: string): KeyObject {
  const key = createPrivateKey(pem);
  if (key.asymmetricKeyType !== 'ec' || key.asymmetricKeyDetails?.namedCurve !== 'prime256v1') {
    throw new Error(
      `a ${key.asymmetricKeyType ?? 'unknown'} key was given; sign needs an ECDSA P-256 key (openssl ecparam -name prime256v1 -genkey)`,
    );
  }
  return key;
}

export function publicKeyOf(privateKey: KeyObject): { publicKeyPem: string; hint: string } {
  const publicKey = createPublicKey(privateKey);
  return { publicKeyPem: publicKey.export({ type: 'spki', format: 'pem' }).toString(), hint: keyHint(publicKey) };
}

/** A signer for sigstore's bundle builders: the signature made here, the key named by its hint. */
export function keySigner(privateKey: KeyObject) {
  const { publicKeyPem, hint } = publicKeyOf(privateKey);
  const signer = {
    sign(data: Buffer) {
      return Promise.resolve({
        signature: cryptoSign('sha256', data, privateKey),
        key: { $case: 'publicKey' as const, publicKey: publicKeyPem, hint },
      });
    },
  };
  return { signer, publicKeyPem, hint };
}

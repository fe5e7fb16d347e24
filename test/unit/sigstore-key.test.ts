import { createPublicKey, generateKeyPairSync, verify } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { keyHint, keySigner, loadPrivateKey, publicKeyOf } from '../../src/release/sigstore-key.js';

/** `sign` with a key from a secret: the PEM is loaded here, its public half is named by a hint in each bundle. */
const pemOf = (key: { export(o: { type: 'pkcs8'; format: 'pem' }): string | Buffer }) =>
  key.export({ type: 'pkcs8', format: 'pem' }).toString();
const p256 = generateKeyPairSync('ec', { namedCurve: 'prime256v1' });
const p256Pem = pemOf(p256.privateKey);

describe('loadPrivateKey', () => {
  it('loads an ECDSA P-256 PEM key', () => {
    const key = loadPrivateKey(p256Pem);
    expect(key.type).toBe('private');
    expect(key.asymmetricKeyDetails?.namedCurve).toBe('prime256v1');
  });

  it('refuses another curve, naming what is needed and how to make one', () => {
    const p384 = pemOf(generateKeyPairSync('ec', { namedCurve: 'secp384r1' }).privateKey);
    expect(() => loadPrivateKey(p384)).toThrow(/ec key was given; sign needs an ECDSA P-256 key/);
    expect(() => loadPrivateKey(p384)).toThrow(/openssl ecparam -name prime256v1 -genkey/);
  });

  it('refuses other key types, naming the type given', () => {
    const ed = pemOf(generateKeyPairSync('ed25519').privateKey);
    expect(() => loadPrivateKey(ed)).toThrow(/^a ed25519 key was given; sign needs an ECDSA P-256 key/);
  });

  it('text that is not a PEM key throws (sign turns it into a usage error)', () => {
    expect(() => loadPrivateKey('not a key')).toThrow();
  });
});

describe('publicKeyOf and keyHint', () => {
  it('the public PEM matches the private key, and the hint is 32 hex characters, stable per key', () => {
    const key = loadPrivateKey(p256Pem);
    const { publicKeyPem, hint } = publicKeyOf(key);
    expect(publicKeyPem).toMatch(/^-----BEGIN PUBLIC KEY-----\n/);
    expect(createPublicKey(publicKeyPem).equals(p256.publicKey)).toBe(true);
    expect(hint).toMatch(/^[0-9a-f]{32}$/);
    expect(keyHint(p256.publicKey)).toBe(hint);
    expect(publicKeyOf(loadPrivateKey(p256Pem)).hint).toBe(hint);
  });

  it('different keys have different hints', () => {
    const other = generateKeyPairSync('ec', { namedCurve: 'prime256v1' });
    expect(keyHint(other.publicKey)).not.toBe(keyHint(p256.publicKey));
  });
});

describe('keySigner', () => {
  it('signs with SHA-256 so the public key verifies it, and names the key by its hint', async () => {
    const key = loadPrivateKey(p256Pem);
    const { signer, publicKeyPem, hint } = keySigner(key);
    const data = Buffer.from('payload to sign');
    const { signature, key: named } = await signer.sign(data);
    expect(named).toEqual({ $case: 'publicKey', publicKey: publicKeyPem, hint });
    expect(verify('sha256', data, p256.publicKey, signature)).toBe(true);
    expect(verify('sha256', Buffer.from('other payload'), p256.publicKey, signature)).toBe(false);
  });
});

import { createPublicKey, type KeyObject } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Witness } from '@sigstore/sign';
import {
  identityPattern,
  NO_EXPECTED_IDENTITY,
  type BundleTrust,
  type VerifiedSigner,
} from '../release/bundle-verification.js';
import { IN_TOTO_PAYLOAD_TYPE, type SigstoreEndpoints } from '../release/keyless-signature.js';
import { keyHint, keySigner, publicKeyOf } from '../release/sigstore-key.js';

/**
 * sigstore: bundles signed with a key or keyless (Fulcio, Rekor, a TSA over
 * the network), bundles verified, and the trusted root they verify against
 * (a file, or sigstore's public-good root through TUF).
 */
export interface Sigstore {
  /** A message-signature bundle over the artifact's bytes, signed with the key. */
  signBlobWithKey(
    artifact: Buffer,
    privateKey: KeyObject,
  ): Promise<{ bundle: unknown; publicKeyPem: string; hint: string }>;
  /** A DSSE bundle over an in-toto statement, signed with the key. */
  signStatementWithKey(statement: object, privateKey: KeyObject, payloadType: string): Promise<unknown>;
  /** A message-signature bundle over the artifact's bytes (what `cosign verify-blob --bundle` and `verify` check). */
  signBlobKeyless(artifact: Buffer, identityToken: string, endpoints: SigstoreEndpoints): Promise<unknown>;
  /** A DSSE bundle over an in-toto statement, logged as a Rekor `intoto` entry. */
  signStatementKeyless(statement: object, identityToken: string, endpoints: SigstoreEndpoints): Promise<unknown>;
  /** Rejects with the reason when the bundle does not verify; `artifact` is omitted for DSSE bundles. */
  verifyBundle(bundleJson: unknown, artifact: Buffer | undefined, trust: BundleTrust): Promise<VerifiedSigner>;
  /**
   * The trusted root that keyless bundles verify against: a file the caller
   * names (a private sigstore, or an offline copy), else sigstore's
   * public-good root through TUF. When TUF cannot be reached, the root
   * shipped inside @sigstore/tuf is used and the caller is told, since it may
   * be older than the live one.
   */
  loadTrustedRoot(file: string | undefined): Promise<LoadedTrustedRoot>;
}

export interface LoadedTrustedRoot {
  root: unknown;
  source: string;
  note?: string;
}

const FETCH = { retry: { retries: 2, factor: 2, minTimeout: 500, maxTimeout: 4000 }, timeout: 30_000 };

/** The @sigstore libraries, loaded on first use: only the commands that sign or verify pay for them (about 1 MB). */
async function libraries() {
  const [bundle, sign, specs, verify] = await Promise.all([
    import('@sigstore/bundle'),
    import('@sigstore/sign'),
    import('@sigstore/protobuf-specs'),
    import('@sigstore/verify'),
  ]);
  return { ...bundle, ...sign, ...specs, ...verify };
}

async function keylessParts(endpoints: SigstoreEndpoints, identityToken: string, entryType?: 'intoto') {
  const { FulcioSigner, RekorWitness, TSAWitness } = await libraries();
  const witnesses: Witness[] = [new RekorWitness({ rekorBaseURL: endpoints.rekorURL, entryType, ...FETCH })];
  if (endpoints.tsaURL) witnesses.push(new TSAWitness({ tsaBaseURL: endpoints.tsaURL, ...FETCH }));
  const signer = new FulcioSigner({
    identityProvider: { getToken: () => Promise.resolve(identityToken) },
    fulcioBaseURL: endpoints.fulcioURL,
    ...FETCH,
  });
  return { signer, witnesses };
}

export const sigstore: Sigstore = {
  async signBlobWithKey(artifact, privateKey) {
    const { bundleToJSON, MessageSignatureBundleBuilder } = await libraries();
    const { signer } = keySigner(privateKey);
    const bundle = await new MessageSignatureBundleBuilder({ signer, witnesses: [] }).create({ data: artifact });
    return { bundle: bundleToJSON(bundle), ...publicKeyOf(privateKey) };
  },

  async signStatementWithKey(statement, privateKey, payloadType) {
    const { bundleToJSON, DSSEBundleBuilder } = await libraries();
    const { signer } = keySigner(privateKey);
    const bundle = await new DSSEBundleBuilder({ signer, witnesses: [] }).create({
      data: Buffer.from(JSON.stringify(statement)),
      type: payloadType,
    });
    return bundleToJSON(bundle);
  },

  async signBlobKeyless(artifact, identityToken, endpoints) {
    const { bundleToJSON, MessageSignatureBundleBuilder } = await libraries();
    const { signer, witnesses } = await keylessParts(endpoints, identityToken);
    const builder = new MessageSignatureBundleBuilder({ signer, witnesses });
    return bundleToJSON(await builder.create({ data: artifact }));
  },

  async signStatementKeyless(statement, identityToken, endpoints) {
    const { bundleToJSON, DSSEBundleBuilder } = await libraries();
    const { signer, witnesses } = await keylessParts(endpoints, identityToken, 'intoto');
    const builder = new DSSEBundleBuilder({ signer, witnesses, certificateChain: false });
    return bundleToJSON(
      await builder.create({ data: Buffer.from(JSON.stringify(statement)), type: IN_TOTO_PAYLOAD_TYPE }),
    );
  },

  async verifyBundle(bundleJson, artifact, trust) {
    const { bundleFromJSON, TrustedRoot, toSignedEntity, toTrustMaterial, Verifier } = await libraries();
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
    const subjectAlternativeName = identityPattern(trust.identity);
    if (!subjectAlternativeName) throw new Error(NO_EXPECTED_IDENTITY);
    const verifier = new Verifier(toTrustMaterial(TrustedRoot.fromJSON(trust.trustedRoot)), {
      tlogThreshold: 1,
      ctlogThreshold: 1,
      timestampThreshold: 1,
    });
    const signer = verifier.verify(entity, { subjectAlternativeName, extensions: { issuer: trust.identity.issuer } });
    return { identity: signer.identity?.subjectAlternativeName, issuer: signer.identity?.extensions?.issuer };
  },

  async loadTrustedRoot(file) {
    if (file) {
      const text = await readFile(file, 'utf8').catch(() => undefined);
      if (text === undefined) throw new Error(`cannot read ${file}`);
      try {
        return { root: JSON.parse(text) as unknown, source: file };
      } catch {
        throw new Error(`${file} is not JSON (a sigstore TrustedRoot document is expected)`);
      }
    }
    // TUF loads only to verify a keyless bundle without a --trusted-root.
    const { DEFAULT_MIRROR_URL, getTrustedRoot } = await import('@sigstore/tuf');
    const cachePath = path.join(tmpdir(), 'mcp-release-tuf');
    try {
      const { TrustedRoot } = await libraries();
      const root = await getTrustedRoot({ cachePath, retry: { retries: 1 }, timeout: 10_000 });
      return { root: TrustedRoot.toJSON(root), source: DEFAULT_MIRROR_URL };
    } catch (error) {
      // Seeding the cache wrote the trusted root that ships with @sigstore/tuf.
      const seeded = path.join(cachePath, new URL(DEFAULT_MIRROR_URL).host, 'targets', 'trusted_root.json');
      const text = await readFile(seeded, 'utf8').catch(() => undefined);
      if (text === undefined)
        throw new Error(
          `could not load sigstore's trusted root through TUF (${(error as Error).message}); pass --trusted-root`,
          { cause: error },
        );
      return {
        root: JSON.parse(text) as unknown,
        source: 'the copy shipped with @sigstore/tuf',
        note: `TUF refresh failed (${(error as Error).message}): verified against the trusted root shipped with @sigstore/tuf`,
      };
    }
  },
};

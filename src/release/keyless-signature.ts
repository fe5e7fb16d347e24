import { bundleToJSON } from '@sigstore/bundle';
import {
  DSSEBundleBuilder,
  FulcioSigner,
  MessageSignatureBundleBuilder,
  RekorWitness,
  TSAWitness,
  type Witness,
} from '@sigstore/sign';

/**
 * Keyless sigstore signing: an OIDC identity token (GitHub Actions' with
 * audience "sigstore") buys a short-lived Fulcio certificate; the signature is
 * witnessed by Rekor and, when a TSA is named, a timestamp authority. We sign
 * in-process with @sigstore/sign rather than through
 * actions/attest-build-provenance so the same code runs locally and in CI,
 * writes the `<tarball>.sigstore.json` and `.intoto.jsonl` files Scorecard
 * looks for, and can be tested offline against a local Fulcio/Rekor/TSA.
 */
export interface SigstoreEndpoints {
  fulcioURL: string;
  rekorURL: string;
  /** Optional: public-good sigstore signs without one, private instances may require it. */
  tsaURL?: string;
}

export const PUBLIC_SIGSTORE: SigstoreEndpoints = {
  fulcioURL: 'https://fulcio.sigstore.dev',
  rekorURL: 'https://rekor.sigstore.dev',
};

const FETCH = { retry: { retries: 2, factor: 2, minTimeout: 500, maxTimeout: 4000 }, timeout: 30_000 };

function witnesses(endpoints: SigstoreEndpoints, entryType?: 'intoto'): Witness[] {
  const list: Witness[] = [new RekorWitness({ rekorBaseURL: endpoints.rekorURL, entryType, ...FETCH })];
  if (endpoints.tsaURL) list.push(new TSAWitness({ tsaBaseURL: endpoints.tsaURL, ...FETCH }));
  return list;
}

function signer(identityToken: string, endpoints: SigstoreEndpoints) {
  return new FulcioSigner({
    identityProvider: { getToken: () => Promise.resolve(identityToken) },
    fulcioBaseURL: endpoints.fulcioURL,
    ...FETCH,
  });
}

/** A message-signature bundle over the artifact's bytes (what `cosign verify-blob --bundle` and `verify` check). */
export async function signBlobKeyless(
  artifact: Buffer,
  identityToken: string,
  endpoints: SigstoreEndpoints,
): Promise<unknown> {
  const builder = new MessageSignatureBundleBuilder({
    signer: signer(identityToken, endpoints),
    witnesses: witnesses(endpoints),
  });
  return bundleToJSON(await builder.create({ data: artifact }));
}

export const IN_TOTO_PAYLOAD_TYPE = 'application/vnd.in-toto+json';

/** A DSSE bundle over an in-toto statement, logged as a Rekor `intoto` entry. */
export async function signStatementKeyless(
  statement: object,
  identityToken: string,
  endpoints: SigstoreEndpoints,
): Promise<unknown> {
  const builder = new DSSEBundleBuilder({
    signer: signer(identityToken, endpoints),
    witnesses: witnesses(endpoints, 'intoto'),
    certificateChain: false,
  });
  return bundleToJSON(
    await builder.create({ data: Buffer.from(JSON.stringify(statement)), type: IN_TOTO_PAYLOAD_TYPE }),
  );
}

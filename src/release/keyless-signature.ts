/**
 * Keyless sigstore signing: an OIDC identity token (GitHub Actions' with
 * audience "sigstore") buys a short-lived Fulcio certificate; the signature is
 * witnessed by Rekor and, when a TSA is named, a timestamp authority. We sign
 * in-process with @sigstore/sign (the sigstore adapter) rather than through
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

export const IN_TOTO_PAYLOAD_TYPE = 'application/vnd.in-toto+json';

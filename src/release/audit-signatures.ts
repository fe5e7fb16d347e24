/**
 * `npm audit signatures` for a version just published: the npm adapter
 * installs it from the registry into a scratch project (no scripts) and lets
 * npm check the registry's signature (and provenance attestation, where there
 * is one). Registries that publish no signing keys (Verdaccio, most private
 * ones) cannot be checked: that is said, not treated as a failure. Pure: the
 * verdict over what the registry and npm answered.
 */
export type SignatureAudit = { state: 'verified' | 'skipped' | 'invalid'; detail: string };

/** What the npm adapter's install and audit answered. */
export type SignatureAuditRun =
  | { installed: false; code: number | null; stderr: string }
  | { installed: true; code: number | null; stdout: string };

/** The audit skipped because the registry has no keys to check against (`keys` says why). */
export function noKeysAudit(keys: string): SignatureAudit {
  return { state: 'skipped', detail: `npm audit signatures skipped: ${keys}` };
}

export function signatureAudit(name: string, version: string, keys: number, run: SignatureAuditRun): SignatureAudit {
  if (!run.installed)
    return {
      state: 'skipped',
      detail: `npm audit signatures skipped: installing ${name}@${version} failed (${run.stderr.split('\n').find((l) => l.includes('npm error')) ?? run.code})`,
    };
  let result: { invalid?: { name: string; version: string }[]; missing?: { name: string; version: string }[] } = {};
  try {
    result = JSON.parse(run.stdout) as typeof result;
  } catch {
    return { state: 'skipped', detail: `npm audit signatures printed no JSON (exit ${run.code})` };
  }
  const mine = (list: { name: string; version: string }[] | undefined) =>
    (list ?? []).some((entry) => entry.name === name && entry.version === version);
  if (mine(result.invalid))
    return {
      state: 'invalid',
      detail: `npm audit signatures: ${name}@${version} has an INVALID registry signature or attestation`,
    };
  if (mine(result.missing))
    return { state: 'skipped', detail: `npm audit signatures: ${name}@${version} carries no registry signature` };
  return {
    state: 'verified',
    detail: `npm audit signatures: ${name}@${version} verified against ${keys} registry key(s)`,
  };
}

import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { NPM_ENV, npmInvocation } from '../adapters/npm.js';
import { runProcess } from '../adapters/process.js';

/**
 * `npm audit signatures` for a version just published: install it from the
 * registry into a scratch project (no scripts) and let npm check the
 * registry's signature (and provenance attestation, where there is one).
 * Registries that publish no signing keys (Verdaccio, most private ones)
 * cannot be checked: that is said, not treated as a failure.
 */
export type SignatureAudit = { state: 'verified' | 'skipped' | 'invalid'; detail: string };

export async function registrySigningKeys(registry: string): Promise<number | string> {
  try {
    const response = await fetch(new URL('-/npm/v1/keys', registry), {
      headers: { accept: 'application/json' },
      signal: AbortSignal.timeout(15_000),
    });
    if (!response.ok)
      return `${new URL(registry).host} publishes no signing keys (/-/npm/v1/keys answered HTTP ${response.status})`;
    const body = (await response.json().catch(() => ({}))) as { keys?: unknown[] };
    return Array.isArray(body.keys) && body.keys.length > 0
      ? body.keys.length
      : `${new URL(registry).host} lists no signing keys`;
  } catch (error) {
    return `the registry's signing keys could not be read (${(error as Error).message})`;
  }
}

export async function auditSignatures(
  registry: string,
  name: string,
  version: string,
  env: NodeJS.ProcessEnv,
): Promise<SignatureAudit> {
  const keys = await registrySigningKeys(registry);
  if (typeof keys === 'string') return { state: 'skipped', detail: `npm audit signatures skipped: ${keys}` };
  const dir = await mkdtemp(path.join(os.tmpdir(), 'mcp-release-audit-'));
  try {
    await writeFile(
      path.join(dir, 'package.json'),
      JSON.stringify({ name: 'mcp-release-signature-audit', private: true }),
    );
    const npm = npmInvocation(env, process.platform, process.execPath);
    const npmEnv = { ...env, ...NPM_ENV, npm_config_registry: registry };
    const install = await runProcess(
      npm.command,
      [...npm.args, 'install', `${name}@${version}`, '--ignore-scripts', '--no-save', '--registry', registry],
      { cwd: dir, env: npmEnv, timeoutMs: 180_000 },
    );
    if (install.code !== 0)
      return {
        state: 'skipped',
        detail: `npm audit signatures skipped: installing ${name}@${version} failed (${install.stderr.split('\n').find((l) => l.includes('npm error')) ?? install.code})`,
      };
    const audit = await runProcess(
      npm.command,
      [...npm.args, 'audit', 'signatures', '--json', '--registry', registry],
      { cwd: dir, env: npmEnv, timeoutMs: 120_000 },
    );
    let result: { invalid?: { name: string; version: string }[]; missing?: { name: string; version: string }[] } = {};
    try {
      result = JSON.parse(audit.stdout) as typeof result;
    } catch {
      return { state: 'skipped', detail: `npm audit signatures printed no JSON (exit ${audit.code})` };
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
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

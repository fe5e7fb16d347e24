import { createHash } from 'node:crypto';
import path from 'node:path';
import { z } from 'zod';
import { UsageError } from '../errors.js';
import { bundleKind, type BundleTrust, type IdentityPolicy } from '../release/bundle-verification.js';
import { lookupSum, parseSums, type SumLine } from '../release/checksums.js';
import { isOk, type Finding, type Report } from '../report/model.js';
import { rateAll } from '../rules.js';
import { defineCommand, pickOptions } from './define-command.js';
import { SHARED_DESCRIPTIONS } from './option-catalog.js';
import { aggregateReport } from './packages.js';
import type { CommandSpec, RunContext } from './types.js';

const OPTIONS = pickOptions({
  tarball: { description: 'The tarball to check.' },
  sums: true,
  bundle: true,
  provenance: {
    description: 'Signed SLSA provenance (default: <tarball>.intoto.jsonl, when present).',
    schema: z.string().min(1).optional(),
  },
  'public-key': true,
  'trusted-root': true,
  'certificate-identity': true,
  'certificate-identity-regexp': true,
  'certificate-oidc-issuer': true,
  config: { description: 'Accepted like every command takes it; verify reads no config file.' },
  'fail-on': { description: SHARED_DESCRIPTIONS.failOnError },
});
type Input = z.infer<typeof OPTIONS.schema>;

export const verifyCommand: CommandSpec<Input> = defineCommand({
  name: 'verify',
  summary:
    'Check a tarball against SHA256SUMS, its sigstore bundle and its signed provenance: the bytes are the ones that were signed, by the identity expected.',
  positional: 'tarball',
  options: OPTIONS,
  outputs: {
    sha256: 'sha256 of the tarball.',
    verified: 'JSON array of what was verified: sums, bundle, provenance.',
    'signer-identity': 'The certificate identity of a keyless signature.',
  },
  run: verify,
});

async function readOptional(
  context: RunContext,
  file: string,
  given: string | undefined,
  flag: string,
): Promise<string | undefined> {
  const text = await context.adapters.fs.readFile(file, 'utf8').catch(() => undefined);
  if (text === undefined && given) throw new UsageError(`verify: --${flag}: cannot read ${given}`);
  return text;
}

function parseJson(text: string, file: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new UsageError(`verify: ${file} is not JSON (a sigstore bundle is expected)`);
  }
}

async function verify(input: Input, context: RunContext): Promise<Report> {
  const started = performance.now();
  const { fs, sigstore } = context.adapters;
  const tarball = path.resolve(context.cwd, input.tarball);
  if (!(await fs.stat(tarball).catch(() => undefined))?.isFile())
    throw new UsageError(`verify: TARBALL "${input.tarball}" is not a file`);
  if (input['certificate-identity-regexp']) {
    try {
      new RegExp(input['certificate-identity-regexp']);
    } catch (error) {
      throw new UsageError(`verify: --certificate-identity-regexp: ${(error as Error).message}`);
    }
  }
  const findings: Finding[] = [];
  const notes: string[] = [];
  const finding = (rule: string, message: string): void => void findings.push(...rateAll([{ rule, message }]));
  const verified: string[] = [];
  const outputs: Record<string, string> = {};
  const bytes = await fs.readFile(tarball);
  const sha256 = createHash('sha256').update(bytes).digest('hex');

  const sumsFile = input.sums ? path.resolve(context.cwd, input.sums) : path.join(path.dirname(tarball), 'SHA256SUMS');
  const sumsText = await readOptional(context, sumsFile, input.sums, 'sums');
  if (sumsText !== undefined) {
    const sumsName = path.basename(sumsFile);
    const found = lookupSum(parseSums(sumsText), [
      path.relative(path.dirname(sumsFile), tarball),
      path.basename(tarball),
    ]);
    const where = (lines: readonly SumLine[]) => lines.map((l) => `line ${l.line}: ${l.sha256}`).join(', ');
    if (found.kind === 'missing')
      finding('verify/not-in-sums', `${path.basename(tarball)} is not listed in ${sumsName}`);
    else if (found.kind === 'conflict')
      finding(
        'verify/checksum-mismatch',
        `${sumsName} gives ${path.basename(tarball)} different sha256 digests (${where(found.lines)}): a checksums file names each file once, so one line was added or changed; nothing is trusted (the tarball has ${sha256})`,
      );
    else {
      if (found.lines.length > 1)
        notes.push(
          `${sumsName} lists ${path.basename(tarball)} ${found.lines.length} times with the same sha256 (lines ${found.lines.map((l) => l.line).join(', ')}): one check, not ${found.lines.length}`,
        );
      if (found.sha256 !== sha256)
        finding(
          'verify/checksum-mismatch',
          `${path.basename(tarball)} has sha256 ${sha256}, ${sumsName} says ${found.sha256}`,
        );
      else verified.push('sums');
    }
  }

  // The bundle and the provenance are checked the same way; trust is resolved once, when first needed.
  const resolveTrust = async (kind: 'key' | 'keyless'): Promise<BundleTrust | string> => {
    if (kind === 'key') {
      if (!input['public-key']) return 'is key-based and no --public-key was given';
      const pem = await fs.readFile(path.resolve(context.cwd, input['public-key']), 'utf8').catch(() => undefined);
      if (pem === undefined) throw new UsageError(`verify: --public-key: cannot read ${input['public-key']}`);
      return { kind, publicKeyPem: pem };
    }
    if (!input['certificate-identity'] && !input['certificate-identity-regexp'])
      return 'is keyless and no --certificate-identity (or --certificate-identity-regexp) says whose signature to trust';
    const trusted = await sigstore
      .loadTrustedRoot(input['trusted-root'] ? path.resolve(context.cwd, input['trusted-root']) : undefined)
      .catch((error: Error) => {
        throw new UsageError(`verify: --trusted-root: ${error.message}`);
      });
    if (trusted.note) notes.push(trusted.note);
    const identity: IdentityPolicy = {
      identity: input['certificate-identity'],
      identityRegexp: input['certificate-identity-regexp'],
      issuer: input['certificate-oidc-issuer'],
    };
    return { kind, trustedRoot: trusted.root, identity };
  };
  const trustByKind = new Map<string, Promise<BundleTrust | string>>();
  const trustFor = (kind: 'key' | 'keyless'): Promise<BundleTrust | string> => {
    let trust = trustByKind.get(kind);
    if (!trust) trustByKind.set(kind, (trust = resolveTrust(kind)));
    return trust;
  };

  const check = async (file: string, json: unknown, artifact: Buffer | undefined): Promise<boolean> => {
    const trust = await trustFor(bundleKind(json));
    if (typeof trust === 'string') {
      finding('verify/no-key', `${path.basename(file)} ${trust}`);
      return false;
    }
    try {
      const signer = await sigstore.verifyBundle(json, artifact, trust);
      if (signer.identity) outputs['signer-identity'] = signer.identity;
      return true;
    } catch (error) {
      const policy = (error as Error).name === 'PolicyError';
      finding(
        policy ? 'verify/identity-mismatch' : 'verify/bundle-invalid',
        `${path.basename(file)} does not verify ${path.basename(tarball)}: ${(error as Error).message}`,
      );
      return false;
    }
  };

  const bundleFile = input.bundle ? path.resolve(context.cwd, input.bundle) : `${tarball}.sigstore.json`;
  const bundleText = await readOptional(context, bundleFile, input.bundle, 'bundle');
  if (bundleText !== undefined && (await check(bundleFile, parseJson(bundleText, bundleFile), bytes)))
    verified.push('bundle');

  const provenanceFile = input.provenance ? path.resolve(context.cwd, input.provenance) : `${tarball}.intoto.jsonl`;
  const provenanceText = await readOptional(context, provenanceFile, input.provenance, 'provenance');
  if (provenanceText !== undefined) {
    const lines = provenanceText.split('\n').filter((line) => line.trim());
    const sha512 = createHash('sha512').update(bytes).digest('hex');
    let matched = false;
    let unverified = false;
    for (const line of lines) {
      const json = parseJson(line, provenanceFile);
      if (!(await check(provenanceFile, json, undefined))) {
        unverified = true;
        continue;
      }
      const payload = (json as { dsseEnvelope?: { payload?: string } }).dsseEnvelope?.payload;
      const statement = payload
        ? (JSON.parse(Buffer.from(payload, 'base64').toString('utf8')) as {
            subject?: { digest?: Record<string, string> }[];
          })
        : {};
      if ((statement.subject ?? []).some((s) => s.digest?.sha512 === sha512 || s.digest?.sha256 === sha256))
        matched = true;
    }
    if (matched) verified.push('provenance');
    else if (!unverified)
      finding(
        'verify/provenance-subject-mismatch',
        `${path.basename(provenanceFile)} is signed but names no subject with ${path.basename(tarball)}'s digest`,
      );
  }
  if (verified.length === 0 && findings.length === 0)
    finding(
      'verify/nothing-to-verify',
      `no SHA256SUMS, sigstore bundle or provenance beside ${path.basename(tarball)}`,
    );
  return aggregateReport(
    'verify',
    [{ name: path.basename(tarball), dir: '.', ok: isOk(findings, input['fail-on'] ?? 'error'), findings }],
    { total: Math.round(performance.now() - started) },
    notes,
    { sha256, verified: JSON.stringify(verified), ...outputs },
  );
}

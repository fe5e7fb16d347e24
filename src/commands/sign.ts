import { createHash } from 'node:crypto';
import path from 'node:path';
import { z } from 'zod';
import { UsageError } from '../errors.js';
import { formatSums, sha256Of } from '../release/checksums.js';
import { IN_TOTO_PAYLOAD_TYPE, PUBLIC_SIGSTORE } from '../release/keyless-signature.js';
import { MANIFEST_FILE } from '../release/manifest.js';
import { identitySource } from '../release/oidc.js';
import { buildProvenanceStatement, githubBuildFacts, npmPurl, type InTotoStatement } from '../release/provenance.js';
import { loadPrivateKey, publicKeyOf } from '../release/sigstore-key.js';
import { decide, effectiveVisibility, visibilityFromIdentityToken, type Decision } from '../release/visibility.js';
import { isOk, type Finding, type Report, type ReportTable } from '../report/model.js';
import { rateAll } from '../rules.js';
import { defineCommand, pickOptions } from './define-command.js';
import { PROVENANCE_MODES, SHARED_DESCRIPTIONS } from './option-catalog.js';
import { aggregateReport } from './packages.js';
import type { CommandSpec, RunContext } from './types.js';

const OPTIONS = pickOptions({
  tarball: { description: 'The tarball(s) to sign.', schema: z.array(z.string().min(1)).min(1), multiple: true },
  out: {
    description:
      'Folder for SHA256SUMS, the bundles, the provenance and the public key (default: beside the first tarball).',
  },
  key: true,
  provenance: {
    description:
      'Signed SLSA provenance <tarball>.intoto.jsonl: auto (default: in GitHub Actions), require (fail outside it) or off.',
    schema: z.enum(PROVENANCE_MODES).default('auto'),
  },
  'fulcio-url': true,
  'rekor-url': true,
  'tsa-url': true,
  keyless: true,
  attest: true,
  visibility: true,
  config: { description: 'Accepted like every command takes it; sign reads no config file.' },
  'fail-on': { description: SHARED_DESCRIPTIONS.failOnError },
});
type Input = z.infer<typeof OPTIONS.schema>;

export const signCommand: CommandSpec<Input> = defineCommand({
  name: 'sign',
  summary:
    'SHA256SUMS for the tarballs and their release manifest, a sigstore bundle per tarball (<tarball>.sigstore.json: keyless with GitHub OIDC, or with a PEM key) and SLSA provenance (<tarball>.intoto.jsonl).',
  positional: { option: 'tarball', name: 'TARBALL...' },
  options: OPTIONS,
  outputs: {
    sums: 'Path of SHA256SUMS.',
    signing: 'How the bundles were signed: keyless, key or none.',
    bundles: 'JSON array of the sigstore bundle paths.',
    provenance: 'JSON array of the signed in-toto provenance paths (<tarball>.intoto.jsonl).',
    'public-key': 'Path of the public key PEM that verifies key-based bundles.',
    attest: 'With {--attest}: "true" when a GitHub artifact attestation should follow, else "false".',
    'attest-reason': 'With {--attest}: why the attestation runs or is skipped, one sentence.',
  },
  run: sign,
});

/** Signs bytes (a blob bundle) and statements (a DSSE bundle) one way or the other. */
interface BundleSigner {
  kind: 'key' | 'keyless';
  blob(bytes: Buffer): Promise<unknown>;
  statement(statement: InTotoStatement): Promise<unknown>;
  publicKeyPem?: string;
  hint?: string;
}

/** The signer, or why there is none (a skip the rules ask for is a note, not a finding). */
type SignerChoice = { signer: BundleSigner; reason: string } | { signer?: undefined; skipped?: string };

async function chooseSigner(input: Input, context: RunContext, keyless: Decision): Promise<SignerChoice> {
  const { fs, oidc, sigstore } = context.adapters;
  const pem = input.key
    ? await fs.readFile(path.resolve(context.cwd, input.key), 'utf8').catch(() => undefined)
    : context.settings.credentials.signingKey;
  if (input.key && pem === undefined) throw new UsageError(`sign: --key: cannot read ${input.key}`);
  if (pem) {
    let key;
    try {
      key = loadPrivateKey(pem);
    } catch (error) {
      throw new UsageError(
        `sign: the signing key is not a PEM private key (${(error as Error).message.split('\n')[0]})`,
      );
    }
    const signer: BundleSigner = {
      kind: 'key',
      ...publicKeyOf(key),
      blob: async (bytes) => (await sigstore.signBlobWithKey(bytes, key)).bundle,
      statement: (statement) => sigstore.signStatementWithKey(statement, key, IN_TOTO_PAYLOAD_TYPE),
    };
    return { signer, reason: 'a private key (no transparency log: nothing about the repository is published)' };
  }
  const source = identitySource(context.settings.credentials);
  if (!source) return {};
  // Decided before any OIDC request: a private repository's identity must not reach Fulcio or Rekor.
  if (!keyless.run)
    return {
      skipped: `${keyless.reason}: only SHA256SUMS was written (give --key or MCP_RELEASE_SIGNING_KEY to sign with a key)`,
    };
  const refusal = await tokenRefusal(input, context, source);
  if (refusal)
    return {
      skipped: `${refusal}: only SHA256SUMS was written (give --key or MCP_RELEASE_SIGNING_KEY to sign with a key)`,
    };
  const endpoints = {
    fulcioURL: input['fulcio-url'] ?? PUBLIC_SIGSTORE.fulcioURL,
    rekorURL: input['rekor-url'] ?? PUBLIC_SIGSTORE.rekorURL,
    tsaURL: input['tsa-url'],
  };
  // Fetched per signature: a GitHub OIDC token lives a few minutes, and Fulcio wants a fresh one.
  const token = () => oidc.identityToken();
  const signer: BundleSigner = {
    kind: 'keyless',
    blob: async (bytes) => sigstore.signBlobKeyless(bytes, await token(), endpoints),
    statement: async (statement) => sigstore.signStatementKeyless(statement, await token(), endpoints),
  };
  return { signer, reason: `keyless: a Fulcio certificate for the OIDC identity, logged in Rekor (${keyless.reason})` };
}

/**
 * When the visibility is unknown and the identity is GitHub's, its token says
 * (claim repository_visibility): one token is asked for and read before any
 * signature. A token that cannot be had is left to the signing, which reports it.
 */
async function tokenRefusal(input: Input, context: RunContext, source: string): Promise<string | undefined> {
  if (
    input.keyless !== 'auto' ||
    source !== 'github-actions' ||
    effectiveVisibility(input.visibility, context.settings.github.repositoryVisibility) !== 'unknown'
  )
    return undefined;
  const token = await context.adapters.oidc.identityToken().catch(() => undefined);
  const claimed = token ? visibilityFromIdentityToken(token) : undefined;
  if (!claimed || claimed === 'public') return undefined;
  return `${decide('keyless', claimed, 'auto').reason} (said by the OIDC token's repository_visibility claim)`;
}

/** <tarball>.intoto.jsonl: one signed statement per line, the form slsa-verifier and Scorecard read. */
async function writeSignedProvenance(
  context: RunContext,
  file: string,
  bytes: Buffer,
  out: string,
  signer: BundleSigner,
): Promise<string> {
  const manifest = await context.adapters.tarball.readTarballManifest(file);
  if (typeof manifest?.name !== 'string' || typeof manifest.version !== 'string')
    throw new UsageError(
      `sign: ${path.basename(file)} has no package.json with name and version: is it an npm tarball?`,
    );
  const digest = {
    sha512: createHash('sha512').update(bytes).digest('hex'),
    sha256: createHash('sha256').update(bytes).digest('hex'),
  };
  const statementFile = path.join(out, `${path.basename(file)}.intoto.jsonl`);
  await context.adapters.fs.writeFile(
    statementFile,
    `${JSON.stringify(await signer.statement(buildProvenanceStatement([{ name: npmPurl(manifest.name, manifest.version), digest }], context.settings)))}\n`,
  );
  return statementFile;
}

async function sign(input: Input, context: RunContext): Promise<Report> {
  const started = performance.now();
  const { fs } = context.adapters;
  const tarballs = input.tarball.map((t) => path.resolve(context.cwd, t));
  for (const [i, file] of tarballs.entries()) {
    if (!(await fs.stat(file).catch(() => undefined))?.isFile())
      throw new UsageError(`sign: TARBALL "${input.tarball[i]}" is not a file`);
  }
  const out = input.out ? path.resolve(context.cwd, input.out) : path.dirname(tarballs[0] as string);
  const buildFacts = githubBuildFacts(context.settings.buildVariables);
  if (input.provenance === 'require' && !buildFacts.facts)
    throw new UsageError(
      `sign: --provenance require: provenance is made in GitHub Actions only (${buildFacts.missing.join(', ')} not set)`,
    );
  const visibility = effectiveVisibility(input.visibility, context.settings.github.repositoryVisibility);
  const choice = await chooseSigner(input, context, decide('keyless', visibility, input.keyless));
  const signer = choice.signer;
  await fs.mkdir(out, { recursive: true });
  const findings: Finding[] = [];
  const notes: string[] = choice.signer || !choice.skipped ? [] : [choice.skipped];
  const table: ReportTable = { title: 'Signed', columns: ['file', 'how'], rows: [] };

  // Checksums of every tarball, and of the release manifest that describes it.
  const entries: { name: string; sha256: string }[] = [];
  for (const file of tarballs) {
    entries.push({ name: path.relative(out, file), sha256: sha256Of(await fs.readFile(file)) });
    const manifest = path.join(path.dirname(file), MANIFEST_FILE);
    if (
      (await fs.stat(manifest).catch(() => undefined))?.isFile() &&
      !entries.some((e) => e.name === path.relative(out, manifest))
    ) {
      entries.push({ name: path.relative(out, manifest), sha256: sha256Of(await fs.readFile(manifest)) });
    }
  }
  const sums = path.join(out, 'SHA256SUMS');
  await fs.writeFile(sums, formatSums(entries));
  const outputs: Record<string, string> = { sums, signing: signer?.kind ?? 'none' };
  table.rows.push(['SHA256SUMS', `sha256 of ${entries.length} file(s)`]);
  if (input.attest) {
    const attest = decide('attestation', visibility, input.attest);
    Object.assign(outputs, { attest: String(attest.run), 'attest-reason': attest.reason });
    table.rows.push([
      'GitHub artifact attestation',
      attest.run ? `next step, actions/attest-build-provenance (${attest.reason})` : attest.reason,
    ]);
    if (!attest.run && input.attest === 'auto') notes.push(attest.reason);
  }

  if (!signer && choice.skipped) {
    table.rows.push(...tarballs.map((t) => [path.basename(t), 'not signed: checksums only']));
  } else if (!signer) {
    findings.push(
      ...rateAll([
        {
          rule: 'sign/unsigned',
          message:
            'no signing identity: no --key or MCP_RELEASE_SIGNING_KEY, and no OIDC token (GitHub Actions with `id-token: write`, or SIGSTORE_ID_TOKEN): only SHA256SUMS was written',
        },
      ]),
    );
  } else {
    const bundles: string[] = [];
    const provenance: string[] = [];
    const writeProvenance = input.provenance !== 'off' && Boolean(buildFacts.facts);
    if (input.provenance === 'auto' && !buildFacts.facts)
      notes.push('provenance: not written outside GitHub Actions (the builder could not be attested)');
    try {
      for (const file of tarballs) {
        const bytes = await fs.readFile(file);
        const bundleFile = path.join(out, `${path.basename(file)}.sigstore.json`);
        await context.log.step(`sign ${path.basename(file)} (${signer.kind})`, async () => {
          await fs.writeFile(bundleFile, `${JSON.stringify(await signer.blob(bytes), null, 2)}\n`);
          bundles.push(bundleFile);
          if (writeProvenance) provenance.push(await writeSignedProvenance(context, file, bytes, out, signer));
        });
      }
    } catch (error) {
      if (error instanceof UsageError) throw error;
      findings.push(
        ...rateAll([{ rule: 'sign/failed', message: `${signer.kind} signing failed: ${(error as Error).message}` }]),
      );
    }
    Object.assign(outputs, { bundles: JSON.stringify(bundles), provenance: JSON.stringify(provenance) });
    for (const file of [...bundles, ...provenance]) table.rows.push([path.basename(file), choice.reason]);
    if (signer.publicKeyPem && signer.hint) {
      const publicKeyFile = path.join(out, `mcp-release-${signer.hint}.pub.pem`);
      await fs.writeFile(publicKeyFile, signer.publicKeyPem);
      outputs['public-key'] = publicKeyFile;
    }
  }
  const name = tarballs.map((t) => path.basename(t)).join(', ');
  return aggregateReport(
    'sign',
    [
      {
        name,
        dir: path.relative(context.cwd, out) || '.',
        ok: isOk(findings, input['fail-on'] ?? 'error'),
        findings,
        tables: [table],
      },
    ],
    { total: Math.round(performance.now() - started) },
    notes,
    outputs,
  );
}

import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { UsageError } from '../errors.js';
import { parseSums, sha256File } from '../release/checksums.js';
import { isOk, type Finding, type Report } from '../report/model.js';
import { rateAll } from '../rules.js';
import { configAndFailOnShape, CONFIG_OPTION, FAIL_ON_OPTION } from './common-inputs.js';
import { aggregateReport, PACKAGE_OUTPUTS } from './packages.js';
import type { CommandSpec, OptionSpec, RunContext } from './types.js';

const inputSchema = z.object({
  tarball: z.string().min(1),
  sums: z.string().min(1).optional(),
  bundle: z.string().min(1).optional(),
  'public-key': z.string().min(1).optional(),
  ...configAndFailOnShape,
});
type Input = z.infer<typeof inputSchema>;

const OPTIONS: readonly OptionSpec[] = [
  { name: 'tarball', type: 'string', description: 'The tarball to check.' },
  { name: 'sums', type: 'string', description: 'SHA256SUMS file (default: SHA256SUMS beside the tarball, when present).' },
  { name: 'bundle', type: 'string', description: 'sigstore bundle (default: <tarball>.sigstore.json, when present).' },
  { name: 'public-key', type: 'string', description: 'Public key PEM for a key-based bundle.' },
  CONFIG_OPTION,
  FAIL_ON_OPTION,
];

export const verifyCommand: CommandSpec<Input> = {
  name: 'verify',
  aliases: [],
  summary: 'Check a tarball against SHA256SUMS and its sigstore bundle: the bytes are the ones that were signed.',
  positional: { name: 'TARBALL', option: 'tarball', required: true },
  options: OPTIONS,
  outputs: { ...PACKAGE_OUTPUTS, sha256: 'verify: sha256 of the tarball.', verified: 'verify: JSON array of what was verified (sums, bundle).' },
  inputSchema,
  run: verify,
};

async function verify(input: Input, context: RunContext): Promise<Report> {
  const started = performance.now();
  const tarball = path.resolve(context.cwd, input.tarball);
  if (!(await stat(tarball).catch(() => undefined))?.isFile()) throw new UsageError(`verify: TARBALL "${input.tarball}" is not a file`);
  const findings: Finding[] = [];
  const finding = (rule: string, message: string): void => void findings.push(...rateAll([{ rule, message }]));
  const verified: string[] = [];
  const sha256 = await sha256File(tarball);

  const sumsFile = input.sums ? path.resolve(context.cwd, input.sums) : path.join(path.dirname(tarball), 'SHA256SUMS');
  const sumsText = await readFile(sumsFile, 'utf8').catch(() => undefined);
  if (sumsText === undefined) {
    if (input.sums) throw new UsageError(`verify: --sums: cannot read ${input.sums}`);
  } else {
    const expected = parseSums(sumsText).get(path.relative(path.dirname(sumsFile), tarball)) ?? parseSums(sumsText).get(path.basename(tarball));
    if (!expected) finding('verify/not-in-sums', `${path.basename(tarball)} is not listed in ${path.basename(sumsFile)}`);
    else if (expected !== sha256) finding('verify/checksum-mismatch', `${path.basename(tarball)} has sha256 ${sha256}, ${path.basename(sumsFile)} says ${expected}`);
    else verified.push('sums');
  }

  const bundleFile = input.bundle ? path.resolve(context.cwd, input.bundle) : `${tarball}.sigstore.json`;
  const bundleText = await readFile(bundleFile, 'utf8').catch(() => undefined);
  if (bundleText === undefined) {
    if (input.bundle) throw new UsageError(`verify: --bundle: cannot read ${input.bundle}`);
  } else if (!input['public-key']) {
    finding('verify/no-key', `${path.basename(bundleFile)} is key-based and no --public-key was given`);
  } else {
    const publicKey = await readFile(path.resolve(context.cwd, input['public-key']), 'utf8').catch(() => {
      throw new UsageError(`verify: --public-key: cannot read ${input['public-key']}`);
    });
    const { verifyWithKey } = await import('../release/keyed-signature.js');
    try {
      verifyWithKey(await readFile(tarball), JSON.parse(bundleText) as unknown, publicKey);
      verified.push('bundle');
    } catch (error) {
      finding('verify/bundle-invalid', `${path.basename(bundleFile)} does not verify ${path.basename(tarball)}: ${(error as Error).message}`);
    }
  }
  if (verified.length === 0 && findings.length === 0) finding('verify/nothing-to-verify', `no SHA256SUMS and no sigstore bundle beside ${path.basename(tarball)}`);
  return aggregateReport('verify', [{ name: path.basename(tarball), dir: '.', ok: isOk(findings, input['fail-on'] ?? 'error'), findings }], { total: Math.round(performance.now() - started) }, [], { sha256, verified: JSON.stringify(verified) });
}

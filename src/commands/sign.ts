import { mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { UsageError } from '../errors.js';
import { formatSums, sha256File } from '../release/checksums.js';
import { MANIFEST_FILE } from '../release/manifest.js';
import { isOk, type Finding, type Report } from '../report/model.js';
import { rateAll } from '../rules.js';
import { configAndFailOnShape, CONFIG_OPTION, FAIL_ON_OPTION } from './common-inputs.js';
import { aggregateReport, PACKAGE_OUTPUTS } from './packages.js';
import type { CommandSpec, OptionSpec, RunContext } from './types.js';

const inputSchema = z.object({
  tarball: z.array(z.string().min(1)).min(1),
  out: z.string().min(1).optional(),
  key: z.string().min(1).optional(),
  ...configAndFailOnShape,
});
type Input = z.infer<typeof inputSchema>;

const OPTIONS: readonly OptionSpec[] = [
  { name: 'tarball', type: 'string', multiple: true, description: 'The tarball(s) to sign.' },
  { name: 'out', type: 'string', description: 'Folder for SHA256SUMS, the bundles and the public key (default: beside the first tarball).' },
  { name: 'key', type: 'string', description: 'PEM private key file for key-based signing (or MCP_RELEASE_SIGNING_KEY holding the PEM).' },
  CONFIG_OPTION,
  FAIL_ON_OPTION,
];

export const signCommand: CommandSpec<Input> = {
  name: 'sign',
  aliases: [],
  summary: 'SHA256SUMS for the tarballs and their release manifest, and a sigstore bundle per tarball (<tarball>.sigstore.json) signed with a PEM key.',
  positional: { name: 'TARBALL...', option: 'tarball', required: true, multiple: true },
  options: OPTIONS,
  outputs: {
    ...PACKAGE_OUTPUTS,
    sums: 'sign: path of SHA256SUMS.',
    bundles: 'sign: JSON array of the sigstore bundle paths.',
    'public-key': 'sign: path of the public key PEM that verifies the bundles.',
  },
  inputSchema,
  run: sign,
};

async function sign(input: Input, context: RunContext): Promise<Report> {
  const started = performance.now();
  const tarballs = input.tarball.map((t) => path.resolve(context.cwd, t));
  for (const [i, file] of tarballs.entries()) {
    if (!(await stat(file).catch(() => undefined))?.isFile()) throw new UsageError(`sign: TARBALL "${input.tarball[i]}" is not a file`);
  }
  const out = input.out ? path.resolve(context.cwd, input.out) : path.dirname(tarballs[0] as string);
  await mkdir(out, { recursive: true });
  const findings: Finding[] = [];

  // Checksums of every tarball, and of the release manifest that describes it.
  const entries: { name: string; sha256: string }[] = [];
  for (const file of tarballs) {
    entries.push({ name: path.relative(out, file), sha256: await sha256File(file) });
    const manifest = path.join(path.dirname(file), MANIFEST_FILE);
    if ((await stat(manifest).catch(() => undefined))?.isFile() && !entries.some((e) => e.name === path.relative(out, manifest))) {
      entries.push({ name: path.relative(out, manifest), sha256: await sha256File(manifest) });
    }
  }
  const sums = path.join(out, 'SHA256SUMS');
  await writeFile(sums, formatSums(entries));

  const pem = input.key ? await readFile(path.resolve(context.cwd, input.key), 'utf8').catch(() => undefined) : context.parentEnv.MCP_RELEASE_SIGNING_KEY;
  if (input.key && pem === undefined) throw new UsageError(`sign: --key: cannot read ${input.key}`);
  const outputs: Record<string, string> = { sums };
  if (!pem) {
    findings.push(...rateAll([{ rule: 'sign/unsigned', message: 'no signing key (--key or MCP_RELEASE_SIGNING_KEY): only SHA256SUMS was written' }]));
  } else {
    const { loadPrivateKey, signWithKey } = await import('../release/keyed-signature.js');
    let key;
    try {
      key = loadPrivateKey(pem);
    } catch (error) {
      throw new UsageError(`sign: the signing key is not a PEM private key (${(error as Error).message.split('\n')[0]})`);
    }
    const bundles: string[] = [];
    let publicKeyFile = '';
    for (const file of tarballs) {
      const signed = await signWithKey(await readFile(file), key);
      const bundleFile = path.join(out, `${path.basename(file)}.sigstore.json`);
      await writeFile(bundleFile, `${JSON.stringify(signed.bundle, null, 2)}\n`);
      bundles.push(bundleFile);
      publicKeyFile = path.join(out, `mcp-release-${signed.hint}.pub.pem`);
      await writeFile(publicKeyFile, signed.publicKeyPem);
    }
    Object.assign(outputs, { bundles: JSON.stringify(bundles), 'public-key': publicKeyFile });
  }
  const name = tarballs.map((t) => path.basename(t)).join(', ');
  return aggregateReport('sign', [{ name, dir: path.relative(context.cwd, out) || '.', ok: isOk(findings, input['fail-on'] ?? 'error'), findings }], { total: Math.round(performance.now() - started) }, [], outputs);
}

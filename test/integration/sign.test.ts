import { generateKeyPairSync } from 'node:crypto';
import { appendFile, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/report/model.js';
import { CLI, ROOT, runNode } from '../helpers/run.js';
import { tempDir } from '../helpers/temp.js';

async function cli(
  args: string[],
  env: Record<string, string> = {},
): Promise<{ code: number | null; report: Report; stdout: string; stderr: string }> {
  const run = await runNode(CLI, [...args, '--json'], { env });
  return { code: run.code, report: JSON.parse(run.stdout || '{}') as Report, stdout: run.stdout, stderr: run.stderr };
}

/** A packed example with its release manifest, in a fresh folder. */
async function packedExample(): Promise<{ dir: string; tarball: string }> {
  const dir = await tempDir('sign-');
  const { report } = await cli(['pack', path.join(ROOT, 'examples/hello-server'), '--out', dir]);
  return { dir, tarball: report.outputs.tarball as string };
}

async function keyFile(dir: string, type: 'ec' | 'ed25519'): Promise<{ file: string; pem: string }> {
  const { privateKey } =
    type === 'ec' ? generateKeyPairSync('ec', { namedCurve: 'P-256' }) : generateKeyPairSync('ed25519');
  const pem = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
  const file = path.join(dir, `${type}.key.pem`);
  await writeFile(file, pem);
  return { file, pem };
}

describe('sign and verify (key-based sigstore bundles)', () => {
  it('an ed25519 key is refused with the reason (sigstore message signatures here are ECDSA P-256)', async () => {
    const { tarball } = await packedExample();
    const key = await keyFile(await tempDir('keys-'), 'ed25519');
    const run = await runNode(CLI, ['sign', tarball, '--key', key.file]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/sign needs an ECDSA P-256 key/);
  });

  it.each(['ec'] as const)(
    '%s key: SHA256SUMS of tarball and manifest, a bundle that verifies, the private key never printed',
    async (type) => {
      const { dir, tarball } = await packedExample();
      const key = await keyFile(await tempDir('keys-'), type);
      const signed = await cli(['sign', tarball, '--key', key.file]);
      expect(signed.code).toBe(0);
      expect(signed.stdout + signed.stderr).not.toContain(key.pem.split('\n')[1]);
      const sums = await readFile(path.join(dir, 'SHA256SUMS'), 'utf8');
      expect(
        sums
          .trim()
          .split('\n')
          .map((l) => l.split('  ')[1]),
      ).toEqual(['mcp-server-hello-example-1.0.0.tgz', 'release-manifest.json']);
      expect(await readdir(dir)).toContain('mcp-server-hello-example-1.0.0.tgz.sigstore.json');
      const bundle = JSON.parse(await readFile(`${tarball}.sigstore.json`, 'utf8')) as {
        mediaType: string;
        messageSignature: unknown;
      };
      expect(bundle.mediaType).toMatch(/^application\/vnd\.dev\.sigstore\.bundle/);
      const verified = await cli(['verify', tarball, '--public-key', signed.report.outputs['public-key'] as string]);
      expect(verified.code).toBe(0);
      expect(JSON.parse(verified.report.outputs.verified ?? '[]')).toEqual(['sums', 'bundle']);
    },
  );

  it('a tampered tarball fails both checks; a wrong key fails the bundle', async () => {
    const { tarball } = await packedExample();
    const keys = await tempDir('keys-');
    const key = await keyFile(keys, 'ec');
    const { report } = await cli(['sign', tarball, '--key', key.file]);
    const other = await keyFile(await tempDir('keys-'), 'ec');
    const otherPub = path.join(keys, 'other.pub.pem');
    const { createPublicKey } = await import('node:crypto');
    await writeFile(otherPub, createPublicKey(other.pem).export({ type: 'spki', format: 'pem' }).toString());
    const wrongKey = await cli(['verify', tarball, '--public-key', otherPub]);
    expect(wrongKey.code).toBe(1);
    expect(wrongKey.report.findings.map((f) => f.rule)).toEqual(['verify/bundle-invalid']);
    await appendFile(tarball, 'x');
    const tampered = await cli(['verify', tarball, '--public-key', report.outputs['public-key'] as string]);
    expect(tampered.code).toBe(1);
    expect(tampered.report.findings.map((f) => f.rule).sort()).toEqual([
      'verify/bundle-invalid',
      'verify/checksum-mismatch',
    ]);
  });

  it('without a key: SHA256SUMS only, said as a warning; a key in MCP_RELEASE_SIGNING_KEY signs', async () => {
    const { dir, tarball } = await packedExample();
    const unsigned = await cli(['sign', tarball]);
    expect(unsigned.report.findings.map((f) => f.rule)).toEqual(['sign/unsigned']);
    expect(await readdir(dir)).not.toContain('mcp-server-hello-example-1.0.0.tgz.sigstore.json');
    const key = await keyFile(await tempDir('keys-'), 'ec');
    const fromEnv = await cli(['sign', tarball], { MCP_RELEASE_SIGNING_KEY: key.pem });
    expect(fromEnv.report.findings).toEqual([]);
    expect(await readdir(dir)).toContain('mcp-server-hello-example-1.0.0.tgz.sigstore.json');
  });
});

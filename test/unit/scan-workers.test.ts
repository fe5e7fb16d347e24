import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { scanFilesForSecrets } from '../../src/adapters/scan-workers.js';
import { parseLsFilesStage } from '../../src/adapters/source-tree.js';
import type { SecretScanJob } from '../../src/scan/secret-job.js';
import { scanBytes } from '../../src/scan/secrets/engine.js';
import { SECRET_RULES } from '../../src/scan/secrets/rules.js';
import { plantedCredentials } from '../helpers/credentials.js';

/**
 * The secret scan over a tree: each file read once and scanned by the engine, on the main thread
 * or on worker threads (the worker script from sources, through the TypeScript loader), with the
 * same answer per file: what the engine says of the file's bytes, or why it was skipped.
 */
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
// Planted credentials are written under a folder removed here, before the leak guard would look.
const dir = mkdtempSync(path.join(os.tmpdir(), 'mcp-release-scan-workers-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The worker from sources: a bootstrap that registers the TypeScript loader in the worker, then runs it. */
function bootWorker(): string {
  const tsx = path.join(path.dirname(createRequire(import.meta.url).resolve('tsx/esm/api')), 'index.mjs');
  const boot = path.join(dir, 'boot-worker.mjs');
  writeFileSync(
    boot,
    `import { register } from ${JSON.stringify(pathToFileURL(tsx).href)};\nregister();\nawait import(${JSON.stringify(pathToFileURL(path.join(root, 'src/adapters/scan-worker.ts')).href)});\n`,
  );
  return boot;
}

const job: SecretScanJob = { phi: false, allowPatterns: [], maxBytes: 50_000 };
const files: string[] = [];
const creds = plantedCredentials(7);
for (let i = 0; i < 240; i += 1) {
  const rel = `src/d${i % 5}/f${i}.js`;
  const cred = i % 9 === 0 ? `${(creds[i % creds.length] as { line: string }).line}\n` : '';
  mkdirSync(path.join(dir, path.dirname(rel)), { recursive: true });
  writeFileSync(path.join(dir, rel), `// file ${i}\nexport const n = ${i};\n${cred}const token = process.env.TOKEN;\n`);
  files.push(rel);
}
writeFileSync(path.join(dir, 'image.bin'), Buffer.from([0x89, 0x50, 0x00, 0x47]));
writeFileSync(path.join(dir, 'big.js'), `${'x'.repeat(60_000)}\n`);
symlinkSync('src/d0/f0.js', path.join(dir, 'link.js'));
files.push('image.bin', 'big.js', 'link.js', 'missing.js');

describe('secret scan over files', () => {
  it('on the main thread: the engine on each file read once; binary, too-large, links and missing files skipped', async () => {
    const { files: scans, threads } = await scanFilesForSecrets(dir, files, job, { maxWorkers: 0 });
    expect(threads).toBe(1);
    expect(scans.map((s) => s.path)).toEqual(files);
    expect(scans.slice(-4).map((s) => s.skipped)).toEqual(['binary', 'too-large', 'symlink', 'unreadable']);
    const expected = files.slice(0, 240).map((rel) => scanBytes(readFileSync(path.join(dir, rel)), SECRET_RULES));
    expect(scans.slice(0, 240).map((s) => s.hits ?? [])).toEqual(expected);
    expect(expected.filter((h) => h.length).length).toBeGreaterThanOrEqual(20);
  });

  it('on worker threads: the same answer, only hits and skips cross back', async () => {
    const inProcess = await scanFilesForSecrets(dir, files, job, { maxWorkers: 0 });
    const onWorkers = await scanFilesForSecrets(dir, files, job, {
      workerScript: bootWorker(),
      maxWorkers: 2,
      mainThread: false,
    });
    expect(onWorkers.threads).toBeGreaterThanOrEqual(1);
    expect(onWorkers.files.map((s) => ({ ...s, hits: s.hits ?? [] }))).toEqual(
      inProcess.files.map((s) => ({ ...s, hits: s.hits ?? [] })),
    );
  });

  it('a worker that cannot start leaves its files to the main thread', async () => {
    const result = await scanFilesForSecrets(dir, files, job, {
      workerScript: path.join(dir, 'no-such-worker.js'),
      maxWorkers: 1,
      mainThread: false,
    });
    const inProcess = await scanFilesForSecrets(dir, files, job, { maxWorkers: 0 });
    expect(result.files).toEqual(inProcess.files);
  });
});

describe('git ls-files --stage', () => {
  it('lists each path once, knows its links (mode 120000) and leaves submodules (160000, another repository) out', () => {
    const out = [
      '100644 0123456789abcdef0123456789abcdef01234567 0\tsrc/a.ts',
      '120000 0123456789abcdef0123456789abcdef01234567 0\tlink to/a.ts',
      '100644 0123456789abcdef0123456789abcdef01234567 1\tconflict.ts',
      '100644 0123456789abcdef0123456789abcdef01234567 2\tconflict.ts',
      '160000 0123456789abcdef0123456789abcdef01234567 0\tvendor/sub',
      '',
    ].join('\0');
    expect(parseLsFilesStage(out)).toEqual({
      files: ['src/a.ts', 'link to/a.ts', 'conflict.ts'],
      links: ['link to/a.ts'],
    });
  });
});

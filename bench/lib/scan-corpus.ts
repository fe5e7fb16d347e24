// The labelled corpus the scan benchmarks read: background code from installed node_modules,
// planted fake credentials of every rule family, and decoys that must not be flagged.
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { DECOYS, plantedCredentials } from '../../test/helpers/credentials.js';

export interface Plant {
  file: string;
  line: number;
  family: string;
}

export interface ScanCorpus {
  dir: string;
  files: string[];
  bytes: number;
  plants: Plant[];
  decoyLines: { file: string; line: number }[];
}

/** Background: real JavaScript from node_modules (what a package's code looks like). */
function backgroundFiles(root: string): string[] {
  const out: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (
        /\.(js|cjs|mjs|ts)$/.test(entry.name) &&
        !entry.name.endsWith('.d.ts') &&
        statSync(full).size < 400_000 &&
        !/secretlint|credentials/.test(full)
      )
        out.push(full);
    }
  };
  for (const dir of [
    'node_modules/zod',
    'node_modules/yaml',
    'node_modules/ajv',
    'node_modules/@modelcontextprotocol/sdk',
    'node_modules/typescript/lib',
    'node_modules/vitest',
    'node_modules/@vitest',
    'node_modules/eslint',
  ]) {
    try {
      walk(path.join(root, dir));
    } catch {
      // not installed
    }
  }
  return out.sort();
}

/**
 * Writes about `targetMB` of source into `dir`: `perDir` files per folder (0: all in `dir`).
 * Every 7th file gets a decoy near the top; every 4th a planted credential in the middle.
 */
export function writeScanCorpus(root: string, dir: string, targetMB: number, perDir = 0): ScanCorpus {
  const plants: Plant[] = [];
  const decoyLines: { file: string; line: number }[] = [];
  const files: string[] = [];
  let bytes = 0;
  let fileIndex = 0;
  let seed = 1;
  const sources = backgroundFiles(root);
  while (bytes < targetMB * 1e6) {
    const source = sources[fileIndex % sources.length] as string;
    const lines = readFileSync(source, 'utf8').split('\n');
    const base = `f${String(fileIndex).padStart(5, '0')}${path.extname(source)}`;
    const rel = perDir ? `src/d${String(Math.floor(fileIndex / perDir)).padStart(3, '0')}/${base}` : base;
    if (fileIndex % 7 === 0) {
      const decoy = DECOYS[fileIndex % DECOYS.length] as string;
      lines.splice(1, 0, ...decoy.split('\n'));
      decoyLines.push({ file: rel, line: 2 });
    }
    if (fileIndex % 4 === 0) {
      const creds = plantedCredentials(seed);
      const cred = creds[seed % creds.length] as (typeof creds)[number];
      seed += 1;
      const at = Math.min(lines.length, Math.max(3, Math.floor(lines.length / 2)));
      lines.splice(at, 0, ...cred.line.split('\n'));
      plants.push({ file: rel, line: at + 1, family: cred.rule });
    }
    const text = lines.join('\n');
    mkdirSync(path.join(dir, path.dirname(rel)), { recursive: true });
    writeFileSync(path.join(dir, rel), text);
    files.push(rel);
    bytes += Buffer.byteLength(text);
    fileIndex += 1;
  }
  return { dir, files, bytes, plants, decoyLines };
}

import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll } from 'vitest';
import { assertNoLeakInFiles } from './leak-guard.js';

const created: string[] = [];

afterAll(async () => {
  const dirs = created.splice(0);
  try {
    // Whatever the file's runs left on disk must not hold a secret (see leak-guard.ts).
    await assertNoLeakInFiles(dirs);
  } finally {
    await Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true })));
  }
});

/** A fresh temp folder, removed when the test file ends. */
export async function tempDir(prefix = 'mcp-release-test-'): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), prefix));
  created.push(dir);
  return dir;
}

/** Write files (relative path -> content) under dir, creating folders. */
export async function writeTree(dir: string, files: Record<string, string>): Promise<void> {
  for (const [rel, content] of Object.entries(files)) {
    const file = path.join(dir, rel);
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, content);
  }
}

// npm run check-dist: rebuild into a temp folder and compare with the committed dist/.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { bundle } from './bundle.mjs';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const fresh = mkdtempSync(path.join(os.tmpdir(), 'mcp-release-dist-'));
try {
  await bundle(fresh);
  const committed = path.join(root, 'dist');
  const list = (dir) =>
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => path.relative(dir, path.join(e.parentPath ?? e.path, e.name)))
      .sort();
  const want = list(fresh);
  let have = [];
  try {
    have = list(committed);
  } catch {
    have = [];
  }
  const problems = [];
  for (const f of want) if (!have.includes(f)) problems.push(`missing in dist/: ${f}`);
  for (const f of have) if (!want.includes(f)) problems.push(`stale file in dist/: ${f}`);
  for (const f of want.filter((f) => have.includes(f))) {
    if (!readFileSync(path.join(fresh, f)).equals(readFileSync(path.join(committed, f))))
      problems.push(`differs from a fresh build: dist/${f}`);
  }
  if (problems.length) {
    console.error(
      `dist/ does not match the sources; run \`npm run build\` and commit dist/:\n  ${problems.join('\n  ')}`,
    );
    process.exitCode = 1;
  } else {
    console.log(`dist/ matches a fresh build (${want.length} files)`);
  }
} finally {
  rmSync(fresh, { recursive: true, force: true });
}

// npm run bench: every benchmark in one run, each printing its ratio against its named floor.
// Quick sizes by default; pass "full" for the sizes quoted in the README.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const full = process.argv[2] === 'full';
const benches = [
  ['validate: monorepo vs sequential npm pack --dry-run', ['bench/validate-monorepo.mjs', full ? '12' : '6', full ? '3' : '1']],
  ['smoke: sessions vs raw spawn -> initialize', ['bench/smoke.mjs', full ? '3' : '1']],
  ['secret scan vs secretlint', ['--import', 'tsx', 'bench/secret-scan.ts', full ? '100' : '10']],
  ['pack + publish vs plain npm', ['--import', 'tsx', 'bench/publish.ts', full ? '5' : '2']],
];
let failed = 0;
for (const [title, args] of benches) {
  console.log(`\n== ${title}`);
  const run = spawnSync(process.execPath, args, { cwd: path.join(here, '..'), stdio: 'inherit' });
  if (run.status !== 0) failed += 1;
}
process.exitCode = failed ? 1 : 0;

// Benchmark: `mcp-release pack` + `mcp-release publish` against the named
// baseline "plain npm": `npm pack` + `npm publish <tarball>` of the same package
// to the same registry (the embedded Verdaccio). Each run publishes a fresh
// version, so both sides do a real upload. Ours also reads the registry first,
// runs the doctor, writes the release manifest and, after the publish, checks
// whether the registry signs (npm audit signatures, skipped on Verdaccio).
// Runs alternate (plain npm, ours) so both see the same machine load; prints medians with their
// spread (min-max), and each half (pack, publish) on its own.
// Usage: node --import tsx bench/publish.ts [runs=5] [cli=dist/cli.js]
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startRegistry } from '../scripts/lib/local-registry.js';
import { benchEnv, record } from './lib/results.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const runs = Number(process.argv[2] ?? 5);
const cli = path.resolve(process.argv[3] ?? path.join(root, 'dist', 'cli.js'));
const GOAL = '<= 1.0x';
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;

/** Async spawn: the registry runs in this process, so a blocking spawn would starve it. */
function run(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv): Promise<number> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('close', (code) =>
      code === 0
        ? resolve(performance.now() - started)
        : reject(new Error(`${command} ${args.join(' ')} exited ${code}: ${stderr.slice(-500)}`)),
    );
  });
}

function packageCopy(name: string, version: string): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'mcp-release-bench-publish-'));
  cpSync(path.join(root, 'examples/hello-server'), dir, { recursive: true });
  const manifest = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as Record<string, unknown>;
  writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ ...manifest, name, version }, null, 2));
  return dir;
}

const registry = await startRegistry();
const npmrcDir = mkdtempSync(path.join(os.tmpdir(), 'mcp-release-bench-npmrc-'));
const npmrc = path.join(npmrcDir, '.npmrc');
writeFileSync(npmrc, `${registry.url.replace(/^https?:/, '')}:_authToken=\${NODE_AUTH_TOKEN}\n`);
const env = {
  ...benchEnv(),
  NODE_AUTH_TOKEN: registry.token,
  npm_config_update_notifier: 'false',
  npm_config_fund: 'false',
  npm_config_audit: 'false',
};
const baseline: number[] = [];
const ours: number[] = [];
const halves = {
  npmPack: [] as number[],
  npmPublish: [] as number[],
  ourPack: [] as number[],
  ourPublish: [] as number[],
};
try {
  // One warm-up each: the first npm start-up reads its caches.
  for (let i = 0; i <= runs; i += 1) {
    const version = `1.0.${i}`;
    const plain = packageCopy('bench-plain', version);
    const npmPack = await run('npm', ['pack', '--ignore-scripts', '--userconfig', npmrc], plain, env);
    const npmPublish = await run(
      'npm',
      ['publish', `bench-plain-${version}.tgz`, '--tag', 'next', '--registry', registry.url, '--userconfig', npmrc],
      plain,
      env,
    );
    const mine = packageCopy('bench-ours', version);
    const out = path.join(mine, 'out');
    const ourPack = await run(process.execPath, [cli, 'pack', mine, '--out', out], mine, env);
    const ourPublish = await run(
      process.execPath,
      [cli, 'publish', path.join(out, `bench-ours-${version}.tgz`), '--tag', 'next', '--registry', registry.url],
      mine,
      env,
    );
    if (i > 0) {
      baseline.push(npmPack + npmPublish);
      ours.push(ourPack + ourPublish);
      halves.npmPack.push(npmPack);
      halves.npmPublish.push(npmPublish);
      halves.ourPack.push(ourPack);
      halves.ourPublish.push(ourPublish);
    }
    rmSync(plain, { recursive: true, force: true });
    rmSync(mine, { recursive: true, force: true });
  }
} finally {
  await registry.stop();
  rmSync(npmrcDir, { recursive: true, force: true });
}
const spread = (xs: number[]) => `${Math.round(Math.min(...xs))}-${Math.round(Math.max(...xs))}`;
const b = median(baseline);
const o = median(ours);
console.log(
  `runs: ${runs} (median, spread min-max), alternating; baseline "plain npm": npm pack + npm publish of the same package to the same Verdaccio; ours: ${path.relative(root, cli)}`,
);
console.log(
  `npm pack + npm publish   ${b.toFixed(0)} ms (${spread(baseline)})  = pack ${median(halves.npmPack).toFixed(0)} + publish ${median(halves.npmPublish).toFixed(0)}`,
);
console.log(
  `pack + publish (ours)    ${o.toFixed(0)} ms (${spread(ours)})  = pack ${median(halves.ourPack).toFixed(0)} + publish ${median(halves.ourPublish).toFixed(0)}   ratio ${(o / b).toFixed(2)}x (goal ${GOAL})`,
);
record({
  bench: 'publish',
  measure: '`pack` + `publish`, whole processes',
  row: 'publish',
  samples: ours,
  unit: 'ms',
  floorName: '`npm pack` + `npm publish`',
  floorSamples: baseline,
  goal: GOAL,
});

// Benchmark: a generated monorepo of N MCP packages (50 by default, 200 with `npm run bench -- full`).
// Per package: validate, security-scan and plan time; validate of the monorepo against the named
// floor "N x one package alone"; peak memory against one package; GitHub API calls to release the
// first package and the last (after N-1 other releases): they must be equal.
// Usage: node --import tsx bench/scale.ts [N=50]
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startRegistry } from '../scripts/lib/local-registry.js';
import { FAKE_GITHUB_TOKEN, startGitHubFake } from '../test/helpers/github-fake.js';
import { generateMonorepo } from '../test/helpers/monorepo.js';
import { benchEnv, median, record } from './lib/results.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const count = Number(process.argv[2] ?? 50);
const repo = mkdtempSync(path.join(os.tmpdir(), 'mcp-release-bench-scale-'));
const rssFile = path.join(repo, '.rss');
const { dirs } = await generateMonorepo(repo, count);

/**
 * One CLI run: wall time and peak RSS (MB) of the CLI process itself. Asynchronous: the registry
 * and the GitHub fake answer from this process, so it must not block while the CLI runs.
 */
function cli(args: string[], env: NodeJS.ProcessEnv = {}): Promise<{ ms: number; rssMb: number }> {
  const start = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['--import', path.join(root, 'bench/lib/max-rss.mjs'), path.join(root, 'dist/cli.js'), ...args, '--json'],
      { env: benchEnv({ BENCH_RSS_FILE: rssFile, ...env }), stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    child.on('close', (code) => {
      const ms = performance.now() - start;
      if (code !== 0) reject(new Error(`${args.join(' ')} exited ${code}: ${output.slice(0, 800)}`));
      else resolve({ ms, rssMb: Number(readFileSync(rssFile, 'utf8')) / 1024 });
    });
  });
}
async function times(args: string[], runs: number): Promise<{ ms: number; rssMb: number }> {
  const samples = [];
  for (let i = 0; i < runs; i += 1) samples.push(await cli(args));
  return { ms: median(samples.map((s) => s.ms)), rssMb: Math.max(...samples.map((s) => s.rssMb)) };
}

const single = await times(['validate', dirs[0] as string], 3);
const mono = await times(['validate', repo], count > 100 ? 1 : 2);
const singleScan = await times(['security-scan', dirs[0] as string], 3);
const monoScan = await times(['security-scan', repo], 1);
const registry = await startRegistry();
const sample = dirs.slice(0, 5);
const planTimes: number[] = [];
for (const dir of sample)
  planTimes.push((await cli(['plan', dir, '--labels', 'release:minor', '--registry', registry.url])).ms);
const planMs = median(planTimes);
await registry.stop();

// GitHub API calls to release one package: the first, then the last after all the others.
const github = await startGitHubFake('acme/mono');
const githubEnv = {
  GITHUB_ACTIONS: 'true',
  GITHUB_TOKEN: FAKE_GITHUB_TOKEN,
  GITHUB_API_URL: github.url,
  GITHUB_REPOSITORY: 'acme/mono',
  MCP_RELEASE_GITHUB_PACING: 'none',
};
const sha = '0123456789abcdef0123456789abcdef01234567';
const callsFor = async (dir: string) => {
  const before = github.requests.length;
  await cli(
    ['github-release', dir, '--version', '1.0.0', '--sha', sha, '--asset', path.join(dir, 'server.json')],
    githubEnv,
  );
  return github.requests.length - before;
};
const firstCalls = await callsFor(dirs[0] as string);
for (let i = 1; i < count - 1; i += 1)
  github.releases.push({
    id: 90_000 + i,
    tag_name: `@acme/server-${String(i).padStart(3, '0')}@1.0.0`,
    name: null,
    body: null,
    draft: false,
    prerelease: false,
    target_commitish: sha,
    assets: [],
  });
const lastCalls = await callsFor(dirs[count - 1] as string);
await github.stop();
rmSync(repo, { recursive: true, force: true });

console.log(`packages: ${count}`);
const rows: [string, number, string, number, string][] = [
  [
    `validate ${count} packages (per package ${(mono.ms / count).toFixed(0)} ms)`,
    mono.ms,
    `${count} x validate one package`,
    count * single.ms,
    'ms',
  ],
  [
    `security-scan ${count} packages (per package ${(monoScan.ms / count).toFixed(0)} ms)`,
    monoScan.ms,
    `${count} x scan one package`,
    count * singleScan.ms,
    'ms',
  ],
  ['plan one package (labels given, registry read)', planMs, 'validate one package', single.ms, 'ms'],
  [`peak memory, validate ${count} packages`, mono.rssMb, 'validate one package', single.rssMb, 'MB'],
  [`peak memory, security-scan ${count} packages`, monoScan.rssMb, 'scan one package', singleScan.rssMb, 'MB'],
  [
    `GitHub API calls, releasing package ${count} after ${count - 1} releases`,
    lastCalls,
    'releasing the first package',
    firstCalls,
    'calls',
  ],
];
for (const [measure, value, floorName, floor, unit] of rows) {
  const line = record({ bench: 'scale', measure, value, unit, floorName, floor });
  console.log(
    `${measure.padEnd(70)} ${value.toFixed(unit === 'calls' ? 0 : 1).padStart(8)} ${unit}  vs ${floorName} ${floor.toFixed(unit === 'calls' ? 0 : 1)} ${unit}: ${line.ratio}x`,
  );
}

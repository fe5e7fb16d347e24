// npm run demo: the main job against the embedded default: a local Verdaccio
// registry and the example MCP server, through validate -> scan -> pack ->
// sign -> verify -> publish under `next` -> smoke test of the package installed
// from the registry; then a version 1.1.0 through version -> pack -> publish ->
// promote to `latest` -> status -> rollback -> status.
// Then the same server broken the ways real ones break, to show the findings.
import { spawn } from 'node:child_process';
import { generateKeyPairSync } from 'node:crypto';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startRegistry } from './lib/local-registry.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const cli = path.join(root, 'dist', 'cli.js');
const example = path.relative(root, path.join(root, 'examples', 'hello-server'));

/** Run the CLI without blocking this process (it hosts the registry). */
function run(
  title: string,
  args: string[],
  env: Record<string, string> = {},
): Promise<{ code: number | null; stdout: string }> {
  console.log(`\n$ mcp-release ${args.join(' ')}    # ${title}`);
  const started = performance.now();
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [cli, ...args], {
      cwd: root,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let stdout = '';
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      process.stdout.write(chunk);
    });
    child.on('close', (code) => {
      console.log(`(exit code ${code}, ${((performance.now() - started) / 1000).toFixed(1)} s)`);
      resolve({ code, stdout });
    });
  });
}

const results: [string, number | null, number][] = [];
const step = async (
  title: string,
  args: string[],
  expected: number,
  env: Record<string, string> = {},
): Promise<string> => {
  const { code, stdout } = await run(title, args, env);
  results.push([title, code, expected]);
  return stdout;
};

console.log('Starting the embedded npm registry (Verdaccio) on a free loopback port...');
// Packages it does not hold (the example's dependencies) come through from npm's registry.
const registry = await startRegistry({ uplink: 'https://registry.npmjs.org/' });
const out = mkdtempSync(path.join(os.tmpdir(), 'mcp-release-demo-out-'));
const broken = mkdtempSync(path.join(os.tmpdir(), 'mcp-release-demo-'));
try {
  console.log(`registry: ${registry.url}`);
  await step('the example server, as committed', ['validate', example], 0);
  await step(
    'secrets, install scripts and workflows',
    ['scan', example, '--config', writeConfig(out, 'scan:\n  audit: off\n')],
    0,
  );
  await step('pack once, record the bytes', ['pack', example, '--out', out], 0);
  const manifest = JSON.parse(readFileSync(path.join(out, 'release-manifest.json'), 'utf8')) as {
    tarball: string;
    package: string;
    version: string;
  };
  const tarball = path.join(out, manifest.tarball);
  // In GitHub Actions signing is keyless (the job's OIDC identity); here a throwaway P-256 key stands in.
  const signingKey = generateKeyPairSync('ec', { namedCurve: 'P-256' })
    .privateKey.export({ type: 'pkcs8', format: 'pem' })
    .toString();
  await step('sign the bytes: SHA256SUMS and a sigstore bundle', ['sign', tarball], 0, {
    MCP_RELEASE_SIGNING_KEY: signingKey,
  });
  const publicKey = readdirSync(out).find((f) => f.endsWith('.pub.pem')) ?? 'missing.pub.pem';
  await step('verify them as a user would', ['verify', tarball, '--public-key', path.join(out, publicKey)], 0);
  await step(
    'publish those bytes under the staging tag',
    ['publish', tarball, '--tag', 'next', '--registry', registry.url],
    0,
    { NODE_AUTH_TOKEN: registry.token },
  );
  await step('publish again: nothing to do', ['publish', tarball, '--tag', 'next', '--registry', registry.url], 0, {
    NODE_AUTH_TOKEN: registry.token,
  });
  await step(
    'smoke test the package installed from the registry',
    ['smoke', `${manifest.package}@next`, '--registry', registry.url],
    0,
  );

  // The next release: 1.1.0 staged, promoted, then rolled back.
  const next = mkdtempSync(path.join(os.tmpdir(), 'mcp-release-demo-next-'));
  cpSync(path.join(root, example), next, { recursive: true });
  const promoteEnv = { NODE_AUTH_TOKEN: registry.token, NPM_PROMOTE_TOKEN: registry.token };
  try {
    await step('version 1.1.0: package.json, server.json and CHANGELOG.md', ['version', next, '--version', '1.1.0'], 0);
    await step('pack 1.1.0', ['pack', next, '--out', path.join(next, 'out')], 0);
    await step(
      'publish 1.1.0 under the staging tag',
      ['publish', path.join(next, 'out', `${manifest.package}-1.1.0.tgz`), '--registry', registry.url],
      0,
      promoteEnv,
    );
    await step(
      'promote 1.1.0: checks, smoke test from the registry, latest',
      [
        'promote',
        next,
        '--version',
        '1.1.0',
        '--registry',
        registry.url,
        '--manifest',
        path.join(next, 'out', 'release-manifest.json'),
      ],
      0,
      promoteEnv,
    );
    await step('status', ['status', next, '--registry', registry.url], 0);
    await step(
      'roll 1.1.0 back: deprecated, latest back to 1.0.0',
      [
        'rollback',
        next,
        '--version',
        '1.1.0',
        '--reason',
        'demo: pretend 1.1.0 crashes on start',
        '--registry',
        registry.url,
      ],
      0,
      promoteEnv,
    );
    await step('status after the rollback', ['status', next, '--registry', registry.url], 0);
  } finally {
    rmSync(next, { recursive: true, force: true });
  }

  cpSync(path.join(root, example), broken, { recursive: true });
  const manifestFile = path.join(broken, 'package.json');
  const pkg = JSON.parse(readFileSync(manifestFile, 'utf8')) as Record<string, unknown> & {
    dependencies: Record<string, string>;
  };
  pkg.files = ['index.js', '.env'];
  pkg.dependencies['shared-utils'] = 'file:../shared-utils';
  delete pkg.engines;
  writeFileSync(manifestFile, `${JSON.stringify(pkg, null, 2)}\n`);
  // A bin saved on Windows without its shebang, and a key left in .env.
  writeFileSync(
    path.join(broken, 'index.js'),
    readFileSync(path.join(broken, 'index.js'), 'utf8').split('\n').slice(1).join('\r\n'),
  );
  writeFileSync(path.join(broken, '.env'), 'WEATHER_API_KEY=not-a-real-key\n');
  await step('the same server, broken the ways real ones break', ['validate', broken], 1);
} finally {
  await registry.stop();
  rmSync(out, { recursive: true, force: true });
  rmSync(broken, { recursive: true, force: true });
}

console.log('\nDemo summary:');
for (const [title, code, expected] of results)
  console.log(`  ${code === expected ? '✔' : '✖'} exit ${code} (expected ${expected})  ${title}`);
process.exitCode = results.every(([, code, expected]) => code === expected) ? 0 : 1;

function writeConfig(dir: string, text: string): string {
  const file = path.join(dir, 'demo-config.yml');
  writeFileSync(file, text);
  return file;
}

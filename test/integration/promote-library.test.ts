import { execFile } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startRegistry, type TestRegistry } from '../helpers/registry.js';
import { CLI, cleanEnv, runNode } from '../helpers/run.js';
import { tempDir } from '../helpers/temp.js';
import { WORKSPACE_PACKAGES, writeWorkspace } from '../helpers/workspace-fixture.js';

/** promote smoke-tests the version from the registry before moving latest, but never starts a library. */
let registry: TestRegistry;
beforeAll(async () => {
  registry = await startRegistry();
});
afterAll(async () => registry.stop());

describe('promote of a workspace library (Verdaccio, real npm)', () => {
  it('skips its smoke test with a note naming why (smoke never starts a library)', async () => {
    const root = await writeWorkspace('npm');
    const lib = path.join(root, WORKSPACE_PACKAGES.lib.dir);
    const npmrc = path.join(await tempDir('promote-lib-npmrc-'), '.npmrc');
    // The token stays in the environment: the leak guard checks the files the test leaves.
    await writeFile(npmrc, `//${new URL(registry.url).host}/:_authToken=\${NODE_AUTH_TOKEN}\n`);
    const publish = async (version: string, tag: string) => {
      const manifest = JSON.parse(await readFile(path.join(lib, 'package.json'), 'utf8')) as Record<string, unknown>;
      await writeFile(path.join(lib, 'package.json'), JSON.stringify({ ...manifest, version }, null, 2));
      await promisify(execFile)(
        'npm',
        ['publish', '--tag', tag, '--registry', registry.url, '--userconfig', npmrc, '--ignore-scripts'],
        { cwd: lib, env: { ...cleanEnv(), NODE_AUTH_TOKEN: registry.token } },
      );
    };
    // A first publish is "latest" whatever its tag: 1.0.0 is out, 1.2.3 is staged under next.
    await publish('1.0.0', 'latest');
    await publish('1.2.3', 'next');
    // Read as a user reads it: the text report, no --json.
    const run = await runNode(CLI, ['promote', lib, '--version', '1.2.3', '--registry', registry.url, '--dry-run']);
    expect(run.stdout).toContain('✔ promote: passed (0 errors, 0 warnings, 0 notes)');
    expect(run.stdout).toContain(
      `note: smoke test: skipped, ${WORKSPACE_PACKAGES.lib.name} is a library (@modelcontextprotocol/sdk but no bin, no mcpName, no server.json)`,
    );
    // No --manifest and no release-manifest.json beside the package: the byte check is skipped, and said so.
    expect(run.stdout).toContain(
      `note: skipped the byte check (the registry's tarball against the one packed and tested): no --manifest given and no ${path.join(lib, 'release-manifest.json')} (to run it: --manifest with the release-manifest.json that pack wrote for ${WORKSPACE_PACKAGES.lib.name}@1.2.3)`,
    );
    expect(run.stdout).toMatch(
      /note: dry run: nothing changed; would run `npm dist-tag add .*@1\.2\.3 latest --registry /,
    );
    expect(run.code, run.stderr).toBe(0);
  });
});

import { generateKeyPairSync } from 'node:crypto';
import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exampleRepo } from '../helpers/git-repo.js';
import { FAKE_GITHUB_TOKEN, startGitHubFake, type GitHubFake } from '../helpers/github-fake.js';
import { startRegistry, type TestRegistry } from '../helpers/registry.js';
import { ACTION, parseGithubOutput, runNode } from '../helpers/run.js';
import { tempDir } from '../helpers/temp.js';

/**
 * The release path through the action entry, as the runner runs it, with known
 * secret values (npm tokens, GitHub token, signing key), then everything the
 * run produced is searched for them: stdout, stderr, step outputs, job
 * summaries, report files, the tarball's bytes, signatures, manifest, git
 * history, and the bodies GitHub received. Zero hits.
 */
let registry: TestRegistry;
let github: GitHubFake;
beforeAll(async () => {
  [registry, github] = await Promise.all([startRegistry(), startGitHubFake('acme/hello-mcp')]);
});
afterAll(async () => {
  await Promise.all([registry.stop(), github.stop()]);
});

async function filesUnder(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await filesUnder(full)));
    else out.push(full);
  }
  return out;
}

describe('no secret in anything a release produces', () => {
  it('pack, sign, publish, GitHub release and rollback through the action entry: zero hits for every secret', async () => {
    const signingKey = generateKeyPairSync('ec', { namedCurve: 'P-256' })
      .privateKey.export({ type: 'pkcs8', format: 'pem' })
      .toString();
    const secrets = { npm: registry.token, github: FAKE_GITHUB_TOKEN, key: signingKey.split('\n')[1] as string };
    const repo = await exampleRepo({
      name: 'secrets-sweep-check',
      version: '1.0.0',
      repository: { type: 'git', url: 'git+https://github.com/acme/hello-mcp.git' },
    });
    const runnerTemp = await tempDir('sweep-runner-');
    const out = path.join(runnerTemp, 'package');
    const produced: string[] = [];
    const step = async (inputs: Record<string, string>) => {
      const outputFile = path.join(runnerTemp, `output-${inputs.command}`);
      const summaryFile = path.join(runnerTemp, `summary-${inputs.command}`);
      await writeFile(outputFile, '');
      await writeFile(summaryFile, '');
      const env: Record<string, string> = {
        GITHUB_ACTIONS: 'true',
        GITHUB_WORKSPACE: repo.dir,
        GITHUB_OUTPUT: outputFile,
        GITHUB_STEP_SUMMARY: summaryFile,
        RUNNER_TEMP: runnerTemp,
        GITHUB_REPOSITORY: 'acme/hello-mcp',
        GITHUB_REPOSITORY_OWNER: 'acme',
        GITHUB_API_URL: github.url,
        GITHUB_TOKEN: secrets.github,
        GITHUB_SHA: repo.git('rev-parse', 'HEAD'),
        MCP_RELEASE_GITHUB_PACING: 'none',
        NODE_AUTH_TOKEN: secrets.npm,
        NPM_PROMOTE_TOKEN: secrets.npm,
        MCP_RELEASE_SIGNING_KEY: signingKey,
      };
      for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value;
      const run = await runNode(ACTION, [], { cwd: repo.dir, env });
      produced.push(run.stdout, run.stderr);
      return { ...run, outputs: parseGithubOutput(await readFile(outputFile, 'utf8')) };
    };

    const pack = await step({ command: 'pack', directory: '.', out });
    expect(pack.code, pack.stderr).toBe(0);
    const tarball = pack.outputs.tarball as string;
    expect((await step({ command: 'sign', tarball, provenance: 'off' })).code).toBe(0);
    expect((await step({ command: 'publish', tarball, registry: registry.url })).code).toBe(0);
    const assets = (await readdir(out)).map((f) => path.join(out, f)).join('\n');
    const release = await step({ command: 'github-release', directory: '.', version: '1.0.0', asset: assets });
    expect(release.code, release.stderr).toBe(0);
    // A wrong token too: its error path must not print it either.
    const wrong = await runNode(ACTION, [], {
      cwd: repo.dir,
      env: {
        GITHUB_ACTIONS: 'true',
        GITHUB_WORKSPACE: repo.dir,
        RUNNER_TEMP: runnerTemp,
        GITHUB_OUTPUT: path.join(runnerTemp, 'o'),
        GITHUB_STEP_SUMMARY: path.join(runnerTemp, 's'),
        INPUT_COMMAND: 'publish',
        INPUT_TARBALL: tarball,
        INPUT_REGISTRY: 'http://127.0.0.1:9/',
        NODE_AUTH_TOKEN: secrets.npm,
      },
    });
    produced.push(wrong.stdout, wrong.stderr);
    await repo.setPackage({ version: '1.0.1' });
    const rollback = await step({
      command: 'rollback',
      directory: '.',
      version: '1.0.0',
      reason: 'sweep',
      registry: registry.url,
      to: '1.0.0',
      undo: 'true',
    });
    expect(rollback.code, rollback.stderr).toBe(0);

    // Everything on disk the run wrote (outputs, summaries, reports, tarball unpacked, bundles, manifest).
    for (const file of await filesUnder(runnerTemp)) {
      if (!(await stat(file)).isFile()) continue;
      const bytes = await readFile(file);
      produced.push(bytes.toString('latin1'));
      if (file.endsWith('.tgz')) produced.push(gunzipSync(bytes).toString('latin1'));
    }
    produced.push(repo.git('log', '-p', '--all'));
    produced.push(
      JSON.stringify(github.releases.map((r) => ({ ...r, assets: r.assets.map((a) => a.bytes.toString('latin1')) }))),
      JSON.stringify(github.comments),
    );
    const everything = produced.join('\n');
    expect(everything.length).toBeGreaterThan(10_000);
    // The search sees what the run produced: the package name, the integrity and the release notes are all there.
    for (const present of ['secrets-sweep-check', pack.outputs.integrity as string, 'SHA256SUMS'])
      expect(everything).toContain(present);
    for (const [name, value] of Object.entries(secrets))
      expect(everything.includes(value), `${name} leaked`).toBe(false);
    expect(github.violations).toEqual([]);
  }, 180_000);
});

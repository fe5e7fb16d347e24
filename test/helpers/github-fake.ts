import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { appendFileSync, rmSync } from 'node:fs';
import { chmod, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { leaksIn, registerSecret } from './leak-guard.js';
import { checkRequest, checkResponse, componentSample } from './openapi.js';

/**
 * A fake GitHub REST API for one repository, holding the state our commands
 * read and write (PRs and their labels, comments, check runs, releases and
 * their assets, git refs). Every request and response is checked against
 * GitHub's OpenAPI description; `violations` lists any mismatch and tests
 * assert it stays empty. `fail()` injects errors (403, 404, 422, 429, 5xx,
 * secondary rate limits) in front of chosen requests.
 *
 * Optionally a real bare git repository stands behind it (`gitDir`, the
 * tests' `origin`): git refs and the Git Database routes (blobs, trees,
 * commits, ref updates) then read and write that repository with git
 * plumbing, and commits made through the API are verified (GitHub signs
 * them) while commits pushed with git are not. Tokens may carry
 * permissions (`tokens`) and branches rulesets (`rulesets`), enforced the
 * way GitHub answers.
 */
export interface FakePull {
  number: number;
  title: string;
  body?: string;
  author: string;
  labels: string[];
  mergeCommitSha?: string;
}

export interface FakeAsset {
  id: number;
  name: string;
  bytes: Buffer;
  contentType: string;
}

export interface FakeRelease {
  id: number;
  tag_name: string;
  name: string | null;
  body: string | null;
  draft: boolean;
  prerelease: boolean;
  target_commitish: string;
  make_latest?: string;
  /** When make_latest "true" was last applied (GitHub's latest is the one marked last). */
  marked_latest_at?: number;
  assets: FakeAsset[];
}

export interface Fault {
  method?: string;
  path: RegExp;
  status: number;
  headers?: Record<string, string>;
  body?: unknown;
  /** How many matching requests fail (default 1). */
  times?: number;
}

/** A token's actor and permissions, like an Actions GITHUB_TOKEN, an App installation token or a user's token. */
export interface FakeToken {
  login: string;
  kind: 'actions' | 'app' | 'user';
  /** Scopes the token has; a scope not listed is "none" (as with `permissions:` in a workflow). */
  permissions: Partial<Record<'contents' | 'pull-requests' | 'issues' | 'checks' | 'metadata', 'read' | 'write'>>;
}

/**
 * A branch ruleset, with the two rules a release commit meets
 * (https://docs.github.com/en/repositories/configuring-branches-and-merges-in-your-repository/managing-rulesets/available-rules-for-rulesets):
 * "Require signed commits" (commits pushed must have verified signatures)
 * and "Require a pull request before merging" (no direct push). Actors in
 * `bypass` (logins: a GitHub App's bot, a user) are not held to it.
 */
export interface FakeRuleset {
  branch: string;
  requireSignedCommits?: boolean;
  requirePullRequest?: boolean;
  bypass: string[];
}

export interface GitHubFakeOptions {
  repository?: string;
  /** A bare git repository the git routes read and write (the tests' origin). */
  gitDir?: string;
  /** Told of every ref the API created or moved, with who did it (a world turns these into events). */
  onRefUpdate?: (update: {
    ref: string;
    before?: string;
    after: string;
    actor: { login: string; kind: string };
  }) => void;
}

export interface GitHubFake {
  url: string;
  gitDir?: string;
  owner: string;
  repo: string;
  pulls: Map<number, FakePull>;
  /** Commit sha -> PR numbers associated with it. */
  commitPulls: Map<string, number[]>;
  comments: { id: number; issue: number; body: string; author: string }[];
  checkRuns: Map<string, { name: string; status: 'queued' | 'in_progress' | 'completed'; conclusion: string | null }[]>;
  releases: FakeRelease[];
  refs: Map<string, string>;
  /** Registered tokens are held to their permissions; the unregistered FAKE_GITHUB_TOKEN may do everything. */
  tokens: Map<string, FakeToken>;
  rulesets: FakeRuleset[];
  /** Commits created through the API (signed by GitHub, so verified). */
  verified: Set<string>;
  requests: { method: string; path: string; status: number }[];
  violations: string[];
  fail(fault: Fault): void;
  /** Drop the faults not yet used up. */
  clearFaults(): void;
  /** Start from a copy of another fake's releases and refs (new ids continue after theirs). */
  restore(state: { releases: FakeRelease[]; refs: Map<string, string> }): void;
  stop(): Promise<void>;
}

type Actor = Pick<FakeToken, 'login' | 'kind'>;
type Handler = (
  match: Record<string, string>,
  body: Buffer,
  url: URL,
  actor: Actor,
) => { status: number; json?: unknown; raw?: Buffer; headers?: Record<string, string> };

const user = (login: string) => ({
  ...componentSample('simple-user'),
  login,
  id: login.length,
  type: login.endsWith('[bot]') ? 'Bot' : 'User',
  html_url: login.endsWith('[bot]')
    ? `https://github.com/apps/${login.replace('[bot]', '')}`
    : `https://github.com/${login}`,
});
const label = (name: string, i: number) => ({
  id: i + 1,
  node_id: `L${i}`,
  url: `https://api.github.test/labels/${encodeURIComponent(name)}`,
  name,
  description: '',
  color: 'ededed',
  default: false,
});

/** The actor of the unregistered fake token: the Actions GITHUB_TOKEN with every permission. */
const ACTIONS_ACTOR = { login: 'github-actions[bot]', kind: 'actions' as const };

/** Tokens registered with the fake are secrets for the leak guard too. */
class TokenMap extends Map<string, FakeToken> {
  override set(token: string, value: FakeToken): this {
    registerSecret(`the GitHub token of ${value.login}`, token);
    return super.set(token, value);
  }
}

/** The permission a route needs: any of the scopes, at read (GET) or write level. */
function neededPermission(
  method: string,
  template: string,
): { scopes: (keyof FakeToken['permissions'])[]; level: 'read' | 'write' } {
  const level = method === 'get' ? 'read' : 'write';
  if (template.includes('/check-runs')) return { scopes: ['checks'], level };
  if (template.includes('/issues/')) return { scopes: ['issues', 'pull-requests'], level };
  if (template.endsWith('/pulls')) return { scopes: ['pull-requests', 'contents'], level };
  return { scopes: ['contents'], level };
}

const ZERO = '0000000000000000000000000000000000000000';
/** In the bare repository: the commits GitHub signed (made through the API), one sha a line. */
const VERIFIED_FILE = 'fake-verified-commits';

export async function startGitHubFake(
  repositoryOrOptions: string | GitHubFakeOptions = 'acme/hello-mcp',
): Promise<GitHubFake> {
  const options = typeof repositoryOrOptions === 'string' ? { repository: repositoryOrOptions } : repositoryOrOptions;
  const [owner, repo] = (options.repository ?? 'acme/hello-mcp').split('/') as [string, string];
  const gitDir = options.gitDir;
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  let nextId = 1000;
  const faults: Fault[] = [];
  const fake: GitHubFake = {
    url,
    owner,
    repo,
    pulls: new Map(),
    commitPulls: new Map(),
    comments: [],
    checkRuns: new Map(),
    releases: [],
    refs: new Map(),
    tokens: new TokenMap(),
    rulesets: [],
    verified: new Set(),
    ...(gitDir ? { gitDir } : {}),
    requests: [],
    violations: [],
    fail: (fault) => void faults.push({ times: 1, ...fault }),
    clearFaults: () => void faults.splice(0),
    restore(state) {
      fake.releases = structuredClone(state.releases);
      fake.refs = new Map(state.refs);
      const ids = fake.releases.flatMap((r) => [r.id, ...r.assets.map((a) => a.id)]);
      nextId = Math.max(nextId, ...ids.map((id) => id + 1));
    },
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };

  const releaseJson = (r: FakeRelease) => ({
    ...componentSample('release'),
    id: r.id,
    node_id: `R${r.id}`,
    tag_name: r.tag_name,
    name: r.name,
    body: r.body,
    draft: r.draft,
    prerelease: r.prerelease,
    target_commitish: r.target_commitish,
    url: `${url}/repos/${owner}/${repo}/releases/${r.id}`,
    html_url: `https://github.com/${owner}/${repo}/releases/${r.draft ? `untagged-${r.id}` : `tag/${r.tag_name}`}`,
    upload_url: `${url}/repos/${owner}/${repo}/releases/${r.id}/assets{?name,label}`,
    assets: r.assets.map(assetJson),
    author: user('github-actions[bot]'),
    published_at: r.draft ? null : '2026-01-01T00:00:00Z',
  });
  const assetJson = (a: FakeAsset) => ({
    ...componentSample('release-asset'),
    id: a.id,
    node_id: `RA${a.id}`,
    name: a.name,
    label: null,
    size: a.bytes.length,
    digest: `sha256:${createHash('sha256').update(a.bytes).digest('hex')}`,
    state: 'uploaded',
    content_type: a.contentType,
    url: `${url}/repos/${owner}/${repo}/releases/assets/${a.id}`,
    browser_download_url: `https://github.com/${owner}/${repo}/releases/download/x/${encodeURIComponent(a.name)}`,
    uploader: user('github-actions[bot]'),
  });
  const pullSimpleJson = (p: FakePull) => ({
    ...componentSample('pull-request-simple'),
    number: p.number,
    title: p.title,
    body: p.body ?? null,
    user: user(p.author),
    labels: p.labels.map(label),
    state: 'closed',
    merged_at: '2026-01-01T00:00:00Z',
    merge_commit_sha: p.mergeCommitSha ?? null,
    html_url: `https://github.com/${owner}/${repo}/pull/${p.number}`,
  });
  const issueJson = (p: FakePull) => ({
    ...componentSample('issue'),
    number: p.number,
    title: p.title,
    body: p.body ?? null,
    user: user(p.author),
    labels: p.labels.map(label),
    state: 'closed',
    html_url: `https://github.com/${owner}/${repo}/pull/${p.number}`,
    pull_request: {
      url: `${url}/repos/${owner}/${repo}/pulls/${p.number}`,
      html_url: `https://github.com/${owner}/${repo}/pull/${p.number}`,
      diff_url: null,
      patch_url: null,
      merged_at: '2026-01-01T00:00:00Z',
    },
  });
  const commentJson = (c: GitHubFake['comments'][number]) => ({
    ...componentSample('issue-comment'),
    id: c.id,
    node_id: `IC${c.id}`,
    body: c.body,
    user: user(c.author),
    html_url: `https://github.com/${owner}/${repo}/pull/${c.issue}#issuecomment-${c.id}`,
    issue_url: `${url}/repos/${owner}/${repo}/issues/${c.issue}`,
    url: `${url}/repos/${owner}/${repo}/issues/comments/${c.id}`,
  });
  const notFound = { status: 404, json: { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' } };
  const json = (body: Buffer): Record<string, unknown> =>
    body.length ? (JSON.parse(body.toString('utf8')) as Record<string, unknown>) : {};
  const releaseById = (id: string) => fake.releases.find((r) => r.id === Number(id));
  // GitHub's size limits on bodies (not in its OpenAPI description; the 422 it answers).
  const tooLong = (value: unknown, limit: number) => typeof value === 'string' && value.length > limit;
  const tooLongAnswer = (resource: string, limit: number) => ({
    status: 422,
    json: {
      message: 'Validation Failed',
      errors: [
        { resource, code: 'custom', field: 'body', message: `body is too long (maximum is ${limit} characters)` },
      ],
      documentation_url: 'https://docs.github.com/rest',
    },
  });

  // The real repository behind the git routes (plumbing only: it is bare).
  const git = (args: string[], input?: Buffer | string, env: Record<string, string> = {}) => {
    return gitRaw(args, input, env).trim();
  };
  const gitRaw = (args: string[], input?: Buffer | string, env: Record<string, string> = {}) => {
    if (!gitDir) throw new Error('this route needs startGitHubFake({ gitDir })');
    return execFileSync('git', args, {
      cwd: gitDir,
      encoding: 'utf8',
      stdio: ['pipe', 'pipe', 'pipe'],
      env: { ...process.env, ...env },
      ...(input !== undefined ? { input } : {}),
    });
  };
  const gitOk = (args: string[]) => {
    try {
      git(args);
      return true;
    } catch {
      return false;
    }
  };
  const readRef = (ref: string): string | undefined => {
    if (!gitDir) return fake.refs.get(ref);
    try {
      return git(['rev-parse', '--verify', '--quiet', ref]) || undefined;
    } catch {
      return undefined;
    }
  };
  const refJson = (ref: string, sha: string) => ({
    ...componentSample('git-ref'),
    ref,
    node_id: 'REF',
    url: `${url}/repos/${owner}/${repo}/git/${ref}`,
    object: { type: 'commit', sha, url: `${url}/repos/${owner}/${repo}/git/commits/${sha}` },
  });
  const validationFailed = (
    message: string,
    documentation = 'https://docs.github.com/rest/git/refs#update-a-reference',
  ) => ({ status: 422, json: { message, documentation_url: documentation } });
  const commitJson = (sha: string) => {
    const raw = gitRaw(['cat-file', 'commit', sha]);
    const split = raw.indexOf('\n\n');
    const headers = raw.slice(0, split);
    const person = (role: string) => {
      const found = new RegExp(`^${role} (.*) <(.*)> (\\d+) [+-]\\d{4}$`, 'm').exec(headers);
      return {
        name: found?.[1] ?? '',
        email: found?.[2] ?? '',
        date: new Date(Number(found?.[3] ?? 0) * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z'),
      };
    };
    const verified = fake.verified.has(sha);
    return {
      ...componentSample('git-commit'),
      sha,
      node_id: `C_${sha}`,
      url: `${url}/repos/${owner}/${repo}/git/commits/${sha}`,
      html_url: `https://github.com/${owner}/${repo}/commit/${sha}`,
      author: person('author'),
      committer: person('committer'),
      message: raw.slice(split + 2),
      tree: { sha: /^tree (\w+)/m.exec(headers)?.[1] ?? '', url: `${url}/repos/${owner}/${repo}/git/trees/x` },
      parents: [...headers.matchAll(/^parent (\w+)/gm)].map((p) => ({
        sha: p[1] as string,
        url: `${url}/repos/${owner}/${repo}/git/commits/${p[1] as string}`,
        html_url: `https://github.com/${owner}/${repo}/commit/${p[1] as string}`,
      })),
      // https://docs.github.com/en/rest/git/commits#create-a-commit, "Signature verification object".
      verification: verified
        ? {
            verified: true,
            reason: 'valid',
            signature: '-----BEGIN PGP SIGNATURE-----\n(GitHub)\n-----END PGP SIGNATURE-----',
            payload: raw,
            verified_at: person('committer').date,
          }
        : { verified: false, reason: 'unsigned', signature: null, payload: null, verified_at: null },
    };
  };
  /** The rules a ref update by `login` breaks, worded as GitHub lists them. */
  const ruleViolations = (ref: string, old: string | undefined, next: string, login: string): string[] => {
    const found = new Set<string>();
    for (const ruleset of fake.rulesets.filter((r) => ref === `refs/heads/${r.branch}` && !r.bypass.includes(login))) {
      if (ruleset.requirePullRequest) found.add('Changes must be made through a pull request.');
      if (ruleset.requireSignedCommits && gitDir) {
        const added = git(['rev-list', next, ...(old ? [`^${old}`] : [])])
          .split('\n')
          .filter(Boolean);
        if (added.some((c) => !fake.verified.has(c))) found.add('Commits must have verified signatures.');
      }
    }
    return [...found];
  };

  const routes: [string, string, Handler][] = [
    // A user's token answers with its user; an installation token (Actions, an App) is refused
    // (https://docs.github.com/en/rest/users/users#get-the-authenticated-user; actions/create-github-app-token#258).
    [
      'get',
      '/user',
      (_m, _b, _u, actor) =>
        actor.kind === 'user'
          ? { status: 200, json: { ...componentSample('private-user'), ...user(actor.login) } }
          : {
              status: 403,
              json: {
                message: 'Resource not accessible by integration',
                documentation_url: 'https://docs.github.com/rest/users/users#get-the-authenticated-user',
              },
            },
    ],
    [
      'get',
      '/repos/{owner}/{repo}/commits/{commit_sha}/pulls',
      (m) => ({
        status: 200,
        json: (fake.commitPulls.get(m.commit_sha as string) ?? [])
          .map((n) => fake.pulls.get(n))
          .filter((p): p is FakePull => Boolean(p))
          .map(pullSimpleJson),
      }),
    ],
    [
      'get',
      '/repos/{owner}/{repo}/issues/{issue_number}',
      (m) => {
        const pull = fake.pulls.get(Number(m.issue_number));
        return pull ? { status: 200, json: issueJson(pull) } : notFound;
      },
    ],
    [
      'get',
      '/repos/{owner}/{repo}/issues/{issue_number}/comments',
      (m, _b, u) => {
        const all = fake.comments.filter((c) => c.issue === Number(m.issue_number));
        const perPage = Number(u.searchParams.get('per_page') ?? 30);
        const page = Number(u.searchParams.get('page') ?? 1);
        const slice = all.slice((page - 1) * perPage, page * perPage);
        const last = Math.max(1, Math.ceil(all.length / perPage));
        const headers: Record<string, string> =
          page < last
            ? {
                link: `<${url}${u.pathname}?per_page=${perPage}&page=${page + 1}>; rel="next", <${url}${u.pathname}?per_page=${perPage}&page=${last}>; rel="last"`,
              }
            : {};
        return { status: 200, json: slice.map(commentJson), headers };
      },
    ],
    [
      'post',
      '/repos/{owner}/{repo}/issues/{issue_number}/comments',
      (m, body, _u, actor) => {
        if (tooLong(json(body).body, 65_536)) return tooLongAnswer('IssueComment', 65_536);
        const comment = {
          id: nextId++,
          issue: Number(m.issue_number),
          body: String(json(body).body),
          author: actor.login,
        };
        fake.comments.push(comment);
        return { status: 201, json: commentJson(comment) };
      },
    ],
    [
      'patch',
      '/repos/{owner}/{repo}/issues/comments/{comment_id}',
      (m, body) => {
        if (tooLong(json(body).body, 65_536)) return tooLongAnswer('IssueComment', 65_536);
        const comment = fake.comments.find((c) => c.id === Number(m.comment_id));
        if (!comment) return notFound;
        comment.body = String(json(body).body);
        return { status: 200, json: commentJson(comment) };
      },
    ],
    [
      'get',
      '/repos/{owner}/{repo}/commits/{ref}/check-runs',
      (m) => {
        const runs = fake.checkRuns.get(m.ref as string) ?? [];
        return {
          status: 200,
          json: {
            total_count: runs.length,
            check_runs: runs.map((r, i) => ({
              ...componentSample('check-run'),
              id: i + 1,
              name: r.name,
              status: r.status,
              conclusion: r.conclusion,
              head_sha: m.ref,
            })),
          },
        };
      },
    ],
    [
      'get',
      '/repos/{owner}/{repo}/releases',
      (_m, _b, u) => {
        const perPage = Number(u.searchParams.get('per_page') ?? 30);
        return { status: 200, json: [...fake.releases].reverse().slice(0, perPage).map(releaseJson) };
      },
    ],
    [
      'get',
      '/repos/{owner}/{repo}/releases/latest',
      () => {
        // GitHub: the release marked latest last, else the most recent published non-prerelease.
        const published = fake.releases.filter((r) => !r.draft && !r.prerelease);
        const marked = published
          .filter((r) => r.make_latest === 'true' && r.marked_latest_at !== undefined)
          .sort((a, b) => (b.marked_latest_at ?? 0) - (a.marked_latest_at ?? 0))[0];
        const latest = marked ?? published.filter((r) => r.make_latest !== 'false').pop();
        return latest ? { status: 200, json: releaseJson(latest) } : notFound;
      },
    ],
    [
      'get',
      '/repos/{owner}/{repo}/releases/tags/{tag}',
      (m) => {
        // Like GitHub: drafts are not found by tag.
        const release = fake.releases.find((r) => r.tag_name === m.tag && !r.draft);
        return release ? { status: 200, json: releaseJson(release) } : notFound;
      },
    ],
    [
      'post',
      '/repos/{owner}/{repo}/releases',
      (_m, body) => {
        const input = json(body);
        if (tooLong(input.body, 125_000)) return tooLongAnswer('Release', 125_000);
        if (fake.releases.some((r) => r.tag_name === input.tag_name)) {
          return {
            status: 422,
            json: {
              message: 'Validation Failed',
              errors: [{ resource: 'Release', code: 'already_exists', field: 'tag_name' }],
              documentation_url: 'https://docs.github.com/rest',
            },
          };
        }
        const release: FakeRelease = {
          id: nextId++,
          tag_name: String(input.tag_name),
          name: (input.name as string) ?? null,
          body: (input.body as string) ?? null,
          draft: Boolean(input.draft),
          prerelease: Boolean(input.prerelease),
          target_commitish: String(input.target_commitish ?? 'main'),
          make_latest: input.make_latest as string | undefined,
          assets: [],
        };
        if (release.make_latest === 'true') release.marked_latest_at = nextId++;
        fake.releases.push(release);
        return { status: 201, json: releaseJson(release) };
      },
    ],
    [
      'patch',
      '/repos/{owner}/{repo}/releases/{release_id}',
      (m, body) => {
        const release = releaseById(m.release_id as string);
        if (!release) return notFound;
        const input = json(body);
        if (tooLong(input.body, 125_000)) return tooLongAnswer('Release', 125_000);
        for (const key of [
          'tag_name',
          'name',
          'body',
          'draft',
          'prerelease',
          'target_commitish',
          'make_latest',
        ] as const)
          if (key in input) (release as unknown as Record<string, unknown>)[key] = input[key];
        if (input.make_latest === 'true') release.marked_latest_at = nextId++;
        return { status: 200, json: releaseJson(release) };
      },
    ],
    [
      'get',
      '/repos/{owner}/{repo}/releases/{release_id}/assets',
      (m) => {
        const release = releaseById(m.release_id as string);
        return { status: 200, json: (release?.assets ?? []).map(assetJson) };
      },
    ],
    [
      'post',
      '/repos/{owner}/{repo}/releases/{release_id}/assets',
      (m, body, u) => {
        const release = releaseById(m.release_id as string);
        if (!release) return notFound;
        const name = u.searchParams.get('name') ?? '';
        if (release.assets.some((a) => a.name === name))
          return {
            status: 422,
            json: {
              message: 'Validation Failed',
              errors: [{ resource: 'ReleaseAsset', code: 'already_exists', field: 'name' }],
              documentation_url: 'https://docs.github.com/rest',
            },
          };
        const asset = { id: nextId++, name, bytes: body, contentType: 'application/octet-stream' };
        release.assets.push(asset);
        return { status: 201, json: assetJson(asset) };
      },
    ],
    [
      'delete',
      '/repos/{owner}/{repo}/releases/assets/{asset_id}',
      (m) => {
        for (const release of fake.releases) {
          const index = release.assets.findIndex((a) => a.id === Number(m.asset_id));
          if (index >= 0) {
            release.assets.splice(index, 1);
            return { status: 204 };
          }
        }
        return notFound;
      },
    ],
    [
      'post',
      '/repos/{owner}/{repo}/git/refs',
      (_m, body, _u, actor) => {
        const input = json(body);
        const ref = String(input.ref);
        if (readRef(ref) ?? fake.refs.get(ref))
          return {
            status: 422,
            json: { message: 'Reference already exists', documentation_url: 'https://docs.github.com/rest' },
          };
        // With a repository behind the fake, tags made through the API (github-release) are real refs too.
        if (gitDir && !gitOk(['update-ref', ref, String(input.sha), ZERO]))
          return validationFailed('Object does not exist', 'https://docs.github.com/rest/git/refs#create-a-reference');
        fake.refs.set(ref, String(input.sha));
        options.onRefUpdate?.({ ref, after: String(input.sha), actor });
        return { status: 201, json: refJson(ref, String(input.sha)) };
      },
    ],
    [
      'get',
      '/repos/{owner}/{repo}/git/ref/{ref}',
      (m) => {
        const ref = `refs/${m.ref as string}`;
        const sha = readRef(ref);
        return sha ? { status: 200, json: refJson(ref, sha) } : notFound;
      },
    ],
    [
      'patch',
      '/repos/{owner}/{repo}/git/refs/{ref}',
      (m, body, _u, actor) => {
        const ref = `refs/${m.ref as string}`;
        const input = json(body);
        const sha = String(input.sha);
        const current = readRef(ref);
        if (!current) return validationFailed('Reference does not exist');
        if (gitDir) {
          if (!gitOk(['cat-file', '-e', `${sha}^{commit}`])) return validationFailed('Object does not exist');
          if (input.force !== true && !gitOk(['merge-base', '--is-ancestor', current, sha]))
            return validationFailed('Update is not a fast forward');
          const violations = ruleViolations(ref, current, sha, actor.login);
          if (violations.length)
            return validationFailed(`Repository rule violations found\n\n${violations.join('\n\n')}\n\n`);
          // Compare-and-swap, like GitHub: a concurrent update in between loses.
          if (!gitOk(['update-ref', ref, sha, current])) return validationFailed('Update is not a fast forward');
        }
        fake.refs.set(ref, sha);
        options.onRefUpdate?.({ ref, before: current, after: sha, actor });
        return { status: 200, json: refJson(ref, sha) };
      },
    ],
    [
      'post',
      '/repos/{owner}/{repo}/git/blobs',
      (_m, body) => {
        const input = json(body);
        const bytes = Buffer.from(String(input.content), input.encoding === 'base64' ? 'base64' : 'utf8');
        const sha = git(['hash-object', '-w', '--stdin'], bytes);
        return { status: 201, json: { url: `${url}/repos/${owner}/${repo}/git/blobs/${sha}`, sha } };
      },
    ],
    [
      'post',
      '/repos/{owner}/{repo}/git/trees',
      (_m, body) => {
        const input = json(body) as {
          base_tree?: string;
          tree: { path: string; mode: string; type: string; sha?: string | null; content?: string }[];
        };
        // A private index file: base_tree + the changes, written as a tree.
        const env = { GIT_INDEX_FILE: path.join(tmpdir(), `github-fake-index-${process.pid}-${nextId++}`) };
        try {
          git(input.base_tree ? ['read-tree', input.base_tree] : ['read-tree', '--empty'], undefined, env);
          for (const entry of input.tree) {
            if (entry.sha === null) {
              git(['update-index', '--force-remove', '--', entry.path], undefined, env);
              continue;
            }
            const sha =
              entry.content !== undefined ? git(['hash-object', '-w', '--stdin'], entry.content) : String(entry.sha);
            git(['update-index', '--add', '--cacheinfo', `${entry.mode},${sha},${entry.path}`], undefined, env);
          }
          const tree = git(['write-tree'], undefined, env);
          const entries = git(['ls-tree', tree])
            .split('\n')
            .filter(Boolean)
            .map((line) => {
              const [meta = '', name = ''] = line.split('\t');
              const [mode = '', type = '', sha = ''] = meta.split(' ');
              return { path: name, mode, type, sha, url: `${url}/repos/${owner}/${repo}/git/${type}s/${sha}` };
            });
          return {
            status: 201,
            json: {
              sha: tree,
              url: `${url}/repos/${owner}/${repo}/git/trees/${tree}`,
              truncated: false,
              tree: entries,
            },
          };
        } finally {
          rmSync(env.GIT_INDEX_FILE, { force: true });
        }
      },
    ],
    [
      'post',
      '/repos/{owner}/{repo}/git/commits',
      (_m, body, _u, actor) => {
        const input = json(body) as { message: string; tree: string; parents?: string[] };
        // No author given: GitHub makes the token's actor the author, commits as GitHub, and signs.
        const sha = git(
          ['commit-tree', input.tree, ...(input.parents ?? []).flatMap((p) => ['-p', p]), '-F', '-'],
          input.message,
          {
            GIT_AUTHOR_NAME: actor.login,
            GIT_AUTHOR_EMAIL: `${actor.login.length}+${actor.login}@users.noreply.github.com`,
            GIT_COMMITTER_NAME: 'GitHub',
            GIT_COMMITTER_EMAIL: 'noreply@github.com',
          },
        );
        fake.verified.add(sha);
        // The pre-receive hook of installRulesetHook reads this list (a git push of an API-made commit is signed too).
        appendFileSync(path.join(gitDir as string, VERIFIED_FILE), `${sha}\n`);
        return { status: 201, json: commitJson(sha) };
      },
    ],
    [
      'get',
      '/repos/{owner}/{repo}/git/commits/{commit_sha}',
      (m) =>
        gitDir && gitOk(['cat-file', '-e', `${m.commit_sha as string}^{commit}`])
          ? { status: 200, json: commitJson(m.commit_sha as string) }
          : notFound,
    ],
  ];
  const compiledRoutes = routes.map(([method, template, handler]) => {
    const names: string[] = [];
    const pattern = template.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{(\w+)\}/g, (_all, name: string) => {
      names.push(name);
      return name === 'ref' || name === 'tag' ? '(.+?)' : '([^/]+)';
    });
    return { method, template, handler, names, regex: new RegExp(`^${pattern}$`) };
  });

  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const requestUrl = new URL(req.url ?? '/', url);
      const method = (req.method ?? 'GET').toLowerCase();
      const pathname = requestUrl.pathname;
      const send = (status: number, payload?: unknown, headers: Record<string, string> = {}, raw?: Buffer) => {
        fake.requests.push({ method: method.toUpperCase(), path: pathname, status });
        const text = raw ?? (payload === undefined ? undefined : Buffer.from(JSON.stringify(payload)));
        res.writeHead(status, {
          ...(text && !raw ? { 'content-type': 'application/json; charset=utf-8' } : {}),
          ...headers,
        });
        res.end(text);
      };
      const token = /^(?:token|Bearer) (\S+)$/.exec(req.headers.authorization ?? '')?.[1] ?? '';
      const registered = fake.tokens.get(token);
      const actor: Actor | undefined = registered ?? (token === FAKE_GITHUB_TOKEN ? ACTIONS_ACTOR : undefined);
      if (!actor) {
        send(401, { message: 'Bad credentials', documentation_url: 'https://docs.github.com/rest' });
        return;
      }
      const route = compiledRoutes.find((r) => r.method === method && r.regex.test(pathname));
      if (!route) {
        fake.violations.push(`unmodelled request ${method.toUpperCase()} ${pathname}`);
        send(404, { message: 'Not Found' });
        return;
      }
      const values = route.regex.exec(pathname)?.slice(1) ?? [];
      const match = Object.fromEntries(route.names.map((name, i) => [name, decodeURIComponent(values[i] as string)]));
      if (route.names.includes('owner') && (match.owner !== owner || match.repo !== repo)) {
        send(404, { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' });
        return;
      }
      const body = Buffer.concat(chunks);
      // What GitHub receives is public (release notes, comments, assets): no secret may be in it.
      for (const label of leaksIn(body.toString('latin1')))
        fake.violations.push(`secret leaked: ${label} in the body of ${method.toUpperCase()} ${pathname}`);
      const contentType = req.headers['content-type'] ?? '';
      if (body.length && contentType.includes('json')) {
        try {
          fake.violations.push(...checkRequest(method, route.template, JSON.parse(body.toString('utf8'))));
        } catch (error) {
          fake.violations.push(`request ${method.toUpperCase()} ${route.template}: ${(error as Error).message}`);
        }
      }
      // A registered token is held to its permissions, as GitHub holds an installation or Actions token.
      if (registered && route.template !== '/user') {
        const needed = neededPermission(method, route.template);
        const granted = needed.scopes.some(
          (scope) =>
            registered.permissions[scope] === 'write' ||
            (needed.level === 'read' && registered.permissions[scope] === 'read'),
        );
        if (!granted) {
          send(403, {
            message: 'Resource not accessible by integration',
            documentation_url: 'https://docs.github.com/rest',
            status: '403',
          });
          return;
        }
      }
      const fault = faults.find(
        (f) => (!f.method || f.method.toLowerCase() === method) && f.path.test(pathname) && (f.times ?? 1) > 0,
      );
      if (fault) {
        fault.times = (fault.times ?? 1) - 1;
        send(
          fault.status,
          fault.body ?? { message: `injected ${fault.status}`, documentation_url: 'https://docs.github.com/rest' },
          fault.headers,
        );
        return;
      }
      try {
        const result = route.handler(match, body, requestUrl, actor);
        if (result.json !== undefined)
          fake.violations.push(...checkResponse(method, route.template, result.status, result.json));
        send(result.status, result.json, result.headers, result.raw);
      } catch (error) {
        // A fault of the fake itself: say so loudly rather than hang the test.
        fake.violations.push(`fake error on ${method.toUpperCase()} ${pathname}: ${(error as Error).message}`);
        send(500, { message: 'fake error' });
      }
    });
  });
  return fake;
}

/** The token the fake accepts. */
export const FAKE_GITHUB_TOKEN = 'ghs_faketoken0000000000000000000000000';
registerSecret('the GitHub token', FAKE_GITHUB_TOKEN);

/**
 * GitHub's rulesets for pushes made with git, as a pre-receive hook in the
 * bare repository: a push to a ruleset's branch is refused with GitHub's
 * GH013 message listing the rules broken
 * (https://docs.github.com/en/repositories/configuring-branches-and-merges-in-your-repository/managing-rulesets/troubleshooting-rules).
 * A hook cannot see who pushes (the tests' remote is a local path, no
 * Authorization header), so `bypass` is modelled by not installing the hook
 * for a test whose pusher bypasses. Signed commits: commits pushed with git in
 * the tests are unsigned, so every new commit is refused unless the fake made
 * it through the API (listed in the verified-commits file).
 */
export async function installRulesetHook(gitDir: string, rules: readonly Omit<FakeRuleset, 'bypass'>[]): Promise<void> {
  const checks = rules.map((rule) => {
    if (!/^[\w./-]+$/.test(rule.branch)) throw new Error(`installRulesetHook: unexpected branch name ${rule.branch}`);
    const lines = [`  if [ "$ref" = "refs/heads/${rule.branch}" ]; then`];
    if (rule.requirePullRequest)
      lines.push('    violations="${violations}\n- Changes must be made through a pull request.\n"');
    if (rule.requireSignedCommits) {
      lines.push(
        '    if [ "$old" = "$zero" ]; then range="$new"; else range="$old..$new"; fi',
        '    unsigned=""',
        `    for c in $(git rev-list $range); do grep -qx "$c" ${VERIFIED_FILE} 2>/dev/null || unsigned="$unsigned $c"; done`,
        '    if [ -n "$unsigned" ]; then violations="${violations}\n- Commits must have verified signatures.\n  Found $(echo $unsigned | wc -w) violation(s):$unsigned\n"; fi',
      );
    }
    lines.push('  fi');
    return lines.join('\n');
  });
  const hook = [
    '#!/bin/sh',
    '# GitHub branch rulesets for git pushes (installed by installRulesetHook in test/helpers/github-fake.ts).',
    'zero=0000000000000000000000000000000000000000',
    'status=0',
    'while read old new ref; do',
    '  [ "$new" = "$zero" ] && continue',
    '  violations=""',
    ...checks,
    '  if [ -n "$violations" ]; then',
    '    echo "error: GH013: Repository rule violations found for $ref." >&2',
    '    printf "$violations" >&2',
    '    status=1',
    '  fi',
    'done',
    'exit $status',
    '',
  ].join('\n');
  const file = path.join(gitDir, 'hooks', 'pre-receive');
  await writeFile(file, hook);
  await chmod(file, 0o755);
}

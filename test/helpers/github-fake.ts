import { createHash } from 'node:crypto';
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

export interface GitHubFake {
  url: string;
  owner: string;
  repo: string;
  pulls: Map<number, FakePull>;
  /** Commit sha -> PR numbers associated with it. */
  commitPulls: Map<string, number[]>;
  comments: { id: number; issue: number; body: string; author: string }[];
  checkRuns: Map<string, { name: string; status: 'queued' | 'in_progress' | 'completed'; conclusion: string | null }[]>;
  releases: FakeRelease[];
  refs: Map<string, string>;
  requests: { method: string; path: string; status: number }[];
  violations: string[];
  fail(fault: Fault): void;
  /** Drop the faults not yet used up. */
  clearFaults(): void;
  /** Start from a copy of another fake's releases and refs (new ids continue after theirs). */
  restore(state: { releases: FakeRelease[]; refs: Map<string, string> }): void;
  stop(): Promise<void>;
}

type Handler = (match: Record<string, string>, body: Buffer, url: URL) => { status: number; json?: unknown; raw?: Buffer; headers?: Record<string, string> };

const user = (login: string) => ({ ...componentSample('simple-user'), login, id: login.length, type: login.endsWith('[bot]') ? 'Bot' : 'User', html_url: login.endsWith('[bot]') ? `https://github.com/apps/${login.replace('[bot]', '')}` : `https://github.com/${login}` });
const label = (name: string, i: number) => ({ id: i + 1, node_id: `L${i}`, url: `https://api.github.test/labels/${encodeURIComponent(name)}`, name, description: '', color: 'ededed', default: false });

export async function startGitHubFake(repository = 'acme/hello-mcp'): Promise<GitHubFake> {
  const [owner, repo] = repository.split('/') as [string, string];
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
    pull_request: { url: `${url}/repos/${owner}/${repo}/pulls/${p.number}`, html_url: `https://github.com/${owner}/${repo}/pull/${p.number}`, diff_url: null, patch_url: null, merged_at: '2026-01-01T00:00:00Z' },
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
  const json = (body: Buffer): Record<string, unknown> => (body.length ? (JSON.parse(body.toString('utf8')) as Record<string, unknown>) : {});
  const releaseById = (id: string) => fake.releases.find((r) => r.id === Number(id));
  // GitHub's size limits on bodies (not in its OpenAPI description; the 422 it answers).
  const tooLong = (value: unknown, limit: number) => typeof value === 'string' && value.length > limit;
  const tooLongAnswer = (resource: string, limit: number) => ({ status: 422, json: { message: 'Validation Failed', errors: [{ resource, code: 'custom', field: 'body', message: `body is too long (maximum is ${limit} characters)` }], documentation_url: 'https://docs.github.com/rest' } });

  const routes: [string, string, Handler][] = [
    ['get', '/repos/{owner}/{repo}/commits/{commit_sha}/pulls', (m) => ({ status: 200, json: (fake.commitPulls.get(m.commit_sha as string) ?? []).map((n) => fake.pulls.get(n)).filter((p): p is FakePull => Boolean(p)).map(pullSimpleJson) })],
    ['get', '/repos/{owner}/{repo}/issues/{issue_number}', (m) => {
      const pull = fake.pulls.get(Number(m.issue_number));
      return pull ? { status: 200, json: issueJson(pull) } : notFound;
    }],
    ['get', '/repos/{owner}/{repo}/issues/{issue_number}/comments', (m, _b, u) => {
      const all = fake.comments.filter((c) => c.issue === Number(m.issue_number));
      const perPage = Number(u.searchParams.get('per_page') ?? 30);
      const page = Number(u.searchParams.get('page') ?? 1);
      const slice = all.slice((page - 1) * perPage, page * perPage);
      const last = Math.max(1, Math.ceil(all.length / perPage));
      const headers: Record<string, string> = page < last ? { link: `<${url}${u.pathname}?per_page=${perPage}&page=${page + 1}>; rel="next", <${url}${u.pathname}?per_page=${perPage}&page=${last}>; rel="last"` } : {};
      return { status: 200, json: slice.map(commentJson), headers };
    }],
    ['post', '/repos/{owner}/{repo}/issues/{issue_number}/comments', (m, body) => {
      if (tooLong(json(body).body, 65_536)) return tooLongAnswer('IssueComment', 65_536);
      const comment = { id: nextId++, issue: Number(m.issue_number), body: String(json(body).body), author: 'github-actions[bot]' };
      fake.comments.push(comment);
      return { status: 201, json: commentJson(comment) };
    }],
    ['patch', '/repos/{owner}/{repo}/issues/comments/{comment_id}', (m, body) => {
      if (tooLong(json(body).body, 65_536)) return tooLongAnswer('IssueComment', 65_536);
      const comment = fake.comments.find((c) => c.id === Number(m.comment_id));
      if (!comment) return notFound;
      comment.body = String(json(body).body);
      return { status: 200, json: commentJson(comment) };
    }],
    ['get', '/repos/{owner}/{repo}/commits/{ref}/check-runs', (m) => {
      const runs = fake.checkRuns.get(m.ref as string) ?? [];
      return { status: 200, json: { total_count: runs.length, check_runs: runs.map((r, i) => ({ ...componentSample('check-run'), id: i + 1, name: r.name, status: r.status, conclusion: r.conclusion, head_sha: m.ref })) } };
    }],
    ['get', '/repos/{owner}/{repo}/releases', (_m, _b, u) => {
      const perPage = Number(u.searchParams.get('per_page') ?? 30);
      return { status: 200, json: [...fake.releases].reverse().slice(0, perPage).map(releaseJson) };
    }],
    ['get', '/repos/{owner}/{repo}/releases/latest', () => {
      // GitHub: the release marked latest last, else the most recent published non-prerelease.
      const published = fake.releases.filter((r) => !r.draft && !r.prerelease);
      const marked = published.filter((r) => r.make_latest === 'true' && r.marked_latest_at !== undefined).sort((a, b) => (b.marked_latest_at ?? 0) - (a.marked_latest_at ?? 0))[0];
      const latest = marked ?? published.filter((r) => r.make_latest !== 'false').pop();
      return latest ? { status: 200, json: releaseJson(latest) } : notFound;
    }],
    ['get', '/repos/{owner}/{repo}/releases/tags/{tag}', (m) => {
      // Like GitHub: drafts are not found by tag.
      const release = fake.releases.find((r) => r.tag_name === m.tag && !r.draft);
      return release ? { status: 200, json: releaseJson(release) } : notFound;
    }],
    ['post', '/repos/{owner}/{repo}/releases', (_m, body) => {
      const input = json(body);
      if (tooLong(input.body, 125_000)) return tooLongAnswer('Release', 125_000);
      if (fake.releases.some((r) => r.tag_name === input.tag_name)) {
        return { status: 422, json: { message: 'Validation Failed', errors: [{ resource: 'Release', code: 'already_exists', field: 'tag_name' }], documentation_url: 'https://docs.github.com/rest' } };
      }
      const release: FakeRelease = { id: nextId++, tag_name: String(input.tag_name), name: (input.name as string) ?? null, body: (input.body as string) ?? null, draft: Boolean(input.draft), prerelease: Boolean(input.prerelease), target_commitish: String(input.target_commitish ?? 'main'), make_latest: input.make_latest as string | undefined, assets: [] };
      if (release.make_latest === 'true') release.marked_latest_at = nextId++;
      fake.releases.push(release);
      return { status: 201, json: releaseJson(release) };
    }],
    ['patch', '/repos/{owner}/{repo}/releases/{release_id}', (m, body) => {
      const release = releaseById(m.release_id as string);
      if (!release) return notFound;
      const input = json(body);
      if (tooLong(input.body, 125_000)) return tooLongAnswer('Release', 125_000);
      for (const key of ['tag_name', 'name', 'body', 'draft', 'prerelease', 'target_commitish', 'make_latest'] as const) if (key in input) (release as unknown as Record<string, unknown>)[key] = input[key];
      if (input.make_latest === 'true') release.marked_latest_at = nextId++;
      return { status: 200, json: releaseJson(release) };
    }],
    ['get', '/repos/{owner}/{repo}/releases/{release_id}/assets', (m) => {
      const release = releaseById(m.release_id as string);
      return { status: 200, json: (release?.assets ?? []).map(assetJson) };
    }],
    ['post', '/repos/{owner}/{repo}/releases/{release_id}/assets', (m, body, u) => {
      const release = releaseById(m.release_id as string);
      if (!release) return notFound;
      const name = u.searchParams.get('name') ?? '';
      if (release.assets.some((a) => a.name === name)) return { status: 422, json: { message: 'Validation Failed', errors: [{ resource: 'ReleaseAsset', code: 'already_exists', field: 'name' }], documentation_url: 'https://docs.github.com/rest' } };
      const asset = { id: nextId++, name, bytes: body, contentType: 'application/octet-stream' };
      release.assets.push(asset);
      return { status: 201, json: assetJson(asset) };
    }],
    ['delete', '/repos/{owner}/{repo}/releases/assets/{asset_id}', (m) => {
      for (const release of fake.releases) {
        const index = release.assets.findIndex((a) => a.id === Number(m.asset_id));
        if (index >= 0) {
          release.assets.splice(index, 1);
          return { status: 204 };
        }
      }
      return notFound;
    }],
    ['post', '/repos/{owner}/{repo}/git/refs', (_m, body) => {
      const input = json(body);
      const ref = String(input.ref);
      if (fake.refs.has(ref)) return { status: 422, json: { message: 'Reference already exists', documentation_url: 'https://docs.github.com/rest' } };
      fake.refs.set(ref, String(input.sha));
      return { status: 201, json: { ...componentSample('git-ref'), ref, node_id: 'REF', url: `${url}/repos/${owner}/${repo}/git/${ref}`, object: { type: 'commit', sha: input.sha, url: `${url}/repos/${owner}/${repo}/git/commits/${String(input.sha)}` } } };
    }],
    ['get', '/repos/{owner}/{repo}/git/ref/{ref}', (m) => {
      const ref = `refs/${m.ref as string}`;
      const sha = fake.refs.get(ref);
      return sha ? { status: 200, json: { ...componentSample('git-ref'), ref, node_id: 'REF', url: `${url}/repos/${owner}/${repo}/git/${ref}`, object: { type: 'commit', sha, url: `${url}/repos/${owner}/${repo}/git/commits/${sha}` } } } : notFound;
    }],
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
        res.writeHead(status, { ...(text && !raw ? { 'content-type': 'application/json; charset=utf-8' } : {}), ...headers });
        res.end(text);
      };
      if (req.headers.authorization !== 'token ghs_faketoken0000000000000000000000000' && req.headers.authorization !== 'Bearer ghs_faketoken0000000000000000000000000') {
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
      if (match.owner !== owner || match.repo !== repo) {
        send(404, { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' });
        return;
      }
      const body = Buffer.concat(chunks);
      // What GitHub receives is public (release notes, comments, assets): no secret may be in it.
      for (const label of leaksIn(body.toString('latin1'))) fake.violations.push(`secret leaked: ${label} in the body of ${method.toUpperCase()} ${pathname}`);
      const contentType = req.headers['content-type'] ?? '';
      if (body.length && contentType.includes('json')) {
        try {
          fake.violations.push(...checkRequest(method, route.template, JSON.parse(body.toString('utf8'))));
        } catch (error) {
          fake.violations.push(`request ${method.toUpperCase()} ${route.template}: ${(error as Error).message}`);
        }
      }
      const fault = faults.find((f) => (!f.method || f.method.toLowerCase() === method) && f.path.test(pathname) && (f.times ?? 1) > 0);
      if (fault) {
        fault.times = (fault.times ?? 1) - 1;
        send(fault.status, fault.body ?? { message: `injected ${fault.status}`, documentation_url: 'https://docs.github.com/rest' }, fault.headers);
        return;
      }
      try {
        const result = route.handler(match, body, requestUrl);
        if (result.json !== undefined) fake.violations.push(...checkResponse(method, route.template, result.status, result.json));
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

import { createHash } from 'node:crypto';
import type { GitHub, GitHubAsset, GitHubComment, GitHubLabel, GitHubRelease } from '../../src/ports/github.js';

/**
 * An in-memory GitHub for the port in src/ports/github.ts: no HTTP, no
 * OpenAPI checks (test/helpers/github-fake.ts does that over HTTP). It holds
 * the state the domain functions read and write, answers the way GitHub's REST
 * API documents, records every call, and fails chosen calls on demand.
 *
 * GitHub behaviour modelled (each cited where it is implemented):
 * - refs: create answers 422 "Reference already exists"; a missing ref is 404;
 *   a non-forced update that is not a fast-forward is 422 "Update is not a fast forward".
 * - releases: get-by-tag does not find drafts (404); list shows drafts, newest first;
 *   a second release for a tag is 422 already_exists; "latest" follows make_latest.
 * - assets: a second asset of one name is 422 already_exists; assets carry a sha256 digest.
 * - GET /user refuses an installation token with 403.
 * Errors have octokit's shape: `{ status, message, response: { data: { message } } }`.
 */
export interface PortCall {
  method: string;
  params: Record<string, unknown>;
}

export interface FakeComment {
  id: number;
  issue: number;
  body: string;
  author: string;
}

export interface FakeIssue {
  number: number;
  title: string;
  author: string | null;
  labels: GitHubLabel[];
}

export interface FakeAssociatedPull {
  number: number;
  title: string;
  author: string | null;
  labels: GitHubLabel[];
  merged_at: string | null;
  merge_commit_sha: string | null;
}

export interface FakeRef {
  sha: string;
  type: string;
}

export interface FakeGitHubState {
  /** The token's login; undefined: an installation token (GET /user answers 403). */
  login: string | undefined;
  issues: Map<number, FakeIssue>;
  comments: FakeComment[];
  commitPulls: Map<string, FakeAssociatedPull[]>;
  checkRuns: Map<string, { status: string; conclusion: string | null }[]>;
  /** `heads/main`, `tags/v1` -> object. */
  refs: Map<string, FakeRef>;
  /** Commit sha -> parent shas, for fast-forward checks. */
  commits: Map<string, { parents: string[]; tree: string; message: string }>;
  blobs: Map<string, string>;
  trees: Map<string, { base_tree?: string; tree: unknown[] }>;
  /** Oldest first (the API lists newest first). */
  releases: (GitHubRelease & { target_commitish: string })[];
  /** Asset bytes by asset id. */
  assetBytes: Map<number, Buffer>;
  /** The tag GitHub shows as the latest release. */
  latest: string | undefined;
  /** Whether API-made commits are verified (GitHub signs them for an Actions or App token). */
  signsCommits: boolean;
}

interface Fault {
  method: string;
  error: unknown;
  times: number;
  /** Apply the call, then throw (the answer was lost on the way back). */
  afterApplying: boolean;
}

export interface FakeGitHub {
  github: GitHub;
  state: FakeGitHubState;
  calls: PortCall[];
  /** The calls that change something on GitHub. */
  writes(): PortCall[];
  /** The names of the calls made, in order. */
  methods(): string[];
  fail(method: string, error: unknown, options?: { times?: number; afterApplying?: boolean }): void;
}

/** An error as octokit throws it. */
export function httpError(status: number, message: string, extra: Record<string, unknown> = {}): Error {
  return Object.assign(new Error(message), { status, response: { data: { message, ...extra } } });
}

const WRITES = new Set([
  'issues.createComment',
  'issues.updateComment',
  'git.createBlob',
  'git.createTree',
  'git.createCommit',
  'git.createRef',
  'git.updateRef',
  'repos.createRelease',
  'repos.updateRelease',
  'repos.deleteReleaseAsset',
  'request',
]);

export const sha256Digest = (bytes: Buffer): string => `sha256:${createHash('sha256').update(bytes).digest('hex')}`;

const fakeSha = (seed: string): string => createHash('sha1').update(seed).digest('hex');

export function fakeGitHub(initial: Partial<FakeGitHubState> = {}): FakeGitHub {
  const state: FakeGitHubState = {
    login: 'octocat',
    issues: new Map(),
    comments: [],
    commitPulls: new Map(),
    checkRuns: new Map(),
    refs: new Map(),
    commits: new Map(),
    blobs: new Map(),
    trees: new Map(),
    releases: [],
    assetBytes: new Map(),
    latest: undefined,
    signsCommits: true,
    ...initial,
  };
  const calls: PortCall[] = [];
  const faults: Fault[] = [];
  let nextId = 1000 + state.comments.length + state.releases.length;

  /** Record the call; throw an injected fault before (or after) running it. */
  const handle =
    <R>(method: string, run: (p: Record<string, unknown>) => R) =>
    async (params: object | undefined): Promise<R> => {
      const p = { ...(params as Record<string, unknown>) };
      delete p.request; // per-call octokit options (a timeout signal) are not what GitHub receives
      calls.push({ method, params: p });
      const fault = faults.find((f) => f.method === method && f.times > 0);
      if (fault) {
        fault.times -= 1;
        if (fault.afterApplying) run(p);
        throw fault.error;
      }
      return run(p);
    };

  const findRef = (ref: string): FakeRef => {
    const found = state.refs.get(ref);
    // https://docs.github.com/en/rest/git/refs#get-a-reference: 404 when the ref does not exist.
    if (!found) throw httpError(404, 'Not Found');
    return found;
  };

  const descends = (sha: string, ancestor: string): boolean => {
    const seen = new Set<string>();
    const queue = [sha];
    while (queue.length) {
      const next = queue.shift() as string;
      if (next === ancestor) return true;
      if (seen.has(next)) continue;
      seen.add(next);
      queue.push(...(state.commits.get(next)?.parents ?? []));
    }
    return false;
  };

  const releaseById = (id: unknown): GitHubRelease & { target_commitish: string } => {
    const found = state.releases.find((r) => r.id === id);
    if (!found) throw httpError(404, 'Not Found');
    return found;
  };

  const copy = <T>(value: T): T => structuredClone(value);

  const github: GitHub = {
    rest: {
      issues: {
        get: handle('issues.get', (p) => {
          const issue = state.issues.get(p.issue_number as number);
          if (!issue) throw httpError(404, 'Not Found');
          return {
            data: {
              number: issue.number,
              title: issue.title,
              user: issue.author === null ? null : { login: issue.author },
              labels: copy(issue.labels),
            },
          };
        }),
        listComments: handle('issues.listComments', (p) => ({
          data: state.comments
            .filter((c) => c.issue === p.issue_number)
            .map((c): GitHubComment => ({ id: c.id, body: c.body, user: { login: c.author } })),
        })),
        createComment: handle('issues.createComment', (p) => {
          const id = nextId++;
          state.comments.push({
            id,
            issue: p.issue_number as number,
            body: p.body as string,
            author: state.login ?? 'github-actions[bot]',
          });
          return { data: { id } };
        }),
        updateComment: handle('issues.updateComment', (p) => {
          const comment = state.comments.find((c) => c.id === p.comment_id);
          if (!comment) throw httpError(404, 'Not Found');
          comment.body = p.body as string;
          return { data: {} };
        }),
      },
      users: {
        getAuthenticated: handle('users.getAuthenticated', () => {
          // https://docs.github.com/en/rest/users/users#get-the-authenticated-user: an installation token is refused.
          if (state.login === undefined) throw httpError(403, 'Resource not accessible by integration');
          return { data: { login: state.login } };
        }),
      },
      checks: {
        listForRef: handle('checks.listForRef', (p) => {
          const runs = state.checkRuns.get(p.ref as string) ?? [];
          return { data: { total_count: runs.length, check_runs: copy(runs) } };
        }),
      },
      git: {
        createBlob: handle('git.createBlob', (p) => {
          const sha = fakeSha(`blob:${p.content as string}`);
          state.blobs.set(sha, Buffer.from(p.content as string, 'base64').toString('utf8'));
          return { data: { sha } };
        }),
        createTree: handle('git.createTree', (p) => {
          const sha = fakeSha(`tree:${JSON.stringify(p)}`);
          state.trees.set(sha, { base_tree: p.base_tree as string, tree: p.tree as unknown[] });
          return { data: { sha } };
        }),
        createCommit: handle('git.createCommit', (p) => {
          const sha = fakeSha(`commit:${JSON.stringify(p)}`);
          state.commits.set(sha, {
            parents: p.parents as string[],
            tree: p.tree as string,
            message: p.message as string,
          });
          return { data: { sha, verification: { verified: state.signsCommits } } };
        }),
        createRef: handle('git.createRef', (p) => {
          const ref = (p.ref as string).replace(/^refs\//, '');
          // https://docs.github.com/en/rest/git/refs#create-a-reference: 422 "Reference already exists".
          if (state.refs.has(ref)) throw httpError(422, 'Reference already exists');
          state.refs.set(ref, { sha: p.sha as string, type: 'commit' });
          return { data: {} };
        }),
        getRef: handle('git.getRef', (p) => ({ data: { object: copy(findRef(p.ref as string)) } })),
        updateRef: handle('git.updateRef', (p) => {
          const ref = p.ref as string;
          const current = findRef(ref);
          // https://docs.github.com/en/rest/git/refs#update-a-reference: without force, only a fast-forward.
          if (p.force !== true && !descends(p.sha as string, current.sha))
            throw httpError(422, 'Update is not a fast forward');
          state.refs.set(ref, { sha: p.sha as string, type: 'commit' });
          return { data: {} };
        }),
      },
      repos: {
        listPullRequestsAssociatedWithCommit: handle('repos.listPullRequestsAssociatedWithCommit', (p) => ({
          data: (state.commitPulls.get(p.commit_sha as string) ?? []).map((pull) => ({
            number: pull.number,
            title: pull.title,
            user: pull.author === null ? null : { login: pull.author },
            labels: copy(pull.labels),
            merged_at: pull.merged_at,
            merge_commit_sha: pull.merge_commit_sha,
          })),
        })),
        getReleaseByTag: handle('repos.getReleaseByTag', (p) => {
          // https://docs.github.com/en/rest/releases/releases#get-a-release-by-tag-name: published releases only.
          const found = state.releases.find((r) => r.tag_name === p.tag && !r.draft);
          if (!found) throw httpError(404, 'Not Found');
          return { data: copy(found) };
        }),
        getLatestRelease: handle('repos.getLatestRelease', () => {
          // https://docs.github.com/en/rest/releases/releases#get-the-latest-release: 404 when there is none.
          const found = state.releases.find((r) => r.tag_name === state.latest && !r.draft);
          if (!found) throw httpError(404, 'Not Found');
          return { data: { tag_name: found.tag_name } };
        }),
        listReleases: handle('repos.listReleases', (p) => ({
          // https://docs.github.com/en/rest/releases/releases#list-releases: drafts included (push access), newest first.
          data: copy([...state.releases].reverse().slice(0, (p.per_page as number | undefined) ?? 30)),
        })),
        createRelease: handle('repos.createRelease', (p) => {
          // https://docs.github.com/en/rest/releases/releases#create-a-release: one release per tag (422 already_exists).
          if (state.releases.some((r) => r.tag_name === p.tag_name))
            throw httpError(422, 'Validation Failed', {
              errors: [{ resource: 'Release', code: 'already_exists', field: 'tag_name' }],
            });
          const id = nextId++;
          const release = {
            id,
            draft: Boolean(p.draft),
            html_url: `https://github.com/o/r/releases/tag/${p.tag_name as string}`,
            upload_url: `https://uploads.github.com/repos/o/r/releases/${id}/assets{?name,label}`,
            tag_name: p.tag_name as string,
            name: (p.name as string | undefined) ?? null,
            body: (p.body as string | undefined) ?? null,
            prerelease: Boolean(p.prerelease),
            target_commitish: p.target_commitish as string,
            assets: [],
          };
          state.releases.push(release);
          if (!release.draft && p.make_latest !== 'false') state.latest = release.tag_name;
          return { data: copy(release) };
        }),
        updateRelease: handle('repos.updateRelease', (p) => {
          const release = releaseById(p.release_id);
          for (const key of ['name', 'body', 'prerelease', 'draft'] as const)
            if (p[key] !== undefined) Object.assign(release, { [key]: p[key] });
          if (!release.draft && p.make_latest === 'true') state.latest = release.tag_name;
          return { data: copy(release) };
        }),
        listReleaseAssets: handle('repos.listReleaseAssets', (p) => ({
          data: copy(releaseById(p.release_id).assets),
        })),
        deleteReleaseAsset: handle('repos.deleteReleaseAsset', (p) => {
          for (const release of state.releases) release.assets = release.assets.filter((a) => a.id !== p.asset_id);
          state.assetBytes.delete(p.asset_id as number);
          return { data: {} };
        }),
      },
    },
    paginate: async <T>(method: (params: object | undefined) => Promise<{ data: T[] }>, params: object | undefined) =>
      (await method(params)).data,
    request: handle('request', (p) => {
      const id = Number(/\/releases\/(\d+)\/assets/.exec(p.url as string)?.[1]);
      const release = releaseById(id);
      // "GitHub renames asset filenames that have special characters, non-alphanumeric characters, and leading
      // or trailing periods" (https://docs.github.com/en/rest/releases/assets#upload-a-release-asset); modelled for
      // the characters users have seen renamed to "." (spaces, parentheses, "~", ":": softprops/action-gh-release#159).
      const name = (p.name as string).replace(/[ ()~:]/g, '.');
      // Same page: a name taken is 422 already_exists.
      if (release.assets.some((a) => a.name === name))
        throw httpError(422, 'Validation Failed', {
          errors: [{ resource: 'ReleaseAsset', code: 'already_exists', field: 'name' }],
        });
      const bytes = Buffer.from(p.data as unknown as Buffer);
      const asset: GitHubAsset = { id: nextId++, name, size: bytes.length, digest: sha256Digest(bytes) };
      release.assets.push(asset);
      state.assetBytes.set(asset.id, bytes);
      return { data: copy(asset) };
    }),
  };

  return {
    github,
    state,
    calls,
    writes: () => calls.filter((c) => WRITES.has(c.method)),
    methods: () => calls.map((c) => c.method),
    fail: (method, error, options = {}) =>
      void faults.push({
        method,
        error,
        times: options.times ?? 1,
        afterApplying: options.afterApplying ?? false,
      }),
  };
}

export const TARGET = {
  owner: 'acme',
  repo: 'hello-mcp',
  token: 'ghs_not-a-real-token',
  apiUrl: 'https://api.github.com',
};

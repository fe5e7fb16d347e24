/**
 * The GitHub REST API as the release logic uses it: the calls it makes and
 * the fields it reads, nothing more. The GitHub adapter's octokit client has
 * this shape (checked where it is built); a test may hand a fake that has it.
 * Errors are octokit's: `{ status, message, response: { data: { message } } }`.
 */
type Params = object | undefined;
type Answer<T> = Promise<{ data: T }>;

export interface GitHubUser {
  login: string;
}

export type GitHubLabel = string | { name?: string };

export interface GitHubRelease {
  id: number;
  draft: boolean;
  html_url: string;
  upload_url: string;
  tag_name: string;
  name: string | null;
  body?: string | null;
  prerelease: boolean;
  assets: GitHubAsset[];
}

export interface GitHubAsset {
  id: number;
  name: string;
  size: number;
  digest?: string | null;
}

export interface GitHubComment {
  id: number;
  body?: string;
  user: GitHubUser | null;
}

export interface GitHubRef {
  object: { sha: string; type: string };
}

export interface GitHub {
  rest: {
    issues: {
      get(params: Params): Answer<{ number: number; title: string; user: GitHubUser | null; labels: GitHubLabel[] }>;
      listComments(params: Params): Answer<GitHubComment[]>;
      createComment(params: Params): Answer<{ id: number }>;
      updateComment(params: Params): Answer<unknown>;
    };
    users: {
      getAuthenticated(params?: Params): Answer<{ login: string }>;
    };
    checks: {
      listForRef(
        params: Params,
      ): Answer<{ total_count: number; check_runs: { status: string; conclusion: string | null }[] }>;
    };
    git: {
      createBlob(params: Params): Answer<{ sha: string }>;
      createTree(params: Params): Answer<{ sha: string }>;
      createCommit(params: Params): Answer<{ sha: string; verification: { verified: boolean } }>;
      createRef(params: Params): Answer<unknown>;
      getRef(params: Params): Answer<GitHubRef>;
      updateRef(params: Params): Answer<unknown>;
    };
    repos: {
      listPullRequestsAssociatedWithCommit(params: Params): Answer<
        {
          number: number;
          title: string;
          user: GitHubUser | null;
          labels: GitHubLabel[];
          merged_at: string | null;
          merge_commit_sha: string | null;
        }[]
      >;
      getReleaseByTag(params: Params): Answer<GitHubRelease>;
      getLatestRelease(params: Params): Answer<{ tag_name: string }>;
      listReleases(params: Params): Answer<GitHubRelease[]>;
      createRelease(params: Params): Answer<GitHubRelease>;
      updateRelease(params: Params): Answer<GitHubRelease>;
      listReleaseAssets(params: Params): Answer<GitHubAsset[]>;
      deleteReleaseAsset(params: Params): Answer<unknown>;
    };
  };
  /** Every page of a list call (octokit's paginate). */
  paginate<T>(method: (params: Params) => Answer<T[]>, params: Params): Promise<T[]>;
  /** A raw request (asset uploads go to the release's own upload URL). */
  request(options: Params): Answer<unknown>;
}

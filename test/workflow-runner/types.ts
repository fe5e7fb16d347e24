import type { SimulatedAction } from './actions.js';
import type { Json } from './expressions.js';
import type { Permissions } from './permissions.js';

export type Visibility = 'public' | 'private' | 'internal';
export type Plan = 'free' | 'pro' | 'team' | 'enterprise';
export type Result = 'success' | 'failure' | 'cancelled' | 'skipped';
export type JobStatus = 'queued' | 'waiting-concurrency' | 'waiting-approval' | 'in_progress' | 'completed';
export type TokenKind = 'actions' | 'app' | 'user';

export interface EnvironmentSpec {
  secrets?: Record<string, string>;
  vars?: Record<string, string>;
  /** Required reviewers: a job naming this environment waits for world.approve / world.reject. */
  reviewers?: string[];
}

export interface RepoSpec {
  /** owner/name */
  name: string;
  visibility?: Visibility;
  plan?: Plan;
  defaultBranch?: string;
  /** Files of the first commit on the default branch. */
  files?: Record<string, string>;
  secrets?: Record<string, string>;
  vars?: Record<string, string>;
  environments?: Record<string, EnvironmentSpec>;
}

export interface TokenRequest {
  repo: string;
  permissions: Permissions;
  kind: TokenKind;
}

export interface WorldOptions {
  repos: RepoSpec[];
  /** The GitHub REST fake steps call (its URL becomes github.api_url / GITHUB_API_URL). */
  github?: { url: string };
  /** Mint a token; the default makes a random `ghs_` string. Every token is registered with the leak guard. */
  issueToken?: (request: TokenRequest) => string;
  /** One line per job start and end; default console.log. Pass () => {} to silence. */
  logger?: (line: string) => void;
  /** Repository default for GITHUB_TOKEN when no `permissions` key applies (GitHub's default for new repos: restricted). */
  defaultPermissions?: 'permissive' | 'restricted';
  /** Start the workflows a non-GITHUB_TOKEN push triggers (default: only record them). */
  runTriggered?: boolean;
  /** Extra well-known actions, keyed by `owner/repo[/path]`. */
  actions?: Record<string, SimulatedAction>;
}

export interface DispatchOptions {
  workflow: string;
  repo: string;
  event: string;
  payload?: Record<string, Json>;
  sha?: string;
  /** Full ref, e.g. refs/heads/main (default: the default branch). */
  ref?: string;
  actor?: string;
  /** workflow_dispatch inputs. */
  inputs?: Record<string, Json>;
}

export interface StepRecord {
  name: string;
  id?: string;
  uses?: string;
  outcome: 'success' | 'failure' | 'cancelled' | 'skipped';
  conclusion: 'success' | 'failure' | 'cancelled' | 'skipped';
  outputs: Record<string, string>;
  /** Masked output (secrets and ::add-mask:: values as ***). */
  log: string;
}

export interface Annotation {
  level: 'error' | 'warning' | 'notice';
  message: string;
  step: string;
}

export interface JobState {
  key: string;
  status: JobStatus;
  result?: Result;
  outputs: Record<string, string>;
  steps: StepRecord[];
  annotations: Annotation[];
  summary: string;
  environment?: string;
  permissions?: Permissions;
  startedAt?: number;
  endedAt?: number;
  /** The job's contexts as seen by its steps (job, github), for assertions. */
  context?: { job: Record<string, Json>; github: Record<string, Json> };
  error?: string;
}

export interface WorldEvent {
  type: 'push' | 'tag' | 'delete' | 'api';
  repo: string;
  ref: string;
  before?: string;
  after?: string;
  tokenKind: TokenKind | 'admin';
  /** Which run/job caused it, when known. */
  by?: string;
  /** Workflows whose `on:` matches (empty when the GITHUB_TOKEN rule suppresses them). */
  triggers: string[];
  suppressed?: string;
}

export interface ActionUse {
  job: string;
  uses: string;
  pinned: boolean;
}

import type { RepositoryVisibility } from '../release/visibility.js';
import { knownSecretValues } from '../report/known-secrets.js';
import { ENV } from './env-names.js';

type Env = Readonly<Record<string, string | undefined>>;

/** The credentials the kit may use, each from its one variable. Never printed: see `secretValues`. */
export interface Credentials {
  /** GITHUB_TOKEN, else GH_TOKEN. */
  githubToken?: string;
  /**
   * GITHUB_TOKEN alone: what version's git push and fetch authenticate with (a GH_TOKEN on a
   * workstation is the gh CLI's; git keeps its own credentials there).
   */
  gitToken?: string;
  /** NODE_AUTH_TOKEN: npm's token for publish (setup-node writes an .npmrc that reads it). */
  nodeAuthToken?: string;
  /** NPM_PROMOTE_TOKEN: a separate token for dist-tag moves and deprecations. */
  npmPromoteToken?: string;
  /** NPM_PROMOTE_TOKEN is set to the empty string (a secret the job cannot see): its own mistake, said apart from unset. */
  npmPromoteTokenEmpty?: boolean;
  /** GitHub Actions' OIDC endpoint (with `id-token: write`). */
  oidcRequestUrl?: string;
  oidcRequestToken?: string;
  /** A ready identity token for keyless signing outside Actions. */
  sigstoreIdToken?: string;
  /** A PEM private key for key-based signing. */
  signingKey?: string;
}

/** Facts of the GitHub Actions run (empty outside Actions). */
export interface GitHubRun {
  /** `owner/repo`, only inside GitHub Actions. */
  repository?: string;
  repositoryId?: string;
  repositoryOwner?: string;
  repositoryOwnerId?: string;
  serverUrl: string;
  apiUrl: string;
  sha?: string;
  ref?: string;
  refName?: string;
  actor?: string;
  workflowRef?: string;
  workspace?: string;
  eventPath?: string;
  stepSummary?: string;
  runnerTemp?: string;
  runnerEnvironment?: string;
  /** repository.visibility from the event payload, when the entry could read it. */
  repositoryVisibility?: RepositoryVisibility;
}

/** The GitHub Actions variables SLSA provenance records: each as set (an empty one is left out), whether or not in Actions. */
export const BUILD_VARIABLES = [
  ENV.githubServerUrl,
  ENV.githubRepository,
  ENV.githubSha,
  ENV.githubRef,
  ENV.githubWorkflowRef,
  ENV.githubEventName,
  ENV.githubRunId,
  ENV.githubRunAttempt,
] as const;
export type BuildVariable = (typeof BUILD_VARIABLES)[number];

/** Everything the kit takes from its environment, parsed once by the entries. */
export interface Settings {
  cwd: string;
  /** True inside GitHub Actions. */
  inActions: boolean;
  github: GitHubRun;
  credentials: Credentials;
  /** Every credential-looking value in the environment, longest first: replaced by *** in every output. */
  secretValues: readonly string[];
  /** MCP_RELEASE_GITHUB_TIMEOUT_SECONDS (raw; tests shorten GitHub waits). */
  githubTimeoutSeconds?: string;
  /** MCP_RELEASE_GITHUB_PACING (raw; the GitHub adapter reads it). */
  githubPacing?: string;
  /** MCP_RELEASE_NPM_WAIT_SECONDS (raw; promote validates it). */
  npmWaitSeconds?: string;
  /** MCP_RELEASE_ENVIRONMENT: the deployment environment a release runs in. */
  environment?: string;
  sourceDateEpoch?: string;
  user?: string;
  /** HOME (npm's user config lives there). */
  home?: string;
  /** The variables provenance records, as set; provenance is made only when all are. */
  buildVariables: Partial<Record<BuildVariable, string>>;
  /**
   * The environment programs are started with (PATH, HOME, npm_config_*,
   * NODE_AUTH_TOKEN for the .npmrc setup-node writes). Only the process
   * adapters and the smoke environment builder read it; the smoke sandbox
   * passes a server none of its credentials.
   */
  processEnv: Env;
}

const nonEmpty = (value: string | undefined): string | undefined =>
  value === undefined || value === '' ? undefined : value;

function defined<T extends object>(record: T): T {
  return Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined)) as T;
}

/** Pure: the environment as typed settings. `repositoryVisibility` comes from the event file the entry read. */
export function settingsFromEnv(env: Env, cwd: string, repositoryVisibility?: RepositoryVisibility): Settings {
  const inActions = env[ENV.githubActions] === 'true';
  const get = (name: string) => nonEmpty(env[name]);
  const github: GitHubRun = defined({
    repository: inActions ? get(ENV.githubRepository) : undefined,
    repositoryId: get(ENV.githubRepositoryId),
    repositoryOwner: inActions ? get(ENV.githubRepositoryOwner) : undefined,
    repositoryOwnerId: get(ENV.githubRepositoryOwnerId),
    serverUrl: (get(ENV.githubServerUrl) ?? 'https://github.com').replace(/\/+$/, ''),
    apiUrl: (get(ENV.githubApiUrl) ?? 'https://api.github.com').replace(/\/+$/, ''),
    sha: get(ENV.githubSha),
    ref: get(ENV.githubRef),
    refName: get(ENV.githubRefName),
    actor: get(ENV.githubActor),
    workflowRef: get(ENV.githubWorkflowRef),
    workspace: get(ENV.githubWorkspace),
    eventPath: get(ENV.githubEventPath),
    stepSummary: get(ENV.githubStepSummary),
    runnerTemp: get(ENV.runnerTemp),
    runnerEnvironment: get(ENV.runnerEnvironment),
    repositoryVisibility,
  });
  const credentials: Credentials = defined({
    githubToken: get(ENV.githubToken) ?? get(ENV.ghToken),
    gitToken: get(ENV.githubToken),
    nodeAuthToken: get(ENV.nodeAuthToken),
    npmPromoteToken: get(ENV.npmPromoteToken),
    npmPromoteTokenEmpty: env[ENV.npmPromoteToken] === '' ? true : undefined,
    oidcRequestUrl: get(ENV.oidcRequestUrl),
    oidcRequestToken: get(ENV.oidcRequestToken),
    sigstoreIdToken: get(ENV.sigstoreIdToken),
    signingKey: get(ENV.signingKey),
  });
  return defined({
    cwd,
    inActions,
    github,
    credentials,
    secretValues: knownSecretValues(env),
    githubTimeoutSeconds: get(ENV.githubTimeoutSeconds),
    githubPacing: get(ENV.githubPacing),
    npmWaitSeconds: env[ENV.npmWaitSeconds],
    environment: get(ENV.environment),
    sourceDateEpoch: get(ENV.sourceDateEpoch),
    user: get(ENV.user),
    home: get(ENV.home),
    buildVariables: defined(Object.fromEntries(BUILD_VARIABLES.map((name) => [name, get(name)]))),
    processEnv: env,
  });
}

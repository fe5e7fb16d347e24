/**
 * Every environment variable the kit reads, named once. Only the entries
 * (src/action, src/cli) read the environment, through settingsFromEnv; the
 * rest of the code receives typed Settings.
 */
export const ENV = {
  // GitHub Actions' default variables (docs: "Store information in variables").
  githubActions: 'GITHUB_ACTIONS',
  githubRepository: 'GITHUB_REPOSITORY',
  githubRepositoryId: 'GITHUB_REPOSITORY_ID',
  githubRepositoryOwner: 'GITHUB_REPOSITORY_OWNER',
  githubRepositoryOwnerId: 'GITHUB_REPOSITORY_OWNER_ID',
  githubServerUrl: 'GITHUB_SERVER_URL',
  githubApiUrl: 'GITHUB_API_URL',
  githubSha: 'GITHUB_SHA',
  githubRef: 'GITHUB_REF',
  githubRefName: 'GITHUB_REF_NAME',
  githubActor: 'GITHUB_ACTOR',
  githubWorkflowRef: 'GITHUB_WORKFLOW_REF',
  githubEventName: 'GITHUB_EVENT_NAME',
  githubRunId: 'GITHUB_RUN_ID',
  githubRunAttempt: 'GITHUB_RUN_ATTEMPT',
  githubWorkspace: 'GITHUB_WORKSPACE',
  githubEventPath: 'GITHUB_EVENT_PATH',
  githubStepSummary: 'GITHUB_STEP_SUMMARY',
  runnerTemp: 'RUNNER_TEMP',
  runnerEnvironment: 'RUNNER_ENVIRONMENT',
  // Credentials.
  githubToken: 'GITHUB_TOKEN',
  ghToken: 'GH_TOKEN',
  nodeAuthToken: 'NODE_AUTH_TOKEN',
  npmPromoteToken: 'NPM_PROMOTE_TOKEN',
  oidcRequestUrl: 'ACTIONS_ID_TOKEN_REQUEST_URL',
  oidcRequestToken: 'ACTIONS_ID_TOKEN_REQUEST_TOKEN',
  sigstoreIdToken: 'SIGSTORE_ID_TOKEN',
  signingKey: 'MCP_RELEASE_SIGNING_KEY',
  // The kit's own knobs.
  debug: 'MCP_RELEASE_DEBUG',
  githubTimeoutSeconds: 'MCP_RELEASE_GITHUB_TIMEOUT_SECONDS',
  githubPacing: 'MCP_RELEASE_GITHUB_PACING',
  npmWaitSeconds: 'MCP_RELEASE_NPM_WAIT_SECONDS',
  environment: 'MCP_RELEASE_ENVIRONMENT',
  // Conventions of other tools.
  noColor: 'NO_COLOR',
  sourceDateEpoch: 'SOURCE_DATE_EPOCH',
  home: 'HOME',
  user: 'USER',
  path: 'PATH',
} as const;

export type EnvName = (typeof ENV)[keyof typeof ENV];

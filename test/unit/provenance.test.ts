import { describe, expect, it } from 'vitest';
import {
  buildProvenanceStatement,
  githubBuildFacts,
  IN_TOTO_STATEMENT_TYPE,
  npmPurl,
  SLSA_PREDICATE_TYPE,
} from '../../src/release/provenance.js';
import { settingsFromEnv } from '../../src/settings/settings.js';

/**
 * SLSA v1 provenance for a tarball built in GitHub Actions, shaped like npm's
 * own `--provenance` statement (https://docs.npmjs.com/generating-provenance-statements;
 * build type https://slsa-framework.github.io/github-actions-buildtypes/workflow/v1;
 * package URLs https://github.com/package-url/purl-spec, npm type: the scope's "@" is "%40").
 * The facts are GitHub Actions' default variables
 * (https://docs.github.com/en/actions/reference/variables-reference#default-environment-variables).
 */
const ACTIONS_ENV = {
  GITHUB_ACTIONS: 'true',
  GITHUB_SERVER_URL: 'https://github.com',
  GITHUB_REPOSITORY: 'acme/weather-mcp',
  GITHUB_REPOSITORY_ID: '123456',
  GITHUB_REPOSITORY_OWNER: 'acme',
  GITHUB_REPOSITORY_OWNER_ID: '7890',
  GITHUB_SHA: 'f'.repeat(40),
  GITHUB_REF: 'refs/heads/main',
  GITHUB_WORKFLOW_REF: 'acme/weather-mcp/.github/workflows/release.yml@refs/heads/main',
  GITHUB_EVENT_NAME: 'push',
  GITHUB_RUN_ID: '4242',
  GITHUB_RUN_ATTEMPT: '2',
  RUNNER_ENVIRONMENT: 'github-hosted',
};
const subject = {
  name: npmPurl('@acme/weather-mcp', '1.2.3'),
  digest: { sha512: 'x'.repeat(128), sha256: 'y'.repeat(64) },
};

describe('npmPurl', () => {
  it('escapes the scope\'s "@"; an unscoped name is as is', () => {
    expect(npmPurl('@acme/weather-mcp', '1.2.3')).toBe('pkg:npm/%40acme/weather-mcp@1.2.3');
    expect(npmPurl('weather-mcp', '1.0.0-rc.1')).toBe('pkg:npm/weather-mcp@1.0.0-rc.1');
  });
});

describe('githubBuildFacts', () => {
  it('all facts in Actions; outside, the names of the variables that are missing', () => {
    expect(githubBuildFacts(settingsFromEnv(ACTIONS_ENV, '/repo').buildVariables)).toMatchObject({
      facts: { GITHUB_SHA: 'f'.repeat(40), GITHUB_RUN_ATTEMPT: '2' },
      missing: [],
    });
    const partial = { ...ACTIONS_ENV, GITHUB_WORKFLOW_REF: undefined, GITHUB_RUN_ID: '' };
    const local = githubBuildFacts(settingsFromEnv(partial, '/repo').buildVariables);
    expect(local.facts).toBeUndefined();
    expect(local.missing).toEqual(['GITHUB_WORKFLOW_REF', 'GITHUB_RUN_ID']);
  });
});

describe('buildProvenanceStatement', () => {
  it("is an in-toto statement of the SLSA v1 predicate, naming the workflow, commit, run and builder as npm's does", () => {
    const statement = buildProvenanceStatement([subject], settingsFromEnv(ACTIONS_ENV, '/repo'));
    expect(statement).toEqual({
      _type: IN_TOTO_STATEMENT_TYPE,
      subject: [subject],
      predicateType: SLSA_PREDICATE_TYPE,
      predicate: {
        buildDefinition: {
          buildType: 'https://slsa-framework.github.io/github-actions-buildtypes/workflow/v1',
          externalParameters: {
            workflow: {
              ref: 'refs/heads/main',
              repository: 'https://github.com/acme/weather-mcp',
              path: '.github/workflows/release.yml',
            },
          },
          internalParameters: {
            github: { event_name: 'push', repository_id: '123456', repository_owner_id: '7890' },
          },
          resolvedDependencies: [
            { uri: 'git+https://github.com/acme/weather-mcp@refs/heads/main', digest: { gitCommit: 'f'.repeat(40) } },
          ],
        },
        runDetails: {
          builder: { id: 'https://github.com/actions/runner/github-hosted' },
          metadata: { invocationId: 'https://github.com/acme/weather-mcp/actions/runs/4242/attempts/2' },
        },
      },
    });
    expect(IN_TOTO_STATEMENT_TYPE).toBe('https://in-toto.io/Statement/v1');
    expect(SLSA_PREDICATE_TYPE).toBe('https://slsa.dev/provenance/v1');
  });

  it('a self-hosted runner is said as such; a tag build keeps its ref', () => {
    const env = {
      ...ACTIONS_ENV,
      RUNNER_ENVIRONMENT: 'self-hosted',
      GITHUB_REF: 'refs/tags/v1.2.3',
      GITHUB_WORKFLOW_REF: 'acme/weather-mcp/.github/workflows/release.yml@refs/tags/v1.2.3',
    };
    const { predicate } = buildProvenanceStatement([subject], settingsFromEnv(env, '/repo'));
    expect(JSON.stringify(predicate)).toContain('"https://github.com/actions/runner/self-hosted"');
    expect(JSON.stringify(predicate)).toContain('"path":".github/workflows/release.yml"');
    expect(JSON.stringify(predicate)).toContain('git+https://github.com/acme/weather-mcp@refs/tags/v1.2.3');
  });

  it('outside Actions it refuses, naming the missing variables', () => {
    expect(() => buildProvenanceStatement([subject], settingsFromEnv({}, '/repo'))).toThrow(
      /^provenance needs GitHub Actions variables: GITHUB_SERVER_URL, GITHUB_REPOSITORY, .* not set$/,
    );
  });
});

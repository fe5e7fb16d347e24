import { BUILD_VARIABLES, type BuildVariable, type Settings } from '../settings/settings.js';

/**
 * SLSA v1 build provenance for tarballs built in GitHub Actions, as an in-toto
 * statement. The shape follows what npm's own `--provenance` writes (GitHub
 * Actions build type, workflow ref and path, the commit as resolved
 * dependency, the run as invocation id), so tools that read npm provenance read
 * ours. Pure: every fact comes from the settings passed in.
 */
export const SLSA_PREDICATE_TYPE = 'https://slsa.dev/provenance/v1';
export const IN_TOTO_STATEMENT_TYPE = 'https://in-toto.io/Statement/v1';
const GITHUB_BUILD_TYPE = 'https://slsa-framework.github.io/github-actions-buildtypes/workflow/v1';

export interface ProvenanceSubject {
  /** A package URL, e.g. pkg:npm/%40scope/name@1.2.3. */
  name: string;
  digest: { sha512: string; sha256: string };
}

export interface InTotoStatement {
  _type: string;
  subject: ProvenanceSubject[];
  predicateType: string;
  predicate: Record<string, unknown>;
}

export function npmPurl(name: string, version: string): string {
  return `pkg:npm/${name.replace(/^@/, '%40')}@${version}`;
}

/** The GitHub Actions facts provenance needs, or the names of the missing variables. */
type BuildFacts = Record<BuildVariable, string>;

export function githubBuildFacts(variables: Settings['buildVariables']): { facts?: BuildFacts; missing: string[] } {
  const missing = BUILD_VARIABLES.filter((name) => !variables[name]);
  if (missing.length > 0) return { missing };
  return {
    facts: Object.fromEntries(BUILD_VARIABLES.map((name) => [name, variables[name] as string])) as BuildFacts,
    missing,
  };
}

export function buildProvenanceStatement(
  subjects: ProvenanceSubject[],
  settings: Pick<Settings, 'buildVariables' | 'github'>,
): InTotoStatement {
  const { facts, missing } = githubBuildFacts(settings.buildVariables);
  if (!facts) throw new Error(`provenance needs GitHub Actions variables: ${missing.join(', ')} not set`);
  const server = facts.GITHUB_SERVER_URL;
  const repository = facts.GITHUB_REPOSITORY;
  // GITHUB_WORKFLOW_REF is "owner/repo/.github/workflows/file.yml@refs/heads/main".
  const workflowPath = facts.GITHUB_WORKFLOW_REF.replace(`${repository}/`, '').replace(/@.*$/, '');
  return {
    _type: IN_TOTO_STATEMENT_TYPE,
    subject: subjects,
    predicateType: SLSA_PREDICATE_TYPE,
    predicate: {
      buildDefinition: {
        buildType: GITHUB_BUILD_TYPE,
        externalParameters: {
          workflow: { ref: facts.GITHUB_REF, repository: `${server}/${repository}`, path: workflowPath },
        },
        internalParameters: {
          github: {
            event_name: facts.GITHUB_EVENT_NAME,
            repository_id: settings.github.repositoryId ?? '',
            repository_owner_id: settings.github.repositoryOwnerId ?? '',
          },
        },
        resolvedDependencies: [
          { uri: `git+${server}/${repository}@${facts.GITHUB_REF}`, digest: { gitCommit: facts.GITHUB_SHA } },
        ],
      },
      runDetails: {
        builder: {
          id: `${server}/actions/runner/${settings.github.runnerEnvironment === 'self-hosted' ? 'self-hosted' : 'github-hosted'}`,
        },
        metadata: {
          invocationId: `${server}/${repository}/actions/runs/${facts.GITHUB_RUN_ID}/attempts/${facts.GITHUB_RUN_ATTEMPT}`,
        },
      },
    },
  };
}

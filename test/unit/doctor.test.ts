import { describe, expect, it } from 'vitest';
import { authMode, doctorFindings, workflowFile, type DoctorFacts } from '../../src/release/doctor-checks.js';

const base: DoctorFacts = {
  nodeVersion: '24.11.0',
  npmVersion: '11.6.0',
  inActions: true,
  oidcAvailable: true,
  hasToken: false,
  githubRepository: 'acme/weather-mcp',
  workflowRef: 'acme/weather-mcp/.github/workflows/release.yml@refs/heads/main',
  manifest: {
    name: '@acme/weather-mcp',
    repository: { type: 'git', url: 'git+https://github.com/acme/weather-mcp.git' },
  },
  packageExists: true,
  npmrcTokens: [],
};
const rules = (facts: Partial<DoctorFacts>): string[] => doctorFindings({ ...base, ...facts }).map((f) => f.rule);

describe('doctor (pure)', () => {
  it('a ready trusted-publishing setup has no finding', () => {
    expect(rules({})).toEqual([]);
    expect(authMode(base)).toBe('oidc');
    expect(workflowFile(base.workflowRef)).toBe('release.yml');
  });
  it.each<[string, Partial<DoctorFacts>]>([
    ['doctor/npm-version', { npmVersion: '10.9.2' }],
    ['doctor/id-token', { oidcAvailable: false, hasToken: true }],
    ['doctor/no-credentials', { inActions: false, oidcAvailable: false, hasToken: false }],
    ['doctor/first-publish', { packageExists: false }],
    ['doctor/npmrc-token', { npmrcTokens: [{ file: '.npmrc', line: 1, text: '_authToken=${NPM_TOKEN}' }] }],
    ['doctor/repository-url', { manifest: { name: '@acme/weather-mcp', repository: 'github:Acme/weather-mcp' } }],
    ['doctor/registry', { registryError: 'cannot read @acme/weather-mcp: ECONNREFUSED' }],
    ['doctor/node-version', { nodeVersion: '18.20.0' }],
  ])('%s', (rule, facts) => {
    expect(rules(facts)).toContain(rule);
  });
  it('the first-publish advice names the repository and the workflow file for the trusted publisher', () => {
    const [finding] = doctorFindings({ ...base, packageExists: false });
    expect(finding?.message).toContain('acme/weather-mcp and workflow file release.yml');
  });
  it('a token and an existing package: no first-publish problem, token mode outside Actions', () => {
    expect(rules({ inActions: false, oidcAvailable: false, hasToken: true })).toEqual([]);
    expect(authMode({ ...base, oidcAvailable: false, hasToken: true })).toBe('token');
  });
});

import { describe, expect, it } from 'vitest';
import { provenanceFlags, publishSteps, stageIdFrom, type PublishFacts } from '../../src/release/publish-plan.js';

const base: PublishFacts = {
  name: 'hello-mcp',
  version: '1.2.0',
  tarball: '/out/hello-mcp-1.2.0.tgz',
  tag: 'next',
  registry: 'https://registry.npmjs.org/',
  stage: false,
  restricted: false,
  provenanceArgs: [],
  published: false,
  distTags: {},
};
const argv = (facts: Partial<PublishFacts>) => publishSteps({ ...base, ...facts }).map((s) => s.args);

describe('the npm commands publish runs', () => {
  it('a new version: npm publish of the tarball under the tag, against the registry', () => {
    expect(publishSteps(base)).toEqual([
      {
        description: 'publish hello-mcp@1.2.0 under "next"',
        args: ['publish', '/out/hello-mcp-1.2.0.tgz', '--tag', 'next', '--registry', 'https://registry.npmjs.org/'],
      },
    ]);
  });

  it('a scoped package is private on npm unless told: --access public; publishConfig.access "restricted" keeps it restricted', () => {
    expect(argv({ name: '@acme/hello-mcp' })).toEqual([
      [
        'publish',
        '/out/hello-mcp-1.2.0.tgz',
        '--tag',
        'next',
        '--registry',
        'https://registry.npmjs.org/',
        '--access',
        'public',
      ],
    ]);
    expect(argv({ name: '@acme/hello-mcp', restricted: true })).toEqual([
      ['publish', '/out/hello-mcp-1.2.0.tgz', '--tag', 'next', '--registry', 'https://registry.npmjs.org/'],
    ]);
  });

  it('provenance: its flags are passed, and --access public with --provenance (npm refuses it for a new package otherwise)', () => {
    expect(argv({ provenanceArgs: ['--provenance'] })).toEqual([
      [
        'publish',
        '/out/hello-mcp-1.2.0.tgz',
        '--tag',
        'next',
        '--registry',
        'https://registry.npmjs.org/',
        '--access',
        'public',
        '--provenance',
      ],
    ]);
    expect(argv({ provenanceArgs: ['--provenance=false'] })).toEqual([
      [
        'publish',
        '/out/hello-mcp-1.2.0.tgz',
        '--tag',
        'next',
        '--registry',
        'https://registry.npmjs.org/',
        '--provenance=false',
      ],
    ]);
  });

  it('staged publishing: npm stage publish, with --json for the stage id', () => {
    expect(publishSteps({ ...base, stage: true, name: '@acme/x' })).toEqual([
      {
        description: 'stage @acme/x@1.2.0 under "next"',
        args: [
          'stage',
          'publish',
          '/out/hello-mcp-1.2.0.tgz',
          '--tag',
          'next',
          '--registry',
          'https://registry.npmjs.org/',
          '--json',
          '--access',
          'public',
        ],
      },
    ]);
  });

  it('already published with these bytes: only the tag moves, or nothing at all', () => {
    expect(publishSteps({ ...base, published: true, distTags: { latest: '1.1.0', next: '1.1.0' } })).toEqual([
      {
        description: 'point "next" at the already published hello-mcp@1.2.0',
        args: ['dist-tag', 'add', 'hello-mcp@1.2.0', 'next', '--registry', 'https://registry.npmjs.org/'],
      },
    ]);
    expect(publishSteps({ ...base, published: true, distTags: { next: '1.2.0' } })).toEqual([]);
    expect(publishSteps({ ...base, published: true, stage: true, distTags: { next: '1.2.0' } })).toEqual([]);
  });
});

describe('provenance flags', () => {
  const facts = { oidc: true, restricted: false, choice: 'auto', visibility: 'public', inActions: true } as const;
  const run = { run: true, reason: 'provenance: public repository' };
  const skip = { run: false, reason: 'provenance skipped: private repository' };

  it('asked for with an OIDC identity when the decision says so', () => {
    expect(provenanceFlags(run, facts)).toEqual({
      args: ['--provenance'],
      output: 'asked',
      note: 'provenance: public repository',
    });
  });

  it('a restricted package: none, whatever the decision', () => {
    expect(provenanceFlags(run, { ...facts, restricted: true })).toEqual({
      args: [],
      output: 'off',
      note: 'provenance skipped: the package says publishConfig.access "restricted" (npm signs provenance for public packages only)',
    });
  });

  it('no OIDC identity: none, said only when it is worth saying (auto, in Actions or for a public repository)', () => {
    const note =
      'provenance skipped: no OIDC identity (npm makes it in GitHub Actions with `permissions: id-token: write`)';
    expect(provenanceFlags(run, { ...facts, oidc: false })).toEqual({ args: [], output: 'off', note });
    expect(provenanceFlags(run, { ...facts, oidc: false, inActions: false, visibility: 'public' })).toEqual({
      args: [],
      output: 'off',
      note,
    });
    expect(provenanceFlags(run, { ...facts, oidc: false, inActions: true, visibility: 'private' })).toEqual({
      args: [],
      output: 'off',
      note,
    });
    expect(provenanceFlags(run, { ...facts, oidc: false, inActions: false, visibility: 'unknown' })).toEqual({
      args: [],
      output: 'off',
    });
    expect(provenanceFlags(run, { ...facts, oidc: false, choice: 'false' })).toEqual({ args: [], output: 'off' });
  });

  it('OIDC but no provenance: "false" is said to npm (it would add it by itself); otherwise left to npm or off', () => {
    expect(provenanceFlags(skip, { ...facts, choice: 'false' })).toEqual({
      args: ['--provenance=false'],
      output: 'off',
      note: skip.reason,
    });
    expect(provenanceFlags(skip, { ...facts, visibility: 'unknown' })).toEqual({
      args: [],
      output: 'left to npm',
      note: skip.reason,
    });
    expect(provenanceFlags(skip, { ...facts, visibility: 'private' })).toEqual({
      args: [],
      output: 'off',
      note: skip.reason,
    });
  });
});

describe('the stage id npm prints', () => {
  it('from --json, or from its text', () => {
    expect(stageIdFrom('{\n  "id": "x",\n  "stageId" : "5f1c-aa"\n}')).toBe('5f1c-aa');
    expect(stageIdFrom('{"stageId":"c0ffee"}')).toBe('c0ffee');
    expect(stageIdFrom('+ hello-mcp@1.2.0 (staged with id 77ab)')).toBe('77ab');
    expect(stageIdFrom('+ hello-mcp@1.2.0')).toBeUndefined();
  });
});

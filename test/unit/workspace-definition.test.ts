import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/errors.js';
import { workspacePatterns } from '../../src/workspace/definition.js';

/**
 * A root's workspace as its package manager reads it. npm, yarn berry and bun:
 * package.json `workspaces` (https://docs.npmjs.com/cli/using-npm/workspaces);
 * yarn classic and bun also `{ "packages": [...] }` (https://bun.sh/docs/pm/catalogs);
 * pnpm: pnpm-workspace.yaml `packages:` with `!` exclusions, and without
 * `packages:` only the root (https://pnpm.io/pnpm-workspace_yaml).
 */
describe('workspacePatterns', () => {
  it('no workspaces field and no pnpm-workspace.yaml: no workspace', () => {
    expect(workspacePatterns({ name: 'x', version: '1.0.0' })).toBeUndefined();
    expect(workspacePatterns(undefined)).toBeUndefined();
    expect(workspacePatterns({ workspaces: { nohoist: ['**/x'] } })).toBeUndefined();
  });

  it('npm, yarn berry and bun: a workspaces array, exclusions kept in place', () => {
    expect(workspacePatterns({ workspaces: ['packages/*', 'apps/**', '!apps/legacy'] })).toEqual({
      file: 'package.json',
      patterns: ['packages/*', 'apps/**', '!apps/legacy'],
    });
  });

  it('yarn classic and bun: workspaces.packages beside nohoist or a catalog', () => {
    expect(
      workspacePatterns({ workspaces: { packages: ['packages/*'], nohoist: ['**/react'], catalog: { zod: '^4' } } }),
    ).toEqual({ file: 'package.json', patterns: ['packages/*'] });
  });

  it('pnpm-workspace.yaml wins over package.json workspaces, as pnpm reads only the yaml', () => {
    const yaml = 'packages:\n  - "packages/*"\n  - components/**\n  - "!**/test/**"\ncatalog:\n  zod: ^4.0.0\n';
    expect(workspacePatterns({ workspaces: ['other/*'] }, yaml)).toEqual({
      file: 'pnpm-workspace.yaml',
      patterns: ['packages/*', 'components/**', '!**/test/**'],
    });
  });

  it('a pnpm-workspace.yaml without packages: (settings or a catalog only) holds only the root', () => {
    expect(workspacePatterns({ workspaces: ['x/*'] }, 'catalog:\n  zod: ^4.0.0\n')).toEqual({
      file: 'pnpm-workspace.yaml',
      patterns: [],
    });
    expect(workspacePatterns({}, '')).toEqual({ file: 'pnpm-workspace.yaml', patterns: [] });
  });

  it.each([
    [
      { workspaces: 'packages/*' },
      undefined,
      /^package\.json: workspaces must be an array of folder globs .*got "packages\/\*"/,
    ],
    [{ workspaces: true }, undefined, /^package\.json: workspaces must be .*got boolean true/],
    [{ workspaces: { packages: 'packages/*' } }, undefined, /^package\.json: workspaces\.packages must be an array/],
    [
      { workspaces: ['packages/*', 3] },
      undefined,
      /^package\.json: workspaces\[1\] must be a folder glob .*got number 3/,
    ],
    [{ workspaces: { packages: [''] } }, undefined, /^package\.json: workspaces\.packages\[0\] must be a folder glob/],
    [
      {},
      'packages: packages/*\n',
      /^pnpm-workspace\.yaml: packages must be a list of folder globs .*got "packages\/\*"/,
    ],
    [
      {},
      'packages:\n  - a/*\n  - {x: 1}\n',
      /^pnpm-workspace\.yaml: packages\[1\] must be a folder glob .*got a mapping/,
    ],
    [{}, 'packages:\n  - "!"\n', /^pnpm-workspace\.yaml: packages\[0\] must be a folder glob/],
    [{}, '- packages/*\n', /^pnpm-workspace\.yaml: must be a mapping with a "packages:" list \(got a list\)/],
    [{}, 'packages: [a/*\n', /^pnpm-workspace\.yaml: not valid YAML: /],
  ])(
    'a malformed definition is a configuration error naming the file and field (%j, %j)',
    (manifest, yaml, message) => {
      const run = () => workspacePatterns(manifest, yaml);
      expect(run).toThrow(ConfigError);
      expect(run).toThrow(message);
    },
  );
});

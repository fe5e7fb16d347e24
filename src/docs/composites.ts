import { stringify } from 'yaml';
import { renderText } from '../commands/define-command.js';
import { findCommand } from '../commands/registry.js';
import type { CommandSpec } from '../commands/types.js';
import { ENTRY_OUTPUTS, REPORTER_INPUTS } from './action-metadata.js';
import { markdownCell } from './markdown.js';

/**
 * The composite actions (validate-layout/, security-scan/, ...): thin wrappers
 * that run the shared bundle and add third-party steps. Their inputs and
 * outputs are generated from the option catalog for the command each step
 * runs (`npm run docs`); their steps, from `runs:` on, are written by hand in
 * each action.yml.
 */
export interface CompositeInput {
  name: string;
  /** The command whose option this input passes on: its description comes from there. */
  from?: string;
  /** The composite's own description: an input of its own, or one that means more here than the option. */
  description?: string;
  /** Said after the option's description (what the composite does with it). */
  note?: string;
  required?: boolean;
  default?: string;
  /** A value for the usage example in the README (required inputs). */
  example?: string;
}
export interface CompositeOutput {
  name: string;
  /** The id of the step that sets it. */
  step: string;
  /** The command that step runs: the description comes from its outputs. Absent: a third-party step. */
  from?: string;
  description?: string;
  note?: string;
}
export interface Composite {
  dir: string;
  description: string;
  /** What the calling job needs (permissions, secrets): comments in action.yml, a paragraph in the README. */
  notes: readonly string[];
  inputs: readonly CompositeInput[];
  outputs: readonly CompositeOutput[];
}

const SARIF = REPORTER_INPUTS.find((i) => i.name === 'sarif-file') as (typeof REPORTER_INPUTS)[number];
const ANNOTATIONS = REPORTER_INPUTS.find((i) => i.name === 'annotations') as (typeof REPORTER_INPUTS)[number];
const annotations: CompositeInput = { name: 'annotations', description: ANNOTATIONS.description, default: 'true' };
const githubToken = (purpose: string): CompositeInput => ({
  name: 'token',
  description: `Token for ${purpose} (default: the job's GITHUB_TOKEN).`,
  default: '${{ github.token }}',
});
const npmToken = (purpose: string): CompositeInput => ({
  name: 'npm-token',
  description: `The npm token for ${purpose} (pass secrets.NPM_PROMOTE_TOKEN from a protected environment).`,
  required: true,
  example: '${{ secrets.NPM_PROMOTE_TOKEN }}',
});

/** Every option of a command as an input of the composite that runs it, and every output it sets. */
function wholeCommand(command: string, defaults: Readonly<Record<string, string>> = {}) {
  const spec = commandSpec(command);
  return {
    inputs: spec.options.map(
      (o): CompositeInput => ({
        name: o.name,
        from: command,
        default: defaults[o.name] ?? (o.type === 'boolean' ? 'false' : ''),
      }),
    ),
    outputs: Object.keys(spec.outputs).map((name): CompositeOutput => ({ name, step: 'run', from: command })),
  };
}

const validate = wholeCommand('validate-layout', { directory: '.' });
const scan = wholeCommand('security-scan', { directory: '.' });

export const COMPOSITES: readonly Composite[] = [
  {
    dir: 'validate-layout',
    description:
      'Check that an MCP server package would install and start for npx users (bin, shebang, entries, packed files, license, repository, server.json).',
    notes: [],
    inputs: [...validate.inputs, { name: 'sarif-file', description: SARIF.description, default: '' }, annotations],
    outputs: [...validate.outputs, { name: 'report-file', step: 'run' }, { name: 'sarif-file', step: 'run' }],
  },
  {
    dir: 'security-scan',
    description:
      'Secrets in the tarball and the repository, install scripts, vulnerable dependencies and workflow security, uploaded to code scanning as SARIF.',
    notes: ['The calling job needs `permissions: security-events: write` (and contents: read) for the upload.'],
    inputs: [
      ...scan.inputs,
      { name: 'sarif-file', description: 'Where to write the SARIF file.', default: 'mcp-release-scan.sarif' },
      {
        name: 'upload-sarif',
        description: 'Upload the SARIF file to GitHub code scanning (true/false).',
        default: 'true',
      },
      {
        name: 'category',
        description: "Code scanning category, to keep these alerts apart from other tools'.",
        default: 'mcp-release-scan',
      },
      annotations,
    ],
    outputs: [
      ...scan.outputs,
      { name: 'report-file', step: 'run' },
      { name: 'sarif-file', step: 'run', description: 'Path of the SARIF file.' },
    ],
  },
  {
    dir: 'pack-and-publish',
    description:
      'Pack an MCP server package once, keep the exact bytes as a workflow artifact with their release manifest, and publish them under the staging dist-tag (next).',
    notes: [
      'Credentials: grant `id-token: write` for npm trusted publishing, or set NODE_AUTH_TOKEN',
      "in this step's env from a secret. One package per step (use a matrix in a monorepo).",
    ],
    inputs: [
      { name: 'directory', from: 'pack', description: 'The package folder (default: the workspace).', default: '.' },
      {
        name: 'config',
        description:
          'Config file (default: .github/mcp-release.yml when present: pack reads the one in directory, publish the one in the workspace).',
        default: '',
      },
      {
        name: 'tarball',
        from: 'publish',
        description:
          'Publish this already packed tarball (e.g. from the artifact of an earlier job) instead of packing; its release-manifest.json is expected beside it.',
        default: '',
      },
      { name: 'registry', from: 'publish', default: '' },
      { name: 'tag', from: 'publish', default: '' },
      {
        name: 'publish',
        description: 'Publish after packing (true/false); false only packs and uploads.',
        default: 'true',
      },
      { name: 'dry-run', from: 'publish', default: 'false' },
      { name: 'stage', from: 'publish', default: 'false' },
      { name: 'provenance', from: 'publish', default: 'auto' },
      { name: 'visibility', from: 'publish', default: '' },
      {
        name: 'artifact-name',
        description:
          'Name of the workflow artifact holding the tarball and release-manifest.json; empty to skip the upload.',
        default: 'mcp-release-package',
      },
      annotations,
    ],
    outputs: [
      {
        name: 'tarball',
        step: 'pack',
        from: 'pack',
        note: 'Empty when the tarball input is given (nothing is packed).',
      },
      { name: 'manifest', step: 'pack', from: 'pack', note: 'Empty when the tarball input is given.' },
      { name: 'integrity', step: 'pack', from: 'pack', note: 'Empty when the tarball input is given.' },
      { name: 'package-name', step: 'pack', from: 'pack', note: 'Empty when the tarball input is given.' },
      { name: 'package-version', step: 'pack', from: 'pack', note: 'Empty when the tarball input is given.' },
      { name: 'published', step: 'publish', from: 'publish', note: 'Empty when publish is false.' },
      { name: 'tag', step: 'publish', from: 'publish' },
      { name: 'commands', step: 'publish', from: 'publish' },
      { name: 'stage-id', step: 'publish', from: 'publish' },
      { name: 'signatures', step: 'publish', from: 'publish' },
      { name: 'npm-provenance', step: 'publish', from: 'publish' },
    ],
  },
  {
    dir: 'sign',
    description:
      "SHA256SUMS for packed MCP server tarballs, a sigstore bundle per tarball (<tarball>.sigstore.json) and signed SLSA provenance (<tarball>.intoto.jsonl), keyless with the job's GitHub OIDC identity; optionally a GitHub artifact attestation too.",
    notes: [
      'Keyless signing needs `permissions: id-token: write` on the job (and `attestations: write`',
      'for the attestation). keyless and attest are `auto` by default: on for a public repository',
      "only (the event payload's repository.visibility, read by the bundle; or the visibility input).",
      "A private repository's identity is never sent to the public sigstore; npm and GitHub's own",
      'rules are cited in src/release/visibility.ts. Without OIDC, set MCP_RELEASE_SIGNING_KEY (an ECDSA P-256 PEM) in this',
      "step's env from a secret. Signing runs in the shared bundle (@sigstore/sign), so the same",
      'files are made locally by `mcp-release sign`.',
    ],
    inputs: [
      { name: 'tarball', from: 'sign', required: true, example: '${{ steps.pack.outputs.tarball }}' },
      { name: 'out', from: 'sign', default: '' },
      { name: 'provenance', from: 'sign', default: 'auto' },
      { name: 'fulcio-url', from: 'sign', default: '' },
      { name: 'rekor-url', from: 'sign', default: '' },
      { name: 'tsa-url', from: 'sign', default: '' },
      { name: 'keyless', from: 'sign', default: 'auto' },
      {
        name: 'attest',
        from: 'sign',
        description:
          'Also record a GitHub artifact attestation with actions/attest-build-provenance, so `gh attestation verify` works: auto (public repositories only; GitHub Free, Pro and Team attest public repositories only), true (e.g. GitHub Enterprise Cloud) or false. Needs attestations: write.',
        default: 'auto',
      },
      { name: 'visibility', from: 'sign', default: '' },
      { name: 'config', from: 'sign', default: '' },
      annotations,
    ],
    outputs: [
      { name: 'sums', step: 'run', from: 'sign' },
      { name: 'signing', step: 'run', from: 'sign' },
      { name: 'bundles', step: 'run', from: 'sign' },
      { name: 'provenance', step: 'run', from: 'sign' },
      { name: 'public-key', step: 'run', from: 'sign' },
      {
        name: 'attestation-url',
        step: 'attest',
        description: 'URL of the GitHub attestation (when one was recorded).',
      },
      {
        name: 'attest',
        step: 'run',
        from: 'sign',
        description: '"true" when the attestation was recorded, else "false" (attest-reason says why).',
      },
      { name: 'attest-reason', step: 'run', from: 'sign' },
    ],
  },
  {
    dir: 'changelog',
    description:
      "Write the Keep a Changelog section for a version from the merged PRs since the last tag (GitHub's .github/release.yml categories when present) and, with commit or push, make the version-bump commit (package.json, lockfile, server.json, CHANGELOG.md).",
    notes: [
      'Reading PRs needs `pull-requests: read`; pushing the bump commit needs `contents: write`',
      'and a branch rule that lets the workflow push. The notes output is the release body.',
    ],
    inputs: [
      {
        name: 'directory',
        from: 'changelog',
        description: 'The package folder (default: the workspace).',
        default: '.',
      },
      {
        name: 'version',
        from: 'changelog',
        description:
          "The version to release (such as the plan's next-version output): the CHANGELOG section's, and with commit or push the one set in package.json.",
        required: true,
        example: '${{ needs.plan.outputs.next-version }}',
      },
      { name: 'write', from: 'changelog', default: 'true' },
      {
        name: 'commit',
        from: 'version',
        description:
          'Also set the version in package.json, the lockfile and server.json and commit "chore(release): <name>@<version>" with a "Release-Of: <sha>" trailer (the version command).',
        default: 'false',
      },
      { name: 'push', from: 'version', default: 'false' },
      {
        name: 'dry-run',
        from: 'version',
        note: 'With commit or push only; the changelog step still writes CHANGELOG.md when write is true.',
        default: 'false',
      },
      { name: 'config', from: 'changelog', default: '' },
      githubToken('reading the merged PRs and pushing the commit'),
      annotations,
    ],
    outputs: [
      { name: 'notes', step: 'notes', from: 'changelog' },
      { name: 'changelog-file', step: 'notes', from: 'changelog' },
      { name: 'entries', step: 'notes', from: 'changelog' },
      { name: 'commit', step: 'bump', from: 'version' },
      { name: 'pushed', step: 'bump', from: 'version', note: 'Empty without commit or push.' },
    ],
  },
  {
    dir: 'promote',
    description:
      "Staging to production - check the version (on the registry with the manifest's bytes, not deprecated, an upgrade, smoke-tested from the registry), then move latest, publish the GitHub release and the MCP Registry entry. Each step is skipped when already done.",
    notes: [
      'Run this in a job with `environment:` (e.g. production) that holds NPM_PROMOTE_TOKEN: npm trusted',
      'publishing (OIDC) can publish but cannot run `npm dist-tag`. `id-token: write` only when',
      'mcp-registry is true (the MCP Registry takes a GitHub OIDC token); `contents: write` for the release.',
    ],
    inputs: [
      { name: 'directory', from: 'promote', description: 'The package folder (default: the workspace).', default: '.' },
      {
        name: 'version',
        from: 'promote',
        required: true,
        example: '${{ needs.plan.outputs.next-version }}',
      },
      { name: 'registry', from: 'promote', default: '' },
      { name: 'manifest', from: 'promote', default: '' },
      { name: 'allow-downgrade', from: 'promote', default: 'false' },
      { name: 'mcp-registry', from: 'promote', default: '' },
      {
        name: 'smoke-verdict',
        from: 'promote',
        description:
          'Empty (default): smoke-test the version installed from the registry in a step of its own that holds no token, before the step that does. passed: an earlier job without secrets smoke-tested it (the reusable release workflow does). off: not an MCP server.',
        default: '',
      },
      { name: 'dry-run', from: 'promote', default: 'false' },
      npmToken('dist-tags'),
      githubToken('the GitHub release'),
      { name: 'config', from: 'promote', default: '' },
      annotations,
    ],
    outputs: [
      { name: 'promoted', step: 'run', from: 'promote' },
      { name: 'dist-tag', step: 'run', from: 'promote' },
      { name: 'previous', step: 'run', from: 'promote' },
      { name: 'mcp-registry', step: 'run', from: 'promote' },
      { name: 'release-url', step: 'run', from: 'promote' },
    ],
  },
  {
    dir: 'rollback',
    description:
      'Deprecate a bad version (never unpublish), move latest and next back to the last good version, warn on its GitHub release and mark it in the MCP Registry; undo restores it. Each step is skipped when already done.',
    notes: [
      'Run this in a job with `environment:` that holds NPM_PROMOTE_TOKEN (OIDC cannot deprecate or move',
      'dist-tags); `contents: write` for the release notes; `id-token: write` only with mcp-registry.',
    ],
    inputs: [
      {
        name: 'directory',
        from: 'rollback',
        description: 'The package folder (default: the workspace).',
        default: '.',
      },
      { name: 'version', from: 'rollback', required: true, example: '${{ inputs.version }}' },
      { name: 'reason', from: 'rollback', default: '' },
      { name: 'to', from: 'rollback', default: '' },
      { name: 'undo', from: 'rollback', default: 'false' },
      { name: 'registry', from: 'rollback', default: '' },
      { name: 'mcp-registry', from: 'rollback', default: '' },
      { name: 'mcp-registry-status', from: 'rollback', default: 'deprecated' },
      { name: 'dry-run', from: 'rollback', default: 'false' },
      npmToken('deprecate and dist-tags'),
      githubToken('the GitHub release notes'),
      { name: 'config', from: 'rollback', default: '' },
      annotations,
    ],
    outputs: [
      { name: 'rolled-back', step: 'run', from: 'rollback' },
      { name: 'moved-tags', step: 'run', from: 'rollback' },
      { name: 'mcp-registry', step: 'run', from: 'rollback' },
    ],
  },
];

function commandSpec(name: string): CommandSpec<never> {
  const spec = findCommand(name);
  if (!spec) throw new Error(`composite: "${name}" is not a command`);
  return spec;
}

/** An input's description: the composite's own, else the option's for the command it passes it to. */
export function inputDescription(input: CompositeInput): string {
  let text = input.description;
  let multiple = false;
  if (input.from) {
    const option = commandSpec(input.from).options.find((o) => o.name === input.name);
    if (!option) throw new Error(`composite input ${input.name}: not an option of ${input.from}`);
    text ??= option.description;
    multiple = Boolean(option.multiple);
  }
  if (text === undefined) throw new Error(`composite input ${input.name}: no description and no command`);
  return [renderText(text, 'action'), multiple ? 'One per line.' : '', input.note ?? ''].filter(Boolean).join(' ');
}

export function outputDescription(output: CompositeOutput): string {
  let text = output.description;
  if (output.from) {
    const own = commandSpec(output.from).outputs[output.name];
    if (own === undefined) throw new Error(`composite output ${output.name}: ${output.from} never sets it`);
    text ??= own;
  }
  text ??= ENTRY_OUTPUTS.find((o) => o.name === output.name)?.description;
  if (text === undefined) throw new Error(`composite output ${output.name}: no description`);
  return [renderText(text, 'action'), output.note ?? ''].filter(Boolean).join(' ');
}

export const COMPOSITE_HEADER =
  '# Generated by `npm run docs` down to `runs:` (src/docs/composites.ts and the option catalog); the steps below are written by hand.';

/** action.yml: the generated head (name, description, inputs, outputs), then the file's own `runs:` section. */
export function compositeActionYaml(composite: Composite, current: string): string {
  const runs = current.search(/^runs:/m);
  if (runs === -1) throw new Error(`${composite.dir}/action.yml has no runs: section`);
  const yaml = (value: unknown) => stringify(value, { lineWidth: 0 });
  const inputs = Object.fromEntries(
    composite.inputs.map((i) => [
      i.name,
      {
        description: inputDescription(i),
        required: Boolean(i.required),
        ...(i.required ? {} : { default: i.default ?? '' }),
      },
    ]),
  );
  const outputs = Object.fromEntries(
    composite.outputs.map((o) => [
      o.name,
      { description: outputDescription(o), value: `\${{ steps.${o.step}.outputs.${o.name} }}` },
    ]),
  );
  return [
    COMPOSITE_HEADER,
    yaml({ name: `mcp-release-kit ${composite.dir}`, description: composite.description, author: 'mcp-release-kit' }),
    ...composite.notes.map((line) => `# ${line}`),
    yaml({ inputs }),
    yaml({ outputs }),
    current.slice(runs),
  ].join('\n');
}

/** The commands a composite's steps run, read from its action.yml (INPUT_COMMAND of each bundle step). */
function commandsRun(actionYaml: string): string[] {
  return [...new Set([...actionYaml.matchAll(/^\s+INPUT_COMMAND: ([\w-]+)$/gm)].map((m) => m[1] as string))];
}

/** <dir>/README.md: what the composite does, how to call it, its inputs and outputs. */
export function compositeReadme(composite: Composite, actionYaml: string): string {
  const required = composite.inputs.filter((i) => i.required);
  const commands = commandsRun(actionYaml);
  return [
    `<!-- Generated by \`npm run docs\` from src/docs/composites.ts and the option catalog: edit those, not this file. -->`,
    `# ${composite.dir}`,
    '',
    markdownCell(composite.description),
    '',
    ...(composite.notes.length ? [markdownCell(composite.notes.join(' ')), ''] : []),
    `It runs ${commands.map((c) => `[\`mcp-release ${c}\`](../docs/cli.md#${c})`).join(' and ')} from the kit's bundle (Node.js >= 20 must be on the runner).`,
    '',
    '```yaml',
    `- uses: mcp-release-kit/mcp-release-kit/${composite.dir}@v1`,
    ...(required.length ? ['  with:', ...required.map((i) => `    ${i.name}: ${i.example ?? '...'}`)] : []),
    '```',
    '',
    '## Inputs',
    '',
    '| Input | Required | Default | Description |',
    '|---|---|---|---|',
    ...composite.inputs.map(
      (i) =>
        `| \`${i.name}\` | ${i.required ? 'yes' : 'no'} | ${i.required || !i.default ? '' : `\`${i.default}\``} | ${markdownCell(inputDescription(i))} |`,
    ),
    '',
    '## Outputs',
    '',
    '| Output | Description |',
    '|---|---|',
    ...composite.outputs.map((o) => `| \`${o.name}\` | ${markdownCell(outputDescription(o))} |`),
    '',
  ].join('\n');
}

import { stringify } from 'yaml';
import { renderText } from '../commands/define-command.js';
import { isOptionName, OPTION_CATALOG, OUTPUT_CATALOG } from '../commands/option-catalog.js';
import type { CommandSpec } from '../commands/types.js';

/**
 * action.yml, generated from the command specs: its inputs are every option of
 * every command (the same kebab-case names as the CLI flags), each described
 * once from the option catalog with the commands that use it, and its outputs
 * every key a command's Report may carry, so the action cannot drift from the
 * CLI. `npm run docs` writes it; a test keeps the committed file equal.
 */
export interface ActionInput {
  name: string;
  description: string;
  required: boolean;
  default: string;
  /** The commands that take it (empty: read by the action's entry itself). */
  usedBy: readonly string[];
}
export interface ActionOutput {
  name: string;
  description: string;
  /** The commands that set it (empty: set by the action's entry on every run). */
  setBy: readonly string[];
}

/** Inputs the action's entry reads itself, whatever the command. */
export const REPORTER_INPUTS: readonly ActionInput[] = [
  {
    name: 'sarif-file',
    description: 'Write a SARIF 2.1.0 file to this path (for github/codeql-action/upload-sarif).',
    required: false,
    default: '',
    usedBy: [],
  },
  {
    name: 'annotations',
    description: 'Annotate findings on the files and lines they concern (true/false).',
    required: false,
    default: 'true',
    usedBy: [],
  },
];
/** Outputs the action's entry sets on every run. */
export const ENTRY_OUTPUTS: readonly ActionOutput[] = [
  { name: 'report-file', description: 'Path of the full Report as JSON (in RUNNER_TEMP).', setBy: [] },
  { name: 'sarif-file', description: 'Path of the SARIF file, when sarif-file was given.', setBy: [] },
];

/** "Used by: plan, changelog." or "Used by every command." */
export function usedByText(verb: 'Used' | 'Set', names: readonly string[], all: number): string {
  return names.length === all ? `${verb} by every command.` : `${verb} by: ${names.join(', ')}.`;
}

/** The root action's inputs: `command`, every catalog option some command takes, then the reporter inputs. */
export function actionInputs(commands: readonly CommandSpec<never>[]): ActionInput[] {
  const names = commands.map((c) => (c.aliases.length ? `${c.name} (alias ${c.aliases.join(', ')})` : c.name));
  const used = new Set(commands.flatMap((c) => c.options.map((o) => o.name)));
  const inputs: ActionInput[] = [
    {
      name: 'command',
      description: `The command to run: ${names.join(', ')}.`,
      required: true,
      default: '',
      usedBy: [],
    },
  ];
  for (const name of Object.keys(OPTION_CATALOG).filter((n) => used.has(n))) {
    if (!isOptionName(name)) continue;
    const entry = OPTION_CATALOG[name];
    const users = commands.filter((c) => c.options.some((o) => o.name === name));
    const multiple = users.some((c) => c.options.find((o) => o.name === name)?.multiple);
    inputs.push({
      name,
      description: [renderText(entry.description, 'action'), multiple ? 'One per line.' : '', entry.actionNote ?? '']
        .filter(Boolean)
        .join(' '),
      required: false,
      default: entry.type === 'boolean' ? 'false' : (entry.actionDefault ?? ''),
      usedBy: users.map((c) => c.name),
    });
  }
  const unknown = [...used].filter((n) => !isOptionName(n));
  if (unknown.length) throw new Error(`options not in the option catalog: ${unknown.join(', ')}`);
  return [...inputs, ...REPORTER_INPUTS];
}

/**
 * The root action's outputs: every key some command sets, described once. A
 * key several commands set with different meanings takes its description from
 * OUTPUT_CATALOG; without one there, generating fails and says so.
 */
export function actionOutputs(commands: readonly CommandSpec<never>[]): ActionOutput[] {
  const outputs: ActionOutput[] = [];
  for (const key of [...new Set(commands.flatMap((c) => Object.keys(c.outputs)))]) {
    const setters = commands.filter((c) => c.outputs[key] !== undefined);
    const texts = [...new Set(setters.map((c) => c.outputs[key] as string))];
    const shared = OUTPUT_CATALOG[key];
    if (shared === undefined && texts.length > 1)
      throw new Error(
        `output "${key}" means different things in ${setters.map((c) => c.name).join(', ')}: describe it once in OUTPUT_CATALOG`,
      );
    outputs.push({
      name: key,
      description: renderText(shared ?? (texts[0] as string), 'action'),
      setBy: setters.map((c) => c.name),
    });
  }
  return [...outputs, ...ENTRY_OUTPUTS];
}

export function actionMetadata(commands: readonly CommandSpec<never>[]): string {
  const inputs = Object.fromEntries(
    actionInputs(commands).map((i) => [
      i.name,
      {
        description: i.usedBy.length
          ? `${i.description} ${usedByText('Used', i.usedBy, commands.length)}`
          : i.description,
        required: i.required,
        ...(i.required ? {} : { default: i.default }),
      },
    ]),
  );
  const outputs = Object.fromEntries(
    actionOutputs(commands).map((o) => [
      o.name,
      {
        description: o.setBy.length ? `${o.description} ${usedByText('Set', o.setBy, commands.length)}` : o.description,
      },
    ]),
  );
  const document = {
    name: 'mcp-release-kit',
    description:
      'Release pipeline steps for MCP servers on npm: runs one mcp-release command and reports findings as annotations, a job summary and SARIF.',
    author: 'mcp-release-kit',
    branding: { icon: 'package', color: 'blue' },
    inputs,
    outputs,
    runs: { using: 'node24', main: 'dist/index.js' },
  };
  return `# Generated by \`npm run docs\` from the option catalog and the command specs in src/commands: edit those, not this file.\n${stringify(document, { lineWidth: 0 })}`;
}

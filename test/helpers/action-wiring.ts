import { parse } from 'yaml';
import { findCommand } from '../../src/commands/registry.js';

interface Step {
  id?: string;
  env?: Record<string, string>;
  run?: string;
}
interface ActionMeta {
  inputs?: Record<string, unknown>;
  outputs?: Record<string, { value?: string }>;
  runs: { steps?: Step[] };
}

/** Outputs every run of the bundle sets, whatever the command. */
const ENTRY_OUTPUTS = ['report-file', 'sarif-file'];
/** INPUT_* names the bundle's entry reads itself, not the command. */
const ENTRY_INPUTS = ['command', 'annotations', 'sarif-file'];

/**
 * A composite action's wiring, checked against the command specs: each
 * INPUT_* a bundle step passes is an option of the command it runs, each
 * input is used somewhere, each output reads something the command sets.
 */
export function compositeWiringProblems(file: string, text: string): string[] {
  const action = parse(text) as ActionMeta;
  const problems: string[] = [];
  const commandOf: Record<string, string> = {};
  for (const step of action.runs.steps ?? []) {
    if (!step.run?.includes('dist/index.js')) continue;
    const command = findCommand(step.env?.INPUT_COMMAND ?? '');
    if (!command) {
      problems.push(`${file}: INPUT_COMMAND "${step.env?.INPUT_COMMAND ?? ''}" is not a command`);
      continue;
    }
    if (step.id) commandOf[step.id] = command.name;
    for (const key of Object.keys(step.env ?? {})) {
      const name = /^INPUT_(.+)$/.exec(key)?.[1]?.toLowerCase();
      if (!name || ENTRY_INPUTS.includes(name)) continue;
      if (!command.options.some((o) => o.name === name))
        problems.push(`${file}: ${key} is not an option of ${command.name}`);
    }
  }
  const stepsText = JSON.stringify(action.runs.steps);
  // A whole-name match: `inputs.to` must not be found inside `inputs.token`.
  for (const input of Object.keys(action.inputs ?? {}))
    if (!new RegExp(`inputs\\.${input}(?![\\w-])`).test(stepsText))
      problems.push(`${file}: input ${input} is never used`);
  for (const [name, output] of Object.entries(action.outputs ?? {})) {
    const [, id, key] = /steps\.([\w-]+)\.outputs\.([\w-]+)/.exec(output.value ?? '') ?? [];
    const command = id ? commandOf[id] : undefined;
    if (!command || ENTRY_OUTPUTS.includes(key as string)) continue; // a third-party step's output, or one every run sets
    if (!Object.keys(findCommand(command)?.outputs ?? {}).includes(key as string))
      problems.push(`${file}: output ${name} reads ${key as string}, which ${command} never sets`);
  }
  return problems;
}

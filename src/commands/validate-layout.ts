import type { z } from 'zod';
import { defineCommand, pickOptions } from './define-command.js';
import { SHARED_DESCRIPTIONS } from './option-catalog.js';
import type { CommandSpec } from './types.js';
import { validateLayout } from './validate-layout-run.js';

const OPTIONS = pickOptions({
  directory: true,
  config: { description: SHARED_DESCRIPTIONS.configInDirectory },
  'fail-on': { description: SHARED_DESCRIPTIONS.failOnFromConfig },
});
export type ValidateLayoutInput = z.infer<typeof OPTIONS.schema>;

/**
 * The command: its usage and input schema here, its run in validate-layout-run.ts, which the entries
 * load alone (src/commands/command-loaders.ts RUN_LOADERS): every option's value is checked from the
 * usage manifest, so a validate run loads neither zod nor the option catalog.
 */
export const validateLayoutCommand: CommandSpec<ValidateLayoutInput> = defineCommand({
  name: 'validate-layout',
  aliases: ['validate'],
  summary:
    'Check that each package would install and start for `npx` users (bin, entries, files, license, server.json, ...).',
  positional: 'directory',
  options: OPTIONS,
  outputs: {},
  run: validateLayout,
});

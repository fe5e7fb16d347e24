import { z } from 'zod';
import { FAIL_ON_LEVELS } from '../report/model.js';
import type { OptionSpec } from './types.js';

/** Options every package command takes, with the same names as flags and action inputs. */
export const COMMON_OPTIONS: readonly OptionSpec[] = [
  { name: 'directory', type: 'string', description: 'Repository or package folder (default: current folder).' },
  { name: 'config', type: 'string', description: 'Config file (default: <directory>/.github/mcp-release.yml when present).' },
  { name: 'fail-on', type: 'string', description: 'Lowest severity that fails: error (default), warning, note or never.' },
];

export const commonInputShape = {
  directory: z.string().min(1).default('.'),
  config: z.string().min(1).optional(),
  'fail-on': z.enum(FAIL_ON_LEVELS).optional(),
};

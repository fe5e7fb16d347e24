import { z } from 'zod';
import { FAIL_ON_LEVELS } from '../report/model.js';
import { strictVersionProblem } from '../release/strict-version.js';
import type { OptionSpec } from './types.js';

export const DIRECTORY_OPTION: OptionSpec = {
  name: 'directory',
  type: 'string',
  description: 'Repository or package folder (default: current folder).',
};
export const CONFIG_OPTION: OptionSpec = {
  name: 'config',
  type: 'string',
  description: 'Config file (default: <directory>/.github/mcp-release.yml when present).',
};
export const FAIL_ON_OPTION: OptionSpec = {
  name: 'fail-on',
  type: 'string',
  description: 'Lowest severity that fails: error (default), warning, note or never.',
};

/** Options every package command takes, with the same names as flags and action inputs. */
export const COMMON_OPTIONS: readonly OptionSpec[] = [DIRECTORY_OPTION, CONFIG_OPTION, FAIL_ON_OPTION];

export const configAndFailOnShape = {
  config: z.string().min(1).optional(),
  'fail-on': z.enum(FAIL_ON_LEVELS).optional(),
};

export const commonInputShape = {
  directory: z.string().min(1).default('.'),
  ...configAndFailOnShape,
};

/** Every version a user gives (flags, action inputs) is parsed by this one schema: strict semver 2.0.0. */
export function versionInput(example = '1.4.0') {
  return z.string().superRefine((value, context) => {
    const problem = strictVersionProblem(value, example);
    if (problem) context.addIssue({ code: 'custom', message: problem });
  });
}

import type * as ActionsCore from '@actions/core';
import { lineLogger, type Logger } from '../ports/logger.js';
import { neutraliseWorkflowCommands } from '../report/workflow-commands.js';

/**
 * Lines in the Actions log as they happen; each top-level step folded in a
 * group (core.group), nested steps as lines inside it. Every line is
 * neutralised: it may carry server output or names from a PR.
 */
export function actionLogger(core: typeof ActionsCore): Logger {
  return lineLogger((line) => core.info(neutraliseWorkflowCommands(line)), {
    group: (title, work) => core.group(neutraliseWorkflowCommands(title), work),
  });
}

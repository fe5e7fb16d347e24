import type { z } from 'zod';
import type { RepositoryVisibility } from '../release/visibility.js';
import type { Report } from '../report/model.js';

/**
 * What the entry points know about the world, handed to commands so that a
 * command never reads process.env or @actions/core itself.
 */
export interface RunContext {
  cwd: string;
  /** `owner/repo` in GitHub Actions (GITHUB_REPOSITORY). */
  githubRepository?: string;
  githubRepositoryOwner?: string;
  /** The repository's visibility from the Actions event payload (GITHUB_EVENT_PATH), when it says. */
  repositoryVisibility?: RepositoryVisibility;
  /** True inside GitHub Actions. */
  inActions: boolean;
  /**
   * The environment of the process, for commands that start programs (PATH, HOME).
   * Commands pass on only what a program needs, never tokens.
   */
  parentEnv: NodeJS.ProcessEnv;
  /**
   * Progress lines as they happen (a wait on the registry): stderr in the CLI,
   * the log in the Action. Optional until a Logger replaces it.
   */
  progress?: (line: string) => void;
}

/** A flag / action input. The same kebab-case name is used for both. */
export interface OptionSpec {
  name: string;
  type: 'string' | 'boolean';
  description: string;
  /** Short CLI alias, one letter. */
  short?: string;
  multiple?: boolean;
}

export interface CommandSpec<Input = unknown> {
  name: string;
  aliases: readonly string[];
  summary: string;
  /** Name of the positional argument in CLI usage, mapped to the option of the same name. */
  positional?: { name: string; option: string; required?: boolean; multiple?: boolean };
  options: readonly OptionSpec[];
  /** Every key the Report's `outputs` may carry (the action outputs), with its meaning. */
  outputs: Readonly<Record<string, string>>;
  /** Parses the raw kebab-case record (from flags or action inputs) into typed input. */
  inputSchema: z.ZodType<Input>;
  run(input: Input, context: RunContext): Promise<Report>;
}

/**
 * Errors that end a run with exit code 2 (bad usage or bad configuration).
 * Their message is one line that names the flag, file or key and what is allowed;
 * the entry points print it without a stack trace.
 */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

export function isExitTwoError(error: unknown): error is UsageError | ConfigError {
  return error instanceof UsageError || error instanceof ConfigError;
}

/**
 * Progress as it happens, the same interface in both entries: the Action
 * prints lines to the log and folds long steps into groups; the CLI prints to
 * stderr (quiet with --json). Commands log; the domain never does.
 */
export interface Logger {
  /** One line, now. */
  info(line: string): void;
  /**
   * A step that may take a while (an install, a smoke session, a wait, a
   * publish): a line when it starts, and one when it ends with its duration
   * (or its failure). The work's result or error passes through unchanged.
   */
  step<T>(title: string, work: () => Promise<T>): Promise<T>;
}

/** A logger that says nothing (tests, nested runs). */
export const silentLogger: Logger = {
  info: () => undefined,
  step: (_title, work) => work(),
};

/** `1.2 s`, `850 ms`, `2 min 5 s`: durations as people read them. */
export function formatDuration(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)} ms`;
  if (ms < 60_000) return `${(ms / 1000).toFixed(1)} s`;
  const minutes = Math.floor(ms / 60_000);
  return `${minutes} min ${Math.round((ms % 60_000) / 1000)} s`;
}

/**
 * The shared logic of the line loggers: `write` prints one line; `group`
 * (the Action's core.group) folds a top-level step when given. Nested steps
 * print their start and end lines inside the enclosing group.
 */
export function lineLogger(
  write: (line: string) => void,
  options: { now?: () => number; group?: <T>(title: string, work: () => Promise<T>) => Promise<T> } = {},
): Logger {
  const now = options.now ?? (() => performance.now());
  let depth = 0;
  return {
    info: write,
    async step<T>(title: string, work: () => Promise<T>): Promise<T> {
      const started = now();
      // A top-level step in the Action is a group: its title opens it; the end line follows it, visible when folded.
      const group = depth === 0 ? options.group : undefined;
      depth += 1;
      if (!group) write(`${title} ...`);
      try {
        const result = group ? await group(title, work) : await work();
        write(`${title}: done in ${formatDuration(now() - started)}`);
        return result;
      } catch (error) {
        write(`${title}: failed after ${formatDuration(now() - started)}`);
        throw error;
      } finally {
        depth -= 1;
      }
    },
  };
}
